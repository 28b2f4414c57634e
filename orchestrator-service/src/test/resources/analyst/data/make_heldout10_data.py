#!/usr/bin/env python3
"""Makes the four heldout10 datasets beside itself (standard library only, fixed seed)."""
import csv, json, os, random
from datetime import date, datetime, timedelta

random.seed(101010)
OUT = os.path.dirname(os.path.abspath(__file__))  # beside this script
os.makedirs(OUT, exist_ok=True)

# ---------------- shipments.csv ----------------
carriers = {"FedEx": 0.4, "UPS": 0.6, "DHL": 1.2, "USPS": 1.6, "OnTrac": 2.2}   # mean extra delay days
carrier_w = [30, 28, 14, 18, 10]
services = {"Ground": 5, "2-Day": 2, "Express": 3, "Overnight": 1}
service_w = [50, 20, 18, 12]
cost_mult = {"Ground": 1.0, "2-Day": 1.7, "Express": 1.45, "Overnight": 2.6}
cities = ["Chicago", "Dallas", "Atlanta", "Los Angeles", "Newark", "Seattle", "Denver", "Memphis", "Phoenix", "Columbus"]
rows = []
start = date(2023, 1, 2)
for i in range(1500):
    sid = f"SHP-{100000 + i * 7 + random.randint(0, 6)}"
    oref = f"ORD{random.randint(2000000, 2999999)}"
    car = random.choices(list(carriers), carrier_w)[0]
    svc = random.choices(list(services), service_w)[0]
    o = random.choice(cities)
    d = random.choice([c for c in cities if c != o])
    ship = start + timedelta(days=random.randint(0, 727))
    promised = ship + timedelta(days=services[svc])
    wt = round(random.lognormvariate(1.5, 0.9), 2)
    wt = min(max(wt, 0.1), 68.0)
    val = round(random.lognormvariate(5.0, 1.0), 2)
    cost = round((6.5 + 0.85 * wt) * cost_mult[svc] * {"FedEx": 1.08, "UPS": 1.05, "DHL": 1.2, "USPS": 0.82, "OnTrac": 0.9}[car]
                 * random.uniform(0.9, 1.12), 2)
    age_days = (date(2024, 12, 31) - ship).days
    r = random.random()
    if age_days < 7 and r < 0.75:
        status, delivered = "In Transit", ""
    elif r < 0.015:
        status, delivered = "Lost", ""
    else:
        delay = max(0, round(random.expovariate(1 / carriers[car]) - 0.3)) if random.random() < 0.55 else 0
        early = random.choice([0, 0, 0, 1]) if svc == "Ground" else 0
        dd = promised + timedelta(days=delay - early)
        if dd > date(2024, 12, 31):
            status, delivered = "In Transit", ""
        else:
            status = "Returned" if random.random() < 0.04 else "Delivered"
            delivered = dd.isoformat()
    rows.append([sid, oref, car, svc, o, d, ship.isoformat(), promised.isoformat(), delivered,
                 f"{wt:.2f}", f"{val:.2f}", f"{cost:.2f}", status])
rows.sort(key=lambda r: (r[6], r[0]))
with open(os.path.join(OUT, "shipments.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Shipment ID", "Order Ref", "Carrier", "Service Level", "Origin City", "Destination City", "Ship Date",
                "Promised Date", "Delivered Date", "Weight (kg)", "Declared Value", "Shipping Cost", "Status"])
    w.writerows(rows)

# ---------------- student_grades.csv ----------------
first = ["Liam", "Olivia", "Noah", "Emma", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas", "Mia", "Levi",
         "Amelia", "Ethan", "Harper", "James", "Evelyn", "Aiden", "Abigail", "Jackson", "Priya", "Wei", "Fatima",
         "Diego", "Chloe", "Omar", "Grace", "Hiro", "Zoe", "Samuel", "Nora", "Kai", "Leah", "Yusuf", "Ruby", "Ivan"]
last = ["Smith", "Johnson", "Garcia", "Nguyen", "Patel", "Brown", "Kim", "Lopez", "Martin", "Chen", "Davis",
        "Wilson", "Okafor", "Rossi", "Muller", "Singh", "Clark", "Lewis", "Walker", "Young", "Hall", "Ahmed"]
