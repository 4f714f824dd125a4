# ruff: noqa
# function parameters: defaults, keyword-only, positional-only, *args, **kwargs, call-site unpacking, errors
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3), f(1, 2, 3, 4, c=5), f(a=1, c=2, z=9), f(*[1, 2, 3], **{"c": 0, "y": 1}), f(1, *(2,), *[3], c=1, **{"d": 8}))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
for bad in [lambda: pos(1, b=2, c=3, d=4), lambda: pos(1, 2, 3, 4), lambda: pos(1, 2, 3), lambda: f(), lambda: f(1),
            lambda: f(1, c=1, a=2), lambda: pos(1, 2, 3, d=4, e=5), lambda: (lambda: 0)(1), lambda: (lambda x: 0)(),
            lambda: (lambda x, y: 0)(1), lambda: (lambda *, k: 0)(), lambda: (lambda a, b=1: 0)(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def only_kw(**kw):
    return kw
print(only_kw(), only_kw(x=1, y=2), only_kw(**{"a": 1}, b=2), only_kw(**{"a": 1}, **{"b": 2}))
try:
    only_kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    only_kw(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
def mutable_default(item, acc=[]):
    acc.append(item)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default(4))
def defaults_eval(x=print("defaults evaluated once") or 5):
    return x
print(defaults_eval(), defaults_eval(), defaults_eval.__defaults__, f.__kwdefaults__, pos.__code__.co_argcount)
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*"abc"), star_only(*range(3), *[9]))
def mixed(a, /, b, *, c=3):
    return a + b + c
print(mixed(1, 2), mixed(1, b=2), mixed(1, 2, c=0), mixed.__code__.co_posonlyargcount, mixed.__code__.co_kwonlyargcount)
def kwname(self, **kw):
    return self, kw
print(kwname(1, self2=2), kwname(self=3))
print(f.__code__.co_varnames, f.__code__.co_name, f.__name__, pos.__defaults__)
