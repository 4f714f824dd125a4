"""The numeric tower: fixnums, bignums, exact rationals and flonums, and generic arithmetic.

Exact integers go through the integer layer (the int_* functions): fixnums take the fast path with
ovfcheck and overflow into W_Bignum (kit.rlib.rbigint); results that fit a word are fixnums again,
so a W_Bignum never holds a value a W_Fixnum could.
"""

from __future__ import annotations

import math

from kit.rlib.jit import we_are_jitted
from kit.rlib.rarithmetic import ovfcheck
from kit.rlib.rbigint import rbigint
from languages.scheme.objects import W_Object, scheme_error, type_error


class W_Number(W_Object):
    def is_exact(self) -> bool:
        return True

    def type_name(self) -> str:
        return "number"


class W_Fixnum(W_Number):
    """An exact integer that fits a machine word."""

    _immutable_fields_ = ["intval"]

    def __init__(self, value: int) -> None:
        self.intval = value


class W_Bignum(W_Number):
    """An exact integer too big for a machine word."""

    _immutable_fields_ = ["bigval"]

    def __init__(self, value: rbigint) -> None:
        self.bigval = value


class W_Ratnum(W_Number):
    """An exact non-integral rational num/den in lowest terms, den > 1."""

    _immutable_fields_ = ["num", "den"]

    def __init__(self, num: W_Number, den: W_Number) -> None:
        self.num = num
        self.den = den


class W_Flonum(W_Number):
    _immutable_fields_ = ["floatval"]

    def __init__(self, value: float) -> None:
        self.floatval = value

    def is_exact(self) -> bool:
        return False


SMALL_INTS = [W_Fixnum(i) for i in range(-16, 257)]


def make_int(value: int) -> W_Number:
    # the shared small integers save allocations in the interpreter; compiled code allocates a
    # fresh one instead, which its allocation removal usually makes disappear (the cache would
    # cost a load, a bounds check and two range guards that fail when a counter passes 256)
    if not we_are_jitted() and -16 <= value <= 256:
        return SMALL_INTS[value + 16]
    return W_Fixnum(value)


def make_float(value: float) -> W_Number:
    return W_Flonum(value)


ZERO = make_int(0)
ONE = make_int(1)


def is_exact_integer(value: W_Object) -> bool:
    return isinstance(value, W_Fixnum) or isinstance(value, W_Bignum)


# ---- the integer layer (exact integers: W_Fixnum or W_Bignum) --------------------------------------

def to_big(n: W_Number) -> rbigint:
    if isinstance(n, W_Fixnum):
        return rbigint.fromint(n.intval)
    assert isinstance(n, W_Bignum)
    return n.bigval


def from_big(value: rbigint) -> W_Number:
    """The canonical exact integer: a fixnum whenever the value fits one."""
    if value.fits_int():
        return make_int(value.toint())
    return W_Bignum(value)


def make_bigint_from_str(digits: str, radix: int) -> W_Number:
    return from_big(rbigint.fromstr(digits, radix))


