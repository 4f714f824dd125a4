"""Integers beyond a machine word: W_BigInteger (on kit.rlib.rbigint) and arithmetic on them.

Every value has one representation: results that fit a machine word are W_Integer, larger
ones W_BigInteger (`normalize`). Primitives call `big_binary` when an operand is big.
"""

import math

from kit.rlib.rbigint import rbigint
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Class, W_Double, W_Integer
from languages.smalltalk.state import vm

OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_FLOOR_DIV = 3
OP_MOD = 4
OP_REM = 5
OP_AND = 6
OP_XOR = 7

INFINITY = float("inf")
NAN = float("nan")

OP_NAMES = ["+", "-", "*", "/", "%", "rem:", "&", "bitXor:"]


class W_BigInteger(W_AbstractObject):
    """An Integer too large for a machine word; its class is Integer like any other integer."""

    _immutable_fields_ = ['value']

    def __init__(self, value: rbigint) -> None:
        self.value = value

    def get_class(self) -> W_Class:
        value = vm.integer_class
        assert value is not None
        return value

    def som_hash(self) -> int:
        return self.value.hash()

    def is_identical(self, other: W_AbstractObject) -> bool:
        if isinstance(other, W_BigInteger):
            return other.value.eq(self.value)
        return False


def normalize(value: rbigint) -> W_AbstractObject:
    if value.fits_int():
        return W_Integer(value.toint())
    return W_BigInteger(value)


def as_big(value: W_AbstractObject) -> "rbigint | None":
    """The rbigint of an integer (small or big), or None for anything else."""
    if isinstance(value, W_Integer):
        return rbigint.fromint(value.value)
    if isinstance(value, W_BigInteger):
        return value.value
    return None


def is_integer(value: W_AbstractObject) -> bool:
    return isinstance(value, W_Integer) or isinstance(value, W_BigInteger)


def from_decimal(digits: str, negative: bool) -> W_AbstractObject:
    value = rbigint.fromstr(digits)
    if negative:
        value = value.neg()
    return normalize(value)


def binary(op: int, a: rbigint, b: rbigint) -> W_AbstractObject:
    """`a op b` for the arithmetic and bit operations, with SOM's division rules."""
    if op == OP_ADD:
        return normalize(a.add(b))
    if op == OP_SUB:
        return normalize(a.sub(b))
    if op == OP_MUL:
        return normalize(a.mul(b))
    if op == OP_AND:
        return normalize(a.and_(b))
    if op == OP_XOR:
        return normalize(a.xor(b))
    if b.is_zero():
        raise SomError("division by zero: %s %s 0" % (a.str(), OP_NAMES[op]))
    if op == OP_FLOOR_DIV:
        return normalize(a.floordiv(b))
    modulo = a.mod(b)
    if op == OP_MOD:
        return normalize(modulo)
    # rem: has the sign of the dividend: move a floored remainder of the other sign by b
    if not modulo.is_zero() and modulo.get_sign() != a.get_sign():
        modulo = modulo.sub(b)
    return normalize(modulo)


def big_binary(op: int, left: W_AbstractObject, right: W_AbstractObject, primitive: str) -> W_AbstractObject:
    a = as_big(left)
    b = as_big(right)
    if a is None or b is None:
        culprit = right if a is not None else left
        raise SomError("%s: expected an Integer, not an instance of %s" % (primitive, culprit.get_class().class_name()))
    return binary(op, a, b)


def compare(left: rbigint, right: rbigint) -> int:
    if left.lt(right):
        return -1
    if left.eq(right):
        return 0
    return 1


def shift_left(a: rbigint, n: int) -> W_AbstractObject:
    if n < 0:
        return normalize(a.rshift(-n))
    return normalize(a.lshift(n))


def power(base: rbigint, exponent: rbigint) -> W_AbstractObject:
    return normalize(base.pow(exponent))


def to_float(value: rbigint) -> float:
    try:
        return value.tofloat()
    except OverflowError:
        return INFINITY if value.get_sign() > 0 else -INFINITY


def to_string(value: rbigint) -> str:
    return value.str()


def square_root(value: rbigint) -> W_AbstractObject:
    """The square root: an Integer when the value is a perfect square, else a Double."""
    if value.get_sign() < 0:
        return W_Double(NAN)
    root = math.sqrt(to_float(value))
    if not math.isinf(root):
        candidate = rbigint.fromfloat(root)
        if candidate.mul(candidate).eq(value):
            return normalize(candidate)
    return W_Double(root)


def low_32_bits(value: rbigint) -> int:
    return value.and_(rbigint.fromint(0xFFFFFFFF)).toint()
