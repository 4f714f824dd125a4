"""ClassDefs: the annotator's view of user classes, with their attributes generalised over all uses.

An attribute lives on the most general class that uses it: when a base class starts using a name a
subclass already had, the subclass's attribute moves up and the two are merged.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any

from kit.annotator.model import SomeObject, SomePBC, UnionError, s_Impossible, union
from kit.annotator.origin import Origin

if TYPE_CHECKING:
    from kit.annotator.bookkeeper import Bookkeeper
    from kit.annotator.description import ClassDesc

# attributes every class has that are not program data
_IGNORED_CLASS_ATTRS = {"__module__", "__doc__", "__dict__", "__weakref__", "__qualname__", "__slots__",
                        "_mixin_", "_immutable_fields_", "_immutable_", "_virtualizable_", "__annotations__",
                        "__init_subclass__", "__firstlineno__", "__static_attributes__", "_attrs_",
                        "__classcell__", "__orig_bases__", "__parameters__"}


class Attribute:
    """One attribute of a family of classes: the union of every value ever stored or defined."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.s_value: SomeObject = s_Impossible
        self.readers: set[Any] = set()
        self.origins: list[tuple[Origin | None, SomeObject]] = []
        # False once the attribute is written on an instance (run time or prebuilt): then it is an
        # instance field; otherwise it is a class attribute, stored in the class's vtable
        self.readonly = True
        self.read_locations: list[Any] = []

    def add_value(self, bookkeeper: Bookkeeper, owner: ClassDef, s_value: SomeObject,
                  origin: Origin | None) -> bool:
        try:
            s_new = union(self.s_value, s_value)
        except UnionError as exc:
            bookkeeper.attribute_union_error(owner, self, s_value, origin, exc)
            raise AssertionError("unreachable") from None
        if s_new == self.s_value:
            return False
        self.origins.append((origin, s_value))
        self.s_value = s_new
        for position in list(self.readers):
            bookkeeper.annotator.reflow(position)
        return True

    def merge(self, bookkeeper: Bookkeeper, owner: ClassDef, other: Attribute) -> None:
        for origin, s_value in other.origins:
            self.add_value(bookkeeper, owner, s_value, origin)
        self.readers |= other.readers
        self.read_locations.extend(other.read_locations)
        self.readonly = self.readonly and other.readonly
        for position in list(self.readers):
            bookkeeper.annotator.reflow(position)


