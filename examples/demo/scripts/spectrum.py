"""Writes the magnitude spectrum of a test signal and a small run report: the demo's numeric output,
checked against golden files (made once by a reference implementation) with tolerances."""
import cmath
import json
import math
import os
import sys
import time

N = 64
signal = [math.sin(2 * math.pi * 5 * t / N) + 0.5 * math.sin(2 * math.pi * 12 * t / N) for t in range(N)]

out = sys.argv[1] if len(sys.argv) > 1 else "out"
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "spectrum.csv"), "w") as f:
    f.write("bin,frequency,magnitude\n")
    for k in range(N // 2):
        x = sum(signal[t] * cmath.exp(-2j * math.pi * k * t / N) for t in range(N))
        f.write(f"{k},{k / N:.6f},{abs(x) / N:.12f}\n")

peaks = sorted(range(N // 2), key=lambda k: -abs(sum(signal[t] * cmath.exp(-2j * math.pi * k * t / N) for t in range(N))))[:2]
with open(os.path.join(out, "report.json"), "w") as f:
    json.dump({"meta": {"generated_at": time.strftime("%Y-%m-%dT%H:%M:%S")}, "samples": N, "peaks": sorted(peaks), "energy": sum(s * s for s in signal) / N}, f, indent=2)
