# ruff: noqa
# exit: 1
# error: ZeroDivisionError: division by zero
# an uncaught exception raised several calls deep (methods, a property, a lambda in a dict of
# handlers): output printed before it stays, the traceback lists every frame, the status is 1
class Account:
    def __init__(self, name, balance, shares):
        self.name = name
        self.balance = balance
        self.shares = shares

    @property
    def per_share(self):
        return self.balance / self.shares

    def summary(self):
        return "%s: %.2f per share" % (self.name, self.per_share)


class Ledger:
    def __init__(self):
        self.accounts = []
        self.formatters = {
            "plain": lambda acct: acct.summary(),
            "upper": lambda acct: acct.summary().upper(),
        }

    def add(self, *accounts):
        self.accounts.extend(accounts)
        return self

    def report(self, style="plain"):
        fmt = self.formatters[style]
        lines = []
        for index, acct in enumerate(self.accounts, 1):
            lines.append("%d. %s" % (index, fmt(acct)))
            print(lines[-1])
        return lines


ledger = Ledger().add(Account("alpha", 1000, 8), Account("beta", 250.5, 3))
ledger.report()
ledger.report("upper")
print("totals:", sum(a.balance for a in ledger.accounts))
ledger.add(Account("gamma", 99, 0))
try:
    ledger.report()
except ZeroDivisionError as exc:
    print("caught once:", exc, type(exc).__name__)
print("now without a handler")
ledger.report("upper")
print("never printed")
