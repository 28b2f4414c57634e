#!/usr/bin/env python3
"""Generate the four heldout15 datasets (standard library only, deterministic)."""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

random.seed(20261205)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)

TS = "%Y-%m-%d %H:%M:%S"


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def money(x):
    return f"{x:.2f}"


# ---------------------------------------------------------------------------
# 1. restaurant_reservations.csv
# ---------------------------------------------------------------------------
def make_restaurants():
    restaurants = [
        # name, neighborhood, avg spend/person, weight, servers, deposit policy (min party for deposit)
        ("Osteria Lupa", "North Beach", 62, 1.2, ["Marco", "Giulia", "Tess", "Dmitri"], 6),
        ("Saffron House", "Mission", 41, 1.0, ["Priya", "Arjun", "Leah"], 8),
        ("The Copper Pot", "SoMa", 55, 1.1, ["Jordan", "Casey", "Nate", "Imani"], 7),
        ("Kumo Sushi", "Japantown", 78, 0.9, ["Kenji", "Aiko", "Sam"], 4),
        ("Bluewater Oyster Bar", "Embarcadero", 70, 1.0, ["Rosa", "Eli", "Fatima", "Grant"], 6),
        ("Casa Verde", "Mission", 38, 1.0, ["Luis", "Camila", "Ben"], 10),
        ("Harvest Table", "Hayes Valley", 58, 0.8, ["Olivia", "Theo", "Mia"], 6),
    ]
    channel_w = [("phone", 22), ("website", 30), ("app", 28), ("OpenTable", 12), ("walk-in partner", 5), ("concierge", 3)]
    status_variants = {
        "seated": ["seated"] * 14 + ["Seated"] * 4 + ["SEATED"],
        "no-show": ["no-show"] * 8 + ["No-Show"] * 3 + ["no show"] * 2 + ["noshow"],
        "cancelled": ["cancelled"] * 8 + ["Cancelled"] * 3 + ["canceled"] * 2 + ["CANCELLED"],
    }
    times = ["17:00", "17:30", "18:00", "18:15", "18:30", "18:45", "19:00", "19:15", "19:30", "19:45",
             "20:00", "20:30", "21:00", "21:30", "12:00", "12:30", "13:00", "11:30"]
    time_w = [3, 5, 8, 4, 10, 5, 12, 6, 12, 6, 10, 7, 4, 2, 4, 4, 3, 2]
    # weekday weights Mon..Sun
    dow_w = [0.55, 0.65, 0.8, 0.95, 1.5, 1.65, 1.0]
    start = date(2024, 1, 1)
    end = date(2024, 12, 31)
    days = [(start + timedelta(d)) for d in range((end - start).days + 1)]
    # seasonal factor per month
    month_f = {1: 0.75, 2: 0.85, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.05, 7: 1.0, 8: 0.95, 9: 1.0, 10: 1.05, 11: 1.1, 12: 1.35}
    day_w = [dow_w[d.weekday()] * month_f[d.month] for d in days]

    rows = []
    n = 2640
    for i in range(n):
        r = random.choices(restaurants, weights=[x[3] for x in restaurants])[0]
        name, hood, spend, _, servers, dep_min = r
        rdate = random.choices(days, weights=day_w)[0]
        rtime = random.choices(times, weights=time_w)[0]
        party = random.choices([1, 2, 3, 4, 5, 6, 7, 8, 10, 12], weights=[4, 40, 12, 20, 6, 7, 3, 4, 2, 1])[0]
        channel = random.choices([c for c, _ in channel_w], weights=[w for _, w in channel_w])[0]
        lead_days = int(random.expovariate(1 / 9))
        if channel == "walk-in partner":
            lead_days = random.choice([0, 0, 0, 1])
        lead_days = min(lead_days, 75)
        hh, mm = map(int, rtime.split(":"))
        res_dt = datetime(rdate.year, rdate.month, rdate.day, hh, mm)
        booked = res_dt - timedelta(days=lead_days, hours=random.randint(1, 10), minutes=random.randint(0, 59),
                                    seconds=random.randint(0, 59))
        if booked.hour < 7:
            booked += timedelta(hours=9)
        if booked > res_dt - timedelta(minutes=30):
            booked = res_dt - timedelta(minutes=random.randint(30, 180), seconds=random.randint(0, 59))
        # status
        p_noshow = 0.07 + (0.05 if channel in ("app", "OpenTable") else 0) + (0.02 if lead_days > 20 else 0)
        p_cancel = 0.10 + (0.04 if lead_days > 14 else 0)
        deposit = None
        if party >= dep_min or (name == "Kumo Sushi" and rtime >= "18:00") or (rdate.month == 12 and rdate.day in (24, 31)):
            deposit = 25 * party if name != "Kumo Sushi" else 40 * party
            if name == "Kumo Sushi" and party < dep_min:
                deposit = 20 * party
            p_noshow *= 0.35
        u = random.random()
        if u < p_noshow:
            st = "no-show"
        elif u < p_noshow + p_cancel:
            st = "cancelled"
        else:
            st = "seated"
        status = random.choice(status_variants[st])
        bill = tip = server = None
        if st == "seated":
            per = spend * random.lognormvariate(0, 0.25)
            if rtime < "15:00":
                per *= 0.6
            bill = round(per * party, 2)
            tip_pct = random.choice([0.15, 0.18, 0.18, 0.2, 0.2, 0.2, 0.22, 0.25]) + random.uniform(-0.02, 0.02)
            tip = round(bill * tip_pct, 2)
            if random.random() < 0.04:
                tip = None  # cash tip not recorded
            server = random.choice(servers)
        rows.append([None, name, hood, party, booked, rdate, rtime, status, channel,
                     money(deposit) if deposit is not None else None,
                     money(bill) if bill is not None else None,
                     money(tip) if tip is not None else None, server])
    # export ordered by booked time, ids assigned in booking order
    rows.sort(key=lambda r: r[4])
    out = []
    for k, r in enumerate(rows, start=1):
        r[0] = f"RSV-{100000 + k}"
        r[4] = r[4].strftime(TS)
        r[5] = r[5].isoformat()
        out.append(r)
    # a little extra messiness: a few blank channels and a few blank neighborhoods
    for r in random.sample(out, 30):
        r[8] = None
    write_csv("restaurant_reservations.csv",
              ["reservation_id", "restaurant", "neighborhood", "party_size", "booked_at", "reservation_date",
               "reservation_time", "status", "channel", "deposit_usd", "bill_total_usd", "tip_usd", "server_name"],
              out)
    return len(out)


