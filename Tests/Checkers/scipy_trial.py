"""The paired t analysis of an N-of-1 trial with scipy, as the reference for Twitchless's own numbers.

Usage: python3 scipy_trial.py control_means magnesium_means  (comma-separated, one value per block)
Prints JSON: {"estimate", "ci_low", "ci_high", "p_t", "prob_benefit"}.
"""
import json
import sys

import numpy as np
from scipy import stats

control = np.array([float(v) for v in sys.argv[1].split(",")])
magnesium = np.array([float(v) for v in sys.argv[2].split(",")])
d = control - magnesium
b = len(d)
mean = d.mean()
se = d.std(ddof=1) / np.sqrt(b)
q = stats.t.ppf(0.975, b - 1)
print(json.dumps({
    "estimate": mean,
    "ci_low": mean - q * se,
    "ci_high": mean + q * se,
    "p_t": float(stats.ttest_rel(control, magnesium).pvalue),
    "prob_benefit": float(stats.t.cdf(mean / se, b - 1)),
}))
