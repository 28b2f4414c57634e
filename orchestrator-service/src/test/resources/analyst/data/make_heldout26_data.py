#!/usr/bin/env python3
"""Generate the four synthetic exports used by heldout26 (stdlib only, deterministic)."""
import csv, json, os, random
from datetime import datetime, timedelta, date

R = random.Random(20261226)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)

def pick(spellings):
    return R.choice(spellings)

def flag(v, p_blank_no=0.3):
    if v:
        return pick(["Y", "yes", "Yes", "TRUE", "1", "y", "True"])
    if R.random() < p_blank_no:
        return ""
    return pick(["N", "no", "No", "FALSE", "0", "n", "false"])

# ---------------------------------------------------------------- climbing gym
def climbing():
    gyms = {"northside": (["Northside", "North Side", "northside ", "NORTHSIDE"], 180),
            "riverside": (["Riverside", "RIVERSIDE", "Riverside Gym", "riverside "], 140)}
    mtypes = {"monthly": ["Monthly", "monthly ", "MONTHLY", "Mthly"],
              "annual": ["Annual", "annual", "ANNUAL ", "Yearly"],
              "punch": ["10-Punch", "punch card", "10 punch", "Punch Card"],
              "day": ["Day Pass", "day pass", "DayPass", "day-pass "]}
    walls = {"bouldering": ["Bouldering", "bouldering ", "BOULDER", "Boulder"],
             "top rope": ["Top Rope", "top-rope", "TR", "top rope "],
             "lead": ["Lead", "lead ", "LEAD", "Lead Wall"],
             "auto belay": ["Auto Belay", "autobelay", "Auto-Belay", "AB"]}
    staff = ["Priya", "priya ", "Marco", "MARCO", "Jen", "jen", "Tomas", "Tomás", "Tomas "]
    notes = ["", "", "", "", "", "", "birthday party group", "left shoes in cubby", "new climber orientation",
             "complained about chalk dust", "waiver re-signed", "lost locker key, charged later", "brought a friend, guest pass"]
    members = []
    for i in range(1, 331):
        g = R.choice(["northside", "northside", "riverside"])
        mt = R.choice(["monthly", "monthly", "monthly", "annual", "punch"])
        members.append({"id": f"M-{i:04d}", "gym": g, "type": mt, "age": R.randint(16, 64),
                        "belay": R.random() < 0.55, "act": R.random() ** 1.6})
    weights = [m["act"] for m in members]
    rows = []
    start = datetime(2023, 1, 1)
    n = 1900
    for k in range(n):
        day = start + timedelta(days=int(730 * (R.random() ** 0.85)))
        if R.random() < 0.16:
            mid = f"GUEST-{R.randint(1000, 9999)}-{k}"
            g = R.choice(["northside", "riverside"])
            mt = "day"; age = R.randint(14, 55); belay = R.random() < 0.2
        else:
            m = R.choices(members, weights)[0]
            mid, g, mt, age, belay = m["id"], m["gym"], m["type"], m["age"], m["belay"]
            if R.random() < 0.08:
                g = "riverside" if g == "northside" else "northside"
        hour = R.choice([6, 7, 11, 12, 16, 17, 17, 18, 18, 18, 19, 19, 20, 21])
        cin = day.replace(hour=hour, minute=R.randint(0, 59))
        dur = max(25, int(R.gauss(105, 35)))
        cout = cin + timedelta(minutes=dur)
        wall = R.choice(list(walls)) if belay else R.choice(["bouldering", "bouldering", "auto belay", "top rope"])
        rent = R.random() < (0.7 if mt == "day" else 0.12)
        rfee = (6.5 if R.random() < 0.8 else 12.0) if rent else 0.0
        efee = (22.0 if age >= 18 else 16.0) if mt == "day" else 0.0
        routes = max(1, int(R.gauss(9 if wall == "bouldering" else 6, 3)))
        rows.append({
            "visit_id": f"V{k + 1:05d}",
            "Member ID": mid,
            "checkInTime": cin.strftime("%Y-%m-%d %H:%M:%S"),
            "checkout_time": "" if R.random() < 0.05 else cout.strftime("%Y-%m-%d %H:%M:%S"),
            "Gym Location": pick(gyms[g][0]),
            "gym_capacity_ppl": gyms[g][1],
            "Membership Type": pick(mtypes[mt]),
            "member_age": age,
            "belay_certified": flag(belay),
            "wallArea": pick(walls[wall]),
            "routes_climbed": "" if R.random() < 0.04 else routes,
            "Gear Rental?": flag(rent),
            "Rental Fee (USD)": f"{rfee:.2f}",
            "Entry Fee $": f"{efee:.2f}",
            "staff_on_desk": pick(staff),
            "notes": pick(notes),
        })
    rows.sort(key=lambda r: r["checkInTime"])
    for i, r in enumerate(rows):
        r["visit_id"] = f"V{i + 1:05d}"
    write_csv("climbing_gym_visits.csv", rows)

