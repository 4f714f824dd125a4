"""int and bool: a machine word (W_IntObject) that turns into an rbigint (W_LongObject) when a
result overflows, transparently: both are Python's `int`. bool is a subclass with two instances.
"""

from __future__ import annotations

from kit.rlib.rarithmetic import LONG_BIT, intmask, ovfcheck
from kit.rlib.rbigint import rbigint
from languages.python.objspace.root import W_Root, set_static_type, w_NotImplemented
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object

MAXINT = (1 << (LONG_BIT - 1)) - 1
MININT = -MAXINT - 1
HASH_MODULUS = (1 << 61) - 1
MAX_STR_DIGITS = 4300


class W_AbstractIntObject(W_Root):
    """Any int (small or big, bool included)."""

    def big(self) -> rbigint:
        raise NotImplementedError

    def is_small(self) -> bool:
        return False


class W_IntObject(W_AbstractIntObject):
    _immutable_fields_ = ["intval"]

    def __init__(self, intval: int) -> None:
        self.intval = intval

    def big(self) -> rbigint:
        return rbigint.fromint(self.intval)

    def is_small(self) -> bool:
        return True


class W_LongObject(W_AbstractIntObject):
    _immutable_fields_ = ["num"]

    def __init__(self, num: rbigint) -> None:
        self.num = num

    def big(self) -> rbigint:
        return self.num


class W_BoolObject(W_IntObject):
    pass


class W_IntObjectUser(UserMixin, W_IntObject):
    def __init__(self, w_class: W_TypeObject, intval: int) -> None:
        W_IntObject.__init__(self, intval)
        self.init_user(w_class)


class W_LongObjectUser(UserMixin, W_LongObject):
    def __init__(self, w_class: W_TypeObject, num: rbigint) -> None:
        W_LongObject.__init__(self, num)
        self.init_user(w_class)


w_int = make_builtin_type("int", w_object)
w_bool = make_builtin_type("bool", w_int, base_ok=False)
set_static_type(W_AbstractIntObject, w_int)
set_static_type(W_BoolObject, w_bool)

w_True = W_BoolObject(1)
w_False = W_BoolObject(0)

SMALL_INTS = [W_IntObject(i) for i in range(-5, 257)]


def newint(i: int) -> W_IntObject:
    if -5 <= i <= 256:
        return SMALL_INTS[i + 5]
    return W_IntObject(i)


def newlong(num: rbigint) -> W_AbstractIntObject:
    """An int from an rbigint: a machine word when it fits."""
    if num.fits_int():
        return newint(num.toint())
    return W_LongObject(num)


def newbool(b: bool) -> W_BoolObject:
    if b:
        return w_True
    return w_False


def new_user_int(w_class: W_TypeObject, w_value: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_value, W_IntObject):
        return W_IntObjectUser(w_class, w_value.intval)
    return W_LongObjectUser(w_class, w_value.big())


def big_of(w_int_: W_AbstractIntObject) -> rbigint:
    return w_int_.big()


# ---- arithmetic ------------------------------------------------------------------------------------

