"""Assemble one LLVM module: struct types, prebuilt data, every function reachable from the main
function, declarations of C functions, and the tables the collector reads (type info, roots).
"""

from __future__ import annotations

from typing import Any

from kit.backend.llvm.database import Database, _quote
from kit.backend.llvm.funcgen import FunctionCodeGen
from kit.backend.llvm.lltypes import TypeNamer
from kit.flow.model import Block, FunctionGraph, Link
from kit.rffi import CFunction
from kit.rtyper import lltype

_C_TYPES = {"Signed": "i64", "Unsigned": "i64", "Int32": "i32", "Float": "double", "Address": "ptr", "Void": "void"}


class ModuleGen:
    def __init__(self, translator: Any) -> None:
        self.translator = translator
        self.types = TypeNamer()
        self.db = Database(self.types, translator.type_registry)
        self.intrinsics: set[str] = set()
        self.externals: dict[str, CFunction] = {}
        self.links_into: dict[Block, list[Link]] = {}
        self.function_texts: list[str] = []
        self.defined: set[str] = set()

    def need_intrinsic(self, declaration: str) -> None:
        self.intrinsics.add(declaration)

    def declare_external(self, cf: CFunction) -> None:
        self.externals[cf.name] = cf

    def prebuilt_exception(self, cls: type) -> tuple[str, str]:
        rtyper = self.translator.rtyper
        inst = rtyper.exceptiondata.prebuilt_instance(cls)
        vtable = rtyper.classes.vtable_pointer(rtyper.bookkeeper.getclassdef(cls))
        return self.db.pointer(vtable), self.db.pointer(inst)

    # ---- functions -------------------------------------------------------------------------------

    def generate(self, main: lltype.LLFunction) -> str:
        self.db.exported.add(id(main))
        self.db.function_ref(main)
        while self.db.pending_functions:
            fn = self.db.pending_functions.pop()
            if fn.external is not None:
                self.declare_external(fn.external)
                continue
            self.gen_function(fn, exported=fn is main)
        parts = [self.header()]
        parts.extend(self.types.definitions)
        parts.append("")
        parts.append("@kit_exc_type = external global ptr")
        parts.append("@kit_exc_value = external global ptr")
        parts.append("@kit_stack_limit = external global ptr")
        parts.append("@kit_root_stack_top_ptr = external global ptr")
        parts.append("@kit_nursery = external global [2 x ptr]")
        parts.append(f"@kit_gc_stress_default = dso_local global i64 {getattr(self.translator, 'gc_stress', 0)}")
        gc_tables = self.gc_tables()
        parts.extend(self.db.global_defs)
        parts.extend(gc_tables)
        parts.append("")
        for name, cf in sorted(self.externals.items()):
            if name in self.defined:
                continue
            definition = cf.llvm_definition()
            if definition is not None:
                parts.append(definition)
                continue
            args = ", ".join(_C_TYPES[T.name] for T in cf.args) + (", ..." if cf.variadic else "")
            parts.append(f"declare {_C_TYPES[cf.result.name]} @{name}({args})")
        parts.append("declare void @kit_fatal(ptr)")
        parts.extend(sorted(self.intrinsics))
        parts.append("")
        parts.extend(self.function_texts)
        parts.append('!0 = !{!"branch_weights", i32 2000, i32 1}')
        parts.append('!1 = !{!"branch_weights", i32 1, i32 2000}')
        return "\n".join(parts) + "\n"

    def likely_branch(self) -> int:
        """Metadata number of branch weights saying the first target is the usual one."""
        return 0

    def unlikely_branch(self) -> int:
        return 1

    def gen_function(self, fn: lltype.LLFunction, exported: bool) -> None:
        graph: FunctionGraph = fn.graph
        self.links_into = {}
        for block in graph.iterblocks():
            for link in block.exits:
                self.links_into.setdefault(link.target, []).append(link)
        gen = FunctionCodeGen(self, graph, self.db.function_symbol(fn))
        self.function_texts.append(gen.generate("dso_local" if exported else "internal"))

    def header(self) -> str:
        import llvmlite.binding as llvm
        return f'target triple = "{llvm.get_process_triple()}"\n'

    # ---- what the collector reads ----------------------------------------------------------------

    def gc_tables(self) -> list[str]:
        """Type information per type id, and the prebuilt objects that are roots."""
        registry = self.translator.type_registry
        lines = []
        rows = ["{ i64 0, i64 0, i64 0, i64 0, i64 0, ptr @kit_no_pointers }"]
        lines.append("@kit_no_pointers = internal constant [1 x i64] [i64 -1]")
        for tid, T in enumerate(registry.types, 1):
            fixed, itemsize, length_offset, items_offset, item_ptrs, offsets = registry.info(T)
            if offsets:
                name = f"@kit_ptrofs.{tid}"
                values = ", ".join(f"i64 {o}" for o in offsets + [-1])
                lines.append(f"{name} = internal constant [{len(offsets) + 1} x i64] [{values}]")
            else:
                name = "@kit_no_pointers"
            rows.append(f"{{ i64 {fixed}, i64 {itemsize}, i64 {length_offset}, i64 {items_offset}, "
                        f"i64 {1 if item_ptrs else 0}, ptr {name} }}")
        n = len(rows)
        row_t = "{ i64, i64, i64, i64, i64, ptr }"
        lines.append(f"@kit_typeinfo = internal constant [{n} x {row_t}] [" + ", ".join(
            f"{row_t} {r}" for r in rows) + "]")
        for index, name in enumerate(["fixedsize", "itemsize", "length_offset", "items_offset",
                                      "items_are_pointers"]):
            self.defined.add(f"kit_ti_{name}")
            self.function_texts.append(
                f"define internal i64 @kit_ti_{name}(i64 %t) alwaysinline {{\n"
                f"  %p = getelementptr [{n} x {row_t}], ptr @kit_typeinfo, i64 0, i64 %t, i32 {index}\n"
                f"  %v = load i64, ptr %p\n  ret i64 %v\n}}\n")
        self.defined.add("kit_ti_pointer_offsets")
        self.function_texts.append(
            f"define internal ptr @kit_ti_pointer_offsets(i64 %t) alwaysinline {{\n"
            f"  %p = getelementptr [{n} x {row_t}], ptr @kit_typeinfo, i64 0, i64 %t, i32 5\n"
            f"  %v = load ptr, ptr %p\n  ret ptr %v\n}}\n")
        roots = self.db.static_roots
        lines.append(f"@kit_static_roots_array = internal constant [{len(roots)} x ptr] [" +
                     ", ".join(f"ptr {r}" for r in roots) + "]")
        self.defined.update(["kit_static_roots", "kit_static_roots_count"])
        self.function_texts.append(
            "define internal ptr @kit_static_roots() alwaysinline {\n  ret ptr @kit_static_roots_array\n}\n")
        self.function_texts.append(
            f"define internal i64 @kit_static_roots_count() alwaysinline {{\n  ret i64 {len(roots)}\n}}\n")
        return lines


__all__ = ["ModuleGen", "Database", "_quote"]
