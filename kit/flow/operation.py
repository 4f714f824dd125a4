"""The flow-level (Python-level) operations a flow graph may contain.

Each entry gives the Python meaning of the operation (used to fold constants and by the graph
interpreter), whether it may be folded when all its arguments are constants, and what it can raise.
"""

from __future__ import annotations

import math
import operator
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kit.rlib.rarithmetic import LONG_BIT, intmask, r_uint


@dataclass(frozen=True)
class FlowOp:
    name: str
    impl: Callable[..., Any]
    # foldable when every argument is an immutable constant
    pure: bool
    # exception classes the operation may raise at run time; () when it cannot raise
    canraise: tuple[type[BaseException], ...]
    # Python operator symbol, for messages and the viewer
    symbol: str = ""


FLOW_OPS: dict[str, FlowOp] = {}


def _declare(name: str, impl: Callable[..., Any], pure: bool, canraise: tuple = (),
             symbol: str = "") -> None:
    FLOW_OPS[name] = FlowOp(name, impl, pure, canraise, symbol)


MAXINT = 2 ** (LONG_BIT - 1) - 1
MININT = -MAXINT - 1


def _checked(result: Any) -> Any:
    if isinstance(result, int) and not isinstance(result, bool) and not MININT <= result <= MAXINT:
        raise OverflowError("integer overflow")
    return result


def _format_value(value: Any, conversion: int, spec: str) -> str:
    if conversion == ord("r"):
        value = repr(value)
    elif conversion == ord("s"):
        value = str(value)
    elif conversion == ord("a"):
        value = ascii(value)
    return format(value, spec)


def _unpack_check(seq: Any, count: int) -> None:
    if len(seq) < count:
        raise ValueError(f"not enough values to unpack (expected {count}, got {len(seq)})")
    if len(seq) > count:
        raise ValueError(f"too many values to unpack (expected {count})")


def _getslice(obj: Any, start: Any, stop: Any, step: Any) -> Any:
    return obj[start:stop:step]


def _setslice(obj: Any, start: Any, stop: Any, step: Any, value: Any) -> None:
    obj[start:stop:step] = value


def _delslice(obj: Any, start: Any, stop: Any, step: Any) -> None:
    del obj[start:stop:step]


def _newdict(*items: Any) -> dict:
    return {items[i]: items[i + 1] for i in range(0, len(items), 2)}


def _simple_call(func: Any, *args: Any) -> Any:
    return func(*args)


def _call_args(func: Any, shape: CallShape, *args: Any) -> Any:
    positional, keywords = shape.split(args)
    return func(*positional, **keywords)


_BINARY = [
    ("add", operator.add, "+"), ("sub", operator.sub, "-"), ("mul", operator.mul, "*"),
    ("truediv", operator.truediv, "/"), ("floordiv", operator.floordiv, "//"),
    ("mod", operator.mod, "%"), ("pow", operator.pow, "**"), ("lshift", operator.lshift, "<<"),
    ("rshift", operator.rshift, ">>"), ("and_", operator.and_, "&"), ("or_", operator.or_, "|"),
    ("xor", operator.xor, "^"),
]
_BINARY_RAISES = {
    "truediv": (ZeroDivisionError,), "floordiv": (ZeroDivisionError,), "mod": (ZeroDivisionError,),
    "pow": (ZeroDivisionError, ValueError), "lshift": (ValueError,), "rshift": (ValueError,),
}
# operations that may allocate (str and list + and *) can raise MemoryError
for _name in ("add", "mul"):
    _BINARY_RAISES[_name] = (MemoryError,)
for _name, _impl, _sym in _BINARY:
    _declare(_name, _impl, True, _BINARY_RAISES.get(_name, ()), _sym)
    # in-place forms mutate lists, so they only fold on immutable constants (checked by the folder)
    _declare("inplace_" + _name, getattr(operator, "i" + _name.rstrip("_")), True,
             _BINARY_RAISES.get(_name, ()), _sym + "=")

for _name, _impl in [("add", operator.add), ("sub", operator.sub), ("mul", operator.mul),
                     ("lshift", operator.lshift)]:
    _declare(_name + "_ovf", lambda a, b, _f=_impl: _checked(_f(a, b)), True, (OverflowError,))
