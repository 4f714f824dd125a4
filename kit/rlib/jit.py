"""The JIT hints an interpreter carries (ARCHITECTURE §5): a JitDriver naming the interpreter loop's
green (position) and red (state) variables, the merge point at the top of the loop, and decorators and
functions that tell the trace compiler what it may assume.

Untranslated every hint is a no-op, so the interpreter runs unchanged on CPython; translated they
become `jit_*` operations that the JIT generator reads and the plain backend ignores.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# parameters set_param() accepts, with their defaults (the JIT reads them at run time)
PARAMETERS = {
    "threshold": 1039,          # loop iterations before tracing starts
    "function_threshold": 1619,  # calls of a function before tracing from its entry
    "trace_eagerness": 200,     # guard failures before a bridge is traced
    "trace_limit": 6000,        # operations in one trace before it is aborted
    "recompile_after": 3000000,  # iterations of a loop before LLVM compiles it again at -O2
    "inlining": 1,              # trace into calls of the interpreter's own portal
    "loop_longevity": 1000,
    "retrace_limit": 5,
    "max_retrace_guards": 15,
    "max_unroll_loops": 0,
    "disable_unrolling": 200,
    "enable_opts": 0,
}


class JitDriver:
    """The interpreter loop's description: which variables identify a position in the user's program
    (greens: constant within one trace) and which hold the interpreter's state (reds)."""

    _kit_fold_getattr_ = True   # `driver.jit_merge_point` is fixed when the program is translated

    def __init__(self, greens: list[str], reds: list[str] | str, get_printable_location: Callable | None = None,
                 is_recursive: bool = False, virtualizables: list[str] | None = None,
                 name: str = "jitdriver", should_unroll_one_iteration: Callable | None = None) -> None:
        if reds == "auto":
            raise ValueError("reds='auto' is not supported: list the red variables")
        for var in list(greens) + list(reds):
            if not isinstance(var, str) or not var.isidentifier():
                raise ValueError(f"JitDriver variables are names, not {var!r}")
        overlap = set(greens) & set(reds)
        if overlap:
            raise ValueError(f"{sorted(overlap)} cannot be both green and red")
        self.greens = list(greens)
        self.reds = list(reds)
        self.get_printable_location = get_printable_location
        self.is_recursive = is_recursive
        self.virtualizables = list(virtualizables or [])
        for v in self.virtualizables:
            if v not in self.reds:
                raise ValueError(f"virtualizable {v!r} must be one of the reds")
        self.name = name
        self.should_unroll_one_iteration = should_unroll_one_iteration

    def _check(self, hint: str, values: dict[str, Any]) -> None:
        names = set(values)
        expected = set(self.greens) | set(self.reds)
        if names != expected:
            missing = sorted(expected - names)
            extra = sorted(names - expected)
            parts = []
            if missing:
                parts.append("missing " + ", ".join(missing))
            if extra:
                parts.append("unknown " + ", ".join(extra))
            raise TypeError(f"{hint}() of {self.name}: {'; '.join(parts)}")

    def jit_merge_point(self, **values: Any) -> None:
        """The top of the interpreter loop: where traces start and close."""
        self._check("jit_merge_point", values)

    def can_enter_jit(self, **values: Any) -> None:
        """A backward jump in the user's program: where loops are counted."""
        self._check("can_enter_jit", values)

    def __repr__(self) -> str:
        return f"<JitDriver {self.name} greens={self.greens} reds={self.reds}>"


# ---- values ----------------------------------------------------------------------------------------

def promote(x: Any) -> Any:
    """In a trace, make x a constant (guarding on the value seen while tracing)."""
    return x


def promote_string(s: str) -> str:
    """promote() for a string's contents (not only its identity)."""
    return s


def we_are_jitted() -> bool:
    """True in code the JIT compiled, False in the interpreter (and untranslated)."""
    return False


def isconstant(x: Any) -> bool:
    """In a trace: is x known as a constant here?  False outside traces."""
    return False


def isvirtual(x: Any) -> bool:
    """In a trace: is x an object the optimizer has not allocated (yet)?  False outside traces."""
    return False


def assert_green(x: Any) -> None:
    """A translation-time check that x is a constant in every trace (no-op outside the JIT)."""


def set_param(driver: JitDriver | None, name: str, value: int) -> None:
    """Change a JIT parameter at run time (driver None: every driver)."""
    if name not in PARAMETERS:
        raise ValueError(f"unknown JIT parameter {name!r}")


def set_user_param(driver: JitDriver | None, text: str) -> None:
    """Parameters from a user's text, `threshold=500,trace_limit=6000` or `off`: what `--jit` parses."""
    if text == "off" or text == "default":
        return
    for item in text.split(","):
        name, _, value = item.partition("=")
        if name not in PARAMETERS or not value.isdigit():
            raise ValueError(f"bad JIT parameter {item!r}")


# ---- functions ---------------------------------------------------------------------------------------

def elidable(func: F) -> F:
    """The function's result depends only on its arguments and it has no visible side effects, so a
    call with constant arguments folds to its result in a trace."""
    func._jit_elidable_ = True  # type: ignore[attr-defined]
    return func


def dont_look_inside(func: F) -> F:
    """Traces call this function instead of tracing through it."""
    func._jit_look_inside_ = False  # type: ignore[attr-defined]
    return func


def look_inside(func: F) -> F:
    func._jit_look_inside_ = True  # type: ignore[attr-defined]
    return func


def unroll_safe(func: F) -> F:
    """The function's loops are bounded, so tracing through them (unrolling them) is fine."""
    func._jit_unroll_safe_ = True  # type: ignore[attr-defined]
    return func


def loop_invariant(func: F) -> F:
    """Within one loop the function returns the same value (it is called once per loop)."""
    func._jit_loop_invariant_ = True  # type: ignore[attr-defined]
    func._jit_look_inside_ = False  # type: ignore[attr-defined]
    return func


def look_inside_iff(predicate: Callable[..., bool]) -> Callable[[F], F]:
    """Trace into the function only when predicate(*args) holds (e.g. its arguments are constants);
    otherwise call it."""
    def decorate(func: F) -> F:
        func._jit_look_inside_iff_ = predicate  # type: ignore[attr-defined]
        return func
    return decorate


def oopspec(spec: str) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        func._jit_oopspec_ = spec  # type: ignore[attr-defined]
        return func
    return decorate
