# ruff: noqa
# a class implementing many protocols at once: numeric, comparison, container, iteration, context, callable, format
import math
class Money:
    def __init__(self, cents):
        self.cents = int(cents)
    @classmethod
    def parse(cls, text):
        units, _, frac = text.partition(".")
        return cls(int(units) * 100 + int((frac + "00")[:2]))
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100) if self.cents >= 0 else "-" + str(Money(-self.cents))
    def __format__(self, spec):
        return format(str(self), spec)
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(round(self.cents * k))
    __rmul__ = __mul__
    def __truediv__(self, n):
        share = self.cents // n
        return [Money(share + (1 if i < self.cents % n else 0)) for i in range(n)]
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __bool__(self):
        return self.cents != 0
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2))
    def __floor__(self):
        return Money(self.cents // 100 * 100)
prices = [Money.parse(p) for p in ["3.50", "12.05", "0.99", "7.1"]]
print(prices, sum(prices), sum(prices, Money(0)) == sum(prices), max(prices), sorted(prices)[0])
total = sum(prices)
print(str(total), f"[{total:>10}]", total * 1.08, 2 * Money(150), total / 3, -total, abs(-total), bool(Money(0)))
print(int(total), float(total), round(Money(1250)), round(Money(1350)), math.floor(Money(199)), total - Money(23))
print(Money(5) in {Money(5): 1}, Money(5) == Money(5), Money(5) != Money(6), Money(1) <= Money(1), Money(3) > Money(2))
