#!/usr/bin/env python3
"""Generate four synthetic, deliberately messy business exports for heldout28.

Writes into /work/h28/data/:
  pet_boarding_stays.csv   - a pet boarding kennel's stay log (3 branches)
  bowling_lane_games.csv   - a bowling alley's lane sessions
  plant_nursery_sales.csv  - a plant nursery's POS line items (with a TOTAL row)
  music_lessons.json       - a music school's lesson records (nested objects)
Standard library only; deterministic via random.Random(20261228).
"""
import csv
import json
import os
from datetime import datetime, timedelta, date
import random

rng = random.Random(20261228)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)


def flag(v, blank_rate=0.05):
    """Write a boolean the many ways real exports do."""
    if rng.random() < blank_rate:
        return ""
    if v:
        return rng.choice(["Y", "yes", "Yes", "TRUE", "true", "1", "y", "YES"])
    return rng.choice(["N", "no", "No", "FALSE", "false", "0", "n"])


def pick_spelling(variants):
    return rng.choice(variants)


def rand_ts(start, end):
    span = int((end - start).total_seconds())
    return start + timedelta(seconds=rng.randrange(span))


# ---------------------------------------------------------------- pet boarding
def make_pet_boarding():
    branches = {
        "north": (["North Branch", "north", "N. Branch", "NORTH BRANCH "], 40),
        "downtown": (["Downtown", "downtown ", "DT", "Down Town"], 25),
        "eastside": (["Eastside", "east side", "EASTSIDE", "E. Side"], 32),
    }
    branch_w = [0.42, 0.27, 0.31]
    species = {
        "dog": ["Dog", "dog", "DOG", "dog ", "Canine"],
        "cat": ["Cat", "cat", "CAT", "Feline"],
        "rabbit": ["Rabbit", "rabbit", "Bunny"],
    }
    species_w = [0.64, 0.3, 0.06]
    sizes = {
        "small": (["S", "Small", "small", "SM"], 38.0),
        "medium": (["M", "Medium", "med", "MEDIUM"], 46.0),
        "large": (["L", "Large", "large ", "LG"], 57.0),
    }
    dog_breeds = ["Labrador", "Beagle", "Golden Retriever", "Poodle mix", "German Shepherd",
                  "Dachshund", "Border Collie", "Pug", "Husky", "Boxer", "Mutt"]
    cat_breeds = ["Domestic Shorthair", "Siamese", "Maine Coon", "Ragdoll", "Tabby", "Persian"]
    rabbit_breeds = ["Holland Lop", "Mini Rex", "Lionhead"]
    pet_names = ["Max", "Bella", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Oscar",
                 "Ruby", "Teddy", "Nala", "Biscuit", "Pepper", "Ziggy", "Hazel", "Otis", "Willow",
                 "Mochi", "Juniper", "Tank", "Pickles", "Sage", "Bruno"]
    notes_pool = ["", "", "", "", "shy at first", "needs slow feeder", "barks at night",
                  "likes belly rubs, no treats", "separation anxiety", "picky eater",
                  "owner called twice", "bring back blue blanket", "allergic to chicken",
                  "escaped once - double latch", "great with other dogs", "senior, gentle walks"]

    # owners and pets: a pet always belongs to one owner and has fixed species/size/weight
    owners = [f"OW-{1000 + i}" for i in range(420)]
    pets = []
    for i in range(620):
        sp = rng.choices(list(species), species_w)[0]
        if sp == "dog":
            sz = rng.choices(["small", "medium", "large"], [0.35, 0.38, 0.27])[0]
            wt = {"small": rng.uniform(3, 10), "medium": rng.uniform(10, 25), "large": rng.uniform(25, 48)}[sz]
            breed = rng.choice(dog_breeds)
        elif sp == "cat":
            sz = rng.choices(["small", "medium"], [0.8, 0.2])[0]
            wt = rng.uniform(2.8, 7.5)
            breed = rng.choice(cat_breeds)
        else:
            sz = "small"
            wt = rng.uniform(1.0, 3.2)
            breed = rng.choice(rabbit_breeds)
        pets.append({
            "name": rng.choice(pet_names), "species": sp, "size": sz, "weight": round(wt, 1),
            "breed": breed, "owner": rng.choice(owners),
            "branch": rng.choices(list(branches), branch_w)[0],
        })

    rows = []
    start = datetime(2023, 1, 2)
    end = datetime(2025, 6, 28)
    for i in range(1480):
        p = rng.choice(pets)
        cin = rand_ts(start, end).replace(minute=rng.choice([0, 15, 30, 45]), second=0)
        cin = cin.replace(hour=rng.randint(7, 18))
        nights = rng.choices([1, 2, 3, 4, 5, 6, 7, 10, 14], [14, 20, 18, 13, 10, 8, 9, 5, 3])[0]
        cout = (cin + timedelta(days=nights)).replace(hour=rng.randint(8, 17), minute=rng.choice([0, 15, 30, 45]))
        still_in = cin > datetime(2025, 6, 15) and rng.random() < 0.7
        meds = rng.random() < (0.22 if p["species"] == "dog" else 0.15)
        groom = p["species"] != "rabbit" and rng.random() < 0.31
        rate = sizes[p["size"]][1]
        total = nights * rate + (25.0 if groom else 0.0) + (6.0 * nights if meds else 0.0)
        row = {
            "stay_id": f"PB-{20000 + i}",
            "Pet Name": p["name"],
            "species": pick_spelling(species[p["species"]]),
            "breed": p["breed"] if rng.random() > 0.04 else "",
            "ownerId": p["owner"],
            "check_in": cin.strftime("%Y-%m-%d %H:%M:%S"),
            "Check Out": "" if still_in else cout.strftime("%Y-%m-%d %H:%M:%S"),
            "kennel_size": pick_spelling(sizes[p["size"]][0]),
            "nightly_rate_usd": f"{rate:.2f}",
            "Weight (kg)": "" if rng.random() < 0.06 else f"{p['weight']:.1f}",
            "meds_required": flag(meds, 0.07),
            "Grooming Add-on": flag(groom, 0.04),
            "total_charge": "" if still_in else f"{total:.2f}",
            "location": pick_spelling(branches[p["branch"]][0]),
            "kennel_capacity": branches[p["branch"]][1],
            "staff_notes": rng.choice(notes_pool),
        }
        rows.append(row)
    rows.sort(key=lambda r: r["check_in"])
    write_csv("pet_boarding_stays.csv", rows)
    return len(rows), len(rows[0])


