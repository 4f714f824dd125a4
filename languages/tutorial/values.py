"""The tutorial language's values (integers, strings, functions) and its binary operators."""

from kit.interp import LanguageError
from kit.rlib.rarithmetic import ovfcheck

OPERATORS = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">="]   # BINARY_OP's argument: the index
ADD, SUB, MUL, DIV, MOD, EQ, NE, LT, LE, GT, GE = range(len(OPERATORS))


class W_Value:
    """The base class of every value a program computes with (W_ for "wrapped", as in PyPy)."""

    type_name = "value"

    def str(self):
        raise NotImplementedError

    def is_true(self):        # only the integer 0 is false
        return True


class W_Int(W_Value):
    type_name = "int"
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value

    def str(self):
        return str(self.value)

    def is_true(self):
        return self.value != 0


class W_Str(W_Value):
    type_name = "string"
    _immutable_fields_ = ["value"]

    def __init__(self, value):
        self.value = value

    def str(self):
        return self.value


class W_Function(W_Value):
    type_name = "function"
    _immutable_fields_ = ["code"]

    def __init__(self, code):
        self.code = code

    def str(self):
        return "<function %s>" % self.code.name


TRUE, FALSE = W_Int(1), W_Int(0)       # what comparisons give (made once, not at every comparison)


def binary_op(op, left, right):
    """`left OPERATORS[op] right`: integers do everything; + also joins a string with any value."""
    if isinstance(left, W_Int):
        if isinstance(right, W_Int):
            return int_op(op, left.value, right.value)
    if op == ADD and (isinstance(left, W_Str) or isinstance(right, W_Str)):
        return W_Str(left.str() + right.str())
    raise LanguageError("TypeError", "unsupported operand types for %s: %s and %s"
                        % (OPERATORS[op], left.type_name, right.type_name))


def int_op(op, a, b):
    try:
        if op == ADD:
            return W_Int(ovfcheck(a + b))
        if op == SUB:
            return W_Int(ovfcheck(a - b))
        if op == MUL:
            return W_Int(ovfcheck(a * b))
        if (op == DIV or op == MOD) and b == 0:
            raise LanguageError("ZeroDivisionError", "division by zero")
        if op == DIV:
            return W_Int(ovfcheck(a // b))          # rounds down, like Python's //
    except OverflowError:
        raise LanguageError("OverflowError", "integer overflow") from None
    if op == MOD:
        return W_Int(a % b)
    if ((op == EQ and a == b) or (op == NE and a != b) or (op == LT and a < b) or (op == LE and a <= b)
            or (op == GT and a > b) or (op == GE and a >= b)):
        return TRUE
    return FALSE
