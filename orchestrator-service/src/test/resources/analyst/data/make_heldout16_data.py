#!/usr/bin/env python3
"""Generate the four heldout16 synthetic datasets (standard library only, deterministic)."""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

random.seed(20261206)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)

TS = "%Y-%m-%d %H:%M:%S"
D = "%Y-%m-%d"


def wchoice(pairs):
    items, weights = zip(*pairs)
    return random.choices(items, weights=weights, k=1)[0]


# ---------------------------------------------------------------- 1. gym check-ins
def make_gym():
    clubs = ["Downtown", "Riverside", "Northgate", "Westfield", "Harbor Point"]
    club_w = [30, 22, 20, 16, 12]
    tier_spellings = {
        "basic": [("Basic", 70), ("basic", 20), ("BASIC", 10)],
        "plus": [("Plus", 70), ("plus", 18), ("PLUS", 12)],
        "premium": [("Premium", 75), ("premium", 20), ("PREMIUM", 5)],
    }
    age_bands = [("18-24", 18), ("25-34", 32), ("35-44", 24), ("45-54", 14), ("55-64", 8), ("65+", 4)]
    classes = [("Yoga", 25), ("Spin", 22), ("HIIT", 18), ("Pilates", 12), ("Zumba", 9),
               ("Boxing", 8), ("Aqua Fit", 6)]

    members = []
    for i in range(420):
        tier = wchoice([("basic", 50), ("plus", 32), ("premium", 18)])
        members.append({
            "id": f"M{10000 + i * 7 + random.randint(0, 6)}",
            "home": random.choices(clubs, weights=club_w, k=1)[0],
            "tier": tier,
            "age": wchoice(age_bands),
            "activity": random.random() ** 1.6,  # some members come far more often
            "class_lover": random.random(),
        })
    weights = [m["activity"] + 0.03 for m in members]

    start = datetime(2025, 1, 1)
    n_days = (datetime(2025, 6, 30) - start).days + 1
    rows = []
    for _ in range(2600):
        m = random.choices(members, weights=weights, k=1)[0]
        day = start + timedelta(days=random.randrange(n_days))
        # January resolution bump, weekend dip
        if day.month == 1 and random.random() < 0.25:
            day = start + timedelta(days=random.randrange(31))
        if day.weekday() == 6 and random.random() < 0.4:
            day += timedelta(days=1)
        hour = wchoice([(5, 5), (6, 12), (7, 12), (8, 7), (9, 5), (10, 4), (11, 4), (12, 7), (13, 4),
                        (14, 3), (15, 4), (16, 7), (17, 13), (18, 14), (19, 10), (20, 6), (21, 3)])
        cin = day.replace(hour=hour, minute=random.randrange(60), second=random.randrange(60))
        visited = m["home"] if random.random() < 0.84 else random.choice([c for c in clubs if c != m["home"]])
        cls = ""
        if random.random() < 0.2 + 0.5 * m["class_lover"]:
            cls = wchoice(classes)
        dur = random.randint(35, 75) if cls else random.randint(20, 130)
        cout = cin + timedelta(minutes=dur, seconds=random.randrange(60))
        cout_s = "" if random.random() < 0.05 else cout.strftime(TS)
        gp = 0
        if m["tier"] != "basic":
            gp = wchoice([(0, 85), (1, 12), (2, 3)]) if m["tier"] == "plus" else wchoice([(0, 75), (1, 19), (2, 6)])
        elif random.random() < 0.03:
            gp = 1
        rows.append([cin, m, visited, cls, cout_s, gp])

    rows.sort(key=lambda r: r[0])
    path = os.path.join(OUT, "gym_checkins.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["checkin_id", "member_id", "home_club", "visited_club", "membership_tier",
                    "checkin_time", "checkout_time", "class_attended", "age_band", "guest_passes_used"])
        for i, (cin, m, visited, cls, cout_s, gp) in enumerate(rows):
            tier_txt = wchoice(tier_spellings[m["tier"]])
            w.writerow([f"CHK{500001 + i}", m["id"], m["home"], visited, tier_txt, cin.strftime(TS),
                        cout_s, cls, m["age"], gp])
    return len(rows)


