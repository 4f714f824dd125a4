"""The entry points: optimize_loop (with loop peeling) and optimize_bridge.

A loop recorded from one iteration is optimized twice: once as the preamble (the first iteration,
entered from the interpreter) and once as the body, a copy of the iteration that starts at a new
label B and assumes what the preamble established.  The preamble's jump to B passes the loop's
values, with virtual objects broken into their fields (the virtual state,
jit/optimizer/virtualstate.py), plus extra arguments: values the body reuses from the preamble
(pure results, cached fields, loop-invariant call results) instead of computing them again.  The
short operations say how to compute the extra arguments from the others; the body's own jump and
every bridge that enters B run them (mostly found in their caches) to pass the extra arguments on.
"""

from __future__ import annotations

from jit.metainterp.descr import ArrayDescr, CallDescr, FieldDescr, SizeDescr
from jit.metainterp.history import REF, AbstractDescr, AbstractValue, Box, Const, ConstInt, TargetToken, Trace, new_box
from jit.metainterp.resoperation import IS_GUARD, IS_PURE, ResOperation, rop
from jit.metainterp.resume import ResumeGuardDescr
from jit.optimizer.dce import remove_dead_operations
from jit.optimizer.errors import InvalidLoop
from jit.optimizer.optimizer import Optimizer
from jit.optimizer.options import OptOptions
from jit.optimizer.values import LEVEL_NONNULL, OptValue, VArrayValue, VStructValue
from jit.optimizer.virtualstate import (
    NODE_LEAF,
    NODE_STRUCT,
    Matcher,
    Mismatch,
    StateBuilder,
    StateNode,
    VirtualState,
    Weakening,
    apply_facts,
    value_has_facts,
)
from kit.rlib.rarithmetic import MAXINT, MININT

MAX_SHORT_OPS = 100
MAX_REPLAYS = 5


class TokenCounter:
    """Numbers the labels the optimizer creates (a prebuilt instance: mutated, never rebound)."""

    def __init__(self) -> None:
        self.next_number = 1000


_token_counter = TokenCounter()


def new_target_token() -> TargetToken:
    _token_counter.next_number += 1
    return TargetToken(_token_counter.next_number)


# ---- copying the input ----------------------------------------------------------------------------

def copy_operation(op: ResOperation, mapping: dict[AbstractValue, AbstractValue] | None) -> ResOperation:
    """A copy of OP for one optimization run: its own guard descr (the run rewrites it), boxes
    renamed through MAPPING (results get fresh boxes) when given."""
    args = [_mapped(arg, mapping) for arg in op.args]
    result = op.result
    if result is not None and mapping is not None:
        fresh = result.clonebox()
        mapping[result] = fresh
        result = fresh
    descr = op.descr
    if isinstance(descr, ResumeGuardDescr):
        descr = descr.clone()
    newop = ResOperation(op.opnum, args, result, descr)
    failargs = op.failargs
    if failargs is not None:
        newop.failargs = [_mapped(arg, mapping) for arg in failargs]
    return newop


def _mapped(box: AbstractValue, mapping: dict[AbstractValue, AbstractValue] | None) -> AbstractValue:
    if mapping is None or isinstance(box, Const):
        return box
    found = mapping.get(box, None)
    if found is None:
        # a box defined nowhere in the trace (should not happen): keep it
        return box
    return found


def loop_parts(trace: Trace) -> tuple[ResOperation, list[ResOperation], ResOperation]:
    """The label, the operations in between and the closing jump of a loop trace."""
    ops = trace.operations
    assert len(ops) >= 1 and ops[-1].opnum == rop.JUMP, "a loop trace ends with a jump"
    jump = ops[-1]
    if ops[0].opnum == rop.LABEL:
        return ops[0], ops[1:len(ops) - 1], jump
    label = ResOperation(rop.LABEL, list(trace.inputargs), None, jump.descr)
    return label, ops[0:len(ops) - 1], jump


# ---- straight-line traces ------------------------------------------------------------------------

