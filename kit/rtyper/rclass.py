"""Instances and classes: each class is a GcStruct that inlines its parent's struct first, headed by a
pointer to the class's vtable (a static struct with the class-id range, the name, class attributes
and method pointers).  isinstance() compares class ids; methods with several bodies go through the vtable.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any

from kit.annotator.bookkeeper import EXC_MESSAGE
from kit.annotator.classdef import ClassDef
from kit.annotator.model import SomeInstance, SomePBC
from kit.rtyper import lltype
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rtyper import conversion, pairop

if TYPE_CHECKING:
    from kit.rtyper.rtyper import RPythonTyper

OBJECT_VTABLE = lltype.Struct("object_vtable", ("subclassrange_min", lltype.Signed),
                              ("subclassrange_max", lltype.Signed),
                              ("name", lltype.Ptr(lltype.ForwardReference("rpy_string"))))
CLASSTYPE = lltype.Ptr(OBJECT_VTABLE)
OBJECT = lltype.GcStruct("object", ("typeptr", CLASSTYPE))
OBJECTPTR = lltype.Ptr(OBJECT)


class LateInt:
    """An integer known only once all classes are seen (class ids); the backend reads it last."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.value: int | None = None

    def __int__(self) -> int:
        assert self.value is not None, f"{self.what} was never computed"
        return self.value

    def __repr__(self) -> str:
        return f"<{self.what}={self.value}>"


class ClassInfo:
    """Low-level layout of one class: instance struct, vtable struct, the prebuilt vtable."""

    def __init__(self, classdef: ClassDef | None, parent: ClassInfo | None) -> None:
        self.classdef = classdef
        self.parent = parent
        self.name = classdef.name if classdef is not None else "object"
        self.id_min = LateInt(f"{self.name}.min")
        self.id_max = LateInt(f"{self.name}.max")
        self.inst_fields: dict[str, Repr] = {}      # attribute name -> repr (fields this class adds)
        self.cls_fields: dict[str, Repr] = {}       # class attributes stored in the vtable
        self.method_slots: dict[str, Any] = {}      # name -> function pointer repr
        self.STRUCT: lltype.GcStruct = OBJECT
        self.VTABLE: lltype.Struct = OBJECT_VTABLE
        self.vtable: lltype.LLStruct | None = None
        self.ready = False

    def __repr__(self) -> str:
        return f"<ClassInfo {self.name}>"


