"""Jitcodes: the compact form of one low-level graph that the metainterp traces and the blackhole
interpreter runs, and the instruction set both read.

A jitcode is a list of ints.  Each instruction is its opcode then operands whose formats the
INSTRUCTIONS table gives:

    i r f    a register of that kind (numbers >= the kind's register count name constants)
    I R F    a list of registers: a count, then the numbers
    d        a descr (index into the JitData's descrs)
    c        a small integer given inline (an operation number, a class index, ...)
    L        a label: the absolute position to jump to
    j        a jitcode index
    >i >r >f the register that receives the result
"""

from __future__ import annotations

from kit.rtyper import lltype

# name -> operand formats, in order; the position in this list is the opcode
INSTRUCTIONS: list[tuple[str, str]] = [
    # pure operations on registers; c is the operation number from kit's operation table
    ("int_op", "c i i >i"),          # binary int operations and comparisons (also uint, char)
    ("int_op1", "c i >i"),           # unary int operations and int->int casts
    ("int_ovf", "c i i >i"),         # int_add_ovf & co: raises OverflowError (catch_exception may follow)
    ("ref_op", "c r r >i"),          # ptr_eq / ptr_ne
    ("ref_op1", "c r >i"),           # ptr_iszero / ptr_nonzero
    ("float_op", "c f f >f"),
    ("float_cmp", "c f f >i"),
    ("float_op1", "c f >f"),
    ("float_to_int", "c f >i"),      # cast_float_to_int, float_is_true, bits
    ("int_to_float", "c i >f"),
    ("int_copy", "i >i"),
    ("ref_copy", "r >r"),
    ("float_copy", "f >f"),
    # memory
    ("getfield_i", "r d >i"),
    ("getfield_r", "r d >r"),
    ("getfield_f", "r d >f"),
    ("setfield_i", "r i d"),
    ("setfield_r", "r r d"),
    ("setfield_f", "r f d"),
    ("getarrayitem_i", "r i d >i"),
    ("getarrayitem_r", "r i d >r"),
    ("getarrayitem_f", "r i d >f"),
    ("setarrayitem_i", "r i i d"),
    ("setarrayitem_r", "r i r d"),
    ("setarrayitem_f", "r i f d"),
    ("arraylen", "r d >i"),
    ("guard_class", "r >i"),         # obj.typeptr: the class becomes a constant of the trace
    ("getfield_raw_i", "i d >i"),    # fields of raw structs (vtables), address in a register
    ("getfield_raw_r", "i d >r"),
    ("getfield_raw_f", "i d >f"),
    ("new", "d >r"),
    ("new_array", "i d >r"),
    # calls: inline (traced into) or residual (called; d is the call descr, c the function index)
    ("inline_call_i", "j I R F >i"),
    ("inline_call_r", "j I R F >r"),
    ("inline_call_f", "j I R F >f"),
    ("inline_call_v", "j I R F"),
    ("residual_call_i", "c d I R F >i"),
    ("residual_call_r", "c d I R F >r"),
    ("residual_call_f", "c d I R F >f"),
    ("residual_call_v", "c d I R F"),
    ("indirect_call_i", "i d I R F >i"),   # function address in a register
    ("indirect_call_r", "i d I R F >r"),
    ("indirect_call_f", "i d I R F >f"),
    ("indirect_call_v", "i d I R F"),
    # control flow
    ("goto", "L"),
    ("goto_if_not", "i L"),
    ("catch_exception", "L"),        # after a raising instruction: where its exception goes
    ("goto_if_exception_mismatch", "c L"),   # c: class index (JitData.classes); mismatch -> L
    ("last_exception", ">i"),        # the caught exception's class (vtable address)
    ("last_exc_value", ">r"),
    ("reraise", ""),
    ("raise", "r"),
    ("int_return", "i"),
    ("ref_return", "r"),
    ("float_return", "f"),
    ("void_return", ""),
    # JIT hints
    ("jit_merge_point", "c I R F I R F"),   # driver index, greens (by kind), reds (by kind)
    ("loop_header", "c"),            # can_enter_jit
    ("int_guard_value", "i >i"),     # promote
    ("ref_guard_value", "r >r"),
    ("float_guard_value", "f >f"),
    ("int_isconstant", "i >i"),
    ("ref_isconstant", "r >i"),
    ("float_isconstant", "f >i"),
]

OPCODES: dict[str, int] = {name: i for i, (name, _) in enumerate(INSTRUCTIONS)}
FORMATS: list[str] = [fmt for _, fmt in INSTRUCTIONS]


class JitCode:
    """One graph as the metainterp sees it."""

    _immutable_fields_ = ["name", "code[*]", "consts_i[*]", "consts_r[*]", "consts_f[*]", "num_regs_i",
                          "num_regs_r", "num_regs_f", "index", "fnaddr", "calldescr", "arg_kinds"]

    def __init__(self, name: str) -> None:
        self.name = name
        self.code: list[int] = []
        self.consts_i: list[int] = []
        self.consts_r: list[lltype.GCREF] = []
        self.consts_f: list[float] = []
        self.num_regs_i = 0
        self.num_regs_r = 0
        self.num_regs_f = 0
        self.index = -1
        self.fnaddr = 0                 # the compiled function's address (for residual calls)
        self.calldescr = None           # its signature, for calling it residually
        self.arg_kinds = ""             # the kinds of its arguments, in order (i/r/f)

    def __repr__(self) -> str:
        return "<JitCode %s>" % self.name


class ClassInfo:
    """A class the jitcodes test exceptions against: its vtable address and its id range."""

    _immutable_ = True

    def __init__(self, name: str, vtable: int, id_min: int, id_max: int) -> None:
        self.name = name
        self.vtable = vtable
        self.id_min = id_min
        self.id_max = id_max
