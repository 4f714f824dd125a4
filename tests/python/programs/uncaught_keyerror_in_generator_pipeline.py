# ruff: noqa
# exit: 1
# error: KeyError: 'currency'
# an exception raised inside a generator that is consumed by another generator and then by
# sum(): the traceback goes through every generator frame; earlier output is kept
def read_rows(rows):
    for index, row in enumerate(rows):
        yield index, row


def amounts(rows):
    for index, row in read_rows(rows):
        rate = RATES[row["currency"]]
        yield index, row["amount"] * rate


def totals(rows):
    running = 0
    for index, value in amounts(rows):
        running += value
        yield round(running, 2)


RATES = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17}
good = [
    {"amount": 10, "currency": "EUR"},
    {"amount": 20, "currency": "USD"},
    {"amount": 5, "currency": "GBP"},
]
print(list(totals(good)))
print(sum(v for _, v in amounts(good)))
bad = good + [{"amount": 99}]
stream = totals(bad)
print(next(stream), next(stream))
print("remaining:", list(stream))
