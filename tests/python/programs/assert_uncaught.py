# ruff: noqa
# exit: 1
# error: AssertionError: balance went negative: -5
# a failing assert with a message, uncaught
class Account:
    def __init__(self):
        self.balance = 0
    def apply(self, amount):
        self.balance += amount
        assert self.balance >= 0, "balance went negative: %d" % self.balance
a = Account()
for amount in [10, -3, 8, -20]:
    print("applying", amount)
    a.apply(amount)
