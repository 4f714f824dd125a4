"""The JIT at run time: counts hot loops, starts tracing, enters compiled code, and handles what
comes out of it (guard failures: blackhole or bridge).

The interpreter's portal calls `merge_point_hook(driver)` at its merge point after storing the
greens and reds into the exchange arrays (greens first, then reds, each kind in its own array);
the hook answers NOTHING (go on interpreting), CONTINUE (the arrays hold new greens and reds: go
on from the merge point with them) or RETURN (the portal function returns what the arrays hold).
"""

from __future__ import annotations

import time

from jit.metainterp.compile import (
    finalize_guards,
    make_loop_trace,
    optimize_bridge_trace,
    optimize_loop_trace,
    target_tokens_of,
)
from jit.metainterp.descr import FieldDescr
from jit.metainterp.history import (
    FLOAT,
    INT,
    REF,
    AbstractValue,
    BoxFloat,
    BoxInt,
    BoxPtr,
    ConstFloat,
    ConstInt,
    ConstPtr,
    FinishDescr,
    JitCellToken,
    TargetToken,
    Trace,
)
from jit.metainterp.jitlog import BLACKHOLE, BRIDGE, GUARD_FAILURE, JITLOG, LOOP, NOT_COMPILED
from jit.metainterp.pyjitpl import (
    OP_JIT_MERGE_POINT,
    STOP_EXCEPTION,
    STOP_LOOP_CLOSED,
    STOP_MERGE_POINT,
    STOP_RETURN,
    AbortTracing,
    InliningPolicy,
    JitInternalError,
    MetaInterp,
    MetaInterpCaches,
    instruction_length,
)
from jit.metainterp.quasiimmut import QuasiImmutRegistry
from jit.metainterp.resoperation import ResOperation, rop
from jit.metainterp.resume import (
    TAG_BOX,
    TAG_CONST,
    TAG_VIRTUAL,
    VIRTUAL_ARRAY,
    VIRTUAL_VARSTRUCT,
    ResumeGuardDescr,
    untag,
)
from jit.metainterp.virtualizable import VableState, entry_arguments, fresh_state
from jit.optimizer.options import OptOptions
from kit.rlib import jit, rgc
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import GCREF

STATUS_NOTHING = 0
STATUS_CONTINUE = 1
STATUS_RETURN = 2

EXCHANGE_SIZE = 64
_EXCHANGE_I_T = lltype.GcArray(lltype.Signed)
_EXCHANGE_R_T = lltype.GcArray(GCREF)
_EXCHANGE_F_T = lltype.GcArray(lltype.Float)
EXCHANGE_I = lltype.LLPointer(lltype.Ptr(_EXCHANGE_I_T), lltype.LLArray(_EXCHANGE_I_T, EXCHANGE_SIZE))
EXCHANGE_R = lltype.LLPointer(lltype.Ptr(_EXCHANGE_R_T), lltype.LLArray(_EXCHANGE_R_T, EXCHANGE_SIZE))
EXCHANGE_F = lltype.LLPointer(lltype.Ptr(_EXCHANGE_F_T), lltype.LLArray(_EXCHANGE_F_T, EXCHANGE_SIZE))
# [0]: set by can_enter_jit (a backward jump happened: FROM_BACKEDGE) or at the entry of a
# recursive portal (FROM_ENTRY), cleared by the hook
FROM_BACKEDGE = 1
FROM_ENTRY = 2
BACKEDGE = lltype.LLPointer(lltype.Ptr(_EXCHANGE_I_T), lltype.LLArray(_EXCHANGE_I_T, 1))


class JitCell:
    """What the JIT knows about one position of the user's program (one set of greens)."""

    def __init__(self, greens_i: list[int], greens_r: list[GCREF], greens_f: list[float]) -> None:
        self.greens_i = greens_i
        self.greens_r = greens_r
        self.greens_f = greens_f
        self.counter = 0
        self.token: JitCellToken | None = None
        self.dont_trace = False
        self.aborts = 0
        self.loop_at_entry = False      # a function's entry that is a loop header too
        # calls of this function are not traced into (inlining it made a trace too long)
        self.dont_inline = False


class JitStats:
    def __init__(self) -> None:
        self.loops = 0          # (function-entry traces included)
        self.entries = 0
        self.bridges = 0
        self.aborts = 0
        self.guard_failures = 0
        self.blackholes = 0
        self.enters = 0
        self.compile_time = 0.0
        self.compile_failures = 0


class CellInlining(InliningPolicy):
    """Inlining as the cells of the called functions allow it."""

    def __init__(self, warmstate: WarmState) -> None:
        InliningPolicy.__init__(self)
        self.warmstate = warmstate

    def may_inline(self, driver_index: int, greens: list[AbstractValue]) -> bool:
        return not self.warmstate.cell_of(driver_index, greens).dont_inline