# ---------------------------------------------------------------- 2. utility outages
def make_outages():
    regions = [
        ("North Valley", "Alder County"), ("Lakeshore", "Alder County"), ("Eastside", "Brenton County"),
        ("Hill Country", "Brenton County"), ("Metro Central", "Carver County"), ("South Plains", "Dunmore County"),
        ("Pine Ridge", "Dunmore County"),
    ]
    region_w = [14, 12, 15, 10, 22, 13, 9]
    causes = [("storm", 24), ("equipment failure", 22), ("vegetation", 16), ("animal", 12),
              ("planned maintenance", 10), ("vehicle accident", 7), ("overload", 5), ("unknown", 4)]
    crews = [f"CR-{n:02d}" for n in range(1, 19)]
    crew_size = {c: random.randint(2, 6) for c in crews}

    start = datetime(2024, 1, 1)
    out = []
    n = 1350
    for i in range(n):
        # storms concentrated in summer months and in spring
        cause = wchoice(causes)
        if cause == "storm":
            month = wchoice([(1, 5), (2, 5), (3, 8), (4, 10), (5, 11), (6, 14), (7, 16), (8, 14),
                             (9, 8), (10, 5), (11, 4), (12, 6)])
        else:
            month = random.randint(1, 12)
        mdays = (date(2024 + (month == 12), month % 12 + 1, 1) - date(2024, month, 1)).days
        st = datetime(2024, month, random.randint(1, mdays), random.randrange(24), random.randrange(60),
                      random.randrange(60))
        if cause == "planned maintenance":
            st = st.replace(hour=random.choice([1, 2, 3, 9, 10, 22, 23]))
        reg, county = random.choices(regions, weights=region_w, k=1)[0]
        base = {"storm": 2200, "equipment failure": 900, "vegetation": 650, "animal": 300,
                "planned maintenance": 450, "vehicle accident": 800, "overload": 1500, "unknown": 400}[cause]
        cust = max(1, int(random.lognormvariate(0, 1.0) * base))
        if cust > 5000:
            prio = 1
        elif cust > 800:
            prio = random.choice([1, 2, 2])
        else:
            prio = random.choice([2, 3, 3])
        hours = {"storm": 7, "equipment failure": 4, "vegetation": 3.5, "animal": 1.5,
                 "planned maintenance": 3, "vehicle accident": 5, "overload": 2.5, "unknown": 2.5}[cause]
        mins = max(8, int(random.lognormvariate(0, 0.7) * hours * 60))
        restored = st + timedelta(minutes=mins, seconds=random.randrange(60))
        is_open = st >= datetime(2024, 12, 29) or random.random() < 0.012
        crew_id = random.choice(crews)
        crew = {"id": crew_id, "size": crew_size[crew_id]}
        if is_open and random.random() < 0.4:
            crew = None
        out.append({
            "outage_id": None,
            "started_at": st,
            "restored_at": None if is_open else restored.strftime(TS),
            "region": {"name": reg, "county": county},
            "cause": cause,
            "customers_affected": cust,
            "crew": crew,
            "priority": prio,
        })
    out.sort(key=lambda o: o["started_at"])
    for i, o in enumerate(out):
        o["outage_id"] = f"OUT-2024-{i + 1:05d}"
        o["started_at"] = o["started_at"].strftime(TS)
    path = os.path.join(OUT, "utility_outages.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
    return len(out)


# ---------------------------------------------------------------- 3. ecommerce returns
def make_returns():
    cats = {
        "Apparel": ("APP", 12, 95, 30),
        "Footwear": ("FTW", 35, 180, 18),
        "Electronics": ("ELC", 20, 900, 14),
        "Home & Kitchen": ("HMK", 10, 260, 14),
        "Beauty": ("BTY", 6, 70, 8),
        "Toys": ("TOY", 8, 120, 7),
        "Sports & Outdoors": ("SPT", 15, 350, 9),
    }
    reasons_by_cat = {
        "Apparel": [("Wrong size", 45), ("Changed mind", 18), ("Not as described", 14), ("Damaged", 6),
                    ("Defective", 5), ("Arrived late", 5), ("Better price elsewhere", 7)],
        "Footwear": [("Wrong size", 50), ("Changed mind", 15), ("Not as described", 12), ("Damaged", 7),
                     ("Defective", 6), ("Arrived late", 4), ("Better price elsewhere", 6)],
    }
    default_reasons = [("Wrong size", 2), ("Changed mind", 20), ("Not as described", 18), ("Damaged", 20),
                       ("Defective", 22), ("Arrived late", 8), ("Better price elsewhere", 10)]
    channels = [("Web", 45), ("Mobile App", 30), ("In-Store", 15), ("Marketplace", 10)]
    skus = {c: [f"SKU-{p}-{random.randint(1000, 9999)}" for _ in range(25)] for c, (p, *_x) in cats.items()}
    sku_price = {}
    for c, (p, lo, hi, _w) in cats.items():
        for s in skus[c]:
            sku_price[s] = round(random.uniform(lo, hi) * random.choice([1, 1, 1, 0.9]), 2)

    rows = []
    start = date(2024, 1, 1)
    order_no = 700000
    while len(rows) < 2100:
        order_no += random.randint(1, 40)
        pdate = start + timedelta(days=random.randrange(366 + 30))  # through Jan 2025
        if random.random() < 0.15:  # holiday-season bump
            pdate = date(2024, random.choice([11, 12]), random.randint(1, 30))
        chan = wchoice(channels)
        n_lines = wchoice([(1, 78), (2, 16), (3, 6)])
        for _ in range(n_lines):
            cat = random.choices(list(cats), weights=[v[3] for v in cats.values()], k=1)[0]
            sku = random.choice(skus[cat])
            qty = wchoice([(1, 88), (2, 10), (3, 2)])
            reason = wchoice(reasons_by_cat.get(cat, default_reasons))
            if reason == "Damaged":
                cond = wchoice([("damaged", 80), ("opened", 20)])
            elif reason == "Defective":
                cond = wchoice([("opened", 70), ("damaged", 30)])
            elif reason in ("Wrong size", "Changed mind", "Better price elsewhere", "Arrived late"):
                cond = wchoice([("new", 65), ("opened", 35)])
            else:
                cond = wchoice([("new", 30), ("opened", 70)])
            lag = int(random.triangular(1, 60, 9))
            rdate = pdate + timedelta(days=lag)
            gross = round(sku_price[sku] * qty, 2)
            fee = ""
            if cond == "opened" and reason in ("Changed mind", "Better price elsewhere", "Wrong size") \
                    and chan != "In-Store" and random.random() < 0.6:
                fee = round(gross * random.choice([0.10, 0.15]), 2)
            elif cond == "new" and reason == "Changed mind" and random.random() < 0.2:
                fee = round(gross * 0.10, 2)
            refund = round(gross - (fee or 0), 2)
            if cond == "damaged" and reason not in ("Damaged", "Defective"):
                refund = round(refund * 0.5, 2)
            rows.append([order_no, sku, cat, pdate, rdate, reason, refund, cond, chan, fee])
    rows = rows[:2100]
    rows.sort(key=lambda r: (r[4], r[0]))
    path = os.path.join(OUT, "ecommerce_returns.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["return_id", "order_id", "sku", "product_category", "purchase_date", "return_date",
                    "return_reason", "refund_amount", "item_condition", "sales_channel", "restocking_fee"])
        for i, (o, sku, cat, pdate, rdate, reason, refund, cond, chan, fee) in enumerate(rows):
            w.writerow([f"RET-{240001 + i}", f"ORD-{o}", sku, cat, pdate.strftime(D), rdate.strftime(D),
                        reason, f"{refund:.2f}", cond, chan, "" if fee == "" else f"{fee:.2f}"])
    return len(rows)


