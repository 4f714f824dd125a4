"""Properties of SOM arithmetic checked against Python: division rules, comparisons, printing.

Each example runs a small SOM program; the expected lines are computed with Python's semantics
(`/` and `%` floor like Python's `//` and `%`; `rem:` truncates; Doubles print as repr).
"""

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.rlib.rarithmetic import intmask
from languages.smalltalk.target import entry_point

# capfd is read (and so emptied) after every run, which makes it safe across hypothesis examples
small_ints = st.integers(min_value=-(2 ** 31), max_value=2 ** 31)
nonzero = small_ints.filter(lambda n: n != 0)


def run_som(tmp_path, body, capfd):
    path = tmp_path / "Prop.som"
    path.write_text("Prop = ( run = ( " + body + " ) )\n")
    status = entry_point(["som", str(path)])
    captured = capfd.readouterr()
    assert status == 0, captured.err
    return captured.out.splitlines()


def literal(n):
    return str(n)


def truncated_rem(a, b):
    return int(math.fmod(a, b)) if abs(a) < 2 ** 52 else a - b * int(a / b)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=small_ints, b=nonzero)
def test_integer_operations_match_python(tmp_path_factory, capfd, a, b):
    tmp_path = tmp_path_factory.mktemp("p")
    ops = ["+", "-", "*", "/", "%", "rem:", "<", ">", "=", "<=", ">=", "max:", "min:"]
    body = " ".join("(%s %s %s) println." % (literal(a), op, literal(b)) for op in ops)
    expected = [a + b, a - b, a * b, a // b, a % b, truncated_rem(a, b), a < b, a > b, a == b, a <= b,
                a >= b, max(a, b), min(a, b)]
    assert run_som(tmp_path, body, capfd) == [str(v).lower() if isinstance(v, bool) else str(v)
                                               for v in expected]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=small_ints, b=nonzero)
def test_double_division_prints_shortest_round_trip(tmp_path_factory, capfd, a, b):
    tmp_path = tmp_path_factory.mktemp("p")
    lines = run_som(tmp_path, "(%s // %s) println. (%s // %s) class println." % (a, b, a, b), capfd)
    assert lines == [repr(a / b), "Double"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=st.integers(min_value=-(2 ** 62), max_value=2 ** 62), shift=st.integers(min_value=0, max_value=62))
def test_shifts_and_bits(tmp_path_factory, capfd, a, shift):
    tmp_path = tmp_path_factory.mktemp("p")
    body = "(%d >>> %d) println. (%d & 255) println. (%d bitXor: 12345) println. %d abs println." % (
        a, shift, a, a, a)
    # >>> shifts the 64-bit pattern and reads the result as a signed machine word
    expected = [intmask((a % 2 ** 64) >> shift), a & 255, a ^ 12345, abs(a)]
    assert run_som(tmp_path, body, capfd) == [str(v) for v in expected]
