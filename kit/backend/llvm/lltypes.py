"""LLVM types for low-level types: primitives, and one named struct type per struct/array type
(every pointer is an opaque `ptr`, so recursive types need no forward declarations).
"""

from __future__ import annotations

from kit.rtyper import layout, lltype

PRIMITIVES = {"Signed": "i64", "Unsigned": "i64", "Float": "double", "Bool": "i1", "Char": "i8",
              "UniChar": "i32", "Int32": "i32", "Address": "ptr"}


class TypeNamer:
    """Names and definitions of the LLVM struct types a module uses."""

    def __init__(self) -> None:
        self.names: dict[lltype.LowLevelType, str] = {}
        self.definitions: list[str] = []
        self._used: set[str] = set()

    def value_type(self, T: lltype.LowLevelType) -> str:
        """The LLVM type of a value of type T (in a register, a field or an array item)."""
        if isinstance(T, lltype.Primitive):
            if T == lltype.Void:
                return "void"
            return PRIMITIVES[T.name]
        if isinstance(T, lltype.Ptr):
            return "ptr"
        if isinstance(T, lltype.Struct | lltype.Array | lltype.FixedSizeArray):
            return self.struct_type(T)
        raise TypeError(f"no LLVM type for {T!r}")

    def struct_type(self, T: lltype.ContainerType) -> str:
        name = self.names.get(T)
        if name is not None:
            return name
        base = getattr(T, "_name", None) or ("array" if isinstance(T, lltype.Array) else "fixedarray")
        candidate = f'%"T.{base}"'
        n = 1
        while candidate in self._used:
            n += 1
            candidate = f'%"T.{base}.{n}"'
        self._used.add(candidate)
        self.names[T] = candidate
        self.definitions.append(f"{candidate} = type {self.struct_body(T)}")
        return candidate

    def struct_body(self, T: lltype.ContainerType) -> str:
        if isinstance(T, lltype.FixedSizeArray):
            return f"[{T.length} x {self.value_type(T.OF)}]"
        if isinstance(T, lltype.Array):
            header = ["i64"] if T.is_gc() else []
            return "{ " + ", ".join(header + ["i64", f"[0 x {self.item_type(T.OF)}]"]) + " }"
        assert isinstance(T, lltype.Struct)
        fields = ["i64"] if layout.has_header(T) else []
        for _, F in T.fields():
            if F == lltype.Void:
                continue
            fields.append(self.value_type(F))
        return "{ " + ", ".join(fields) + " }" if fields else "{}"

    def item_type(self, T: lltype.LowLevelType) -> str:
        if T == lltype.Void:
            return "i8"
        return self.value_type(T)


def field_index(T: lltype.Struct, name: str) -> int:
    """Index of a field in the LLVM struct (after the header, skipping Void fields)."""
    index = 1 if layout.has_header(T) else 0
    for fname, F in T.fields():
        if fname == name:
            return index
        if F != lltype.Void:
            index += 1
    raise KeyError(f"{T!r} has no field {name}")


def array_part(T: lltype.Array) -> tuple[int, int]:
    """(index of the length, index of the items) in the LLVM type of an array."""
    return (1, 2) if T.is_gc() else (0, 1)
