"""A backend that interprets traces instead of compiling them: slow, simple and exact, for tests
of the metainterp and the optimizer (KIT_JIT_BACKEND=interp) and for machines without LLVM.
"""

from __future__ import annotations

from jit.backend.model import AbstractCPU, DeadFrame
from jit.metainterp import executor
from jit.metainterp.history import (
    FLOAT,
    INT,
    REF,
    AbstractDescr,
    AbstractValue,
    Const,
    FinishDescr,
    JitCellToken,
    TargetToken,
    Trace,
)
from jit.metainterp.resoperation import IS_GUARD, IS_OVF, OPERATIONS_BY_NUM, OPNAMES, ResOperation, rop
from jit.metainterp.resume import ResumeGuardDescr
from kit.rlib import rgc
from kit.rtyper import lltype
from kit.rtyper.lltype import GCREF


class Instr:
    """One operation with its arguments resolved to slots (>= 0) or constants (< 0: -1-index)."""

    def __init__(self, op: ResOperation) -> None:
        self.opnum = op.opnum
        self.descr = op.descr
        self.args: list[int] = []
        self.arg_kinds = ""
        self.result = -1
        self.result_kind = "v"
        self.failargs: list[int] = []
        self.failarg_kinds = ""


class CompiledTrace:
    def __init__(self) -> None:
        self.instrs: list[Instr] = []
        self.consts: list[AbstractValue] = []
        self.n_i = 0
        self.n_r = 0
        self.n_f = 0
        self.input_slots: list[int] = []
        self.input_kinds = ""
        self.token: JitCellToken | None = None      # the loop (a bridge: its loop), for invalidation


class TargetInfo:
    def __init__(self, trace: CompiledTrace, index: int, slots: list[int]) -> None:
        self.trace = trace
        self.index = index          # the label's position
        self.slots = slots          # where the label's arguments go


class _Env:
    def __init__(self, ct: CompiledTrace) -> None:
        self.ints = [0] * ct.n_i
        self.refs = [lltype.nullptr(GCREF)] * ct.n_r
        self.floats = [0.0] * ct.n_f


