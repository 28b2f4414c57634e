#!/usr/bin/env python3
"""Generate the four heldout8 datasets into data/ (standard library only, fixed seed)."""
import csv, json, os, random
from datetime import datetime, date, timedelta

R = random.Random(20261202)
OUT = os.path.dirname(os.path.abspath(__file__))  # beside this script
os.makedirs(OUT, exist_ok=True)

# ---------------- hospital_admissions.csv ----------------
wards = {"Cardiology": 5.5, "Orthopedics": 4.5, "General Medicine": 4.0, "Oncology": 7.0,
         "Pediatrics": 2.5, "Maternity": 2.0, "ICU": 8.5, "Neurology": 6.0}
ward_dx = {
    "Cardiology": ["Circulatory", "Circulatory", "Respiratory"],
    "Orthopedics": ["Musculoskeletal", "Musculoskeletal", "Injury"],
    "General Medicine": ["Infectious", "Respiratory", "Digestive", "Endocrine"],
    "Oncology": ["Neoplasm"],
    "Pediatrics": ["Respiratory", "Infectious", "Injury"],
    "Maternity": ["Pregnancy"],
    "ICU": ["Circulatory", "Respiratory", "Injury", "Infectious"],
    "Neurology": ["Nervous System", "Circulatory"],
}
ward_w = [14, 12, 22, 9, 10, 8, 6, 9]
ins = ["Medicare", "Medicaid", "Private", "Self-pay"]
rows = []
start = datetime(2024, 1, 1)
patients = [f"P{100000 + i}" for i in range(1500)]
for i in range(2000):
    ward = R.choices(list(wards), ward_w)[0]
    dx = R.choice(ward_dx[ward])
    if ward == "Maternity":
        age, sex = R.randint(18, 44), "F"
    elif ward == "Pediatrics":
        age, sex = R.randint(0, 17), R.choice("MF")
    else:
        age, sex = min(98, max(18, int(R.gauss(62, 16)))), R.choice("MF")
    if age >= 65:
        insurance = R.choices(ins, [70, 8, 18, 4])[0]
    else:
        insurance = R.choices(ins, [3, 30, 55, 12])[0]
    admit = start + timedelta(minutes=R.randint(0, 366 * 24 * 60 - 1))
    los_h = max(4, R.expovariate(1 / (wards[ward] * 24)))
    discharge = admit + timedelta(minutes=int(los_h * 60))
    readm = "Y" if R.random() < (0.08 + (0.07 if ward in ("Cardiology", "Oncology") else 0) + (0.05 if age >= 75 else 0)) else "N"
    charge = round(2500 + los_h / 24 * R.uniform(1800, 3200) * (2.2 if ward == "ICU" else 1), 2)
    charge_s = "" if R.random() < 0.06 else f"{charge:.2f}"
    rows.append([f"ADM-{24000 + i}", R.choice(patients), admit.strftime("%Y-%m-%d %H:%M"),
                 discharge.strftime("%Y-%m-%d %H:%M"), ward, dx, age, sex, insurance, readm, charge_s])
rows.sort(key=lambda r: r[2])
with open(os.path.join(OUT, "hospital_admissions.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Admission ID", "patient_id", "AdmitDateTime", "Discharge DateTime", "Ward", "Diagnosis Group",
                "Age", "Sex", "InsuranceType", "readmitted_30d", "Total Charge"])
    w.writerows(rows)

# ---------------- campaign_daily.csv ----------------
camps = [  # name, channel, start, end, base impressions, ctr, cvr, cpm
    ("Brand Always-On", "Display", date(2025, 1, 1), date(2025, 12, 31), 40000, 0.004, 0.020, 3.0),
    ("Search Core", "Search", date(2025, 1, 1), date(2025, 12, 31), 9000, 0.045, 0.060, 22.0),
    ("App Install Push", "Social", date(2025, 1, 15), date(2025, 6, 30), 25000, 0.011, 0.030, 7.5),
    ("Spring Sale", "Email", date(2025, 3, 1), date(2025, 5, 31), 12000, 0.030, 0.045, 1.2),
    ("Summer Promo", "Social", date(2025, 6, 1), date(2025, 8, 31), 30000, 0.013, 0.025, 8.0),
    ("Back to School", "Video", date(2025, 8, 1), date(2025, 9, 30), 50000, 0.006, 0.015, 11.0),
    ("Black Friday", "Search", date(2025, 11, 1), date(2025, 11, 30), 15000, 0.055, 0.080, 28.0),
    ("Holiday Retargeting", "Display", date(2025, 11, 15), date(2025, 12, 31), 35000, 0.007, 0.035, 4.5),
]
crow = []
for name, ch, s, e, imp0, ctr, cvr, cpm in camps:
    d = s
    while d <= e:
        season = 1.0 + 0.25 * (d.weekday() < 5) + (0.6 if d.month in (11, 12) else 0)
        imp = int(imp0 * season * R.uniform(0.7, 1.3))
        clicks = sum(1 for _ in range(0)) or int(imp * ctr * R.uniform(0.75, 1.25))
        conv = int(clicks * cvr * R.uniform(0.5, 1.5) + R.random())
        spend = round(imp / 1000 * cpm * R.uniform(0.85, 1.15), 2)
        crow.append([d.isoformat(), name, ch, imp, clicks, conv, spend])
        d += timedelta(days=1)
