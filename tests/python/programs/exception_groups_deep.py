# ruff: noqa
# exception groups: nested groups, except* matching by type and tuples, split/subgroup with predicates,
# derive for subclasses, re-raising unhandled parts, raising new exceptions in except* blocks,
# notes and tracebacks carried along, exceptions in multiple handlers combined
def describe(eg, indent=0):
    pad = "  " * indent
    if isinstance(eg, BaseExceptionGroup):
        print("%s%s(%r) [%d]" % (pad, type(eg).__name__, eg.message, len(eg.exceptions)))
        for sub in eg.exceptions:
            describe(sub, indent + 1)
    else:
        print("%s%s(%r)" % (pad, type(eg).__name__, str(eg)))
tree = ExceptionGroup("root", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2"), KeyError("k1")]),
    OSError("o1"),
    ExceptionGroup("empty-ish", [IndexError("i1")]),
])
describe(tree)
match, rest = tree.split(ValueError)
describe(match)
describe(rest)
print(tree.subgroup(lambda e: isinstance(e, (KeyError, IndexError))).exceptions[0].message)
print(tree.subgroup(lambda e: False), tree.split(ZeroDivisionError)[0], tree.subgroup(lambda e: e is tree) is tree)
def flatten(eg):
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            yield from flatten(sub)
    else:
        yield eg
print([str(e) for e in flatten(tree)])
def handle(eg):
    handled = []
    try:
        raise eg
    except* ValueError as group:
        handled.append(("ValueError", sorted(str(e) for e in flatten(group))))
    except* (TypeError, KeyError) as group:
        handled.append(("Type/Key", sorted(str(e) for e in flatten(group))))
    except* LookupError as group:
        handled.append(("Lookup", [str(e) for e in flatten(group)]))
    return handled
try:
    print(handle(tree))
except ExceptionGroup as leftover:
    print("unhandled:")
    describe(leftover)
print(handle(ExceptionGroup("only values", [ValueError("a"), ValueError("b")])))
# a bare exception is wrapped for except*
try:
    try:
        raise KeyError("bare")
    except* KeyError as g:
        print("bare wrapped:", type(g).__name__, g.message == "", [str(e) for e in g.exceptions])
except Exception as e:
    print("unexpected", e)
# raising inside except* adds to the result group
try:
    try:
        raise ExceptionGroup("src", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise RuntimeError("handler failed")
    except* TypeError:
        pass
except ExceptionGroup as e:
    describe(e)
    print("context of RuntimeError:", type(e.exceptions[0].__context__).__name__)
except RuntimeError as e:
    print("plain RuntimeError", e)
# re-raising with bare raise keeps the original leaf exceptions
try:
    try:
        raise ExceptionGroup("keep", [ValueError("kept"), OSError("os")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    describe(e)
# derive keeps custom subclasses working with split
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, tag=None):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag=None):
        super().__init__(message, excs)
    def derive(self, excs):
        return MyGroup(self.message, excs, tag=self.tag)
mg = MyGroup("custom", [ValueError(1), TypeError(2)], tag="T")
m, r = mg.split(TypeError)
print(type(m).__name__, m.tag, type(r).__name__, r.tag, [str(e) for e in m.exceptions])
# notes, __cause__ and __traceback__ are copied to split parts
base = ExceptionGroup("noted", [ValueError("n1"), KeyError("n2")])
base.add_note("a note")
try:
    raise base from OSError("cause")
except ExceptionGroup as caught:
    a, b = caught.split(ValueError)
    print(a.__notes__, b.__notes__, type(a.__cause__).__name__, a.__traceback__ is caught.__traceback__)
# BaseExceptionGroup with non-Exception members cannot be an ExceptionGroup
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
print(type(bg).__name__, type(BaseExceptionGroup("only exc", [ValueError()])).__name__)
vm, vr = bg.split(ValueError)
print(type(vm).__name__, type(vr).__name__)
for bad in [("msg", []), ("msg", ValueError()), (1, [ValueError()]), ("msg", [1])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("kw", [ValueError()], tag=1)
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
# except* cannot catch ExceptionGroup types themselves
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
# repr and str
print(repr(ExceptionGroup("r", [ValueError("a")])), str(ExceptionGroup("s", [ValueError(), KeyError()])))
# handling all leaves leaves nothing to re-raise; control continues after the try
def all_handled():
    try:
        raise ExceptionGroup("all", [ValueError(), TypeError()])
    except* ValueError:
        pass
    except* TypeError:
        pass
    return "continued"
print(all_handled())
