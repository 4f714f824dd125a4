# ruff: noqa
# exception groups and except*: a task runner collecting failures into an ExceptionGroup,
# except* clauses splitting by type (each handler seeing a sub-group), unhandled parts
# re-raised, nested groups, subgroup/split/derive, and raising inside an except* handler
class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__("%s: %s" % (task, reason))
        self.task = task


def run_all(tasks):
    results, errors = {}, []
    for name, func in tasks:
        try:
            results[name] = func()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("%d of %d tasks failed" % (len(errors), len(tasks)), errors)
    return results


def fail(exc):
    def raiser():
        raise exc
    return raiser


tasks = [
    ("ok", lambda: 42),
    ("parse", fail(ValueError("bad number"))),
    ("fetch", fail(TaskError("fetch", "timeout"))),
    ("index", fail(IndexError("list index out of range"))),
    ("parse2", fail(ValueError("bad date"))),
]
print(run_all(tasks[:1]))
try:
    run_all(tasks)
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions], type(group).__name__, group.message)
except* TaskError as group:
    print("TaskErrors:", [e.task for e in group.exceptions])
except* LookupError as group:
    print("LookupErrors:", [type(e).__name__ for e in group.exceptions])
try:
    try:
        run_all(tasks)
    except* ValueError:
        print("handled only the ValueErrors")
except ExceptionGroup as rest:
    print("left over:", rest.message, [type(e).__name__ for e in rest.exceptions])
eg = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("inner", [KeyError("k"), ValueError("v2")]),
    TypeError("t"),
])
values = eg.subgroup(lambda e: isinstance(e, ValueError))
print(values.message, [repr(e) for e in values.exceptions], repr(values.exceptions[1]))
match, rest = eg.split(KeyError)
print(repr(match), "|", repr(rest))
print(eg.subgroup(OSError), len(eg.exceptions), str(eg), repr(eg.derive([ValueError("x")])))
try:
    raise eg
except* KeyError as g:
    print("nested KeyError found:", repr(g))
except* (ValueError, TypeError) as g:
    print("value/type:", [repr(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("io", [OSError("disk"), ValueError("v")])
    except* OSError:
        raise RuntimeError("handler failed")
except ExceptionGroup as e:
    print("combined:", e.message, [type(x).__name__ for x in e.exceptions])
try:
    try:
        raise TypeError("plain")
    except* TypeError as g:
        print("plain exception wrapped:", repr(g))
        raise
except ExceptionGroup as e:
    print("re-raised as group?", repr(e))
except TypeError as e:
    print("re-raised as plain:", repr(e))
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(BaseExceptionGroup("b", [KeyboardInterrupt()]), ExceptionGroup), type(BaseExceptionGroup("b", [ValueError()])).__name__)
