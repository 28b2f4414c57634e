#!/usr/bin/env python3
"""Generate four synthetic, messy business exports for the heldout29 question set.
Standard library only. Deterministic: random.Random(20261229)."""
import csv, json, os, datetime as dt, random

rng = random.Random(20261229)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)

def pick(variants):
    return rng.choice(variants)

def yesno(val, blank_rate=0.08):
    if rng.random() < blank_rate and not val:
        return ""
    if val:
        return pick(["Y", "yes", "Yes", "TRUE", "1", "y", "YES", "true"])
    return pick(["N", "no", "No", "FALSE", "0", "n", "false"])

# ---------------------------------------------------------------- 1. tailor alterations
def tailor():
    tailors = {  # canonical -> (variants, hourly rate)
        "maria": (["Maria", "maria", "MARIA ", "Maria "], 38.0),
        "joon": (["Joon", "joon", "JOON", "Joon "], 42.5),
        "aziz": (["Aziz", "aziz ", "AZIZ"], 35.0),
        "priya": (["Priya", "priya", "Priya  ", "PRIYA"], 45.0),
    }
    tailor_w = {"maria": 0.33, "joon": 0.27, "aziz": 0.22, "priya": 0.18}
    garments = {
        "trousers": (["Trousers", "trousers", "TROUSERS ", "Pants", "pants"], 1.0),
        "dress": (["Dress", "dress ", "DRESS"], 1.3),
        "suit jacket": (["Suit Jacket", "suit jkt", "Suit jacket ", "SUIT JACKET"], 1.6),
        "shirt": (["Shirt", "shirt", "SHIRT "], 0.8),
        "coat": (["Coat", "coat ", "Overcoat"], 1.8),
        "skirt": (["Skirt", "skirt", "SKIRT"], 0.9),
    }
    garment_w = [0.30, 0.18, 0.16, 0.14, 0.10, 0.12]
    alterations = {
        "hem": (["Hem", "hem", "HEM ", "hemming"], 18, 25),
        "take in": (["Take In", "take in", "take-in", "TAKE IN "], 28, 45),
        "let out": (["Let Out", "let out", "let-out"], 30, 50),
        "zip replacement": (["Zip Replacement", "zip replace", "zipper", "ZIP REPLACEMENT"], 22, 30),
        "shorten sleeves": (["Shorten Sleeves", "sleeves shorten", "shorten sleeves ", "Sleeve shorten"], 25, 40),
    }
    alt_w = [0.34, 0.22, 0.10, 0.16, 0.18]
    notes_pool = ["", "", "", "customer in a hurry", "wedding next week", "match thread colour",
                  "has pins marked", "call before pickup", "delicate fabric - silk", "second fitting needed",
                  "bring matching shoes for hem length", "repeat customer, likes narrow fit"]
    rows = []
    start = dt.date(2024, 1, 2)
    for i in range(1240):
        d = start + dt.timedelta(days=rng.randint(0, 700))
        if d.weekday() == 6:
            d += dt.timedelta(days=1)
        t = rng.choices(list(tailors), weights=list(tailor_w.values()))[0]
        g = rng.choices(list(garments), weights=garment_w)[0]
        a = rng.choices(list(alterations), weights=alt_w)[0]
        if g == "shirt" and a == "let out":
            a = "take in"
        rush = rng.random() < 0.18
        lo, hi = alterations[a][1], alterations[a][2]
        minutes = int(rng.randint(lo, hi) * garments[g][1] + rng.randint(0, 10))
        price = round(8 + minutes * 0.55 * (1.5 if rush else 1.0) + rng.choice([0, 0, 2.5, 5]), 2)
        turnaround = rng.randint(1, 3) if rush else rng.randint(3, 12)
        pick_up = d + dt.timedelta(days=turnaround)
        paid = rng.random() < 0.9
        if d > dt.date(2025, 11, 20) and rng.random() < 0.6:
            pick_up_s = ""; paid = rng.random() < 0.3
        elif rng.random() < 0.03:
            pick_up_s = ""
        else:
            pick_up_s = pick_up.isoformat()
        paid_s = pick(["Paid", "paid", "PAID"]) if paid else (pick(["Unpaid", "unpaid ", "UNPAID"]) if rng.random() < 0.85 else "")
        rows.append({
            "ticket_id": f"T-{10001 + i}",
            "Drop Off Date": d.isoformat(),
            "pickupDate": pick_up_s,
            "customer_id": f"C{rng.randint(1, 420):04d}",
            "Garment Type": pick(garments[g][0]),
            "alteration": pick(alterations[a][0]),
            "Tailor": pick(tailors[t][0]),
            "Tailor Hourly Rate": f"{tailors[t][1]:.2f}",
            "est_minutes": minutes,
            "Price (USD)": f"{price:.2f}",
            "rush_order": yesno(rush),
            "payment status": paid_s,
            "customer_notes": rng.choice(notes_pool),
        })
    rows.sort(key=lambda r: (r["Drop Off Date"], r["ticket_id"]))
    with open(os.path.join(OUT, "tailor_alterations.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader(); w.writerows(rows)
    return len(rows)

# ---------------------------------------------------------------- 2. food truck sales
def food_truck():
    trucks = {
        "taco loco": (["Taco Loco", "taco loco", "TACO LOCO ", "Taco Loco "], 7.5,
                      [("Al Pastor Taco", 4.5), ("Carnitas Taco", 4.5), ("Veggie Burrito", 11.0), ("Churros", 5.0), ("Horchata", 3.5)]),
        "curry up": (["Curry Up", "curry up", "CurryUp", "CURRY UP"], 9.0,
                     [("Chicken Tikka Bowl", 13.5), ("Chana Masala", 11.5), ("Samosa (2)", 6.0), ("Mango Lassi", 4.5)]),
        "bao down": (["Bao Down", "bao down ", "BAO DOWN", "Bao down"], 6.0,
                     [("Pork Belly Bao", 5.5), ("Tofu Bao", 5.0), ("Bao Trio", 14.0), ("Bubble Tea", 5.5)]),
        "cheese please": (["Cheese Please", "cheese please", "Cheese Please!", "CHEESE PLEASE "], 5.0,
                          [("Classic Grilled Cheese", 9.0), ("Truffle Melt", 13.0), ("Tomato Soup", 6.0), ("Lemonade", 3.5)]),
    }
    truck_w = [0.32, 0.26, 0.24, 0.18]
    locations = {
        "downtown": ["Downtown", "downtown", "DT", "Downtown "],
        "harbor park": ["Harbor Park", "harbor pk", "Harbour Park", "HARBOR PARK"],
        "university": ["University", "univ", "Uni Campus", "university "],
        "tech park": ["Tech Park", "tech park", "TECH PK"],
    }
    loc_w = [0.36, 0.22, 0.26, 0.16]
    pays = {"card": ["card", "Card", "CARD", "credit card"], "cash": ["cash", "Cash", "CASH "],
            "mobile": ["mobile", "Apple Pay", "google pay", "Mobile"]}
    weather = {"sunny": ["sunny", "Sunny", "SUNNY"], "cloudy": ["cloudy", "Cloudy", "overcast"],
               "rain": ["rain", "Rainy", "RAIN", "showers"]}
    notes = ["", "", "", "", "", "extra napkins", "customer asked for no onions", "refund partial - wrong order",
             "regular", "school group", "paid exact change", "card reader slow"]
    rows = []
    t0 = dt.datetime(2024, 3, 1, 11, 0)
    total_qty = 0; total_amt = 0.0
    for i in range(2600):
        day = t0 + dt.timedelta(days=rng.randint(0, 640))
        ts = day.replace(hour=rng.choice([11, 11, 12, 12, 12, 13, 13, 14, 17, 18, 19]), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        tk = rng.choices(list(trucks), weights=truck_w)[0]
        item, price = rng.choice(trucks[tk][2])
        qty = rng.choices([1, 2, 3, 4], weights=[0.62, 0.25, 0.09, 0.04])[0]
        disc = "" if rng.random() < 0.85 else rng.choice([10, 15, 20])
        line = round(qty * price * (1 - (disc or 0) / 100), 2)
        pm = rng.choices(list(pays), weights=[0.5, 0.2, 0.3])[0]
        wx = rng.choices(list(weather), weights=[0.5, 0.3, 0.2])[0]
        tip = "" if rng.random() < 0.45 else f"{round(rng.uniform(0, 0.2) * line, 2):.2f}"
        loyal = rng.random() < 0.3
        total_qty += qty; total_amt += line
        rows.append({
            "sale_id": 50001 + i,
            "Sale Timestamp": ts.strftime("%Y-%m-%d %H:%M:%S"),
            "truck": pick(trucks[tk][0]),
            "Location": pick(locations[rng.choices(list(locations), weights=loc_w)[0]]),
            "menu_item": item,
            "qty": qty,
            "unit_price_usd": f"{price:.2f}",
            "discount_pct": disc,
            "Line Total ($)": f"{line:.2f}",
            "payment_method": pick(pays[pm]),
            "loyaltyMember": yesno(loyal, 0.15),
            "Generator kW": trucks[tk][1],
            "weather": pick(weather[wx]),
            "tip_usd": tip,
            "cashier_note": rng.choice(notes),
        })
    rows.sort(key=lambda r: r["Sale Timestamp"])
    total = {k: "" for k in rows[0]}
    total.update({"truck": "TOTAL", "qty": total_qty, "Line Total ($)": f"{total_amt:.2f}"})
    with open(os.path.join(OUT, "food_truck_sales.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader(); w.writerows(rows); w.writerow(total)
    return len(rows) + 1

# ---------------------------------------------------------------- 3. driving school lessons
def driving():
    instructors = {
        "dana": (["Dana", "dana", "DANA ", "Dana K."], 12),
        "luis": (["Luis", "luis ", "LUIS", "Luis M."], 4),
        "ingrid": (["Ingrid", "ingrid", "INGRID"], 8),
        "tom": (["Tom", "tom", "Tom ", "T. Becker"], 2),
        "amara": (["Amara", "amara", "AMARA "], 6),
    }
    inst_w = [0.26, 0.22, 0.2, 0.14, 0.18]
    cars = {"CAR-01": ("manual", "VW Golf"), "CAR-02": ("manual", "Ford Fiesta"), "CAR-03": ("automatic", "Toyota Yaris"),
            "CAR-04": ("automatic", "Toyota Yaris"), "CAR-05": ("manual", "Skoda Fabia"), "CAR-06": ("automatic", "Kia Niro EV")}
    trans_sp = {"manual": ["manual", "Manual", "MT", "MANUAL "], "automatic": ["automatic", "Auto", "AT", "Automatic "]}
    types = {
        "city driving": (["City Driving", "city", "CITY DRIVING", "city driving "], 0.4),
        "highway": (["Highway", "highway", "hwy", "HIGHWAY"], 0.18),
        "parking": (["Parking", "parallel parking", "parking ", "PARKING"], 0.2),
        "test prep": (["Test Prep", "test prep", "mock test", "TEST PREP "], 0.14),
        "night driving": (["Night Driving", "night", "night driving"], 0.08),
    }
    comments = ["", "", "", "good mirror checks", "needs work on roundabouts", "stalled twice on hill start",
                "nervous merging", "excellent lane discipline", "late braking", "ready for test soon",
                "student arrived 10 min late", "rain - reduced speed practice"]
    students = [f"S{n:03d}" for n in range(1, 261)]
    rows = []
    for i in range(1650):
        d = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 690))
        ins = rng.choices(list(instructors), weights=inst_w)[0]
        car = rng.choice(list(cars))
        lt = rng.choices(list(types), weights=[v[1] for v in types.values()])[0]
        dur = rng.choice([45, 60, 60, 60, 90, 90, 120]) if lt != "highway" else rng.choice([90, 120])
        hour = rng.randint(7, 17) if lt != "night driving" else rng.randint(19, 21)
        fee = round(dur / 60 * (52 if lt != "test prep" else 60) + (5 if cars[car][0] == "automatic" else 0), 2)
        cancelled = rng.random() < 0.09
        km = "" if cancelled else round(dur * rng.uniform(0.25, 0.45) * (2.2 if lt == "highway" else 1.0), 1)
        result = ""
        if lt == "test prep" and not cancelled:
            p = 0.45 + instructors[ins][1] * 0.03
            result = pick(["pass", "Pass", "PASS"]) if rng.random() < p else pick(["fail", "Fail", "FAIL "])
        rows.append({
            "lesson_id": f"L{i + 1:05d}",
            "StudentID": rng.choice(students),
            "Instructor": pick(instructors[ins][0]),
            "instructor_years_exp": instructors[ins][1],
            "Lesson Date": d.isoformat(),
            "start_time": f"{hour:02d}:{rng.choice(['00', '15', '30', '45'])}",
            "duration_min": dur,
            "lesson_type": pick(types[lt][0]),
            "Car ID": car,
            "Transmission": pick(trans_sp[cars[car][0]]),
            "Fee (EUR)": f"{fee:.2f}",
            "cancelled": yesno(cancelled, 0.2),
            "km_driven": km,
            "Mock Test Result": result,
            "instructor_comment": rng.choice(comments) if not cancelled else rng.choice(["", "no show", "student sick", "car in service"]),
        })
    with open(os.path.join(OUT, "driving_school_lessons.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader(); w.writerows(rows)
    return len(rows)

# ---------------------------------------------------------------- 4. community garden plots (JSON)
def garden():
    sections = {"north": ["North", "north ", "N", "NORTH"], "south": ["South", "south", "S", "SOUTH "],
                "east": ["East", "east", "E"], "west": ["West", "west ", "W", "WEST"]}
    plots = []
    for sec, pre in zip(sections, "ABCD"):
        n = {"north": 70, "south": 80, "east": 60, "west": 75}[sec]
        for k in range(1, n + 1):
            plots.append((f"{pre}-{k:02d}", sec, rng.choice([6, 8, 8, 10, 10, 12, 15, 20])))
    crops = {"tomatoes": ["Tomatoes", "tomato", "TOMATOES ", "tomatoes"], "beans": ["Beans", "beans", "green beans", "BEANS"],
             "herbs": ["Herbs", "herbs ", "HERBS", "herb mix"], "lettuce": ["Lettuce", "lettuce", "salad greens"],
             "squash": ["Squash", "squash", "zucchini", "Courgette"], "potatoes": ["Potatoes", "potato", "spuds"]}
    crop_w = [0.3, 0.18, 0.14, 0.14, 0.14, 0.1]
    crop_yield = {"tomatoes": 3.2, "beans": 1.8, "herbs": 0.6, "lettuce": 1.5, "squash": 3.8, "potatoes": 2.9}
    fee_rate = {2023: 4.0, 2024: 4.5, 2025: 5.0}
    first = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Mei", "Noor", "Oscar", "Pia"]
    last = ["Okafor", "Schmidt", "Nguyen", "Rossi", "Haddad", "Kowalski", "Silva", "Tanaka", "Brown", "Larsen"]
    members = []
    for m in range(1, 381):
        jd = dt.date(2015, 3, 1) + dt.timedelta(days=rng.randint(0, 3600))
        members.append((f"M{m:03d}", f"{rng.choice(first)} {rng.choice(last)}", jd))
    notes = ["", "", "", "shares plot with neighbour", "raised bed requested", "slug problem", "away in August",
             "first season", "needs hose repair", "won best plot 2024", "prefers morning watering", "lost key once"]
    recs = []
    rid = 1
    for season in (2023, 2024, 2025):
        avail = [m for m in members if m[2].year <= season]
        rng.shuffle(avail)
        occ = rng.sample(plots, {2023: 240, 2024: 262, 2025: 278}[season])
        for j, pl in enumerate(occ):
            mem = avail[j % len(avail)]
            crop = rng.choices(list(crops), weights=crop_w)[0]
            status = rng.choices(["active", "cancelled"], weights=[0.93, 0.07])[0]
            su = dt.datetime(season, 1, 15, 8) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 70))
            su_s = su.strftime("%Y-%m-%d %H:%M:%S") if rng.random() < 0.7 else su.strftime("%Y-%m-%dT%H:%M:%S")
            harvest = None if status == "cancelled" or rng.random() < 0.08 else round(pl[2] * crop_yield[crop] * rng.uniform(0.5, 1.4), 1)
            recs.append({
                "rental_id": f"R{rid:05d}",
                "plot": {"code": pl[0], "section": pick(sections[pl[1]]), "bed_size_m2": pl[2]},
                "member": {"member_id": mem[0], "name": mem[1], "joined": mem[2].isoformat()},
                "Season": season,
                "signupTimestamp": su_s,
                "annual_fee_usd": round(pl[2] * fee_rate[season], 2),
                "Deposit Returned": yesno(status == "active" and rng.random() < 0.7, 0.15) if season < 2025 else "",
                "water": {"meter_id": f"W-{pl[0][0]}{(int(pl[0][2:]) - 1) // 10 + 1}", "liters": None if rng.random() < 0.05 else round(pl[2] * rng.uniform(180, 420), 1)},
                "harvest_kg": harvest,
                "primary_crop": pick(crops[crop]),
                "volunteerHours": rng.choice([0, 0, 2, 4, 4, 6, 8, 10, 12]),
                "status": pick({"active": ["active", "Active", "ACTIVE"], "cancelled": ["cancelled", "canceled", "Cancelled "]}[status]),
                "notes": rng.choice(notes),
            })
            rid += 1
        for _ in range({2023: 30, 2024: 38, 2025: 47}[season]):
            mem = rng.choice(members)
            su = dt.datetime(season, 1, 15, 8) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 90))
            recs.append({
                "rental_id": f"R{rid:05d}", "plot": None,
                "member": {"member_id": mem[0], "name": mem[1], "joined": mem[2].isoformat()},
                "Season": season, "signupTimestamp": su.strftime("%Y-%m-%d %H:%M:%S"),
                "annual_fee_usd": 0, "Deposit Returned": "", "water": None, "harvest_kg": None,
                "primary_crop": "", "volunteerHours": rng.choice([0, 0, 2]),
                "status": pick(["waitlist", "wait-list", "Waitlist", "WAITLIST "]), "notes": rng.choice(["", "", "wants sunny plot", "any section ok"]),
            })
            rid += 1
    with open(os.path.join(OUT, "garden_plot_rentals.json"), "w") as f:
        json.dump(recs, f, indent=1)
    return len(recs)

if __name__ == "__main__":
    print("tailor_alterations.csv", tailor())
    print("food_truck_sales.csv", food_truck())
    print("driving_school_lessons.csv", driving())
    print("garden_plot_rentals.json", garden())
