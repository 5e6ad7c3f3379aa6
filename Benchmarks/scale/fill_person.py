#!/usr/bin/env python3
"""Logs one person's years through the JSON API, as the person would: the template the scale benchmark copies.

Usage: python3 Benchmarks/scale/fill_person.py BASE_URL API_TOKEN [--years 2] [--end YYYY-MM-DD] [--seed 1]

Per year: 365 day check-ins, 400 episodes, 700 foods and 500 supplement intakes; and 2 medicines, 2 products and a
magnesium trial. The last day is the day before --end (default today, UTC), so the data ends where "today" begins.
Standard library only; the same seed and end date always send the same requests. Exits non-zero, saying which
request was refused and what the server answered, at the first answer that isn't a success.
"""
import argparse
import datetime as dt
import http.client
import json
import random
import sys
import urllib.parse

SITES = ["eyelid_left", "eyelid_right", "face", "arm", "hand", "trunk", "thigh", "calf_left", "calf_right", "foot"]
KINDS = ["twitch"] * 7 + ["spasm"] * 2 + ["cramp"]
FOODS = [("almonds", "30 g"), ("spinach cooked", "180 g"), ("banana raw", "118 g"), ("black beans cooked", "86 g"),
         ("yogurt plain", "245 g"), ("oatmeal cooked", "234 g"), ("dark chocolate", "30 g"), ("brown rice cooked", "195 g"),
         ("peanut butter", "32 g"), ("salmon cooked", "100 g"), ("whole wheat bread", "28 g"), ("avocado raw", "100 g")]
MEDICINES = [("omeprazole", "07:00"), ("levothyroxine", "06:30")]


class Client:
    def __init__(self, base, token):
        url = urllib.parse.urlsplit(base)
        self.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def send(self, method, path, body=None):
        self.connection.request(method, path, body=None if body is None else json.dumps(body), headers=self.headers)
        response = self.connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        if response.status >= 300:
            sys.exit(f"error: {method} {path} {json.dumps(body)} was answered {response.status}: {text[:500]}")
        return json.loads(text) if text else None


def stamp(day, minutes):
    moment = dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.timezone.utc) + dt.timedelta(minutes=minutes)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def spread(total, days, rng):
    """How many of `total` events fall on each of `days` days: every day gets its share, the rest at random."""
    counts = [total // days] * days
    for index in rng.sample(range(days), total - sum(counts)):
        counts[index] += 1
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("token")
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--end", type=dt.date.fromisoformat, default=dt.datetime.now(dt.timezone.utc).date())
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    if not 1 <= options.years <= 10:
        sys.exit("error: --years should be between 1 and 10")
    rng = random.Random(options.seed)
    client = Client(options.base, options.token)
    days = [options.end - dt.timedelta(days=offset) for offset in range(365 * options.years, 0, -1)]

    client.send("PUT", "/api/v1/profile", {"birth": "1985-06-15", "sex": "female", "time_zone": "UTC"})
    glycinate = client.send("POST", "/api/v1/products", {"name": "Magnesium glycinate", "elemental_mg": 120, "serving_unit": "capsule"})
    citrate = client.send("POST", "/api/v1/products", {"name": "Magnesium citrate", "elemental_mg": 100, "serving_unit": "tablet"})
    products = [glycinate["product"]["id"], citrate["product"]["id"]]
    for name, schedule in MEDICINES:
        client.send("POST", "/api/v1/medicines", {"name": name, "schedule": schedule})
    foods = []
    for words, amount in FOODS:
        found = client.send("GET", "/api/v1/foods?" + urllib.parse.urlencode({"q": words}))["items"]
        if found:
            foods.append((found[0]["id"], amount))
    if not foods:
        sys.exit("error: the food search found none of the benchmark's foods")

    for day in days:
        client.send("PUT", f"/api/v1/days/{day.isoformat()}", {
            "sleep_hours": round(rng.uniform(5, 9), 1), "stress": rng.randint(0, 10), "caffeine_mg": rng.choice([0, 95, 190, 285]),
            "alcohol_drinks": rng.choice([0, 0, 0, 1, 2]), "water_liters": round(rng.uniform(0.8, 3), 1),
            "exercise_minutes": rng.choice([0, 0, 20, 30, 45, 60]), "processed_meals": rng.randint(0, 3),
            "prolonged_muscle_use": rng.random() < 0.2})
    for day, count in zip(days, spread(400 * options.years, len(days), rng)):
        for minutes in sorted(rng.sample(range(6 * 60, 23 * 60), count)):
            client.send("POST", "/api/v1/episodes", {
                "site": rng.choice(SITES), "kind": rng.choice(KINDS), "started_at": stamp(day, minutes),
                "intensity": rng.randint(1, 10), "duration_seconds": rng.randint(1, 300), "pain": rng.randint(0, 4)})
    for day, count in zip(days, spread(700 * options.years, len(days), rng)):
        for minutes in sorted(rng.sample(range(7 * 60, 22 * 60), count)):
            food_id, amount = rng.choice(foods)
            client.send("POST", "/api/v1/food-intakes", {"food_id": food_id, "amount": amount, "eaten_at": stamp(day, minutes)})
    for day, count in zip(days, spread(500 * options.years, len(days), rng)):
        for minutes in sorted(rng.sample(range(12 * 60, 22 * 60), count)):
            client.send("POST", "/api/v1/supplement-intakes", {"product_id": rng.choice(products), "servings": 1, "taken_at": stamp(day, minutes)})
    client.send("POST", "/api/v1/trial", {"product": glycinate["product"]["name"], "start": options.end.isoformat(), "blocks": 3, "period_days": 14, "washout_days": 4})
    print(json.dumps({"days": len(days), "episodes": 400 * options.years, "foods": 700 * options.years,
                      "supplement_intakes": 500 * options.years, "medicines": len(MEDICINES), "products": len(products)}))


if __name__ == "__main__":
    main()