# ---------------------------------------------------------------------------
# 2. lab_results.csv
# ---------------------------------------------------------------------------
def make_labs():
    # test name, units, low, high, sampler, decimals
    tests = [
        ("HbA1c", "%", 4.0, 5.6, lambda: random.choice([random.gauss(5.4, 0.4), random.gauss(6.8, 1.1)]), 1, 14),
        ("LDL Cholesterol", "mg/dL", 0, 129, lambda: random.gauss(118, 32), 0, 16),
        ("TSH", "mIU/L", 0.4, 4.0, lambda: random.lognormvariate(0.6, 0.6), 2, 12),
        ("Hemoglobin", "g/dL", 12.0, 17.5, lambda: random.gauss(13.8, 1.6), 1, 18),
        ("Glucose, fasting", "mg/dL", 70, 99, lambda: random.gauss(102, 22), 0, 14),
        ("Creatinine", "mg/dL", 0.6, 1.3, lambda: random.lognormvariate(-0.05, 0.28), 2, 12),
        ("Potassium", "mmol/L", 3.5, 5.1, lambda: random.gauss(4.3, 0.45), 1, 10),
        ("Vitamin D, 25-OH", "ng/mL", 30, 100, lambda: random.gauss(31, 11), 0, 6),
    ]
    clinics = [("Riverside Family Medicine", 1.3), ("Eastgate Internal Medicine", 1.0), ("Lakeview Clinic", 0.9),
               ("Northside Urgent Care", 0.7), ("Cedar Hills Pediatrics", 0.3)]
    physicians = {
        "Riverside Family Medicine": ["Dr. Anita Rao", "Dr. Paul Mendez", "Dr. Sarah Kim"],
        "Eastgate Internal Medicine": ["Dr. Michael Osei", "Dr. Laura Chen"],
        "Lakeview Clinic": ["Dr. Hannah Weiss", "Dr. Omar Haddad", "Dr. Paul Mendez"],
        "Northside Urgent Care": ["Dr. Jamal Carter", "Dr. Emily Novak"],
        "Cedar Hills Pediatrics": ["Dr. Grace Liu"],
    }
    n_patients = 640
    patients = []
    for p in range(n_patients):
        pid = f"P{10000 + random.randint(0, 89999):05d}"
        clinic = random.choices([c for c, _ in clinics], weights=[w for _, w in clinics])[0]
        patients.append((pid, clinic, random.choice(physicians[clinic]), random.lognormvariate(0, 0.7)))
    # make patient ids unique
    seen = set()
    uniq = []
    for p in patients:
        if p[0] in seen:
            continue
        seen.add(p[0])
        uniq.append(p)
    patients = uniq
    start = datetime(2025, 1, 2, 0, 0, 0)
    span_days = 180
    rows = []
    n = 2380
    for i in range(n):
        pid, clinic, doc, _ = random.choices(patients, weights=[p[3] for p in patients])[0]
        if random.random() < 0.12:
            doc = random.choice(physicians[clinic])
        tname, units, lo, hi, sampler, dec, _ = random.choices(tests, weights=[t[6] for t in tests])[0]
        if clinic == "Cedar Hills Pediatrics" and tname in ("HbA1c", "LDL Cholesterol", "Creatinine"):
            tname, units, lo, hi, sampler, dec, _ = tests[3]
        d = start + timedelta(days=random.randint(0, span_days - 1))
        while d.weekday() == 6 and random.random() < 0.8:
            d += timedelta(days=1)
        ordered = d.replace(hour=random.choices(range(7, 20), weights=[6, 10, 12, 12, 10, 8, 8, 9, 8, 6, 4, 3, 2])[0],
                            minute=random.randint(0, 59), second=random.randint(0, 59))
        stat_p = 0.45 if clinic == "Northside Urgent Care" else 0.12
        if tname == "Potassium":
            stat_p += 0.2
        priority = "STAT" if random.random() < stat_p else "routine"
        if priority == "routine" and random.random() < 0.06:
            priority = "Routine"
        if priority == "STAT":
            tat = timedelta(minutes=int(random.uniform(25, 80) + random.expovariate(1 / 35)))
        else:
            tat = timedelta(minutes=int(random.uniform(180, 600) + random.expovariate(1 / 900)))
            if tname == "Vitamin D, 25-OH":
                tat += timedelta(hours=random.randint(24, 72))
        resulted = ordered + tat + timedelta(seconds=random.randint(0, 59))
        val = sampler()
        if tname == "Hemoglobin" and clinic == "Cedar Hills Pediatrics":
            val -= 1.0
        val = max(val, 0.05 if dec >= 2 else 1)
        val = round(val, dec)
        flag = "H" if val > hi else ("L" if val < lo else "N")
        if tname == "LDL Cholesterol":
            flag = "H" if val > hi else "N"
        if random.random() < 0.05:
            flag = None
        rows.append([None, pid, tname, clinic, priority, ordered, resulted, val, units, flag, doc])
    rows.sort(key=lambda r: r[5])
    # pending: latest few orders have no result yet; plus a handful cancelled-in-lab with no value
    cutoff = start + timedelta(days=span_days - 1, hours=14)
    out = []
    for k, r in enumerate(rows, start=1):
        r[0] = f"LR{500000 + k * 3}"
        if r[6] > cutoff or random.random() < 0.006:
            r[6] = None
            r[7] = None
            r[9] = None
        dec = 2 if r[2] in ("TSH", "Creatinine") else (1 if r[2] in ("HbA1c", "Hemoglobin", "Potassium") else 0)
        if r[7] is not None:
            r[7] = f"{r[7]:.{dec}f}"
        r[5] = r[5].strftime(TS)
        r[6] = r[6].strftime(TS) if r[6] else None
        out.append(r)
    write_csv("lab_results.csv",
              ["result_id", "patient_id", "test_name", "clinic", "priority", "ordered_at", "resulted_at",
               "result_value", "units", "flag", "ordering_physician"], out)
    return len(out)


