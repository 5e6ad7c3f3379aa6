#!/usr/bin/env python3
"""Writes a realistic, seeded ten-year days.csv and episodes.csv for the twitchless benchmark.

Usage: python3 Benchmarks/generate_ten_years.py OUTDIR [--end 2026-11-23] [--seed 1] [--episodes 5000]

days.csv holds 3,650 consecutive days ending the day before --end (so --end is "today" for the data);
episodes.csv holds about 5,000 episodes on those days, all before --end. Standard library only;
the same seed and end date always give byte-identical files.
"""
import argparse
import csv
import datetime as dt
import math
import os
import random

DAYS = 3650
DAYS_HEADER = ["date", "sleep_hours", "stress", "caffeine_mg", "alcohol_drinks", "water_liters",
               "exercise_minutes", "processed_meals", "magnesium_mg", "prolonged_muscle_use"]
EPISODES_HEADER = ["started_at", "site", "kind", "intensity", "duration_seconds", "pain", "note"]
SITES = ["eyelid_left", "eyelid_right", "face", "arm", "hand", "trunk", "thigh",
         "calf_left", "calf_right", "foot", "other"]
# Per kind: site weights (same order as SITES), intensity, duration (s) and pain ranges.
KINDS = {
    "twitch": dict(weight=70, sites=[30, 26, 8, 6, 5, 5, 6, 5, 5, 2, 2], intensity=(1, 6), duration=(1, 90), pain=(0, 2)),
    "spasm": dict(weight=18, sites=[6, 6, 6, 10, 10, 14, 12, 12, 12, 8, 4], intensity=(3, 8), duration=(5, 300), pain=(0, 5)),
    "cramp": dict(weight=12, sites=[0, 0, 1, 2, 6, 2, 10, 30, 30, 18, 1], intensity=(4, 10), duration=(20, 600), pain=(3, 10)),
}
NOTES = ["after coffee", "during meeting", "while reading", "at night", "woke me up", "after run",
         "long drive", "screen time", "hot day", "after gym, legs tired", "stressful day, little sleep",
         "while typing, left hand", "stretching helped", "café au lait, then twitching",
         'felt like a "flutter"']
EMPTY_CELL = 0.05  # chance that any optional day cell is left empty (not logged)


def last_sunday(year, month):
    """The last Sunday of a month (UK clock changes happen on these)."""
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def london_offset(date, hour):
    """Hours ahead of UTC for a local wall time, Europe/London rules; None on the ambiguous/missing hours."""
    start, end = last_sunday(date.year, 3), last_sunday(date.year, 10)
    if date in (start, end) and 1 <= hour <= 2:
        return None  # 01:00-02:59 on change days is missing (March) or happens twice (October)
    if date in (start, end):  # the change happens at 01:00 UTC
        return (0 if hour < 1 else 1) if date == start else (1 if hour < 1 else 0)
    return 1 if start < date < end else 0