def optimize_plain_loop(trace: Trace, options: OptOptions) -> Trace:
    """The loop optimized as one piece: label, body, jump back to the same label."""
    label, body, jump = loop_parts(trace)
    opt = Optimizer(options)
    opt.newoperations.append(copy_operation(label, None))
    for op in body:
        opt.send(copy_operation(op, None))
    opt.send(copy_operation(jump, None))
    return Trace(list(label.args), remove_dead_operations(opt.newoperations))


def optimize_bridge(trace: Trace, options: OptOptions, targets: list[TargetToken]) -> Trace:
    """A bridge: from a guard's failargs to a jump into a loop (one of TARGETS, preferring a peeled
    loop's body when the values fit its state) or a finish."""
    # each peeled body in turn; when entering one fails, perhaps after guards for its facts were
    # emitted (and values made constant by them), those must not stay in a bridge that jumps
    # elsewhere (a guard_value that fails there makes a bridge that adds it again, and so on for
    # ever): the bridge is optimized again from the start for the next choice
    note = ""
    for k in range(len(targets)):
        if isinstance(targets[k].virtual_state, VirtualState):
            result, why = optimize_bridge_once(trace, options, targets, k)
            if why == "":
                return result
            note = why
    result, _ = optimize_bridge_once(trace, options, targets, -1)
    result.note = note
    return result


def optimize_bridge_once(trace: Trace, options: OptOptions, targets: list[TargetToken],
                         peeled: int) -> tuple[Trace, str]:
    """The bridge jumping into the peeled body targets[PEELED] when it can (-1: none), else to a
    loop's start; with the reason it could not enter the peeled body."""
    opt = Optimizer(options)
    ops = trace.operations
    start = 0
    if len(ops) > 0 and ops[0].opnum == rop.LABEL:
        opt.newoperations.append(copy_operation(ops[0], None))
        start = 1
    note = ""
    for i in range(start, len(ops)):
        op = copy_operation(ops[i], None)
        if op.opnum == rop.JUMP and i == len(ops) - 1:
            note = jump_to_best_target(opt, op, targets, peeled)
        else:
            opt.send(op)
    return Trace(list(trace.inputargs), remove_dead_operations(opt.newoperations)), note


def jump_to_best_target(opt: Optimizer, jump: ResOperation, targets: list[TargetToken], peeled: int) -> str:
    """Emit the bridge's closing jump: into the peeled body targets[PEELED] if it can (-1: do not
    try), else to a loop's start; the reason it could not enter the peeled body ("" if it did)."""
    values = [opt.getvalue(arg) for arg in jump.args]
    note = ""
    if peeled >= 0:
        target = targets[peeled]
        state = target.virtual_state
        assert isinstance(state, VirtualState)
        note = enter_state_why(opt, state, values, target, True)
        if note == "":
            return ""
        return note         # (what the attempt emitted is undone by optimizing again)
    for target in targets:
        if target.virtual_state is None and target_arity(target, len(values)):
            opt.send(ResOperation(rop.JUMP, list(jump.args), None, target))
            return note
    opt.send(jump)
    return note


def target_arity(target: TargetToken, n: int) -> bool:
    return target.label_arity < 0 or target.label_arity == n


def enter_state(opt: Optimizer, state: VirtualState, values: list[OptValue], target: TargetToken,
                may_guard: bool) -> bool:
    """Jump to TARGET (a label with STATE) from the values VALUES if they match (adding guards
    for missing facts when allowed and possible); False if they cannot."""
    return enter_state_why(opt, state, values, target, may_guard) == ""


def enter_state_why(opt: Optimizer, state: VirtualState, values: list[OptValue], target: TargetToken,
                    may_guard: bool) -> str:
    """enter_state, saying why not: "" when the jump was emitted."""
    matcher = Matcher(state)
    mismatch = matcher.match_all(values)
    if not mismatch.ok():
        if not may_guard:
            return "the values lack facts the body assumes"
        if mismatch.bad_virtual:
            return "a virtual does not match the body's"
        if not add_guards_for(opt, matcher):
            return "no guard can establish the facts the body assumes"
        matcher = Matcher(state)
        if not matcher.match_all(values).ok():
            return "the values still lack facts after guards"
    args = leaf_boxes_of(opt, matcher)
    extras = replay_short_ops(opt, state, args, may_guard)
    if extras is None:
        return "an extra argument of the body lacks a fact the body assumes"
    args.extend(extras)
    opt.send(ResOperation(rop.JUMP, args, None, target))
    return ""


