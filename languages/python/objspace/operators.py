"""Operators: binary and in-place arithmetic with reflected methods and NotImplemented, unary
operators and rich comparisons, with fast paths for the builtin number and string types.
"""

from __future__ import annotations

from kit.rlib import jit
from languages.python.objspace import errors, floatobject, intobject, ops, strobject, tupleobject
from languages.python.objspace.root import W_Root, w_NotImplemented
from languages.python.objspace.typeobject import W_TypeObject

# binary operators, numbered as the compiler's BINARY_OP argument (the parser's ast constants)
ADD = 1
SUB = 2
MUL = 3
MATMUL = 4
TRUEDIV = 5
MOD = 6
POW = 7
LSHIFT = 8
RSHIFT = 9
OR = 10
XOR = 11
AND = 12
FLOORDIV = 13
DIVMOD = 14         # not an operator token: divmod() goes through the same machinery
NB_OPS = 15

BINARY_NAMES = ["", "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__",
                "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__", "__divmod__"]
REFLECTED_NAMES = ["", "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__",
                   "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__",
                  "__rdivmod__"]
INPLACE_NAMES = ["", "__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__",
                 "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__", ""]
SYMBOLS = ["", "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//", "divmod()"]

# comparisons, numbered as the parser's cmpop constants
EQ = 1
NE = 2
LT = 3
LE = 4
GT = 5
GE = 6
COMPARE_NAMES = ["", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
SWAPPED = [0, EQ, NE, GT, GE, LT, LE]
COMPARE_SYMBOLS = ["", "==", "!=", "<", "<=", ">", ">="]


@jit.elidable
def name_of(names: list[str], op: int) -> str:
    """names[op] for one of the tables above: a constant in traces (where `op`, the opcode's
    argument, is one), so the special-method lookups that take it fold too."""
    return names[op]


@jit.elidable
def swapped_op(op: int) -> int:
    return SWAPPED[op]


def binary_op(w_a: W_Root, w_b: W_Root, op: int) -> W_Root:
    """w_a <op> w_b."""
    if not w_a._user_ and not w_b._user_:
        w_fast = fast_binary(w_a, w_b, op)
        if w_fast is not None:
            return w_fast
    return generic_binary(w_a, w_b, op, name_of(BINARY_NAMES, op))


def inplace_op(w_a: W_Root, w_b: W_Root, op: int) -> W_Root:
    """w_a <op>= w_b: __iop__ first, then the binary operator."""
    if not w_a._user_ and not w_b._user_:
        w_fast = fast_binary(w_a, w_b, op)
        if w_fast is not None:
            return w_fast
    w_impl = ops.type_of(w_a).lookup(name_of(INPLACE_NAMES, op))
    if w_impl is not None:
        w_result = ops.call_function(w_impl, [w_a, w_b])
        if w_result is not w_NotImplemented:
            return w_result
    return generic_binary(w_a, w_b, op, name_of(INPLACE_NAMES, op))


def fast_binary(w_a: W_Root, w_b: W_Root, op: int) -> W_Root | None:
    """The result for builtin ints, floats and strs without looking anything up (None: no fast path)."""
    if isinstance(w_a, intobject.W_IntObject) and isinstance(w_b, intobject.W_IntObject):
        if op == ADD:
            return intobject.add(w_a, w_b)
        if op == SUB:
            return intobject.sub(w_a, w_b)
        if op == MUL:
            return intobject.mul(w_a, w_b)
        if op == FLOORDIV:
            return intobject.floordiv(w_a, w_b)
        if op == MOD:
            return intobject.mod(w_a, w_b)
        if op == TRUEDIV:
            return floatobject.newfloat(intobject.truediv(w_a, w_b))
        if isinstance(w_a, intobject.W_BoolObject) and isinstance(w_b, intobject.W_BoolObject):
            return None
        if op == AND:
            return intobject.and_(w_a, w_b)
        if op == OR:
            return intobject.or_(w_a, w_b)
        if op == XOR:
            return intobject.xor(w_a, w_b)
        if op == LSHIFT:
            return intobject.lshift(w_a, w_b)
        if op == RSHIFT:
            return intobject.rshift(w_a, w_b)
        return None
    if isinstance(w_a, floatobject.W_FloatObject):
        if isinstance(w_b, floatobject.W_FloatObject):
            return float_binary(w_a.floatval, w_b.floatval, op)
        if isinstance(w_b, intobject.W_IntObject):
            return float_binary(w_a.floatval, float(w_b.intval), op)
        return None
    if isinstance(w_b, floatobject.W_FloatObject) and isinstance(w_a, intobject.W_IntObject):
        return float_binary(float(w_a.intval), w_b.floatval, op)
    if op == ADD and isinstance(w_a, strobject.W_StrObject) and isinstance(w_b, strobject.W_StrObject):
        return strobject.concat(w_a, w_b)
    return None


def float_binary(a: float, b: float, op: int) -> W_Root | None:
    if op == ADD:
        return floatobject.newfloat(a + b)
    if op == SUB:
        return floatobject.newfloat(a - b)
    if op == MUL:
        return floatobject.newfloat(a * b)
    if op == TRUEDIV:
        return floatobject.newfloat(floatobject.truediv(a, b))
    return None


def generic_binary(w_a: W_Root, w_b: W_Root, op: int, name_for_error: str) -> W_Root:
    """CPython's binary_op1: the left operand's method, or the right operand's reflected one
    first when its type is a proper subclass that overrides it."""
    w_ta = ops.type_of(w_a)
    w_tb = ops.type_of(w_b)
    w_impl = w_ta.lookup(name_of(BINARY_NAMES, op))
    w_rimpl: W_Root | None = None
    if w_tb is not w_ta:
        w_rimpl = w_tb.lookup(name_of(REFLECTED_NAMES, op))
        if w_rimpl is not None and w_rimpl is w_ta.lookup(name_of(REFLECTED_NAMES, op)):
            w_rimpl = None
    if w_rimpl is not None and w_tb.is_subtype(w_ta):
        w_result = ops.call_function(w_rimpl, [w_b, w_a])
        if w_result is not w_NotImplemented:
            return w_result
        w_rimpl = None
    if w_impl is not None:
        w_result = ops.call_function(w_impl, [w_a, w_b])
        if w_result is not w_NotImplemented:
            return w_result
    if w_rimpl is not None:
        w_result = ops.call_function(w_rimpl, [w_b, w_a])
        if w_result is not w_NotImplemented:
            return w_result
    raise binary_type_error(w_a, w_b, op, name_for_error)


def binary_type_error(w_a: W_Root, w_b: W_Root, op: int, name: str) -> errors.OperationError:
    from languages.python.objspace import listobject, tupleobject
    symbol = SYMBOLS[op]
    if name == INPLACE_NAMES[op]:
        symbol += "="
    if op == ADD:
        if isinstance(w_a, strobject.W_StrObject):
            return errors.type_error('can only concatenate str (not "%s") to str' % ops.type_name(w_b))
        if isinstance(w_a, listobject.W_ListObject):
            return errors.type_error('can only concatenate list (not "%s") to list' % ops.type_name(w_b))
        if isinstance(w_a, tupleobject.W_TupleObject):
            return errors.type_error('can only concatenate tuple (not "%s") to tuple' % ops.type_name(w_b))
    if op == MUL and (is_sequence(w_a) or is_sequence(w_b)):
        w_other = w_b if is_sequence(w_a) else w_a
        return errors.type_error("can't multiply sequence by non-int of type '%s'" % ops.type_name(w_other))
    if op == POW:
        return errors.type_error("unsupported operand type(s) for %s or pow(): '%s' and '%s'" % (
            symbol, ops.type_name(w_a), ops.type_name(w_b)))
    return errors.type_error("unsupported operand type(s) for %s: '%s' and '%s'" % (
        symbol, ops.type_name(w_a), ops.type_name(w_b)))


def is_sequence(w_obj: W_Root) -> bool:
    from languages.python.objspace import listobject, tupleobject
    return (isinstance(w_obj, strobject.W_StrObject) or isinstance(w_obj, listobject.W_ListObject) or
            isinstance(w_obj, tupleobject.W_TupleObject))


def ternary_pow(w_a: W_Root, w_b: W_Root, w_c: W_Root) -> W_Root:
    """pow(a, b, c)."""
    w_impl = ops.type_of(w_a).lookup("__pow__")
    if w_impl is not None:
        w_result = ops.call_function(w_impl, [w_a, w_b, w_c])
        if w_result is not w_NotImplemented:
            return w_result
    raise errors.type_error("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'" % (
        ops.type_name(w_a), ops.type_name(w_b), ops.type_name(w_c)))


# ---- unary operators ----------------------------------------------------------------------------------

def unary_op(w_a: W_Root, name: str, symbol: str) -> W_Root:
    w_result = ops.call_special(w_a, name, [])
    if w_result is None:
        raise errors.type_error("bad operand type for unary %s: '%s'" % (symbol, ops.type_name(w_a)))
    return w_result


def neg(w_a: W_Root) -> W_Root:
    if not w_a._user_:
        if isinstance(w_a, intobject.W_IntObject):
            return intobject.neg(w_a)
        if isinstance(w_a, floatobject.W_FloatObject):
            return floatobject.newfloat(-w_a.floatval)
    return unary_op(w_a, "__neg__", "-")


def pos(w_a: W_Root) -> W_Root:
    return unary_op(w_a, "__pos__", "+")


def invert(w_a: W_Root) -> W_Root:
    return unary_op(w_a, "__invert__", "~")


def abs_(w_a: W_Root) -> W_Root:
    w_result = ops.call_special(w_a, "__abs__", [])
    if w_result is None:
        raise errors.type_error("bad operand type for abs(): '%s'" % ops.type_name(w_a))
    return w_result


# ---- comparisons ---------------------------------------------------------------------------------------

def compare(w_a: W_Root, w_b: W_Root, op: int) -> W_Root:
    """w_a <op> w_b for the six rich comparisons."""
    if not w_a._user_ and not w_b._user_:
        result = fast_compare(w_a, w_b, op)
        if result >= 0:
            return intobject.newbool(result == 1)
    return generic_compare(w_a, w_b, op)


def compare_w(w_a: W_Root, w_b: W_Root, op: int) -> bool:
    if not w_a._user_ and not w_b._user_:
        result = fast_compare(w_a, w_b, op)
        if result >= 0:
            return result == 1
    return ops.is_true(generic_compare(w_a, w_b, op))


def cmp_result(c: int, op: int) -> bool:
    if op == EQ:
        return c == 0
    if op == NE:
        return c != 0
    if op == LT:
        return c < 0
    if op == LE:
        return c <= 0
    if op == GT:
        return c > 0
    return c >= 0


def fast_compare(w_a: W_Root, w_b: W_Root, op: int) -> int:
    """1 (true) / 0 (false) for builtin ints, floats, strs and tuples; -1 when there is no fast path."""
    if isinstance(w_a, intobject.W_IntObject) and isinstance(w_b, intobject.W_IntObject):
        a = w_a.intval
        b = w_b.intval
        if op == LT:
            return int(a < b)
        if op == LE:
            return int(a <= b)
        if op == EQ:
            return int(a == b)
        if op == NE:
            return int(a != b)
        if op == GT:
            return int(a > b)
        return int(a >= b)
    if isinstance(w_a, strobject.W_StrObject) and isinstance(w_b, strobject.W_StrObject):
        return int(cmp_result(strobject.compare(w_a.value, w_b.value), op))
    if isinstance(w_a, floatobject.W_FloatObject) and isinstance(w_b, floatobject.W_FloatObject):
        return int(float_cmp(w_a.floatval, w_b.floatval, op))
    if isinstance(w_a, tupleobject.W_TupleObject) and isinstance(w_b, tupleobject.W_TupleObject):
        # what tuple's rich comparisons do, without looking them up and calling them (sort keys)
        from languages.python.objspace import listmethods
        return int(listmethods.compare_sequences(w_a.items_w, w_b.items_w, op))
    return -1


def float_cmp(a: float, b: float, op: int) -> bool:
    if op == LT:
        return a < b
    if op == LE:
        return a <= b
    if op == EQ:
        return a == b
    if op == NE:
        return a != b
    if op == GT:
        return a > b
    return a >= b


def generic_compare(w_a: W_Root, w_b: W_Root, op: int) -> W_Root:
    w_ta = ops.type_of(w_a)
    w_tb = ops.type_of(w_b)
    name = name_of(COMPARE_NAMES, op)
    swapped = name_of(COMPARE_NAMES, swapped_op(op))
    checked_reverse = False
    if w_ta is not w_tb and w_tb.is_subtype(w_ta):
        w_rimpl = w_tb.lookup(swapped)
        if w_rimpl is not None and w_rimpl is not w_ta.lookup(swapped):
            checked_reverse = True
            w_result = ops.call_function(w_rimpl, [w_b, w_a])
            if w_result is not w_NotImplemented:
                return w_result
    w_impl = w_ta.lookup(name)
    if w_impl is not None:
        w_result = ops.call_function(w_impl, [w_a, w_b])
        if w_result is not w_NotImplemented:
            return w_result
    if not checked_reverse:
        w_rimpl = w_tb.lookup(swapped)
        if w_rimpl is not None:
            w_result = ops.call_function(w_rimpl, [w_b, w_a])
            if w_result is not w_NotImplemented:
                return w_result
    if op == EQ:
        return intobject.newbool(w_a is w_b)
    if op == NE:
        return intobject.newbool(w_a is not w_b)
    raise errors.type_error("'%s' not supported between instances of '%s' and '%s'" % (
        COMPARE_SYMBOLS[op], w_ta.name, w_tb.name))


def type_of(w_obj: W_Root) -> W_TypeObject:
    return ops.type_of(w_obj)
