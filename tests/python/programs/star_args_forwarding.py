# ruff: noqa
# *args and **kwargs: forwarding through wrappers, several * and ** unpackings in one call,
# keyword-only and positional-only parameters, defaults evaluated once, argument errors
# reported with CPython's wording, star-unpacking in assignments and literals
def log_calls(func):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + ["%s=%r" % kv for kv in kwargs.items()]
        result = func(*args, **kwargs)
        print("%s(%s) -> %r" % (func.__name__, ", ".join(parts), result))
        return result
    return wrapper


@log_calls
def area(width, height=1, /, *, unit="m"):
    return "%d%s2" % (width * height, unit)


@log_calls
def join(sep, *parts, upper=False, **extra):
    text = sep.join(str(p) for p in parts)
    if extra:
        text += " " + " ".join("%s:%s" % kv for kv in sorted(extra.items()))
    return text.upper() if upper else text


area(3)
area(3, 4, unit="cm")
join("-", 1, 2, 3)
join("/", *"abc", *[1, 2], upper=True)
opts = {"upper": False, "zeta": 26}
more = {"alpha": 1}
join(",", *range(3), **opts, **more)
join(*["+", "x", "y"], **{"mid": "m"})


def errors(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


errors(lambda: area(width=3))
errors(lambda: area(1, 2, 3))
errors(lambda: area(1, "cm"))
errors(lambda: area(1, color="red"))
errors(lambda: join())
errors(lambda: join(",", **{"upper": True}, **{"upper": False}))
errors(lambda: join(",", sep=";"))


def defaults(item, bucket=[], *, seen={}):
    bucket.append(item)
    seen[item] = seen.get(item, 0) + 1
    return len(bucket), dict(seen)


print(defaults("a"), defaults("b"), defaults("a", []), defaults.__defaults__, defaults.__kwdefaults__)


def describe(first, second=None, *rest, flag=False, **named):
    return first, second, rest, flag, named


print(describe(1))
print(describe(1, 2, 3, 4, flag=True, x=5))
print(describe(*(1, 2), *[3], **dict(y=6), flag=None))
print(describe(second=2, first=1))
head, *middle, tail = range(6)
*init, last = "hello"
a, (b, *c), d = 1, (2, 3, 4), 5
print(head, middle, tail, init, last, a, b, c, d)
print([*range(3), *"ab", *{"k": 1}], (*[1, 2],), {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})


def pipeline(value, *funcs, **options):
    for f in funcs:
        value = f(value, **{k: v for k, v in options.items() if k in f.__code__.co_varnames})
    return value


def scale(v, factor=2):
    return v * factor


def shift(v, offset=0):
    return v + offset


print(pipeline(5, scale, shift), pipeline(5, scale, shift, factor=10, offset=-1), pipeline(5))
print(max(*[3, 9, 2]), min(4, *(8, 1)), print(*["a", "b"], sep="|", end="!\n"))
