# ruff: noqa
# the main module's own names: __name__, __file__, __doc__, __builtins__ access, globals()
# mutation creating new names, the `if __name__ == "__main__"` idiom, function __module__ and
# __globals__, annotations collected at module level, dir() of a small namespace
"""Module docstring: a registry of commands dispatched by name."""
import sys

COMMANDS = {}
counter: int = 0
label: str


def command(func):
    COMMANDS[func.__name__] = func
    return func


@command
def hello(name="world"):
    return "hello " + name


@command
def count():
    global counter
    counter += 1
    return counter


@command
def where():
    return __file__.rsplit("/", 1)[-1], __name__


def dispatch(line):
    name, *args = line.split()
    func = COMMANDS.get(name)
    if func is None:
        return "unknown command %r (known: %s)" % (name, ", ".join(sorted(COMMANDS)))
    return func(*args)


def main(script):
    for line in script:
        print("%-12s -> %r" % (line, dispatch(line)))


if __name__ == "__main__":
    main(["hello", "hello ann", "count", "count", "where", "nope x"])
print(__doc__.split(":")[0], __name__, __file__.endswith(".py"), "/" in __file__)
print(__annotations__, sorted(COMMANDS), hello.__module__, hello.__globals__ is globals())
g = globals()
g["made_up"] = 41
made_up += 1
print(made_up, "made_up" in globals(), sys.modules["__main__"].made_up)
print(type(__builtins__).__name__ if not isinstance(__builtins__, dict) else "dict", len.__module__ if hasattr(len, "__module__") else "", abs.__name__)
namespace = {"a": 1, "b": 2}
exec("c = a + b", namespace)
print(sorted(k for k in namespace if not k.startswith("__")), namespace["c"])


def local_names(x, y=2):
    z = x + y
    return sorted(locals()), sorted(dir())


print(local_names(1))
print(sys.modules["__main__"].__name__, sys.modules["__main__"].counter, sys.modules[__name__] is sys.modules["__main__"])