_declare("floordiv_ovf", lambda a, b: _checked(a // b), True, (OverflowError, ZeroDivisionError))
_declare("mod_ovf", lambda a, b: _checked(a % b), True, (OverflowError, ZeroDivisionError))
_declare("neg_ovf", lambda a: _checked(-a), True, (OverflowError,))

_declare("neg", operator.neg, True, (), "-")
_declare("pos", operator.pos, True, (), "+")
_declare("invert", operator.invert, True, (), "~")
_declare("not_", operator.not_, True, (), "not")
_declare("bool", bool, True, ())

for _name, _impl, _sym in [("lt", operator.lt, "<"), ("le", operator.le, "<="), ("eq", operator.eq, "=="),
                           ("ne", operator.ne, "!="), ("gt", operator.gt, ">"), ("ge", operator.ge, ">=")]:
    _declare(_name, _impl, True, (), _sym)
_declare("is_", operator.is_, True, (), "is")
_declare("contains", operator.contains, True, (), "in")

_declare("getattr", getattr, True, ())
_declare("setattr", setattr, False, ())
_declare("getitem", operator.getitem, True, (IndexError, KeyError))
_declare("setitem", operator.setitem, False, (IndexError,))
_declare("delitem", operator.delitem, False, (IndexError, KeyError))
_declare("getslice", _getslice, True, ())
_declare("setslice", _setslice, False, (ValueError,))
_declare("delslice", _delslice, False, ())

_declare("iter", iter, False, ())
_declare("next", next, False, (StopIteration,))
_declare("newlist", lambda *items: list(items), False, (MemoryError,))
_declare("newdict", _newdict, False, (MemoryError,))
_declare("newtuple", lambda *items: tuple(items), True, ())

_declare("simple_call", _simple_call, False, (Exception,))
_declare("call_args", _call_args, False, (Exception,))

_declare("type", type, True, ())
_declare("exc_match", isinstance, True, ())  # (exception instance, class or tuple of classes)
_declare("format_value", _format_value, True, (ValueError,))
_declare("build_string", lambda *parts: "".join(parts), True, ())
_declare("unpack_check", _unpack_check, False, (ValueError,))
_declare("hash", hash, True, ())


@dataclass(frozen=True)
class CallShape:
    """How the arguments of a `call_args` operation are laid out.

    The operation's arguments after the callee and the shape are: `positional` positional values,
    then one value per name in `keywords`, then (if `has_star`) one tuple spread as positional.
    """

    positional: int
    keywords: tuple[str, ...] = ()
    has_star: bool = False

    def split(self, args: tuple | list) -> tuple[list, dict]:
        args = list(args)
        positional = args[: self.positional]
        keyword_values = args[self.positional: self.positional + len(self.keywords)]
        if self.has_star:
            positional.extend(args[self.positional + len(self.keywords)])
        return positional, dict(zip(self.keywords, keyword_values, strict=True))


# Builtins that may be called at flow time when all their arguments are immutable constants.
_FOLDABLE_BUILTINS: set[Any] = {
    len, abs, ord, chr, min, max, int, float, str, bool, repr, hex, divmod, isinstance, issubclass,
    hash, round, intmask, r_uint, math.sqrt, math.floor, math.ceil, math.log, math.exp, math.sin, math.cos, math.pow,
}

_IMMUTABLE_TYPES = (int, float, bool, str, bytes, type(None), complex, range)


def is_immutable_value(value: Any) -> bool:
    """True if `value` can never change at run time, so operations on it may be folded."""
    if isinstance(value, _IMMUTABLE_TYPES):
        return True
    if isinstance(value, tuple | frozenset):
        return all(is_immutable_value(item) for item in value)
    if isinstance(value, type | types.ModuleType | types.FunctionType | types.BuiltinFunctionType):
        return True
    if isinstance(value, CallShape):
        return True
    return False


_TOO_BIG = 10_000


def try_fold(opname: str, values: list[Any]) -> tuple[bool, Any]:
    """Compute `opname(*values)` at flow time if that is safe; returns (folded?, result)."""
    desc = FLOW_OPS[opname]
    if not desc.pure:
        return False, None
    if opname == "getattr":
        # only modules and classes: their attributes are fixed once the program is imported
        obj = values[0]
        # modules, classes and translation-time namespaces (llop) have fixed attributes
        if not isinstance(obj, types.ModuleType | type) and not getattr(type(obj), "_kit_fold_getattr_", False):
            return False, None
        if isinstance(obj, type) and not _class_attr_is_foldable(obj, values[1]):
            return False, None
    elif opname == "simple_call":
        return False, None
    elif not all(is_immutable_value(v) for v in values):
        return False, None
    try:
        result = desc.impl(*values)
    except Exception:
        # leave it to run time, where it raises as the program expects
        return False, None
    if isinstance(result, str | bytes | tuple) and len(result) > _TOO_BIG:
        return False, None
    return True, result


def _class_attr_is_foldable(cls: type, name: Any) -> bool:
    if not isinstance(name, str):
        return False
    for klass in cls.__mro__:
        if name in klass.__dict__:
            value = klass.__dict__[name]
            # methods, nested classes and immutable class constants; mutable class-level
            # containers (a list used as a registry) must stay run-time reads
            return isinstance(value, types.FunctionType | staticmethod | type) or is_immutable_value(value)
    return False


def fold_builtin_call(func: Any, values: list[Any]) -> tuple[bool, Any]:
    """Fold a call of a pure builtin on immutable constants (e.g. `len(NAMES)` with NAMES a tuple)."""
    try:
        if func not in _FOLDABLE_BUILTINS:
            return False, None
    except TypeError:
        return False, None
    if not all(is_immutable_value(v) for v in values):
        return False, None
    try:
        result = func(*values)
    except Exception:
        return False, None
    if isinstance(result, str | bytes | tuple) and len(result) > _TOO_BIG:
        return False, None
    return True, result
