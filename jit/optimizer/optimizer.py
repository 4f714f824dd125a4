"""The optimizer's core: the value of every box, the chain of passes each operation flows through
(intbounds -> rewrite -> virtualize -> pure -> heap -> emit), and the emitted operations.

A pass sees each operation once, in trace order; it may drop it (its result then is a value the
pass knows), replace it, or hand it on with `emit`.  The last link copies the operation with its
arguments replaced by what the optimizer knows (a constant, an earlier box) and, for guards,
rewrites the resume data (jit/optimizer/resumebuilder.py).
"""

from __future__ import annotations

from jit.metainterp.history import AbstractDescr, AbstractValue, Const, ConstInt, ConstPtr
from jit.metainterp.resoperation import IS_GUARD, ResOperation, rop
from jit.optimizer.errors import InvalidLoop
from jit.optimizer.options import OptOptions
from jit.optimizer.resumebuilder import ValueSource, finish_resume_data, guard_resume_descr
from jit.optimizer.values import ForceTarget, OptValue


class Optimization:
    """One pass.  `propagate_forward` receives each operation; the default hands it on."""

    def __init__(self) -> None:
        self.next: Optimization | None = None
        self.optimizer: Optimizer | None = None

    def opt(self) -> Optimizer:
        optimizer = self.optimizer
        assert optimizer is not None
        return optimizer

    def propagate_forward(self, op: ResOperation) -> None:
        self.emit(op)

    def emit(self, op: ResOperation) -> None:
        following = self.next
        assert following is not None
        following.propagate_forward(op)

    def getvalue(self, box: AbstractValue) -> OptValue:
        return self.opt().getvalue(box)


class EmitOperations(Optimization):
    """The end of the chain: what arrives here is emitted."""

    def propagate_forward(self, op: ResOperation) -> None:
        self.opt().emit_final(op)


