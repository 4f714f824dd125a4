"""Control structures the parser inlines: conditionals, nil tests, and:/or:, loops, to:do:.

Their block arguments are compiled into the enclosing method, so no closures are made. When the
receiver is not what the inlining assumed (say `ifTrue:` sent to a non-Boolean) the node turns its
blocks back into real block objects and sends the message normally.
"""

from kit.rlib.rarithmetic import ovfcheck
from languages.smalltalk.dispatch import send_with_site
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

    def send_original(self, frame, receiver: W_AbstractObject, leading_args: list) -> W_AbstractObject:
        args = list(leading_args)
        for code in self.block_codes:
            args.append(W_Block(code, frame))
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


class WhileNode(Node):
    """`[cond] whileTrue: [body]` (or whileFalse:) with both blocks inlined; answers nil."""

    _immutable_fields_ = ['condition', 'body', 'while_true']

    def __init__(self, condition: Node, body: Node, while_true: bool) -> None:
        self.condition = condition
        self.body = body
        self.while_true = while_true

    def execute(self, frame) -> W_AbstractObject:
        while True:
            # JIT: jitdriver_while.jit_merge_point(node=self, frame=frame)  greens=[node]
            value = self.condition.execute(frame)
            if value is vm.trueobj:
                if not self.while_true:
                    break
            elif value is vm.falseobj:
                if self.while_true:
                    break
            else:
                selector = "whileTrue:" if self.while_true else "whileFalse:"
                raise SomError("%s: the condition block answered an instance of %s, not a Boolean"
                               % (selector, value.get_class().class_name()))
            self.body.execute(frame)
            # JIT: jitdriver_while.can_enter_jit(node=self, frame=frame) on the back edge
        return nil_value()


class ToDoNode(InlinedNode):
    """`a to: b do: [:i | ...]`, `to:by:do:`, `downTo:do:` and `downTo:by:do:` with the block
    inlined: the loop variable is a temporary of the enclosing frame. Answers the receiver."""

    _immutable_fields_ = ['start', 'limit', 'step', 'body', 'slot', 'downward']

    def __init__(self, start: Node, limit: Node, step: "Node | None", body: Node, slot: int,
                 downward: bool, selector, block_codes: list, site) -> None:
        InlinedNode.__init__(self, selector, block_codes, site)
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
            self.loop_int(frame, start.value, limit.value, delta)
        elif isinstance(limit, W_Double):
            self.loop_double(frame, start.value, limit.value, delta)
        else:
            return self.send_general(frame, start, limit, w_step)
        return start

    def loop_int(self, frame, i: int, limit: int, delta: int) -> None:
        """Counts by `delta` (negative counts down) while i has not passed the limit."""
        if delta > 0:
            while i <= limit:
                # JIT: jitdriver_todo.jit_merge_point(node=self, i=i, limit=limit, frame=frame)
                frame.temps[self.slot] = W_Integer(i)
                self.body.execute(frame)
                try:
                    i = ovfcheck(i + delta)
                except OverflowError:
                    break
        else:
            while i >= limit:
                # JIT: jitdriver_todo.jit_merge_point(node=self, i=i, limit=limit, frame=frame)
                frame.temps[self.slot] = W_Integer(i)
                self.body.execute(frame)
                try:
                    i = ovfcheck(i + delta)
                except OverflowError:
                    break

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