class TraceInterpCPU(AbstractCPU):
    name = "interp"

    def __init__(self) -> None:
        self.targets: dict[TargetToken, TargetInfo] = {}

    # ---- compiling: resolving boxes to slots -----------------------------------------------------

    def _compile(self, trace: Trace) -> CompiledTrace:
        ct = CompiledTrace()
        slots: dict[AbstractValue, int] = {}
        for box in trace.inputargs:
            ct.input_slots.append(self._slot(ct, slots, box))
            ct.input_kinds += box.type
        for op in trace.operations:
            instr = Instr(op)
            for arg in op.args:
                instr.args.append(self._arg(ct, slots, arg))
                instr.arg_kinds += arg.type
            if op.result is not None:
                instr.result = self._slot(ct, slots, op.result)
                instr.result_kind = op.result.type
            failargs = op.failargs
            if failargs is not None:
                for arg in failargs:
                    instr.failargs.append(self._arg(ct, slots, arg))
                    instr.failarg_kinds += arg.type
            ct.instrs.append(instr)
        for index in range(len(trace.operations)):
            op = trace.operations[index]
            if op.opnum == rop.LABEL:
                descr = op.descr
                assert isinstance(descr, TargetToken)
                self.targets[descr] = TargetInfo(ct, index, ct.instrs[index].args)
        return ct

    def _slot(self, ct: CompiledTrace, slots: dict[AbstractValue, int], box: AbstractValue) -> int:
        slot = slots.get(box, -1)
        if slot >= 0:
            return slot
        if box.type == INT:
            slot = ct.n_i
            ct.n_i += 1
        elif box.type == REF:
            slot = ct.n_r
            ct.n_r += 1
        else:
            slot = ct.n_f
            ct.n_f += 1
        slots[box] = slot
        return slot

    def _arg(self, ct: CompiledTrace, slots: dict[AbstractValue, int], arg: AbstractValue) -> int:
        if isinstance(arg, Const):
            ct.consts.append(arg)
            return -len(ct.consts)
        return self._slot(ct, slots, arg)

    def compile_loop(self, trace: Trace, token: JitCellToken) -> bool:
        ct = self._compile(trace)
        ct.token = token
        token.compiled = ct
        return True

    def compile_bridge(self, faildescr: AbstractDescr, trace: Trace) -> bool:
        assert isinstance(faildescr, ResumeGuardDescr)
        ct = self._compile(trace)
        loop_token = faildescr.loop_token
        if isinstance(loop_token, JitCellToken):
            ct.token = loop_token
        faildescr.bridge = ct
        return True

    # ---- running ---------------------------------------------------------------------------------

    def execute_token(self, token: JitCellToken, args_i: list[int], args_r: list[GCREF],
                      args_f: list[float]) -> DeadFrame:
        ct = token.compiled
        assert isinstance(ct, CompiledTrace)
        env = _Env(ct)
        ki = kr = kf = 0
        for k in range(len(ct.input_slots)):
            kind = ct.input_kinds[k]
            if kind == INT:
                env.ints[ct.input_slots[k]] = args_i[ki]
                ki += 1
            elif kind == REF:
                env.refs[ct.input_slots[k]] = args_r[kr]
                kr += 1
            else:
                env.floats[ct.input_slots[k]] = args_f[kf]
                kf += 1
        return self.run(ct, env, 0)

    def _i(self, ct: CompiledTrace, env: _Env, a: int) -> int:
        return ct.consts[-1 - a].getint() if a < 0 else env.ints[a]

    def _r(self, ct: CompiledTrace, env: _Env, a: int) -> GCREF:
        return ct.consts[-1 - a].getref() if a < 0 else env.refs[a]

    def _f(self, ct: CompiledTrace, env: _Env, a: int) -> float:
        return ct.consts[-1 - a].getfloat() if a < 0 else env.floats[a]

    def run(self, ct: CompiledTrace, env: _Env, pc: int) -> DeadFrame:
        overflowed = False
        exc = lltype.nullptr(GCREF)
        while True:
            instr = ct.instrs[pc]
            opnum = instr.opnum
            pc += 1
            if IS_GUARD[opnum]:
                ok = self._guard_holds(ct, env, instr, overflowed, exc)
                if ok:
                    if opnum == rop.GUARD_NO_EXCEPTION:
                        exc = lltype.nullptr(GCREF)
                    continue
                descr = instr.descr
                assert isinstance(descr, ResumeGuardDescr)
                bridge = descr.bridge
                if isinstance(bridge, CompiledTrace) and not exc:
                    new_env = _Env(bridge)
                    self._copy_values(ct, env, instr.failargs, instr.failarg_kinds, bridge, new_env,
                                      bridge.input_slots)
                    ct, env, pc = bridge, new_env, 0
                    continue
                frame = DeadFrame(descr, len(instr.failargs))
                for k in range(len(instr.failargs)):
                    self._store(frame, k, ct, env, instr.failargs[k], instr.failarg_kinds[k])
                frame.exc_value = exc
                return frame
            if opnum == rop.LABEL or opnum == rop.DEBUG_MERGE_POINT:
                continue
            if opnum == rop.JUMP:
                descr = instr.descr
                assert isinstance(descr, TargetToken)
                target = self.targets[descr]
                new_env = env if target.trace is ct else _Env(target.trace)
                values_i = [self._i(ct, env, a) if instr.arg_kinds[k] == INT else 0
                            for k, a in enumerate(instr.args)]
                values_r = [self._r(ct, env, a) if instr.arg_kinds[k] == REF else lltype.nullptr(GCREF)
                            for k, a in enumerate(instr.args)]
                values_f = [self._f(ct, env, a) if instr.arg_kinds[k] == FLOAT else 0.0
                            for k, a in enumerate(instr.args)]
                ct = target.trace
                env = new_env
                for k in range(len(target.slots)):
                    slot = target.slots[k]
                    kind = instr.arg_kinds[k]
                    if kind == INT:
                        env.ints[slot] = values_i[k]
                    elif kind == REF:
                        env.refs[slot] = values_r[k]
                    else:
                        env.floats[slot] = values_f[k]
                pc = target.index + 1
                continue
            if opnum == rop.FINISH:
                descr = instr.descr
                assert isinstance(descr, FinishDescr)
                frame = DeadFrame(descr, len(instr.args))
                for k in range(len(instr.args)):
                    self._store(frame, k, ct, env, instr.args[k], instr.arg_kinds[k])
                return frame
            if executor_handles(opnum):
                overflowed = self._execute_simple(ct, env, instr)
                continue
            try:
                self._execute_memory_or_call(ct, env, instr)
            except Exception as e:
                exc = rgc.cast_instance_to_gcref(e)

    def _copy_values(self, src: CompiledTrace, env: _Env, args: list[int], kinds: str, dst: CompiledTrace,
                     new_env: _Env, slots: list[int]) -> None:
        for k in range(len(args)):
            kind = kinds[k]
            if kind == INT:
                new_env.ints[slots[k]] = self._i(src, env, args[k])
            elif kind == REF:
                new_env.refs[slots[k]] = self._r(src, env, args[k])
            else:
                new_env.floats[slots[k]] = self._f(src, env, args[k])

    def _store(self, frame: DeadFrame, k: int, ct: CompiledTrace, env: _Env, a: int, kind: str) -> None:
        if kind == INT:
            frame.values_i[k] = self._i(ct, env, a)
        elif kind == REF:
            frame.values_r[k] = self._r(ct, env, a)
        else:
            frame.values_f[k] = self._f(ct, env, a)

    def _guard_holds(self, ct: CompiledTrace, env: _Env, instr: Instr, overflowed: bool, exc: GCREF) -> bool:
        opnum = instr.opnum
        if opnum == rop.GUARD_TRUE:
            return self._i(ct, env, instr.args[0]) != 0
        if opnum == rop.GUARD_FALSE:
            return self._i(ct, env, instr.args[0]) == 0
        if opnum == rop.GUARD_VALUE or opnum == rop.GUARD_CLASS:
            kind = instr.arg_kinds[0]
            if opnum == rop.GUARD_CLASS:
                ref = self._r(ct, env, instr.args[0])
                return self.bh_classof(ref, self.typeptr_descr) == self._i(ct, env, instr.args[1])
            if kind == INT:
                return self._i(ct, env, instr.args[0]) == self._i(ct, env, instr.args[1])
            if kind == REF:
                return self._r(ct, env, instr.args[0]) == self._r(ct, env, instr.args[1])
            return self._f(ct, env, instr.args[0]) == self._f(ct, env, instr.args[1])
        if opnum == rop.GUARD_NONNULL:
            return bool(self._r(ct, env, instr.args[0]))
        if opnum == rop.GUARD_ISNULL:
            return not self._r(ct, env, instr.args[0])
        if opnum == rop.GUARD_NONNULL_CLASS:
            ref = self._r(ct, env, instr.args[0])
            return bool(ref) and self.bh_classof(ref, self.typeptr_descr) == self._i(ct, env, instr.args[1])
        if opnum == rop.GUARD_NO_EXCEPTION:
            return not exc
        if opnum == rop.GUARD_NO_OVERFLOW:
            return not overflowed
        if opnum == rop.GUARD_OVERFLOW:
            return overflowed
        if opnum == rop.GUARD_NOT_INVALIDATED:
            token = ct.token
            return token is None or not token.invalidated
        return False

    def _execute_simple(self, ct: CompiledTrace, env: _Env, instr: Instr) -> bool:
        """Pure operations; returns whether an ovf operation overflowed."""
        opnum = instr.opnum
        kinds = instr.arg_kinds
        if opnum == rop.SAME_AS:
            self._set_same(ct, env, instr)
            return False
        if IS_OVF[opnum]:
            value, overflowed = executor.int_ovf(opnum, self._i(ct, env, instr.args[0]),
                                                 self._i(ct, env, instr.args[1]))
            env.ints[instr.result] = value
            return overflowed
        if kinds == "ii":
            env.ints[instr.result] = executor.int_binary(opnum, self._i(ct, env, instr.args[0]),
                                                         self._i(ct, env, instr.args[1]))
        elif kinds == "i" and instr.result_kind == INT:
            env.ints[instr.result] = executor.int_unary(opnum, self._i(ct, env, instr.args[0]))
        elif kinds == "rr":
            same = self._r(ct, env, instr.args[0]) == self._r(ct, env, instr.args[1])
            env.ints[instr.result] = int(same) if opnum == rop.PTR_EQ else int(not same)
        elif kinds == "r":
            nonnull = bool(self._r(ct, env, instr.args[0]))
            env.ints[instr.result] = int(nonnull) if opnum == rop.PTR_NONZERO else int(not nonnull)
        elif kinds == "ff":
            a, b = self._f(ct, env, instr.args[0]), self._f(ct, env, instr.args[1])
            if instr.result_kind == FLOAT:
                env.floats[instr.result] = executor.float_binary(opnum, a, b)
            else:
                env.ints[instr.result] = executor.float_compare(opnum, a, b)
        elif kinds == "f":
            a = self._f(ct, env, instr.args[0])
            if opnum == rop.CAST_FLOAT_TO_INT:
                env.ints[instr.result] = int(a)
            elif opnum == rop.FLOAT_IS_TRUE:
                env.ints[instr.result] = int(a != 0.0)
            else:
                env.floats[instr.result] = executor.float_unary(opnum, a)
        elif kinds == "i" and instr.result_kind == FLOAT:
            env.floats[instr.result] = float(self._i(ct, env, instr.args[0]))
        else:
            raise ValueError("trace interpreter: cannot run " + OPNAMES[opnum])
        return False

    def _set_same(self, ct: CompiledTrace, env: _Env, instr: Instr) -> None:
        kind = instr.arg_kinds[0]
        if kind == INT:
            env.ints[instr.result] = self._i(ct, env, instr.args[0])
        elif kind == REF:
            env.refs[instr.result] = self._r(ct, env, instr.args[0])
        else:
            env.floats[instr.result] = self._f(ct, env, instr.args[0])

    def _execute_memory_or_call(self, ct: CompiledTrace, env: _Env, instr: Instr) -> None:
        opnum = instr.opnum
        descr = instr.descr
        args = instr.args
        rk = instr.result_kind
        if opnum == rop.GETFIELD:
            ref = self._r(ct, env, args[0])
            if rk == INT:
                env.ints[instr.result] = self.bh_getfield_i(ref, descr)
            elif rk == REF:
                env.refs[instr.result] = self.bh_getfield_r(ref, descr)
            else:
                env.floats[instr.result] = self.bh_getfield_f(ref, descr)
        elif opnum == rop.SETFIELD:
            ref = self._r(ct, env, args[0])
            kind = instr.arg_kinds[1]
            if kind == INT:
                self.bh_setfield_i(ref, self._i(ct, env, args[1]), descr)
            elif kind == REF:
                self.bh_setfield_r(ref, self._r(ct, env, args[1]), descr)
            else:
                self.bh_setfield_f(ref, self._f(ct, env, args[1]), descr)
        elif opnum == rop.GETFIELD_RAW:
            address = self._i(ct, env, args[0])
            if rk == INT:
                env.ints[instr.result] = self.bh_getfield_raw_i(address, descr)
            elif rk == REF:
                env.refs[instr.result] = self.bh_getfield_raw_r(address, descr)
            else:
                env.floats[instr.result] = self.bh_getfield_raw_f(address, descr)
        elif opnum == rop.GETARRAYITEM:
            ref = self._r(ct, env, args[0])
            index = self._i(ct, env, args[1])
            if rk == INT:
                env.ints[instr.result] = self.bh_getarrayitem_i(ref, index, descr)
            elif rk == REF:
                env.refs[instr.result] = self.bh_getarrayitem_r(ref, index, descr)
            else:
                env.floats[instr.result] = self.bh_getarrayitem_f(ref, index, descr)
        elif opnum == rop.SETARRAYITEM:
            ref = self._r(ct, env, args[0])
            index = self._i(ct, env, args[1])
            kind = instr.arg_kinds[2]
            if kind == INT:
                self.bh_setarrayitem_i(ref, index, self._i(ct, env, args[2]), descr)
            elif kind == REF:
                self.bh_setarrayitem_r(ref, index, self._r(ct, env, args[2]), descr)
            else:
                self.bh_setarrayitem_f(ref, index, self._f(ct, env, args[2]), descr)
        elif opnum == rop.GETARRAYSIZE:
            env.ints[instr.result] = self.bh_arraylen(self._r(ct, env, args[0]), descr)
        elif opnum == rop.NEW or opnum == rop.NEW_WITH_VTABLE:
            env.refs[instr.result] = self.bh_new(descr)
        elif opnum == rop.NEW_ARRAY:
            env.refs[instr.result] = self.bh_new_array(self._i(ct, env, args[0]), descr)
        elif opnum == rop.CALL or opnum == rop.CALL_PURE or opnum == rop.CALL_LOOPINVARIANT:
            self._call(ct, env, instr)
        elif opnum == rop.RECORD_EXACT_CLASS or opnum == rop.QUASIIMMUT_FIELD:
            pass
        else:
            raise ValueError("trace interpreter: cannot run " + OPNAMES[opnum])

    def _call(self, ct: CompiledTrace, env: _Env, instr: Instr) -> None:
        fnaddr = self._i(ct, env, instr.args[0])
        args_i: list[int] = []
        args_r: list[GCREF] = []
        args_f: list[float] = []
        for k in range(1, len(instr.args)):
            kind = instr.arg_kinds[k]
            if kind == INT:
                args_i.append(self._i(ct, env, instr.args[k]))
            elif kind == REF:
                args_r.append(self._r(ct, env, instr.args[k]))
            else:
                args_f.append(self._f(ct, env, instr.args[k]))
        rk = instr.result_kind
        descr = instr.descr
        if rk == INT:
            env.ints[instr.result] = self.bh_call_i(fnaddr, descr, args_i, args_r, args_f)
        elif rk == REF:
            env.refs[instr.result] = self.bh_call_r(fnaddr, descr, args_i, args_r, args_f)
        elif rk == FLOAT:
            env.floats[instr.result] = self.bh_call_f(fnaddr, descr, args_i, args_r, args_f)
        else:
            self.bh_call_v(fnaddr, descr, args_i, args_r, args_f)

    typeptr_descr: object = None


_SIMPLE = [(op.canfold and not op.trace_only) or op.name.endswith("_ovf") for op in OPERATIONS_BY_NUM]


def executor_handles(opnum: int) -> bool:
    return _SIMPLE[opnum]
