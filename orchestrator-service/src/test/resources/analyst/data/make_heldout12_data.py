#!/usr/bin/env python3
"""Make the four heldout12 datasets (standard library only, fixed seed).

Writes into data/: hotel_bookings.csv, helpdesk_tickets.csv, store_orders.csv, air_quality.json
"""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

random.seed(20261203)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
os.makedirs(OUT, exist_ok=True)


def wchoice(pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return random.choices(items, weights=weights, k=1)[0]


# ---------------------------------------------------------------- hotels
def make_hotels(n=2000):
    hotels = [
        # name, type, base adr, weight
        ("Harbourview City Hotel", "City Hotel", 118.0, 30),
        ("Grand Central Lisboa", "City Hotel", 135.0, 22),
        ("Old Town Suites", "City Hotel", 99.0, 14),
        ("Algarve Sands Resort", "Resort Hotel", 152.0, 20),
        ("Madeira Cliffs Resort", "Resort Hotel", 171.0, 14),
    ]
    countries = [("PRT", 30), ("GBR", 14), ("FRA", 11), ("ESP", 10), ("DEU", 9),
                 ("ITA", 5), ("IRL", 4), ("NLD", 4), ("BRA", 3), ("USA", 4),
                 ("BEL", 3), ("CHE", 2), ("CN", 1)]
    segments = [("Online TA", 46), ("Direct", 22), ("Corporate", 14), ("Groups", 18)]
    cancel_p = {"Online TA": 0.36, "Direct": 0.14, "Corporate": 0.11, "Groups": 0.27}
    rooms = [("A", 55), ("B", 6), ("C", 6), ("D", 20), ("E", 7), ("F", 4), ("G", 2)]
    room_mult = {"A": 1.0, "B": 1.05, "C": 1.1, "D": 1.2, "E": 1.35, "F": 1.55, "G": 1.8}
    season = {1: 0.75, 2: 0.78, 3: 0.88, 4: 0.97, 5: 1.02, 6: 1.15, 7: 1.32,
              8: 1.38, 9: 1.1, 10: 0.95, 11: 0.8, 12: 0.9}
    hdr = ["Booking Ref", "Hotel", "hotel_type", "Guest Country", "market_segment",
           "Reserved Room", "Assigned Room", "booking_date", "Arrival Date",
           "departure_date", "Adults", "Children", "ADR", "Total Amount (EUR)",
           "Deposit Type", "Status", "Cancellation Date", "Special Requests"]
    rows = []
    start = date(2023, 1, 1)
    span = (date(2024, 12, 31) - start).days
    for i in range(n):
        hname, htype, base, _ = wchoice([(h, h[3]) for h in hotels])
        seg = wchoice(segments)
        arrival = start + timedelta(days=random.randint(0, span))
        if seg == "Groups":
            lead = random.randint(30, 300)
        elif seg == "Corporate":
            lead = int(random.expovariate(1 / 14))
        elif seg == "Direct":
            lead = int(random.expovariate(1 / 45))
        else:
            lead = int(random.expovariate(1 / 80))
        lead = min(lead, 420)
        booked = arrival - timedelta(days=lead)
        if htype == "Resort Hotel":
            nights = max(1, int(random.gauss(5.2, 2.4)))
        else:
            nights = max(1, int(random.gauss(2.6, 1.4)))
        if seg == "Corporate":
            nights = max(1, min(nights, 4))
        nights = min(nights, 14)
        departure = arrival + timedelta(days=nights)
        if seg == "Corporate":
            adults, children = 1 if random.random() < 0.8 else 2, 0
        else:
            adults = wchoice([(1, 15), (2, 70), (3, 10), (4, 5)])
            children = 0
            if htype == "Resort Hotel" and random.random() < 0.28:
                children = wchoice([(1, 55), (2, 35), (3, 10)])
            elif random.random() < 0.07:
                children = 1
        reserved = wchoice(rooms)
        if random.random() < 0.14:
            assigned = random.choice([r for r in room_mult if r != reserved])
        else:
            assigned = reserved
        seg_mult = {"Online TA": 1.0, "Direct": 1.06, "Corporate": 0.88, "Groups": 0.8}[seg]
        adr = base * season[arrival.month] * room_mult[reserved] * seg_mult * random.uniform(0.85, 1.15)
        adr += 12 * children
        adr = round(adr, 2)
        total = round(adr * nights, 2)
        deposit = wchoice([("No Deposit", 82), ("Non Refund", 11), ("Refundable", 7)])
        p_cancel = cancel_p[seg] + (0.12 if deposit == "Non Refund" else 0) + min(lead, 300) / 3000
        u = random.random()
        if u < p_cancel:
            status = "Canceled"
        elif u < p_cancel + 0.025:
            status = "No-Show"
        else:
            status = "Check-Out"
        canc = ""
        if status == "Canceled":
            lo = booked
            hi = arrival - timedelta(days=1) if arrival > booked else booked
            d = lo + timedelta(days=random.randint(0, max(0, (hi - lo).days)))
            canc = d.isoformat()
        req = wchoice([(0, 52), (1, 28), (2, 13), (3, 5), (4, 1.5), (5, 0.5)])
        if seg == "Groups":
            req = min(req, 1)
        rows.append([f"BK{100000 + i * 7 + random.randint(0, 6)}", hname, htype, wchoice(countries), seg,
                     reserved, assigned, booked.isoformat(), arrival.isoformat(), departure.isoformat(),
                     adults, children, f"{adr:.2f}", f"{total:.2f}", deposit, status, canc, req])
    rows.sort(key=lambda r: (r[7], r[0]))
    with open(os.path.join(OUT, "hotel_bookings.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- tickets
def make_tickets(n=1500):
    areas = [("Billing", 20), ("Login & SSO", 14), ("Mobile App", 16), ("Integrations", 13),
             ("Reporting", 12), ("API", 10), ("Notifications", 8), ("Data Import", 7)]
    teams = {"Tier 1": ["Priya Nair", "Tom Becker", "Ana Souza", "Liam O'Brien", "Mei Chen"],
             "Tier 2": ["Carlos Ruiz", "Fatima Zahra", "Jonas Weber"],
             "Billing Ops": ["Grace Kim", "Omar Haddad"],
             "Platform": ["Sven Larsen", "Yuki Tanaka"]}
    tier_w = [("free", 45), ("pro", 38), ("enterprise", 17)]
    prio_w = {"free": [("P1", 2), ("P2", 10), ("P3", 48), ("P4", 40)],
              "pro": [("P1", 5), ("P2", 22), ("P3", 48), ("P4", 25)],
              "enterprise": [("P1", 12), ("P2", 33), ("P3", 40), ("P4", 15)]}
    sla_h = {"P1": 4, "P2": 8, "P3": 24, "P4": 72}
    resp_mean_min = {"P1": 18, "P2": 55, "P3": 180, "P4": 420}
    res_mean_h = {"P1": 3.2, "P2": 7.5, "P3": 20, "P4": 50}
    chan_w = [("email", 48), ("chat", 34), ("phone", 18)]
    hdr = ["Ticket #", "Opened At", "First Response At", "Resolved At", "SLA Due At", "Priority",
           "product_area", "Channel", "customer_tier", "Assignee", "Team", "reopened_count",
           "CSAT", "Status"]
    now = datetime(2024, 7, 1, 9, 0, 0)
    start = datetime(2024, 1, 2, 0, 0, 0)
    span_s = int((datetime(2024, 6, 30, 23, 0, 0) - start).total_seconds())
    opens = sorted(start + timedelta(seconds=random.randint(0, span_s)) for _ in range(n))
    rows = []
    for i, op in enumerate(opens):
        tier = wchoice(tier_w)
        prio = wchoice(prio_w[tier])
        area = wchoice(areas)
        chan = wchoice(chan_w)
        if area == "Billing" and random.random() < 0.8:
            team = "Billing Ops"
        elif area in ("API", "Integrations", "Data Import") and random.random() < 0.45:
            team = "Platform"
        elif prio in ("P1", "P2") and random.random() < 0.5:
            team = "Tier 2"
        else:
            team = wchoice([("Tier 1", 75), ("Tier 2", 25)])
        agent = random.choice(teams[team])
        rmean = resp_mean_min[prio] * (0.5 if chan in ("chat", "phone") else 1.0)
        rmean *= {"Tier 1": 1.0, "Tier 2": 1.2, "Billing Ops": 1.5, "Platform": 1.3}[team]
        first = op + timedelta(minutes=max(1, int(random.expovariate(1 / rmean))))
        res_h = random.expovariate(1 / res_mean_h[prio]) + (first - op).total_seconds() / 3600
        if area in ("Integrations", "API"):
            res_h *= 1.35
        resolved = op + timedelta(seconds=int(res_h * 3600))
        sla = op + timedelta(hours=sla_h[prio])
        reopened = wchoice([(0, 86), (1, 10), (2, 3), (3, 1)])
        if area == "Mobile App" and reopened == 0 and random.random() < 0.08:
            reopened = 1
        if reopened:
            resolved += timedelta(hours=random.uniform(4, 60) * reopened)
        # status
        if resolved > now or random.random() < 0.035:
            status = random.choice(["Open", "Pending", "In Progress"])
            resolved_s = ""
            if first > now or random.random() < 0.25:
                first_s = ""
            else:
                first_s = first.strftime("%Y-%m-%d %H:%M:%S")
        else:
            status = "Closed" if resolved < now - timedelta(days=7) else "Resolved"
            resolved_s = resolved.strftime("%Y-%m-%d %H:%M:%S")
            first_s = first.strftime("%Y-%m-%d %H:%M:%S")
        csat = ""
        if resolved_s and random.random() < 0.38:
            late = resolved > sla
            base = 4.3 - (0.9 if late else 0) - 0.5 * reopened + (0.2 if tier == "enterprise" else 0)
            base -= 0.3 if area == "Billing" else 0
            csat = str(max(1, min(5, int(round(random.gauss(base, 0.9))))))
        rows.append([f"TCK-{24000 + i}", op.strftime("%Y-%m-%d %H:%M:%S"), first_s, resolved_s,
                     sla.strftime("%Y-%m-%d %H:%M:%S"), prio, area, chan, tier, agent, team,
                     reopened, csat, status])
    with open(os.path.join(OUT, "helpdesk_tickets.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- store orders
def make_orders(target_lines=3000):
    catalog = {
        ("Furniture", "Chairs"): [("Ergo Mesh Task Chair", 189.0), ("Stackable Guest Chair", 74.5),
                                  ("Executive Leather Chair", 329.0)],
        ("Furniture", "Tables"): [("Oak Conference Table 8ft", 899.0), ("Round Cafe Table", 229.0)],
        ("Furniture", "Bookcases"): [("5-Shelf Bookcase Walnut", 159.0), ("Corner Bookcase White", 119.0)],
        ("Furniture", "Furnishings"): [("LED Desk Lamp", 34.99), ("Wall Clock 12in", 19.99),
                                       ("Desk Organizer Set", 24.5)],
        ("Office Supplies", "Paper"): [("Copy Paper 10-Ream Case", 48.99), ("Sticky Notes 24pk", 16.49),
                                       ("Legal Pads 12pk", 21.99)],
        ("Office Supplies", "Binders"): [("Heavy Duty Binder 3in", 12.99), ("Binding Machine Pro", 279.0)],
        ("Office Supplies", "Storage"): [("File Cabinet 4-Drawer", 219.0), ("Archive Boxes 10pk", 39.99)],
        ("Office Supplies", "Art"): [("Gel Pens 36pk", 14.99), ("Highlighters 12pk", 8.49)],
        ("Office Supplies", "Fasteners"): [("Binder Clips Assorted", 6.99), ("Staples 5000ct", 4.49)],
        ("Technology", "Phones"): [("VoIP Desk Phone", 149.0), ("Smartphone X12", 699.0),
                                   ("Bluetooth Headset", 89.0)],
        ("Technology", "Machines"): [("Laser Printer MFP", 449.0), ("3D Printer Mini", 1199.0)],
        ("Technology", "Accessories"): [("Wireless Mouse", 24.99), ("USB-C Hub 7-in-1", 45.99),
                                        ("Mechanical Keyboard", 119.0)],
        ("Technology", "Copiers"): [("Office Copier 3000", 2499.0)],
    }
    # cost ratios per sub-category (tables / binding machine often lose money under discount)
    cost_ratio = {"Chairs": 0.72, "Tables": 0.98, "Bookcases": 0.86, "Furnishings": 0.55, "Paper": 0.52,
                  "Binders": 0.6, "Storage": 0.74, "Art": 0.5, "Fasteners": 0.58, "Phones": 0.7,
                  "Machines": 0.78, "Accessories": 0.6, "Copiers": 0.62}
    products = []
    sku_n = 1000
    for (cat, sub), items in catalog.items():
        for name, price in items:
            sku_n += random.randint(3, 40)
            prefix = {"Furniture": "FUR", "Office Supplies": "OFF", "Technology": "TEC"}[cat]
            products.append((f"{prefix}-{sub[:2].upper()}-{sku_n}", name, cat, sub, price))
    pw = []
    for p in products:
        w = 8 if p[4] < 30 else 5 if p[4] < 200 else 2.5 if p[4] < 800 else 0.8
        pw.append((p, w))
    regions = {"West": [("California", 30), ("Washington", 10), ("Oregon", 5), ("Arizona", 6), ("Colorado", 5)],
               "East": [("New York", 22), ("Pennsylvania", 12), ("Massachusetts", 6), ("New Jersey", 5),
                        ("Ohio", 10)],
               "Central": [("Texas", 22), ("Illinois", 12), ("Michigan", 6), ("Minnesota", 4), ("Wisconsin", 3)],
               "South": [("Florida", 12), ("Georgia", 6), ("North Carolina", 7), ("Virginia", 6),
                         ("Tennessee", 4)]}
    region_w = [("West", 32), ("East", 29), ("Central", 23), ("South", 16)]
    seg_w = [("Consumer", 52), ("Corporate", 30), ("Home Office", 18)]
    customers = []
    for c in range(420):
        r = wchoice(region_w)
        customers.append((f"CU-{10000 + c * 3 + random.randint(0, 2)}", wchoice(seg_w), r, wchoice(regions[r])))
    hdr = ["Order ID", "Order Date", "Customer ID", "Segment", "Region", "State", "Product SKU",
           "Product Name", "Category", "Sub-Category", "Quantity", "Unit Price", "Discount",
           "Sales", "Profit", "Ship Mode", "Ship Date"]
    rows = []
    start = date(2022, 1, 1)
    span = (date(2024, 12, 31) - start).days
    oid = 0
    while len(rows) < target_lines:
        oid += 1
        d = start + timedelta(days=random.randint(0, span))
        # growth: later years slightly more orders -> resample early dates sometimes
        if d.year == 2022 and random.random() < 0.25:
            d = d.replace(year=2024) if not (d.month == 2 and d.day == 29) else d
        cust = random.choice(customers)
        mode = wchoice([("Standard Class", 60), ("Second Class", 19), ("First Class", 15), ("Same Day", 6)])
        ship_days = {"Standard Class": random.randint(4, 7), "Second Class": random.randint(2, 5),
                     "First Class": random.randint(1, 3), "Same Day": 0}[mode]
        ship = d + timedelta(days=ship_days)
        nlines = wchoice([(1, 38), (2, 27), (3, 17), (4, 10), (5, 5), (6, 3)])
        chosen = []
        for _ in range(nlines):
            p = wchoice(pw)
            if p in chosen:
                continue
            chosen.append(p)
        order_id = f"US-{d.year}-{100000 + oid * 11 + random.randint(0, 9)}"
        for p in chosen:
            sku, name, cat, sub, price = p
            qty = wchoice([(1, 25), (2, 28), (3, 20), (4, 12), (5, 8), (6, 4), (7, 2), (8, 1)])
            disc = wchoice([(0.0, 55), (0.1, 12), (0.15, 6), (0.2, 16), (0.3, 5), (0.4, 4), (0.5, 2)])
            if cust[2] == "Central" and cat == "Furniture" and random.random() < 0.4:
                disc = max(disc, 0.3)
            up = round(price * random.uniform(0.97, 1.03), 2)
            sales = round(qty * up * (1 - disc), 2)
            cost = qty * price * cost_ratio[sub] * random.uniform(0.93, 1.07)
            profit = round(sales - cost, 2)
            rows.append([order_id, d.strftime("%m/%d/%Y"), cust[0], cust[1], cust[2], cust[3], sku, name,
                         cat, sub, qty, f"{up:.2f}", f"{disc:.2f}", f"{sales:.2f}", f"{profit:.2f}",
                         mode, ship.strftime("%m/%d/%Y")])
    rows.sort(key=lambda r: (r[1][6:], r[1][:5], r[0]))
    with open(os.path.join(OUT, "store_orders.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- air quality
def aqi_cat(pm25):
    if pm25 <= 12.0:
        return "Good"
    if pm25 <= 35.4:
        return "Moderate"
    if pm25 <= 55.4:
        return "Unhealthy for Sensitive Groups"
    if pm25 <= 150.4:
        return "Unhealthy"
    return "Very Unhealthy"


def make_air():
    stations = [
        {"code": "MXC-01", "name": "Merced", "city": "Mexico City", "type": "urban", "pm": 27, "no2": 38},
        {"code": "MXC-07", "name": "Ajusco", "city": "Mexico City", "type": "rural", "pm": 14, "no2": 12},
        {"code": "DEL-03", "name": "Anand Vihar", "city": "Delhi", "type": "urban", "pm": 78, "no2": 52},
        {"code": "MAD-02", "name": "Plaza del Carmen", "city": "Madrid", "type": "urban", "pm": 11, "no2": 34},
        {"code": "MAD-09", "name": "El Pardo", "city": "Madrid", "type": "rural", "pm": 7, "no2": 9},
    ]
    climate = {"Mexico City": (17, 5, 55), "Delhi": (24, 10, 60), "Madrid": (14, 9, 58)}
    start = date(2024, 1, 1)
    days = 200
    out = []
    rid = 0
    for d_i in range(days):
        d = start + timedelta(days=d_i)
        for st in stations:
            rid += 1
            import math
            phase = math.cos(2 * math.pi * (d_i - 15) / 365)  # ~1 in Jan, lower toward summer
            tmean, tamp, hum = climate[st["city"]]
            temp = tmean - tamp * phase + random.gauss(0, 2.2)
            if st["city"] == "Delhi" and d.month >= 6:
                hum_v = hum + 20 + random.gauss(0, 8)
            else:
                hum_v = hum + random.gauss(0, 12)
            hum_v = max(8, min(99, hum_v))
            winter = 1 + 0.45 * phase if st["city"] == "Delhi" else 1 + 0.2 * phase
            pm25 = max(1.0, random.lognormvariate(0, 0.38) * st["pm"] * winter)
            pm10 = pm25 * random.uniform(1.4, 2.3)
            no2 = max(1.0, st["no2"] * (1 + 0.25 * phase) * random.lognormvariate(0, 0.3))
            if d.weekday() >= 5 and st["type"] == "urban":
                no2 *= 0.78
            o3 = max(2.0, 30 + 0.9 * temp + random.gauss(0, 9) - 0.15 * no2)
            rec = {
                "reading_id": f"R{rid:05d}",
                "station": {"code": st["code"], "name": st["name"], "city": st["city"], "type": st["type"]},
                "measured_date": d.isoformat(),
                "pollutants": {"pm2_5": round(pm25, 1), "pm10": round(pm10, 1), "no2": round(no2, 1),
                               "o3": round(o3, 1)},
                "weather": {"temperature_c": round(temp, 1), "humidity_pct": int(round(hum_v))},
                "aqi_category": aqi_cat(pm25),
            }
            # missing readings (sensor outages)
            for k, p in (("pm2_5", 0.03), ("pm10", 0.05), ("no2", 0.04), ("o3", 0.07)):
                if random.random() < p:
                    rec["pollutants"][k] = None
            if st["code"] == "MAD-09" and 60 <= d_i < 74:
                rec["pollutants"]["no2"] = None  # analyser down for two weeks
            if rec["pollutants"]["pm2_5"] is None:
                pm10v = rec["pollutants"]["pm10"]
                rec["aqi_category"] = aqi_cat(pm10v / 1.8) if pm10v is not None else None
            out.append(rec)
    with open(os.path.join(OUT, "air_quality.json"), "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    make_hotels()
    make_tickets()
    make_orders()
    make_air()
    print("wrote", sorted(os.listdir(OUT)))
