# ruff: noqa
# a custom exception hierarchy: base class with context, catching by base, re-raising with translation, args
class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def report(self):
        return "[%s/%d] %s%s" % (type(self).__name__, self.code, self.args[0], " (%s)" % self.detail if self.detail else "")
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403
class Invalid(AppError, ValueError):
    code = 422
def fetch(kind):
    if kind == "missing":
        raise NotFound("no such item", detail="id=7")
    if kind == "secret":
        raise Forbidden("not allowed")
    if kind == "bad":
        raise Invalid("malformed", detail="field x")
    if kind == "crash":
        raise RuntimeError("unexpected")
    return "item:" + kind
for kind in ["ok", "missing", "secret", "bad", "crash"]:
    try:
        print(fetch(kind))
    except (NotFound, Forbidden) as e:
        print("client error", e.report(), e.code, isinstance(e, AppError))
    except ValueError as e:
        print("value problem", e.report() if isinstance(e, AppError) else e, type(e).__mro__[1].__name__)
    except AppError:
        print("never")
    except Exception as e:
        print("other", repr(e))
def translate(kind):
    try:
        return fetch(kind)
    except AppError as e:
        raise LookupError("translated: " + e.args[0]) from e
try:
    translate("missing")
except LookupError as e:
    print(e, "|", type(e.__cause__).__name__, e.__cause__.detail)
print(issubclass(Invalid, ValueError), issubclass(Invalid, AppError), Invalid.__mro__[1:3], NotFound("x").code)
e = AppError("a", detail="d")
print(e.args, str(e), repr(e), e.detail, AppError("m").report())
class WithReduce(Exception):
    def __str__(self):
        return "custom str with args %s" % (self.args,)
print(str(WithReduce(1, 2)), repr(WithReduce("q")))
