# ruff: noqa
# API design with parameters: keyword-only flags, positional-only data, **options forwarding, signature errors
def connect(host, port=80, /, *, timeout=10.0, retries=3, **options):
    return "%s:%d timeout=%s retries=%d options=%s" % (host, port, timeout, retries, sorted(options.items()))
print(connect("example.com"))
print(connect("example.com", 8080, timeout=2.5, secure=True, proxy=None))
for call in [lambda: connect(host="x"), lambda: connect("x", 1, 2), lambda: connect("x", timeout=1, timeout2=2, retries="3")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def log(message, *args, level="INFO", sep=" ", **extra):
    text = message % args if args else message
    tail = sep.join("%s=%s" % kv for kv in sorted(extra.items()))
    return "[%s] %s%s" % (level, text, (" " + tail) if tail else "")
print(log("started"), log("%d items in %s", 3, "cart", level="DEBUG"), log("done", user="ann", ms=12, sep=","))
def wrapper(*args, **kwargs):
    return log(*args, **kwargs)
print(wrapper("via %s", "wrapper", level="WARN", code=7))
def defaults(a, b=[], c={}, d=None):
    b.append(a)
    c[a] = len(b)
    return b, c, d
print(defaults(1), defaults(2), defaults(3, [], {}), defaults.__defaults__[0])
def all_kinds(a, b, /, c, d=4, *rest, e, f=6, **kw):
    return a, b, c, d, rest, e, f, kw
print(all_kinds(1, 2, 3, e=5))
print(all_kinds(1, 2, c=3, d=0, e=5, z=1))
print(all_kinds(1, 2, 3, 4, 5, 6, e=7, f=8))
print(all_kinds.__code__.co_argcount, all_kinds.__code__.co_posonlyargcount, all_kinds.__code__.co_kwonlyargcount,
      all_kinds.__defaults__, all_kinds.__kwdefaults__)
for bad in ["all_kinds(1, 2, 3)", "all_kinds(1, b=2, c=3, e=1)", "all_kinds(1, 2, 3, c=3, e=1)", "all_kinds()"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
def kw_only_required(*, name):
    return name
try:
    kw_only_required("positional")
except TypeError as e:
    print("TypeError:", e)
print(kw_only_required(name="ok"))
options = {"timeout": 1, "retries": 0}
print(connect("h", 1, **options), connect(*("h", 2), **{"verbose": True}))
