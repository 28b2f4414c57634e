#!/usr/bin/env python3
"""Generate the four synthetic exports for heldout27 (stdlib only, fixed seed)."""
import csv, json, os, datetime as dt
import random

R = random.Random(20261227)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)

def pick(opts):
    return R.choice(opts)

def wpick(pairs):
    tot = sum(w for _, w in pairs); x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]

YES = ["yes", "Yes", "Y", "y", "TRUE", "true", "1", "YES"]
NO = ["no", "No", "N", "n", "FALSE", "false", "0", "NO"]
def flag(p):
    if R.random() < 0.06:
        return ""
    return pick(YES) if R.random() < p else pick(NO)

def rdate(start, end):
    d0 = dt.date.fromisoformat(start); d1 = dt.date.fromisoformat(end)
    return d0 + dt.timedelta(days=R.randint(0, (d1 - d0).days))

# ---------------------------------------------------------------- 1. wedding venue
def wedding():
    spaces = {  # canonical -> (capacity, spellings, base price)
        "grand ballroom": (250, ["Grand Ballroom", "grand ballroom", "GRAND BALLROOM", "Grand Ballroom ", "Ballroom"], 9000),
        "garden terrace": (120, ["Garden Terrace", "garden terrace", "Garden Terrace  ", "GARDEN TERRACE", "Terrace"], 5200),
        "the barn": (180, ["The Barn", "the barn", "Barn", "BARN "], 6800),
        "lakeside pavilion": (90, ["Lakeside Pavilion", "lakeside pavilion", "Lakeside Pav.", "LAKESIDE PAVILION"], 4300),
    }
    etypes = [("wedding", ["Wedding", "wedding", "WEDDING", "Wedding "], 55),
              ("reception", ["Reception", "reception", "RECEPTION"], 12),
              ("rehearsal dinner", ["Rehearsal Dinner", "rehearsal dinner", "Rehearsal", "rehearsal dinner "], 12),
              ("corporate", ["Corporate", "corporate", "Corp", "CORP."], 13),
              ("birthday", ["Birthday", "birthday", "Bday", "BIRTHDAY "], 8)]
    tiers = [("silver", ["Silver", "silver", "SILVER "], 35, 45), ("gold", ["Gold", "gold", "GOLD", "Gold "], 40, 68),
             ("platinum", ["Platinum", "platinum", "Plat", "PLAT."], 15, 95), ("none", ["None", "none", "", "n/a"], 10, 0)]
    coords = ["Alicia Moreno", "Ben Okafor", "Chloe Van Dyke", "Dario Russo", "Esther Lindqvist", "Farah Haddad"]
    notes_pool = ["", "", "", "client wants late load-in", "vegan menu for 20", "needs extra parking, shuttle booked",
                  "rain plan: move indoors", "DJ brings own sound", "fireworks NOT allowed - told client",
                  "invoice sent twice, check", "Asked about 2026 dates", "string quartet 4-6pm", "photographer arrives 1pm",
                  "dance floor extension", "kids table x2"]
    rows = []
    n = 1240
    for i in range(n):
        sp = wpick([("grand ballroom", 30), ("garden terrace", 28), ("the barn", 26), ("lakeside pavilion", 16)])
        cap, spell, base = spaces[sp]
        ed = rdate("2023-01-01", "2025-12-31")
        # summer bias
        if ed.month in (1, 2, 11) and R.random() < 0.5:
            ed = ed.replace(month=R.choice([5, 6, 7, 8, 9]), day=min(ed.day, 28))
        lead = int(R.triangular(14, 540, 200))
        bo = ed - dt.timedelta(days=lead)
        et = wpick([(e, w) for e, _, w in etypes])
        et_sp = pick([s for e, s, _ in etypes if e == et][0])
        gmax = cap if et in ("wedding", "reception", "corporate") else int(cap * 0.5)
        guests = R.randint(max(15, gmax // 4), gmax)
        tier = wpick([(t, w) for t, _, w, _ in tiers])
        tier_sp = pick([s for t, s, _, _ in tiers if t == tier][0])
        pp = [pp for t, _, _, pp in tiers if t == tier][0]
        mult = 1.0 if et == "wedding" else (0.8 if et in ("reception", "corporate") else 0.55)
        if ed.weekday() in (4, 5):
            mult *= 1.15
        price = round(base * mult + guests * pp + R.uniform(-300, 300), 2)
        st = wpick([("completed", 60), ("confirmed", 25), ("cancelled", 15)])
        if ed >= dt.date(2025, 7, 1) and st == "completed":
            st = "confirmed"
        if ed < dt.date(2025, 6, 1) and st == "confirmed":
            st = "completed"
        st_sp = pick({"completed": ["Completed", "completed", "COMPLETED", "Done"],
                      "confirmed": ["Confirmed", "confirmed", "CONFIRMED ", "conf."],
                      "cancelled": ["Cancelled", "canceled", "CANCELLED", "Cancelled "]}[st])
        bar = "" if R.random() < 0.07 else R.choice([0, 2, 3, 3, 4, 4, 4, 5, 5, 6])
        rows.append({
            "booking_id": f"WV-{10001 + i}",
            "Event Date": ed.isoformat(),
            "Booked On": bo.isoformat(),
            "venueSpace": pick(spell),
            "space_capacity": cap,
            "Event Type": et_sp,
            "guest_count": "" if R.random() < 0.04 else guests,
            "Package Price (USD)": price,
            "deposit_paid": flag(0.82 if st != "cancelled" else 0.45),
            "catering_tier": tier_sp,
            "Coordinator": pick(coords) + (" " if R.random() < 0.1 else ""),
            "Status": st_sp,
            "bar_hours": bar,
            "notes": pick(notes_pool),
        })
    with open(os.path.join(OUT, "wedding_venue_bookings.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys())); w.writeheader(); w.writerows(rows)

# ---------------------------------------------------------------- 2. moving company
def moving():
    cities = {"portland": ["Portland", "portland", "PORTLAND", "Portland "], "salem": ["Salem", "salem", "SALEM"],
              "eugene": ["Eugene", "eugene", "Eugene "], "beaverton": ["Beaverton", "beaverton", "BEAVERTON"],
              "vancouver": ["Vancouver", "vancouver", "Vancouver WA", "VANCOUVER"], "bend": ["Bend", "bend", "BEND "],
              "seattle": ["Seattle", "seattle", "SEATTLE"]}
    cw = [("portland", 34), ("salem", 14), ("eugene", 12), ("beaverton", 14), ("vancouver", 12), ("bend", 7), ("seattle", 7)]
    trucks = {f"T-{k:02d}": cap for k, cap in zip(range(1, 13), [1200, 1200, 1700, 1700, 1700, 2000, 2000, 2600, 2600, 800, 800, 1700])}
    ctypes = [("residential", ["Residential", "residential", "RES", "Resi"], 70),
              ("commercial", ["Commercial", "commercial", "Comm.", "COMMERCIAL"], 20),
              ("student", ["Student", "student", "STUDENT "], 10)]
    packs = [("full", ["Full", "full", "Full Pack", "FULL"], 25), ("partial", ["Partial", "partial", "PARTIAL "], 30),
             ("none", ["None", "none", "", "no packing"], 45)]
    notes_pool = ["", "", "", "piano - 2 extra guys", "stairs 3rd floor no elevator", "customer late 40 min",
                  "scratched dresser, photo taken", "long carry from street", "parking permit missing",
                  "storage unit pickup too", "fragile artwork", "tip given in cash", "rescheduled once"]
    rows = []
    n = 1530
    for i in range(n):
        md = rdate("2023-03-01", "2025-10-31")
        if md.month in (6, 7, 8) or R.random() < 0.2:
            pass
        elif R.random() < 0.25:
            md = md.replace(month=R.choice([6, 7, 8]), day=min(md.day, 28))
        qd = md - dt.timedelta(days=R.randint(2, 60))
        o = wpick(cw); d = wpick(cw)
        if R.random() < 0.55:
            d = o
        if o == d:
            dist = round(R.uniform(2, 25), 1)
        else:
            dist = round(R.uniform(15, 190), 1)
        ct = wpick([(c, w) for c, _, w in ctypes])
        crew = wpick([(2, 40), (3, 35), (4, 18), (5, 7)]) if ct != "commercial" else wpick([(3, 20), (4, 45), (5, 35)])
        tk = R.choice(list(trucks))
        if ct == "student" and R.random() < 0.6:
            tk = R.choice(["T-10", "T-11"])
        pk = wpick([(p, w) for p, _, w in packs])
        weight = int(R.uniform(1500, 6000) if ct == "residential" else (R.uniform(4000, 12000) if ct == "commercial" else R.uniform(600, 2000)))
        hrs = round(max(2.0, weight / 1200 + dist / 45 + (2 if pk == "full" else (1 if pk == "partial" else 0)) + R.uniform(-0.5, 1.5)) * 4) / 4
        rate = {2: 129, 3: 169, 4: 209, 5: 249}[crew]
        if md.year >= 2025:
            rate += 10
        total = round(hrs * rate + dist * 1.1 + R.uniform(0, 60), 2)
        dmg = flag(0.06)
        rows.append({
            "JobID": f"MV-{md.year}-{i + 1:04d}",
            "move_date": md.isoformat(),
            "Quote Date": qd.isoformat(),
            "origin_city": pick(cities[o]),
            "Destination City": pick(cities[d]),
            "distance_miles": dist,
            "crewSize": crew,
            "truck_id": tk,
            "truck_capacity_cuft": trucks[tk],
            "hours_billed": hrs,
            "Hourly Rate ($)": rate,
            "Total Charge ($)": "" if R.random() < 0.03 else total,
            "damage_claim": dmg,
            "Packing Service": pick([s for p, s, _ in packs if p == pk][0]),
            "customer_type": pick([s for c, s, _ in ctypes if c == ct][0]),
            "est_weight_lbs": weight,
            "crew_notes": pick(notes_pool),
        })
    # keep column count at 16: drop Quote Date? no -> keep 17? limit is 16
    for r in rows:
        del r["est_weight_lbs"]
    with open(os.path.join(OUT, "moving_jobs.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys())); w.writeheader(); w.writerows(rows)

# ---------------------------------------------------------------- 3. car wash
def carwash():
    sites = {"main street": (6, ["Main St", "main st.", "MAIN STREET", "Main Street"]),
             "airport road": (4, ["Airport Rd", "airport road", "Airport Rd.", "AIRPORT RD"]),
             "riverside": (3, ["Riverside", "riverside ", "RIVERSIDE", "Riverside Plaza"])}
    pkgs = [("express", ["Express", "express", "EXPRESS", "Exp."], 30, 9.0),
            ("basic", ["Basic", "basic", "BASIC ", "Basic Wash"], 35, 14.0),
            ("deluxe", ["Deluxe", "deluxe", "Deluxe Wash", "DELUXE"], 23, 22.0),
            ("ultimate", ["Ultimate", "ultimate", "Ult.", "ULTIMATE "], 12, 32.0)]
    vtypes = [("sedan", ["Sedan", "sedan", "SEDAN"], 40, 0), ("suv", ["SUV", "suv", "Suv"], 32, 3),
              ("pickup", ["Pickup", "pickup truck", "Truck", "PICKUP"], 16, 4), ("van", ["Van", "minivan", "Minivan", "VAN"], 12, 4)]
    pays = [("card", ["Card", "card", "CARD", "credit card"], 55), ("cash", ["Cash", "cash", "CASH "], 15),
            ("app", ["App", "app pay", "Mobile App", "APP"], 30)]
    comments = ["", "", "", "", "", "great job", "missed spots on rear bumper", "dryer weak today", "friendly staff",
                "line was long", "wheels still dirty", "loved the tire shine", "vacuum broken at bay 2", "will come back",
                "too pricey for what it is"]
    rows = []
    n = 2460
    for i in range(n):
        d = rdate("2024-01-01", "2025-09-30")
        hr = int(R.triangular(7, 20, 13)); mi = R.randint(0, 59); se = R.randint(0, 59)
        ts = dt.datetime(d.year, d.month, d.day, hr, mi, se)
        s = wpick([("main street", 48), ("airport road", 32), ("riverside", 20)])
        bays, ssp = sites[s]
        p = wpick([(k, w) for k, _, w, _ in pkgs])
        vt = wpick([(k, w) for k, _, w, _ in vtypes])
        base = [b for k, _, _, b in pkgs if k == p][0] + [u for k, _, _, u in vtypes if k == vt][0]
        if d >= dt.date(2025, 3, 1):
            base += 1.0
        member = R.random() < 0.35
        price = round(base * (0.8 if member else 1.0), 2)
        tip = "" if R.random() < 0.6 else round(R.choice([1, 2, 2, 3, 5]) + R.random() * (2 if p in ("deluxe", "ultimate") else 0.5), 2)
        wait = max(0, int(R.gauss(8 if s != "main street" else 12, 5) + (6 if d.weekday() >= 5 else 0)))
        dur = round({"express": 4, "basic": 7, "deluxe": 12, "ultimate": 18}[p] + R.uniform(-1, 3), 1)
        rating = "" if R.random() < 0.45 else max(1, min(5, int(round(R.gauss(4.2 - (0.05 * max(0, wait - 10)), 0.9)))))
        pm = wpick([(k2, w) for k2, _, w in pays])
        mf = (pick(YES) if member else pick(NO)) if R.random() > 0.05 else ""
        rows.append({
            "visit_id": f"CW{300000 + i}",
            "Visit Timestamp": ts.strftime("%Y-%m-%d %H:%M:%S"),
            "site": pick(ssp),
            "site_bay_count": bays,
            "bay_no": R.randint(1, bays),
            "Wash Package": pick([sp for k, sp, _, _ in pkgs if k == p][0]),
            "vehicleType": pick([sp for k, sp, _, _ in vtypes if k == vt][0]),
            "price_usd": price,
            "Tip Amount": tip,
            "member_flag": mf,
            "Payment Method": pick([sp for k, sp, _ in pays if k == pm][0]),
            "wait_minutes": wait,
            "wash_duration_min": dur,
            "Customer Rating": rating,
            "comment": pick(comments),
        })
    rows.sort(key=lambda r: r["Visit Timestamp"])
    tot = {k: "" for k in rows[0]}
    tot["visit_id"] = "TOTAL"
    tot["price_usd"] = round(sum(r["price_usd"] for r in rows), 2)
    tot["Tip Amount"] = round(sum(r["Tip Amount"] for r in rows if r["Tip Amount"] != ""), 2)
    rows.append(tot)
    with open(os.path.join(OUT, "car_wash_visits.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys())); w.writeheader(); w.writerows(rows)

# ---------------------------------------------------------------- 4. marina (JSON)
def marina():
    docks = {"A": (30, 28.0), "B": (40, 34.0), "C": (55, 46.0), "D": (70, 62.0)}
    berths = []
    for dk, (ln, rate) in docks.items():
        for k in range(1, {"A": 16, "B": 14, "C": 10, "D": 6}[dk] + 1):
            berths.append({"berth_id": f"{dk}-{k:02d}", "dock": dk, "max_length_ft": ln, "nightly_rate_usd": rate})
    btypes = [("sailboat", ["Sailboat", "sailboat", "SAIL", "sail boat"], 45),
              ("motor yacht", ["Motor Yacht", "motor yacht", "Motor", "MY"], 30),
              ("catamaran", ["Catamaran", "catamaran", "Cat", "CAT"], 15),
              ("trawler", ["Trawler", "trawler", "TRAWLER "], 10)]
    ports = ["Annapolis", "Newport", "Mystic", "Nantucket", "Block Island", "Camden", "Portsmouth", "Greenport"]
    pays = ["card", "Card", "CARD", "cash", "Cash", "invoice", "Invoice ", "bank transfer"]
    names = ["Sea Breeze", "Wind Dancer", "Blue Heron", "Osprey", "Second Wind", "Knot Working", "Reel Therapy",
             "Serenity", "Halcyon", "Tide Runner", "Salty Dog", "Marlin", "Aurora", "Wanderer", "Liberty", "Kestrel",
             "Far Niente", "Good Times", "Nauti Buoy", "Island Time", "Moonshadow", "Petrel", "Gull", "Bravado"]
    notes = [None, None, "", "requested water hookup", "late arrival after 22:00", "left early - weather",
             "crew of 6", "dinghy stored on dock", "noise complaint from B dock", "paid at fuel dock",
             "asked for pump-out twice", "returning guest", "needs electrician"]
    # a fleet of boats that come back
    fleet = []
    for k in range(340):
        bt = wpick([(b, w) for b, _, w in btypes])
        loa = round({"sailboat": R.uniform(24, 48), "motor yacht": R.uniform(30, 68), "catamaran": R.uniform(34, 52),
                     "trawler": R.uniform(32, 55)}[bt], 1)
        fleet.append({"name": f"{R.choice(names)} {R.choice(['', 'II', 'III', ''])}".strip(), "bt": bt, "loa": loa,
                      "port": R.choice(ports), "reg": f"US-{R.randint(100000, 999999)}"})
    recs = []
    n = 1060
    for i in range(n):
        b = R.choice(fleet)
        fits = [x for x in berths if x["max_length_ft"] >= b["loa"]]
        bh = R.choice(fits)
        arr_d = rdate("2024-04-01", "2025-10-31")
        if arr_d.month in (11, 12, 1, 2, 3):
            arr_d = arr_d.replace(month=R.choice([5, 6, 7, 8, 9]), day=min(arr_d.day, 28))
        arr = dt.datetime(arr_d.year, arr_d.month, arr_d.day, R.randint(9, 21), R.choice([0, 15, 30, 45]))
        nights = wpick([(1, 30), (2, 25), (3, 15), (4, 8), (5, 6), (7, 8), (10, 4), (14, 4)])
        dep = dt.datetime.combine(arr_d + dt.timedelta(days=nights), dt.time(R.randint(7, 12), R.choice([0, 15, 30, 45])))
        status = wpick([("checked out", 85), ("in berth", 5), ("cancelled", 10)])
        if arr_d >= dt.date(2025, 10, 20) and status == "checked out":
            status = "in berth"
        st_sp = pick({"checked out": ["Checked Out", "checked-out", "CHECKED OUT", "checked out "],
                      "in berth": ["In Berth", "in berth", "IN-BERTH"], "cancelled": ["Cancelled", "cancelled", "CXL"]}[status])
        nightly = bh["nightly_rate_usd"] * (1.25 if arr_d.month in (7, 8) else 1.0)
        power = R.random() < 0.7
        amount = round(nights * nightly + (12.0 * nights if power else 0) + R.uniform(0, 15), 2)
        fuel = None if R.random() < 0.55 else round(R.uniform(20, 600) * (2.5 if b["bt"] == "motor yacht" else 1), 1)
        rec = {
            "stayId": f"MR-{24000 + i}",
            "berth": dict(bh),
            "boat": {"name": b["name"], "registration": b["reg"], "type": pick([s for t, s, _ in btypes if t == b["bt"]][0]),
                     "length_ft": b["loa"], "home_port": b["port"] + (" " if R.random() < 0.08 else "")},
            "Arrival Time": arr.strftime("%Y-%m-%d %H:%M"),
            "departure_time": None if status == "in berth" else dep.strftime("%Y-%m-%d %H:%M"),
            "nights": nights if status != "cancelled" else 0,
            "shore_power": (pick(YES) if power else pick(NO)) if R.random() > 0.05 else "",
            "fuel_litres": fuel,
            "Pump-Out": pick(YES) if R.random() < 0.3 else (pick(NO) if R.random() < 0.8 else ""),
            "payment": {"method": pick(pays), "amount_usd": amount if status != "cancelled" else 0.0,
                        "paid": "" if status == "in berth" else (pick(YES) if R.random() < 0.93 else pick(NO))},
            "Status": st_sp,
            "harbormaster_note": pick(notes),
        }
        recs.append(rec)
    with open(os.path.join(OUT, "marina_berth_stays.json"), "w") as f:
        json.dump(recs, f, indent=1)

if __name__ == "__main__":
    wedding(); moving(); carwash(); marina()
    print("wrote", sorted(os.listdir(OUT)))
