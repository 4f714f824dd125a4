"""Differential tests: random traces recorded the way the metainterp records them (by running
operations on concrete values, with guards that pass on those values), run by the reference
interpreter before and after optimization from the recording inputs and from other inputs.  The
outcomes must agree: which guard ends the run (after resuming through the failing guard's resume
data) and with which values, what the trace returns or passes around the loop, the heap."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jit.metainterp.history import BoxInt, BoxPtr, ConstInt, ConstPtr, Trace
from jit.metainterp.logger import trace_text
from jit.metainterp.resoperation import ResOperation, rop
from jit.metainterp.resume import FrameSnapshot, ResumeGuardDescr, identity_numbering
from jit.optimizer import OptOptions, optimize_bridge, optimize_loop
from kit.rlib.rarithmetic import MAXINT, MININT

from .refinterp import GuardFailed, HArr, HObj, Machine, canonical, run_optimized, run_original
from .support import NODE_VTABLE, OTHER_VTABLE, make_namespace

INT_POOL = [0, 1, 2, 3, -1, 5, 7, 10, 99, 100, 1000, -5, MAXINT, MININT, MAXINT - 1, 1 << 40]
SMALL_CONSTS = [0, 1, 2, 3, -1, 7, 10, 100, 255]
BINOPS = [rop.INT_ADD, rop.INT_SUB, rop.INT_MUL, rop.INT_AND, rop.INT_OR, rop.INT_XOR,
          rop.INT_LT, rop.INT_LE, rop.INT_EQ, rop.INT_NE, rop.INT_GT, rop.INT_GE]
OVFOPS = [rop.INT_ADD_OVF, rop.INT_SUB_OVF, rop.INT_MUL_OVF]


class Heap:
    """The prebuilt objects the traces see (as inputs and as constants), reset before each run."""

    def __init__(self, draw) -> None:
        self.nodes = [HObj(NODE_VTABLE, "n%d" % k) for k in range(3)] + [HObj(OTHER_VTABLE, "o0")]
        self.arrays = [HArr(3, 0, "a0"), HArr(5, 0, "a1")]
        for k, node in enumerate(self.nodes):
            node.fields["value"] = draw(st.sampled_from([0, 1, 5, 100, -3]))
            node.fields["imm"] = 10 * k + 1
            nxt = draw(st.integers(-1, len(self.nodes) - 1))
            node.fields["next"] = self.nodes[nxt] if nxt >= 0 else None
        for arr in self.arrays:
            for k in range(len(arr.items)):
                arr.items[k] = draw(st.sampled_from([0, 1, 2, 50]))
        self.all = self.nodes + self.arrays
        self.saved = [(dict(o.fields), list(o.items) if isinstance(o, HArr) else None) for o in self.all]

    def reset(self) -> None:
        for obj, (fields, items) in zip(self.all, self.saved):
            obj.fields = dict(fields)
            if items is not None:
                obj.items = list(items)


class Recorder:
    """Records a random trace while executing it on concrete values."""

    def __init__(self, data, heap: Heap, ns: dict) -> None:
        self.draw = data.draw
        self.heap = heap
        self.ns = ns
        self.machine = Machine()
        self.env: dict = {}
        self.ops: list = []
        self.ints: list = []
        self.nodes: list = []           # boxes of struct pointers (maybe NULL)
        self.arrays: list = []          # boxes of int arrays (never NULL)
        self.live: list = []            # every box defined so far (a guard's failargs)
        self.nonnull: set = set()
        self.flags: dict = {}

    def choice(self, items):
        return items[self.draw(st.integers(0, len(items) - 1))]

    # ---- inputs ----

    def make_inputs(self) -> tuple[list, list]:
        boxes, values = [], []
        for _ in range(self.draw(st.integers(1, 3))):
            value = self.draw(st.sampled_from(INT_POOL))
            box = BoxInt(value)
            self.ints.append(box)
            boxes.append(box)
            values.append(value)
        for _ in range(self.draw(st.integers(0, 2))):
            value = self.draw(st.sampled_from(self.heap.nodes + [None]))
            box = BoxPtr(value)
            self.nodes.append(box)
            boxes.append(box)
            values.append(value)
        for _ in range(self.draw(st.integers(0, 1))):
            value = self.draw(st.sampled_from(self.heap.arrays))
            box = BoxPtr(value)
            self.arrays.append(box)
            boxes.append(box)
            values.append(value)
        for box, value in zip(boxes, values):
            self.env[box] = value
        self.live = list(boxes)
        return boxes, values

    def other_inputs(self, inputargs: list) -> list:
        values = []
        for box in inputargs:
            if box in self.arrays:
                values.append(self.draw(st.sampled_from(self.heap.arrays)))
            elif box in self.nodes:
                values.append(self.draw(st.sampled_from(self.heap.nodes + [None])))
            else:
                values.append(self.draw(st.sampled_from(INT_POOL)))
        return values

    # ---- recording ----

    def record(self, opnum: int, args: list, result=None, descr=None):
        op = ResOperation(opnum, args, result, descr)
        if op.is_guard():
            op.failargs = list(self.live)
            frame = FrameSnapshot(len(self.ops), 0, [], [], [])
            op.descr = ResumeGuardDescr([frame], identity_numbering(len(op.failargs)))
        try:
            self.machine.execute(self.env, op, self.flags)
        except GuardFailed:
            raise AssertionError("the recorder made a guard that fails: %r" % op) from None
        if result is not None:
            self.live.append(result)
            value = self.env[result]
            if isinstance(result, BoxInt):
                result.intvalue = value
            else:
                result.refvalue = value
        self.ops.append(op)
        return op

    def define(self, box, kind_list) -> None:
        kind_list.append(box)

    def int_arg(self):
        if self.ints and self.draw(st.integers(0, 3)) > 0:
            return self.choice(self.ints)
        return ConstInt(self.draw(st.sampled_from(SMALL_CONSTS)))

    def value(self, box):
        return self.machine.value(self.env, box)

    def guard_bool(self, box) -> None:
        self.record(rop.GUARD_TRUE if self.value(box) else rop.GUARD_FALSE, [box])

    def nonnull_node(self):
        """A node box known non-NULL in the trace (guarding it first), or None."""
        candidates = [b for b in self.nodes if self.value(b) is not None]
        if not candidates:
            return None
        box = self.choice(candidates)
        if box not in self.nonnull:
            obj = self.value(box)
            if self.draw(st.booleans()) and obj.cls:
                self.record(rop.GUARD_NONNULL_CLASS, [box, ConstInt(obj.cls)])
            else:
                self.record(rop.GUARD_NONNULL, [box])
            self.nonnull.add(box)
        return box

    def step(self) -> None:
        kind = self.draw(st.integers(0, 19))
        ns = self.ns
        if kind <= 2:
            box = BoxInt()
            self.record(self.choice(BINOPS), [self.int_arg(), self.int_arg()], box)
            self.define(box, self.ints)
        elif kind == 3:
            box = BoxInt()
            self.record(self.choice([rop.INT_NEG, rop.INT_IS_TRUE, rop.INT_INVERT]), [self.int_arg()], box)
            self.define(box, self.ints)
        elif kind == 4:
            box = BoxInt()
            self.record(self.choice(OVFOPS), [self.int_arg(), self.int_arg()], box)
            if self.flags.get("ovf"):
                # the interpreter raises OverflowError: the result exists nowhere (the
                # optimizer may assume the operation did not overflow when bounding it)
                self.live.remove(box)
                self.record(rop.GUARD_OVERFLOW, [])
            else:
                self.record(rop.GUARD_NO_OVERFLOW, [])
                self.define(box, self.ints)
        elif kind <= 6:
            # a comparison and a guard on it: the typical branch
            box = BoxInt()
            cmp = self.choice([rop.INT_LT, rop.INT_LE, rop.INT_GT, rop.INT_GE, rop.INT_EQ, rop.INT_NE])
            self.record(cmp, [self.int_arg(), self.int_arg()], box)
            self.guard_bool(box)
        elif kind == 7 and self.ints:
            box = self.choice(self.ints)
            if self.draw(st.booleans()):
                self.guard_bool(box)
            else:
                self.record(rop.GUARD_VALUE, [box, ConstInt(self.value(box))])
        elif kind == 8:
            node = self.nonnull_node()
            if node is not None:
                name = self.choice(["value", "next", "imm"])
                box = BoxPtr() if name == "next" else BoxInt()
                self.record(rop.GETFIELD, [node], box, ns[name])
                self.define(box, self.nodes if name == "next" else self.ints)
        elif kind == 9:
            node = self.nonnull_node()
            if node is not None:
                if self.draw(st.booleans()) or not self.nodes:
                    self.record(rop.SETFIELD, [node, self.int_arg()], None, ns["value"])
                else:
                    self.record(rop.SETFIELD, [node, self.choice(self.nodes)], None, ns["next"])
        elif kind == 10:
            box = BoxPtr()
            how = self.draw(st.integers(0, 2))
            if how == 0:
                self.record(rop.NEW_WITH_VTABLE, [], box, ns["node"])
            elif how == 1:
                self.record(rop.NEW, [], box, ns["plain"])
            else:
                # as the metainterp records instances: `new`, then the class pointer stored
                self.record(rop.NEW, [], box, ns["bare"])
                cls = self.choice([NODE_VTABLE, OTHER_VTABLE])
                self.record(rop.SETFIELD, [box, ConstInt(cls)], None, ns["typeptr"])
            self.define(box, self.nodes)
            self.nonnull.add(box)
            self.record(rop.SETFIELD, [box, self.int_arg()], None, ns["value"])
            if self.nodes and self.draw(st.booleans()):
                self.record(rop.SETFIELD, [box, self.choice(self.nodes)], None, ns["next"])
        elif kind == 11 and self.arrays:
            self.array_access(self.choice(self.arrays))
        elif kind == 12:
            box = BoxPtr()
            length = self.draw(st.integers(0, 4))
            self.record(rop.NEW_ARRAY, [ConstInt(length)], box, ns["ints"])
            self.define(box, self.arrays)
            for k in range(length):
                if self.draw(st.booleans()):
                    self.record(rop.SETARRAYITEM, [box, ConstInt(k), self.int_arg()], None, ns["ints"])
        elif kind == 13:
            box = BoxInt()
            self.record(rop.CALL_PURE, [ConstInt(222), self.int_arg(), self.int_arg()], box, ns["elidable"])
            self.define(box, self.ints)
        elif kind == 14:
            node = self.nonnull_node()
            if node is not None:
                if self.draw(st.booleans()):
                    self.record(rop.CALL, [ConstInt(111), node], None, ns["writes_value"])
                else:
                    box = BoxInt()
                    self.record(rop.CALL, [ConstInt(333), node], box, ns["anything"])
                    self.record(rop.GUARD_NO_EXCEPTION, [])
                    self.define(box, self.ints)
        elif kind == 15:
            box = BoxInt()
            self.record(rop.CALL_LOOPINVARIANT, [ConstInt(777)], box, ns["invariant"])
            self.define(box, self.ints)
        elif kind == 16 and self.live:
            self.record(rop.ESCAPE, [self.choice(self.live)])
        elif kind == 17 and self.nodes:
            a = self.choice(self.nodes)
            b = self.choice(self.nodes + [ConstPtr(None)])
            box = BoxInt()
            self.record(rop.PTR_EQ, [a, b], box)
            self.guard_bool(box)
        elif kind == 18 and self.nodes:
            box = self.choice(self.nodes)
            obj = self.value(box)
            if obj is None:
                self.record(rop.GUARD_ISNULL, [box])
            elif obj.cls:
                self.record(rop.GUARD_CLASS if box in self.nonnull else rop.GUARD_NONNULL_CLASS,
                            [box, ConstInt(obj.cls)])
                self.nonnull.add(box)
        elif kind == 19:
            obj = self.choice(self.heap.nodes)
            box = BoxInt()
            self.record(rop.GETFIELD, [ConstPtr(obj)], box, ns[self.choice(["imm", "value"])])
            self.define(box, self.ints)

    def array_access(self, array) -> None:
        ns = self.ns
        length = BoxInt()
        self.record(rop.GETARRAYSIZE, [array], length, ns["ints"])
        n = self.value(length)
        if n == 0:
            self.record(rop.GUARD_VALUE, [length, ConstInt(0)])
            return
        index = ConstInt(self.draw(st.integers(0, n - 1)))
        ok = BoxInt()
        self.record(rop.INT_LT, [index, length], ok)
        self.guard_bool(ok)
        if self.draw(st.booleans()):
            box = BoxInt()
            self.record(rop.GETARRAYITEM, [array, index], box, ns["ints"])
            self.define(box, self.ints)
        else:
            self.record(rop.SETARRAYITEM, [array, index, self.int_arg()], None, ns["ints"])

    def jump_args(self, inputargs: list) -> list:
        args = []
        for box in inputargs:
            pool = self.arrays if box in self.arrays else self.nodes if box in self.nodes else self.ints
            args.append(self.choice(pool) if self.draw(st.integers(0, 2)) else box)
        return args


def random_options(draw, ns: dict) -> OptOptions:
    options = OptOptions()
    options.typeptr_descr = ns["typeptr"]
    if draw(st.integers(0, 3)) == 0:
        for name in ("intbounds", "rewrite", "virtualize", "pure", "heap", "unroll"):
            setattr(options, name, draw(st.booleans()))
    return options


def record_trace(data, loop: bool, ns: dict | None = None, heap: Heap | None = None):
    if ns is None:
        ns = make_namespace()
    if heap is None:
        heap = Heap(data.draw)
    rec = Recorder(data, heap, ns)
    inputargs, inputs = rec.make_inputs()
    if loop:
        rec.ops.append(ResOperation(rop.LABEL, list(inputargs), None, ns["target"]))
    for _ in range(data.draw(st.integers(1, 25))):
        rec.step()
    if loop:
        rec.ops.append(ResOperation(rop.JUMP, rec.jump_args(inputargs), None, ns["target"]))
    else:
        count = data.draw(st.integers(0, min(4, len(rec.live))))
        rec.ops.append(ResOperation(rop.FINISH, rec.live[len(rec.live) - count:], None, None))
    return Trace(list(inputargs), rec.ops), inputs, heap, rec


def compare_runs(original, optimized, inputs, heap, budget, options=None):
    heap.reset()
    machine = Machine()
    expected = run_original(machine, original, inputs, budget)
    want = (expected.kind, expected.index, expected.iterations,
            canonical(expected.values, heap.all, machine.escaped))
    heap.reset()
    machine = Machine()
    try:
        got = run_optimized(machine, optimized, original, inputs, budget)
    except Exception:
        print("options %s, inputs %r\noriginal:\n%s\noptimized:\n%s" % (
            options.to_text() if options is not None else "?", inputs,
            trace_text(original.inputargs, original.operations), trace_text(optimized.inputargs, optimized.operations)))
        raise
    have = (got.kind, got.index, got.iterations, canonical(got.values, heap.all, machine.escaped))
    assert have == want, "options %s, inputs %r\noriginal:\n%s\noptimized:\n%s" % (
        options.to_text() if options is not None else "?", inputs,
        trace_text(original.inputargs, original.operations), trace_text(optimized.inputargs, optimized.operations))
    return expected


def optimized_or_shown(optimize, original, *args):
    """Optimize, showing the trace if the optimizer fails."""
    try:
        return optimize(original, *args)
    except Exception:
        print(trace_text(original.inputargs, original.operations))
        raise


# KIT_RANDOM_EXAMPLES=5000 for a longer hunt
SETTINGS = settings(max_examples=int(os.environ.get("KIT_RANDOM_EXAMPLES", "400")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.data())
def test_random_bridges(data):
    original, inputs, heap, rec = record_trace(data, loop=False)
    options = random_options(data.draw, rec.ns)
    optimized = optimized_or_shown(optimize_bridge, original, options, [])
    outcome = compare_runs(original, optimized, inputs, heap, 1, options)
    assert outcome.kind == "finish"             # the recording run passes every guard
    for _ in range(2):
        compare_runs(original, optimized, rec.other_inputs(original.inputargs), heap, 1, options)


@SETTINGS
@given(st.data())
def test_random_loops(data):
    original, inputs, heap, rec = record_trace(data, loop=True)
    options = random_options(data.draw, rec.ns)
    optimized = optimized_or_shown(optimize_loop, original, options)
    compare_runs(original, optimized, inputs, heap, 5, options)
    for _ in range(2):
        compare_runs(original, optimized, rec.other_inputs(original.inputargs), heap, 5, options)


def kind_of(rec: Recorder, box) -> str:
    return "array" if box in rec.arrays else "node" if box in rec.nodes else "int"


def record_bridge_into(data, loop_rec: Recorder, label_args: list, target):
    """A bridge (recorded on the loop's heap) ending with a jump to the loop's label: each jump
    argument a box of the bridge or a constant of the label argument's kind."""
    rec = Recorder(data, loop_rec.heap, loop_rec.ns)
    inputargs, inputs = rec.make_inputs()
    for _ in range(data.draw(st.integers(0, 12))):
        rec.step()
    args = []
    for box in label_args:
        kind = kind_of(loop_rec, box)
        pool = rec.arrays if kind == "array" else rec.nodes if kind == "node" else rec.ints
        if pool and data.draw(st.booleans()):
            args.append(rec.choice(pool))
        elif kind == "array":
            args.append(ConstPtr(rec.choice(loop_rec.heap.arrays)))
        elif kind == "node":
            args.append(ConstPtr(rec.choice(loop_rec.heap.nodes + [None])))
        else:
            args.append(ConstInt(data.draw(st.sampled_from(INT_POOL))))
    rec.ops.append(ResOperation(rop.JUMP, args, None, target))
    return Trace(list(inputargs), rec.ops), inputs, rec


def renumber_guards(operations: list) -> None:
    """Number every guard by its position in OPERATIONS (the frames list is shared with the
    optimizer's copies of the descr, see original_guard_index)."""
    for k, op in enumerate(operations):
        if op.is_guard():
            op.descr.frames[0] = FrameSnapshot(k, 0, [], [], [])


@SETTINGS
@given(st.data())
def test_random_bridges_into_peeled_loops(data):
    """A bridge jumping to a loop: optimized against the peeled loop's labels, it enters the body
    with the values its virtual state wants (or the preamble); run together with the loop."""
    ns = make_namespace()
    heap = Heap(data.draw)
    loop, _, _, loop_rec = record_trace(data, True, ns, heap)
    options = random_options(data.draw, ns)
    optimized_loop = optimized_or_shown(optimize_loop, loop, options)
    targets = [op.descr for op in optimized_loop.operations if op.opnum == rop.LABEL]
    label = loop.operations[0]
    bridge, inputs, bridge_rec = record_bridge_into(data, loop_rec, label.args, label.descr)
    optimized_bridge = optimized_or_shown(optimize_bridge, bridge, random_options(data.draw, ns), targets)
    original = Trace(bridge.inputargs, bridge.operations + loop.operations)
    renumber_guards(original.operations)
    optimized = Trace(bridge.inputargs, optimized_bridge.operations + optimized_loop.operations)
    compare_runs(original, optimized, inputs, heap, 4, options)
    for _ in range(2):
        compare_runs(original, optimized, bridge_rec.other_inputs(bridge.inputargs), heap, 4, options)
