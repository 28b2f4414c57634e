#!/usr/bin/env python3
"""Writes the four heldout34 data files next to this script.

Standard library only; one random.Random(20270301) drives everything, files are
generated in a fixed order, so every run writes the same bytes.

  window_cleaning_jobs.csv      (snake_case export, TOTAL line at the end)
  tattoo_appointments.csv       (Title Case with spaces, units in parentheses, '?' flags)
  food_bank_parcels.csv         (camelCase export)
  skate_hire.json               (JSON array, nested objects, nulls)
"""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20270301)

START = date(2023, 1, 1)
END = date(2024, 12, 31)
ALL_DAYS = [START + timedelta(days=i) for i in range((END - START).days + 1)]

YES_WORDS = ["Y", "yes", "TRUE", "1", "Yes", "y"]
NO_WORDS = ["N", "no", "0", "FALSE", "No", "n"]


def flag(value, blank_rate=0.04):
    """Render a yes/no flag the way a messy export would."""
    if rng.random() < blank_rate:
        return ""
    return rng.choice(YES_WORDS) if value else rng.choice(NO_WORDS)


def variant(options, main_weight=6):
    """First option is the canonical spelling and the most common."""
    weights = [main_weight] + [1] * (len(options) - 1)
    return rng.choices(options, weights=weights)[0]


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def money(x):
    return f"${x:,.2f}"


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 1. Window cleaning jobs (Clearview Window Co.)
# ---------------------------------------------------------------------------
def make_window_cleaning():
    cleaners = [
        # id, canonical, variants, active from, active to, weight
        ("C01", "Dave Kowalski", ["Dave Kowalski", "David Kowalski", "D. Kowalski"], date(2023, 1, 1), date(2024, 12, 31), 10),
        ("C02", "José Marín", ["José Marín", "Jose Marin", "J. Marin", "jose marin"], date(2023, 1, 1), date(2024, 12, 31), 9),
        ("C03", "Priya Natarajan", ["Priya Natarajan", "Priya N."], date(2023, 1, 1), date(2024, 12, 31), 7),
        ("C04", "Tom Becker", ["Tom Becker", "Tommy Becker"], date(2023, 1, 1), date(2024, 2, 29), 8),
        ("C05", "Renée Dubois", ["Renée Dubois", "Renee Dubois"], date(2023, 4, 1), date(2024, 12, 31), 6),
        ("C06", "Marcus Hill", ["Marcus Hill"], date(2023, 1, 1), date(2024, 12, 31), 5),
        ("C07", "Ana Lucía Ortega", ["Ana Lucía Ortega", "Ana Lucia Ortega", "Ana Ortega"], date(2024, 5, 1), date(2024, 12, 31), 8),
    ]
    rounds = [
        # canonical, variants, households on the round, weight, property mix (House, Flat, Shop, Office)
        ("North Round", ["North Round", "north round", "Nth Round", "North"], 142, 30, [70, 22, 5, 3]),
        ("Riverside", ["Riverside", "Riverside ", "riverside", "RIVERSIDE"], 96, 22, [35, 50, 8, 7]),
        ("Old Town", ["Old Town", "old town", "OLD TOWN", "Oldtown"], 188, 28, [20, 25, 33, 22]),
        ("Hillcrest", ["Hillcrest", "Hill Crest", "hillcrest "], 121, 20, [80, 12, 5, 3]),
    ]
    ptypes = [
        ("House", ["House", "house", "HOUSE"], (6, 28), 1.50),
        ("Flat", ["Flat", "flat", "Apartment", "apt"], (2, 9), 2.00),
        ("Shop", ["Shop", "shop", "Storefront"], (4, 22), 1.75),
        ("Office", ["Office", "office ", "Offices"], (12, 60), 1.60),
    ]
    weather_words = {
        "Sunny": ["Sunny", "sunny", "Clear"],
        "Cloudy": ["Cloudy", "cloudy", "Overcast"],
        "Rain": ["Rain", "rain", "Rainy", "RAIN"],
        "Windy": ["Windy", "windy"],
    }
    methods = [
        ("Cash", ["Cash", "cash", "CASH"], 30),
        ("Card", ["Card", "card", "Credit card", "credit card"], 45),
        ("Bank transfer", ["Bank transfer", "bank transfer", "Transfer", "bank xfer"], 25),
    ]
    month_w = {1: 5, 2: 6, 3: 8, 4: 10, 5: 11, 6: 12, 7: 12, 8: 11, 9: 10, 10: 9, 11: 7, 12: 4}
    work_days = [d for d in ALL_DAYS if d.weekday() != 6]
    day_w = [month_w[d.month] * (0.7 if d.weekday() == 5 else 1.0) for d in work_days]
    day_weather = {}
    for d in work_days:
        rain_p = 0.35 if d.month in (10, 11, 12, 1, 2, 3) else 0.18
        r = rng.random()
        if r < rain_p:
            day_weather[d] = "Rain"
        elif r < rain_p + 0.1:
            day_weather[d] = "Windy"
        elif r < rain_p + 0.45:
            day_weather[d] = "Cloudy"
        else:
            day_weather[d] = "Sunny"

    jobs = []
    for _ in range(1460):
        d = rng.choices(work_days, weights=day_w)[0]
        rnd = rng.choices(rounds, weights=[r[3] for r in rounds])[0]
        pt = rng.choices(ptypes, weights=rnd[4])[0]
        avail = [c for c in cleaners if c[3] <= d <= c[4]]
        cl = rng.choices(avail, weights=[c[5] for c in avail])[0]
        windows = rng.randint(*pt[2])
        start = rng.randrange(7 * 60 + 30, 16 * 60 + 31, 5)
        speed = {"Old Town": 1.9, "Riverside": 1.6, "North Round": 1.5, "Hillcrest": 1.45}[rnd[0]]
        dur = max(8, round(6 + windows * speed * rng.uniform(0.85, 1.2) + rng.gauss(0, 3)))
        finish = "" if rng.random() < 0.02 else hhmm(start + dur)
        price = 8 + windows * pt[3] * rng.uniform(0.95, 1.1)
        if d.year == 2024:
            price *= 1.05
        price = round(price * 2) / 2
        price_txt = "" if rng.random() < 0.03 else money(price)
        recent = d >= date(2024, 12, 1)
        paid = rng.random() < (0.45 if recent else 0.9)
        method = rng.choices(methods, weights=[m[2] for m in methods])[0]
        tip = "" if rng.random() < 0.02 else rng.choices([0, 5, 10, 15, 20], weights=[62, 14, 13, 7, 4])[0]
        wx = day_weather[d]
        jobs.append([d, start, finish, cl, rnd, pt, windows, price, price_txt, paid, method, tip, wx])

    jobs.sort(key=lambda j: (j[0], j[1], j[3][0]))
    rows = []
    tot_windows = 0
    tot_price = 0.0
    for i, (d, start, finish, cl, rnd, pt, windows, price, price_txt, paid, method, tip, wx) in enumerate(jobs):
        tot_windows += windows
        if price_txt:
            tot_price += price
        rows.append([
            f"WC-{10001 + i}", d.isoformat(), hhmm(start), finish, cl[0], variant(cl[2]),
            variant(rnd[1]), rnd[2], variant(pt[1]), windows, price_txt,
            flag(paid), variant(method[1]), tip, variant(weather_words[wx]),
        ])
    rows.append(["TOTAL", "", "", "", "", "", "", "", "", tot_windows, money(tot_price), "", "", "", ""])
    header = ["job_id", "job_date", "start_time", "finish_time", "cleaner_id", "cleaner_name",
              "round_name", "round_households", "property_type", "windows", "price", "paid",
              "pay_method", "tip_pct", "weather"]
    write_csv("window_cleaning_jobs.csv", header, rows)