def leaf_boxes_of(opt: Optimizer, matcher: Matcher) -> list[AbstractValue]:
    """The boxes for the label's leaves (virtuals a leaf receives are forced: it is a real value)."""
    boxes: list[AbstractValue] = []
    for value in matcher.incoming:
        boxes.append(value.force_box(opt))
    return boxes


def replay_short_ops(opt: Optimizer, state: VirtualState, leaf_boxes: list[AbstractValue],
                     may_guard: bool = False) -> list[AbstractValue] | None:
    """Compute the label's extra arguments from LEAF_BOXES by running the short operations
    through OPT (its caches usually know them already); None if OPT cannot show an extra
    argument the body assumes non-NULL to be so."""
    mapping: dict[AbstractValue, AbstractValue] = {}
    for i in range(len(state.leaf_boxes)):
        # a fresh box equal to the incoming value, not the value itself: the short operations'
        # boxes keep the values recorded in the preamble, and an elidable call must not fold to
        # its recorded result when its arguments became other constants (args_as_recorded)
        fresh = state.leaf_boxes[i].clonebox()
        opt.make_equal_to(fresh, opt.getvalue(leaf_boxes[i]))
        mapping[state.leaf_boxes[i]] = fresh
    for k in range(len(state.short_ops)):
        op = copy_operation(state.short_ops[k], mapping)
        opt.send(op)
        result = op.result
        assert result is not None
        facts = state.extra_facts[k]
        value = opt.getvalue(result)
        if not value_has_facts(value, facts):
            # the body assumes what is not shown here: guard it when there is resume data for
            # the loop header
            future = opt.future_condition
            if (not may_guard or future is None or not isinstance(future.descr, ResumeGuardDescr)
                    or value.is_virtual()):
                return None
            guard_facts(opt, future, value.get_box(), facts)
            if not value_has_facts(opt.getvalue(result), facts):
                return None
    extras: list[AbstractValue] = []
    for box in state.extra_boxes:
        extras.append(opt.getvalue(_mapped(box, mapping)).force_box(opt))
    return extras


def add_guards_for(opt: Optimizer, matcher: Matcher) -> bool:
    """Establish the facts the values lack with guards that resume at the loop header (the
    guard_future_condition's resume data); False when there is no such resume data."""
    future = opt.future_condition
    if future is None or not isinstance(future.descr, ResumeGuardDescr):
        return False
    for i in matcher.mismatch.bad_leaves:
        value = matcher.incoming[i]
        if value.is_virtual():
            return False
        guard_facts(opt, future, value.get_box(), matcher.state.leaves[i])
    for j in range(len(matcher.bad_const_nodes)):
        cnode = matcher.bad_const_nodes[j]
        cvalue = matcher.bad_const_values[j]
        const = cnode.const
        if cvalue.is_virtual() or cvalue.is_constant() or const is None:
            return False
        emit_guard(opt, future, rop.GUARD_VALUE, [cvalue.get_box(), const])
    return True


def guard_facts(opt: Optimizer, future: ResOperation, box: AbstractValue, node: StateNode) -> None:
    """Guards that establish what NODE says about BOX (non-null, class, integer range)."""
    if node.known_class is not None and node.level > LEVEL_NONNULL:
        known = node.known_class
        assert known is not None
        emit_guard(opt, future, rop.GUARD_NONNULL_CLASS, [box, known])
    elif node.level >= LEVEL_NONNULL:
        emit_guard(opt, future, rop.GUARD_NONNULL, [box])
    if node.is_int and node.lower != MININT:
        check = new_box("i")
        opt.send(ResOperation(rop.INT_GE, [box, ConstInt(node.lower)], check))
        emit_guard(opt, future, rop.GUARD_TRUE, [check])
    if node.is_int and node.upper != MAXINT:
        check = new_box("i")
        opt.send(ResOperation(rop.INT_LE, [box, ConstInt(node.upper)], check))
        emit_guard(opt, future, rop.GUARD_TRUE, [check])


