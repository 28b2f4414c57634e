#!/usr/bin/env python3
"""Synthetic exports for the heldout24 question set.

Standard library only, random.seed(20261224), writes four files into the folder
beside this script; byte-identical on re-run.

  dental_visits.csv      - visits at a four-branch dental practice
  print_jobs.csv         - jobs at a print shop
  shelter_intakes.json   - animal shelter intakes/outcomes (nested objects)
  newsroom_articles.json - articles filed in a newsroom (nested objects)
"""
import csv
import datetime as dt
import json
import os
import random

random.seed(20261224)
OUT = os.path.dirname(os.path.abspath(__file__))


def pick(weighted):
    """weighted: list of (value, weight)."""
    r = random.random() * sum(w for _, w in weighted)
    for v, w in weighted:
        r -= w
        if r <= 0:
            return v
    return weighted[-1][0]


def spell(canonical_variants):
    """First variant is canonical and most common."""
    vs = canonical_variants
    weights = [0.72] + [0.28 / (len(vs) - 1)] * (len(vs) - 1) if len(vs) > 1 else [1.0]
    return pick(list(zip(vs, weights)))


def flag(b, styles):
    style = pick(styles)
    return {
        "YN": "Y" if b else "N",
        "yn": "y" if b else "n",
        "yesno": "yes" if b else "no",
        "YesNo": "Yes" if b else "No",
        "TF": "TRUE" if b else "FALSE",
        "tf": "true" if b else "false",
    }[style]


def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def rand_day(start, end):
    return start + dt.timedelta(days=random.randrange((end - start).days + 1))