# ---------------------------------------------------------------------------
# 2. Tattoo studio appointments (Ironleaf Tattoo Collective)
# ---------------------------------------------------------------------------
def make_tattoo():
    studios = [
        ("Downtown", ["Downtown", "downtown", "DT"], 6, 45),
        ("Eastside", ["Eastside", "East Side", "eastside"], 4, 33),
        ("Harbor", ["Harbor", "Harbour", "harbor "], 3, 22),
    ]
    artists = [
        # canonical, variants, home studio, hourly rate, style weights (Trad, Fine, Black, Real, Jap, Letter)
        ("Mara Köhler", ["Mara Köhler", "Mara Kohler", "Mara K."], "Downtown", 180, [10, 30, 20, 25, 5, 10]),
        ("Dimitri Novak", ["Dimitri Novak", "Dim Novak", "Dimitri 'Dim' Novak"], "Downtown", 150, [35, 5, 30, 5, 20, 5]),
        ("Jonah Pérez", ["Jonah Pérez", "Jonah Perez"], "Downtown", 140, [25, 20, 10, 10, 5, 30]),
        ("Aiyana Redcloud", ["Aiyana Redcloud", "Aiyana R."], "Eastside", 160, [10, 35, 25, 10, 5, 15]),
        ("Kenji Watanabe", ["Kenji Watanabe", "Kenji W."], "Eastside", 200, [5, 5, 15, 15, 55, 5]),
        ("Saoirse Byrne", ["Saoirse Byrne", "Saoirse B"], "Harbor", 130, [40, 15, 20, 5, 5, 15]),
        ("Lotte de Vries", ["Lotte de Vries", "Lotte De Vries"], "Harbor", 145, [10, 30, 15, 30, 5, 10]),
    ]
    styles = [
        ("Traditional", ["Traditional", "trad", "Trad", "American Traditional"], (2, 4), 0),
        ("Fine Line", ["Fine Line", "fineline", "fine-line", "Fine line"], (1, 2), 0),
        ("Blackwork", ["Blackwork", "blackwork", "Black work"], (2, 5), 10),
        ("Realism", ["Realism", "realism", "Realistic"], (3, 6), 25),
        ("Japanese", ["Japanese", "japanese", "Irezumi"], (3, 6), 20),
        ("Lettering", ["Lettering", "Script", "script"], (1, 2), 0),
    ]
    placements = [("Forearm", 25), ("Upper Arm", 18), ("Leg", 14), ("Back", 10), ("Chest", 9),
                  ("Ribs", 8), ("Hand", 6), ("Neck", 3)]
    statuses = {
        "Completed": ["Completed", "completed", "Done", "done"],
        "No-show": ["No-show", "No show", "no show", "NS"],
        "Cancelled": ["Cancelled", "Canceled", "cancelled", "Cxl"],
    }
    clients = [f"CL{1000 + i}" for i in range(640)]
    client_w = [1 / (k + 1) ** 0.3 for k in range(len(clients))]
    rng.shuffle(clients)
    open_days = [d for d in ALL_DAYS if d.weekday() != 0]  # closed Mondays
    day_w = [1.6 if d.weekday() in (4, 5) else 1.0 for d in open_days]

    appts = []
    for _ in range(1720):
        d = rng.choices(open_days, weights=day_w)[0]
        studio = rng.choices(studios, weights=[s[3] for s in studios])[0]
        home = [a for a in artists if a[2] == studio[0]]
        if rng.random() < 0.1:
            art = rng.choice(artists)
        else:
            art = rng.choice(home)
        walk_in = rng.random() < 0.12
        if walk_in:
            st = rng.choices(styles, weights=[10, 40, 5, 0, 0, 45])[0]
        else:
            st = rng.choices(styles, weights=art[4])[0]
        lo, hi = st[2]
        hours = rng.randrange(lo * 2, hi * 2 + 1) / 2
        hour_w = {11: 8, 12: 10, 13: 11, 14: 12, 15: 11, 16: 10, 17: 9, 18: 8, 19: 6, 20: 4}
        h = rng.choices(list(hour_w), weights=list(hour_w.values()))[0]
        start = h * 60 + rng.choice([0, 30])
        while start + hours * 60 > 23 * 60:
            start -= 60
        pl = rng.choices(placements, weights=[p[1] for p in placements])[0][0]
        if rng.random() < 0.15:
            pl = pl.lower()
        ns_rate = 0.05 if d.year == 2023 else 0.09
        r = rng.random()
        status = "No-show" if r < ns_rate else ("Cancelled" if r < ns_rate + 0.1 else "Completed")
        if walk_in:
            status = "Completed" if rng.random() < 0.97 else "Cancelled"
        disc = rng.choices([0, 10, 15, 20, 50], weights=[75, 12, 6, 5, 2])[0]
        if status == "Completed":
            end = start + int(hours * 60) + rng.choice([-15, -10, -5, 0, 0, 5, 10, 15, 20])
            end_txt = hhmm(end)
            price = (art[3] * hours + st[3] * hours) * (1 - disc / 100) * rng.uniform(0.95, 1.08)
            if d.year == 2024:
                price *= 1.06
            price = round(price / 5) * 5
            price_txt = "" if rng.random() < 0.02 else money(price)
        else:
            end_txt = ""
            price_txt = ""
        if walk_in:
            deposit = ""
            dep_paid = False
        else:
            deposit = 50 if hours <= 2 else 100
            dep_paid = rng.random() < 0.87
        client = rng.choices(clients, weights=client_w)[0]
        appts.append([d, start, end_txt, art, studio, st, pl, price_txt, deposit, dep_paid, walk_in, disc, status, client])

    appts.sort(key=lambda a: (a[0], a[1], a[4][0], a[3][0]))
    rows = []
    for i, (d, start, end_txt, art, studio, st, pl, price_txt, deposit, dep_paid, walk_in, disc, status, client) in enumerate(appts):
        rows.append([
            f"INK-{23001 + i}", client, d.isoformat(), hhmm(start), end_txt, variant(art[1]),
            variant(studio[1]), studio[2], variant(st[1]), pl, price_txt, deposit,
            flag(dep_paid, 0.05), flag(walk_in, 0.06), disc, variant(statuses[status]),
        ])
    header = ["Booking Ref", "Client ID", "Appointment Date", "Start Time", "End Time", "Artist",
              "Studio", "Studio Chairs", "Style", "Placement", "Price (USD)", "Deposit (USD)",
              "Deposit Paid?", "Walk-in?", "Discount (%)", "Status"]
    write_csv("tattoo_appointments.csv", header, rows)


