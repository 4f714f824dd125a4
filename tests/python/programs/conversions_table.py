# ruff: noqa
# conversions between types: int(), float(), str(), bool(), complex(), list(), tuple(), repr() of many inputs
inputs = [0, -7, 3.99, -3.99, True, "42", " 17 ", "3.5", "-0", "1e3", "abc", "", "0x1A", b"9", [1, 2], (3,), {4: 5},
          None, 2 + 0j, float("inf"), float("nan"), "١٢"]
def attempt(fn, x):
    try:
        r = fn(x)
        return repr(r)
    except (TypeError, ValueError, OverflowError) as e:
        return type(e).__name__
for conv in [int, float, str, bool, complex, list, tuple, repr]:
    print(conv.__name__.ljust(8), " ".join(attempt(conv, x) for x in inputs))
print(int("0x1A", 16), int("0x1A", 0), int("z", 36), int("-1_000"), float("-1_0.5e-1_0"), str(b"x", "ascii"))
print(bool("False"), bool(0.0), bool(-0.0), bool(0j), bool([]), bool([[]]), list("ab"), tuple({1: 2}), set("aab") == {"a", "b"})
