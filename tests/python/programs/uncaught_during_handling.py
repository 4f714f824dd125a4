# ruff: noqa
# exit: 1
# error: ValueError: cleanup failed
# an exception raised inside an except block and another inside finally: the traceback shows the chain
# of contexts ("During handling of the above exception, another exception occurred")
def step():
    try:
        {}["missing"]
    except KeyError:
        try:
            1 / 0
        finally:
            print("inner finally runs")
def run():
    try:
        step()
    finally:
        raise ValueError("cleanup failed")
try:
    run()
except ValueError as e:
    ctx = e.__context__
    chain = []
    while ctx is not None:
        chain.append(type(ctx).__name__)
        ctx = ctx.__context__
    print("chain:", chain)
run()
