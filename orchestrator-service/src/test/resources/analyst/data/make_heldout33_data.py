#!/usr/bin/env python3
"""Generate the four heldout33 data files (standard library only, deterministic).

Files written next to this script:
  dog_walks.csv             - dog-walking jobs (snake_case export)
  kiln_firings.csv          - pottery-studio kiln firing log (Title Case, units in parentheses)
  campsite_bookings.json    - campsite bookings (camelCase, nested objects, nulls)
  boat_tour_departures.csv  - boat-tour departures (PascalCase, '?' flags, TOTAL line at the end)
"""
import csv
import datetime as dt
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20270201)


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (value, weight)."""
    total = sum(w for _, w in pairs)
    x = R.random() * total
    acc = 0.0
    for v, w in pairs:
        acc += w
        if x < acc:
            return v
    return pairs[-1][0]


def daterange(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def money(x, sym="$"):
    return f"{sym}{x:,.2f}"


def write_csv(name, header, rows):
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


YES = ["Y", "yes", "TRUE", "1", "Yes", "y"]
NO = ["N", "no", "0", "FALSE", "No", "n"]


def flag(v, blank_p=0.05):
    if R.random() < blank_p:
        return ""
    return pick(YES) if v else pick(NO)


# ---------------------------------------------------------------------------
# 1. dog_walks.csv
# ---------------------------------------------------------------------------
def make_dog_walks():
    walkers = [
        # id, canonical, aliases, max_dogs, start date
        ("W01", "Zoë Martin", ["Zoë Martin", "Zoe Martin", "zoe martin"], 4, dt.date(2024, 1, 1)),
        ("W02", "Robert Kowalski", ["Robert Kowalski", "Bob Kowalski", "R. Kowalski"], 6, dt.date(2024, 1, 1)),
        ("W03", "Aisha Bello", ["Aisha Bello"], 5, dt.date(2024, 1, 1)),
        ("W04", "Tomás Ruiz", ["Tomás Ruiz", "Tomas Ruiz"], 3, dt.date(2024, 1, 1)),
        ("W05", "Priya Natarajan", ["Priya Natarajan", "Priya N."], 6, dt.date(2024, 3, 1)),
        ("W06", "Liam O'Connor", ["Liam O'Connor", "Liam OConnor"], 4, dt.date(2024, 1, 1)),
        ("W07", "Hannah Schmidt", ["Hannah Schmidt"], 8, dt.date(2024, 6, 1)),
        ("W08", "Marcus Lee", ["Marcus Lee", "marcus lee "], 5, dt.date(2024, 1, 1)),
        ("W09", "Chloé Dubois", ["Chloé Dubois", "Chloe Dubois"], 4, dt.date(2024, 9, 15)),
        ("W10", "Kenji Watanabe", ["Kenji Watanabe"], 3, dt.date(2025, 1, 6)),
    ]
    walker_weight = [1.3, 1.6, 1.0, 0.7, 1.2, 1.0, 1.1, 0.9, 1.0, 0.8]
    hoods = ["Riverside", "Old Town", "Hillcrest", "Northgate", "Eastfield"]
    first = ["Emma", "Noah", "Olivia", "Liam", "Ava", "Mason", "Sophia", "Lucas", "Mia", "Ethan",
             "Isla", "Jack", "Grace", "Leo", "Ruby", "Oscar", "Freya", "Henry", "Ella", "Max"]
    last = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Patel", "Walker",
            "Wright", "Green", "Hall", "Clarke", "Young", "King"]
    dognames = ["Bella", "Max", "Luna", "Charlie", "Daisy", "Milo", "Coco", "Buddy", "Rosie", "Teddy",
                "Bailey", "Poppy", "Ollie", "Nala", "Rocky", "Maple", "Biscuit", "Pepper", "Ziggy", "Juno"]
    size_var = {
        "small": ["small", "Small", "S", "sm", "small"],
        "medium": ["medium", "Medium", "M", "med", "Medium "],
        "large": ["large", "Large", "L", "LARGE", "lg"],
    }
    type_var = {
        "solo": ["solo", "Solo", "SOLO", "solo walk", "Solo"],
        "group": ["group", "Group", "pack", "Pack walk", "group "],
        "drop-in": ["drop-in", "Drop-In", "drop in", "Drop-in "],
    }
    # clients
    clients = []
    used = []
    while len(clients) < 160:
        n = f"{pick(first)} {pick(last)}"
        if n in used:
            continue
        used.append(n)
        size = wpick([("small", 0.35), ("medium", 0.4), ("large", 0.25)])
        clients.append((n, pick(dognames), size, pick(hoods), 0.3 + R.random() * 2.0))
    rows = []
    job = 100001
    for d in daterange(dt.date(2024, 1, 2), dt.date(2025, 6, 30)):
        wd = d.weekday()
        base = 3.2 if wd < 5 else 1.3
        if d.month in (7, 8, 12):
            base *= 0.85
        n = int(base + R.random() * 2.2)
        day_jobs = []
        for _ in range(n):
            active = [(i, w) for i, w in enumerate(walkers) if w[4] <= d]
            i, wk = wpick([((i, w), walker_weight[i]) for i, w in active])
            c = wpick([(c, c[4]) for c in clients])
            wt = wpick([("solo", 0.5), ("group", 0.35), ("drop-in", 0.15)])
            if wt == "solo":
                dur = pick([30, 45, 60, 60])
                price = {30: 18.0, 45: 24.0, 60: 30.0}[dur]
            elif wt == "group":
                dur = pick([60, 60, 90])
                price = {60: 20.0, 90: 27.0}[dur]
            else:
                dur = pick([20, 30])
                price = {20: 14.0, 30: 17.0}[dur]
            if c[2] == "large":
                price += 4.0
            if d >= dt.date(2025, 1, 1):
                price += 2.0
            hh = wpick([(7, 1.0), (8, 1.5), (9, 1.0), (10, 0.6), (11, 1.2), (12, 1.5), (13, 1.0), (14, 0.6),
                        (15, 0.6), (16, 1.0), (17, 1.4), (18, 0.8)])
            mm = pick([0, 15, 30, 45])
            st = dt.datetime(d.year, d.month, d.day, hh, mm)
            en = st + dt.timedelta(minutes=dur + pick([0, 0, 0, 5, -5, 10]))
            dist = "" if wt == "drop-in" or R.random() < 0.05 else f"{dur / 60 * (3.0 + R.random() * 2.5):.1f}"
            price_txt = "" if R.random() < 0.03 else money(price)
            tip = "" if R.random() < 0.45 else f"{pick([1, 2, 2, 3, 4, 5, 5, 2.5, 1.5]):.2f}"
            paid_true = R.random() < (0.9 if d < dt.date(2025, 5, 1) else 0.55)
            rw = [(5, 0.45), (4, 0.33), (3, 0.14), (2, 0.05), (1, 0.03)] if c[3] == "Hillcrest" else \
                [(5, 0.55), (4, 0.3), (3, 0.1), (2, 0.03), (1, 0.02)]
            rating = "" if R.random() < 0.3 else str(wpick(rw))
            day_jobs.append([st, en, wk, c, wt, dist, price_txt, tip, paid_true, rating])
        day_jobs.sort(key=lambda x: (x[0], x[2][0]))
        for st, en, wk, c, wt, dist, price_txt, tip, paid_true, rating in day_jobs:
            rows.append([
                job, st.strftime("%Y-%m-%d"), st.strftime("%H:%M"), en.strftime("%H:%M"),
                wk[0], pick(wk[2]), wk[3], c[0], c[1], pick(size_var[c[2]]), pick(type_var[wt]), c[3],
                dist, price_txt, tip, flag(paid_true, 0.05), rating,
            ])
            job += 1
    header = ["job_id", "walk_date", "start_time", "end_time", "walker_id", "walker_name", "max_dogs",
              "client_name", "dog_name", "dog_size", "walk_type", "neighborhood", "distance_km",
              "price", "tip_usd", "paid", "rating"]
    write_csv("dog_walks.csv", header, rows)
    return len(rows), len(header)


# ---------------------------------------------------------------------------
# 2. kiln_firings.csv
# ---------------------------------------------------------------------------
def make_kiln_firings():
    kilns = [
        # canonical, variants, capacity cu ft, electric?
        ("Big Bertha", ["Big Bertha", "big bertha", "Big Bertha ", "BIG BERTHA", "Bertha"], 12.0, True),
        ("Skutt 1027", ["Skutt 1027", "Skutt1027", "skutt 1027"], 7.0, True),
        ("Little Kiln", ["Little Kiln", "little kiln", "Lil Kiln"], 4.5, True),
        ("Test Kiln", ["Test Kiln", "test kiln"], 1.5, True),
        ("Raku Kiln", ["Raku Kiln", "raku kiln", "Raku"], 3.0, False),
    ]
    ftype_var = {
        "Bisque": ["Bisque", "bisque", "BISQUE", "Bisq"],
        "Glaze": ["Glaze", "glaze", "Glaze ", "Glaze Fire"],
        "Luster": ["Luster", "Lustre", "luster"],
        "Raku": ["Raku", "raku"],
    }
    status_var = {
        "Completed": ["Completed", "completed", "Done", "done ", "COMPLETED", "Completed"],
        "Aborted": ["Aborted", "aborted", "ABORTED", "Abort"],
    }
    members = [
        ("M-001", ["José Álvarez", "Jose Alvarez"]),
        ("M-002", ["Fiona McLeod"]),
        ("M-003", ["Wen Li", "Li Wen"]),
        ("M-004", ["Ingrid Sørensen", "Ingrid Sorensen"]),
        ("M-005", ["Pat Doyle", "Patricia Doyle"]),
        ("M-006", ["Kwame Mensah"]),
        ("M-007", ["Ruth Abernathy"]),
        ("M-008", ["Dev Sharma", "Devendra Sharma"]),
        ("M-009", ["Amélie Laurent", "Amelie Laurent"]),
        ("M-010", ["Gus Hartley"]),
        ("M-011", ["Noor Haddad"]),
        ("M-012", ["Studio (staff)"]),
    ]
    mweights = [1.2, 1.0, 0.9, 0.8, 1.1, 0.7, 0.6, 1.0, 0.9, 0.5, 0.8, 1.6]
    rows = []
    fid = 1
    for d in daterange(dt.date(2023, 9, 1), dt.date(2025, 5, 31)):
        wd = d.weekday()
        p = 0.0 if wd == 6 else (1.95 if wd in (1, 3, 4) else 1.6)
        if d.month == 8:
            p *= 0.5
        n = int(p + R.random())
        day = []
        used_kilns = []
        for _ in range(n):
            ftype = wpick([("Bisque", 0.38), ("Glaze", 0.42), ("Luster", 0.07), ("Raku", 0.13)])
            if ftype == "Raku":
                k = kilns[4]
            else:
                k = wpick([(kilns[0], 1.0), (kilns[1], 1.3), (kilns[2], 1.0), (kilns[3], 0.45)])
            if k[0] in used_kilns:
                continue
            used_kilns.append(k[0])
            day.append((ftype, k))
        for ftype, k in day:
            if ftype == "Bisque":
                hrs = 8 + R.random() * 3
                peak = R.randint(990, 1010)
            elif ftype == "Glaze":
                hrs = 10 + R.random() * 3
                peak = R.choice([R.randint(1215, 1245), R.randint(1040, 1070)])
            elif ftype == "Luster":
                hrs = 6 + R.random() * 2
                peak = R.randint(730, 770)
            else:
                hrs = 1 + R.random() * 1.2
                peak = R.randint(950, 1020)
            aborted = R.random() < 0.06
            if aborted:
                hrs *= 0.2 + R.random() * 0.5
                peak = int(peak * (0.4 + R.random() * 0.4))
            if ftype == "Raku":
                st = dt.datetime(d.year, d.month, d.day, R.randint(10, 15), pick([0, 15, 30, 45]))
            else:
                st = dt.datetime(d.year, d.month, d.day, wpick([(7, 1), (8, 2), (9, 1), (16, 0.7), (17, 1), (18, 0.6)]),
                                 pick([0, 10, 20, 30, 40, 50]))
            en = st + dt.timedelta(minutes=int(hrs * 60))
            loaded = max(2, int(k[2] * (4 + R.random() * 4)))
            crack_p = {"Bisque": 0.03, "Glaze": 0.05, "Luster": 0.02, "Raku": 0.12}[ftype]
            if k[0] == "Big Bertha":
                crack_p += 0.02
            if aborted:
                crack_p += 0.1
            cracked = sum(1 for _ in range(loaded) if R.random() < crack_p)
            mi = wpick([(i, w) for i, w in enumerate(mweights)])
            mem = members[mi]
            shared = R.random() < (0.35 if k[2] >= 7 else 0.12)
            fee = round(k[2] * {"Bisque": 3.0, "Glaze": 3.6, "Luster": 4.0, "Raku": 6.0}[ftype], 2)
            if shared:
                fee = round(fee / 2, 2)
            if mem[0] == "M-012":
                fee_txt = money(0, "£")
            elif R.random() < 0.04:
                fee_txt = ""
            else:
                fee_txt = money(fee, "£")
            if k[3]:
                energy = "" if R.random() < 0.05 else f"{k[2] * hrs * (0.9 + R.random() * 0.3):.1f}"
            else:
                energy = ""
            end_txt = "" if R.random() < 0.025 else en.strftime("%Y-%m-%dT%H:%M:%S")
            rows.append([st, k, ftype, end_txt, peak, loaded, cracked, mem, shared, fee_txt, energy, aborted])
    rows.sort(key=lambda r: (r[0], r[1][0]))
    out = []
    for i, (st, k, ftype, end_txt, peak, loaded, cracked, mem, shared, fee_txt, energy, aborted) in enumerate(rows):
        out.append([
            f"K-{i + 1:04d}", pick(k[1]), f"{k[2]:.1f}", pick(ftype_var[ftype]),
            st.strftime("%Y-%m-%dT%H:%M:%S"), end_txt, peak, loaded, cracked,
            mem[0], pick(mem[1]), flag(shared, 0.06), fee_txt, energy,
            pick(status_var["Aborted" if aborted else "Completed"]),
        ])
    header = ["Firing ID", "Kiln", "Kiln Capacity (cu ft)", "Firing Type", "Start", "End",
              "Peak Temp (°C)", "Pieces Loaded", "Pieces Cracked", "Member ID", "Member",
              "Shared Firing?", "Fee (GBP)", "Energy (kWh)", "Status"]
    write_csv("kiln_firings.csv", header, out)
    return len(out), len(header)


# ---------------------------------------------------------------------------
# 3. campsite_bookings.json
# ---------------------------------------------------------------------------
def make_campsite():
    type_var = {
        "tent": ["Tent", "tent", "Tent Pitch", "tent "],
        "caravan": ["Caravan", "caravan", "CARAVAN"],
        "pod": ["Glamping Pod", "glamping pod", "Pod"],
        "yurt": ["Yurt", "yurt"],
    }
    tier_var = {"standard": ["Standard", "standard", "Std"], "premium": ["Premium", "premium", "Deluxe"]}
    pitches = []
    for i in range(1, 19):
        tier = "premium" if i % 5 == 0 else "standard"
        pitches.append((f"T{i:02d}", "tent", tier, 4 if i % 3 else 6, 18.0 if tier == "standard" else 26.0))
    for i in range(1, 13):
        tier = "premium" if i % 4 == 0 else "standard"
        pitches.append((f"C{i:02d}", "caravan", tier, 6, 32.0 if tier == "standard" else 41.0))
    for i in range(1, 7):
        tier = "premium" if i in (2, 5) else "standard"
        pitches.append((f"G{i:02d}", "pod", tier, 4, 65.0 if tier == "standard" else 80.0))
    for i in range(1, 4):
        pitches.append((f"Y{i:02d}", "yurt", "premium", 5, 95.0))
    pweights = [1.0] * 18 + [1.1] * 12 + [1.3] * 6 + [1.2] * 3
    country_var = {
        "UK": ["UK", "United Kingdom", "GB", "uk"],
        "Germany": ["Germany", "DE", "germany"],
        "Netherlands": ["Netherlands", "NL", "Holland"],
        "France": ["France", "FR"],
        "Ireland": ["Ireland", "IE"],
    }
    cweights = [("UK", 0.5), ("Germany", 0.17), ("Netherlands", 0.15), ("France", 0.1), ("Ireland", 0.08)]
    fn = ["Anna", "Ben", "Clara", "Daan", "Eva", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Katie",
          "Lars", "Marie", "Niamh", "Owen", "Pia", "Rhys", "Sanne", "Théo", "Ursula", "Wim", "Zoé"]
    ln = ["Murphy", "Müller", "de Vries", "Dupont", "Jones", "Schneider", "Bakker", "Martin", "Byrne",
          "Evans", "Fischer", "Janssen", "Bernard", "Kelly", "Hughes"]
    guests = []
    seen = []
    gi = 1
    while len(guests) < 280:
        name = f"{pick(fn)} {pick(ln)}"
        if name in seen:
            continue
        seen.append(name)
        c = wpick(cweights)
        seg = wpick([("family", 0.45), ("couple", 0.35), ("solo", 0.08), ("group", 0.12)])
        alias = [name, name.replace("ü", "u").replace("é", "e").replace("É", "E")]
        guests.append((f"G{gi:04d}", alias, c, seg, 0.4 + R.random() ** 3 * 3))
        gi += 1
    status_var = {
        "completed": ["completed", "Completed", "checked-out", "Checked Out"],
        "cancelled": ["cancelled", "Cancelled", "canceled", "CANCELLED"],
        "no-show": ["no-show", "No Show", "noshow"],
    }
    channel_var = {
        "website": ["website", "Website", "web", "WEB"],
        "phone": ["phone", "Phone", "telephone"],
        "pitchup": ["Pitchup", "pitchup.com", "PitchUp"],
        "walk-in": ["walk-in", "Walk In", "walkin"],
    }
    dog_yes = ["yes", "Y", "true", "TRUE", "1"]
    dog_no = ["no", "N", "false", "0", "No"]
    recs = []
    for season in (2024, 2025):
        for d in daterange(dt.date(season, 3, 15), dt.date(season, 10, 31)):
            m = d.month
            lam = {3: 0.6, 4: 1.1, 5: 1.7, 6: 2.3, 7: 3.3, 8: 3.6, 9: 1.8, 10: 0.9}[m]
            if d.weekday() in (4, 5):
                lam *= 1.5
            if season == 2025:
                lam *= 1.12
            n = int(lam * 0.7 + R.random() * lam * 0.9)
            for _ in range(n):
                p = wpick([(p, w) for p, w in zip(pitches, pweights)])
                g = wpick([(g, g[4]) for g in guests])
                seg = g[3]
                if seg == "solo":
                    adults, children = 1, 0
                elif seg == "couple":
                    adults, children = 2, 0
                elif seg == "family":
                    adults, children = pick([1, 2, 2, 2]), pick([1, 2, 2, 3])
                else:
                    adults, children = pick([3, 4, 4, 5, 6]), 0
                if adults + children > p[3]:
                    children = max(0, p[3] - adults)
                    adults = min(adults, p[3])
                nights = wpick([(1, 0.2), (2, 0.3), (3, 0.18), (4, 0.1), (5, 0.07), (7, 0.12), (10, 0.02), (14, 0.01)])
                lead = int(R.random() ** 2 * 150)
                booked = dt.datetime(d.year, d.month, d.day, 0, 0) - dt.timedelta(days=lead) + dt.timedelta(
                    minutes=R.randint(7 * 60, 22 * 60 + 59))
                channel = wpick([("website", 0.5), ("phone", 0.15), ("pitchup", 0.28), ("walk-in", 0.07)])
                if channel == "walk-in":
                    booked = dt.datetime(d.year, d.month, d.day, R.randint(10, 19), R.randint(0, 59))
                status = wpick([("completed", 0.84), ("cancelled", 0.12), ("no-show", 0.04)])
                if channel == "walk-in":
                    status = "completed"
                rate = p[4] * (1.15 if m in (7, 8) else 1.0)
                base = round(rate * nights, 2)
                extras = None if R.random() < 0.35 else float(round(pick([5, 8, 10, 12.5, 15, 20, 25]) * (1 + nights // 4), 2))
                disc = wpick([(0, 0.7), (5, 0.1), (10, 0.15), (15, 0.05)])
                has_dog = R.random() < (0.05 if p[1] in ("pod", "yurt") else 0.3)
                r = R.random()
                if r < 0.08:
                    dog_val = None
                elif r < 0.55:
                    dog_val = has_dog
                else:
                    dog_val = pick(dog_yes) if has_dog else pick(dog_no)
                if status == "completed" and R.random() < 0.6:
                    rating = wpick([(5, 0.45), (4, 0.35), (3, 0.12), (2, 0.05), (1, 0.03)])
                else:
                    rating = None
                recs.append({
                    "bookingId": None,
                    "bookedAt": booked.strftime("%Y-%m-%dT%H:%M:%S"),
                    "arrivalDate": d.strftime("%Y-%m-%d"),
                    "nights": nights,
                    "pitch": {"pitchId": p[0], "type": pick(type_var[p[1]]), "tier": pick(tier_var[p[2]]),
                              "maxGuests": p[3]},
                    "guest": {"guestId": g[0], "name": pick(g[1]), "country": pick(country_var[g[2]]),
                              "segment": None if R.random() < 0.07 else seg},
                    "party": {"adults": adults, "children": children},
                    "price": {"base": base, "extras": extras, "currency": pick(["EUR", "EUR", "EUR", "eur"])},
                    "discountPct": disc,
                    "hasDog": dog_val,
                    "status": pick(status_var[status]),
                    "channel": pick(channel_var[channel]),
                    "rating": rating,
                })
    recs.sort(key=lambda r: (r["bookedAt"], r["arrivalDate"], r["pitch"]["pitchId"]))
    for i, r in enumerate(recs):
        r["bookingId"] = f"CB-{i + 1:05d}"
    with open(os.path.join(HERE, "campsite_bookings.json"), "w", encoding="utf-8") as f:
        json.dump(recs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(recs), len(recs[0])


# ---------------------------------------------------------------------------
# 4. boat_tour_departures.csv
# ---------------------------------------------------------------------------
def make_boat_tours():
    vessels = [
        ("Sea Otter", ["Sea Otter", "sea otter", "SeaOtter", "Sea Otter "], 24),
        ("Puffin II", ["Puffin II", "Puffin 2", "puffin ii"], 12),
        ("Kittiwake", ["Kittiwake", "KITTIWAKE", "kittiwake"], 40),
        ("Gannet", ["Gannet", "gannet"], 18),
    ]
    tours = {
        "Dolphin Watch": (["Dolphin Watch", "dolphin watch", "Dolphin", "Dolphin Watching"], 120, 28.0, 14.0),
        "Sunset Cruise": (["Sunset Cruise", "sunset cruise", "Sunset"], 90, 32.0, 16.0),
        "Island Hop": (["Island Hop", "island hopping", "Island Hopper", "ISLAND HOP"], 240, 45.0, 22.0),
        "Fishing Trip": (["Fishing Trip", "fishing", "Fishing"], 180, 55.0, 30.0),
    }
    skippers = [
        ("SK1", ["Siobhán O'Neill", "Siobhan O'Neill", "S. O'Neill"]),
        ("SK2", ["Dafydd Pryce", "Dai Pryce"]),
        ("SK3", ["Morag Campbell"]),
        ("SK4", ["Erik Johansson", "Erik Johanson"]),
        ("SK5", ["Callum Reid", "Cal Reid"]),
        ("SK6", ["Ana Sousa"]),
    ]
    rows = []
    dep = 5001
    for d in daterange(dt.date(2024, 4, 1), dt.date(2025, 10, 31)):
        if d.month < 4 or d.month > 10:
            continue
        m = d.month
        lam = {4: 1.3, 5: 2.0, 6: 2.7, 7: 3.4, 8: 3.5, 9: 2.2, 10: 1.2}[m]
        if d.weekday() >= 5:
            lam += 0.7
        n = int(lam * 0.75 + R.random() * lam * 0.8)
        slots = []
        for _ in range(n):
            tour = wpick([("Dolphin Watch", 0.4), ("Sunset Cruise", 0.22), ("Island Hop", 0.2), ("Fishing Trip", 0.18)])
            if tour == "Sunset Cruise":
                hh = {4: 18, 5: 19, 6: 20, 7: 20, 8: 19, 9: 18, 10: 17}[m]
            elif tour == "Island Hop":
                hh = pick([9, 10])
            elif tour == "Fishing Trip":
                hh = pick([6, 7, 13])
            else:
                hh = pick([9, 11, 13, 15])
            v = wpick([(vessels[0], 1.0), (vessels[1], 0.6), (vessels[2], 0.7), (vessels[3], 0.8)])
            if tour == "Fishing Trip":
                v = pick([vessels[1], vessels[3]])
            key = (v[0], hh)
            if key in [(s[1][0], s[2]) for s in slots]:
                continue
            slots.append((tour, v, hh))
        slots.sort(key=lambda s: (s[2], s[1][0]))
        for tour, v, hh in slots:
            names, mins, p_adult, p_child = tours[tour]
            st = dt.datetime(d.year, d.month, d.day, hh, pick([0, 0, 15, 30]))
            sk = wpick([(skippers[0], 1.2), (skippers[1], 1.0), (skippers[2], 1.1), (skippers[3], 0.7),
                        (skippers[4], 0.9), (skippers[5], 0.6 if d.year == 2024 else 1.3)])
            sea = wpick([(1, 0.25), (2, 0.35), (3, 0.25), (4, 0.1), (5, 0.05)])
            cancelled = sea == 5 or (sea == 4 and R.random() < 0.35) or R.random() < 0.02
            load = {4: 0.45, 5: 0.55, 6: 0.7, 7: 0.85, 8: 0.88, 9: 0.6, 10: 0.45}[m]
            if d.weekday() >= 5:
                load += 0.08
            if cancelled:
                adults = children = 0
                ret = ""
                rev_txt = money(0)
                fuel = ""
                wild = ""
                pct_online = ""
            else:
                pax = min(v[2], max(1, int(v[2] * (load - 0.25 + R.random() * 0.45))))
                children = 0 if tour == "Fishing Trip" and R.random() < 0.6 else int(pax * R.random() * 0.35)
                adults = pax - children
                en = st + dt.timedelta(minutes=mins + pick([-10, -5, 0, 0, 5, 10, 15, 20]))
                ret = en.strftime("%H:%M")
                rev = adults * p_adult + children * p_child
                rev_txt = "" if R.random() < 0.03 else money(rev)
                fuel = f"{mins / 60 * v[2] * (0.9 + R.random() * 0.4):.1f}"
                wild_true = R.random() < ({"Dolphin Watch": 0.75, "Island Hop": 0.5, "Sunset Cruise": 0.3,
                                           "Fishing Trip": 0.2}[tour])
                wild = "" if R.random() < 0.07 else (pick(["TRUE", "1", "yes", "Y"]) if wild_true else
                                                      pick(["FALSE", "0", "no", "N"]))
                pct_online = str(int(min(100, max(0, 40 + R.random() * 55 - (15 if tour == "Fishing Trip" else 0)))))
            canc = pick(["Y", "yes", "Yes", "TRUE"]) if cancelled else ("" if R.random() < 0.25 else pick(["N", "no", "No", "FALSE"]))
            rows.append([
                str(dep), d.strftime("%Y-%m-%d"), st.strftime("%H:%M"), ret, pick(v[1]), v[2], pick(names),
                sk[0], pick(sk[1]), adults, children, rev_txt, fuel, canc, wild, sea, pct_online,
            ])
            dep += 1
    # TOTAL line
    tot_ad = sum(r[9] for r in rows)
    tot_ch = sum(r[10] for r in rows)
    tot_rev = sum(float(r[11].replace("$", "").replace(",", "")) for r in rows if r[11])
    tot_fuel = sum(float(r[12]) for r in rows if r[12])
    rows.append(["TOTAL", "", "", "", "", "", "", "", "", tot_ad, tot_ch, money(tot_rev), f"{tot_fuel:.1f}",
                 "", "", "", ""])
    header = ["DepID", "DepDate", "DepTime", "ReturnTime", "Vessel", "VesselSeats", "TourType", "SkipperID",
              "Skipper", "AdultPax", "ChildPax", "Revenue ($)", "FuelUsed (L)", "Cancelled?", "Wildlife?",
              "SeaState", "PctOnline"]
    write_csv("boat_tour_departures.csv", header, rows)
    return len(rows), len(header)


if __name__ == "__main__":
    for fn_ in (make_dog_walks, make_kiln_firings, make_campsite, make_boat_tours):
        n, c = fn_()
        print(f"{fn_.__name__}: {n} rows x {c} columns")
