"""Times the trigger analysis (Poisson GLM and NB2) in statsmodels on the same days.csv/episodes.csv, for comparison.

Usage: python3 statsmodels_triggers.py days.csv episodes.csv
Uses the tracked days with every factor logged, the same reporting units as Twitchless, and prints the fit time.
"""
import csv
import sys
import time
from collections import Counter

import numpy as np
import statsmodels.api as sm

units = {"sleep_hours": 1, "stress": 1, "caffeine_mg": 100, "alcohol_drinks": 1, "water_liters": 1,
         "exercise_minutes": 30, "processed_meals": 1, "prolonged_muscle_use": 1}
episodes = Counter(row["started_at"][:10] for row in csv.DictReader(open(sys.argv[2])))
rows, counts = [], []
for row in csv.DictReader(open(sys.argv[1])):
    values = []
    for name, unit in units.items():
        cell = row.get(name, "")
        if cell == "":
            break
        values.append((1.0 if cell == "yes" else 0.0 if cell == "no" else float(cell)) / unit)
    else:
        rows.append([1.0] + values)
        counts.append(episodes.get(row["date"], 0))
X, y = np.array(rows), np.array(counts, dtype=float)
timings = []
for _ in range(5):
    start = time.perf_counter()
    poisson = sm.GLM(y, X, family=sm.families.Poisson()).fit(method="newton", tol=1e-12)
    sm.NegativeBinomial(y, X, loglike_method="nb2").fit(start_params=np.append(poisson.params, 0.1), method="newton", tol=1e-12, disp=0)
    timings.append((time.perf_counter() - start) * 1000)
print(f"statsmodels (Poisson + NB2) on the same {len(y)} complete days: median {sorted(timings)[2]:.1f} ms in-process")
