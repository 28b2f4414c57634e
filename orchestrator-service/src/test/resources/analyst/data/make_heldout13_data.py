#!/usr/bin/env python3
"""Generate the four heldout13 datasets into data/ (standard library only, fixed seed)."""
import csv
import json
import os
import random
from datetime import datetime, timedelta, date

random.seed(20261203)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)


def money(x):
    return f"{x:.2f}"


# ---------------------------------------------------------------- delivery
def make_delivery():
    restaurants = [
        ("Golden Dragon", "Chinese"), ("Wok This Way", "Chinese"), ("Lucky Noodle Bar", "Chinese"),
        ("Bella Napoli", "Italian"), ("Trattoria Roma", "Italian"), ("Slice Society", "Pizza"),
        ("Pizza Planet", "Pizza"), ("Tony's Pizzeria", "Pizza"), ("Taco Loco", "Mexican"),
        ("El Camino Cantina", "Mexican"), ("Burrito Barn", "Mexican"), ("Sakura Sushi", "Japanese"),
        ("Ramen House", "Japanese"), ("Tokyo Bento", "Japanese"), ("Spice Route", "Indian"),
        ("Curry Corner", "Indian"), ("Bombay Bites", "Indian"), ("Burger Joint", "American"),
        ("Smash Bros Burgers", "American"), ("The Wing Spot", "American"), ("Green Bowl", "Healthy"),
        ("Salad Stop", "Healthy"), ("Pho Saigon", "Vietnamese"), ("Banh Mi Bros", "Vietnamese"),
        ("Bangkok Street", "Thai"), ("Thai Orchid", "Thai"), ("Mediterranean Grill", "Mediterranean"),
        ("Falafel King", "Mediterranean"), ("Seoul Kitchen", "Korean"), ("Bibimbap Co", "Korean"),
    ]
    weights = [random.uniform(0.5, 3.0) for _ in restaurants]
    weights[17] = 4.0  # Burger Joint busy
    weights[6] = 3.6   # Pizza Planet
    zones = ["Downtown", "Midtown", "Northside", "Eastside", "Riverside", "University", "Airport"]
    zone_w = [26, 20, 14, 13, 11, 12, 4]
    zone_dist = {"Downtown": 2.2, "Midtown": 3.0, "Northside": 4.5, "Eastside": 4.0,
                 "Riverside": 3.6, "University": 2.8, "Airport": 8.5}
    couriers = [f"CR-{n}" for n in range(1001, 1066)]
    pay = ["Credit Card", "Apple Pay", "Google Pay", "Cash", "PayPal", "Gift Card"]
    pay_w = [40, 20, 10, 14, 12, 4]
    promos = ["WELCOME10", "FREEDEL", "LUNCH5", "SPRING20", "WEEKEND15"]
    start = datetime(2024, 1, 1)
    rows = []
    n = 2500
    for i in range(n):
        day = start + timedelta(days=random.randrange(0, 182))
        hour = random.choices(range(24), weights=[1, .5, .3, .2, .1, .1, .3, 1, 2, 2, 3, 7, 12, 8, 4, 3, 4, 8,
                                                    13, 14, 10, 6, 3, 2])[0]
        placed = day + timedelta(hours=hour, minutes=random.randrange(60), seconds=random.randrange(60))
        ridx = random.choices(range(len(restaurants)), weights=weights)[0]
        rname, cuisine = restaurants[ridx]
        zone = random.choices(zones, weights=zone_w)[0]
        dist = max(0.4, random.gauss(zone_dist[zone], 1.2))
        payment = random.choices(pay, weights=pay_w)[0]
        promo = random.choices([""] + promos, weights=[72, 8, 6, 5, 5, 4])[0]
        subtotal = round(random.uniform(9, 45) + (random.random() < 0.25) * random.uniform(15, 60), 2)
        fee = 0.0 if promo == "FREEDEL" else round(1.99 + 0.5 * dist + (0.99 if hour in (18, 19, 20) else 0), 2)
        if payment == "Cash":
            tip = 0.0 if random.random() < 0.8 else round(random.choice([1, 2, 3, 5]), 2)
        else:
            r = random.random()
            tip = 0.0 if r < 0.15 else round(subtotal * random.choice([0.1, 0.12, 0.15, 0.18, 0.2]) + random.uniform(-0.5, 0.5), 2)
            tip = max(tip, 0.0)
        cancel_p = 0.16 if payment == "Cash" else (0.09 if zone == "Airport" else 0.06)
        u = random.random()
        if u < cancel_p:
            status = "canceled"
        elif u < cancel_p + 0.035:
            status = "refunded"
        else:
            status = "delivered"
        prep = random.uniform(7, 28) + (6 if cuisine in ("Pizza", "Indian") else 0)
        pick = placed + timedelta(minutes=prep)
        travel = dist * random.uniform(2.6, 4.2) + random.uniform(3, 9) + (5 if hour in (12, 18, 19) else 0)
        deliv = pick + timedelta(minutes=travel)
        courier = random.choice(couriers)
        picked_s = pick.strftime("%Y-%m-%d %H:%M:%S")
        deliv_s = deliv.strftime("%Y-%m-%d %H:%M:%S")
        rating = ""
        if status == "canceled":
            if random.random() < 0.7:
                picked_s = ""
                courier = "" if random.random() < 0.5 else courier
            deliv_s = ""
            tip = 0.0
        elif status == "refunded":
            deliv_s = ""
            if random.random() < 0.3:
                rating = str(random.choice([1, 1, 2]))
        else:
            if random.random() < 0.45:
                mins = (deliv - placed).total_seconds() / 60
                base = 5 if mins < 35 else (4 if mins < 50 else 3)
                rating = str(max(1, min(5, base + random.choice([-1, 0, 0, 0, 1]) - (1 if random.random() < 0.05 else 0))))
        rows.append({
            "order_id": f"ORD-{240000 + i * 3 + random.randrange(3)}",
            "Restaurant": rname,
            "cuisine": cuisine,
            "zone": zone,
            "courier_id": courier,
            "placed_at": placed.strftime("%Y-%m-%d %H:%M:%S"),
            "picked_up_at": picked_s,
            "delivered_at": deliv_s,
            "distance_km": f"{dist:.1f}",
            "Subtotal": money(subtotal),
            "Delivery Fee": money(fee),
            "tip_amount": money(tip),
            "promo_code": promo,
            "payment_method": payment,
            "customer_rating": rating,
            "status": status,
        })
    rows.sort(key=lambda r: r["placed_at"])
    with open(os.path.join(OUT, "delivery_orders.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------- loans
def make_loans():
    branches = [("Austin Central", "TX"), ("Dallas North", "TX"), ("Houston Galleria", "TX"),
                ("Phoenix Downtown", "AZ"), ("Tucson East", "AZ"), ("Denver Tech Center", "CO"),
                ("Boulder", "CO"), ("Albuquerque", "NM"), ("Oklahoma City", "OK")]
    br_w = [16, 15, 14, 13, 7, 12, 6, 8, 9]
    emp = ["Full-time", "Part-time", "Self-employed", "Contract", "Retired", "Unemployed"]
    emp_w = [55, 10, 15, 9, 8, 3]
    purposes = ["Debt consolidation", "Home improvement", "Auto", "Medical", "Business",
                "Education", "Wedding", "Vacation", "Other"]
    pur_w = [30, 18, 14, 7, 9, 7, 4, 4, 7]
    terms = [12, 24, 36, 48, 60]
    rows = []
    start = date(2023, 1, 1)
    for i in range(2000):
        d = start + timedelta(days=random.randrange(0, 731))
        e = random.choices(emp, weights=emp_w)[0]
        age = random.randint(21, 74) if e == "Retired" else random.randint(19, 64)
        if e == "Retired":
            age = max(age, 58)
        inc = {"Full-time": 72000, "Part-time": 31000, "Self-employed": 81000, "Contract": 64000,
               "Retired": 42000, "Unemployed": 14000}[e]
        income = max(6000, int(random.lognormvariate(0, 0.4) * inc / 100) * 100)
        purpose = random.choices(purposes, weights=pur_w)[0]
        req = int(random.uniform(1000, 40000) * (1.6 if purpose in ("Business", "Home improvement") else 1) / 250) * 250
        term = random.choice(terms) if req > 5000 else random.choice([12, 24, 36])
        score = int(min(850, max(480, random.gauss(690, 65))))
        dti = req / income
        p_ok = 0.15 + (score - 560) / 300 - max(0, dti - 0.3) * 0.8 - (0.25 if e == "Unemployed" else 0)
        p_ok = min(0.95, max(0.03, p_ok))
        days = random.randint(1, 9) if score > 700 else random.randint(2, 24)
        dec_date = d + timedelta(days=days)
        if dec_date > date(2024, 12, 31) or (d > date(2024, 11, 15) and random.random() < 0.6):
            decision = "Pending"
        else:
            decision = "Approved" if random.random() < p_ok else "Declined"
        rate = 5.5 + (850 - score) * 0.045 + (term - 12) * 0.02 + random.uniform(-0.8, 0.8)
        if purpose in ("Business", "Vacation"):
            rate += 1.0
        amt_app = ""
        defaulted = ""
        if decision == "Approved":
            a = req if random.random() < 0.7 else int(req * random.uniform(0.5, 0.95) / 250) * 250
            amt_app = str(a)
            pdef = 0.02 + max(0, 700 - score) / 700 + (0.05 if dti > 0.4 else 0)
            defaulted = "Y" if random.random() < pdef else "N"
        rows.append({
            "ApplicationID": f"LA{2023000 + i * 7 + random.randrange(7):07d}",
            "application_date": d.isoformat(),
            "Applicant Age": age,
            "annual_income": income,
            "EmploymentType": e,
            "purpose": purpose,
            "requested_amount": req,
            "term_months": term,
            "interest_rate_pct": f"{rate:.2f}" if decision == "Approved" else "",
            "fico_score": score,
            "decision": decision,
            "decision_date": dec_date.isoformat() if decision != "Pending" else "",
            "approved_amount": amt_app,
            "branch_name": random.choices(branches, weights=br_w)[0][0],
            "state": "",
            "defaulted": defaulted,
        })
    bstate = dict(branches)
    for r in rows:
        r["state"] = bstate[r["branch_name"]]
    rows.sort(key=lambda r: (r["application_date"], r["ApplicationID"]))
    with open(os.path.join(OUT, "loan_applications.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------- fleet
def make_fleet():
    models = [("Ford", "Transit 250", 1.0), ("Ford", "F-150", 0.9), ("Chevrolet", "Silverado 2500", 1.1),
              ("Freightliner", "M2 106", 1.8), ("Isuzu", "NPR-HD", 1.3), ("RAM", "ProMaster 2500", 1.0),
              ("Toyota", "Tacoma", 0.7), ("International", "MV607", 1.7)]
    depots = ["North Yard", "South Yard", "Central Garage", "Harbor Depot"]
    vehicles = []
    for k in range(140):
        mk, md, mult = random.choice(models)
        yr = random.randint(2014, 2023)
        vehicles.append({"id": f"VH-{300 + k}", "make": mk, "model": md, "year": yr, "mult": mult,
                         "depot": random.choices(depots, weights=[30, 25, 30, 15])[0],
                         "odo0": int((2024 - yr) * random.uniform(14000, 30000))})
    mechanics = {"J. Alvarez": 92, "K. Nguyen": 98, "M. Okafor": 88, "S. Patel": 105, "D. Kowalski": 95,
                 "R. Chen": 90, "T. Brooks": 86, "L. Haddad": 110, "A. Fischer": 100}
    mech = list(mechanics)
    stypes = ["Preventive Maintenance", "Repair", "Inspection", "Tires", "Brakes", "Electrical", "Body Work",
              "Recall"]
    st_w = [34, 22, 14, 10, 9, 5, 4, 2]
    base_hours = {"Preventive Maintenance": 1.8, "Repair": 6.5, "Inspection": 1.2, "Tires": 1.5, "Brakes": 3.2,
                  "Electrical": 4.0, "Body Work": 9.0, "Recall": 2.5}
    base_parts = {"Preventive Maintenance": 120, "Repair": 950, "Inspection": 15, "Tires": 780, "Brakes": 420,
                  "Electrical": 380, "Body Work": 1400, "Recall": 0}
    start = date(2023, 1, 1)
    rows = []
    n = 1800
    opens = sorted(start + timedelta(days=random.randrange(0, 730)) for _ in range(n))
    vw = [v["mult"] * (1 + (2024 - v["year"]) / 6) for v in vehicles]
    for i, od in enumerate(opens):
        v = random.choices(vehicles, weights=vw)[0]
        stype = random.choices(st_w and stypes, weights=st_w)[0]
        age = od.year - v["year"]
        hours = max(0.3, round(random.gauss(base_hours[stype], base_hours[stype] * 0.35) * (1 + age * 0.03), 1))
        parts = max(0.0, random.gauss(base_parts[stype], base_parts[stype] * 0.4) * v["mult"])
        m = random.choice(mech)
        labor = hours * mechanics[m]
        warranty = "Yes" if (age <= 3 and stype in ("Repair", "Electrical", "Recall", "Brakes") and random.random() < 0.6) \
            or stype == "Recall" else "No"
        odo = v["odo0"] + int((od - start).days * random.uniform(45, 80))
        closed = ""
        down = ""
        days = max(0, int(round(hours / 8 + random.expovariate(1 / (1.2 if stype != "Body Work" else 4)))))
        if stype in ("Preventive Maintenance", "Inspection", "Tires") and random.random() < 0.6:
            days = 0
        cd = od + timedelta(days=days)
        still_open = (cd > date(2024, 12, 31)) or (od > date(2024, 12, 10) and random.random() < 0.5) \
            or random.random() < 0.008
        if still_open:
            closed = ""
            down = ""
        else:
            closed = cd.strftime("%m/%d/%Y")
            down = str(days)
        rows.append({
            "WO #": f"WO-{23000 + i}",
            "Vehicle": v["id"],
            "Make": v["make"],
            "Model": v["model"],
            "Year": v["year"],
            "depot": v["depot"],
            "odometer_mi": odo,
            "Service Type": stype,
            "Opened": od.strftime("%m/%d/%Y"),
            "Closed": closed,
            "labor_hrs": f"{hours:.1f}",
            "parts_cost": money(parts),
            "labor_cost": money(labor),
            "total_cost": money(round(parts, 2) + round(labor, 2)),
            "technician": m,
            "downtime_days": down,
            "warranty": warranty,
        })
    with open(os.path.join(OUT, "fleet_maintenance.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------- music
def make_music():
    countries = ["US", "GB", "DE", "BR", "MX", "SE", "IN", "CA", "FR", "JP"]
    c_w = [30, 12, 10, 10, 8, 5, 9, 6, 6, 4]
    plans = ["free", "premium", "family"]
    ages = ["18-24", "25-34", "35-44", "45-54", "55+"]
    users = []
    for k in range(320):
        users.append({"user_id": f"u{10500 + k}", "country": random.choices(countries, weights=c_w)[0],
                      "plan": random.choices(plans, weights=[45, 40, 15])[0],
                      "age_group": random.choices(ages, weights=[28, 32, 18, 12, 10])[0]})
    uw = [random.paretovariate(1.6) for _ in users]
    artists = {
        "Pop": ["Nova Lane", "The Sugar Kites", "Mila Ray", "Jonah Vale"],
        "Hip-Hop": ["Lil Cipher", "Metro Saint", "KXNG Theo"],
        "Rock": ["Rust Valley", "The Hollow Pines", "Static Bloom"],
        "Electronic": ["Voltaire Beats", "Neon Fathom", "Kairo"],
        "Latin": ["Sol y Mar", "Dani Cruz"],
        "R&B": ["Amara Lux", "Velvet June"],
        "Indie": ["Paper Lanterns", "Orchard Radio", "Fern & Fox"],
        "Jazz": ["Blue Harbor Trio"],
        "Classical": ["Aurora Chamber Ensemble"],
        "Country": ["Whiskey Creek", "Callie Mae"],
    }
    words = ["Midnight", "Golden", "Echo", "Paper", "Silver", "Wild", "Neon", "Summer", "Broken", "Electric",
             "Velvet", "River", "Ghost", "Satellite", "Honey", "Fire", "Ocean", "Glass", "City", "Dream"]
    nouns = ["Hearts", "Lights", "Road", "Skies", "Rain", "Letters", "Drive", "Waves", "Garden", "Signals",
             "Love", "Runaway", "Static", "Horizon", "Mirrors", "Heat", "Gravity", "Dust"]
    tracks = []
    used = set()
    for genre, arts in artists.items():
        for a in arts:
            for _ in range(random.randint(3, 7)):
                while True:
                    t = f"{random.choice(words)} {random.choice(nouns)}"
                    if t not in used:
                        used.add(t)
                        break
                dur = random.randint(150, 260)
                if genre == "Classical":
                    dur = random.randint(300, 720)
                if genre == "Jazz":
                    dur = random.randint(240, 480)
                tracks.append({"title": t, "artist": a, "genre": genre, "duration_s": dur})
    genre_pop = {"Pop": 3.0, "Hip-Hop": 2.6, "Rock": 1.6, "Electronic": 1.5, "Latin": 1.8, "R&B": 1.4,
                 "Indie": 1.0, "Jazz": 0.5, "Classical": 0.4, "Country": 0.9}
    tw = [genre_pop[t["genre"]] * random.uniform(0.3, 2.0) for t in tracks]
    skip_base = {"Pop": 0.22, "Hip-Hop": 0.27, "Rock": 0.25, "Electronic": 0.33, "Latin": 0.2, "R&B": 0.24,
                 "Indie": 0.3, "Jazz": 0.18, "Classical": 0.15, "Country": 0.28}
    devices = ["iPhone", "Android", "Desktop App", "Web Player", "Smart Speaker", "Car", "Smart TV"]
    dev_w = [28, 30, 14, 8, 9, 7, 4]
    sources = ["playlist", "album", "radio", "search"]
    src_w = [45, 20, 20, 15]
    start = datetime(2024, 9, 1)
    out = []
    for i in range(3000):
        u = random.choices(users, weights=uw)[0]
        t = random.choices(tracks, weights=tw)[0]
        day = start + timedelta(days=random.randrange(0, 91))
        hour = random.choices(range(24), weights=[3, 2, 1, 1, 1, 1, 2, 5, 7, 6, 5, 5, 6, 6, 5, 5, 6, 8, 9, 9, 8, 7, 6, 4])[0]
        ts = day + timedelta(hours=hour, minutes=random.randrange(60), seconds=random.randrange(60))
        src = random.choices(sources, weights=src_w)[0]
        p = skip_base[t["genre"]] + (0.12 if u["plan"] == "free" else 0) + (0.08 if src == "radio" else 0) \
            - (0.08 if src == "search" else 0)
        skipped = random.random() < p
        if skipped:
            sp = random.randint(2, min(45, t["duration_s"] - 1))
        else:
            sp = t["duration_s"] if random.random() < 0.8 else random.randint(int(t["duration_s"] * 0.6), t["duration_s"])
        dev = random.choices(devices, weights=dev_w)[0]
        out.append({
            "stream_id": f"st_{800000 + i * 11 + random.randrange(11)}",
            "user": {"id": u["user_id"], "country": u["country"], "plan": u["plan"], "age_group": u["age_group"]},
            "track": {"title": t["title"], "artist": t["artist"], "genre": t["genre"], "duration_sec": t["duration_s"]},
            "played_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "ms_played": None,
            "seconds_played": sp,
            "skipped": skipped,
            "device": dev,
            "source": src,
        })
        del out[-1]["ms_played"]
    out.sort(key=lambda r: r["played_at"])
    with open(os.path.join(OUT, "music_streams.json"), "w") as f:
        json.dump(out, f, indent=1)
    return len(out)


if __name__ == "__main__":
    print("delivery_orders.csv", make_delivery())
    print("loan_applications.csv", make_loans())
    print("fleet_maintenance.csv", make_fleet())
    print("music_streams.json", make_music())
