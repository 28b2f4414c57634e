#!/usr/bin/env python3
"""Writes the four synthetic exports of the heldout21 question set into data/ beside this script.

Standard library only, seeded: re-running it gives byte-identical files.
"""
import csv
import datetime as dt
import json
import os
import random

random.seed(20261221)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)


def messy(label, p_lower=0.15, p_upper=0.06, p_space=0.12):
    """A category value as a careless export writes it: odd case, odd trailing space."""
    s = label
    r = random.random()
    if r < p_lower:
        s = s.lower()
    elif r < p_lower + p_upper:
        s = s.upper()
    if random.random() < p_space:
        s = s + random.choice([" ", "  "])
    return s


def flag(value):
    """A yes/no flag in one of three spellings."""
    style = random.random()
    if style < 0.45:
        return "Y" if value else "N"
    if style < 0.75:
        return random.choice(["yes", "Yes"]) if value else random.choice(["no", "No"])
    return "TRUE" if value else "FALSE"


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def write_csv(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
    print(f"{name}: {len(rows)} rows x {len(header)} columns")


# ---------------------------------------------------------------------------
# 1. podcast_episodes.csv
# ---------------------------------------------------------------------------
def podcasts():
    shows = [
        # name, host, category, language, network, cadence_days, weekday, start, base_dl, explicit_p, followers, dur
        ("The Margin Call", "Dana Whitfield", "Business", "English", "Northwind Audio", 7, 0,
         dt.date(2022, 1, 3), 5200, 0.05, 48200, 52),
        ("Deep Field Notes", "Ravi Menon", "Science", "English", "Northwind Audio", 7, 2,
         dt.date(2022, 1, 5), 7400, 0.02, 71350, 44),
        ("Cocina Abierta", "Lucia Ferrer", "Food", "Spanish", "Casa Sonora", 14, 3,
         dt.date(2022, 1, 13), 2600, 0.10, 19870, 38),
        ("Night Shift Stories", "Marcus Hale", "True Crime", "English", "Lantern Media", 7, 4,
         dt.date(2022, 1, 7), 11800, 0.78, 126400, 63),
        ("Pixel & Pint", "Jo Tanaka", "Gaming", "English", "Lantern Media", 7, 1,
         dt.date(2023, 3, 7), 3900, 0.55, 30510, 71),
        ("Le Temps Long", "Camille Roy", "History", "French", "Casa Sonora", 14, 6,
         dt.date(2022, 1, 9), 3100, 0.03, 24990, 58),
        ("Small Bets", "Priya Nair", "Business", "English", "Northwind Audio", 7, 3,
         dt.date(2022, 2, 3), 4300, 0.08, 36720, 33),
        ("Trail Mix Radio", "Ben Okafor", "Outdoors", "English", "Independent", 14, 5,
         dt.date(2022, 1, 8), 1800, 0.04, 12640, 47),
        ("Quiet Hours", "Nora Lindgren", "Wellness", "English", "Independent", 7, 0,
         dt.date(2022, 6, 6), 2900, 0.01, 21480, 29),
    ]
    guest_hosts = ["Sam Ortiz", "Alex Brandt", "Nia Coleman", "Tom Rees"]
    guests = ["Dr. Helen Park", "Omar Siddiqui", "Grace Liu", "Mateo Alvarez", "Ingrid Solberg", "Kwame Asante",
              "Rachel Stein", "Yusuf Demir", "Elena Petrova", "Chris Doyle", "Aiko Mori", "Fatima Zahra",
              "Leo Moretti", "Sarah Kim", "Diego Rojas", "Hannah Vogel", "Raj Patel", "Olivia Brooks",
              "Pierre Duval", "Maya Singh", "Noah Fischer", "Zoe Adams", "Ibrahim Musa", "Clara Jensen"]
    sponsors = ["BrewBox", "Lumen VPN", "SquareNest", "Fieldgear", "Noted App", "Crisp Bank"]
    end = dt.date(2024, 12, 31)
    export_day = dt.date(2025, 1, 6)
    rows = []
    for (name, host, cat, lang, net, cadence, wd, start, base_dl, exp_p, followers, dur) in shows:
        d = start
        season_year = None
        ep_no = 0
        while d <= end:
            # the odd skipped week (holidays, host sick)
            if random.random() < 0.07:
                d += dt.timedelta(days=cadence)
                continue
            rel = d + dt.timedelta(days=random.choice([0, 0, 0, 0, 1, -1]))
            if rel > end:
                break
            kinds = ["full"]
            if random.random() < 0.06:
                kinds.append("bonus")
            for kind in kinds:
                if kind == "bonus":
                    rel2 = rel + dt.timedelta(days=random.randint(2, 4))
                    if rel2 > end:
                        continue
                else:
                    rel2 = rel
                if season_year != rel2.year:
                    season_year = rel2.year
                    ep_no = 0
                ep_no += 1
                season = rel2.year - start.year + 1
                years_in = (rel2 - dt.date(2022, 1, 1)).days / 365.0
                has_guest = random.random() < (0.40 if kind == "full" else 0.15)
                g = random.choice(guests) if has_guest else None
                if kind == "full":
                    minutes = max(12, int(random.gauss(dur, dur * 0.18)))
                else:
                    minutes = max(6, int(random.gauss(dur * 0.35, 4)))
                dl = base_dl * (1 + 0.22 * years_in) * random.lognormvariate(0, 0.28)
                if has_guest:
                    dl *= 1.25
                if kind == "bonus":
                    dl *= 0.45
                downloads = int(dl)
                if (export_day - rel2).days < 30:
                    downloads = None  # 30-day window not complete at export time
                rating = round(min(5.0, max(1.0, random.gauss(4.25 if cat != "Gaming" else 3.9, 0.35))), 1)
                if random.random() < 0.07:
                    rating = None
                explicit = random.random() < exp_p
                has_sponsor = random.random() < (0.50 if base_dl > 3000 else 0.25)
                sponsor = messy(random.choice(sponsors), 0.2, 0.05, 0.15) if has_sponsor else None
                ad_slots = (random.choice([1, 2, 2, 3]) if has_sponsor else random.choice([0, 0, 1]))
                listen = round(min(98.0, max(20.0, random.gauss(68 - minutes * 0.15, 9))), 1)
                h = host if random.random() > 0.04 else random.choice(guest_hosts)
                rows.append([None, messy(name, 0.12, 0.05, 0.14), h, g, rel2.isoformat(), minutes, downloads,
                             rating, flag(explicit), sponsor, messy(lang, 0.2, 0.08, 0.1), season, ep_no,
                             messy(kind, 0.0, 0.1, 0.05).capitalize() if random.random() < 0.5 else kind,
                             ad_slots, listen, net, followers])
            d += dt.timedelta(days=cadence)
    rows.sort(key=lambda r: (r[4], r[0] or ""))
    for i, r in enumerate(rows, 1):
        r[0] = f"EP{i:05d}"
    header = ["episode_id", "Show Name", "host", "guest", "release_date", "duration_min", "downloads_30d",
              "rating", "explicit", "sponsor", "language", "season", "episode_number", "episodeType",
              "ad_slots", "listen_through_pct", "network", "Show Followers"]
    write_csv("podcast_episodes.csv", header, rows)


# ---------------------------------------------------------------------------
# 2. bakery_batches.csv
# ---------------------------------------------------------------------------
def bakery():
    branches = {
        "Riverside": {"ovens": [("OV-RIV-1", 240), ("OV-RIV-2", 180), ("OV-RIV-3", 120)],
                      "bakers": ["Anna Kowalski", "Tomas Berg", "Lena Fischer", "Raul Ortega"], "load": 1.25},
        "Old Town": {"ovens": [("OV-OLD-1", 200), ("OV-OLD-2", 150)],
                     "bakers": ["Jean Moreau", "Mia Larsen", "Kofi Mensah"], "load": 1.0},
        "Harbour Front": {"ovens": [("OV-HAR-1", 260), ("OV-HAR-2", 210)],
                          "bakers": ["Sofia Rossi", "Eamon Byrne", "Hana Sato", "Peter Novak"], "load": 1.1},
        "Northgate": {"ovens": [("OV-NOR-1", 170), ("OV-NOR-2", 130)],
                      "bakers": ["Grace Okoye", "Luis Navarro", "Ida Holm"], "load": 0.8},
        "Elm Street": {"ovens": [("OV-ELM-1", 190)],
                       "bakers": ["Oscar Lindqvist", "Priya Shah"], "load": 0.6},
    }
    products = {
        # product: (line, flour_kg per unit, bake minutes, base waste rate, cost per unit usd, temp)
        "Sourdough Loaf": ("Bread", 0.42, 45, 0.04, 1.10, 230),
        "Baguette": ("Bread", 0.25, 25, 0.07, 0.45, 240),
        "Rye Loaf": ("Bread", 0.38, 55, 0.05, 0.95, 220),
        "Focaccia": ("Bread", 0.30, 28, 0.06, 0.80, 225),
        "Croissant": ("Viennoiserie", 0.06, 18, 0.09, 0.55, 200),
        "Pain au Chocolat": ("Viennoiserie", 0.065, 18, 0.08, 0.65, 200),
        "Almond Croissant": ("Viennoiserie", 0.07, 20, 0.12, 0.85, 190),
        "Cinnamon Roll": ("Sweet", 0.09, 24, 0.10, 0.60, 185),
        "Blueberry Muffin": ("Sweet", 0.07, 26, 0.11, 0.50, 180),
        "Brownie": ("Sweet", 0.04, 30, 0.06, 0.40, 175),
    }
    shifts = {"early": (3, 9), "day": (9, 15), "night": (21, 26)}
    start_day = dt.date(2024, 1, 1)
    days = 274  # to 30 Sep 2024
    rows = []
    for day_i in range(days):
        day = start_day + dt.timedelta(days=day_i)
        weekend = day.weekday() >= 5
        for bname, b in branches.items():
            n = int(round(random.gauss(2.45 * b["load"] * (1.2 if weekend else 1.0), 0.9)))
            if day.weekday() == 0 and bname == "Elm Street":
                n = 0  # closed on Mondays
            for _ in range(max(0, n)):
                oven, cap = random.choice(b["ovens"])
                baker = random.choice(b["bakers"])
                shift = random.choices(["early", "day", "night"], [0.5, 0.3, 0.2])[0]
                lo, hi = shifts[shift]
                start_h = random.uniform(lo, hi - 1.5)
                start = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(minutes=int(start_h * 60))
                prod = random.choices(list(products), [14, 12, 7, 6, 15, 10, 5, 8, 8, 6])[0]
                line, flour, bake_min, waste_rate, unit_cost, temp = products[prod]
                planned = int(cap * random.uniform(0.55, 1.0)) // 6 * 6
                produced = max(0, min(cap, int(planned * random.gauss(0.98, 0.04))))
                proof = random.randint(20, 70) if line != "Sweet" else random.randint(5, 20)
                minutes = proof + bake_min + random.randint(10, 35)
                end = start + dt.timedelta(minutes=minutes)
                wr = waste_rate * (1.6 if shift == "night" else 1.0) * random.uniform(0.3, 1.7)
                wasted = int(produced * wr)
                qc = random.random() > (0.05 if shift != "night" else 0.12)
                if not qc:
                    wasted = max(wasted, int(produced * random.uniform(0.2, 0.5)))
                elif line != "Sweet" and random.random() < 0.05:
                    wasted = 0  # a clean batch: everything sold or sent to the cafes
                flour_kg = round(produced * flour * random.uniform(0.95, 1.08), 1)
                energy = round(cap * 0.05 * bake_min / 30 * random.uniform(0.9, 1.15), 1)
                cost = round(produced * unit_cost * random.uniform(0.95, 1.05), 2)
                note = None
                if not qc:
                    note = random.choice(["underproofed", "burnt edges", "uneven colour", "dense crumb",
                                          "oven temp drift"])
                elif random.random() < 0.04:
                    note = random.choice(["new recipe trial", "flour supplier change", "short staffed",
                                          "catering order"])
                w = wasted if random.random() > 0.035 else None
                qc_out = flag(qc) if random.random() > 0.02 else None
                rows.append([None, messy(bname, 0.12, 0.06, 0.15), prod, messy(line, 0.15, 0.05, 0.1), oven, cap,
                             baker, messy(shift.capitalize(), 0.45, 0.1, 0.1), ts(start), ts(end), planned, produced,
                             w, flour_kg, temp + random.choice([-5, 0, 0, 5]), qc_out, energy, cost, note])
    rows.sort(key=lambda r: (r[8], r[4]))
    for i, r in enumerate(rows, 1):
        r[0] = f"B24-{i:05d}"
    header = ["batch_id", "branch", "product", "product_line", "oven_id", "Oven Capacity", "baker", "shift",
              "start_ts", "end_ts", "units_planned", "units_produced", "units_wasted", "flour_kg", "bake_temp_c",
              "qcPassed", "energy_kwh", "batch_cost_usd", "notes"]
    write_csv("bakery_batches.csv", header, rows)


# ---------------------------------------------------------------------------
# 3. tenant_leases.csv
# ---------------------------------------------------------------------------
def leases():
    buildings = [
        # name, code, floors, units per floor, rate usd per sqft per month (2019), opened
        ("Maple Court", "MC", 6, 8, 2.05),
        ("Harbor View", "HV", 10, 6, 2.90),
        ("The Linden", "LN", 5, 7, 2.35),
        ("Cedar Point", "CP", 6, 8, 1.80),
        ("Oak Terrace", "OT", 4, 9, 1.95),
    ]
    snapshot = dt.date(2025, 6, 30)
    units = []
    for name, code, floors, per_floor, rate in buildings:
        for fl in range(1, floors + 1):
            for k in range(1, per_floor + 1):
                beds = random.choices([0, 1, 2, 3], [2, 5, 4, 1.5])[0]
                sqft = {0: 430, 1: 640, 2: 910, 3: 1220}[beds] + random.randint(-60, 90) + fl * 4
                units.append({"building": name, "unit": f"{code}-{fl}{k:02d}", "beds": beds, "sqft": sqft,
                              "rate": rate * (1 + 0.012 * fl), "floor": fl})
    # build tenancies per unit
    events = []
    for u in units:
        d = dt.date(2018, 1, 1) + dt.timedelta(days=random.randint(0, 240))
        while True:
            term = random.choices([6, 12, 12, 12, 18, 24], [1, 5, 0, 0, 1, 1])[0]
            renewals = random.choices([0, 1, 2, 3], [6, 3, 1, 0.4])[0]
            while term * (1 + renewals) > 48:
                renewals -= 1
            events.append((d, u, term, renewals))
            months = term * (1 + renewals)
            end = add_months(d, months) - dt.timedelta(days=1)
            if end >= snapshot:
                # a unit whose lease runs out within ~3 months often has the next lease signed already
                if end < snapshot + dt.timedelta(days=90) and random.random() < 0.6:
                    events.append((end + dt.timedelta(days=random.choice([1, 5, 15])), u, 12, 0))
                break
            d = end + dt.timedelta(days=1 + random.choice([0, 0, 3, 10, 14, 21, 30, 45, 60]))
            if d > snapshot + dt.timedelta(days=75):
                break
    events.sort(key=lambda e: (e[0], e[1]["unit"]))
    tenants_last_end = {}
    next_tenant = 10001
    rows = []
    for (start, u, term, renewals) in events:
        months = term * (1 + renewals)
        end = add_months(start, months) - dt.timedelta(days=1)
        # returning tenant?
        tenant = None
        if random.random() < 0.18:
            cands = [t for t, e in tenants_last_end.items() if e < start - dt.timedelta(days=3)
                     and e > start - dt.timedelta(days=400)]
            if cands:
                tenant = random.choice(sorted(cands))
        if tenant is None:
            tenant = f"T{next_tenant}"
            next_tenant += 1
        termination = None
        if start > snapshot:
            status = "Pending"
            renewals = 0
            end = add_months(start, term) - dt.timedelta(days=1)
        elif end < snapshot:
            if random.random() < 0.12:
                status = "Terminated Early"
                span = (end - start).days
                termination = start + dt.timedelta(days=random.randint(60, max(61, span - 20)))
            else:
                status = "Ended"
        else:
            status = "Active"
        actual_end = termination or end
        tenants_last_end[tenant] = max(tenants_last_end.get(tenant, dt.date(1900, 1, 1)), actual_end)
        years = (start - dt.date(2018, 1, 1)).days / 365.0
        rent = u["sqft"] * u["rate"] * (1 + 0.035 * years) * random.uniform(0.94, 1.06)
        rent = int(round(rent / 5.0)) * 5
        deposit = rent * random.choice([1, 1, 1, 1.5, 2])
        deposit = None if random.random() < 0.05 else int(deposit)
        pets = random.random() < 0.27
        broker = int(rent * random.choice([0.5, 1.0])) if random.random() < 0.22 else None
        parking = random.random() < (0.35 + 0.1 * u["beds"])
        st = status
        r = random.random()
        if r < 0.22:
            st = st.lower()
        elif r < 0.30:
            st = st.upper()
        if random.random() < 0.1:
            st += " "
        rows.append([None, messy(u["building"], 0.12, 0.05, 0.15), u["unit"], tenant, u["sqft"], u["beds"],
                     rent, deposit, start.isoformat(), end.isoformat(),
                     termination.isoformat() if termination else None, st, flag(pets), renewals,
                     "Y" if parking else ("N" if random.random() < 0.6 else "no"), broker])
    rows.sort(key=lambda r: (r[8], r[2]))
    for i, r in enumerate(rows, 1):
        r[0] = f"L-{i:04d}"
    header = ["lease_id", "building", "unit", "tenantId", "floor_area_sqft", "bedrooms", "monthly_rent_usd",
              "deposit_usd", "lease_start", "lease_end", "terminated_on", "status", "pets", "renewal_count",
              "Parking Spot", "broker_fee_usd"]
    write_csv("tenant_leases.csv", header, rows)


def add_months(d, months):
    y = d.year + (d.month - 1 + months) // 12
    m = (d.month - 1 + months) % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, day)


