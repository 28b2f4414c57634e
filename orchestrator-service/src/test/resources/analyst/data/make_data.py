"""Generates the three held-aside datasets in /work/heldout/data deterministically (seeded RNG, no pandas).
   shop_orders.csv     ~300 orders of a small web shop (dates, categories, quantities, prices, status)
   employees.json      150 employees (department, hire date, salary, age, city; a few missing scores)
   city_population.csv long format: population by city and year, with one "Total" row per year
Column names deliberately mix styles: snake_case, camelCase, "Name With Spaces", units in parentheses."""
import csv, json, random, datetime, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)


def shop_orders(rng):
    catalog = {
        "Electronics": [("USB-C Charger", 19.90), ("Wireless Mouse", 24.50), ("Bluetooth Speaker", 59.00),
                        ("Noise Cancelling Headphones", 189.00), ("4K Monitor", 329.00)],
        "Books": [("Cookbook", 22.00), ("Crime Novel", 12.99), ("Travel Guide", 17.50), ("Sci-Fi Paperback", 9.99)],
        "Clothing": [("T-Shirt", 15.00), ("Rain Jacket", 89.00), ("Wool Socks", 8.50), ("Jeans", 49.90)],
        "Home & Garden": [("Plant Pot", 11.00), ("Garden Hose", 34.00), ("Desk Lamp", 42.00), ("Throw Pillow", 19.00)],
        "Toys": [("Puzzle 1000 pieces", 16.99), ("Building Blocks Set", 44.99), ("Plush Bear", 14.00)],
    }
    weights = {"Electronics": 3, "Books": 3, "Clothing": 2, "Home & Garden": 2, "Toys": 1}
    customers = ["Ana Silva", "Ben Carter", "Chloé Martin", "David Kim", "Emma Novak", "Farid Haddad", "Grace Liu",
                 "Hugo Weber", "Ines Costa", "Jonas Berg", "Kate O'Neil", "Luca Rossi", "Mia Jensen", "Noah Smith",
                 "Olga Petrova", "Pedro Alves", "Quinn Walsh", "Rosa Díaz", "Sam Taylor", "Tom Becker"]
    payments = ["card", "paypal", "bank transfer"]
    start = datetime.date(2023, 1, 1)
    rows = []
    cats = [c for c in catalog for _ in range(weights[c])]
    for i in range(300):
        d = start + datetime.timedelta(days=rng.randrange(731))
        cat = rng.choice(cats)
        product, price = rng.choice(catalog[cat])
        qty = rng.choice([1, 1, 1, 1, 2, 2, 3, 4, 5]) if price < 100 else rng.choice([1, 1, 1, 2])
        status = rng.choices(["delivered", "returned", "cancelled"], [85, 10, 5])[0]
        rows.append({"order_id": 1001 + i, "orderDate": d.isoformat(), "customerName": rng.choice(customers),
                     "category": cat, "product": product, "quantity": qty, "unit price (usd)": f"{price:.2f}",
                     "Payment Method": rng.choices(payments, [6, 3, 1])[0], "status": status})
    rows.sort(key=lambda r: (r["orderDate"], r["order_id"]))
    with open(os.path.join(OUT, "shop_orders.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def employees(rng):
    depts = {"Engineering": (52000, 95000), "Sales": (38000, 70000), "Marketing": (40000, 72000),
             "Finance": (45000, 85000), "HR": (36000, 60000), "Support": (30000, 48000)}
    dept_w = ["Engineering"] * 5 + ["Sales"] * 4 + ["Marketing"] * 2 + ["Finance"] * 2 + ["HR"] + ["Support"] * 3
    cities = ["Berlin", "Munich", "Hamburg", "Lisbon", "Porto", "Vienna"]
    first = ["Alex", "Maria", "Jan", "Sofia", "Lukas", "Lea", "Tiago", "Beatriz", "Felix", "Hannah", "Rui", "Clara",
             "Paul", "Marta", "Jonas", "Eva", "Nuno", "Laura", "Max", "Julia", "Pedro", "Anna", "Leon", "Mia"]
    last = ["Schmidt", "Ferreira", "Müller", "Santos", "Wagner", "Oliveira", "Becker", "Costa", "Hofer", "Pereira",
            "Fischer", "Gruber", "Rodrigues", "Weber", "Huber", "Sousa"]
    out = []
    for i in range(150):
        dept = rng.choice(dept_w)
        age = rng.randint(22, 63)
        lo, hi = depts[dept]
        hire_year = rng.randint(max(2008, 2024 - (age - 21)), 2024)
        hire = datetime.date(hire_year, rng.randint(1, 12), rng.randint(1, 28))
        salary = round(rng.uniform(lo, hi) + (2024 - hire_year) * 600, -2)
        score = rng.choice([1, 2, 3, 3, 3, 4, 4, 4, 5]) if rng.random() > 0.05 else None
        out.append({"emp_id": "E%04d" % (i + 1), "fullName": rng.choice(first) + " " + rng.choice(last),
                    "department": dept, "hire_date": hire.isoformat(), "salary (eur)": salary, "age": age,
                    "city": rng.choices(cities, [4, 2, 2, 3, 1, 1])[0], "Performance Score": score,
                    "remote": rng.random() < 0.3})
    with open(os.path.join(OUT, "employees.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


def city_population(rng):
    cities = {"Aldport": ("North", 812.0, 0.012), "Brenford": ("North", 455.0, 0.004), "Calder": ("South", 1290.0, 0.018),
              "Dunmore": ("South", 302.0, -0.006), "Eastwick": ("East", 640.0, 0.009), "Fairhaven": ("West", 975.0, 0.015),
              "Glenrock": ("West", 218.0, 0.021), "Harlow": ("East", 530.0, -0.002)}
    rows = []
    for year in range(2000, 2021):
        total = 0.0
        for city, (region, base, g) in cities.items():
            pop = round(base * (1 + g) ** (year - 2000) * (1 + rng.uniform(-0.004, 0.004)), 1)
            total += pop
            rows.append({"City Name": city, "Region": region, "Year": year, "Population (thousands)": pop})
        rows.append({"City Name": "Total", "Region": "All", "Year": year, "Population (thousands)": round(total, 1)})
    with open(os.path.join(OUT, "city_population.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    shop_orders(random.Random(20261201))
    employees(random.Random(1312))
    city_population(random.Random(7))
    print(sorted(os.listdir(OUT)))
