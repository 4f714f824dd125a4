# ruff: noqa
# an uncaught AttributeError on an instance: the hint comes from dir() of the object
# (instance attributes, class attributes, inherited methods)
# exit: 1
# error: AttributeError: 'Account' object has no attribute 'balanse'. Did you mean: 'balance'?
class Base:
    def deposit(self, amount):
        self.balance += amount
class Account(Base):
    def __init__(self):
        self.balance = 0
        self.owner = "ann"
acct = Account()
acct.deposit(10)
for attr in ["ownr", "deposti", "Balance", "xyz"]:
    try:
        getattr(acct, attr)
    except AttributeError as e:
        print("caught:", e, "| name:", e.name, "| obj is acct:", e.obj is acct)
print(acct.balanse)
