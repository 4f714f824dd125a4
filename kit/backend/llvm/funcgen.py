"""One low-level graph -> one LLVM function: blocks become basic blocks, link arguments become
phi nodes, and each low-level operation becomes a few instructions.
"""

from __future__ import annotations

import re
from typing import Any

from kit.backend.llvm.database import Database, _quote, float_literal
from kit.backend.llvm.lltypes import array_part, field_index
from kit.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable
from kit.rtyper import layout, lltype

ICMP = {"lt": "slt", "le": "sle", "eq": "eq", "ne": "ne", "gt": "sgt", "ge": "sge"}
UCMP = {"lt": "ult", "le": "ule", "eq": "eq", "ne": "ne", "gt": "ugt", "ge": "uge"}
FCMP = {"lt": "olt", "le": "ole", "eq": "oeq", "ne": "une", "gt": "ogt", "ge": "oge"}
INT_BINARY = {"add": "add", "sub": "sub", "mul": "mul", "and": "and", "or": "or", "xor": "xor", "lshift": "shl",
              "rshift": "ashr", "floordiv": "sdiv", "mod": "srem"}
UINT_BINARY = dict(INT_BINARY, rshift="lshr", floordiv="udiv", mod="urem")
FLOAT_BINARY = {"add": "fadd", "sub": "fsub", "mul": "fmul", "truediv": "fdiv"}


