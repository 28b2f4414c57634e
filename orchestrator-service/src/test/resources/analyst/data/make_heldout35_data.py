#!/usr/bin/env python3
"""Generate the four synthetic business exports used by heldout35.

Standard library only; the single source of randomness is random.Random(20270401).
Writes into the current folder:
  interpreter_assignments.csv  - sign-language interpreting agency bookings (UK, GBP)
  chimney_sweep_jobs.csv       - chimney sweep job sheets (UK, GBP)
  radio_ad_slots.json          - community radio station ad slots (Ireland, EUR), nested
  pottery_cafe_visits.json     - paint-your-own pottery cafe visits (US, USD), nested
"""
import csv
import datetime as dt
import json
import math

import random

R = random.Random(20270401)


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (value, weight)."""
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def daterange(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def hhmm(minutes):
    return "%02d:%02d" % (minutes // 60, minutes % 60)


def flag_text(value, blank_for_no=0.15):
    """A yes/no flag written many ways; a 'no' is sometimes left blank."""
    if value:
        return wpick([("Y", 30), ("yes", 20), ("Yes", 20), ("YES", 5), ("TRUE", 8), ("y", 8), ("Yes ", 4), ("1", 5)])
    if R.random() < blank_for_no:
        return ""
    return wpick([("N", 30), ("no", 20), ("No", 20), ("NO", 5), ("FALSE", 8), ("n", 8), ("0", 5)])


# ---------------------------------------------------------------------------
# 1. interpreter_assignments.csv
# ---------------------------------------------------------------------------
def make_interpreters():
    interpreters = [
        # id, variants (first is the usual spelling, weighted heaviest), grade rate, start, end
        ("I01", ["Siobhan O'Neill", "Siobhan O'Neil", "S. O'Neill", "Shiv O'Neill"], 42, None, None),
        ("I02", ["Daniel Okoro", "Dan Okoro", "D. Okoro", "Danny Okoro"], 38, None, None),
        ("I03", ["Margaret Fenwick", "Maggie Fenwick", "M. Fenwick", "Peggy Fenwick"], 45, None, None),
        ("I04", ["Tomasz Nowak", "Tom Nowak", "T. Nowak"], 38, None, dt.date(2024, 8, 31)),
        ("I05", ["Rebecca Hale", "Becky Hale", "R. Hale", "Bex Hale"], 42, None, None),
        ("I06", ["Imran Qureshi", "Immy Qureshi", "I. Qureshi"], 45, None, None),
        ("I07", ["Catherine Lowe", "Cathy Lowe", "Kate Lowe", "C. Lowe"], 38, None, None),
        ("I08", ["Owen Pritchard", "O. Pritchard", "Owen Prichard"], 42, dt.date(2023, 6, 1), None),
        ("I09", ["Niamh Brennan", "N. Brennan", "Neve Brennan"], 38, None, None),
        ("I10", ["Jonathan Marsh", "Jon Marsh", "Jonny Marsh", "J. Marsh"], 45, None, dt.date(2025, 5, 31)),
        ("I11", ["Aisha Begum", "A. Begum", "Aysha Begum"], 42, dt.date(2024, 2, 1), None),
        ("I12", ["Lucy Tremayne", "Lu Tremayne", "L. Tremayne"], 38, None, None),
        ("I13", ["Gareth Vaughan", "Gaz Vaughan", "G. Vaughan"], 42, dt.date(2025, 1, 1), None),
        ("I14", ["Elizabeth Mbeki", "Liz Mbeki", "Beth Mbeki", "E. Mbeki"], 45, None, None),
    ]
    # workload weights: some interpreters are much busier than others
    weights = {"I01": 14, "I02": 11, "I03": 9, "I04": 8, "I05": 12, "I06": 7, "I07": 10,
               "I08": 9, "I09": 6, "I10": 8, "I11": 10, "I12": 5, "I13": 9, "I14": 4}
    return interpreters, weights


INT_CLIENTS = [
    # name, setting
    ("St Mary's Hospital", "Medical"),
    ("Riverside GP Practice", "Medical"),
    ("Northgate Eye Clinic", "Medical"),
    ("Kingsmead Maternity Unit", "Medical"),
    ("Northgate Magistrates Court", "Legal"),
    ("Crown Court Leeds", "Legal"),
    ("Harrow & Finch Solicitors", "Legal"),
    ("Riverside College", "Education"),
    ("Hillcrest Academy", "Education"),
    ("University of Westbrook", "Education"),
    ("Brightwater Logistics", "Employment"),
    ("Job Centre Plus Eastgate", "Employment"),
    ("Calder Bank plc", "Employment"),
    ("Eastgate Council Adult Services", "Social Care"),
    ("Westbrook Children's Services", "Social Care"),
    ("Deaf Community Centre", "Social Care"),
    ("Police Custody Suite Eastgate", "Legal"),
    ("Westbrook Housing Association", "Social Care"),
]
INT_CLIENT_WEIGHT = [12, 9, 4, 5, 7, 4, 5, 8, 5, 7, 4, 6, 3, 6, 5, 4, 3, 3]

INT_SETTING_VARIANTS = {
    "Medical": [("Medical", 50), ("medical", 15), ("Med.", 10), ("Healthcare", 15), ("MEDICAL", 5), ("Medical ", 5)],
    "Legal": [("Legal", 55), ("legal", 15), ("LEGAL", 10), ("Legal ", 10), ("Law", 10)],
    "Education": [("Education", 55), ("education", 15), ("Edu", 15), ("Educ.", 10), ("EDUCATION", 5)],
    "Employment": [("Employment", 50), ("employment", 15), ("Workplace", 20), ("Employment ", 15)],
    "Social Care": [("Social Care", 50), ("social care", 20), ("Social-care", 15), ("SOCIAL CARE", 5), ("Social care", 10)],
}
INT_DURATION = {"Medical": (30, 120), "Legal": (60, 360), "Education": (60, 240),
                "Employment": (60, 180), "Social Care": (45, 150)}
INT_LANG = [("BSL", 78), ("SSE", 9), ("ISL", 5), ("Deafblind manual", 5), ("Lipspeaking", 3)]
INT_LANG_VARIANTS = {
    "BSL": [("BSL", 60), ("British Sign Language", 20), ("bsl", 10), ("B.S.L.", 5), ("BSL ", 5)],
    "SSE": [("SSE", 60), ("Sign Supported English", 30), ("sse", 10)],
    "ISL": [("ISL", 60), ("Irish Sign Language", 30), ("isl", 10)],
    "Deafblind manual": [("Deafblind manual", 50), ("Deafblind Manual", 30), ("DB manual", 20)],
    "Lipspeaking": [("Lipspeaking", 60), ("Lip-speaking", 25), ("lipspeaking", 15)],
}
INT_MODE_VARIANTS = {
    "In person": [("In person", 45), ("in-person", 20), ("Onsite", 15), ("On-site", 10), ("IN PERSON", 10)],
    "Video": [("Video", 45), ("VRI", 25), ("video", 15), ("Remote video", 15)],
}


def money_gbp(x):
    style = wpick([("sym2", 45), ("plain2", 15), ("sym0", 15), ("gbp", 15), ("plain", 10)])
    if style == "sym2":
        return "£{:,.2f}".format(x)
    if style == "plain2":
        return "{:.2f}".format(x)
    if style == "sym0":
        return ("£{:,.2f}".format(x)).replace(".00", "")
    if style == "gbp":
        return "{:.2f} GBP".format(x)
    return ("{:.2f}".format(x)).rstrip("0").rstrip(".")


def make_interpreter_csv(path):
    interpreters, weights = make_interpreters()
    start, end = dt.date(2023, 1, 3), dt.date(2025, 12, 30)
    days = list(daterange(start, end))
    rows = []
    n = 1850
    for i in range(n):
        d = pick(days)
        while d.weekday() >= 5 and R.random() < 0.9:  # weekends are rare
            d = pick(days)
        active = [it for it in interpreters
                  if (it[3] is None or d >= it[3]) and (it[4] is None or d <= it[4])]
        it = wpick([(a, weights[a[0]]) for a in active])
        iid, names, base_rate, _, _ = it
        name = wpick([(names[0], 70)] + [(v, 30 / (len(names) - 1)) for v in names[1:]])
        ci = wpick(list(zip(range(len(INT_CLIENTS)), INT_CLIENT_WEIGHT)))
        client, setting = INT_CLIENTS[ci]
        client_txt = wpick([(client, 80), (client + " ", 8), (client.upper(), 6), (client.lower(), 6)])
        lo, hi = INT_DURATION[setting]
        dur = 15 * R.randint(lo // 15, hi // 15)
        st = 15 * R.randint(8 * 4, 16 * 4)
        if st + dur > 20 * 60:
            st = 20 * 60 - dur
        year = d.year
        p_video = {2023: 0.18, 2024: 0.26, 2025: 0.33}[year]
        if setting == "Legal":
            p_video /= 2
        mode = "Video" if R.random() < p_video else "In person"
        lang = wpick(INT_LANG)
        if lang == "Deafblind manual":
            mode = "In person"
        cancelled = R.random() < 0.07
        if mode == "In person":
            billed = max(2.0, math.ceil(dur / 30) / 2)
        else:
            billed = max(1.0, math.ceil(dur / 30) / 2)
        rate = base_rate + (8 if setting == "Legal" else 0) + {2023: 0, 2024: 2, 2025: 3.5}[year]
        travel = None
        if mode == "In person" and R.random() < 0.88:
            travel = round(R.uniform(4, 36), 1)
        coworker = (dur > 120 and mode == "In person") or (lang == "Deafblind manual" and dur > 60)
        rating = None
        if not cancelled and R.random() < 0.68:
            rating = wpick([(5, 45), (4, 33), (3, 13), (2, 6), (1, 3)])
        if cancelled:
            billed = 0.0
            travel = None
        rows.append({
            "d": d, "st": st,
            "Date": d.isoformat(),
            "Start Time": hhmm(st),
            "End Time": hhmm(st + dur),
            "Interpreter ID": iid,
            "Interpreter": name,
            "Client Organisation": client_txt,
            "Setting": wpick(INT_SETTING_VARIANTS[setting]),
            "Language": wpick(INT_LANG_VARIANTS[lang]),
            "Mode": wpick(INT_MODE_VARIANTS[mode]),
            "Billed Hours (hrs)": billed,
            "Rate (£/hr)": money_gbp(rate),
            "Travel (£)": "" if travel is None else money_gbp(travel),
            "Cancelled?": flag_text(cancelled, 0.35),
            "Co-worker Needed?": flag_text(coworker, 0.45),
            "Client Rating (1-5)": "" if rating is None else rating,
            "_travel": travel or 0.0,
        })
    rows.sort(key=lambda r: (r["d"], r["st"], r["Interpreter ID"]))
    cols = ["Booking Ref", "Date", "Start Time", "End Time", "Interpreter ID", "Interpreter",
            "Client Organisation", "Setting", "Language", "Mode", "Billed Hours (hrs)", "Rate (£/hr)",
            "Travel (£)", "Cancelled?", "Co-worker Needed?", "Client Rating (1-5)"]
    counters = {}
    for r in rows:
        y = r["d"].year % 100
        counters[y] = counters.get(y, 0) + 1
        r["Booking Ref"] = "BK-%02d-%04d" % (y, counters[y])
        bh = r["Billed Hours (hrs)"]
        r["Billed Hours (hrs)"] = ("%.1f" % bh) if bh != int(bh) else str(int(bh))
    total_hours = sum(float(r["Billed Hours (hrs)"]) for r in rows)
    total_travel = sum(r["_travel"] for r in rows)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([r[c] for c in cols])
        tot = {c: "" for c in cols}
        tot["Booking Ref"] = "TOTAL"
        tot["Billed Hours (hrs)"] = ("%.1f" % total_hours)
        tot["Travel (£)"] = "£{:,.2f}".format(total_travel)
        w.writerow([tot[c] for c in cols])
    return len(rows) + 1, len(cols)


# ---------------------------------------------------------------------------
# 2. chimney_sweep_jobs.csv
# ---------------------------------------------------------------------------
SWEEPS = [
    # canonical, variants, weight, start, end
    ("Tom Harker", ["Tom Harker", "Tom", "T. Harker", "Tommy H"], 30, None, None),
    ("Bernadette Quinn", ["Bernadette Quinn", "Bernie", "B. Quinn", "Bernie Quinn"], 24, None, None),
    ("Rhys Llewellyn", ["Rhys Llewellyn", "Rhys", "R. Llewellyn", "Rhys L"], 20, None, None),
    ("Gareth Moss", ["Gareth Moss", "Gaz", "G. Moss", "Gaz Moss"], 18, None, dt.date(2025, 3, 31)),
    ("Priya Shah", ["Priya Shah", "Priya", "P. Shah"], 22, dt.date(2024, 5, 1), None),
]
TOWNS = [
    ("Hebden Bridge", [("Hebden Bridge", 60), ("hebden bridge", 15), ("Hebden Br.", 15), ("HEBDEN BRIDGE", 10)], 25),
    ("Todmorden", [("Todmorden", 60), ("todmorden ", 15), ("Tod", 10), ("TODMORDEN", 15)], 20),
    ("Halifax", [("Halifax", 70), ("halifax", 20), ("Halifax ", 10)], 30),
    ("Sowerby Bridge", [("Sowerby Bridge", 60), ("Sowerby Br", 20), ("sowerby bridge", 20)], 15),
    ("Mytholmroyd", [("Mytholmroyd", 70), ("mytholmroyd", 20), ("Mytholmroyd ", 10)], 10),
]
APPLIANCES = [
    # canonical, variants, weight, base price, minutes range, soot kg range
    ("Open fire", [("Open fire", 50), ("open fire", 20), ("Open Fireplace", 15), ("OPEN FIRE", 15)], 26, 70, (40, 75), (1.0, 4.0)),
    ("Wood burner", [("Wood burner", 40), ("woodburner", 20), ("Wood-burning stove", 20), ("WB", 10), ("wood burner", 10)], 34, 80, (45, 90), (0.5, 2.5)),
    ("Multi-fuel stove", [("Multi-fuel stove", 50), ("multifuel", 20), ("MF stove", 15), ("Multi fuel stove", 15)], 20, 85, (50, 95), (1.0, 3.0)),
    ("Range cooker", [("Range cooker", 50), ("Aga", 25), ("range cooker", 15), ("Range", 10)], 8, 110, (70, 130), (1.5, 4.0)),
    ("Gas fire", [("Gas fire", 60), ("gas fire", 25), ("Gas", 15)], 12, 65, (30, 50), (0.1, 0.5)),
]
PAY = [("card", [("card", 40), ("Card", 30), ("CARD", 10), ("debit card", 20)], 50),
       ("cash", [("cash", 50), ("Cash", 30), ("CASH", 20)], 20),
       ("bank transfer", [("bank transfer", 40), ("BACS", 30), ("Transfer", 20), ("Bank Transfer", 10)], 22),
       ("cheque", [("cheque", 50), ("Cheque", 25), ("check", 25)], 8)]
MONTH_W = {1: 6, 2: 6, 3: 7, 4: 6, 5: 4, 6: 3, 7: 3, 8: 5, 9: 11, 10: 14, 11: 12, 12: 8}


def make_chimney_csv(path):
    start, end = dt.date(2023, 1, 2), dt.date(2025, 12, 31)
    days = [d for d in daterange(start, end) if d.weekday() != 6]
    by_month = {}
    for d in days:
        by_month.setdefault((d.year, d.month), []).append(d)
    months = sorted(by_month)
    rows = []
    for i in range(1420):
        ym = wpick([(m, MONTH_W[m[1]] * (1.0 + 0.08 * (m[0] - 2023))) for m in months])
        d = pick(by_month[ym])
        active = [s for s in SWEEPS if (s[3] is None or d >= s[3]) and (s[4] is None or d <= s[4])]
        s = wpick([(a, a[2]) for a in active])
        sweep_txt = wpick([(s[1][0], 55)] + [(v, 45 / (len(s[1]) - 1)) for v in s[1][1:]])
        town = wpick([(t, t[2]) for t in TOWNS])
        app = wpick([(a, a[2]) for a in APPLIANCES])
        flues = wpick([(1, 70), (2, 25), (3, 5)])
        nest = R.random() < (0.22 if d.month in (3, 4, 5, 6) else 0.09)
        if app[0] == "Gas fire":
            nest = nest and R.random() < 0.3
        cctv = R.random() < 0.15
        cert = R.random() < 0.93
        mins = R.randint(app[4][0], app[4][1]) + 20 * (flues - 1) + (20 if cctv else 0) + (15 if nest else 0)
        arr = 5 * R.randint(8 * 12, 16 * 12)
        price = app[3] + 30 * (flues - 1) + (25 if nest else 0) + (45 if cctv else 0) + {2023: 0, 2024: 5, 2025: 10}[d.year]
        pstyle = wpick([("a", 40), ("b", 25), ("c", 15), ("d", 10), ("e", 10)])
        price_txt = {"a": "£%d" % price, "b": "£%.2f" % price, "c": "%d" % price,
                     "d": "%.2f GBP" % price, "e": "£ %.2f" % price}[pstyle]
        soot = round(R.uniform(*app[5]) * (1 + 0.4 * (flues - 1)), 1)
        soot_txt = "" if R.random() < 0.08 else soot
        pay = wpick([(p, p[2]) for p in PAY])
        rating = "" if R.random() < 0.4 else wpick([(5, 50), (4, 30), (3, 12), (2, 5), (1, 3)])
        rows.append({
            "d": d, "arr": arr,
            "job_date": d.isoformat(),
            "arrival": hhmm(arr),
            "finished": hhmm(arr + mins),
            "sweep": sweep_txt,
            "town": wpick(town[1]),
            "appliance": wpick(app[1]),
            "flues": flues,
            "price": price_txt,
            "nest_removed": flag_text(nest, 0.3),
            "cctv_survey": flag_text(cctv, 0.3),
            "cert_issued": flag_text(cert, 0.2),
            "soot_kg": soot_txt,
            "paid_by": wpick(pay[1]),
            "customer_rating": rating,
        })
    rows.sort(key=lambda r: (r["d"], r["arr"]))
    for i, r in enumerate(rows):
        r["job_no"] = "CS%05d" % (10001 + i)
    cols = ["job_no", "job_date", "arrival", "finished", "sweep", "town", "appliance", "flues", "price",
            "nest_removed", "cctv_survey", "cert_issued", "soot_kg", "paid_by", "customer_rating"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([r[c] for c in cols])
    return len(rows), len(cols)


# ---------------------------------------------------------------------------
# 3. radio_ad_slots.json (nested)
# ---------------------------------------------------------------------------
SHOWS = [
    # canonical, variants, days (weekday numbers), hour window, listenersEst, 30s base rate EUR, weight
    ("Breakfast Show", [("Breakfast Show", 55), ("breakfast", 20), ("Breakfast", 15), ("BREAKFAST SHOW", 10)], range(0, 5), (6, 10), 14200, 40, 30),
    ("Midday Mix", [("Midday Mix", 55), ("midday mix", 20), ("Mid-day Mix", 25)], range(0, 5), (10, 14), 8600, 25, 20),
    ("Drivetime", [("Drivetime", 50), ("Drive Time", 25), ("drive", 15), ("drivetime", 10)], range(0, 5), (16, 19), 11900, 35, 26),
    ("Evening Session", [("Evening Session", 60), ("evening", 25), ("Evening Sesh", 15)], range(0, 5), (19, 22), 4300, 15, 10),
    ("Weekend Brunch", [("Weekend Brunch", 60), ("weekend brunch", 20), ("Wknd Brunch", 20)], range(5, 7), (9, 12), 9700, 22, 14),
]
SECTORS = {
    "Retail": [("Retail", 60), ("retail", 20), ("Shops", 20)],
    "Hospitality": [("Hospitality", 60), ("hospitality ", 20), ("Hosp.", 20)],
    "Motoring": [("Motoring", 55), ("Automotive", 25), ("motoring", 20)],
    "Public Sector": [("Public Sector", 55), ("public sector", 25), ("Council/Public", 20)],
    "Health & Beauty": [("Health & Beauty", 55), ("Health and Beauty", 25), ("health/beauty", 20)],
    "Trades": [("Trades", 55), ("trades", 20), ("Trade services", 25)],
}
ADVERTISERS = [
    # accountNo, name, variants, sector, weight
    ("ADV001", "Dunmore Hardware", ["Dunmore Hardware Ltd", "DUNMORE HARDWARE"], "Retail", 9),
    ("ADV002", "Kavanagh's Centra", ["Kavanaghs Centra", "Kavanagh's Centra "], "Retail", 7),
    ("ADV003", "The Old Mill Hotel", ["Old Mill Hotel", "The Old Mill Hotel & Spa"], "Hospitality", 8),
    ("ADV004", "Brady Motors", ["Brady Motors Ltd", "BRADY MOTORS"], "Motoring", 10),
    ("ADV005", "Riverside Pharmacy", ["Riverside Pharmacy ", "Riverside Chemist"], "Health & Beauty", 5),
    ("ADV006", "County Council", ["Co. Council", "County Council Comms"], "Public Sector", 8),
    ("ADV007", "Fitzgerald Plumbing", ["Fitzgerald Plumbing & Heating", "Fitz Plumbing"], "Trades", 4),
    ("ADV008", "Lakeside Tyres", ["Lakeside Tyres Ltd", "lakeside tyres"], "Motoring", 6),
    ("ADV009", "Nolan's Butchers", ["Nolans Butchers", "Nolan's Butcher"], "Retail", 5),
    ("ADV010", "Hair by Orla", ["Hair By Orla", "Orla's Salon"], "Health & Beauty", 3),
    ("ADV011", "Murphy's Bar", ["Murphys Bar", "Murphy's Bar & Grill"], "Hospitality", 6),
    ("ADV012", "Health Service Exec", ["HSE", "H.S.E."], "Public Sector", 7),
    ("ADV013", "Doyle Electrical", ["Doyle Electrical Ltd", "DOYLE ELECTRICAL"], "Trades", 4),
    ("ADV014", "Main St Furniture", ["Main Street Furniture", "Main St. Furniture"], "Retail", 5),
    ("ADV015", "Sunrise Cafe", ["Sunrise Café", "Sunrise Cafe "], "Hospitality", 3),
    ("ADV016", "Quinn Opticians", ["Quinn Opticians ", "Quinns Opticians"], "Health & Beauty", 4),
    ("ADV017", "Gallagher Roofing", ["Gallagher Roofing Ltd", "Gallagher Roofers"], "Trades", 3),
    ("ADV018", "Town Credit Union", ["Credit Union", "Town Credit Union Ltd"], "Public Sector", 5),
    ("ADV019", "Moran Car Sales", ["Moran Cars", "MORAN CAR SALES"], "Motoring", 5),
    ("ADV020", "The Book Nook", ["Book Nook", "the book nook"], "Retail", 2),
    ("ADV021", "Vet Care Clinic", ["VetCare Clinic", "Vet Care"], "Health & Beauty", 3),
    ("ADV022", "Hegarty Builders", ["Hegarty Builders Ltd", "Hegartys"], "Trades", 3),
    ("ADV023", "Arts Festival", ["Town Arts Festival", "Arts Fest"], "Public Sector", 2),
    ("ADV024", "Pizza Palace", ["Pizza Palace ", "PIZZA PALACE"], "Hospitality", 4),
]
REPS = [
    ("Kerry Doyle", ["Kerry Doyle", "Kez", "K. Doyle"], 30),
    ("Marcus Bell", ["Marcus Bell", "Marc", "M. Bell"], 26),
    ("Aoife Byrne", ["Aoife Byrne", "Aoife", "A. Byrne"], 22),
    ("Sam Okafor", ["Sam Okafor", "Sammy", "S. Okafor"], 18),
]


def money_eur(x):
    style = wpick([("a", 45), ("b", 20), ("c", 20), ("d", 15)])
    if style == "a":
        return "€%.2f" % x
    if style == "b":
        return "%.2f EUR" % x
    if style == "c":
        return "EUR %.2f" % x
    return ("€%.2f" % x).replace(".00", "")


def make_radio_json(path):
    start, end = dt.date(2024, 1, 1), dt.date(2025, 12, 31)
    days = list(daterange(start, end))
    recs = []
    for i in range(2240):
        show = wpick([(s, s[6]) for s in SHOWS])
        d = pick(days)
        while d.weekday() not in show[2]:
            d = pick(days)
        h0, h1 = show[3]
        t = 60 * h0 + 5 * R.randint(0, (h1 - h0) * 12 - 1)
        adv = wpick([(a, a[4]) for a in ADVERTISERS])
        adv_name = wpick([(adv[1], 70), (adv[2][0], 18), (adv[2][1], 12)])
        length = wpick([(10, 10), (20, 25), (30, 50), (60, 15)])
        live = R.random() < 0.12
        mult = {10: 0.45, 20: 0.75, 30: 1.0, 60: 1.8}[length]
        rate = show[5] * mult + (15 if live else 0)
        if d.year == 2025:
            rate *= 1.05
        rate = round(rate, 2)
        disc = wpick([(0, 58), (5, 12), (10, 16), (15, 9), (20, 5)])
        if disc == 0:
            disc_txt = wpick([(None, 40), ("", 30), ("0%", 30)])
        else:
            disc_txt = wpick([("%d%%" % disc, 80), ("%d %%" % disc, 20)])
        lead = R.randint(1, 60)
        booked = d - dt.timedelta(days=lead)
        rep = wpick([(r, r[2]) for r in REPS])
        rep_txt = wpick([(rep[1][0], 60), (rep[1][1], 25), (rep[1][2], 15)])
        aired = R.random() < 0.95
        if not aired:
            aired_txt = wpick([("no", 35), ("N", 30), ("FALSE", 15), ("No", 20)])
        else:
            aired_txt = wpick([("yes", 35), ("Y", 30), ("TRUE", 15), ("Yes", 20)])
        if R.random() < 0.04:
            aired_txt = ""
            aired = False
        days_since = (end - d).days
        p_unpaid = 0.06 + (0.35 if days_since < 60 else 0.0)
        u = R.random()
        if u < p_unpaid:
            pay = wpick([("Outstanding", 45), ("unpaid", 25), ("owed", 15), ("OUTSTANDING", 15)])
        elif u < p_unpaid + 0.03:
            pay = wpick([("Written off", 60), ("written-off", 40)])
        else:
            pay = wpick([("Paid", 60), ("paid", 25), ("PAID ", 15)])
        recs.append({
            "_k": (d, t, i),
            "airDate": d.isoformat(),
            "airTime": hhmm(t),
            "show": wpick(show[1]),
            "advertiser": {"name": adv_name, "accountNo": adv[0], "sector": wpick(SECTORS[adv[3]])},
            "spot": {"lengthSec": length, "rateCard": money_eur(rate)},
            "discount": disc_txt,
            "booking": {"bookedOn": booked.isoformat(), "salesRep": rep_txt},
            "aired": aired_txt,
            "liveRead": flag_text(live, 0.5),
            "listenersEst": show[4],
            "paymentStatus": pay,
        })
    recs.sort(key=lambda r: r["_k"])
    out = []
    for i, r in enumerate(recs):
        d = r.pop("_k")[0]
        o = {"slotId": "S%02d-%05d" % (d.year % 100, i + 1)}
        o.update(r)
        out.append(o)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return len(out), len(out[0])


# ---------------------------------------------------------------------------
# 4. pottery_cafe_visits.json (nested)
# ---------------------------------------------------------------------------
FIRST = ["Hannah", "Marcus", "Priya", "Jake", "Olivia", "Diego", "Chloe", "Sam", "Mei", "Tyler", "Grace",
         "Omar", "Ava", "Leo", "Zoe", "Noah", "Isla", "Ethan", "Maya", "Lucas", "Ruby", "Aaron", "Nina",
         "Caleb", "Tessa", "Ivan", "Jade", "Felix", "Rosa", "Owen"]
LAST = ["Wu", "Patel", "Garcia", "Johnson", "Kim", "Brown", "Nguyen", "Miller", "Lopez", "Davis", "Clark",
        "Rossi", "Khan", "Murphy", "Silva", "Cohen", "Adams", "Baker", "Reyes", "Foster"]
TABLES = {1: 2, 2: 2, 3: 4, 4: 4, 5: 4, 6: 4, 7: 6, 8: 6, 9: 6, 10: 8, 11: 8, 12: 12}
PIECES = [
    # canonical, variants, weight, price USD
    ("Mug", [("Mug", 50), ("mug", 20), ("mugs", 15), ("Mugs ", 15)], 30, 18),
    ("Plate", [("Plate", 55), ("plate", 25), ("Dinner plate", 20)], 16, 22),
    ("Bowl", [("Bowl", 55), ("bowl", 25), ("bowls", 20)], 18, 20),
    ("Figurine", [("Figurine", 55), ("figurine", 20), ("Figure", 25)], 14, 14),
    ("Tile", [("Tile", 55), ("tiles", 25), ("tile", 20)], 9, 10),
    ("Money box", [("Money box", 45), ("moneybox", 25), ("Piggy bank", 30)], 13, 16),
]
GLAZE = [("Gloss", [("Gloss", 55), ("gloss", 20), ("Glossy", 25)], 55),
         ("Matte", [("Matte", 50), ("Matt", 25), ("matte", 25)], 32),
         ("Satin", [("Satin", 70), ("satin", 30)], 13)]
TIERS = {"Gold": [("Gold", 60), ("gold", 25), ("GOLD", 15)],
         "Silver": [("Silver", 60), ("silver", 25), ("SILVER", 15)],
         "Bronze": [("Bronze", 60), ("bronze", 25), ("Bronze ", 15)]}


def money_usd(x):
    style = wpick([("a", 55), ("b", 15), ("c", 15), ("d", 15)])
    if style == "a":
        return "${:,.2f}".format(x)
    if style == "b":
        return "{:.2f}".format(x)
    if style == "c":
        return ("${:,.2f}".format(x)).replace(".00", "")
    return "{:.2f} USD".format(x)


def make_pottery_json(path):
    members = []
    used = set()
    for k in range(1, 61):
        while True:
            fn, ln = pick(FIRST), pick(LAST)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        full = "%s %s" % (fn, ln)
        variants = [full, "%s. %s" % (fn[0], ln), full.lower(), "%s %s" % (fn, ln.upper())]
        tier = wpick([("Gold", 20), ("Silver", 35), ("Bronze", 45)])
        members.append(("M%03d" % k, variants, tier, R.uniform(0.3, 3.0)))
    start, end = dt.date(2023, 3, 1), dt.date(2025, 12, 31)
    days = [d for d in daterange(start, end) if d.weekday() != 0]  # closed Mondays
    recs = []
    for i in range(1680):
        d = pick(days)
        if d.weekday() < 4 and R.random() < 0.35:  # weekends and Fridays busier
            d = pick([x for x in (d + dt.timedelta(days=k) for k in range(1, 4)) if x.weekday() >= 4 and x <= end] or [d])
        kids = R.random() < (0.16 if d.weekday() >= 5 else 0.03)
        if kids:
            party = R.randint(6, 12)
        else:
            party = wpick([(1, 18), (2, 34), (3, 18), (4, 16), (5, 7), (6, 5), (7, 2)])
        fits = [t for t, s in TABLES.items() if s >= party]
        table = wpick([(t, 1.0 / (TABLES[t] - party + 1)) for t in fits])
        if R.random() < 0.36 and not kids:
            m = wpick([(mm, mm[3]) for mm in members])
            cust = {"name": wpick([(m[1][0], 60), (m[1][1], 15), (m[1][2], 15), (m[1][3], 10)]),
                    "memberNo": m[0], "loyaltyTier": wpick(TIERS[m[2]])}
        else:
            cust = {"name": "%s %s" % (pick(FIRST), pick(LAST)), "memberNo": None, "loyaltyTier": None}
        piece = wpick([(p, p[2]) for p in PIECES])
        if kids:
            piece = wpick([(p, p[2]) for p in PIECES if p[0] in ("Figurine", "Money box", "Mug", "Plate")])
        pieces = party + sum(1 for _ in range(party) if R.random() < 0.3)
        st = 10 * 60 + 15 * R.randint(0, 20)
        dur = 5 * R.randint(12, 40) if not kids else 5 * R.randint(22, 30)
        if st + dur > 19 * 60:
            st = 19 * 60 - dur
        fee_pp = 15 if kids else (8 if d.year == 2023 else 9)
        studio = fee_pp * party
        bisque = piece[3] * pieces
        drinks = None if R.random() < 0.25 else round(R.uniform(2.5, 6.5) * party, 2)
        glaze = wpick([(g, g[2]) for g in GLAZE])
        s_dt = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=st)
        e_dt = s_dt + dt.timedelta(minutes=dur)
        recs.append({
            "_k": (s_dt, i),
            "visit": {"start": s_dt.strftime("%Y-%m-%dT%H:%M:%S"), "end": e_dt.strftime("%Y-%m-%dT%H:%M:%S")},
            "customer": cust,
            "Table": {"no": table, "seats": TABLES[table]},
            "PartySize": party,
            "PieceType": wpick(piece[1]),
            "PiecesPainted": pieces,
            "StudioFee": money_usd(studio),
            "BisqueTotal": money_usd(bisque),
            "DrinksTotal": "" if drinks is None else money_usd(drinks),
            "KidsParty?": flag_text(kids, 0.6),
            "Glaze": wpick(glaze[1]),
        })
    recs.sort(key=lambda r: r["_k"])
    out = []
    for i, r in enumerate(recs):
        r.pop("_k")
        o = {"VisitId": "PC-%05d" % (i + 1)}
        o.update(r)
        out.append(o)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return len(out), len(out[0])


if __name__ == "__main__":
    print("interpreter_assignments.csv", make_interpreter_csv("interpreter_assignments.csv"))
    print("chimney_sweep_jobs.csv", make_chimney_csv("chimney_sweep_jobs.csv"))
    print("radio_ad_slots.json", make_radio_json("radio_ad_slots.json"))
    print("pottery_cafe_visits.json", make_pottery_json("pottery_cafe_visits.json"))
