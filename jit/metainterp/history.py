"""The values of traces: constants and boxes (a box is a value computed at run time; while tracing
it also holds the concrete value seen), and the Trace a loop or bridge is recorded into.

Three kinds, as in the jitcodes' registers: INT (machine words, also bools and characters), REF
(GC pointers, as GCREF) and FLOAT.
"""

from __future__ import annotations

import math

from kit.rtyper import lltype

INT = "i"
REF = "r"
FLOAT = "f"
VOID = "v"


class AbstractDescr:
    """What an operation needs to know besides its arguments: a field, an array, a call's
    signature, a guard's resume data, a loop's entry."""

    def repr_of_descr(self) -> str:
        return "descr"


class AbstractValue:
    type = VOID

    def getint(self) -> int:
        raise NotImplementedError

    def getref(self) -> lltype.GCREF:
        raise NotImplementedError

    def getfloat(self) -> float:
        raise NotImplementedError

    def is_constant(self) -> bool:
        return False

    def constbox(self) -> Const:
        raise NotImplementedError

    def clonebox(self) -> Box:
        raise NotImplementedError

    def same_constant(self, other: AbstractValue) -> bool:
        return False


# ---- constants -------------------------------------------------------------------------------------

class Const(AbstractValue):
    def is_constant(self) -> bool:
        return True

    def constbox(self) -> Const:
        return self


class ConstInt(Const):
    type = INT
    _immutable_fields_ = ["intvalue"]

    def __init__(self, value: int) -> None:
        self.intvalue = value

    def getint(self) -> int:
        return self.intvalue

    def clonebox(self) -> Box:
        return BoxInt(self.intvalue)

    def same_constant(self, other: AbstractValue) -> bool:
        return isinstance(other, ConstInt) and other.intvalue == self.intvalue


class ConstPtr(Const):
    type = REF
    _immutable_fields_ = ["refvalue"]

    def __init__(self, value: lltype.GCREF) -> None:
        self.refvalue = value

    def getref(self) -> lltype.GCREF:
        return self.refvalue

    def clonebox(self) -> Box:
        return BoxPtr(self.refvalue)

    def same_constant(self, other: AbstractValue) -> bool:
        return isinstance(other, ConstPtr) and other.refvalue == self.refvalue

    def is_null(self) -> bool:
        return not self.refvalue


class ConstFloat(Const):
    type = FLOAT
    _immutable_fields_ = ["floatvalue"]

    def __init__(self, value: float) -> None:
        self.floatvalue = value

    def getfloat(self) -> float:
        return self.floatvalue

    def clonebox(self) -> Box:
        return BoxFloat(self.floatvalue)

    def same_constant(self, other: AbstractValue) -> bool:
        # bit equality: 0.0 and -0.0 differ, and a NaN equals itself
        if not isinstance(other, ConstFloat):
            return False
        a, b = self.floatvalue, other.floatvalue
        if a != a:
            return b != b
        return a == b and (a != 0.0 or _sign_bit(a) == _sign_bit(b))


def _sign_bit(x: float) -> bool:
    # (not 1.0 / x for zeros: translated, a float division by zero raises ZeroDivisionError)
    return math.copysign(1.0, x) < 0.0


CONST_FALSE = ConstInt(0)
CONST_TRUE = ConstInt(1)


# ---- boxes -----------------------------------------------------------------------------------------

class Box(AbstractValue):
    pass


class BoxInt(Box):
    type = INT

    def __init__(self, value: int = 0) -> None:
        self.intvalue = value

    def getint(self) -> int:
        return self.intvalue

    def constbox(self) -> Const:
        return ConstInt(self.intvalue)

    def clonebox(self) -> Box:
        return BoxInt(self.intvalue)


class BoxPtr(Box):
    type = REF

    def __init__(self, value: lltype.GCREF = lltype.nullptr(lltype.GCREF)) -> None:
        self.refvalue = value

    def getref(self) -> lltype.GCREF:
        return self.refvalue

    def constbox(self) -> Const:
        return ConstPtr(self.refvalue)

    def clonebox(self) -> Box:
        return BoxPtr(self.refvalue)


class BoxFloat(Box):
    type = FLOAT

    def __init__(self, value: float = 0.0) -> None:
        self.floatvalue = value

    def getfloat(self) -> float:
        return self.floatvalue

    def constbox(self) -> Const:
        return ConstFloat(self.floatvalue)

    def clonebox(self) -> Box:
        return BoxFloat(self.floatvalue)


def new_box(kind: str) -> Box:
    if kind == INT:
        return BoxInt()
    if kind == REF:
        return BoxPtr()
    assert kind == FLOAT
    return BoxFloat()


# ---- traces ----------------------------------------------------------------------------------------

class Trace:
    """A loop or a bridge: its input boxes and its operations (the last is a jump or a finish)."""

    def __init__(self, inputargs: list[AbstractValue], operations: list | None = None) -> None:
        self.inputargs = inputargs
        self.operations = operations if operations is not None else []
        # the optimizer's remark for the log (e.g. why a bridge could not enter a peeled body)
        self.note = ""

    def record(self, op: object) -> None:
        self.operations.append(op)


class DebugLocation(AbstractDescr):
    """The descr of a debug_merge_point: where in the user's program an iteration of the
    interpreter starts (the driver's get_printable_location of the greens)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def repr_of_descr(self) -> str:
        return "<Loc %s>" % self.text


# ---- loop tokens -----------------------------------------------------------------------------------

class TargetToken(AbstractDescr):
    """A label that jumps may target: a loop's start, or the loop after its peeled preamble."""

    def __init__(self, number: int = 0) -> None:
        self.number = number
        self.address = 0              # set by the backend: where the label's code is
        # set by the optimizer (jit/optimizer/unroll.py) on the label of a peeled loop's body: what a
        # jump must pass there (jit/optimizer/virtualstate.py VirtualState); None: plain arguments
        self.virtual_state = None
        self.label_arity = -1         # the number of the label's arguments, once known

    def repr_of_descr(self) -> str:
        return "<Target %d>" % self.number


class JitCellToken(AbstractDescr):
    """Compiled code entered from the interpreter for one position (one set of greens): the loop's
    entry, its labels, and what the backend keeps about it."""

    def __init__(self, number: int = 0) -> None:
        self.number = number
        self.target_tokens: list[TargetToken] = []
        self.inputarg_kinds = ""      # one of i/r/f per input argument, in order
        # the virtualizable's array lengths the loop was compiled for (its fields are inputs too)
        self.vable_lengths: list[int] = []
        self.compiled = None          # the backend's object for the compiled code
        self.invalidated = False
        # a function-entry trace: its inputs are the reds alone (it reads the virtualizable's
        # fields from the heap), and nothing jumps into it
        self.is_entry = False

    def repr_of_descr(self) -> str:
        return "<Loop %d>" % self.number


class FinishDescr(AbstractDescr):
    """Why compiled code ends with `finish`: the interpreter's function returned (with a value of
    `result_kind`), or an exception escaped (result_kind 'e')."""

    def __init__(self, result_kind: str) -> None:
        self.result_kind = result_kind

    def repr_of_descr(self) -> str:
        return "<Finish %s>" % self.result_kind
