#!/usr/bin/env python3
"""Writes the four synthetic exports used by heldout25.jsonl.

Standard library only, seeded (random.seed(20261225)), byte-identical on re-run.
Files are written into the folder that holds this script:
  grooming_appointments.csv   dog grooming salon appointments (4 salons)
  bus_depot_trips.csv         city bus trips out of three depots
  hackathon_submissions.json  hackathon project submissions (nested event/team/scores)
  tutoring_sessions.csv       tutoring centre sessions
"""
import csv
import datetime as dt
import json
import os
import random

random.seed(20261225)
OUT = os.path.dirname(os.path.abspath(__file__))


def pick(weighted):
    """weighted: list of (value, weight)."""
    r = random.random() * sum(w for _, w in weighted)
    for v, w in weighted:
        r -= w
        if r <= 0:
            return v
    return weighted[-1][0]


def rand_day(start, end):
    return start + dt.timedelta(days=random.randrange((end - start).days + 1))


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def money(x):
    return "%.2f" % x


def flag(value, styles):
    """Write a yes/no flag in one of several export styles."""
    style = pick(styles)
    if style == "YN":
        return "Y" if value else "N"
    if style == "yesno":
        return "yes" if value else "no"
    if style == "YesNo":
        return "Yes" if value else "No"
    if style == "TF":
        return "TRUE" if value else "FALSE"
    if style == "tf":
        return "true" if value else "false"
    return ""


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 1. grooming_appointments.csv
# ---------------------------------------------------------------------------
def make_grooming():
    salons = {
        "Downtown": (6, [("Downtown", 60), ("downtown", 15), ("Downtown ", 10), ("DT", 8)]),
        "Riverside": (4, [("Riverside", 65), ("riverside ", 15), ("RIVERSIDE", 10)]),
        "Northgate": (5, [("Northgate", 60), ("northgate", 20), ("Northgate ", 10)]),
        "Lakeview": (3, [("Lakeview", 60), ("lakeview", 20), ("LAKEVIEW ", 8)]),
    }
    salon_weight = [("Downtown", 34), ("Riverside", 22), ("Northgate", 28), ("Lakeview", 16)]
    groomers = {
        "Downtown": ["Maya Ortiz", "Jules Bennett", "Priya Shah"],
        "Riverside": ["Tom Keller", "Ana Ruiz"],
        "Northgate": ["Chloe Park", "Devon Hale", "Sam Whit"],
        "Lakeview": ["Lena Vogel", "Omar Diaz"],
    }
    breeds = [
        ("Chihuahua", "S", 1.5, 3.0), ("Shih Tzu", "S", 4.0, 7.5), ("Maltese", "S", 2.5, 4.0),
        ("Yorkshire Terrier", "S", 2.0, 3.5), ("Poodle (Toy)", "S", 2.5, 4.0),
        ("Cocker Spaniel", "M", 11.0, 15.0), ("Border Collie", "M", 13.0, 20.0),
        ("Cavapoo", "M", 6.0, 11.0), ("Beagle", "M", 9.0, 12.0), ("Schnauzer", "M", 7.0, 11.0),
        ("Golden Retriever", "L", 25.0, 34.0), ("Labrador", "L", 26.0, 36.0),
        ("Goldendoodle", "L", 20.0, 32.0), ("German Shepherd", "L", 28.0, 40.0),
        ("Bernese Mountain Dog", "XL", 38.0, 52.0), ("Newfoundland", "XL", 50.0, 68.0),
    ]
    size_spell = {
        "S": [("Small", 55), ("small", 20), ("S", 15), ("small ", 5)],
        "M": [("Medium", 55), ("medium", 18), ("M", 15), ("Med", 8)],
        "L": [("Large", 55), ("large", 20), ("L", 15), ("LARGE", 5)],
        "XL": [("X-Large", 50), ("XL", 30), ("x-large", 15)],
    }
    pet_names = ["Bella", "Max", "Luna", "Charlie", "Daisy", "Milo", "Coco", "Rocky", "Lola", "Teddy",
                 "Bailey", "Ruby", "Oscar", "Willow", "Finn", "Pepper", "Maple", "Biscuit", "Nala",
                 "Ziggy", "Rosie", "Murphy", "Olive", "Bruno", "Hazel", "Toby", "Penny", "Gus"]
    pets = []
    for i in range(1, 721):
        b = random.choice(breeds)
        pets.append({
            "id": "P%04d" % i,
            "name": random.choice(pet_names),
            "breed": b[0],
            "size": b[1],
            "weight": round(random.uniform(b[2], b[3]), 1),
            "home": pick(salon_weight),
            "loyal": random.random() ** 2.2,
        })
    pet_w = [(p, 0.15 + p["loyal"] * 3) for p in pets]
    services = {
        # name: (minutes lo, hi, price by size S/M/L/XL, weight)
        "Full Groom": (85, 150, {"S": 62, "M": 78, "L": 96, "XL": 125}, 40),
        "Bath & Brush": (40, 75, {"S": 38, "M": 48, "L": 60, "XL": 78}, 30),
        "Nail Trim": (10, 20, {"S": 18, "M": 18, "L": 20, "XL": 22}, 14),
        "De-shed Treatment": (55, 100, {"S": 45, "M": 60, "L": 75, "XL": 95}, 11),
        "Puppy Intro": (25, 45, {"S": 30, "M": 32, "L": 34, "XL": 36}, 5),
    }
    svc_spell = {
        "Full Groom": [("Full Groom", 70), ("full groom", 15), ("Full groom ", 8)],
        "Bath & Brush": [("Bath & Brush", 70), ("bath & brush", 12), ("Bath and Brush", 10)],
        "Nail Trim": [("Nail Trim", 70), ("nail trim", 20)],
        "De-shed Treatment": [("De-shed Treatment", 75), ("de-shed treatment", 15)],
        "Puppy Intro": [("Puppy Intro", 80), ("puppy intro", 15)],
    }
    via = [("App", 30), ("app", 10), ("Phone", 28), ("phone ", 6), ("Walk-in", 12),
           ("walk in", 5), ("WALK-IN", 3), ("", 6)]
    start, end = dt.date(2023, 3, 1), dt.date(2025, 10, 31)
    rows = []
    n = 2748
    for i in range(n):
        pet = pick(pet_w)
        salon = pet["home"] if random.random() < 0.86 else pick(salon_weight)
        day = rand_day(start, end)
        while day.weekday() == 6 and random.random() < 0.85:   # mostly closed Sundays
            day = rand_day(start, end)
        svc = pick([(k, v[3]) for k, v in services.items()])
        lo, hi, prices, _ = services[svc]
        minute = random.choice([0, 15, 30, 45])
        hour = pick([(8, 8), (9, 12), (10, 13), (11, 12), (12, 8), (13, 11), (14, 11), (15, 10), (16, 7), (17, 3)])
        checkin = dt.datetime(day.year, day.month, day.day, hour, minute) + dt.timedelta(minutes=random.randint(-5, 12))
        no_show = random.random() < 0.065
        yearf = {2023: 1.0, 2024: 1.05, 2025: 1.1}[day.year]
        price = prices[pet["size"]] * yearf
        if svc in ("Full Groom", "De-shed Treatment") and random.random() < 0.25:
            price += random.choice([8, 12, 15])  # add-ons (teeth, matting)
        if no_show:
            checkout = ""
            price_s = ""
            tip_s = ""
        else:
            dur = random.randint(lo, hi) + (15 if pet["size"] == "XL" else 0)
            checkout = ts(checkin + dt.timedelta(minutes=dur))
            price_s = money(price)
            tip_s = "" if random.random() < 0.28 else money(round(random.uniform(0, 0.22) * price, 2))
        rows.append([
            None,
            pet["id"], pet["name"], pet["breed"], pick(size_spell[pet["size"]]), "%.1f" % pet["weight"],
            pick(salons[salon][1]), salons[salon][0], random.choice(groomers[salon]),
            pick(svc_spell[svc]), pick(via), ts(checkin), checkout, price_s, tip_s,
            flag(no_show, [("YN", 50), ("yesno", 25), ("TF", 20), ("blank", 0 if no_show else 5)]),
            checkin,
        ])
    rows.sort(key=lambda r: (r[-1], r[1]))
    out = []
    for k, r in enumerate(rows):
        r[0] = "GA-%06d" % (100001 + k)
        out.append(r[:-1])
    header = ["appt_id", "petId", "Pet Name", "breed", "sizeClass", "pet_weight_kg", "salon", "salon_tables",
              "groomer", "service", "booked_via", "Check In", "check_out", "price_usd", "tip_usd", "No Show"]
    write_csv("grooming_appointments.csv", header, out)