# ---------------------------------------------------------------------------
# 3. Food bank parcels (Eastbrook Community Food Bank)
# ---------------------------------------------------------------------------
def make_food_bank():
    points = [
        ("St Mark's Hall", ["St Mark's Hall", "St Marks Hall", "St. Mark's"], 18.5, 40),
        ("Community Centre", ["Community Centre", "Community Center", "community centre"], 32.0, 38),
        ("Elm Street Chapel", ["Elm Street Chapel", "Elm St Chapel", "elm street chapel"], 12.0, 22),
    ]
    agencies = [
        ("Citizens Advice", ["Citizens Advice", "citizens advice", "CAB", "Citizens Advice Bureau"], 30),
        ("Social Services", ["Social Services", "social svcs", "Soc Services"], 22),
        ("School", ["School", "school", "Schools"], 14),
        ("GP Surgery", ["GP Surgery", "GP", "gp surgery"], 18),
        ("Self-referral", ["Self-referral", "self referral", "Self"], 16),
    ]
    ptypes = {
        "Standard": (["Standard", "standard", "std", "STANDARD"], (12, 20)),
        "Family": (["Family", "family", "Family "], (22, 38)),
        "Baby": (["Baby", "baby", "Infant"], (10, 18)),
        "Dietary": (["Dietary", "dietary", "Special diet", "special diet "], (10, 18)),
    }
    volunteers = [
        ("Zoë Adams", ["Zoë Adams", "Zoe Adams", "zoe adams", "Z. Adams"], 14),
        ("Bartłomiej Nowak", ["Bartłomiej Nowak", "Bartek Nowak", "Bart Nowak"], 12),
        ("Margaret O'Neill", ["Margaret O'Neill", "Maggie O'Neill", "Margaret ONeill"], 11),
        ("Sunil Perera", ["Sunil Perera"], 9),
        ("Hannah Fischer", ["Hannah Fischer", "Hanna Fischer"], 8),
        ("Kwame Mensah", ["Kwame Mensah"], 7),
        ("Inês Carvalho", ["Inês Carvalho", "Ines Carvalho"], 6),
    ]
    open_days = [d for d in ALL_DAYS if d.weekday() in (0, 2, 3, 4, 5)]
    open_set = set(open_days)
    hour_w = {9: 6, 10: 12, 11: 19, 12: 13, 13: 10, 14: 11, 15: 9, 16: 8, 17: 6, 18: 4}

    households = []
    for k in range(520):
        size = rng.choices(range(1, 9), weights=[25, 22, 18, 15, 10, 6, 3, 1])[0]
        join = rng.choice(ALL_DAYS[:-20])
        households.append({
            "id": f"HH-{4001 + k}", "size": size, "join": join,
            "point": rng.choices(points, weights=[p[3] for p in points])[0],
            "agency": rng.choices(agencies, weights=[a[2] for a in agencies])[0],
            "visits": min(14, 1 + int(rng.expovariate(1 / 3.6))),
            "baby": rng.random() < 0.12, "diet": rng.random() < 0.1,
        })

    parcels = []
    for hh in households:
        d = hh["join"]
        for v in range(hh["visits"]):
            options = [d + timedelta(days=k) for k in range(7) if d + timedelta(days=k) in open_set]
            if not options:
                break
            d = rng.choice(options)
            parcels.append((hh, d, v == 0))
            d = d + timedelta(days=rng.randint(7, 45))

    out = []
    for hh, d, first in parcels:
        if hh["baby"] and rng.random() < 0.7:
            pt = "Baby"
        elif hh["diet"] and rng.random() < 0.8:
            pt = "Dietary"
        elif hh["size"] >= 4:
            pt = "Family"
        else:
            pt = "Standard"
        items = rng.randint(*ptypes[pt][1])
        weight = round(items * rng.uniform(0.45, 0.7), 1)
        value = "" if rng.random() < 0.07 else f"{items * rng.uniform(1.8, 2.6):.2f}"
        h = rng.choices(list(hour_w), weights=list(hour_w.values()))[0]
        collected = datetime(d.year, d.month, d.day, h, rng.randrange(0, 60))
        if rng.random() < 0.4:
            prev = d - timedelta(days=1)
            packed = datetime(prev.year, prev.month, prev.day, rng.randint(13, 17), rng.randrange(0, 60))
        else:
            packed = collected - timedelta(minutes=rng.randint(30, 180))
            if packed.hour < 8:
                packed = datetime(d.year, d.month, d.day, 8, rng.randrange(0, 20))
        point = hh["point"] if rng.random() < 0.85 else rng.choice(points)
        agency = hh["agency"] if rng.random() < 0.9 else rng.choice(agencies)
        vol = rng.choices(volunteers, weights=[v[2] for v in volunteers])[0]
        out.append([collected, packed, hh, agency, pt, items, weight, value, vol, point, first,
                    rng.random() < 0.09])

    out.sort(key=lambda r: (r[0], r[2]["id"]))
    rows = []
    for i, (collected, packed, hh, agency, pt, items, weight, value, vol, point, first, home) in enumerate(out):
        rows.append([
            200001 + i, packed.isoformat(), collected.isoformat(), hh["id"], hh["size"],
            variant(agency[1]), variant(ptypes[pt][0]), items, f"{weight:.1f}", value,
            variant(vol[1]), variant(point[1]), point[2], flag(first, 0.05), flag(home, 0.06),
        ])
    header = ["parcelId", "packedAt", "collectedAt", "householdId", "householdSize", "referralAgency",
              "parcelType", "itemsCount", "weightKg", "estValueGbp", "packedBy", "distributionPoint",
              "pointStorageM3", "firstVisit", "homeDelivery"]
    write_csv("food_bank_parcels.csv", header, rows)


