"""Which messages the parser inlines, and the nodes it builds for them and for ordinary sends.

A plan says which arguments (and whether the receiver) must be literal blocks and with how many
parameters; `build` turns the parsed pieces into a control node from control_nodes.py.
"""

import languages.smalltalk.eager_nodes as eager_nodes
from kit.rlib.objectmodel import not_rpython
from languages.smalltalk.control_nodes import (
    AndNode,
    IfElseNode,
    IfNilElseNode,
    IfNilNode,
    IfNode,
    LoopNode,
    OrNode,
    ToDoNode,
    WhileNode,
)
from languages.smalltalk.objects import intern_symbol
from languages.smalltalk.send_nodes import MessageSendNode, SuperSendNode


class InlinePlan:
    def __init__(self, selector: str, block_args: list, block_arity: int, inline_receiver: bool) -> None:
        self.selector = selector
        self.block_args = block_args  # indices of the arguments that are inlined literal blocks
        self.arity = block_arity
        self.inline_receiver = inline_receiver
        # loops must not share one variable between iterations when a block captures it
        self.is_loop = inline_receiver or block_arity == 1

    def inlines_argument(self, index: int) -> bool:
        return index in self.block_args

    def block_arity(self, index: int) -> int:
        return self.arity


PLANS = {}


@not_rpython
def _plan(selector: str, block_args: list, arity: int = 0, inline_receiver: bool = False) -> None:
    PLANS[selector] = InlinePlan(selector, block_args, arity, inline_receiver)


_plan("ifTrue:", [0])
_plan("ifFalse:", [0])
_plan("ifTrue:ifFalse:", [0, 1])
_plan("ifFalse:ifTrue:", [0, 1])
_plan("ifNil:", [0])
_plan("ifNotNil:", [0])
_plan("ifNil:ifNotNil:", [0, 1])
_plan("ifNotNil:ifNil:", [0, 1])
_plan("and:", [0])
_plan("or:", [0])
_plan("whileTrue:", [0], inline_receiver=True)
_plan("whileFalse:", [0], inline_receiver=True)
_plan("to:do:", [1], arity=1)
_plan("to:by:do:", [2], arity=1)
_plan("downTo:do:", [1], arity=1)
_plan("downTo:by:do:", [2], arity=1)


def plan_for(selector: str) -> "InlinePlan | None":
    if selector in PLANS:
        return PLANS[selector]
    return None


def codes_of(blocks: list) -> list:
    return [block.code for block in blocks]


def build(plan: InlinePlan, receiver, receiver_block, args: list, blocks: list, site):
    """The control node for an inlined message (`args` are the non-block arguments)."""
    selector = plan.selector
    symbol = intern_symbol(selector)
    codes = codes_of(blocks)
    if selector == "ifTrue:" or selector == "ifFalse:":
        return IfNode(receiver, blocks[0].body, selector == "ifTrue:", symbol, codes, site)
    if selector == "ifTrue:ifFalse:" or selector == "ifFalse:ifTrue:":
        return IfElseNode(receiver, blocks[0].body, blocks[1].body, selector == "ifTrue:ifFalse:",
                          symbol, codes, site)
    if selector == "ifNil:" or selector == "ifNotNil:":
        return IfNilNode(receiver, blocks[0].body, selector == "ifNil:")
    if selector == "ifNil:ifNotNil:":
        return IfNilElseNode(receiver, blocks[0].body, blocks[1].body)
    if selector == "ifNotNil:ifNil:":
        return IfNilElseNode(receiver, blocks[1].body, blocks[0].body)
    if selector == "and:":
        return AndNode(receiver, blocks[0].body, symbol, codes, site)
    if selector == "or:":
        return OrNode(receiver, blocks[0].body, symbol, codes, site)
    if selector == "whileTrue:" or selector == "whileFalse:":
        assert receiver_block is not None
        return WhileNode(receiver, blocks[0].body, selector == "whileTrue:", symbol, site)
    # the to:do: family; the step, if any, is the second non-block argument
    step = None
    if len(args) > 1:
        step = args[1]
    downward = selector == "downTo:do:" or selector == "downTo:by:do:"
    slot = blocks[0].code.arg_slots[0]
    return ToDoNode(receiver, args[0], step, blocks[0].body, slot, downward, symbol, codes, site)


# A loop written in at most this many tokens, with no send to self, is small: a trace runs its
# first iterations itself (control_nodes.LoopNode.peeled). `[ i <= n and: [ (s charAt: i)
# isWhiteSpace ] ] whileTrue: [ i := i + 1 ]` is 22 tokens. (A send to self may run much more
# code than its few tokens, or recurse: `[ array add: self readValue ... ] whileTrue: [...]`
# peeled inside a recursive descent parser makes traces too long.)
SMALL_LOOP_TOKENS = 30


def mark_small_loop(node, tokens: int, sends_to_self: bool) -> None:
    if isinstance(node, LoopNode) and tokens <= SMALL_LOOP_TOKENS and not sends_to_self:
        node.peeled = True


def mark_block_loop(node, block_arg: int) -> None:
    """The loop evaluates the block in its method's argument `block_arg` (-1: none)."""
    if isinstance(node, LoopNode):
        node.block_arg = block_arg


def make_and_or(selector: str, left, block, site):
    """`a && [b]` and `a || [b]` with a literal block, inlined like and:/or:."""
    symbol = intern_symbol(selector)
    if selector == "&&":
        return AndNode(left, block.body, symbol, [block.code], site)
    return OrNode(left, block.body, symbol, [block.code], site)


def has_fast_path(selector: str, num_args: int) -> bool:
    """Whether make_send gives a send of `selector` a fast path (eager_nodes)."""
    if num_args == 1:
        return selector in eager_nodes.OPERATORS
    return num_args == 2 and selector == "at:put:"


def make_send(selector, receiver, args: list, site):
    """An ordinary send; common arithmetic and comparison selectors get a node that computes
    Integer and Double results directly and sends only for other receivers."""
    if len(args) == 1:
        node = eager_nodes.make_eager_binary(selector, receiver, args[0], site)
        if node is not None:
            return node
    if len(args) == 2 and selector.value == "at:put:":
        return eager_nodes.EagerAtPutNode(selector, receiver, args[0], args[1], site)
    return MessageSendNode(selector, receiver, args, site)


def make_super_send(selector, holder, args: list, site):
    return SuperSendNode(selector, holder, args, site)
