"""Control structures the parser inlines: conditionals, nil tests, and:/or:, loops, to:do:.

Their block arguments are compiled into the enclosing method, so no closures are made. When the
receiver is not what the inlining assumed (say `ifTrue:` sent to a non-Boolean) the node turns its
blocks back into real block objects and sends the message normally.
"""

from kit.rlib.jit import JitDriver, dont_look_inside, unroll_safe, we_are_jitted
from kit.rlib.rarithmetic import ovfcheck
from languages.smalltalk.callstack import call_stack
from languages.smalltalk.dispatch import enter_counted, send_with_site
from languages.smalltalk.errors import SomError
from languages.smalltalk.nodes import Node
from languages.smalltalk.objects import W_AbstractObject, W_Block, W_Double, W_Integer
from languages.smalltalk.state import vm


def nil_value() -> W_AbstractObject:
    value = vm.nilobj
    assert value is not None
    return value


class InlinedNode(Node):
    """Common slow path: send the original message with the inlined blocks as real blocks."""

    _immutable_fields_ = ['selector', 'block_codes[*]', 'site']

    def __init__(self, selector, block_codes: list, site) -> None:
        self.selector = selector
        self.block_codes = block_codes  # InlinedBlockCode per inlined block argument
        self.site = site

    @unroll_safe
    def send_original(self, frame, receiver: W_AbstractObject, leading_args: list) -> W_AbstractObject:
        args = list(leading_args)
        codes = self.block_codes
        i = 0
        while i < len(codes):
            args.append(W_Block(codes[i], frame))
            i += 1
        return send_with_site(self.site, receiver, self.selector, args)


class IfNode(InlinedNode):
    """`c ifTrue: [...]` (expected True) or `c ifFalse: [...]`: the block's value, or nil."""

    _immutable_fields_ = ['condition', 'body', 'expected']

    def __init__(self, condition: Node, body: Node, expected: bool, selector, block_codes: list, site) -> None:
        InlinedNode.__init__(self, selector, block_codes, site)
        self.condition = condition
        self.body = body
        self.expected = expected

    def execute(self, frame) -> W_AbstractObject:
        value = self.condition.execute(frame)
        if value is vm.trueobj:
            taken = self.expected
        elif value is vm.falseobj:
            taken = not self.expected
        else:
            return self.send_original(frame, value, [])
        if taken:
            return self.body.execute(frame)
        return nil_value()


class IfElseNode(InlinedNode):
    """`c ifTrue: [a] ifFalse: [b]`; with `expected` False it is `ifFalse:ifTrue:`."""

    _immutable_fields_ = ['condition', 'first', 'second', 'expected']

    def __init__(self, condition: Node, first: Node, second: Node, expected: bool, selector,
                 block_codes: list, site) -> None:
        InlinedNode.__init__(self, selector, block_codes, site)
        self.condition = condition
        self.first = first
        self.second = second
        self.expected = expected

    def execute(self, frame) -> W_AbstractObject:
        value = self.condition.execute(frame)
        if value is vm.trueobj:
            first = self.expected
        elif value is vm.falseobj:
            first = not self.expected
        else:
            return self.send_original(frame, value, [])
        if first:
            return self.first.execute(frame)
        return self.second.execute(frame)


class IfNilNode(Node):
    """`x ifNil: [...]` answers x unless it is nil; `x ifNotNil: [...]` answers nil for nil."""

    _immutable_fields_ = ['subject', 'body', 'when_nil']

    def __init__(self, subject: Node, body: Node, when_nil: bool) -> None:
        self.subject = subject
        self.body = body
        self.when_nil = when_nil

    def execute(self, frame) -> W_AbstractObject:
        value = self.subject.execute(frame)
        is_nil = value is vm.nilobj
        if is_nil == self.when_nil:
            return self.body.execute(frame)
        if is_nil:
            return value
        if self.when_nil:
            return value
        return nil_value()