# ---------------------------------------------------------------- bowling
def make_bowling():
    lane_type_sp = {
        "standard": ["Standard", "std", "STANDARD", "standard "],
        "cosmic": ["Cosmic", "glow", "Glow ", "COSMIC"],
        "vip": ["VIP", "vip", "V.I.P.", "Vip Suite"],
    }
    lanes = {}
    for n in range(1, 25):
        lt = "vip" if n >= 21 else ("cosmic" if n >= 13 else "standard")
        lanes[n] = (lt, 8 if lt == "vip" else 6)
    fee_per_hour = {"standard": 34.0, "cosmic": 42.0, "vip": 65.0}
    channels = {
        "walk-in": ["Walk-in", "walk in", "WALKIN", "walk-in "],
        "online": ["Online", "online", "web", "WEB"],
        "phone": ["Phone", "phone ", "PHONE", "tel"],
    }
    parties = ["Smith party", "Garcia bday", "Office social", "Lee family", "Tuesday League - Pin Pals",
               "Tuesday League - Split Happens", "Thursday League - Alley Cats", "Youth club",
               "Church group", "Corporate: Acme", "Corporate: Northwind", "Date night", "",
               "Nguyen", "Patel bday", "Bachelor party", "Retirees mixer"]
    rows = []
    start = datetime(2023, 1, 1)
    end = datetime(2025, 6, 30)
    for i in range(1760):
        lane = rng.choices(range(1, 25), [1.0] * 12 + [1.3] * 8 + [0.7] * 4)[0]
        lt, maxb = lanes[lane]
        st = rand_ts(start, end)
        st = st.replace(hour=rng.choices(range(11, 23), [1, 1, 1, 2, 2, 3, 4, 6, 7, 7, 5, 3])[0],
                        minute=rng.choice([0, 15, 30, 45]), second=0)
        dur_min = rng.choice([60, 60, 90, 90, 120, 120, 150, 180])
        et = st + timedelta(minutes=dur_min + rng.choice([-5, 0, 0, 0, 5, 10]))
        league = st.weekday() in (1, 3) and rng.random() < 0.55
        bowlers = rng.randint(2, maxb)
        shoes = max(0, bowlers - rng.choice([0, 0, 0, 1, 1, 2]))
        fee = round(fee_per_hour[lt] * dur_min / 60.0 * (0.8 if league else 1.0), 2)
        fnb = 0.0 if rng.random() < 0.18 else round(rng.uniform(6, 22) * bowlers * (1.4 if lt == "vip" else 1.0), 2)
        scores = [max(40, min(300, int(rng.gauss(138 if league else 112, 32)))) for _ in range(bowlers)]
        if fnb == 0.0:
            fnb_txt = rng.choice(["", "0", "$0.00"])
        else:
            fnb_txt = rng.choice([f"${fnb:,.2f}", f"{fnb:.2f}", f"{fnb:.1f}" if fnb * 10 == int(fnb * 10) else f"{fnb:.2f}", f"$ {fnb:.2f}"])
        ch = "phone" if league and rng.random() < 0.7 else rng.choices(list(channels), [0.45, 0.38, 0.17])[0]
        rows.append({
            "game_id": f"G{50000 + i}",
            "Lane #": lane,
            "laneType": pick_spelling(lane_type_sp[lt]),
            "start_time": st.strftime("%Y-%m-%d %H:%M:%S"),
            "End Time": et.strftime("%Y-%m-%d %H:%M:%S"),
            "league_night": flag(league, 0.06),
            "Bowler Count": bowlers,
            "shoe_rentals": shoes if rng.random() > 0.05 else "",
            "Lane Fee ($)": f"{fee:.2f}",
            "F&B Spend": fnb_txt,
            "high_score": max(scores),
            "avgScore": round(sum(scores) / len(scores), 1),
            "party_name": rng.choice(parties),
            "booking_channel": pick_spelling(channels[ch]),
            "lane_max_bowlers": maxb,
        })
    rows.sort(key=lambda r: r["start_time"])
    write_csv("bowling_lane_games.csv", rows)
    return len(rows), len(rows[0])


