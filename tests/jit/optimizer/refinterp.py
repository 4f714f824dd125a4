"""A tiny reference interpreter of traces on a fake heap, for the optimizer's differential tests:
runs a trace (or a peeled loop) until it ends, a guard fails or an iteration budget runs out,
rebuilds the interpreter state a failing guard's resume data describes (virtuals included), and
turns outcomes into canonical values that can be compared across runs."""

from __future__ import annotations

from jit.metainterp.descr import ArrayDescr, SizeDescr
from jit.metainterp.executor import execute_pure, int_ovf
from jit.metainterp.history import Const, ConstFloat, ConstInt, ConstPtr
from jit.metainterp.resoperation import IS_OVF, IS_PURE, OPNAMES, rop
from jit.metainterp.resume import (
    TAG_BOX,
    TAG_CONST,
    TAG_NONE,
    TAG_VIRTUAL,
    VIRTUAL_ARRAY,
    VIRTUAL_INSTANCE,
    VIRTUAL_STRUCT,
    VIRTUAL_VARSTRUCT,
    untag,
)
from jit.optimizer.virtualstate import NODE_LEAF, NODE_STRUCT

# ---- the heap ----


class HObj:
    """A struct or instance (cls is its vtable number, 0 for a plain struct)."""

    def __init__(self, cls: int, name: str = "") -> None:
        self.cls = cls
        self.fields: dict = {}
        self.name = name

    def __repr__(self) -> str:
        return self.name or "HObj(%d)" % self.cls


class HArr:
    """An array, or a var-sized struct (fields besides its items)."""

    def __init__(self, length: int, default, name: str = "") -> None:
        self.items = [default] * length
        self.fields: dict = {}
        self.name = name

    def __repr__(self) -> str:
        return self.name or "HArr(%d)" % len(self.items)


def default_of(kind: str):
    return {"i": 0, "r": None, "f": 0.0}[kind]


# functions the traces call, by address
def fn_writes_value(p):
    p.fields["value"] = p.fields.get("value", 0) + 1


def fn_elidable(a, b):
    return (a * 31 + b) & 0xFFFF


def fn_anything(p):
    p.fields["value"] = (p.fields.get("value", 0) * 2 + 1) & 0xFFFFFF
    nxt = p.fields.get("next")
    if nxt is not None:
        nxt.fields["value"] = nxt.fields.get("value", 0) + 3
    return p.fields["value"]


def fn_invariant():
    return 42


FUNCTIONS = {111: fn_writes_value, 222: fn_elidable, 333: fn_anything, 777: fn_invariant}


class GuardFailed(Exception):
    def __init__(self, index: int, op) -> None:
        self.index = index
        self.op = op


class Outcome:
    """How a run ended: kind 'fail' (at original guard `index`, with the values of its failargs),
    'finish' (values), or 'running' (the loop's values after the iteration budget)."""

    def __init__(self, kind: str, index: int, values: list, iterations: int) -> None:
        self.kind = kind
        self.index = index
        self.values = values
        self.iterations = iterations


