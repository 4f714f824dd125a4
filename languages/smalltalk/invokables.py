"""What a send can invoke: SOM methods (an AST body), VM primitives, and the code of blocks.

Methods and primitives are SOM objects too (classes Method and Primitive), so reflection can
list them, ask their signature and holder, and invoke them with `invokeOn:with:`.
"""

from kit.rlib import jit
from languages.smalltalk.control_nodes import MethodEntryNode, enter_method
from languages.smalltalk.errors import SomError
from languages.smalltalk.frame import Frame, ReturnException
from languages.smalltalk.nodes import (
    FieldReadNode,
    FieldWriteNode,
    LiteralNode,
    LocalArgReadNode,
    SelfNode,
    SequenceNode,
)
from languages.smalltalk.objects import W_AbstractObject, W_Class
from languages.smalltalk.state import vm

# trivial methods, run without a frame or a call-stack entry (they cannot fail or recurse)
NOT_TRIVIAL = 0
ANSWERS_FIELD = 1      # `x = ( ^ x )`
SETS_FIELD = 2         # `x: value = ( x := value )`
ANSWERS_LITERAL = 3    # `zero = ( ^ 0 )`
ANSWERS_SELF = 4       # `yourself = ( )`


class W_Invokable(W_AbstractObject):
    _immutable_fields_ = ['signature', 'holder', 'trivial']

    def __init__(self, signature, holder: "W_Class | None") -> None:
        self.signature = signature  # W_Symbol
        self.holder = holder
        self.trivial = NOT_TRIVIAL

    def invoke(self, receiver: W_AbstractObject, args: list) -> W_AbstractObject:
        raise NotImplementedError

    def is_trivial(self) -> bool:
        """Runs without a frame or a call-stack entry (see the kinds above)."""
        return self.trivial != NOT_TRIVIAL

    def label(self) -> str:
        holder = "?" if self.holder is None else self.holder.class_name()
        return "%s>>#%s" % (holder, self.signature.value)


class W_Method(W_Invokable):
    """A method written in SOM. `catches_returns` is set by the parser when a `^` inside an
    inlined or real block must unwind to this activation."""

    _immutable_fields_ = ['body', 'num_args', 'num_temps', 'catches_returns', 'field_index', 'literal', 'entry']

    def __init__(self, signature, holder, body, num_args: int, num_temps: int,
                 catches_returns: bool, sends_own_selector: bool = False) -> None:
        W_Invokable.__init__(self, signature, holder)
        self.body = body
        self.num_args = num_args
        self.num_temps = num_temps
        self.catches_returns = catches_returns
        self.field_index = -1
        self.literal = None
        self.classify_trivial()
        # a method that may recurse runs through the JIT's portal (control_nodes.run_portal), so
        # it is compiled from its entry and traces call it rather than inline it
        self.entry = None
        if sends_own_selector:
            self.mark_recursive()

    def mark_recursive(self) -> None:
        """The method may recurse: it runs through the JIT's portal. (Set while its class is
        parsed, before it can run.)"""
        if self.trivial == NOT_TRIVIAL and self.entry is None:
            self.entry = MethodEntryNode(self)

    def classify_trivial(self) -> None:
        """Recognise the bodies of accessors and constant methods (PySOM's trivial methods)."""
        body = self.body
        if self.num_temps != 0 or self.catches_returns:
            return
        if isinstance(body, FieldReadNode) and self.num_args == 0:
            self.trivial = ANSWERS_FIELD
            self.field_index = body.index
        elif isinstance(body, LiteralNode) and self.num_args == 0:
            self.trivial = ANSWERS_LITERAL
            self.literal = body.value
        elif isinstance(body, SelfNode):
            self.trivial = ANSWERS_SELF
        elif isinstance(body, SequenceNode) and self.num_args == 1 and len(body.statements) == 2:
            write = body.statements[0]
            if isinstance(write, FieldWriteNode) and isinstance(body.statements[1], SelfNode):
                # (one isinstance per variable: the annotator narrows a local, not an attribute)
                value = write.value_expr
                if isinstance(value, LocalArgReadNode) and value.index == 0:
                    self.trivial = SETS_FIELD
                    self.field_index = write.index

    def invoke_trivial(self, receiver: W_AbstractObject, args: list) -> W_AbstractObject:
        kind = self.trivial
        if kind == ANSWERS_FIELD:
            return receiver.get_field(self.field_index)
        if kind == SETS_FIELD:
            receiver.set_field(self.field_index, args[0])
            return receiver
        if kind == ANSWERS_LITERAL:
            value = self.literal
            assert value is not None
            return value
        return receiver

    def get_class(self) -> W_Class:
        value = vm.method_class
        assert value is not None
        return value

    def invoke(self, receiver: W_AbstractObject, args: list) -> W_AbstractObject:
        if self.trivial != NOT_TRIVIAL:
            return self.invoke_trivial(receiver, args)
        frame = Frame(receiver, args, self.num_temps, None, None)
        entry = self.entry
        if entry is not None:
            return enter_method(entry, frame, jit.we_are_jitted())
        return self.run_body(frame)

    def run_body(self, frame: Frame) -> W_AbstractObject:
        if not self.catches_returns:
            return self.body.execute(frame)
        try:
            return self.body.execute(frame)
        except ReturnException as ret:
            if ret.target is frame:
                return ret.value
            raise
        finally:
            frame.on_stack = False