def add(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        try:
            return newint(ovfcheck(w_a.intval + w_b.intval))
        except OverflowError:
            pass
    return newlong(w_a.big().add(w_b.big()))


def sub(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        try:
            return newint(ovfcheck(w_a.intval - w_b.intval))
        except OverflowError:
            pass
    return newlong(w_a.big().sub(w_b.big()))


def mul(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        try:
            return newint(ovfcheck(w_a.intval * w_b.intval))
        except OverflowError:
            pass
    return newlong(w_a.big().mul(w_b.big()))


def _check_zero(w_b: W_AbstractIntObject, message: str) -> None:
    from languages.python.objspace import errors
    if isinstance(w_b, W_IntObject):
        if w_b.intval == 0:
            raise errors.zero_division(message)
    elif w_b.big().is_zero():
        raise errors.zero_division(message)


def floordiv(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    _check_zero(w_b, "integer division or modulo by zero")
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        if not (w_a.intval == MININT and w_b.intval == -1):
            return newint(w_a.intval // w_b.intval)
    return newlong(w_a.big().floordiv(w_b.big()))


def mod(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    _check_zero(w_b, "integer modulo by zero")
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        if w_b.intval == -1:
            return newint(0)
        return newint(w_a.intval % w_b.intval)
    return newlong(w_a.big().mod(w_b.big()))


def divmod_(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> tuple[W_AbstractIntObject, W_AbstractIntObject]:
    return floordiv(w_a, w_b), mod(w_a, w_b)


def truediv(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> float:
    from languages.python.objspace import errors
    _check_zero(w_b, "division by zero")
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        a = w_a.intval
        b = w_b.intval
        if -(1 << 53) <= a <= (1 << 53) and -(1 << 53) <= b <= (1 << 53):
            return float(a) / float(b)
    try:
        return w_a.big().truediv(w_b.big())
    except OverflowError:
        raise errors.overflow_error("integer division result too large for a float") from None


def to_float(w_a: W_AbstractIntObject) -> float:
    from languages.python.objspace import errors
    if isinstance(w_a, W_IntObject):
        return float(w_a.intval)
    try:
        return w_a.big().tofloat()
    except OverflowError:
        raise errors.overflow_error("int too large to convert to float") from None


def pow_(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    """a ** b for b >= 0 (the caller turns negative exponents into float powers)."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        base = w_a.intval
        exponent = w_b.intval
        result = 1
        try:
            while exponent > 0:
                if exponent & 1:
                    result = ovfcheck(result * base)
                exponent >>= 1
                if exponent > 0:
                    base = ovfcheck(base * base)
            return newint(result)
        except OverflowError:
            pass
    return newlong(w_a.big().pow(w_b.big()))


def pow_mod(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject, w_m: W_AbstractIntObject) -> W_AbstractIntObject:
    from languages.python.objspace import errors
    try:
        return newlong(w_a.big().pow(w_b.big(), w_m.big()))
    except ValueError as e:
        message = str(e)
        if message == "base is not invertible":
            message = "base is not invertible for the given modulus"
        raise errors.value_error(message) from None


def is_negative(w_a: W_AbstractIntObject) -> bool:
    if isinstance(w_a, W_IntObject):
        return w_a.intval < 0
    return w_a.big().get_sign() < 0


def lshift(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    from languages.python.objspace import errors
    if is_negative(w_b):
        raise errors.value_error("negative shift count")
    if not isinstance(w_b, W_IntObject):
        if isinstance(w_a, W_IntObject) and w_a.intval == 0:
            return newint(0)
        raise errors.overflow_error("too many digits in integer")
    shift = w_b.intval
    if isinstance(w_a, W_IntObject):
        a = w_a.intval
        if shift < LONG_BIT - 1:
            result = intmask(a << shift)
            if (result >> shift) == a:
                return newint(result)
        if a == 0:
            return newint(0)
    try:
        return newlong(w_a.big().lshift(shift))
    except OverflowError:
        raise errors.overflow_error("too many digits in integer") from None


def rshift(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    from languages.python.objspace import errors
    if is_negative(w_b):
        raise errors.value_error("negative shift count")
    if not isinstance(w_b, W_IntObject):
        return newint(-1 if is_negative(w_a) else 0)
    shift = w_b.intval
    if isinstance(w_a, W_IntObject):
        if shift >= LONG_BIT - 1:
            return newint(-1 if w_a.intval < 0 else 0)
        return newint(w_a.intval >> shift)
    return newlong(w_a.big().rshift(shift))


def and_(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return newint(w_a.intval & w_b.intval)
    return newlong(w_a.big().and_(w_b.big()))


def or_(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return newint(w_a.intval | w_b.intval)
    return newlong(w_a.big().or_(w_b.big()))


def xor(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return newint(w_a.intval ^ w_b.intval)
    return newlong(w_a.big().xor(w_b.big()))


def neg(w_a: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject) and w_a.intval != MININT:
        return newint(-w_a.intval)
    return newlong(w_a.big().neg())


def pos(w_a: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject):
        return newint(w_a.intval)
    return newlong(w_a.big())


def abs_(w_a: W_AbstractIntObject) -> W_AbstractIntObject:
    if is_negative(w_a):
        return neg(w_a)
    return pos(w_a)


def invert(w_a: W_AbstractIntObject) -> W_AbstractIntObject:
    if isinstance(w_a, W_IntObject):
        return newint(~w_a.intval)
    return newlong(w_a.big().invert())


def compare(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject) -> int:
    """-1, 0 or 1."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        a = w_a.intval
        b = w_b.intval
        if a < b:
            return -1
        if a > b:
            return 1
        return 0
    x = w_a.big()
    y = w_b.big()
    if x.lt(y):
        return -1
    if x.gt(y):
        return 1
    return 0


def hash_int(w_a: W_AbstractIntObject) -> int:
    if isinstance(w_a, W_IntObject):
        return hash_machine_int(w_a.intval)
    return w_a.big().hash()


def hash_machine_int(a: int) -> int:
    if a >= 0:
        h = a % HASH_MODULUS
    elif a == MININT:
        h = -(rbigint.fromint(a).neg().hash())
        return h
    else:
        h = -((-a) % HASH_MODULUS)
    if h == -1:
        h = -2
    return h


def is_true(w_a: W_AbstractIntObject) -> bool:
    if isinstance(w_a, W_IntObject):
        return w_a.intval != 0
    return w_a.big().tobool()


def int_str(w_a: W_AbstractIntObject) -> str:
    from languages.python.objspace import errors
    if isinstance(w_a, W_IntObject):
        return str(w_a.intval)
    num = w_a.big()
    # CPython 3.11 refuses to write numbers of more than 4300 digits (sys.set_int_max_str_digits)
    if num.bit_length() > 14300:
        text = num.str()
        if len(text) - (1 if num.get_sign() < 0 else 0) > MAX_STR_DIGITS:
            raise errors.value_error("Exceeds the limit (4300 digits) for integer string conversion; "
                                     "use sys.set_int_max_str_digits() to increase the limit")
        return text
    return num.str()


def int_format_base(w_a: W_AbstractIntObject, base: int) -> str:
    """Digits in base 2/8/16 with a '-' for negatives, no prefix."""
    if isinstance(w_a, W_IntObject) and w_a.intval != MININT:
        value = w_a.intval
        negative = value < 0
        if negative:
            value = -value
        if value == 0:
            return "0"
        digits = []
        while value > 0:
            digits.append("0123456789abcdef"[value % base])
            value //= base
        digits.reverse()
        text = "".join(digits)
        if negative:
            return "-" + text
        return text
    return w_a.big().format(base)


def fits_machine(w_a: W_AbstractIntObject) -> bool:
    """Does the value fit in a machine int?"""
    if isinstance(w_a, W_IntObject):
        return True
    return w_a.big().fits_int()


def as_machine_int(w_a: W_AbstractIntObject) -> int:
    """The value as a machine int; OverflowError (Python) if it does not fit."""
    from languages.python.objspace import errors
    if isinstance(w_a, W_IntObject):
        return w_a.intval
    try:
        return w_a.big().toint()
    except OverflowError:
        raise errors.overflow_error("Python int too large to convert to C ssize_t") from None


def parse_int(text: str, base: int) -> W_AbstractIntObject:
    """int(text, base); ValueError with CPython's message."""
    from languages.python.objspace import errors, strobject
    s = strip_spaces(text)
    if len(s) < 19 and base == 10 and simple_decimal(s):
        return newint(int(s))
    check_digit_limit(s, base)
    try:
        num = rbigint.fromstr(s, base)
    except ValueError:
        raise errors.value_error("invalid literal for int() with base %d: %s" % (
            base, strobject.repr_str(text))) from None
    return newlong(num)


def check_digit_limit(s: str, base: int) -> None:
    """CPython 3.11 refuses to parse more than 4300 digits in a base that is not a power of two."""
    from languages.python.objspace import errors
    if base & (base - 1) != 0 and len(s) > MAX_STR_DIGITS:
        digits = leading_digits(s)
        if digits > MAX_STR_DIGITS:
            raise errors.value_error("Exceeds the limit (%d digits) for integer string conversion: value has %d "
                                     "digits; use sys.set_int_max_str_digits() to increase the limit"
                                     % (MAX_STR_DIGITS, digits))


def leading_digits(s: str) -> int:
    """How many digits (underscores skipped) the number text starts with, after its sign."""
    count = 0
    i = 0
    if i < len(s) and (s[i] == "-" or s[i] == "+"):
        i += 1
    while i < len(s) and (s[i].isdigit() or s[i] == "_"):
        if s[i] != "_":
            count += 1
        i += 1
    return count


def simple_decimal(s: str) -> bool:
    if len(s) == 0:
        return False
    start = 0
    if s[0] == "-" or s[0] == "+":
        start = 1
        if len(s) == 1:
            return False
    for i in range(start, len(s)):
        if not ("0" <= s[i] <= "9"):
            return False
    return True


def strip_spaces(text: str) -> str:
    start = 0
    end = len(text)
    while start < end and is_space(text[start]):
        start += 1
    while end > start and is_space(text[end - 1]):
        end -= 1
    return text[start:end]


def is_space(ch: str) -> bool:
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\x0b" or ch == "\x0c"


def wrap_binop_result(w_result: W_AbstractIntObject) -> W_Root:
    return w_result


NOT_IMPLEMENTED = w_NotImplemented
