# ruff: noqa
# exit: 1
# error: ZeroDivisionError: integer division or modulo by zero
# an exception escaping a generator: the traceback shows the consumer and the generator frames
def ratios(values):
    for v in values:
        yield 100 // v
def consume():
    total = 0
    for r in ratios([5, 4, 0, 2]):
        print("got", r)
        total += r
    return total
consume()
