#!/usr/bin/env python3
"""Generate the four heldout14 datasets (standard library only, deterministic)."""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

random.seed(20261204)

OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)


def wchoice(pairs):
    items, weights = zip(*pairs)
    return random.choices(items, weights=weights, k=1)[0]


# ---------------------------------------------------------------- 1. tickets
def make_tickets():
    # event name, venue, city, event date, base GA price, popularity weight
    events = [
        ("The Lumineers - Brightside Tour", "Riverfront Arena", "Portland", date(2025, 3, 14), 65, 9),
        ("Hamilton", "Orpheum Theatre", "Seattle", date(2025, 2, 22), 110, 8),
        ("Jazz at the Pier", "Harbor Pavilion", "San Diego", date(2024, 11, 9), 40, 4),
        ("Comedy Night: Ali Wong", "Paramount Hall", "Seattle", date(2025, 1, 18), 55, 6),
        ("Symphony No. 9 - City Philharmonic", "Meyerson Hall", "Dallas", date(2024, 12, 7), 48, 4),
        ("Tame Impala Live", "Riverfront Arena", "Portland", date(2025, 5, 3), 80, 10),
        ("The Nutcracker", "Civic Opera House", "Chicago", date(2024, 12, 20), 72, 7),
        ("Kacey Musgraves", "Lone Star Amphitheater", "Austin", date(2025, 4, 12), 70, 8),
        ("Blue Man Group", "Civic Opera House", "Chicago", date(2025, 6, 7), 58, 5),
        ("Indie Fest Day 1", "Zilker Grounds", "Austin", date(2025, 6, 21), 45, 9),
        ("Indie Fest Day 2", "Zilker Grounds", "Austin", date(2025, 6, 22), 45, 7),
        ("Dave Matthews Band", "Harbor Pavilion", "San Diego", date(2025, 7, 19), 75, 8),
        ("Magic Mike Live", "Paramount Hall", "Seattle", date(2025, 8, 9), 62, 5),
        ("Taylor Swift Tribute Night", "Meyerson Hall", "Dallas", date(2025, 9, 13), 35, 4),
    ]
    tier_mult = {"GA": 1.0, "Balcony": 0.8, "Reserved": 1.35, "VIP": 2.6}
    tier_weights = [("GA", 48), ("Balcony", 20), ("Reserved", 20), ("VIP", 12)]
    channels = [("Web", 46), ("Mobile App", 28), ("Box Office", 12), ("Phone", 5), ("Partner", 9)]
    rows = []
    n = 2400
    ev_weights = [e[5] for e in events]
    for _ in range(n):
        ev = random.choices(events, weights=ev_weights, k=1)[0]
        name, venue, city, edate, base, _w = ev
        # purchase 0..120 days before event, skewed toward near the event
        days_before = int(random.triangular(0, 120, 10))
        pdt = datetime(edate.year, edate.month, edate.day) - timedelta(days=days_before)
        pdt = pdt.replace(hour=0, minute=0, second=0) + timedelta(
            seconds=random.randint(7 * 3600, 23 * 3600 + 59 * 60))
        if days_before == 0 and pdt.hour > 19:
            pdt = pdt.replace(hour=random.randint(8, 18))
        tier = wchoice(tier_weights)
        if tier == "Balcony" and venue in ("Zilker Grounds", "Lone Star Amphitheater"):
            tier = "GA"
        qty = wchoice([(1, 22), (2, 42), (3, 9), (4, 18), (5, 3), (6, 4), (8, 2)])
        if tier == "VIP":
            qty = min(qty, 4)
        price = round(base * tier_mult[tier] * random.choice([1.0, 1.0, 1.0, 1.1, 0.9]), 2)
        price = round(price) - 0.01 if random.random() < 0.5 else float(round(price))
        fees = round(qty * (2.5 + 0.11 * price), 2)
        channel = wchoice(channels)
        if channel == "Box Office":
            fees = round(qty * 1.5, 2)
        fees_s = "" if random.random() < 0.025 else f"{fees:.2f}"
        # messiness: some lowercase channels, some blanks
        if random.random() < 0.04:
            channel = channel.lower()
        if random.random() < 0.03:
            channel = ""
        refunded = random.random() < (0.05 if edate != date(2025, 1, 18) else 0.15)
        rows.append({
            "purchase_ts": pdt,
            "event_name": name,
            "venue": venue,
            "city": city,
            "event_date": edate.isoformat(),
            "ticket_tier": tier,
            "quantity": qty,
            "unit_price": f"{price:.2f}",
            "fees": fees_s,
            "refunded": "true" if refunded else "false",
            "sales_channel": channel,
        })
    rows.sort(key=lambda r: r["purchase_ts"])
    cols = ["order_id", "event_name", "venue", "city", "event_date", "purchase_ts", "ticket_tier",
            "quantity", "unit_price", "fees", "refunded", "sales_channel"]
    with open(os.path.join(OUT, "event_tickets.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for i, r in enumerate(rows):
            r["order_id"] = f"ORD-{500001 + i}"
            r["purchase_ts"] = r["purchase_ts"].strftime("%Y-%m-%d %H:%M:%S")
            w.writerow(r)
    return len(rows)


# ---------------------------------------------------------------- 2. calls
def make_calls():
    teams = {
        "Billing": ["Maria Lopez", "James Chen", "Priya Nair", "Tom Becker", "Aisha Khan"],
        "Tech Support": ["Daniel Kim", "Sofia Rossi", "Marcus Reed", "Hannah Wu", "Luis Ortega", "Emily Stone"],
        "Retention": ["Grace Park", "Omar Haddad", "Nina Petrova", "Kevin Walsh"],
        "Sales": ["Rachel Green", "Samir Patel", "Olivia Brooks"],
    }
    queue_team = {
        "billing_inquiry": "Billing", "payment_issue": "Billing",
        "tech_internet": "Tech Support", "tech_tv": "Tech Support", "tech_mobile": "Tech Support",
        "cancel_service": "Retention", "new_service": "Sales", "upgrade": "Sales",
    }
    queue_w = [("billing_inquiry", 20), ("payment_issue", 10), ("tech_internet", 22), ("tech_tv", 9),
               ("tech_mobile", 11), ("cancel_service", 12), ("new_service", 9), ("upgrade", 7)]
    agent_skill = {}
    for t, agents in teams.items():
        for a in agents:
            agent_skill[a] = (random.uniform(0.55, 0.9), random.uniform(-0.6, 0.5), random.uniform(0.8, 1.3))
    start = date(2025, 1, 6)
    rows = []
    n = 2800
    for _ in range(n):
        while True:
            d = start + timedelta(days=random.randint(0, 180))
            wd = d.weekday()
            if wd == 6:
                continue
            if wd == 5 and random.random() < 0.6:
                continue
            break
        hour = wchoice([(8, 6), (9, 11), (10, 13), (11, 12), (12, 9), (13, 10), (14, 11), (15, 10),
                        (16, 8), (17, 6), (18, 3), (19, 2)])
        ts = datetime(d.year, d.month, d.day, hour, random.randint(0, 59), random.randint(0, 59))
        queue = wchoice(queue_w)
        team = queue_team[queue]
        busy = 1.6 if wd == 0 else 1.0
        busy *= 1.3 if hour in (10, 11) else 1.0
        wait = int(random.expovariate(1 / (75 * busy)))
        if queue == "cancel_service":
            wait = int(wait * 1.4)
        ab_p = 0.02 + min(wait / 900, 0.5)
        abandoned = random.random() < ab_p
        if abandoned:
            rows.append({"ts": ts, "agent_name": "", "team": "", "queue": queue, "wait_seconds": wait,
                         "talk_seconds": 0, "resolved_on_first_call": "", "csat_score": "", "abandoned": 1})
            continue
        agent = random.choice(teams[team])
        fcr_p, csat_shift, talk_mult = agent_skill[agent]
        base_talk = {"Billing": 290, "Tech Support": 540, "Retention": 420, "Sales": 360}[team]
        talk = int(max(30, random.gauss(base_talk * talk_mult, base_talk * 0.35)))
        resolved = random.random() < fcr_p
        csat = ""
        if random.random() < 0.42:
            mu = 3.9 + csat_shift + (0.4 if resolved else -1.1) - (0.5 if wait > 240 else 0)
            csat = str(int(min(5, max(1, round(random.gauss(mu, 0.9))))))
        rows.append({"ts": ts, "agent_name": agent, "team": team, "queue": queue, "wait_seconds": wait,
                     "talk_seconds": talk, "resolved_on_first_call": "Y" if resolved else "N",
                     "csat_score": csat, "abandoned": 0})
    rows.sort(key=lambda r: r["ts"])
    cols = ["call_id", "agent_name", "team", "queue", "call_start", "wait_seconds", "talk_seconds",
            "resolved_on_first_call", "csat_score", "abandoned"]
    with open(os.path.join(OUT, "call_center.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for i, r in enumerate(rows):
            r["call_id"] = f"C{2025000000 + 137 * i + random.randint(0, 100)}"
            r["call_start"] = r.pop("ts").strftime("%Y-%m-%dT%H:%M:%S")
            w.writerow(r)
    return len(rows)


# ---------------------------------------------------------------- 3. recruiting
def make_jobs():
    jobs = [
        ("Software Engineer II", "Engineering", 135000, 14),
        ("Senior Software Engineer", "Engineering", 172000, 10),
        ("Data Analyst", "Data & Analytics", 92000, 9),
        ("Data Scientist", "Data & Analytics", 138000, 6),
        ("Product Manager", "Product", 150000, 7),
        ("UX Designer", "Design", 112000, 5),
        ("Account Executive", "Sales", 85000, 11),
        ("Sales Development Rep", "Sales", 62000, 10),
        ("Customer Success Manager", "Customer Success", 78000, 8),
        ("Support Specialist", "Customer Success", 54000, 9),
        ("Recruiter", "People", 80000, 3),
        ("Financial Analyst", "Finance", 95000, 4),
        ("DevOps Engineer", "Engineering", 148000, 5),
        ("Marketing Manager", "Marketing", 115000, 5),
        ("Content Writer", "Marketing", 68000, 4),
    ]
    locations = [("Remote", 30), ("New York, NY", 22), ("Austin, TX", 18), ("Chicago, IL", 14),
                 ("Denver, CO", 10), ("", 6)]
    sources = [("LinkedIn", 34), ("Indeed", 22), ("Referral", 12), ("Company Website", 16),
               ("Agency", 6), ("University Fair", 5), ("Glassdoor", 5)]
    # (p_screen, p_interview|screen, p_offer|interview, p_hire|offer) by source
    funnel = {
        "Referral": (0.70, 0.60, 0.40, 0.85),
        "Agency": (0.60, 0.50, 0.30, 0.75),
        "LinkedIn": (0.38, 0.42, 0.22, 0.72),
        "Indeed": (0.28, 0.35, 0.18, 0.70),
        "Company Website": (0.35, 0.40, 0.22, 0.74),
        "University Fair": (0.40, 0.45, 0.20, 0.80),
        "Glassdoor": (0.30, 0.38, 0.20, 0.70),
    }
    rows = []
    n = 1850
    jw = [j[3] for j in jobs]
    start = date(2024, 1, 2)
    for _ in range(n):
        title, dept, sal, _w = random.choices(jobs, weights=jw, k=1)[0]
        loc = wchoice(locations)
        src = wchoice(sources)
        applied = start + timedelta(days=random.randint(0, 545))
        ps, pi, po, ph = funnel[src]
        # the pipeline is a "furthest stage reached"; rejected applicants stop early
        stage = "applied"
        if random.random() < ps:
            stage = "screen"
            if random.random() < pi:
                stage = "interview"
                if random.random() < po:
                    stage = "offer"
                    if random.random() < ph:
                        stage = "hired"
        if stage in ("applied", "screen", "interview"):
            # most who did not advance were explicitly rejected; recent ones still pending
            recent = applied > date(2025, 5, 15)
            if random.random() < (0.25 if recent else 0.72):
                stage = "rejected"
        offer = ""
        dth = ""
        if stage in ("offer", "hired"):
            offer = str(int(round(sal * random.uniform(0.9, 1.15), -3)))
            if random.random() < 0.03:
                offer = ""
        if stage == "hired":
            dth = str(int(random.gauss(38 if src != "Referral" else 29, 9)))
        st = stage
        if random.random() < 0.03:
            st = stage.capitalize()
        rows.append({"applied_date": applied, "job_title": title, "department": dept, "location": loc,
                     "source": src if random.random() > 0.02 else "", "stage_reached": st,
                     "offer_salary": offer, "days_to_hire": dth})
    rows.sort(key=lambda r: r["applied_date"])
    cols = ["application_id", "job_title", "department", "location", "source", "applied_date",
            "stage_reached", "offer_salary", "days_to_hire"]
    with open(os.path.join(OUT, "job_applications.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for i, r in enumerate(rows):
            r["application_id"] = f"APP-{24000 + i:05d}"
            r["applied_date"] = r["applied_date"].isoformat()
            w.writerow(r)
    return len(rows)


# ---------------------------------------------------------------- 4. parking
def make_parking():
    violations = [
        ("5204A", "EXPIRED METER", 63, 30),
        ("5200", "NO PARKING - STREET CLEANING", 73, 22),
        ("5201", "RED ZONE", 93, 9),
        ("5157", "NO PARKING ANYTIME", 68, 8),
        ("5302", "DOUBLE PARKING", 110, 6),
        ("5213", "BLOCKING DRIVEWAY", 95, 5),
        ("4000A", "EXPIRED REGISTRATION", 108, 7),
        ("5237", "DISABLED PARKING ZONE", 338, 3),
        ("5208", "BUS ZONE", 288, 2),
        ("5216", "FIRE HYDRANT", 110, 5),
        ("5226", "PREFERENTIAL PERMIT AREA", 86, 3),
    ]
    makes = [("Toyota", 18), ("Honda", 15), ("Ford", 11), ("Chevrolet", 9), ("Nissan", 8), ("Tesla", 7),
             ("BMW", 5), ("Hyundai", 6), ("Subaru", 5), ("Kia", 5), ("Mercedes-Benz", 4), ("Jeep", 3),
             ("Volkswagen", 4)]
    colors = [("Black", 20), ("White", 22), ("Silver", 14), ("Gray", 16), ("Blue", 10), ("Red", 8),
              ("Green", 3), ("Brown", 2), (None, 5)]
    states = [("CA", 86), ("NV", 3), ("AZ", 3), ("OR", 2), ("TX", 2), ("WA", 2), ("NY", 1), ("FL", 1)]
    streets = {
        "Downtown": ["Market St", "Mission St", "Howard St", "Folsom St"],
        "Northside": ["Columbus Ave", "Grant Ave", "Stockton St"],
        "Westlake": ["Geary Blvd", "Clement St", "Balboa St"],
        "Harbor": ["Embarcadero", "King St", "Townsend St"],
        "University": ["Irving St", "Judah St", "Parnassus Ave"],
    }
    dist_w = [("Downtown", 38), ("Northside", 16), ("Westlake", 15), ("Harbor", 18), ("University", 13)]
    vw = [v[3] for v in violations]
    rows = []
    n = 2150
    start = datetime(2024, 7, 1)
    for i in range(n):
        while True:
            d = start + timedelta(days=random.randint(0, 364))
            if d.weekday() == 6 and random.random() < 0.6:
                continue
            break
        ts = d + timedelta(hours=random.randint(7, 21), minutes=random.randint(0, 59))
        code, desc, fine, _ = random.choices(violations, weights=vw, k=1)[0]
        if code == "5200":
            ts = ts.replace(hour=random.choice([6, 7, 8, 9, 10]))
        dist = wchoice(dist_w)
        street = random.choice(streets[dist])
        make = wchoice(makes)
        r = random.random()
        if r < 0.05:
            make = make.upper()
        paid = random.random() < 0.68
        paid_date = None
        if paid:
            paid_date = (ts + timedelta(days=int(random.expovariate(1 / 16)))).date().isoformat()
        rows.append({
            "ts": ts,
            "violation": {"code": code, "description": desc, "fine_usd": float(fine)},
            "vehicle": {"make": make, "color": wchoice(colors), "state": wchoice(states)},
            "location": {"street": street, "district": dist},
            "paid": paid,
            "paid_date": paid_date,
        })
    rows.sort(key=lambda r: r["ts"])
    out = []
    for i, r in enumerate(rows):
        out.append({
            "citation_id": f"PC{9100000 + i * 3}",
            "issued_at": r["ts"].strftime("%Y-%m-%dT%H:%M:%S"),
            "violation": r["violation"],
            "vehicle": r["vehicle"],
            "location": r["location"],
            "paid": r["paid"],
            "paid_date": r["paid_date"],
        })
    with open(os.path.join(OUT, "parking_citations.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    return len(out)


if __name__ == "__main__":
    print("event_tickets.csv", make_tickets())
    print("call_center.csv", make_calls())
    print("job_applications.csv", make_jobs())
    print("parking_citations.json", make_parking())
