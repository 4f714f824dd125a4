# ruff: noqa
# an event-sourced bank ledger: events as tuples replayed into state, dict-of-dict balances,
# validation raising custom errors, snapshots compared with ==, per-day summaries sorted by date,
# undo by replaying a prefix, and a formatted statement
class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed, available):
        super().__init__("%s needs %d but has %d" % (account, needed, available))
        self.shortfall = needed - available


def apply(state, event):
    kind, day, *data = event
    if kind == "open":
        (name,) = data
        if name in state:
            raise LedgerError("account %s already open" % name)
        state[name] = {"balance": 0, "opened": day, "history": []}
    elif kind in ("deposit", "withdraw"):
        name, amount = data
        acct = state.get(name)
        if acct is None:
            raise LedgerError("no account %s" % name)
        if kind == "withdraw" and acct["balance"] < amount:
            raise InsufficientFunds(name, amount, acct["balance"])
        acct["balance"] += amount if kind == "deposit" else -amount
        acct["history"].append((day, kind, amount))
    elif kind == "transfer":
        src, dst, amount = data
        apply(state, ("withdraw", day, src, amount))
        apply(state, ("deposit", day, dst, amount))
    else:
        raise LedgerError("unknown event %r" % kind)
    return state


def replay(events):
    state, rejected = {}, []
    for event in events:
        try:
            apply(state, event)
        except InsufficientFunds as e:
            rejected.append((event[1], str(e), e.shortfall))
        except LedgerError as e:
            rejected.append((event[1], str(e), None))
    return state, rejected


events = [
    ("open", "2024-01-02", "alice"),
    ("open", "2024-01-02", "bob"),
    ("deposit", "2024-01-03", "alice", 500),
    ("transfer", "2024-01-04", "alice", "bob", 120),
    ("withdraw", "2024-01-04", "bob", 200),
    ("open", "2024-01-05", "alice"),
    ("deposit", "2024-01-05", "carol", 10),
    ("withdraw", "2024-01-06", "alice", 80),
    ("refund", "2024-01-06", "bob", 5),
    ("deposit", "2024-01-07", "bob", 35),
]
state, rejected = replay(events)
for name in sorted(state):
    acct = state[name]
    print("%-6s opened %s balance %5d" % (name, acct["opened"], acct["balance"]))
    for day, kind, amount in acct["history"]:
        print("    %s %-8s %+5d" % (day, kind, amount if kind == "deposit" else -amount))
for day, message, shortfall in rejected:
    print("rejected on %s: %s%s" % (day, message, "" if shortfall is None else " (short by %d)" % shortfall))
by_day = {}
for kind, day, *rest in events:
    by_day.setdefault(day, []).append(kind)
print(sorted((d, len(k)) for d, k in by_day.items()))
earlier, _ = replay(events[:4])
print(earlier == replay(events[:4])[0], earlier["alice"]["balance"], earlier != state)
print({name: acct["balance"] for name, acct in state.items()}, sum(a["balance"] for a in state.values()))
