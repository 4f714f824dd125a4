"""Annotations: what the annotator knows about a value (SomeInteger, SomeString, SomeInstance...).

`union(a, b)` is the least annotation covering both; it raises UnionError when the two cannot live in
one variable (int and str, None and int...).  `describe()` gives the words used in error messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kit.annotator.classdef import ClassDef
    from kit.annotator.listdef import DictDef, ListDef


class UnionError(Exception):
    def __init__(self, s1: SomeObject, s2: SomeObject, reason: str = "") -> None:
        super().__init__(f"{s1.describe()} and {s2.describe()}")
        self.s1 = s1
        self.s2 = s2
        self.reason = reason


class SomeObject:
    """Top of the lattice: something the annotator could not type (always an error)."""

    knowntype: type = object
    nullable = False  # may this kind of value be None?

    def __init__(self) -> None:
        self.can_be_None = False

    # a constant annotation has a `const` attribute
    def is_constant(self) -> bool:
        return "const" in self.__dict__

    def is_immutable_constant(self) -> bool:
        return self.is_constant()

    def nonnoneify(self) -> SomeObject:
        return self

    def describe(self) -> str:
        return "an untypable object"

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(type(self))

    def __repr__(self) -> str:
        extra = ", ".join(f"{k}={v!r}" for k, v in sorted(self.__dict__.items()) if v not in (False, None))
        return f"{type(self).__name__}({extra})"

    def with_none(self) -> SomeObject:
        if not self.nullable:
            raise UnionError(self, s_None)
        new = self.copy()
        new.can_be_None = True
        new.__dict__.pop("const", None)
        return new

    def copy(self) -> SomeObject:
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        return new

    def _none_text(self) -> str:
        return " or None" if self.can_be_None else ""


class SomeImpossibleValue(SomeObject):
    """Bottom: no value has been seen yet (or the code is unreachable)."""

    def describe(self) -> str:
        return "nothing (unreachable)"


class SomeNone(SomeObject):
    knowntype = type(None)

    def __init__(self) -> None:
        super().__init__()
        self.const = None

    def describe(self) -> str:
        return "None"


class SomeInteger(SomeObject):
    knowntype = int

    def __init__(self, nonneg: bool = False, unsigned: bool = False) -> None:
        super().__init__()
        self.nonneg = nonneg or unsigned
        self.unsigned = unsigned

    def describe(self) -> str:
        return "r_uint" if self.unsigned else "int"


class SomeBool(SomeInteger):
    knowntype = bool

    def __init__(self) -> None:
        super().__init__(nonneg=True)

    def describe(self) -> str:
        return "bool"


class SomeFloat(SomeObject):
    knowntype = float

    def describe(self) -> str:
        return "float"


class SomeString(SomeObject):
    """A str (text) value; `no_nul` is kept for C-string conversions."""

    knowntype = str
    nullable = True

    def __init__(self, can_be_None: bool = False) -> None:
        super().__init__()
        self.can_be_None = can_be_None

    def describe(self) -> str:
        return "str" + self._none_text()

    def nonnoneify(self) -> SomeObject:
        return SomeString() if not self.is_constant() else self


class SomeBytes(SomeObject):
    knowntype = bytes
    nullable = True

    def __init__(self, can_be_None: bool = False) -> None:
        super().__init__()
        self.can_be_None = can_be_None

    def describe(self) -> str:
        return "bytes" + self._none_text()

    def nonnoneify(self) -> SomeObject:
        return SomeBytes() if not self.is_constant() else self


class SomeTuple(SomeObject):
    knowntype = tuple

    def __init__(self, items: list[SomeObject]) -> None:
        super().__init__()
        self.items = tuple(items)

    def describe(self) -> str:
        return "tuple (" + ", ".join(s.describe() for s in self.items) + ")"


class SomeList(SomeObject):
    knowntype = list
    nullable = True

    def __init__(self, listdef: ListDef, can_be_None: bool = False) -> None:
        super().__init__()
        self.listdef = listdef
        self.can_be_None = can_be_None

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, SomeList) and self.listdef.same_as(other.listdef)
                and self.can_be_None == other.can_be_None)

    def __hash__(self) -> int:
        return hash("SomeList")

    def describe(self) -> str:
        return f"list of {self.listdef.s_item().describe()}" + self._none_text()

    def nonnoneify(self) -> SomeObject:
        return SomeList(self.listdef)


class SomeDict(SomeObject):
    knowntype = dict
    nullable = True

    def __init__(self, dictdef: DictDef, can_be_None: bool = False) -> None:
        super().__init__()
        self.dictdef = dictdef
        self.can_be_None = can_be_None

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, SomeDict) and self.dictdef.same_as(other.dictdef)
                and self.can_be_None == other.can_be_None)

    def __hash__(self) -> int:
        return hash("SomeDict")

    def describe(self) -> str:
        return (f"dict of {self.dictdef.s_key().describe()} to {self.dictdef.s_value().describe()}"
                + self._none_text())

    def nonnoneify(self) -> SomeObject:
        return SomeDict(self.dictdef)


class SomeInstance(SomeObject):
    nullable = True

    def __init__(self, classdef: ClassDef | None, can_be_None: bool = False) -> None:
        super().__init__()
        self.classdef = classdef  # None: a null pointer only (from `None` unified with nothing)
        self.can_be_None = can_be_None

    @property
    def knowntype(self) -> type:  # type: ignore[override]
        return self.classdef.cls if self.classdef is not None else object

    def describe(self) -> str:
        name = self.classdef.name if self.classdef is not None else "?"
        return f"instance of {name}" + self._none_text()

    def nonnoneify(self) -> SomeObject:
        return SomeInstance(self.classdef)


class SomePBC(SomeObject):
    """A prebuilt constant (function, class, method, frozen object) out of a known set."""

    nullable = True

    def __init__(self, descs: Any, can_be_None: bool = False) -> None:
        super().__init__()
        self.descs = frozenset(descs)
        self.can_be_None = can_be_None
        if len(self.descs) == 1 and not can_be_None:
            desc = next(iter(self.descs))
            if desc.pyobj is not None:
                self.const = desc.pyobj

    @property
    def kind(self) -> str:
        kinds = {d.kind for d in self.descs}
        return kinds.pop() if len(kinds) == 1 else "mixed"

    def describe(self) -> str:
        names = sorted(d.describe() for d in self.descs)
        if len(names) > 3:
            names = names[:3] + [f"... ({len(self.descs)} in all)"]
        return " or ".join(names) + self._none_text()

    def nonnoneify(self) -> SomeObject:
        return SomePBC(self.descs)


class SomeIterator(SomeObject):
    """An iterator: over a container (variant "items"/"keys"/"values"/"enumerate"/"reversed"/"zip")."""

    def __init__(self, s_container: SomeObject, variant: str = "", *extra: SomeObject) -> None:
        super().__init__()
        self.s_container = s_container
        self.variant = variant
        self.extra = tuple(extra)

    def describe(self) -> str:
        return f"iterator over {self.s_container.describe()}"


class SomeRange(SomeObject):
    """range(start, stop, step); step is a known constant, or None if only known at run time."""

    knowntype = range

    def __init__(self, step: int | None) -> None:
        super().__init__()
        self.step = step

    def describe(self) -> str:
        return "range"


class SomeBuiltin(SomeObject):
    """A builtin function, or a method of a builtin type bound to `s_self`."""

    def __init__(self, name: str, s_self: SomeObject | None = None, methodname: str | None = None,
                 pyobj: Any = None) -> None:
        super().__init__()
        self.name = name
        self.s_self = s_self
        self.methodname = methodname
        if pyobj is not None:
            self.const = pyobj

    def describe(self) -> str:
        if self.methodname:
            return f"method {self.methodname} of {self.s_self.describe() if self.s_self else '?'}"
        return f"builtin {self.name}"


class SomeModule(SomeObject):
    """A module used as a value (only its attributes are usable, at translation time)."""

    def __init__(self, module: Any) -> None:
        super().__init__()
        self.const = module

    def describe(self) -> str:
        return f"module {self.const.__name__}"


class SomeTypeOf(SomeObject):
    """type(x) for an instance: only `.__name__` (and comparisons with classes) are supported."""

    def __init__(self, s_obj: SomeObject) -> None:
        super().__init__()
        self.s_obj = s_obj

    def describe(self) -> str:
        return f"type of {self.s_obj.describe()}"


# ---- low-level annotations (ll helpers, the GC and runtime support code) ----

class SomePtr(SomeObject):
    nullable = True

    def __init__(self, ll_ptrtype: Any) -> None:
        super().__init__()
        self.ll_ptrtype = ll_ptrtype

    def describe(self) -> str:
        return f"low-level {self.ll_ptrtype!r}"


class SomeLLPrimitive(SomeObject):
    """A low-level Char or UniChar value (items of string arrays)."""

    def __init__(self, lltype: Any) -> None:
        super().__init__()
        self.lltype = lltype

    def describe(self) -> str:
        return f"low-level {self.lltype!r}"


class SomeAddress(SomeObject):
    def describe(self) -> str:
        return "address"


class SomeLLType(SomeObject):
    """A low-level type used as a constant argument (malloc(STR, n), cast_pointer(PTR, p))."""

    def __init__(self, value: Any) -> None:
        super().__init__()
        self.const = value

    def describe(self) -> str:
        return f"low-level type {self.const!r}"


s_None = SomeNone()
s_Bool = SomeBool()
s_Int = SomeInteger()
s_Float = SomeFloat()
s_Str = SomeString()
s_Bytes = SomeBytes()
s_Impossible = SomeImpossibleValue()


def const(s: SomeObject, value: Any) -> SomeObject:
    s = s.copy()
    s.const = value
    return s


# ---- union ---------------------------------------------------------------------------------------

def union(s1: SomeObject, s2: SomeObject) -> SomeObject:
    """The most precise annotation that covers both; UnionError if there is none."""
    if s1 is s2:
        return s1
    if isinstance(s1, SomeImpossibleValue):
        return s2
    if isinstance(s2, SomeImpossibleValue):
        return s1
    if isinstance(s1, SomeNone) and isinstance(s2, SomeNone):
        return s1
    if isinstance(s1, SomeNone):
        return s2.with_none()
    if isinstance(s2, SomeNone):
        return s1.with_none()
    if isinstance(s1, SomePBC) and isinstance(s2, SomeTypeOf):
        s1, s2 = s2, s1
    if isinstance(s1, SomeTypeOf) and isinstance(s2, SomePBC) and s2.kind == "class":
        # a class used as a value joins the types of instances (exception types on exception links)
        s_insts = [SomeInstance(d.bookkeeper.getclassdef(d.pyobj)) for d in s2.descs]
        return SomeTypeOf(unionof(s1.s_obj, *s_insts))
    result = _union_same_kind(s1, s2)
    # results are fresh annotations without a constant, except that the same constant on both
    # sides stays constant (SomePBC computes its own from its descriptions)
    if (s1.is_constant() and s2.is_constant() and _same_const(s1.const, s2.const)
            and not result.is_constant()):
        result = const(result, s1.const)
    return result


def _same_const(a: Any, b: Any) -> bool:
    return type(a) is type(b) and (a is b or (isinstance(a, int | float | str | bytes | bool) and a == b))


def _union_same_kind(s1: SomeObject, s2: SomeObject) -> SomeObject:
    t1, t2 = type(s1), type(s2)
    if isinstance(s1, SomeInteger) and isinstance(s2, SomeInteger):
        if s1.unsigned != s2.unsigned:
            raise UnionError(s1, s2, "signed and unsigned integers do not mix; convert with r_uint() "
                                     "or intmask()")
        if t1 is SomeBool and t2 is SomeBool:
            return SomeBool()
        return SomeInteger(nonneg=s1.nonneg and s2.nonneg, unsigned=s1.unsigned)
    if t1 is not t2:
        raise UnionError(s1, s2)
    can_be_None = s1.can_be_None or s2.can_be_None
    if t1 is SomeFloat:
        return SomeFloat()
    if t1 is SomeString:
        return SomeString(can_be_None)
    if t1 is SomeBytes:
        return SomeBytes(can_be_None)
    if t1 is SomeTuple:
        assert isinstance(s1, SomeTuple) and isinstance(s2, SomeTuple)
        if len(s1.items) != len(s2.items):
            raise UnionError(s1, s2, "tuples of different lengths")
        return SomeTuple([union(a, b) for a, b in zip(s1.items, s2.items, strict=True)])
    if t1 is SomeList:
        assert isinstance(s1, SomeList) and isinstance(s2, SomeList)
        s1.listdef.merge(s2.listdef)
        return SomeList(s1.listdef, can_be_None)
    if t1 is SomeDict:
        assert isinstance(s1, SomeDict) and isinstance(s2, SomeDict)
        s1.dictdef.merge(s2.dictdef)
        return SomeDict(s1.dictdef, can_be_None)
    if t1 is SomeInstance:
        assert isinstance(s1, SomeInstance) and isinstance(s2, SomeInstance)
        if s1.classdef is None:
            return SomeInstance(s2.classdef, can_be_None)
        if s2.classdef is None:
            return SomeInstance(s1.classdef, can_be_None)
        common = s1.classdef.commonbase(s2.classdef)
        if common is None:
            raise UnionError(s1, s2, "the two classes have no common base class")
        return SomeInstance(common, can_be_None)
    if t1 is SomePBC:
        assert isinstance(s1, SomePBC) and isinstance(s2, SomePBC)
        descs = s1.descs | s2.descs
        kinds = {d.kind for d in descs}
        if len(kinds) > 1:
            raise UnionError(s1, s2, "functions, classes and methods cannot be mixed in one variable")
        return SomePBC(descs, can_be_None)
    if t1 is SomeIterator:
        assert isinstance(s1, SomeIterator) and isinstance(s2, SomeIterator)
        if s1.variant != s2.variant or len(s1.extra) != len(s2.extra):
            raise UnionError(s1, s2, "different kinds of iterators")
        return SomeIterator(union(s1.s_container, s2.s_container), s1.variant,
                            *[union(a, b) for a, b in zip(s1.extra, s2.extra, strict=True)])
    if t1 is SomeRange:
        assert isinstance(s1, SomeRange) and isinstance(s2, SomeRange)
        return SomeRange(s1.step if s1.step == s2.step else None)
    if t1 is SomeBuiltin:
        assert isinstance(s1, SomeBuiltin) and isinstance(s2, SomeBuiltin)
        if s1.name != s2.name or s1.methodname != s2.methodname:
            raise UnionError(s1, s2)
        s_self = union(s1.s_self, s2.s_self) if s1.s_self is not None and s2.s_self is not None else None
        return SomeBuiltin(s1.name, s_self, s1.methodname)
    if t1 is SomeTypeOf:
        assert isinstance(s1, SomeTypeOf) and isinstance(s2, SomeTypeOf)
        return SomeTypeOf(union(s1.s_obj, s2.s_obj))
    if t1 is SomePtr:
        assert isinstance(s1, SomePtr) and isinstance(s2, SomePtr)
        if s1.ll_ptrtype != s2.ll_ptrtype:
            raise UnionError(s1, s2)
        return SomePtr(s1.ll_ptrtype)
    if t1 is SomeLLPrimitive:
        assert isinstance(s1, SomeLLPrimitive) and isinstance(s2, SomeLLPrimitive)
        if s1.lltype != s2.lltype:
            raise UnionError(s1, s2)
        return SomeLLPrimitive(s1.lltype)
    if t1 is SomeAddress:
        return SomeAddress()
    if t1 is t2 and s1.__dict__ == s2.__dict__:
        return s1
    if t1 in (SomeModule, SomeLLType):
        if s1.const is s2.const:
            return s1
        raise UnionError(s1, s2)
    raise UnionError(s1, s2)


def unionof(*annotations: SomeObject) -> SomeObject:
    result: SomeObject = s_Impossible
    for s in annotations:
        result = union(result, s)
    return result


def contains(s_big: SomeObject, s_small: SomeObject) -> bool:
    """Is s_small already covered by s_big (so no reflow is needed)?"""
    try:
        return union(s_big, s_small) == s_big
    except UnionError:
        return False
