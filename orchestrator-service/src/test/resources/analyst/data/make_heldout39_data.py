#!/usr/bin/env python3
"""Generate the four heldout39 synthetic business exports into the current folder.

Standard library only; random.Random(20270801) is the only source of randomness.

Files written:
  quarry_weighbridge_tickets.csv   - aggregate quarry weighbridge tickets (Title Case (units) headers)
  dive_centre_log.csv              - dive centre diver log, one row per diver per boat dive (camelCase)
  foi_requests.json                - council Freedom-of-Information request register (snake_case, nested)
  ambulance_dispatches.json        - county EMS ambulance dispatch records (PascalCase + "Flag?" keys, nested)
"""
import csv
import datetime as dt
import json
import math
import random

rng = random.Random(20270801)

D = dt.date
START = D(2023, 1, 1)
END = D(2025, 12, 31)


def days(start=START, end=END):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def pick(seq):
    return seq[rng.randrange(len(seq))]


def wpick(items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def variant(canon, variants, p_canon=0.7):
    """Canonical spelling most of the time, otherwise one of the variants."""
    if rng.random() < p_canon or not variants:
        return canon
    return pick(variants)


def flag(value, yes, no, p_blank):
    if rng.random() < p_blank:
        return ""
    return pick(yes) if value else pick(no)


def poisson(lam):
    # Knuth, fine for small lambda
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def hhmm(minutes):
    return "%02d:%02d" % (minutes // 60, minutes % 60)


# ---------------------------------------------------------------------------
# 1. Quarry weighbridge tickets (CSV)
# ---------------------------------------------------------------------------
QRY_PRODUCTS = [
    # canonical, prices by year (GBP/t), weight, variants, site
    ("20mm Clean Stone", {2023: 24.00, 2024: 25.50, 2025: 27.00}, 17,
     ["20mm clean", "20MM CLEAN STONE", "20 mm Clean Stone", "20mm Clean Stone "], "Hill Quarry"),
    ("10mm Clean Stone", {2023: 26.00, 2024: 27.50, 2025: 29.00}, 9,
     ["10mm clean", "10 mm Clean Stone", "10MM CLEAN"], "Hill Quarry"),
    ("Type 1 Sub-base", {2023: 16.50, 2024: 17.50, 2025: 18.50}, 24,
     ["MOT Type 1", "Type1", "type 1", "Type 1 sub base"], "Hill Quarry"),
    ("Scalpings", {2023: 12.00, 2024: 12.50, 2025: 13.50}, 12,
     ["scalpings", "Scalps", "SCALPINGS "], "Hill Quarry"),
    ("Quarry Dust", {2023: 10.00, 2024: 10.50, 2025: 11.00}, 9,
     ["Stone Dust", "Dust", "quarry dust"], None),
    ("Sharp Sand", {2023: 21.00, 2024: 22.00, 2025: 23.50}, 16,
     ["sharp sand", "Grit Sand", "Sharp sand "], "North Pit"),
    ("Building Sand", {2023: 22.00, 2024: 23.00, 2025: 24.00}, 13,
     ["Bldg Sand", "Soft Sand", "building sand"], "North Pit"),
]

QRY_HAULIERS = [
    ("Dunmore Haulage", ["Dunmore Haulage Ltd", "DUNMORE HAULAGE", "Dunmore Haulage "], 22),
    ("K&R Tipper Hire", ["K & R Tipper Hire", "K and R Tippers", "K&R TIPPER HIRE"], 15),
    ("Ashby Transport", ["Ashby Transport Ltd", "ashby transport"], 14),
    ("Pennine Bulk Haulage", ["Pennine Bulk", "PENNINE BULK HAULAGE"], 12),
    ("Greaves & Son", ["Greaves and Son", "Greaves & Sons", "GREAVES & SON"], 10),
    ("Holt Plant Hire", ["Holt Plant", "holt plant hire"], 9),
    ("Marsh Lane Builders", ["Marsh Ln Builders", "Marsh Lane Bldrs"], 7),
    ("Cash Sale", ["CASH SALE", "Cash sale", "cash"], 11),
]

# driver canonical, haulier, spelling variants, vehicles (reg, max gross t, tare t), relative activity
QRY_DRIVERS = [
    ("Robert Kerr", "Dunmore Haulage", ["Rob Kerr", "Bob Kerr", "R. Kerr"], [("YX19 KTR", 32, 12.2)], 1.3),
    ("Ian McLean", "Dunmore Haulage", ["Ian Mclean", "I. McLean"], [("YX20 DHL", 32, 12.0)], 1.0),
    ("Stephen Doyle", "Dunmore Haulage", ["Steve Doyle", "S. Doyle"], [("YK68 DHL", 44, 15.1)], 0.9),
    ("Mark Rowe", "K&R Tipper Hire", ["Marky Rowe", "M. Rowe"], [("KR21 TIP", 32, 11.8)], 1.2),
    ("Kieran Walsh", "K&R Tipper Hire", ["Kez Walsh", "K. Walsh"], [("KR17 TIP", 26, 10.4)], 0.8),
    ("Daniel Ashby", "Ashby Transport", ["Dan Ashby", "Danny Ashby"], [("AS66 BYT", 32, 12.3)], 1.0),
    ("Leanne Ford", "Ashby Transport", ["Lee Ford", "L. Ford"], [("AS70 BYT", 26, 10.1)], 0.9),
    ("Graham Pike", "Pennine Bulk Haulage", ["Gray Pike", "G. Pike"], [("PN18 BLK", 44, 15.4)], 1.0),
    ("Tomasz Nowak", "Pennine Bulk Haulage", ["Tom Nowak", "T. Nowak"], [("PN69 BLK", 44, 14.9)], 0.9),
    ("Alan Greaves", "Greaves & Son", ["Al Greaves", "A. Greaves"], [("GR15 SON", 26, 10.6)], 0.8),
    ("Josh Greaves", "Greaves & Son", ["Joshua Greaves", "J. Greaves"], [("GR22 SON", 32, 12.1)], 0.9),
    ("Wayne Holt", "Holt Plant Hire", ["W. Holt", "Wayne Holt "], [("HP64 LNT", 18, 7.9)], 1.0),
    ("Carl Bennett", "Holt Plant Hire", ["Carl Benett", "C. Bennett"], [("HP19 LNT", 26, 10.3)], 0.7),
    ("Nathan Marsh", "Marsh Lane Builders", ["Nate Marsh", "N. Marsh"], [("ML71 BLD", 18, 7.6)], 1.0),
]

QRY_HEADER = ["Ticket No", "Ticket Date", "Time In", "Time Out", "Site", "Haulier", "Driver", "Vehicle Reg",
              "Max Gross (t)", "Product", "Gross (t)", "Tare (t)", "Price per Tonne (GBP)", "Amount",
              "Payment", "Load Sheeted?"]


def reg_variant(reg):
    r = rng.random()
    if r < 0.75:
        return reg
    if r < 0.9:
        return reg.replace(" ", "")
    return reg.lower()


def money_gbp(x):
    r = rng.random()
    if r < 0.55:
        return "£{:,.2f}".format(x)
    if r < 0.75:
        return "{:.2f}".format(x)
    if r < 0.88:
        return "GBP {:.2f}".format(x)
    return "£{:.2f}".format(x)


def make_quarry():
    rows = []
    cash_regs = ["CV%02d %s" % (rng.randint(10, 73), "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))
                 for _ in range(60)]
    seq = 100001
    for d in days(D(2023, 1, 3), D(2025, 12, 20)):
        wd = d.weekday()
        if wd == 6:
            continue
        season = {1: 0.6, 2: 0.75, 3: 0.95, 4: 1.1, 5: 1.2, 6: 1.25, 7: 1.2, 8: 1.1, 9: 1.1, 10: 1.0,
                  11: 0.85, 12: 0.55}[d.month]
        growth = {2023: 0.95, 2024: 1.0, 2025: 1.08}[d.year]
        lam = (2.4 if wd < 5 else 1.2) * season * growth
        n = poisson(lam)
        times = sorted(rng.randint(6 * 60 + 30, (16 if wd < 5 else 11) * 60 + 30) for _ in range(n))
        for tin in times:
            haul = wpick(QRY_HAULIERS, [h[2] for h in QRY_HAULIERS])
            hname = haul[0]
            if hname == "Cash Sale":
                driver = ""
                reg = pick(cash_regs)
                maxg, tare = (3.5, 2.1) if rng.random() < 0.7 else (7.5, 4.6)
                prod = wpick(QRY_PRODUCTS, [2, 1, 3, 2, 3, 5, 5])
                payment = wpick(["Cash", "Card"], [45, 55])
            else:
                cands = [dr for dr in QRY_DRIVERS if dr[1] == hname]
                drv = wpick(cands, [c[4] for c in cands])
                driver = variant(drv[0], drv[2], 0.68)
                reg, maxg, tare = drv[3][0]
                prod = wpick(QRY_PRODUCTS, [p[2] for p in QRY_PRODUCTS])
                payment = wpick(["Account", "Card"], [92, 8])
            site = prod[4] or wpick(["Hill Quarry", "North Pit"], [70, 30])
            tare_m = round(tare + rng.uniform(-0.15, 0.15), 2)
            capacity = maxg - tare
            if hname == "Cash Sale":
                load = capacity * rng.uniform(0.3, 0.9)
            else:
                load = capacity * rng.uniform(0.82, 0.995)
                if rng.random() < 0.05:
                    load = capacity + rng.uniform(0.15, 1.9)
            gross = round(tare_m + load, 2)
            net = round(gross - tare_m, 2)
            price = prod[1][d.year]
            amount = round(net * price + 1e-9, 2)
            dur = rng.randint(7, 24) + (rng.randint(5, 25) if rng.random() < 0.15 else 0)
            tout = hhmm(tin + dur) if rng.random() > 0.015 else ""
            sheeted = rng.random() < (0.86 if hname != "Cash Sale" else 0.6)
            price_txt = pick(["£%.2f" % price, "%.2f" % price, "£%.2f" % price, "£%g" % price])
            pay_txt = {"Account": ["Account", "Account", "Account", "Acct", "ACCOUNT", "On Account"],
                       "Card": ["Card", "Card", "card", "Debit Card", "CARD "],
                       "Cash": ["Cash", "Cash", "cash", "CASH"]}[payment]
            site_txt = variant(site, {"Hill Quarry": ["Hill Qry", "hill quarry"],
                                      "North Pit": ["NORTH PIT", "North Pit "]}[site], 0.8)
            rows.append([
                "WB-%d" % seq, d.isoformat(), hhmm(tin), tout, site_txt,
                variant(hname, haul[1], 0.72), driver, reg_variant(reg),
                ("%g" % maxg), variant(prod[0], prod[3], 0.7), "%.2f" % gross, "%.2f" % tare_m, price_txt,
                money_gbp(amount), pick(pay_txt),
                flag(sheeted, ["Y", "Yes", "yes", "Y"], ["N", "No", "no"], 0.06),
            ])
            seq += 1
    # paged export: header repeated twice mid-file, totals line at the end
    total_g = sum(float(r[10]) for r in rows)
    total_t = sum(float(r[11]) for r in rows)
    total_a = sum(float(r[13].replace("£", "").replace("GBP", "").replace(",", "")) for r in rows)
    out = list(rows)
    for pos in (len(rows) * 2 // 3, len(rows) // 3):
        out.insert(pos, list(QRY_HEADER))
    out.append(["TOTAL", "", "", "", "", "", "", "", "", "", "%.2f" % total_g, "%.2f" % total_t, "",
                "£{:,.2f}".format(total_a), "", ""])
    with open("quarry_weighbridge_tickets.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(QRY_HEADER)
        w.writerows(out)
    return len(rows)


# ---------------------------------------------------------------------------
# 2. Dive centre log (CSV)
# ---------------------------------------------------------------------------
DIVE_SITES = [
    # canonical, max depth m, base price EUR, variants, weight, deep (advanced+ only)
    ("Blue Hole", 40, 75, ["blue hole", "The Blue Hole", "Blue Hole "], 12, True),
    ("Coral Gardens", 14, 55, ["Coral Garden", "coral gardens"], 22, False),
    ("Maria Wreck", 28, 70, ["Wreck of the Maria", "Maria wreck ", "MARIA WRECK"], 18, False),
    ("North Wall", 35, 65, ["N. Wall", "north wall"], 14, True),
    ("Seal Rocks", 18, 55, ["Seal Rock", "seal rocks"], 19, False),
    ("Lighthouse Reef", 22, 60, ["Lighthouse reef", "L'house Reef"], 15, False),
]
CERTS = [
    ("Open Water", ["OW", "open water", "PADI OW"], 18),
    ("Advanced", ["Advanced Open Water", "AOW", "Adv. Open Water"], 30),
    ("Rescue", ["Rescue Diver", "rescue"], 30),
    ("Divemaster", ["DM", "Dive Master"], 40),
]
GUIDES = [
    ("Thomas Reyes", ["Tom Reyes", "T. Reyes"], D(2023, 1, 1), D(2025, 12, 31), 1.2),
    ("Aroha Ngata", ["Aroha N.", "aroha ngata"], D(2023, 1, 1), D(2025, 12, 31), 1.0),
    ("Mikkel Sorensen", ["Mik Sorensen", "Mikkel S."], D(2023, 1, 1), D(2024, 6, 30), 1.1),
    ("Daniela Okafor", ["Dani Okafor", "Dani O."], D(2023, 1, 1), D(2025, 12, 31), 0.9),
    ("Ben Ashworth", ["Benjamin Ashworth", "Benny A."], D(2023, 1, 1), D(2025, 12, 31), 0.8),
    ("Lucia Ferri", ["Lu Ferri", "L. Ferri"], D(2024, 3, 1), D(2025, 12, 31), 1.3),
]
FIRST = [("Katherine", ["Kate", "Kat"]), ("William", ["Will", "Bill"]), ("Alexander", ["Alex"]),
         ("Jennifer", ["Jen", "Jenny"]), ("Michael", ["Mike"]), ("Elizabeth", ["Liz", "Beth"]),
         ("Daniel", ["Dan"]), ("Sophie", []), ("Lukas", ["Luke"]), ("Marta", []), ("Oliver", ["Ollie"]),
         ("Charlotte", ["Charlie", "Lottie"]), ("Jonas", []), ("Emma", []), ("Matteo", ["Teo"]),
         ("Hannah", []), ("Samuel", ["Sam"]), ("Rebecca", ["Becky", "Becca"]), ("Pieter", ["Piet"]),
         ("Ines", []), ("Thomas", ["Tom"]), ("Anna", []), ("Christopher", ["Chris"]), ("Laura", []),
         ("Nikolai", ["Niko"]), ("Freya", []), ("Patrick", ["Paddy", "Pat"]), ("Zoe", []),
         ("Gabriel", ["Gabe"]), ("Isabel", ["Izzy", "Isa"])]
LAST = ["Ng", "Martin", "Schmidt", "Rossi", "Dubois", "Jansen", "Kowalski", "Novak", "Silva", "Murphy",
        "Larsen", "Weber", "Costa", "Moreau", "Fischer", "Byrne", "Lindqvist", "Horvat", "Garcia", "Brennan",
        "Visser", "Keller", "Romano", "Andersen", "Walsh", "Petrov", "Almeida", "Bauer", "Quinn", "Haas"]

DIVE_HEADER = ["tripId", "tripDate", "siteName", "siteMaxDepthM", "guide", "diverId", "diverName", "certLevel",
               "entryTime", "exitTime", "maxDepthM", "startBar", "endBar", "waterTempC", "nitrox", "price"]


def money_eur(x):
    r = rng.random()
    if r < 0.5:
        return "€%.2f" % x
    if r < 0.7:
        return "%.2f EUR" % x
    if r < 0.85:
        return "EUR %g" % x
    return "€%g" % x


def make_dive():
    divers = []
    did = 1001
    used = []
    # 45 regular (local) divers, ~230 visiting divers
    for i in range(275):
        fn = pick(FIRST)
        ln = pick(LAST)
        # make a couple of namesakes on purpose, otherwise keep names unique
        if (fn[0], ln) in used and i not in (60, 140):
            fn = pick(FIRST)
            ln = pick(LAST)
        used.append((fn[0], ln))
        regular = i < 45
        cert = wpick(CERTS, [2, 4, 2, 1] if regular else [5, 4, 1, 0.4])
        if regular:
            wstart, wend = D(2023, 1, 1), D(2025, 12, 31)
            if rng.random() < 0.3:
                wstart = D(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
            quota = 10 ** 6
            weight = rng.uniform(0.5, 2.2)
        else:
            wstart = D(2023, 3, 1) + dt.timedelta(days=rng.randint(0, 1000))
            wend = wstart + dt.timedelta(days=rng.randint(3, 12))
            quota = rng.randint(1, 8)
            weight = 3.0
        variants = [f"{nick} {ln}" for nick in fn[1]] + [f"{fn[0]} {ln} ", f"{fn[0][0]}. {ln}"]
        divers.append(dict(id=did, canon=f"{fn[0]} {ln}", variants=variants, cert=cert, regular=regular,
                           wstart=wstart, wend=wend, quota=quota, weight=weight, sac=rng.uniform(0.9, 1.6)))
        did += 1

    temps = {1: 14, 2: 14, 3: 15, 4: 16.5, 5: 18.5, 6: 21.5, 7: 24, 8: 25.5, 9: 24, 10: 21.5, 11: 18.5, 12: 16}
    rows = []
    tripno = {2023: 0, 2024: 0, 2025: 0}
    for d in days():
        m = d.month
        if m in (12, 1, 2):
            continue
        slots = []
        if m in (3, 11):
            if d.weekday() >= 5 and rng.random() < 0.7:
                slots = ["am"]
        else:
            if rng.random() < 0.43:
                slots.append("am")
            if rng.random() < (0.28 if m in (7, 8) else 0.15):
                slots.append("pm")
        for slot in slots:
            site = wpick(DIVE_SITES, [s[4] for s in DIVE_SITES])
            guides = [g for g in GUIDES if g[2] <= d <= g[3]]
            guide = wpick(guides, [g[4] for g in guides])
            cands = [x for x in divers if x["wstart"] <= d <= x["wend"] and x["quota"] > 0
                     and (not site[5] or x["cert"][0] != "Open Water")]
            if not cands:
                continue
            n = min(len(cands), rng.randint(2, 8) + (1 if m in (7, 8) else 0))
            chosen = []
            pool = list(cands)
            for _ in range(n):
                x = wpick(pool, [c["weight"] for c in pool])
                pool.remove(x)
                chosen.append(x)
            tripno[d.year] += 1
            trip_id = "T%02d-%03d" % (d.year % 100, tripno[d.year])
            base_entry = (rng.randint(9 * 60, 10 * 60 + 30) if slot == "am"
                          else rng.randint(13 * 60 + 30, 15 * 60))
            wt = round(temps[m] + rng.uniform(-1.2, 1.2), 1)
            wt_txt = "" if rng.random() < 0.04 else "%.1f" % wt
            guide_txt = variant(guide[0], guide[1], 0.7)
            site_txt = variant(site[0], site[3], 0.72)
            for x in sorted(chosen, key=lambda c: c["id"]):
                x["quota"] -= 1
                entry = base_entry + rng.randint(0, 4)
                dur = int(round(52 - (site[1] - 14) * 0.45 + rng.uniform(-9, 9)))
                dur = max(24, min(70, dur))
                limit = min(site[1], x["cert"][2])
                depth = round(limit * rng.uniform(0.6, 0.99), 1)
                start_bar = rng.choice([190, 195, 200, 200, 205, 210, 215, 220])
                nitrox = rng.random() < (0.05 if x["cert"][0] == "Open Water" else 0.36)
                used_bar = dur * x["sac"] * (1 + 0.6 * depth / 10) * rng.uniform(0.9, 1.1)
                if nitrox:
                    used_bar *= 0.97
                end_bar = int(max(35, start_bar - used_bar) // 5 * 5)
                end_txt = "" if rng.random() < 0.02 else str(end_bar)
                price = site[2] + (10 if nitrox else 0)
                if x["regular"]:
                    price = price * 0.9
                name = variant(x["canon"], x["variants"], 0.66)
                cert_txt = variant(x["cert"][0], x["cert"][1], 0.6)
                rows.append([trip_id, d.isoformat(), site_txt, site[1], guide_txt, x["id"], name, cert_txt,
                             hhmm(entry), hhmm(entry + dur), "%.1f" % depth, start_bar, end_txt, wt_txt,
                             flag(nitrox, ["Y", "yes", "Yes", "TRUE"], ["N", "no", "No", "FALSE"], 0.09),
                             money_eur(round(price, 2))])
    with open("dive_centre_log.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(DIVE_HEADER)
        w.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------------------
# 3. FOI requests (JSON, nested)
# ---------------------------------------------------------------------------
FOI_DEPTS = [
    # canonical, variants, weight, mean working days to answer, mean hours
    ("Planning", ["planning", "Planning & Building Control", "Planning Dept"], 20, 14, 6.5),
    ("Highways", ["Highways & Transport", "Roads", "highways "], 18, 12, 4.5),
    ("Housing", ["housing", "Housing Services"], 15, 15, 5.5),
    ("Finance", ["Finance & Revenues", "Revenues", "FINANCE"], 14, 11, 4.0),
    ("Education", ["Schools & Education", "education", "Educ."], 12, 13, 5.0),
    ("Environment", ["Waste & Environment", "Environmental Services", "environment"], 11, 10, 3.5),
    ("Adult Social Care", ["Social Care (Adults)", "ASC"], 10, 17, 7.5),
]
FOI_OFFICERS = [
    ("IG01", "Priya Shah", ["P. Shah", "Priya"], D(2023, 1, 1), D(2025, 12, 31), 1.2, -1.0),
    ("IG02", "Gareth Lloyd", ["Gaz Lloyd", "G. Lloyd"], D(2023, 1, 1), D(2025, 12, 31), 1.0, 1.5),
    ("IG03", "Helen O'Connor", ["Helen OConnor", "H. O'Connor"], D(2023, 1, 1), D(2025, 12, 31), 1.0, 0.0),
    ("IG04", "Samuel Adeyemi", ["Sam Adeyemi", "S. Adeyemi"], D(2023, 1, 1), D(2025, 12, 31), 0.9, 2.5),
    ("IG05", "Fiona Grant", ["Fi Grant", "F. Grant"], D(2024, 2, 1), D(2025, 12, 31), 1.1, -2.0),
    ("IG06", "Marcus Bell", ["Marc Bell", "M. Bell"], D(2023, 1, 1), D(2024, 5, 31), 1.0, 3.5),
]
FOI_REQ_TYPES = [
    ("Member of the public", ["Public", "member of public", "Individual"], 52),
    ("Journalist", ["journalist", "Media", "Press"], 15),
    ("Business", ["Company", "Commercial", "business"], 13),
    ("Campaign group", ["Pressure group", "campaign grp"], 11),
    ("Councillor", ["Cllr", "Elected member"], 9),
]
FOI_OUTCOMES = [
    ("Granted in full", ["Granted", "Full disclosure", "granted in full"], 52),
    ("Partially granted", ["Part granted", "Partial"], 18),
    ("Refused", ["Refused - exempt", "REFUSED"], 11),
    ("Not held", ["Information not held", "Info not held"], 13),
    ("Withdrawn", ["withdrawn by requester", "Withdrawn "], 6),
]
FOI_EXEMPTIONS = [
    ("s40", ["s40", "S.40", "Section 40", "s40 personal data"], 40),
    ("s43", ["s43 (commercial)", "s.43", "Section 43"], 20),
    ("s31", ["s31 law enforcement", "s31", "S.31"], 10),
    ("s12", ["s12 cost limit", "Section 12", "s.12"], 20),
    ("s21", ["s21 reasonably accessible", "s21", "Section 21"], 10),
]


def add_working_days(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def ts(d, minutes, seconds=None):
    if seconds is None:
        seconds = rng.randint(0, 59)
    return "%s %02d:%02d:%02d" % (d.isoformat(), minutes // 60, minutes % 60, seconds)


def make_foi():
    recs = []
    seq = {2023: 0, 2024: 0, 2025: 0}
    public_first = ["John", "Sarah", "Mohammed", "Claire", "David", "Aisha", "Paul", "Joanne", "Steven", "Lucy",
                    "Andrew", "Nadia", "Chris", "Emma", "Gary", "Ruth", "Imran", "Karen", "Neil", "Sian"]
    public_last = ["Taylor", "Evans", "Hughes", "Khan", "Roberts", "Price", "Morgan", "Ali", "Edwards", "Wood",
                   "Turner", "Collins", "Begum", "Harris", "Lewis", "Jenkins", "Bibi", "Cooper", "Phillips", "Ward"]
    journalists = [("Jay Patel", ["J. Patel", "Jay Patel (Echo)"]), ("Rachel Moss", ["R Moss", "Rachel Moss, Gazette"]),
                   ("Owen Pryce", ["O. Pryce"]), ("Beth Carver", ["Bethany Carver"])]
    for d in days(D(2023, 1, 3), D(2025, 12, 31)):
        if d.weekday() >= 5:
            continue
        growth = {2023: 1.7, 2024: 2.0, 2025: 2.3}[d.year]
        if d.month == 12 and d.day > 20:
            growth *= 0.4
        for _ in range(poisson(growth)):
            seq[d.year] += 1
            ref = "FOI-%d-%04d" % (d.year, seq[d.year])
            dept = wpick(FOI_DEPTS, [x[2] for x in FOI_DEPTS])
            offs = [o for o in FOI_OFFICERS if o[3] <= d <= o[4]]
            off = wpick(offs, [o[5] for o in offs])
            rtype = wpick(FOI_REQ_TYPES, [x[2] for x in FOI_REQ_TYPES])
            if rtype[0] == "Journalist":
                j = pick(journalists)
                rname = variant(j[0], j[1], 0.6)
            elif rtype[0] == "Business":
                rname = pick(["Northgate Data Ltd", "Civic Insight", "Brightwell Consulting", "T. Evans (Evans Surveys)",
                              "Kinetic Fleet Services"])
            else:
                rname = "%s %s" % (pick(public_first), pick(public_last))
            channel = wpick([["email", "E-mail", "Email", "email "], ["web form", "Online form", "webform"],
                             ["Post", "letter", "post"]], [55, 35, 10])
            ack_wd = wpick([0, 1, 1, 1, 2, 3, 4], [1, 1, 1, 1, 1, 1, 0.6])
            ack_d = add_working_days(d, ack_wd)
            acknowledged = ts(ack_d, rng.randint(8 * 60 + 30, 17 * 60))
            deadline = add_working_days(d, 20)
            outcome = wpick(FOI_OUTCOMES, [x[2] for x in FOI_OUTCOMES])
            # working days to answer
            mean = dept[3] + off[6] + (2 if outcome[0] in ("Refused", "Partially granted") else 0)
            wdays = max(1, int(round(rng.gauss(mean, 4.5))))
            resp_d = add_working_days(d, wdays)
            open_req = resp_d > D(2025, 12, 31) or rng.random() < 0.008
            responded = None
            out_txt = None
            if outcome[0] == "Withdrawn":
                out_txt = variant(outcome[0], outcome[1], 0.7)
            elif not open_req:
                responded = ts(resp_d, rng.randint(9 * 60, 17 * 60 + 30))
                out_txt = variant(outcome[0], outcome[1], 0.7)
            exemption = None
            if out_txt and outcome[0] in ("Refused", "Partially granted"):
                ex = wpick(FOI_EXEMPTIONS, [x[2] for x in FOI_EXEMPTIONS])
                if outcome[0] == "Partially granted" and ex[0] in ("s12", "s21"):
                    ex = FOI_EXEMPTIONS[0]
                exemption = pick(ex[1])
            pages = None
            if out_txt and outcome[0] in ("Granted in full", "Partially granted"):
                pages = rng.randint(1, 45 if outcome[0] == "Granted in full" else 25)
            elif out_txt and rng.random() < 0.5:
                pages = 0
            hours = round(max(0.25, rng.gauss(dept[4] * (1.6 if outcome[0] == "Refused" else 1.0), 2.2)) * 4) / 4
            if open_req:
                hours = round(hours * 0.5 * 4) / 4
            if rng.random() < 0.04 and pages:
                fee = pick(["£10.00", "£12.50", "GBP 25.00", "£45.50", "30.00", "£18"])
            else:
                fee = pick(["£0.00", "£0.00", "£0", "", None, "0.00"])
            reviewed = bool(out_txt) and outcome[0] != "Withdrawn" and rng.random() < (
                0.26 if outcome[0] in ("Refused", "Partially granted") else 0.03)
            ico = reviewed and rng.random() < 0.3
            recs.append({
                "ref": ref,
                "received": d.isoformat(),
                "statutory_deadline": deadline.isoformat(),
                "department": variant(dept[0], dept[1], 0.66),
                "channel": pick(channel),
                "requester": {"type": variant(rtype[0], rtype[1], 0.65), "name": rname},
                "handling": {"officer_id": off[0], "officer": variant(off[1], off[2], 0.65),
                             "acknowledged": acknowledged, "responded": responded},
                "outcome": out_txt,
                "exemption": exemption,
                "pages_released": pages,
                "hours_spent": hours,
                "fee_charged": fee,
                "internal_review": flag(reviewed, ["Yes", "Y", "yes"], ["No", "N", "no"], 0.25)
                if rng.random() > 0.05 else None,
                "ico_complaint": flag(ico, ["TRUE", "yes", "Y"], ["FALSE", "no", "N"], 0.3),
            })
    with open("foi_requests.json", "w", encoding="utf-8") as f:
        json.dump(recs, f, indent=1, ensure_ascii=False)
    return len(recs)


# ---------------------------------------------------------------------------
# 4. Ambulance dispatches (JSON, nested)
# ---------------------------------------------------------------------------
AMB_DISTRICTS = [
    ("Central", ["Ctr", "CENTRAL", "Downtown"], 30, 0),
    ("North", ["north", "N", "North "], 20, 2),
    ("South", ["south", "S", "SOUTH"], 22, 1),
    ("East", ["east", "E"], 14, 4),
    ("West", ["west", "W", "West "], 14, 5),
]
AMB_UNITS = [
    # callsign number, station, crew, home district
    (1, 1, 2, "Central"), (2, 1, 3, "Central"), (3, 2, 2, "North"), (4, 2, 2, "North"),
    (5, 3, 2, "South"), (6, 3, 3, "South"), (7, 4, 2, "East"), (8, 5, 2, "West"),
]
AMB_COMPLAINTS = [
    ("Chest Pain", ["chest pain", "CP", "Chest pains"], 14, [60, 35, 5]),
    ("Breathing Problem", ["Difficulty Breathing", "SOB", "breathing problems"], 13, [50, 40, 10]),
    ("Fall", ["fall", "Fall injury", "FALL"], 20, [10, 45, 45]),
    ("Traffic Collision", ["MVC", "Motor Vehicle Collision", "mvc"], 11, [40, 45, 15]),
    ("Unconscious", ["Unresponsive", "UNCONSCIOUS"], 9, [75, 25, 0]),
    ("Sick Person", ["sick person", "Ill person", "Sick"], 18, [5, 40, 55]),
    ("Stroke", ["CVA", "stroke"], 7, [70, 30, 0]),
    ("Overdose/Poisoning", ["OD", "Overdose", "overdose/poisoning"], 8, [45, 45, 10]),
]
AMB_HOSPITALS = [
    ("St. Mary's Hospital", ["St Mary's", "Saint Mary's Hospital", "St. Mary's"], 40),
    ("County General", ["County Gen.", "County General Hospital"], 35),
    ("Mercy Medical Center", ["Mercy Medical Centre", "Mercy"], 25),
]


def money_usd(x):
    r = rng.random()
    if r < 0.55:
        return "${:,.2f}".format(x)
    if r < 0.72:
        return "%.2f USD" % x
    if r < 0.87:
        return "$%.2f" % x
    return "USD {:,.2f}".format(x)


def make_amb():
    recs = []
    seq = {2023: 0, 2024: 0, 2025: 0}
    hour_w = [3, 2.5, 2, 1.8, 1.6, 1.8, 2.5, 3.5, 4.5, 5, 5.2, 5.3, 5.2, 5, 5, 5, 5, 5.2, 5, 4.6, 4.2, 3.8, 3.4, 3.2]
    fmt = "%Y-%m-%d %H:%M:%S"
    for d in days():
        lam = {2023: 1.95, 2024: 2.1, 2025: 2.25}[d.year] * (1.15 if d.month in (12, 1) else 1.0)
        calls = []
        for _ in range(poisson(lam)):
            h = wpick(list(range(24)), hour_w)
            calls.append(dt.datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59)))
        for call in sorted(calls):
            seq[d.year] += 1
            dist = wpick(AMB_DISTRICTS, [x[2] for x in AMB_DISTRICTS])
            comp = wpick(AMB_COMPLAINTS, [x[2] for x in AMB_COMPLAINTS])
            pri = wpick([1, 2, 3], comp[3])
            home = [u for u in AMB_UNITS if u[3] == dist[0]]
            unit = pick(home) if rng.random() < 0.8 else pick(AMB_UNITS)
            away = unit[3] != dist[0]
            dispatched = call + dt.timedelta(seconds=rng.randint(25, 90) if pri == 1 else rng.randint(40, 240))
            travel = rng.uniform(4.5, 11) if pri == 1 else rng.uniform(6, 17) if pri == 2 else rng.uniform(8, 24)
            travel += dist[3] * rng.uniform(0.6, 1.3) + (rng.uniform(3, 9) if away else 0)
            if unit[0] == 6:
                travel *= 0.92
            if unit[0] == 8:
                travel *= 1.08
            r = rng.random()
            if r < 0.045:
                disp = "Cancelled"
            elif r < 0.075:
                disp = "No patient found"
            else:
                p_tr = {1: 0.85, 2: 0.72, 3: 0.55}[pri]
                rr = rng.random()
                disp = "Transported" if rr < p_tr else ("Treated, not transported" if rr < p_tr + (1 - p_tr) * 0.7
                                                        else "Refused care")
            onscene = athosp = None
            if disp == "Cancelled":
                clear = dispatched + dt.timedelta(minutes=rng.uniform(2, 9))
                miles = round(rng.uniform(0.5, 4), 1)
            else:
                onscene = dispatched + dt.timedelta(minutes=travel)
                if disp == "Transported":
                    athosp = onscene + dt.timedelta(minutes=rng.uniform(14, 38))
                    clear = athosp + dt.timedelta(minutes=rng.uniform(12, 48))
                    miles = round(travel * rng.uniform(0.45, 0.7) + rng.uniform(3, 15), 1)
                else:
                    clear = onscene + dt.timedelta(minutes=rng.uniform(12, 40))
                    miles = round(travel * rng.uniform(0.45, 0.7) * 2, 1)
            hosp = None
            if disp == "Transported":
                h = wpick(AMB_HOSPITALS, [x[2] for x in AMB_HOSPITALS])
                hosp = variant(h[0], h[1], 0.6)
            elif rng.random() < 0.3:
                hosp = ""
            charge = None
            if disp == "Transported":
                charge = money_usd({1: 1450, 2: 1100, 3: 850}[pri] + 18.5 * miles)
            elif disp in ("Treated, not transported", "Refused care"):
                charge = money_usd(350.0) if disp.startswith("Treated") else pick([None, "$0.00"])
            age = None if disp in ("Cancelled", "No patient found") else max(
                0, min(99, int(rng.gauss(78 if comp[0] == "Fall" else 52, 18))))
            sex = None if age is None else pick(["M", "F", "Male", "Female", "female", "M", "F"])
            lights = (pri == 1 and rng.random() < 0.92) or (pri == 2 and rng.random() < 0.35)
            insured = rng.random() < 0.8
            disp_txt = variant(disp, {
                "Transported": ["Transport", "TRANSPORTED"],
                "Treated, not transported": ["Treated/Released", "Treat & release", "Treated no transport"],
                "Refused care": ["Patient refused", "Refusal"],
                "Cancelled": ["Canceled", "Cancelled en route", "Canceled en route"],
                "No patient found": ["No patient", "Gone on arrival", "GOA"],
            }[disp], 0.6)
            recs.append({
                "IncidentNo": "EMS-%02d-%05d" % (d.year % 100, seq[d.year]),
                "CallReceived": call.strftime(fmt),
                "Priority": variant("P%d" % pri, ["Priority %d" % pri, "PRI-%d" % pri, str(pri)], 0.6),
                "ComplaintType": variant(comp[0], comp[1], 0.62),
                "District": variant(dist[0], dist[1], 0.7),
                "Unit": {"Callsign": variant("Medic %d" % unit[0], ["M%d" % unit[0], "MEDIC %d" % unit[0],
                                                                    "Medic %02d" % unit[0]], 0.65),
                         "Station": unit[1], "CrewSize": unit[2]},
                "Times": {"Dispatched": dispatched.strftime(fmt),
                          "OnScene": onscene.strftime(fmt) if onscene else None,
                          "AtHospital": athosp.strftime(fmt) if athosp else None,
                          "Clear": clear.strftime(fmt)},
                "Patient": {"Age": age, "Sex": sex},
                "Disposition": disp_txt,
                "Hospital": hosp,
                "Lights & Sirens?": flag(lights, ["Y", "yes", "Yes", "TRUE"], ["N", "no", "No", "FALSE"], 0.07),
                "Miles": miles,
                "Charge": charge,
                "Insured?": flag(insured, ["Y", "Yes", "yes"], ["N", "No", "no"], 0.12)
                if disp in ("Transported", "Treated, not transported", "Refused care") else None,
            })
    with open("ambulance_dispatches.json", "w", encoding="utf-8") as f:
        json.dump(recs, f, indent=1, ensure_ascii=False)
    return len(recs)


if __name__ == "__main__":
    print("quarry_weighbridge_tickets.csv", make_quarry())
    print("dive_centre_log.csv", make_dive())
    print("foi_requests.json", make_foi())
    print("ambulance_dispatches.json", make_amb())
