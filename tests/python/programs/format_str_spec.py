# ruff: noqa
# format specs for str, and format()/__format__ on other objects
for s in ["abc", "", "longer string"]:
    print("[%s]" % format(s, "10"), "[%s]" % format(s, "<10"), "[%s]" % format(s, ">10"), "[%s]" % format(s, "^10"),
          "[%s]" % format(s, "*^11"), "[%s]" % format(s, ".2"), "[%s]" % format(s, "8.3"), "[%s]" % format(s, "s"))
for bad in ["d", "=10", "+", ",", "#"]:
    try:
        format("x", bad)
    except ValueError as e:
        print("ValueError:", e)
print(format(None), format([1, 2]), format((1,), ""), format({"a": 1}))
try:
    format([1], "10")
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "M%d" % self.cents
        return ("%d.%02d" % divmod(self.cents, 100)).rjust(int(spec))
m = Money(12345)
print(format(m), format(m, "10"), f"{m}", f"{m:12}", "{:8}|{}".format(m, m))
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
print("{:{}{}{}}".format("x", "*", "^", 9), "{0:{1}}".format(3.14159, ".3"), f"{'hi':{'>'}{5}}")