crow.sort(key=lambda r: (r[0], r[1]))
with open(os.path.join(OUT, "campaign_daily.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "Campaign Name", "channel", "Impressions", "Clicks", "conversions", "spend_usd"])
    w.writerows(crow)

# ---------------- listings.json ----------------
cities = {
    "Austin": (["Zilker", "Hyde Park", "Mueller", "East Austin", "Circle C"], 420),
    "Denver": (["Highlands", "Capitol Hill", "Wash Park", "Stapleton", "Baker"], 460),
    "Portland": (["Alberta", "Sellwood", "Pearl District", "Hawthorne"], 410),
    "Raleigh": (["Oakwood", "North Hills", "Five Points", "Brier Creek"], 300),
    "Phoenix": (["Arcadia", "Ahwatukee", "Encanto", "Desert Ridge"], 270),
}
agencies = {"Keystone Realty": ["Maria Lopez", "James Chen", "Aisha Patel"],
            "BlueDoor Homes": ["Tom Becker", "Linda Park", "Omar Haddad"],
            "Summit Properties": ["Rachel Green", "Victor Ruiz"],
            "Open House Co": ["Emily Stone", "Derek Wu", "Hannah Moss", "Sam Ortiz"]}
agent_list = [(n, a) for a, ns in agencies.items() for n in ns]
listings = []
for i in range(900):
    city = R.choices(list(cities), [24, 22, 18, 18, 18])[0]
    hoods, ppsf = cities[city]
    hood = R.choice(hoods)
    beds = R.choices([1, 2, 3, 4, 5], [10, 25, 35, 22, 8])[0]
    baths = max(1.0, min(4.5, beds - R.choice([0, 0.5, 1, 1.5]) if beds > 1 else 1.0))
    sqft = int(beds * R.uniform(380, 620) + R.uniform(150, 500))
    price = round(sqft * ppsf * R.uniform(0.8, 1.25) * (1.15 if hood in ("Zilker", "Pearl District", "Wash Park", "Arcadia") else 1), -3)
    listed = date(2024, 1, 1) + timedelta(days=R.randint(0, 670))
    ag = R.choice(agent_list)
    sold_d, sale_p = None, None
    dom = int(R.expovariate(1 / (30 if city in ("Austin", "Raleigh") else 45))) + 3
    if listed + timedelta(days=dom) <= date(2025, 11, 15) and R.random() < 0.8:
        sold_d = (listed + timedelta(days=dom)).isoformat()
        ratio = R.gauss(0.985 if dom < 30 else 0.955, 0.025)
        sale_p = int(round(price * ratio, -2))
    listings.append({"listing_id": f"LST-{5000 + i}", "city": city, "neighbourhood": hood, "bedrooms": beds,
                     "bathrooms": baths, "sqft": sqft, "listPrice": int(price), "listed_date": listed.isoformat(),
                     "sold_date": sold_d, "sale_price": sale_p, "agent": {"name": ag[0], "agency": ag[1]}})
with open(os.path.join(OUT, "listings.json"), "w") as f:
    json.dump(listings, f, indent=1)

# ---------------- stock_moves.csv ----------------
whs = ["WH-North", "WH-South", "WH-East", "WH-Central"]
cats = {"Electronics": (["EL-100", "EL-101", "EL-102", "EL-103", "EL-104"], (40, 260)),
        "Apparel": (["AP-200", "AP-201", "AP-202", "AP-203", "AP-204", "AP-205"], (6, 35)),
        "Home & Garden": (["HG-300", "HG-301", "HG-302", "HG-303"], (12, 90)),
        "Toys": (["TY-400", "TY-401", "TY-402"], (5, 40)),
        "Grocery": (["GR-500", "GR-501", "GR-502", "GR-503", "GR-504"], (1.5, 9))}
sku_cost = {}
sku_cat = {}
for c, (skus, (lo, hi)) in cats.items():
    for s in skus:
        sku_cost[s] = round(R.uniform(lo, hi), 2)
        sku_cat[s] = c
srows = []
t0 = datetime(2025, 1, 2, 6, 0)
for i in range(3000):
    ts = t0 + timedelta(minutes=R.randint(0, 362 * 24 * 60))
    wh = R.choices(whs, [30, 25, 20, 25])[0]
    sku = R.choice(list(sku_cost))
    mt = R.choices(["IN", "OUT", "ADJUSTMENT"], [40, 52, 8])[0]
    base = 200 if sku_cat[sku] == "Grocery" else 60
    if mt == "IN":
        q = R.randint(base // 2, base * 2)
    elif mt == "OUT":
        q = R.randint(1, base)
    else:
        q = R.choice([-1, -1, -1, 1]) * R.randint(1, 12)
    cost = round(sku_cost[sku] * R.uniform(0.95, 1.05), 2)
    srows.append([ts.strftime("%Y-%m-%dT%H:%M:%S"), wh, sku, sku_cat[sku], mt, q, cost])
srows.sort(key=lambda r: r[0])
with open(os.path.join(OUT, "stock_moves.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Timestamp", "warehouse", "SKU", "Product Category", "movement_type", "qty", "UnitCost"])
    w.writerows(srows)
print("wrote", len(rows), len(crow), len(listings), len(srows))
