#!/usr/bin/env python3
"""Generate four synthetic messy business exports for heldout30 (stdlib only)."""
import csv, json, os, random, datetime as dt

R = random.Random(20261230)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)

def yesno(p_yes, blank=0.08):
    if R.random() < blank:
        return ""
    if R.random() < p_yes:
        return R.choice(["Y", "yes", "Yes", "TRUE", "true", "1", "YES"])
    return R.choice(["N", "no", "No", "FALSE", "false", "0"])

def rand_date(start, end):
    d = (end - start).days
    return start + dt.timedelta(days=R.randint(0, d))

# ---------------------------------------------------------------- bike repair
def bike_repair():
    mechanics = {"Dana Ruiz": 62.0, "Tom Becker": 55.0, "Priya Nair": 70.0, "Sam Novak": 48.0, "Lena Fischer": 66.0, "Marco Silva": 58.0}
    mech_spell = {m: [m, m + " ", m.upper() if m == "Tom Becker" else m] for m in mechanics}
    bikes = {"road": ["road", "Road", "ROAD", "road bike"], "mountain": ["MTB", "mountain", "Mountain", "mtb "],
             "e-bike": ["e-bike", "E-Bike", "ebike", "EBIKE"], "hybrid": ["hybrid", "Hybrid ", "HYBRID"],
             "kids": ["kids", "Kids", "child"]}
    bw = [0.27, 0.22, 0.2, 0.21, 0.1]
    services = {"tune-up": (["tune-up", "Tune Up", "tuneup", "TUNE-UP"], 1.0, 15),
                "flat fix": (["flat fix", "Flat", "puncture", "flat fix "], 0.3, 9),
                "brake service": (["brake service", "Brakes", "brake svc"], 0.8, 28),
                "drivetrain": (["drivetrain", "Drivetrain", "chain/cassette"], 1.2, 65),
                "wheel build": (["wheel build", "Wheel Build"], 2.5, 140),
                "full overhaul": (["full overhaul", "Overhaul", "FULL OVERHAUL"], 4.0, 95)}
    sw = [0.25, 0.25, 0.18, 0.15, 0.05, 0.12]
    stores = {"downtown": ["Downtown", "downtown ", "DT", "DOWNTOWN"], "eastside": ["Eastside", "east side", "E-side", "EASTSIDE"],
              "harbor": ["Harbor", "harbour", "Harbor "]}
    notes_pool = ["", "", "", "customer waiting", "called twice", "needs new tire too", "squeaky brakes reported",
                  "left pump with bike", "quote approved by phone", "parts on backorder", "repeat customer - be nice"]
    rows = []
    custs = [f"C-{i:04d}" for i in range(1, 520)]
    for i in range(1650):
        din = rand_date(dt.date(2023, 1, 3), dt.date(2024, 12, 20))
        bk = R.choices(list(bikes), bw)[0]
        sv = R.choices(list(services), sw)[0]
        spells, base_h, base_parts = services[sv]
        m = R.choice(list(mechanics))
        hrs = round(max(0.2, R.gauss(base_h, base_h * 0.25)) * (1.3 if bk == "e-bike" else 1.0), 2)
        parts = round(max(0, R.gauss(base_parts, base_parts * 0.4)), 2)
        rush = yesno(0.15, 0.1)
        rushy = rush.lower() in ("y", "yes", "true", "1")
        warranty = yesno(0.1, 0.12)
        total = round(hrs * mechanics[m] + parts + (20 if rushy else 0), 2)
        if warranty.lower() in ("y", "yes", "true", "1"):
            total = round(parts, 2)
        dout = ""
        if R.random() > 0.06:
            dout = (din + dt.timedelta(days=R.choice([0, 1, 1, 2, 2, 3, 4, 5, 7, 10]) + (0 if rushy else 1))).isoformat()
        parts_s = "" if (R.random() < 0.07) else f"{parts:.2f}"
        rows.append([f"BR-{10001 + i}", din.isoformat(), dout, R.choice(custs), R.choice(bikes[bk]),
                     R.choice(spells), R.choice(mech_spell[m]), hrs, parts_s, mechanics[m], f"{total:.2f}",
                     warranty, rush, R.choice(notes_pool), R.choice(stores[R.choices(list(stores), [0.45, 0.35, 0.2])[0]])])
    hdr = ["job_id", "Date In", "date_out", "customerId", "Bike Type", "service_type", "mechanic", "labour_hrs",
           "Parts Cost (USD)", "labour_rate_usd", "total_invoice", "warranty", "rush_job", "notes", "store"]
    with open(os.path.join(OUT, "bike_repair_jobs.csv"), "w", newline="") as f:
        w = csv.writer(f); w.writerow(hdr); w.writerows(rows)

