#!/usr/bin/env python3
"""Write four synthetic business exports for the heldout37 question set.

Standard library only; the one source of randomness is random.Random(20270601).
Files written into the current folder:
  scrap_metal_purchases.csv   - scrapyard weighbridge tickets (3 yards), 2023-01 .. 2025-09
  pothole_repairs.csv         - council highway defect (pothole) log, 2023-01 .. 2025-10
  court_hearings.json         - small-claims court hearing export (nested objects), 2023-06 .. 2025-12
  lifeguard_incidents.json    - beach lifeguard incident log (nested objects), summers 2023-2025
"""
import csv
import datetime as dt
import json
import random

rng = random.Random(20270601)

D = dt.date
TD = dt.timedelta


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += TD(days=1)


def pick(options):
    return options[rng.randrange(len(options))]


def wpick(pairs):
    """pairs: list of (value, weight)"""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    acc = 0.0
    for v, w in pairs:
        acc += w
        if x < acc:
            return v
    return pairs[-1][0]


def poisson(lam):
    # Knuth; lam is small here
    import math
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def variant(canonical_weight, canonical, others):
    if rng.random() < canonical_weight or not others:
        return canonical
    return pick(others)


def hhmm(minutes):
    return "%02d:%02d" % (minutes // 60, minutes % 60)


YES = ["Yes", "Y", "yes", "TRUE", "y"]
NO = ["No", "N", "no", "FALSE"]


def flag_text(value, blank_rate):
    if rng.random() < blank_rate:
        return ""
    return pick(YES) if value else pick(NO)


# ---------------------------------------------------------------------------
# 1. scrap_metal_purchases.csv
# ---------------------------------------------------------------------------
def make_scrap():
    yards = {"Northgate": 450, "Riverside": 600, "Eastfield": 300}
    yard_names = list(yards)

    trade_names = [
        ("Dawson Plumbing Ltd", ["Dawson Plumbing", "DAWSON PLUMBING LTD"], "plumber"),
        ("Kerr Electrical", ["Kerr Electrical Ltd", "Kerr Elec."], "electrician"),
        ("Hollis Demolition", ["Hollis Demo", "Hollis Demolition Ltd"], "demolition"),
        ("Brightwater Heating", ["Brightwater Heating & Plumbing", "Brightwater"], "plumber"),
        ("A1 Roofing", ["A1 Roofing Ltd", "A-1 Roofing"], "roofer"),
        ("Pennine Rewires", ["Pennine Rewires Ltd"], "electrician"),
        ("Castle Clearances", ["Castle Clearance", "Castle Clearances Ltd"], "clearance"),
        ("M&J Auto Salvage", ["M & J Auto Salvage", "MJ Auto Salvage"], "salvage"),
        ("Fenwick Builders", ["Fenwick Builders Ltd", "Fenwick Bldrs"], "builder"),
        ("Northern Gutters", ["Northern Gutters Ltd"], "roofer"),
        ("Sparkes & Son", ["Sparkes and Son", "Sparkes & Son Electrical"], "electrician"),
        ("Greaves Plumbing", ["Greaves Plumbing & Gas"], "plumber"),
        ("Tidy Tips Clearance", ["Tidy Tips", "TidyTips Clearance"], "clearance"),
        ("Holt Fabrication", ["Holt Fab", "Holt Fabrications"], "fabricator"),
        ("Redfern Metals", ["Redfern Metal Recycling"], "collector"),
        ("Birch Lane Garage", ["Birch Lane Motors"], "salvage"),
        ("Carter HVAC", ["Carter H.V.A.C.", "Carter Heating"], "plumber"),
        ("Moss Demolition", ["Moss Demo"], "demolition"),
        ("Quayside Joinery", ["Quayside Joinery Ltd"], "builder"),
        ("Lowe Electrical Services", ["Lowe Electrical", "Lowe Elec"], "electrician"),
        ("Ashworth Roofing", ["Ashworth Roofers"], "roofer"),
        ("Stanton Skips", ["Stanton Skip Hire"], "clearance"),
    ]
    public_names = [
        ("James O'Neill", ["Jimmy O'Neill", "Jim O'Neill"]),
        ("Robert Fairbairn", ["Bob Fairbairn", "Rob Fairbairn"]),
        ("William Shaw", ["Billy Shaw", "Will Shaw"]),
        ("Margaret Doherty", ["Maggie Doherty", "Peggy Doherty"]),
        ("Anthony Price", ["Tony Price"]),
        ("Christopher Lamb", ["Chris Lamb", "Kit Lamb"]),
        ("Stephen Boyle", ["Steve Boyle", "Stevie Boyle"]),
        ("Patrick Nolan", ["Paddy Nolan", "Pat Nolan"]),
        ("Richard Hume", ["Rick Hume", "Dick Hume"]),
        ("Thomas Grady", ["Tom Grady", "Tommy Grady"]),
        ("Michael Kerrigan", ["Mick Kerrigan", "Mike Kerrigan"]),
        ("Daniel Ruddock", ["Danny Ruddock", "Dan Ruddock"]),
        ("Joseph Pearce", ["Joe Pearce"]),
        ("Edward Platt", ["Eddie Platt", "Ted Platt"]),
        ("Kenneth Bright", ["Ken Bright", "Kenny Bright"]),
        ("Gerald Marsh", ["Gerry Marsh"]),
        ("Francis Dooley", ["Frank Dooley", "Frankie Dooley"]),
        ("Samuel Hirst", ["Sam Hirst", "Sammy Hirst"]),
        ("Terence Wade", ["Terry Wade"]),
        ("Raymond Cole", ["Ray Cole"]),
        ("Douglas Finch", ["Doug Finch", "Dougie Finch"]),
        ("Leonard Ash", ["Len Ash", "Lenny Ash"]),
        ("Alexander Reid", ["Alex Reid", "Sandy Reid"]),
        ("Nicholas Ferris", ["Nick Ferris", "Nicky Ferris"]),
        ("Barry Tolan", ["Baz Tolan"]),
        ("Gary Whitlock", ["Gaz Whitlock"]),
        ("Ronald Pike", ["Ron Pike", "Ronnie Pike"]),
        ("Peter Kemp", ["Pete Kemp"]),
        ("Lawrence Dunn", ["Larry Dunn", "Laurie Dunn"]),
        ("Susan Clegg", ["Sue Clegg", "Susie Clegg"]),
        ("Deborah Hart", ["Debbie Hart", "Deb Hart"]),
        ("Kevin Moran", ["Kev Moran"]),
        ("Philip Gorman", ["Phil Gorman"]),
        ("Vincent Lowry", ["Vince Lowry", "Vinnie Lowry"]),
        ("Harold Sykes", ["Harry Sykes", "Hal Sykes"]),
        ("Frederick Bell", ["Fred Bell", "Freddie Bell"]),
        ("Albert Cross", ["Bert Cross", "Al Cross"]),
        ("Walter Nash", ["Walt Nash", "Wally Nash"]),
    ]

    sellers = []
    sid = 1
    prof_mat = {
        "plumber": [("Copper", 5), ("Brass", 3), ("Lead", 1), ("Steel", 1)],
        "electrician": [("Cable", 6), ("Copper", 3), ("Aluminium", 1)],
        "demolition": [("Steel", 6), ("Aluminium", 2), ("Lead", 1), ("Copper", 1)],
        "roofer": [("Lead", 5), ("Aluminium", 2), ("Copper", 1), ("Steel", 1)],
        "clearance": [("Steel", 5), ("Aluminium", 3), ("Cable", 1), ("Brass", 1)],
        "salvage": [("Steel", 5), ("Aluminium", 3), ("Cable", 1), ("Lead", 1)],
        "builder": [("Steel", 4), ("Copper", 2), ("Aluminium", 2), ("Lead", 1)],
        "fabricator": [("Steel", 4), ("Aluminium", 4), ("Brass", 1)],
        "collector": [("Steel", 3), ("Aluminium", 2), ("Copper", 2), ("Brass", 1), ("Cable", 1)],
        "public": [("Steel", 4), ("Aluminium", 3), ("Copper", 1.5), ("Brass", 1), ("Cable", 1), ("Lead", 0.5)],
    }
    for name, alts, prof in trade_names:
        sellers.append({
            "id": "S%03d" % sid, "name": name, "alts": alts, "type": "Trade", "prof": prof,
            "weight": rng.uniform(1.5, 6.0), "yard": pick(yard_names),
            "tshift": rng.choice([-1, 0, 0, 1]),
        })
        sid += 1
    for name, alts in public_names:
        sellers.append({
            "id": "S%03d" % sid, "name": name, "alts": alts, "type": "Public", "prof": "public",
            "weight": rng.uniform(0.4, 2.2), "yard": pick(yard_names),
            "tshift": rng.choice([-1, 0, 1]),
        })
        sid += 1
    # one very regular trade customer and one very regular member of the public
    sellers[0]["weight"] = 7.5
    sellers[len(trade_names) + 2]["weight"] = 3.4

    type_variants = {
        "Trade": ("Trade", ["trade", "TRADE", "Trade ", "Business"]),
        "Public": ("Public", ["public", "Member of Public", "MOP", "Private"]),
    }
    mat_variants = {
        "Copper": ("Copper", ["copper", "Cu", "COPPER ", "Copper "]),
        "Aluminium": ("Aluminium", ["Aluminum", "aluminium", "ALU", "Ali"]),
        "Brass": ("Brass", ["brass", "BRASS", "Brass "]),
        "Steel": ("Steel", ["steel", "STEEL", "Fe"]),
        "Lead": ("Lead", ["lead", "Pb", "LEAD"]),
        "Cable": ("Cable", ["Insulated Cable", "cable", "Ins. Cable"]),
    }
    base_price = {"Copper": 6.10, "Brass": 3.90, "Aluminium": 0.78, "Lead": 1.32, "Cable": 1.95, "Steel": 0.15}
    growth = {"Copper": 0.085, "Brass": 0.06, "Aluminium": 0.07, "Lead": 0.03, "Cable": 0.07, "Steel": -0.04}
    net_range = {"Copper": (3.0, 0.9), "Brass": (2.8, 0.8), "Aluminium": (3.9, 0.8), "Lead": (3.3, 0.8),
                 "Cable": (3.7, 0.8), "Steel": (6.0, 0.8)}

    start, end = D(2023, 1, 3), D(2025, 9, 30)
    rows = []
    n = 0
    for day in days(start, end):
        wd = day.weekday()
        if wd == 6:
            continue
        if (day.month, day.day) in [(12, 25), (12, 26), (1, 1)]:
            continue
        lam = 3.6 if wd == 5 else 2.55
        for _ in range(poisson(lam)):
            s = wpick([(s, s["weight"]) for s in sellers])
            yard = s["yard"] if rng.random() < 0.78 else pick(yard_names)
            mat = wpick(prof_mat[s["prof"]])
            years = (day - start).days / 365.25
            price = base_price[mat] * (1 + growth[mat] * years) * rng.uniform(0.94, 1.06)
            if s["type"] == "Trade":
                price *= 1.04
            price = round(price, 2)
            mu, sg = net_range[mat]
            net = int(round(rng.lognormvariate(mu, sg)))
            net = max(net, 2)
            if mat == "Steel":
                net = min(net, 9000)
            else:
                net = min(net, 1500)
            # vehicle
            if mat == "Steel" and net > 1800:
                tare = rng.randint(7400, 11800)
            elif s["type"] == "Trade" or net > 600:
                tare = rng.randint(1900, 2850)
            else:
                tare = rng.randint(1250, 1900)
            gross = tare + net
            amount = round(net * price, 2)
            # times
            if wd == 5:
                tin = rng.randint(8 * 60, 12 * 60 + 30)
            else:
                tin = rng.randint(7 * 60 + 30, 16 * 60 + 30)
            stay = 6 + int(net ** 0.5 * rng.uniform(0.35, 0.7)) + rng.randint(0, 12)
            stay = min(stay, 95)
            tout = tin + stay
            # payment method: cheques fading out
            cheque_p = {2023: 0.30, 2024: 0.18, 2025: 0.09}[day.year]
            if s["type"] == "Public":
                cheque_p += 0.06
            pay_cheque = rng.random() < cheque_p
            if pay_cheque:
                pay = variant(0.55, "Cheque", ["cheque", "Check", "CHQ"])
            else:
                pay = variant(0.55, "Bank Transfer", ["BACS", "bank transfer", "Bank transfer "])
            id_ok = rng.random() < (0.95 if s["type"] == "Public" else 0.80)
            n += 1
            price_txt = ("£%.2f" % price) if rng.random() < 0.85 else ("%.2f" % price)
            r = rng.random()
            if r < 0.80:
                amt_txt = "£{:,.2f}".format(amount)
            elif r < 0.92:
                amt_txt = "%.2f" % amount
            else:
                amt_txt = "£" + repr(round(amount, 2))
            tc, tv = type_variants[s["type"]]
            mc, mv = mat_variants[mat]
            rows.append([
                "T%02d-%05d" % (day.year % 100, n), day.isoformat(), hhmm(tin), hhmm(tout), yard, yards[yard],
                s["id"], variant(0.62, s["name"], s["alts"]), variant(0.7, tc, tv), variant(0.72, mc, mv),
                gross, tare, price_txt, amt_txt, pay, flag_text(id_ok, 0.06),
            ])
    header = ["Ticket No", "Date", "Time In", "Time Out", "Yard", "Yard Capacity (t)", "Seller ID", "Seller Name",
              "Seller Type", "Material", "Gross (kg)", "Tare (kg)", "Price (£/kg)", "Amount Paid",
              "Payment Method", "ID Checked?"]
    tot_gross = sum(r[10] for r in rows)
    tot_tare = sum(r[11] for r in rows)
    tot_amt = 0.0
    for r in rows:
        tot_amt += float(r[13].replace("£", "").replace(",", ""))
    total = ["TOTAL", "", "", "", "", "", "", "", "", "", tot_gross, tot_tare, "", "£{:,.2f}".format(tot_amt), "", ""]
    with open("scrap_metal_purchases.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
        w.writerow(total)
    return len(rows)


# ---------------------------------------------------------------------------
# 2. pothole_repairs.csv
# ---------------------------------------------------------------------------
def make_potholes():
    wards = {
        "Ashby": [("High Street", "A", 3.0), ("Station Road", "B", 1.6), ("Mill Lane", "U", 0.8),
                  ("Orchard Close", "U", 0.5), ("Ashby Bypass", "A", 2.2)],
        "Brookside": [("Brook Road", "B", 1.8), ("Canal Street", "C", 1.2), ("Willow Way", "U", 0.7),
                      ("Riverside Drive", "C", 1.0), ("London Road", "A", 4.2)],
        "Castlegate": [("Castle Hill", "B", 1.5), ("Market Place", "C", 1.3), ("Keep Street", "U", 0.6),
                       ("Northern Ring Road", "A", 2.6), ("Tower Lane", "U", 0.5)],
        "Dunmore": [("Dunmore Road", "A", 2.4), ("Moor Lane", "C", 1.6), ("Heather Grove", "U", 0.6),
                    ("Quarry Road", "B", 2.0)],
        "Elmfield": [("Elm Avenue", "C", 1.4), ("School Lane", "U", 0.9), ("Church Street", "B", 1.5),
                     ("Park Road", "C", 1.1), ("Elmfield Link", "A", 1.7)],
        "Fairview": [("Fairview Road", "B", 1.7), ("Hillside Crescent", "U", 0.7), ("Sunnybank", "U", 0.6),
                     ("Coronation Avenue", "C", 1.2)],
    }
    ward_weight = {"Ashby": 1.0, "Brookside": 1.25, "Castlegate": 0.9, "Dunmore": 1.1, "Elmfield": 0.85,
                   "Fairview": 0.7}
    road_pool = []
    for wname, roads in wards.items():
        for rname, rclass, rw in roads:
            road_pool.append(((wname, rname, rclass), rw * ward_weight[wname]))

    ward_variants = {w: (w, [w.lower(), w.upper(), w + " "]) for w in wards}
    class_variants = {
        "A": ("A road", ["A", "A-road", "a road"]),
        "B": ("B road", ["B", "b road", "B-road"]),
        "C": ("C road", ["C", "C-road", "c road"]),
        "U": ("Unclassified", ["U", "Unclass.", "unclassified"]),
    }
    sev_variants = {
        1: ("Cat 1", ["CAT1", "Category 1", "cat 1", "Cat1"]),
        2: ("Cat 2", ["CAT2", "Category 2", "cat 2", "Cat2"]),
    }
    via_variants = {
        "App": ("App", ["app", "mobile app", "APP "]),
        "Phone": ("Phone", ["phone", "tel", "Telephone"]),
        "Web": ("Web", ["web form", "website", "WEB"]),
        "Inspection": ("Inspection", ["inspection", "routine inspection", "Insp."]),
    }
    crews = {
        "Robert Hale": (["Bob Hale", "Rob Hale"], ["Ashby", "Castlegate"]),
        "Margaret Okafor": (["Maggie Okafor", "M. Okafor"], ["Brookside", "Elmfield"]),
        "William Tran": (["Bill Tran", "Will Tran"], ["Dunmore", "Fairview"]),
        "Katherine Doyle": (["Kate Doyle", "Kathy Doyle"], ["Brookside", "Ashby"]),
        "Daniel Price": (["Dan Price", "Danny Price"], ["Castlegate", "Dunmore"]),
        "Elizabeth Mensah": (["Liz Mensah", "Beth Mensah"], ["Elmfield", "Fairview"]),
        "Anthony Russo": (["Tony Russo"], ["Brookside", "Dunmore", "Ashby"]),
    }
    crew_speed = {"Robert Hale": 1.0, "Margaret Okafor": 0.8, "William Tran": 1.15, "Katherine Doyle": 0.92,
                  "Daniel Price": 1.3, "Elizabeth Mensah": 1.05, "Anthony Russo": 1.2}
    month_rate = {1: 3.0, 2: 3.2, 3: 2.6, 4: 1.7, 5: 1.2, 6: 0.9, 7: 0.8, 8: 0.8, 9: 0.9, 10: 1.2, 11: 1.7, 12: 2.4}
    start, end = D(2023, 1, 1), D(2025, 10, 31)
    as_of = D(2025, 11, 7)
    rows = []
    seq = {}
    for day in days(start, end):
        lam = month_rate[day.month] * (1.15 if day.year == 2024 else 1.0)
        if day.weekday() >= 5:
            lam *= 0.75
        for _ in range(poisson(lam)):
            ward, road, rclass = wpick(road_pool)
            via = wpick([("App", 34), ("Phone", 24), ("Web", 21), ("Inspection", 21)])
            if via == "Inspection" and day.weekday() >= 5:
                via = "App"
            depth = int(round(rng.lognormvariate(3.55, 0.45)))
            depth = max(12, min(depth, 160))
            area = round(rng.lognormvariate(-0.9, 0.6), 2)
            area = max(0.05, min(area, 4.5))
            if depth >= 60 or (depth >= 40 and rclass in ("A", "B")):
                sev = 1 if rng.random() < 0.9 else 2
            else:
                sev = 1 if rng.random() < 0.04 else 2
            inspected = day if via == "Inspection" else day + TD(days=rng.choice([0, 1, 1, 2, 2, 3, 4]))
            open_case = rng.random() < 0.025
            crew = wpick([(c, 3 if ward in v[1] else 0.25) for c, v in crews.items()])
            if sev == 1:
                gap = rng.choice([0, 0, 1, 1, 1, 2, 2, 3])
            else:
                gap = int(rng.lognormvariate(2.6, 0.55) * crew_speed[crew])
                gap = max(3, min(gap, 90))
            repaired = inspected + TD(days=gap)
            if repaired > as_of or open_case:
                repaired = None
            permanent = rng.random() < (0.38 if sev == 1 else 0.58)
            tm = rng.random() < {"A": 0.72, "B": 0.42, "C": 0.16, "U": 0.05}[rclass]
            if repaired is not None:
                if permanent:
                    cost = 115 + 150 * area + 1.4 * depth
                else:
                    cost = 42 + 55 * area + 0.4 * depth
                if sev == 1:
                    cost += 75
                if tm:
                    cost += 160 if rclass == "A" else 90
                cost = round(cost * rng.uniform(0.9, 1.12), 2)
                r = rng.random()
                if r < 0.72:
                    cost_txt = "£{:,.2f}".format(cost)
                elif r < 0.93:
                    cost_txt = "%.2f" % cost
                else:
                    cost_txt = "GBP %.2f" % cost
                crew_txt = variant(0.6, crew, crews[crew][0])
                perm_txt = flag_text(permanent, 0.05)
                rep_txt = repaired.isoformat()
            else:
                cost_txt = ""
                crew_txt = ""
                perm_txt = ""
                rep_txt = ""
            yr = day.year % 100
            seq[yr] = seq.get(yr, 0) + 1
            wc, wv = ward_variants[ward]
            cc, cv = class_variants[rclass]
            sc, sv = sev_variants[sev]
            vc, vv = via_variants[via]
            rows.append([
                "PH-%02d-%05d" % (yr, seq[yr]), day.isoformat(), variant(0.6, vc, vv), variant(0.7, wc, wv), road,
                variant(0.65, cc, cv), variant(0.6, sc, sv),
                "" if rng.random() < 0.04 else depth, area, crew_txt, inspected.isoformat(), rep_txt, cost_txt,
                perm_txt, flag_text(tm, 0.07),
            ])
    header = ["defect_ref", "reported_date", "reported_via", "ward", "road_name", "road_class", "severity",
              "depth_mm", "area_sqm", "crew_lead", "inspected_date", "repaired_date", "repair_cost",
              "permanent_fix?", "traffic_mgmt_required"]
    with open("pothole_repairs.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for i, r in enumerate(rows):
            if i in (640, 1310):  # exports were pasted together: header repeated
                w.writerow(header)
            w.writerow(r)
    return len(rows)


# ---------------------------------------------------------------------------
# 3. court_hearings.json
# ---------------------------------------------------------------------------
def money_usd(x, allow_number=True):
    r = rng.random()
    if r < 0.62:
        return "${:,.2f}".format(x)
    if r < 0.78 and allow_number:
        return x if x != int(x) else int(x)
    if r < 0.9:
        return "%.2f" % x
    return "USD {:,.2f}".format(x)


def make_court():
    rooms = {"101": ("Downtown", 60), "102": ("Downtown", 45), "103": ("Downtown", 45), "104": ("Downtown", 30),
             "201": ("Eastside", 40), "202": ("Eastside", 35), "301": ("Northside", 50), "302": ("Northside", 30)}
    room_by_house = {}
    for r, (h, _) in rooms.items():
        room_by_house.setdefault(h, []).append(r)
    judges = [
        ("J01", "Patricia Nwosu", ["Judge Nwosu", "P. Nwosu", "Hon. Patricia Nwosu"], "Downtown", 1.0),
        ("J02", "Harold Brenner", ["Judge Brenner", "Hal Brenner", "H. Brenner"], "Downtown", 1.1),
        ("J03", "Maria Delgado", ["Judge Delgado", "M. Delgado"], "Downtown", 0.9),
        ("J04", "Samuel Whitcombe", ["Sam Whitcombe", "Judge Whitcombe"], "Eastside", 1.0),
        ("J05", "Ingrid Olsen", ["Judge Olsen", "I. Olsen"], "Eastside", 0.8),
        ("J06", "Theodore Banks", ["Ted Banks", "Judge Banks", "T. Banks"], "Northside", 1.0),
        ("J07", "Carol Yamamoto", ["Judge Yamamoto", "C. Yamamoto"], "Northside", 0.75),
        ("J08", "Desmond Achebe", ["Des Achebe", "Judge Achebe"], "Downtown", 0.6),
        ("J09", "Rebecca Lindqvist", ["Becky Lindqvist", "Judge Lindqvist"], "Eastside", 0.45),
    ]
    judge_pace = {"J01": 1.0, "J02": 1.2, "J03": 0.9, "J04": 1.05, "J05": 0.85, "J06": 1.1, "J07": 0.95,
                  "J08": 1.3, "J09": 0.8}
    judge_generosity = {"J01": 0.85, "J02": 0.7, "J03": 0.8, "J04": 0.78, "J05": 0.9, "J06": 0.75, "J07": 0.82,
                        "J08": 0.72, "J09": 0.88}
    case_types = {
        "Debt": (("Debt", ["debt", "Debt Recovery", "DEBT "]), 35, (7.6, 0.7)),
        "Property Damage": (("Property Damage", ["property damage", "Prop. Damage", "Damage to Property"]), 18,
                            (7.9, 0.6)),
        "Landlord/Tenant": (("Landlord/Tenant", ["landlord-tenant", "L&T", "Landlord & Tenant"]), 22, (7.7, 0.65)),
        "Consumer": (("Consumer", ["consumer", "Consumer Goods", "Consumer Dispute"]), 17, (7.0, 0.7)),
        "Employment": (("Employment", ["employment", "EMPLOYMENT", "Employment "]), 8, (8.1, 0.5)),
    }
    hearing_types = {
        "Trial": (("Trial", ["trial", "TRIAL"]), 50, (45, 170)),
        "Pre-Trial": (("Pre-Trial", ["Pretrial", "pre-trial", "Pre Trial"]), 30, (15, 45)),
        "Motion": (("Motion", ["motion", "Motion Hearing"]), 20, (10, 40)),
    }
    outcome_variants = {
        "Claimant": ("Judgment for Claimant", ["judgment for plaintiff", "Plaintiff", "For Claimant",
                                               "Judgment for Plaintiff"]),
        "Defendant": ("Judgment for Defendant", ["for defendant", "Defendant", "judgment for defendant "]),
        "Settled": ("Settled", ["settled", "Settlement", "Settled at hearing"]),
        "Dismissed": ("Dismissed", ["dismissed", "DISMISSED", "Case Dismissed"]),
        "Adjourned": ("Adjourned", ["adjourned", "Continued", "Postponed"]),
    }
    outcome_mix = {
        "Trial": [("Claimant", 48), ("Defendant", 22), ("Settled", 12), ("Dismissed", 8), ("Adjourned", 10)],
        "Pre-Trial": [("Claimant", 10), ("Defendant", 5), ("Settled", 30), ("Dismissed", 15), ("Adjourned", 40)],
        "Motion": [("Claimant", 20), ("Defendant", 20), ("Settled", 5), ("Dismissed", 30), ("Adjourned", 25)],
    }
    slots = [9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 30, 11 * 60, 13 * 60 + 30, 14 * 60, 14 * 60 + 30,
             15 * 60, 15 * 60 + 30]
    house_variants = {"Downtown": ("Downtown", ["downtown", "Downtown Courthouse", "DOWNTOWN"]),
                      "Eastside": ("Eastside", ["East Side", "eastside", "Eastside Courthouse"]),
                      "Northside": ("Northside", ["North Side", "northside", "Northside Courthouse"])}
    start, end = D(2023, 6, 5), D(2025, 12, 19)
    out = []
    n = 0
    for day in days(start, end):
        if day.weekday() >= 5:
            continue
        if (day.month, day.day) in [(1, 1), (7, 4), (12, 25), (11, 11)]:
            continue
        lam = 2.5 if day.month != 8 else 1.4
        if day.weekday() == 4:
            lam *= 0.8
        for _ in range(poisson(lam)):
            jid, jname, jalts, jhouse, jw = wpick([(j, j[4]) for j in judges])
            house = jhouse if rng.random() < 0.85 else pick(list(room_by_house))
            room = pick(room_by_house[house])
            ht = wpick([(k, v[1]) for k, v in hearing_types.items()])
            ct = wpick([(k, v[1]) for k, v in case_types.items()])
            lo, hi = hearing_types[ht][2]
            dur = int(rng.triangular(lo, hi, lo + (hi - lo) * 0.3) * judge_pace[jid])
            dur = max(5, 5 * round(dur / 5))
            st = pick(slots) + rng.choice([0, 0, 0, 5, 10, 15])
            start_ts = dt.datetime(day.year, day.month, day.day) + TD(minutes=st)
            end_ts = start_ts + TD(minutes=dur)
            mu, sg = case_types[ct][2]
            claimed = min(rng.lognormvariate(mu, sg), 10000.0)
            claimed = round(claimed, 2) if rng.random() < 0.5 else float(round(claimed))
            claimed = max(claimed, 150.0)
            fee = 30.0 if claimed <= 1500 else (50.0 if claimed <= 5000 else 75.0)
            appeared = rng.random() < 0.8
            mix = list(outcome_mix[ht])
            if not appeared:
                mix = [(k, w * (3.0 if k == "Claimant" else 0.5)) for k, w in mix]
            oc = wpick(mix)
            if oc == "Claimant":
                awarded = round(claimed * min(1.0, rng.uniform(0.45, 1.05) * judge_generosity[jid] / 0.8), 2)
                award_val = money_usd(awarded)
            elif oc in ("Defendant", "Dismissed"):
                award_val = None if rng.random() < 0.5 else "$0.00"
            else:
                award_val = None
            ctype = "Business" if rng.random() < 0.3 else "Individual"
            represented = rng.random() < (0.55 if ctype == "Business" else 0.15)
            if rng.random() < 0.08:
                rep_val = None
            else:
                rep_val = represented if rng.random() < 0.5 else pick(["yes", "Y", "Yes"] if represented
                                                                      else ["no", "N", "No"])
            interp = rng.random() < 0.09
            r = rng.random()
            interp_val = None if r < 0.06 else ("" if r < 0.1 else (interp if rng.random() < 0.6 else
                                                                    pick(["Y", "yes"] if interp else ["N", "no"])))
            r = rng.random()
            app_val = None if r < 0.05 else (appeared if rng.random() < 0.6 else
                                             pick(["yes", "Y"] if appeared else ["no", "N"]))
            filed = day - TD(days=rng.randint(21, min(160, (day - D(2023, 1, 3)).days)))
            n += 1
            cc, cv = case_types[ct][0]
            hc, hv = hearing_types[ht][0]
            oc_c, oc_v = outcome_variants[oc]
            hvc, hvv = house_variants[house]
            room_txt = pick(["Room %s", "Room %s", "Rm %s", "Courtroom %s", "%s"]) % room
            out.append({
                "hearingId": "SC-%02d-%05d" % (day.year % 100, n),
                "filedDate": filed.isoformat(),
                "caseType": variant(0.6, cc, cv),
                "hearingType": variant(0.7, hc, hv),
                "venue": {"courthouse": variant(0.75, hvc, hvv), "room": room_txt, "seats": rooms[room][1]},
                "session": {"start": start_ts.strftime("%Y-%m-%dT%H:%M:%S"),
                            "end": end_ts.strftime("%Y-%m-%dT%H:%M:%S")},
                "judge": {"id": jid, "name": variant(0.6, jname, jalts)},
                "claimant": {"type": variant(0.65, ctype, ["individual", "Indiv.", "Person"] if ctype == "Individual"
                                             else ["business", "Company", "Co."]),
                             "represented": rep_val},
                "amountClaimed": money_usd(claimed),
                "amountAwarded": award_val,
                "outcome": variant(0.55, oc_c, oc_v),
                "interpreterNeeded": interp_val,
                "defendantAppeared": app_val,
                "filingFee": money_usd(fee),
            })
    with open("court_hearings.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    return len(out)


# ---------------------------------------------------------------------------
# 4. lifeguard_incidents.json
# ---------------------------------------------------------------------------
def make_lifeguard():
    beaches = {"North Bay": (2.4, 0.30), "South Sands": (1.1, 0.25), "Harbour Cove": (0.8, 0.15),
               "Long Strand": (3.6, 0.30)}
    beach_variants = {
        "North Bay": ("North Bay", ["north bay", "N. Bay", "North Bay "]),
        "South Sands": ("South Sands", ["south sands", "Sth Sands", "SOUTH SANDS"]),
        "Harbour Cove": ("Harbour Cove", ["Harbor Cove", "harbour cove", "Harbour Cove "]),
        "Long Strand": ("Long Strand", ["long strand", "Long Strand Beach", "LONG STRAND"]),
    }
    beach_shelter = {"North Bay": 0.0, "South Sands": 0.2, "Harbour Cove": 0.55, "Long Strand": -0.25}
    beach_temp = {"North Bay": 0.0, "South Sands": 0.4, "Harbour Cove": 0.9, "Long Strand": -0.6}
    types = {
        "Rescue": (("Rescue", ["rescue", "RESCUE", "Swimmer Rescue"]), 17, (8, 45)),
        "First Aid": (("First Aid", ["first aid", "First-Aid", "FA"]), 38, (5, 30)),
        "Lost Child": (("Lost Child", ["lost child", "Missing Child", "Lost Kid"]), 10, (5, 60)),
        "Preventive Action": (("Preventive Action", ["Preventative Action", "preventative", "Prev. Action"]), 25,
                              (2, 15)),
        "Marine Sting": (("Marine Sting", ["marine sting", "Jellyfish Sting", "Sting"]), 10, (5, 20)),
    }
    guards = [
        ("B01", "Siobhan Kelly", ["Shiv Kelly", "S. Kelly"], "North Bay", (2023, 2025)),
        ("B02", "Cormac Byrne", ["Cormac B.", "C. Byrne"], "North Bay", (2023, 2024)),
        ("B03", "Aoife Brennan", ["Aoife B", "A. Brennan"], "South Sands", (2023, 2025)),
        ("B04", "Daniel Walsh", ["Danny Walsh", "Dan Walsh"], "Long Strand", (2023, 2025)),
        ("B05", "Niamh Gallagher", ["Niamh G.", "N. Gallagher"], "Harbour Cove", (2023, 2025)),
        ("B06", "Eoin Fitzgerald", ["Eoin Fitz", "E. Fitzgerald"], "Long Strand", (2023, 2024)),
        ("B07", "Ciara Doyle", ["Ciara D.", "C. Doyle"], "South Sands", (2024, 2025)),
        ("B08", "Patrick Moran", ["Paddy Moran", "Pat Moran"], "North Bay", (2024, 2025)),
        ("B09", "Roisin Healy", ["Rosh Healy", "R. Healy"], "Long Strand", (2023, 2025)),
        ("B10", "Thomas Quinn", ["Tommy Quinn", "Tom Quinn"], "Harbour Cove", (2024, 2025)),
        ("B11", "Grainne Murphy", ["Gráinne Murphy", "G. Murphy"], "South Sands", (2023, 2023)),
        ("B12", "Michael Ryan", ["Mick Ryan", "Mike Ryan"], "North Bay", (2025, 2025)),
        ("B13", "Sean Kavanagh", ["Seán Kavanagh", "S. Kavanagh"], "Long Strand", (2025, 2025)),
        ("B14", "Orla Connolly", ["Orla C.", "O. Connolly"], "Long Strand", (2024, 2025)),
    ]
    guard_w = {"B01": 1.3, "B02": 1.0, "B03": 1.2, "B04": 1.5, "B05": 1.0, "B06": 0.9, "B07": 1.1, "B08": 1.0,
               "B09": 1.05, "B10": 0.8, "B11": 1.0, "B12": 1.1, "B13": 1.0, "B14": 0.85}
    flag_variants = {"Red": ("Red", ["red", "RED"]), "Yellow": ("Yellow", ["yellow", "Amber"]),
                     "Green": ("Green", ["green", "GRN"])}
    month_rate = {5: 2.2, 6: 4.0, 7: 6.6, 8: 6.9, 9: 2.9}
    month_temp = {5: 12.8, 6: 14.6, 7: 16.4, 8: 17.1, 9: 15.9}
    year_factor = {2023: 0.92, 2024: 1.0, 2025: 1.08}
    out = []
    for year in (2023, 2024, 2025):
        seq = 0
        for day in days(D(year, 5, 1), D(year, 9, 30)):
            if day.month in (5, 9) and day.weekday() < 5 and rng.random() < 0.5:
                continue  # weekday patrols only part-time in shoulder months
            weather = rng.uniform(0.4, 1.5)
            lam = month_rate[day.month] * year_factor[year] * weather * (1.5 if day.weekday() >= 5 else 1.0)
            base_wave = rng.lognormvariate(-0.1, 0.5)
            temp_day = month_temp[day.month] + rng.uniform(-1.2, 1.2) + (0.3 if year == 2025 else 0.0)
            for _ in range(poisson(lam)):
                beach = wpick([(b, v[1]) for b, v in beaches.items()])
                t = wpick([(k, v[1]) for k, v in types.items()])
                wave = round(max(0.1, base_wave * (1 - beach_shelter[beach]) * rng.uniform(0.8, 1.2)), 1)
                if wave >= 1.8:
                    flag = "Red" if rng.random() < 0.9 else "Yellow"
                elif wave >= 0.9:
                    flag = "Yellow" if rng.random() < 0.85 else pick(["Red", "Green"])
                else:
                    flag = "Green" if rng.random() < 0.8 else "Yellow"
                if t == "Rescue" and wave < 0.9 and rng.random() < 0.5:
                    wave = round(wave + rng.uniform(0.4, 1.2), 1)
                temp = round(temp_day + beach_temp[beach] + rng.uniform(-0.3, 0.3), 1)
                logged = int(min(max(rng.gauss(14.5 * 60, 110), 10 * 60), 19 * 60 + 25))
                lo, hi = types[t][2]
                clear = logged + int(rng.triangular(lo, hi, lo + (hi - lo) * 0.3))
                if t == "Lost Child":
                    age = rng.randint(2, 11)
                elif t == "Preventive Action":
                    age = None if rng.random() < 0.45 else rng.randint(8, 70)
                else:
                    age = int(min(max(rng.gauss(31, 17), 3), 84))
                    if rng.random() < 0.05:
                        age = None
                tourist = rng.random() < 0.56
                r = rng.random()
                tourist_val = "" if r < 0.08 else pick(["Y", "yes", "Yes", "TRUE"] if tourist
                                                       else ["N", "no", "No", "FALSE"])
                if t == "Rescue":
                    resp = wpick([(2, 5), (3, 3), (4, 1), (1, 1)])
                elif t == "Lost Child":
                    resp = wpick([(1, 5), (2, 3), (3, 1)])
                else:
                    resp = wpick([(1, 7), (2, 2)])
                hosp_p = {"Rescue": 0.24, "First Aid": 0.06, "Marine Sting": 0.02}.get(t, 0.0)
                hosp = rng.random() < hosp_p
                r = rng.random()
                hosp_val = None if r < 0.07 else (hosp if rng.random() < 0.6 else
                                                  pick(["yes", "Y"] if hosp else ["no", "N"]))
                cost = {"Rescue": rng.uniform(0, 38), "First Aid": rng.uniform(1.5, 24),
                        "Marine Sting": rng.uniform(0.8, 7.5)}.get(t, 0.0)
                cost = round(cost, 2)
                if cost == 0:
                    cost_val = pick(["", "0.00 EUR", "€0"])
                else:
                    r = rng.random()
                    if r < 0.45:
                        cost_val = "%.2f EUR" % cost
                    elif r < 0.8:
                        cost_val = "€%.2f" % cost
                    elif r < 0.92:
                        cost_val = "EUR %.2f" % cost
                    else:
                        cost_val = "%.2f" % cost
                cands = [(g, guard_w[g[0]] * (4 if g[3] == beach else 0.3)) for g in guards
                         if g[4][0] <= year <= g[4][1]]
                g = wpick(cands)
                seq += 1
                bc, bv = beach_variants[beach]
                tc, tv = types[t][0]
                fc, fv = flag_variants[flag]
                out.append({
                    "incidentId": "LG%02d-%04d" % (year % 100, seq),
                    "Date": day.isoformat(),
                    "time_logged": hhmm(logged),
                    "Time Cleared": hhmm(clear),
                    "Beach": variant(0.62, bc, bv),
                    "beachPatrolLength_km": beaches[beach][0],
                    "Type": variant(0.6, tc, tv),
                    "Casualty Age": age,
                    "Tourist?": tourist_val,
                    "Responders (#)": resp,
                    "guard": {"badge": g[0], "name": variant(0.65, g[1], g[2])},
                    "conditions": {"waterTempC": temp, "waveHeight_m": wave, "flag": variant(0.7, fc, fv)},
                    "Hospital Transfer?": hosp_val,
                    "consumablesCost": cost_val,
                })
    with open("lifeguard_incidents.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    return len(out)


if __name__ == "__main__":
    print("scrap_metal_purchases.csv", make_scrap())
    print("pothole_repairs.csv", make_potholes())
    print("court_hearings.json", make_court())
    print("lifeguard_incidents.json", make_lifeguard())