class FunctionCodeGen:
    def __init__(self, module: Any, graph: FunctionGraph, name: str) -> None:
        self.module = module
        self.db: Database = module.db
        self.types = module.types
        self.graph = graph
        self.name = name
        self.lines: list[str] = []
        self.aliases: dict[Variable, str] = {}
        self.counter = 0
        # the LLVM label that ends each graph block (ops like overflow checks add labels)
        self.end_label: dict[Block, str] = {}
        self.edge_blocks: dict[Link, str] = {}

    # ---- helpers ---------------------------------------------------------------------------------

    def tmp(self) -> str:
        self.counter += 1
        return f"%t{self.counter}"

    def label(self, hint: str = "l") -> str:
        self.counter += 1
        return f"{hint}{self.counter}"

    def emit(self, text: str) -> None:
        self.lines.append("  " + text)

    def T(self, LT: lltype.LowLevelType) -> str:
        return self.types.value_type(LT)

    def v(self, value: Variable | Constant) -> str:
        if isinstance(value, Constant):
            return self.db.constant(value.concretetype, value.value)
        alias = self.aliases.get(value)
        if alias is not None:
            return alias
        return f"%v{value.id}"

    def typed(self, value: Variable | Constant) -> str:
        return f"{self.T(value.concretetype)} {self.v(value)}"

    def res(self, op: SpaceOperation) -> str:
        return f"%v{op.result.id}"

    def is_void(self, value: Variable | Constant) -> bool:
        return value.concretetype == lltype.Void or value.concretetype is None

    # ---- the function ----------------------------------------------------------------------------

    def generate(self, linkage: str = "internal") -> str:
        graph = self.graph
        args = [v for v in graph.startblock.inputargs if not self.is_void(v)]
        ret_T = graph.getreturnvar().concretetype
        ret = "void" if ret_T == lltype.Void or ret_T is None else self.T(ret_T)
        params = ", ".join(f"{self.T(v.concretetype)} %a{v.id}" for v in args)
        header = f"define {linkage} {ret} @{_quote(self.name)}({params}) {{"
        blocks = [b for b in graph.iterblocks() if not b.is_final]
        self.block_by_id = {b.id: b for b in blocks}
        # the start block may be a loop target: enter through a block that only jumps to it
        self.lines.append("entry:")
        self.emit(f"br label %b{graph.startblock.id}")
        self.end_label[_ENTRY] = "entry"
        self.plan_edges(blocks)
        self.plan_aliases(blocks)
        for block in blocks:
            self.gen_block(block)
        if graph.returnblock in self.module.links_into:
            self.lines.append(self.finish_return())
        body = "\n".join(self.lines)
        # phis name their predecessors by the label that ends each block, known only now
        body = re.sub(r"%__end__(\d+)", lambda m: "%" + self.end_label[self.block_by_id[int(m.group(1))]], body)
        return f"{header}\n{body}\n}}\n"

    ALIAS_OPS = {"same_as": 0, "cast_pointer": 1, "cast_opaque_ptr": 1, "cast_ptr_to_adr": 0,
                 "cast_adr_to_ptr": 1, "jit_promote": 0, "jit_promote_string": 0, "cast_int_to_uint": 0,
                 "cast_uint_to_int": 0}

    def plan_aliases(self, blocks: list[Block]) -> None:
        """Operations that only rename a value are not emitted: their result is the argument.
        Resolved before code generation, since a phi may name a value defined in a later block."""
        pending = []
        for block in blocks:
            for op in block.operations:
                index = self.ALIAS_OPS.get(op.opname)
                if index is not None and not self.is_void(op.result):
                    pending.append((op.result, op.args[index]))
                elif op.opname in ("jit_we_are_jitted", "jit_is_virtual", "jit_isconstant"):
                    self.aliases[op.result] = "false"
        changed = True
        while changed:
            changed = False
            for result, source in pending:
                if result in self.aliases:
                    continue
                if isinstance(source, Variable) and any(r is source for r, _ in pending) and source not in self.aliases:
                    continue  # its source is itself an alias not resolved yet
                self.aliases[result] = self.v(source)
                changed = True

    def plan_edges(self, blocks: list[Block]) -> None:
        """Links that need their own basic block: two links of one block to the same target."""
        for block in blocks:
            seen: dict[Block, int] = {}
            for link in block.exits:
                seen[link.target] = seen.get(link.target, 0) + 1
            for link in block.exits:
                if seen[link.target] > 1:
                    self.edge_blocks[link] = self.label("edge")

    def gen_block(self, block: Block) -> None:
        self.lines.append(f"b{block.id}:")
        self.gen_phis(block)
        self.current_label = f"b{block.id}"
        for op in block.operations:
            self.gen_op(op)
        self.end_label[block] = self.current_label
        self.gen_exits(block)

    def incoming(self, block: Block) -> list[tuple[Link, str]]:
        result = []
        if block is self.graph.startblock:
            result.append((None, "entry"))
        for link in self.module.links_into.get(block, ()):
            if link.prevblock is None or link.prevblock.is_final:
                continue
            label = self.edge_blocks.get(link) or f"__end__{link.prevblock.id}"
            result.append((link, label))
        return result

    def gen_phis(self, block: Block) -> None:
        incoming = self.incoming(block)
        for i, v in enumerate(block.inputargs):
            if self.is_void(v):
                continue
            parts = []
            for link, label in incoming:
                if link is None:
                    value = f"%a{v.id}"
                else:
                    value = self.v_in(link, link.args[i])
                parts.append(f"[ {value}, %{label} ]")
            self.emit(f"%v{v.id} = phi {self.T(v.concretetype)} " + ", ".join(parts))

    def v_in(self, link: Link, value: Variable | Constant) -> str:
        # the operand text is the same in the source block (SSA names are global to the function)
        return self.v(value)

    def gen_exits(self, block: Block) -> None:
        exits = block.exits
        if not exits:
            self.emit("unreachable")
            return
        targets = [self.exit_target(link) for link in exits]
        if block.exitswitch is None:
            self.emit(f"br label %{targets[0]}")
        else:
            assert len(exits) == 2, f"{block}: a boolean switch needs two exits"
            cond = self.v(block.exitswitch)
            false_t, true_t = (targets[0], targets[1]) if exits[0].exitcase is False else (targets[1], targets[0])
            self.emit(f"br i1 {cond}, label %{true_t}, label %{false_t}")
        for link in exits:
            edge = self.edge_blocks.get(link)
            if edge is not None:
                self.lines.append(f"{edge}:")
                self.emit(f"br label %{self.block_label(link.target)}")

    def exit_target(self, link: Link) -> str:
        edge = self.edge_blocks.get(link)
        if edge is not None:
            return edge
        return self.block_label(link.target)

    def block_label(self, block: Block) -> str:
        if block is self.graph.returnblock:
            return "return"
        return f"b{block.id}"

    def finish_return(self) -> str:
        """The shared return block (with its phi) appended after all graph blocks."""
        graph = self.graph
        v = graph.getreturnvar()
        lines = ["return:"]
        if self.is_void(v):
            lines.append("  ret void")
            return "\n".join(lines)
        parts = []
        for link in self.module.links_into.get(graph.returnblock, ()):
            label = self.edge_blocks.get(link) or self.end_label.get(link.prevblock)
            if label is None:
                continue
            parts.append(f"[ {self.v(link.args[0])}, %{label} ]")
        lines.append(f"  %ret = phi {self.T(v.concretetype)} " + ", ".join(parts))
        lines.append(f"  ret {self.T(v.concretetype)} %ret")
        return "\n".join(lines)

    # ---- operations ------------------------------------------------------------------------------

    def gen_op(self, op: SpaceOperation) -> None:
        name = op.opname
        method = getattr(self, "op_" + name, None)
        if method is not None:
            method(op)
            return
        prefix, _, rest = name.partition("_")
        if prefix in ("int", "uint") and rest in INT_BINARY:
            table = UINT_BINARY if prefix == "uint" else INT_BINARY
            a, b = op.args
            self.emit(f"{self.res(op)} = {table[rest]} i64 {self.v(a)}, {self.v(b)}")
            return
        if prefix in ("int", "uint") and rest in ICMP:
            cmp = (UCMP if prefix == "uint" else ICMP)[rest]
            a, b = op.args
            self.emit(f"{self.res(op)} = icmp {cmp} {self.typed(a)}, {self.v(b)}")
            return
        if prefix == "float" and rest in FLOAT_BINARY:
            a, b = op.args
            self.emit(f"{self.res(op)} = {FLOAT_BINARY[rest]} double {self.v(a)}, {self.v(b)}")
            return
        if prefix == "float" and rest in FCMP:
            a, b = op.args
            self.emit(f"{self.res(op)} = fcmp {FCMP[rest]} double {self.v(a)}, {self.v(b)}")
            return
        if prefix in ("char", "unichar", "adr") and rest in UCMP:
            a, b = op.args
            self.emit(f"{self.res(op)} = icmp {UCMP[rest]} {self.typed(a)}, {self.v(b)}")
            return
        raise NotImplementedError(f"the LLVM backend does not know the operation {name}")

    def _nop(self, op: SpaceOperation) -> None:
        pass

    # renaming operations: resolved by plan_aliases
    op_same_as = _nop
    op_cast_opaque_ptr = _nop
    op_cast_pointer = _nop
    op_cast_ptr_to_adr = _nop
    op_cast_adr_to_ptr = _nop
    op_jit_promote = _nop
    op_cast_int_to_uint = _nop
    op_cast_uint_to_int = _nop

    op_keepalive = _nop
    # a collector that needs barriers lowers this op in its GC transform; for the others it stays
    op_gc_write_barrier = _nop
    op_jit_marker = _nop
    op_jit_promote_string = _nop
    op_jit_isconstant = _nop
    op_jit_assert_green = _nop
    op_jit_set_param = _nop      # the JIT's parameters exist only in JIT builds
    op_jit_set_user_param = _nop
    op_jit_record_known_class = _nop
    op_debug_print = _nop

    op_jit_we_are_jitted = _nop
    op_jit_is_virtual = _nop

    # integers
    def op_int_neg(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = sub i64 0, {self.v(op.args[0])}")

    def op_int_invert(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = xor i64 {self.v(op.args[0])}, -1")

    op_uint_invert = op_int_invert

    def op_int_abs(self, op: SpaceOperation) -> None:
        t = self.tmp()
        n = self.tmp()
        self.emit(f"{t} = icmp slt i64 {self.v(op.args[0])}, 0")
        self.emit(f"{n} = sub i64 0, {self.v(op.args[0])}")
        self.emit(f"{self.res(op)} = select i1 {t}, i64 {n}, i64 {self.v(op.args[0])}")

    def op_int_is_true(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = icmp ne i64 {self.v(op.args[0])}, 0")

    op_uint_is_true = op_int_is_true

    def op_int_between(self, op: SpaceOperation) -> None:
        a, b, c = (self.v(x) for x in op.args)
        t1, t2 = self.tmp(), self.tmp()
        self.emit(f"{t1} = icmp sle i64 {a}, {b}")
        self.emit(f"{t2} = icmp slt i64 {b}, {c}")
        self.emit(f"{self.res(op)} = and i1 {t1}, {t2}")

    def op_bool_not(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = xor i1 {self.v(op.args[0])}, true")

    def _ovf(self, op: SpaceOperation, intrinsic: str, a: str, b: str) -> None:
        pair = self.tmp()
        flag = self.tmp()
        self.module.need_intrinsic(f"declare {{i64, i1}} @llvm.{intrinsic}.with.overflow.i64(i64, i64)")
        self.emit(f"{pair} = call {{i64, i1}} @llvm.{intrinsic}.with.overflow.i64(i64 {a}, i64 {b})")
        self.emit(f"{self.res(op)} = extractvalue {{i64, i1}} {pair}, 0")
        self.emit(f"{flag} = extractvalue {{i64, i1}} {pair}, 1")
        self.raise_if(flag, OverflowError)

    def raise_if(self, flag: str, exc_class: type) -> None:
        """Set the exception state to a prebuilt instance of exc_class when `flag` is true."""
        yes, cont = self.label("raise"), self.label("cont")
        self.emit(f"br i1 {flag}, label %{yes}, label %{cont}")
        self.lines.append(f"{yes}:")
        etype, evalue = self.module.prebuilt_exception(exc_class)
        self.emit(f"store ptr {etype}, ptr @kit_exc_type")
        self.emit(f"store ptr {evalue}, ptr @kit_exc_value")
        self.emit(f"br label %{cont}")
        self.lines.append(f"{cont}:")
        self.current_label = cont

    def op_int_add_ovf(self, op: SpaceOperation) -> None:
        self._ovf(op, "sadd", self.v(op.args[0]), self.v(op.args[1]))

    def op_int_sub_ovf(self, op: SpaceOperation) -> None:
        self._ovf(op, "ssub", self.v(op.args[0]), self.v(op.args[1]))

    def op_int_mul_ovf(self, op: SpaceOperation) -> None:
        self._ovf(op, "smul", self.v(op.args[0]), self.v(op.args[1]))

    def op_int_neg_ovf(self, op: SpaceOperation) -> None:
        self._ovf(op, "ssub", "0", self.v(op.args[0]))

    # floats
    def op_float_neg(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = fneg double {self.v(op.args[0])}")

    def op_float_abs(self, op: SpaceOperation) -> None:
        self.module.need_intrinsic("declare double @llvm.fabs.f64(double)")
        self.emit(f"{self.res(op)} = call double @llvm.fabs.f64(double {self.v(op.args[0])})")

    def op_float_is_true(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = fcmp une double {self.v(op.args[0])}, {float_literal(0.0)}")

    # casts
    def _cast(self, op: SpaceOperation, instr: str, to: str) -> None:
        self.emit(f"{self.res(op)} = {instr} {self.typed(op.args[0])} to {to}")

    def op_cast_int_to_float(self, op: SpaceOperation) -> None:
        self._cast(op, "sitofp", "double")

    def op_cast_float_to_int(self, op: SpaceOperation) -> None:
        self._cast(op, "fptosi", "i64")

    def op_cast_uint_to_float(self, op: SpaceOperation) -> None:
        self._cast(op, "uitofp", "double")

    def op_cast_float_to_uint(self, op: SpaceOperation) -> None:
        self._cast(op, "fptoui", "i64")

    def op_cast_bool_to_int(self, op: SpaceOperation) -> None:
        self._cast(op, "zext", "i64")

    def op_cast_bool_to_float(self, op: SpaceOperation) -> None:
        self._cast(op, "uitofp", "double")

    def op_cast_int_to_char(self, op: SpaceOperation) -> None:
        self._cast(op, "trunc", "i8")

    def op_cast_char_to_int(self, op: SpaceOperation) -> None:
        self._cast(op, "zext", "i64")

    def op_cast_int_to_unichar(self, op: SpaceOperation) -> None:
        self._cast(op, "trunc", "i32")

    def op_cast_unichar_to_int(self, op: SpaceOperation) -> None:
        self._cast(op, "zext", "i64")

    def op_cast_int_to_int32(self, op: SpaceOperation) -> None:
        self._cast(op, "trunc", "i32")

    def op_cast_int32_to_int(self, op: SpaceOperation) -> None:
        self._cast(op, "sext", "i64")

    def op_cast_float_to_longlong_bits(self, op: SpaceOperation) -> None:
        self._cast(op, "bitcast", "i64")

    def op_cast_longlong_bits_to_float(self, op: SpaceOperation) -> None:
        self._cast(op, "bitcast", "double")

    def op_cast_adr_to_int(self, op: SpaceOperation) -> None:
        self._cast(op, "ptrtoint", "i64")

    op_cast_ptr_to_int = op_cast_adr_to_int

    def op_identityhash(self, op: SpaceOperation) -> None:
        self._cast(op, "ptrtoint", "i64")

    def op_cast_int_to_adr(self, op: SpaceOperation) -> None:
        self._cast(op, "inttoptr", "ptr")

    # pointers
    def op_ptr_eq(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = icmp eq ptr {self.v(op.args[0])}, {self.v(op.args[1])}")

    def op_ptr_ne(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = icmp ne ptr {self.v(op.args[0])}, {self.v(op.args[1])}")

    def op_ptr_iszero(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = icmp eq ptr {self.v(op.args[0])}, null")

    def op_ptr_nonzero(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = icmp ne ptr {self.v(op.args[0])}, null")

    def struct_of(self, value: Variable | Constant) -> lltype.ContainerType:
        PTR = value.concretetype
        assert isinstance(PTR, lltype.Ptr), f"{value} is not a pointer ({PTR!r})"
        return PTR.target

    def field_address(self, value: Variable | Constant, fieldname: str) -> str:
        S = self.struct_of(value)
        owner = S
        while not owner.has_field(fieldname):  # type: ignore[union-attr]
            owner = owner.parent()  # type: ignore[union-attr]
            assert owner is not None, f"no field {fieldname}"
        addr = self.tmp()
        self.emit(f"{addr} = getelementptr {self.types.struct_type(owner)}, ptr {self.v(value)}, i32 0, "
                  f"i32 {field_index(owner, fieldname)}")
        return addr

    def op_getfield(self, op: SpaceOperation) -> None:
        if self.is_void(op.result):
            return
        addr = self.field_address(op.args[0], op.args[1].value)
        self.emit(f"{self.res(op)} = load {self.T(op.result.concretetype)}, ptr {addr}")

    def op_setfield(self, op: SpaceOperation) -> None:
        value = op.args[2]
        if self.is_void(value):
            return
        addr = self.field_address(op.args[0], op.args[1].value)
        self.emit(f"store {self.typed(value)}, ptr {addr}")

    def array_item_address(self, value: Variable | Constant, index: Variable | Constant) -> str:
        A = self.struct_of(value)
        assert isinstance(A, lltype.Array)
        _, items = array_part(A)
        addr = self.tmp()
        self.emit(f"{addr} = getelementptr {self.types.struct_type(A)}, ptr {self.v(value)}, i32 0, i32 {items}, "
                  f"i64 {self.v(index)}")
        return addr

    def op_getarrayitem(self, op: SpaceOperation) -> None:
        if self.is_void(op.result):
            return
        addr = self.array_item_address(op.args[0], op.args[1])
        self.emit(f"{self.res(op)} = load {self.T(op.result.concretetype)}, ptr {addr}")

    def op_setarrayitem(self, op: SpaceOperation) -> None:
        if self.is_void(op.args[2]):
            return
        addr = self.array_item_address(op.args[0], op.args[1])
        self.emit(f"store {self.typed(op.args[2])}, ptr {addr}")

    def op_getarraysize(self, op: SpaceOperation) -> None:
        A = self.struct_of(op.args[0])
        length, _ = array_part(A)  # type: ignore[arg-type]
        addr = self.tmp()
        self.emit(f"{addr} = getelementptr {self.types.struct_type(A)}, ptr {self.v(op.args[0])}, i32 0, "
                  f"i32 {length}")
        self.emit(f"{self.res(op)} = load i64, ptr {addr}")

    def op_getarrayaddress(self, op: SpaceOperation) -> None:
        A = self.struct_of(op.args[0])
        _, items = array_part(A)  # type: ignore[arg-type]
        self.emit(f"{self.res(op)} = getelementptr {self.types.struct_type(A)}, ptr {self.v(op.args[0])}, "
                  f"i32 0, i32 {items}, i64 0")

    def interior_address(self, value: Variable | Constant, fieldname: str, index: Any) -> str:
        S = self.struct_of(value)
        addr = self.tmp()
        idx = field_index(S, fieldname)  # type: ignore[arg-type]
        self.emit(f"{addr} = getelementptr {self.types.struct_type(S)}, ptr {self.v(value)}, i32 0, i32 {idx}, "
                  f"i32 1, i64 {index}")
        return addr

    def op_getinteriorfield(self, op: SpaceOperation) -> None:
        addr = self.interior_address(op.args[0], op.args[1].value, self.v(op.args[2]))
        self.emit(f"{self.res(op)} = load {self.T(op.result.concretetype)}, ptr {addr}")

    def op_setinteriorfield(self, op: SpaceOperation) -> None:
        addr = self.interior_address(op.args[0], op.args[1].value, self.v(op.args[2]))
        self.emit(f"store {self.typed(op.args[3])}, ptr {addr}")

    def op_getinteriorarraysize(self, op: SpaceOperation) -> None:
        S = self.struct_of(op.args[0])
        addr = self.tmp()
        idx = field_index(S, op.args[1].value)  # type: ignore[arg-type]
        self.emit(f"{addr} = getelementptr {self.types.struct_type(S)}, ptr {self.v(op.args[0])}, i32 0, "
                  f"i32 {idx}, i32 0")
        self.emit(f"{self.res(op)} = load i64, ptr {addr}")

    def op_getinteriorarrayaddress(self, op: SpaceOperation) -> None:
        S = self.struct_of(op.args[0])
        idx = field_index(S, op.args[1].value)  # type: ignore[arg-type]
        self.emit(f"{self.res(op)} = getelementptr {self.types.struct_type(S)}, ptr {self.v(op.args[0])}, "
                  f"i32 0, i32 {idx}, i32 1, i64 0")

    def _memmove(self, dst: str, src: str, nbytes: str) -> None:
        self.module.need_intrinsic("declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)")
        self.emit(f"call void @llvm.memmove.p0.p0.i64(ptr {dst}, ptr {src}, i64 {nbytes}, i1 false)")

    def op_arraycopy(self, op: SpaceOperation) -> None:
        src, dst, srcstart, dststart, length = op.args
        A = self.struct_of(src)
        size = layout.item_size(A.OF)  # type: ignore[union-attr]
        s = self.array_item_address(src, srcstart)
        d = self.array_item_address(dst, dststart)
        n = self.tmp()
        self.emit(f"{n} = mul i64 {self.v(length)}, {size}")
        self._memmove(d, s, n)

    def op_interior_arraycopy(self, op: SpaceOperation) -> None:
        src, dst, field, srcstart, dststart, length = op.args
        S = self.struct_of(src)
        size = layout.item_size(S.field_type(field.value).OF)  # type: ignore[union-attr]
        s = self.interior_address(src, field.value, self.v(srcstart))
        d = self.interior_address(dst, field.value, self.v(dststart))
        n = self.tmp()
        self.emit(f"{n} = mul i64 {self.v(length)}, {size}")
        self._memmove(d, s, n)

    # raw memory
    def op_raw_load(self, op: SpaceOperation) -> None:
        addr, offset = op.args
        p = self.tmp()
        self.emit(f"{p} = getelementptr i8, ptr {self.v(addr)}, i64 {self.v(offset)}")
        self.emit(f"{self.res(op)} = load {self.T(op.result.concretetype)}, ptr {p}")

    def op_raw_store(self, op: SpaceOperation) -> None:
        TYPE, addr, offset, value = op.args
        p = self.tmp()
        self.emit(f"{p} = getelementptr i8, ptr {self.v(addr)}, i64 {self.v(offset)}")
        self.emit(f"store {self.T(TYPE.value)} {self.v(value)}, ptr {p}")

    def op_adr_add(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = getelementptr i8, ptr {self.v(op.args[0])}, i64 {self.v(op.args[1])}")

    def op_adr_sub(self, op: SpaceOperation) -> None:
        n = self.tmp()
        self.emit(f"{n} = sub i64 0, {self.v(op.args[1])}")
        self.emit(f"{self.res(op)} = getelementptr i8, ptr {self.v(op.args[0])}, i64 {n}")

    def op_adr_delta(self, op: SpaceOperation) -> None:
        a, b = self.tmp(), self.tmp()
        self.emit(f"{a} = ptrtoint ptr {self.v(op.args[0])} to i64")
        self.emit(f"{b} = ptrtoint ptr {self.v(op.args[1])} to i64")
        self.emit(f"{self.res(op)} = sub i64 {a}, {b}")

    # raw memory from the C library (the JIT's buffers)
    def _libc(self, cf: Any) -> str:
        self.module.declare_external(cf)
        return f"@{cf.name}"

    def op_raw_malloc(self, op: SpaceOperation) -> None:
        from kit.rffi import c_malloc
        self.emit(f"{self.res(op)} = call ptr {self._libc(c_malloc)}(i64 {self.v(op.args[0])})")

    def op_raw_calloc(self, op: SpaceOperation) -> None:
        from kit.rffi import c_calloc
        self.emit(f"{self.res(op)} = call ptr {self._libc(c_calloc)}(i64 1, i64 {self.v(op.args[0])})")

    def op_raw_free(self, op: SpaceOperation) -> None:
        from kit.rffi import c_free
        self.emit(f"call void {self._libc(c_free)}(ptr {self.v(op.args[0])})")

    def op_raw_memclear(self, op: SpaceOperation) -> None:
        self.module.need_intrinsic("declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)")
        self.emit(f"call void @llvm.memset.p0.i64(ptr {self.v(op.args[0])}, i8 0, i64 {self.v(op.args[1])}, i1 false)")

    def op_raw_memcopy(self, op: SpaceOperation) -> None:
        self.module.need_intrinsic("declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)")
        self.emit(f"call void @llvm.memmove.p0.p0.i64(ptr {self.v(op.args[1])}, ptr {self.v(op.args[0])}, "
                  f"i64 {self.v(op.args[2])}, i1 false)")

    # calls
    def op_direct_call(self, op: SpaceOperation) -> None:
        fn: lltype.LLFunction = op.args[0].value
        args = [a for a in op.args[1:] if not self.is_void(a)]
        ret = "void" if self.is_void(op.result) else self.T(op.result.concretetype)
        if fn.external is not None:
            cf = fn.external
            self.module.declare_external(cf)
            argtexts = [f"{self.T(T)} {self.v(a)}" for T, a in zip(cf.args, args, strict=True)]
            callee = f"@{cf.name}"
            fnty = ""
            if cf.variadic:
                fixed = ", ".join(self.T(T) for T in cf.args[:-1])
                fnty = f"({fixed}, ...) "
            prefix = "" if ret == "void" else f"{self.res(op)} = "
            self.emit(f"{prefix}call {ret} {fnty}{callee}(" + ", ".join(argtexts) + ")")
            return
        callee = self.db.function_ref(fn)
        argtexts = [self.typed(a) for a in args]
        prefix = "" if ret == "void" else f"{self.res(op)} = "
        self.emit(f"{prefix}call {ret} {callee}(" + ", ".join(argtexts) + ")")

    def op_indirect_call(self, op: SpaceOperation) -> None:
        args = [a for a in op.args[1:-1] if not self.is_void(a)]
        ret = "void" if self.is_void(op.result) else self.T(op.result.concretetype)
        prefix = "" if ret == "void" else f"{self.res(op)} = "
        self.emit(f"{prefix}call {ret} {self.v(op.args[0])}(" + ", ".join(self.typed(a) for a in args) + ")")

    # the GC's shadow stack
    def op_gc_push_root(self, op: SpaceOperation) -> None:
        top, new = self.tmp(), self.tmp()
        self.emit(f"{top} = load ptr, ptr @kit_root_stack_top_ptr")
        self.emit(f"store ptr {self.v(op.args[0])}, ptr {top}")
        self.emit(f"{new} = getelementptr i8, ptr {top}, i64 8")
        self.emit(f"store ptr {new}, ptr @kit_root_stack_top_ptr")

    def op_gc_pop_root(self, op: SpaceOperation) -> None:
        top, new = self.tmp(), self.tmp()
        self.emit(f"{top} = load ptr, ptr @kit_root_stack_top_ptr")
        self.emit(f"{new} = getelementptr i8, ptr {top}, i64 -8")
        self.emit(f"store ptr {new}, ptr @kit_root_stack_top_ptr")
        self.emit(f"{self.res(op)} = load ptr, ptr {new}")

    # the GC's inline fast paths
    def op_gc_malloc_nursery(self, op: SpaceOperation) -> None:
        """Bump the nursery pointer; call the collector only when the nursery is full."""
        slow_fn, typeid, size = op.args
        free, new, top, fits = self.tmp(), self.tmp(), self.tmp(), self.tmp()
        fast, slow, cont = self.label("alloc"), self.label("alloc_slow"), self.label("alloc_done")
        self.emit(f"{free} = load ptr, ptr @kit_nursery")
        self.emit(f"{new} = getelementptr i8, ptr {free}, i64 {self.v(size)}")
        self.emit(f"{top} = load ptr, ptr getelementptr ([2 x ptr], ptr @kit_nursery, i64 0, i64 1)")
        self.emit(f"{fits} = icmp ule ptr {new}, {top}")
        self.emit(f"br i1 {fits}, label %{fast}, label %{slow}, !prof !{self.module.likely_branch()}")
        self.lines.append(f"{fast}:")
        self.emit(f"store ptr {new}, ptr @kit_nursery")
        self.emit(f"store i64 {self.v(typeid)}, ptr {free}")
        self.emit(f"br label %{cont}")
        self.lines.append(f"{slow}:")
        called = self.tmp()
        self.emit(f"{called} = call ptr {self.db.function_ref(slow_fn.value)}(i64 {self.v(typeid)}, "
                  f"i64 {self.v(size)})")
        self.emit(f"br label %{cont}")
        self.lines.append(f"{cont}:")
        self.emit(f"{self.res(op)} = phi ptr [ {free}, %{fast} ], [ {called}, %{slow} ]")
        self.current_label = cont

    def op_gc_malloc_nursery_varsize(self, op: SpaceOperation) -> None:
        """The same bump for a var-sized object whose length is small enough; also stores the length."""
        slow_fn, typeid, length, fixed, itemsize, length_offset, longest = op.args
        small, nbytes, rounded, free, new, top, fits = (self.tmp() for _ in range(7))
        sizing, fast, slow, cont = (self.label("valloc"), self.label("valloc_fast"), self.label("valloc_slow"),
                                    self.label("valloc_done"))
        self.emit(f"{small} = icmp ule i64 {self.v(length)}, {self.v(longest)}")
        self.emit(f"br i1 {small}, label %{sizing}, label %{slow}, !prof !{self.module.likely_branch()}")
        self.lines.append(f"{sizing}:")
        self.emit(f"{nbytes} = mul i64 {self.v(length)}, {self.v(itemsize)}")
        self.emit(f"{rounded} = add i64 {nbytes}, {fixed.value + 7}")
        size = self.tmp()
        self.emit(f"{size} = and i64 {rounded}, -8")
        self.emit(f"{free} = load ptr, ptr @kit_nursery")
        self.emit(f"{new} = getelementptr i8, ptr {free}, i64 {size}")
        self.emit(f"{top} = load ptr, ptr getelementptr ([2 x ptr], ptr @kit_nursery, i64 0, i64 1)")
        self.emit(f"{fits} = icmp ule ptr {new}, {top}")
        self.emit(f"br i1 {fits}, label %{fast}, label %{slow}, !prof !{self.module.likely_branch()}")
        self.lines.append(f"{fast}:")
        self.emit(f"store ptr {new}, ptr @kit_nursery")
        self.emit(f"store i64 {self.v(typeid)}, ptr {free}")
        at = self.tmp()
        self.emit(f"{at} = getelementptr i8, ptr {free}, i64 {self.v(length_offset)}")
        self.emit(f"store i64 {self.v(length)}, ptr {at}")
        self.emit(f"br label %{cont}")
        self.lines.append(f"{slow}:")
        called = self.tmp()
        args = ", ".join(f"i64 {self.v(a)}" for a in (typeid, length, fixed, itemsize, length_offset))
        self.emit(f"{called} = call ptr {self.db.function_ref(slow_fn.value)}({args})")
        self.emit(f"br label %{cont}")
        self.lines.append(f"{cont}:")
        self.emit(f"{self.res(op)} = phi ptr [ {free}, %{fast} ], [ {called}, %{slow} ]")
        self.current_label = cont

    def _barrier(self, obj: str, call: str) -> None:
        from gcs.base import FLAG_TRACK_YOUNG
        header, flag, needed = self.tmp(), self.tmp(), self.tmp()
        slow, cont = self.label("barrier"), self.label("barrier_done")
        self.emit(f"{header} = load i64, ptr {obj}")
        self.emit(f"{flag} = and i64 {header}, {FLAG_TRACK_YOUNG}")
        self.emit(f"{needed} = icmp ne i64 {flag}, 0")
        self.emit(f"br i1 {needed}, label %{slow}, label %{cont}, !prof !{self.module.unlikely_branch()}")
        self.lines.append(f"{slow}:")
        self.emit(call)
        self.emit(f"br label %{cont}")
        self.lines.append(f"{cont}:")
        self.current_label = cont

    def op_gc_write_barrier_inline(self, op: SpaceOperation) -> None:
        """Test the object's header flag; call the collector only for an old, not yet remembered object."""
        slow_fn, obj = op.args
        self._barrier(self.v(obj), f"call void {self.db.function_ref(slow_fn.value)}(ptr {self.v(obj)})")

    def op_gc_write_barrier_item_inline(self, op: SpaceOperation) -> None:
        slow_fn, obj, index = op.args
        self._barrier(self.v(obj), f"call void {self.db.function_ref(slow_fn.value)}(ptr {self.v(obj)}, "
                                   f"i64 {self.v(index)})")

    # exceptions
    def op_exc_occurred(self, op: SpaceOperation) -> None:
        t = self.tmp()
        self.emit(f"{t} = load ptr, ptr @kit_exc_type")
        self.emit(f"{self.res(op)} = icmp ne ptr {t}, null")

    def op_exc_fetch_type(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = load ptr, ptr @kit_exc_type")

    def op_exc_fetch_value(self, op: SpaceOperation) -> None:
        self.emit(f"{self.res(op)} = load ptr, ptr @kit_exc_value")

    def op_exc_set(self, op: SpaceOperation) -> None:
        self.emit(f"store ptr {self.v(op.args[0])}, ptr @kit_exc_type")
        self.emit(f"store ptr {self.v(op.args[1])}, ptr @kit_exc_value")

    def op_exc_clear(self, op: SpaceOperation) -> None:
        self.emit("store ptr null, ptr @kit_exc_type")
        self.emit("store ptr null, ptr @kit_exc_value")

    def op_stack_check(self, op: SpaceOperation) -> None:
        self.module.need_intrinsic("declare ptr @llvm.frameaddress.p0(i32)")
        sp, limit, low = self.tmp(), self.tmp(), self.tmp()
        self.emit(f"{sp} = call ptr @llvm.frameaddress.p0(i32 0)")
        self.emit(f"{limit} = load ptr, ptr @kit_stack_limit")
        self.emit(f"{low} = icmp ult ptr {sp}, {limit}")
        self.raise_if(low, RecursionError)

    def op_debug_fatalerror(self, op: SpaceOperation) -> None:
        self.emit(f"call void @kit_fatal(ptr {self.v(op.args[0])})")


_ENTRY = object()