# ---------------------------------------------------------------- plant nursery
def make_nursery():
    cust = {
        "retail": ["Retail", "retail", "RETAIL ", "walk-in retail"],
        "landscaper": ["Landscaper", "landscaper", "Pro", "LANDSCAPE PRO"],
        "wholesale": ["Wholesale", "wholesale", "WHSL", "whsl "],
    }
    cats = {
        "perennial": ["Perennial", "perennials", "PERENNIAL", "Perennial "],
        "shrub": ["Shrub", "shrubs", "SHRUB"],
        "tree": ["Tree", "trees", "TREE "],
        "annual": ["Annual", "annuals", "Bedding annual"],
        "succulent": ["Succulent", "succulents", "cacti/succulent"],
        "houseplant": ["Houseplant", "house plant", "Indoor", "HOUSEPLANT"],
    }
    zones = {"A": (["GH-A", "gh a", "Zone A"], 120), "B": (["GH-B", "gh b", "Zone B"], 90),
             "C": (["GH-C", "gh c", "Zone C"], 150), "Y": (["Yard", "yard", "outdoor yard"], 300)}
    catalog = [
        ("perennial", "Lavender 'Hidcote'", [1, 2], 11.5, True, "A"),
        ("perennial", "Black-eyed Susan", [1, 2], 9.0, True, "A"),
        ("perennial", "Hosta 'Frances Williams'", [1, 2, 3], 14.0, False, "A"),
        ("perennial", "Coneflower", [1, 2], 10.5, True, "A"),
        ("perennial", "Salvia May Night", [1], 8.75, False, "A"),
        ("shrub", "Hydrangea 'Annabelle'", [3, 5], 34.0, True, "Y"),
        ("shrub", "Boxwood", [3, 5, 7], 29.0, False, "Y"),
        ("shrub", "Serviceberry shrub", [5, 7], 48.0, True, "Y"),
        ("shrub", "Rose 'Knock Out'", [3], 27.5, False, "Y"),
        ("tree", "Red Maple", [7, 15], 119.0, True, "Y"),
        ("tree", "Eastern Redbud", [7, 15], 135.0, True, "Y"),
        ("tree", "Japanese Maple", [7, 15], 189.0, False, "Y"),
        ("tree", "Meyer Lemon (patio)", [5, 7], 79.0, False, "B"),
        ("annual", "Petunia flat", [1], 4.5, False, "C"),
        ("annual", "Marigold 6-pack", [1], 3.75, False, "C"),
        ("annual", "Impatiens flat", [1], 4.25, False, "C"),
        ("succulent", "Echeveria mix", [1], 6.5, False, "B"),
        ("succulent", "Jade plant", [1, 2], 12.0, False, "B"),
        ("succulent", "Aloe vera", [1], 7.25, False, "B"),
        ("houseplant", "Monstera deliciosa", [2, 3], 32.0, False, "B"),
        ("houseplant", "Snake plant", [1, 2], 18.0, False, "B"),
        ("houseplant", "Fiddle leaf fig", [3, 5], 54.0, False, "B"),
        ("houseplant", "Pothos hanging basket", [1], 16.5, False, "B"),
    ]
    staff = ["JM", "ak", "RT", "jm", "LP", "SB", "AK "]
    notes_pool = ["", "", "", "", "", "customer will pick up Sat", "deliver to back gate",
                  "price match w/ flyer", "damaged leaf, 10% off", "hold until Friday",
                  "repeat customer", "invoice to office", "call before delivery", "gift - add card"]
    season_w = [0.4, 0.5, 1.2, 2.4, 2.8, 1.9, 1.1, 0.9, 1.3, 1.0, 0.5, 0.6]
    rows = []
    line = 0
    order_no = 70000
    customers = []
    for i in range(260):
        customers.append(rng.choices(list(cust), [0.7, 0.2, 0.1])[0])
    while line < 2130:
        order_no += 1
        ctype = rng.choice(customers)
        yr = rng.choices([2023, 2024, 2025], [0.3, 0.42, 0.28])[0]
        mo = rng.choices(range(1, 13), season_w)[0]
        if yr == 2025 and mo > 6:
            mo = rng.randint(3, 6)
        d = date(yr, mo, rng.randint(1, 28))
        n_lines = rng.choices([1, 2, 3, 4, 5], [35, 28, 18, 11, 8])[0]
        deliv = ctype != "retail" and rng.random() < 0.6 or (ctype == "retail" and rng.random() < 0.12)
        disc = {"retail": rng.choice([0, 0, 0, 0, 10, None]), "landscaper": rng.choice([10, 15, 15, None]),
                "wholesale": rng.choice([20, 25, 25])}[ctype]
        who = rng.choice(staff)
        for _ in range(n_lines):
            line += 1
            cat, name, pots, base, native, zone = rng.choice(catalog)
            pot = rng.choice(pots)
            price = round(base * (1 + 0.55 * (pot - min(pots)) / max(1, min(pots))), 2)
            qty = rng.choice([1, 1, 1, 2, 2, 3, 4, 6]) * (rng.choice([3, 5, 10]) if ctype == "wholesale" else 1)
            dp = disc or 0
            total = round(qty * price * (1 - dp / 100.0), 2)
            rows.append({
                "Order Line ID": f"L{100000 + line}",
                "order_no": f"SO-{order_no}",
                "sale_date": d.isoformat(),
                "Customer Type": pick_spelling(cust[ctype]),
                "plant_category": pick_spelling(cats[cat]),
                "plant_name": name,
                "Pot Size (gal)": pot,
                "qty": qty,
                "unit_price_usd": f"{price:.2f}",
                "discountPct": "" if disc is None else disc,
                "Line Total (USD)": f"{total:.2f}",
                "is_native": flag(native, 0.08),
                "delivery?": flag(deliv, 0.05),
                "greenhouse_zone": pick_spelling(zones[zone][0]),
                "bench_capacity": zones[zone][1],
                "Staff": who,
                "notes": rng.choice(notes_pool) if rng.random() < 0.5 else "",
            })
    rows.sort(key=lambda r: (r["sale_date"], r["Order Line ID"]))
    # an export footer row with totals, as the POS writes it
    total_row = {k: "" for k in rows[0]}
    total_row["Order Line ID"] = "TOTAL"
    total_row["qty"] = sum(r["qty"] for r in rows)
    total_row["Line Total (USD)"] = f"{sum(float(r['Line Total (USD)']) for r in rows):.2f}"
    rows.append(total_row)
    for r in rows:  # the POS export omits the staff column
        r.pop("Staff")
    write_csv("plant_nursery_sales.csv", rows)
    return len(rows), len(rows[0])