# ---------------------------------------------------------------- brewery
def brewery():
    styles = {"ipa": (["IPA", "ipa", "India Pale Ale", "I.P.A."], 1.062, 1.012, 9.5),
              "stout": (["Stout", "stout ", "STOUT", "Oatmeal Stout"], 1.070, 1.018, 11.0),
              "pilsner": (["Pilsner", "pils", "Pilsener", "PILSNER "], 1.048, 1.009, 6.0),
              "sour": (["Sour", "sour ale", "SOUR", "Kettle Sour"], 1.050, 1.008, 8.0),
              "wheat": (["Wheat", "Hefeweizen", "wheat beer", "WHEAT "], 1.050, 1.011, 6.5),
              "amber": (["Amber", "amber ale", "AMBER", "Amber Ale "], 1.055, 1.013, 7.0)}
    style_w = [30, 14, 18, 9, 12, 11]
    fermenters = {f"FV-{i:02d}": c for i, c in enumerate([1000, 1000, 1000, 2000, 2000, 2000, 2000, 3500, 3500, 5000], 1)}
    brewers = {"alex": ["Alex", "alex", "ALEX "], "sam": ["Sam", "sam ", "Samantha"], "dee": ["Dee", "dee", "D. Okafor"],
               "kurt": ["Kurt", "KURT", "kurt "]}
    formats = {"keg": ["Keg", "keg", "KEG", "kegs"], "can": ["Can", "cans", "CAN ", "Cans"],
               "bottle": ["Bottle", "btl", "bottles", "BOTTLE"]}
    tnotes = ["", "", "", "citrus, pine", "roasty, coffee", "crisp, grassy", "tart, lemony", "clove and banana",
              "caramel, toffee", "slight diacetyl - rechecked", "hazy, juicy", "dry finish", "off-flavour noted, dumped?"]
    rows = []
    d0 = date(2022, 1, 3)
    n = 960
    for k in range(n):
        bd = d0 + timedelta(days=int(1090 * (R.random() ** 0.9)))
        st = R.choices(list(styles), style_w)[0]
        sp, og0, fg0, ferm_days = styles[st]
        fv = R.choice(list(fermenters))
        cap = fermenters[fv]
        vol = round(cap * R.uniform(0.78, 0.97))
        og = round(og0 + R.gauss(0, 0.003), 3)
        fg = round(fg0 + R.gauss(0, 0.002), 3)
        abv = round((og - fg) * 131.25, 1)
        qc = R.random() > 0.07
        recent = bd > date(2024, 12, 10)
        if qc and not recent:
            pk = bd + timedelta(days=int(ferm_days + R.randint(4, 14)))
            pvol = round(vol * R.uniform(0.86, 0.95))
        else:
            pk, pvol = None, None
        cost = round(vol * R.uniform(0.55, 0.95) * (1.4 if st in ("ipa", "sour") else 1.0), 2)
        cost_s = pick([f"${cost:,.2f}", f"{cost:.2f}", f"{cost:.1f}", f"${cost:.2f}"])
        fmt = R.choices(["keg", "can", "bottle"], [50, 35, 15])[0]
        b = R.choice(list(brewers))
        rows.append({
            "Batch No": "", "_d": bd,
            "beer_style": pick(sp),
            "brewDate": bd.isoformat(),
            "packaged_on": pk.isoformat() if pk else "",
            "fermenter": fv,
            "Fermenter Capacity (L)": cap,
            "volume_brewed_l": vol,
            "volume_packaged_l": "" if pvol is None else pvol,
            "OG": f"{og:.3f}", "FG": f"{fg:.3f}", "abv_pct": abv,
            "head_brewer": pick(brewers[b]),
            "QC Passed?": flag(qc, 0.05) if qc or R.random() < 0.8 else "",
            "Ingredient Cost ($)": cost_s,
            "packageFormat": "" if pk is None else pick(formats[fmt]),
            "tasting_notes": pick(tnotes),
        })
    rows.sort(key=lambda r: r["_d"])
    cnt = {}
    for r in rows:
        y = r["_d"].year
        cnt[y] = cnt.get(y, 0) + 1
        r["Batch No"] = f"B{y}-{cnt[y]:03d}"
        del r["_d"]
    tot_cost = 0.0
    for r in rows:
        tot_cost += float(r["Ingredient Cost ($)"].replace("$", "").replace(",", ""))
    rows.append({k: "" for k in rows[0]} | {
        "Batch No": "TOTAL",
        "volume_brewed_l": sum(r["volume_brewed_l"] for r in rows),
        "volume_packaged_l": sum(r["volume_packaged_l"] for r in rows if r["volume_packaged_l"] != ""),
        "Ingredient Cost ($)": f"${tot_cost:,.2f}"})
    write_csv("brewery_batches.csv", rows)

