# ruff: noqa
import math
CALLS = []
def clamp(x, lo, hi):
    CALLS.append((x, lo, hi))
    return max(lo, min(hi, x))
def hyp(a, b):
    return math.hypot(a, b)