class WarmState:
    debug_steps = 0      # KIT_JIT_DEBUG_STEPS=N: show the first N steps of each blackhole run

    def __init__(self, jitdata: object, cpu: object) -> None:
        self.jitdata = jitdata
        self.cpu = cpu
        self.cells: dict[int, list[JitCell]] = {}
        self.threshold = jit.PARAMETERS["threshold"]
        self.trace_eagerness = jit.PARAMETERS["trace_eagerness"]
        self.trace_limit = jit.PARAMETERS["trace_limit"]
        # calls of a recursive portal's function before it is traced from its entry: -1, the same
        # as threshold; 0: no function-entry traces (KIT_JIT=function_threshold=0)
        self.function_threshold = -1
        self.enabled = True
        self.stats = JitStats()
        self.numbers = 0
        self.merge_point_pcs: list[int] = []
        # the trace optimizer's passes (jit/optimizer); optimizer_enabled False: traces go to the
        # backend as recorded (`--jit noopt`, `enable_opts=0`, for debugging)
        self.optimizer_enabled = True
        self.opt_options = OptOptions()
        self.log_enabled = False
        self.quasi = QuasiImmutRegistry()
        self.mi_caches: MetaInterpCaches | None = None
        self.last_cell: JitCell | None = None
        self.last_driver = -1
        self.busy = False          # tracing or blackholing right now (the hook is not re-entered)
        self.inlining = CellInlining(self)
        self.ready = False

    # ---- parameters ------------------------------------------------------------------------------

    def set_param(self, name: str, value: int) -> None:
        if name == "threshold":
            self.threshold = value
        elif name == "trace_eagerness":
            self.trace_eagerness = value
        elif name == "trace_limit":
            self.trace_limit = value
        elif name == "function_threshold":
            self.function_threshold = value
        elif name == "inlining":
            # trace into calls of the user's functions (0: call them)
            self.inlining.enabled = value != 0
        elif name == "recompile_after":
            # iterations of a loop before the backend compiles it again, optimizing (0: never)
            self.cpu.recompile_after = value
        elif name == "enable_opts":
            # 0: no optimizer; anything else: every pass (names: set_user_param)
            self.optimizer_enabled = value != 0
            self.opt_options = OptOptions()

    def set_user_param(self, text: str) -> None:
        """`--jit off`, `--jit threshold=500,trace_limit=6000`, ..."""
        if text == "off":
            self.enabled = False
            return
        if text == "on" or text == "default":
            self.enabled = True
            return
        for item in text.split(","):
            parts = item.split("=")
            if len(parts) == 2 and parts[1].isdigit():
                self.set_param(parts[0], int(parts[1]))
            elif len(parts) == 2 and parts[0] == "enable_opts":
                # enable_opts=intbounds:rewrite:virtualize:pure:heap:unroll (any subset), all, none
                self.optimizer_enabled = parts[1] != "none"
                self.opt_options = OptOptions.from_text(parts[1])
            elif item == "noopt":
                self.optimizer_enabled = False
            elif item != "":
                # KIT_JIT reaches here unchecked (a language's --jit option checks its text first)
                _log("kit: ignoring the JIT parameter %r (want NAME=NUMBER, off, noopt or enable_opts=...)" % item)

    # ---- cells -----------------------------------------------------------------------------------

    def _merge_point_pc(self, driver_index: int) -> int:
        while len(self.merge_point_pcs) <= driver_index:
            self.merge_point_pcs.append(-1)
        pc = self.merge_point_pcs[driver_index]
        if pc < 0:
            driver = self.jitdata.drivers[driver_index]
            code = self.jitdata.jitcodes[driver.portal_jitcode].code
            pos = 0
            while pos < len(code):
                if code[pos] == OP_JIT_MERGE_POINT:
                    pc = pos
                    break
                pos += instruction_length(code, pos)
            self.merge_point_pcs[driver_index] = pc
        return pc

    def get_cell(self, driver_index: int, n_i: int, n_r: int, n_f: int) -> JitCell:
        # the cell asked for last (a recursive function enters the same one at every call)
        last = self.last_cell
        if last is not None and self.last_driver == driver_index and self._same_greens(last, n_i, n_r, n_f):
            return last
        cell = self._find_cell(driver_index, n_i, n_r, n_f)
        self.last_cell = cell
        self.last_driver = driver_index
        return cell

    def _find_cell(self, driver_index: int, n_i: int, n_r: int, n_f: int) -> JitCell:
        h = driver_index
        for k in range(n_i):
            h = (h * 1000003) ^ EXCHANGE_I[k]
        for k in range(n_r):
            h = (h * 1000003) ^ llop.identityhash(lltype.Signed, EXCHANGE_R[k])
        for k in range(n_f):
            h = (h * 1000003) ^ int(EXCHANGE_F[k] * 1000.0)
        bucket = self.cells.get(h, None)
        if bucket is None:
            bucket = []
            self.cells[h] = bucket
        for cell in bucket:
            if self._same_greens(cell, n_i, n_r, n_f):
                return cell
        cell = JitCell([EXCHANGE_I[k] for k in range(n_i)], [EXCHANGE_R[k] for k in range(n_r)],
                       [EXCHANGE_F[k] for k in range(n_f)])
        bucket.append(cell)
        return cell

    def _same_greens(self, cell: JitCell, n_i: int, n_r: int, n_f: int) -> bool:
        for k in range(n_i):
            if cell.greens_i[k] != EXCHANGE_I[k]:
                return False
        for k in range(n_r):
            if cell.greens_r[k] != EXCHANGE_R[k]:
                return False
        for k in range(n_f):
            if cell.greens_f[k] != EXCHANGE_F[k]:
                return False
        return True

    # ---- the hook --------------------------------------------------------------------------------

    def _setup(self) -> None:
        import os
        self.ready = True
        spec = os.getenv("KITLOG")
        if spec is not None:
            # KITLOG=jit (standard error) or KITLOG=jit:FILE, possibly among other comma-separated items
            for item in spec.split(","):
                if item == "jit":
                    self.log_enabled = True
                elif item.startswith("jit:") and len(item) > 4:
                    try:
                        JIT_LOG.fd = os.open(item[4:], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                        self.log_enabled = True
                    except OSError:
                        _log("kit: cannot write the JIT log to %s" % item[4:])
        if self.log_enabled:
            JITLOG.enable(JIT_LOG.fd)         # the summary at exit, into the log
        steps = os.getenv("KIT_JIT_DEBUG_STEPS")
        if steps is not None:
            self.debug_steps = int(steps)
        params = os.getenv("KIT_JIT")
        if params is not None:
            self.set_user_param(params)
        if self.enabled and not self.cpu.setup():
            # no machine code here (e.g. libllvmlite.so missing): the interpreter runs alone
            self.enabled = False
            if self.log_enabled:
                _log("jit: off, the %s backend cannot work here: %s" % (self.cpu.name, self.cpu.last_error))

    def merge_point_hook(self, driver_index: int) -> int:
        if not self.ready:
            self._setup()
        if not self.enabled or self.busy:
            BACKEDGE[0] = 0
            return STATUS_NOTHING
        driver = self.jitdata.drivers[driver_index]
        cell = self.get_cell(driver_index, driver.n_greens_i, driver.n_greens_r, driver.n_greens_f)
        token = cell.token
        if token is not None and not token.invalidated:
            # (the backward jump that led here is consumed: a guard failure in the compiled code
            # must not count the merge point the interpreter resumes at as a loop header)
            BACKEDGE[0] = 0
            return self.run_compiled(driver_index, cell, token)
        how = BACKEDGE[0]
        if how == 0:
            return STATUS_NOTHING
        BACKEDGE[0] = 0
        if cell.dont_trace:
            return STATUS_NOTHING
        threshold = self.threshold
        if how == FROM_ENTRY and self.function_threshold >= 0:
            if self.function_threshold == 0:
                return STATUS_NOTHING
            threshold = self.function_threshold
        cell.counter += 1
        if cell.counter < threshold:
            return STATUS_NOTHING
        cell.counter = 0
        return self.trace_loop(driver_index, cell, how == FROM_ENTRY and not cell.loop_at_entry)

    # ---- tracing a loop --------------------------------------------------------------------------

    def new_metainterp(self) -> MetaInterp:
        if self.mi_caches is None:
            self.mi_caches = MetaInterpCaches(self.jitdata)
        mi = MetaInterp(self.jitdata, self.cpu, self.mi_caches)
        mi.trace_limit = self.trace_limit
        mi.record_locations = self.log_enabled
        mi.quasi = self.quasi
        mi.inlining = self.inlining
        return mi

    def trace_loop(self, driver_index: int, cell: JitCell, from_entry: bool) -> int:
        """Trace from the merge point with CELL's greens (the exchange arrays hold the reds): a loop
        when it comes back there; from_entry (the portal was just entered): else a function-entry
        trace, to the portal's return or into the compiled loop of a loop header it reaches."""
        driver = self.jitdata.drivers[driver_index]
        mi = self.new_metainterp()
        portal = self.jitdata.jitcodes[driver.portal_jitcode]
        frame = mi.push_frame(portal)
        pc = self._merge_point_pc(driver_index)
        frame.pc = pc
        code = portal.code
        # greens become constants, reds the trace's input boxes, in the registers the merge
        # point names
        pos = pc + 2
        pos = _fill_regs(code, pos, frame.regs_i, INT, 0, True)
        pos = _fill_regs(code, pos, frame.regs_r, REF, 0, True)
        pos = _fill_regs(code, pos, frame.regs_f, FLOAT, 0, True)
        gk = driver.green_kinds
        inputargs: list[AbstractValue] = []
        pos = _fill_regs(code, pos, frame.regs_i, INT, _count(gk, INT), False, inputargs)
        pos = _fill_regs(code, pos, frame.regs_r, REF, _count(gk, REF), False, inputargs)
        _fill_regs(code, pos, frame.regs_f, FLOAT, _count(gk, FLOAT), False, inputargs)
        vinfo = driver.vinfo
        start_lengths: list[int] = []
        mi.history = []
        if vinfo is not None:
            vable_box = inputargs[driver.n_reds_i + vinfo.red_index]
            if not vable_box.getref():
                return STATUS_NOTHING
            if from_entry:
                # a function's entry takes the reds alone and reads the frame's fields from the
                # heap (entering it is then cheap: it runs at every call)
                mi.vable = VableState(vinfo, vable_box)
                try:
                    mi.vable_read_from_heap(mi.vable, pc)
                except AbortTracing:
                    return STATUS_NOTHING
            else:
                # the virtualizable's fields are the loop's inputs too
                mi.vable = fresh_state(self.cpu, vinfo, vable_box)
                start_lengths.extend(mi.vable.lengths())
                inputargs.extend(mi.vable.flatten())
        mi.start_greens_i = list(cell.greens_i)
        mi.start_greens_r = list(cell.greens_r)
        mi.start_greens_f = list(cell.greens_f)
        mi.entry_tracing = from_entry
        self.busy = True
        try:
            stop = self._run_tracing(mi)
            if from_entry and mi.history is not None and (stop == STOP_RETURN or stop == STOP_MERGE_POINT):
                return self.finish_entry_trace(mi, stop, driver_index, cell, inputargs)
            if from_entry and stop == STOP_LOOP_CLOSED:
                # the function's entry is a loop header too: it is traced as a loop (with the
                # frame's fields as inputs) from now on
                cell.loop_at_entry = True
                mi.history = None
                return self.export_merge_point(mi)
            if stop == STOP_LOOP_CLOSED:
                history = mi.history
                assert history is not None
                jump_args: list[AbstractValue] = []
                jump_args.extend(mi.stop_reds_i)
                jump_args.extend(mi.stop_reds_r)
                jump_args.extend(mi.stop_reds_f)
                if not self.vable_fits(mi, driver_index, start_lengths, jump_args):
                    self.stats.aborts += 1
                    if self.log_enabled:
                        _log("jit: trace aborted: the virtualizable changed shape in the loop")
                    mi.history = None
                    return self.export_merge_point(mi)
                if self.optimizer_enabled and len(mi.framestack) == 1:
                    # resume data for the loop header (the merge point, where the greens were
                    # promoted): guards the optimizer adds before the closing jump resume there
                    mi.generate_guard(rop.GUARD_FUTURE_CONDITION, [], mi.framestack[0].pc)
                token = self.compile_loop(inputargs, history, jump_args)
                token.vable_lengths = start_lengths
                cell.token = token
                if token.invalidated:
                    cell.dont_trace = True
                mi.history = None
                return self.export_merge_point(mi)
            if stop == 0:
                stop = self.run_blackhole(mi)
            return self.finish_run(mi, stop, cell)
        finally:
            self.busy = False

    def finish_entry_trace(self, mi: MetaInterp, stop: int, driver_index: int, cell: JitCell,
                           inputargs: list[AbstractValue]) -> int:
        """A trace from the function's entry ended: at the portal's return (a finish) or at a loop
        header (a jump into its compiled loop; not compiled yet: no trace, the loop gets hot first)."""
        history = mi.history
        assert history is not None
        targets: list[TargetToken] = []
        if stop == STOP_RETURN:
            # the portal returned: its frame's fields go back to the heap
            mi.vable_sync_all()
            ops = list(history)
            args: list[AbstractValue] = []
            box = mi.result_box
            if box is not None:
                args.append(box)
            ops.append(ResOperation(rop.FINISH, args, None, FinishDescr(mi.result_kind)))
            self.compile_entry(cell, inputargs, ops, targets)
            mi.history = None
            return self.export_return(mi)
        gk = self.jitdata.drivers[driver_index].green_kinds
        _export(mi.stop_greens_i, mi.stop_greens_r, mi.stop_greens_f, 0, 0, 0)
        loop_cell = self.get_cell(driver_index, _count(gk, INT), _count(gk, REF), _count(gk, FLOAT))
        token = loop_cell.token
        jump_args: list[AbstractValue] = []
        jump_args.extend(mi.stop_reds_i)
        jump_args.extend(mi.stop_reds_r)
        jump_args.extend(mi.stop_reds_f)
        if (token is None or token.invalidated or not token.target_tokens
                or not self.vable_fits(mi, driver_index, token.vable_lengths, jump_args)):
            # the function's entry is traced again later, when its loop may be compiled (three
            # times at most)
            cell.aborts += 1
            if cell.aborts >= 3:
                cell.dont_trace = True
            if self.log_enabled:
                _log("jit: entry trace stopped: it reaches a loop that is not compiled")
            mi.history = None
            return self.export_merge_point(mi)
        if self.optimizer_enabled and len(mi.framestack) == 1:
            mi.generate_guard(rop.GUARD_FUTURE_CONDITION, [], mi.framestack[0].pc)
        ops = list(history)
        ops.append(ResOperation(rop.JUMP, jump_args, None, token.target_tokens[0]))
        targets = token.target_tokens
        self.compile_entry(cell, inputargs, ops, targets)
        mi.history = None
        return self.export_merge_point(mi)

    def _run_tracing(self, mi: MetaInterp) -> int:
        """Run while tracing; on an abort go on as a blackhole (0 means: keep running)."""
        start = time.perf_counter()
        try:
            stop = mi.run()
            JITLOG.traced(time.perf_counter() - start)
            return stop
        except AbortTracing as e:
            JITLOG.traced(time.perf_counter() - start)
            JITLOG.aborted(e.reason)
            self.stats.aborts += 1
            mi.abort_reason = e.reason
            if self.log_enabled:
                _log("jit: trace aborted: " + e.reason)
            if mi.blame_greens and mi.blame_driver >= 0:
                self.forbid_inlining(mi.blame_driver, mi.blame_greens)
            mi.history = None
            return 0

    def cell_of(self, driver_index: int, greens: list[AbstractValue]) -> JitCell:
        """The cell of these greens (constants: ints, refs, floats)."""
        driver = self.jitdata.drivers[driver_index]
        n_i = driver.n_greens_i
        n_r = driver.n_greens_r
        n_f = driver.n_greens_f
        for k in range(n_i):
            EXCHANGE_I[k] = greens[k].getint()
        for k in range(n_r):
            EXCHANGE_R[k] = greens[n_i + k].getref()
        for k in range(n_f):
            EXCHANGE_F[k] = greens[n_i + n_r + k].getfloat()
        return self.get_cell(driver_index, n_i, n_r, n_f)

    def forbid_inlining(self, driver_index: int, greens: list[AbstractValue]) -> None:
        cell = self.cell_of(driver_index, greens)
        cell.dont_inline = True
        if self.log_enabled:
            _log("jit: calls of %s are not traced into any more"
                 % self.jitdata.printable_location(cell.greens_i, cell.greens_r, cell.greens_f))

    def run_blackhole(self, mi: MetaInterp) -> int:
        """Finish the interpreter's iteration in the blackhole interpreter.  The hook is open while it
        runs: it calls the user's functions through the portal, which run their compiled code (or
        get traced) as they would from the interpreter; nothing of this run is in the exchange
        arrays or being recorded meanwhile."""
        assert mi.history is None
        busy = self.busy
        self.busy = False
        try:
            return mi.run()
        finally:
            self.busy = busy

    def finish_run(self, mi: MetaInterp, stop: int, cell: JitCell | None) -> int:
        if cell is not None and mi.abort_reason:
            cell.aborts += 1
            if cell.aborts >= 3:
                cell.dont_trace = True
        if stop == STOP_MERGE_POINT or stop == STOP_LOOP_CLOSED:
            return self.export_merge_point(mi)
        if stop == STOP_RETURN:
            return self.export_return(mi)
        assert stop == STOP_EXCEPTION
        exc = mi.exc_value
        assert exc is not None
        error = rgc.cast_gcref_to_instance(Exception, exc.getref())
        assert error is not None
        raise error

    def export_merge_point(self, mi: MetaInterp) -> int:
        _export(mi.stop_greens_i, mi.stop_greens_r, mi.stop_greens_f, 0, 0, 0)
        _export(mi.stop_reds_i, mi.stop_reds_r, mi.stop_reds_f, len(mi.stop_greens_i), len(mi.stop_greens_r),
                len(mi.stop_greens_f))
        return STATUS_CONTINUE

    def export_return(self, mi: MetaInterp) -> int:
        box = mi.result_box
        if box is not None:
            if mi.result_kind == INT:
                EXCHANGE_I[0] = box.getint()
            elif mi.result_kind == REF:
                EXCHANGE_R[0] = box.getref()
            else:
                EXCHANGE_F[0] = box.getfloat()
        return STATUS_RETURN

    def optimizer_options(self) -> OptOptions:
        options = self.opt_options
        options.typeptr_descr = self.jitdata.typeptr_descr
        return options

    # ---- compiling -------------------------------------------------------------------------------

    def compile_loop(self, inputargs: list[AbstractValue], operations: list[ResOperation],
                     jump_args: list[AbstractValue]) -> JitCellToken:
        self.numbers += 1
        token = JitCellToken(self.numbers)
        token.inputarg_kinds = "".join([a.type for a in inputargs])
        target = TargetToken(self.numbers)
        trace = make_loop_trace(inputargs, operations, jump_args, target)
        if self.optimizer_enabled:
            if self.log_enabled:
                from jit.metainterp.logger import trace_text
                _log("jit: loop %d before optimization\n%s" % (token.number,
                                                              trace_text(trace.inputargs, trace.operations)))
        # compile time (KITLOG=jit's summary): optimizing and the backend, not the logging
        start = time.perf_counter()
        if self.optimizer_enabled:
            trace = optimize_loop_trace(trace, self.optimizer_options())
        finalize_guards(trace, token)
        token.target_tokens = target_tokens_of(trace)
        seconds = time.perf_counter() - start
        if self.log_enabled:
            from jit.metainterp.logger import trace_text
            _log("jit: loop %d\n%s" % (token.number, trace_text(trace.inputargs, trace.operations)))
        start = time.perf_counter()
        compiled = self.cpu.compile_loop(trace, token)
        seconds += time.perf_counter() - start
        if not compiled:
            token.invalidated = True
            self.stats.compile_failures += 1
            JITLOG.count(NOT_COMPILED)
            if self.log_enabled:
                _log("jit: loop %d not compiled: %s" % (token.number, self.cpu.last_error))
            return token
        self.stats.loops += 1
        self.register_quasi_immutables(trace, token)
        JITLOG.compiled(LOOP, seconds, self.cpu.last_compile_seconds)
        if self.log_enabled:
            _log("jit: loop %d compiled in %.3f ms" % (token.number, self.cpu.last_compile_seconds * 1000.0))
        return token

    def compile_entry(self, cell: JitCell, inputargs: list[AbstractValue], operations: list[ResOperation],
                      targets: list[TargetToken]) -> None:
        """Compile a function-entry trace (it ends with a finish, or a jump into one of TARGETS) as
        the compiled code of CELL: a label with the reds, then the operations (which read the
        virtualizable's fields from the heap first)."""
        self.numbers += 1
        token = JitCellToken(self.numbers)
        token.inputarg_kinds = "".join([a.type for a in inputargs])
        token.is_entry = True
        label = TargetToken(self.numbers)
        label.label_arity = len(inputargs)
        ops = [ResOperation(rop.LABEL, list(inputargs), None, label)]
        ops.extend(operations)
        trace = Trace(list(inputargs), ops)
        if self.optimizer_enabled and self.log_enabled:
            from jit.metainterp.logger import trace_text
            _log("jit: entry %d before optimization\n%s" % (token.number,
                                                            trace_text(trace.inputargs, trace.operations)))
        start = time.perf_counter()
        if self.optimizer_enabled:
            trace = optimize_bridge_trace(trace, self.optimizer_options(), targets)
        finalize_guards(trace, token)
        # (no jumps into an entry: its label takes the reds alone, not the virtualizable's fields
        # a jump passes)
        token.target_tokens = []
        seconds = time.perf_counter() - start
        if self.log_enabled:
            from jit.metainterp.logger import trace_text
            _log("jit: entry %d\n%s" % (token.number, trace_text(trace.inputargs, trace.operations)))
        start = time.perf_counter()
        compiled = self.cpu.compile_loop(trace, token)
        seconds += time.perf_counter() - start
        if not compiled:
            cell.dont_trace = True
            self.stats.compile_failures += 1
            JITLOG.count(NOT_COMPILED)
            if self.log_enabled:
                _log("jit: entry %d not compiled: %s" % (token.number, self.cpu.last_error))
            return
        cell.token = token
        self.stats.loops += 1
        self.stats.entries += 1
        self.register_quasi_immutables(trace, token)
        JITLOG.compiled(LOOP, seconds, self.cpu.last_compile_seconds)
        if self.log_enabled:
            _log("jit: entry %d compiled in %.3f ms" % (token.number, self.cpu.last_compile_seconds * 1000.0))

    def compile_bridge(self, descr: ResumeGuardDescr, trace: Trace, target: JitCellToken | None) -> None:
        """Compile the bridge TRACE from the guard DESCR; it ends with a jump into TARGET's loop
        (its first label; the optimizer may pick the peeled body) or a finish (TARGET None)."""
        token = descr.loop_token
        assert isinstance(token, JitCellToken)
        targets: list[TargetToken] = []
        if target is not None:
            targets = target.target_tokens
            if descr.checks_peeled_entry:
                targets = [t for t in targets if t.virtual_state is None]
        if self.optimizer_enabled:
            if self.log_enabled:
                from jit.metainterp.logger import trace_text
                _log("jit: bridge of loop %d before optimization\n%s" % (
                    token.number, trace_text(trace.inputargs, trace.operations)))
        start = time.perf_counter()
        if self.optimizer_enabled:
            trace = optimize_bridge_trace(trace, self.optimizer_options(), targets)
        finalize_guards(trace, token)
        seconds = time.perf_counter() - start
        if self.log_enabled:
            from jit.metainterp.logger import trace_text
            _log("jit: bridge of loop %d\n%s" % (token.number, trace_text(trace.inputargs, trace.operations)))
            if trace.note:
                _log("jit: the bridge enters the loop at its start: " + trace.note)
        start = time.perf_counter()
        compiled = self.cpu.compile_bridge(descr, trace)
        seconds += time.perf_counter() - start
        if not compiled:
            descr.bridge_attempts = 3
            self.stats.compile_failures += 1
            JITLOG.count(NOT_COMPILED)
            if self.log_enabled:
                _log("jit: bridge of loop %d not compiled: %s" % (token.number, self.cpu.last_error))
            return
        self.stats.bridges += 1
        self.register_quasi_immutables(trace, token)
        JITLOG.compiled(BRIDGE, seconds, self.cpu.last_compile_seconds)
        if self.log_enabled:
            _log("jit: bridge of loop %d compiled in %.3f ms" % (token.number, self.cpu.last_compile_seconds * 1000.0))

    def register_quasi_immutables(self, trace: Trace, token: JitCellToken) -> None:
        """The loop (with its bridges) relies on the quasi-immutable fields the trace read."""
        for op in trace.operations:
            if op.opnum == rop.QUASIIMMUT_FIELD:
                obj = op.args[0]
                descr = op.descr
                if isinstance(obj, ConstPtr) and isinstance(descr, FieldDescr):
                    self.quasi.add(obj.getref(), descr, token)

    def quasi_immutable_written(self, ref: GCREF, descr_index: int) -> None:
        """The interpreter wrote a quasi-immutable field: compiled loops that read it go."""
        descr = self.jitdata.descrs[descr_index]
        if not isinstance(descr, FieldDescr):
            return
        for token in self.quasi.written(ref, descr):
            self.cpu.invalidate(token)
            if self.log_enabled:
                _log("jit: loop %d invalidated: a quasi-immutable field it read (%s) changed" % (
                    token.number, descr.name))

    # ---- running compiled code -------------------------------------------------------------------

    def run_compiled(self, driver_index: int, cell: JitCell, token: JitCellToken) -> int:
        driver = self.jitdata.drivers[driver_index]
        gi, gr, gf = driver.n_greens_i, driver.n_greens_r, driver.n_greens_f
        args_i = [EXCHANGE_I[gi + k] for k in range(driver.n_reds_i)]
        args_r = [EXCHANGE_R[gr + k] for k in range(driver.n_reds_r)]
        args_f = [EXCHANGE_F[gf + k] for k in range(driver.n_reds_f)]
        vinfo = driver.vinfo
        if vinfo is not None:
            if token.is_entry:
                # a function's entry reads the virtualizable's fields itself
                if not args_r[vinfo.red_index]:
                    return STATUS_NOTHING
            elif not entry_arguments(self.cpu, vinfo, args_r[vinfo.red_index], token.vable_lengths,
                                     args_i, args_r, args_f):
                return STATUS_NOTHING
        self.stats.enters += 1
        # compiled code may call the portal again (a recursive call the trace left residual): that
        # call may enter compiled code or trace, so the hook stays open while machine code runs
        deadframe = self.cpu.execute_token(token, args_i, args_r, args_f)
        descr = deadframe.descr
        if isinstance(descr, FinishDescr):
            return self.finish_from_compiled(deadframe, descr)
        self.busy = True
        try:
            assert isinstance(descr, ResumeGuardDescr)
            self.stats.guard_failures += 1
            JITLOG.count(GUARD_FAILURE)
            descr.fail_count += 1
            if descr.fail_count == 1000 and descr.bridge is None and self.log_enabled:
                self.log_guard_without_bridge(descr, deadframe.exc_value)
            mi = self.new_metainterp()
            if (descr.fail_count >= self.trace_eagerness and descr.bridge is None
                    and descr.bridge_attempts < 3 and not deadframe.exc_value):
                descr.bridge_attempts += 1
                return self.trace_bridge(mi, descr, deadframe, driver_index)
            self.resume(mi, descr, deadframe, False, None)
            self.stats.blackholes += 1
            JITLOG.count(BLACKHOLE)
            if self.debug_steps:
                mi.debug_steps = self.debug_steps
            stop = self.run_blackhole(mi)
            return self.finish_run(mi, stop, None)
        finally:
            self.busy = False

    def log_guard_without_bridge(self, descr: ResumeGuardDescr, raised: bool) -> None:
        """KITLOG: a guard failed a thousand times and still runs the blackhole interpreter."""
        token = descr.loop_token
        number = token.number if isinstance(token, JitCellToken) else -1
        if raised:
            why = "it fails when a call raised (no bridges from there)"
        elif descr.bridge_attempts >= 3:
            why = "three attempts at its bridge failed"
        else:
            why = "its bridge is being made"
        _log("jit: guard %d of loop %d failed 1000 times without a bridge: %s" % (descr.guard_index, number, why))

    def finish_from_compiled(self, deadframe: object, descr: FinishDescr) -> int:
        if descr.result_kind == INT:
            EXCHANGE_I[0] = deadframe.values_i[0]
        elif descr.result_kind == REF:
            EXCHANGE_R[0] = deadframe.values_r[0]
        elif descr.result_kind == FLOAT:
            EXCHANGE_F[0] = deadframe.values_f[0]
        return STATUS_RETURN

    def trace_bridge(self, mi: MetaInterp, descr: ResumeGuardDescr, deadframe: object, driver_index: int) -> int:
        inputargs: list[AbstractValue] = []
        mi.history = []
        self.resume(mi, descr, deadframe, True, inputargs)
        if self.debug_steps:
            mi.debug_steps = self.debug_steps
        mi.closing = True
        mi.merge_points_seen = 1
        # the metainterp compares the greens of every merge point with the start's: a bridge has
        # no start, give it greens of the right kinds (either stop below ends the bridge alike)
        gk = self.jitdata.drivers[driver_index].green_kinds
        mi.start_greens_i = [0] * _count(gk, INT)
        mi.start_greens_r = [lltype.nullptr(GCREF)] * _count(gk, REF)
        mi.start_greens_f = [0.0] * _count(gk, FLOAT)
        stop = self._run_tracing(mi)
        history = mi.history
        while (stop == STOP_MERGE_POINT or stop == STOP_LOOP_CLOSED) and history is not None:
            _export(mi.stop_greens_i, mi.stop_greens_r, mi.stop_greens_f, 0, 0, 0)
            cell = self.get_cell(driver_index, _count(gk, INT), _count(gk, REF), _count(gk, FLOAT))
            token = cell.token
            jump_args: list[AbstractValue] = []
            jump_args.extend(mi.stop_reds_i)
            jump_args.extend(mi.stop_reds_r)
            jump_args.extend(mi.stop_reds_f)
            if token is not None and not token.invalidated and token.target_tokens:
                if not self.vable_fits(mi, driver_index, token.vable_lengths, jump_args):
                    # the loop expects its virtualizable in another shape: no bridge
                    mi.history = None
                    return self.export_merge_point(mi)
                if self.optimizer_enabled and len(mi.framestack) == 1:
                    # resume data at the loop header: guards the optimizer adds to enter the
                    # loop's peeled body resume there
                    mi.generate_guard(rop.GUARD_FUTURE_CONDITION, [], mi.framestack[0].pc)
                ops = list(history)
                ops.append(ResOperation(rop.JUMP, jump_args, None, token.target_tokens[0]))
                self.compile_bridge(descr, Trace(inputargs, ops), token)
                mi.history = None
                return self.export_merge_point(mi)
            # a merge point without compiled code (not a loop header): trace on through it
            frame = mi.framestack[-1]
            frame.pc += instruction_length(frame.jitcode.code, frame.pc)
            stop = self._run_tracing(mi)
            history = mi.history
        if stop == STOP_RETURN and history is not None:
            # the portal returned: its frame's fields go back to the heap
            mi.vable_sync_all()
            ops = list(history)
            args: list[AbstractValue] = []
            box = mi.result_box
            if box is not None:
                args.append(box)
            ops.append(ResOperation(rop.FINISH, args, None, FinishDescr(mi.result_kind)))
            self.compile_bridge(descr, Trace(inputargs, ops), None)
            mi.history = None
            return self.export_return(mi)
        mi.history = None
        if stop == 0:
            stop = self.run_blackhole(mi)
        return self.finish_run(mi, stop, None)

    # ---- resuming at a failed guard --------------------------------------------------------------

    def resume(self, mi: MetaInterp, descr: ResumeGuardDescr, deadframe: object, tracing: bool,
               inputargs: list[AbstractValue] | None) -> None:
        """Rebuild the interpreter frames the guard describes (in the metainterp)."""
        kinds = descr.failarg_kinds
        failboxes: list[AbstractValue] = []
        for k in range(len(kinds)):
            kind = kinds[k]
            if kind == INT:
                box: AbstractValue = BoxInt(deadframe.values_i[k])
            elif kind == REF:
                box = BoxPtr(deadframe.values_r[k])
            else:
                box = BoxFloat(deadframe.values_f[k])
            failboxes.append(box)
            if inputargs is not None:
                inputargs.append(box)
        reader = ResumeReader(mi, descr, failboxes)
        if self.debug_steps:
            _debug_resume(descr, kinds)
        for snapshot in descr.frames:
            frame = mi.push_frame(self.jitdata.jitcodes[snapshot.jitcode_index])
            frame.pc = snapshot.pc
            frame.portal_greens = snapshot.portal_greens
            _restore(reader, snapshot.regs_i, frame.regs_i)
            _restore(reader, snapshot.regs_r, frame.regs_r)
            _restore(reader, snapshot.regs_f, frame.regs_f)
        if len(descr.vable_nums) > 0:
            self.resume_virtualizable(mi, descr, reader, tracing, mi.framestack[-1].pc)
        if descr.resume_with_exception and deadframe.exc_value:
            exc = deadframe.exc_value
            mi.exc_value = ConstPtr(exc)
            mi.exc_class = self.cpu.bh_classof(exc, self.jitdata.typeptr_descr)
            top = mi.framestack[-1]
            stop = mi.dispatch_exception(top, top.pc)
            if stop != 0:
                mi.pending_stop = stop


    def resume_virtualizable(self, mi: MetaInterp, descr: ResumeGuardDescr, reader: ResumeReader,
                             tracing: bool, pc: int) -> None:
        """Put the virtualizable's fields the guard carries back into the frame; when tracing a
        bridge, they are its boxes again."""
        vinfo = self.jitdata.drivers[0].vinfo
        assert vinfo is not None
        frame_box = reader.decode(descr.rd_numb[descr.vable_nums[0]])
        state = VableState(vinfo, frame_box)
        in_heap = descr.vable_in_heap
        # (-1: a field or item that was in the heap, not read yet, at the guard)
        boxes: list[AbstractValue | None] = []
        for k in range(1, len(descr.vable_nums)):
            num = descr.vable_nums[k]
            boxes.append(reader.decode(descr.rd_numb[num]) if num >= 0 else None)
        state.load_flat(boxes, descr.vable_lengths, in_heap)
        state.write_to_heap(self.cpu, in_heap)
        if tracing:
            # (a bridge does not write the boxes to the heap: only the parts read there are known
            # to be there)
            mi.vable = state
            if in_heap != 0:
                mi.vable_read_from_heap(state, pc, in_heap)

    def vable_fits(self, mi: MetaInterp, driver_index: int, lengths: list[int],
                   jump_args: list[AbstractValue]) -> bool:
        """At a jump to a loop: append the virtualizable's boxes to JUMP_ARGS; False if they do not
        have the shape the loop was compiled for (or the frame is another one)."""
        vinfo = self.jitdata.drivers[driver_index].vinfo
        if vinfo is None:
            return True
        vable = mi.vable
        if vable is None:
            return False
        red = mi.stop_reds_r[vinfo.red_index]
        if red.getref() != vable.frame.getref():
            return False
        current = vable.lengths()
        if len(current) != len(lengths):
            return False
        for k in range(len(current)):
            if current[k] != lengths[k]:
                return False
        mi.vable_load_all()
        for box in vable.flatten():
            assert box is not None
            jump_args.append(box)
        return True


class ResumeReader:
    """Decodes tagged numbers into boxes; builds the objects the optimizer kept virtual."""

    def __init__(self, mi: MetaInterp, descr: ResumeGuardDescr, failboxes: list[AbstractValue]) -> None:
        self.mi = mi
        self.descr = descr
        self.failboxes = failboxes
        virtuals = descr.rd_virtuals
        n = 0 if virtuals is None else len(virtuals)
        self.virtuals: list[AbstractValue | None] = [None] * n

    def decode(self, tagged: int) -> AbstractValue:
        index, tagkind = untag(tagged)
        if tagkind == TAG_BOX:
            return self.failboxes[index]
        if tagkind == TAG_CONST:
            return self.descr.rd_consts[index]
        if tagkind == TAG_VIRTUAL:
            return self.materialize(index)
        raise JitInternalError("unused value in resume data")

    def materialize(self, index: int) -> AbstractValue:
        existing = self.virtuals[index]
        if existing is not None:
            return existing
        virtuals = self.descr.rd_virtuals
        assert virtuals is not None
        info = virtuals[index]
        cpu = self.mi.cpu
        if info.kind == VIRTUAL_ARRAY or info.kind == VIRTUAL_VARSTRUCT:
            # fieldnums: the fixed fields' values (a var-sized struct's), then the items
            descr = info.descr
            nfields = len(info.fielddescrs)
            length = len(info.fieldnums) - nfields
            ref = cpu.bh_new_array(length, descr)
            box = BoxPtr(ref)
            self.virtuals[index] = box
            self.mi.record(rop.NEW_ARRAY, [ConstInt(length)], box, descr)
            for k in range(nfields):
                _setfield(self.mi, box, self.decode(info.fieldnums[k]), info.fielddescrs[k])
            for k in range(length):
                value = self.decode(info.fieldnums[nfields + k])
                _setarrayitem(self.mi, box, k, value, descr)
            return box
        descr = info.descr
        ref = cpu.bh_new(descr)
        box = BoxPtr(ref)
        self.virtuals[index] = box
        self.mi.record(rop.NEW, [], box, descr)
        for k in range(len(info.fielddescrs)):
            value = self.decode(info.fieldnums[k])
            _setfield(self.mi, box, value, info.fielddescrs[k])
        return box


def _setfield(mi: MetaInterp, box: AbstractValue, value: AbstractValue, descr: object) -> None:
    ref = box.getref()
    if value.type == INT:
        mi.cpu.bh_setfield_i(ref, value.getint(), descr)
    elif value.type == REF:
        mi.cpu.bh_setfield_r(ref, value.getref(), descr)
    else:
        mi.cpu.bh_setfield_f(ref, value.getfloat(), descr)
    mi.record(rop.SETFIELD, [box, value], None, descr)


def _setarrayitem(mi: MetaInterp, box: AbstractValue, index: int, value: AbstractValue, descr: object) -> None:
    ref = box.getref()
    if value.type == INT:
        mi.cpu.bh_setarrayitem_i(ref, index, value.getint(), descr)
    elif value.type == REF:
        mi.cpu.bh_setarrayitem_r(ref, index, value.getref(), descr)
    else:
        mi.cpu.bh_setarrayitem_f(ref, index, value.getfloat(), descr)
    mi.record(rop.SETARRAYITEM, [box, ConstInt(index), value], None, descr)


def _restore(reader: ResumeReader, pairs: list[int], regs: list[AbstractValue | None]) -> None:
    for k in range(0, len(pairs), 2):
        regs[pairs[k]] = reader.decode(reader.descr.rd_numb[pairs[k + 1]])


def _count(kinds: str, kind: str) -> int:
    n = 0
    for c in kinds:
        if c == kind:
            n += 1
    return n


def _fill_regs(code: list[int], pos: int, regs: list[AbstractValue | None], kind: str, first: int,
               constant: bool, inputargs: list[AbstractValue] | None = None) -> int:
    """Load exchange values first..first+n-1 of a kind into the registers listed at code[pos]."""
    n = code[pos]
    for k in range(n):
        reg = code[pos + 1 + k]
        i = first + k
        if kind == INT:
            box: AbstractValue = ConstInt(EXCHANGE_I[i]) if constant else BoxInt(EXCHANGE_I[i])
        elif kind == REF:
            box = ConstPtr(EXCHANGE_R[i]) if constant else BoxPtr(EXCHANGE_R[i])
        else:
            box = ConstFloat(EXCHANGE_F[i]) if constant else BoxFloat(EXCHANGE_F[i])
        if reg < len(regs):
            regs[reg] = box
        if inputargs is not None:
            inputargs.append(box)
    return pos + 1 + n


def _export(boxes_i: list[AbstractValue], boxes_r: list[AbstractValue], boxes_f: list[AbstractValue],
            at_i: int, at_r: int, at_f: int) -> None:
    for k in range(len(boxes_i)):
        EXCHANGE_I[at_i + k] = boxes_i[k].getint()
    for k in range(len(boxes_r)):
        EXCHANGE_R[at_r + k] = boxes_r[k].getref()
    for k in range(len(boxes_f)):
        EXCHANGE_F[at_f + k] = boxes_f[k].getfloat()


class LogTarget:
    """Where KITLOG=jit writes (standard error unless KITLOG=jit:FILE)."""

    def __init__(self) -> None:
        self.fd = 2


JIT_LOG = LogTarget()


def _log(text: str) -> None:
    import os
    os.write(JIT_LOG.fd, (text + "\n").encode())


def _debug_resume(descr: ResumeGuardDescr, kinds: str) -> None:
    import os
    lines = ["resume: failarg kinds %s" % kinds]
    for snapshot in descr.frames:
        tags = []
        for k in range(0, len(snapshot.regs_r), 2):
            index, kind = untag(descr.rd_numb[snapshot.regs_r[k + 1]])
            tags.append("r%d=%s%d" % (snapshot.regs_r[k], "bcvn"[kind], index))
        lines.append("  frame jitcode %d pc %d: %s" % (snapshot.jitcode_index, snapshot.pc, " ".join(tags)))
    os.write(2, ("\n".join(lines) + "\n").encode())