subjects = ["Math", "English", "Science", "History", "Art"]
subj_mean = {"Math": 71, "English": 76, "Science": 73, "History": 75, "Art": 82}
teachers = {
    ("Math", 9): "Mr. Alvarez", ("Math", 10): "Ms. Brooks", ("Math", 11): "Ms. Brooks", ("Math", 12): "Dr. Kaplan",
    ("English", 9): "Mrs. Dunn", ("English", 10): "Mrs. Dunn", ("English", 11): "Mr. Osei", ("English", 12): "Mr. Osei",
    ("Science", 9): "Ms. Feld", ("Science", 10): "Dr. Ramos", ("Science", 11): "Dr. Ramos", ("Science", 12): "Ms. Feld",
    ("History", 9): "Mr. Grant", ("History", 10): "Mr. Grant", ("History", 11): "Ms. Ito", ("History", 12): "Ms. Ito",
    ("Art", 9): "Ms. Lee", ("Art", 10): "Ms. Lee", ("Art", 11): "Ms. Lee", ("Art", 12): "Mr. Novak"}
teacher_bias = {"Mr. Alvarez": -2, "Ms. Brooks": 1, "Dr. Kaplan": -4, "Mrs. Dunn": 2, "Mr. Osei": 0, "Ms. Feld": -1,
                "Dr. Ramos": 3, "Mr. Grant": 0.5, "Ms. Ito": -1.5, "Ms. Lee": 1.5, "Mr. Novak": -0.5}
terms = ["2024 Spring", "2024 Fall"]
grows = []
used = set()
for s in range(200):
    while True:
        nm = f"{random.choice(first)} {random.choice(last)}"
        if nm not in used:
            used.add(nm); break
    sid = f"S{24000 + s * 3 + random.randint(0, 2)}"
    gl = random.choice([9, 10, 11, 12])
    sec = f"{gl}-{random.choice('ABC')}"
    ability = random.gauss(0, 8)
    schol = "Y" if random.random() < (0.12 + 0.02 * ability) else "N"
    base_att = min(100, max(55, random.gauss(91, 6) + ability * 0.3))
    for ti, term in enumerate(terms):
        for subj in subjects:
            t = teachers[(subj, gl)]
            att = round(min(100.0, max(50.0, base_att + random.gauss(0, 3))), 1)
            sc = subj_mean[subj] + teacher_bias[t] + ability + (att - 91) * 0.6 + ti * 1.5 + random.gauss(0, 7)
            sc = int(round(min(100, max(0, sc))))
            score = "" if random.random() < 0.04 else str(sc)
            grows.append([sid, nm, gl, sec, subj, term, t, score, f"{att:.1f}", schol])
with open(os.path.join(OUT, "student_grades.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["student_id", "student_name", "grade_level", "section", "subject", "term", "teacher", "test_score",
                "attendance_pct", "scholarship"])
    w.writerows(grows)

# ---------------- web_sessions.csv ----------------
devices = ["desktop", "mobile", "tablet"]; dev_w = [45, 47, 8]
browsers = {"desktop": (["Chrome", "Edge", "Firefox", "Safari"], [60, 18, 10, 12]),
            "mobile": (["Chrome", "Safari", "Samsung Internet"], [45, 45, 10]),
            "tablet": (["Safari", "Chrome"], [65, 35])}
sources = ["organic", "paid_search", "direct", "email", "social", "referral"]; src_w = [32, 20, 18, 10, 14, 6]
src_conv = {"organic": 0.035, "paid_search": 0.05, "direct": 0.06, "email": 0.09, "social": 0.015, "referral": 0.045}
src_bounce = {"organic": 0.42, "paid_search": 0.5, "direct": 0.33, "email": 0.3, "social": 0.62, "referral": 0.38}
pages = ["/", "/products", "/products/running-shoes", "/products/jackets", "/blog/how-to-choose-running-shoes",
         "/blog/winter-layering-guide", "/sale", "/pricing"]; page_w = [28, 16, 12, 8, 10, 7, 12, 7]