class ClassHierarchy:
    """All classes of the program: their layouts, vtables, and the class ids for isinstance()."""

    def __init__(self, rtyper: RPythonTyper) -> None:
        self.rtyper = rtyper
        self.root = ClassInfo(None, None)
        self.root.ready = True
        self.infos: dict[ClassDef, ClassInfo] = {}
        self.instance_reprs: dict[Any, InstanceRepr] = {}
        self.class_reprs: dict[Any, ClassRepr] = {}
        self.prebuilt: dict[int, tuple[Any, lltype.LLStruct]] = {}
        self.root_vtable = lltype.LLStruct(OBJECT_VTABLE)
        self.root.vtable = self.root_vtable

    # ---- layouts ---------------------------------------------------------------------------------

    def info(self, classdef: ClassDef | None) -> ClassInfo:
        if classdef is None:
            return self.root
        info = self.infos.get(classdef)
        if info is None:
            parent = self.info(classdef.basedef)
            info = ClassInfo(classdef, parent)
            self.infos[classdef] = info
            self.layout(info)
        return info

    def layout(self, info: ClassInfo) -> None:
        classdef = info.classdef
        assert classdef is not None and info.parent is not None
        rtyper = self.rtyper
        inst_fields: list[tuple[str, lltype.LowLevelType]] = [("super", info.parent.STRUCT)]
        cls_fields: list[tuple[str, lltype.LowLevelType]] = [("super", info.parent.VTABLE)]
        for name, attr in sorted(classdef.attrs.items()):
            s_value = attr.s_value
            if isinstance(s_value, SomePBC) and s_value.kind == "method":
                slot = self.method_slot_type(classdef, name, s_value)
                if slot is not None:
                    info.method_slots[name] = slot
                    cls_fields.append(("meth_" + name, slot))
                continue
            r = rtyper.getrepr(s_value)
            if attr.readonly:
                info.cls_fields[name] = r
                cls_fields.append(("cls_" + name, r.lowleveltype))
            else:
                info.inst_fields[name] = r
                inst_fields.append(("inst_" + name, r.lowleveltype))
        info.STRUCT = lltype.GcStruct(classdef.name, *inst_fields, hints=_immutability_hints(classdef, inst_fields))
        info.VTABLE = lltype.Struct("vtable_" + classdef.name, *cls_fields)
        info.vtable = lltype.LLStruct(info.VTABLE)
        info.ready = True

    def method_slot_type(self, classdef: ClassDef, name: str, s_value: SomePBC) -> lltype.Ptr | None:
        """A vtable slot for a method with several implementations (None: always the same function)."""
        funcs = {d.funcdesc for d in classdef.method_descs_for_receiver(name)}
        if len(funcs) <= 1:
            return None
        graphs = [g for f in funcs for g in f.graphs.values()]
        if not graphs:
            return None
        graph = graphs[0]
        args = [self.rtyper.variable_repr(v).lowleveltype for v in graph.startblock.inputargs]
        result = self.rtyper.variable_repr(graph.getreturnvar()).lowleveltype
        return lltype.Ptr(lltype.FuncType(args, result))

    def instance_repr(self, classdef: ClassDef | None) -> InstanceRepr:
        r = self.instance_reprs.get(classdef)
        if r is None:
            r = InstanceRepr(self.rtyper, classdef)
            self.instance_reprs[classdef] = r
        return r

    def class_repr(self, classdef: ClassDef | None) -> ClassRepr:
        r = self.class_reprs.get(classdef)
        if r is None:
            r = ClassRepr(self.rtyper, classdef)
            self.class_reprs[classdef] = r
        return r

    def find_owner(self, classdef: ClassDef, name: str) -> tuple[ClassInfo, str]:
        """The class whose layout holds attribute `name`, and where ("inst", "cls" or "meth")."""
        for cdef in classdef.getmro():
            info = self.info(cdef)
            if name in info.inst_fields:
                return info, "inst"
            if name in info.cls_fields:
                return info, "cls"
            if name in info.method_slots:
                return info, "meth"
        raise TyperError(f"class {classdef.name} has no attribute '{name}' in its layout")

    # ---- vtables and class ids -------------------------------------------------------------------

    def vtable_pointer(self, classdef: ClassDef | None) -> lltype.LLPointer:
        info = self.info(classdef)
        assert info.vtable is not None
        return lltype.LLPointer(CLASSTYPE, info.vtable)

    def finish(self) -> None:
        """Number the classes (pre-order, so each subtree is one id range) and fill every vtable."""
        for classdef in list(self.rtyper.bookkeeper.classdefs):
            self.info(classdef)
        counter = [0]

        def number(info: ClassInfo) -> None:
            info.id_min.value = counter[0]
            counter[0] += 1
            children = [i for i in self.infos.values() if i.parent is info]
            children.sort(key=lambda i: i.name)
            for child in children:
                number(child)
            info.id_max.value = counter[0]

        number(self.root)
        self.fill_vtable(self.root)
        for info in list(self.infos.values()):
            self.fill_vtable(info)

    def fill_vtable(self, info: ClassInfo) -> None:
        from kit.rtyper.rstr import string_constant
        vtable = info.vtable
        assert vtable is not None
        vtable.setfield("subclassrange_min", info.id_min)
        vtable.setfield("subclassrange_max", info.id_max)
        vtable.setfield("name", string_constant(self.rtyper, info.name))
        if info.classdef is None:
            return
        # every class attribute and method slot along the MRO gets this class's own value
        for cdef in info.classdef.getmro():
            owner = self.info(cdef)
            for name, r in owner.cls_fields.items():
                _, value = info.classdef.lookup_class_value(name)
                vtable.setfield("cls_" + name, r.convert_const(value))
            for name, PTR in owner.method_slots.items():
                origin, func = info.classdef.lookup_class_value(name)
                if origin is None or not isinstance(func, types.FunctionType):
                    vtable.setfield("meth_" + name, lltype.nullptr(PTR))
                    continue
                vtable.setfield("meth_" + name, self.method_pointer(func, PTR))

    def method_pointer(self, func: types.FunctionType, PTR: lltype.Ptr) -> lltype.LLPointer:
        desc = self.rtyper.bookkeeper.getdesc(func)
        graphs = list(desc.graphs.values())  # type: ignore[attr-defined]
        if not graphs:
            return lltype.nullptr(PTR)
        fn = self.rtyper.getllfunction(graphs[0])
        return lltype.LLPointer(PTR, fn)

    # ---- prebuilt instances ----------------------------------------------------------------------

    def prebuilt_instance(self, value: Any) -> lltype.LLStruct:
        found = self.prebuilt.get(id(value))
        if found is not None:
            return found[1]
        bk = self.rtyper.bookkeeper
        classdef = bk.getclassdef(type(value))
        info = self.info(classdef)
        struct = lltype.LLStruct(info.STRUCT)
        self.prebuilt[id(value)] = (value, struct)
        struct.setfield("typeptr", self.vtable_pointer(classdef))
        for cdef in classdef.getmro():
            cinfo = self.info(cdef)
            for name, r in cinfo.inst_fields.items():
                if hasattr(value, "__dict__") and name in value.__dict__:
                    field_value = value.__dict__[name]
                elif name == EXC_MESSAGE and isinstance(value, BaseException):
                    field_value = str(value)
                else:
                    owner, field_value = classdef.lookup_class_value(name)
                    if owner is None:
                        continue
                struct.setfield("inst_" + name, r.convert_const(field_value))
        return struct


