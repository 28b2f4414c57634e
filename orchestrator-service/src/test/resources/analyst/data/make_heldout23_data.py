#!/usr/bin/env python3
"""Synthetic exports for the heldout23 question set (standard library only).

Writes four files into data/ beside this script:
  ski_lift_scans.csv, recycling_pickups.csv, film_screenings.json, language_lessons.csv
"""
import csv
import datetime as dt
import json
import os
import random

random.seed(20261223)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
os.makedirs(OUT, exist_ok=True)


def messy(word, variants=None):
    """Return a messy spelling of a category word."""
    forms = variants or [word, word.lower(), word.upper(), word + " ", word.lower() + " ", word.title() + "  "]
    return random.choice(forms)


def flag(value, styles=(("Y", "N"), ("yes", "no"), ("TRUE", "FALSE"))):
    yes, no = random.choice(styles)
    return yes if value else no


def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


# ---------------------------------------------------------------------------
# 1. ski_lift_scans.csv
# ---------------------------------------------------------------------------
def make_ski():
    lifts = [
        # name, area, zone, vertical rise m, capacity per hour, popularity, base wait
        ("Summit Express", "Summit", "upper", 610, 2400, 14, 7),
        ("Eagle Ridge Quad", "North Bowl", "upper", 455, 1800, 10, 5),
        ("Glacier T-Bar", "Summit", "upper", 280, 900, 4, 3),
        ("Timberline Six", "Glades", "mid", 520, 3000, 13, 4),
        ("Pine Glades Chair", "Glades", "mid", 390, 1500, 8, 4),
        ("Village Gondola", "Village", "base", 720, 2800, 16, 9),
        ("Bunny Carpet", "Village", "base", 25, 600, 6, 1),
        ("Sunrise Double", "North Bowl", "mid", 310, 1200, 7, 2),
    ]
    winters = [
        (dt.date(2022, 12, 3), dt.date(2023, 4, 9)),
        (dt.date(2023, 12, 2), dt.date(2024, 4, 14)),
        (dt.date(2024, 11, 30), dt.date(2025, 4, 13)),
    ]

    def holiday(d):
        return (d.month == 12 and d.day >= 22) or (d.month == 1 and d.day <= 3) or (d.month == 2 and 10 <= d.day <= 24)

    weather_by_day = {}
    temp_by_day = {}
    for a, b in winters:
        for d in daterange(a, b):
            w = random.choices(["Sunny", "Snowing", "Cloudy", "Windy", "Fog"], [35, 25, 25, 10, 5])[0]
            weather_by_day[d] = w
            base = -8 if d.month in (1, 2) else (-4 if d.month in (12, 3) else 1)
            temp_by_day[d] = round(base + random.uniform(-6, 6), 1)

    def day_weight(d):
        w = 1.0
        if d.weekday() >= 5:
            w *= 2.6
        if holiday(d):
            w *= 2.2
        return w

    passes = []
    pid = 10400
    for wi, (a, b) in enumerate(winters):
        days = list(daterange(a, b))
        weights = [day_weight(d) for d in days]
        n_season = [12, 14, 15][wi]
        n_day = [62, 75, 85][wi]
        n_multi = [16, 18, 22][wi]
        for kind, n in (("season", n_season), ("day", n_day), ("multi-day", n_multi)):
            for _ in range(n):
                pid += random.randint(1, 9)
                age = random.choices(["adult", "child", "teen", "senior"], [60, 18, 12, 10])[0]
                if kind == "season":
                    k = random.randint(3, 13)
                    ski_days = sorted(set(random.choices(days, weights, k=k)))
                elif kind == "day":
                    ski_days = random.choices(days, weights, k=1)
                else:
                    start = random.choices(days[:-6], weights[:-6], k=1)[0]
                    ski_days = [start + dt.timedelta(days=i) for i in range(random.randint(2, 5))]
                rental_pref = {"season": 0.05, "day": 0.45, "multi-day": 0.55}[kind]
                passes.append((f"P{pid}", kind, age, ski_days, rental_pref))

    pass_type_forms = {
        "season": ["Season", "season", "SEASON", "season ", "Season "],
        "day": ["Day", "day", "DAY", "day ", "Day  "],
        "multi-day": ["Multi-Day", "multi-day", "MULTI-DAY", "multi-day ", "Multi-day"],
    }
    age_forms = {
        "adult": ["Adult", "adult", "ADULT", "adult "],
        "child": ["Child", "child", "CHILD ", "child "],
        "teen": ["Teen", "teen", "TEEN", "Teen "],
        "senior": ["Senior", "senior", "SENIOR", "senior "],
    }
    area_forms = {
        "Summit": ["Summit", "summit", "SUMMIT", "Summit "],
        "North Bowl": ["North Bowl", "north bowl", "NORTH BOWL", "North bowl "],
        "Glades": ["Glades", "glades", "GLADES ", "Glades "],
        "Village": ["Village", "village", "VILLAGE", "Village "],
    }

    rows = []
    for pass_id, kind, age, ski_days, rental_pref in passes:
        pt = random.choice(pass_type_forms[kind])
        for d in ski_days:
            rental = random.random() < rental_pref
            rental_style = random.choice([("Y", "N"), ("yes", "no"), ("TRUE", "FALSE")])
            t = dt.datetime(d.year, d.month, d.day, 8, 30) + dt.timedelta(minutes=random.randint(0, 200))
            n_scans = random.randint(2, 7)
            for _ in range(n_scans):
                if t.hour >= 16:
                    break
                if age == "child":
                    wts = [4, 3, 1, 8, 8, 10, 22, 10]
                elif age == "senior":
                    wts = [6, 5, 1, 12, 10, 16, 2, 10]
                else:
                    wts = [l[5] for l in lifts]
                lift = random.choices(lifts, wts)[0]
                name, area, zone, rise, cap, pop, basewait = lift
                peak = 1.0 + (0.8 if 10 <= t.hour <= 11 else 0.0)
                wk = 1.6 if d.weekday() >= 5 else 1.0
                hol = 1.5 if holiday(d) else 1.0
                wait = basewait * peak * wk * hol * random.uniform(0.3, 1.5)
                if weather_by_day[d] == "Windy" and name in ("Summit Express", "Glacier T-Bar"):
                    wait *= 0.5
                wait = round(wait, 1)
                denied = random.random() < (0.045 if kind == "day" else 0.015)
                weather = weather_by_day[d] if random.random() < 0.55 else ""
                if weather:
                    weather = random.choice([weather, weather.lower(), weather.upper(), weather + " "])
                nm = random.choice([name, name, name.lower(), name.upper(), name + " "])
                rows.append({
                    "scan_id": None,
                    "passId": pass_id,
                    "pass_type": pt,
                    "Lift Name": nm,
                    "lift_area": random.choice(area_forms[area]),
                    "resort_zone": random.choice([zone, zone.title(), zone.upper() + " "]),
                    "vertical_rise_m": rise,
                    "lift_capacity_per_hr": cap,
                    "scan_time": ts(t.replace(second=random.randint(0, 59))),
                    "wait_min": wait,
                    "age_band": random.choice(age_forms[age]),
                    "rental_equipment": rental_style[0] if rental else rental_style[1],
                    "gate_denied": flag(denied),
                    "weather": weather,
                    "temperature_c": temp_by_day[d],
                })
                ride = 6 + rise / 60
                t = t + dt.timedelta(minutes=wait + ride + random.randint(5, 45))
    rows.sort(key=lambda r: (r["scan_time"], r["passId"]))
    for i, r in enumerate(rows, 1):
        r["scan_id"] = f"SC{i:06d}"
    cols = list(rows[0].keys())
    with open(os.path.join(OUT, "ski_lift_scans.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


# ---------------------------------------------------------------------------
# 2. recycling_pickups.csv
# ---------------------------------------------------------------------------
def make_recycling():
    trucks = {f"T{i:02d}": cap for i, cap in enumerate([8, 10, 12, 12, 14, 10, 8, 16, 12, 10, 14, 12], 1)}
    districts = ["Northside", "Riverside", "Old Town", "Harbor", "Eastgate"]
    district_forms = {d: [d, d.lower(), d.upper(), d + " ", d.lower() + "  "] for d in districts}
    crew = ["Ana Ortiz", "Ben Okafor", "Carla Nunes", "Dev Patel", "Elif Kaya", "Frank Moore", "Grace Liu", "Hugo Brandt"]
    routes = []
    for i in range(1, 16):
        routes.append((f"R-{i:02d}", districts[(i - 1) % 5], f"T{((i - 1) % 12) + 1:02d}", crew[(i - 1) % 8]))
    materials = ["paper", "plastic", "glass", "organic"]
    mat_forms = {
        "paper": ["Paper", "paper", "PAPER ", "paper ", "Paper "],
        "plastic": ["Plastic", "plastic", "PLASTIC", "plastic ", "Plastic  "],
        "glass": ["Glass", "glass", "GLASS ", "glass "],
        "organic": ["Organic", "organic", "ORGANIC", "organic  "],
    }
    kg_per_bin = {"paper": 11, "plastic": 6, "glass": 19, "organic": 15}
    contam_rate = {"paper": 0.08, "plastic": 0.22, "glass": 0.06, "organic": 0.12}
    start, end = dt.date(2024, 1, 2), dt.date(2025, 6, 30)
    rows = []
    for d in daterange(start, end):
        if d.weekday() >= 5:
            continue
        # each weekday a few route/material runs
        n = random.choices([5, 6, 7], [30, 45, 25])[0]
        todays = random.sample([(r, m) for r in routes for m in materials], n)
        for (route, district, truck, lead), mat in todays:
            if random.random() < 0.08:
                truck = random.choice(list(trucks))  # substitute truck
            if random.random() < 0.1:
                lead = random.choice(crew)
            missed = random.random() < (0.055 if d.month not in (12, 1) else 0.11)
            bins = random.randint(30, 180)
            distance = round(random.uniform(18, 65), 1)
            fuel = round(distance * random.uniform(0.42, 0.6), 1)
            contaminated = (not missed) and random.random() < contam_rate[mat]
            if missed:
                actual = ""
                weight = ""
                bins_out = ""
                duration = ""
            else:
                late = 1 if random.random() < 0.05 else 0
                day = d + dt.timedelta(days=late)
                t = dt.datetime(day.year, day.month, day.day, random.randint(6, 14), random.randint(0, 59), random.randint(0, 59))
                actual = ts(t)
                season = 1.15 if (mat == "organic" and d.month in (5, 6, 7, 9, 10)) else 1.0
                weight = round(bins * kg_per_bin[mat] * season * random.uniform(0.75, 1.25), 1)
                cap_kg = trucks[truck] * 1000
                if weight > cap_kg * 0.95:
                    weight = round(cap_kg * random.uniform(0.8, 0.95), 1)
                bins_out = bins
                duration = int(distance * random.uniform(4, 7) + bins * 0.6)
            note = ""
            if missed:
                note = random.choice(["blocked street", "truck breakdown", "", "crew shortage", "", "access issue"])
            elif contaminated and random.random() < 0.5:
                note = random.choice(["bags in glass", "food in paper", "mixed plastics", "tagged bins"])
            rows.append({
                "pickup_id": None,
                "truck_id": truck,
                "truck_capacity_t": trucks[truck],
                "route": route,
                "District": random.choice(district_forms[district]),
                "Crew Lead": lead,
                "scheduled_date": d.isoformat(),
                "actual_pickup_ts": actual,
                "material": random.choice(mat_forms[mat]),
                "weight_kg": weight,
                "bins_collected": bins_out,
                "contaminated": flag(contaminated),
                "missed": flag(missed, (("Y", "N"), ("yes", "no"), ("TRUE", "FALSE"))),
                "fuel_l": fuel,
                "distance_km": distance,
                "route_duration_min": duration,
                "notes": note,
            })
    for i, r in enumerate(rows, 1):
        r["pickup_id"] = f"PU-{i:05d}"
    cols = list(rows[0].keys())
    with open(os.path.join(OUT, "recycling_pickups.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


# ---------------------------------------------------------------------------
# 3. film_screenings.json
# ---------------------------------------------------------------------------
def make_films():
    venues = [
        ("Grand Palace", 820, "Centre"),
        ("Cinema Lumiere", 240, "Old Quarter"),
        ("Harbour Arts Hall", 450, "Docklands"),
        ("Studio 3", 90, "Centre"),
        ("Old Mill Screen", 160, "Riverside"),
        ("University Aula", 310, "Campus"),
        ("Rooftop Cinema", 120, "Docklands"),
    ]
    slots = [(11, 0), (14, 0), (17, 0), (20, 0), (22, 30)]
    countries = ["France", "Germany", "Japan", "Brazil", "Nigeria", "South Korea", "Mexico", "Italy",
                 "Iran", "Denmark", "Argentina", "India", "USA", "UK", "Poland"]
    english = {"USA", "UK", "Nigeria"}
    genres = ["drama", "documentary", "comedy", "thriller", "animation", "horror"]
    genre_w = [34, 22, 14, 14, 8, 8]
    first = ["Ada", "Bruno", "Chiara", "Dmitri", "Eun-ji", "Farah", "Goran", "Hana", "Ines", "Jonas", "Kofi",
             "Lucia", "Mateo", "Noor", "Oskar", "Priya", "Rui", "Sofia", "Tomas", "Yara"]
    last = ["Almeida", "Berg", "Castro", "Dubois", "Eriksen", "Fischer", "Gomez", "Haddad", "Ito", "Jensen",
            "Kim", "Lopez", "Mbeki", "Novak", "Okoro", "Park", "Rossi", "Sato", "Tanaka", "Weber"]
    adj = ["Silent", "Burning", "Last", "Hidden", "Paper", "Northern", "Endless", "Broken", "Golden", "Quiet",
           "Wild", "Distant", "Salt", "Iron", "Blue", "Red", "Falling", "Bright", "Hollow", "Winter"]
    noun = ["River", "Harbour", "Mothers", "Orchard", "Signal", "Garden", "Machine", "Summer", "Bridge", "Letters",
            "Island", "Wolves", "Hours", "Mirror", "Desert", "Choir", "Tides", "Kingdom", "Lanterns", "Roads"]
    pool = [f"The {a} {n}" if random.random() < 0.5 else f"{a} {n}" for a in adj for n in noun]
    pool += [f"{n1} of {n2}" for n1 in noun for n2 in noun if n1 != n2]
    titles = random.sample(pool, 440)
    directors = [f"{f} {l}" for f in first for l in last]
    random.shuffle(directors)
    sections = ["Competition", "Panorama", "Midnight", "Documentary Forum"]
    subtitle_forms = {
        "English": ["English", "english", "ENGLISH", "English "],
        "French": ["French", "french ", "FRENCH"],
        "Spanish": ["Spanish", "spanish", "Spanish "],
    }
    genre_forms = {g: [g.title(), g, g.upper(), g.title() + " ", g + " "] for g in genres}
    country_forms = {c: [c, c.lower(), c.upper(), c + " "] for c in countries}

    editions = {2022: dt.date(2022, 10, 6), 2023: dt.date(2023, 10, 5), 2024: dt.date(2024, 10, 3), 2025: dt.date(2025, 10, 9)}
    n_films = {2022: 96, 2023: 102, 2024: 108, 2025: 112}
    price = {2022: 11.0, 2023: 12.0, 2024: 12.5, 2025: 13.5}
    rows = []
    ti = 0
    di = 0
    for year, opening in editions.items():
        days = [opening + dt.timedelta(days=i) for i in range(12)]
        free_slots = [(d, s, v) for d in days for s in slots for v in venues]
        random.shuffle(free_slots)
        films = []
        for _ in range(n_films[year]):
            g = random.choices(genres, genre_w)[0]
            c = random.choice(countries)
            rt = random.randint(72, 105) if g in ("documentary", "animation") else random.randint(85, 168)
            pop = random.uniform(0.25, 1.1)
            d_name = directors[di % 60] if random.random() < 0.12 else directors[60 + di % 340]
            di += 1
            sect = "Documentary Forum" if g == "documentary" else ("Midnight" if g == "horror" else random.choice(["Competition", "Panorama", "Panorama"]))
            films.append({"title": titles[ti], "country": c, "runtime_min": rt, "genre": g, "director": d_name,
                          "pop": pop, "section": sect})
            ti += 1
        for film in films:
            n_scr = random.choices([2, 3, 4, 5], [15, 40, 30, 15])[0]
            for _ in range(n_scr):
                d, s, v = free_slots.pop()
                start = dt.datetime(d.year, d.month, d.day, s[0], s[1])
                vname, seats, vdist = v
                comps = random.randint(0, 12) if seats < 300 else random.randint(5, 40)
                slot_boost = {11: 0.55, 14: 0.7, 17: 0.9, 20: 1.15, 22: 0.8}[s[0]]
                wk = 1.2 if d.weekday() >= 4 else 1.0
                demand = int(seats * film["pop"] * slot_boost * wk * random.uniform(0.6, 1.3))
                sold = min(demand, seats - comps)
                sold = max(sold, random.randint(4, 20))
                sold_out = sold + comps >= seats
                p = price[year] + (2.0 if s[0] == 20 else 0.0) - (3.0 if s[0] == 11 else 0.0)
                rating = None
                if random.random() < 0.42:
                    rating = round(min(5.0, max(1.0, random.gauss(2.6 + film["pop"] * 1.6, 0.5))), 1)
                if film["country"] in english:
                    sub = None if random.random() < 0.7 else random.choice(subtitle_forms["French"])
                else:
                    sub = random.choice(subtitle_forms[random.choices(["English", "French", "Spanish"], [80, 12, 8])[0]])
                qa = random.random() < (0.35 if film["section"] == "Competition" else 0.18)
                rows.append({
                    "screening_id": None,
                    "edition_year": year,
                    "film": {
                        "title": film["title"],
                        "country": random.choice(country_forms[film["country"]]),
                        "runtime_min": film["runtime_min"],
                        "genre": random.choice(genre_forms[film["genre"]]),
                        "director": film["director"],
                    },
                    "venue": {"name": vname, "seats": seats, "district": vdist},
                    "start": ts(start),
                    "section": random.choice([film["section"], film["section"].lower(), film["section"].upper() + " "]),
                    "tickets_sold": sold,
                    "comps": comps,
                    "ticket_price_usd": p,
                    "soldOut": sold_out,
                    "qa_held": flag(qa),
                    "audience_rating": rating,
                    "subtitles": sub,
                })
    rows.sort(key=lambda r: (r["start"], r["venue"]["name"]))
    for i, r in enumerate(rows, 1):
        r["screening_id"] = f"FS{r['edition_year']}-{i:04d}"
    with open(os.path.join(OUT, "film_screenings.json"), "w") as f:
        json.dump(rows, f, indent=1, ensure_ascii=False)
    return len(rows), len(rows[0])


# ---------------------------------------------------------------------------
# 4. language_lessons.csv
# ---------------------------------------------------------------------------
def make_lessons():
    countries = ["Brazil", "Germany", "India", "Japan", "Mexico", "United States", "Turkey", "Vietnam", "Poland", "Egypt"]
    c_w = [14, 10, 12, 7, 10, 18, 8, 7, 6, 8]
    languages = ["Spanish", "French", "German", "Japanese", "Italian", "English"]
    lang_w = [28, 20, 14, 12, 8, 18]
    levels = ["A1", "A2", "B1", "B2", "C1"]
    lesson_types = ["vocabulary", "grammar", "listening", "speaking", "story"]
    devices = ["iOS", "Android", "Web"]
    start, end = dt.date(2024, 1, 1), dt.date(2025, 3, 31)
    n_days = (end - start).days + 1
    learners = []
    for i in range(1, 321):
        c = random.choices(countries, c_w)[0]
        lang = random.choices(languages, lang_w)[0]
        if c == "United States" and lang == "English":
            lang = "Spanish"
        premium = random.random() < 0.3
        activity = random.choices([1, 2, 3, 4], [40, 30, 20, 10])[0]
        learners.append({"id": f"LRN-{1000 + i * 3}", "country": c, "lang": lang, "premium": premium,
                         "device": random.choices(devices, [45, 40, 15])[0], "activity": activity,
                         "level": random.choices(levels, [40, 25, 18, 12, 5])[0],
                         "second": random.choice(languages) if random.random() < 0.12 else None})
    rows = []
    for L in learners:
        first_day = random.randint(0, n_days - 20)
        span = random.randint(5, min(200, n_days - first_day))
        n_sessions = {1: random.randint(1, 2), 2: random.randint(2, 5), 3: random.randint(4, 10), 4: random.randint(8, 20)}[L["activity"]]
        day_offsets = sorted(set(first_day + random.randint(0, span - 1) for _ in range(n_sessions)))
        # turn some into consecutive runs to create streaks
        extra = []
        for off in day_offsets:
            if random.random() < 0.3:
                extra += [off + k for k in range(1, random.randint(2, 5)) if off + k < n_days]
        active = sorted(set(day_offsets + extra))
        level_idx = levels.index(L["level"])
        streak = 0
        prev = None
        n_lessons_total = 0
        for off in active:
            streak = streak + 1 if prev is not None and off == prev + 1 else 1
            prev = off
            day = start + dt.timedelta(days=off)
            hour = random.choices([7, 8, 12, 13, 18, 19, 20, 21, 22], [8, 10, 8, 6, 10, 14, 16, 14, 6])[0]
            t = dt.datetime(day.year, day.month, day.day, hour, random.randint(0, 59), random.randint(0, 59))
            for _ in range(random.choices([1, 2, 3], [60, 30, 10])[0]):
                lang = L["lang"] if (L["second"] is None or random.random() < 0.7) else L["second"]
                ltype = random.choice(lesson_types)
                abandoned = random.random() < (0.09 if L["premium"] else 0.16)
                dur = random.uniform(4, 16) * (1.5 if ltype in ("speaking", "story") else 1.0)
                hints = random.choices([0, 1, 2, 3, 4, 5], [40, 25, 15, 10, 6, 4])[0]
                if abandoned:
                    fin = ""
                    score = ""
                    xp = 0
                    dur_used = dur * random.uniform(0.1, 0.6)
                else:
                    dur_used = dur
                    fin = ts(t + dt.timedelta(seconds=int(dur * 60)))
                    score = round(min(100, max(20, random.gauss(82 - hints * 4 + level_idx * -2, 10))), 1)
                    xp = 10 + (5 if score >= 90 else 0) + (5 if ltype in ("speaking", "story") else 0) + (10 if L["premium"] and random.random() < 0.3 else 0)
                hints_out = hints if random.random() > 0.03 else ""
                lvl = levels[min(4, level_idx)]
                rows.append({
                    "lesson_id": None,
                    "learner_id": L["id"],
                    "learnerCountry": random.choice([L["country"], L["country"].lower(), L["country"].upper(), L["country"] + " "]),
                    "language": random.choice([lang, lang.lower(), lang.upper(), lang + " "]),
                    "course_level": random.choice([lvl, lvl.lower(), lvl + " "]),
                    "Lesson Type": random.choice([ltype, ltype.title(), ltype.upper()]),
                    "lesson_started": ts(t),
                    "lesson_finished": fin,
                    "xp_earned": xp,
                    "score_pct": score,
                    "hints_used": hints_out,
                    "premium": flag(L["premium"]),
                    "device": random.choice([L["device"], L["device"].lower(), L["device"].upper()]) if random.random() < 0.92 else random.choice(devices),
                    "streak_days": streak,
                    "abandoned": flag(abandoned),
                })
                n_lessons_total += 1
                t = t + dt.timedelta(seconds=int(dur_used * 60) + random.randint(30, 600))
            if n_lessons_total >= 14 and random.random() < 0.12 and level_idx < 4:
                level_idx += 1
    rows.sort(key=lambda r: r["lesson_started"])
    for i, r in enumerate(rows, 1):
        r["lesson_id"] = f"LS{i:06d}"
    cols = list(rows[0].keys())
    with open(os.path.join(OUT, "language_lessons.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return len(rows), len(cols)


if __name__ == "__main__":
    for name, fn in (("ski_lift_scans.csv", make_ski), ("recycling_pickups.csv", make_recycling),
                     ("film_screenings.json", make_films), ("language_lessons.csv", make_lessons)):
        r, c = fn()
        print(f"{name}: {r} rows x {c} columns")