# ---------------------------------------------------------------- music school
def make_music():
    instruments = {
        "piano": ["Piano", "piano", "PIANO ", "keys"],
        "guitar": ["Guitar", "guitar", "gtr", "GUITAR"],
        "violin": ["Violin", "violin", "VIOLIN", "fiddle"],
        "drums": ["Drums", "drums", "drum kit"],
        "voice": ["Voice", "vocals", "Singing", "voice "],
    }
    levels = {"beginner": ["Beginner", "beginner", "BEG", "beg."],
              "intermediate": ["Intermediate", "INT", "intermed", "intermediate "],
              "advanced": ["Advanced", "adv", "ADVANCED"]}
    statuses = {"completed": ["Completed", "completed", "done", "COMPLETED"],
                "cancelled": ["Cancelled", "canceled", "CANCELLED", "cancelled by parent"],
                "no-show": ["No Show", "no-show", "noshow", "NO SHOW"]}
    pay_methods = {"card": ["card", "Card", "credit card", "CARD"],
                   "cash": ["cash", "Cash"],
                   "bank transfer": ["ACH", "bank transfer", "Bank Transfer", "ach"]}
    teachers = [
        ("T01", "Ana Ruiz", "piano", 62.0), ("T02", "Ben Okafor", "guitar", 55.0),
        ("T03", "Chloe Park", "violin", 68.0), ("T04", "Dev Sharma", "drums", 52.0),
        ("T05", "Elena Costa", "voice", 58.0), ("T06", "Frank Miller", "piano", 71.0),
        ("T07", "Grace Liu", "guitar", 49.0), ("T08", "Hugo Brandt", "violin", 60.0),
        ("T09", "Iris Nakamura", "piano", 57.0),
    ]
    tw = [1.3, 1.1, 0.8, 0.7, 0.9, 1.0, 1.2, 0.5, 0.9]
    first = ["Ava", "Liam", "Mia", "Noah", "Zoe", "Eli", "Ivy", "Leo", "Nora", "Owen", "Ruby",
             "Sam", "Tess", "Umar", "Vera", "Wes", "Yara", "Kai", "Maya", "Jude"]
    last = ["Adams", "Brown", "Chen", "Diaz", "Evans", "Fox", "Gupta", "Hill", "Ito", "Jones",
            "Khan", "Lopez", "Moore", "Novak", "Olsen", "Price"]
    students = []
    used_names = set()
    for i in range(230):
        age = rng.choices([rng.randint(6, 12), rng.randint(13, 17), rng.randint(18, 68)], [0.45, 0.3, 0.25])[0]
        lvl = rng.choices(list(levels), [0.5, 0.33, 0.17])[0]
        t = rng.choices(teachers, tw)[0]
        nm = f"{rng.choice(first)} {rng.choice(last)}"
        while nm in used_names:  # the school's roster keeps full names unique
            nm = f"{rng.choice(first)} {rng.choice(last)}"
        used_names.add(nm)
        students.append({"id": f"S{3000 + i}", "name": nm,
                         "age": age, "level": lvl, "teacher": t,
                         "dur": rng.choice([30, 30, 45, 45, 60]),
                         "pay": rng.choices(list(pay_methods), [0.55, 0.15, 0.3])[0]})
    rooms = ["Room 1", "Room 2", "Room 3", "Studio A", "Studio B (drums)", "Recital Hall"]
    notes_pool = ["", "", "", "worked on scales", "practice more at home!", "great progress on sight reading",
                  "left hand needs work", "prep for spring recital", "new song: Hallelujah",
                  "tuning issues, bring own strings", "parent sat in", "rhythm exercises w/ metronome",
                  "grade 3 exam piece", "warm-ups + breathing"]
    recs = []
    start = datetime(2023, 9, 1)
    end = datetime(2025, 6, 20)
    for i in range(1340):
        s = rng.choice(students)
        if rng.random() < 0.08:
            t = rng.choice(teachers)  # substitute teacher
        else:
            t = s["teacher"]
        inst = t[2]
        st = rand_ts(start, end)
        st = st.replace(hour=rng.choice([9, 10, 11, 15, 16, 16, 17, 17, 18, 19]),
                        minute=rng.choice([0, 0, 15, 30, 45]), second=0)
        status = rng.choices(list(statuses), [0.82, 0.11, 0.07])[0]
        trial = rng.random() < 0.06
        dur = s["dur"]
        fee = 0.0 if trial else round(t[3] * dur / 60.0, 2)
        if status == "completed":
            late = rng.choices([0, rng.randint(1, 4), rng.randint(5, 20)], [0.55, 0.3, 0.15])[0]
            checked = (st + timedelta(minutes=late - rng.choice([0, 2, 5]))).strftime("%Y-%m-%d %H:%M:%S")
        else:
            checked = None
        paid = status == "completed" and not trial and rng.random() < 0.9 or (status == "no-show" and rng.random() < 0.5)
        rec = {
            "lesson_id": f"LS-{8000 + i}",
            "student": {"id": s["id"], "name": s["name"], "age": s["age"],
                        "level": pick_spelling(levels[s["level"]])},
            "teacher": {"teacher_id": t[0], "name": t[1], "hourly_rate_usd": t[3]},
            "instrument": pick_spelling(instruments[inst]),
            "scheduled_start": st.strftime("%Y-%m-%dT%H:%M:%S"),
            "checked_in_at": checked,
            "Duration (min)": dur,
            "room": "Studio B (drums)" if inst == "drums" else rng.choice(rooms[:4] + ["Recital Hall"] * (1 if rng.random() < 0.1 else 0)),
            "status": pick_spelling(statuses[status]),
            "Fee (USD)": fee,
            "paid": flag(paid, 0.05),
            "isTrial": flag(trial, 0.1),
            "teacher_notes": rng.choice(notes_pool),
            "billing": {"method": pick_spelling(pay_methods[s["pay"]]),
                        "invoice_no": f"INV-{st.year}-{rng.randint(10000, 99999)}" if rng.random() > 0.04 else None},
        }
        recs.append(rec)
    recs.sort(key=lambda r: r["scheduled_start"])
    with open(os.path.join(OUT, "music_lessons.json"), "w") as f:
        json.dump(recs, f, indent=1)
    return len(recs), len(recs[0])


def write_csv(name, rows):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    for fn in (make_pet_boarding, make_bowling, make_nursery, make_music):
        print(fn.__name__, fn())
