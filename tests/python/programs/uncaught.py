# ruff: noqa
# an uncaught exception: traceback on stderr, exit status 1, output so far kept
# exit: 1
# error: ZeroDivisionError: division by zero
def divide(a, b):
    return a / b


def compute():
    print("computing")
    return divide(1, 0)


compute()
print("never")
