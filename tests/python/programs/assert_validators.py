# ruff: noqa
# exit: 1
# error: AssertionError: balance must stay non-negative, got -15
# assert statements with and without messages, caught and inspected, then one left uncaught
def check_positive(value, what):
    assert value > 0, "%s must be positive" % what
    return value


def check_sorted(items):
    assert all(a <= b for a, b in zip(items, items[1:]))
    return True


def safely(func, *args):
    try:
        return func(*args)
    except AssertionError as exc:
        return "AssertionError(%r) args=%r" % (str(exc), exc.args)


print(safely(check_positive, 5, "width"))
print(safely(check_positive, -2, "height"))
print(safely(check_sorted, [1, 2, 2, 9]))
print(safely(check_sorted, [3, 1, 2]))

class Wallet:
    def __init__(self, balance):
        self.balance = balance
        self.history = []

    def spend(self, amount):
        self.balance -= amount
        self.history.append(-amount)
        assert self.balance >= 0, f"balance must stay non-negative, got {self.balance}"

    def earn(self, amount):
        assert isinstance(amount, int), ("amount", amount)
        self.balance += amount
        self.history.append(amount)


w = Wallet(20)
w.earn(10)
w.spend(25)
print(w.balance, w.history)
try:
    w.earn(2.5)
except AssertionError as e:
    print("bad earn:", e.args, e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
w.spend(20)
print("unreachable")
