#!/usr/bin/env python3
"""Make the four heldout9 datasets (standard library only, fixed seed).

Writes beside itself:
  employees_hr.csv      ~800 rows  HR roster export
  pos_transactions.csv  ~2500 rows point-of-sale line items
  energy_meters.json    1500 objects daily meter readings
  app_reviews.csv       ~1000 rows app store reviews
"""
import csv
import datetime as dt
import json
import os
import random

SEED = 20261203
OUT = os.path.dirname(os.path.abspath(__file__))  # beside this script
os.makedirs(OUT, exist_ok=True)

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
         "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Priya", "Ashley",
         "Steven", "Kimberly", "Wei", "Emily", "Andrew", "Donna", "Kenji", "Michelle", "Joshua", "Carol",
         "Omar", "Amanda", "Kevin", "Melissa", "Brian", "Deborah", "Aisha", "Stephanie", "Edward", "Fatima",
         "Ravi", "Sofia", "Lucas", "Olivia", "Mateo", "Chloe", "Hiroshi", "Grace", "Diego", "Hannah"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Patel", "Kim", "Chen", "Singh", "Okafor", "Novak", "Rossi", "Schmidt", "Dubois", "Tanaka"]


def rdate(rng, a, b):
    """Uniform random date between dates a and b inclusive."""
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


