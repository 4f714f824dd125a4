# ruff: noqa
# exit: 1
# error: TypeError: unsupported operand type(s) for +=: 'Money' and 'int'
# operator overloading returning NotImplemented: the reflected method is tried, mixed types
# that both decline raise TypeError with CPython's message, which is left uncaught at the end
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, Money) and other.currency == self.currency:
            return Money(self.cents + other.cents, self.currency)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, factor):
        if isinstance(factor, int):
            return Money(self.cents * factor, self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        return "%s %d.%02d" % (self.currency, self.cents // 100, self.cents % 100)


prices = [Money(199), Money(250), Money(5)]
print(sum(prices), 3 * Money(101), Money(7) * 2, sorted(prices), max(prices))
print(Money(5) == Money(5), Money(5) == 5, Money(5) != Money(6), Money(1, "USD") == Money(1))
for attempt in [lambda: Money(1) + Money(1, "USD"), lambda: Money(1) < 3, lambda: Money(1) * 1.5, lambda: "x" + Money(1)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
print(sum([Money(1), Money(2)], Money(0)))
total = Money(100)
total += Money(50)
print(total)
total += 1
print("unreachable", total)
