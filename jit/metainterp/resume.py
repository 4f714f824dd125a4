"""Resume data: what a guard needs to rebuild the interpreter's state when it fails.

When the metainterp records a guard it snapshots its frames: for each frame (outermost first) the
jitcode, the position to resume at and the registers that are live there.  Every register value is
a *tagged number*, an int that says where the value comes from:

    TAG_BOX      index into the guard's failargs (the values the compiled code saves on failure)
    TAG_CONST    index into the descr's rd_consts
    TAG_VIRTUAL  index into the descr's rd_virtuals (an object the optimizer did not allocate;
                 it is built from its fields' tagged numbers before resuming)
    TAG_NONE     the register holds nothing that matters

The metainterp numbers registers against the failargs it recorded (all TAG_BOX, in rd_numb); the
optimizer rewrites rd_numb, rd_consts, rd_virtuals and the guard's failargs together, so the
backend only ever saves real boxes.
"""

from __future__ import annotations

from jit.metainterp.history import AbstractDescr, Const

TAG_BOX = 0
TAG_CONST = 1
TAG_VIRTUAL = 2
TAG_NONE = 3
UNUSED = TAG_NONE       # tag(0, TAG_NONE)


def tag(index: int, kind: int) -> int:
    return (index << 2) | kind


def untag(tagged: int) -> tuple[int, int]:
    return tagged >> 2, tagged & 3


class FrameSnapshot:
    """One interpreter frame at a guard: resume `jitcode` at `pc`; the live registers of each kind
    are listed by register number with the tagged number of their value (rd_numb positions)."""

    def __init__(self, jitcode_index: int, pc: int, regs_i: list[int], regs_r: list[int],
                 regs_f: list[int], portal_greens: list | None = None) -> None:
        self.jitcode_index = jitcode_index
        self.pc = pc
        # (register number, position in rd_numb) pairs flattened: [reg0, pos0, reg1, pos1, ...]
        self.regs_i = regs_i
        self.regs_r = regs_r
        self.regs_f = regs_f
        # an inlined call of the user's function: the greens it was entered with (pyjitpl.MIFrame)
        self.portal_greens = portal_greens


VIRTUAL_STRUCT = 0       # a struct without a class pointer (SizeDescr)
VIRTUAL_INSTANCE = 1     # an instance of a class (SizeDescr with a vtable)
VIRTUAL_ARRAY = 2        # a GC array (ArrayDescr); fieldnums are its items
VIRTUAL_VARSTRUCT = 3    # a var-sized struct whose inlined array is the items (strings)


class VirtualInfo:
    """An object the optimized code never allocated: rebuilt from these fields on guard failure."""

    def __init__(self, kind: int, descr: AbstractDescr, fielddescrs: list[AbstractDescr],
                 fieldnums: list[int]) -> None:
        self.kind = kind
        self.descr = descr                  # SizeDescr (structs, instances) or ArrayDescr (arrays)
        self.fielddescrs = fielddescrs      # structs: the fields set (arrays: empty)
        self.fieldnums = fieldnums          # tagged numbers of the field values / array items


class ResumeGuardDescr(AbstractDescr):
    """A guard's identity and resume data; also counts failures (for bridges) and holds the bridge
    once one is compiled."""

    def __init__(self, frames: list[FrameSnapshot], rd_numb: list[int]) -> None:
        self.frames = frames
        self.rd_numb = rd_numb                      # per value position: where the value comes from
        self.rd_consts: list[Const] = []
        self.rd_virtuals: list[VirtualInfo] | None = None
        self.fail_count = 0
        self.bridge_compiled = False
        self.guard_index = -1                       # set by the backend (the guard's exit slot)
        self.loop_token: AbstractDescr | None = None
        # the guard follows a call: when it fails, the call raised and the interpreter resumes
        # with that exception pending
        self.resume_with_exception = False
        self.bridge: object = None                  # the backend's compiled bridge, once there is one
        self.bridge_attempts = 0
        self.failarg_kinds = ""                     # i/r/f per failarg (set when compiled)
        # the virtualizable frame (jit/metainterp/virtualizable.py): rd_numb positions of the
        # frame and of its fields in flat order, but for the parts (bits) in vable_in_heap, which
        # are in the heap already (a residual call may have written them); the arrays' lengths
        self.vable_nums: list[int] = []
        self.vable_lengths: list[int] = []
        self.vable_in_heap = 0
        # the guard checks a fact a bridge needs to enter a loop's peeled body (resuming at the
        # loop header): a bridge from it enters the loop at its start, or the same check would
        # be added again and fail again, bridge after bridge
        self.checks_peeled_entry = False

    def clone(self) -> ResumeGuardDescr:
        """A copy for a duplicated guard (loop peeling): same resume data, its own counters."""
        other = ResumeGuardDescr(self.frames, list(self.rd_numb))
        other.rd_consts = list(self.rd_consts)
        virtuals = self.rd_virtuals
        if virtuals is not None:
            other.rd_virtuals = list(virtuals)
        other.resume_with_exception = self.resume_with_exception
        other.vable_nums = self.vable_nums
        other.vable_lengths = self.vable_lengths
        other.vable_in_heap = self.vable_in_heap
        return other

    def repr_of_descr(self) -> str:
        return "<Guard %d>" % self.guard_index


def identity_numbering(n: int) -> list[int]:
    """The numbering of a freshly recorded guard: value position k is failargs[k]."""
    return [tag(k, TAG_BOX) for k in range(n)]