# ---------------------------------------------------------------------------
# 3. saas_accounts.csv
# ---------------------------------------------------------------------------
def make_saas():
    prefixes = ["Acme", "Northwind", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell",
                "Cyberdyne", "Soylent", "Pied Piper", "Wonka", "Gringotts", "Oscorp", "Aperture", "Massive", "Blue Sun",
                "Monarch", "Dunder", "Prestige", "Sterling", "Bluth", "Nakatomi", "Zorg", "Ollivander", "Krusty",
                "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Adatum", "Litware", "Proseware", "Lucerne", "Trey",
                "Woodgrove", "Alpine", "Coho", "Fourth Coffee", "Margie", "Southridge", "Humongous", "Graphic",
                "Relecloud", "Datum", "Bellows", "Quantum", "Helix", "Vertex", "Pinnacle", "Summit", "Beacon",
                "Harbor", "Evergreen", "Ironclad", "Lumen", "Nimbus", "Orbit", "Polar", "Redwood", "Sable", "Tandem"]
    suffixes = ["Inc", "LLC", "Corp", "Labs", "Group", "Systems", "Analytics", "Logistics", "Health", "Foods",
                "Partners", "Industries", "Software", "Retail"]
    regions = [("North America", 45), ("EMEA", 30), ("APAC", 17), ("LATAM", 8)]
    industries = ["Software", "Healthcare", "Retail", "Financial Services", "Manufacturing", "Education", "Media",
                  "Logistics"]
    plans = [("starter", 50), ("pro", 35), ("enterprise", 15)]
    price = {"starter": 12, "pro": 35, "enterprise": 55}
    months = []
    y, m = 2024, 1
    for _ in range(18):
        months.append(date(y, m, 1))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    rows = []
    used = set()
    n_acct = 165
    for a in range(n_acct):
        while True:
            cname = f"{random.choice(prefixes)} {random.choice(suffixes)}"
            if cname not in used:
                used.add(cname)
                break
        acct = f"ACC-{2001 + a}"
        region = random.choices([r for r, _ in regions], weights=[w for _, w in regions])[0]
        industry = random.choice(industries) if random.random() > 0.06 else None
        plan = random.choices([p for p, _ in plans], weights=[w for _, w in plans])[0]
        # about 55% existed at start, others join later
        start_idx = 0 if random.random() < 0.55 else random.randint(1, 17)
        if plan == "starter":
            seats = random.randint(3, 15)
        elif plan == "pro":
            seats = random.randint(10, 60)
        else:
            seats = random.randint(60, 400)
        discount = 1.0 if plan != "enterprise" else random.choice([1.0, 0.9, 0.85, 0.8])
        churn_hazard = {"starter": 0.035, "pro": 0.018, "enterprise": 0.007}[plan]
        engagement = random.uniform(0.35, 0.95)
        api_base = random.lognormvariate(9 if plan == "starter" else (11 if plan == "pro" else 12.5), 0.6)
        for mi in range(start_idx, 18):
            mon = months[mi]
            # seat changes
            if mi > start_idx and random.random() < 0.12:
                seats = max(1, seats + random.choice([-2, -1, 1, 2, 3, 5]) * (1 if plan == "starter" else (3 if plan == "pro" else 15)))
            if mi > start_idx and plan == "starter" and random.random() < 0.02:
                plan = "pro"
                seats = max(seats, 10)
                api_base *= 3
            elif mi > start_idx and plan == "pro" and random.random() < 0.01:
                plan = "enterprise"
                seats = max(seats * 2, 60)
                discount = 0.9
                api_base *= 2.5
            engagement = min(1.0, max(0.1, engagement + random.uniform(-0.06, 0.06)))
            active = min(seats, max(0, int(round(seats * engagement + random.uniform(-1, 1)))))
            api_calls = int(api_base * (0.5 + engagement) * random.uniform(0.8, 1.2))
            mrr = round(seats * price[plan] * discount, 2)
            tickets = int(random.expovariate(1 / (1.2 if plan == "starter" else (2.5 if plan == "pro" else 5))))
            h = churn_hazard * (2.2 if engagement < 0.45 else 1.0) * (1.5 if tickets >= 6 else 1.0)
            churned = mi > start_idx and random.random() < h
            plan_out = plan
            if random.random() < 0.015:
                plan_out = plan.capitalize()
            rows.append([acct, cname, plan_out, region, industry, mon.isoformat(), seats, active, api_calls,
                         money(mrr), "yes" if churned else "no", tickets])
            if churned:
                break
    rows.sort(key=lambda r: (r[5], r[0]))
    write_csv("saas_accounts.csv",
              ["account_id", "company", "plan", "region", "industry", "snapshot_month", "seats", "active_users",
               "api_calls", "mrr_usd", "churned", "support_tickets"], rows)
    return len(rows)


