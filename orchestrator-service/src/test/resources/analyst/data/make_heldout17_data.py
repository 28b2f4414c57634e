#!/usr/bin/env python3
"""Generate the four heldout17 synthetic datasets (standard library only, deterministic)."""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

random.seed(20261207)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)

FIRST = ["Alice", "Brian", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hassan", "Ingrid", "Jamal",
         "Keiko", "Liam", "Maya", "Nikhil", "Olivia", "Pablo", "Quinn", "Rosa", "Samir", "Tara",
         "Umar", "Vera", "Wes", "Ximena", "Yusuf", "Zoe", "Aaron", "Bianca", "Carlos", "Dana"]
LAST = ["Anders", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Huang", "Ibrahim", "Jensen",
        "Kowalski", "Lopez", "Morgan", "Nakamura", "Okafor", "Patel", "Quist", "Rossi", "Singh", "Torres",
        "Ueda", "Varga", "Walsh", "Xu", "Young", "Zimmer"]


def unique_names(n):
    seen = set()
    out = []
    while len(out) < n:
        nm = random.choice(FIRST) + " " + random.choice(LAST)
        if nm not in seen:
            seen.add(nm)
            out.append(nm)
    return out


def ts(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- 1. timesheets
def make_timesheets():
    depts = {
        "Engineering": ("Priya Raman", (48, 78)),
        "Design": ("Tom Becker", (38, 60)),
        "Marketing": ("Lena Ortiz", (34, 55)),
        "Finance": ("Marcus Hale", (40, 65)),
        "Operations": ("June Park", (28, 45)),
        "Support": ("Oscar Lindqvist", (24, 38)),
    }
    dept_weights = [16, 7, 8, 6, 10, 9]
    dept_names = list(depts)
    names = unique_names(56)
    employees = []
    for i, nm in enumerate(names):
        d = random.choices(dept_names, weights=dept_weights)[0]
        lo, hi = depts[d][1]
        employees.append({
            "id": "EMP%04d" % (1001 + i * 7),
            "name": nm,
            "dept": d,
            "rate": round(random.uniform(lo, hi) * 4) / 4,
        })
    projects_by_dept = {
        "Engineering": ["PRJ-ATLAS", "PRJ-BOREAL", "PRJ-CIRRUS", "INT-TOOLS"],
        "Design": ["PRJ-ATLAS", "PRJ-DELTA", "INT-BRAND"],
        "Marketing": ["PRJ-DELTA", "PRJ-EMBER", "INT-BRAND"],
        "Finance": ["PRJ-FJORD", "INT-ADMIN"],
        "Operations": ["PRJ-BOREAL", "PRJ-FJORD", "INT-ADMIN"],
        "Support": ["PRJ-CIRRUS", "PRJ-EMBER", "INT-ADMIN"],
    }
    start = date(2025, 1, 6)
    end = date(2025, 6, 27)
    days = []
    d = start
    while d <= end:
        if d.weekday() < 5 or random.random() < 0.06:
            days.append(d)
        d += timedelta(days=1)

    rows = []
    eid = 50001
    target = 2150
    while len(rows) < target:
        emp = random.choice(employees)
        wd = random.choice(days)
        proj = random.choice(projects_by_dept[emp["dept"]])
        cin = datetime(wd.year, wd.month, wd.day, random.choice([6, 7, 7, 8, 8, 8, 9, 9, 10]),
                       random.choice(range(0, 60, 5)), random.choice([0, 0, 0, 12, 27, 41]))
        hours = random.choice([4, 6, 7.5, 8, 8, 8, 8.5, 8.5, 9, 9.5, 10, 10.5, 11])
        hours += random.uniform(-0.4, 0.4)
        brk = random.choice([0, 15, 30, 30, 30, 45, 60]) if hours > 5 else random.choice([0, 0, 15])
        cout = cin + timedelta(minutes=int(hours * 60 + brk))
        worked = hours
        missing_out = random.random() < 0.035
        if missing_out:
            ot = False
        else:
            ot = worked > 8.5
        r = random.random()
        if r < 0.72:
            ot_s = "Y" if ot else "N"
        elif r < 0.9:
            ot_s = "yes" if ot else "no"
        else:
            ot_s = "Yes" if ot else "No"
        billable = not proj.startswith("INT-")
        if billable and random.random() < 0.05:
            billable = False
        pending_p = 0.04 if wd < date(2025, 6, 1) else 0.35
        approved = "" if (missing_out or random.random() < pending_p) else depts[emp["dept"]][0]
        rows.append({
            "entry_id": eid,
            "employee_id": emp["id"],
            "employee_name": emp["name"],
            "department": emp["dept"],
            "project_code": proj,
            "work_date": wd.isoformat(),
            "clock_in": ts(cin),
            "clock_out": "" if missing_out else ts(cout),
            "break_minutes": brk,
            "hourly_rate": "%.2f" % emp["rate"],
            "overtime": ot_s,
            "billable": "true" if billable else "false",
            "approved_by": approved,
        })
        eid += 1
    rows.sort(key=lambda x: (x["work_date"], x["clock_in"]))
    for i, r in enumerate(rows):
        r["entry_id"] = 50001 + i
    with open(os.path.join(OUT, "timesheets.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------- 2. auction bids
def make_auctions():
    cats = {
        "art": (2000, 60000),
        "watches": (1500, 40000),
        "wine": (300, 8000),
        "coins": (200, 6000),
        "jewelry": (800, 25000),
        "furniture": (500, 12000),
        "books": (150, 4000),
        "stamps": (100, 2500),
    }
    cat_w = [14, 12, 14, 10, 11, 9, 8, 6]
    countries = ["GB", "US", "FR", "DE", "CH", "HK", "JP", "IT", "NL", "AE", "SG", "BE"]
    country_w = [22, 20, 10, 9, 7, 7, 5, 5, 4, 4, 4, 3]
    bidders = [{"id": "BD-%05d" % (20100 + i * 3), "country": random.choices(countries, weights=country_w)[0]}
               for i in range(210)]
    sale_days = []
    d = date(2025, 2, 4)
    while d <= date(2025, 9, 30):
        if d.weekday() in (1, 3) and random.random() < 0.55:
            sale_days.append(d)
        d += timedelta(days=1)
    bids = []
    n_lots = 330
    for li in range(n_lots):
        lot_id = "LOT-%04d" % (1001 + li)
        cat = random.choices(list(cats), weights=cat_w)[0]
        lo, hi = cats[cat]
        est = random.uniform(lo, hi)
        reserve = round(est * random.uniform(0.6, 0.95) / 50) * 50
        reserve_val = None if random.random() < 0.06 else float(reserve)
        sale = random.choice(sale_days)
        t = datetime(sale.year, sale.month, sale.day, random.randint(10, 17), random.randint(0, 59),
                     random.randint(0, 59))
        nb = random.choices(range(1, 11), weights=[6, 9, 12, 13, 12, 10, 8, 6, 4, 3])[0]
        amt = round(est * random.uniform(0.45, 0.8) / 10) * 10
        lot_bids = []
        used = []
        for b in range(nb):
            bidder = random.choice(bidders)
            while len(bidders) > 1 and used and bidder["id"] == used[-1]:
                bidder = random.choice(bidders)
            used.append(bidder["id"])
            if b > 0:
                amt = amt + max(10, round(amt * random.uniform(0.04, 0.14) / 10) * 10)
            t = t + timedelta(seconds=random.randint(8, 240))
            ch = random.choices(["online", "phone", "floor"], weights=[55, 20, 25])[0]
            lot_bids.append({
                "placed_at": ts(t),
                "lot": {"id": lot_id, "category": cat, "reserve_price": reserve_val},
                "bidder": {"id": bidder["id"], "country": bidder["country"]},
                "amount": float(amt),
                "is_winning": False,
                "channel": ch,
            })
        top = lot_bids[-1]
        if reserve_val is None or top["amount"] >= reserve_val:
            top["is_winning"] = True
        bids.extend(lot_bids)
    bids.sort(key=lambda b: b["placed_at"])
    out = []
    for i, b in enumerate(bids):
        o = {"bid_id": 700001 + i}
        o.update(b)
        out.append(o)
    with open(os.path.join(OUT, "auction_bids.json"), "w") as f:
        json.dump(out, f, indent=1)
    return len(out)


# ---------------------------------------------------------------- 3. vet appointments
def make_vet():
    species_info = {
        "dog": (52, ["Labrador Retriever", "German Shepherd", "Beagle", "French Bulldog", "Golden Retriever",
                     "Dachshund", "Border Collie", "Poodle"], (4, 42)),
        "cat": (30, ["Domestic Shorthair", "Maine Coon", "Siamese", "British Shorthair", "Ragdoll"], (2.5, 7.5)),
        "rabbit": (7, ["Holland Lop", "Netherland Dwarf", "Rex"], (1.0, 3.5)),
        "bird": (6, ["Budgerigar", "Cockatiel", "African Grey"], (0.03, 0.6)),
        "guinea pig": (3, ["American", "Abyssinian"], (0.7, 1.3)),
        "reptile": (2, ["Bearded Dragon", "Leopard Gecko"], (0.05, 0.5)),
    }
    pet_names = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Oscar", "Nala",
                 "Teddy", "Ruby", "Simba", "Pepper", "Loki", "Willow", "Ziggy", "Maple", "Biscuit", "Olive",
                 "Thor", "Hazel", "Gizmo", "Poppy", "Bruno", "Kiwi", "Mochi", "Jasper", "Cleo", "Finn"]
    cities = ["Portland", "Beaverton", "Hillsboro", "Gresham", "Lake Oswego", "Tigard"]
    city_w = [38, 16, 14, 12, 10, 10]
    pets = []
    for i in range(720):
        sp = random.choices(list(species_info), weights=[v[0] for v in species_info.values()])[0]
        lo, hi = species_info[sp][2]
        breed = random.choice(species_info[sp][1])
        if random.random() < 0.12:
            breed = ""
        r = random.random()
        if r < 0.78:
            sp_s = sp.title() if sp != "guinea pig" else "Guinea Pig"
        elif r < 0.95:
            sp_s = sp
        else:
            sp_s = sp.upper()
        pets.append({
            "id": "PET-%05d" % (30001 + i),
            "name": random.choice(pet_names),
            "species": sp_s,
            "breed": breed,
            "city": random.choices(cities, weights=city_w)[0],
            "weight": random.uniform(lo, hi),
        })
    vets = ["Dr. Amara Nwosu", "Dr. Ben Castillo", "Dr. Hannah Reyes", "Dr. Owen Fitzgerald", "Dr. Sofia Lind"]
    vet_w = [24, 22, 20, 18, 16]
    visit = {"checkup": (30, 65, 85), "vaccination": (28, 45, 70), "dental": (10, 180, 420),
             "surgery": (8, 450, 2200), "emergency": (9, 220, 900)}
    start = date(2024, 7, 1)
    span = (date(2025, 6, 30) - start).days
    pet_w = [random.uniform(0.3, 3.0) for _ in pets]
    rows = []
    for _ in range(2380):
        p = random.choices(pets, weights=pet_w)[0]
        ad = start + timedelta(days=random.randint(0, span))
        if ad.weekday() == 6 and random.random() < 0.85:
            ad += timedelta(days=1)
        vt = random.choices(list(visit), weights=[v[0] for v in visit.values()])[0]
        fee = round(random.uniform(visit[vt][1], visit[vt][2]), 2)
        ns_p = 0.0 if vt == "emergency" else (0.12 if vt in ("checkup", "vaccination") else 0.05)
        ns = 1 if random.random() < ns_p else 0
        if ns:
            paid = "no" if random.random() < 0.8 else "yes"
        else:
            paid = "yes" if random.random() < 0.9 else "no"
        w = p["weight"] * random.uniform(0.95, 1.05)
        w_s = ("%.2f" % w) if w < 1 else ("%.1f" % w)
        if ns or random.random() < 0.04:
            w_s = ""
        rows.append({
            "appointment_id": 0,
            "pet_id": p["id"],
            "pet_name": p["name"],
            "species": p["species"],
            "breed": p["breed"],
            "owner_city": p["city"],
            "appointment_date": ad.isoformat(),
            "visit_type": vt,
            "vet_name": random.choices(vets, weights=vet_w)[0],
            "fee": "%.2f" % fee,
            "paid": paid,
            "weight_kg": w_s,
            "no_show": ns,
        })
    rows.sort(key=lambda r: (r["appointment_date"], r["pet_id"]))
    for i, r in enumerate(rows):
        r["appointment_id"] = "APT-%06d" % (880001 + i)
    with open(os.path.join(OUT, "vet_appointments.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return len(rows)


# ---------------------------------------------------------------- 4. solar production
def make_solar():
    regions = {"North": 0.85, "South": 1.15, "East": 1.0, "West": 1.05}
    site_names = ["Cedar Ridge", "Harbor Point", "Mesa Verde Array", "Pine Hollow", "Sunfield One",
                  "Copper Flats", "Riverbend", "Eagle Crest", "Dry Creek", "Lakeside Farm", "Granite Peak",
                  "Sandhill"]
    panels = ["monocrystalline", "polycrystalline", "thin-film", "bifacial"]
    panel_eff = {"monocrystalline": 0.82, "polycrystalline": 0.76, "thin-film": 0.7, "bifacial": 0.88}
    reg_list = ["North", "North", "North", "South", "South", "South", "East", "East", "East", "West", "West",
                "West"]
    random.shuffle(reg_list)
    sites = []
    for i, nm in enumerate(site_names):
        sites.append({
            "id": "SITE-%02d" % (i + 1),
            "name": nm,
            "region": reg_list[i],
            "cap": random.choice([250, 400, 500, 750, 800, 1000, 1200, 1500, 2000]),
            "panel": random.choices(panels, weights=[4, 3, 2, 2])[0],
            "fault_rate": random.uniform(0.01, 0.07),
        })
    month_sun = {3: 5.2, 4: 6.4, 5: 7.6, 6: 8.8, 7: 9.6, 8: 9.0, 9: 7.3, 10: 5.6}
    rows = []
    d = date(2025, 3, 1)
    while d <= date(2025, 10, 31):
        for s in sites:
            if random.random() < 0.012:
                continue  # missing reading
            sun = month_sun[d.month] * regions[s["region"]] * random.uniform(0.35, 1.25)
            sun = max(0.2, min(14.0, sun))
            r = random.random()
            if r < s["fault_rate"] * 0.35:
                status = "offline"
            elif r < s["fault_rate"]:
                status = "fault"
            else:
                status = "ok"
            e = s["cap"] * sun * panel_eff[s["panel"]] * random.uniform(0.9, 1.05)
            if status == "fault":
                e *= random.uniform(0.25, 0.7)
            elif status == "offline":
                e = 0.0
            st_s = status
            if random.random() < 0.04:
                st_s = status.upper() if status != "ok" else "OK"
            sun_s = "%.1f" % sun
            if random.random() < 0.02:
                sun_s = ""
            e_s = "%.1f" % e
            if status != "offline" and random.random() < 0.008:
                e_s = ""
            rows.append({
                "site_id": s["id"],
                "site_name": s["name"],
                "region": s["region"],
                "reading_date": d.isoformat(),
                "energy_kwh": e_s,
                "capacity_kw": s["cap"],
                "sunshine_hours": sun_s,
                "inverter_status": st_s,
                "panel_type": s["panel"],
            })
        d += timedelta(days=1)
    with open(os.path.join(OUT, "solar_production.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    print("timesheets.csv", make_timesheets())
    print("auction_bids.json", make_auctions())
    print("vet_appointments.csv", make_vet())
    print("solar_production.csv", make_solar())
