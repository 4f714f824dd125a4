"""The entry state of a peeled loop's label: for each loop argument either a virtual object (its
shape, fields recursively) or a leaf, a real value passed as a label argument, with the facts the
loop body may assume about it (constant, non-null, class, integer range).  A jump may enter the
label only with values that match the state (jit/optimizer/unroll.py checks and adapts them).
"""

from __future__ import annotations

from jit.metainterp.descr import FieldDescr
from jit.metainterp.history import INT, AbstractDescr, AbstractValue, Const, ConstInt
from jit.metainterp.resoperation import ResOperation
from jit.optimizer.intbound import IntBound
from jit.optimizer.values import (
    LEVEL_KNOWNCLASS,
    LEVEL_NONNULL,
    LEVEL_UNKNOWN,
    OptValue,
    VArrayValue,
    VirtualValue,
    VStructValue,
    default_constant,
)
from kit.rlib.rarithmetic import MAXINT, MININT

NODE_LEAF = 0
NODE_STRUCT = 1
NODE_ARRAY = 2


class StateNode:
    """One value of the state: a leaf (a label argument, or a constant) or a virtual object."""

    def __init__(self, kind: int) -> None:
        self.kind = kind
        # leaves
        self.leaf_index = -1                # position among the label's leaf arguments
        self.const: Const | None = None     # a constant leaf is not passed at all
        self.level = LEVEL_UNKNOWN
        self.known_class: Const | None = None
        self.is_int = False
        self.lower = MININT
        self.upper = MAXINT
        # virtuals
        self.descr: AbstractDescr | None = None
        self.is_instance = False
        self.is_varstruct = False
        self.fielddescrs: list[FieldDescr] = []
        self.fields: list[StateNode] = []
        self.items: list[StateNode] = []

    def has_facts(self) -> bool:
        return self.level != LEVEL_UNKNOWN or (self.is_int and (self.lower != MININT or self.upper != MAXINT))

    def bound(self) -> IntBound:
        return IntBound(self.lower, self.upper)


class VirtualState:
    """What a label of a peeled loop expects, and how to compute its extra arguments."""

    def __init__(self) -> None:
        self.args: list[StateNode] = []                 # one per loop argument
        self.leaves: list[StateNode] = []               # the leaf label arguments, in order
        # the label's boxes for the leaves, then the boxes of the extra arguments: values the
        # body reuses from before the label, recomputed from the leaves by the short operations
        self.leaf_boxes: list[AbstractValue] = []
        self.short_ops: list[ResOperation] = []
        self.extra_boxes: list[AbstractValue] = []
        # per extra argument: what the body assumes about it (a leaf node's facts: not NULL,
        # class, integer bounds), checked wherever a jump computes it; short operations that
        # read through an extra argument rely on its being non-NULL
        self.extra_facts: list[StateNode] = []

    def label_args(self) -> list[AbstractValue]:
        return self.leaf_boxes + self.extra_boxes


class Weakening:
    """What a peeled body may not assume, learned from failed attempts: virtual arguments,
    constant leaves, facts about particular (preamble) boxes."""

    def __init__(self) -> None:
        self.allow_virtuals = True
        self.allow_constants = True
        self.allow_extra_facts = True                   # extra arguments may be known non-NULL
        self.no_facts: dict[AbstractValue, bool] = {}
        self.changed = False

    def forbid_virtuals(self) -> None:
        if self.allow_virtuals:
            self.allow_virtuals = False
            self.changed = True

    def forbid_constants(self) -> None:
        if self.allow_constants:
            self.allow_constants = False
            self.changed = True

    def forbid_extra_facts(self) -> None:
        if self.allow_extra_facts:
            self.allow_extra_facts = False
            self.changed = True

    def forbid_facts(self, box: AbstractValue) -> None:
        if box not in self.no_facts:
            self.no_facts[box] = True
            self.changed = True


class StateBuilder:
    """Makes the state from the values at the end of the preamble."""

    def __init__(self, weakening: Weakening) -> None:
        self.weakening = weakening
        self.state = VirtualState()
        self.memo: dict[OptValue, StateNode] = {}
        self.leaf_values: list[OptValue] = []           # the preamble's value of each leaf

    def add_arg(self, value: OptValue) -> None:
        self.state.args.append(self.node_for(value))

    def node_for(self, value: OptValue) -> StateNode:
        if isinstance(value, VirtualValue) and value.is_virtual():
            known = self.memo.get(value, None)
            if known is not None:
                return known
            if isinstance(value, VStructValue):
                node = StateNode(NODE_STRUCT)
                node.descr = value.descr
                node.is_instance = value.is_instance
            else:
                assert isinstance(value, VArrayValue)
                node = StateNode(NODE_ARRAY)
                node.descr = value.descr
                node.is_varstruct = value.is_varstruct
            self.memo[value] = node
            for descr in value.field_order:
                node.fielddescrs.append(descr)
                node.fields.append(self.node_for(value.fields[descr]))
            for item in value.item_values():
                node.items.append(self.node_for(item))
            return node
        return self.leaf_for(value)

    def leaf_for(self, value: OptValue) -> StateNode:
        node = StateNode(NODE_LEAF)
        if value.is_constant() and self.weakening.allow_constants:
            node.const = value.get_constant()
            return node
        node.leaf_index = len(self.state.leaves)
        self.state.leaves.append(node)
        self.leaf_values.append(value)
        box = value.get_box()
        node.is_int = box.type == INT
        if box in self.weakening.no_facts:
            return node
        self.add_facts(node, value)
        return node

    def extra_facts(self, value: OptValue) -> StateNode:
        """What the body may assume about an extra argument computed as VALUE in the preamble
        (every jump to the body checks it)."""
        node = StateNode(NODE_LEAF)
        node.is_int = value.get_box().type == INT
        if self.weakening.allow_extra_facts:
            self.add_facts(node, value)
        return node

    def add_facts(self, node: StateNode, value: OptValue) -> None:
        box = value.get_box()
        if value.is_nonnull() and box.type != INT:
            node.level = LEVEL_NONNULL
            known = value.get_known_class()
            if known is not None:
                node.level = LEVEL_KNOWNCLASS
                node.known_class = known
        if node.is_int and value.intbound is not None:
            bound = value.getintbound()
            node.lower = bound.lower
            node.upper = bound.upper


