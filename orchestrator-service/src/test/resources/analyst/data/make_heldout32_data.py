#!/usr/bin/env python3
"""Write the four heldout32 data files next to this script.

Standard library only; seeded so every run writes the same bytes.
  escape_room_bookings.csv   - escape-room sessions (Title Case headers)
  vending_restocks.csv       - vending-machine restock visits (snake_case, TOTAL line at the end)
  hive_inspections.csv       - beekeeping hive inspections (camelCase headers)
  phone_repairs.json         - phone-repair tickets (JSON array, nested objects)
"""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

R = random.Random(20270101)
HERE = os.path.dirname(os.path.abspath(__file__))

YES = ["Y", "yes", "TRUE", "1", "Yes"]
NO = ["N", "no", "0", "FALSE", "No"]


def pick(pairs):
    """pairs: list of (value, weight)."""
    return R.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def flag(p_yes, p_blank):
    if R.random() < p_blank:
        return ""
    return R.choice(YES) if R.random() < p_yes else R.choice(NO)


def money(x):
    if abs(x - round(x)) < 1e-9 and R.random() < 0.3:
        return "$%d" % round(x)
    return "$%.2f" % x


def rand_day(start, end):
    return start + timedelta(days=R.randint(0, (end - start).days))


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- escape rooms
def make_escape():
    # canonical, [(variant, weight)], capacity, room weight, escape prob
    rooms = [
        ("The Vault", [("The Vault", 55), ("the vault", 15), ("Vault", 15), ("THE VAULT", 8), ("The Vault ", 7)], 6, 26, 0.55),
        ("Pharaoh's Tomb", [("Pharaoh's Tomb", 50), ("Pharaohs Tomb", 25), ("pharaoh's tomb", 10), ("Tomb", 15)], 8, 22, 0.45),
        ("Asylum 13", [("Asylum 13", 60), ("asylum 13", 15), ("Asylum13", 15), ("Asylum 13 ", 10)], 5, 20, 0.35),
        ("Space Station", [("Space Station", 60), ("space station", 15), ("Space Stn", 15), ("SPACE STATION", 10)], 6, 17, 0.62),
        ("Pirate Ship", [("Pirate Ship", 70), ("pirate ship", 20), ("Pirate Ship ", 10)], 7, 15, 0.50),
    ]
    gms = [
        ([("Zoë Martin", 45), ("Zoe Martin", 35), ("Zoë M.", 20)], 27),
        ([("José Álvarez", 85), ("Jose Alvarez", 10), ("J. Alvarez", 5)], 22),
        ([("Priya Nair", 85), ("priya nair", 15)], 19),
        ([("Tom O'Brien", 60), ("Tommy O'Brien", 25), ("Tom OBrien", 15)], 17),
        ([("Hannah Schmidt", 75), ("Hanna Schmidt", 25)], 15),
    ]
    channels = [
        ("Website", [("Website", 60), ("website", 15), ("Web", 15), ("online", 10)], 50),
        ("Phone", [("Phone", 70), ("phone", 15), ("Tel", 15)], 20),
        ("Walk-in", [("Walk-in", 50), ("Walk In", 30), ("walkin", 20)], 12),
        ("Partner", [("Partner", 70), ("Voucher Partner", 20), ("partner", 10)], 18),
    ]
    packages = [
        ("Standard", [("Standard", 70), ("standard", 15), ("Std", 15)], 55, 28.0),
        ("Premium", [("Premium", 40), ("Deluxe", 35), ("premium", 15), ("deluxe ", 10)], 30, 36.0),
        ("Birthday", [("Birthday", 70), ("Bday", 20), ("birthday", 10)], 15, 32.0),
    ]
    slots = [("10:00", 6), ("11:30", 9), ("13:00", 12), ("14:30", 14), ("16:00", 15),
             ("17:30", 18), ("19:00", 16), ("20:30", 10)]
    taken = set()
    recs = []
    while len(recs) < 1400:
        d = rand_day(date(2023, 1, 1), date(2024, 12, 31))
        if d.weekday() < 5 and R.random() > 0.55:
            continue
        room = R.choices(rooms, weights=[r[3] for r in rooms])[0]
        slot = pick(slots)
        key = (d, slot, room[0])
        if key in taken:
            continue
        taken.add(key)
        recs.append((d, slot, room))
    recs.sort(key=lambda x: (x[0], x[1], x[2][0]))
    rows = []
    for i, (d, slot, room) in enumerate(recs):
        canon, rvars, cap, _, p_esc = room
        players = R.randint(2, cap)
        gm = pick(R.choices(gms, weights=[g[1] for g in gms])[0][0])
        ch = R.choices(channels, weights=[c[2] for c in channels])[0]
        chan = pick(ch[1])
        pk = R.choices(packages, weights=[p[2] for p in packages])[0]
        if ch[0] == "Partner":
            disc = pick([(20, 60), (25, 40)])
        elif ch[0] == "Website":
            disc = pick([(0, 70), (10, 30)])
        elif ch[0] == "Phone":
            disc = pick([(0, 88), (10, 12)])
        else:
            disc = pick([(0, 80), (15, 20)])
        price = round(players * pk[3] * (1 - disc / 100.0), 2)
        price_txt = "" if R.random() < 0.04 else money(price)
        escaped = R.random() < p_esc
        esc_txt = "" if R.random() < 0.05 else (R.choice(YES) if escaped else R.choice(NO))
        hints = R.randint(0, 3) if escaped else R.randint(1, 5)
        st = datetime.combine(d, datetime.strptime(slot, "%H:%M").time())
        play = R.randint(38, 59) if escaped else 60 + R.randint(0, 4)
        en = st + timedelta(minutes=play)
        if ch[0] == "Walk-in":
            booked = st - timedelta(minutes=R.randint(5, 90), seconds=R.randint(0, 59))
        else:
            lead = min(int(R.expovariate(1 / 9.0)), 45)
            booked = datetime.combine(d - timedelta(days=lead), datetime.min.time()) + timedelta(
                hours=R.randint(7, 22), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
            if booked > st:
                booked = st - timedelta(hours=2, minutes=R.randint(0, 59))
        rows.append([
            "BK-%05d" % (10001 + i), d.isoformat(), slot, en.strftime("%H:%M"), pick(rvars), cap, players,
            gm, chan, pick(pk[1]), esc_txt, hints, price_txt, disc, booked.strftime("%Y-%m-%dT%H:%M:%S"),
        ])
    header = ["Booking ID", "Session Date", "Start Time", "End Time", "Room", "Room Capacity", "Players",
              "Game Master", "Booking Channel", "Package", "Escaped?", "Hints Used", "Price Paid",
              "Discount (%)", "Booked At"]
    write_csv("escape_room_bookings.csv", header, rows)


# ---------------------------------------------------------------- vending
def make_vending():
    types = {
        "Snack": ([("Snack", 60), ("snack", 15), ("SNACK", 10), ("Snacks", 15)], [40, 45, 60], 1.6),
        "Drinks": ([("Drinks", 50), ("drink", 15), ("Beverage", 20), ("Cold Drinks", 15)], [30, 36, 40], 1.9),
        "Combo": ([("Combo", 65), ("combo", 20), ("Combo Unit", 15)], [48, 60], 1.8),
        "Coffee": ([("Coffee", 65), ("coffee", 20), ("Hot Bev", 15)], [12, 16], 2.4),
    }
    locations = [
        "Central Library Lobby", "Westfield Gym", "Harbour Office Park B2", "Union Station Concourse",
        "Northside College Hall A", "City Council Annex", "Riverside Sports Centre", "Tech Park Building 4",
        "Greenway Mall Food Court", "St. Mary's School Staffroom", "Police HQ Canteen", "Bus Interchange East",
        "Maple Court Apartments", "Kingsway Car Park L1", "Oakridge Factory Breakroom", "Museum of Science Foyer",
        "Lakeside Leisure Pool", "Grand Hotel Basement", "Regional Courthouse", "Parkview Call Centre",
        "Hillcrest Uni Library", "Airport Road Depot", "Seaview Youth Club", "Fire Station 9",
    ]
    type_seq = ["Snack"] * 8 + ["Drinks"] * 7 + ["Combo"] * 5 + ["Coffee"] * 4
    R.shuffle(type_seq)
    machines = []
    for i, loc in enumerate(locations):
        t = type_seq[i]
        machines.append({
            "id": "VM-%03d" % (i + 1), "loc": loc, "type": t, "cap": R.choice(types[t][1]),
            "route": "R%d" % (i % 4 + 1), "w": R.uniform(0.5, 2.0),
        })
    drivers = [
        ([("Mike Johnson", 45), ("Michael Johnson", 35), ("M. Johnson", 20)], 27),
        ([("Björn Larsen", 70), ("Bjorn Larsen", 30)], 20),
        ([("Katie Nguyen", 55), ("Kate Nguyen", 30), ("K. Nguyen", 15)], 22),
        ([("Aisha Bello", 85), ("aisha bello", 15)], 16),
        ([("Luis Peña", 65), ("Luis Pena", 35)], 15),
    ]
    drv_speed = [1.0, 0.8, 1.1, 1.0, 1.2]
    route_drivers = {"R1": [0, 0, 2], "R2": [0, 1], "R3": [2, 3], "R4": [1, 4, 3]}
    hours = [(7, 8), (8, 14), (9, 15), (10, 14), (11, 12), (12, 8), (13, 10), (14, 9), (15, 6), (16, 4)]
    recs = []
    while len(recs) < 1250:
        d = rand_day(date(2023, 1, 2), date(2024, 12, 31))
        if d.weekday() == 6 or (d.weekday() == 5 and R.random() < 0.7):
            continue
        m = R.choices(machines, weights=[x["w"] for x in machines])[0]
        arr = datetime.combine(d, datetime.min.time()) + timedelta(hours=pick(hours), minutes=R.randint(0, 59))
        recs.append((arr, m))
    recs.sort(key=lambda x: (x[0], x[1]["id"]))
    rows = []
    tot_units = tot_exp = 0
    tot_cash = 0.0
    for i, (arr, m) in enumerate(recs):
        if R.random() < 0.97:
            di = R.choice(route_drivers[m["route"]])
        else:
            di = R.choices(range(len(drivers)), weights=[x[1] for x in drivers])[0]
        drv = pick(drivers[di][0])
        fault_yes = R.random() < 0.08
        fault_txt = "" if R.random() < 0.07 else (R.choice(YES) if fault_yes else R.choice(NO))
        dur = int(R.randint(6, 30) * drv_speed[di]) + (R.randint(10, 25) if fault_yes else 0)
        dep = arr + timedelta(minutes=dur)
        units = max(3, int(m["cap"] * R.uniform(0.3, 2.2)))
        if m["type"] == "Coffee":
            exp = R.randint(0, 2)
        elif m["type"] == "Drinks":
            exp = R.randint(0, 4)
        else:
            exp = R.randint(0, 12)
        card = round(min(99.0, R.uniform(20, 85) + (8 if arr.year == 2024 else 0)), 1)
        cash = round(units * types[m["type"]][2] * R.uniform(0.8, 1.3) * (1 - card / 100.0), 2)
        cash_txt = "" if R.random() < 0.05 else money(cash)
        if cash_txt:
            tot_cash += cash
        tot_units += units
        tot_exp += exp
        rows.append([
            str(70001 + i), arr.date().isoformat(), m["route"], m["id"],
            m["loc"] + (" " if R.random() < 0.15 else ""), pick(types[m["type"]][0]), m["cap"], drv,
            arr.strftime("%Y-%m-%dT%H:%M:%S"), dep.strftime("%Y-%m-%dT%H:%M:%S"), units, exp, cash_txt,
            card, fault_txt,
        ])
    rows.append(["TOTAL", "", "", "", "", "", "", "", "", "", tot_units, tot_exp, "${:,.2f}".format(tot_cash), "", ""])
    header = ["restock_id", "restock_date", "route", "machine_id", "machine_location", "machine_type",
              "slot_capacity", "driver", "arrival_ts", "departure_ts", "units_loaded", "units_expired_removed",
              "cash_collected", "card_sales_pct", "fault_reported"]
    write_csv("vending_restocks.csv", header, rows)


# ---------------------------------------------------------------- hives
def make_hives():
    apiaries = [
        ("North Meadow", [("North Meadow", 55), ("north meadow", 15), ("N. Meadow", 20), ("North Meadow ", 10)]),
        ("The Orchard", [("The Orchard", 60), ("Orchard", 25), ("orchard", 15)]),
        ("Riverside", [("Riverside", 65), ("River Side", 20), ("riverside", 15)]),
        ("Hilltop", [("Hilltop", 60), ("Hill Top", 25), ("HILLTOP", 15)]),
    ]
    htypes = {
        "Langstroth": ([("Langstroth", 60), ("langstroth", 15), ("Lang", 15), ("Langstroth ", 10)], 10),
        "National": ([("National", 65), ("national", 15), ("BS National", 20)], 11),
        "Top Bar": ([("Top Bar", 60), ("top-bar", 20), ("TopBar", 20)], 24),
        "Warré": ([("Warré", 70), ("Warre", 30)], 8),
    }
    type_seq = ["Langstroth"] * 12 + ["National"] * 9 + ["Top Bar"] * 5 + ["Warré"] * 4
    R.shuffle(type_seq)
    hives = []
    for i in range(30):
        ap = apiaries[i % 4] if i < 28 else apiaries[R.randint(0, 3)]
        hives.append({"id": "H-%02d" % (i + 1), "ap": ap, "type": type_seq[i],
                      "vigour": R.uniform(0.7, 1.2), "mite": R.uniform(0.5, 1.6)})
    star = [h for h in hives if h["type"] == "Langstroth"][2]
    star["vigour"] = 1.45  # one very strong Langstroth colony
    for idx, m in zip((3, 8, 14, 21, 26), (2.3, 2.15, 2.0, 1.95, 1.9)):
        hives[idx]["mite"] = m  # a few mite-heavy colonies
    ap_offset = {"North Meadow": 2, "The Orchard": -5, "Riverside": 0, "Hilltop": 4}
    inspectors = [
        ([("Márta Kovács", 50), ("Marta Kovacs", 35), ("M. Kovács", 15)], 26, 34),
        ([("Ed Finch", 50), ("Edward Finch", 30), ("Dr. Ed Finch", 20)], 22, 27),
        ([("Sam Ortiz", 80), ("Samantha Ortiz", 20)], 20, 22),
        ([("Lin Wei", 75), ("Wei Lin", 25)], 18, 30),
        ([("Olu Adeyemi", 70), ("Oluwaseun Adeyemi", 30)], 14, 25),
    ]
    temps = {
        "Calm": [("Calm", 55), ("calm", 15), ("Gentle", 20), ("CALM", 10)],
        "Nervous": [("Nervous", 60), ("nervous", 15), ("Jumpy", 25)],
        "Defensive": [("Defensive", 50), ("defensive", 10), ("Aggressive", 30), ("aggressive", 10)],
    }
    hours = [(8, 6), (9, 12), (10, 16), (11, 15), (12, 9), (13, 10), (14, 13), (15, 10), (16, 6), (17, 3)]
    recs = []
    for h in hives:
        for yr in (2023, 2024):
            if h["id"] in ("H-29", "H-30") and yr == 2023:
                continue
            d = date(yr, 4, 1) + timedelta(days=R.randint(0, 10))
            while d <= date(yr, 10, 20):
                recs.append((d, h))
                d += timedelta(days=R.randint(7, 16))
    rows_tmp = []
    for d, h in recs:
        hr = pick(hours)
        t = "%02d:%02d" % (hr, R.choice(range(0, 60, 5)))
        rows_tmp.append((d, t, h))
    rows_tmp.sort(key=lambda x: (x[0], x[1], x[2]["id"]))
    rows = []
    for i, (d, t, h) in enumerate(rows_tmp):
        ins = R.choices(inspectors, weights=[x[1] for x in inspectors])[0]
        cap = htypes[h["type"]][1]
        minutes = max(8, int(R.gauss(ins[2], 6)))
        strength = max(5, min(100, int(R.gauss(62 * h["vigour"] + ap_offset[h["ap"][0]] + (8 if 5 <= d.month <= 8 else -5), 12))))
        brood = max(0, min(cap, int(round(cap * strength / 100.0 * R.uniform(0.4, 0.8)))))
        mite = round(max(0.0, R.gauss(1.2 * h["mite"] + (1.2 if d.month >= 8 else 0), 0.8)), 1)
        varroa = "" if R.random() < 0.08 else mite
        treat = flag(0.6 if mite > 2.5 else 0.05, 0.06)
        queen = flag(0.72, 0.08)
        tkey = pick([("Calm", 60), ("Nervous", 25), ("Defensive", 15)])
        honey = ""
        if d.month in (7, 8, 9) and R.random() < 0.25 * h["vigour"]:
            honey = round(R.uniform(4, 22) * h["vigour"] * (0.6 if h["type"] in ("Top Bar", "Warré") else 1.0), 1)
        rows.append([
            5001 + i, h["id"], pick(h["ap"][1]), pick(htypes[h["type"]][0]), cap, d.isoformat(), t, minutes,
            pick(ins[0]), queen, brood, varroa, strength, pick(temps[tkey]), honey, treat,
        ])
    header = ["inspectionId", "hiveId", "apiary", "hiveType", "frameCapacity", "inspectionDate", "startTime",
              "minutesSpent", "inspectorName", "queenSeen", "broodFrames", "varroaPer100", "colonyStrengthPct",
              "temperament", "honeyKg", "treatmentApplied"]
    write_csv("hive_inspections.csv", header, rows)


# ---------------------------------------------------------------- phone repairs
def make_phones():
    firsts = ["Amelia", "Noah", "Olivia", "Liam", "Emma", "Mateo", "Ava", "Lucas", "Mia", "Ethan", "Isla", "Leo",
              "Sofia", "Arjun", "Chen", "Fatima", "Grace", "Hugo", "Ines", "Jamal", "Kenji", "Lena", "Marco",
              "Nadia", "Oscar", "Paula", "Quinn", "Rosa", "Stefan", "Tara"]
    lasts = ["Smith", "Garcia", "Kim", "Müller", "Okafor", "Rossi", "Novak", "Silva", "Ahmed", "Brown", "Dubois",
             "Evans", "Fischer", "Haddad", "Ivanova", "Jensen", "Khan", "Lopez", "Moreau", "Nakamura", "Owens",
             "Park", "Quintero"]
    combos = [(f, l) for f in firsts for l in lasts]
    R.shuffle(combos)
    segs = [
        ("Consumer", [("Consumer", 60), ("consumer", 20), ("Retail", 20)], 60),
        ("Business", [("Business", 60), ("business", 15), ("B2B", 25)], 25),
        ("Student", [("Student", 70), ("student", 15), ("STUDENT", 15)], 15),
    ]
    customers = []
    for i in range(620):
        f, l = combos[i]
        customers.append({"id": "C%04d" % (1001 + i), "name": "%s %s" % (f, l),
                          "seg": R.choices(segs, weights=[s[2] for s in segs])[0],
                          "w": 1.0 / (1 + i % 50) ** 0.6 * R.uniform(0.5, 1.5)})
    stores = [
        ("Downtown", [("Downtown", 60), ("downtown", 15), ("Downtown ", 10), ("DT", 15)], 45, 1.0),
        ("Riverside Mall", [("Riverside Mall", 60), ("Mall", 25), ("riverside mall", 15)], 33, 1.25),
        ("Eastgate", [("Eastgate", 65), ("East Gate", 20), ("eastgate", 15)], 22, 0.9),
    ]
    brands = [
        ("Apple", [("Apple", 70), ("apple", 20), ("APPLE", 10)], 42,
         ["iPhone 11", "iPhone 12", "iPhone 13", "iPhone 14", "iPhone 15", "iPhone SE"], [30, 26, 22, 14, 5, 8]),
        ("Samsung", [("Samsung", 70), ("samsung", 20), ("SAMSUNG ", 10)], 30,
         ["Galaxy S21", "Galaxy S22", "Galaxy S23", "Galaxy A52", "Galaxy A14"], [18, 20, 12, 24, 10]),
        ("Google", [("Google", 85), ("google", 15)], 10, ["Pixel 6", "Pixel 7", "Pixel 8"], [30, 40, 20]),
        ("Xiaomi", [("Xiaomi", 80), ("xiaomi", 20)], 10, ["Redmi Note 11", "Redmi Note 12", "Xiaomi 13"], [40, 35, 15]),
        ("OnePlus", [("OnePlus", 60), ("One Plus", 25), ("oneplus", 15)], 8, ["OnePlus 9", "OnePlus 10 Pro", "Nord 2"], [35, 25, 30]),
    ]
    # canonical, variants, weight, (parts lo, hi), (labour lo, hi), (hours lo, hi), p parts null
    rtypes = [
        ("Screen", [("Screen", 45), ("screen replacement", 25), ("Screen Repair", 20), ("LCD", 10)], 38, (60, 260), (35, 60), (2, 30), 0.0),
        ("Battery", [("Battery", 50), ("battery swap", 30), ("Battery Replacement", 20)], 24, (25, 80), (20, 40), (1, 8), 0.0),
        ("Charging Port", [("Charging Port", 55), ("charge port", 25), ("USB Port", 20)], 13, (10, 40), (30, 55), (2, 24), 0.05),
        ("Water Damage", [("Water Damage", 55), ("water dmg", 25), ("Liquid Damage", 20)], 9, (15, 120), (45, 90), (24, 120), 0.6),
        ("Back Glass", [("Back Glass", 60), ("back glass", 20), ("Rear Glass", 20)], 9, (40, 150), (40, 70), (4, 48), 0.0),
        ("Camera", [("Camera", 70), ("camera repair", 30)], 7, (30, 140), (30, 60), (3, 48), 0.0),
    ]
    techs = [
        ([("Nikolai Petrov", 45), ("Nick Petrov", 35), ("N. Petrov", 20)], 28, 4.3),
        ([("Chloé Dubois", 75), ("Chloe Dubois", 25)], 22, 4.0),
        ([("Raj Patel", 70), ("Rajesh Patel", 30)], 21, 3.7),
        ([("Sofia Rossi", 85), ("sofia rossi", 15)], 17, 4.1),
        ([("Ben Carter", 70), ("Benjamin Carter", 30)], 14, 3.5),
    ]
    recs = []
    for _ in range(1300):
        d = rand_day(date(2023, 1, 1), date(2024, 12, 31))
        if d.weekday() == 6 and R.random() < 0.6:
            d = d + timedelta(days=1)
        t = datetime.combine(d, datetime.min.time()) + timedelta(hours=R.randint(9, 18), minutes=R.randint(0, 59))
        recs.append(t)
    recs.sort()
    out = []
    for i, recv in enumerate(recs):
        c = R.choices(customers, weights=[x["w"] for x in customers])[0]
        st = R.choices(stores, weights=[s[2] for s in stores])[0]
        br = R.choices(brands, weights=[b[2] for b in brands])[0]
        model = R.choices(br[3], weights=br[4])[0]
        rt = R.choices(rtypes, weights=[r[2] for r in rtypes])[0]
        tc = R.choices(techs, weights=[x[1] for x in techs])[0]
        express_yes = R.random() < 0.22
        express = None if R.random() < 0.08 else (R.choice(YES) if express_yes else R.choice(NO))
        warranty = R.random() < 0.08
        hrs = R.uniform(*rt[5]) * st[3] * (0.5 if express_yes else 1.0)
        done = recv + timedelta(minutes=int(hrs * 60))
        open_p = 0.6 if recv > datetime(2024, 12, 24) else 0.03
        completed = R.random() >= open_p and done <= datetime(2024, 12, 31, 19, 0)
        parts = None if R.random() < rt[6] else round(R.uniform(*rt[3]), 2)
        labour = round(R.uniform(*rt[4]) * (1.3 if express_yes else 1.0), 2)
        if warranty:
            parts = 0.0 if parts is not None else None
            labour = 0.0
        if completed:
            paid = pick([(True, 88), (False, 7), (None, 5)])
            rating = None if R.random() < 0.4 else max(1, min(5, int(round(R.gauss(tc[2], 0.9)))))
        else:
            paid = pick([(False, 70), (None, 30)])
            rating = None
        out.append({
            "ticketId": "PR-%05d" % (20001 + i),
            "receivedAt": recv.strftime("%Y-%m-%dT%H:%M:%S"),
            "completedAt": done.strftime("%Y-%m-%dT%H:%M:%S") if completed else None,
            "store": pick(st[1]),
            "customer": {"id": c["id"], "name": c["name"], "segment": pick(c["seg"][1])},
            "device": {"brand": pick(br[1]), "model": model},
            "repairType": pick(rt[1]),
            "technician": pick(tc[0]),
            "price": {"parts": parts, "labour": labour, "currency": "USD"},
            "paid": paid,
            "warrantyClaim": warranty,
            "expressService": express,
            "rating": rating,
        })
    with open(os.path.join(HERE, "phone_repairs.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    make_escape()
    make_vending()
    make_hives()
    make_phones()
    print("wrote escape_room_bookings.csv, vending_restocks.csv, hive_inspections.csv, phone_repairs.json")