class IfNilElseNode(Node):
    """`x ifNil: [a] ifNotNil: [b]` and `x ifNotNil: [b] ifNil: [a]`."""

    _immutable_fields_ = ['subject', 'nil_body', 'not_nil_body']

    def __init__(self, subject: Node, nil_body: Node, not_nil_body: Node) -> None:
        self.subject = subject
        self.nil_body = nil_body
        self.not_nil_body = not_nil_body

    def execute(self, frame) -> W_AbstractObject:
        if self.subject.execute(frame) is vm.nilobj:
            return self.nil_body.execute(frame)
        return self.not_nil_body.execute(frame)


class AndNode(InlinedNode):
    """`a and: [b]` and `a && [b]`: b is evaluated only when a is true."""

    _immutable_fields_ = ['left', 'right']

    def __init__(self, left: Node, right: Node, selector, block_codes: list, site) -> None:
        InlinedNode.__init__(self, selector, block_codes, site)
        self.left = left
        self.right = right

    def execute(self, frame) -> W_AbstractObject:
        value = self.left.execute(frame)
        if value is vm.falseobj:
            return value
        if value is vm.trueobj:
            return self.right.execute(frame)
        return self.send_original(frame, value, [])


class OrNode(InlinedNode):
    """`a or: [b]` and `a || [b]`: b is evaluated only when a is false."""

    _immutable_fields_ = ['left', 'right']

    def __init__(self, left: Node, right: Node, selector, block_codes: list, site) -> None:
        InlinedNode.__init__(self, selector, block_codes, site)
        self.left = left
        self.right = right

    def execute(self, frame) -> W_AbstractObject:
        value = self.left.execute(frame)
        if value is vm.trueobj:
            return value
        if value is vm.falseobj:
            return self.right.execute(frame)
        return self.send_original(frame, value, [])


# The JIT's one driver (kit's JIT takes one merge point per program): the loops the parser
# inlines, `whileTrue:`/`whileFalse:` and the `to:do:` family, and the bodies of recursive
# methods. Every other SOM loop is one of these inside a core-library method (timesRepeat:, do:,
# Block>>whileTrue: ...). The node is green (a trace is specialised to one loop or method of the
# program); the counter, limit and step of a to:do: loop are unboxed reds (zeros otherwise).
# The driver is recursive: entering the portal is counted too, so a method that runs through it
# (MethodEntryNode) is traced from its entry once it has been called often enough.
# The second green, `block_code`, is the number of the block code a loop evaluates when the loop
# sends `value...` to an argument of its method (LoopNode.block_arg: `timesRepeat:`, `do:` and the
# like in the core library), else 0: such a loop gets one compiled loop per block it runs, rather
# than one loop traced with the first block and a bridge for every other block. (A number, not the
# BlockCode: the JIT's printable location cannot take instance greens of two classes yet.)
def loop_location(node: "LoopNode", block_code: int) -> str:
    if block_code == 0:
        return node.describe()
    return "%s with block #%d" % (node.describe(), block_code)


som_driver = JitDriver(greens=["node", "block_code"], reds=["index", "limit", "step", "frame"],
                       get_printable_location=loop_location, name="som_loop", is_recursive=True)


@dont_look_inside
def enter_loop(node: "LoopNode", frame, index: int, limit: int, step: int) -> None:
    """Run an inlined loop. Traces and the JIT's blackhole call this (not look inside), so a loop
    nested in a traced loop runs its own compiled code instead of being unrolled into the trace."""
    run_portal(node, node.block_code_in(frame), frame, index, limit, step)


@dont_look_inside
def enter_method(entry: "MethodEntryNode", frame, from_compiled_code: bool) -> W_AbstractObject:
    """Run a recursive method's body through the portal. A call, not traced into (a direct call
    of the portal from traced code would be inlined), so a trace calling the method enters the
    method's own compiled code. A call from compiled code counts on the call stack."""
    depth = enter_counted(from_compiled_code)
    try:
        return run_portal(entry, 0, frame, 0, 0, 0)
    finally:
        call_stack.depth = depth


