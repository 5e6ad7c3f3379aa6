"""Writes an episodes.csv of ROWS episodes (one every 9 minutes back from 2026-11-24, with notes) and a days.csv of
one row per day over the same span, the layouts Twitchless exports and imports.

Usage: python3 generate_csv.py FOLDER ROWS [SEED]
"""
import datetime
import os
import random
import sys

folder, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
os.makedirs(folder, exist_ok=True)
end = datetime.datetime(2026, 11, 24, 12, 0, tzinfo=datetime.timezone.utc)
sites = ["eyelid_left", "eyelid_right", "face", "calf_left", "calf_right", "hand", "foot", "thigh"]
kinds = ["twitch", "twitch", "twitch", "spasm", "cramp"]
notes = ["", "", "", "after coffee", "long run, \"tired\"", "reading late", "stressful day, little sleep"]
first_day = None
with open(os.path.join(folder, "episodes.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("started_at,site,kind,intensity,duration_seconds,pain,note\n")
    for index in range(rows):
        at = end - datetime.timedelta(minutes=9 * (rows - index))
        offset = 3600 if at.month in (4, 5, 6, 7, 8, 9) else 0
        local = (at + datetime.timedelta(seconds=offset)).replace(tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))
        note = rng.choice(notes)
        if "," in note or '"' in note:
            note = '"' + note.replace('"', '""') + '"'
        out.write(f"{local.isoformat()},{rng.choice(sites)},{rng.choice(kinds)},{rng.randint(1, 10)},{rng.randint(2, 600)},{rng.randint(0, 5)},{note}\n")
        if first_day is None:
            first_day = local.date()
with open(os.path.join(folder, "days.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("date,sleep_hours,stress,caffeine_mg,alcohol_drinks,water_liters,exercise_minutes,processed_meals\n")
    day = first_day or end.date()
    while day <= end.date():
        out.write(f"{day},{rng.choice([5, 5.5, 6, 6.5, 7, 7.5, 8])},{rng.randint(0, 10)},{95 * rng.randint(0, 4)},{rng.randint(0, 3)},{rng.choice([1, 1.5, 2])},{rng.choice([0, 20, 45])},{rng.randint(0, 3)}\n")
        day += datetime.timedelta(days=1)
