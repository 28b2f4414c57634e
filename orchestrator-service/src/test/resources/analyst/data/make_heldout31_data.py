#!/usr/bin/env python3
"""Generate four synthetic, messy operations exports for heldout31 (stdlib only).

Files written to /work/h31/data/:
  market_stall_rentals.csv  - a farmers market's stall rentals (3 market sites)
  swim_lesson_register.csv  - a leisure pool's swim-lesson attendance register
  cinema_concessions.csv    - a cinema's concession-stand sales lines
  piano_tuning_visits.json  - a piano tuner's visit log (nested objects)
"""
import csv, json, os, random, datetime as dt

R = random.Random(20261231)
OUT = "/work/h31/data"
os.makedirs(OUT, exist_ok=True)


def pick(seq):
    return R.choice(seq)


def yes_word():
    return pick(["Y", "y", "Yes", "yes", "YES", "TRUE", "true", "1"])


def no_word():
    return pick(["N", "n", "No", "no", "FALSE", "false", "0", ""])


def flag(v, blank_rate=0.0):
    if not v and R.random() < blank_rate:
        return ""
    return yes_word() if v else no_word()


# ---------------------------------------------------------------- 1. market stalls
def make_market():
    markets = [
        ("riverside", ["Riverside", "riverside", "RIVERSIDE ", "Riverside Mkt", "Riverside"], "R", 18, (8, 13)),
        ("old town", ["Old Town", "old town", "OldTown", "Old Town ", "Old Town"], "O", 14, (5, 10)),
        ("hillcrest", ["Hillcrest", "hillcrest", "Hill Crest", "Hillcrest"], "H", 10, (3, 7)),
    ]
    stalls = {}
    for key, _, pre, n, _r in markets:
        stalls[key] = [(f"{pre}-{i:02d}", R.choices([100, 150, 200], [5, 3, 2])[0]) for i in range(1, n + 1)]
    cats = {
        "produce": ["Produce", "produce", "PRODUCE", "Fruit & Veg", "produce "],
        "bakery": ["Bakery", "bakery ", "Baked Goods", "BAKERY"],
        "dairy": ["Dairy", "dairy", "Dairy/Eggs", "DAIRY "],
        "crafts": ["Crafts", "crafts", "Handmade Crafts", "CRAFTS"],
        "hot food": ["Hot Food", "hot food", "Prepared Food", "HOT FOOD "],
        "flowers": ["Flowers", "flowers ", "Florals", "FLOWERS"],
    }
    cat_w = {"produce": 12, "bakery": 7, "dairy": 5, "crafts": 8, "hot food": 8, "flowers": 4}
    first = ["Green", "Sunny", "Old Mill", "Hollow", "Wild", "Copper", "Meadow", "Stone", "Red Barn", "Little",
             "Blue Gate", "Fern", "Oak", "Maple", "Hazel", "Cedar", "Willow", "Bramble", "Golden", "River"]
    second = {"produce": ["Acres", "Farm", "Growers", "Fields", "Orchard"], "bakery": ["Bakehouse", "Loaves", "Oven"],
              "dairy": ["Creamery", "Dairy", "Hens"], "crafts": ["Makers", "Pottery", "Woodworks", "Candles"],
              "hot food": ["Kitchen", "Grill", "Dumplings", "Tacos"], "flowers": ["Blooms", "Petals", "Flower Co"]}
    vendors = []
    used = set()
    vid = 1
    for cat, w in cat_w.items():
        for _ in range(w):
            while True:
                nm = f"{pick(first)} {pick(second[cat])}"
                if nm not in used:
                    used.add(nm)
                    break
            home = R.choices(["riverside", "old town", "hillcrest"], [5, 3, 2])[0]
            vendors.append({"id": f"V{vid:03d}", "name": nm, "cat": cat, "home": home,
                            "skill": R.uniform(0.6, 1.5)})
            vid += 1
    base_sales = {"produce": 420, "bakery": 380, "dairy": 300, "crafts": 260, "hot food": 610, "flowers": 240}
    rate = {100: 35, 150: 45, 200: 60}
    notes_pool = ["arrived late", "shared gazebo with neighbour", "asked for corner pitch next time",
                  "generator noise complaint", "first week trading", "card reader down for an hour",
                  "sold out by 11", "left early - rain", "needs hygiene cert copy", "paid in cash at gate"]
    weather_v = {"sunny": ["Sunny", "sunny", "SUNNY"], "rain": ["Rain", "rainy", "RAIN"],
                 "cloudy": ["Cloudy", "cloudy", "Overcast", "overcast"]}
    rows = []
    n = 0
    for year in (2023, 2024):
        d = dt.date(year, 4, 1)
        while d.weekday() != 5:
            d += dt.timedelta(days=1)
        while d <= dt.date(year, 10, 31):
            weather = R.choices(["sunny", "cloudy", "rain"], [5, 4, 2])[0]
            for key, spell, pre, _n, (lo, hi) in markets:
                k = R.randint(lo, hi) + (1 if year == 2024 and R.random() < 0.5 else 0)
                k = min(k, len(stalls[key]))
                sts = R.sample(stalls[key], k)
                pool = [v for v in vendors]
                wts = [6 if v["home"] == key else 1 for v in pool]
                chosen = []
                while len(chosen) < k:
                    v = R.choices(pool, wts)[0]
                    if v not in chosen:
                        chosen.append(v)
                for (sid, area), v in zip(sts, chosen):
                    n += 1
                    elec = v["cat"] == "hot food" or R.random() < 0.25
                    fee = rate[area] + (10 if elec else 0) + (5 if year == 2024 else 0)
                    r = R.random()
                    if r < 0.03:
                        fee_s = ""
                    elif r < 0.08:
                        fee_s = f"${fee:.2f}"
                    else:
                        fee_s = f"{fee:.2f}"
                    paid = R.random() < 0.9
                    wf = {"sunny": 1.15, "cloudy": 1.0, "rain": 0.6}[weather]
                    sales = base_sales[v["cat"]] * v["skill"] * wf * R.uniform(0.7, 1.3) * (1.06 if year == 2024 else 1)
                    sales_s = "" if R.random() < 0.12 else f"{sales:.2f}"
                    setup = dt.datetime(d.year, d.month, d.day, 6, 0) + dt.timedelta(minutes=5 * R.randint(0, 20))
                    if weather == "rain" and R.random() < 0.35:
                        pack = dt.datetime(d.year, d.month, d.day, 11, 0) + dt.timedelta(minutes=5 * R.randint(0, 18))
                    else:
                        pack = dt.datetime(d.year, d.month, d.day, 13, 5) + dt.timedelta(minutes=5 * R.randint(0, 17))
                    pack_s = "" if R.random() < 0.02 else pack.strftime("%Y-%m-%d %H:%M:%S")
                    rows.append({
                        "rental_id": f"MS-{year}-{n:04d}",
                        "Market Date": d.isoformat(),
                        "market": pick(spell),
                        "stallNo": sid,
                        "Stall Size (sq ft)": area,
                        "vendor_id": v["id"],
                        "Vendor Name": v["name"] if R.random() > 0.06 else v["name"].upper(),
                        "Category": pick(cats[v["cat"]]),
                        "Fee (USD)": fee_s,
                        "electricity": flag(elec, 0.3),
                        "Paid?": flag(paid, 0.4),
                        "reported_sales_usd": sales_s,
                        "setupTime": setup.strftime("%Y-%m-%d %H:%M:%S"),
                        "Packed Up At": pack_s,
                        "Weather": pick(weather_v[weather]),
                        "notes": pick(notes_pool) if R.random() < 0.12 else "",
                    })
            d += dt.timedelta(days=7)
    cols = list(rows[0].keys())
    tot_fee = sum(float(r["Fee (USD)"].replace("$", "")) for r in rows if r["Fee (USD)"])
    tot_sales = sum(float(r["reported_sales_usd"]) for r in rows if r["reported_sales_usd"])
    total = {c: "" for c in cols}
    total.update({"rental_id": "TOTAL", "Fee (USD)": f"{tot_fee:.2f}", "reported_sales_usd": f"{tot_sales:.2f}"})
    rows.append(total)
    with open(os.path.join(OUT, "market_stall_rentals.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


# ---------------------------------------------------------------- 2. swim lessons
def make_swim():
    pools = {"main": (["Main Pool", "main pool", "MAIN", "Main Pool ", "Main Pool"], 8, (27.4, 28.6)),
             "teaching": (["Teaching Pool", "teaching pool ", "Teach Pool", "Learner Pool", "Teaching Pool"], 4, (30.0, 31.6))}
    levels = {"beginner": ["Beginner", "beginner ", "BEG", "Beginner", "Beg"],
              "intermediate": ["Intermediate", "intermediate", "Int", "INTER", "Intermediate"],
              "advanced": ["Advanced", "advanced", "Adv", "Advanced"],
              "adult": ["Adult", "adults", "ADULT", "Adult"]}
    instr = {"Ana Ruiz": ["Ana Ruiz", "ana ruiz", "Ana Ruiz ", "ANA RUIZ"],
             "Ben Carter": ["Ben Carter", "ben carter", "Ben Carter "],
             "Carla Nunes": ["Carla Nunes", "carla nunes", "Carla Nunes"],
             "Dev Patel": ["Dev Patel", "dev patel ", "DEV PATEL"]}
    slots = [  # weekday, time, pool, level, instructor, roster range
        (0, "16:00", "teaching", "beginner", "Ana Ruiz", (4, 6)),
        (0, "17:00", "main", "intermediate", "Ben Carter", (5, 7)),
        (2, "16:30", "teaching", "beginner", "Carla Nunes", (4, 6)),
        (2, "18:00", "main", "advanced", "Ben Carter", (4, 6)),
        (3, "19:00", "main", "adult", "Dev Patel", (5, 8)),
        (5, "09:00", "teaching", "beginner", "Ana Ruiz", (5, 6)),
        (5, "10:00", "main", "intermediate", "Dev Patel", (5, 7)),
        (5, "11:00", "main", "adult", "Carla Nunes", (3, 6)),
    ]
    price = {"beginner": 12.0, "intermediate": 13.5, "advanced": 15.0, "adult": 16.0}
    age_rng = {"beginner": (4, 7), "intermediate": (7, 10), "advanced": (9, 14), "adult": (18, 66)}
    swimmers = {}
    sid_n = [0]

    def new_swimmer(level):
        sid_n[0] += 1
        sid = f"S{sid_n[0]:04d}"
        swimmers[sid] = {"age": R.randint(*age_rng[level]), "member": R.random() < 0.4,
                         "rel": R.uniform(0.65, 0.97)}
        return sid

    notes_pool = ["needs goggles", "great progress on backstroke", "nervous in deep end", "parent asked about badges",
                  "moved up a group", "left early", "ear infection", "ready for next level", "kicking improving",
                  "forgot kit"]
    start = dt.date(2024, 1, 8)
    end = dt.date(2025, 3, 28)
    holiday_weeks = {dt.date(2024, 4, 1), dt.date(2024, 7, 29), dt.date(2024, 8, 5), dt.date(2024, 8, 12),
                     dt.date(2024, 12, 23), dt.date(2024, 12, 30)}
    rows = []
    rid = 1000
    rosters = {}
    wk = start
    term_len = 10
    week_i = 0
    while wk <= end:
        if week_i % term_len == 0:
            for i, s in enumerate(slots):
                lvl = s[3]
                old = rosters.get(i, [])
                keep = [x for x in old if R.random() < 0.7]
                target = R.randint(*s[5])
                while len(keep) < target:
                    keep.append(new_swimmer(lvl))
                rosters[i] = keep[:target]
        week_i += 1
        if wk in holiday_weeks:
            wk += dt.timedelta(days=7)
            continue
        temps = {}
        for i, (wd, tm, pool, lvl, ins, _r) in enumerate(slots):
            day = wk + dt.timedelta(days=wd)
            if day > end:
                continue
            if R.random() < 0.03:  # cancelled session, no rows
                continue
            key = (day, pool)
            if key not in temps:
                temps[key] = round(R.uniform(*pools[pool][2]), 1)
            p = price[lvl] + (1.0 if day.year == 2025 else 0.0)
            for sid in rosters[i]:
                sw = swimmers[sid]
                att = R.random() < sw["rel"]
                pr = round(p * 0.8, 2) if sw["member"] else p
                rid += 1
                rows.append({
                    "record_id": rid,
                    "Lesson Date": day.isoformat(),
                    "startTime": tm,
                    "Pool": pick(pools[pool][0]),
                    "pool_lanes": pools[pool][1],
                    "Level": pick(levels[lvl]),
                    "instructor": pick(instr[ins]),
                    "swimmer_id": sid,
                    "Swimmer Age (yrs)": sw["age"],
                    "Attended": flag(att, 0.25),
                    "Price (USD)": f"{pr:.2f}",
                    "Member?": flag(sw["member"], 0.3),
                    "water_temp_c": "" if R.random() < 0.02 else temps[key],
                    "makeupLesson": yes_word() if R.random() < 0.05 else pick(["", "", "N", "no"]),
                    "Instructor Notes": pick(notes_pool) if R.random() < 0.15 else "",
                })
            if R.random() < 0.05:  # one-off make-up attendee
                sid = pick([s for r_ in rosters.values() for s in r_])
                sw = swimmers[sid]
                rid += 1
                rows.append({
                    "record_id": rid, "Lesson Date": day.isoformat(), "startTime": tm,
                    "Pool": pick(pools[pool][0]), "pool_lanes": pools[pool][1], "Level": pick(levels[lvl]),
                    "instructor": pick(instr[ins]), "swimmer_id": sid, "Swimmer Age (yrs)": sw["age"],
                    "Attended": yes_word(), "Price (USD)": "0.00", "Member?": flag(sw["member"], 0.3),
                    "water_temp_c": temps[key], "makeupLesson": yes_word(), "Instructor Notes": "make-up slot",
                })
        wk += dt.timedelta(days=7)
    cols = list(rows[0].keys())
    with open(os.path.join(OUT, "swim_lesson_register.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


# ---------------------------------------------------------------- 3. cinema concessions
def make_cinema():
    screens = {1: 220, 2: 180, 3: 120, 4: 120, 5: 80, 6: 60}
    films = [  # title, start, end, popularity
        ("Midnight Harbor", dt.date(2024, 1, 1), dt.date(2024, 2, 25), 5),
        ("The Paper Kingdom", dt.date(2024, 1, 1), dt.date(2024, 3, 10), 3),
        ("Orbit Nine", dt.date(2024, 1, 12), dt.date(2024, 4, 14), 6),
        ("Little Lantern", dt.date(2024, 2, 9), dt.date(2024, 4, 28), 4),
        ("Salt and Iron", dt.date(2024, 2, 23), dt.date(2024, 4, 7), 2),
        ("Velvet Heist", dt.date(2024, 3, 15), dt.date(2024, 6, 2), 5),
        ("The Quiet Field", dt.date(2024, 4, 5), dt.date(2024, 6, 30), 2),
        ("Dragon Market", dt.date(2024, 4, 26), dt.date(2024, 6, 30), 7),
        ("Cold Summit", dt.date(2024, 5, 17), dt.date(2024, 6, 30), 3),
        ("Paper Moons", dt.date(2024, 6, 7), dt.date(2024, 6, 30), 4),
    ]
    cat_sp = {"popcorn": ["Popcorn", "POPCORN", "popcorn ", "Popcorn"],
              "drinks": ["Soft Drinks", "soda", "Drinks", "soft drinks", "Soft Drinks"],
              "candy": ["Candy", "sweets", "CANDY", "Sweets"],
              "hot food": ["Hot Food", "hot snacks", "HOT FOOD", "Hot Food"],
              "ice cream": ["Ice Cream", "icecream", "ice cream "]}
    items = [("popcorn", "Small Popcorn", 4.50, 3), ("popcorn", "Medium Popcorn", 5.75, 4),
             ("popcorn", "Large Popcorn", 6.95, 5), ("drinks", "Small Soda", 3.20, 4),
             ("drinks", "Large Soda", 4.10, 5), ("drinks", "Bottled Water", 2.50, 3),
             ("candy", "Chocolate Bar", 2.80, 3), ("candy", "Gummy Bears", 3.00, 2),
             ("hot food", "Hot Dog", 5.50, 2), ("hot food", "Nachos", 6.25, 3),
             ("ice cream", "Ice Cream Tub", 4.40, 2)]
    pay_sp = {"card": ["Card", "card", "CARD", "Debit Card"], "cash": ["Cash", "cash", "CASH "],
              "contactless": ["Contactless", "tap", "Apple Pay", "contactless"]}
    staff = ["Jordan", "Priya", "Tomasz", "Keisha", "Luca", "Mei"]
    rows = []
    line = 0
    txn = 100000
    d = dt.date(2024, 1, 1)
    while d <= dt.date(2024, 6, 30):
        weekend = d.weekday() >= 4
        ntx = R.randint(8, 13) if weekend else R.randint(3, 7)
        showing = [f for f in films if f[1] <= d <= f[2]]
        for _ in range(ntx):
            txn += 1
            film = R.choices(showing, [f[3] for f in showing])[0]
            scr = (films.index(film) % 6) + 1
            hour = R.choices(range(12, 22), [1, 1, 2, 2, 3, 3, 4, 5, 5, 3])[0]
            ts = dt.datetime(d.year, d.month, d.day, hour, R.randint(0, 59), R.randint(0, 59))
            loyal = R.random() < 0.35
            combo = R.random() < 0.2
            pay = R.choices(["card", "cash", "contactless"], [5, 2, 4])[0]
            op = R.choices(staff, [6, 5, 4, 4, 3, 2])[0]
            nl = R.choices([1, 2, 3, 4], [4, 4, 2, 1])[0]
            for it in R.sample(items, nl) if not combo else [items[2], items[4]] + ([items[6]] if R.random() < 0.4 else []):
                line += 1
                price = it[2]
                if it[1] == "Large Popcorn" and d >= dt.date(2024, 4, 1):
                    price = 7.25
                qty = R.choices([1, 2, 3, 4], [10, 4, 1, 0.5])[0]
                if combo:
                    disc = 15
                elif loyal:
                    disc = 10
                else:
                    disc = 0
                disc_s = "" if disc == 0 and R.random() < 0.5 else disc
                rows.append({
                    "line_id": line,
                    "TxnID": f"T{txn}",
                    "Sold At": ts.strftime("%Y-%m-%d %H:%M:%S"),
                    "screen_no": scr,
                    "Screen Capacity (seats)": screens[scr],
                    "Film Title": film[0] if R.random() > 0.1 else pick([film[0].upper(), film[0] + " ", film[0].lower()]),
                    "category": pick(cat_sp[it[0]]),
                    "itemName": it[1],
                    "qty": qty,
                    "Unit Price (USD)": f"{price:.2f}",
                    "discount_pct": disc_s,
                    "paymentMethod": pick(pay_sp[pay]),
                    "Loyalty Member": flag(loyal, 0.3),
                    "combo_deal": flag(combo, 0.5),
                    "till_operator": op,
                })
        d += dt.timedelta(days=1)
    cols = list(rows[0].keys())
    with open(os.path.join(OUT, "cinema_concessions.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


# ---------------------------------------------------------------- 4. piano tuning visits (JSON)
def make_piano():
    makes = {"yamaha": ["Yamaha", "yamaha", "YAMAHA"], "steinway": ["Steinway", "Steinway & Sons", "steinway"],
             "kawai": ["Kawai", "kawai ", "KAWAI"], "bechstein": ["Bechstein", "bechstein", "C. Bechstein"],
             "baldwin": ["Baldwin", "baldwin"], "broadwood": ["Broadwood", "John Broadwood & Sons", "broadwood "]}
    make_w = {"yamaha": 8, "steinway": 3, "kawai": 5, "bechstein": 2, "baldwin": 2, "broadwood": 3}
    styles = {"upright": ["Upright", "upright", "UPRIGHT", "upright "], "grand": ["Grand", "grand", "GRAND"],
              "baby grand": ["Baby Grand", "baby grand", "Baby grand"]}
    segs = {"home": ["Home", "home", "Residential", "HOME"], "school": ["School", "SCHOOL", "school "],
            "church": ["Church", "church", "Place of Worship"], "venue": ["Venue", "Concert Hall", "venue", "Hotel/Venue"]}
    towns = {"bath": ["Bath", "bath", "BATH "], "bristol": ["Bristol", "bristol", "Bristol "],
             "frome": ["Frome", "frome"], "wells": ["Wells", "wells", "WELLS"], "trowbridge": ["Trowbridge", "trowbridge "]}
    town_mi = {"bath": 4, "bristol": 14, "frome": 11, "wells": 20, "trowbridge": 9}
    tuners = ["Harriet Cole", "Samuel Okoro", "Ines Duarte"]
    svc = {"tuning": ["Standard Tuning", "tuning", "Tuning ", "TUNING"],
           "pitch raise": ["Pitch Raise", "pitch raise", "Pitch-Raise"],
           "repair": ["Repair", "repair", "REPAIR "], "regulation": ["Regulation", "regulation"]}
    svc_fee = {"tuning": 85.0, "pitch raise": 120.0, "repair": 95.0, "regulation": 160.0}
    svc_min = {"tuning": (60, 100), "pitch raise": (100, 150), "repair": (45, 180), "regulation": (180, 300)}
    first = ["Alice", "Tom", "Grace", "Oliver", "Ruth", "Hamid", "Sofia", "James", "Nina", "Peter", "Maya", "Ed",
             "Clara", "Yusuf", "Beth", "Leon"]
    last = ["Hughes", "Price", "Ward", "Khan", "Morgan", "Evans", "Bell", "Foster", "Reid", "Lloyd", "Shaw", "Hart"]
    custs = []
    pid = 0
    for c in range(1, 131):
        seg = R.choices(list(segs), [14, 3, 2, 2])[0]
        town = R.choices(list(towns), [6, 5, 3, 2, 2])[0]
        if seg == "home":
            name = f"{pick(first)} {pick(last)}"
        else:
            name = f"{town.title()} {pick(['St Marys', 'Abbey', 'Grammar', 'Assembly Rooms', 'Hall', 'Academy', 'Chapel'])} {c}"
        pianos = []
        for _ in range(1 if seg == "home" else R.choice([1, 2, 2, 3])):
            pid += 1
            style = R.choices(list(styles), [7, 2, 2] if seg == "home" else [3, 4, 1])[0]
            pianos.append({"piano_id": f"P{pid:04d}", "make": R.choices(list(make_w), list(make_w.values()))[0],
                           "style": style, "year_built": R.randint(1905, 2021)})
        custs.append({"id": f"C{c:03d}", "name": name, "seg": seg, "town": town, "pianos": pianos,
                      "freq": 2 if seg != "home" else R.choice([1, 1, 2])})
    notes_pool = ["sticky key F#5", "loose tuning pins", "damp room, advised dehumidifier", "replaced broken string",
                  "customer wants quote for regulation", "pedal squeak fixed", "hammers worn", "cat hair in action",
                  "pitch very low, second visit advised", "access via side door"]
    visits = []
    for cu in custs:
        for p in cu["pianos"]:
            d = dt.date(2023, 1, 2) + dt.timedelta(days=R.randint(0, 120))
            while d <= dt.date(2024, 12, 20):
                visits.append((d, cu, p))
                gap = 365 // cu["freq"] + R.randint(-40, 40)
                if cu["seg"] != "home":
                    gap = R.randint(60, 130)
                d += dt.timedelta(days=gap)
    visits.sort(key=lambda x: (x[0], x[1]["id"], x[2]["piano_id"]))
    out = []
    for i, (d, cu, p) in enumerate(visits, 1):
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        s = R.choices(list(svc), [70, 12, 13, 5])[0]
        start = dt.datetime(d.year, d.month, d.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        dur = R.randint(*svc_min[s])
        fin = start + dt.timedelta(minutes=dur)
        miles = round(town_mi[cu["town"]] * R.uniform(0.7, 1.3), 1)
        amount = svc_fee[s] + (25.0 if p["style"] != "upright" else 0.0) + (5.0 if d.year == 2024 else 0.0)
        if s == "repair":
            amount += R.choice([20, 35, 50, 80])
        travel = round(max(0.0, miles - 10) * 0.45, 2)
        a4 = round(R.uniform(438.0, 440.5) if s != "pitch raise" else R.uniform(430.0, 436.5), 1)
        paid = R.random() < 0.93
        tuner = pick(tuners) if R.random() < 0.85 else tuners[int(cu["id"][1:]) % 3]
        rec = {
            "visit_id": f"PT-{i:04d}",
            "scheduled_start": start.strftime("%Y-%m-%dT%H:%M:%S"),
            "finished_at": None if R.random() < 0.03 else fin.strftime("%Y-%m-%d %H:%M:%S"),
            "tuner": tuner,
            "service": pick(svc[s]),
            "town": pick(towns[cu["town"]]),
            "customer": {"customer_id": cu["id"], "name": cu["name"], "segment": pick(segs[cu["seg"]])},
            "piano": {"piano_id": p["piano_id"], "make": pick(makes[p["make"]]), "style": pick(styles[p["style"]]),
                      "year_built": p["year_built"]},
            "fee": {"amount_gbp": amount, "travel_surcharge_gbp": travel, "currency": "GBP"},
            "travel_miles": miles,
            "a4_before_hz": a4 if R.random() > 0.05 else None,
            "humidity_pct": R.randint(35, 72),
            "paid": (yes_word() if paid else pick(["N", "no", "No", "false", ""])) if R.random() > 0.04 else None,
            "follow_up": s in ("repair", "pitch raise") and R.random() < 0.6 or R.random() < 0.05,
            "rating": R.choice([3, 4, 4, 5, 5, 5]) if R.random() < 0.6 else None,
            "notes": pick(notes_pool) if R.random() < 0.25 else "",
        }
        out.append(rec)
    with open(os.path.join(OUT, "piano_tuning_visits.json"), "w") as f:
        json.dump(out, f, indent=1)
    return len(out), len(out[0])


if __name__ == "__main__":
    for fn, name in [(make_market, "market_stall_rentals.csv"), (make_swim, "swim_lesson_register.csv"),
                     (make_cinema, "cinema_concessions.csv"), (make_piano, "piano_tuning_visits.json")]:
        r, c = fn()
        print(f"{name}: {r} rows x {c} columns")