def run_portal(node: "LoopNode", block_code: int, frame, index: int, limit: int, step: int) -> W_AbstractObject:
    """The interpreter loop the JIT traces: test, body, step, for one inlined loop; or the body of
    a recursive method, once. A trace never looks inside this function: a call of it in a trace
    stays a call (which runs the callee's own compiled code)."""
    while True:
        som_driver.jit_merge_point(node=node, block_code=block_code, index=index, limit=limit, step=step,
                                   frame=frame)
        if node.is_method_entry:
            return node.run_method(frame)
        if not node.loop_continues(frame, index, limit, step):
            return nil_value()
        node.loop_body(frame, index)
        if step != 0:
            try:
                index = ovfcheck(index + step)
            except OverflowError:
                return nil_value()
        som_driver.can_enter_jit(node=node, block_code=block_code, index=index, limit=limit, step=step,
                                 frame=frame)


PEELED_ITERATIONS = 2


class LoopNode(InlinedNode):
    """A loop the parser inlined (or a method's entry); `run_portal` drives it through these
    methods."""

    _immutable_fields_ = ['is_method_entry', 'entry_label', 'peeled', 'block_arg']

    def __init__(self, selector, block_codes: list, site) -> None:
        InlinedNode.__init__(self, selector, block_codes, site)
        self.is_method_entry = False
        self.entry_label = ""  # a method entry's Class>>#selector
        # A small loop (the parser decides): in a trace, its first PEELED_ITERATIONS tests and
        # bodies are part of the trace that reaches it, and only a loop that goes on after them
        # enters the portal. Entering is a call, which needs the frame on the heap, and many
        # small loops run zero, one or two times (skipping white space, reading a digit).
        self.peeled = False
        # the index of the method argument whose block the loop evaluates, or -1 (the parser
        # decides; see som_driver's block_code)
        self.block_arg = -1

    def block_code_in(self, frame) -> int:
        """The green `block_code` of this loop in `frame`: the number of the code of the block
        in its method argument `block_arg`, or 0."""
        if self.block_arg < 0:
            return 0
        value = frame.args[self.block_arg]
        if isinstance(value, W_Block):
            return value.code.number
        return 0

    @unroll_safe
    def run_peeled(self, frame, index: int, limit: int, step: int) -> bool:
        """In a trace: the first iterations; True if the loop must go on from `index +
        PEELED_ITERATIONS * step` (the caller enters the portal)."""
        k = 0
        while k < PEELED_ITERATIONS:
            if not self.loop_continues(frame, index, limit, step):
                return False
            self.loop_body(frame, index)
            if step != 0:
                try:
                    index = ovfcheck(index + step)
                except OverflowError:
                    return False
            k += 1
        return True

    def loop_continues(self, frame, index: int, limit: int, step: int) -> bool:
        raise NotImplementedError

    def loop_body(self, frame, index: int) -> None:
        raise NotImplementedError

    def run_method(self, frame) -> W_AbstractObject:
        raise NotImplementedError

    def describe(self) -> str:
        # (one implementation, no override: the JIT's printable location is annotated last)
        if self.is_method_entry:
            return "entry of %s" % self.entry_label
        site = self.site
        if site is None:
            return "loop"
        return "%s %s" % (self.selector.value, site.describe())


class MethodEntryNode(LoopNode):
    """The entry of a method that sends its own selector (it may recurse): W_Method runs its body
    through `run_portal`, so the JIT traces the method from its entry and a trace calling it
    calls that compiled code instead of unrolling the recursion until the trace is too long."""

    _immutable_fields_ = ['method']

    def __init__(self, method) -> None:
        LoopNode.__init__(self, method.signature, [], None)
        self.is_method_entry = True
        self.entry_label = method.label()
        self.method = method  # W_Method

    def run_method(self, frame) -> W_AbstractObject:
        return self.method.run_body(frame)