wrows = []
users = [f"u{random.randint(10000, 99999)}" for _ in range(950)]
users = list(dict.fromkeys(users))
uw = [random.paretovariate(1.6) for _ in users]
t0 = datetime(2024, 1, 1)
for i in range(3000):
    u = random.choices(users, uw)[0]
    dev = random.choices(devices, dev_w)[0]
    br = random.choices(*browsers[dev])[0]
    src = random.choices(sources, src_w)[0]
    lp = random.choices(pages, page_w)[0]
    ts = t0 + timedelta(seconds=random.randint(0, 182 * 86400 - 1))
    bounce_p = src_bounce[src] + (0.08 if dev == "mobile" else 0) + (0.1 if lp.startswith("/blog") else 0)
    if random.random() < bounce_p:
        pv, dur, bounced = 1, random.randint(0, 45), 1
    else:
        pv = 1 + max(1, int(random.expovariate(1 / 4.5)))
        dur = int(pv * random.uniform(25, 110))
        bounced = 0
    conv_p = 0 if bounced else src_conv[src] * 2.2 * (0.7 if dev == "mobile" else 1.15) * (1.5 if lp in ("/sale", "/pricing") else 1)
    conv = random.random() < conv_p
    ov = f"{round(random.lognormvariate(4.3, 0.55), 2):.2f}" if conv else ""
    wrows.append([ts, u, dev, br, src, lp, pv, dur, bounced, "TRUE" if conv else "FALSE", ov])
wrows.sort(key=lambda r: r[0])
with open(os.path.join(OUT, "web_sessions.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["SessionID", "UserID", "session_start", "Device", "Browser", "TrafficSource", "landing_page",
                "pageviews", "duration_sec", "bounced", "converted", "order_value"])
    for i, r in enumerate(wrows):
        w.writerow([f"s{500000 + i}", r[1], r[0].strftime("%Y-%m-%d %H:%M:%S")] + r[2:])

# ---------------- insurance_claims.json ----------------
ptypes = ["Auto", "Home", "Renters", "Life", "Travel"]; pt_w = [40, 25, 15, 8, 12]
pt_amt = {"Auto": (8.6, 0.8), "Home": (9.4, 0.9), "Renters": (7.6, 0.8), "Life": (11.2, 0.5), "Travel": (7.0, 0.9)}
states = ["CA", "TX", "FL", "NY", "IL", "PA", "OH", "GA", "NC", "AZ", "WA", "CO"]; st_w = [16, 13, 12, 10, 7, 6, 6, 5, 5, 5, 5, 4]
adjusters = ["Karen Whitfield", "Marcus Bell", "Anita Rao", "Tom Becker", "Lucia Fernandez", "Derek Ng", "Sarah O'Connell"]
claims = []
for i in range(800):
    pt = random.choices(ptypes, pt_w)[0]
    inc = date(2022, 1, 1) + timedelta(days=random.randint(0, 1064))
    lag = int(random.expovariate(1 / 9)) if pt != "Life" else int(random.expovariate(1 / 25))
    rep = inc + timedelta(days=lag)
    amt = round(random.lognormvariate(*pt_amt[pt]), 2)
    fraud = random.random() < (0.04 + (0.05 if lag > 30 else 0) + (0.03 if amt > 20000 else 0))
    recent = (date(2024, 12, 31) - rep).days < 90
    r = random.random()
    if recent and r < 0.6 or r < 0.07:
        status, appr = "Pending", None
    elif fraud and random.random() < 0.7 or r < 0.22:
        status, appr = "Denied", 0.0
    elif r < 0.45:
        status, appr = "Partially Approved", round(amt * random.uniform(0.35, 0.9), 2)
    else:
        status, appr = "Approved", amt
    claims.append({
        "claim_id": f"CLM-{2022 + (i * 3) // 800}-{10000 + i}",
        "policy": {"number": f"P{random.randint(1000000, 9999999)}", "type": pt,
                   "holder": {"age": random.randint(18, 86), "state": random.choices(states, st_w)[0]}},
        "incidentDate": inc.isoformat(), "reportedDate": rep.isoformat(),
        "claimAmount": amt, "approvedAmount": appr, "status": status,
        "adjuster": random.choice(adjusters), "fraudFlag": fraud})
claims.sort(key=lambda c: c["reportedDate"])
for i, c in enumerate(claims):
    c["claim_id"] = f"CLM-{c['reportedDate'][:4]}-{10000 + i}"
with open(os.path.join(OUT, "insurance_claims.json"), "w") as f:
    json.dump(claims, f, indent=1)
print("wrote", len(rows), len(grows), len(wrows), len(claims))