# ---------------------------------------------------------------------------
# 2. bus_depot_trips.csv
# ---------------------------------------------------------------------------
def make_bus():
    depots = {
        "North": [("North Depot", 60), ("north depot", 15), ("N. Depot", 10), ("NORTH DEPOT ", 6)],
        "Harbor": [("Harbor Depot", 60), ("harbor depot", 12), ("Harbour Depot", 12), ("Hbr Depot", 6)],
        "East": [("East Depot", 65), ("east depot ", 15), ("E. Depot", 10)],
    }
    routes = {  # route: (depot, runtime minutes, demand weight, base boardings)
        "4": ("North", 38, 14, 34), "7": ("North", 52, 12, 41), "12": ("Harbor", 44, 16, 47),
        "12X": ("Harbor", 31, 7, 29), "21": ("East", 61, 11, 36), "33": ("East", 47, 13, 38),
        "40": ("North", 70, 8, 25), "51": ("Harbor", 56, 9, 31), "88": ("East", 35, 6, 19),
    }
    fuel_spell = {
        "Diesel": [("Diesel", 60), ("diesel", 25), ("DSL", 8)],
        "Hybrid": [("Hybrid", 60), ("hybrid ", 20), ("HYBRID", 10)],
        "Electric": [("Electric", 60), ("electric", 20), ("EV", 15)],
    }
    buses = {}
    num = 201
    for d, count in (("North", 19), ("Harbor", 21), ("East", 16)):
        buses[d] = []
        for _ in range(count):
            fuel = pick([("Diesel", 45), ("Hybrid", 30), ("Electric", 25)])
            seats = pick([(30, 20), (38, 35), (42, 30), (60, 15)])
            buses[d].append(("B-%d" % num, seats, fuel))
            num += 1
    drivers = {}
    dn = 1
    for d, count in (("North", 26), ("Harbor", 28), ("East", 22)):
        drivers[d] = ["D%03d" % (dn + k) for k in range(count)]
        dn += count
    reasons = [("Traffic", 40), ("traffic ", 12), ("Mechanical", 14), ("mech", 5), ("Weather", 10),
               ("weather", 5), ("Roadworks", 8), ("Driver change", 6)]
    start, end = dt.date(2023, 1, 2), dt.date(2025, 6, 30)
    rows = []
    for i in range(3216):
        route = pick([(r, v[2]) for r, v in routes.items()])
        depot, runtime, _, base = routes[route]
        bus = random.choice(buses[depot])
        drv = random.choice(drivers[depot])
        day = rand_day(start, end)
        weekend = day.weekday() >= 5
        hour = pick([(5, 3), (6, 8), (7, 12), (8, 12), (9, 7), (10, 6), (11, 6), (12, 6), (13, 6), (14, 6),
                     (15, 8), (16, 11), (17, 11), (18, 7), (19, 5), (20, 4), (21, 3), (22, 2)])
        sched = dt.datetime(day.year, day.month, day.day, hour, random.choice(range(0, 60, 5)))
        winter = day.month in (12, 1, 2)
        cancelled = random.random() < (0.06 if winter else 0.03)
        peak = hour in (7, 8, 16, 17)
        if cancelled:
            ad = aa = board = fare = ""
            ramp = ""
            reason = pick([("Mechanical", 40), ("mech", 10), ("Weather", 25), ("No driver", 25)])
        else:
            delay = max(-2, int(random.expovariate(1 / 3.5)) - 1) + (4 if peak else 0) + (3 if winter else 0)
            delay += random.randint(0, 2) if bus[2] == "Diesel" else 0
            adt = sched + dt.timedelta(minutes=delay, seconds=random.choice([0, 15, 30, 45]))
            run = runtime + random.randint(-4, 9) + (8 if peak else 0)
            aat = adt + dt.timedelta(minutes=run, seconds=random.choice([0, 20, 40]))
            ad, aa = ts(adt), ts(aat)
            b = base * (1.5 if peak else 1.0) * (0.6 if weekend else 1.0) * {2023: 0.92, 2024: 1.0, 2025: 1.07}[day.year]
            board_n = max(0, int(random.gauss(b, b * 0.3)))
            board_n = min(board_n, int(bus[1] * 2.2))
            board = str(board_n)
            paying = sum(1 for _ in range(board_n) if random.random() < 0.62)
            fare = money(paying * (2.5 if day.year < 2025 else 2.75))
            ramp = flag(random.random() < 0.14, [("yesno", 45), ("YN", 30), ("TF", 15), ("blank", 10)])
            reason = pick(reasons) if delay > 6 and random.random() < 0.8 else ""
        rows.append([None, route, pick(depots[depot]), bus[0], bus[1], pick(fuel_spell[bus[2]]), drv,
                     ts(sched), ad, aa, board, fare, ramp,
                     flag(cancelled, [("YN", 55), ("TF", 30), ("yesno", 15)]), reason, sched])
    rows.sort(key=lambda r: (r[-1], r[1], r[3]))
    out = []
    for k, r in enumerate(rows):
        r[0] = "T%07d" % (5000001 + k)
        out.append(r[:-1])
    header = ["trip_id", "Route", "depot", "busNo", "bus_seats", "fuelType", "driver_id", "Sched Departure",
              "actual_departure", "actual_arrival", "boardings", "fare_revenue", "ramp_deployed", "Cancelled",
              "delay_reason"]
    write_csv("bus_depot_trips.csv", header, out)