# ---------------------------------------------------------------- laundromat
def laundromat():
    stores = {"elm st": (["Elm St", "Elm Street", "elm st.", "ELM ST "], "E"),
              "harbor ave": (["Harbor Ave", "Harbour Ave", "HARBOR AVE", "harbor avenue"], "H")}
    machines = []
    for s, (_, p) in stores.items():
        nw, nd = (12, 8) if p == "E" else (9, 7)
        for i in range(1, nw + 1):
            cap = [8, 8, 12, 12, 18][i % 5]
            machines.append((s, f"{p}-W{i:02d}", "washer", cap))
        for i in range(1, nd + 1):
            machines.append((s, f"{p}-D{i:02d}", "dryer", [14, 14, 22][i % 3]))
    mtype = {"washer": ["Washer", "washer", "WASH", "Washer "], "dryer": ["Dryer", "dryer ", "DRY", "Dryer"]}
    wprog = {"normal": ["Normal", "normal", "NORMAL"], "hot": ["Hot", "hot wash", "HOT"],
             "delicates": ["Delicates", "delicate", "Delicate "], "heavy duty": ["Heavy Duty", "heavy-duty", "HeavyDuty"]}
    dprog = {"high heat": ["High Heat", "high", "HIGH HEAT"], "low heat": ["Low Heat", "low ", "low heat"],
             "air fluff": ["Air Fluff", "air-fluff", "no heat"]}
    pays = {"card": ["Card", "card", "Credit Card", "debit card"], "coins": ["Coins", "coin", "Quarters"],
            "app": ["App", "mobile app", "APP", "LaundryApp"], "cash": ["Cash ", "cash"]}
    notes = ["", "", "", "", "", "", "", "door latch sticky", "customer left items", "refunded at counter",
             "soap overflow", "ran twice", "coin jam cleared", "lint trap full"]
    wprice = {8: 3.50, 12: 5.00, 18: 7.25}
    customers = [f"C{i:04d}" for i in range(1, 420)]
    rows = []
    n = 2650
    for k in range(n):
        s, mid, mt, cap = R.choice(machines)
        day = datetime(2024, 1, 1) + timedelta(days=R.randint(0, 365))
        st = day.replace(hour=R.choice([6, 7, 8, 9, 10, 10, 11, 12, 13, 16, 17, 18, 18, 19, 20, 21]), minute=R.randint(0, 59))
        if mt == "washer":
            prog = R.choices(list(wprog), [50, 20, 15, 15])[0]
            dur = {"normal": 38, "hot": 45, "delicates": 32, "heavy duty": 55}[prog] + R.randint(-3, 6)
            price = wprice[cap] + (1.0 if prog in ("hot", "heavy duty") else 0.0)
            temp = {"normal": 40, "hot": 60, "delicates": 30, "heavy duty": 60}[prog]
            progs = wprog[prog]
        else:
            prog = R.choices(list(dprog), [55, 35, 10])[0]
            mins = R.choice([20, 30, 40, 40, 50, 60])
            dur = mins + R.randint(0, 2)
            price = round(mins / 10 * (0.50 if cap == 14 else 0.75), 2)
            temp = ""
            progs = dprog[prog]
        err = ""
        if R.random() < 0.035:
            err = R.choice(["E21", "E05", "E21", "OE", "E13"])
            dur = R.randint(3, 15)
        pay = R.choices(list(pays), [45, 20, 25, 10])[0]
        loyal = pay == "app" or R.random() < 0.25
        cust = R.choice(customers) if (loyal or R.random() < 0.3) else ""
        rows.append({
            "cycle_id": 0, "_t": st,
            "Store": pick(stores[s][0]),
            "machine_id": mid,
            "Machine Type": pick(mtype[mt]),
            "capacity_kg": cap,
            "program": pick(progs),
            "startTime": st.strftime("%Y-%m-%d %H:%M:%S"),
            "end_time": "" if R.random() < 0.02 else (st + timedelta(minutes=dur)).strftime("%Y-%m-%d %H:%M:%S"),
            "Price (USD)": f"{price:.2f}",
            "payment_method": pick(pays[pay]),
            "Loyalty Member": flag(loyal, 0.4),
            "customer_id": cust,
            "water_temp_c": temp,
            "error_code": err,
            "attendant_note": pick(notes) if not err else pick(["refunded at counter", "machine stopped mid-cycle", "", "called tech"]),
        })
    rows.sort(key=lambda r: r["_t"])
    for i, r in enumerate(rows):
        r["cycle_id"] = 500001 + i
        del r["_t"]
    write_csv("laundromat_cycles.csv", rows)

