"""Fits the same count models with statsmodels, as the reference for Twitchless's own fits.

Usage: python3 statsmodels_counts.py data.csv [start.json]
data.csv: header y,x1,x2,...; an intercept is added. start.json (optional): {"nb2": [beta..., alpha]} to start NB2 from.
Prints JSON: {"poisson": {"params", "bse", "pearson_chi2_df"}, "nb2": {"params", "bse", "alpha"}, "versions": {...}}.
"""
import json
import sys

import numpy as np
import statsmodels
import statsmodels.api as sm

data = np.genfromtxt(sys.argv[1], delimiter=",", names=True)
names = data.dtype.names
y = np.asarray(data["y"], dtype=float)
X = np.column_stack([np.ones(len(y))] + [np.asarray(data[n], dtype=float) for n in names if n != "y"])

poisson = sm.GLM(y, X, family=sm.families.Poisson()).fit(method="newton", tol=1e-12, maxiter=200)
result = {
    "poisson": {
        "params": poisson.params.tolist(),
        "bse": poisson.bse.tolist(),
        "pearson_chi2_df": float(poisson.pearson_chi2 / poisson.df_resid),
    },
    "versions": {"statsmodels": statsmodels.__version__, "numpy": np.__version__},
}
start = None
if len(sys.argv) > 2:
    with open(sys.argv[2]) as handle:
        start = json.load(handle).get("nb2")
if start is not None:
    nb2 = sm.NegativeBinomial(y, X, loglike_method="nb2").fit(
        start_params=np.asarray(start), method="newton", maxiter=200, tol=1e-12, disp=0)
    result["nb2"] = {"params": nb2.params[:-1].tolist(), "bse": nb2.bse[:-1].tolist(), "alpha": float(nb2.params[-1])}
print(json.dumps(result))
