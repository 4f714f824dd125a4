# ruff: noqa
# a formatted business report: fixed-point money arithmetic with integers (cents), rounding half-even by hand,
# tax brackets, currency formatting with grouping, aligned columns via format specs and f-strings,
# percentage changes, totals and a text bar chart
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def parse(cls, text):
        text = text.replace(",", "").replace("$", "").strip()
        neg = text.startswith("-")
        whole, _, frac = text.lstrip("-").partition(".")
        cents = int(whole or "0") * 100 + int((frac + "00")[:2])
        return cls(-cents if neg else cents)
    def __add__(self, o):
        return Money(self.cents + o.cents)
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, factor):
        num, den = factor.as_integer_ratio() if isinstance(factor, float) else (factor, 1)
        q, r = divmod(self.cents * num, den)
        if 2 * r > den or (2 * r == den and q % 2):
            q += 1
        return Money(q)
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents)
    def __lt__(self, o):
        return self.cents < o.cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __format__(self, spec):
        sign = "-" if self.cents < 0 else ""
        whole, frac = divmod(abs(self.cents), 100)
        text = "%s$%s.%02d" % (sign, format(whole, ","), frac)
        return format(text, spec or "")
    def __repr__(self):
        return "Money(%s)" % format(self)
def total(items):
    s = Money(0)
    for m in items:
        s = s + m
    return s
LINES = [("Widget", 12, "3.99"), ("Gadget", 3, "149.50"), ("Doohickey", 250, "0.35"), ("Thingamajig", 1, "1,299.00"),
         ("Whatsit", 7, "12.125"), ("Refund", 1, "-20.00")]
BRACKETS = [(Money(100000), 0.05), (Money(500000), 0.08), (None, 0.1)]
def tax(amount):
    remaining, prev, owed = amount.cents, 0, Money(0)
    for limit, rate in BRACKETS:
        cap = limit.cents if limit else remaining + prev
        portion = max(0, min(remaining + prev, cap) - prev)
        owed = owed + Money(portion) * rate
        prev = cap
        if limit is None or amount.cents <= cap:
            break
    return owed
print(f"{'Item':<12}{'Qty':>5}{'Unit':>12}{'Amount':>14}")
print("-" * 43)
amounts = []
for name, qty, unit in LINES:
    price = Money.parse(unit)
    amount = price * qty
    amounts.append(amount)
    print(f"{name:<12}{qty:>5}{price:>12}{amount:>14}")
subtotal = total(amounts)
t = tax(subtotal)
print("-" * 43)
print(f"{'Subtotal':<29}{subtotal:>14}")
print(f"{'Tax':<29}{t:>14}")
print(f"{'Total':<29}{subtotal + t:>14}")
print(repr(Money(5) * 0.5), repr(Money(15) * 0.5), repr(Money(25) * 0.5), repr(Money(-15) * 0.5), repr(Money.parse("-0.07")))
print([format(tax(Money.parse(v))) for v in ["500", "1000", "2500", "5000", "12345.67"]])
QUARTERS = {"Q1": [12000, 15000, 9000], "Q2": [13500, 14000, 11000], "Q3": [9000, 17500, 12500], "Q4": [16000, 16000, 14500]}
REGIONS = ["North", "South", "West"]
print(f"{'':6}" + "".join(f"{r:>10}" for r in REGIONS) + f"{'Total':>10}{'Change':>9}")
prev = None
for q, values in QUARTERS.items():
    row_total = sum(values)
    change = "" if prev is None else f"{(row_total - prev) / prev:+.1%}"
    print(f"{q:6}" + "".join(f"{v:>10,}" for v in values) + f"{row_total:>10,}{change:>9}")
    prev = row_total
col_totals = [sum(v[i] for v in QUARTERS.values()) for i in range(3)]
print(f"{'Sum':6}" + "".join(f"{v:>10,}" for v in col_totals) + f"{sum(col_totals):>10,}")
shares = [v / sum(col_totals) for v in col_totals]
for region, share in zip(REGIONS, shares):
    bar = "#" * round(share * 40)
    print(f"{region:>6} |{bar:<40}| {share:6.2%} {share:.3e} {share:08.4f}")
print(f"{1234567.891:,.2f} {1234567.891:_.0f} {0.000123:.2e} {-42:+06d} {42:^#10x} {255:#o} {3.14159:10.3f}|")
print("{:>8} {:<8}|{:^8}|".format("right", "left", "mid"), "{0:*^20}".format(" centered "), "{:,}".format(10 ** 12))
