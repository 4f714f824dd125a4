"""Memory layout of low-level types on a 64-bit target, identical to LLVM's default data layout:
sizes, alignments and field offsets, with an 8-byte header in front of every GC object.
"""

from __future__ import annotations

from functools import cache

from kit.rtyper import lltype

HEADER_SIZE = 8
WORD = 8

_PRIMITIVE_SIZE = {"Signed": 8, "Unsigned": 8, "Float": 8, "Address": 8, "Int32": 4, "UniChar": 4,
                   "Char": 1, "Bool": 1, "Void": 0}


def _round_up(n: int, align: int) -> int:
    return (n + align - 1) // align * align if align > 1 else n


def size_align(T: lltype.LowLevelType) -> tuple[int, int]:
    """(size, alignment) of a value of type T stored inline (a field or an array item)."""
    if isinstance(T, lltype.Primitive):
        size = _PRIMITIVE_SIZE[T.name]
        return size, max(size, 1)
    if isinstance(T, lltype.Ptr):
        return 8, 8
    if isinstance(T, lltype.Struct):
        layout = struct_layout(T)
        return layout.size, layout.align
    if isinstance(T, lltype.FixedSizeArray):
        size, align = size_align(T.OF)
        return _round_up(size, align) * T.length, align
    if isinstance(T, lltype.Array):
        # an inlined array: its length word, then the items (the size counts no items)
        _, align = size_align(T.OF)
        return 8, max(8, align)
    raise TypeError(f"no layout for {T!r}")


class StructLayout:
    def __init__(self, offsets: dict[str, int], size: int, align: int, has_header: bool) -> None:
        self.offsets = offsets
        self.size = size
        self.align = align
        self.has_header = has_header


def has_header(S: lltype.Struct) -> bool:
    """GC structs carry the header in their outermost parent only."""
    return S.is_gc() and S.parent() is None


@cache
def struct_layout(S: lltype.Struct) -> StructLayout:
    offset = HEADER_SIZE if has_header(S) else 0
    align = 8 if has_header(S) else 1
    offsets: dict[str, int] = {}
    for name, T in S.fields():
        if T == lltype.Void:
            offsets[name] = offset
            continue
        size, a = size_align(T)
        offset = _round_up(offset, a)
        offsets[name] = offset
        offset += size
        align = max(align, a)
    return StructLayout(offsets, _round_up(offset, align), align, has_header(S))


def field_offset(S: lltype.Struct, name: str) -> int:
    """Offset of a field from the start of the object, looking through inlined parents."""
    layout = struct_layout(S)
    if name in layout.offsets:
        return layout.offsets[name]
    parent = S.parent()
    if parent is None:
        raise KeyError(f"{S!r} has no field {name}")
    return field_offset(parent, name)


def item_size(OF: lltype.LowLevelType) -> int:
    size, align = size_align(OF)
    return _round_up(size, align)


def varsize_info(T: lltype.ContainerType) -> tuple[int, int, int, int]:
    """(size without items, item size, offset of the length word, offset of item 0)."""
    if isinstance(T, lltype.Array):
        header = HEADER_SIZE if T.is_gc() else 0
        length_offset = header
        _, align = size_align(T.OF)
        items_offset = _round_up(length_offset + 8, align)
        return items_offset, item_size(T.OF), length_offset, items_offset
    assert isinstance(T, lltype.Struct)
    array = T.varsize_array()
    assert array is not None
    name = T._names[-1]
    length_offset = field_offset(T, name)
    _, align = size_align(array.OF)
    items_offset = _round_up(length_offset + 8, align)
    return items_offset, item_size(array.OF), length_offset, items_offset


def fixed_size(T: lltype.ContainerType) -> int:
    if isinstance(T, lltype.Struct) and T.varsize_array() is None:
        return struct_layout(T).size
    return varsize_info(T)[0]


def is_varsize(T: lltype.ContainerType) -> bool:
    return isinstance(T, lltype.Array) or (isinstance(T, lltype.Struct) and T.varsize_array() is not None)


def gc_pointer_offsets(T: lltype.ContainerType) -> list[int]:
    """Offsets of the GC pointers in the fixed part of an object of type T."""
    if isinstance(T, lltype.Array):
        return []
    assert isinstance(T, lltype.Struct)
    result: list[int] = []

    def walk(S: lltype.Struct, base: int) -> None:
        layout = struct_layout(S)
        for name, F in S.fields():
            if isinstance(F, lltype.Ptr) and F.is_gc():
                result.append(base + layout.offsets[name])
            elif isinstance(F, lltype.Struct):
                walk(F, base + layout.offsets[name])

    walk(T, 0)
    return result


def items_are_gc_pointers(T: lltype.ContainerType) -> bool:
    if isinstance(T, lltype.Array):
        OF = T.OF
    elif isinstance(T, lltype.Struct) and T.varsize_array() is not None:
        OF = T.varsize_array().OF  # type: ignore[union-attr]
    else:
        return False
    return isinstance(OF, lltype.Ptr) and OF.is_gc()
