"""The methods of int, bool and float (and the types of None, NotImplemented and Ellipsis):
construction, repr, hashing, comparisons and arithmetic with reflected operands, for the slow
paths the operators in operators.py leave to special methods (bigints, mixed int/float, subclasses).
"""

from __future__ import annotations

from kit.rlib import rfloat
from languages.python.objspace import bytesobject, errors, floatobject, intobject, ops, strobject
from languages.python.objspace.floatobject import W_FloatObject, w_float
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.intobject import W_AbstractIntObject, W_BoolObject, w_bool, w_int
from languages.python.objspace.root import (
    W_EllipsisObject,
    W_NoneObject,
    W_NotImplementedObject,
    W_Root,
    set_static_type,
    w_None,
    w_NotImplemented,
)
from languages.python.objspace.typeobject import W_TypeObject, make_builtin_type, w_object

w_NoneType = make_builtin_type("NoneType", w_object, base_ok=False)
w_NotImplementedType = make_builtin_type("NotImplementedType", w_object, base_ok=False)
w_ellipsis = make_builtin_type("ellipsis", w_object, base_ok=False)
set_static_type(W_NoneObject, w_NoneType)
set_static_type(W_NotImplementedObject, w_NotImplementedType)
set_static_type(W_EllipsisObject, w_ellipsis)


