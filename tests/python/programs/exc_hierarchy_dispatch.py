# ruff: noqa
# exception dispatch: except clauses tried in order with tuples and base classes, a custom
# hierarchy with extra attributes, re-raising with raise / raise from, else and finally in
# every combination, exceptions in __init__ and __str__, args and repr of builtin exceptions
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return base if self.detail is None else "%s (%s)" % (base, self.detail)


class ConfigError(AppError):
    code = 2


class NetworkError(AppError):
    code = 3


class TimeoutError_(NetworkError, TimeoutError):
    code = 4


def risky(kind):
    if kind == "config":
        raise ConfigError("missing key", detail="db.host")
    if kind == "net":
        raise NetworkError("unreachable")
    if kind == "timeout":
        raise TimeoutError_("took too long", detail="30s")
    if kind == "key":
        return {}["absent"]
    if kind == "index":
        return [][3]
    if kind == "type":
        return "a" + 1
    if kind == "os":
        raise FileNotFoundError(2, "No such file or directory", "/tmp/x")
    return "fine"


def handle(kind):
    trail = []
    try:
        result = risky(kind)
    except (ConfigError, KeyError) as e:
        trail.append("config-or-key %s %r" % (type(e).__name__, e.args))
    except TimeoutError as e:
        trail.append("timeout code=%d isinstance(NetworkError)=%s %s" % (e.code, isinstance(e, NetworkError), e))
    except AppError as e:
        trail.append("app code=%d %s" % (e.code, e))
    except LookupError as e:
        trail.append("lookup %s: %s" % (type(e).__name__, e))
    except OSError as e:
        trail.append("os errno=%s strerror=%s filename=%s str=%s" % (e.errno, e.strerror, e.filename, e))
    except Exception as e:
        trail.append("other %r" % e)
    else:
        trail.append("ok " + result)
    finally:
        trail.append("done")
    return trail


for kind in ["config", "net", "timeout", "key", "index", "type", "os", "none"]:
    print(kind, handle(kind))
print([c.__name__ for c in TimeoutError_.__mro__])
print(issubclass(FileNotFoundError, OSError), issubclass(KeyError, LookupError), issubclass(TimeoutError, OSError))


def translate():
    try:
        risky("key")
    except KeyError as e:
        raise ConfigError("lookup failed") from e


def rethrow():
    try:
        risky("net")
    except AppError:
        raise


for func in (translate, rethrow):
    try:
        func()
    except AppError as e:
        print(func.__name__, type(e).__name__, e, repr(e.__cause__), type(e.__context__).__name__)


class BadStr(Exception):
    def __str__(self):
        raise ValueError("no str for you")


try:
    raise BadStr("x")
except BadStr as e:
    try:
        str(e)
    except ValueError as inner:
        print("str failed:", inner, "| repr works:", repr(e))
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), OSError(13, "Permission denied"),
            StopIteration(5), SystemExit(3), UnicodeError("u"), ArithmeticError()]:
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt.__mro__[1].__name__)