def maybe(rng, text):
    """The text, or an empty cell now and then."""
    return "" if rng.random() < EMPTY_CELL else text


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def make_days(rng, first):
    """One dict per day with the factors, plus a hidden 'risk' used to place episodes."""
    days = []
    taking_mg, mg_dose = False, 0
    stress_base = 4.0
    for i in range(DAYS):
        date = first + dt.timedelta(days=i)
        weekend = date.weekday() >= 5
        # Slow drifts: stressful seasons, supplement courses started and stopped.
        stress_base = clamp(stress_base + rng.gauss(0, 0.15), 1.5, 7.5)
        if rng.random() < 1 / 60:
            taking_mg = not taking_mg
            mg_dose = rng.choice([100, 150, 200, 250, 300, 350, 400])
        stress = int(clamp(round(rng.gauss(stress_base - (1.2 if weekend else 0), 1.6)), 0, 10))
        sleep = round(clamp(rng.gauss(7.6 if weekend else 6.9, 0.9) - 0.15 * (stress - 4), 4.5, 9.5), 1)
        caffeine = int(clamp(rng.choice([0, 80, 95, 160, 190, 240, 285, 380]) + 20 * (stress - 4), 0, 600))
        drinks = round(clamp(rng.expovariate(1 / (1.8 if weekend else 0.4)) if rng.random() < 0.55 else 0, 0, 6), 1)
        water = round(clamp(rng.gauss(1.9, 0.5), 0.3, 4), 1)
        exercise = int(clamp(rng.choice([0, 0, 0, 20, 30, 45, 60, 90]) + rng.randint(-5, 15), 0, 180))
        processed = int(clamp(round(rng.gauss(1.2, 0.9)), 0, 4))
        if taking_mg:
            magnesium = str(mg_dose if rng.random() < 0.9 else 0)  # the odd forgotten dose
        else:
            magnesium = "" if rng.random() < 0.5 else "0"
        muscle = rng.random() < (0.15 if weekend else 0.3)
        risk = math.exp(0.18 * (stress - 4) - 0.25 * (sleep - 7) + 0.002 * caffeine
                        + 0.12 * drinks - (0.5 if taking_mg else 0) + (0.3 if muscle else 0))
        days.append(dict(date=date, risk=risk, row=[
            date.isoformat(),
            maybe(rng, f"{sleep:.1f}"),
            maybe(rng, str(stress)),
            maybe(rng, str(caffeine)),
            maybe(rng, f"{drinks:g}"),
            maybe(rng, f"{water:.1f}"),
            maybe(rng, str(exercise)),
            maybe(rng, str(processed)),
            maybe(rng, magnesium),
            maybe(rng, "yes" if muscle else "no"),
        ]))
    return days


def make_episodes(rng, days, count):
    """`count` episodes on risk-weighted days, unique by (instant, site, kind), in time order."""
    chosen = rng.choices(days, weights=[d["risk"] for d in days], k=count)
    hours = list(range(24))
    hour_weights = [3, 2, 2, 2, 2, 2, 3, 5, 7, 8, 8, 8, 7, 7, 8, 8, 8, 8, 8, 8, 9, 9, 8, 5]
    kinds = list(KINDS)
    seen, rows = set(), []
    for day in chosen:
        while True:
            kind = rng.choices(kinds, weights=[KINDS[k]["weight"] for k in kinds])[0]
            spec = KINDS[kind]
            site = rng.choices(SITES, weights=spec["sites"])[0]
            hour = rng.choices(hours, weights=[w * (3 if kind == "cramp" and h < 6 else 1)
                                               for h, w in zip(hours, hour_weights)])[0]
            offset = london_offset(day["date"], hour)
            if offset is None:
                continue
            local = dt.datetime.combine(day["date"], dt.time(hour, rng.randrange(60), rng.choice([0, 0, 0, rng.randrange(60)])))
            instant = local - dt.timedelta(hours=offset)
            if (instant, site, kind) not in seen:
                break
        seen.add((instant, site, kind))
        roll = rng.random()
        note = "" if roll < 0.85 else rng.choice(NOTES)
        rows.append((instant, [
            local.isoformat() + f"+0{offset}:00",
            site,
            kind,
            maybe(rng, str(rng.randint(*spec["intensity"]))),
            maybe(rng, str(int(clamp(rng.lognormvariate(math.log(sum(spec["duration"]) / 4), 0.8), *spec["duration"])))),
            maybe(rng, str(rng.randint(*spec["pain"]))),
            note,
        ]))
    rows.sort(key=lambda r: (r[0], r[1][1], r[1][2]))
    return [r[1] for r in rows]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--end", default="2026-11-23", help="the data's 'today' (YYYY-MM-DD); the last day is the day before")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--episodes", type=int, default=5000)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    end = dt.date.fromisoformat(args.end)
    days = make_days(rng, end - dt.timedelta(days=DAYS))
    episodes = make_episodes(rng, days, args.episodes)

    os.makedirs(args.outdir, exist_ok=True)
    for name, header, rows in [("days.csv", DAYS_HEADER, [d["row"] for d in days]),
                               ("episodes.csv", EPISODES_HEADER, episodes)]:
        with open(os.path.join(args.outdir, name), "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")  # quotes notes with commas or quotes
            writer.writerow(header)
            writer.writerows(rows)
    print(f"wrote {len(days)} days ({days[0]['date']} to {days[-1]['date']}) and {len(episodes)} episodes to {args.outdir}")


if __name__ == "__main__":
    main()
