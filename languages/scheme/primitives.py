"""The registry of built-in procedures and the argument checks they share.

Each prims_*.py module registers its functions at import time with @primitive (plain procedures,
func(m, args) -> value) or @control (procedures that steer the machine, func(m, args) -> None).
"""

from __future__ import annotations

from typing import Any

from kit.rlib.objectmodel import not_rpython
from languages.scheme.numbers import W_Fixnum, W_Number
from languages.scheme.objects import (
    NIL,
    W_Bytevector,
    W_Char,
    W_Object,
    W_Pair,
    W_String,
    W_Symbol,
    W_Vector,
    scheme_error,
    type_error,
)
from languages.scheme.procedures import W_Procedure


class PrimitiveSpec:
    """A plain primitive: func(m, args) -> W_Object."""

    def __init__(self, name: str, func: Any, min_args: int, max_args: int) -> None:
        self.name = name
        self.func = func
        self.min_args = min_args
        self.max_args = max_args
        # fixed-arity fast paths (see fast_path), attached at import time by attach_fast_paths
        self.unary: Any = None
        self.binary: Any = None
        self.ternary: Any = None


class ControlSpec:
    """A control primitive: func(m, args) -> None (a different function family, kept apart)."""

    def __init__(self, name: str, func: Any, min_args: int, max_args: int) -> None:
        self.name = name
        self.func = func
        self.min_args = min_args
        self.max_args = max_args


class FastSpec:
    """A fixed-arity fast path of a plain primitive: func(m, a), func(m, a, b) or func(m, a, b, c)."""

    def __init__(self, name: str, arity: int, func: Any) -> None:
        self.name = name
        self.arity = arity
        self.func = func


PRIMITIVES: list[PrimitiveSpec] = []
CONTROLS: list[ControlSpec] = []
FAST_PATHS: list[FastSpec] = []


@not_rpython
def primitive(name: str, min_args: int, max_args: int = -2) -> Any:
    """Register func(m, args) -> W_Object under `name`; max_args -1 = any number, -2 = min_args."""
    if max_args == -2:
        max_args = min_args

    def register(func: Any) -> Any:
        PRIMITIVES.append(PrimitiveSpec(name, func, min_args, max_args))
        return func
    return register


@not_rpython
def control(name: str, min_args: int, max_args: int = -2) -> Any:
    """Register func(m, args) -> None, a procedure that sets the machine's registers itself."""
    if max_args == -2:
        max_args = min_args

    def register(func: Any) -> Any:
        CONTROLS.append(ControlSpec(name, func, min_args, max_args))
        return func
    return register


@not_rpython
def fast_path(name: str, arity: int) -> Any:
    """Register func(m, a[, b[, c]]) -> W_Object as the way to call primitive `name` with `arity`
    arguments without building an argument list. It must behave exactly like the primitive (the
    usual way: handle the common types inline, hand everything else to the general function)."""

    def register(func: Any) -> Any:
        FAST_PATHS.append(FastSpec(name, arity, func))
        return func
    return register


@not_rpython
def attach_fast_paths() -> None:
    """Give each PrimitiveSpec its registered fast paths (after every prims module is imported)."""
    specs = {spec.name: spec for spec in PRIMITIVES}
    for fast in FAST_PATHS:
        spec = specs[fast.name]
        assert spec.min_args <= fast.arity and (spec.max_args < 0 or fast.arity <= spec.max_args), fast.name
        if fast.arity == 1:
            spec.unary = fast.func
        elif fast.arity == 2:
            spec.binary = fast.func
        else:
            spec.ternary = fast.func


# ---- argument checks ----------------------------------------------------------------------------

def check_fixnum(who: str, value: W_Object) -> int:
    if isinstance(value, W_Fixnum):
        return value.intval
    raise type_error(who, "an exact integer", value)


def check_index(who: str, value: W_Object, limit: int) -> int:
    """An exact integer in 0..limit-1."""
    if not isinstance(value, W_Fixnum):
        raise type_error(who, "an exact integer index", value)
    index = value.intval
    if index < 0 or index >= limit:
        raise scheme_error("%s: index out of range:" % who, [value])
    return index


def check_range(who: str, args: list[W_Object], first: int, length: int) -> tuple[int, int]:
    """Optional start/end arguments at args[first], args[first+1] (defaults 0 and length)."""
    start = 0
    end = length
    if len(args) > first:
        start = check_fixnum(who, args[first])
    if len(args) > first + 1:
        end = check_fixnum(who, args[first + 1])
    if start < 0 or end > length or start > end:
        raise scheme_error("%s: bad range %d..%d for a sequence of length %d" % (who, start, end, length), [])
    return start, end


def check_number(who: str, value: W_Object) -> W_Number:
    if isinstance(value, W_Number):
        return value
    raise type_error(who, "a number", value)


def check_pair(who: str, value: W_Object) -> W_Pair:
    if isinstance(value, W_Pair):
        return value
    raise type_error(who, "a pair", value)


def check_string(who: str, value: W_Object) -> W_String:
    if isinstance(value, W_String):
        return value
    raise type_error(who, "a string", value)


def check_symbol(who: str, value: W_Object) -> W_Symbol:
    if isinstance(value, W_Symbol):
        return value
    raise type_error(who, "a symbol", value)


def check_char(who: str, value: W_Object) -> W_Char:
    if isinstance(value, W_Char):
        return value
    raise type_error(who, "a character", value)


def check_vector(who: str, value: W_Object) -> W_Vector:
    if isinstance(value, W_Vector):
        return value
    raise type_error(who, "a vector", value)


def check_bytevector(who: str, value: W_Object) -> W_Bytevector:
    if isinstance(value, W_Bytevector):
        return value
    raise type_error(who, "a bytevector", value)


def check_procedure(who: str, value: W_Object) -> W_Procedure:
    if isinstance(value, W_Procedure):
        return value
    raise type_error(who, "a procedure", value)


def check_byte(who: str, value: W_Object) -> int:
    if isinstance(value, W_Fixnum) and 0 <= value.intval <= 255:
        return value.intval
    raise type_error(who, "a byte (0..255)", value)


def proper_length(who: str, value: W_Object) -> int:
    """The length of a proper list (without collecting its elements); an error for improper or
    circular lists, the same as list_items."""
    n = 0
    slow = value
    fast = value
    while True:
        if fast is NIL:
            return n
        if not isinstance(fast, W_Pair):
            raise type_error(who, "a proper list", value)
        n += 1
        fast = fast.cdr
        if n % 2 == 0:
            assert isinstance(slow, W_Pair)
            slow = slow.cdr
            if slow is fast and fast is not NIL:
                raise type_error(who, "a proper list (not a circular one)", value)


def list_items(who: str, value: W_Object) -> list[W_Object]:
    """The elements of a proper list; an error for improper or circular lists."""
    items: list[W_Object] = []
    slow = value
    fast = value
    while True:
        if fast is NIL:
            return items
        if not isinstance(fast, W_Pair):
            raise type_error(who, "a proper list", value)
        items.append(fast.car)
        fast = fast.cdr
        if len(items) % 2 == 0:
            assert isinstance(slow, W_Pair)
            slow = slow.cdr
            if slow is fast and fast is not NIL:
                raise type_error(who, "a proper list (not a circular one)", value)