# ---------------------------------------------------------------- florist (JSON)
def florist():
    shops = {"main street": (["Main Street", "main st", "MAIN STREET", "Main St."], 1200),
             "mall kiosk": (["Mall Kiosk", "mall kiosk ", "Kiosk (Mall)", "MALL KIOSK"], 380),
             "airport": (["Airport", "airport", "AIRPORT ", "Airport Shop"], 640)}
    segs = {"retail": ["Retail", "retail", "RETAIL ", "walk-in"], "corporate": ["Corporate", "CORP", "corporate", "Corp."],
            "wedding": ["Wedding", "wedding ", "WEDDING", "Bridal"], "funeral": ["Funeral Home", "funeral", "FUNERAL", "Funeral"]}
    arr = {"bouquet": (["Bouquet", "bouquet ", "BOUQUET", "hand-tied bouquet"], 12, 45),
           "centerpiece": (["Centerpiece", "centrepiece", "Centre Piece", "CENTERPIECE"], 20, 70),
           "wreath": (["Wreath", "wreath", "WREATH "], 40, 110),
           "vase": (["Vase Arrangement", "vase", "Vase arr.", "VASE"], 15, 60)}
    flowers = {"roses": ["Roses", "rose", "ROSES", "Rose "], "tulips": ["Tulips", "tulip", "TULIPS"],
               "lilies": ["Lilies", "lily", "Lillies"], "peonies": ["Peonies", "peony", "PEONIES "],
               "sunflowers": ["Sunflowers", "sunflower", "Sun Flowers"]}
    fprice = {"roses": 3.2, "tulips": 1.9, "lilies": 2.6, "peonies": 4.1, "sunflowers": 2.2}
    methods = {"delivery": ["Delivery", "delivery", "DELIVERY ", "deliver"], "pickup": ["Pickup", "pick-up", "PICKUP", "Pick up"]}
    zfee = {"Z1": 8.0, "Z2": 12.0, "Z3": 15.0, "Z4": 20.0, "Z5": 28.0}
    drivers = ["Luis", "Hana", "Oskar", "Bea", "luis ", "HANA"]
    statuses = {"delivered": ["Delivered", "delivered", "DELIVERED", "Completed"],
                "cancelled": ["Cancelled", "canceled", "CANCELLED"], "refunded": ["Refunded", "refund"]}
    msgs = ["", "", "Happy birthday!", "With deepest sympathy", "Congrats on the new job", "Love you, Mum",
            "Get well soon", "Thank you for everything", "Happy anniversary xx", "Welcome to the team"]
    first = ["Ana", "Ben", "Chloe", "Dev", "Ema", "Finn", "Gia", "Hugo", "Ivy", "Jon", "Kai", "Lea", "Moe", "Nia"]
    last = ["Smith", "Ng", "Okoro", "Patel", "Rossi", "Kim", "Berg", "Diaz", "Novak", "Haddad"]
    custs = []
    for i in range(1, 451):
        custs.append({"id": f"C-{i:04d}", "name": f"{R.choice(first)} {R.choice(last)}",
                      "seg": R.choices(list(segs), [60, 18, 10, 12])[0]})
    objs = []
    n = 1350
    for k in range(n):
        t = datetime(2023, 9, 1) + timedelta(minutes=R.randint(0, 16 * 30 * 24 * 60))
        t = t.replace(hour=R.randint(8, 19))
        c = R.choice(custs)
        shop = R.choices(list(shops), [55, 25, 20])[0]
        a = R.choices(list(arr), [50, 18, 12, 20] if c["seg"] != "funeral" else [10, 10, 60, 20])[0]
        asp, smin, smax = arr[a]
        fl = R.choices(list(flowers), [40, 20, 15, 10, 15])[0]
        stems = R.randint(smin, smax) * (3 if c["seg"] == "wedding" else 1)
        sub = round(stems * fprice[fl] * R.uniform(1.1, 1.5) + 12, 2)
        deliv = R.random() < (0.85 if c["seg"] in ("corporate", "funeral", "wedding") else 0.5)
        rush = R.random() < 0.15
        stt = R.choices(list(statuses), [90, 7, 3])[0]
        if deliv:
            z = R.choice(list(zfee))
            lead = timedelta(minutes=int(R.uniform(60, 360) if rush else R.uniform(240, 2880)))
            d = {"method": pick(methods["delivery"]), "zone": z, "fee_usd": zfee[z] + (10.0 if rush else 0.0),
                 "driver": pick(drivers),
                 "deliveredAt": (t + lead).strftime("%Y-%m-%dT%H:%M:%S") if stt == "delivered" else None}
        else:
            d = {"method": pick(methods["pickup"]), "zone": None, "fee_usd": 0.0, "driver": None, "deliveredAt": None}
        code = R.choices(["", "SPRING10", "WELCOME5", "CORP15"], [80, 8, 8, 4])[0]
        objs.append({
            "order_id": "", "_t": t,
            "orderedAt": t.strftime("%Y-%m-%d %H:%M:%S"),
            "shop": pick(shops[shop][0]),
            "shopSqFt": shops[shop][1],
            "customer": {"id": c["id"], "name": c["name"], "segment": pick(segs[c["seg"]])},
            "arrangement": {"type": pick(asp), "mainFlower": pick(flowers[fl]), "stems": stems},
            "delivery": d,
            "subtotal_usd": sub,
            "discount_code": code,
            "rush_order": flag(rush, 0.5),
            "status": pick(statuses[stt]),
            "rating": (R.choices([1, 2, 3, 4, 5], [3, 5, 15, 37, 40])[0] if stt == "delivered" and R.random() < 0.45 else None),
            "card_message": pick(msgs),
        })
    objs.sort(key=lambda o: o["_t"])
    for i, o in enumerate(objs):
        o["order_id"] = f"FL-{10001 + i}"
        del o["_t"]
    with open(os.path.join(OUT, "florist_orders.json"), "w") as f:
        json.dump(objs, f, indent=1)

def write_csv(name, rows):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)

if __name__ == "__main__":
    climbing(); brewery(); laundromat(); florist()
    print("wrote", sorted(os.listdir(OUT)))