def int_add(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            try:
                return make_int(ovfcheck(a.intval + b.intval))
            except OverflowError:
                pass
    return from_big(to_big(a).add(to_big(b)))


def int_sub(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            try:
                return make_int(ovfcheck(a.intval - b.intval))
            except OverflowError:
                pass
    return from_big(to_big(a).sub(to_big(b)))


def int_mul(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            try:
                return make_int(ovfcheck(a.intval * b.intval))
            except OverflowError:
                pass
    return from_big(to_big(a).mul(to_big(b)))


def int_neg(a: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        try:
            return make_int(ovfcheck(-a.intval))
        except OverflowError:
            pass
    return from_big(to_big(a).neg())


def int_cmp(a: W_Number, b: W_Number) -> int:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            if a.intval < b.intval:
                return -1
            if a.intval > b.intval:
                return 1
            return 0
    x = to_big(a)
    y = to_big(b)
    if x.lt(y):
        return -1
    if x.eq(y):
        return 0
    return 1


def int_sign(a: W_Number) -> int:
    if isinstance(a, W_Fixnum):
        if a.intval < 0:
            return -1
        if a.intval > 0:
            return 1
        return 0
    assert isinstance(a, W_Bignum)
    return a.bigval.get_sign()


def int_is_zero(a: W_Number) -> bool:
    return isinstance(a, W_Fixnum) and a.intval == 0


def int_is_odd(a: W_Number) -> bool:
    if isinstance(a, W_Fixnum):
        return a.intval % 2 == 1
    return not to_big(a).int_mod(2).is_zero()


def int_floordiv(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            if b.intval != -1:
                return make_int(a.intval // b.intval)
    return from_big(to_big(a).floordiv(to_big(b)))


def int_floormod(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            if b.intval == -1:
                return ZERO
            return make_int(a.intval % b.intval)
    return from_big(to_big(a).mod(to_big(b)))


def int_truncdiv(a: W_Number, b: W_Number) -> W_Number:
    q = int_floordiv(a, b)
    if int_sign(q) < 0 and not int_is_zero(int_floormod(a, b)):
        return int_add(q, ONE)
    return q


def int_truncmod(a: W_Number, b: W_Number) -> W_Number:
    r = int_floormod(a, b)
    if not int_is_zero(r) and int_sign(r) != int_sign(a):
        return int_sub(r, b)
    return r


def int_abs(a: W_Number) -> W_Number:
    if int_sign(a) < 0:
        return int_neg(a)
    return a


def int_gcd(a: W_Number, b: W_Number) -> W_Number:
    a = int_abs(a)
    b = int_abs(b)
    while not int_is_zero(b):
        a, b = b, int_floormod(a, b)
    return a


def int_to_float(a: W_Number) -> float:
    if isinstance(a, W_Fixnum):
        return float(a.intval)
    try:
        return to_big(a).tofloat()
    except OverflowError:
        if int_sign(a) < 0:
            return -math.inf
        return math.inf


def int_from_float(f: float) -> W_Number:
    """The exact integer equal to the integral float f."""
    if -9.2e18 < f < 9.2e18:
        return make_int(int(f))
    return from_big(rbigint.fromfloat(f))


def int_pow(base: W_Number, exponent: int) -> W_Number:
    result = ONE
    while exponent > 0:
        if exponent & 1:
            result = int_mul(result, base)
        exponent >>= 1
        if exponent > 0:
            base = int_mul(base, base)
    return result


def int_sqrt(n: W_Number) -> W_Number:
    """floor(sqrt(n)) for n >= 0: Newton's iteration on exact integers."""
    if isinstance(n, W_Fixnum):
        x = n.intval
        if x < 2:
            return n
        guess = int(math.sqrt(float(x)))
        while guess > 0 and guess > x // guess:
            guess -= 1
        while (guess + 1) <= x // (guess + 1):
            guess += 1
        return make_int(guess)
    # start above the root (2**ceil(bits/2)), then x' = (x + n // x) // 2 decreases to it
    big = to_big(n)
    x = rbigint.fromint(1).lshift((big.bit_length() + 1) // 2)
    while True:
        y = x.add(big.floordiv(x)).rshift(1)
        if y.ge(x):
            return from_big(x)
        x = y


def int_to_string(a: W_Number, radix: int) -> str:
    assert isinstance(a, W_Bignum)
    return a.bigval.format(radix)


# ---- rationals ----------------------------------------------------------------------------------

def make_rational(num: W_Number, den: W_Number) -> W_Number:
    """num/den in lowest terms; an integer when the denominator divides out. den must not be 0."""
    if int_is_zero(den):
        raise scheme_error("/: division by zero", [])
    if int_sign(den) < 0:
        num = int_neg(num)
        den = int_neg(den)
    g = int_gcd(num, den)
    if int_cmp(g, ONE) != 0:
        num = int_floordiv(num, g)
        den = int_floordiv(den, g)
    if int_cmp(den, ONE) == 0:
        return num
    return W_Ratnum(num, den)


def numerator_of(n: W_Number) -> W_Number:
    if isinstance(n, W_Ratnum):
        return n.num
    return n


def denominator_of(n: W_Number) -> W_Number:
    if isinstance(n, W_Ratnum):
        return n.den
    return ONE


def rat_to_float(n: W_Ratnum) -> float:
    num = n.num
    den = n.den
    if isinstance(num, W_Fixnum):
        if isinstance(den, W_Fixnum):
            if -BIG_FLOAT < num.intval < BIG_FLOAT and den.intval < BIG_FLOAT:
                # both exactly representable: one correctly rounded division
                return float(num.intval) / float(den.intval)
    try:
        return to_big(num).truediv(to_big(den))
    except OverflowError:
        if int_sign(num) < 0:
            return -math.inf
        return math.inf


BIG_FLOAT = 2 ** 53


# ---- conversions --------------------------------------------------------------------------------

def to_float(n: W_Number) -> float:
    if isinstance(n, W_Flonum):
        return n.floatval
    if isinstance(n, W_Ratnum):
        return rat_to_float(n)
    return int_to_float(n)


def exact_of_float(f: float) -> W_Number:
    if math.isinf(f) or math.isnan(f):
        raise scheme_error("exact: no exact representation of", [W_Flonum(f)])
    if f == float_floor(f):
        return int_from_float(f)
    # a non-integral float is below 2**52 in magnitude, so doubling it is exact until it becomes
    # integral (at most 1074 times): f = scaled / 2**digits
    scaled = f
    digits = 0
    while scaled != float_floor(scaled):
        scaled *= 2.0
        digits += 1
    return make_rational(int_from_float(scaled), int_pow(make_int(2), digits))


def to_exact(n: W_Number) -> W_Number:
    if isinstance(n, W_Flonum):
        return exact_of_float(n.floatval)
    return n


def to_inexact(n: W_Number) -> W_Number:
    if isinstance(n, W_Flonum):
        return n
    return W_Flonum(to_float(n))


def check_number(who: str, value: W_Object) -> W_Number:
    if not isinstance(value, W_Number):
        raise type_error(who, "a number", value)
    return value


def check_integer(who: str, value: W_Object) -> W_Number:
    """An integer (exact, or an integral flonum) as a W_Number."""
    if isinstance(value, W_Fixnum):
        return value
    if isinstance(value, W_Bignum):
        return value
    if isinstance(value, W_Flonum) and is_integral_float(value.floatval):
        return value
    raise type_error(who, "an integer", value)


def check_exact_integer(who: str, value: W_Object) -> W_Number:
    if isinstance(value, W_Fixnum):
        return value
    if isinstance(value, W_Bignum):
        return value
    raise type_error(who, "an exact integer", value)


def is_integral_float(f: float) -> bool:
    return not math.isinf(f) and not math.isnan(f) and f == float_floor(f)


def is_integer(n: W_Number) -> bool:
    if isinstance(n, W_Flonum):
        return is_integral_float(n.floatval)
    return not isinstance(n, W_Ratnum)


# ---- generic arithmetic -------------------------------------------------------------------------

def add(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            try:
                return make_int(ovfcheck(a.intval + b.intval))
            except OverflowError:
                pass
    if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
        return W_Flonum(to_float(a) + to_float(b))
    if isinstance(a, W_Ratnum) or isinstance(b, W_Ratnum):
        an, ad = numerator_of(a), denominator_of(a)
        bn, bd = numerator_of(b), denominator_of(b)
        return make_rational(int_add(int_mul(an, bd), int_mul(bn, ad)), int_mul(ad, bd))
    return int_add(a, b)


def negate(a: W_Number) -> W_Number:
    if isinstance(a, W_Flonum):
        return W_Flonum(-a.floatval)
    if isinstance(a, W_Ratnum):
        return W_Ratnum(int_neg(a.num), a.den)
    return int_neg(a)


def sub(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            try:
                return make_int(ovfcheck(a.intval - b.intval))
            except OverflowError:
                pass
    if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
        return W_Flonum(to_float(a) - to_float(b))
    return add(a, negate(b))


def mul(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            try:
                return make_int(ovfcheck(a.intval * b.intval))
            except OverflowError:
                pass
    if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
        return W_Flonum(to_float(a) * to_float(b))
    if isinstance(a, W_Ratnum) or isinstance(b, W_Ratnum):
        return make_rational(int_mul(numerator_of(a), numerator_of(b)),
                             int_mul(denominator_of(a), denominator_of(b)))
    return int_mul(a, b)


def div(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
        x = to_float(a)
        y = to_float(b)
        if y == 0.0:
            if x == 0.0 or math.isnan(x):
                return W_Flonum(math.nan)
            if (x > 0.0) == (math.copysign(1.0, y) > 0.0):
                return W_Flonum(math.inf)
            return W_Flonum(-math.inf)
        return W_Flonum(x / y)
    if is_zero(b):
        raise scheme_error("/: division by zero", [a])
    return make_rational(int_mul(numerator_of(a), denominator_of(b)),
                         int_mul(denominator_of(a), numerator_of(b)))


def is_zero(a: W_Number) -> bool:
    if isinstance(a, W_Flonum):
        return a.floatval == 0.0
    if isinstance(a, W_Ratnum):
        return False
    return int_is_zero(a)


def is_nan(a: W_Number) -> bool:
    return isinstance(a, W_Flonum) and math.isnan(a.floatval)


def sign(a: W_Number) -> int:
    if isinstance(a, W_Flonum):
        if a.floatval > 0.0:
            return 1
        if a.floatval < 0.0:
            return -1
        return 0
    if isinstance(a, W_Ratnum):
        return int_sign(a.num)
    return int_sign(a)


def compare(a: W_Number, b: W_Number) -> int:
    """-1, 0 or 1; callers check for NaN first (every comparison with NaN is false)."""
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            if a.intval < b.intval:
                return -1
            if a.intval > b.intval:
                return 1
            return 0
    if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
        x = to_float(a)
        y = to_float(b)
        if x < y:
            return -1
        if x > y:
            return 1
        return 0
    if isinstance(a, W_Ratnum) or isinstance(b, W_Ratnum):
        left = int_mul(numerator_of(a), denominator_of(b))
        right = int_mul(numerator_of(b), denominator_of(a))
        return int_cmp(left, right)
    return int_cmp(a, b)


def num_equal(a: W_Number, b: W_Number) -> bool:
    if is_nan(a) or is_nan(b):
        return False
    return compare(a, b) == 0


def eqv_numbers(a: W_Number, b: W_Number) -> bool:
    """eqv? on numbers: same exactness and the same value (-0.0 and 0.0 differ, NaN equals NaN)."""
    if isinstance(a, W_Flonum):
        if isinstance(b, W_Flonum):
            if math.isnan(a.floatval) and math.isnan(b.floatval):
                return True
            return a.floatval == b.floatval and math.copysign(1.0, a.floatval) == math.copysign(1.0, b.floatval)
    if a.is_exact() != b.is_exact():
        return False
    return compare(a, b) == 0


# ---- integer division ---------------------------------------------------------------------------

def _float_division(who: str, a: W_Number, b: W_Number, floor: bool) -> tuple[W_Number, W_Number]:
    x = to_float(a)
    y = to_float(b)
    if y == 0.0:
        raise scheme_error("%s: division by zero" % who, [a])
    q = x / y
    if floor:
        q = float_floor(q)
    else:
        q = float_trunc(q)
    return W_Flonum(q), W_Flonum(x - q * y)


def floor_divide(who: str, a: W_Number, b: W_Number) -> tuple[W_Number, W_Number]:
    if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
        return _float_division(who, a, b, True)
    if int_is_zero(b):
        raise scheme_error("%s: division by zero" % who, [a])
    return int_floordiv(a, b), int_floormod(a, b)


def truncate_divide(who: str, a: W_Number, b: W_Number) -> tuple[W_Number, W_Number]:
    if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
        return _float_division(who, a, b, False)
    if int_is_zero(b):
        raise scheme_error("%s: division by zero" % who, [a])
    return int_truncdiv(a, b), int_truncmod(a, b)


def gcd(a: W_Number, b: W_Number) -> W_Number:
    if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
        x = abs(to_float(a))
        y = abs(to_float(b))
        while y != 0.0:
            x, y = y, math.fmod(x, y)
        return W_Flonum(x)
    return int_gcd(a, b)


def lcm(a: W_Number, b: W_Number) -> W_Number:
    if is_zero(a) or is_zero(b):
        if isinstance(a, W_Flonum) or isinstance(b, W_Flonum):
            return W_Flonum(0.0)
        return ZERO
    g = gcd(a, b)
    q, _ = floor_divide("lcm", mul(a, b), g)
    if sign(q) < 0:
        return negate(q)
    return q


# ---- rounding -----------------------------------------------------------------------------------

def float_trunc(x: float) -> float:
    if math.isinf(x) or math.isnan(x):
        return x
    return math.modf(x)[1]


def float_floor(x: float) -> float:
    # math.floor returns an int on Python 3; work on floats throughout
    if math.isinf(x) or math.isnan(x):
        return x
    frac, whole = math.modf(x)
    if frac < 0.0:
        return whole - 1.0
    return whole


def float_ceil(x: float) -> float:
    if math.isinf(x) or math.isnan(x):
        return x
    frac, whole = math.modf(x)
    if frac > 0.0:
        return whole + 1.0
    return whole


def round_half_even(x: float) -> float:
    f = float_floor(x)
    diff = x - f
    if diff > 0.5:
        result = f + 1.0
    elif diff < 0.5:
        result = f
    elif math.fmod(f, 2.0) == 0.0:
        result = f
    else:
        result = f + 1.0
    # rounding keeps the sign of zero: (round -0.4) is -0.0
    return math.copysign(result, x)


def rounding(mode: str, a: W_Number) -> W_Number:
    """floor, ceiling, truncate or round of any real."""
    if isinstance(a, W_Flonum):
        x = a.floatval
        if math.isinf(x) or math.isnan(x):
            return a
        if mode == "floor":
            return W_Flonum(float_floor(x))
        if mode == "ceiling":
            return W_Flonum(float_ceil(x))
        if mode == "truncate":
            return W_Flonum(float_trunc(x))
        return W_Flonum(round_half_even(x))
    if isinstance(a, W_Ratnum):
        down = int_floordiv(a.num, a.den)
        if mode == "floor":
            return down
        if mode == "ceiling":
            return int_add(down, ONE)
        if mode == "truncate":
            if int_sign(a.num) < 0:
                return int_add(down, ONE)
            return down
        # round: compare the remainder with one half
        twice_rem = int_mul(int_sub(a.num, int_mul(down, a.den)), make_int(2))
        c = int_cmp(twice_rem, a.den)
        if c < 0:
            return down
        if c > 0:
            return int_add(down, ONE)
        if int_is_odd(down):
            return int_add(down, ONE)
        return down
    return a


# ---- powers and roots ---------------------------------------------------------------------------

def expt(base: W_Number, power: W_Number) -> W_Number:
    if isinstance(power, W_Bignum) and base.is_exact():
        # only 0, 1 and -1 have exact powers this large that fit in memory
        if is_zero(base) or int_cmp(int_abs(numerator_of(base)), ONE) == 0 and \
                int_cmp(denominator_of(base), ONE) == 0:
            if int_sign(power) < 0 and is_zero(base):
                raise scheme_error("expt: division by zero", [base, power])
            if is_zero(base) or int_sign(base) > 0 or not int_is_odd(power):
                return base if is_zero(base) else ONE
            return base
        raise scheme_error("expt: exponent too large", [power])
    if isinstance(power, W_Fixnum) and base.is_exact():
        e = power.intval
        if e >= 0:
            if isinstance(base, W_Ratnum):
                return make_rational(int_pow(base.num, e), int_pow(base.den, e))
            return int_pow(base, e)
        if is_zero(base):
            raise scheme_error("expt: division by zero", [base, power])
        return div(ONE, expt(base, int_neg(power)))
    x = to_float(base)
    y = to_float(power)
    if x < 0.0 and not is_integral_float(y):
        raise scheme_error("expt: complex results are not supported", [base, power])
    if x == 0.0 and y < 0.0:
        return W_Flonum(math.inf)
    try:
        return W_Flonum(math.pow(x, y))
    except OverflowError:
        return W_Flonum(math.inf)


def exact_integer_sqrt(n: W_Number) -> tuple[W_Number, W_Number]:
    root = int_sqrt(n)
    return root, int_sub(n, int_mul(root, root))


def exact_or_float_sqrt(a: W_Number) -> W_Number:
    if sign(a) < 0 and not is_nan(a):
        raise scheme_error("sqrt: complex results are not supported", [a])
    if isinstance(a, W_Fixnum):
        root, rest = exact_integer_sqrt(a)
        if int_is_zero(rest):
            return root
    elif isinstance(a, W_Ratnum):
        num_root, num_rest = exact_integer_sqrt(a.num)
        den_root, den_rest = exact_integer_sqrt(a.den)
        if int_is_zero(num_rest) and int_is_zero(den_rest):
            return make_rational(num_root, den_root)
    return W_Flonum(math.sqrt(to_float(a)))


def rationalize(x: W_Number, y: W_Number) -> W_Number:
    """The simplest rational within y of x (R7RS 6.2.6), by the Stern-Brocot descent."""
    inexact = isinstance(x, W_Flonum) or isinstance(y, W_Flonum)
    if inexact:
        fx = to_float(x)
        fy = to_float(y)
        if math.isnan(fx) or math.isnan(fy):
            return W_Flonum(math.nan)
        if math.isinf(fy):
            return W_Flonum(0.0) if not math.isinf(fx) else W_Flonum(math.nan)
        if math.isinf(fx):
            return W_Flonum(fx)
    ex = to_exact(x)
    ey = to_exact(y)
    if sign(ey) < 0:
        ey = negate(ey)
    low = sub(ex, ey)
    high = add(ex, ey)
    result = simplest_between(low, high)
    if inexact:
        return to_inexact(result)
    return result


def simplest_between(low: W_Number, high: W_Number) -> W_Number:
    if sign(low) > 0:
        return simplest_positive(low, high)
    if sign(high) < 0:
        return negate(simplest_positive(negate(high), negate(low)))
    return ZERO


def simplest_positive(low: W_Number, high: W_Number) -> W_Number:
    # iterative continued-fraction walk: collect the terms, then fold them back
    terms: list[W_Number] = []
    while True:
        fl = rounding("floor", low)
        if compare(fl, low) == 0:
            terms.append(fl)
            break
        if compare(fl, rounding("floor", high)) < 0:
            terms.append(add(fl, ONE))
            break
        terms.append(fl)
        low, high = div(ONE, sub(high, fl)), div(ONE, sub(low, fl))
    result = terms[len(terms) - 1]
    i = len(terms) - 2
    while i >= 0:
        result = add(terms[i], div(ONE, result))
        i -= 1
    return result


# ---- transcendental functions -------------------------------------------------------------------

def float_function(name: str, x: float) -> float:
    if name == "exp":
        try:
            return math.exp(x)
        except OverflowError:
            return math.inf
    if name == "log":
        if x == 0.0:
            return -math.inf
        if x < 0.0:
            raise scheme_error("log: complex results are not supported", [W_Flonum(x)])
        return math.log(x)
    if name == "sin":
        return math.sin(x)
    if name == "cos":
        return math.cos(x)
    if name == "tan":
        return math.tan(x)
    if name == "asin":
        if x < -1.0 or x > 1.0:
            raise scheme_error("asin: complex results are not supported", [W_Flonum(x)])
        return math.asin(x)
    if name == "acos":
        if x < -1.0 or x > 1.0:
            raise scheme_error("acos: complex results are not supported", [W_Flonum(x)])
        return math.acos(x)
    if name == "atan":
        return math.atan(x)
    raise scheme_error("unknown function " + name, [])
