"""eq?, eqv? and equal? (R7RS 6.1); equal? walks data with an explicit stack and terminates on cycles."""

from __future__ import annotations

from languages.scheme.numbers import W_Fixnum, W_Number, eqv_numbers
from languages.scheme.objects import (
    W_Bytevector,
    W_Char,
    W_Object,
    W_Pair,
    W_String,
    W_Vector,
)


def eq(a: W_Object, b: W_Object) -> bool:
    """eq?: identity, except that fixnums and characters compare by value (they are boxed)."""
    if a is b:
        return True
    if isinstance(a, W_Fixnum):
        if isinstance(b, W_Fixnum):
            return a.intval == b.intval
    elif isinstance(a, W_Char):
        if isinstance(b, W_Char):
            return a.code == b.code
    elif isinstance(a, W_String):
        if isinstance(b, W_String):
            return len(a.codes) == 0 and len(b.codes) == 0
    return False


def eqv(a: W_Object, b: W_Object) -> bool:
    if a is b:
        return True
    if isinstance(a, W_Number):
        if isinstance(b, W_Number):
            return eqv_numbers(a, b)
        return False
    return eq(a, b)


def equal(a: W_Object, b: W_Object) -> bool:
    """equal?: structural equality on pairs, vectors, strings and bytevectors.

    Pairs of objects already being compared are assumed equal, which makes cyclic data terminate
    (the bisimulation reading of equal? that R7RS asks for).
    """
    # atoms and strings (what assoc and member usually compare) need no work lists
    if eqv(a, b):
        return True
    if isinstance(a, W_String):
        return isinstance(b, W_String) and a.codes == b.codes
    if not isinstance(a, W_Pair) and not isinstance(a, W_Vector) and not isinstance(a, W_Bytevector):
        return False
    left: list[W_Object] = [a]
    right: list[W_Object] = [b]
    assumed: dict[W_Object, W_Object] = {}
    while len(left) > 0:
        x = left.pop()
        y = right.pop()
        if eqv(x, y):
            continue
        if isinstance(x, W_Pair):
            if not isinstance(y, W_Pair):
                return False
            if assumed.get(x, None) is y:
                continue
            assumed[x] = y
            left.append(x.cdr)
            right.append(y.cdr)
            left.append(x.car)
            right.append(y.car)
        elif isinstance(x, W_Vector):
            if not isinstance(y, W_Vector):
                return False
            if len(x.items) != len(y.items):
                return False
            if assumed.get(x, None) is y:
                continue
            assumed[x] = y
            i = len(x.items) - 1
            while i >= 0:
                left.append(x.items[i])
                right.append(y.items[i])
                i -= 1
        elif isinstance(x, W_String):
            if not isinstance(y, W_String):
                return False
            if x.codes != y.codes:
                return False
        elif isinstance(x, W_Bytevector):
            if not isinstance(y, W_Bytevector):
                return False
            if x.data != y.data:
                return False
        else:
            return False
    return True
