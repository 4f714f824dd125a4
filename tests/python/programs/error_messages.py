# ruff: noqa
# the messages of common run-time errors, caught and printed
def attempt(label, thunk):
    try:
        thunk()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def two(a, b):
    return a + b


def kwonly(*, key):
    return key


class Thing:
    def method(self):
        return 1


attempt("call-few", lambda: two(1))
attempt("call-many", lambda: two(1, 2, 3))
attempt("call-kw", lambda: two(1, c=2))
attempt("call-dup", lambda: two(1, a=2))
attempt("kwonly", lambda: kwonly(1))
attempt("method-args", lambda: Thing().method(5))
five = 5
attempt("not-callable", lambda: five())
attempt("attr", lambda: Thing().missing)
attempt("attr-cls", lambda: Thing.missing)
attempt("index", lambda: [1, 2][5])
attempt("tuple-index", lambda: (1,)[3])
attempt("str-index", lambda: "ab"[9])
attempt("key", lambda: {"a": 1}["b"])
attempt("zero", lambda: 5 // 0)
attempt("zero-mod", lambda: 5 % 0)
attempt("zero-float", lambda: 5.0 / 0)
attempt("add", lambda: 1 + "a")
attempt("concat", lambda: "a" + 1)
attempt("list-concat", lambda: [1] + (2,))
attempt("unorderable", lambda: 1 < "a")
attempt("unary", lambda: -"a")
attempt("int-parse", lambda: int("12x"))
attempt("float-parse", lambda: float("abc"))
attempt("unpack-many", lambda: [a for a, b in [(1, 2, 3)]])
attempt("unpack-few", lambda: [a for a, b, c in [(1, 2)]])
attempt("not-iterable", lambda: [x for x in 5])
attempt("unhashable", lambda: {[1]: 2})
attempt("name", lambda: undefined_thing)
attempt("len", lambda: len(5))
attempt("subscript", lambda: five[0])
attempt("item-assign", lambda: "abc".__setitem__)
attempt("remove", lambda: [1].remove(2))
attempt("pop-empty", lambda: [].pop())
attempt("list-index", lambda: [1, 2].index(3))
attempt("dict-pop", lambda: {}.pop("k"))
attempt("chr", lambda: chr(-1))
attempt("next", lambda: next(iter([])))
attempt("min-empty", lambda: min([]))
attempt("join", lambda: ",".join([1, 2]))
attempt("assert", lambda: exec_assert())


def exec_assert():
    assert False