class InstanceRepr(Repr):
    """Every instance is held as a pointer to the root struct `object` (so class layouts never depend
    on each other); reading a field first casts to the struct of the class that owns it."""

    lowleveltype = OBJECTPTR

    def __init__(self, rtyper: RPythonTyper, classdef: ClassDef | None) -> None:
        super().__init__(rtyper)
        self.classdef = classdef

    @property
    def info(self) -> ClassInfo:
        return self.rtyper.classes.info(self.classdef)

    def __repr__(self) -> str:
        return f"<InstanceRepr {self.classdef.name if self.classdef else 'object'}>"

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(self.lowleveltype)
        struct = self.rtyper.classes.prebuilt_instance(value)
        return lltype.LLPointer(OBJECTPTR, struct)

    # ---- instances -------------------------------------------------------------------------------

    def new_instance(self, llops: Any, classdef: ClassDef) -> Any:
        """Allocate an instance of exactly `classdef` (fields with class-level defaults filled in)."""
        info = self.rtyper.classes.info(classdef)
        c_type = inputconst(lltype.Void, info.STRUCT)
        v = llops.genop("malloc", [c_type], lltype.Ptr(info.STRUCT))
        v_obj = llops.genop("cast_pointer", [inputconst(lltype.Void, OBJECTPTR), v], OBJECTPTR)
        result = v_obj
        c_vtable = inputconst(CLASSTYPE, self.rtyper.classes.vtable_pointer(classdef))
        llops.genop("setfield", [v_obj, inputconst(lltype.Void, "typeptr"), c_vtable])
        for cdef in classdef.getmro():
            cinfo = self.rtyper.classes.info(cdef)
            for name, r in cinfo.inst_fields.items():
                owner, default = classdef.lookup_class_value(name)
                if owner is None or isinstance(default, types.FunctionType):
                    continue
                v_owner = llops.genop("cast_pointer", [inputconst(lltype.Void, lltype.Ptr(cinfo.STRUCT)), v],
                                      lltype.Ptr(cinfo.STRUCT))
                llops.genop("setfield", [v_owner, inputconst(lltype.Void, "inst_" + name), inputconst(r, default)])
        return result

    def getfield(self, llops: Any, v: Any, name: str) -> tuple[Any, Repr]:
        assert self.classdef is not None
        info, kind = self.rtyper.classes.find_owner(self.classdef, name)
        if kind == "inst":
            v_owner = self.cast_to(llops, v, info)
            r = info.inst_fields[name]
            return llops.genop("getfield", [v_owner, inputconst(lltype.Void, "inst_" + name)], r.lowleveltype), r
        v_vtable = self.load_vtable(llops, v, info)
        if kind == "cls":
            r = info.cls_fields[name]
            return llops.genop("getfield", [v_vtable, inputconst(lltype.Void, "cls_" + name)], r.lowleveltype), r
        PTR = info.method_slots[name]
        return llops.genop("getfield", [v_vtable, inputconst(lltype.Void, "meth_" + name)], PTR), None

    def cast_to(self, llops: Any, v: Any, info: ClassInfo) -> Any:
        PTR = lltype.Ptr(info.STRUCT)
        if PTR == v.concretetype:
            return v
        return llops.genop("cast_pointer", [inputconst(lltype.Void, PTR), v], PTR)

    def load_vtable(self, llops: Any, v: Any, info: ClassInfo) -> Any:
        v_obj = llops.genop("cast_pointer", [inputconst(lltype.Void, OBJECTPTR), v], OBJECTPTR)
        v_vtable = llops.genop("getfield", [v_obj, inputconst(lltype.Void, "typeptr")], CLASSTYPE)
        VPTR = lltype.Ptr(info.VTABLE)
        if VPTR == CLASSTYPE:
            return v_vtable
        return llops.genop("cast_pointer", [inputconst(lltype.Void, VPTR), v_vtable], VPTR)

    def check_not_none(self, hop: HighLevelOp, v: Any, name: str) -> None:
        """Instances that may be None: a None raises AttributeError (never a crash)."""
        if hop.args_s[0].can_be_None:
            from kit.rtyper.llstr import STRPTR
            from kit.rtyper.rstr import string_constant
            message = string_constant(self.rtyper, f"'NoneType' object has no attribute '{name}'")
            hop.llops.gendirectcall(ll_check_not_none, v, inputconst(STRPTR, message))

    def rtype_getattr(self, hop: HighLevelOp) -> Any:
        name = hop.args_s[1].const
        v = hop.inputarg(self, 0)
        hop.exception_cannot_occur()
        if not (isinstance(hop.s_result, SomePBC) and hop.s_result.kind == "method"):
            self.check_not_none(hop, v, name)
        if isinstance(hop.s_result, SomePBC) and hop.s_result.kind == "method":
            return v  # a bound method is represented by its receiver
        if name == EXC_MESSAGE and self.classdef is not None and issubclass(self.classdef.cls, BaseException):
            try:
                self.rtyper.classes.find_owner(self.classdef, name)
            except TyperError:
                from kit.rtyper.rstr import string_constant
                return inputconst(hop.r_result.lowleveltype, string_constant(self.rtyper, ""))
        v_result, r = self.getfield(hop.llops, v, name)
        return hop.llops.convertvar(v_result, r, hop.r_result)

    def rtype_setattr(self, hop: HighLevelOp) -> Any:
        name = hop.args_s[1].const
        assert self.classdef is not None
        info, kind = self.rtyper.classes.find_owner(self.classdef, name)
        if kind != "inst":
            raise TyperError(f"attribute '{name}' is stored in the class, not in instances")
        r = info.inst_fields[name]
        v_obj = hop.inputarg(self, 0)
        v_value = hop.inputarg(r, 2)
        hop.exception_cannot_occur()
        self.check_not_none(hop, v_obj, name)
        v_owner = self.cast_to(hop.llops, v_obj, info)
        hop.genop("setfield", [v_owner, inputconst(lltype.Void, "inst_" + name), v_value])
        return None

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("ptr_nonzero", [v], lltype.Bool)

    def rtype_type(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return self.load_vtable(hop.llops, v, self.rtyper.classes.root)

    def rtype_hash(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("identityhash", [v], lltype.Signed)

    def get_ll_hash_function(self) -> Any:
        return ll_identityhash

    def rtype_isinstance_of(self, llops: Any, v: Any, classdefs: list[ClassDef]) -> Any:
        """isinstance(v, one of classdefs), False for None: a class-id range check per class."""
        v_obj = llops.convertvar(v, self, self.rtyper.classes.instance_repr(None))
        result = None
        for cdef in classdefs:
            info = self.rtyper.classes.info(cdef)
            c_min = inputconst(lltype.Signed, 0)
            c_min.value = info.id_min
            c_max = inputconst(lltype.Signed, 0)
            c_max.value = info.id_max
            v_ok = llops.gendirectcall(ll_isinstance, v_obj, c_min, c_max)
            result = v_ok if result is None else llops.gendirectcall(ll_or, result, v_ok)
        return result


def ll_check_not_none(obj: Any, message: Any) -> None:
    if not obj:
        raise AttributeError(message)


def ll_isinstance(obj: Any, id_min: int, id_max: int) -> bool:
    if not obj:
        return False
    class_id = obj.typeptr.subclassrange_min
    return id_min <= class_id < id_max


def ll_or(a: bool, b: bool) -> bool:
    return a or b


def ll_identityhash(p: Any) -> int:
    from kit.rtyper.llop import llop
    return llop.identityhash(lltype.Signed, p)


class ClassRepr(Repr):
    """A class as a value (type(x), a class in a variable, an exception type): its vtable pointer."""

    lowleveltype = CLASSTYPE

    def __init__(self, rtyper: RPythonTyper, classdef: ClassDef | None) -> None:
        super().__init__(rtyper)
        self.classdef = classdef

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(CLASSTYPE)
        if not isinstance(value, type):
            raise TyperError(f"not a class: {value!r}")
        return self.rtyper.classes.vtable_pointer(self.rtyper.bookkeeper.getclassdef(value))

    def rtype_getattr(self, hop: HighLevelOp) -> Any:
        name = hop.args_s[1].const
        if name != "__name__":
            raise TyperError(f"only type(x).__name__ is supported, not .{name}")
        v = hop.inputarg(self, 0)
        hop.exception_cannot_occur()
        return hop.genop("getfield", [v, inputconst(lltype.Void, "name")], hop.r_result.lowleveltype)


@pairop(InstanceRepr, InstanceRepr, "is_", "eq")
def rtype_instance_is(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(*hop.args_r)   # every instance is a Ptr(OBJECT); constants convert by repr
    return hop.genop("ptr_eq", [v1, v2], lltype.Bool)


@pairop(InstanceRepr, InstanceRepr, "ne")
def rtype_instance_ne(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(*hop.args_r)
    return hop.genop("ptr_ne", [v1, v2], lltype.Bool)


@pairop(ClassRepr, ClassRepr, "is_", "eq")
def rtype_class_is(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(CLASSTYPE, CLASSTYPE)
    return hop.genop("ptr_eq", [v1, v2], lltype.Bool)


@pairop(ClassRepr, ClassRepr, "ne")
def rtype_class_ne(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(CLASSTYPE, CLASSTYPE)
    return hop.genop("ptr_ne", [v1, v2], lltype.Bool)


@conversion(InstanceRepr, InstanceRepr)
def convert_instance(rtyper: Any, r_from: InstanceRepr, r_to: InstanceRepr, v: Any, llops: Any) -> Any:
    return v  # all instances are held as pointers to `object`


def instance_classdefs(rtyper: RPythonTyper, s: Any) -> list[ClassDef]:
    if isinstance(s, SomeInstance) and s.classdef is not None:
        return [s.classdef]
    return []


def _immutability_hints(classdef: ClassDef, inst_fields: list[tuple[str, Any]]) -> dict:
    """What the JIT may assume about the fields: `_immutable_ = True` makes every field immutable;
    `_immutable_fields_ = ["x", "items[*]", "version?"]` names fields that never change after
    construction ("[*]": nor do the items of the array they hold; "?": quasi-immutable, rarely
    changed, code depending on it is invalidated when it does)."""
    cls = classdef.cls
    declared = {}
    if cls.__dict__.get("_immutable_", False):
        declared = {name[len("inst_"):]: "" for name, _ in inst_fields if name.startswith("inst_")}
    for spec in cls.__dict__.get("_immutable_fields_", ()):
        name, kind = spec, ""
        if name.endswith("[*]"):
            name, kind = name[:-3], "[*]"
        if name.endswith("?"):
            name, kind = name[:-1], "?" + kind
        declared[name] = kind
    fields = {f"inst_{name}": kind for name, kind in declared.items()
              if any(f == f"inst_{name}" for f, _ in inst_fields)}
    return {"immutable_fields": fields} if fields else {}
