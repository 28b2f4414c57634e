#!/usr/bin/env python3
"""Write the four synthetic exports of the eighteenth held-aside set into ./data/.

Standard library only; seeded so that every run writes the same bytes.
  rides.csv            ride-hailing trips (one row per trip request)
  pull_requests.json   pull requests of a code host (JSON array, nested objects)
  pharmacy_fills.csv   pharmacy prescription fills (Title Case headers)
  picking_tasks.csv    warehouse picking tasks (camelCase headers)
"""
import csv
import json
import math
import os
import random
from datetime import date, datetime, timedelta

random.seed(20261214)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def messy(value, p_clean=0.78):
    """Return a category the way hand-fed systems export it: mostly clean,
    sometimes lower/upper case or with a trailing space."""
    r = random.random()
    if r < p_clean:
        return value
    r = random.random()
    if r < 0.35:
        return value.lower()
    if r < 0.55:
        return value.upper()
    if r < 0.8:
        return value + " "
    return value.lower() + "  "


def weighted_ids(prefix, n, width, alpha=1.3):
    ids = [f"{prefix}{i:0{width}d}" for i in range(1, n + 1)]
    weights = [random.paretovariate(alpha) for _ in ids]
    return ids, weights


def fmt_ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- rides.csv
def make_rides():
    cities = ["Austin", "Denver", "Seattle", "Portland", "Phoenix"]
    city_w = [0.28, 0.2, 0.24, 0.12, 0.16]
    vtypes = ["Standard", "Comfort", "XL", "Green"]
    vtype_w = [0.55, 0.18, 0.15, 0.12]
    rate = {"Standard": (2.5, 1.05, 0.22), "Comfort": (3.5, 1.45, 0.30),
            "XL": (4.0, 1.85, 0.35), "Green": (2.5, 1.10, 0.22)}
    speed = {"Austin": 34, "Denver": 36, "Seattle": 27, "Portland": 30, "Phoenix": 40}
    drivers, dw = weighted_ids("DRV-", 58, 3)
    drv_city = {d: random.choices(cities, city_w)[0] for d in drivers}
    drv_vt = {d: random.choices(vtypes, vtype_w)[0] for d in drivers}
    drv_quality = {d: random.uniform(-0.6, 0.3) for d in drivers}
    riders = [f"R{random.randint(10000, 99999)}" for _ in range(900)]
    riders = sorted(set(riders))
    rw = [random.paretovariate(1.6) for _ in riders]
    hour_w = [2, 1.5, 1, 0.6, 0.5, 0.8, 2, 5, 7.5, 5, 3.5, 3.4, 4, 3.6, 3.4, 4, 5.5, 7, 6.2, 5, 4.4, 4, 3.5, 2.6]
    start = datetime(2024, 1, 1)
    n = 2400
    rows = []
    for _ in range(n):
        d = random.choices(drivers, dw)[0]
        city = drv_city[d]
        vt = drv_vt[d]
        day = random.randint(0, 273)  # 2024-01-01 .. 2024-09-30
        dd = start + timedelta(days=day)
        if dd.weekday() >= 5 and random.random() < 0.12:  # a bit lighter on weekends
            dd -= timedelta(days=2)
        hour = random.choices(range(24), hour_w)[0]
        req = dd.replace(hour=hour, minute=random.randint(0, 59), second=random.randint(0, 59))
        r = random.random()
        status = "completed" if r < 0.86 else ("cancelled_rider" if r < 0.95 else "cancelled_driver")
        surge_p = 0.35 if hour in (7, 8, 17, 18, 23, 0, 1) else 0.1
        surge = random.random() < surge_p
        rider = random.choices(riders, rw)[0]
        pickup = dropoff = dist = rating = ""
        tip = 0.0
        if status == "completed":
            wait = random.uniform(1.5, 9) + (random.uniform(2, 8) if surge else 0)
            pu = req + timedelta(minutes=wait)
            km = round(min(58.0, random.lognormvariate(math.log(7.5), 0.65)), 2)
            mins = km / speed[city] * 60 + random.uniform(2, 9)
            do = pu + timedelta(minutes=mins)
            base, per_km, per_min = rate[vt]
            fare = (base + per_km * km + per_min * mins) * (random.uniform(1.3, 2.1) if surge else 1.0)
            fare = round(max(fare, 7.0), 2)
            if random.random() < 0.42:
                tip = round(random.choice([0.1, 0.15, 0.2, 0.25]) * fare + random.choice([0, 0, 1]), 2)
            pickup, dropoff, dist = fmt_ts(pu), fmt_ts(do), f"{km:.2f}"
            if random.random() < 0.64:
                score = 4.6 + drv_quality[d] + random.gauss(0, 0.6)
                rating = str(max(1, min(5, int(round(score)))))
        elif status == "cancelled_rider":
            fare = 5.00 if random.random() < 0.6 else 0.0
        else:
            fare = 0.0
        fmt = random.random()
        if fmt < 0.6:
            sflag = "Y" if surge else "N"
        elif fmt < 0.85:
            sflag = "yes" if surge else "no"
        else:
            sflag = "TRUE" if surge else "FALSE"
        rows.append({
            "requested_at_dt": req,
            "driver_id": d, "rider_id": rider, "city": messy(city), "vehicle_type": messy(vt, 0.85),
            "status": status, "requested_at": fmt_ts(req), "pickup_at": pickup, "dropoff_at": dropoff,
            "distance_km": dist, "fare_usd": f"{fare:.2f}", "tip_usd": f"{tip:.2f}", "surge": sflag,
            "driver_rating": rating,
        })
    rows.sort(key=lambda x: x["requested_at_dt"])
    cols = ["trip_id", "driver_id", "rider_id", "city", "vehicle_type", "status", "requested_at", "pickup_at",
            "dropoff_at", "distance_km", "fare_usd", "tip_usd", "surge", "driver_rating"]
    with open(os.path.join(OUT, "rides.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for i, r in enumerate(rows, 1):
            r["trip_id"] = f"T{240000 + i}"
            w.writerow([r[c] for c in cols])
    return len(rows), len(cols)


# ------------------------------------------------------- pull_requests.json
def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def make_prs():
    repos = [("acme/web-app", "TypeScript", 0.3), ("acme/api-server", "Go", 0.24),
             ("acme/data-pipeline", "Python", 0.17), ("acme/ios-app", "Swift", 0.1),
             ("acme/ml-models", "Python", 0.11), ("acme/infra", "HCL", 0.08)]
    humans = ["mchen", "priya-r", "jdoe", "oksana-v", "tkoval", "lmartinez", "sam-okafor", "ykim",
              "bwright", "aiko-t", "rfernandes", "nbaptiste", "gpetrov", "hmueller", "cdiaz",
              "ekowalski", "fnguyen", "dsilva", "kandersson", "iwalsh", "vrao", "zhangwei",
              "mrossi", "pbianchi", "sgupta", "tobrien", "lcohen", "akhan", "jlee", "ebrown",
              "mvolkov", "rsato", "cmoreau", "dlopez", "wkozak", "hnakamura", "ggreen", "ofarouk",
              "qmills", "uadeyemi", "xavier-p", "nina-s", "pablo-m", "kwame-a", "ivy-l", "theo-d",
              "rosa-q", "dmitri-b", "lena-f", "omar-h", "june-w", "felix-k", "maya-g", "arjun-s"]
    bots = ["dependabot[bot]", "renovate[bot]", "github-actions[bot]"]
    assoc = {}
    for i, h in enumerate(humans):
        if i < 18:
            assoc[h] = "MEMBER"
        elif i < 26:
            assoc[h] = "COLLABORATOR"
        elif i < 42:
            assoc[h] = "CONTRIBUTOR"
        else:
            assoc[h] = "FIRST_TIME_CONTRIBUTOR"
    for b in bots:
        assoc[b] = "NONE"
    hw = []
    for h in humans:
        a = assoc[h]
        base = {"MEMBER": 6.0, "COLLABORATOR": 3.0, "CONTRIBUTOR": 1.2, "FIRST_TIME_CONTRIBUTOR": 0.35}[a]
        hw.append(base * random.uniform(0.4, 1.8))
    merge_skill = {h: random.uniform(0.55, 0.95) for h in humans}
    for b, p in zip(bots, [0.8, 0.9, 0.6]):
        merge_skill[b] = p
    authors = humans + bots
    aw = hw + [14.0, 7.0, 2.5]
    words = ["fix", "add", "refactor", "update", "remove", "bump", "improve", "handle", "support"]
    things = ["login flow", "retry logic", "cache layer", "pagination", "error messages", "CI config",
              "README", "metrics endpoint", "rate limiter", "dark mode", "schema migration", "batch job",
              "feature flag", "unit tests", "logging", "timeouts", "docker image", "search index"]
    n = 1320
    numbers = {r[0]: 100 + random.randint(0, 400) for r in repos}
    recs = []
    start = datetime(2024, 1, 2)
    for _ in range(n):
        name, lang, _w = random.choices(repos, [r[2] for r in repos])[0]
        author = random.choices(authors, aw)[0]
        is_bot = author.endswith("[bot]")
        day = random.randint(0, 347)
        dt = start + timedelta(days=day)
        if dt.weekday() >= 5 and random.random() < 0.7 and not is_bot:
            dt -= timedelta(days=random.choice([1, 2, 3]))
        hr = random.choices(range(24), [1, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 4, 6, 7, 7, 5, 6, 7, 7, 6, 5, 4, 3, 2, 2, 1.5, 1])[0]
        created = dt.replace(hour=hr, minute=random.randint(0, 59), second=random.randint(0, 59))
        if is_bot:
            add, dele, files = random.randint(1, 40), random.randint(1, 40), random.randint(1, 3)
            labels = ["dependencies"] if author != "github-actions[bot]" else ["chore"]
            title = f"bump {random.choice(['lodash', 'requests', 'golang.org/x/net', 'react', 'boto3', 'numpy'])} to {random.randint(1, 9)}.{random.randint(0, 30)}.{random.randint(0, 9)}"
        else:
            add = int(random.lognormvariate(math.log(60), 1.2)) + 1
            dele = int(add * random.uniform(0.05, 0.9))
            files = max(1, min(60, int(add / random.uniform(15, 60)) + 1))
            labels = []
            r = random.random()
            if r < 0.3:
                labels.append("bug")
            elif r < 0.55:
                labels.append("enhancement")
            elif r < 0.62:
                labels.append("docs")
            if random.random() < 0.1:
                labels.append("needs-review")
            title = f"{random.choice(words)} {random.choice(things)}"
        age_days = (datetime(2024, 12, 17) - created).days
        r = random.random()
        if age_days < 10 and r < 0.55:
            state = "open"
        elif r < 0.06:
            state = "open"
        elif r < 0.06 + (1 - merge_skill[author]) * 0.9:
            state = "closed"
        else:
            state = "merged"
        draft = state == "open" and random.random() < 0.35
        size_factor = 1 + math.log1p(add + dele) / 4
        first_review = None
        if is_bot:
            hours_to_review = random.uniform(0.5, 30)
        else:
            hours_to_review = random.lognormvariate(math.log(5), 1.0) * (1.6 if name == "acme/infra" else 1.0)
        if random.random() < (0.85 if state != "open" else 0.4) and not draft:
            first_review = created + timedelta(hours=hours_to_review)
        merged_at = closed_at = None
        if state == "merged":
            hrs = random.lognormvariate(math.log(20), 1.1) * size_factor / 2 + hours_to_review
            merged_at = created + timedelta(hours=hrs)
            if first_review is None:
                first_review = created + timedelta(hours=hrs * random.uniform(0.2, 0.9))
            closed_at = merged_at
        elif state == "closed":
            closed_at = created + timedelta(hours=random.lognormvariate(math.log(60), 1.2))
        if first_review is not None and closed_at is not None and first_review > closed_at:
            first_review = created + (closed_at - created) * 0.5
        comments = 0 if first_review is None else int(random.expovariate(1 / (2 + (add + dele) / 120)))
        if state == "closed":
            comments += random.randint(0, 4)
        approvals = 0
        if state == "merged":
            approvals = random.choices([0, 1, 2, 3], [0.08, 0.55, 0.3, 0.07])[0]
        elif first_review is not None:
            approvals = random.choices([0, 1], [0.8, 0.2])[0]
        chk_r = random.random()
        fail_p = 0.08 if state == "merged" else 0.4
        if state == "open" and chk_r < 0.15:
            chk = "pending"
        elif random.random() < fail_p:
            chk = "failure"
        else:
            chk = "success"
        chk_dur = None if chk == "pending" else int(random.uniform(180, 1500) * (1.8 if name == "acme/ml-models" else 1))
        numbers[name] += 1
        recs.append({
            "id": 0,
            "number": numbers[name],
            "title": title,
            "repo": {"full_name": name, "language": messy(lang, 0.75), "private": name != "acme/web-app"},
            "author": {"login": author, "type": "Bot" if is_bot else "User", "association": assoc[author]},
            "state": state,
            "draft": draft,
            "created_at": iso(created),
            "merged_at": iso(merged_at) if merged_at else None,
            "closed_at": iso(closed_at) if closed_at else None,
            "stats": {"additions": add, "deletions": dele, "changed_files": files},
            "review": {"comments": comments, "approvals": approvals,
                       "first_review_at": iso(first_review) if first_review else None},
            "checks": {"status": messy(chk, 0.8).strip() if random.random() < 0.5 else messy(chk, 0.8),
                       "duration_sec": chk_dur},
            "labels": labels,
        })
    recs.sort(key=lambda r: r["created_at"])
    for i, r in enumerate(recs):
        r["id"] = 880000 + i * 7 + random.randint(0, 6)
    with open(os.path.join(OUT, "pull_requests.json"), "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r) for r in recs))
        f.write("\n]\n")
    return len(recs), len(recs[0])


# ------------------------------------------------------ pharmacy_fills.csv
def make_fills():
    drugs = [  # name, class, generic?, list price per 30 days, typical days supply
        ("Atorvastatin 20mg", "Statin", True, 18, [30, 90]),
        ("Rosuvastatin 10mg", "Statin", True, 22, [30, 90]),
        ("Simvastatin 40mg", "Statin", True, 12, [30, 90]),
        ("Lisinopril 10mg", "ACE Inhibitor", True, 9, [30, 90]),
        ("Enalapril 5mg", "ACE Inhibitor", True, 11, [30]),
        ("Metformin 500mg", "Antidiabetic", True, 8, [30, 90]),
        ("Januvia 100mg", "Antidiabetic", False, 540, [30]),
        ("Jardiance 10mg", "Antidiabetic", False, 610, [30]),
        ("Sertraline 50mg", "SSRI", True, 14, [30]),
        ("Escitalopram 10mg", "SSRI", True, 16, [30]),
        ("Amoxicillin 500mg", "Antibiotic", True, 10, [7, 10]),
        ("Azithromycin 250mg", "Antibiotic", True, 15, [5]),
        ("Omeprazole 20mg", "PPI", True, 13, [30, 90]),
        ("Pantoprazole 40mg", "PPI", True, 15, [30]),
        ("Eliquis 5mg", "Anticoagulant", False, 560, [30]),
        ("Levothyroxine 50mcg", "Thyroid", True, 12, [30, 90]),
    ]
    drug_w = [9, 5, 3, 8, 2, 8, 2, 1.5, 5, 4, 5, 3, 5, 2, 2.5, 6]
    stores = ["Store 101 - Main St", "Store 114 - Riverside", "Store 127 - Oak Park",
              "Store 133 - Airport Rd", "Store 140 - Hillcrest"]
    store_w = [0.3, 0.22, 0.2, 0.16, 0.12]
    plans = ["Commercial", "Medicare", "Medicaid", "Cash"]
    plan_w = [0.5, 0.3, 0.12, 0.08]
    copay = {"Commercial": (10, 45), "Medicare": (5, 40), "Medicaid": (1, 3)}
    patients = [f"P{random.randint(100000, 999999)}" for _ in range(700)]
    patients = sorted(set(patients))
    pat_plan = {p: random.choices(plans, plan_w)[0] for p in patients}
    pat_store = {p: random.choices(stores, store_w)[0] for p in patients}
    rows = []
    rx_seq = 7000000
    end = date(2024, 12, 31)
    while len(rows) < 3150:
        p = random.choice(patients)
        drug, cls, generic, price, supplies = random.choices(drugs, drug_w)[0]
        rx_seq += random.randint(1, 40)
        rx = f"RX{rx_seq}"
        ds = random.choice(supplies)
        first = date(2024, 1, 2) + timedelta(days=random.randint(0, 350))
        n_fills = 1 if cls == "Antibiotic" else random.randint(1, 12)
        d = first
        for k in range(n_fills):
            if d > end:
                break
            store = pat_store[p] if random.random() < 0.9 else random.choice(stores)
            plan = pat_plan[p]
            cost = round(price * ds / 30 * random.uniform(0.95, 1.05), 2)
            if plan == "Cash":
                cp = cost if generic else round(cost * 0.92, 2)
                ins = None
            else:
                g, b = copay[plan]
                cp = (g if generic else b) * (2 if ds == 90 else 1)
                cp = float(min(cp, cost))
                ins = round(max(cost - cp, 0), 2)
            picked = None
            if random.random() < 0.94 and d <= date(2024, 12, 29):
                lag_days = random.choices([0, 1, 2, 3, 4, 6], [0.35, 0.3, 0.15, 0.1, 0.06, 0.04])[0]
                picked = datetime(d.year, d.month, d.day, 9, 0) + timedelta(
                    days=lag_days, minutes=random.randint(0, 11 * 60))
            rows.append({
                "Rx Number": rx, "Patient ID": p, "Plan Type": plan, "Store": store,
                "Drug Name": drug, "Drug Class": messy(cls, 0.75),
                "Generic": random.choice([["Y", "N"], ["Y", "N"], ["true", "false"], ["Yes", "No"]])[0 if generic else 1],
                "Refill": random.choice([["Y", "N"], ["Y", "N"], ["yes", "no"]])[0 if k > 0 else 1],
                "Fill Date": d.isoformat(), "Days Supply": ds,
                "Copay USD": f"{cp:.2f}", "Insurance Paid USD": "" if ins is None else f"{ins:.2f}",
                "Picked Up At": fmt_ts(picked) if picked else "",
                "_sort": (d, random.random()),
            })
            d = d + timedelta(days=ds + random.choice([-3, -2, -1, 0, 0, 1, 2, 4, 7, 12]))
    rows.sort(key=lambda r: r["_sort"])
    rows = rows[:3150]
    cols = ["Fill ID", "Rx Number", "Patient ID", "Plan Type", "Store", "Drug Name", "Drug Class", "Generic",
            "Refill", "Fill Date", "Days Supply", "Copay USD", "Insurance Paid USD", "Picked Up At"]
    with open(os.path.join(OUT, "pharmacy_fills.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for i, r in enumerate(rows, 1):
            r["Fill ID"] = f"F{500000 + i}"
            w.writerow([r[c] for c in cols])
    return len(rows), len(cols)


# ------------------------------------------------------- picking_tasks.csv
def make_picking():
    zones = ["Ambient", "Chilled", "Frozen", "Bulk", "Mezzanine"]
    zone_w = [0.4, 0.2, 0.12, 0.13, 0.15]
    zone_speed = {"Ambient": 1.0, "Chilled": 1.15, "Frozen": 1.4, "Bulk": 1.9, "Mezzanine": 1.25}
    zone_dist = {"Ambient": 60, "Chilled": 45, "Frozen": 40, "Bulk": 110, "Mezzanine": 75}
    skus = []
    for i in range(320):
        z = random.choices(zones, zone_w)[0]
        skus.append((f"SKU-{10000 + i * 37 % 90000}", z))
    sku_w = [random.paretovariate(1.2) for _ in skus]
    by_zone = {z: [(s, w) for (s, zz), w in zip(skus, sku_w) if zz == z] for z in zones}
    pickers, pw = weighted_ids("PK", 42, 3, alpha=2.5)
    shift_of = {}
    for p in pickers:
        shift_of[p] = random.choices(["Day", "Swing", "Night"], [0.45, 0.33, 0.22])[0]
    pick_speed = {p: random.uniform(0.75, 1.3) for p in pickers}
    shift_hours = {"Day": list(range(6, 14)), "Swing": list(range(14, 22)), "Night": [22, 23, 0, 1, 2, 3, 4, 5]}
    exceptions_short = ["NOT_FOUND", "DAMAGED", "SHORT_STOCK"]
    rows = []
    order_no = 4100000
    start = date(2024, 10, 1)
    while len(rows) < 3600:
        order_no += random.randint(1, 9)
        day = start + timedelta(days=random.randint(0, 91))
        shift = random.choices(["Day", "Swing", "Night"], [0.5, 0.32, 0.18])[0]
        hour = random.choice(shift_hours[shift])
        created = datetime(day.year, day.month, day.day, hour, random.randint(0, 59), random.randint(0, 59))
        priority = random.random() < (0.22 if day >= date(2024, 11, 25) else 0.12)
        n_lines = random.choices(range(1, 13), [10, 12, 10, 8, 6, 5, 4, 3, 2, 1.5, 1, 1])[0]
        shift_pickers = [p for p in pickers if shift_of[p] == shift]
        spw = [pw[pickers.index(p)] for p in shift_pickers]
        t = created
        for _ in range(n_lines):
            zone = random.choices(zones, zone_w)[0]
            sku = random.choices([s for s, _ in by_zone[zone]], [w for _, w in by_zone[zone]])[0]
            picker = random.choices(shift_pickers, spw)[0]
            qty = random.choices(range(1, 25), [14, 10, 7, 6, 4, 4, 2, 2, 1.5, 1.2, 1, 3] + [0.4] * 11 + [1.5])[0]
            queue = random.lognormvariate(math.log(6 if priority else 22), 0.7)
            started = t + timedelta(minutes=queue)
            pick_min = (1.2 + 0.25 * qty) * zone_speed[zone] * pick_speed[picker] * random.uniform(0.7, 1.4)
            completed = started + timedelta(minutes=pick_min)
            exc = ""
            picked = qty
            r = random.random()
            if r < 0.055:
                exc = random.choices(exceptions_short, [0.45, 0.2, 0.35])[0]
                picked = random.randint(0, qty - 1) if qty > 1 else 0
            elif r < 0.07:
                exc = "LOCATION_MISMATCH"
            comp_s = completed.strftime("%Y-%m-%dT%H:%M:%S")
            picked_s = str(picked)
            if random.random() < 0.018:
                comp_s = ""
                picked_s = ""
            dist = int(zone_dist[zone] * random.uniform(0.4, 2.2))
            pf = random.random()
            if pf < 0.5:
                flag = "Y" if priority else "N"
            elif pf < 0.8:
                flag = "true" if priority else "false"
            else:
                flag = "Yes" if priority else "No"
            rows.append({
                "orderId": f"SO-{order_no}", "pickerId": picker, "pickerShift": shift_of[picker],
                "zone": messy(zone, 0.72), "sku": sku, "qtyRequested": qty, "qtyPicked": picked_s,
                "createdAt": created.strftime("%Y-%m-%dT%H:%M:%S"),
                "startedAt": started.strftime("%Y-%m-%dT%H:%M:%S"), "completedAt": comp_s,
                "travelDistanceM": dist, "isPriority": flag, "exceptionCode": exc,
                "_sort": started,
            })
            t = t + timedelta(minutes=random.uniform(0, 4))
    rows = rows[:3600]
    rows.sort(key=lambda r: r["_sort"])
    cols = ["taskId", "orderId", "pickerId", "pickerShift", "zone", "sku", "qtyRequested", "qtyPicked",
            "createdAt", "startedAt", "completedAt", "travelDistanceM", "isPriority", "exceptionCode"]
    with open(os.path.join(OUT, "picking_tasks.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for i, r in enumerate(rows, 1):
            r["taskId"] = f"PT{900000 + i}"
            w.writerow([r[c] for c in cols])
    return len(rows), len(cols)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, fn in [("rides.csv", make_rides), ("pull_requests.json", make_prs),
                     ("pharmacy_fills.csv", make_fills), ("picking_tasks.csv", make_picking)]:
        n, c = fn()
        print(f"{name}: {n} rows, {c} columns")


if __name__ == "__main__":
    main()