# ---------------------------------------------------------------------------
# 4. bike_rides.json
# ---------------------------------------------------------------------------
def make_bikes():
    stations = [
        ("Union Square", 1.6), ("Central Station", 2.0), ("Riverfront Park", 1.2), ("City Hall", 1.3),
        ("University Ave & 5th", 1.5), ("Market St & 2nd", 1.4), ("Harbor Point", 0.8), ("Museum District", 0.9),
        ("Eastside Library", 0.6), ("Greenway Trailhead", 0.7), ("Stadium North", 0.5), ("Oak St & Pine", 0.8),
        ("Medical Center", 0.9), ("Westgate Mall", 0.6),
    ]
    names = [s for s, _ in stations]
    sw = [w for _, w in stations]
    # rough coordinates to make distances consistent
    coords = {s: (random.uniform(0, 6), random.uniform(0, 5)) for s in names}
    start = datetime(2025, 4, 1)
    days = 91  # Apr-Jun 2025
    classic_ids = [f"C{n:04d}" for n in random.sample(range(1000, 9999), 160)]
    ebike_ids = [f"E{n:04d}" for n in random.sample(range(1000, 9999), 90)]
    rides = []
    n = 2150
    for i in range(n):
        d = start + timedelta(days=random.randint(0, days - 1))
        weekend = d.weekday() >= 5
        member = random.random() < (0.48 if weekend else 0.72)
        if weekend:
            hour = random.choices(range(7, 23), weights=[1, 2, 4, 7, 9, 10, 10, 10, 9, 8, 6, 5, 4, 3, 2, 1])[0]
        else:
            hour = random.choices(range(6, 23), weights=[3, 9, 12, 6, 4, 4, 6, 5, 4, 5, 8, 12, 9, 5, 3, 2, 1])[0]
        st_time = d.replace(hour=hour, minute=random.randint(0, 59), second=random.randint(0, 59))
        s = random.choices(names, weights=sw)[0]
        round_trip = random.random() < (0.04 if member else 0.15)
        e = s if round_trip else random.choices([x for x in names if x != s], weights=[w for x, w in stations if x != s])[0]
        electric = random.random() < (0.38 if member else 0.45)
        btype = "electric" if electric else "classic"
        bid = random.choice(ebike_ids if electric else classic_ids)
        (x1, y1), (x2, y2) = coords[s], coords[e]
        straight = ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5
        dist = straight * random.uniform(1.15, 1.5) if not round_trip else random.uniform(1.0, 9.0)
        if not member and random.random() < 0.25:
            dist *= random.uniform(1.2, 2.0)
        dist = max(0.2, dist)
        speed = random.uniform(11, 16) if not electric else random.uniform(15, 21)  # km/h
        if not member:
            speed *= random.uniform(0.7, 0.95)
        minutes = dist / speed * 60 + random.uniform(0.5, 4)
        end_time = st_time + timedelta(seconds=int(minutes * 60))
        end_station = e
        if electric and random.random() < 0.05:
            end_station = None  # dockless e-bike parked off-station
        # pricing
        mins_billed = int(minutes) + 1
        if member:
            price = 0.0 if not electric else 0.17 * mins_billed
            if not electric and minutes > 45:
                price = 0.17 * (mins_billed - 45)
        else:
            price = 1.00 + (0.17 if not electric else 0.39) * mins_billed
        if end_station is None:
            price += 2.00  # out-of-station fee
        by = None
        if random.random() > (0.12 if member else 0.35):
            by = random.randint(1952, 2006)
            if member is False and random.random() < 0.4:
                by = random.randint(1985, 2006)
        ride = {
            "ride_id": None,
            "start": {"station": s, "time": st_time},
            "end": {"station": end_station, "time": end_time},
            "bike": {"type": btype, "id": bid},
            "rider": {"member_type": "member" if member else "casual", "birth_year": by},
            "distance_km": round(dist, 2),
            "price_usd": round(price, 2),
        }
        rides.append(ride)
    rides.sort(key=lambda r: r["start"]["time"])
    for k, r in enumerate(rides, start=1):
        r["ride_id"] = f"R{2025040000 + k}"
        r["start"]["time"] = r["start"]["time"].strftime(TS)
        r["end"]["time"] = r["end"]["time"].strftime(TS)
    with open(os.path.join(OUT, "bike_rides.json"), "w", encoding="utf-8") as f:
        json.dump(rides, f, indent=1)
        f.write("\n")
    return len(rides)


if __name__ == "__main__":
    counts = {
        "restaurant_reservations.csv": make_restaurants(),
        "lab_results.csv": make_labs(),
        "saas_accounts.csv": make_saas(),
        "bike_rides.json": make_bikes(),
    }
    for k, v in counts.items():
        print(f"{k}: {v} rows")