# ---------------------------------------------------------------- dry cleaner
def dry_cleaning():
    branches = {"main st": ["Main St", "main st.", "MAIN ST", "Main Street"], "riverside": ["Riverside", "riverside", "Riverside "],
                "mall kiosk": ["Mall Kiosk", "mall kiosk", "MALL", "Mall kiosk "]}
    garments = {"shirt": (["shirt", "Shirt", "shirts", "SHIRT"], 4.5), "suit": (["suit", "Suit 2pc", "SUIT", "suit "], 18.0),
                "dress": (["dress", "Dress", "gown/dress"], 14.0), "coat": (["coat", "Coat", "overcoat"], 16.5),
                "trousers": (["trousers", "pants", "Pants", "Trousers "], 7.0), "duvet": (["duvet", "Duvet", "comforter"], 28.0)}
    gw = [0.35, 0.12, 0.12, 0.1, 0.22, 0.09]
    tiers = ["gold", "silver", "bronze", "none"]
    tier_sp = {"gold": ["Gold", "gold", "GOLD"], "silver": ["Silver", "silver", "SLV"], "bronze": ["bronze", "Bronze"], "none": ["none", "", "None"]}
    custs = {f"DC{i:05d}": R.choices(tiers, [0.12, 0.2, 0.28, 0.4])[0] for i in range(1, 640)}
    pays = ["card", "Card", "CARD", "cash", "Cash", "app", "App "]
    dmg = ["button missing", "stain did not lift", "small tear at seam", "color faded", "zip stuck"]
    rows = []
    for i in range(2100):
        br = R.choices(list(branches), [0.5, 0.3, 0.2])[0]
        g = R.choices(list(garments), gw)[0]
        sp, price = garments[g]
        day = rand_date(dt.date(2024, 1, 2), dt.date(2025, 6, 28))
        ts = dt.datetime.combine(day, dt.time(R.randint(7, 19), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])))
        exp = yesno(0.2, 0.1)
        expy = exp.lower() in ("y", "yes", "true", "1")
        ready = day + dt.timedelta(days=(1 if expy else R.choice([2, 3, 3, 4])))
        picked = ""
        if R.random() > 0.09:
            picked = (ready + dt.timedelta(days=R.choice([0, 0, 1, 2, 3, 5, 8, 14, 21]))).isoformat()
        qty = R.choices([1, 2, 3, 4, 5, 6], [0.4, 0.25, 0.15, 0.1, 0.06, 0.04])[0]
        unit = round(price * (1.5 if expy else 1.0) * (1.1 if br == "mall kiosk" else 1.0), 2)
        c = R.choice(list(custs))
        rows.append([f"T{50000 + i}", ts.strftime("%Y-%m-%d %H:%M"), ready.isoformat(), picked, R.choice(branches[br]),
                     R.choice(sp), qty, f"{unit:.2f}", exp, R.choice(["true", "false", "1", "0", "True", "False", "false", "0"]),
                     c, R.choice(tier_sp[custs[c]]), R.choice(dmg) if R.random() < 0.04 else "", R.choice(pays)])
    hdr = ["TicketNo", "drop_off_ts", "Ready Date", "picked_up", "branch", "garment", "qty", "Unit Price ($)", "express",
           "stain_treatment", "customer_ref", "Loyalty Tier", "damage_reported", "paymentMethod"]
    with open(os.path.join(OUT, "dry_cleaning_tickets.csv"), "w", newline="") as f:
        w = csv.writer(f); w.writerow(hdr); w.writerows(rows)

