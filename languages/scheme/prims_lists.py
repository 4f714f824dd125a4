"""Pairs and lists (R7RS 6.4), symbols (6.5), booleans (6.3) and equivalence predicates (6.1)."""

from __future__ import annotations

from typing import Any

from languages.scheme.equality import eq, equal, eqv
from languages.scheme.machine import Machine
from languages.scheme.numbers import W_Fixnum
from languages.scheme.objects import (
    NIL,
    UNSPECIFIED,
    W_FALSE,
    W_TRUE,
    W_Boolean,
    W_Object,
    W_Pair,
    W_Symbol,
    list_from,
    make_string,
    scheme_error,
    sym,
    type_error,
    wrap_bool,
)
from languages.scheme.primitives import (
    check_fixnum,
    check_pair,
    check_string,
    check_symbol,
    primitive,
    proper_length,
)
from languages.scheme.procedures import W_Primitive

# ---- pairs --------------------------------------------------------------------------------------


@primitive("pair?", 1)
def p_pairp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Pair))


@primitive("cons", 2)
def p_cons(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Pair(args[0], args[1])


@primitive("car", 1)
def p_car(m: Machine, args: list[W_Object]) -> W_Object:
    pair = args[0]
    if isinstance(pair, W_Pair):
        return pair.car
    raise type_error("car", "a pair", pair)


@primitive("cdr", 1)
def p_cdr(m: Machine, args: list[W_Object]) -> W_Object:
    pair = args[0]
    if isinstance(pair, W_Pair):
        return pair.cdr
    raise type_error("cdr", "a pair", pair)


@primitive("set-car!", 2)
def p_set_car(m: Machine, args: list[W_Object]) -> W_Object:
    check_pair("set-car!", args[0]).car = args[1]
    return UNSPECIFIED


@primitive("set-cdr!", 2)
def p_set_cdr(m: Machine, args: list[W_Object]) -> W_Object:
    check_pair("set-cdr!", args[0]).cdr = args[1]
    return UNSPECIFIED


def cxr(name: str, path: str, value: W_Object) -> W_Object:
    """Apply car/cdr steps: path is the letters between c and r, applied right to left."""
    i = len(path) - 1
    result = value
    while i >= 0:
        if not isinstance(result, W_Pair):
            raise type_error(name, "a pair with the right shape", value)
        if path[i] == "a":
            result = result.car
        else:
            result = result.cdr
        i -= 1
    return result


class W_Cxr(W_Primitive):
    """caar ... cddddr: one class, the path as data."""

    def __init__(self, name: str) -> None:
        W_Primitive.__init__(self, name, p_car, 1, 1)
        self.path = name[1:len(name) - 1]

    def call(self, m: Machine, args: list[W_Object]) -> W_Object:
        if len(args) != 1:
            raise scheme_error("%s: expected 1 argument, got %d" % (self.name, len(args)), [])
        return cxr(self.name, self.path, args[0])


def cxr_names() -> list[str]:
    names: list[str] = []
    for length in (2, 3, 4):
        paths = [""]
        for _ in range(length):
            paths = [p + c for p in paths for c in "ad"]
        for p in paths:
            names.append("c" + p + "r")
    return names


CXR_NAMES: list[Any] = cxr_names()


# ---- lists --------------------------------------------------------------------------------------

@primitive("null?", 1)
def p_nullp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(args[0] is NIL)


def is_proper_list(value: W_Object) -> bool:
    slow = value
    fast = value
    while True:
        if fast is NIL:
            return True
        if not isinstance(fast, W_Pair):
            return False
        fast = fast.cdr
        if fast is NIL:
            return True
        if not isinstance(fast, W_Pair):
            return False
        fast = fast.cdr
        assert isinstance(slow, W_Pair)
        slow = slow.cdr
        if fast is slow:
            return False


@primitive("list?", 1)
def p_listp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(is_proper_list(args[0]))


@primitive("make-list", 1, 2)
def p_make_list(m: Machine, args: list[W_Object]) -> W_Object:
    n = check_fixnum("make-list", args[0])
    if n < 0:
        raise scheme_error("make-list: negative length", [args[0]])
    fill = args[1] if len(args) == 2 else UNSPECIFIED
    result: W_Object = NIL
    for _ in range(n):
        result = W_Pair(fill, result)
    return result


@primitive("list", 0, -1)
def p_list(m: Machine, args: list[W_Object]) -> W_Object:
    return list_from(args)


@primitive("length", 1)
def p_length(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Fixnum(proper_length("length", args[0]))


@primitive("append", 0, -1)
def p_append(m: Machine, args: list[W_Object]) -> W_Object:
    if len(args) == 0:
        return NIL
    result = args[len(args) - 1]
    i = len(args) - 2
    while i >= 0:
        result = copy_onto("append", args[i], result)
        i -= 1
    return result


def copy_onto(who: str, lst: W_Object, tail: W_Object) -> W_Object:
    """A fresh copy of the proper list `lst` whose last pair points to `tail` (no list of the
    elements in between: the copy is built front to back through its last pair)."""
    n = proper_length(who, lst)
    if n == 0:
        return tail
    assert isinstance(lst, W_Pair)
    head = W_Pair(lst.car, tail)
    last = head
    rest = lst.cdr
    for _ in range(n - 1):
        assert isinstance(rest, W_Pair)
        pair = W_Pair(rest.car, tail)
        last.cdr = pair
        last = pair
        rest = rest.cdr
    return head


@primitive("reverse", 1)
def p_reverse(m: Machine, args: list[W_Object]) -> W_Object:
    lst = args[0]
    n = proper_length("reverse", lst)
    result: W_Object = NIL
    for _ in range(n):
        assert isinstance(lst, W_Pair)
        result = W_Pair(lst.car, result)
        lst = lst.cdr
    return result


def nth_pair(who: str, lst: W_Object, k: int) -> W_Object:
    rest = lst
    for _ in range(k):
        if not isinstance(rest, W_Pair):
            raise scheme_error("%s: index %d is past the end of the list" % (who, k), [lst])
        rest = rest.cdr
    return rest


@primitive("list-tail", 2)
def p_list_tail(m: Machine, args: list[W_Object]) -> W_Object:
    k = check_fixnum("list-tail", args[1])
    if k < 0:
        raise scheme_error("list-tail: negative index", [args[1]])
    return nth_pair("list-tail", args[0], k)


@primitive("list-ref", 2)
def p_list_ref(m: Machine, args: list[W_Object]) -> W_Object:
    k = check_fixnum("list-ref", args[1])
    if k < 0:
        raise scheme_error("list-ref: negative index", [args[1]])
    pair = nth_pair("list-ref", args[0], k)
    if not isinstance(pair, W_Pair):
        raise scheme_error("list-ref: index %d is past the end of the list" % k, [args[0]])
    return pair.car


@primitive("list-set!", 3)
def p_list_set(m: Machine, args: list[W_Object]) -> W_Object:
    k = check_fixnum("list-set!", args[1])
    if k < 0:
        raise scheme_error("list-set!: negative index", [args[1]])
    pair = nth_pair("list-set!", args[0], k)
    if not isinstance(pair, W_Pair):
        raise scheme_error("list-set!: index %d is past the end of the list" % k, [args[0]])
    pair.car = args[2]
    return UNSPECIFIED


@primitive("list-copy", 1)
def p_list_copy(m: Machine, args: list[W_Object]) -> W_Object:
    items: list[W_Object] = []
    rest = args[0]
    while isinstance(rest, W_Pair):
        items.append(rest.car)
        rest = rest.cdr
    return list_from(items, rest)


def member_with(who: str, kind: int, x: W_Object, lst: W_Object) -> W_Object:
    rest = lst
    while isinstance(rest, W_Pair):
        item = rest.car
        if (kind == 0 and eq(x, item)) or (kind == 1 and eqv(x, item)) or (kind == 2 and equal(x, item)):
            return rest
        rest = rest.cdr
    if rest is not NIL:
        raise type_error(who, "a proper list", lst)
    return W_FALSE


@primitive("memq", 2)
def p_memq(m: Machine, args: list[W_Object]) -> W_Object:
    return member_with("memq", 0, args[0], args[1])


@primitive("memv", 2)
def p_memv(m: Machine, args: list[W_Object]) -> W_Object:
    return member_with("memv", 1, args[0], args[1])


@primitive("%member", 2)
def p_member(m: Machine, args: list[W_Object]) -> W_Object:
    return member_with("member", 2, args[0], args[1])


def assoc_with(who: str, kind: int, x: W_Object, alist: W_Object) -> W_Object:
    rest = alist
    while isinstance(rest, W_Pair):
        entry = rest.car
        if not isinstance(entry, W_Pair):
            raise type_error(who, "an association list", alist)
        key = entry.car
        if (kind == 0 and eq(x, key)) or (kind == 1 and eqv(x, key)) or (kind == 2 and equal(x, key)):
            return entry
        rest = rest.cdr
    if rest is not NIL:
        raise type_error(who, "a proper list", alist)
    return W_FALSE


@primitive("assq", 2)
def p_assq(m: Machine, args: list[W_Object]) -> W_Object:
    return assoc_with("assq", 0, args[0], args[1])


@primitive("assv", 2)
def p_assv(m: Machine, args: list[W_Object]) -> W_Object:
    return assoc_with("assv", 1, args[0], args[1])


@primitive("%assoc", 2)
def p_assoc(m: Machine, args: list[W_Object]) -> W_Object:
    return assoc_with("assoc", 2, args[0], args[1])


# ---- equivalence and booleans -------------------------------------------------------------------

@primitive("eq?", 2)
def p_eq(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(eq(args[0], args[1]))


@primitive("eqv?", 2)
def p_eqv(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(eqv(args[0], args[1]))


@primitive("equal?", 2)
def p_equal(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(equal(args[0], args[1]))


@primitive("not", 1)
def p_not(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(args[0] is W_FALSE)


@primitive("boolean?", 1)
def p_booleanp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Boolean))


@primitive("boolean=?", 2, -1)
def p_boolean_eq(m: Machine, args: list[W_Object]) -> W_Object:
    for arg in args:
        if not isinstance(arg, W_Boolean):
            raise type_error("boolean=?", "a boolean", arg)
    for i in range(len(args) - 1):
        if args[i] is not args[i + 1]:
            return W_FALSE
    return W_TRUE


# ---- symbols ------------------------------------------------------------------------------------

@primitive("symbol?", 1)
def p_symbolp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Symbol))


@primitive("symbol=?", 2, -1)
def p_symbol_eq(m: Machine, args: list[W_Object]) -> W_Object:
    for arg in args:
        check_symbol("symbol=?", arg)
    for i in range(len(args) - 1):
        if args[i] is not args[i + 1]:
            return W_FALSE
    return W_TRUE


@primitive("symbol->string", 1)
def p_symbol_to_string(m: Machine, args: list[W_Object]) -> W_Object:
    return make_string(check_symbol("symbol->string", args[0]).name)


@primitive("string->symbol", 1)
def p_string_to_symbol(m: Machine, args: list[W_Object]) -> W_Object:
    return sym(check_string("string->symbol", args[0]).as_str())


@primitive("string->uninterned-symbol", 1)
def p_string_to_uninterned_symbol(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Symbol(check_string("string->uninterned-symbol", args[0]).as_str())

