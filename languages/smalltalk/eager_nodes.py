"""Sends with a fast path: Integer and Double receivers of `+ - * / % < > <= >= =`, `=` on Strings,
and `at:` and `at:put:` on instances of Array itself.

The fast path computes what the primitive would answer; anything else (other receivers, overflow,
non-numeric arguments, an index out of range, a subclass of Array) takes the ordinary send with
its inline cache.
"""

from kit.rlib.rarithmetic import ovfcheck
from languages.smalltalk.nodes import LiteralNode
from languages.smalltalk.objects import (
    W_AbstractObject,
    W_Array,
    W_Char,
    W_Double,
    W_Integer,
    W_String,
    W_Symbol,
    boolean,
)
from languages.smalltalk.send_nodes import MessageSendNode
from languages.smalltalk.state import vm

OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_LT = 3
OP_GT = 4
OP_LE = 5
OP_GE = 6
OP_EQ = 7
OP_DIV = 8  # Integer / Integer only (floored); Doubles have no `/`
OP_MOD = 9  # Integer % Integer only (floored)
OP_AT = 10  # Array at: (a plain Array and an index in range)

OPERATORS = {"+": OP_ADD, "-": OP_SUB, "*": OP_MUL, "<": OP_LT, ">": OP_GT, "<=": OP_LE, ">=": OP_GE,
             "=": OP_EQ, "/": OP_DIV, "%": OP_MOD, "at:": OP_AT}


def strings_equal(a: str, b: str) -> bool:
    """`a == b`, with one-character strings (`(text charAt: i) = '{'`) compared inline in a trace
    rather than by a call."""
    if len(a) != len(b):
        return False
    if len(a) == 1:
        return ord(a[0]) == ord(b[0])  # (codes: `a[0] == b[0]` compares strings, a call)
    return a == b


def plain_array(receiver: W_AbstractObject) -> "W_Array | None":
    """The receiver if it is an instance of Array itself (whose at: and at:put: are the
    primitives; a subclass may redefine them), else None."""
    if isinstance(receiver, W_Array):
        cls = receiver.w_class
        if cls is None or cls is vm.array_class:
            return receiver
    return None


class EagerBinaryNode(MessageSendNode):
    _immutable_fields_ = ['arg_expr', 'operator', 'literal_code']

    def __init__(self, selector, receiver_expr, arg_expr, operator: int, site) -> None:
        MessageSendNode.__init__(self, selector, receiver_expr, [arg_expr], site)
        self.arg_expr = arg_expr
        self.operator = operator
        # `x = 'c'` with a one-character literal (code below 256): its code, else -1
        self.literal_code = -1
        if operator == OP_EQ and isinstance(arg_expr, LiteralNode):
            literal = arg_expr.value
            if isinstance(literal, W_String) and not isinstance(literal, W_Symbol):
                if len(literal.value) == 1 and ord(literal.value[0]) < 256:
                    self.literal_code = ord(literal.value[0])

    def execute(self, frame) -> W_AbstractObject:
        receiver = self.receiver_expr.execute(frame)
        arg = self.arg_expr.execute(frame)
        result = self.fast_path(receiver, arg)
        if result is not None:
            return result
        return self.dispatch(receiver, [arg])

    def fast_path(self, receiver: W_AbstractObject, arg: W_AbstractObject) -> "W_AbstractObject | None":
        """The result for Integer and Double operands, or None to send the message."""
        # (nested ifs, not `and`: the annotator narrows types only on a single isinstance test)
        if self.operator == OP_AT:
            array = plain_array(receiver)
            if array is not None and isinstance(arg, W_Integer):
                index = arg.value - 1
                if 0 <= index < len(array.items):
                    return array.items[index]
            return None
        if isinstance(receiver, W_Integer):
            if isinstance(arg, W_Integer):
                return self.int_op(receiver.value, arg.value)
            if isinstance(arg, W_Double):
                if self.operator < OP_DIV:
                    return self.float_op(float(receiver.value), arg.value)
            return None
        if isinstance(receiver, W_Double):
            if self.operator >= OP_DIV:
                return None
            if isinstance(arg, W_Double):
                return self.float_op(receiver.value, arg.value)
            if isinstance(arg, W_Integer):
                return self.float_op(receiver.value, float(arg.value))
            return None
        if isinstance(receiver, W_String):
            # String>>#= (a Symbol is equal only to itself: its `=` is sent)
            if self.operator == OP_EQ and not isinstance(receiver, W_Symbol):
                code = self.literal_code
                if code >= 0:
                    # (`(text charAt: i) = '{'`: a prebuilt one-character string knows its code)
                    if isinstance(receiver, W_Char):
                        return boolean(receiver.code == code)
                    text = receiver.value
                    return boolean(len(text) == 1 and ord(text[0]) == code)
                if isinstance(arg, W_String):
                    return boolean(strings_equal(receiver.value, arg.value))
        return None

    def int_op(self, a: int, b: int) -> "W_AbstractObject | None":
        op = self.operator
        if op == OP_ADD:
            try:
                return W_Integer(ovfcheck(a + b))
            except OverflowError:
                return None
        if op == OP_SUB:
            try:
                return W_Integer(ovfcheck(a - b))
            except OverflowError:
                return None
        if op == OP_MUL:
            try:
                return W_Integer(ovfcheck(a * b))
            except OverflowError:
                return None
        if op == OP_LT:
            return boolean(a < b)
        if op == OP_GT:
            return boolean(a > b)
        if op == OP_LE:
            return boolean(a <= b)
        if op == OP_GE:
            return boolean(a >= b)
        if op == OP_EQ:
            return boolean(a == b)
        # / and %: zero and the one overflowing case (MININT / -1) take the primitive's path
        if b == 0 or b == -1:
            return None
        if op == OP_DIV:
            return W_Integer(a // b)
        return W_Integer(a % b)

    def float_op(self, a: float, b: float) -> W_AbstractObject:
        op = self.operator
        if op == OP_ADD:
            return W_Double(a + b)
        if op == OP_SUB:
            return W_Double(a - b)
        if op == OP_MUL:
            return W_Double(a * b)
        if op == OP_LT:
            return boolean(a < b)
        if op == OP_GT:
            return boolean(a > b)
        if op == OP_LE:
            return boolean(a <= b)
        if op == OP_GE:
            return boolean(a >= b)
        return boolean(a == b)


class EagerAtPutNode(MessageSendNode):
    """`array at: i put: x`: stores directly into a plain Array with an index in range (answering
    x, as the primitive does); anything else is an ordinary send."""

    _immutable_fields_ = ['index_expr', 'value_expr']

    def __init__(self, selector, receiver_expr, index_expr, value_expr, site) -> None:
        MessageSendNode.__init__(self, selector, receiver_expr, [index_expr, value_expr], site)
        self.index_expr = index_expr
        self.value_expr = value_expr

    def execute(self, frame) -> W_AbstractObject:
        receiver = self.receiver_expr.execute(frame)
        index = self.index_expr.execute(frame)
        value = self.value_expr.execute(frame)
        array = plain_array(receiver)
        if array is not None and isinstance(index, W_Integer):
            i = index.value - 1
            if 0 <= i < len(array.items):
                array.items[i] = value
                return value
        return self.dispatch(receiver, [index, value])


def make_eager_binary(selector, receiver_expr, arg_expr, site) -> "EagerBinaryNode | None":
    if selector.value not in OPERATORS:
        return None
    operator = OPERATORS[selector.value]
    return EagerBinaryNode(selector, receiver_expr, arg_expr, operator, site)
