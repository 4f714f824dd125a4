"""Functions outside the RPython subset; each offending line ends with `# error: <expected words>`."""

import contextlib

counter = 0


def generator(n):
    for i in range(n):  # noqa: UP028
        yield i  # error: generators ('yield') are not RPython


def delegating(n):
    yield from range(n)  # error: generators ('yield from') are not RPython


async def asynchronous(x):  # error: async functions are not RPython
    return x


def rebinds_global(x):
    global counter
    counter = x  # error: rebinding the global 'counter' at run time is not RPython


def closure(x):
    def inner(y):  # error: nested function 'inner' is not RPython: closures over local variables
        return x + y
    return inner(1)


def closure_lambda(x):
    f = lambda y: x + y  # error: a lambda inside a function is not RPython  # noqa: E731
    return f(1)


def uses_nonlocal(x):
    def inner():  # error: nested function 'inner' is not RPython
        nonlocal x
    return x


def uses_exec(code):
    exec(code)  # error: exec() is not RPython


def uses_eval(code):
    return eval(code)  # error: eval() is not RPython


def star_unknown_length(lst):
    return max(*[x for x in lst])  # error: '*' arguments of unknown length are not RPython


def double_star(kw):
    return dict(**kw)  # error: '**' arguments are not RPython


def double_star_param(**kw):  # error: '**kw' parameters are not RPython
    return 1


def with_statement(path):
    with contextlib.suppress(ValueError):  # error: the 'with' statement is not supported in RPython
        return 1


def class_inside(x):
    class Local:  # error: class definition 'Local' inside a function is not RPython
        pass
    return Local()


def set_display(x):
    return {x, 1}  # error: sets are not RPython


def match_statement(x):
    match x:  # error: the 'match' statement is not supported in RPython
        case 1:
            return 1
    return 0


def undefined_name(x):
    return x + not_defined_anywhere  # error: name 'not_defined_anywhere' is not defined  # noqa: F821


def maybe_undefined(x):
    if x:
        y = 1
    return y  # error: local variable 'y' may be used before it is assigned


def bare_raise(x):
    raise  # error: bare 'raise' outside an except clause


def dynamic_except(x, cls):
    try:
        return x
    except cls:  # error: an except clause needs exception classes known at translation time
        return 0


def starred_target(lst):
    a, *rest = lst  # error: starred assignment targets ('a, *rest = ...') are not RPython
    return a


def generator_expression(lst):
    g = (x for x in lst)  # error: generator expressions are not RPython
    return g