# ---------------------------------------------------------------- kayak rental
def kayak():
    types = {"single kayak": (["single kayak", "Single", "SINGLE KAYAK", "kayak (1)"], 1, 25.0),
             "tandem kayak": (["tandem", "Tandem Kayak", "TANDEM", "double kayak"], 2, 38.0),
             "sup": (["SUP", "paddleboard", "stand-up paddle", "sup "], 1, 22.0),
             "canoe": (["canoe", "Canoe", "CANOE "], 3, 42.0)}
    boats = []
    for t, (sp, cap, _) in types.items():
        n = {"single kayak": 14, "tandem kayak": 9, "sup": 10, "canoe": 6}[t]
        for k in range(n):
            boats.append((f"{t[:2].upper()}-{k + 1:02d}", t, cap if t != "canoe" else R.choice([3, 4])))
    sites = {"north dock": ["North Dock", "north dock", "N. Dock", "NORTH DOCK"], "south beach": ["South Beach", "south beach ", "S Beach"],
             "lake inlet": ["Lake Inlet", "lake inlet", "Inlet"]}
    weathers = ["sunny", "Sunny", "SUNNY", "cloudy", "Cloudy", "windy", "Windy ", "rain", "Rain"]
    comments = ["", "", "", "great trip", "saw herons!", "paddle was cracked", "too windy to go far", "kids loved it",
                "booked again for next week", "seat uncomfortable", "staff very helpful"]
    rows = []
    for i in range(1400):
        b = R.choice(boats)
        bid, t, cap = b
        sp, basecap, hourly = types[t]
        d = rand_date(dt.date(2023, 5, 1), dt.date(2023, 9, 30)) if R.random() < 0.45 else rand_date(dt.date(2024, 5, 1), dt.date(2024, 9, 30))
        st = dt.datetime.combine(d, dt.time(R.randint(8, 16), R.choice([0, 15, 30, 45])))
        dur = R.choice([60, 60, 90, 120, 120, 180, 240]) + R.randint(-5, 25)
        ret = st + dt.timedelta(minutes=dur)
        party = R.randint(1, cap)
        guide = yesno(0.18, 0.1)
        gy = guide.lower() in ("y", "yes", "true", "1")
        price = round(hourly * (dur // 60 if dur >= 60 else 1) + (30 if gy else 0), 2)
        dmg = f"{R.choice([15, 25, 40, 60, 120]):.2f}" if R.random() < 0.05 else ""
        rt = ret.strftime("%H:%M") if R.random() > 0.03 else ""
        site = R.choices(list(sites), [0.45, 0.35, 0.2])[0]
        lj = party if R.random() > 0.05 else ""
        if lj != "" and party > 1 and R.random() < 0.12:
            lj = party - 1
        rows.append([f"KR-{3001 + i}", d.isoformat(), st.strftime("%H:%M"), rt, R.choice(sp), bid, cap, party,
                     R.choice(sites[site]), f"{price:.2f}", guide, lj,
                     R.choice(weathers), dmg, R.choice(comments)])
    hdr = ["rental_id", "Rental Date", "start_time", "returnTime", "boat_type", "Boat ID", "Max Paddlers", "party_size",
           "launch_site", "Price (USD)", "guide_included", "life_jackets_issued", "weather", "damage_fee_usd", "Customer Comment"]
    with open(os.path.join(OUT, "kayak_rentals.csv"), "w", newline="") as f:
        w = csv.writer(f); w.writerow(hdr); w.writerows(rows)

# ---------------------------------------------------------------- locksmith JSON
def locksmith():
    techs = [("Ivan Petrov", "V1", 12), ("Grace Okafor", "V2", 4), ("Hugo Lambert", "V3", 8),
             ("Mia Chen", "V4", 2), ("Raj Patel", "V5", 15)]
    services = {"lockout": (["lockout", "Lock-out", "LOCKOUT", "locked out"], 25), "rekey": (["rekey", "Re-key", "REKEY"], 40),
                "lock change": (["lock change", "Lock Change", "replace lock"], 55), "safe opening": (["safe opening", "Safe"], 90),
                "key cutting": (["key cutting", "Key Cut", "keys"], 15), "car lockout": (["car lockout", "Auto lockout", "vehicle lockout"], 30)}
    sw = [0.3, 0.15, 0.2, 0.05, 0.12, 0.18]
    ctypes = {"residential": ["residential", "Residential", "RES", "home"], "commercial": ["commercial", "Comm", "Commercial ", "business"]}
    districts = {"north": ["North", "north", "N"], "central": ["Central", "central ", "CTR"], "south": ["South", "south"], "west": ["West", "west", "W."]}
    notes = [None, "", "cylinder worn", "customer not home on arrival", "broke key extracted", "upsold deadbolt",
             "gate code needed", "took longer than quoted", "dog on premises"]
    recs = []
    for i in range(1150):
        sv = R.choices(list(services), sw)[0]
        sp, parts_base = services[sv]
        tn, van, yrs = R.choice(techs)
        day = rand_date(dt.date(2024, 1, 1), dt.date(2025, 8, 31))
        rec = dt.datetime.combine(day, dt.time(R.randint(0, 23), R.randint(0, 59)))
        emer = yesno(0.3, 0.1)
        ey = emer.lower() in ("y", "yes", "true", "1")
        stat = R.choices(["completed", "cancelled", "no access"], [0.86, 0.09, 0.05])[0]
        stat_s = R.choice({"completed": ["completed", "Completed", "COMPLETE", "done"], "cancelled": ["cancelled", "canceled", "Cancelled"],
                           "no access": ["no access", "No Access"]}[stat])
        arrived = None
        if stat != "cancelled":
            arrived = rec + dt.timedelta(minutes=R.randint(12, 45 if ey else 150) + yrs % 3)
        lab = R.randint(10, 120) if stat == "completed" else 0
        fee = 95.0 if ey else 65.0
        parts = round(max(0, R.gauss(parts_base, parts_base * 0.3)), 2) if stat == "completed" and sv != "lockout" and sv != "car lockout" else None
        ctype = "commercial" if R.random() < 0.3 else "residential"
        if sv == "car lockout":
            ctype = "residential"
        recs.append({
            "callout_id": f"LS-{5001 + i}",
            "received_at": rec.strftime("%Y-%m-%dT%H:%M:%S"),
            "arrived_at": arrived.strftime("%Y-%m-%d %H:%M:%S") if arrived else None,
            "district": R.choice(districts[R.choices(list(districts), [0.3, 0.3, 0.25, 0.15])[0]]),
            "service": R.choice(sp),
            "emergency": emer,
            "status": stat_s,
            "rating": R.choices([1, 2, 3, 4, 5], [0.05, 0.07, 0.18, 0.35, 0.35])[0] if stat == "completed" and R.random() < 0.6 else None,
            "technician": {"name": tn if R.random() > 0.1 else tn + " ", "van": van, "years_exp": yrs},
            "customer": {"type": R.choice(ctypes[ctype]), "postcode": f"{R.randint(1000, 1099)}", "repeat": R.choice(["yes", "no", "Y", "N", ""])},
            "billing": {"callout_fee": fee, "parts_usd": parts, "labour_min": lab,
                        "discount_pct": R.choices([0, 5, 10], [0.8, 0.1, 0.1])[0]},
            "tech_notes": R.choice(notes),
        })
    with open(os.path.join(OUT, "locksmith_callouts.json"), "w") as f:
        json.dump(recs, f, indent=1)

bike_repair(); dry_cleaning(); kayak(); locksmith()
print("done")