def arg0(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[0]
    assert w_value is not None
    return w_value


def arg1(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    return w_value


@method(w_NoneType, "__repr__", "self")
def none_repr(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr("None")


@staticmethod_(w_NoneType, "__new__", "cls")
def none_new(args_w: list[W_Root | None]) -> W_Root:
    return w_None


@staticmethod_(w_NotImplementedType, "__new__", "cls")
def notimplemented_new(args_w: list[W_Root | None]) -> W_Root:
    return w_NotImplemented


@staticmethod_(w_ellipsis, "__new__", "cls")
def ellipsis_new(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace.root import w_Ellipsis
    return w_Ellipsis


@method(w_NoneType, "__bool__", "self")
def none_bool(args_w: list[W_Root | None]) -> W_Root:
    return intobject.w_False


@method(w_NotImplementedType, "__repr__", "self")
def notimplemented_repr(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr("NotImplemented")


@method(w_ellipsis, "__repr__", "self")
def ellipsis_repr(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr("Ellipsis")


# ---- int ----------------------------------------------------------------------------------------------

def int_of(w_value: W_Root) -> W_AbstractIntObject:
    assert isinstance(w_value, W_AbstractIntObject)
    return w_value


@staticmethod_(w_int, "__new__", "cls, x=None, /, base=None")
def int_new(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    w_x = args_w[1]
    w_base = args_w[2]
    w_result = int_from(w_x, w_base)
    if w_cls is w_int or w_cls is None:
        return w_result
    assert isinstance(w_cls, W_TypeObject)
    return intobject.new_user_int(w_cls, int_of(w_result))


def int_from(w_x: W_Root | None, w_base: W_Root | None) -> W_Root:
    if w_x is None:
        return intobject.newint(0)
    if w_base is not None:
        base = ops.int_w(w_base)
        if base != 0 and (base < 2 or base > 36):
            raise errors.value_error("int() base must be >= 2 and <= 36, or 0")
        if isinstance(w_x, strobject.W_StrObject):
            return parse_int_text(w_x.value, base)
        if bytesobject.is_bytes_like(w_x):
            return parse_int_bytes(bytesobject.data_of(w_x), base)
        raise errors.type_error("int() can't convert non-string with explicit base")
    if isinstance(w_x, W_AbstractIntObject):
        if isinstance(w_x, intobject.W_IntObject) and not w_x._user_ and not isinstance(w_x, W_BoolObject):
            return w_x
        return intobject.newlong(w_x.big()) if not w_x.is_small() else intobject.newint(
            intobject.as_machine_int(w_x))
    if isinstance(w_x, W_FloatObject):
        return floatobject.to_int(w_x.floatval)
    if isinstance(w_x, strobject.W_StrObject):
        return parse_int_text(w_x.value, 10)
    if bytesobject.is_bytes_like(w_x):
        return parse_int_bytes(bytesobject.data_of(w_x), 10)
    w_int_method = ops.type_of(w_x).lookup("__int__")
    if w_int_method is None:
        w_int_method = ops.type_of(w_x).lookup("__index__")
    if w_int_method is None:
        w_trunc = ops.type_of(w_x).lookup("__trunc__")
        if w_trunc is not None:
            w_result = ops.call_function(w_trunc, [w_x])
            if not isinstance(w_result, W_AbstractIntObject):
                w_result = ops.index_w(w_result)
            return w_result
    if w_int_method is None:
        w_int_method = ops.type_of(w_x).lookup("__index__")
    if w_int_method is None:
        raise errors.type_error("int() argument must be a string, a bytes-like object or a real number, not '%s'"
                                % ops.type_name(w_x))
    w_result = ops.call_function(w_int_method, [w_x])
    if not isinstance(w_result, W_AbstractIntObject):
        name = "__int__" if ops.type_of(w_x).lookup("__int__") is not None else "__index__"
        raise errors.type_error("%s returned non-int (type %s)" % (name, ops.type_name(w_result)))
    return w_result


def parse_int_bytes(data: str, base: int) -> W_Root:
    """int(b'12'): the bytes must be ASCII; errors show the bytes' repr."""
    for ch in data:
        if ord(ch) >= 128:
            raise errors.value_error("invalid literal for int() with base %d: %s"
                                     % (base, bytesobject.bytes_repr(data, "b")))
    try:
        return intobject.parse_int(data, base)
    except errors.OperationError:
        raise errors.value_error("invalid literal for int() with base %d: %s"
                                 % (base, bytesobject.bytes_repr(data, "b"))) from None


def parse_int_text(text: str, base: int) -> W_Root:
    intobject.check_digit_limit(intobject.strip_spaces(text), base)
    try:
        return intobject.parse_int(text, base)
    except errors.OperationError:
        raise errors.value_error("invalid literal for int() with base %d: %s" % (
            base, strobject.repr_str(text))) from None


@method(w_int, "__repr__", "self")
def int_repr(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr(intobject.int_str(int_of(arg0(args_w))))


@method(w_int, "__hash__", "self")
def int_hash(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(intobject.hash_int(int_of(arg0(args_w))))


@method(w_int, "__bool__", "self")
def int_bool(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(intobject.is_true(int_of(arg0(args_w))))


@method(w_int, "__index__", "self")
def int_index(args_w: list[W_Root | None]) -> W_Root:
    return int_from(arg0(args_w), None)


@method(w_int, "__int__", "self")
def int_int(args_w: list[W_Root | None]) -> W_Root:
    return int_from(arg0(args_w), None)


@method(w_int, "__float__", "self")
def int_float(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(intobject.to_float(int_of(arg0(args_w))))


@method(w_int, "__neg__", "self")
def int_neg(args_w: list[W_Root | None]) -> W_Root:
    return intobject.neg(int_of(arg0(args_w)))


@method(w_int, "__pos__", "self")
def int_pos(args_w: list[W_Root | None]) -> W_Root:
    return intobject.pos(int_of(arg0(args_w)))


@method(w_int, "__abs__", "self")
def int_abs(args_w: list[W_Root | None]) -> W_Root:
    return intobject.abs_(int_of(arg0(args_w)))


@method(w_int, "__invert__", "self")
def int_invert(args_w: list[W_Root | None]) -> W_Root:
    return intobject.invert(int_of(arg0(args_w)))


def int_binary(w_a: W_AbstractIntObject, w_b: W_AbstractIntObject, op: int) -> W_Root:
    from languages.python.objspace import operators as o
    if op == o.ADD:
        return intobject.add(w_a, w_b)
    if op == o.SUB:
        return intobject.sub(w_a, w_b)
    if op == o.MUL:
        return intobject.mul(w_a, w_b)
    if op == o.FLOORDIV:
        return intobject.floordiv(w_a, w_b)
    if op == o.MOD:
        return intobject.mod(w_a, w_b)
    if op == o.TRUEDIV:
        return floatobject.newfloat(intobject.truediv(w_a, w_b))
    if op == o.POW:
        if intobject.is_negative(w_b):
            return float_binary(intobject.to_float(w_a), intobject.to_float(w_b), op)
        return intobject.pow_(w_a, w_b)
    if op == o.LSHIFT:
        return intobject.lshift(w_a, w_b)
    if op == o.RSHIFT:
        return intobject.rshift(w_a, w_b)
    if op == o.AND:
        return intobject.and_(w_a, w_b)
    if op == o.OR:
        return intobject.or_(w_a, w_b)
    if op == o.XOR:
        return intobject.xor(w_a, w_b)
    if op == o.DIVMOD:
        from languages.python.objspace import tupleobject
        return tupleobject.newtuple([intobject.floordiv(w_a, w_b), intobject.mod(w_a, w_b)])
    return w_NotImplemented


def int_binary_method(args_w: list[W_Root | None], op: int, reflected: bool) -> W_Root:
    w_a = arg0(args_w)
    w_b = arg1(args_w)
    if not isinstance(w_a, W_AbstractIntObject) or not isinstance(w_b, W_AbstractIntObject):
        return w_NotImplemented
    if reflected:
        return int_binary(w_b, w_a, op)
    return int_binary(w_a, w_b, op)


def int_compare_method(args_w: list[W_Root | None], op: int) -> W_Root:
    from languages.python.objspace import operators
    w_a = arg0(args_w)
    w_b = arg1(args_w)
    if isinstance(w_a, W_AbstractIntObject) and isinstance(w_b, W_AbstractIntObject):
        return intobject.newbool(operators.cmp_result(intobject.compare(w_a, w_b), op))
    return w_NotImplemented


# ---- float --------------------------------------------------------------------------------------------

@staticmethod_(w_float, "__new__", "cls, x=None, /")
def float_new(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[1]
    if w_x is None:
        value = 0.0
    elif isinstance(w_x, strobject.W_StrObject):
        try:
            value = floatobject.parse_float(w_x.value)
        except errors.OperationError:
            raise errors.value_error("could not convert string to float: %s" % strobject.repr_str(w_x.value)) from None
    elif bytesobject.is_bytes_like(w_x):
        data = bytesobject.data_of(w_x)
        try:
            value = floatobject.parse_float(data)
        except errors.OperationError:
            raise errors.value_error("could not convert string to float: %s"
                                     % bytesobject.bytes_repr(data, "b")) from None
    else:
        w_type_ = ops.type_of(w_x)
        if (not isinstance(w_x, W_FloatObject) and not isinstance(w_x, W_AbstractIntObject)
                and w_type_.lookup("__float__") is None and w_type_.lookup("__index__") is None):
            raise errors.type_error("float() argument must be a string or a real number, not '%s'" % w_type_.name)
        value = ops.float_w(w_x)
    w_cls = args_w[0]
    if w_cls is w_float or w_cls is None:
        return floatobject.newfloat(value)
    assert isinstance(w_cls, W_TypeObject)
    return floatobject.W_FloatObjectUser(w_cls, value)


def float_of(w_value: W_Root) -> float:
    assert isinstance(w_value, W_FloatObject)
    return w_value.floatval


@method(w_float, "__repr__", "self")
def float_repr(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr(floatobject.float_repr(float_of(arg0(args_w))))


@method(w_float, "__hash__", "self")
def float_hash(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(floatobject.float_hash(float_of(arg0(args_w))))


@method(w_float, "__bool__", "self")
def float_bool(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(float_of(arg0(args_w)) != 0.0)


@method(w_float, "__int__", "self")
def float_int(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.to_int(float_of(arg0(args_w)))


@method(w_float, "__float__", "self")
def float_float(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(float_of(arg0(args_w)))


@method(w_float, "__neg__", "self")
def float_neg(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(-float_of(arg0(args_w)))


@method(w_float, "__pos__", "self")
def float_pos(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(float_of(arg0(args_w)))


@method(w_float, "__abs__", "self")
def float_abs(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(abs(float_of(arg0(args_w))))


@method(w_float, "is_integer", "self")
def float_is_integer(args_w: list[W_Root | None]) -> W_Root:
    x = float_of(arg0(args_w))
    return intobject.newbool(rfloat.isfinite(x) and rfloat.is_integer(x))


@method(w_float, "__round__", "self, ndigits=None, /")
def float_round(args_w: list[W_Root | None]) -> W_Root:
    x = float_of(arg0(args_w))
    w_ndigits = args_w[1]
    if w_ndigits is None or w_ndigits is w_None:
        return floatobject.to_int(floatobject.round_half_even(x))
    return floatobject.newfloat(floatobject.round_float(x, ops.int_w(w_ndigits)))


def as_float(w_value: W_Root) -> tuple[bool, float]:
    """(True, value) for a float or an int operand; (False, 0.0) for anything else."""
    if isinstance(w_value, W_FloatObject):
        return True, w_value.floatval
    if isinstance(w_value, W_AbstractIntObject):
        return True, intobject.to_float(w_value)
    return False, 0.0


def float_binary(a: float, b: float, op: int) -> W_Root:
    from languages.python.objspace import operators as o
    if op == o.ADD:
        return floatobject.newfloat(a + b)
    if op == o.SUB:
        return floatobject.newfloat(a - b)
    if op == o.MUL:
        return floatobject.newfloat(a * b)
    if op == o.TRUEDIV:
        return floatobject.newfloat(floatobject.truediv(a, b))
    if op == o.FLOORDIV:
        return floatobject.newfloat(floatobject.floordiv(a, b))
    if op == o.MOD:
        return floatobject.newfloat(floatobject.mod(a, b))
    if op == o.POW:
        if a < 0.0 and b != rfloat.floor(b) and rfloat.isfinite(b):
            from languages.python.objspace import complexmethods
            return complexmethods.complex_power(a, 0.0, b, 0.0)
        return floatobject.newfloat(floatobject.pow_(a, b))
    if op == o.DIVMOD:
        from languages.python.objspace import tupleobject
        q, r = floatobject.divmod_(a, b)
        return tupleobject.newtuple([floatobject.newfloat(q), floatobject.newfloat(r)])
    return w_NotImplemented


def float_binary_method(args_w: list[W_Root | None], op: int, reflected: bool) -> W_Root:
    ok_a, a = as_float(arg0(args_w))
    ok_b, b = as_float(arg1(args_w))
    if not ok_a or not ok_b:
        return w_NotImplemented
    if reflected:
        return float_binary(b, a, op)
    return float_binary(a, b, op)


def float_compare_method(args_w: list[W_Root | None], op: int) -> W_Root:
    from languages.python.objspace import operators
    w_a = arg0(args_w)
    w_b = arg1(args_w)
    a = float_of(w_a)
    if isinstance(w_b, W_FloatObject):
        return intobject.newbool(operators.float_cmp(a, w_b.floatval, op))
    if isinstance(w_b, W_AbstractIntObject):
        if a != a:
            return intobject.newbool(op == operators.NE)
        return intobject.newbool(operators.cmp_result(floatobject.compare_float_int(a, w_b), op))
    return w_NotImplemented


# ---- bool ---------------------------------------------------------------------------------------------

@staticmethod_(w_bool, "__new__", "cls, x=None, /")
def bool_new(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[1]
    if w_x is None:
        return intobject.w_False
    return intobject.newbool(ops.is_true(w_x))


@method(w_bool, "__repr__", "self")
def bool_repr(args_w: list[W_Root | None]) -> W_Root:
    w_b = arg0(args_w)
    assert isinstance(w_b, W_BoolObject)
    return strobject.newstr("True" if w_b.intval != 0 else "False")


def bool_logic_method(args_w: list[W_Root | None], op: int, reflected: bool) -> W_Root:
    from languages.python.objspace import operators as o
    w_a = arg0(args_w)
    w_b = arg1(args_w)
    if isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject):
        a = w_a.intval != 0
        b = w_b.intval != 0
        if op == o.AND:
            return intobject.newbool(a and b)
        if op == o.OR:
            return intobject.newbool(a or b)
        return intobject.newbool(a != b)
    return int_binary_method(args_w, op, reflected)


# ---- one wrapper per operator (the numbers are operators.ADD, ...) ---------------------------------

@method(w_int, "__add__", "self, other")
def int_add(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 1, False)


@method(w_float, "__add__", "self, other")
def float_add(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 1, False)


@method(w_int, "__radd__", "self, other")
def int_radd(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 1, True)


@method(w_float, "__radd__", "self, other")
def float_radd(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 1, True)


@method(w_int, "__sub__", "self, other")
def int_sub(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 2, False)


@method(w_float, "__sub__", "self, other")
def float_sub(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 2, False)


@method(w_int, "__rsub__", "self, other")
def int_rsub(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 2, True)


@method(w_float, "__rsub__", "self, other")
def float_rsub(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 2, True)


@method(w_int, "__mul__", "self, other")
def int_mul(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 3, False)


@method(w_float, "__mul__", "self, other")
def float_mul(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 3, False)


@method(w_int, "__rmul__", "self, other")
def int_rmul(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 3, True)


@method(w_float, "__rmul__", "self, other")
def float_rmul(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 3, True)


@method(w_int, "__truediv__", "self, other")
def int_truediv(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 5, False)


@method(w_float, "__truediv__", "self, other")
def float_truediv(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 5, False)


@method(w_int, "__rtruediv__", "self, other")
def int_rtruediv(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 5, True)


@method(w_float, "__rtruediv__", "self, other")
def float_rtruediv(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 5, True)


@method(w_int, "__mod__", "self, other")
def int_mod(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 6, False)


@method(w_float, "__mod__", "self, other")
def float_mod(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 6, False)


@method(w_int, "__rmod__", "self, other")
def int_rmod(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 6, True)


@method(w_float, "__rmod__", "self, other")
def float_rmod(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 6, True)


@method(w_int, "__pow__", "self, other, mod=None, /")
def int_pow(args_w: list[W_Root | None]) -> W_Root:
    w_mod = args_w[2]
    if w_mod is not None and w_mod is not w_None:
        w_a = arg0(args_w)
        w_b = arg1(args_w)
        if (not isinstance(w_a, W_AbstractIntObject) or not isinstance(w_b, W_AbstractIntObject)
                or not isinstance(w_mod, W_AbstractIntObject)):
            return w_NotImplemented
        if not intobject.is_true(w_mod):
            raise errors.value_error("pow() 3rd argument cannot be 0")
        return intobject.pow_mod(w_a, w_b, w_mod)
    return int_binary_method(args_w, 7, False)


@method(w_float, "__pow__", "self, other, mod=None, /")
def float_pow(args_w: list[W_Root | None]) -> W_Root:
    w_mod = args_w[2]
    if w_mod is not None and w_mod is not w_None:
        raise errors.type_error("pow() 3rd argument not allowed unless all arguments are integers")
    return float_binary_method(args_w, 7, False)


@method(w_int, "__rpow__", "self, other, mod=None, /")
def int_rpow(args_w: list[W_Root | None]) -> W_Root:
    w_mod = args_w[2]
    if w_mod is not None and w_mod is not w_None:
        return int_pow([args_w[1], args_w[0], w_mod])
    return int_binary_method(args_w, 7, True)


@method(w_float, "__rpow__", "self, other, mod=None, /")
def float_rpow(args_w: list[W_Root | None]) -> W_Root:
    w_mod = args_w[2]
    if w_mod is not None and w_mod is not w_None:
        raise errors.type_error("pow() 3rd argument not allowed unless all arguments are integers")
    return float_binary_method(args_w, 7, True)


@method(w_int, "__lshift__", "self, other")
def int_lshift(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 8, False)


@method(w_int, "__rlshift__", "self, other")
def int_rlshift(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 8, True)


@method(w_int, "__rshift__", "self, other")
def int_rshift(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 9, False)


@method(w_int, "__rrshift__", "self, other")
def int_rrshift(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 9, True)


@method(w_int, "__or__", "self, other")
def int_or(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 10, False)


@method(w_bool, "__or__", "self, other")
def bool_or(args_w: list[W_Root | None]) -> W_Root:
    return bool_logic_method(args_w, 10, False)


@method(w_int, "__ror__", "self, other")
def int_ror(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 10, True)


@method(w_bool, "__ror__", "self, other")
def bool_ror(args_w: list[W_Root | None]) -> W_Root:
    return bool_logic_method(args_w, 10, True)


@method(w_int, "__xor__", "self, other")
def int_xor(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 11, False)


@method(w_bool, "__xor__", "self, other")
def bool_xor(args_w: list[W_Root | None]) -> W_Root:
    return bool_logic_method(args_w, 11, False)


@method(w_int, "__rxor__", "self, other")
def int_rxor(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 11, True)


@method(w_bool, "__rxor__", "self, other")
def bool_rxor(args_w: list[W_Root | None]) -> W_Root:
    return bool_logic_method(args_w, 11, True)


@method(w_int, "__and__", "self, other")
def int_and(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 12, False)


@method(w_bool, "__and__", "self, other")
def bool_and(args_w: list[W_Root | None]) -> W_Root:
    return bool_logic_method(args_w, 12, False)


@method(w_int, "__rand__", "self, other")
def int_rand(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 12, True)


@method(w_bool, "__rand__", "self, other")
def bool_rand(args_w: list[W_Root | None]) -> W_Root:
    return bool_logic_method(args_w, 12, True)


@method(w_int, "__floordiv__", "self, other")
def int_floordiv(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 13, False)


@method(w_float, "__floordiv__", "self, other")
def float_floordiv(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 13, False)


@method(w_int, "__rfloordiv__", "self, other")
def int_rfloordiv(args_w: list[W_Root | None]) -> W_Root:
    return int_binary_method(args_w, 13, True)


@method(w_float, "__rfloordiv__", "self, other")
def float_rfloordiv(args_w: list[W_Root | None]) -> W_Root:
    return float_binary_method(args_w, 13, True)


@method(w_int, "__eq__", "self, other")
def int_cmp_eq(args_w: list[W_Root | None]) -> W_Root:
    return int_compare_method(args_w, 1)


@method(w_float, "__eq__", "self, other")
def float_cmp_eq(args_w: list[W_Root | None]) -> W_Root:
    return float_compare_method(args_w, 1)


@method(w_int, "__ne__", "self, other")
def int_cmp_ne(args_w: list[W_Root | None]) -> W_Root:
    return int_compare_method(args_w, 2)


@method(w_float, "__ne__", "self, other")
def float_cmp_ne(args_w: list[W_Root | None]) -> W_Root:
    return float_compare_method(args_w, 2)


@method(w_int, "__lt__", "self, other")
def int_cmp_lt(args_w: list[W_Root | None]) -> W_Root:
    return int_compare_method(args_w, 3)


@method(w_float, "__lt__", "self, other")
def float_cmp_lt(args_w: list[W_Root | None]) -> W_Root:
    return float_compare_method(args_w, 3)


@method(w_int, "__le__", "self, other")
def int_cmp_le(args_w: list[W_Root | None]) -> W_Root:
    return int_compare_method(args_w, 4)


@method(w_float, "__le__", "self, other")
def float_cmp_le(args_w: list[W_Root | None]) -> W_Root:
    return float_compare_method(args_w, 4)


@method(w_int, "__gt__", "self, other")
def int_cmp_gt(args_w: list[W_Root | None]) -> W_Root:
    return int_compare_method(args_w, 5)


@method(w_float, "__gt__", "self, other")
def float_cmp_gt(args_w: list[W_Root | None]) -> W_Root:
    return float_compare_method(args_w, 5)


@method(w_int, "__ge__", "self, other")
def int_cmp_ge(args_w: list[W_Root | None]) -> W_Root:
    return int_compare_method(args_w, 6)


@method(w_float, "__ge__", "self, other")
def float_cmp_ge(args_w: list[W_Root | None]) -> W_Root:
    return float_compare_method(args_w, 6)


@method(w_int, "bit_length", "self")
def int_bit_length(args_w: list[W_Root | None]) -> W_Root:
    w_value = intobject.abs_(int_of(arg0(args_w)))
    text = intobject.int_format_base(w_value, 2)
    if text == "0":
        return intobject.newint(0)
    return intobject.newint(len(text))


@method(w_int, "__divmod__", "self, other")
def int_divmod(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import operators
    return int_binary_method(args_w, operators.DIVMOD, False)


@method(w_int, "__rdivmod__", "self, other")
def int_rdivmod(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import operators
    return int_binary_method(args_w, operators.DIVMOD, True)


@method(w_float, "__divmod__", "self, other")
def float_divmod(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import operators
    return float_binary_method(args_w, operators.DIVMOD, False)


@method(w_float, "__rdivmod__", "self, other")
def float_rdivmod(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import operators
    return float_binary_method(args_w, operators.DIVMOD, True)