class Mismatch:
    """Why values do not match a state: which leaves lack facts, a constant leaf, a virtual."""

    def __init__(self) -> None:
        self.bad_leaves: list[int] = []
        self.bad_constant = False
        self.bad_virtual = False

    def ok(self) -> bool:
        return len(self.bad_leaves) == 0 and not self.bad_constant and not self.bad_virtual


class Matcher:
    """Matches the values of a jump against a state; collects the value for each leaf."""

    def __init__(self, state: VirtualState) -> None:
        self.state = state
        self.incoming: list[OptValue] = []
        self.filled: list[bool] = []
        for _ in state.leaves:
            self.incoming.append(OptValue(ConstInt(0)))
            self.filled.append(False)
        self.node_to_value: dict[StateNode, OptValue] = {}
        self.value_to_node: dict[OptValue, StateNode] = {}
        self.mismatch = Mismatch()
        # constant leaves the values do not match, for guard generation: (node, value)
        self.bad_const_nodes: list[StateNode] = []
        self.bad_const_values: list[OptValue] = []

    def match_all(self, values: list[OptValue]) -> Mismatch:
        if len(values) != len(self.state.args):
            self.mismatch.bad_virtual = True
            return self.mismatch
        for i in range(len(values)):
            self.match(self.state.args[i], values[i])
        return self.mismatch

    def match(self, node: StateNode, value: OptValue) -> None:
        if node.kind == NODE_LEAF:
            self.match_leaf(node, value)
            return
        if not (isinstance(value, VirtualValue) and value.is_virtual()):
            self.mismatch.bad_virtual = True
            return
        known_value = self.node_to_value.get(node, None)
        known_node = self.value_to_node.get(value, None)
        if known_value is not None or known_node is not None:
            if known_value is not value or known_node is not node:
                self.mismatch.bad_virtual = True
            return
        self.node_to_value[node] = value
        self.value_to_node[value] = node
        if node.kind == NODE_STRUCT:
            if not (isinstance(value, VStructValue) and value.descr is node.descr
                    and value.is_instance == node.is_instance):
                self.mismatch.bad_virtual = True
                return
        else:
            if not (isinstance(value, VArrayValue) and value.descr is node.descr
                    and value.is_varstruct == node.is_varstruct and value.getlength() == len(node.items)):
                self.mismatch.bad_virtual = True
                return
            for i in range(len(node.items)):
                self.match(node.items[i], value.items[i])
        # the fields: those the state has, and no other field may hold anything but zero
        for i in range(len(node.fielddescrs)):
            descr = node.fielddescrs[i]
            field = value.getfield(descr)
            if field is None:
                field = OptValue(default_constant(descr.kind))
            self.match(node.fields[i], field)
        for descr in value.field_order:
            if descr not in node.fielddescrs:
                field = value.fields[descr]
                if not (field.is_constant() and field.get_constant().same_constant(default_constant(descr.kind))):
                    self.mismatch.bad_virtual = True

    def match_leaf(self, node: StateNode, value: OptValue) -> None:
        if node.const is not None:
            if not (value.is_constant() and value.get_constant().same_constant(node.const)):
                self.mismatch.bad_constant = True
                self.bad_const_nodes.append(node)
                self.bad_const_values.append(value)
            return
        index = node.leaf_index
        self.incoming[index] = value
        self.filled[index] = True
        if not value_has_facts(value, node):
            self.mismatch.bad_leaves.append(index)


def value_has_facts(value: OptValue, node: StateNode) -> bool:
    """VALUE satisfies every fact the state assumes about the leaf NODE."""
    if node.level >= LEVEL_NONNULL and not value.is_nonnull():
        return False
    if node.level == LEVEL_KNOWNCLASS:
        known = value.get_known_class()
        expected = node.known_class
        if known is None or expected is None or not known.same_constant(expected):
            return False
    if node.is_int and (node.lower != MININT or node.upper != MAXINT):
        if value.is_virtual() or value.kind() != INT:
            return False
        if not node.bound().contains_bound(value.getintbound()):
            return False
    return True


def apply_facts(value: OptValue, node: StateNode) -> None:
    """What the body may assume about a leaf's label box."""
    if node.level >= LEVEL_NONNULL:
        value.make_nonnull()
    known = node.known_class
    if node.level == LEVEL_KNOWNCLASS and known is not None:
        value.make_known_class(known)
    if node.is_int and (node.lower != MININT or node.upper != MAXINT):
        value.getintbound().intersect(node.bound())
