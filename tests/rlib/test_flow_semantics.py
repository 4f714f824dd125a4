"""The rlib modules mean the same thing as flow graphs: interpreting their graphs gives the results
of calling them directly (a check of the RPython code beyond "the graph builds")."""

import inspect
import math
import types

import pytest

from kit.flow.interp import FlowInterpreter
from kit.rlib import rfloat, runicode, unicodetext
from kit.rlib.rbigint import rbigint
from kit.rlib.rstring import StringBuilder

from .test_rpython_flow import MODULES

INTERPRETED_MODULES = set(MODULES)


class RlibInterpreter(FlowInterpreter):
    """Interprets the graphs of the rlib modules under test too (the base class calls them)."""

    def call(self, func, *args, **kwargs):
        target = func
        if isinstance(func, types.MethodType) and isinstance(func.__func__, types.FunctionType):
            target = func.__func__
            args = (func.__self__,) + args
        if (isinstance(target, types.FunctionType) and target.__module__ in INTERPRETED_MODULES
                and not getattr(target, "_kit_not_rpython_", False)):
            graph = self.graph_for(target)
            bound = inspect.signature(target).bind(*args, **kwargs)
            bound.apply_defaults()
            return self.run(graph, [bound.arguments[name] for name in graph.signature])
        return super().call(target, *args, **kwargs)


def normalize(value):
    if isinstance(value, rbigint):
        return ("rbigint", value.tolong())
    if isinstance(value, tuple):
        return tuple(normalize(v) for v in value)
    if isinstance(value, float):
        return ("float", value.hex() if not math.isnan(value) else "nan", math.copysign(1.0, value))
    return value


def run_both(func, *args):
    def attempt(call):
        try:
            return "ok", normalize(call(*args))
        except Exception as exc:   # the exception is part of the behaviour being compared
            return "raise", type(exc).__name__
    direct = attempt(func)
    interpreter = RlibInterpreter()
    via_graphs = attempt(lambda *a: interpreter.call(func, *a))
    assert via_graphs == direct, f"{func}{args}: graphs gave {via_graphs}, Python gave {direct}"
    # the rlib code itself went through its graphs (not called directly)
    assert any(f.__module__ in INTERPRETED_MODULES for f in interpreter.graphs)
    return direct


B = rbigint.fromlong
BIG = 3 ** 200 + 12345
HUGE = 7 ** 700 - 1       # above the Karatsuba cutoff


BIGINT_CASES = [
    (lambda a, b: a.add(b), B(BIG), B(-5)),
    (lambda a, b: a.sub(b), B(5), B(BIG)),
    (lambda a, b: a.mul(b), B(BIG), B(-BIG)),
    (lambda a, b: a.mul(b), B(HUGE), B(HUGE + 2)),
    (lambda a, b: a.divmod(b), B(BIG * BIG + 7), B(-BIG)),
    (lambda a, b: a.divmod(b), B(BIG), B(0)),
    (lambda a, b: a.truediv(b), B(BIG), B(3 ** 150)),
    (lambda a, b: a.pow(b, rbigint.fromstr("100000000000000000039")), B(BIG), B(BIG)),
    (lambda a, b: a.and_(b).or_(a.xor(b)), B(-BIG), B(2 ** 100 - 1)),
    (lambda a, b: a.lshift(77).rshift(b.toint()), B(-BIG), B(40)),
    (lambda a, b: (a.str(), a.format(16), b.hash(), a.tofloat()), B(-BIG), B(BIG)),
    (lambda a, b: (a.int_mul(1 << 40).toint(), a.int_add(-7).toint()), B(12345), B(0)),
    (lambda a, b: a.toint(), B(2 ** 63), B(0)),
    (lambda a, b: (a.lt(b), a.eq(b), a.int_ge(5)), B(-BIG), B(BIG)),
]


@pytest.mark.parametrize("case", range(len(BIGINT_CASES)))
def test_rbigint_through_graphs(case):
    func, a, b = BIGINT_CASES[case]
    run_both(func, a, b)


@pytest.mark.parametrize("text,base", [("  -0x_1f ", 0), ("123456789" * 5, 10), ("zz", 36), ("1__2", 10),
                                       ("\u0661\u0662", 10)])
def test_rbigint_parse_through_graphs(text, base):
    run_both(lambda s, b: rbigint.fromstr(s, b), text, base)


@pytest.mark.parametrize("x", [0.1, 1e-7, 1e300, -0.0, 5e-324, 123456.789, math.inf, math.nan, 2.0 ** 60])
def test_float_repr_through_graphs(x):
    run_both(rfloat.float_repr, x)
    run_both(lambda v: rfloat.format_float(v, "e", 3, sign=True), x)
    run_both(lambda v: rfloat.format_float(v, "g", 17, alternate=True), x)
    run_both(lambda v: rfloat.format_float(v, "f", 2), x)
    run_both(lambda v: rfloat.round_double(v, 3), x)
    run_both(lambda v: (rfloat.float_hash(v), rfloat.frexp(v), rfloat.fmod(v, 0.3)), x)


@pytest.mark.parametrize("text", ["0.1", "1e-400", "-1_0.5e3", "12345678901234567890e-30", "nan", " x"])
def test_float_parse_through_graphs(text):
    run_both(rfloat.string_to_float, text)


def test_text_through_graphs():
    run_both(unicodetext.upper, "stra\u00dfe \u01c6")
    run_both(unicodetext.lower, "A\u03a3 \u03a3")
    run_both(unicodetext.title, "hello wORLD")
    run_both(unicodetext.istitle, "Hello World")
    run_both(unicodetext.splitlines, "a\r\nb\x1cc")
    run_both(lambda s: runicode.encode_utf_8(s, "surrogateescape"), "a\udcff\u20ac")
    run_both(lambda b: runicode.decode_utf_8(b, "replace"), b"a\xe2\x82(\xff")
    run_both(lambda b: runicode.decode_utf_8(b, "strict"), b"a\xe2\x82")

    def build():
        sb = StringBuilder()
        sb.append("ab")
        sb.append_slice("xyz", 1, 3)
        sb.append_multiple_char("-", 2)
        return sb.build(), sb.getlength()
    run_both(build)
