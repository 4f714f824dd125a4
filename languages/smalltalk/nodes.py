"""The basic AST nodes: literals, variables, fields, globals, blocks, sequences and returns.

Every node has `execute(frame)` answering a SOM value. Variables are resolved by the parser to
an index and a context level (how many enclosing block frames to walk out).
"""

from kit.rlib import jit
from languages.smalltalk.dispatch import send_with_site
from languages.smalltalk.frame import ReturnException
from languages.smalltalk.objects import W_AbstractObject, W_Block, intern_symbol
from languages.smalltalk.state import vm

# READ_THROUGH_THE_NODE: loops over a node's `name[*]` list read the list through the node
# (`self.statements[i]`) at every step, not from a local. In a trace the node is a constant and
# the JIT folds reads from a `[*]` list it reached through the field; a bridge that resumes inside
# such a loop has the list only as a constant in a local, and the JIT does not know it is
# immutable there: every item read, and everything computed from the item (the nodes below it,
# method lookups), would stay in the bridge as real operations.


class Node:
    def execute(self, frame) -> W_AbstractObject:
        raise NotImplementedError


class LiteralNode(Node):
    _immutable_fields_ = ['value']

    def __init__(self, value: W_AbstractObject) -> None:
        self.value = value

    def execute(self, frame) -> W_AbstractObject:
        return self.value


class SelfNode(Node):
    """`self` (and `super` used as a value): the receiver, also inside blocks."""

    def execute(self, frame) -> W_AbstractObject:
        return frame.receiver


class ArgReadNode(Node):
    _immutable_fields_ = ['index', 'level']

    def __init__(self, index: int, level: int) -> None:
        self.index = index
        self.level = level

    def execute(self, frame) -> W_AbstractObject:
        return frame.at_level(self.level).args[self.index]


class ArgWriteNode(Node):
    _immutable_fields_ = ['index', 'level', 'value_expr']

    def __init__(self, index: int, level: int, value_expr: Node) -> None:
        self.index = index
        self.level = level
        self.value_expr = value_expr

    def execute(self, frame) -> W_AbstractObject:
        value = self.value_expr.execute(frame)
        frame.at_level(self.level).args[self.index] = value
        return value


class TempReadNode(Node):
    _immutable_fields_ = ['index', 'level']

    def __init__(self, index: int, level: int) -> None:
        self.index = index
        self.level = level

    def execute(self, frame) -> W_AbstractObject:
        return frame.at_level(self.level).temps[self.index]


class TempWriteNode(Node):
    _immutable_fields_ = ['index', 'level', 'value_expr']

    def __init__(self, index: int, level: int, value_expr: Node) -> None:
        self.index = index
        self.level = level
        self.value_expr = value_expr

    def execute(self, frame) -> W_AbstractObject:
        value = self.value_expr.execute(frame)
        frame.at_level(self.level).temps[self.index] = value
        return value


class LocalArgReadNode(Node):
    """An argument of the current activation (level 0, the common case)."""

    _immutable_fields_ = ['index']

    def __init__(self, index: int) -> None:
        self.index = index

    def execute(self, frame) -> W_AbstractObject:
        return frame.args[self.index]


class LocalTempReadNode(Node):
    _immutable_fields_ = ['index']

    def __init__(self, index: int) -> None:
        self.index = index

    def execute(self, frame) -> W_AbstractObject:
        return frame.temps[self.index]


class LocalTempWriteNode(Node):
    _immutable_fields_ = ['index', 'value_expr']

    def __init__(self, index: int, value_expr: Node) -> None:
        self.index = index
        self.value_expr = value_expr

    def execute(self, frame) -> W_AbstractObject:
        value = self.value_expr.execute(frame)
        frame.temps[self.index] = value
        return value


class FieldReadNode(Node):
    _immutable_fields_ = ['index']

    def __init__(self, index: int) -> None:
        self.index = index

    def execute(self, frame) -> W_AbstractObject:
        return frame.receiver.get_field(self.index)


class FieldWriteNode(Node):
    _immutable_fields_ = ['index', 'value_expr']

    def __init__(self, index: int, value_expr: Node) -> None:
        self.index = index
        self.value_expr = value_expr

    def execute(self, frame) -> W_AbstractObject:
        value = self.value_expr.execute(frame)
        frame.receiver.set_field(self.index, value)
        return value


class BlockNode(Node):
    """A block literal: each evaluation makes a closure over the current frame."""

    _immutable_fields_ = ['code']

    def __init__(self, code) -> None:
        self.code = code

    def execute(self, frame) -> W_AbstractObject:
        return W_Block(self.code, frame)


class SequenceNode(Node):
    """Statements in order; the value of the last one is the value of the sequence."""

    _immutable_fields_ = ['statements[*]']

    def __init__(self, statements: list) -> None:
        self.statements = statements

    @jit.unroll_safe
    def execute(self, frame) -> W_AbstractObject:
        # (unrolled in traces: the statement list is constant per node; an index, not an
        # iterator, so each statement is a constant in the trace. The list is read through the
        # node at every step, see READ_THROUGH_THE_NODE)
        result = vm.nilobj
        i = 0
        while i < len(self.statements):
            result = self.statements[i].execute(frame)
            i += 1
        assert result is not None
        return result


class ResetTempsNode(Node):
    """Sets the temporaries an inlined block declares back to nil when the block is entered."""

    _immutable_fields_ = ['slots[*]']

    def __init__(self, slots: list) -> None:
        self.slots = slots

    @jit.unroll_safe
    def execute(self, frame) -> W_AbstractObject:
        nilobj = vm.nilobj
        assert nilobj is not None
        i = 0
        while i < len(self.slots):  # (through the node: READ_THROUGH_THE_NODE)
            frame.temps[self.slots[i]] = nilobj
            i += 1
        return nilobj


class ReturnLocalNode(Node):
    """`^ expr` inside an inlined block of a method: leaves the method's own activation."""

    _immutable_fields_ = ['value_expr']

    def __init__(self, value_expr: Node) -> None:
        self.value_expr = value_expr

    def execute(self, frame) -> W_AbstractObject:
        value = self.value_expr.execute(frame)
        raise ReturnException(frame, value)


class NonLocalReturnNode(Node):
    """`^ expr` inside a block: returns from the home method if its activation is still running;
    otherwise sends `escapedBlock: aBlock` to self and answers that from the block's `value`."""

    _immutable_fields_ = ['value_expr', 'site']

    def __init__(self, value_expr: Node, site) -> None:
        self.value_expr = value_expr
        self.site = site

    def execute(self, frame) -> W_AbstractObject:
        value = self.value_expr.execute(frame)
        home = frame.home()
        if home.on_stack:
            raise ReturnException(home, value)
        block = frame.block
        assert isinstance(block, W_Block)
        answer = send_with_site(self.site, frame.receiver, intern_symbol("escapedBlock:"), [block])
        raise ReturnException(frame, answer)