class Optimizer(ValueSource, ForceTarget):
    """The state of one optimization run (a preamble, a loop body or a bridge)."""

    def __init__(self, options: OptOptions) -> None:
        from jit.optimizer.heap import OptHeap
        from jit.optimizer.intbounds import OptIntBounds
        from jit.optimizer.pure import OptPure
        from jit.optimizer.rewrite import OptRewrite
        from jit.optimizer.virtualize import OptVirtualize
        self.options = options
        self.values: dict[AbstractValue, OptValue] = {}
        self.ptr_constants: list[OptValue] = []          # one value per constant pointer seen
        self.newoperations: list[ResOperation] = []
        # an overflow-checking operation was removed or proved safe: drop its guard_no_overflow
        self.remove_next_guard_no_overflow = False
        # the guard_future_condition before the closing jump (resume data of the loop header)
        self.future_condition: ResOperation | None = None
        self.last_source: ResOperation | None = None     # the operation emit_final saw last
        self.intbounds: OptIntBounds | None = None
        self.rewrite: OptRewrite | None = None
        self.virtualize: OptVirtualize | None = None
        self.pure: OptPure | None = None
        self.heap: OptHeap | None = None
        passes: list[Optimization] = []
        if options.intbounds:
            self.intbounds = OptIntBounds()
            passes.append(self.intbounds)
        # the rewrite pass also turns the trace-only operations (call_pure, same_as, ...) into
        # what the backend implements, so it always runs; its optimizations obey the flag
        self.rewrite = OptRewrite(options.rewrite)
        passes.append(self.rewrite)
        first_after_virtualize = len(passes)
        if options.virtualize:
            self.virtualize = OptVirtualize(options.max_virtual_array)
            passes.append(self.virtualize)
            first_after_virtualize = len(passes)
        self.pure = OptPure(options.pure)
        passes.append(self.pure)
        if options.heap:
            self.heap = OptHeap()
            passes.append(self.heap)
        passes.append(EmitOperations())
        for i in range(len(passes)):
            passes[i].optimizer = self
            if i + 1 < len(passes):
                passes[i].next = passes[i + 1]
        self.passes = passes
        self.first = passes[0]
        self.after_virtualize = passes[first_after_virtualize]

    # ---- values ----

    def getvalue(self, box: AbstractValue) -> OptValue:
        if isinstance(box, Const):
            if isinstance(box, ConstPtr):
                return self.ptr_constant_value(box)
            return OptValue(box)
        value = self.values.get(box, None)
        if value is None:
            value = OptValue(box)
            self.values[box] = value
        return value

    def ptr_constant_value(self, const: ConstPtr) -> OptValue:
        """Equal pointer constants share one value, so facts about the object (cached fields)
        are found whichever constant box names it."""
        for value in self.ptr_constants:
            if value.get_constant().same_constant(const):
                return value
        value = OptValue(const)
        self.ptr_constants.append(value)
        return value

    def has_value(self, box: AbstractValue) -> bool:
        return box in self.values

    def make_equal_to(self, box: AbstractValue, value: OptValue) -> None:
        """BOX is VALUE from now on (its operation was not emitted)."""
        self.values[box] = value

    def make_constant(self, box: AbstractValue, const: Const) -> None:
        value = self.getvalue(box)
        if value.is_constant():
            if not value.get_constant().same_constant(const):
                raise InvalidLoop("a value is known to be two different constants")
            return
        value.make_constant(const)

    def args_as_recorded(self, op: ResOperation) -> bool:
        """Every argument of OP is a constant equal to the value it had when the trace was
        recorded: the recorded result (its box's value) is then the operation's result.  Copies
        of an operation in a peeled loop body keep the recorded values of the first iteration,
        which the body's constants may differ from."""
        for arg in op.args:
            if isinstance(arg, Const):
                continue
            value = self.getvalue(arg)
            if not value.is_constant() or not value.get_constant().same_constant(arg.constbox()):
                return False
        return True

    def note_field_write(self, struct: OptValue, descr: AbstractDescr | None, value: OptValue) -> None:
        """A store into STRUCT's field: a constant class pointer makes its class known."""
        typeptr = self.options.typeptr_descr
        if typeptr is not None and descr is typeptr and value.is_constant() and not struct.is_constant():
            struct.make_known_class(value.get_constant())

    def make_constant_int(self, box: AbstractValue, n: int) -> None:
        self.make_constant(box, ConstInt(n))

    # ---- the chain ----

    def send(self, op: ResOperation) -> None:
        """Run OP through every pass."""
        self.first.propagate_forward(op)

    def emit_forced(self, op: ResOperation) -> None:
        """An operation made while forcing a virtual: it skips the passes up to allocation removal."""
        self.after_virtualize.propagate_forward(op)

    def force_value(self, value: OptValue) -> AbstractValue:
        return value.force_box(self)

    def emit_final(self, op: ResOperation) -> None:
        if self.remove_next_guard_no_overflow and op.opnum != rop.SETFIELD:
            # (delayed field writes may come out between the operation and its guard)
            self.remove_next_guard_no_overflow = False
            if op.opnum == rop.GUARD_NO_OVERFLOW:
                return
            if op.opnum == rop.GUARD_OVERFLOW:
                raise InvalidLoop("guard_overflow after an operation that cannot overflow")
        args = [self.getvalue(arg).get_box() for arg in op.args]
        newop = ResOperation(op.opnum, args, op.result, op.descr)
        if IS_GUARD[op.opnum]:
            old_failargs = op.failargs
            if old_failargs is None:
                old_failargs = []
            descr = guard_resume_descr(op.descr, len(old_failargs))
            newop.descr = descr
            newop.failargs = finish_resume_data(self, descr, old_failargs)
        self.newoperations.append(newop)
        self.last_source = op

    def last_emitted(self) -> ResOperation | None:
        if len(self.newoperations) == 0:
            return None
        return self.newoperations[-1]

    def emitted_position(self, op: ResOperation) -> int:
        """Where OP (as passes saw it) was emitted, if it was the last operation emitted; else -1."""
        if self.last_source is op:
            return len(self.newoperations) - 1
        return -1
