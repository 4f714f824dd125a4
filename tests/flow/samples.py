"""Functions covering each construct of ARCHITECTURE §2, for the flow-graph tests.

Each is run directly and through its flow graph; both must agree (result or exception).
"""

import math
import os

from kit.rlib.objectmodel import we_are_translated
from kit.rlib.rarithmetic import intmask, ovfcheck
from kit.rlib.unroll import unrolling_iterable

DEBUG = False
NAMES = ("a", "bb", "ccc")
TABLE = [10, 20, 30]
OPS = unrolling_iterable(["add", "mul", "neg"])


# ---- basics -------------------------------------------------------------------------------------

def arithmetic(a, b):
    return a + b, a - b, a * b, a // b, a % b, a / b, a ** 2, a << 2, a >> 1, a & b, a | b, a ^ b, -a, ~a, +a


def float_ops(x, y):
    return x * y + 1.5, x / y, x // y, x % y, x ** 0.5, abs(x), float(3), int(x)


def comparisons(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b


def chained(a, b, c):
    return a < b < c, a <= b > c, 0 <= a < b <= c < 100


def truthiness(a, s, lst, d, n):
    r = 0
    if a:
        r += 1
    if s:
        r += 2
    if lst:
        r += 4
    if d:
        r += 8
    if n is None:
        r += 16
    if not n:
        r += 32
    return r


def boolean_ops(a, b, c):
    return (a and b) or c, a or b, a and b and c, not a


def conditional_expression(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"


def if_elif_else(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    elif x < 10:
        y = x * 2
    else:
        y = x
    return y


def constant_folding(x):
    if DEBUG:
        print("never")
        x += 1000
    n = len(NAMES) * 2
    return x + n


def builtins_use(lst, s):
    return (len(lst), min(lst), max(lst), sum(lst), abs(-3), ord(s[0]), chr(65), int("42"), float("2.5"),
            str(12), repr("x"), bool(0), hash(7) == hash(7), divmod(17, 5), hex(255), sorted(lst),
            list(reversed(lst)), min(3, 1, 2), max(2, 9), isinstance(s, str), type(s).__name__)


# ---- loops --------------------------------------------------------------------------------------

def while_loop(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if i > 50:
            break
        total += i
    return total


def while_else(n):
    i = 0
    while i < n:
        if i == 7:
            break
        i += 1
    else:
        return -i
    return i


def for_range(n):
    total = 0
    for i in range(n):
        total += i
    for i in range(2, n, 3):
        total -= i
    for i in range(n, 0, -1):
        total += i * 2
    return total


def for_containers(lst, s, b, d, t):
    out = []
    for x in lst:
        out.append(x)
    for c in s:
        out.append(ord(c))
    for byte in b:
        out.append(byte)
    for k in d:
        out.append(k)
    for v in d.values():
        out.append(v)
    for k, v in d.items():
        out.append(k * v)
    for x in t:
        out.append(x)
    for i, x in enumerate(lst):
        out.append(i + x)
    for x, y in zip(lst, lst):
        out.append(x * y)
    return out


def for_else(lst, target):
    for x in lst:
        if x == target:
            break
    else:
        return -1
    return x


def nested_loops(n):
    count = 0
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j > i:
                break
            if (i + j) % 2:
                continue
            count += 1
    return count


def unrolled(x):
    results = []
    for op in OPS:
        if op == "add":
            results.append(x + 1)
        elif op == "mul":
            results.append(x * 2)
        else:
            results.append(-x)
    return results


def unrolled_break(x):
    total = 0
    for step in unrolling_iterable([1, 2, 3, 4]):
        if step > x:
            break
        total += step
    else:
        total = -total
    return total


# ---- exceptions ---------------------------------------------------------------------------------

class AppError(Exception):
    def __init__(self, code):
        self.code = code


class SubAppError(AppError):
    pass


def may_fail(x):
    if x < 0:
        raise AppError(x)
    if x == 0:
        raise SubAppError(0)
    if x == 13:
        raise ValueError("thirteen")
    return x * 10


def try_except(x):
    try:
        y = may_fail(x)
    except SubAppError:
        y = -1000
    except AppError as e:
        y = e.code
    except (ValueError, KeyError):
        y = 13
    else:
        y += 1
    return y


def try_finally(x, log):
    try:
        if x > 0:
            return may_fail(x)
        log.append("body")
    finally:
        log.append("finally")
    return -1


def finally_through_break(n, log):
    i = 0
    while True:
        try:
            i += 1
            if i >= n:
                break
            if i % 2:
                continue
            log.append(i)
        finally:
            log.append(-i)
    return i


def reraise(x):
    try:
        return may_fail(x)
    except AppError:
        raise
    except ValueError as e:
        raise KeyError(str(e)) from e


def raise_in_try(x):
    try:
        if x:
            raise AppError(x)
        return 0
    except AppError as e:
        return e.code + 1


def nested_try(x):
    result = 0
    try:
        try:
            result = may_fail(x)
        except ValueError:
            result = -13
        finally:
            result += 1
    except AppError as e:
        result = e.code * 100
    return result


def indexing_errors(lst, d, i, k):
    try:
        a = lst[i]
    except IndexError:
        a = -1
    try:
        b = d[k]
    except KeyError:
        b = -2
    try:
        c = 100 // i
    except ZeroDivisionError:
        c = -3
    return a, b, c


def asserts(x):
    assert x > 0, "x must be positive"
    assert x != 5
    return x


def overflow(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return intmask(a * b)


def overflow_add(a, b):
    try:
        r = ovfcheck(a + b)
    except OverflowError:
        r = 0
    return r


# ---- data structures ----------------------------------------------------------------------------

def lists(n):
    lst = [0] * n
    lst[0] = 5
    lst.append(7)
    lst.extend([8, 9])
    lst.insert(1, 3)
    lst.pop()
    lst.pop(0)
    lst.remove(7)
    lst.reverse()
    lst.sort()
    idx = lst.index(8)
    c = lst.count(0)
    other = lst + [1, 2]
    same = other == lst
    lst[1:3] = [4, 4]
    part = lst[1:-1]
    del lst[0]
    del lst[0:1]
    return lst, part, idx, c, other, same, lst[::-1], TABLE[1], 3 in lst


def dicts(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
    d.setdefault("zz", 5)
    e = d.copy()
    e.update({"q": 1})
    x = e.pop("q")
    del e["zz"]
    squares = {k: v * v for k, v in d.items() if v > 0}
    has = "zz" in d
    d2 = {"a": 1, "b": 2}
    d2.clear()
    return sorted(d.keys()), sorted(d.values()), x, sorted(squares.items()), has, len(d2)


def tuples_and_unpacking(t):
    a, b, c = t
    (x, y), z = (a, b), c
    a, b = b, a
    first, second = [x, y]
    return a, b, c, x, y, z, first, second, t[1:], len(t)


def strings(s):
    parts = s.split(",")
    words = "  hello world ".split()
    joined = "-".join(parts)
    return (joined, s.strip(), s.lstrip("a"), s.rstrip("c"), s.startswith("a"), s.endswith("c"),
            s.find("b"), s.rfind(","), s.replace(",", ";"), s.upper(), s.lower(), "12".isdigit(),
            "ab".isalpha(), " ".isspace(), "a1".isalnum(), "AB".isupper(), "ab".islower(),
            s.count(","), s.encode(), b"xy".decode(), s + "!", s * 2, s < "b", s[1], s[1:3],
            "b" in s, words)


def bytes_ops(b):
    return b[0], b[1:], b + b"!", b.upper(), b.split(b","), len(b), b"x" in b, b.find(b"c")


def formatting(x, f, s):
    return ("%s|%d|%x|%f|%r" % (s, x, x, f, s), f"{x}-{s}-{f:.2f}-{s!r}", "%d%%" % x, f"{x:>5}",
            "%s" % s, "%5d|%-4s|%.3f" % (x, s, f))


def comprehensions(lst):
    evens = [x for x in lst if x % 2 == 0]
    pairs = [(x, y) for x in lst for y in lst if x < y]
    nested = [[x * y for y in range(3)] for x in lst]
    total = sum(x * x for x in lst)
    x = 100
    again = [x for x in lst]
    return evens, pairs, nested, total, x, again


def walrus(lst):
    if (n := len(lst)) > 2:
        return n
    return -n


# ---- calls and classes --------------------------------------------------------------------------

def keywords(a, b=2, c=3, *, d=4):
    return a * 1000 + b * 100 + c * 10 + d


def call_with_keywords(x):
    return keywords(x), keywords(x, 5), keywords(x, c=7), keywords(a=x, d=9, b=1)


def star_args(*args):
    total = 0
    for a in args:
        total += a
    return total + len(args)


def call_star(t):
    return star_args(*t), star_args(1, 2), star_args()


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return self.name + ":" + str(self.sides) + ":" + str(self.area())


class Square(Shape):
    sides = 4

    def __init__(self, size):
        Shape.__init__(self, "square")
        self.size = size

    def area(self):
        return float(self.size * self.size)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    def describe(self):
        return "round " + super().describe()


def classes(n):
    shapes = [Square(n), Circle(n), Shape("blob")]
    out = []
    for s in shapes:
        out.append(s.describe())
        if isinstance(s, Square):
            s.size += 1
            out.append(str(s.size))
    return out, type(shapes[0]).__name__


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by=1):
        self.count += by
        return self.count


PREBUILT = Counter()


def prebuilt_state(n):
    start = PREBUILT.count
    for _ in range(n):
        PREBUILT.bump()
    PREBUILT.bump(by=10)
    return PREBUILT.count - start


def function_values(flag):
    f = keywords if flag else star_args
    return f(1, 2)


# runs at import time only (module-level code may use any Python)
IMPORT_TIME_ONLY = ("make_adder",)


def make_adder(n):
    def adder(x):
        return x + n
    return adder


add5 = make_adder(5)


def closure_from_import_time(x):
    return add5(x)


def os_and_time():
    fd = os.open("/dev/null", os.O_WRONLY)
    n = os.write(fd, b"hello")
    os.close(fd)
    return n, we_are_translated()


def imports_inside(x):
    import math as m

    from kit.rlib.rarithmetic import intmask as im
    return m.floor(x), im(x)


def string_building(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    return ",".join(parts)


class GreeterMixin:
    _mixin_ = True

    def greet(self):
        return "hello " + self.who()


class World(GreeterMixin):
    def who(self):
        return "world"


def mixins_and_class_attrs():
    return World().greet(), Square.sides, Square(2).sides


def printing(x, f):
    print("value", x, f, True, None)
    print()
    return x


def time_math_env(x):
    import time
    t0 = time.time()
    t1 = time.perf_counter()
    home = os.getenv("KIT_SURELY_UNSET_VARIABLE")
    return (t0 > 0, t1 >= 0, home is None, math.floor(x), math.sqrt(16.0), math.isinf(x),
            math.fabs(-x), math.fmod(x, 1.0))


def tuple_keys_and_r_uint(n):
    from kit.rlib.rarithmetic import r_uint
    d = {}
    for i in range(n):
        d[(i, str(i))] = i * i
    u = r_uint(n) - r_uint(1)
    return d[(1, "1")], len(d), intmask(u), d.get((99, "x"), -1)


def list_equality_and_repeat(a):
    b = a * 2
    return b != a, a + b == b + a, [1] * 3 == [1, 1, 1]


def none_able(flag):
    s = None
    if flag:
        s = Shape("x")
    if s:
        return s.name
    return "none"
