"""Compile-time helpers for RPython code: specialisation, translation checks, hashing, mixins.

All of them work untranslated; the annotator and flow builder give them their translated meaning.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class _Specialize:
    """`@specialize.argtype(0)`, `@specialize.arg(1)`, `@specialize.memo()`, `@specialize.call_location()`.

    The decorator only records a tag on the function (`_kit_specialize_`); the annotator reads it
    and makes one copy of the function per argument type, per constant argument value, and so on.
    """

    def _tag(self, kind: str, *args: int) -> Callable[[F], F]:
        def decorate(func: F) -> F:
            func._kit_specialize_ = (kind, args)  # type: ignore[attr-defined]
            return func
        return decorate

    def argtype(self, *argnums: int) -> Callable[[F], F]:
        """One version of the function per combination of the types of these arguments."""
        return self._tag("argtype", *argnums)

    def arg(self, *argnums: int) -> Callable[[F], F]:
        """One version per combination of these arguments' constant values (they must be constants)."""
        return self._tag("arg", *argnums)

    def memo(self) -> Callable[[F], F]:
        """Called only with prebuilt-constant arguments: evaluated at translation time, results tabled."""
        return self._tag("memo")

    def call_location(self) -> Callable[[F], F]:
        """One version per call site."""
        return self._tag("call_location")


specialize = _Specialize()


def we_are_translated() -> bool:
    """False on CPython; the flow builder folds it to True in translated code."""
    return False


def always_inline(func: F) -> F:
    """Ask the inliner to inline every call of this function."""
    func._kit_always_inline_ = True  # type: ignore[attr-defined]
    return func


def dont_inline(func: F) -> F:
    func._kit_dont_inline_ = True  # type: ignore[attr-defined]
    return func


def not_rpython(func: F) -> F:
    """Mark a helper that runs only at import time or untranslated; translating a call is an error."""
    func._kit_not_rpython_ = True  # type: ignore[attr-defined]
    return func


def compute_hash(value: Any) -> int:
    """The hash of an int, float, str, bytes, tuple or None as the translated program computes it.

    Instances hash by identity (compute_identity_hash).
    """
    if isinstance(value, int | float | str | bytes | tuple) or value is None:
        return hash(value)
    return compute_identity_hash(value)


def compute_identity_hash(value: Any) -> int:
    return object.__hash__(value)


def import_from_mixin(mixin: type, special_methods: tuple[str, ...] = ("__init__", "__del__")) -> None:
    """Copy the methods of `mixin` into the class whose body calls this, as fresh functions.

    Unlike inheriting from a `_mixin_` class, each importing class gets its own copies, so the
    annotator types them separately.
    """
    import sys
    frame = sys._getframe(1)
    namespace = frame.f_locals
    for klass in reversed(mixin.__mro__):
        if klass is object:
            continue
        for name, value in klass.__dict__.items():
            if name.startswith("__") and name.endswith("__") and name not in special_methods:
                continue
            if name in ("_mixin_",):
                continue
            if isinstance(value, types.FunctionType):
                value = _copy_function(value)
            elif isinstance(value, staticmethod | classmethod):
                value = type(value)(_copy_function(value.__func__))
            namespace[name] = value


def _copy_function(func: types.FunctionType) -> types.FunctionType:
    new = types.FunctionType(func.__code__, func.__globals__, func.__name__, func.__defaults__,
                             func.__closure__)
    new.__dict__.update(func.__dict__)
    new.__kwdefaults__ = func.__kwdefaults__
    new.__qualname__ = func.__qualname__
    return new


def enforceargs(*types_: Any, **kwds: Any) -> Callable[[F], F]:
    """Declare argument types (checked untranslated; used as annotations by the annotator)."""
    def decorate(func: F) -> F:
        func._kit_enforceargs_ = (types_, kwds)  # type: ignore[attr-defined]
        return func
    return decorate
