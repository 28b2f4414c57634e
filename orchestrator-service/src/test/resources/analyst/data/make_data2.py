"""Generates the two held-aside datasets of the second set in /work/heldout2/data deterministically
(seeded RNG, python3 standard library only).
   regional_sales.csv  ~500 order lines of an office-supply company 2021-2023: US states as 2-letter codes,
                       product category, units, unit price, a returned yes/no flag, sales channel
   clinic_visits.csv   ~420 outpatient visits 2022-2023: visit id, patient id (repeat visits), department,
                       priority coded 1/2/3 (meaning only in the column name), an insurance code 1/2/3 (meaning
                       nowhere), age, wait time, charge, satisfaction with missing values, and a final "Total" row
Column names deliberately mix styles: snake_case, camelCase, "Name With Spaces", units in parentheses."""
import csv, random, datetime, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)


def regional_sales(rng):
    states = ["CA", "TX", "NY", "FL", "IL", "WA", "OH", "GA"]
    sw = [22, 16, 15, 12, 10, 9, 8, 8]
    catalog = {
        "Furniture": [("Office Chair", 149.0), ("Standing Desk", 429.0), ("Bookcase", 119.5), ("Filing Cabinet", 189.0)],
        "Office Supplies": [("Copy Paper (box)", 38.5), ("Ballpoint Pens (12)", 6.75), ("Stapler", 14.2),
                            ("Sticky Notes", 4.99), ("Binder", 3.6)],
        "Technology": [("Laptop", 899.0), ("Monitor 27in", 279.0), ("Wireless Keyboard", 49.0), ("Printer", 219.0),
                       ("Headset", 79.0)],
    }
    cw = {"Furniture": 2, "Office Supplies": 5, "Technology": 3}
    cats = [c for c in catalog for _ in range(cw[c])]
    channels = ["Online", "In-Store", "Phone"]
    start = datetime.date(2021, 1, 1)
    rows = []
    for i in range(500):
        # sales grow a little each year: later dates slightly more likely
        day = int(1095 * (rng.random() ** 0.85))
        d = start + datetime.timedelta(days=day)
        cat = rng.choice(cats)
        product, price = rng.choice(catalog[cat])
        if price < 20:
            units = rng.randint(5, 60)
        elif price < 200:
            units = rng.randint(1, 12)
        else:
            units = rng.choice([1, 1, 2, 2, 3, 4, 5, 8])
        ret_p = 0.12 if cat == "Technology" else 0.07 if cat == "Furniture" else 0.03
        rows.append({"order_no": "SO-%05d" % (10001 + i), "Order Date": d.isoformat(),
                     "state": rng.choices(states, sw)[0], "productCategory": cat, "product": product,
                     "units": units, "Unit Price ($)": "%.2f" % price,
                     "returned": "yes" if rng.random() < ret_p else "no",
                     "Sales Channel": rng.choices(channels, [5, 3, 2])[0]})
    rows.sort(key=lambda r: (r["Order Date"], r["order_no"]))
    with open(os.path.join(OUT, "regional_sales.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def clinic_visits(rng):
    depts = ["Cardiology", "Dermatology", "General Medicine", "Orthopedics", "Pediatrics"]
    dw = [15, 10, 40, 15, 20]
    base_charge = {"Cardiology": 320, "Dermatology": 140, "General Medicine": 95, "Orthopedics": 260, "Pediatrics": 110}
    patients = ["P%04d" % n for n in range(1, 241)]
    page = {p: rng.randint(19, 88) for p in patients}
    kids = set(rng.sample(patients, 50))
    for p in sorted(kids):
        page[p] = rng.randint(1, 17)
    start = datetime.date(2022, 1, 1)
    rows = []
    for i in range(420):
        d = start + datetime.timedelta(days=rng.randrange(730))
        p = rng.choice(patients)
        dept = "Pediatrics" if p in kids else rng.choices(depts[:4], dw[:4])[0]
        prio = rng.choices([1, 2, 3], [15, 45, 40])[0]
        wait = max(0, int(rng.gauss({1: 12, 2: 35, 3: 55}[prio], 12)))
        charge = round(base_charge[dept] * rng.uniform(0.7, 1.6) * (1.3 if prio == 1 else 1.0), 2)
        sat = rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]) if rng.random() > 0.18 else None
        if wait > 60 and sat is not None and sat > 2:
            sat -= 1
        rows.append({"Visit ID": "V%05d" % (i + 1), "visit_date": d.isoformat(), "patientId": p,
                     "department": dept, "priority (1=urgent 2=normal 3=routine)": prio,
                     "insuranceCode": rng.choices([1, 2, 3], [55, 30, 15])[0],
                     "Age (years)": page[p] + (1 if d.year == 2023 and rng.random() < 0.5 else 0),
                     "Wait Time (min)": wait if rng.random() > 0.06 else None,
                     "charge_usd": "%.2f" % charge, "satisfaction": sat})
    rows.sort(key=lambda r: (r["visit_date"], r["Visit ID"]))
    for n, r in enumerate(rows):
        r["Visit ID"] = "V%05d" % (n + 1)
    total = {k: None for k in rows[0]}
    total["department"] = "Total"
    total["Wait Time (min)"] = sum(r["Wait Time (min)"] or 0 for r in rows)
    total["charge_usd"] = "%.2f" % sum(float(r["charge_usd"]) for r in rows)
    rows.append(total)
    with open(os.path.join(OUT, "clinic_visits.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})


if __name__ == "__main__":
    regional_sales(random.Random(20261202))
    clinic_visits(random.Random(4242))
    print("wrote", sorted(os.listdir(OUT)))