# ---------------------------------------------------------------------------
# 4. Ice rink skate hire (Polar Point Ice Arena) -> JSON
# ---------------------------------------------------------------------------
def make_skate_hire():
    rinks = {
        "Main Rink": (["Main Rink", "main", "Main"], 400),
        "Studio Rink": (["Studio Rink", "studio", "Studio rink"], 120),
        "Outdoor Rink": (["Outdoor Rink", "outdoor", "Outdoor rink"], 250),
    }
    stypes = {
        "Public": ["Public", "public", "Public Skate"],
        "Disco": ["Disco", "Ice Disco", "disco"],
        "Family": ["Family", "Family Session", "family"],
    }
    segments = {
        "Adult": (["Adult", "adult", "ADULT"], 9.5),
        "Child": (["Child", "child", "Kids", "Junior"], 6.5),
        "Student": (["Student", "student", "Uni"], 7.5),
        "Senior": (["Senior", "senior", "OAP", "65+"], 6.0),
    }
    staff = [
        ("ST01", ["Siobhán Ní Bhriain", "Siobhan Ni Bhriain", "Siobhan N."], 12),
        ("ST02", ["Lukas Brandt", "Lukas B."], 10),
        ("ST03", ["Maëlle Girard", "Maelle Girard"], 9),
        ("ST04", ["Tomasz Zieliński", "Tomasz Zielinski", "Tom Z."], 8),
        ("ST05", ["Amara Okafor"], 6),
    ]
    first = ["Liam", "Emma", "Noah", "Mia", "Lucas", "Sofia", "Finn", "Lena", "Jonas", "Clara", "Elias",
             "Hanna", "Mateo", "Ava", "Oskar", "Nora", "Theo", "Ida", "Milan", "Zara", "Ruben", "Freya",
             "Arjun", "Yara", "Sven", "Chloé", "Dario", "Elif", "Gustav", "Maja", "Pieter", "Agnes", "Tobias", "Leila"]
    last = ["Jansen", "Müller", "Rossi", "Novak", "Peeters", "Larsen", "Silva", "Kowalczyk", "Byrne",
            "Dubois", "Andersen", "Costa", "Fischer", "Horvat", "Laine", "Moreau", "Nagy", "Okoro",
            "Quinn", "Schulz", "Tanaka", "Vidal", "Weber", "Yilmaz", "Zimmer"]
    names = [f"{a} {b}" for a in first for b in last]
    rng.shuffle(names)
    customers = []
    for k in range(820):
        seg = rng.choices(list(segments), weights=[40, 30, 18, 12])[0]
        customers.append({"id": f"CU-{k + 1:04d}", "name": names[k], "segment": seg})
    cust_w = [1 / (k + 1) ** 0.3 for k in range(len(customers))]

    day_w = []
    for d in ALL_DAYS:
        w = {5: 2.3, 6: 1.8, 4: 1.3}.get(d.weekday(), 1.0)
        if d.month in (11, 12, 1, 2):
            w *= 1.5
        day_w.append(w)

    hires = []
    for _ in range(2150):
        d = rng.choices(ALL_DAYS, weights=day_w)[0]
        rink_opts = ["Main Rink", "Studio Rink"] + (["Outdoor Rink"] if d.month in (11, 12, 1, 2) else [])
        rink = rng.choices(rink_opts, weights=[55, 25, 30][:len(rink_opts)])[0]
        if rink == "Outdoor Rink":
            stype = "Public"
        elif rink == "Studio Rink":
            stype = "Family" if rng.random() < 0.7 else "Public"
        else:
            if d.weekday() in (4, 5) and rng.random() < 0.45:
                stype = "Disco"
            else:
                stype = rng.choices(["Public", "Family"], weights=[80, 20])[0]
        if stype == "Disco":
            st, ln = (19, 30), 120
        elif stype == "Family":
            st, ln = (10, 0), 60
        elif rink == "Outdoor Rink":
            st, ln = (16, 0), 120
        elif d.weekday() >= 5 and rng.random() < 0.5:
            st, ln = (10, 30), 120
        else:
            st, ln = (14, 0), 90
        s_start = datetime(d.year, d.month, d.day, st[0], st[1])
        s_end = s_start + timedelta(minutes=ln)
        cust = rng.choices(customers, weights=cust_w)[0]
        seg = cust["segment"]
        if seg == "Child":
            size = rng.randint(27, 37)
        else:
            size = min(47, max(35, round(rng.gauss(41, 2.6))))
        ktype = rng.choices(["figure", "hockey", "speed"], weights=[58, 37, 5])[0]
        base = segments[seg][1] + (0.5 if d.year == 2024 else 0.0)
        if stype == "Disco":
            base += 1.0
        r = rng.random()
        extras = None if r < 0.58 else rng.choice([1.5, 2.0, 3.5, 3.5, 5.5])
        helmet_p = 0.7 if seg == "Child" else 0.14
        helmet = None if rng.random() < 0.08 else (rng.random() < helmet_p)
        late = None if rng.random() < 0.1 else variant(YES_WORDS if rng.random() < 0.08 else NO_WORDS, 1)
        disc = rng.choices([0, 10, 20, 50], weights=[78, 10, 8, 4])[0]
        if rng.random() < 0.55:
            rating = None
        else:
            rw = {"Disco": [2, 4, 10, 30, 40], "Public": [4, 8, 20, 40, 28], "Family": [3, 6, 18, 38, 35]}[stype]
            rating = rng.choices([1, 2, 3, 4, 5], weights=rw)[0]
        stf = rng.choices(staff, weights=[s[2] for s in staff])[0]
        pay = rng.choices(["card", "Card", "cash", "Cash", "voucher", "Voucher", "gift card"],
                          weights=[40, 10, 18, 6, 8, 3, 3])[0]
        hires.append((s_start, s_end, d, rink, stype, cust, size, ktype, base, extras, helmet, late,
                      disc, rating, stf, pay))

    hires.sort(key=lambda h: (h[0], h[3], h[5]["id"]))
    records = []
    for i, (s_start, s_end, d, rink, stype, cust, size, ktype, base, extras, helmet, late,
            disc, rating, stf, pay) in enumerate(hires):
        records.append({
            "hireId": f"SH-{i + 1:05d}",
            "sessionDate": d.isoformat(),
            "session": {"type": variant(stypes[stype]), "start": s_start.isoformat(),
                        "end": s_end.isoformat()},
            "customer": {"id": cust["id"],
                         "name": None if rng.random() < 0.03 else cust["name"],
                         "segment": variant(segments[cust["segment"]][0])},
            "skate": {"size": size, "type": ktype},
            "price": {"base": base, "extras": extras, "currency": "EUR"},
            "helmet": helmet,
            "lateReturn": late,
            "rink": variant(rinks[rink][0]),
            "rinkCapacity": rinks[rink][1],
            "paidWith": pay,
            "discountPct": disc,
            "rating": rating,
            "staff": {"id": stf[0], "name": variant(stf[1])},
        })
    with open(os.path.join(HERE, "skate_hire.json"), "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    make_window_cleaning()
    make_tattoo()
    make_food_bank()
    make_skate_hire()
    print("wrote window_cleaning_jobs.csv, tattoo_appointments.csv, food_bank_parcels.csv, skate_hire.json")