def emit_guard(opt: Optimizer, future: ResOperation, opnum: int, args: list[AbstractValue]) -> None:
    descr = future.descr
    assert isinstance(descr, ResumeGuardDescr)
    clone = descr.clone()
    clone.checks_peeled_entry = True
    guard = ResOperation(opnum, args, None, clone)
    failargs = future.failargs
    guard.failargs = list(failargs) if failargs is not None else []
    opt.send(guard)


# ---- loops ----------------------------------------------------------------------------------------

def optimize_loop(trace: Trace, options: OptOptions) -> Trace:
    """A loop recorded from one iteration (label A ... jump A) -> the preamble (label A ... jump B)
    followed by the peeled body (label B ... jump B); or one loop if peeling does not work."""
    if not options.unroll:
        return optimize_plain_loop(trace, options)
    weakening = Weakening()
    for _ in range(options.max_peeling_attempts):
        weakening.changed = False
        peeler = LoopPeeler(trace, options, weakening)
        result = peeler.peel()
        if result is not None:
            return result
        if peeler.give_up or not weakening.changed:
            break
    return optimize_plain_loop(trace, options)


class LoopPeeler:
    """One attempt at peeling a loop with given weakenings of the body's entry state."""

    def __init__(self, trace: Trace, options: OptOptions, weakening: Weakening) -> None:
        self.trace = trace
        self.options = options
        self.weakening = weakening
        self.give_up = False

    def peel(self) -> Trace | None:
        label, body, jump = loop_parts(self.trace)
        target_a = label.descr
        target_b = new_target_token()
        # ---- the preamble: the first iteration ----
        pre = Optimizer(self.options)
        pre.newoperations.append(copy_operation(label, None))
        for op in body:
            pre.send(copy_operation(op, None))
        end_values = [pre.getvalue(arg) for arg in jump.args]
        if not self.weakening.allow_virtuals:
            for value in end_values:
                if value.is_virtual():
                    value.force_box(pre)
        builder = StateBuilder(self.weakening)
        for value in end_values:
            builder.add_arg(value)
        state = builder.state
        exporter = ShortExporter(pre, builder)
        exporter.export()
        # ---- the body: the iteration again, entered at B with the state ----
        mapping: dict[AbstractValue, AbstractValue] = {}
        # the loop arguments get fresh boxes too; their values will be the state's
        body_inputargs = [_body_inputarg(arg, mapping) for arg in label.args]
        body_ops = [copy_operation(op, mapping) for op in body]
        body_jump = copy_operation(jump, mapping)
        try:
            loop = Optimizer(self.options)
            entry_values = self.enter_body(loop, state, exporter)
            for i in range(len(body_inputargs)):
                loop.make_equal_to(body_inputargs[i], entry_values[i])
            for op in body_ops:
                loop.send(op)
            end = [loop.getvalue(arg) for arg in body_jump.args]
            matcher = Matcher(state)
            mismatch = matcher.match_all(end)
            if not mismatch.ok():
                self.weaken(mismatch, builder)
                return None
            leaf_boxes = leaf_boxes_of(loop, matcher)
            # the writes the heap pass still delays happen before the jump: they may use extra
            # arguments too
            if loop.heap is not None:
                loop.heap.flush_lazy_setfields()
            used = self.extras_used(loop, exporter, leaf_boxes, 0, [])
            extras: list[AbstractValue] = []
            for _ in range(MAX_REPLAYS):
                state.short_ops = exporter.short_ops_used(used)
                state.extra_boxes = exporter.extra_boxes_used(used)
                state.extra_facts = exporter.extra_facts_used(used)
                start = len(loop.newoperations)
                replayed = replay_short_ops(loop, state, leaf_boxes)
                if replayed is None:
                    self.weakening.forbid_extra_facts()
                    return None
                extras = replayed
                # computing them may have found yet other extra arguments in the caches
                more = self.extras_used(loop, exporter, extras, start, used)
                if more == used:
                    break
                used = more
            else:
                self.give_up = True
                return None
            loop.send(ResOperation(rop.JUMP, leaf_boxes + extras, None, target_b))
        except InvalidLoop:
            # the second iteration cannot run as recorded: no point in a peeled body
            self.give_up = True
            return None
        # ---- the preamble's jump to B ----
        pre_args: list[AbstractValue] = []
        for value in builder.leaf_values:
            pre_args.append(value.get_box())
        for k in range(len(exporter.short_ops)):
            if used[k]:
                pre_args.append(exporter.preamble_sources[k].get_box())
        pre.send(ResOperation(rop.JUMP, pre_args, None, target_b))
        label_b = ResOperation(rop.LABEL, state.label_args(), None, target_b)
        target_b.virtual_state = state
        target_b.label_arity = len(state.label_args())
        if isinstance(target_a, TargetToken):
            target_a.label_arity = len(label.args)
        operations = pre.newoperations + [label_b] + loop.newoperations
        return Trace(list(label.args), remove_dead_operations(operations))

    def enter_body(self, loop: Optimizer, state: VirtualState, exporter: ShortExporter) -> list[OptValue]:
        """Set up the body's optimizer: label boxes with their facts, virtuals rebuilt from the
        state, the preamble's results imported; return the value of each loop argument."""
        maker = EntryValues(loop, state)
        values = [maker.value_for(node) for node in state.args]
        exporter.import_into(loop)
        return values

    def extras_used(self, loop: Optimizer, exporter: ShortExporter, jump_boxes: list[AbstractValue],
                    start: int, known: list[bool]) -> list[bool]:
        """Which extra arguments the body uses (in its operations from START on, their guards'
        failargs or JUMP_BOXES, besides KNOWN), closed under the short operations that compute
        them from each other."""
        position: dict[AbstractValue, int] = {}
        for k in range(len(exporter.extra_boxes)):
            position[exporter.extra_boxes[k]] = k
        used = [False] * len(exporter.extra_boxes)
        for k in range(len(known)):
            used[k] = known[k]
        for k in range(len(exporter.extra_facts)):
            # the body was optimized assuming its facts (a guard may be gone because of them):
            # every jump must show them, which it does when computing the argument
            if exporter.extra_facts[k].has_facts():
                used[k] = True
        for i in range(start, len(loop.newoperations)):
            op = loop.newoperations[i]
            for arg in op.args:
                _mark(position, used, arg)
            failargs = op.failargs
            if failargs is not None:
                for arg in failargs:
                    _mark(position, used, arg)
        for box in jump_boxes:
            _mark(position, used, box)
        # the jump will recompute the used ones; they may in turn need others
        changed = True
        while changed:
            changed = False
            for k in range(len(exporter.short_ops) - 1, -1, -1):
                if used[k]:
                    for arg in exporter.short_ops[k].args:
                        j = position.get(arg, -1)
                        if j >= 0 and not used[j]:
                            used[j] = True
                            changed = True
        return used

    def weaken(self, mismatch: Mismatch, builder: StateBuilder) -> None:
        if mismatch.bad_virtual:
            self.weakening.forbid_virtuals()
        if mismatch.bad_constant:
            self.weakening.forbid_constants()
        for index in mismatch.bad_leaves:
            self.weakening.forbid_facts(builder.leaf_values[index].get_box())


