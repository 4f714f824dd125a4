"""Message sends in the AST: polymorphic inline caches keyed by receiver class, and super sends.

A send node remembers up to MAX_CACHE (class, method) pairs it has seen; past that it becomes
megamorphic and looks methods up every time. A cached None method means doesNotUnderstand:.
"""

from kit.rlib import jit
from languages.smalltalk.dispatch import invoke_at_site, send_does_not_understand
from languages.smalltalk.frame import NO_VALUES
from languages.smalltalk.nodes import Node
from languages.smalltalk.objects import W_AbstractObject, W_Class

MAX_CACHE = 6


class SendNode(Node):
    """What every send node has: the selector, the argument nodes and the send site."""

    _immutable_fields_ = ['selector', 'arg_exprs[*]', 'site']

    def __init__(self, selector, arg_exprs: list, site) -> None:
        self.selector = selector  # W_Symbol
        self.arg_exprs = arg_exprs
        self.site = site

    @jit.unroll_safe
    def evaluate_args(self, frame) -> list:
        """The values of the argument nodes, in order. The usual counts build their list in one
        piece (no loop, no resizing), which a trace can keep virtual; the nodes are read through
        `self` (nodes.READ_THROUGH_THE_NODE)."""
        count = len(self.arg_exprs)
        if count == 0:
            return NO_VALUES
        if count == 1:
            return [self.arg_exprs[0].execute(frame)]
        if count == 2:
            first = self.arg_exprs[0].execute(frame)
            return [first, self.arg_exprs[1].execute(frame)]
        values = []
        i = 0
        while i < count:
            values.append(self.arg_exprs[i].execute(frame))
            i += 1
        return values


class DispatchEntry:
    """One inline-cache entry. Entries never change once made."""

    _immutable_fields_ = ['receiver_class', 'method', 'next_entry']

    def __init__(self, receiver_class, method, next_entry: "DispatchEntry | None") -> None:
        self.receiver_class = receiver_class
        self.method = method
        self.next_entry = next_entry


@jit.elidable
def lookup_method(receiver_class: W_Class, selector):
    """The method a send of `selector` to an instance of receiver_class runs (None: it does not
    understand). Classes never change once loaded, so in a trace, with the class promoted and the
    selector a constant of the send node, this folds to a constant."""
    return receiver_class.lookup(selector.value)


class MessageSendNode(SendNode):
    # (the cache is quasi-immutable for the JIT: traces do not read it, see dispatch)
    _immutable_fields_ = ['receiver_expr', 'cache?', 'cache_size?', 'megamorphic?']

    def __init__(self, selector, receiver_expr: Node, arg_exprs: list, site) -> None:
        SendNode.__init__(self, selector, arg_exprs, site)
        self.receiver_expr = receiver_expr
        self.cache = None
        self.cache_size = 0
        self.megamorphic = False

    def execute(self, frame) -> W_AbstractObject:
        receiver = self.receiver_expr.execute(frame)
        args = self.evaluate_args(frame)
        return self.dispatch(receiver, args)

    @jit.unroll_safe
    def dispatch(self, receiver: W_AbstractObject, args: list) -> W_AbstractObject:
        receiver_class = receiver.get_class()
        if jit.we_are_jitted():
            # a trace guards on the receiver's class and finds the method at trace time
            receiver_class = jit.promote(receiver_class)
            return self.invoke_method(lookup_method(receiver_class, self.selector), receiver, args)
        entry = self.cache
        while entry is not None:
            if entry.receiver_class is receiver_class:
                return self.invoke_method(entry.method, receiver, args)
            entry = entry.next_entry
        method = receiver_class.lookup(self.selector.value)
        if not self.megamorphic:
            if self.cache_size < MAX_CACHE:
                self.cache = DispatchEntry(receiver_class, method, self.cache)
                self.cache_size += 1
            else:
                self.megamorphic = True
                self.cache = None
        return self.invoke_method(method, receiver, args)

    def invoke_method(self, method, receiver: W_AbstractObject, args: list) -> W_AbstractObject:
        if method is None:
            return send_does_not_understand(self.site, receiver, self.selector, args)
        return invoke_at_site(self.site, method, receiver, args)


class SuperSendNode(SendNode):
    """`super foo`: the lookup starts above the class that lexically holds the method, so the
    method found never depends on the receiver and is cached after the first send."""

    _immutable_fields_ = ['holder', 'looked_up?', 'method?']

    def __init__(self, selector, holder, arg_exprs: list, site) -> None:
        SendNode.__init__(self, selector, arg_exprs, site)
        self.holder = holder  # W_Class the method is defined in (a metaclass on the class side)
        self.looked_up = False
        self.method = None

    def execute(self, frame) -> W_AbstractObject:
        receiver = frame.receiver
        args = self.evaluate_args(frame)
        if not self.looked_up:
            superclass = self.holder.superclass
            if superclass is not None:
                self.method = superclass.lookup(self.selector.value)
            self.looked_up = True
        method = jit.promote(self.method)  # (a constant in a trace, so its body is traced as constants)
        if method is None:
            return send_does_not_understand(self.site, receiver, self.selector, args)
        return invoke_at_site(self.site, method, receiver, args)
