# ruff: noqa
# a bank simulation: accounts with custom exceptions, transfers with rollback, interest with rounding, statements
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s cannot pay %.2f (balance %.2f)" % (account.number, amount, account.balance))
        self.shortfall = amount - account.balance
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self, rate):
        interest = round(self.balance * rate, 2)
        self.balance = round(self.balance + interest, 2)
        self.history.append(("interest", interest))
def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        if dst.owner == "frozen":
            raise PermissionError("destination frozen")
        dst.deposit(amount)
    except Exception:
        src.deposit(amount)
        raise
alice = Account("alice", 100.0)
bob = Account("bob")
frozen = Account("frozen")
transfer(alice, bob, 30)
for args in [(alice, bob, 500), (alice, frozen, 10), (bob, alice, -5)]:
    try:
        transfer(*args)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "short by %.2f" % e.shortfall)
    except PermissionError as e:
        print("PermissionError:", e)
    except ValueError as e:
        print("ValueError:", e)
for month in range(3):
    alice.add_interest(0.015)
    bob.add_interest(0.015)
for acct in (alice, bob, frozen):
    print("%d %-7s %10.2f  %s" % (acct.number, acct.owner, acct.balance, acct.history))
print("total %.2f" % sum(a.balance for a in (alice, bob, frozen)))
