#!/usr/bin/env python3
"""Generate the four synthetic business exports used by heldout36.

Standard library only; random.Random(20270501) is the only source of randomness.
Writes into the current folder:
  lost_property_items.csv     - city transit lost-property office log
  frame_shop_orders.csv       - picture-framing shop order export
  notary_signings.json        - mobile notary service appointments (nested)
  pitch_permits.json          - parks department sports-pitch hire permits
"""
import csv
import json
import random
from datetime import date, datetime, timedelta

rng = random.Random(20270501)


def wchoice(pairs):
    """pairs: list of (value, weight)."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    acc = 0.0
    for v, w in pairs:
        acc += w
        if x < acc:
            return v
    return pairs[-1][0]


def variant(canon, variants, p_canon=0.6):
    """Return the canonical spelling most of the time, otherwise one of its variants."""
    if not variants or rng.random() < p_canon:
        return canon
    return rng.choice(variants)


def daterange_days(start, end):
    return (end - start).days + 1


# ---------------------------------------------------------------------------
# 1. lost_property_items.csv  (Title Case With (units) headers, no staff id)
# ---------------------------------------------------------------------------
def make_lost_property():
    start, end = date(2023, 1, 1), date(2025, 6, 30)
    stations = [
        # canonical, variants, zone, weight
        ("Central Station", ["Central Stn", "central station", "CENTRAL STATION", "Central Station "], 1, 30),
        ("Harbour Road", ["Harbor Road", "Harbour Rd", "harbour road"], 1, 18),
        ("Northgate", ["North Gate", "northgate ", "NORTHGATE"], 2, 15),
        ("Millbrook", ["Mill Brook", "millbrook"], 2, 10),
        ("Airport Link", ["Airport Link Stn", "Airport", "airport link"], 3, 17),
        ("Westfield", ["Westfield Stn", "westfield", "West Field"], 3, 10),
    ]
    categories = {
        # canonical: (variants, weight, (value lo, hi), claim prob, disposal)
        "Phone": (["Mobile Phone", "mobile", "Cell phone", "phone"], 16, (90, 1100), 0.72, "Destroyed"),
        "Wallet": (["wallet", "Purse/Wallet", "Wallet "], 12, (15, 140), 0.66, "Destroyed"),
        "Umbrella": (["umbrella", "Brolly", "Umbrella "], 14, (5, 45), 0.08, "Donated"),
        "Bag": (["bag", "Handbag/Bag", "BAG"], 13, (20, 380), 0.50, "Donated"),
        "Keys": (["keys", "Key", "Keys "], 10, (5, 30), 0.47, "Destroyed"),
        "Clothing": (["Clothes", "clothing", "Jacket/Clothing"], 15, (15, 240), 0.20, "Donated"),
        "Headphones": (["headphones", "Head phones", "HEADPHONES"], 8, (20, 350), 0.31, "Auctioned"),
        "Glasses": (["Spectacles", "glasses", "Glasses "], 7, (30, 380), 0.36, "Donated"),
        "Other": (["Misc", "other", "Misc."], 5, (5, 100), 0.15, "Donated"),
    }
    disposal_variants = {
        "Destroyed": ["destroyed", "Disposed (destroyed)", "DESTROYED"],
        "Donated": ["donated", "Donated to charity", "Donated "],
        "Auctioned": ["Auction", "auctioned", "Sold at auction"],
    }
    colours = [
        ("Black", ["black", "Black ", "BLK"], 30),
        ("Grey", ["Gray", "grey", "gray"], 14),
        ("Blue", ["blue", "Navy/Blue"], 14),
        ("Red", ["red"], 8),
        ("Brown", ["brown", "Brn"], 10),
        ("White", ["white"], 8),
        ("Green", ["green"], 6),
        ("Multi-colour", ["Multicolor", "multi colour", "Multi-color"], 10),
    ]
    staff = [
        ("Margaret Hughes", ["Maggie Hughes", "M. Hughes", "maggie h"], 26, date(2023, 1, 1), date(2025, 6, 30)),
        ("Thomas Reyes", ["Tom Reyes", "Tommy R.", "T. Reyes"], 24, date(2023, 1, 1), date(2025, 6, 30)),
        ("Aisha Bello", ["A. Bello", "aisha bello", "Aisha B."], 20, date(2023, 1, 1), date(2025, 6, 30)),
        ("Liam O'Connor", ["Liam OConnor", "L. O'Connor", "Liam O Connor"], 18, date(2023, 1, 1), date(2024, 8, 31)),
        ("Sandra Kim", ["Sandy Kim", "S. Kim", "sandy"], 16, date(2023, 9, 1), date(2025, 6, 30)),
    ]
    hour_weights = [(h, w) for h, w in zip(range(5, 24),
                    [1, 3, 8, 10, 7, 4, 4, 5, 5, 5, 6, 8, 10, 9, 6, 5, 4, 4, 3])]
    n_days = daterange_days(start, end)
    rows = []
    n = 1930
    found_dates = []
    for _ in range(n):
        d = start + timedelta(days=rng.randrange(n_days))
        # busier on Fridays/Saturdays, quieter on Sundays
        wd = d.weekday()
        keep = {4: 1.0, 5: 0.95, 6: 0.6}.get(wd, 0.8)
        while rng.random() > keep:
            d = start + timedelta(days=rng.randrange(n_days))
            wd = d.weekday()
            keep = {4: 1.0, 5: 0.95, 6: 0.6}.get(wd, 0.8)
        found_dates.append(d)
    found_dates.sort()
    year_seq = {}
    total_value = 0.0
    for d in found_dates:
        yy = d.year % 100
        year_seq[yy] = year_seq.get(yy, 0) + 1
        ref = "LP-%02d-%05d" % (yy, year_seq[yy])
        h = wchoice(hour_weights)
        t = "%02d:%02d" % (h, rng.randrange(60))
        st = wchoice([(s, s[3]) for s in stations])
        cat_name = wchoice([(c, v[1]) for c, v in categories.items()])
        # more umbrellas in the wet months
        if d.month in (10, 11, 12, 1, 2) and rng.random() < 0.10:
            cat_name = "Umbrella"
        cvars, _, (vlo, vhi), pclaim, disp = categories[cat_name]
        col = wchoice([(c, c[2]) for c in colours])
        value = round(rng.uniform(vlo, vhi) * (1.0 if rng.random() < 0.9 else 1.6), 2)
        if rng.random() < 0.25:
            value = float(int(value))
        if rng.random() < 0.05:
            value_txt = ""
        else:
            total_value += value
            r = rng.random()
            if r < 0.70:
                value_txt = "${:,.2f}".format(value)
            elif r < 0.85:
                value_txt = "${:,.0f}".format(value) if value == int(value) else "${:,.2f}".format(value)
            elif r < 0.95:
                value_txt = "{:.2f}".format(value)
            else:
                value_txt = " ${:,.2f} ".format(value)
        active = [s for s in staff if s[3] <= d <= s[4]]
        stf = wchoice([(s, s[2]) for s in active])
        claimed = rng.random() < pclaim
        claim_date = None
        if claimed:
            days = int(rng.expovariate(1 / 6.0))
            if days > 85:
                days = 85
            claim_date = d + timedelta(days=days)
            if claim_date > end:
                claimed = False
                claim_date = None
        if claimed:
            claimed_txt = wchoice([("Y", 5), ("Yes", 3), ("yes", 2), ("TRUE", 1)])
            id_shown = wchoice([("Y", 6), ("Yes", 2), ("N", 1), ("no", 1), ("", 1)])
        else:
            claimed_txt = wchoice([("N", 5), ("No", 2), ("no", 1), ("", 3)])
            id_shown = ""
        disposal = ""
        if not claimed and (end - d).days > 90:
            disposal = variant(disp, disposal_variants[disp], 0.6)
        rows.append({
            "Item Ref": ref,
            "Date Found": d.isoformat(),
            "Time Found": t,
            "Station": variant(st[0], st[1], 0.65),
            "Zone": st[2],
            "Category": variant(cat_name, cvars, 0.6),
            "Colour": variant(col[0], col[1], 0.65),
            "Est. Value": value_txt,
            "Logged By": variant(stf[0], stf[1], 0.55),
            "Claimed?": claimed_txt,
            "Date Claimed": claim_date.isoformat() if claim_date else "",
            "ID Shown?": id_shown,
            "Storage Bin": "B-%02d" % rng.randint(1, 40),
            "Disposal": disposal,
        })
    header = list(rows[0].keys())
    with open("lost_property_items.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        for r in rows:
            w.writerow(r)
        tot = {k: "" for k in header}
        tot["Item Ref"] = "TOTAL"
        tot["Est. Value"] = "${:,.2f}".format(total_value)
        w.writerow(tot)
    return len(rows), len(header)


# ---------------------------------------------------------------------------
# 2. frame_shop_orders.csv  (snake_case headers, header repeated mid-file)
# ---------------------------------------------------------------------------
FIRST = [("Margaret", ["Maggie", "Peggy"]), ("William", ["Bill", "Will"]), ("Robert", ["Bob", "Rob"]),
         ("Elizabeth", ["Liz", "Beth"]), ("Katherine", ["Kate", "Kathy"]), ("James", ["Jim", "Jamie"]),
         ("Jennifer", ["Jen", "Jenny"]), ("Michael", ["Mike"]), ("Christopher", ["Chris"]),
         ("Patricia", ["Pat", "Trish"]), ("Thomas", ["Tom"]), ("Daniel", ["Dan", "Danny"]),
         ("Susan", ["Sue"]), ("Richard", ["Rich", "Rick"]), ("Anthony", ["Tony"]), ("Joseph", ["Joe"]),
         ("Deborah", ["Debbie", "Deb"]), ("Andrew", ["Andy", "Drew"]), ("Rebecca", ["Becky"]),
         ("Samuel", ["Sam"]), ("Nicholas", ["Nick"]), ("Victoria", ["Vicky", "Tori"]),
         ("Alexander", ["Alex"]), ("Olivia", ["Liv"]), ("Laura", []), ("Priya", []), ("Hannah", []),
         ("Mohammed", ["Mo"]), ("Grace", []), ("Oscar", []), ("Yusuf", []), ("Chloe", []), ("Ethan", []),
         ("Isabel", ["Izzy", "Bel"]), ("Frederick", ["Fred", "Freddie"])]
LAST = ["Smith", "Jones", "Patel", "Garcia", "O'Neil", "Nguyen", "Brown", "Kowalski", "Murphy", "Khan",
        "Fischer", "Rossi", "Taylor", "Wilson", "Chen", "Dubois", "Okafor", "Larsen", "Hughes", "Moreno",
        "Novak", "Walsh", "Bergstrom", "Silva", "Campbell", "Ahmed", "Jensen", "Kelly", "Santos", "Wright"]


def person_variant(first, nicks, last, p_canon=0.7):
    r = rng.random()
    if r < p_canon:
        return "%s %s" % (first, last)
    r = rng.random()
    if nicks and r < 0.45:
        return "%s %s" % (rng.choice(nicks), last)
    if r < 0.65:
        return "%s. %s" % (first[0], last)
    if r < 0.8:
        return "%s, %s" % (last.upper(), first)
    return ("%s %s" % (first, last)).lower()


def make_frame_shop():
    start, end = date(2023, 3, 1), date(2025, 9, 30)
    n_cust = 620
    customers = []
    used = set()
    for i in range(n_cust):
        while True:
            fi = rng.randrange(len(FIRST))
            la = rng.choice(LAST)
            if (fi, la) not in used:
                used.add((fi, la))
                break
        first, nicks = FIRST[fi]
        # a few trade customers (galleries, photographers) order often
        weight = rng.paretovariate(1.6)
        customers.append(("C%04d" % (i + 1), first, nicks, la, weight))
    framers = [
        ("David Price", ["Dave", "Dave P.", "D. Price"], 28, start, end),
        ("Helen Marsh", ["Helen M.", "H. Marsh", "helen"], 25, start, end),
        ("Omar Farouk", ["Omar", "O. Farouk", "Omar F"], 22, start, end),
        ("Rosa Lind", ["Rosa", "R. Lind", "rosa lind"], 15, start, date(2024, 12, 31)),
        ("Gwen Taylor", ["Gwen", "Gwendolyn Taylor", "G. Taylor"], 18, date(2024, 6, 1), end),
    ]
    artworks = {
        # canonical: variants, weight, (w lo,hi), (h lo,hi), mats choices
        "Print": (["print", "Art Print", "PRINT", "Print "], 30, (20, 90), (25, 110), [0, 1, 1, 2]),
        "Photo": (["Photograph", "photo", "Photo "], 22, (15, 70), (20, 80), [0, 1, 1, 2]),
        "Canvas": (["canvas", "Canvas ", "Stretched canvas"], 14, (40, 120), (40, 120), [0]),
        "Original Art": (["Original", "original art", "Painting (original)"], 13, (25, 100), (30, 110), [0, 1, 2]),
        "Needlework": (["needlework", "Tapestry/Needlework", "Cross-stitch"], 8, (20, 60), (20, 60), [0, 1, 2, 2]),
        "Jersey": (["Sports Jersey", "jersey", "Shirt/Jersey"], 7, (70, 90), (90, 110), [0, 1]),
        "Mirror": (["mirror", "Mirror "], 6, (40, 90), (50, 120), [0]),
    }
    mouldings = {
        # canonical: variants, weight, price per metre
        "Oak": (["oak", "OAK", "Oak ", "Natural Oak"], 26, 38.0),
        "Black Ash": (["black ash", "Black ash", "Blk Ash"], 22, 32.0),
        "Walnut": (["walnut", "Walnut "], 12, 48.0),
        "Aluminium": (["Aluminum", "alu", "aluminium"], 16, 42.0),
        "Gilt": (["Gold Gilt", "gilt", "Gilt "], 9, 65.0),
        "White Painted": (["White", "white painted", "Painted White"], 15, 28.0),
    }
    glazings = {
        "Standard": (["std", "standard", "Std glass"], 40, 40.0),
        "Non-glare": (["Non Glare", "non-glare", "Anti-glare"], 18, 70.0),
        "UV Acrylic": (["UV acrylic", "UV", "uv acrylic"], 14, 90.0),
        "Museum Glass": (["Museum", "museum glass", "MUSEUM GLASS"], 10, 210.0),
        "None": (["no glass", "n/a", "None "], 0, 0.0),
    }
    status_var = {
        "Collected": ["collected", "Picked up", "COLLECTED"],
        "Ready": ["Ready for pickup", "ready", "Ready "],
        "In Progress": ["WIP", "in progress", "In progress"],
        "Cancelled": ["Canceled", "cancelled", "Cancelled "],
    }
    n_days = daterange_days(start, end)
    n = 2240
    order_dates = []
    for _ in range(n):
        while True:
            d = start + timedelta(days=rng.randrange(n_days))
            # closed Sundays; busier Nov/Dec (gifts)
            if d.weekday() == 6:
                continue
            if d.month in (11, 12) or rng.random() < 0.8:
                break
        order_dates.append(d)
    order_dates.sort()
    cust_pairs = [(c, c[4]) for c in customers]
    rows = []
    for i, d in enumerate(order_dates):
        c = wchoice(cust_pairs)
        active = [f for f in framers if f[3] <= d <= f[4]]
        fr = wchoice([(f, f[2]) for f in active])
        art = wchoice([(a, v[1]) for a, v in artworks.items()])
        avars, _, wr, hr, mats = artworks[art]
        mould = wchoice([(m, v[1]) for m, v in mouldings.items()])
        if art in ("Canvas", "Mirror"):
            glaze = "None"
        else:
            glaze = wchoice([(g, v[1]) for g, v in glazings.items() if v[1] > 0])
        w = rng.randint(*wr)
        h = rng.randint(*hr)
        m = rng.choice(mats)
        perim_m = 2 * (w + h) / 100.0
        area_m2 = w * h / 10000.0
        price = 25 + perim_m * mouldings[mould][2] + area_m2 * glazings[glaze][2] + m * 14
        if art == "Jersey":
            price += 45
        rush = rng.random() < 0.12
        if rush:
            price *= 1.25
        price = round(price, 2)
        if rng.random() < 0.3:
            price = float(round(price))
        r = rng.random()
        if r < 0.72:
            price_txt = "${:,.2f}".format(price)
        elif r < 0.84:
            price_txt = "${:,.0f}".format(price) if price == int(price) else "${:,.2f}".format(price)
        elif r < 0.95:
            price_txt = "{:.2f}".format(price)
        else:
            price_txt = " ${:,.2f}".format(price)
        cancelled = rng.random() < 0.045
        if cancelled:
            status = "Cancelled"
            collected = None
        else:
            ready_days = rng.randint(2, 6) if rush else rng.randint(6, 24)
            pickup_wait = int(rng.expovariate(1 / 5.0))
            coll = d + timedelta(days=ready_days + pickup_wait)
            if coll <= end:
                status = "Collected"
                collected = coll
            elif d + timedelta(days=ready_days) <= end:
                status = "Ready"
                collected = None
            else:
                status = "In Progress"
                collected = None
        dep = rng.random() < (0.85 if price > 150 else 0.6)
        if dep:
            dep_txt = wchoice([("Y", 5), ("Yes", 3), ("yes", 1), ("TRUE", 1)])
        else:
            dep_txt = wchoice([("N", 4), ("No", 2), ("false", 1), ("", 3)])
        if rush:
            rush_txt = wchoice([("Y", 4), ("yes", 2), ("1", 2), ("RUSH", 1)])
        else:
            rush_txt = wchoice([("N", 4), ("no", 1), ("0", 2), ("", 4)])
        rows.append({
            "order_no": "FO-%d-%04d" % (d.year, i + 1),
            "order_date": d.isoformat(),
            "customer_id": c[0],
            "customer_name": person_variant(c[1], c[2], c[3]),
            "framer": variant(fr[0], fr[1], 0.5),
            "artwork_type": variant(art, avars, 0.6),
            "moulding": variant(mould, mouldings[mould][0], 0.6),
            "glazing": variant(glaze, glazings[glaze][0], 0.6),
            "width_cm": w,
            "height_cm": h,
            "mat_layers": m,
            "price": price_txt,
            "deposit_paid": dep_txt,
            "rush_job": rush_txt,
            "collected_date": collected.isoformat() if collected else "",
            "status": variant(status, status_var[status], 0.65),
        })
    header = list(rows[0].keys())
    breaks = {700, 1450, 2010}  # the export was stitched together from pages
    with open("frame_shop_orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        for i, r in enumerate(rows):
            if i in breaks:
                w.writeheader()
            w.writerow(r)
    return len(rows), len(header)


# ---------------------------------------------------------------------------
# 3. notary_signings.json  (camelCase keys, nested client/notary/visit)
# ---------------------------------------------------------------------------
def make_notary():
    start, end = date(2023, 1, 1), date(2025, 9, 30)
    notaries = [
        ("N01", "Priya Sharma", ["Priya S.", "P. Sharma", "Priya"], 26),
        ("N02", "Gareth Evans", ["Gaz Evans", "G. Evans", "gareth"], 22),
        ("N03", "Chloe Barnes", ["Chloe B.", "C. Barnes", "chloe barnes"], 20),
        ("N04", "Marcus Obi", ["Marc Obi", "M. Obi", "Marcus"], 18),
        ("N05", "Fiona Walsh", ["Fi Walsh", "F. Walsh", "Fiona W."], 14),
    ]
    cities = [
        ("Leeds", ["leeds", "LEEDS", "Leeds "], 34),
        ("York", ["york", "York "], 16),
        ("Harrogate", ["harrogate", "Harrogate "], 12),
        ("Wakefield", ["wakefield", "WAKEFIELD"], 14),
        ("Bradford", ["bradford", "Bradford "], 16),
        ("Halifax", ["halifax"], 8),
    ]
    biz_prefix = ["Aire Valley", "Pennine", "Northern", "Kirkgate", "Riverside", "Moorland", "Calder",
                  "Wharfe", "Ridings", "Ouse", "Brigg", "Headrow", "Castle", "Minster", "Dales"]
    biz_suffix = ["Lettings Ltd", "Property Ltd", "Law LLP", "Mortgages", "Estates", "Holdings Ltd",
                  "Conveyancing", "Finance Ltd"]
    n_cli = 520
    clients = []
    used = set()
    for i in range(n_cli):
        is_biz = rng.random() < 0.2
        if is_biz:
            while True:
                nm = "%s %s" % (rng.choice(biz_prefix), rng.choice(biz_suffix))
                if nm not in used:
                    used.add(nm)
                    break
            weight = rng.uniform(3, 9)
        else:
            while True:
                fi = rng.randrange(len(FIRST))
                la = rng.choice(LAST)
                nm = "%s %s" % (FIRST[fi][0], la)
                if nm not in used:
                    used.add(nm)
                    break
            weight = rng.uniform(0.5, 1.5)
        city = wchoice([(c, c[2]) for c in cities])
        clients.append(("CL-%04d" % (i + 1), nm, is_biz, city, weight))
    kind_var = {True: ("Business", ["business", "Company", "Ltd co", "BUSINESS"]),
                False: ("Individual", ["individual", "Private", "Indiv."])}
    docs = {
        # canonical: variants, weight, duration(min) range, pages, fee range, witness prob
        "Loan Signing": (["loan signing", "Loan pkg", "Refinance signing", "LOAN SIGNING"], 26, (45, 95), (60, 180), (150, 260), 0.05),
        "Power of Attorney": (["POA", "power of attorney", "Power of Atty"], 20, (20, 45), (5, 22), (60, 95), 0.60),
        "Affidavit": (["affidavit", "Affidavit ", "Sworn affidavit"], 22, (10, 25), (1, 6), (25, 45), 0.05),
        "Will": (["Last Will", "will", "Will & Testament"], 12, (30, 60), (8, 30), (80, 125), 0.95),
        "Deed": (["Property Deed", "deed", "Deed "], 10, (20, 45), (3, 12), (60, 105), 0.80),
        "Apostille": (["apostille", "Apostille cert", "APOSTILLE"], 10, (10, 20), (1, 5), (45, 80), 0.0),
    }
    channels = [
        ("In Person", ["in-person", "In-Person", "mobile visit"], 62),
        ("Remote", ["RON", "Remote (RON)", "remote", "video"], 22),
        ("Office", ["office", "In office", "Office "], 16),
    ]
    outcomes = {
        "Completed": ["completed", "Done", "COMPLETED"],
        "No-Show": ["no show", "No show", "NOSHOW"],
        "Rescheduled": ["Resched.", "rescheduled", "Moved"],
        "Cancelled": ["canceled", "Cancelled ", "cancelled"],
    }
    n_days = daterange_days(start, end)
    n = 1640
    apps = []
    for _ in range(n):
        while True:
            d = start + timedelta(days=rng.randrange(n_days))
            wd = d.weekday()
            if wd == 6:
                continue
            if wd == 5 and rng.random() < 0.55:
                continue
            # business grows over time
            grow = 0.55 + 0.45 * (d - start).days / n_days
            if rng.random() < grow:
                break
        apps.append(d)
    apps.sort()
    recs = []
    cli_pairs = [(c, c[4]) for c in clients]
    for i, d in enumerate(apps):
        c = wchoice(cli_pairs)
        nt = wchoice([(x, x[3]) for x in notaries])
        doc = wchoice([(k, v[1]) for k, v in docs.items()])
        dvars, _, dur, pages, fees, pwit = docs[doc]
        if c[2] and rng.random() < 0.6:
            doc = wchoice([("Loan Signing", 5), ("Deed", 3), ("Affidavit", 2)])
            dvars, _, dur, pages, fees, pwit = docs[doc]
        ch = wchoice([(x, x[2]) for x in channels])
        if d.year == 2023 and ch[0] == "Remote" and rng.random() < 0.5:
            ch = channels[0]
        start_h = rng.randint(8, 18) if d.weekday() < 5 else rng.randint(9, 13)
        st = datetime(d.year, d.month, d.day, start_h, rng.choice([0, 0, 15, 30, 30, 45]))
        st += timedelta(minutes=rng.randint(-4, 9))
        lead = int(rng.expovariate(1 / 4.0))
        booked = st - timedelta(days=lead, hours=rng.randint(1, 9), minutes=rng.randrange(60))
        out = wchoice([("Completed", 86), ("No-Show", 6), ("Rescheduled", 5), ("Cancelled", 3)])
        if out == "Completed":
            en = st + timedelta(minutes=rng.randint(*dur) + (5 if ch[0] == "Remote" else 0))
            fee = rng.uniform(*fees)
            if ch[0] == "In Person":
                fee += 15
            fee = round(fee) if rng.random() < 0.6 else round(fee * 2) / 2
        else:
            en = None
            fee = 25.0 if out == "No-Show" else 0.0
        r = rng.random()
        if r < 0.55:
            fee_txt = "£{:,.2f}".format(fee)
        elif r < 0.75:
            fee_txt = "£{:,.0f}".format(fee) if fee == int(fee) else "£{:,.2f}".format(fee)
        elif r < 0.9:
            fee_txt = "{:.2f} GBP".format(fee)
        else:
            fee_txt = "GBP {:.2f}".format(fee)
        if ch[0] == "In Person":
            miles = round(rng.uniform(1.5, 38.0), 1)
            if rng.random() < 0.04:
                miles = None
        elif ch[0] == "Remote":
            miles = None if rng.random() < 0.7 else 0.0
        else:
            miles = 0.0
        if out == "Completed":
            idv = wchoice([("Yes", 6), ("Y", 3), ("true", 2), ("No", 1), ("", 1)]) if rng.random() < 0.95 else None
        else:
            idv = wchoice([("", 3), ("No", 1)]) if rng.random() < 0.6 else None
        wit_yes = rng.random() < pwit
        if wit_yes:
            wit = wchoice([("Yes", 5), ("Y", 2), ("yes", 1)])
        else:
            wit = wchoice([("No", 5), ("N", 2), ("", 2)])
            if rng.random() < 0.1:
                wit = None
        cname = c[1]
        if c[2]:
            if rng.random() < 0.25:
                cname = rng.choice([cname.upper(), cname.replace(" Ltd", " Limited"), cname.replace(" Ltd", "")])
        else:
            fn, la = cname.split(" ", 1)
            nicks = dict(FIRST).get(fn, [])
            cname = person_variant(fn, nicks, la, 0.75)
        city = c[3]
        recs.append({
            "signingId": "NS-%05d" % (i + 1),
            "client": {"clientId": c[0], "name": cname,
                       "kind": variant(kind_var[c[2]][0], kind_var[c[2]][1], 0.6)},
            "notary": {"id": nt[0], "name": variant(nt[1], nt[2], 0.55)},
            "visit": {"booked": booked.strftime("%Y-%m-%dT%H:%M:%S"),
                      "start": st.strftime("%Y-%m-%d %H:%M"),
                      "end": en.strftime("%Y-%m-%d %H:%M") if en else None},
            "documentType": variant(doc, dvars, 0.6),
            "pageCount": rng.randint(*pages),
            "signerCount": wchoice([(1, 50), (2, 35), (3, 10), (4, 5)]),
            "fee": fee_txt,
            "travelMiles": miles,
            "idVerified": idv,
            "witnessRequired": wit,
            "channel": variant(ch[0], ch[1], 0.6),
            "city": variant(city[0], city[1], 0.7),
            "outcome": variant(out, outcomes[out], 0.65),
        })
    with open("notary_signings.json", "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in recs))
        f.write("\n]\n")
    return len(recs), len(recs[0])


# ---------------------------------------------------------------------------
# 4. pitch_permits.json  (flat; "Title Case" and "Flag?" keys; money in EUR text)
# ---------------------------------------------------------------------------
def make_pitch_permits():
    start, end = date(2023, 3, 1), date(2025, 8, 31)
    pitches = [
        # name, surface canonical, capacity, weight
        ("Marlay Park 1", "Grass", 150, 14),
        ("Marlay Park 2", "Grass", 100, 11),
        ("Ringsend 3G", "Artificial", 300, 18),
        ("Fairview Pitch A", "Grass", 80, 10),
        ("Fairview Pitch B", "Grass", 80, 8),
        ("Tolka Astro", "Artificial", 200, 16),
        ("Herbert Park", "Grass", 250, 12),
        ("St Anne's Oval", "Grass", 400, 6),
    ]
    surf_var = {"Grass": ["grass", "Natural Grass", "GRASS"],
                "Artificial": ["3G", "Astro", "artificial turf", "Artificial "]}
    sports = {
        # canonical: variants, months in season
        "Soccer": (["soccer", "Association Football", "Soccer "], {1, 2, 3, 4, 5, 8, 9, 10, 11, 12}),
        "Gaelic Football": (["GAA Football", "gaelic", "Gaelic football"], {2, 3, 4, 5, 6, 7, 8, 9, 10}),
        "Hurling": (["hurling", "HURLING", "Hurling "], {2, 3, 4, 5, 6, 7, 8, 9, 10}),
        "Rugby": (["Rugby Union", "rugby", "RUGBY"], {1, 2, 3, 4, 9, 10, 11, 12}),
        "Cricket": (["cricket", "Cricket "], {5, 6, 7, 8, 9}),
    }
    club_base = [
        ("Northside Youth FC", ["Northside Youth F.C.", "NYFC", "northside youth"], "Soccer", 14),
        ("Ringsend Rovers", ["Ringsend Rovers FC", "ringsend rovers", "Rovers (Ringsend)"], "Soccer", 12),
        ("Fairview Celtic", ["Fairview Celtic AFC", "fairview celtic"], "Soccer", 9),
        ("Liffey Wanderers", ["Liffey Wanderers FC", "L. Wanderers"], "Soccer", 8),
        ("Docklands United", ["Docklands Utd", "docklands united"], "Soccer", 7),
        ("Clontarf Ladies FC", ["Clontarf Ladies", "clontarf ladies fc"], "Soccer", 6),
        ("St Brigid's GAA", ["St. Brigid's GAA", "St Brigids", "st brigid's"], "Gaelic Football", 12),
        ("Naomh Barróg", ["Naomh Barrog", "Naomh Barróg CLG", "naomh barrog"], "Gaelic Football", 9),
        ("Raheny Gaels", ["Raheny Gaels GAA", "raheny gaels"], "Gaelic Football", 7),
        ("Kilmacud Hurling Club", ["Kilmacud HC", "kilmacud hurling"], "Hurling", 8),
        ("Crumlin Hurlers", ["Crumlin HC", "crumlin hurlers"], "Hurling", 6),
        ("Wanderers RFC", ["Wanderers Rugby", "wanderers rfc"], "Rugby", 9),
        ("Bective Juniors", ["Bective Jnrs", "bective juniors RFC"], "Rugby", 6),
        ("Merrion Cricket Club", ["Merrion CC", "merrion cricket"], "Cricket", 7),
        ("Phoenix Cricket Club", ["Phoenix CC", "phoenix cricket club"], "Cricket", 5),
    ]
    clubs = [("CLB-%02d" % (i + 1),) + cb for i, cb in enumerate(club_base)]
    btypes = {"Training": ["training", "Train", "TRAINING"],
              "Match": ["Fixture", "Game", "match", "League match"],
              "Tournament": ["Blitz/Tournament", "tournament", "Tourney"]}
    rate = {"Grass": 32.0, "Artificial": 55.0}
    sunset_h = {1: 16.5, 2: 17.5, 3: 18.5, 4: 20.0, 5: 21.0, 6: 21.8, 7: 21.6, 8: 20.8,
                9: 19.6, 10: 18.4, 11: 16.8, 12: 16.3}
    n_days = daterange_days(start, end)
    n = 2080
    recs = []
    pairs = [(c, c[4]) for c in clubs]
    tmp = []
    while len(tmp) < n:
        d = start + timedelta(days=rng.randrange(n_days))
        c = wchoice(pairs)
        sport = c[3]
        if d.month not in sports[sport][1]:
            continue
        tmp.append((d, c))
    tmp.sort(key=lambda x: x[0])
    seq = {}
    for d, c in tmp:
        sport = c[3]
        weekend = d.weekday() >= 5
        if weekend:
            bt = wchoice([("Match", 70), ("Tournament", 12), ("Training", 18)])
        else:
            bt = wchoice([("Training", 80), ("Match", 20)])
        if sport == "Cricket":
            pit = next(p for p in pitches if p[0] == "St Anne's Oval") if rng.random() < 0.75 else \
                next(p for p in pitches if p[0] == "Herbert Park")
        else:
            cands = [p for p in pitches if p[0] != "St Anne's Oval"]
            if sport in ("Hurling", "Gaelic Football", "Rugby"):
                cands = [p for p in cands if p[1] == "Grass" or rng.random() < 0.3] or cands
            pit = wchoice([(p, p[3]) for p in cands])
        if bt == "Training":
            sh = rng.choice([17, 18, 18, 19, 19, 20]) if not weekend else rng.choice([9, 10, 11])
            sm = rng.choice([0, 0, 30])
            dur = rng.choice([60, 90, 90, 120])
        elif bt == "Match":
            sh = rng.choice([10, 11, 12, 14, 15]) if weekend else rng.choice([18, 19])
            sm = rng.choice([0, 0, 30])
            if sport != "Cricket":
                dur = rng.choice([90, 120, 120])
            else:
                dur = rng.choice([240, 300, 360]) if weekend else rng.choice([150, 180])
        else:
            sh, sm = rng.choice([9, 10]), 0
            dur = rng.choice([240, 300, 360])
        st = datetime(d.year, d.month, d.day, sh, sm)
        en = st + timedelta(minutes=dur)
        hours = dur / 60.0
        lights = (en.hour + en.minute / 60.0) > sunset_h[d.month]
        fee = hours * rate[pit[1]] + (15 * hours if lights else 0) + (20 if bt == "Match" else 0) + \
            (60 if bt == "Tournament" else 0)
        if d >= date(2025, 1, 1):
            fee *= 1.05  # price review
        fee = round(fee, 2)
        r = rng.random()
        if r < 0.45:
            fee_txt = "€{:,.2f}".format(fee)
        elif r < 0.7:
            fee_txt = "{:.2f} EUR".format(fee)
        elif r < 0.85:
            fee_txt = "EUR {:.2f}".format(fee)
        else:
            fee_txt = "{:g} EUR".format(fee)
        wet = d.month in (11, 12, 1, 2)
        canc = rng.random() < (0.14 if wet else 0.05)
        if canc:
            canc_txt = wchoice([("Yes", 4), ("Y", 3), ("yes", 1), ("TRUE", 1)])
        else:
            canc_txt = wchoice([("No", 4), ("N", 3), ("", 3)])
            if rng.random() < 0.05:
                canc_txt = None
        if lights:
            lt = wchoice([("Y", 4), ("Yes", 3), ("yes", 1)])
        else:
            lt = wchoice([("N", 4), ("No", 2), ("", 3)])
        if bt == "Training":
            players = rng.randint(14, 34)
        elif bt == "Match":
            players = rng.randint(28, 46) if sport != "Cricket" else rng.randint(22, 26)
        else:
            players = rng.randint(60, 130)
        if rng.random() < 0.06:
            players = None
        yy = d.year % 100
        seq[yy] = seq.get(yy, 0) + 1
        recs.append({
            "Permit #": "PP-%02d-%04d" % (yy, seq[yy]),
            "Club": variant(c[1], c[2], 0.6),
            "Club ID": c[0],
            "Pitch": pit[0],
            "Surface": variant(pit[1], surf_var[pit[1]], 0.6),
            "Capacity (spectators)": pit[2],
            "Sport": variant(sport, sports[sport][0], 0.6),
            "Date": d.isoformat(),
            "Start": st.strftime("%H:%M"),
            "End": en.strftime("%H:%M"),
            "Fee": fee_txt,
            "Floodlights?": lt,
            "Cancelled?": canc_txt,
            "Expected Players": players,
            "Booking Type": variant(bt, btypes[bt], 0.6),
        })
    with open("pitch_permits.json", "w", encoding="utf-8") as f:
        json.dump(recs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(recs), len(recs[0])


if __name__ == "__main__":
    for name, fn in [("lost_property_items.csv", make_lost_property),
                     ("frame_shop_orders.csv", make_frame_shop),
                     ("notary_signings.json", make_notary),
                     ("pitch_permits.json", make_pitch_permits)]:
        r, c = fn()
        print("%-26s %5d rows x %2d columns" % (name, r, c))
