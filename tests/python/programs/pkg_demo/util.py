# ruff: noqa
def double(x):
    return 2 * x


COUNTER = [0]
