"""Constants of the compiled code: the parser's literal values as objects of the object space,
and the key under which equal constants share one slot of a code object's constant table.
"""

from __future__ import annotations

from kit.rlib.rbigint import rbigint
from languages.python.objspace import complexobject, floatobject, intobject, strobject, tupleobject
from languages.python.objspace.bytesobject import newbytes
from languages.python.objspace.root import W_Root, w_Ellipsis, w_None
from languages.python.parser import consts as pc


def wrap_const(value: pc.ConstValue) -> W_Root:
    if isinstance(value, pc.ConstNone):
        return w_None
    if isinstance(value, pc.ConstEllipsis):
        return w_Ellipsis
    if isinstance(value, pc.ConstBool):
        return intobject.newbool(value.value)
    if isinstance(value, pc.ConstInt):
        return intobject.newint(value.value)
    if isinstance(value, pc.ConstBigInt):
        return intobject.newlong(rbigint.fromstr(value.digits, value.base))
    if isinstance(value, pc.ConstFloat):
        return floatobject.newfloat(value.value)
    if isinstance(value, pc.ConstComplex):
        return complexobject.newcomplex(0.0, value.imag)
    if isinstance(value, pc.ConstStr):
        return strobject.W_StrObject(value.value)
    if isinstance(value, pc.ConstBytes):
        return newbytes(value.value)
    raise ValueError("unknown constant")


def const_key(w_value: W_Root) -> str:
    """Equal keys: interchangeable constants (1, 1.0 and True are not; -0.0 and 0.0 are not)."""
    from languages.python.objspace import ops
    if w_value is w_None:
        return "N"
    if w_value is w_Ellipsis:
        return "E"
    if isinstance(w_value, intobject.W_BoolObject):
        return "b%d" % w_value.intval
    if isinstance(w_value, intobject.W_AbstractIntObject):
        return "i" + intobject.int_str(w_value)
    if isinstance(w_value, floatobject.W_FloatObject):
        return "f" + floatobject.float_repr(w_value.floatval)
    if isinstance(w_value, complexobject.W_ComplexObject):
        return "c" + floatobject.float_repr(w_value.real) + "," + floatobject.float_repr(w_value.imag)
    if isinstance(w_value, strobject.W_StrObject):
        return "s" + w_value.value
    if isinstance(w_value, tupleobject.W_TupleObject):
        parts = [const_key(w_item) for w_item in w_value.items_w]
        return "t(" + "\x00".join(parts) + ")"
    return "o" + ops.repr_w(w_value)