# ---------------------------------------------------------------- dental
def make_dental():
    clinics = {
        "Downtown": (8, ["Downtown", "downtown", "DOWNTOWN ", " Downtown", "DT"]),
        "Riverside": (6, ["Riverside", "riverside ", "RIVERSIDE", "Riverside "]),
        "Hillcrest": (5, ["Hillcrest", "hillcrest", "Hillcrest ", "HC"]),
        "Lakeview": (4, ["Lakeview", "lakeview", "LAKEVIEW", "Lakeview "]),
    }
    clinic_w = [("Downtown", 0.36), ("Riverside", 0.27), ("Hillcrest", 0.22), ("Lakeview", 0.15)]
    dentists = {
        "Downtown": [("Dr. Amara Patel", 0.45), ("Dr. Lucas Meyer", 0.35), ("Dr. Sofia Reyes", 0.20)],
        "Riverside": [("Dr. Hannah Cole", 0.55), ("Dr. Omar Haddad", 0.45)],
        "Hillcrest": [("Dr. Ian Brooks", 0.6), ("Dr. Mei Lin", 0.4)],
        "Lakeview": [("Dr. Grace Okafor", 1.0)],
    }
    procs = {
        # name: (weight, base minutes, sd, base fee)
        "Cleaning": (0.34, 45, 8, 120.0),
        "Exam": (0.20, 25, 5, 75.0),
        "Filling": (0.16, 50, 12, 210.0),
        "Crown": (0.08, 95, 15, 1150.0),
        "Root Canal": (0.06, 105, 20, 980.0),
        "Extraction": (0.09, 40, 10, 260.0),
        "Whitening": (0.07, 60, 10, 390.0),
    }
    providers = [("Delta Dental", 0.33), ("Cigna", 0.2), ("MetLife", 0.15), ("Aetna", 0.12), ("", 0.2)]
    patients = []
    for i in range(960):
        pid = "P%04d" % (1001 + i)
        patients.append({
            "id": pid,
            "birth": random.randint(1942, 2016),
            "home": pick(clinic_w),
            "prov": pick(providers),
            "w": random.choice([1, 1, 1, 2, 2, 3, 5, 8]),
        })
    pw = [(p, p["w"]) for p in patients]
    start, end = dt.date(2023, 1, 3), dt.date(2025, 6, 30)
    n = 2870
    rows = []
    for k in range(n):
        p = pick(pw)
        clinic = p["home"] if random.random() < 0.82 else pick(clinic_w)
        chairs, variants = clinics[clinic]
        while True:
            d = rand_day(start, end)
            if d.weekday() < 5 or (d.weekday() == 5 and random.random() < 0.3):
                break
        slot = random.randrange(8 * 4, 17 * 4)
        st = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=15 * slot)
        pname = pick([(k2, v[0]) for k2, v in procs.items()])
        _, mins, sd, fee0 = procs[pname]
        pspell = pick([(pname, 0.75), (pname.lower(), 0.12), (pname.upper(), 0.05), (pname + " ", 0.08)])
        noshow = random.random() < 0.075
        dur = max(10, int(random.gauss(mins, sd)))
        if noshow:
            endv, fee, ins, sat = "", "0.00", "", ""
        else:
            endv = ts(st + dt.timedelta(minutes=dur))
            f = round(fee0 * random.uniform(0.85, 1.25) * (1 + 0.04 * (d.year - 2023)), 2)
            fee = "%.2f" % f
            if p["prov"] and random.random() > 0.04:
                ins = "%.2f" % round(f * random.choice([0.5, 0.6, 0.7, 0.8]), 2)
            else:
                ins = ""
            sat = str(pick([(5, 0.42), (4, 0.3), (3, 0.14), (2, 0.08), (1, 0.06)])) if random.random() > 0.31 else ""
        xray = random.random() < (0.45 if pname in ("Exam", "Root Canal", "Extraction", "Crown") else 0.1)
        rows.append({
            "visit_id": "V%05d" % (10001 + k),
            "patientId": p["id"],
            "Patient Birth Year": p["birth"],
            "clinic": spell(variants),
            "clinic_chairs": chairs,
            "dentist": pick(dentists[clinic]),
            "procedure": pspell,
            "appt_start": ts(st),
            "appt_end": endv,
            "Fee USD": fee,
            "insurance_paid": ins,
            "insurance_provider": p["prov"],
            "no_show": flag(noshow, [("YN", 0.7), ("yesno", 0.15), ("TF", 0.1), ("yn", 0.05)]),
            "xray_taken": flag(xray, [("TF", 0.75), ("YN", 0.15), ("tf", 0.1)]),
            "satisfaction": sat,
        })
    rows.sort(key=lambda r: (r["appt_start"], r["visit_id"]))
    with open(os.path.join(OUT, "dental_visits.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# ---------------------------------------------------------------- print shop
def make_print():
    products = {
        # name: (weight, qty choices, unit price, machine pool)
        "Business Cards": (0.28, [100, 250, 500, 1000], 0.09, ["Indigo 7900", "Iridesse"]),
        "Flyers": (0.24, [50, 100, 250, 500, 1000, 2500], 0.35, ["Indigo 7900", "Iridesse", "Konica C4080"]),
        "Posters": (0.12, [1, 2, 5, 10, 25, 50], 9.5, ["SureColor P9000"]),
        "Banners": (0.07, [1, 1, 2, 3, 5], 45.0, ["SureColor P9000"]),
        "Brochures": (0.16, [100, 250, 500, 1000], 0.8, ["Indigo 7900", "Konica C4080"]),
        "Stickers": (0.13, [50, 100, 250, 500], 0.22, ["Iridesse", "Konica C4080"]),
    }
    machines = {"Indigo 7900": 4600, "Iridesse": 6000, "Konica C4080": 4200, "SureColor P9000": 180}
    stocks = ["Matte", "Glossy", "Recycled", "Cardstock"]
    operators = ["Jonas", "Priya", "Tomas", "Beatriz", "Kwame"]
    customers = []
    for i in range(640):
        biz = random.random() < 0.38
        customers.append({"id": "C-%04d" % (i + 1), "biz": biz,
                          "w": random.choice([1, 1, 1, 2, 3]) * (3 if biz else 1)})
    cw = [(c, c["w"]) for c in customers]
    start, end = dt.date(2022, 9, 1), dt.date(2025, 2, 28)
    rows = []
    for k in range(3215):
        c = pick(cw)
        ctype = spell(["Business", "business", "BUSINESS ", "Biz"]) if c["biz"] else \
            spell(["Individual", "individual", "Individual ", "Indiv."])
        d = rand_day(start, end)
        sub = dt.datetime(d.year, d.month, d.day, random.randint(7, 19), random.randrange(60), random.randrange(60))
        pname = pick([(k2, v[0]) for k2, v in products.items()])
        _, qtys, unit, pool = products[pname]
        qty = random.choice(qtys)
        machine = random.choice(pool)
        rush = random.random() < 0.18
        color = random.random() < (0.9 if pname in ("Posters", "Banners", "Stickers") else 0.7)
        stock = random.choice(stocks) if pname not in ("Banners",) else ""
        if stock and random.random() < 0.03:
            stock = ""
        stock = pick([(stock, 0.8), (stock.lower(), 0.12), (stock + " ", 0.08)]) if stock else ""
        st = pick([("Completed", 0.88), ("Cancelled", 0.09), ("On Hold", 0.03)])
        if st == "Completed":
            status = spell(["Completed", "completed", "COMPLETED", "Completed "])
            hours = random.uniform(2, 30) if rush else random.uniform(20, 120)
            hours += qty / 800.0
            done = ts(sub + dt.timedelta(hours=hours))
            op = random.choice(operators)
        elif st == "Cancelled":
            status = spell(["Cancelled", "canceled", "CANCELLED", "Canceled"])
            done, op = "", ""
        else:
            status = spell(["On Hold", "on hold", "ON HOLD"])
            done, op = "", random.choice(operators + [""])
        price = qty * unit * (1.35 if color else 1.0) * (1.5 if rush else 1.0) * random.uniform(0.9, 1.1)
        price = max(price, 12.0)
        disc = ""
        if random.random() < 0.14:
            disc = "%.2f" % round(price * random.choice([0.05, 0.1, 0.15]), 2)
        rows.append({
            "job_id": "J%05d" % (30001 + k),
            "customerId": c["id"],
            "Customer Type": ctype,
            "submitted_at": ts(sub),
            "completed_at": done,
            "product": pick([(pname, 0.74), (pname.lower(), 0.12), (pname.upper(), 0.06), (" " + pname, 0.08)]),
            "paper_stock": stock,
            "qty": qty,
            "is_color": flag(color, [("YN", 0.8), ("yesno", 0.12), ("YesNo", 0.08)]),
            "rush": flag(rush, [("TF", 0.7), ("tf", 0.15), ("YesNo", 0.15)]),
            "price": "%.2f" % round(price, 2),
            "Discount Amt": disc,
            "machine": machine,
            "machine_sheets_per_hr": machines[machine],
            "status": status,
            "operator": op,
        })
    rows.sort(key=lambda r: (r["submitted_at"], r["job_id"]))
    with open(os.path.join(OUT, "print_jobs.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# ---------------------------------------------------------------- shelter
def make_shelter():
    species = [("Dog", 0.52), ("Cat", 0.38), ("Rabbit", 0.06), ("Guinea Pig", 0.04)]
    sp_variants = {
        "Dog": ["Dog", "dog", "DOG", "Dog "],
        "Cat": ["Cat", "cat", "CAT", " cat"],
        "Rabbit": ["Rabbit", "rabbit", "Rabbit "],
        "Guinea Pig": ["Guinea Pig", "guinea pig", "Guinea pig"],
    }
    breeds = {
        "Dog": [("Labrador Mix", 25), ("Pit Bull Mix", 21), ("German Shepherd", 11), ("Chihuahua", 14), ("Beagle", 7),
                ("Husky Mix", 10), ("Terrier Mix", 12)],
        "Cat": [("Domestic Shorthair", 50), ("Domestic Longhair", 17), ("Siamese Mix", 12), ("Maine Coon Mix", 7), ("Tabby", 14)],
        "Rabbit": [("Lionhead", 4), ("Dutch", 3), ("Mixed", 5)],
        "Guinea Pig": [("American", 3), ("Abyssinian", 2)],
    }
    names = ["Max", "Bella", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Oliver", "Lucy", "Bear",
             "Nala", "Simba", "Pepper", "Ziggy", "Hazel", "Biscuit", "Juniper", "Otis", "Mochi", "Rex",
             "Willow", "Ginger", "Loki", "Olive", "Tank", "Poppy", "Shadow", "Clover", "Bandit"]
    buildings = {
        "North": ["North", "north", "North ", "N."],
        "South": ["South", "south ", "SOUTH", "S."],
        "Annex": ["Annex", "annex", "Annex "],
    }
    kennels = []
    for b, cnt in (("North", 14), ("South", 12), ("Annex", 8)):
        for i in range(cnt):
            kennels.append({"code": "%s-%02d" % (b[0], i + 1), "building": b,
                            "capacity": random.choice([1, 1, 2, 2, 2, 3, 4])})
    cities = ["Springfield", "Shelbyville", "Ogden", "Capital City", "Riverton", "Brockway"]
    adopters = [{"id": "AD%04d" % (i + 1), "city": pick([(c, w) for c, w in zip(cities, [5, 3, 2, 2, 1, 1])])}
                for i in range(1500)]
    adopter_w = [(a, random.choice([1, 1, 1, 1, 2, 4])) for a in adopters]
    intake_types = [("Stray", 0.45), ("Owner Surrender", 0.33), ("Transfer In", 0.14), ("Seized", 0.08)]
    it_variants = {
        "Stray": ["Stray", "stray", "STRAY", "Stray "],
        "Owner Surrender": ["Owner Surrender", "owner surrender", "O/S", "Owner surrender "],
        "Transfer In": ["Transfer In", "transfer in", "Transfer in"],
        "Seized": ["Seized", "seized", "SEIZED"],
    }
    out_variants = {
        "Adoption": ["Adoption", "adoption", "Adopted", "ADOPTION "],
        "Transfer Out": ["Transfer Out", "transfer out", "Transfer out"],
        "Return to Owner": ["Return to Owner", "RTO", "return to owner"],
        "Euthanasia": ["Euthanasia", "euthanasia"],
        "Died": ["Died", "died"],
    }
    start, end = dt.datetime(2023, 1, 2), dt.datetime(2025, 10, 31)
    span = int((end - start).total_seconds() // 60)
    animals = []
    recs = []
    n = 2460
    nxt_animal = 5001
    adopted_pool = []
    seen_adopters = set()
    for k in range(n):
        intake = start + dt.timedelta(minutes=random.randrange(span))
        intake = intake.replace(hour=random.randint(8, 18), second=0)
        if adopted_pool and random.random() < 0.07:
            a = adopted_pool.pop(random.randrange(len(adopted_pool)))
            itype = "Owner Surrender"
        else:
            sp = pick(species)
            a = {"id": "A-%05d" % nxt_animal, "name": random.choice(names), "species": sp,
                 "breed": pick(breeds[sp]), "age0": random.choice([2, 3, 4, 6, 8, 12, 18, 24, 36, 48, 60, 84, 120]),
                 "sex": random.choice(["M", "F"]), "first": intake}
            nxt_animal += 1
            itype = pick(intake_types)
        age = a["age0"] + max(0, int((intake - a["first"]).days / 30.4))
        sp = a["species"]
        kennel = random.choice(kennels)
        stay_days = random.expovariate(1 / (18 if sp == "Dog" else 24 if sp == "Cat" else 30)) + 0.5
        outcome = intake + dt.timedelta(hours=stay_days * 24)
        outcome = outcome.replace(second=0)
        if outcome > dt.datetime(2025, 11, 15):
            otype, outcome_s = None, None
        else:
            otype = pick([("Adoption", 0.62), ("Transfer Out", 0.14), ("Return to Owner", 0.14 if itype == "Stray" else 0.03),
                          ("Euthanasia", 0.04), ("Died", 0.02)])
            outcome_s = outcome.strftime("%Y-%m-%dT%H:%M:%S")
        adopter = None
        fee = None
        if otype == "Adoption":
            ad = pick(adopter_w)
            first_time = ad["id"] not in seen_adopters and random.random() < 0.8
            seen_adopters.add(ad["id"])
            adopter = {"id": ad["id"], "city": ad["city"],
                       "first_time": flag(first_time, [("YN", 0.6), ("yesno", 0.25), ("TF", 0.15)])}
            base = {"Dog": 150, "Cat": 85, "Rabbit": 40, "Guinea Pig": 25}[sp]
            fee = float(base if age > 12 else base + 50)
            if random.random() < 0.1:
                fee = 0.0  # fee-waived event
            adopted_pool.append(a)
        med = round(random.uniform(20, 140) + (random.random() < 0.12) * random.uniform(200, 1400), 2)
        special = random.random() < 0.11
        rec = {
            "record_id": "R%06d" % (700001 + k),
            "intake_ts": intake.strftime("%Y-%m-%dT%H:%M:%S"),
            "outcome_ts": outcome_s,
            "Intake Type": spell(it_variants[itype]),
            "outcome_type": spell(out_variants[otype]) if otype else None,
            "animal": {"id": a["id"], "name": a["name"], "species": spell(sp_variants[sp]),
                       "breed": a["breed"], "age_months": age, "sex": a["sex"]},
            "adopter": adopter,
            "kennel": {"code": kennel["code"], "building": spell(buildings[kennel["building"]]),
                       "capacity": kennel["capacity"]},
            "adoption_fee": fee,
            "medical_cost": med,
            "vaccinated": flag(random.random() < 0.86, [("YN", 0.55), ("yesno", 0.25), ("TF", 0.2)]),
            "microchipped": flag(random.random() < 0.64, [("TF", 0.6), ("YN", 0.3), ("yesno", 0.1)]),
            "Special Needs": flag(special, [("YN", 0.7), ("yesno", 0.3)]) if random.random() > 0.15 else None,
            "weightKg": round(random.uniform(2, 40) if sp == "Dog" else random.uniform(2, 7) if sp == "Cat"
                              else random.uniform(0.6, 3), 1) if random.random() > 0.05 else None,
        }
        recs.append(rec)
    recs.sort(key=lambda r: (r["intake_ts"], r["record_id"]))
    with open(os.path.join(OUT, "shelter_intakes.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("[\n")
        fh.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in recs))
        fh.write("\n]\n")


# ---------------------------------------------------------------- newsroom
def make_newsroom():
    sections = {
        "Politics": ["Politics", "politics", "POLITICS", "Pol."],
        "Business": ["Business", "business ", "Biz"],
        "Sports": ["Sports", "sports", "Sport", "SPORTS "],
        "Local": ["Local", "local", "Metro"],
        "Culture": ["Culture", "culture", "Arts & Culture"],
        "Opinion": ["Opinion", "opinion", "Op-Ed"],
    }
    sec_w = [("Politics", 0.22), ("Business", 0.17), ("Sports", 0.2), ("Local", 0.22), ("Culture", 0.11), ("Opinion", 0.08)]
    desks = {"National": 14, "Metro": 11, "Sports": 9, "Features": 7, "Business": 6}
    desk_sections = {"National": ["Politics", "Business", "Opinion"], "Metro": ["Local", "Politics"],
                     "Sports": ["Sports"], "Features": ["Culture", "Local", "Opinion"], "Business": ["Business"]}
    first = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Femi", "Gus", "Hiro", "Iris", "Jae", "Kofi", "Lena",
             "Marco", "Nia", "Owen", "Pia", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vik", "Wes", "Ximena", "Yara", "Zane"]
    last = ["Alvarez", "Brandt", "Chen", "Dubois", "Eze", "Fischer", "Gupta", "Holm", "Ito", "Jensen", "Kowalski",
            "Larsen", "Moreau", "Nakamura", "Osei", "Park"]
    authors = []
    used = []
    for i in range(48):
        while True:
            nm = random.choice(first) + " " + random.choice(last)
            if nm not in used:
                used.append(nm)
                break
        desk = pick([("National", 4), ("Metro", 4), ("Sports", 3), ("Features", 2), ("Business", 2)])
        free = random.random() < 0.3
        authors.append({"name": nm, "desk": desk, "free": free,
                        "w": random.choice([1, 2, 3, 4, 6]) * (0.6 if free else 1.0)})
    aw = [(a, a["w"]) for a in authors]
    editors = ["Ruth Adebayo", "Karl Weiss", "Dana Flores", "Liam O'Neill"]
    start, end = dt.datetime(2024, 1, 1), dt.datetime(2025, 12, 31)
    span = int((end - start).total_seconds() // 60)
    recs = []
    for k in range(2185):
        a = pick(aw)
        sec = random.choice(desk_sections[a["desk"]]) if random.random() < 0.85 else pick(sec_w)
        filed = start + dt.timedelta(minutes=random.randrange(span))
        filed = filed.replace(second=0)
        breaking = random.random() < (0.12 if sec in ("Politics", "Local", "Sports") else 0.03)
        spiked = random.random() < 0.06
        if spiked:
            pub = None
        else:
            lag = random.uniform(0.2, 2.0) if breaking else random.uniform(1.0, 30.0)
            pub = (filed + dt.timedelta(hours=lag)).replace(second=0)
        words = int(random.gauss({"Opinion": 850, "Culture": 1100, "Sports": 700}.get(sec, 900), 250))
        words = max(150, words)
        paywalled = random.random() < (0.2 if breaking else 0.55)
        if pub is None:
            views, read = None, None
        else:
            views = int(random.lognormvariate(8.2, 0.9) * (2.5 if breaking else 1.0) * (0.6 if paywalled else 1.0))
            read = round(random.uniform(0.08, 0.2) * words, 1) if random.random() > 0.07 else None
        rec = {
            "articleId": "N-%05d" % (20001 + k),
            "section": spell(sections[sec]),
            "author": {"name": a["name"],
                       "staffType": spell(["Freelance", "freelance", "FL", "Freelancer"]) if a["free"]
                       else spell(["Staff", "staff", "STAFF", "Staff "])},
            "desk": {"name": a["desk"], "headcount": desks[a["desk"]]},
            "filed_at": filed.strftime("%Y-%m-%d %H:%M:%S"),
            "published_at": pub.strftime("%Y-%m-%d %H:%M:%S") if pub else None,
            "wordCount": words,
            "page_views": views,
            "Avg Read Seconds": read,
            "paywalled": flag(paywalled, [("TF", 0.5), ("YN", 0.3), ("yesno", 0.2)]),
            "Breaking News": flag(breaking, [("YN", 0.75), ("tf", 0.25)]),
            "corrections": pick([(0, 0.86), (1, 0.1), (2, 0.03), (3, 0.01)]),
            "freelance_fee": round(words * random.choice([0.25, 0.3, 0.4]), 2) if a["free"] else None,
            "editor": {"name": random.choice(editors), "rounds": random.randint(1, 5)},
        }
        recs.append(rec)
    recs.sort(key=lambda r: (r["filed_at"], r["articleId"]))
    with open(os.path.join(OUT, "newsroom_articles.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(recs, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    make_dental()
    make_print()
    make_shelter()
    make_newsroom()