class W_Primitive(W_Invokable):
    """A method implemented by the VM: `function(receiver, args)`."""

    _immutable_fields_ = ['function']

    def __init__(self, signature, holder, function) -> None:
        W_Invokable.__init__(self, signature, holder)
        self.function = function

    def get_class(self) -> W_Class:
        value = vm.primitive_class
        assert value is not None
        return value

    def invoke(self, receiver: W_AbstractObject, args: list) -> W_AbstractObject:
        return self.function(receiver, args)


class W_MissingPrimitive(W_Invokable):
    """A method declared `primitive` for which the VM has no implementation."""

    def get_class(self) -> W_Class:
        value = vm.primitive_class
        assert value is not None
        return value

    def invoke(self, receiver: W_AbstractObject, args: list) -> W_AbstractObject:
        raise SomError("primitive %s is not implemented by this VM" % self.label())


class BlockCodeCounter:
    """Numbers the block codes (prebuilt instance: module globals are not rebound at run time)."""

    def __init__(self) -> None:
        self.count = 0


block_codes = BlockCodeCounter()


class BlockCode:
    """The compiled body of a block literal: runs in a fresh frame whose `outer` is the context."""

    _immutable_fields_ = ['body', 'num_args', 'num_temps', 'catches_returns', 'label', 'number']

    def __init__(self, body, num_args: int, num_temps: int, catches_returns: bool, label: str) -> None:
        self.body = body
        self.num_args = num_args
        self.num_temps = num_temps
        self.catches_returns = catches_returns
        self.label = label
        # a number of its own (from 1), the JIT's green for loops running this block
        block_codes.count += 1
        self.number = block_codes.count

    def invoke_block(self, block, args: list) -> W_AbstractObject:
        context = block.context
        frame = Frame(context.receiver, args, self.num_temps, context, block)
        if not self.catches_returns:
            return self.body.execute(frame)
        try:
            return self.body.execute(frame)
        except ReturnException as ret:
            # only an escaped block's `^` targets the block's own frame (see NonLocalReturn)
            if ret.target is frame:
                return ret.value
            raise


class InlinedBlockCode(BlockCode):
    """A block literal the parser inlined, turned back into a block when an inlined message
    meets an unexpected receiver (e.g. `ifTrue:` sent to a non-Boolean). Its body runs in the
    frame it was inlined into; its parameters live in that frame's temporaries."""

    _immutable_fields_ = ['arg_slots[*]']

    def __init__(self, body, arg_slots: list, label: str) -> None:
        BlockCode.__init__(self, body, len(arg_slots), 0, False, label)
        self.arg_slots = arg_slots

    @jit.unroll_safe
    def invoke_block(self, block, args: list) -> W_AbstractObject:
        context = block.context
        i = 0
        while i < len(self.arg_slots):
            context.temps[self.arg_slots[i]] = args[i]
            i += 1
        return self.body.execute(context)