# ---------------------------------------------------------------------------
# 4. ferry_crossings.json
# ---------------------------------------------------------------------------
def ferries():
    vessels = [
        {"vessel_id": "V01", "name": "MV Kestrel", "passenger_capacity": 320, "built_year": 2004},
        {"vessel_id": "V02", "name": "MV Island Star", "passenger_capacity": 580, "built_year": 2016},
        {"vessel_id": "V03", "name": "MV Puffin", "passenger_capacity": 150, "built_year": 1998},
        {"vessel_id": "V04", "name": "MV Northern Light", "passenger_capacity": 450, "built_year": 2011},
        {"vessel_id": "V05", "name": "MV Seal Rock", "passenger_capacity": 210, "built_year": 2001},
    ]
    captains = {"V01": ["Capt. Ellen Shaw", "Capt. Rory Dunn"], "V02": ["Capt. Ingrid Dahl", "Capt. Rory Dunn"],
                "V03": ["Capt. Morag Reid"], "V04": ["Capt. Ingrid Dahl", "Capt. Sean Byrne"],
                "V05": ["Capt. Morag Reid", "Capt. Sean Byrne"]}
    routes = {
        # route: (km, minutes, fare usd, vessels, departures in summer, departures in winter)
        "Port Ellis - Marrow Isle": (18.5, 55, 14.0, ["V02", "V04", "V01"], ["06:30", "09:00", "13:00", "17:00"],
                                     ["07:30", "12:00", "16:30"]),
        "Marrow Isle - Port Ellis": (18.5, 55, 14.0, ["V02", "V04", "V01"], ["07:45", "10:15", "14:15", "18:15"],
                                     ["08:45", "13:15", "17:45"]),
        "Port Ellis - Skerry Point": (7.2, 25, 6.5, ["V03", "V05"], ["08:00", "17:30"],
                                      ["11:00"]),
        "Skerry Point - Port Ellis": (7.2, 25, 6.5, ["V03", "V05"], ["08:40", "18:10"],
                                      ["11:40"]),
    }
    weathers = ["Fog", "High Wind", "Rain", "Swell", "Snow"]
    vmap = {v["vessel_id"]: v for v in vessels}
    start = dt.date(2024, 3, 1)
    out = []
    for day_i in range(306):
        day = start + dt.timedelta(days=day_i)
        summer = 5 <= day.month <= 9
        season_load = {1: 0.35, 2: 0.38, 3: 0.45, 4: 0.55, 5: 0.65, 6: 0.8, 7: 0.92, 8: 0.95, 9: 0.7,
                       10: 0.5, 11: 0.4, 12: 0.45}[day.month]
        bad_day = random.random() < (0.10 if day.month in (1, 2, 11, 12) else 0.04)
        for route, (km, mins, fare, vs, summer_deps, winter_deps) in routes.items():
            deps = summer_deps if summer else winter_deps
            for i, hhmm in enumerate(deps):
                vid = vs[(i + day.toordinal()) % len(vs)] if len(vs) > 1 else vs[0]
                if route.startswith("Port Ellis - Marrow") or route.startswith("Marrow"):
                    vid = vs[(i + day.toordinal() // 3) % len(vs)]
                v = vmap[vid]
                h, m = map(int, hhmm.split(":"))
                dep = dt.datetime.combine(day, dt.time(h, m)) + dt.timedelta(minutes=random.choice([0, 0, 0, 1, 2]))
                weather = None
                if bad_day or random.random() < 0.25:
                    weather = random.choice(weathers if day.month in (1, 2, 12) else weathers[:4])
                cancel_p = 0.004
                if weather in ("High Wind", "Swell"):
                    cancel_p = 0.28 if bad_day else 0.06
                elif weather in ("Fog", "Snow"):
                    cancel_p = 0.10 if bad_day else 0.03
                cancelled = random.random() < cancel_p
                weekend = day.weekday() >= 5
                peak = 1.15 if hhmm[:2] in ("08", "09", "16", "17", "18") else 1.0
                load = min(1.0, max(0.03, random.gauss(season_load * (1.15 if weekend else 1.0) * peak, 0.12)))
                pax = int(v["passenger_capacity"] * load)
                veh = int(pax * random.uniform(0.05, 0.18)) if km > 10 else int(pax * random.uniform(0.0, 0.06))
                if cancelled:
                    rec_delay = None
                    arr = None
                    pax_out, veh_out, fuel, rev = 0, 0, None, 0.0
                else:
                    delay = 0
                    if random.random() < 0.22 or weather:
                        delay = int(random.expovariate(1 / (14 if weather else 7)))
                    rec_delay = delay
                    arr = dep + dt.timedelta(minutes=mins + delay + random.randint(-3, 4))
                    pax_out, veh_out = pax, veh
                    age = 2024 - v["built_year"]
                    fuel = round(km * (6 + v["passenger_capacity"] / 60) * (1 + age * 0.012) *
                                 random.uniform(0.92, 1.1) * (1.12 if weather else 1.0), 1)
                    rev = round(pax * fare * random.uniform(0.85, 1.0) + veh * fare * 2.5, 2)
                cap = random.choice(captains[vid])
                if cancelled:
                    canc = flag(True)
                else:
                    canc = flag(False)
                out.append({
                    "crossing_id": None,
                    "route": messy(route, 0.1, 0.05, 0.12),
                    "vessel": dict(v),
                    "departure": ts(dep),
                    "arrival": ts(arr) if arr else None,
                    "passengers": pax_out,
                    "vehicles": veh_out,
                    "delay_min": rec_delay,
                    "cancelled": canc,
                    "weather": messy(weather, 0.3, 0.1, 0.1) if weather else None,
                    "captain": cap,
                    "fuel_litres": fuel,
                    "ticket_revenue_usd": rev,
                    "route_distance_km": km,
                    "crew_count": 4 if v["passenger_capacity"] < 300 else (6 if v["passenger_capacity"] < 500 else 8),
                })
    out.sort(key=lambda r: (r["departure"], r["route"].strip().lower()))
    for i, r in enumerate(out, 1):
        r["crossing_id"] = f"FX{i:05d}"
    with open(os.path.join(OUT, "ferry_crossings.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"ferry_crossings.json: {len(out)} records x {len(out[0])} top-level keys")


if __name__ == "__main__":
    podcasts()
    bakery()
    leases()
    ferries()