# ---------------------------------------------------------------- 4. school attendance
def make_school():
    schools = ["Maple Elementary", "Cedar Middle School", "Lincoln High School"]
    grades = {"Maple Elementary": ["K", "1", "2", "3", "4", "5"],
              "Cedar Middle School": ["6", "7", "8"],
              "Lincoln High School": ["9", "10", "11", "12"]}
    students = []
    sid = 20250100
    for s, n in zip(schools, [22, 16, 18]):
        for _ in range(n):
            sid += random.randint(1, 9)
            students.append({
                "id": f"S{sid}", "school": s, "grade": random.choice(grades[s]),
                "abs_p": random.choice([0.02, 0.03, 0.04, 0.05, 0.08, 0.14]),
                "tardy_p": random.choice([0.02, 0.04, 0.06, 0.1]) + (0.04 if s == "Lincoln High School" else 0),
            })
    holidays = {date(2025, 10, 13)}  # Indigenous Peoples' Day / staff day
    days = []
    d = date(2025, 9, 2)
    while len(days) < 43:
        if d.weekday() < 5 and d not in holidays:
            days.append(d)
        d += timedelta(days=1)
    spell = {
        "present": [("Present", 80), ("present", 12), ("PRESENT", 5), ("P", 3)],
        "absent": [("Absent", 75), ("absent", 15), ("ABSENT", 10)],
        "tardy": [("Tardy", 75), ("tardy", 15), ("TARDY", 10)],
        "excused": [("Excused", 80), ("excused", 15), ("EXCUSED", 5)],
    }
    # "P" is a genuine export oddity but would make "present" questions ambiguous; keep spellings word-based
    spell["present"] = [("Present", 82), ("present", 12), ("PRESENT", 6)]
    absent_codes = [("ILL", 45), ("UNK", 35), ("FAM", 12), ("TRV", 8)]
    excused_codes = [("MED", 45), ("ILL", 20), ("APPT", 20), ("REL", 8), ("SCH", 7)]
    tardy_codes = [("BUS", 40), ("OVR", 35), ("TRF", 25)]
    rows = []
    for d in days:
        flu = 1.8 if date(2025, 10, 6) <= d <= date(2025, 10, 17) else 1.0
        monday = 1.3 if d.weekday() in (0, 4) else 1.0
        for st in students:
            r = random.random()
            pa = st["abs_p"] * flu * monday
            pe = 0.025 * flu
            pt = st["tardy_p"] * (1.2 if d.weekday() == 0 else 1.0)
            mins, code = "", ""
            if r < pa:
                status = "absent"
                code = wchoice(absent_codes) if random.random() < 0.55 else ""
            elif r < pa + pe:
                status = "excused"
                code = wchoice(excused_codes) if random.random() < 0.9 else ""
            elif r < pa + pe + pt:
                status = "tardy"
                mins = max(1, int(random.expovariate(1 / 11)))
                code = wchoice(tardy_codes) if random.random() < 0.35 else ""
            else:
                status = "present"
            rows.append([st["id"], st["school"], st["grade"], d.strftime(D), wchoice(spell[status]), mins, code])
    path = os.path.join(OUT, "school_attendance.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["student_id", "school", "grade_level", "attendance_date", "status", "minutes_late",
                    "reason_code"])
        w.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    print("gym_checkins.csv", make_gym())
    print("utility_outages.json", make_outages())
    print("ecommerce_returns.csv", make_returns())
    print("school_attendance.csv", make_school())
