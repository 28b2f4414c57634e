#!/usr/bin/env python3
"""Generate the four synthetic business exports used by heldout38.

Standard library only; random.Random(20270701) is the only source of randomness.
Writes into the current folder:
  fishing_licence_sales.csv      (county angling licence counter + web sales)
  egg_farm_collections.csv       (daily per-shed egg collection log of a laying farm)
  passport_office_appointments.json  (appointment export of a passport office network, nested)
  shearing_tallies.json          (daily shearer tallies of a sheep-shearing contractor, nested)
"""
import csv
import datetime as dt
import json
import math

import random

rng = random.Random(20270701)

D = dt.date
T = dt.timedelta


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += T(days=1)


def pick(variants, main_weight=0.55):
    """Return the canonical spelling most of the time, otherwise one of the variants."""
    if rng.random() < main_weight:
        return variants[0]
    return rng.choice(variants[1:])


def flag_text(value, blank_rate=0.0, yes=("Y", "Yes", "yes", "YES", "TRUE", "y"), no=("N", "No", "no", "FALSE", "n")):
    if rng.random() < blank_rate:
        return ""
    return rng.choice(yes) if value else rng.choice(no)


def poissonish(lam):
    # Knuth, fine for small lambda
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


# ---------------------------------------------------------------------------
# 1. fishing_licence_sales.csv  (snake_case columns, money as text with £/GBP,
#    outlet/type/water/payment variants, clerk aliases without id, totals line)
# ---------------------------------------------------------------------------
def make_fishing():
    outlets = {
        "Riverside Tackle": (["Riverside Tackle", "riverside tackle", "Riverside Tackle Ltd", "RIVERSIDE TACKLE ", "Riverside Tackle Shop"], 8.0),
        "Town Hall Kiosk": (["Town Hall Kiosk", "town hall", "Town Hall", "Town Hall kiosk ", "TH Kiosk"], 0.0),
        "Online": (["Online", "online", "Web", "online portal", "WEBSITE"], 0.0),
        "Post Office High St": (["Post Office High St", "P.O. High St", "Post Office - High Street", "post office high st", "High St PO"], 5.0),
        "Lakeview Marina": (["Lakeview Marina", "Lakeview Marina Shop", "lakeview marina", "Lakeview", "LAKEVIEW MARINA "], 7.5),
    }
    types = {
        "Day": ["Day", "day", "1-Day", "Day Ticket", "DAY "],
        "Week": ["Week", "week", "7 Day", "Weekly", "7-day "],
        "Season": ["Season", "season", "Annual", "Full Season", "SEASON "],
        "Junior Season": ["Junior Season", "junior", "Jnr Season", "Junior season ", "JUNIOR"],
        "Senior Season": ["Senior Season", "senior", "Snr Season", "OAP Season", "Senior season "],
    }
    waters = {
        "Coarse": ["Coarse", "coarse", "COARSE ", "Coarse fishing"],
        "Game": ["Game", "game", "Game (trout)", "Trout", "GAME "],
        "Sea": ["Sea", "sea", "Sea angling", "SEA ", "sea "],
    }
    payments = {
        "Card": ["Card", "card", "Debit Card", "CARD ", "Credit card"],
        "Cash": ["Cash", "cash", "CASH ", "cash "],
    }
    clerks = {
        "Margaret Holt": ["Margaret Holt", "Maggie Holt", "M. Holt", "Maggie", "margaret holt"],
        "Daniel Osei": ["Daniel Osei", "Dan Osei", "D. Osei", "Danny O", "Daniel"],
        "Priyanka Shah": ["Priyanka Shah", "Priya Shah", "P. Shah", "priyanka", "Priyanka"],
        "Graham Whitlock": ["Graham Whitlock", "G. Whitlock", "Gray Whitlock", "Graham W", "graham"],
        "Sean O'Leary": ["Sean O'Leary", "Sean OLeary", "S. O'Leary", "Seanie", "sean o'leary"],
    }
    staff = {
        "Riverside Tackle": [("Margaret Holt", 0.6), ("Daniel Osei", 0.4)],
        "Town Hall Kiosk": [("Priyanka Shah", 1.0)],
        "Post Office High St": [("Graham Whitlock", 0.85), ("Priyanka Shah", 0.15)],
        "Lakeview Marina": [("Sean O'Leary", 0.7), ("Daniel Osei", 0.3)],
    }
    base_price = {"Day": 6.0, "Week": 15.0, "Season": 45.0, "Junior Season": 10.0, "Senior Season": 27.0}
    month_w = {1: 0.4, 2: 0.5, 3: 0.9, 4: 1.3, 5: 1.5, 6: 1.8, 7: 2.0, 8: 1.9, 9: 1.3, 10: 0.9, 11: 0.5, 12: 0.4}

    days = list(daterange(D(2023, 1, 1), D(2025, 12, 31)))
    weights = [month_w[d.month] * (1.6 if d.weekday() >= 5 else 1.0) * (1.0 + 0.12 * (d.year - 2023)) for d in days]
    n = 2240
    dates = sorted(rng.choices(days, weights=weights, k=n))

    rows = []
    for d in dates:
        online_w = {2023: 0.18, 2024: 0.28, 2025: 0.38}[d.year]
        ow = {"Riverside Tackle": 0.32, "Town Hall Kiosk": 0.12, "Online": online_w,
              "Post Office High St": 0.15, "Lakeview Marina": 0.13}
        outlet = rng.choices(list(ow), weights=list(ow.values()))[0]
        if outlet == "Online":
            hh = rng.choices(range(24), weights=[1, 1, 0, 0, 0, 1, 2, 4, 5, 5, 5, 5, 6, 6, 5, 5, 6, 7, 8, 9, 9, 7, 4, 2])[0]
            mm = rng.randrange(60)
        elif outlet == "Post Office High St":
            hh, mm = rng.randrange(9, 17), rng.randrange(60)
        else:
            hh = rng.choices(range(7, 19), weights=[3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 2])[0]
            mm = rng.randrange(60)
        ltype = rng.choices(list(base_price), weights=[0.35, 0.15, 0.25, 0.12, 0.13])[0]
        if outlet == "Lakeview Marina":
            water = rng.choices(["Coarse", "Game", "Sea"], weights=[0.25, 0.25, 0.5])[0]
        else:
            water = rng.choices(["Coarse", "Game", "Sea"], weights=[0.52, 0.31, 0.17])[0]
        rods = rng.choices([1, 2, 3], weights=[0.7, 0.25, 0.05])[0]
        if ltype == "Junior Season":
            age = rng.randint(9, 17)
        elif ltype == "Senior Season":
            age = rng.randint(65, 86)
        else:
            age = min(84, max(18, int(rng.gauss(44, 15))))
        resident = rng.random() < 0.6
        price = base_price[ltype] * (1.5 if water == "Game" else 1.0)
        extra_rod = 2.0 if ltype in ("Day", "Week") else 8.0
        price += (rods - 1) * extra_rod
        if resident and "Season" in ltype:
            price *= 0.9
        price *= {2023: 1.0, 2024: 1.05, 2025: 1.10}[d.year]
        price = round(price * 2) / 2  # to the nearest 50p
        fmt = rng.random()
        if fmt < 0.45:
            ptxt = "£%.2f" % price
        elif fmt < 0.6:
            ptxt = ("%g" % price) if price != int(price) else "%d" % price
        elif fmt < 0.75:
            ptxt = "£%g" % price
        elif fmt < 0.87:
            ptxt = "GBP %.2f" % price
        else:
            ptxt = "%.2f" % price
        if outlet == "Online":
            pay = "Card"
        elif outlet == "Post Office High St":
            pay = "Card" if rng.random() < 0.5 else "Cash"
        else:
            pay = "Card" if rng.random() < 0.66 else "Cash"
        if outlet == "Online":
            clerk = ""
        else:
            names = staff[outlet]
            if d.weekday() >= 5 and outlet == "Riverside Tackle":
                names = [("Daniel Osei", 1.0)]
            cname = rng.choices([c for c, _ in names], weights=[w for _, w in names])[0]
            clerk = "" if rng.random() < 0.03 else pick(clerks[cname], 0.5)
        if "Season" in ltype:
            renewal = flag_text(rng.random() < 0.55, blank_rate=0.08)
        else:
            renewal = flag_text(rng.random() < 0.05, blank_rate=0.6)
        age_txt = "" if (outlet == "Online" and rng.random() < 0.25) or rng.random() < 0.02 else str(age)
        rows.append({
            "sale_date": d.isoformat(),
            "sale_time": "%02d:%02d" % (hh, mm),
            "outlet": pick(outlets[outlet][0]),
            "outlet_commission_pct": outlets[outlet][1],
            "licence_type": pick(types[ltype]),
            "water_type": pick(waters[water]),
            "rods": rods,
            "angler_age": age_txt,
            "resident": flag_text(resident, blank_rate=0.07),
            "renewal": renewal,
            "price": ptxt,
            "_price": price,
            "payment": pick(payments[pay]),
            "clerk": clerk,
        })
    rows.sort(key=lambda r: (r["sale_date"], r["sale_time"]))
    cols = ["sale_id", "sale_date", "sale_time", "outlet", "outlet_commission_pct", "licence_type", "water_type",
            "rods", "angler_age", "resident", "renewal", "price", "payment", "clerk"]
    total = sum(r["_price"] for r in rows)
    counters = {}
    with open("fishing_licence_sales.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            y = r["sale_date"][2:4]
            counters[y] = counters.get(y, 0) + 1
            r["sale_id"] = "FL-%s-%05d" % (y, counters[y])
            w.writerow([r[c] for c in cols])
        w.writerow(["TOTAL", "", "", "", "", "", "", "", "", "", "", "£{:,.2f}".format(total), "", ""])
    return len(rows), len(cols)


# ---------------------------------------------------------------------------
# 2. egg_farm_collections.csv  ("Title Case (units)" + "Flag?" columns, shed
#    variants, collector nicknames, price per dozen as text, header repeated
#    at every quarter (concatenated quarterly exports), cleanout gaps)
# ---------------------------------------------------------------------------
def make_eggs():
    sheds = {
        "North Shed": dict(cap=6000, variants=["North Shed", "north shed", "North", "N. Shed", "NORTH SHED "],
                           free_range=False,
                           # (placement date, age in weeks at placement); first flock already in place
                           flocks=[(D(2024, 1, 1), 40), (D(2024, 9, 16), 17)]),
        "South Shed": dict(cap=4500, variants=["South Shed", "south shed", "South", "S. Shed", "Sth Shed"],
                           free_range=False, flocks=[(D(2024, 1, 1), 25), (D(2025, 5, 12), 17)]),
        "Orchard Shed": dict(cap=3000, variants=["Orchard Shed", "orchard", "Orchard", "Orchard shed ", "ORCHARD (FR)"],
                             free_range=True, flocks=[(D(2024, 1, 1), 52), (D(2024, 4, 22), 18), (D(2025, 8, 25), 18)]),
    }
    cleanout_days = 16  # empty shed before each new flock
    collectors = {
        "Tom Baker": ["Tom Baker", "Tommy", "T. Baker", "tom baker", "Tom B"],
        "Priya Nair": ["Priya Nair", "Priya", "P. Nair", "priya nair", "P Nair"],
        "Gareth Lloyd": ["Gareth Lloyd", "Gaz", "G. Lloyd", "Gareth", "gareth lloyd"],
        "Ana Sousa": ["Ana Sousa", "Ana", "A. Sousa", "ana sousa", "Anna Sousa"],
    }
    rota = {0: "Tom Baker", 1: "Tom Baker", 2: "Priya Nair", 3: "Priya Nair", 4: "Gareth Lloyd", 5: "Ana Sousa", 6: "Ana Sousa"}
    vet_days = set()
    d = D(2024, 1, 9)
    while d <= D(2025, 12, 31):
        vet_days.add(d)
        d += T(days=rng.choice([12, 14, 14, 15, 16]))

    def lay_rate(age_w):
        if age_w < 18:
            return 0.0
        if age_w < 19:
            return 0.10
        if age_w < 26:
            return 0.10 + (age_w - 19) * 0.115
        if age_w < 45:
            return 0.93 - (age_w - 26) * 0.001
        return max(0.55, 0.91 - (age_w - 45) * 0.0045)

    out = []
    for name, s in sheds.items():
        flocks = s["flocks"]
        hens = None
        for day in daterange(D(2024, 1, 1), D(2025, 12, 31)):
            # which flock is current?
            cur = None
            for i, (pl, age0) in enumerate(flocks):
                if day >= pl:
                    cur = (i, pl, age0)
            i, pl, age0 = cur
            nxt = flocks[i + 1][0] if i + 1 < len(flocks) else None
            if nxt is not None and nxt - T(days=cleanout_days) <= day < nxt:
                hens = None
                continue  # shed empty: depopulated and cleaned
            age_w = age0 + (day - pl).days / 7.0
            if hens is None or day == pl:
                hens = int(s["cap"] * (0.985 if i == 0 else 0.99)) - rng.randint(0, 25)
            mort = poissonish(hens * 0.00011)
            if rng.random() < 0.012:
                mort += rng.randint(6, 28)  # heat stress / fox / smothering
            if s["free_range"] and rng.random() < 0.01:
                mort += rng.randint(4, 15)
            hens -= mort
            if age_w < 18:
                continue
            rate = lay_rate(age_w)
            if s["free_range"]:
                rate -= 0.03 + (0.04 if day.month in (11, 12, 1) else 0.0)
            rate += rng.gauss(0, 0.015)
            rate = max(0.0, min(0.97, rate))
            eggs = int(round(hens * rate))
            crack_p = (0.04 if s["free_range"] else 0.018) + (0.01 if age_w > 60 else 0.0)
            cracked = max(0, int(round(eggs * (crack_p + rng.gauss(0, 0.004)))))
            feed = round(hens * (0.118 if s["free_range"] else 0.112) * (1 + rng.gauss(0, 0.025)), 1)
            summer = day.month in (6, 7, 8)
            water = int(round(hens * (0.24 if summer else 0.21) * (1 + rng.gauss(0, 0.04))))
            if s["free_range"]:
                base_t = {1: 6, 2: 7, 3: 9, 4: 11, 5: 14, 6: 17, 7: 19, 8: 19, 9: 16, 10: 12, 11: 9, 12: 7}[day.month]
            else:
                base_t = {1: 18, 2: 18, 3: 19, 4: 19, 5: 20, 6: 22, 7: 24, 8: 23, 9: 21, 10: 20, 11: 19, 12: 18}[day.month]
            temp = round(base_t + rng.gauss(0, 1.3), 1)
            sold = int((eggs - cracked) * rng.uniform(0.9, 0.995)) // 12
            late = day >= D(2025, 3, 1)
            if s["free_range"]:
                price = 2.85 if late else 2.60
            else:
                price = 2.05 if late else 1.85
            r = rng.random()
            if r < 0.5:
                ptxt = "£%.2f" % price
            elif r < 0.65:
                ptxt = "%.2f" % price
            elif r < 0.77:
                ptxt = "£%g" % price
            elif r < 0.88:
                ptxt = "GBP %.2f" % price
            else:
                ptxt = "%.2f GBP" % price
            who = rota[day.weekday()]
            if rng.random() < 0.12:
                who = rng.choice(list(collectors))
            who_txt = "" if rng.random() < 0.025 else pick(collectors[who], 0.5)
            hh, mm = divmod(rng.randint(7 * 60 + 10, 9 * 60 + 20) + {"North Shed": 0, "South Shed": 25, "Orchard Shed": 50}[name], 60)
            if day in vet_days:
                vet = rng.choice(["Y", "Yes", "yes", "TRUE", "y"])
            else:
                vet = rng.choices(["", "N", "no", "No", "FALSE"], weights=[0.8, 0.07, 0.05, 0.05, 0.03])[0]
            if rng.random() < 0.025:
                continue  # sheet lost
            out.append({
                "Date": day.isoformat(),
                "Shed": pick(s["variants"], 0.5),
                "Shed Capacity (birds)": s["cap"],
                "Flock Age (wks)": int(age_w),
                "Hens Alive (birds)": hens,
                "Eggs Collected (count)": eggs,
                "Cracked/Dirty (count)": cracked,
                "Feed Used (kg)": feed,
                "Water Used (L)": "" if rng.random() < 0.03 else water,
                "Mortality (birds)": mort,
                "Collection Time": "%02d:%02d" % (hh, mm),
                "Collected By": who_txt,
                "Dozens Sold": sold,
                "Price/Dozen": ptxt,
                "Temp (C)": temp,
                "Vet Visit?": vet,
                "_sort": (day, {"North Shed": 0, "South Shed": 1, "Orchard Shed": 2}[name]),
            })
    out.sort(key=lambda r: r["_sort"])
    cols = ["Date", "Shed", "Shed Capacity (birds)", "Flock Age (wks)", "Hens Alive (birds)", "Eggs Collected (count)",
            "Cracked/Dirty (count)", "Feed Used (kg)", "Water Used (L)", "Mortality (birds)", "Collection Time",
            "Collected By", "Dozens Sold", "Price/Dozen", "Temp (C)", "Vet Visit?"]
    with open("egg_farm_collections.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        last_q = None
        for r in out:
            q = (r["_sort"][0].year, (r["_sort"][0].month - 1) // 3)
            if last_q is not None and q != last_q:
                w.writerow(cols)  # quarterly exports pasted together, header and all
            last_q = q
            w.writerow([r[c] for c in cols])
    return len(out), len(cols)


# ---------------------------------------------------------------------------
# 3. passport_office_appointments.json  (camelCase keys, nested visit times,
#    office with counters repeated, officer staffNo + name aliases, fee as
#    EUR text, status/channel/service/county variants, flags with blanks)
# ---------------------------------------------------------------------------
def make_passports():
    offices = {
        "Central": dict(counters=10, w=0.40, variants=["Central", "Central Office", "central", "CENTRAL ", "Central office"],
                        wait=(6, 38), staff=["E101", "E102", "E103", "E104", "E105", "E150"]),
        "Northside": dict(counters=6, w=0.25, variants=["Northside", "North Side", "northside office", "Nth Side", "NORTHSIDE"],
                          wait=(4, 26), staff=["E201", "E202", "E203"]),
        "Harbour Road": dict(counters=4, w=0.20, variants=["Harbour Road", "Harbor Rd", "harbour rd.", "Harbour Road Office", "Harbor Road"],
                             wait=(3, 22), staff=["E301", "E302", "E150"]),
        "Airport": dict(counters=2, w=0.15, variants=["Airport", "airport desk", "Airport Kiosk", "AIRPORT", "Airport desk "],
                        wait=(2, 14), staff=["E401", "E402"]),
    }
    officers = {
        "E101": ["Siobhan Kelly", "S. Kelly", "Shiv Kelly", "siobhan kelly"],
        "E102": ["Patrick Byrne", "Paddy Byrne", "P. Byrne", "Pat Byrne"],
        "E103": ["Aoife Murphy", "A. Murphy", "aoife murphy", "Aoife M."],
        "E104": ["Tomasz Nowak", "Tom Nowak", "T. Nowak", "Tomek"],
        "E105": ["Grainne Walsh", "Gráinne Walsh", "G. Walsh", "Grainne"],
        "E150": ["Declan Ryan", "Dec Ryan", "D. Ryan", "Deccie"],
        "E201": ["Niamh O'Brien", "N. O'Brien", "Niamh OBrien", "niamh o'brien"],
        "E202": ["Kevin Doyle", "Kev Doyle", "K. Doyle", "kevin doyle"],
        "E203": ["Fatima Bello", "F. Bello", "Fatima", "fatima bello"],
        "E301": ["Ciaran Lynch", "Ciarán Lynch", "C. Lynch", "Kieran Lynch"],
        "E302": ["Orla Brennan", "O. Brennan", "orla brennan", "Orla B"],
        "E401": ["Mark Fitzgerald", "Fitzy", "M. Fitzgerald", "Mark Fitz"],
        "E402": ["Sinead Quinn", "Sinéad Quinn", "S. Quinn", "sinead quinn"],
    }
    # staff speed factor (service time multiplier)
    speed = {"E101": 0.95, "E102": 1.12, "E103": 0.88, "E104": 1.0, "E105": 1.05, "E150": 0.92, "E201": 1.08,
             "E202": 0.97, "E203": 1.18, "E301": 1.02, "E302": 0.9, "E401": 1.25, "E402": 0.84}
    services = {
        "Adult renewal": dict(w=0.42, fee=75, dur=(8, 15), variants=["Adult renewal", "Renewal (Adult)", "adult renewal", "Renewal - adult", "ADULT RENEWAL"]),
        "First adult passport": dict(w=0.16, fee=75, dur=(15, 26), variants=["First adult passport", "First Adult", "first-time adult", "New adult passport", "1st adult"]),
        "Child passport": dict(w=0.24, fee=20, dur=(14, 30), variants=["Child passport", "Child", "child passport", "Minor", "Child (under 18)"]),
        "Lost/stolen replacement": dict(w=0.12, fee=110, dur=(18, 35), variants=["Lost/stolen replacement", "Replacement", "lost/stolen", "Lost or Stolen", "replacement (lost)"]),
        "Emergency travel document": dict(w=0.06, fee=45, dur=(22, 45), variants=["Emergency travel document", "Emergency", "ETD", "emergency travel doc", "Emergency Travel Doc"]),
    }
    channels = {
        "Online": ["Online", "online", "web", "Website", "ONLINE"],
        "Phone": ["Phone", "phone", "Phone booking", "tel", "PHONE "],
        "Walk-in": ["Walk-in", "walk in", "Walkin", "walk-in ", "WALK-IN"],
    }
    statuses = {
        "Attended": ["Attended", "attended", "ATTENDED", "Seen", "attended "],
        "No-show": ["No-show", "no show", "DNA", "No Show", "noshow"],
        "Cancelled": ["Cancelled", "cancelled", "Canceled", "canx", "Cancelled by applicant"],
    }
    counties = {
        "Dublin": (0.55, ["Dublin", "Co. Dublin", "dublin", "DUBLIN ", "Co Dublin"]),
        "Kildare": (0.18, ["Kildare", "Co. Kildare", "kildare", "Co Kildare"]),
        "Meath": (0.15, ["Meath", "Co. Meath", "meath ", "MEATH"]),
        "Wicklow": (0.12, ["Wicklow", "Co. Wicklow", "wicklow", "Co Wicklow"]),
    }
    days = [d for d in daterange(D(2023, 1, 2), D(2025, 12, 31)) if d.weekday() < 5]
    # busier before summer holidays
    mw = {1: 0.7, 2: 0.8, 3: 1.1, 4: 1.3, 5: 1.4, 6: 1.3, 7: 1.0, 8: 0.9, 9: 0.8, 10: 0.8, 11: 0.8, 12: 0.9}
    n = 2080
    dates = sorted(rng.choices(days, weights=[mw[d.month] * (1 + 0.1 * (d.year - 2023)) for d in days], k=n))
    rows = []
    for d in dates:
        office = rng.choices(list(offices), weights=[o["w"] for o in offices.values()])[0]
        o = offices[office]
        service = rng.choices(list(services), weights=[s["w"] for s in services.values()])[0]
        sv = services[service]
        if service == "Emergency travel document":
            channel = rng.choices(["Online", "Phone", "Walk-in"], weights=[0.2, 0.4, 0.4])[0]
        else:
            channel = rng.choices(["Online", "Phone", "Walk-in"], weights=[0.62, 0.23, 0.15])[0]
        if channel == "Walk-in":
            status = "Attended"
            lead = 0
        else:
            ns = 0.12 if channel == "Phone" else 0.07
            cx = 0.10 if service == "First adult passport" else 0.06
            status = rng.choices(["Attended", "No-show", "Cancelled"], weights=[1 - ns - cx, ns, cx])[0]
            lead = rng.randint(1, 60) if channel == "Online" else rng.randint(1, 28)
            if service == "Emergency travel document":
                lead = rng.randint(0, 3)
        booked_on = d - T(days=lead)
        slot_min = rng.randrange(9 * 4, 16 * 4 + 3) * 15  # 09:00 .. 16:30
        slot = dt.datetime.combine(d, dt.time()) + T(minutes=slot_min)
        visit = {}
        if channel == "Walk-in":
            visit["slot"] = None
        else:
            visit["slot"] = slot.isoformat()
        officer = None
        fee = None
        fast = rng.random() < (0.35 if service in ("Adult renewal", "First adult passport") else 0.15)
        docs = None
        sat = None
        if status == "Attended":
            if channel == "Walk-in":
                arrived = dt.datetime.combine(d, dt.time(9, 0)) + T(minutes=rng.randint(0, 7 * 60 + 20))
                start_base = arrived
                wait = rng.uniform(o["wait"][0], o["wait"][1]) * 1.6
            else:
                arrived = slot + T(minutes=int(round(rng.gauss(-6, 9))))
                start_base = max(arrived, slot)
                wait = rng.uniform(o["wait"][0], o["wait"][1])
            called = start_base + T(minutes=int(round(wait)))
            if called < arrived:
                called = arrived
            staff_no = rng.choice(o["staff"])
            dur = rng.uniform(*sv["dur"]) * speed[staff_no]
            finished = called + T(minutes=max(4, int(round(dur))))
            visit.update({"arrived": arrived.isoformat(), "called": called.isoformat(), "finished": finished.isoformat()})
            officer = {"staffNo": staff_no, "name": pick(officers[staff_no], 0.5)}
            amount = sv["fee"] + (40 if fast else 0)
            r = rng.random()
            if r < 0.4:
                fee = "€%.2f" % amount
            elif r < 0.6:
                fee = "%d EUR" % amount
            elif r < 0.75:
                fee = "EUR %.2f" % amount
            elif r < 0.9:
                fee = "€%d" % amount
            else:
                fee = "%.2f EUR" % amount
            docs_ok = rng.random() < 0.87
            docs = flag_text(docs_ok, blank_rate=0.06, yes=("Y", "yes", "Yes", "true", "TRUE"), no=("N", "no", "No", "false"))
            if rng.random() < 0.6:
                base = 4.6 - wait / 25.0 - (0.8 if not docs_ok else 0.0)
                sat = max(1, min(5, int(round(base + rng.gauss(0, 0.8)))))
        else:
            visit.update({"arrived": None, "called": None, "finished": None})
        if service == "Child passport":
            age = rng.randint(0, 17)
        elif service == "First adult passport":
            age = min(80, 18 + int(abs(rng.gauss(0, 9))))
        else:
            age = rng.randint(18, 88)
        county = rng.choices(list(counties), weights=[c[0] for c in counties.values()])[0]
        rows.append({
            "apptRef": None,
            "bookedOn": booked_on.isoformat(),
            "office": {"name": pick(o["variants"], 0.5), "counters": o["counters"]},
            "serviceType": pick(sv["variants"], 0.5),
            "channel": pick(channels[channel], 0.5),
            "status": pick(statuses[status], 0.5),
            "visit": visit,
            "applicant": {"age": age, "county": pick(counties[county][1], 0.5)},
            "officer": officer,
            "fee": fee,
            "fastTrack": flag_text(fast, blank_rate=0.1, yes=("Y", "yes", "Yes", "true"), no=("N", "no", "No", "false")),
            "docsComplete": docs,
            "satisfaction": sat,
            "_key": (d, slot_min, arrived.isoformat() if status == "Attended" else ""),
        })
    rows.sort(key=lambda r: r["_key"])
    cnt = {}
    for r in rows:
        y = r["_key"][0].year
        cnt[y] = cnt.get(y, 0) + 1
        r["apptRef"] = "PA-%d-%05d" % (y, cnt[y])
        del r["_key"]
    with open("passport_office_appointments.json", "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
        f.write("\n]\n")
    return len(rows), len(rows[0])


# ---------------------------------------------------------------------------
# 4. shearing_tallies.json  (PascalCase keys, nested Farm / Shearer / Hours,
#    flock size repeated on each row, shearer Id + name aliases, clock times,
#    rate and pay as NZ$ text, breed / region / farm-name variants, flags)
# ---------------------------------------------------------------------------
def make_shearing():
    regions = {
        "Canterbury": ["Canterbury", "canterbury", "Cant.", "CANTERBURY ", "Canterbury "],
        "Otago": ["Otago", "otago", "OTAGO", "Otago "],
        "Southland": ["Southland", "Sthland", "southland", "SOUTHLAND "],
        "Hawke's Bay": ["Hawke's Bay", "Hawkes Bay", "hawkes bay", "HB", "Hawke’s Bay"],
    }
    breeds = {
        "Merino": (["Merino", "merino", "MERINO ", "Merino "], 0.55, 4.6),
        "Romney": (["Romney", "romney", "Rom.", "ROMNEY"], 1.0, 5.2),
        "Corriedale": (["Corriedale", "corriedale", "Corriedale ", "Corrie"], 0.85, 5.6),
        "Perendale": (["Perendale", "perendale", "Pere.", "PERENDALE"], 1.05, 4.1),
        "Coopworth": (["Coopworth", "coopworth", "Coop.", "COOPWORTH "], 1.0, 4.6),
    }
    farm_specs = [
        ("Glenmore Station", "Canterbury", 9200, "Merino", 120), ("Kowhai Downs", "Canterbury", 3100, "Corriedale", 45),
        ("Ridgeview", "Canterbury", 1800, "Romney", 30), ("Te Awa Farm", "Canterbury", 2600, "Coopworth", 62),
        ("Mt Somers Station", "Canterbury", 7400, "Merino", 95), ("Waipara Flats", "Canterbury", 2200, "Perendale", 55),
        ("Kilmog Hill", "Otago", 4100, "Perendale", 38), ("Tarras Station", "Otago", 11800, "Merino", 140),
        ("Maniototo Run", "Otago", 6300, "Merino", 110), ("Clutha Bend", "Otago", 2900, "Romney", 72),
        ("Lammerlaw", "Otago", 3500, "Corriedale", 50), ("Strath Taieri", "Otago", 5200, "Corriedale", 66),
        ("Mossburn Farm", "Southland", 4800, "Romney", 80), ("Hokonui Hills", "Southland", 3900, "Coopworth", 95),
        ("Edendale", "Southland", 2700, "Romney", 105), ("Waikaia Station", "Southland", 6100, "Perendale", 125),
        ("Five Rivers", "Southland", 3300, "Coopworth", 88), ("Makara Downs", "Hawke's Bay", 4400, "Romney", 60),
        ("Puketapu", "Hawke's Bay", 2500, "Perendale", 42), ("Elsthorpe Station", "Hawke's Bay", 5600, "Romney", 75),
        ("Tutira", "Hawke's Bay", 3800, "Coopworth", 58), ("Ongaonga", "Hawke's Bay", 2100, "Romney", 35),
    ]
    farms = []
    for nm, reg, flock, breed, km in farm_specs:
        variants = [nm, nm.lower(), nm + " "]
        if "Station" in nm:
            variants.append(nm.replace("Station", "Stn"))
        else:
            variants.append(nm.upper())
        farms.append(dict(name=nm, region=reg, flock=flock, breed=breed, km=km, variants=variants))
    shearers = [
        ("S01", ["Hemi Walker", "H. Walker", "Hemi", "hemi walker"], 1.25),
        ("S02", ["Josh McKenzie", "Joshy", "J. McKenzie", "Josh Mac"], 1.05),
        ("S03", ["Tama Ngata", "T. Ngata", "Tama", "tama ngata"], 1.15),
        ("S04", ["Bridget O'Connor", "Bridge", "B. O'Connor", "Bridget OConnor"], 0.9),
        ("S05", ["Sam Reid", "Sammy Reid", "S. Reid", "sam reid"], 0.95),
        ("S06", ["Wiremu Tane", "Bill Tane", "W. Tane", "Wiremu"], 1.1),
        ("S07", ["Callum Fraser", "Cal Fraser", "C. Fraser", "Cal"], 0.85),
        ("S08", ["Ella Grant", "E. Grant", "Ells", "ella grant"], 0.8),
        ("S09", ["Rawiri Smith", "Dave Smith", "R. Smith", "Rawiri"], 1.0),
        ("S10", ["Liam Doherty", "L. Doherty", "Liam D", "liam doherty"], 0.75),
        ("S11", ["Mikaere Hall", "Mike Hall", "M. Hall", "Mikaere"], 1.08),
        ("S12", ["Jess Tipene", "J. Tipene", "Jessie", "jess tipene"], 0.92),
    ]
    rate_base = {"Merino": 6.10, "Romney": 3.05, "Corriedale": 3.55, "Perendale": 3.05, "Coopworth": 3.05}
    year_add = {2023: 0.0, 2024: 0.15, 2025: 0.30}
    month_w = {1: 1.4, 2: 1.3, 3: 0.8, 4: 0.3, 5: 0.3, 6: 0.7, 7: 0.9, 8: 0.8, 9: 0.5, 10: 1.0, 11: 1.5, 12: 1.5}

    rows = []
    days = list(daterange(D(2023, 1, 9), D(2025, 12, 19)))
    target = 1520
    while len(rows) < target:
        start_day = rng.choices(days, weights=[month_w[d.month] for d in days])[0]
        farm = rng.choice(farms)
        gang_n = rng.randint(2, 6) if farm["flock"] < 5000 else rng.randint(4, 8)
        gang = rng.sample(shearers, gang_n)
        n_days = max(1, int(round(farm["flock"] / (gang_n * 220 * breeds[farm["breed"]][1]))))
        n_days = min(n_days, 6)
        day = start_day
        for k in range(n_days):
            while day.weekday() == 6:
                day += T(days=1)
            rained = rng.random() < (0.14 if day.month in (6, 7, 8) else 0.07)
            lamb_season = day.month in (12, 1, 2)
            start_min = rng.choice([5 * 60 + 30, 6 * 60, 6 * 60 + 30, 6 * 60 + 30, 7 * 60, 7 * 60 + 30])
            for sid, aliases, skill in gang:
                if rng.random() < 0.04:
                    continue
                breed = farm["breed"]
                bf = breeds[breed][1]
                full_day = rng.randint(8 * 60 + 30, 9 * 60 + 40)
                if rained:
                    work = rng.randint(90, 240)
                else:
                    work = full_day
                tally_total = int(max(0, rng.gauss(265 * skill * bf, 22)) * work / (9 * 60))
                lambs = 0
                if lamb_season and rng.random() < 0.6 and breed != "Merino":
                    lambs = int(tally_total * rng.uniform(0.2, 0.6))
                sheep = tally_total - lambs
                rate = round(rate_base[breed] + year_add[day.year] + (0.4 if rained else 0.0), 2)
                pay = round((sheep + lambs) * rate + farm["km"] * 0.5, 2)
                r = rng.random()
                if r < 0.45:
                    rtxt = "$%.2f" % rate
                elif r < 0.65:
                    rtxt = "%.2f" % rate
                elif r < 0.8:
                    rtxt = "NZ$%.2f" % rate
                else:
                    rtxt = "$%g" % rate
                r = rng.random()
                if r < 0.45:
                    ptxt = "${:,.2f}".format(pay)
                elif r < 0.65:
                    ptxt = "%.2f" % pay
                elif r < 0.85:
                    ptxt = "NZ${:,.2f}".format(pay)
                else:
                    ptxt = "NZD {:,.2f}".format(pay)
                wool = round(sheep * breeds[breed][2] * rng.uniform(0.93, 1.07) + lambs * 1.3, 1)
                finish = start_min + work + (75 if not rained else rng.choice([0, 15, 30]))
                hours = {"Start": "%02d:%02d" % divmod(start_min, 60), "Finish": "%02d:%02d" % divmod(finish, 60)}
                rained_txt = flag_text(rained, blank_rate=0.0 if rained else 0.35,
                                       yes=("yes", "Y", "TRUE", "Yes"), no=("no", "N", "FALSE", "No"))
                rows.append({
                    "JobNo": None,
                    "JobDate": day.isoformat(),
                    "Farm": {"Name": pick(farm["variants"], 0.6), "Region": pick(regions[farm["region"]], 0.5), "FlockSize": farm["flock"]},
                    "Shearer": {"Id": sid, "Name": pick(aliases, 0.5)},
                    "Hours": hours,
                    "Breed": pick(breeds[breed][0], 0.5),
                    "SheepShorn": sheep,
                    "LambsShorn": lambs,
                    "RatePerHead": rtxt,
                    "Pay": ptxt,
                    "WoolKg": None if rng.random() < 0.05 else wool,
                    "RainedOff": rained_txt if rng.random() > 0.03 else None,
                    "TravelKm": farm["km"],
                    "_key": (day, farm["name"], sid),
                })
            day += T(days=1)
    # a shearer cannot be at two farms on one day: keep the first record of each (day, shearer)
    seen = set()
    clean = []
    for r in sorted(rows, key=lambda r: r["_key"]):
        k = (r["_key"][0], r["_key"][2])
        if k in seen:
            continue
        seen.add(k)
        clean.append(r)
    # years within 2023-2025 only
    clean = [r for r in clean if r["_key"][0].year <= 2025]
    jobs = {}
    for r in clean:
        jk = (r["_key"][0], r["_key"][1])
        if jk not in jobs:
            jobs[jk] = len(jobs) + 1
        r["JobNo"] = "J%05d" % jobs[jk]
        del r["_key"]
    with open("shearing_tallies.json", "w", encoding="utf-8") as f:
        json.dump(clean, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(clean), len(clean[0])


if __name__ == "__main__":
    for fn in (make_fishing, make_eggs, make_passports, make_shearing):
        n, c = fn()
        print("%-24s rows=%d cols=%d" % (fn.__name__, n, c))
