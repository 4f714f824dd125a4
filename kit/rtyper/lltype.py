"""Low-level types: machine primitives, GC-managed structs and arrays, raw structs, pointers,
function types; and prebuilt low-level values (the static data of the executable).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


class LowLevelType:
    """Base of all low-level types; types compare by structure (names included)."""

    def _key(self) -> tuple:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._key()))

    def is_gc(self) -> bool:
        return False


class Primitive(LowLevelType):
    def __init__(self, name: str, bits: int, default: Any) -> None:
        self.name = name
        self.bits = bits
        self.default = default

    def _key(self) -> tuple:
        return (self.name,)

    def __repr__(self) -> str:
        return self.name


Signed = Primitive("Signed", 64, 0)
Unsigned = Primitive("Unsigned", 64, 0)
Float = Primitive("Float", 64, 0.0)
Bool = Primitive("Bool", 1, False)
Char = Primitive("Char", 8, "\0")          # one byte (bytes items)
UniChar = Primitive("UniChar", 32, "\0")   # one code point (str items)
Void = Primitive("Void", 0, None)          # no run-time value (constants known statically)
Address = Primitive("Address", 64, None)   # a raw memory address (GC and runtime code)
Int32 = Primitive("Int32", 32, 0)          # C's int, for external function signatures

PRIMITIVES = {p.name: p for p in (Signed, Unsigned, Float, Bool, Char, UniChar, Void, Address, Int32)}


class ContainerType(LowLevelType):
    """Structs and arrays: things a pointer points to."""

    _gckind = "raw"

    def is_gc(self) -> bool:
        return self._gckind == "gc"


class Struct(ContainerType):
    """A struct with named fields; a GcStruct is allocated and freed by the GC.

    The last field may be an Array, making the struct variable-sized (e.g. a string: hash + chars).
    A struct whose first field is another struct "inherits" from it (pointers can be cast up).
    """

    _gckind = "raw"

    def __init__(self, name: str, *fields: tuple[str, LowLevelType], hints: dict | None = None) -> None:
        self._name = name
        self._names = tuple(f[0] for f in fields)
        self._flds = dict(fields)
        self._hints = dict(hints or {})
        for i, (_fname, ftype) in enumerate(fields):
            if isinstance(ftype, Array) and i != len(fields) - 1:
                raise TypeError(f"{name}: only the last field may be an inlined array")
            if isinstance(ftype, ContainerType) and ftype.is_gc() and not (i == 0 and self.is_gc()):
                raise TypeError(f"{name}: a GC struct can only be inlined as the first (parent) field")

    def _key(self) -> tuple:
        # structs are nominal: two declarations with the same name and fields are the same type
        return (self._name, self._gckind, tuple((n, _type_key(self._flds[n])) for n in self._names))

    @property
    def name(self) -> str:
        return self._name

    def fields(self) -> Iterator[tuple[str, LowLevelType]]:
        for n in self._names:
            yield n, self._flds[n]

    def field_type(self, name: str) -> LowLevelType:
        try:
            return self._flds[name]
        except KeyError:
            raise AttributeError(f"struct {self._name} has no field {name!r}") from None

    def has_field(self, name: str) -> bool:
        return name in self._flds

    def varsize_array(self) -> Array | None:
        if self._names:
            last = self._flds[self._names[-1]]
            if isinstance(last, Array):
                return last
        return None

    def parent(self) -> Struct | None:
        """The struct inlined as the first field, if this struct extends one."""
        if self._names:
            first = self._flds[self._names[0]]
            if isinstance(first, Struct):
                return first
        return None

    def is_subtype_of(self, other: Struct) -> bool:
        s: Struct | None = self
        while s is not None:
            if s == other:
                return True
            s = s.parent()
        return False

    def hint(self, name: str, default: Any = None) -> Any:
        return self._hints.get(name, default)

    def __repr__(self) -> str:
        return f"{'Gc' if self.is_gc() else ''}Struct {self._name}"


class GcStruct(Struct):
    _gckind = "gc"


class Array(ContainerType):
    """A variable-sized array with a length word; a GcArray is a GC object by itself."""

    _gckind = "raw"

    def __init__(self, OF: LowLevelType, hints: dict | None = None) -> None:
        self.OF = OF
        self._hints = dict(hints or {})

    def _key(self) -> tuple:
        return (_type_key(self.OF), self._gckind, tuple(sorted(self._hints.items())))

    def hint(self, name: str, default: Any = None) -> Any:
        return self._hints.get(name, default)

    def __repr__(self) -> str:
        return f"{'Gc' if self.is_gc() else ''}Array({self.OF!r})"


class GcArray(Array):
    _gckind = "gc"


class FixedSizeArray(ContainerType):
    """A raw inline array of a fixed number of items (no length word)."""

    def __init__(self, OF: LowLevelType, length: int) -> None:
        self.OF = OF
        self.length = length

    def _key(self) -> tuple:
        return (_type_key(self.OF), self.length)

    def __repr__(self) -> str:
        return f"FixedSizeArray({self.OF!r}, {self.length})"


class FuncType(ContainerType):
    def __init__(self, args: list[LowLevelType], result: LowLevelType) -> None:
        self.ARGS = tuple(args)
        self.RESULT = result

    def _key(self) -> tuple:
        return (tuple(_type_key(a) for a in self.ARGS), _type_key(self.RESULT))

    def __repr__(self) -> str:
        return f"Func({', '.join(map(repr, self.ARGS))}) -> {self.RESULT!r}"


class ForwardReference(ContainerType):
    """A struct type referred to before it is fully known (recursive types: linked nodes)."""

    def __init__(self, name: str, gc: bool = True) -> None:
        self._name = name
        self._gckind = "gc" if gc else "raw"
        self.resolved: Struct | None = None

    def become(self, real: Struct) -> None:
        self.resolved = real

    def _key(self) -> tuple:
        return ("forward", self._name, id(self))

    def __repr__(self) -> str:
        return f"Forward({self._name})"


class GcOpaqueType(ContainerType):
    """A GC object of unknown type: only pointed to (GCREF), never allocated or looked into."""

    _gckind = "gc"

    def __init__(self, name: str) -> None:
        self._name = name

    def _key(self) -> tuple:
        return ("gcopaque", self._name)

    def __repr__(self) -> str:
        return f"GcOpaque({self._name})"


class Ptr(LowLevelType):
    def __init__(self, TO: ContainerType) -> None:
        self.TO = TO

    def _key(self) -> tuple:
        return ("ptr", _type_key(self.TO))

    def is_gc(self) -> bool:
        return self.TO.is_gc()

    @property
    def target(self) -> ContainerType:
        """The pointed-to type, with forward references resolved."""
        to = self.TO
        while isinstance(to, ForwardReference):
            assert to.resolved is not None, f"unresolved forward reference {to._name}"
            to = to.resolved
        return to

    def __repr__(self) -> str:
        return f"Ptr({self.TO!r})"


def _type_key(T: LowLevelType) -> Any:
    # Pointers to structs compare their target by identity: it avoids infinite recursion on recursive
    # structures, and struct types built for one purpose are interned (see `intern`)
    if isinstance(T, Ptr):
        to = T.TO
        if isinstance(to, Struct | ForwardReference):
            return ("ptr-to", id(to))
        return ("ptr", _type_key(to))
    return T


_INTERNED: dict[Any, Any] = {}


def intern(T: ContainerType) -> ContainerType:
    """The one instance of a structurally equal type (so pointers to it compare equal)."""
    key = (type(T), T._key())
    found = _INTERNED.get(key)
    if found is None:
        _INTERNED[key] = found = T
    return found


# ---- prebuilt low-level values ---------------------------------------------------------------------

class LLConstant:
    """Base of prebuilt low-level objects the backend emits as static data."""


class LLStruct(LLConstant):
    """A prebuilt struct: field name -> value (ints, floats, LLPointer, nested LLStruct...)."""

    def __init__(self, TYPE: Struct, length: int | None = None, **fields: Any) -> None:
        self.TYPE = TYPE
        self.values: dict[str, Any] = {}
        for name, ftype in TYPE.fields():
            if isinstance(ftype, Struct):
                self.values[name] = LLStruct(ftype)
            elif isinstance(ftype, Array):
                self.values[name] = LLArray(ftype, length or 0)
            else:
                self.values[name] = default_value(ftype)
        for name, value in fields.items():
            self.setfield(name, value)

    def setfield(self, name: str, value: Any) -> None:
        if not self.TYPE.has_field(name):
            parent = self.TYPE.parent()
            if parent is not None:
                first = self.TYPE._names[0]
                self.values[first].setfield(name, value)
                return
            raise AttributeError(f"{self.TYPE} has no field {name}")
        self.values[name] = value

    def getfield(self, name: str) -> Any:
        if not self.TYPE.has_field(name):
            parent = self.TYPE.parent()
            if parent is not None:
                return self.values[self.TYPE._names[0]].getfield(name)
            raise AttributeError(f"{self.TYPE} has no field {name}")
        return self.values[name]

    def __repr__(self) -> str:
        return f"<LLStruct {self.TYPE.name}>"


class LLArray(LLConstant):
    def __init__(self, TYPE: Array | FixedSizeArray, length: int, items: list | None = None) -> None:
        self.TYPE = TYPE
        if items is None:
            items = [default_value(TYPE.OF)] * length
        self.items = list(items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<LLArray {self.TYPE!r} len={len(self.items)}>"


class LLPointer(LLConstant):
    """A pointer to a prebuilt container (or null when `obj` is None)."""

    def __init__(self, PTRTYPE: Ptr, obj: LLStruct | LLArray | LLFunction | None) -> None:
        self.PTRTYPE = PTRTYPE
        self.obj = obj

    def is_null(self) -> bool:
        return self.obj is None

    def __bool__(self) -> bool:
        return self.obj is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LLPointer) and self.obj is other.obj and self.PTRTYPE == other.PTRTYPE

    def __hash__(self) -> int:
        return hash(id(self.obj))

    def __repr__(self) -> str:
        return f"<LLPointer {self.obj!r}>" if self.obj is not None else "<null>"


class LLFunction(LLConstant):
    """A function known by name to the backend (a low-level graph or an external C function)."""

    def __init__(self, TYPE: FuncType, name: str, graph: Any = None, external: Any = None) -> None:
        self.TYPE = TYPE
        self.name = name
        self.graph = graph
        self.external = external

    def __repr__(self) -> str:
        return f"<LLFunction {self.name}>"


# a pointer to any GC object: what the JIT keeps in its registers and traces
GCREF = Ptr(GcOpaqueType("gcref"))


class AddressAsInt:
    """A Signed constant known only when the program is linked: the address of a function or of
    prebuilt data (the JIT's tables of functions and classes hold these)."""

    def __init__(self, target: Any) -> None:
        self.target = target        # an LLFunction, LLStruct, LLArray or LLPointer

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AddressAsInt) and other.target is self.target

    def __hash__(self) -> int:
        return id(self.target)

    def __repr__(self) -> str:
        return f"<address of {self.target!r}>"