# ---------------------------------------------------------------- employees_hr.csv
def make_hr(rng):
    depts = {  # name: (weight, base salary, titles by level)
        "Engineering": (0.28, 98000, ["Software Engineer I", "Software Engineer II", "Senior Software Engineer",
                                      "Staff Engineer", "Engineering Manager", "Director of Engineering"]),
        "Sales": (0.18, 62000, ["Sales Development Rep", "Account Executive", "Senior Account Executive",
                                "Principal Account Executive", "Sales Manager", "VP Sales"]),
        "Marketing": (0.10, 66000, ["Marketing Coordinator", "Marketing Specialist", "Senior Marketing Specialist",
                                    "Marketing Lead", "Marketing Manager", "Director of Marketing"]),
        "Finance": (0.08, 72000, ["Financial Analyst I", "Financial Analyst II", "Senior Financial Analyst",
                                  "Finance Lead", "Finance Manager", "Controller"]),
        "Human Resources": (0.06, 60000, ["HR Coordinator", "HR Generalist", "Senior HR Generalist",
                                          "HR Business Partner", "HR Manager", "Director of People"]),
        "Operations": (0.12, 58000, ["Operations Associate", "Operations Analyst", "Senior Operations Analyst",
                                     "Operations Lead", "Operations Manager", "Director of Operations"]),
        "Customer Support": (0.14, 45000, ["Support Agent I", "Support Agent II", "Senior Support Agent",
                                           "Support Team Lead", "Support Manager", "Director of Support"]),
        "Legal": (0.04, 90000, ["Paralegal", "Legal Counsel", "Senior Legal Counsel",
                                "Lead Counsel", "Legal Manager", "General Counsel"]),
    }
    level_mult = [1.0, 1.22, 1.5, 1.85, 2.05, 2.6]
    level_names = ["L1", "L2", "L3", "L4", "M1", "M2"]
    cities = [("New York", 0.24), ("Austin", 0.2), ("Chicago", 0.16), ("Seattle", 0.16),
              ("Toronto", 0.12), ("London", 0.12)]
    city_mult = {"New York": 1.12, "Seattle": 1.08, "London": 1.02, "Austin": 0.97, "Chicago": 0.98,
                 "Toronto": 0.92}
    reasons = [("Resigned", 0.55), ("Laid Off", 0.17), ("Terminated", 0.1), ("Retired", 0.07),
               ("Relocation", 0.11)]
    attr_bias = {"Engineering": 0.8, "Sales": 1.6, "Marketing": 1.0, "Finance": 0.7, "Human Resources": 0.9,
                 "Operations": 1.1, "Customer Support": 1.9, "Legal": 0.5}
    cutoff = dt.date(2024, 12, 31)

    def pick(pairs):
        r = rng.random()
        acc = 0.0
        for v, w in pairs:
            acc += w
            if r < acc:
                return v
        return pairs[-1][0]

    rows = []
    used_names = set()

    def name():
        while True:
            n = rng.choice(FIRST) + " " + rng.choice(LAST)
            if n not in used_names:
                used_names.add(n)
                return n

    next_id = [10001]

    def new_emp(dept, lvl, mgr, hire_lo):
        eid = next_id[0]
        next_id[0] += 1
        base = depts[dept][1] if dept in depts else 150000
        city = pick(cities)
        hire = rdate(rng, hire_lo, dt.date(2024, 11, 30))
        title = depts[dept][2][lvl] if dept in depts else "Chief Executive Officer"
        sal = base * (level_mult[lvl] if dept in depts else 2.0) * city_mult[city] * rng.uniform(0.9, 1.12)
        sal = int(round(sal / 100.0) * 100)
        bonus = [3, 5, 7, 10, 12, 15][lvl] + rng.choice([-2, -1, 0, 0, 1, 2])
        if dept == "Sales":
            bonus += 5
        term, reason = "", ""
        p_term = 0.035 * attr_bias.get(dept, 0.5) * (1.4 if lvl <= 1 else 1.0)
        years = (cutoff - hire).days / 365.25
        if rng.random() < 1 - (1 - p_term) ** years:
            t = rdate(rng, hire + dt.timedelta(days=60), cutoff) if (cutoff - hire).days > 90 else None
            if t:
                term = t.isoformat()
                reason = pick(reasons)
                if reason == "Retired" and lvl < 2:
                    reason = "Resigned"
        remote = "Yes" if rng.random() < (0.35 if dept in ("Engineering", "Customer Support") else 0.18) else "No"
        if hire.year >= 2024 and rng.random() < 0.85:
            perf = ""
        else:
            perf = str(pick([(1, 0.05), (2, 0.15), (3, 0.42), (4, 0.28), (5, 0.10)]))
        row = {
            "emp_id": eid, "Full Name": name(), "Department": dept, "Job Title": title,
            "level": level_names[lvl] if dept in depts else "EXEC", "manager_id": mgr if mgr else "",
            "hire_date": hire.isoformat(), "term_date": term, "Termination Reason": reason,
            "Annual Salary": sal, "bonus_pct": bonus, "Office City": city, "remote": remote,
            "perf_rating": perf,
        }
        rows.append(row)
        return row

    ceo = new_emp("Executive", 5, None, dt.date(2012, 1, 1))
    ceo["hire_date"] = "2012-03-05"
    ceo["term_date"] = ""
    ceo["Termination Reason"] = ""
    ceo["Job Title"] = "Chief Executive Officer"
    ceo["Annual Salary"] = 385000
    ceo["bonus_pct"] = 30
    ceo["Office City"] = "New York"
    ceo["remote"] = "No"
    ceo["perf_rating"] = "4"

    target = 800
    for dept, (w, _, _) in depts.items():
        n = round(w * (target - 1))
        director = new_emp(dept, 5, ceo["emp_id"], dt.date(2012, 6, 1))
        n_mgr = max(1, n // 12)
        mgrs = [new_emp(dept, 4, director["emp_id"], dt.date(2013, 1, 1)) for _ in range(n_mgr)]
        for _ in range(n - 1 - n_mgr):
            lvl = pick([(0, 0.3), (1, 0.32), (2, 0.25), (3, 0.13)])
            new_emp(dept, lvl, rng.choice(mgrs)["emp_id"], dt.date(2013, 6, 1))
    # directors and CEO of this small export never left
    for r in rows:
        if r["level"] in ("M2", "EXEC"):
            r["term_date"] = ""
            r["Termination Reason"] = ""
    rng.shuffle(rows)
    rows.sort(key=lambda r: r["hire_date"])
    with open(os.path.join(OUT, "employees_hr.csv"), "w", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        wr.writeheader()
        wr.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------- pos_transactions.csv
def make_pos(rng):
    stores = [("Downtown", 4, 1.3), ("Riverside", 3, 1.0), ("Airport", 2, 0.75), ("Northgate", 3, 0.95)]
    cashiers = {
        "Downtown": ["Maria L.", "Tom K.", "Aaliyah B.", "Jorge R.", "Nina P."],
        "Riverside": ["Sam W.", "Priya S.", "Ben O.", "Chloe D."],
        "Airport": ["Hank M.", "Yuki T.", "Dev A."],
        "Northgate": ["Rosa G.", "Eli F.", "Mona Z.", "Greg H."],
    }
    products = [  # name, department, price
        ("Bananas 1lb", "Produce", 0.69), ("Gala Apples 3lb", "Produce", 4.49), ("Baby Spinach 5oz", "Produce", 3.29),
        ("Avocado", "Produce", 1.25), ("Roma Tomatoes 1lb", "Produce", 1.99),
        ("Whole Milk 1gal", "Dairy", 3.89), ("Greek Yogurt 32oz", "Dairy", 5.79), ("Cheddar Block 8oz", "Dairy", 3.99),
        ("Large Eggs 12ct", "Dairy", 4.29), ("Butter Salted 1lb", "Dairy", 4.99),
        ("Sourdough Loaf", "Bakery", 5.49), ("Blueberry Muffins 4pk", "Bakery", 4.99), ("Bagels 6pk", "Bakery", 3.79),
        ("Croissant", "Bakery", 1.89),
        ("Cold Brew Coffee 32oz", "Beverages", 6.49), ("Sparkling Water 12pk", "Beverages", 5.99),
        ("Orange Juice 52oz", "Beverages", 4.59), ("Cola 2L", "Beverages", 2.49), ("Green Tea 20ct", "Beverages", 3.49),
        ("Tortilla Chips", "Snacks", 3.99), ("Trail Mix 10oz", "Snacks", 6.99), ("Dark Chocolate Bar", "Snacks", 2.79),
        ("Pretzels 16oz", "Snacks", 3.29),
        ("Paper Towels 6pk", "Household", 9.99), ("Dish Soap 24oz", "Household", 3.49),
        ("Laundry Detergent 92oz", "Household", 13.99), ("Trash Bags 40ct", "Household", 8.49),
        ("Toothpaste", "Personal Care", 3.69), ("Shampoo 12oz", "Personal Care", 6.29),
        ("Hand Soap", "Personal Care", 2.99),
        ("Frozen Pizza", "Frozen", 6.99), ("Ice Cream Pint", "Frozen", 4.79), ("Frozen Peas 16oz", "Frozen", 2.19),
        ("Chicken Nuggets 2lb", "Frozen", 9.49),
    ]
    airport_boost = {"Beverages", "Snacks", "Bakery"}
    payments = [("Credit Card", 0.42), ("Debit Card", 0.27), ("Cash", 0.16), ("Mobile Pay", 0.15)]
    hours = list(range(7, 22))
    hour_w = [2, 4, 5, 5, 6, 8, 7, 5, 5, 6, 8, 9, 7, 4, 2]
    start = dt.datetime(2024, 1, 2)
    rows = []
    receipt = 500100
    store_w = [s[2] for s in stores]
    while len(rows) < 2500:
        store, nreg, _ = rng.choices(stores, weights=store_w)[0]
        day = start + dt.timedelta(days=rng.randint(0, 89))
        hr = rng.choices(hours, weights=hour_w)[0]
        ts = day.replace(hour=hr, minute=rng.randint(0, 59), second=rng.randint(0, 59))
        reg = "R%02d" % rng.randint(1, nreg)
        cashier = rng.choice(cashiers[store])
        pay = rng.choices([p for p, _ in payments], weights=[w for _, w in payments])[0]
        loyal = "Y" if rng.random() < 0.45 else "N"
        n_items = rng.choices([1, 2, 3, 4, 5, 6], weights=[20, 24, 22, 16, 10, 8])[0]
        receipt += rng.randint(1, 3)
        wts = [3 if (store == "Airport" and p[1] in airport_boost) else 1 for p in products]
        chosen = set()
        for _ in range(n_items):
            p = rng.choices(products, weights=wts)[0]
            if p[0] in chosen:
                continue
            chosen.add(p[0])
            qty = rng.choices([1, 2, 3, 4], weights=[60, 25, 10, 5])[0]
            price = p[2] * (1.15 if store == "Airport" else 1.0)
            price = round(price, 2)
            disc = 0.0
            if loyal == "Y" and rng.random() < 0.35:
                disc = round(qty * price * rng.choice([0.1, 0.15, 0.2]), 2)
            elif rng.random() < 0.07:
                disc = round(qty * price * 0.1, 2)
            rows.append({
                "Receipt #": receipt, "store_name": store, "register": reg,
                "txn_timestamp": ts.strftime("%Y-%m-%d %H:%M:%S"), "Cashier": cashier,
                "Product Name": p[0], "dept": p[1], "Qty": qty, "UnitPrice": "%.2f" % price,
                "discount_amt": "%.2f" % disc, "Payment Method": pay, "LoyaltyMember": loyal,
            })
    rows.sort(key=lambda r: (r["txn_timestamp"], r["Receipt #"]))
    with open(os.path.join(OUT, "pos_transactions.csv"), "w", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        wr.writeheader()
        wr.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------- energy_meters.json
def make_energy(rng):
    meters = [  # meter id, site, region, tariff, base kwh, heat sensitivity, peak ratio
        ("MTR-1001", "Harbor Distribution Center", "West", "Commercial TOU", 3100, 28, 1.9),
        ("MTR-1002", "Harbor Distribution Center", "West", "Commercial TOU", 1450, 12, 2.4),
        ("MTR-2001", "Elm Street Office", "Northeast", "Standard Commercial", 820, 14, 2.8),
        ("MTR-3001", "Lakeside Plant", "Midwest", "Industrial Demand", 6200, 35, 1.5),
        ("MTR-3002", "Lakeside Plant", "Midwest", "Industrial Demand", 4100, 22, 1.6),
        ("MTR-4001", "Sunbelt Warehouse", "South", "Commercial TOU", 1900, -9, 2.1),
        ("MTR-5001", "Pine Ridge Data Hall", "Northeast", "Industrial Demand", 7400, 6, 1.15),
        ("MTR-6001", "Mesa Retail Plaza", "Southwest", "Standard Commercial", 1300, -11, 2.6),
        ("MTR-7001", "Riverside Clinic", "Midwest", "Standard Commercial", 950, 16, 2.3),
        ("MTR-8001", "Gulf Cold Storage", "South", "Industrial Demand", 5200, -20, 1.35),
    ]
    climate = {"West": (48, 18), "Northeast": (28, 34), "Midwest": (24, 38), "South": (52, 30),
               "Southwest": (55, 32)}
    start = dt.date(2024, 1, 1)
    out = []
    for mid, site, region, tariff, base, sens, pr in meters:
        t0, rise = climate[region]
        for d in range(150):
            day = start + dt.timedelta(days=d)
            temp = t0 + rise * d / 150.0 + rng.gauss(0, 6)
            # heating below 60F, cooling above 72F (sens sign: positive = heating driven)
            if sens > 0:
                load = base + sens * max(0.0, 60 - temp) * 3
            else:
                load = base + (-sens) * max(0.0, temp - 62) * 3
            if day.weekday() >= 5 and "Office" in site or (day.weekday() >= 5 and "Clinic" in site):
                load *= 0.45
            kwh = load * rng.uniform(0.93, 1.07)
            peak = kwh / 24.0 * pr * rng.uniform(0.92, 1.1)
            rec = {
                "meterId": mid,
                "site": {"name": site, "region": region},
                "readingDate": day.isoformat(),
                "kWh_used": round(kwh, 1),
                "peak_kw": round(peak, 1),
                "outdoorTempF": round(temp, 1),
                "tariff": tariff,
            }
            out.append(rec)
    # sensor gaps: some temps missing, a few meter reads missing
    for rec in rng.sample(out, 23):
        rec["outdoorTempF"] = None
    for rec in rng.sample(out, 9):
        rec["kWh_used"] = None
    out.sort(key=lambda r: (r["readingDate"], r["meterId"]))
    with open(os.path.join(OUT, "energy_meters.json"), "w") as f:
        json.dump(out, f, indent=1)
    return len(out)


# ---------------------------------------------------------------- app_reviews.csv
def make_reviews(rng):
    apps = {  # name: versions with (release date, quality shift)
        "BudgetBuddy": [("4.2.0", dt.date(2024, 1, 1), 0.3), ("4.3.0", dt.date(2024, 3, 20), 0.5),
                        ("5.0.0", dt.date(2024, 6, 10), -0.9), ("5.0.1", dt.date(2024, 7, 8), 0.1)],
        "FitTrack Pro": [("2.8.1", dt.date(2024, 1, 1), 0.2), ("2.9.0", dt.date(2024, 4, 15), 0.4),
                         ("3.0.0", dt.date(2024, 8, 1), 0.6)],
        "RecipeBox": [("1.14", dt.date(2024, 1, 1), 0.0), ("1.15", dt.date(2024, 5, 5), -0.3),
                      ("1.16", dt.date(2024, 8, 20), 0.2)],
        "TransitNow": [("7.1.2", dt.date(2024, 1, 1), -0.5), ("7.2.0", dt.date(2024, 2, 25), -0.2),
                       ("7.3.0", dt.date(2024, 6, 1), 0.3), ("7.4.0", dt.date(2024, 9, 1), 0.4)],
        "SleepWell": [("3.3", dt.date(2024, 1, 1), 0.8), ("3.4", dt.date(2024, 5, 28), 0.7)],
    }
    app_w = {"BudgetBuddy": 0.26, "FitTrack Pro": 0.22, "RecipeBox": 0.16, "TransitNow": 0.24, "SleepWell": 0.12}
    reply_p = {"BudgetBuddy": 0.55, "FitTrack Pro": 0.3, "RecipeBox": 0.12, "TransitNow": 0.42, "SleepWell": 0.2}
    reply_lag = {"BudgetBuddy": 2, "FitTrack Pro": 6, "RecipeBox": 10, "TransitNow": 3, "SleepWell": 5}
    countries = [("US", 0.38), ("GB", 0.12), ("IN", 0.14), ("DE", 0.09), ("CA", 0.08), ("AU", 0.06),
                 ("BR", 0.08), ("FR", 0.05)]
    pos = ["Love this app.", "Works great every day.", "Super easy to use.", "Best app of its kind I have tried.",
           "The new design is clean.", "Syncs fast across my devices.", "Worth every penny.",
           "Customer support was quick to help.", "Does exactly what it says."]
    mid = ["It is okay.", "Does the job but feels slow.", "Some features are hidden.", "Decent but ads are annoying.",
           "Good idea, needs polish.", "Sometimes it logs me out.", "Widgets would be nice."]
    neg = ["Crashes on launch.", "Lost all my data after the update.", "Way too many ads.",
           "Login keeps failing.", "Battery drain is terrible.", "Subscription price went up again.",
           "The update broke sync.", "Notifications stopped working.", "Support never answered."]
    app_bits = {"BudgetBuddy": ["Budget categories help.", "Bank sync is flaky."],
                "FitTrack Pro": ["Step counts look accurate.", "GPS drops on runs."],
                "RecipeBox": ["Meal plans are handy.", "Search for recipes is weak."],
                "TransitNow": ["Bus times are often wrong.", "Live train map is great."],
                "SleepWell": ["Sleep sounds are relaxing.", "Alarm did not ring once."]}
    start, end = dt.date(2024, 1, 1), dt.date(2024, 10, 31)
    rows = []
    rid = 880001
    names = list(apps)
    for _ in range(1000):
        app = rng.choices(names, weights=[app_w[a] for a in names])[0]
        sub = rdate(rng, start, end)
        vers = [v for v in apps[app] if v[1] <= sub]
        # most users are on the newest version; some lag one behind
        v = vers[-1] if (len(vers) == 1 or rng.random() < 0.8) else vers[-2]
        platform = "ios" if rng.random() < 0.47 else "android"
        mu = 3.4 + v[2] + (0.15 if platform == "ios" else -0.1)
        star = int(min(5, max(1, round(rng.gauss(mu, 1.2)))))
        if star >= 4:
            text = rng.choice(pos)
        elif star == 3:
            text = rng.choice(mid)
        else:
            text = rng.choice(neg)
        if rng.random() < 0.5:
            text += " " + rng.choice(app_bits[app])
        helpful = int(rng.expovariate(1 / (6 if star <= 2 else 2.5)))
        country = rng.choices([c for c, _ in countries], weights=[w for _, w in countries])[0]
        reply = ""
        if rng.random() < reply_p[app] * (1.4 if star <= 2 else 0.7):
            lag = int(rng.expovariate(1 / reply_lag[app]))
            rd = sub + dt.timedelta(days=lag)
            if rd <= dt.date(2024, 11, 5):
                reply = rd.isoformat()
        ts = dt.datetime.combine(sub, dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
        rows.append({
            "review_id": "R%d" % rid, "App Name": app, "platform": platform, "appVersion": v[0],
            "submitted_at": ts.strftime("%Y-%m-%dT%H:%M:%S"), "Star Rating": star, "review_text": text,
            "helpful_votes": helpful, "country_code": country, "developer_reply_date": reply,
        })
        rid += rng.randint(1, 4)
    with open(os.path.join(OUT, "app_reviews.csv"), "w", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        wr.writeheader()
        wr.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    rng = random.Random(SEED)
    print("employees_hr.csv", make_hr(random.Random(SEED + 1)))
    print("pos_transactions.csv", make_pos(random.Random(SEED + 2)))
    print("energy_meters.json", make_energy(random.Random(SEED + 3)))
    print("app_reviews.csv", make_reviews(random.Random(SEED + 4)))
