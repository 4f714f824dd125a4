"""The static data of the executable: every prebuilt low-level object (strings, instances, lists,
vtables, ...) becomes one LLVM global; GC objects get a header marking them prebuilt.
"""

from __future__ import annotations

import struct
from typing import Any

from gcs.base import FLAG_PREBUILT, FLAG_TRACK_YOUNG
from kit.backend.llvm.lltypes import TypeNamer
from kit.rtyper import layout, lltype


def float_literal(value: float) -> str:
    bits = struct.unpack("<Q", struct.pack("<d", value))[0]
    return f"0x{bits:016X}"


def int_literal(value: Any) -> int:
    value = int(value)
    if value >= 2 ** 63:
        value -= 2 ** 64
    return value


class Database:
    def __init__(self, types: TypeNamer, registry: Any) -> None:
        self.types = types
        self.registry = registry
        self.global_names: dict[int, str] = {}
        self.keepalive: list[Any] = []
        self.global_defs: list[str] = []
        self.static_roots: list[str] = []
        self.functions: dict[int, lltype.LLFunction] = {}
        self.pending_functions: list[lltype.LLFunction] = []
        self.exported: set[int] = set()
        self._counter = 0

    # ---- operands --------------------------------------------------------------------------------

    def constant(self, T: lltype.LowLevelType, value: Any) -> str:
        """The LLVM operand text of a constant of type T."""
        if isinstance(T, lltype.Ptr):
            return self.pointer(value)
        if T == lltype.Bool:
            return "true" if value else "false"
        if T == lltype.Float:
            return float_literal(float(value))
        if T in (lltype.Char, lltype.UniChar):
            if isinstance(value, str):
                return str(ord(value))
            return str(int(value) if value is not None else 0)
        if T == lltype.Address:
            if value is None or (isinstance(value, int) and value == 0):
                return "null"
            if isinstance(value, lltype.LLFunction | lltype.LLStruct | lltype.LLArray | lltype.LLPointer):
                return self.pointer(value)   # the address of a function or of prebuilt data
            raise TypeError(f"address constant {value!r}")
        if T in (lltype.Signed, lltype.Unsigned, lltype.Int32):
            if value is None:
                return "0"
            if isinstance(value, lltype.AddressAsInt):
                return f"ptrtoint (ptr {self.pointer(value.target)} to i64)"
            return str(int_literal(value))
        raise TypeError(f"no constant of type {T!r}")

    def pointer(self, value: Any) -> str:
        if value is None:
            return "null"
        if isinstance(value, lltype.LLPointer):
            if value.obj is None:
                return "null"
            obj = value.obj
        else:
            obj = value
        if isinstance(obj, lltype.LLFunction):
            return self.function_ref(obj)
        return self.global_for(obj)

    def function_ref(self, fn: lltype.LLFunction) -> str:
        if id(fn) not in self.functions:
            self.functions[id(fn)] = fn
            self.pending_functions.append(fn)
        return f"@{_quote(self.function_symbol(fn))}"

    def function_symbol(self, fn: lltype.LLFunction) -> str:
        """The LLVM name of a function: C functions and the exported entry keep their names; the
        program's own functions get a prefix so a user's `sqrt` or `write` never clashes with libc."""
        if fn.external is not None or id(fn) in self.exported:
            return fn.name
        return "k." + fn.name

    # ---- globals ---------------------------------------------------------------------------------

    def global_for(self, obj: Any) -> str:
        name = self.global_names.get(id(obj))
        if name is not None:
            return name
        self._counter += 1
        name = f"@g.{self._counter}"
        self.global_names[id(obj)] = name
        self.keepalive.append(obj)
        T = obj.TYPE
        header = None
        if T.is_gc():
            # prebuilt objects are old: the first pointer stored into one goes through the barrier
            header = self.registry.typeid(T) | FLAG_PREBUILT | FLAG_TRACK_YOUNG
            if layout.gc_pointer_offsets(T) or layout.items_are_gc_pointers(T):
                self.static_roots.append(name)
        type_text, value_text = self.initializer(T, obj, header)
        self.global_defs.append(f"{name} = internal global {type_text} {value_text}, align 8")
        return name

    def initializer(self, T: lltype.LowLevelType, value: Any, header: int | None) -> tuple[str, str]:
        """(type, value) texts of an initializer; var-sized parts use literal types of their size."""
        if isinstance(T, lltype.Struct):
            parts_t, parts_v = [], []
            if layout.has_header(T):
                parts_t.append("i64")
                parts_v.append(f"i64 {header if header is not None else 0}")
            for i, (fname, F) in enumerate(T.fields()):
                if F == lltype.Void:
                    continue
                fvalue = value.values[fname] if isinstance(value, lltype.LLStruct) else lltype.default_value(F)
                if isinstance(F, lltype.Struct | lltype.Array | lltype.FixedSizeArray):
                    # the parent struct (first field) carries the object's header
                    t, v = self.initializer(F, fvalue, header if i == 0 else None)
                else:
                    t = self.types.value_type(F)
                    v = self.constant(F, fvalue)
                parts_t.append(t)
                parts_v.append(f"{t} {v}")
            if T.varsize_array() is None:
                # fixed size: the named type, so loads through any pointer agree on the layout
                return self.types.struct_type(T), "{ " + ", ".join(parts_v) + " }" if parts_v else "zeroinitializer"
            return "{ " + ", ".join(parts_t) + " }", "{ " + ", ".join(parts_v) + " }"
        if isinstance(T, lltype.Array):
            items = value.items if isinstance(value, lltype.LLArray) else []
            item_t = self.types.item_type(T.OF)
            parts_t, parts_v = [], []
            if T.is_gc():
                parts_t.append("i64")
                parts_v.append(f"i64 {header if header is not None else 0}")
            parts_t.append("i64")
            parts_v.append(f"i64 {len(items)}")
            array_t = f"[{len(items)} x {item_t}]"
            parts_t.append(array_t)
            parts_v.append(f"{array_t} {self.array_items(T.OF, items)}")
            return "{ " + ", ".join(parts_t) + " }", "{ " + ", ".join(parts_v) + " }"
        if isinstance(T, lltype.FixedSizeArray):
            items = value.items if isinstance(value, lltype.LLArray) else [lltype.default_value(T.OF)] * T.length
            return f"[{T.length} x {self.types.item_type(T.OF)}]", self.array_items(T.OF, items)
        raise TypeError(f"no initializer for {T!r}")

    def array_items(self, OF: lltype.LowLevelType, items: list) -> str:
        if not items:
            return "zeroinitializer"
        if OF == lltype.Char:
            data = "".join(_c_escape(item) for item in items)
            return f'c"{data}"'
        if OF == lltype.Void:
            return "zeroinitializer"
        item_t = self.types.item_type(OF)
        if isinstance(OF, lltype.Struct):
            parts = []
            for item in items:
                t, v = self.initializer(OF, item, None)
                parts.append(f"{t} {v}")
            return "[" + ", ".join(parts) + "]"
        return "[" + ", ".join(f"{item_t} {self.constant(OF, item)}" for item in items) + "]"


def _c_escape(ch: Any) -> str:
    code = ord(ch) if isinstance(ch, str) else int(ch)
    if 32 <= code < 127 and code not in (34, 92):
        return chr(code)
    return f"\\{code:02X}"


def _quote(name: str) -> str:
    return f'"{name}"' if not name.replace("_", "a").replace(".", "a").isalnum() else name