class ClassDef:
    def __init__(self, bookkeeper: Bookkeeper, classdesc: ClassDesc, basedef: ClassDef | None) -> None:
        self.bookkeeper = bookkeeper
        self.classdesc = classdesc
        self.cls = classdesc.pyobj
        self.name = self.cls.__name__
        self.basedef = basedef
        self.subdefs: list[ClassDef] = []
        self.attrs: dict[str, Attribute] = {}
        self.instantiated = False
        if basedef is not None:
            basedef.subdefs.append(self)
            # attributes the ancestors already track get this class's own class-level values
            for ancestor in basedef.getmro():
                for _name, attr in list(ancestor.attrs.items()):
                    self.add_class_source(ancestor, attr, self)

    def __repr__(self) -> str:
        return f"<ClassDef {self.name}>"

    def getmro(self) -> list[ClassDef]:
        result, cdef = [], self
        while cdef is not None:
            result.append(cdef)
            cdef = cdef.basedef  # type: ignore[assignment]
        return result

    def issubclass(self, other: ClassDef) -> bool:
        return other in self.getmro()

    def commonbase(self, other: ClassDef) -> ClassDef | None:
        mine = self.getmro()
        for cdef in other.getmro():
            if cdef in mine:
                return cdef
        return None

    def getallsubdefs(self) -> list[ClassDef]:
        result, pending = [], [self]
        while pending:
            cdef = pending.pop()
            result.append(cdef)
            pending.extend(cdef.subdefs)
        return result

    def depth(self) -> int:
        return len(self.getmro())

    # ---- attributes ------------------------------------------------------------------------------

    def class_value(self, name: str) -> tuple[bool, Any]:
        """The value of `name` in this class's own body (not inherited)."""
        if name in _IGNORED_CLASS_ATTRS:
            return False, None
        d = self.classdesc.classdict
        if name in d and not isinstance(d[name], types.MemberDescriptorType | types.GetSetDescriptorType):
            return True, d[name]   # (a name in __slots__ is an instance field, not a class value)
        return False, None

    def add_class_source(self, owner: ClassDef, attr: Attribute, cdef: ClassDef) -> None:
        """Fold the class-level value of `attr.name` in `cdef`'s body into the attribute on `owner`."""
        found, value = cdef.class_value(attr.name)
        if not found:
            return
        s_value = self.bookkeeper.class_attribute_value(cdef, attr.name, value)
        if s_value is not None:
            attr.add_value(self.bookkeeper, owner, s_value,
                           Origin(cdef.classdesc.location(attr.name), f"defined in class {cdef.name}"))

    def locate_attribute(self, name: str) -> ClassDef:
        """The class (self or a base) that owns attribute `name`, creating it on self if needed."""
        for cdef in self.getmro():
            if name in cdef.attrs:
                return cdef
        # a value defined in a base class's body (a method, a class constant) makes the attribute
        # belong to that base, so every class inheriting the definition sees the same attribute
        owner = self
        for cdef in self.getmro():
            if cdef.class_value(name)[0]:
                owner = cdef
        return owner._create_attribute(name)

    def _create_attribute(self, name: str) -> ClassDef:
        attr = Attribute(name)
        # subclasses that already had the attribute give it up to this class
        absorbed = []
        for sub in self.getallsubdefs():
            if sub is not self and name in sub.attrs:
                absorbed.append(sub.attrs.pop(name))
        self.attrs[name] = attr
        for sub in self.getallsubdefs():
            self.add_class_source(self, attr, sub)
        for old in absorbed:
            attr.merge(self.bookkeeper, self, old)
        return self

    def find_attribute(self, name: str) -> Attribute:
        return self.locate_attribute(name).attrs[name]

    def read_attribute(self, name: str, location: Any = None) -> Attribute:
        attr = self.find_attribute(name)
        position = self.bookkeeper.position
        if position is not None:
            attr.readers.add(position)
        if location is not None and len(attr.read_locations) < 5:
            attr.read_locations.append(location)
        return attr

    def write_attribute(self, name: str, s_value: SomeObject, origin: Origin | None) -> None:
        owner = self.locate_attribute(name)
        attr = owner.attrs[name]
        attr.readonly = False
        attr.add_value(self.bookkeeper, owner, s_value, origin)

    def all_attributes(self) -> dict[str, Attribute]:
        """Every attribute visible on instances of this class (own and inherited)."""
        result: dict[str, Attribute] = {}
        for cdef in reversed(self.getmro()):
            result.update(cdef.attrs)
        return result

    def lookup_class_value(self, name: str) -> tuple[ClassDef | None, Any]:
        """Python's lookup of a class attribute: the first class in the MRO whose body defines it."""
        for cdef in self.getmro():
            found, value = cdef.class_value(name)
            if found:
                return cdef, value
        return None, None

    def method_descs_for_receiver(self, name: str) -> list[Any]:
        """Every function `receiver.name` may run, for receivers of this class or any subclass."""
        found = []
        for sub in self.getallsubdefs():
            origin, value = sub.lookup_class_value(name)
            if origin is not None and isinstance(value, types.FunctionType):
                desc = self.bookkeeper.getmethoddesc(value, origin, self, name)
                if desc not in found:
                    found.append(desc)
        return found

    def bind_methods(self, s_value: SomeObject, name: str) -> SomeObject:
        """The annotation of `instance.name` when the attribute holds methods: bound to this class."""
        if not isinstance(s_value, SomePBC) or s_value.kind != "method":
            return s_value
        descs = self.method_descs_for_receiver(name)
        return SomePBC(descs, s_value.can_be_None) if descs else s_value

    def classes_missing_method(self, name: str) -> list[ClassDef]:
        """Instantiated classes (this one or below) on which `name` finds no method at all."""
        missing = []
        for sub in self.getallsubdefs():
            if sub.instantiated and sub.lookup_class_value(name)[0] is None:
                missing.append(sub)
        return missing
