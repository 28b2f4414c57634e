#!/usr/bin/env python3
"""Make two realistic business exports for heldout7 (standard library only, fixed seed).

data/support_tickets.csv  ~1,500 helpdesk tickets opened 2024-01-01 .. 2025-12-31
data/subscriptions.csv    ~800 SaaS customer subscriptions (signups 2021 .. 2025)
"""
import csv
import os
import random
from datetime import date, datetime, timedelta

random.seed(20261202)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.abspath(__file__))  # beside this script
os.makedirs(OUT, exist_ok=True)


def pick(weights):
    """weights: dict value -> weight"""
    keys = list(weights)
    return random.choices(keys, weights=[weights[k] for k in keys])[0]


# ---------------------------------------------------------------- support tickets
EXPORT_AT = datetime(2025, 12, 31, 18, 0, 0)
CHANNELS = {"Email": 38, "Chat": 27, "Phone": 15, "Web Form": 14, "Social": 6}
PRIORITIES = {"Low": 30, "Medium": 40, "High": 22, "Urgent": 8}
PRODUCTS = {"Billing Portal": 22, "Mobile App": 25, "Analytics Dashboard": 20,
            "Public API": 15, "Integrations": 18}
AGENTS = ["Maria Gonzalez", "James Carter", "Priya Natarajan", "Tom Becker",
          "Aisha Bello", "Lucas Moreau", "Hannah Schmidt", "Kenji Watanabe",
          "Sofia Rossi", "Daniel Okafor", "Emily Nguyen", "Oliver Brown"]
AGENT_SPEED = {a: random.uniform(0.7, 1.4) for a in AGENTS}
COUNTRIES = {"United States": 34, "United Kingdom": 12, "Germany": 10, "Canada": 8,
             "France": 7, "India": 7, "Australia": 6, "Brazil": 5, "Netherlands": 4,
             "Spain": 3, "Japan": 2, "Mexico": 2}
# hours to resolve: median-ish by priority
RESOLVE_H = {"Urgent": 6, "High": 20, "Medium": 44, "Low": 80}
# first response minutes by channel (chat/phone fast, email slow)
FRT = {"Chat": 4, "Phone": 2, "Email": 180, "Web Form": 240, "Social": 95}


def rand_open_time():
    start = datetime(2024, 1, 1)
    span_days = (datetime(2025, 12, 31) - start).days + 1
    while True:
        d = start + timedelta(days=random.randrange(span_days))
        # volume grows over time and dips on weekends
        growth = 0.6 + 0.8 * (d - start).days / span_days
        weekend = 0.45 if d.weekday() >= 5 else 1.0
        if random.random() < growth * weekend / 1.4:
            break
    hour = int(min(23, max(0, random.gauss(13, 3.5))))
    return d.replace(hour=hour, minute=random.randrange(60), second=random.randrange(60))


tickets = []
for _ in range(1500):
    opened = rand_open_time()
    ch = pick(CHANNELS)
    pr = pick(PRIORITIES)
    prod = pick(PRODUCTS)
    if prod == "Public API" and random.random() < 0.3:
        pr = random.choice(["High", "Urgent"])
    agent = random.choice(AGENTS)
    country = pick(COUNTRIES)
    frt = FRT[ch] * random.lognormvariate(0, 0.6)
    if pr in ("Urgent", "High"):
        frt *= 0.6
    frt = max(1, int(round(frt)))
    hours = RESOLVE_H[pr] * AGENT_SPEED[agent] * random.lognormvariate(0, 0.7)
    if prod == "Integrations":
        hours *= 1.35
    closed = opened + timedelta(hours=hours, minutes=random.randrange(60))
    if closed > EXPORT_AT or random.random() < 0.03:
        # not resolved by export time (or stuck waiting on the customer)
        status = random.choice(["Open", "Pending"]) if closed > EXPORT_AT else random.choice(["Open", "Pending", "Pending"])
        closed_s = ""
        csat = ""
    else:
        status = "Closed" if (EXPORT_AT - closed).days > 10 else random.choice(["Solved", "Solved", "Closed"])
        closed_s = closed.strftime("%Y-%m-%d %H:%M:%S")
        if random.random() < 0.28:       # customer did not answer the survey
            csat = ""
        else:
            base = 4.6 - 0.012 * hours - (0.5 if frt > 300 else 0) + random.gauss(0, 0.9)
            csat = str(int(min(5, max(1, round(base)))))
    tickets.append({"opened": opened, "row": [
        None, opened.strftime("%Y-%m-%d %H:%M:%S"), closed_s, ch, pr, prod, agent,
        country, frt, csat, status]})