class Machine:
    """Executes operations on a heap; `escaped` records what escape() saw."""

    def __init__(self) -> None:
        self.escaped: list = []

    def value(self, env: dict, box):
        if isinstance(box, Const):
            if isinstance(box, ConstInt):
                return box.intvalue
            if isinstance(box, ConstFloat):
                return box.floatvalue
            assert isinstance(box, ConstPtr)
            return box.refvalue if box.refvalue else None
        return env[box]

    def execute(self, env: dict, op, flags: dict) -> None:
        """Run one non-final operation; raise GuardFailed when a guard fails."""
        opnum = op.opnum
        args = [self.value(env, a) for a in op.args]
        name = OPNAMES[opnum]
        result = None
        if opnum == rop.GUARD_NO_OVERFLOW or opnum == rop.GUARD_OVERFLOW:
            ok = (opnum == rop.GUARD_OVERFLOW) == flags.get("ovf", False)
            self.check(ok, op)
            return
        if name.startswith("guard_"):
            self.check(self.guard_passes(opnum, args), op)
            return
        if IS_OVF[opnum]:
            result, overflowed = int_ovf(opnum, args[0], args[1])
            flags["ovf"] = overflowed
        elif IS_PURE[opnum]:
            consts = [ConstInt(a) if isinstance(a, int) else ConstFloat(a) if isinstance(a, float)
                      else ConstPtr(a) for a in args]
            if opnum in (rop.PTR_EQ, rop.PTR_NE):
                result = int((args[0] is args[1]) == (opnum == rop.PTR_EQ))
            elif opnum in (rop.PTR_ISZERO, rop.PTR_NONZERO):
                result = int((args[0] is None) == (opnum == rop.PTR_ISZERO))
            elif opnum == rop.SAME_AS:
                result = args[0]
            else:
                const = execute_pure(opnum, consts)
                assert const is not None, op
                result = const.getint() if isinstance(const, ConstInt) else const.getfloat()
        elif opnum == rop.GETFIELD and op.descr.name == "typeptr":
            result = self.deref(args[0]).cls
        elif opnum == rop.SETFIELD and op.descr.name == "typeptr":
            self.deref(args[0]).cls = args[1]
        elif opnum == rop.GETFIELD:
            result = self.deref(args[0]).fields.get(op.descr.name, default_of(op.descr.kind))
        elif opnum == rop.SETFIELD:
            self.deref(args[0]).fields[op.descr.name] = args[1]
        elif opnum in (rop.GETARRAYITEM, rop.GETINTERIORFIELD):
            result = self.deref(args[0]).items[args[1]]
        elif opnum in (rop.SETARRAYITEM, rop.SETINTERIORFIELD):
            self.deref(args[0]).items[args[1]] = args[2]
        elif opnum in (rop.GETARRAYSIZE, rop.GETINTERIORARRAYSIZE):
            result = len(self.deref(args[0]).items)
        elif opnum == rop.NEW_WITH_VTABLE:
            result = HObj(op.descr.vtable)
        elif opnum == rop.NEW:
            result = HObj(0)
        elif opnum == rop.NEW_ARRAY:
            result = HArr(args[0], default_of(op.descr.kind))
        elif opnum in (rop.CALL, rop.CALL_PURE, rop.CALL_LOOPINVARIANT):
            result = FUNCTIONS[args[0]](*args[1:])
        elif opnum == rop.ESCAPE:
            self.escaped.append(args[0])
        elif opnum in (rop.DEBUG_MERGE_POINT, rop.QUASIIMMUT_FIELD, rop.RECORD_EXACT_CLASS):
            pass
        else:
            raise AssertionError("the reference interpreter cannot run " + name)
        if op.result is not None:
            env[op.result] = result

    def deref(self, obj):
        assert obj is not None, "dereferencing NULL"
        return obj

    def check(self, ok: bool, op) -> None:
        if not ok:
            raise GuardFailed(-1, op)

    def guard_passes(self, opnum: int, args: list) -> bool:
        if opnum == rop.GUARD_TRUE:
            return bool(args[0])
        if opnum == rop.GUARD_FALSE:
            return not args[0]
        if opnum == rop.GUARD_VALUE:
            return args[0] is args[1] if not isinstance(args[0], (int, float)) else args[0] == args[1]
        if opnum == rop.GUARD_NONNULL:
            return args[0] is not None
        if opnum == rop.GUARD_ISNULL:
            return args[0] is None
        if opnum == rop.GUARD_CLASS:
            return args[0].cls == args[1]
        if opnum == rop.GUARD_NONNULL_CLASS:
            return args[0] is not None and args[0].cls == args[1]
        if opnum in (rop.GUARD_NO_EXCEPTION, rop.GUARD_NOT_INVALIDATED, rop.GUARD_FUTURE_CONDITION):
            return True
        raise AssertionError("unknown guard " + OPNAMES[opnum])


# ---- running traces ----


def run_original(machine: Machine, trace, inputs: list, budget: int, start: int = 0,
                 env: dict | None = None, iterations: int = 0, flags: dict | None = None) -> Outcome:
    """Run the unoptimized loop or bridge from operation START (a jump goes to the label of its
    descr) until it ends, fails a guard or completes BUDGET iterations."""
    ops = trace.operations
    labels = {op.descr: k for k, op in enumerate(ops) if op.opnum == rop.LABEL}
    if env is None:
        env = dict(zip(trace.inputargs, inputs))
        if ops[0].opnum == rop.LABEL:
            env = dict(zip(ops[0].args, inputs))
    if flags is None:
        flags = {}
    i = start
    while True:
        op = ops[i]
        if op.opnum == rop.LABEL:
            i += 1
            continue
        if op.opnum == rop.FINISH:
            return Outcome("finish", -1, [machine.value(env, a) for a in op.args], iterations)
        if op.opnum == rop.JUMP:
            values = [machine.value(env, a) for a in op.args]
            iterations += 1
            if iterations >= budget:
                return Outcome("running", -1, values, iterations)
            k = labels[op.descr]
            env = dict(zip(ops[k].args, values))
            i = k + 1
            continue
        try:
            machine.execute(env, op, flags)
        except GuardFailed:
            return Outcome("fail", i, [machine.value(env, a) for a in op.failargs], iterations)
        i += 1


def original_guard_index(descr) -> int:
    """The generator numbers each recorded guard by its position (in the shared frames list,
    which the optimizer's copies of the descr keep)."""
    return descr.frames[0].jitcode_index