def _mark(position: dict[AbstractValue, int], used: list[bool], box: AbstractValue) -> None:
    k = position.get(box, -1)
    if k >= 0:
        used[k] = True


def _body_inputarg(arg: AbstractValue, mapping: dict[AbstractValue, AbstractValue]) -> AbstractValue:
    fresh = mapping.get(arg, None)
    if fresh is None:
        fresh = arg.clonebox()
        mapping[arg] = fresh
    return fresh


class EntryValues:
    """The body's values for the state: label boxes with facts, virtuals rebuilt."""

    def __init__(self, loop: Optimizer, state: VirtualState) -> None:
        self.loop = loop
        self.state = state
        self.memo: dict[StateNode, OptValue] = {}

    def value_for(self, node: StateNode) -> OptValue:
        if node.kind == NODE_LEAF:
            const = node.const
            if const is not None:
                return self.loop.getvalue(const)
            value = self.loop.getvalue(self.state.leaf_boxes[node.leaf_index])
            apply_facts(value, node)
            return value
        known = self.memo.get(node, None)
        if known is not None:
            return known
        descr = node.descr
        box: Box = new_box(REF)
        if node.kind == NODE_STRUCT:
            assert isinstance(descr, SizeDescr)
            struct = VStructValue(box, descr, node.is_instance)
            self.memo[node] = struct
            self.loop.make_equal_to(box, struct)
            for i in range(len(node.fielddescrs)):
                field = self.value_for(node.fields[i])
                struct.setfield(node.fielddescrs[i], field)
                self.loop.note_field_write(struct, node.fielddescrs[i], field)
            return struct
        assert isinstance(descr, ArrayDescr)
        array = VArrayValue(box, descr, len(node.items))
        array.is_varstruct = node.is_varstruct
        self.memo[node] = array
        self.loop.make_equal_to(box, array)
        for i in range(len(node.items)):
            array.items[i] = self.value_for(node.items[i])
        for i in range(len(node.fielddescrs)):
            array.setfield(node.fielddescrs[i], self.value_for(node.fields[i]))
        return array


