#!/usr/bin/env python3
"""Write the four synthetic exports used by the nineteenth held-aside set.

Standard library only, seeded, so every run writes the same bytes.
Files go to ./data next to this script:
  harvests.csv            crop/field harvest load tickets
  utility_bills.csv       household utility bills, one row per household per month
  car_rental_contracts.csv car-rental contracts
  course_enrolments.json  online course enrolments (nested JSON)
"""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

random.seed(20261219)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)


def messy(label, p_lower=0.12, p_upper=0.06, p_space=0.10):
    """Return a category label the way a hand-kept export writes it."""
    r = random.random()
    if r < p_lower:
        label = label.lower()
    elif r < p_lower + p_upper:
        label = label.upper()
    if random.random() < p_space:
        label = label + random.choice([" ", "  "])
    return label


def flag(value, styles):
    """Write a boolean in one of several styles, e.g. [("Y","N"),("yes","no")]."""
    yes, no = random.choice(styles)
    return yes if value else no


# ---------------------------------------------------------------------------
# 1. harvests.csv: one row per harvest load ticket; several loads per field per season
# ---------------------------------------------------------------------------
def make_harvests():
    farms = ["Oak Ridge", "Willow Creek", "Sunny Acres", "Red Barn", "Maple Hollow"]
    crops = {
        # crop: (yield t/ha base, harvest months)
        "Wheat": (6.8, (7, 8)),
        "Corn": (10.5, (9, 10, 11)),
        "Soybeans": (3.4, (9, 10)),
        "Barley": (5.9, (7, 8)),
        "Canola": (3.1, (8, 9)),
        "Oats": (4.4, (7, 8)),
    }
    crop_weights = [30, 26, 18, 11, 9, 6]
    operators = ["J. Miller", "A. Novak", "R. Schmidt", "T. Okafor", "L. Duarte",
                 "M. Becker", "S. Lindqvist", "P. Harris"]
    fields = []
    for i in range(1, 81):
        farm = random.choice(farms)
        area = round(random.uniform(3.0, 48.0), 1)
        irrigated = random.random() < 0.35
        soil = random.choice(["loam", "clay loam", "sandy loam", "silt"])
        fields.append({"field_id": "FLD-%03d" % i, "farm": farm, "area": area,
                       "irrigated": irrigated, "soil": soil,
                       "skill": random.uniform(0.85, 1.15)})
    rows = []
    ticket = 50000
    for season in (2022, 2023, 2024):
        season_factor = {2022: 0.97, 2023: 0.90, 2024: 1.06}[season]
        for f in fields:
            if random.random() < 0.06:   # fallow this season
                continue
            crop = random.choices(list(crops), weights=crop_weights)[0]
            base, months = crops[crop]
            per_ha = base * season_factor * f["skill"] * (1.18 if f["irrigated"] else 1.0)
            per_ha *= random.uniform(0.85, 1.12)
            total_kg = per_ha * f["area"] * 1000
            n_loads = max(2, min(12, int(round(f["area"] / 5.5)) + random.randint(0, 2)))
            shares = [random.uniform(0.7, 1.3) for _ in range(n_loads)]
            s = sum(shares)
            month = random.choice(months)
            start = date(season, month, random.randint(1, 20))
            op = random.choice(operators)
            for k in range(n_loads):
                ticket += random.randint(1, 3)
                d = start + timedelta(days=k // 3)
                y = int(round(total_kg * shares[k] / s))
                moisture = round(random.gauss({"Corn": 17.5, "Soybeans": 12.5}.get(crop, 13.8), 1.4), 1)
                grade = random.choices(["A", "B", "C"], weights=[55, 33, 12])[0]
                if moisture > 16.5 and crop != "Corn":
                    grade = "C"
                rows.append({
                    "ticket_no": "T%d" % ticket,
                    "field_id": f["field_id"],
                    "Farm Name": messy(f["farm"], 0.05, 0.03, 0.08),
                    "field_area_ha": f["area"],
                    "crop": messy(crop),
                    "harvest_date": d.isoformat(),
                    "load_weight_kg": y,
                    "moisture_pct": "" if random.random() < 0.05 else moisture,
                    "irrigated": flag(f["irrigated"], [("Y", "N"), ("yes", "no"), ("TRUE", "FALSE")]),
                    "grade": "" if random.random() < 0.04 else grade,
                    "operator": op if random.random() > 0.03 else "",
                    "soil_type": f["soil"],
                    "truck_fuel_l": round(random.uniform(6, 22), 1),
                })
    cols = list(rows[0].keys())
    with open(os.path.join(OUT, "harvests.csv"), "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


# ---------------------------------------------------------------------------
# 2. utility_bills.csv: one row per household per month
# ---------------------------------------------------------------------------
def make_utility_bills():
    plans = {
        # plan: (standing charge usd, usd per kWh, usd per m3)
        "Standard": (12.0, 0.21, 2.10),
        "Green Saver": (14.5, 0.19, 2.10),
        "Time-of-Use": (10.0, 0.17, 2.10),
        "Economy 7": (11.0, 0.18, 2.10),
    }
    plan_w = [40, 22, 20, 18]
    regions = ["North", "South", "East", "West", "Central"]
    months = [date(2023 + (m // 12), m % 12 + 1, 1) for m in range(24)]
    rows = []
    for h in range(1, 161):
        acct = "ACC-%05d" % (20000 + h * 7)
        plan = random.choices(list(plans), weights=plan_w)[0]
        region = random.choice(regions)
        size = random.choices([1, 2, 3, 4, 5, 6], weights=[18, 30, 20, 20, 8, 4])[0]
        solar = random.random() < 0.22
        autopay = random.random() < 0.55
        start = 0 if random.random() < 0.6 else random.randint(1, 14)
        end = 24 if random.random() < 0.85 else random.randint(start + 6, 23)
        base_kwh = 120 + 95 * size + random.uniform(-40, 60)
        if plan == "Economy 7":
            base_kwh *= 1.15
        base_water = 2.2 + 2.9 * size + random.uniform(-0.5, 0.8)
        sc, rk, rw = plans[plan]
        for mi in range(start, end):
            m = months[mi]
            season = {12: 1.35, 1: 1.40, 2: 1.28, 3: 1.10, 6: 1.05, 7: 1.15, 8: 1.12}.get(m.month, 1.0)
            kwh = base_kwh * season * random.uniform(0.88, 1.12)
            if solar:
                kwh *= 0.62 if m.month in (4, 5, 6, 7, 8, 9) else 0.85
            kwh = int(round(kwh))
            water = round(base_water * (1.18 if m.month in (6, 7, 8) else 1.0) * random.uniform(0.85, 1.15), 1)
            amount = round(sc + rk * kwh + rw * water, 2)
            nm = date(m.year + (m.month // 12), m.month % 12 + 1, 1)
            due = nm + timedelta(days=14)
            if autopay:
                if random.random() < 0.03:   # card declined, paid after a reminder
                    paid = due + timedelta(days=random.randint(2, 9))
                else:
                    paid = due - timedelta(days=random.randint(0, 3))
            else:
                r = random.random()
                if r < 0.04:
                    paid = None
                elif r < 0.24:
                    paid = due + timedelta(days=random.randint(1, 30))
                else:
                    paid = due - timedelta(days=random.randint(0, 12))
            kwh_cell = "" if random.random() < 0.03 else kwh
            rows.append({
                "Account No": acct,
                "region": messy(region, 0.05, 0.02, 0.06),
                "tariff_plan": messy(plan),
                "household_size": size,
                "has_solar": flag(solar, [("Y", "N"), ("yes", "no")]),
                "billing_month": m.isoformat(),
                "electricity_kwh": kwh_cell,
                "water_m3": water,
                "amount_usd": amount,
                "due_date": due.isoformat(),
                "paid_date": paid.isoformat() if paid else "",
                "autopay": flag(autopay, [("true", "false"), ("yes", "no"), ("Y", "N")]),
            })
    random.shuffle(rows)
    rows.sort(key=lambda r: (r["billing_month"], r["Account No"]))
    cols = list(rows[0].keys())
    with open(os.path.join(OUT, "utility_bills.csv"), "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


# ---------------------------------------------------------------------------
# 3. car_rental_contracts.csv: one row per rental contract
# ---------------------------------------------------------------------------
def make_car_rentals():
    branches = ["Airport", "Downtown", "Harbor", "University", "Northgate"]
    branch_w = [38, 24, 14, 12, 12]
    classes = {
        # class: (day rate usd, km per day mean)
        "Economy": (39.0, 120),
        "Compact": (47.0, 135),
        "SUV": (78.0, 170),
        "Premium": (112.0, 150),
        "Van": (95.0, 140),
    }
    class_w = [34, 27, 20, 9, 10]
    customers = ["C%04d" % i for i in range(1, 701)]
    cust_w = [min(random.paretovariate(1.6), 12.0) for _ in customers]
    rows = []
    cid = 880000
    start = datetime(2024, 1, 1)
    odo = {}
    for _ in range(2600):
        cid += random.randint(1, 4)
        day = start + timedelta(days=random.randint(0, 365))
        hour = random.choices(range(6, 22), weights=[2, 5, 9, 10, 9, 8, 7, 7, 8, 9, 10, 9, 6, 4, 3, 2])[0]
        pickup = day.replace(hour=hour, minute=random.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
        branch = random.choices(branches, weights=branch_w)[0]
        cls = random.choices(list(classes), weights=class_w)[0]
        rate, kmd = classes[cls]
        days = random.choices([1, 2, 3, 4, 5, 7, 10, 14], weights=[22, 20, 18, 12, 10, 10, 5, 3])[0]
        ret = pickup + timedelta(days=days, hours=random.randint(-5, 4), minutes=random.randint(0, 59))
        if ret <= pickup:
            ret = pickup + timedelta(hours=random.randint(3, 10))
        ret_branch = branch if random.random() < 0.82 else random.choice([b for b in branches if b != branch])
        car_key = (cls, random.randint(1, 12))
        odo_out = odo.get(car_key, random.randint(8000, 60000))
        km = max(5, int(random.gauss(kmd * days, kmd * days * 0.35)))
        odo_in = odo_out + km
        odo[car_key] = odo_in + random.randint(0, 40)
        gps = random.random() < 0.28
        child = random.random() < (0.35 if cls in ("Van", "SUV") else 0.10)
        ins = random.random() < 0.45
        fuel_ret = random.choice([100, 100, 100, 88, 75, 63, 50, 38, 25])
        hours = (ret - pickup).total_seconds() / 3600
        bill_days = max(1, int(-(-hours // 24)))
        total = bill_days * rate + (6.5 * bill_days if gps else 0) + (8.0 * bill_days if child else 0) \
            + (14.0 * bill_days if ins else 0) + (100 - fuel_ret) * 0.9 \
            + (25.0 if ret_branch != branch else 0)
        open_contract = day > datetime(2024, 12, 24) and random.random() < 0.7
        cancelled = random.random() < 0.02
        row = {
            "contract_id": "RC-%d" % cid,
            "customerId": random.choices(customers, weights=cust_w)[0],
            "pickupBranch": messy(branch, 0.10, 0.05, 0.10),
            "returnBranch": messy(ret_branch, 0.10, 0.05, 0.10),
            "car_class": messy(cls, 0.10, 0.08, 0.08),
            "pickup_time": pickup.strftime("%Y-%m-%d %H:%M:%S"),
            "return_time": ret.strftime("%Y-%m-%d %H:%M:%S"),
            "odometer_out_km": odo_out,
            "odometer_in_km": odo_in,
            "fuel_return_pct": fuel_ret,
            "gps_addon": flag(gps, [("Y", "N"), ("yes", "no")]),
            "child_seat": flag(child, [("yes", "no"), ("true", "false"), ("Y", "N")]),
            "full_insurance": flag(ins, [("true", "false"), ("Y", "N"), ("yes", "no")]),
            "total_usd": round(total, 2),
        }
        if open_contract or cancelled:
            row["return_time"] = ""
            row["odometer_in_km"] = ""
            row["fuel_return_pct"] = ""
            row["returnBranch"] = ""
            row["total_usd"] = ""
        rows.append(row)
    rows.sort(key=lambda r: r["pickup_time"])
    cols = list(rows[0].keys())
    with open(os.path.join(OUT, "car_rental_contracts.csv"), "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


# ---------------------------------------------------------------------------
# 4. course_enrolments.json: nested learner and course objects
# ---------------------------------------------------------------------------
def make_course_enrolments():
    countries = ["US", "IN", "GB", "DE", "BR", "NG", "CA", "ES", "PH", "AU"]
    country_w = [26, 20, 10, 8, 8, 7, 6, 5, 5, 5]
    cat_titles = {
        "Data Science": ["Intro to Pandas", "Applied Statistics", "Machine Learning Basics",
                         "Time Series Forecasting", "SQL for Analysts", "Data Visualisation"],
        "Web Development": ["HTML & CSS Foundations", "JavaScript Essentials", "React in Practice",
                            "Node.js APIs", "Web Accessibility"],
        "Business": ["Project Management 101", "Financial Modelling", "Negotiation Skills",
                     "Product Strategy", "Excel for Business"],
        "Design": ["UX Research Methods", "Figma from Scratch", "Typography Basics", "Colour Theory"],
        "Languages": ["Spanish A1", "German A1", "Business English", "Japanese Kana"],
        "Cloud": ["Cloud Fundamentals", "Kubernetes Intro", "Serverless Patterns", "Terraform Basics"],
    }
    levels = ["Beginner", "Intermediate", "Advanced"]
    courses = []
    n = 100
    for cat, titles in cat_titles.items():
        for t in titles:
            n += 1
            lvl = random.choices(levels, weights=[45, 35, 20])[0]
            hours = random.choice([4, 6, 8, 10, 12, 16, 20, 24, 30, 40])
            price = random.choice([0, 19, 29, 39, 49, 59, 79, 99, 129, 149])
            courses.append({"course_code": "CRS-%d" % n, "title": t, "category": cat,
                            "level": lvl, "duration_hours": hours, "price_usd": float(price),
                            "difficulty": {"Beginner": 0.15, "Intermediate": 0.0, "Advanced": -0.15}[lvl]
                            + random.uniform(-0.08, 0.08)})
    learners = []
    for i in range(1, 621):
        learners.append({"learner_id": "L-%05d" % (30000 + i * 3),
                         "country": random.choices(countries, weights=country_w)[0],
                         "age": random.randint(17, 64),
                         "plan": random.choices(["free", "Plus", "Pro"], weights=[55, 30, 15])[0],
                         "grit": random.uniform(-0.2, 0.2)})
    learner_w = [random.paretovariate(2.0) for _ in learners]
    course_w = [random.uniform(0.4, 2.5) for _ in courses]
    devices = ["web", "android", "ios"]
    rows = []
    seen = set()
    eid = 700000
    while len(rows) < 1850:
        L = random.choices(learners, weights=learner_w)[0]
        C = random.choices(courses, weights=course_w)[0]
        if (L["learner_id"], C["course_code"]) in seen:
            continue
        seen.add((L["learner_id"], C["course_code"]))
        eid += random.randint(1, 5)
        hour = random.choices(range(24), weights=[2, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 7,
                                                  8, 7, 6, 6, 6, 7, 9, 11, 12, 10, 7, 4])[0]
        enrolled = datetime(2023, 7, 1) + timedelta(days=random.randint(0, 540),
                                                     hours=hour, minutes=random.randint(0, 59))
        p_complete = 0.42 + C["difficulty"] + L["grit"] + (0.12 if L["plan"] == "Pro" else 0)
        completed = random.random() < p_complete
        if completed:
            progress = 100.0
            completed_at = enrolled + timedelta(days=max(1, int(random.gauss(C["duration_hours"] * 1.6, 8))),
                                                hours=random.randint(0, 12))
            if completed_at > datetime(2025, 1, 15):
                completed = False
                progress = round(random.uniform(40, 99), 1)
                completed_at = None
        else:
            progress = round(random.choice([random.uniform(0, 15), random.uniform(5, 99)]), 1)
            completed_at = None
        quiz = round(min(100, max(20, random.gauss(74 + 30 * L["grit"], 11))), 1) if progress >= 20 else None
        rating = None
        if progress >= 50 and random.random() < 0.6:
            rating = random.choices([1, 2, 3, 4, 5], weights=[3, 5, 15, 40, 37])[0]
        dev = random.choices(devices, weights=[50, 30, 20])[0]
        dev = {"web": random.choice(["web", "Web", "WEB", "web "]),
               "android": random.choice(["android", "Android", "Android "]),
               "ios": random.choice(["ios", "iOS", "IOS"])}[dev] if random.random() < 0.5 else dev
        country = L["country"]
        if random.random() < 0.08:
            country = country.lower()
        if random.random() < 0.05:
            country = country + " "
        paid = 0.0 if C["price_usd"] == 0 else C["price_usd"]
        voucher = random.random() < 0.18 and paid > 0
        if voucher:
            paid = round(paid * random.choice([0.5, 0.7, 0.8]), 2)
        rows.append({
            "enrolment_id": "ENR-%d" % eid,
            "learner": {"learner_id": L["learner_id"], "country": country, "age": L["age"],
                        "plan": L["plan"]},
            "course": {"course_code": C["course_code"], "title": C["title"], "category": C["category"],
                       "level": C["level"], "duration_hours": C["duration_hours"],
                       "list_price_usd": C["price_usd"]},
            "enrolledAt": enrolled.strftime("%Y-%m-%dT%H:%M:%S"),
            "progress_pct": progress,
            "completed": completed,
            "completedAt": completed_at.strftime("%Y-%m-%dT%H:%M:%S") if completed_at else None,
            "quiz_avg_score": quiz,
            "rating": rating,
            "voucher_used": flag(voucher, [("Y", "N"), ("yes", "no"), ("true", "false")]),
            "amount_paid_usd": paid,
            "device": dev,
        })
    rows.sort(key=lambda r: r["enrolledAt"])
    with open(os.path.join(OUT, "course_enrolments.json"), "w") as fh:
        json.dump(rows, fh, indent=1)
    return len(rows), len(rows[0])


if __name__ == "__main__":
    for name, fn in [("harvests.csv", make_harvests),
                     ("utility_bills.csv", make_utility_bills),
                     ("car_rental_contracts.csv", make_car_rentals),
                     ("course_enrolments.json", make_course_enrolments)]:
        r, c = fn()
        print("%-26s %5d rows %3d columns" % (name, r, c))