class WhileNode(LoopNode):
    """`[cond] whileTrue: [body]` (or whileFalse:) with both blocks inlined; answers nil."""

    _immutable_fields_ = ['condition', 'body', 'while_true']

    def __init__(self, condition: Node, body: Node, while_true: bool, selector, site) -> None:
        LoopNode.__init__(self, selector, [], site)
        self.condition = condition
        self.body = body
        self.while_true = while_true

    def execute(self, frame) -> W_AbstractObject:
        if self.peeled and we_are_jitted():
            if not self.run_peeled(frame, 0, 0, 0):
                return nil_value()
        enter_loop(self, frame, 0, 0, 0)
        return nil_value()

    def loop_continues(self, frame, index: int, limit: int, step: int) -> bool:
        value = self.condition.execute(frame)
        if value is vm.trueobj:
            return self.while_true
        if value is vm.falseobj:
            return not self.while_true
        raise SomError("%s: the condition block answered an instance of %s, not a Boolean"
                       % (self.selector.value, value.get_class().class_name()))

    def loop_body(self, frame, index: int) -> None:
        self.body.execute(frame)


class ToDoNode(LoopNode):
    """`a to: b do: [:i | ...]`, `to:by:do:`, `downTo:do:` and `downTo:by:do:` with the block
    inlined: the loop variable is a temporary of the enclosing frame. Answers the receiver."""

    _immutable_fields_ = ['start', 'limit', 'step', 'body', 'slot', 'downward']

    def __init__(self, start: Node, limit: Node, step: "Node | None", body: Node, slot: int,
                 downward: bool, selector, block_codes: list, site) -> None:
        LoopNode.__init__(self, selector, block_codes, site)
        self.start = start
        self.limit = limit
        self.step = step
        self.body = body
        self.slot = slot
        self.downward = downward

    def execute(self, frame) -> W_AbstractObject:
        start = self.start.execute(frame)
        limit = self.limit.execute(frame)
        step_value = 1
        w_step = None
        step = self.step
        if step is not None:
            w_step = step.execute(frame)
            if not isinstance(w_step, W_Integer):
                return self.send_general(frame, start, limit, w_step)
            step_value = w_step.value
            if step_value == 0:
                return self.send_general(frame, start, limit, w_step)
        if not isinstance(start, W_Integer):
            return self.send_general(frame, start, limit, w_step)
        delta = -step_value if self.downward else step_value
        if isinstance(limit, W_Integer):
            index = start.value
            if self.peeled and we_are_jitted():
                if not self.run_peeled(frame, index, limit.value, delta):
                    return start
                index += PEELED_ITERATIONS * delta  # (run_peeled checked for overflow)
            enter_loop(self, frame, index, limit.value, delta)
        elif isinstance(limit, W_Double):
            self.loop_double(frame, start.value, limit.value, delta)
        else:
            return self.send_general(frame, start, limit, w_step)
        return start

    def loop_continues(self, frame, index: int, limit: int, step: int) -> bool:
        """Counting by `step` (negative counts down): has index not passed the limit?"""
        if step > 0:
            return index <= limit
        return index >= limit

    def loop_body(self, frame, index: int) -> None:
        frame.temps[self.slot] = W_Integer(index)
        self.body.execute(frame)

    def loop_double(self, frame, i: int, limit: float, delta: int) -> None:
        if delta > 0:
            while float(i) <= limit:
                frame.temps[self.slot] = W_Integer(i)
                self.body.execute(frame)
                i += delta
        else:
            while float(i) >= limit:
                frame.temps[self.slot] = W_Integer(i)
                self.body.execute(frame)
                i += delta

    def send_general(self, frame, start: W_AbstractObject, limit: W_AbstractObject,
                     w_step: "W_AbstractObject | None") -> W_AbstractObject:
        if w_step is None:
            return self.send_original(frame, start, [limit])
        return self.send_original(frame, start, [limit, w_step])