class ShortExporter:
    """Finds what the preamble computed that the body could reuse, as short operations on the
    label's boxes (one extra label argument each), and imports them into the body."""

    def __init__(self, pre: Optimizer, builder: StateBuilder) -> None:
        self.pre = pre
        self.builder = builder
        self.state = builder.state
        self.short_ops: list[ResOperation] = []
        self.extra_boxes: list[AbstractValue] = []
        self.preamble_sources: list[OptValue] = []      # the preamble's value of each extra box
        self.extra_facts: list[StateNode] = []          # what the body may assume about it
        self.box_map: dict[AbstractValue, AbstractValue] = {}   # preamble box -> body box
        self.nonnull_leaves: dict[AbstractValue, bool] = {}     # body boxes known non-null

    def export(self) -> None:
        state = self.state
        for i in range(len(self.builder.leaf_values)):
            value = self.builder.leaf_values[i]
            box = value.get_box()
            body_box = box.clonebox()
            state.leaf_boxes.append(body_box)
            if box not in self.box_map:
                self.box_map[box] = body_box
            if state.leaves[i].level >= LEVEL_NONNULL:
                self.nonnull_leaves[body_box] = True
        # fields and loop-invariant calls first: pure operations may use their results
        self.export_fields()
        self.export_loopinvariant_calls()
        self.export_pure_operations()

    def body_arg(self, arg: AbstractValue) -> AbstractValue | None:
        """ARG (a box or constant of the preamble's emitted code) in the body's terms."""
        if isinstance(arg, Const):
            return arg
        value = self.pre.getvalue(arg)
        if value.is_virtual():
            return None
        box = value.get_box()
        if isinstance(box, Const):
            return box
        return self.box_map.get(box, None)

    def add_short(self, opnum: int, args: list[AbstractValue], descr: AbstractDescr | None, source: OptValue,
                  like: AbstractValue) -> None:
        """A short operation computing the value the preamble has as SOURCE, into a new box like
        LIKE (a box of the preamble, or a constant the value was)."""
        if len(self.short_ops) >= MAX_SHORT_OPS:
            return
        extra = like.clonebox()
        self.short_ops.append(ResOperation(opnum, args, extra, descr))
        self.extra_boxes.append(extra)
        self.preamble_sources.append(source)
        facts = self.builder.extra_facts(source)
        self.extra_facts.append(facts)
        if facts.level >= LEVEL_NONNULL:
            self.nonnull_leaves[extra] = True
        source_box = source.get_box()
        if not isinstance(source_box, Const) and source_box not in self.box_map:
            self.box_map[source_box] = extra

    def export_pure_operations(self) -> None:
        for op in self.pre.newoperations:
            result = op.result
            if result is None or not shortable_pure(op):
                continue
            source = self.pre.getvalue(result)
            if source.is_virtual() or source.is_constant():
                continue
            if source.get_box() in self.box_map:
                continue
            args = self.args_in_body(op.args)
            if args is None:
                continue
            opnum = op.opnum
            if opnum == rop.CALL:
                opnum = rop.CALL_PURE
            elif opnum == rop.GETARRAYSIZE or opnum == rop.GETINTERIORARRAYSIZE:
                if not self.is_nonnull_body_box(args[0]):
                    continue
            self.add_short(opnum, args, op.descr, source, result)

    def args_in_body(self, args: list[AbstractValue]) -> list[AbstractValue] | None:
        mapped: list[AbstractValue] = []
        for arg in args:
            body = self.body_arg(arg)
            if body is None:
                return None
            mapped.append(body)
        return mapped

    def is_nonnull_body_box(self, box: AbstractValue) -> bool:
        if isinstance(box, Const):
            return self.pre.getvalue(box).is_nonnull()
        return box in self.nonnull_leaves

    def export_fields(self) -> None:
        heap = self.pre.heap
        if heap is None:
            return
        for entry in heap.cached_field_entries():
            descr, struct, field = entry
            if struct.is_virtual() or field.is_virtual() or not isinstance(descr, FieldDescr):
                continue
            struct_box = self.body_arg(struct.get_box())
            if struct_box is None or not self.is_nonnull_body_box(struct_box):
                continue
            if isinstance(struct_box, Const) and descr.is_immutable:
                continue                # folded anyway
            self.add_short(rop.GETFIELD, [struct_box], descr, field, field.get_box())

    def export_loopinvariant_calls(self) -> None:
        rewrite = self.pre.rewrite
        if rewrite is None:
            return
        for op in rewrite.loopinvariant_ops:
            result = op.result
            assert result is not None
            source = self.pre.getvalue(result)
            if source.is_virtual():
                continue
            args = self.args_in_body(op.args)
            if args is None:
                continue
            self.add_short(rop.CALL_LOOPINVARIANT, args, op.descr, source, result)

    def import_into(self, loop: Optimizer) -> None:
        for k in range(len(self.short_ops)):
            op = self.short_ops[k]
            result = op.result
            assert result is not None
            apply_facts(loop.getvalue(result), self.extra_facts[k])
            if op.opnum == rop.GETFIELD:
                heap = loop.heap
                if heap is not None:
                    descr = op.descr
                    assert descr is not None
                    heap.import_field(descr, loop.getvalue(op.args[0]), loop.getvalue(result))
            elif op.opnum == rop.CALL_LOOPINVARIANT:
                rewrite = loop.rewrite
                function = op.args[0]
                if rewrite is not None and isinstance(function, ConstInt):
                    rewrite.loopinvariant_results[function.intvalue] = loop.getvalue(result)
            else:
                pure = loop.pure
                if pure is not None:
                    pure.imported.append(op)

    def short_ops_used(self, used: list[bool]) -> list[ResOperation]:
        return [self.short_ops[k] for k in range(len(self.short_ops)) if used[k]]

    def extra_facts_used(self, used: list[bool]) -> list[StateNode]:
        return [self.extra_facts[k] for k in range(len(self.extra_facts)) if used[k]]

    def extra_boxes_used(self, used: list[bool]) -> list[AbstractValue]:
        return [self.extra_boxes[k] for k in range(len(self.extra_boxes)) if used[k]]


def shortable_pure(op: ResOperation) -> bool:
    """A pure operation that is safe to compute again anywhere its arguments are available (no
    division by what could be zero, no float-to-int conversion of what could be out of range)."""
    opnum = op.opnum
    if opnum == rop.CALL:
        descr = op.descr
        return isinstance(descr, CallDescr) and descr.is_elidable()
    if opnum == rop.GETARRAYSIZE or opnum == rop.GETINTERIORARRAYSIZE:
        return True
    if not IS_PURE[opnum] or IS_GUARD[opnum]:
        return False
    if opnum == rop.INT_FLOORDIV or opnum == rop.INT_MOD or opnum == rop.UINT_FLOORDIV or opnum == rop.UINT_MOD:
        divisor = op.args[1]
        return isinstance(divisor, ConstInt) and divisor.intvalue != 0 and divisor.intvalue != -1
    if opnum == rop.CAST_FLOAT_TO_INT or opnum == rop.CAST_FLOAT_TO_UINT:
        return False
    return True
