# ruff: noqa
# exit: 1
# error: KeyError: ('tuple', 'key')
# an uncaught KeyError shows repr() of its key (tuples, strings with quotes, several args)
table = {("a", 1): "x"}
for key in ["plain", "it's", 3, ("a", 2)]:
    try:
        table[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    raise KeyError("one", "two")
except KeyError as e:
    print("multi:", e)
try:
    raise KeyError()
except KeyError as e:
    print("empty:", repr(str(e)))
table[("tuple", "key")]
