# ruff: noqa
# exit: 1
# error: KeyError: 'shipping'
# an exception raised inside a method called from a list comprehension inside another method:
# the traceback passes through the <listcomp> frame; a dict comprehension version is caught
class PriceTable:
    def __init__(self, prices):
        self.prices = dict(prices)

    def price(self, item):
        return self.prices[item]

    def total(self, items):
        return sum([self.price(item) for item in items])

    def safe_total(self, items):
        known = {item: self.prices[item] for item in items if item in self.prices}
        missing = sorted(set(items) - set(known))
        return sum(known.values()), missing


table = PriceTable([("apple", 3), ("bread", 25), ("milk", 12)])
print(table.total(["apple", "apple", "milk"]))
print(table.safe_total(["apple", "shipping", "bread", "tax"]))
try:
    table.total(["bread", "caviar"])
except KeyError as e:
    print("KeyError:", e, repr(e.args[0]))
orders = [["apple", "bread"], ["milk"], ["milk", "shipping"], ["bread"]]
print([table.total(order) for order in orders])