def run_optimized(machine: Machine, trace, original, inputs: list, budget: int) -> Outcome:
    """Run an optimized trace; when a guard fails, rebuild the state its resume data describes
    and continue in the original trace from that guard (as the interpreter would)."""
    ops = trace.operations
    labels = {op.descr: k for k, op in enumerate(ops) if op.opnum == rop.LABEL}
    env = dict(zip(trace.inputargs, inputs))
    if ops[0].opnum == rop.LABEL:
        env = dict(zip(ops[0].args, inputs))
    flags: dict = {}
    iterations = 0
    i = 0
    while True:
        op = ops[i]
        if op.opnum == rop.LABEL:
            i += 1
            continue
        if op.opnum == rop.FINISH:
            return Outcome("finish", -1, [machine.value(env, a) for a in op.args], iterations)
        if op.opnum == rop.JUMP:
            values = [machine.value(env, a) for a in op.args]
            iterations += 1
            target = op.descr
            state = target.virtual_state
            if iterations >= budget:
                if state is not None:
                    values = rebuild_from_state(state, values)
                return Outcome("running", -1, values, iterations)
            k = labels[target]
            env = dict(zip(ops[k].args, values))
            i = k + 1
            continue
        try:
            machine.execute(env, op, flags)
        except GuardFailed:
            index = original_guard_index(op.descr)
            values = rebuild_from_resume(op.descr, [machine.value(env, a) for a in op.failargs])
            guard = original.operations[index]
            resumed_env = dict(zip(guard.failargs, values))
            # (the overflow flag is part of the state at an overflow check)
            return run_original(machine, original, [], budget, index, resumed_env, iterations, flags)
        i += 1


def rebuild_from_resume(descr, failvalues: list) -> list:
    """The values of the original guard's failargs, from the optimized guard's resume data."""
    built: dict = {}

    def decode(num):
        index, tag = untag(num)
        if tag == TAG_BOX:
            return failvalues[index]
        if tag == TAG_CONST:
            return Machine().value({}, descr.rd_consts[index])
        if tag == TAG_NONE:
            return None
        assert tag == TAG_VIRTUAL
        if index in built:
            return built[index]
        info = descr.rd_virtuals[index]
        if info.kind in (VIRTUAL_STRUCT, VIRTUAL_INSTANCE):
            assert isinstance(info.descr, SizeDescr)
            obj = HObj(info.descr.vtable if info.kind == VIRTUAL_INSTANCE else 0)
            built[index] = obj
            for fdescr, num2 in zip(info.fielddescrs, info.fieldnums):
                if fdescr.name == "typeptr":
                    obj.cls = decode(num2)
                else:
                    obj.fields[fdescr.name] = decode(num2)
            return obj
        assert info.kind in (VIRTUAL_ARRAY, VIRTUAL_VARSTRUCT) and isinstance(info.descr, ArrayDescr)
        nfields = len(info.fielddescrs)
        arr = HArr(len(info.fieldnums) - nfields, default_of(info.descr.kind))
        built[index] = arr
        for fdescr, num2 in zip(info.fielddescrs, info.fieldnums[:nfields]):
            arr.fields[fdescr.name] = decode(num2)
        for k, num2 in enumerate(info.fieldnums[nfields:]):
            arr.items[k] = decode(num2)
        return arr

    return [decode(num) for num in descr.rd_numb]


def rebuild_from_state(state, values: list) -> list:
    """The loop's values from the arguments of a jump to a peeled body's label."""
    built: dict = {}

    def rebuild(node):
        if node.kind == NODE_LEAF:
            if node.const is not None:
                return Machine().value({}, node.const)
            return values[node.leaf_index]
        if id(node) in built:
            return built[id(node)]
        if node.kind == NODE_STRUCT:
            obj = HObj(node.descr.vtable if node.is_instance else 0)
        else:
            obj = HArr(len(node.items), default_of(node.descr.kind))
        built[id(node)] = obj
        for fdescr, child in zip(node.fielddescrs, node.fields):
            if fdescr.name == "typeptr":
                obj.cls = rebuild(child)
            else:
                obj.fields[fdescr.name] = rebuild(child)
        for k, child in enumerate(node.items):
            obj.items[k] = rebuild(child)
        return obj

    return [rebuild(node) for node in state.args]


# ---- comparing ----


def canonical(values: list, prebuilt: list, escaped: list):
    """A structure equal for equal states: prebuilt objects by name, objects made by the trace
    numbered in the order first reached, with their contents; NULL fields and zero items equal
    to unset ones."""
    numbers: dict = {}
    contents: list = []

    def ref(v):
        if isinstance(v, (HObj, HArr)):
            if v.name:
                return ("pre", v.name)
            if id(v) not in numbers:
                numbers[id(v)] = len(numbers)
                contents.append(None)
                contents[numbers[id(v)]] = describe(v)
            return ("new", numbers[id(v)])
        return v

    def describe(obj):
        fields = tuple(sorted((k, ref(x)) for k, x in obj.fields.items() if x not in (0, None, 0.0)))
        items = tuple(ref(x) for x in obj.items) if isinstance(obj, HArr) else None
        cls = obj.cls if isinstance(obj, HObj) else None
        return (cls, fields, items)

    top = [ref(v) for v in values]
    heap = [(obj.name, describe(obj)) for obj in prebuilt]
    log = [ref(v) for v in escaped]
    return (top, heap, log, contents)

