# ruff: noqa
# a small bank/inventory simulation: classes, dicts of objects, exceptions as control flow, sorting
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %d" % (account.owner, amount))
        self.account = account
        self.amount = amount


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
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

    def __repr__(self):
        return "Account(%d, %r, %d)" % (self.id, self.owner, self.balance)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance=0):
        account = Account(owner, balance)
        self.accounts[account.id] = account
        return account

    def transfer(self, source, target, amount):
        try:
            source.withdraw(amount)
        except InsufficientFunds as e:
            return "failed: " + str(e)
        target.deposit(amount)
        return "ok"

    def richest(self, n):
        return sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner))[:n]

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob", 50)
carol = bank.open("carol")
print(bank.transfer(alice, bob, 30), bank.transfer(carol, alice, 10), bank.transfer(bob, carol, 80))
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(bank.richest(2), bank.total(), alice.history, bob.history)
ledger = {}
for account in bank.accounts.values():
    for kind, amount in account.history:
        ledger.setdefault(kind, []).append(amount)
print(ledger, {k: sum(v) for k, v in ledger.items()})
inventory = {"apple": 5, "pear": 0, "fig": 12}
orders = [("apple", 3), ("pear", 1), ("fig", 20), ("kiwi", 1), ("apple", 2)]
for item, qty in orders:
    stock = inventory.get(item)
    if stock is None:
        print(item, "unknown")
    elif stock < qty:
        print(item, "short by", qty - stock)
    else:
        inventory[item] = stock - qty
        print(item, "shipped", qty)
print(inventory, [k for k, v in inventory.items() if v == 0])