tickets.sort(key=lambda t: t["opened"])
with open(os.path.join(OUT, "support_tickets.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ticket_id", "Opened At", "Closed At", "channel", "priority", "product",
                "agent_name", "Customer Country", "first_response_mins", "csat_score", "status"])
    for i, t in enumerate(tickets):
        t["row"][0] = "TCK-%06d" % (104211 + i)
        w.writerow(t["row"])

# ---------------------------------------------------------------- subscriptions
TIERS = {"Starter": 40, "Growth": 32, "Pro": 20, "Enterprise": 8}
SEAT_PRICE = {"Starter": 12.0, "Growth": 25.0, "Pro": 45.0, "Enterprise": 70.0}
SEATS = {"Starter": (1, 10), "Growth": (5, 40), "Pro": (15, 120), "Enterprise": (80, 600)}
# monthly churn hazard by tier
HAZARD = {"Starter": 0.035, "Growth": 0.022, "Pro": 0.013, "Enterprise": 0.006}
REGIONS = {"North America": 45, "EMEA": 30, "APAC": 17, "LATAM": 8}
INDUSTRIES = {"Software": 24, "Healthcare": 12, "Retail": 14, "Financial Services": 13,
              "Manufacturing": 11, "Education": 9, "Media": 8, "Logistics": 9}
W1 = ["Blue", "North", "Silver", "Bright", "Red", "Summit", "Harbor", "Pine", "Iron",
      "Golden", "Clear", "Rapid", "Cedar", "Atlas", "Nova", "Prairie", "Vertex", "Lumen",
      "Copper", "Granite", "Willow", "Falcon", "Orbit", "Sterling", "Maple", "Quantum",
      "Beacon", "Riverside", "Crescent", "Evergreen"]
W2 = ["Labs", "Health", "Logistics", "Retail", "Analytics", "Systems", "Foods", "Media",
      "Capital", "Works", "Dynamics", "Partners", "Robotics", "Learning", "Solutions",
      "Networks", "Outfitters", "Clinics", "Freight", "Studios"]
SUFFIX = ["Inc", "LLC", "Ltd", "GmbH", "Co", "Group", "", "", ""]
LAST = date(2025, 12, 31)

names = set()
subs = []
for i in range(800):
    while True:
        nm = " ".join(x for x in (random.choice(W1), random.choice(W2), random.choice(SUFFIX)) if x)
        if nm not in names:
            names.add(nm)
            break
    tier = pick(TIERS)
    lo, hi = SEATS[tier]
    seats = int(round(lo + (hi - lo) * random.random() ** 2.2))
    discount = random.choice([0, 0, 0, 0.1, 0.15, 0.2]) if tier in ("Pro", "Enterprise") else random.choice([0, 0, 0, 0.1])
    price = round(seats * SEAT_PRICE[tier] * (1 - discount), 2)
    # signups grow over time: 2021 .. 2025
    while True:
        signup = date(2021, 1, 1) + timedelta(days=random.randrange((LAST - date(2021, 1, 1)).days + 1))
        if random.random() < 0.35 + 0.65 * (signup - date(2021, 1, 1)).days / 1826:
            break
    churn = ""
    months = (LAST - signup).days // 30
    for m in range(1, months + 1):
        if random.random() < HAZARD[tier]:
            cd = signup + timedelta(days=30 * m + random.randrange(-10, 10))
            if cd <= LAST and cd > signup:
                churn = cd.isoformat()
            break
    subs.append([None, nm, tier, seats, "%.2f" % price, signup.isoformat(), churn,
                 pick(REGIONS), pick(INDUSTRIES)])

subs.sort(key=lambda r: r[5])
with open(os.path.join(OUT, "subscriptions.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["customer_id", "Company Name", "Plan", "seats", "monthly_price_usd",
                "Signup Date", "churn_date", "region", "Industry"])
    for i, r in enumerate(subs):
        r[0] = "CUST-%05d" % (10001 + i)
        w.writerow(r)

print("wrote", len(tickets), "tickets and", len(subs), "subscriptions")