# ---------------------------------------------------------------------------
# 3. hackathon_submissions.json
# ---------------------------------------------------------------------------
def make_hackathon():
    events = [
        # name, city, venue_capacity, start date, submissions
        ("Harborhack Spring 2022", "Boston", 450, dt.date(2022, 4, 9), 118),
        ("CodeCanyon 2022", "Denver", 600, dt.date(2022, 7, 16), 164),
        ("Harborhack Fall 2022", "Boston", 450, dt.date(2022, 10, 22), 131),
        ("BuildWeek Austin 2023", "Austin", 800, dt.date(2023, 2, 25), 197),
        ("Harborhack Spring 2023", "Boston", 500, dt.date(2023, 4, 15), 142),
        ("CodeCanyon 2023", "Denver", 650, dt.date(2023, 7, 22), 176),
        ("Harborhack Fall 2023", "Boston", 500, dt.date(2023, 10, 21), 150),
        ("BuildWeek Austin 2024", "Austin", 900, dt.date(2024, 3, 2), 223),
        ("Harborhack Spring 2024", "Boston", 500, dt.date(2024, 4, 13), 156),
        ("CodeCanyon 2024", "Denver", 700, dt.date(2024, 7, 20), 188),
        ("Harborhack Fall 2024", "Boston", 550, dt.date(2024, 10, 19), 161),
        ("BuildWeek Austin 2025", "Austin", 1000, dt.date(2025, 3, 1), 245),
        ("Harborhack Spring 2025", "Boston", 550, dt.date(2025, 4, 12), 169),
    ]
    tracks = {
        "AI/ML": [("AI/ML", 55), ("ai/ml", 15), ("AI & ML", 12), ("AI/ML ", 6)],
        "Fintech": [("Fintech", 55), ("FinTech", 20), ("fintech ", 10)],
        "Health": [("Health", 55), ("health", 15), ("HealthTech", 12)],
        "Climate": [("Climate", 60), ("climate", 20), ("CLIMATE ", 6)],
        "Open": [("Open Track", 55), ("open track", 15), ("Open", 15)],
    }
    track_w = [("AI/ML", 32), ("Fintech", 17), ("Health", 18), ("Climate", 15), ("Open", 18)]
    langs = [("Python", 30), ("python", 8), ("JavaScript", 14), ("JS", 5), ("javascript", 3), ("TypeScript", 15),
             ("typescript", 3), ("Go", 6), ("Rust", 5), ("Java", 6), ("Kotlin", 3), ("Swift", 3)]
    schools = ["MIT", "Boston University", "UT Austin", "CU Boulder", "Northeastern", "Rice", "Colorado School of Mines",
               "Texas A&M", None, None, None]
    adjs = ["Quantum", "Pixel", "Null", "Rapid", "Blue", "Async", "Hyper", "Tiny", "Green", "Lambda", "Neon", "Byte"]
    nouns = ["Pandas", "Coders", "Hackers", "Owls", "Builders", "Ninjas", "Forks", "Rockets", "Squad", "Llamas", "Bits"]
    teams = []
    for i in range(1, 1101):
        teams.append({"team_id": "T%04d" % i, "name": "%s %s" % (random.choice(adjs), random.choice(nouns)),
                      "size": pick([(1, 6), (2, 18), (3, 30), (4, 32), (5, 14)]), "school": random.choice(schools),
                      "w": 0.25 + random.random() ** 3 * 4, "skill": random.gauss(0, 0.8)})
    team_w = [(t, t["w"]) for t in teams]
    recs = []
    sid = 1
    for name, city, cap, d0, nsub in events:
        used = set()
        subs = []
        for _ in range(nsub):
            t = pick(team_w)
            while t["team_id"] in used:
                t = pick(team_w)
            used.add(t["team_id"])
            track = pick(track_w)
            start = dt.datetime(d0.year, d0.month, d0.day, 9, 0) + dt.timedelta(minutes=random.choice(range(0, 180, 5)))
            abandoned = random.random() < 0.055
            if abandoned:
                submitted = None
                scores = None
            else:
                hours = min(36.0, max(6.0, random.gauss(27, 5)))
                submitted = start + dt.timedelta(minutes=int(hours * 60) + random.randint(0, 59))
                if submitted > dt.datetime(d0.year, d0.month, d0.day, 21, 0) + dt.timedelta(days=1):
                    submitted = dt.datetime(d0.year, d0.month, d0.day, 20, 55) + dt.timedelta(days=1, minutes=random.randint(0, 4))
                base = 6.2 + t["skill"] + (0.3 if track == "AI/ML" else 0)

                def sc(adj):
                    return round(min(10.0, max(1.0, random.gauss(base + adj, 1.1))), 1)
                scores = {"innovation": sc(0.3), "execution": sc(-0.2), "design": sc(0.0)}
                if random.random() < 0.03:
                    scores["design"] = None
            mentor = round(max(0.0, random.gauss(3.0, 1.8)), 1) if random.random() < 0.9 else None
            loc = None if random.random() < 0.12 else int(random.lognormvariate(7.6, 0.7))
            credits = pick([(0, 30), (100, 25), (250, 25), (500, 15), (1000, 5)]) + (0 if random.random() < 0.7 else random.choice([25, 50, 75]))
            rec = {
                "submission_id": None,
                "event": {"name": name, "city": city, "venue_capacity": cap, "start_date": d0.isoformat()},
                "team": {"team_id": t["team_id"], "name": t["name"], "size": t["size"], "school": t["school"]},
                "track": pick(tracks[track]),
                "primaryLanguage": pick(langs),
                "started_at": start.strftime("%Y-%m-%dT%H:%M:%S"),
                "submitted_at": submitted.strftime("%Y-%m-%dT%H:%M:%S") if submitted else None,
                "scores": scores,
                "Lines of Code": loc,
                "repo_public": flag(random.random() < 0.72, [("YN", 35), ("yesno", 30), ("TF", 25), ("blank", 10)]),
                "mentor_hours": mentor,
                "cloud_credits_usd": credits,
                "prize": None,
                "_track": track,
            }
            subs.append(rec)
        judged = [s for s in subs if s["scores"] is not None and s["scores"]["design"] is not None]

        def total(s):
            return s["scores"]["innovation"] + s["scores"]["execution"] + s["scores"]["design"]
        judged.sort(key=lambda s: (-total(s), s["team"]["team_id"]))
        for place, s in zip(("1st", "2nd", "3rd"), judged[:3]):
            s["prize"] = place
        for tr in tracks:
            cands = [s for s in judged if s["_track"] == tr and s["prize"] is None]
            if cands:
                cands[0]["prize"] = "Best in Track"
        for s in subs:
            s["submission_id"] = "S-%05d" % sid
            sid += 1
            del s["_track"]
            recs.append(s)
    with open(os.path.join(OUT, "hackathon_submissions.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in recs))
        f.write("\n]\n")


# ---------------------------------------------------------------------------
# 4. tutoring_sessions.csv
# ---------------------------------------------------------------------------
def make_tutoring():
    subjects = {
        "Math": [("Math", 50), ("math", 15), ("Mathematics", 15), ("MATH ", 5)],
        "Chemistry": [("Chemistry", 60), ("chem", 15), ("Chem", 10)],
        "Physics": [("Physics", 65), ("physics ", 20)],
        "English": [("English", 60), ("english", 15), ("Eng", 10)],
        "Biology": [("Biology", 60), ("bio", 15), ("Bio", 10)],
        "SAT Prep": [("SAT Prep", 60), ("sat prep", 20), ("SAT prep ", 10)],
    }
    subj_w = [("Math", 33), ("Chemistry", 14), ("Physics", 12), ("English", 15), ("Biology", 9), ("SAT Prep", 17)]
    branches = {
        "Westfield": [("Westfield", 60), ("westfield", 20), ("Westfield ", 8)],
        "Central": [("Central", 60), ("central ", 15), ("CENTRAL", 10)],
        "Eastside": [("Eastside", 55), ("East Side", 15), ("eastside", 15)],
    }
    branch_w = [("Westfield", 35), ("Central", 40), ("Eastside", 25)]
    tutors = [
        ("Hannah Cole", 48, ["Math", "Physics"]), ("Raj Patel", 55, ["Math", "SAT Prep"]),
        ("Grace Liu", 52, ["Chemistry", "Biology"]), ("Marcus Reed", 40, ["English"]),
        ("Sofia Marin", 45, ["English", "SAT Prep"]), ("Ben Adler", 60, ["Physics", "Math"]),
        ("Ivy Tran", 42, ["Biology", "Chemistry"]), ("Noah Fisher", 38, ["Math"]),
        ("Elena Petrova", 65, ["SAT Prep", "Math"]), ("Kofi Mensah", 50, ["Chemistry", "Physics"]),
        ("Laura Quinn", 36, ["English"]), ("Dan Moreau", 44, ["Math", "Chemistry"]),
        ("Aisha Karim", 58, ["SAT Prep", "English"]), ("Pete Olsen", 35, ["Math", "Biology"]),
    ]
    mode_spell = [("Online", 40), ("online", 12), ("In-person", 30), ("in person", 10), ("In Person", 8)]
    packages = [("10-pack", 40), ("Pay as you go", 25), ("PAYG", 10), ("payg", 5), ("Monthly", 20)]
    students = []
    for i in range(1, 541):
        students.append({"id": "ST%04d" % i, "grade0": random.randint(6, 12),
                         "branch": pick(branch_w), "w": 0.2 + random.random() ** 2.5 * 4,
                         "subj": pick(subj_w), "pkg": pick(packages)})
    stu_w = [(s, s["w"]) for s in students]
    start, end = dt.date(2023, 8, 21), dt.date(2025, 6, 13)
    rows = []
    for i in range(2932):
        s = pick(stu_w)
        day = rand_day(start, end)
        while day.month in (7,) or (day.month == 8 and day.day < 20) or day.weekday() == 6:
            day = rand_day(start, end)
        school_year = day.year if day.month >= 8 else day.year - 1
        grade = min(12, s["grade0"] + (school_year - 2023))
        subj = s["subj"] if random.random() < 0.75 else pick(subj_w)
        cands = [t for t in tutors if subj in t[2]]
        tutor = cands[(hash_int(s["id"]) + (1 if random.random() < 0.2 else 0)) % len(cands)]
        branch = s["branch"] if random.random() < 0.9 else pick(branch_w)
        weekend = day.weekday() == 5
        hour = random.choice([9, 10, 11, 12, 13]) if weekend else random.choice([15, 16, 16, 17, 17, 18, 19])
        st = dt.datetime(day.year, day.month, day.day, hour, random.choice([0, 0, 30]))
        mins = pick([(45, 15), (60, 55), (90, 25), (120, 5)])
        cancelled = random.random() < 0.07
        pkg = s["pkg"]
        pkg_l = pkg.lower()
        disc = 0.85 if pkg_l == "10-pack" else (0.9 if pkg_l == "monthly" else 1.0)
        rate = tutor[1]
        if cancelled:
            se = ""
            billed = ""
            paid = ""
            pre = post = ""
        else:
            actual = mins + random.choice([-5, 0, 0, 0, 5, 10])
            se = ts(st + dt.timedelta(minutes=actual))
            billed = money(round(rate * mins / 60 * disc, 2))
            paid = flag(random.random() < 0.9, [("TF", 40), ("YN", 35), ("yesno", 15), ("blank", 10)])
            pre_v = max(20, min(100, int(random.gauss(62, 13))))
            post_v = max(20, min(100, int(pre_v + random.gauss(6, 7))))
            pre = "" if random.random() < 0.35 else str(pre_v)
            post = "" if random.random() < 0.4 else str(post_v)
        rows.append([None, s["id"], grade, pick(subjects[subj]), tutor[0], money(rate),
                     pick(branches[branch]), pick(mode_spell), ts(st), se,
                     flag(cancelled, [("YN", 60), ("TF", 25), ("yesno", 15)]), billed, paid, pkg, pre, post, st])
    rows.sort(key=lambda r: (r[-1], r[1]))
    out = []
    for k, r in enumerate(rows):
        r[0] = "TS-%05d" % (10001 + k)
        out.append(r[:-1])
    header = ["session_id", "studentId", "grade", "subject", "tutorName", "tutor_hourly_rate", "branch", "Mode",
              "session_start", "session_end", "cancelled", "billed_amount", "Paid", "package", "pre_quiz",
              "post_quiz"]
    write_csv("tutoring_sessions.csv", header, out)


def hash_int(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000003
    return h


if __name__ == "__main__":
    make_grooming()
    make_bus()
    make_hackathon()
    make_tutoring()
