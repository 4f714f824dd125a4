# ruff: noqa
# the builtin exception hierarchy: bases, catching by superclass, args/str/repr of exceptions, attributes
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
         "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
         "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
         "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError",
         "IndentationError", "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError",
         "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "DeprecationWarning",
         "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "UserWarning", "FutureWarning",
         "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning",
         "BaseExceptionGroup", "ExceptionGroup"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, cls.__base__.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(5),
            OSError(2, "No such file"), StopIteration(7), SystemExit(3), Exception(None), AttributeError("x")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
e = OSError(2, "No such file or directory", "/nope")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(2, "x")).__name__, StopIteration(1, 2).value, SystemExit().code, SystemExit(1, 2).code)
try:
    [][0]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError is RuntimeError:", repr(e))
class MyError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])
try:
    raise MyError(404, "not found")
except ValueError as e:
    print(e, repr(e), e.code, e.args, isinstance(e, Exception))
class Plain(Exception):
    pass
print(repr(Plain("x", 1)), str(Plain()), Plain.__mro__[1].__name__, Plain("a").with_traceback(None).args)
ex = Exception("note me")
ex.add_note("first note")
ex.add_note("second")
print(ex.__notes__, UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