def nullptr(PTRTYPE: Ptr) -> LLPointer:
    return LLPointer(PTRTYPE, None)


def default_value(T: LowLevelType) -> Any:
    if isinstance(T, Primitive):
        return T.default
    if isinstance(T, Ptr):
        return nullptr(T)
    if isinstance(T, Struct):
        return LLStruct(T)
    if isinstance(T, FixedSizeArray):
        return LLArray(T, T.length)
    raise TypeError(f"no default value for {T!r}")


def is_pointer(T: LowLevelType) -> bool:
    return isinstance(T, Ptr)


def is_gc_pointer(T: LowLevelType) -> bool:
    return isinstance(T, Ptr) and T.is_gc()


# ---- operations on low-level values that ll helpers may call (the annotator gives them meaning) ----

def malloc(T: ContainerType, n: int | None = None) -> Any:
    raise RuntimeError("lltype.malloc() only runs in translated code")


def cast_pointer(PTRTYPE: Ptr, ptr: Any) -> Any:
    raise RuntimeError("lltype.cast_pointer() only runs in translated code")


def cast_opaque_ptr(PTRTYPE: Ptr, ptr: Any) -> Any:
    """Between GCREF and a typed GC pointer (no check: the caller knows the type)."""
    raise RuntimeError("lltype.cast_opaque_ptr() only runs in translated code")


def cast_primitive(TYPE: Primitive, value: Any) -> Any:
    raise RuntimeError("lltype.cast_primitive() only runs in translated code")


def typeOf_struct(ptr: Any) -> Any:
    """The struct type a pointer points to (a translation-time constant in ll helpers)."""
    raise RuntimeError("lltype.typeOf_struct() only runs in translated code")


def typeOf_item(ptr: Any) -> Any:
    """The item type of the array inlined in a var-sized struct (a translation-time constant)."""
    raise RuntimeError("lltype.typeOf_item() only runs in translated code")


def default_of_item(array_ptr: Any) -> Any:
    """The zero value of an array's item type (null, 0, 0.0): to clear a slot."""
    raise RuntimeError("lltype.default_of_item() only runs in translated code")
