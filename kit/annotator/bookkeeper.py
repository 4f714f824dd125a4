"""The bookkeeper: annotations of prebuilt Python objects, descriptions and class definitions, calls.

Everything reachable from the program's globals becomes a constant of the executable; this is
where its annotation is computed (and where prebuilt instances feed their classes' attributes).
"""

from __future__ import annotations

import builtins
import types
from typing import TYPE_CHECKING, Any

from kit.annotator.classdef import ClassDef
from kit.annotator.description import CallArgs, ClassDesc, Desc, FrozenDesc, FunctionDesc, MethodDesc
from kit.annotator.listdef import DictDef, ItemCell, ListDef
from kit.annotator.model import (
    SomeBool,
    SomeBuiltin,
    SomeBytes,
    SomeDict,
    SomeFloat,
    SomeInstance,
    SomeInteger,
    SomeList,
    SomeLLType,
    SomeModule,
    SomeObject,
    SomePBC,
    SomePtr,
    SomeString,
    SomeTuple,
    UnionError,
    const,
    s_Impossible,
    s_None,
    unionof,
)
from kit.annotator.origin import AnnotatorError, Origin
from kit.flow.model import FunctionGraph, Location
from kit.rlib.rarithmetic import MAXINT, MININT, r_uint
from kit.rlib.unroll import unrolling_iterable
from kit.rtyper import lltype

if TYPE_CHECKING:
    from kit.annotator.annrpython import RPythonAnnotator

# the hidden attribute holding str(exc): the first argument given to the exception's constructor
EXC_MESSAGE = "_kit_message_"

# exceptions the runtime or low-level helpers may raise: their classes exist from the start
STANDARD_EXCEPTIONS = [MemoryError, RecursionError, OverflowError, ZeroDivisionError, IndexError, KeyError,
                       ValueError, TypeError, StopIteration, AssertionError, OSError, NotImplementedError,
                       RuntimeError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, AttributeError]

BUILTIN_EXCEPTIONS = {cls for cls in vars(builtins).values()
                      if isinstance(cls, type) and issubclass(cls, BaseException)}


class Bookkeeper:
    def __init__(self, annotator: RPythonAnnotator) -> None:
        self.jit_greens: dict[int, dict[str, SomeObject]] = {}   # per JitDriver: the greens' annotations
        self.annotator = annotator
        self.descs: dict[Any, Desc] = {}
        self.methoddescs: dict[tuple, MethodDesc] = {}
        self.classdefs: list[ClassDef] = []
        self.prebuilt_lists: dict[int, tuple[Any, SomeList]] = {}
        self.prebuilt_dicts: dict[int, tuple[Any, SomeDict]] = {}
        self.prebuilt_instances: dict[int, Any] = {}
        self.position: Any = None          # (graph, block, index) of the operation being annotated
        self.current_loc: Location | None = None
        # every set of descriptions called together at one call site (the rtyper needs uniform calls)
        self.call_sites: list[tuple[Any, frozenset, bool]] = []
        self.graphs_called_here: list[Any] = []
        self.memo_tables: dict[Any, dict] = {}
        self.mixin_copies: dict[tuple[int, int], Any] = {}

    def prepare_exception_classes(self) -> None:
        """Before annotation: the standard exception classes exist, and every exception keeps its
        message (None when none was given), so raising them from low-level helpers changes nothing."""
        for cls in STANDARD_EXCEPTIONS:
            self.getclassdef(cls).instantiated = True
        origin = Origin(None, "the message of an exception")
        self.getclassdef(BaseException).write_attribute(EXC_MESSAGE, SomeString(can_be_None=True), origin)
        self.getclassdef(OSError).write_attribute("errno", SomeInteger(), Origin(None, "the errno of an OSError"))

    # ---- descriptions ----------------------------------------------------------------------------

    def getdesc(self, pyobj: Any) -> Desc:
        key = id(pyobj)
        desc = self.descs.get(key)
        if desc is None:
            if isinstance(pyobj, types.FunctionType):
                desc = FunctionDesc(self, pyobj)
            elif isinstance(pyobj, type):
                desc = ClassDesc(self, pyobj)
            elif _is_frozen(pyobj):
                desc = FrozenDesc(self, pyobj)
            else:
                raise AnnotatorError(f"cannot describe {pyobj!r}")
            self.descs[key] = (desc, pyobj)  # type: ignore[assignment]
            return desc
        return desc[0]  # type: ignore[index]

    def getclassdef(self, cls: type) -> ClassDef:
        desc = self.getdesc(cls)
        assert isinstance(desc, ClassDesc)
        if desc.classdef is None:
            if cls.__dict__.get("_mixin_", False):
                raise AnnotatorError(f"class {cls.__name__} is a _mixin_ and cannot be used directly",
                                     self.current_loc, hint="use a class that inherits from it")
            basedef = None
            bases = [b for b in cls.__bases__ if not b.__dict__.get("_mixin_", False)]
            if len(bases) > 1 and not all(b is object for b in bases[1:]):
                raise AnnotatorError(f"class {cls.__name__} has several base classes; RPython has single "
                                     "inheritance", desc.location(), hint="make the extra bases _mixin_ classes")
            if bases and bases[0] is not object:
                if bases[0].__dict__.get("_mixin_", False):
                    bases = [b for b in bases[0].__mro__ if not b.__dict__.get("_mixin_", False)][:1]
                if bases and bases[0] is not object:
                    basedef = self.getclassdef(bases[0])
            if cls in BUILTIN_EXCEPTIONS:
                desc.classdict = {}
            desc.classdef = ClassDef(self, desc, basedef)
            self.classdefs.append(desc.classdef)
        return desc.classdef

    def getmethoddesc(self, func: types.FunctionType, originclassdef: ClassDef, selfclassdef: ClassDef | None,
                      name: str) -> MethodDesc:
        funcdesc = self.getdesc(func)
        assert isinstance(funcdesc, FunctionDesc)
        key = (id(func), originclassdef, selfclassdef, name)
        desc = self.methoddescs.get(key)
        if desc is None:
            desc = MethodDesc(self, funcdesc, originclassdef, selfclassdef, name)
            self.methoddescs[key] = desc
        return desc

    def build_graph(self, func: types.FunctionType, constargs: dict[int, Any], name: str) -> FunctionGraph:
        return self.annotator.build_graph(func, constargs, name)

    # ---- prebuilt values -------------------------------------------------------------------------

    def immutablevalue(self, x: Any) -> SomeObject:
        """The annotation of a constant Python object used by the program."""
        if x is None:
            return s_None
        tp = type(x)
        if tp is bool:
            return const(SomeBool(), x)
        if tp is r_uint:
            return const(SomeInteger(unsigned=True), x)
        if tp is int:
            if not MININT <= x <= MAXINT:
                raise AnnotatorError(f"the integer constant {x} does not fit a 64-bit machine word",
                                     self.current_loc, hint="use kit.rlib.rbigint for big numbers")
            return const(SomeInteger(nonneg=x >= 0), x)
        if tp is float:
            return const(SomeFloat(), x)
        if tp is lltype.AddressAsInt or tp.__name__ == "LateInt":
            return SomeInteger()      # an address: known only once the program is linked
        if tp is str:
            return const(SomeString(), x)
        if tp is bytes:
            return const(SomeBytes(), x)
        if tp is tuple:
            return const(SomeTuple([self.immutablevalue(item) for item in x]), x)
        if tp is list:
            return self._prebuilt_list(x)
        if tp is dict:
            return self._prebuilt_dict(x)
        special = _special_callable(x)
        if special is not None:
            return special
        if isinstance(x, types.FunctionType):
            return SomePBC([self.getdesc(x)])
        if isinstance(x, type):
            if issubclass(x, BaseException) or _is_user_class(x):
                return SomePBC([self.getdesc(x)])
            if x in _BUILTIN_TYPES_AS_VALUES:
                return SomeBuiltin(x.__name__, pyobj=x)
            raise AnnotatorError(f"the builtin type {x.__name__} cannot be used as a value at run time",
                                 self.current_loc)
        if isinstance(x, types.BuiltinFunctionType | types.BuiltinMethodType):
            return SomeBuiltin(getattr(x, "__name__", "?"), pyobj=x)
        if isinstance(x, types.ModuleType):
            return SomeModule(x)
        if isinstance(x, unrolling_iterable):
            raise AnnotatorError("an unrolling_iterable can only be iterated over by a 'for' loop",
                                 self.current_loc)
        if isinstance(x, types.MethodType):
            return self._prebuilt_bound_method(x)
        if _is_lltype(x):
            return SomeLLType(x)
        if _is_llpointer(x):
            return const(SomePtr(x.PTRTYPE), x)
        if _is_frozen(x):
            return SomePBC([self.getdesc(x)])
        if _is_user_class(tp) or isinstance(x, BaseException):
            return self._prebuilt_instance(x)
        if isinstance(x, SomeObject):
            raise AnnotatorError("an annotation object is not a run-time value", self.current_loc)
        raise AnnotatorError(f"a prebuilt {tp.__name__} object cannot be used at run time "
                             f"(value: {_short_repr(x)})", self.current_loc,
                             hint="only ints, floats, bools, None, str, bytes, tuples, lists, dicts, "
                                  "functions, classes and instances of your own classes are RPython")

    def _prebuilt_list(self, x: list) -> SomeObject:
        found = self.prebuilt_lists.get(id(x))
        if found is not None:
            return found[1]
        listdef = ListDef(self)
        s_list = SomeList(listdef)
        self.prebuilt_lists[id(x)] = (x, s_list)
        origin = Origin(self.current_loc, "an item of a prebuilt list")
        for item in x:
            listdef.generalize(self.immutablevalue(item), origin)
        return s_list

    def _prebuilt_dict(self, x: dict) -> SomeObject:
        found = self.prebuilt_dicts.get(id(x))
        if found is not None:
            return found[1]
        dictdef = DictDef(self)
        s_dict = SomeDict(dictdef)
        self.prebuilt_dicts[id(x)] = (x, s_dict)
        origin = Origin(self.current_loc, "an item of a prebuilt dict")
        for key, value in x.items():
            dictdef.generalize_key(self.immutablevalue(key), origin)
            dictdef.generalize_value(self.immutablevalue(value), origin)
        return s_dict

    def _prebuilt_instance(self, x: Any) -> SomeObject:
        classdef = self.getclassdef(type(x))
        s_inst = SomeInstance(classdef)
        s_inst.const = x
        if id(x) not in self.prebuilt_instances:
            self.prebuilt_instances[id(x)] = x
            classdef.instantiated = True
            origin = Origin(self.current_loc, f"an attribute of a prebuilt {classdef.name}")
            for name, value in vars(x).items() if hasattr(x, "__dict__") else ():
                classdef.write_attribute(name, self.immutablevalue(value), origin)
            if isinstance(x, BaseException):
                message = str(x)
                classdef.write_attribute(EXC_MESSAGE, self.immutablevalue(message), origin)
        return s_inst

    def _prebuilt_bound_method(self, x: types.MethodType) -> SomeObject:
        receiver = x.__self__
        func = x.__func__
        if isinstance(receiver, type) or not isinstance(func, types.FunctionType):
            raise AnnotatorError(f"the prebuilt bound method {_short_repr(x)} cannot be used at run time",
                                 self.current_loc)
        s_self = self.immutablevalue(receiver)
        if not isinstance(s_self, SomeInstance):
            raise AnnotatorError(f"methods of {_short_repr(receiver)} cannot be used as values",
                                 self.current_loc)
        classdef = s_self.classdef
        assert classdef is not None
        origin, _ = classdef.lookup_class_value(func.__name__)
        desc = self.getmethoddesc(func, origin or classdef, classdef, func.__name__)
        return SomePBC([desc])

    def class_attribute_value(self, cdef: ClassDef, name: str, value: Any) -> SomeObject | None:
        """The annotation of a value defined in a class body (a method, a constant)."""
        if isinstance(value, types.FunctionType):
            return SomePBC([self.getmethoddesc(value, cdef, None, name)])
        if isinstance(value, staticmethod):
            return self.immutablevalue(value.__func__)
        if isinstance(value, classmethod | property):
            raise AnnotatorError(f"{type(value).__name__} '{name}' in class {cdef.name} is not RPython",
                                 cdef.classdesc.location(name),
                                 hint="use a plain method or a module-level function")
        saved = self.current_loc
        self.current_loc = cdef.classdesc.location()
        try:
            return self.immutablevalue(value)
        finally:
            self.current_loc = saved

    # ---- dict keys -------------------------------------------------------------------------------

    def check_dict_key(self, s_key: SomeObject, origin: Origin | None) -> None:
        if isinstance(s_key, SomeList | SomeDict | SomeFloat):
            what = "a float" if isinstance(s_key, SomeFloat) else s_key.describe()
            raise AnnotatorError(f"{what} cannot be a dict key in RPython", self.current_loc,
                                 hint="keys may be int, str, bytes, tuples of these, or instances (by identity)")

    # ---- error reports ---------------------------------------------------------------------------

    def item_union_error(self, cell: ItemCell, s_new: SomeObject, origin: Origin | None, what: str,
                         exc: UnionError) -> None:
        notes = [f"the {what}s were {cell.s_value.describe()} so far:"]
        for old_origin, s_old in cell.origins[-3:]:
            notes.append(f"  {s_old.describe()}: " + (old_origin.line() if old_origin else "(unknown)"))
        notes.append(f"and now {s_new.describe()}: " + (origin.line() if origin else "here"))
        if exc.reason:
            notes.append(exc.reason)
        kind = "list" if what == "list item" else "dict"
        raise AnnotatorError(f"a {kind} cannot hold both {cell.s_value.describe()} and {s_new.describe()}",
                             origin.loc if origin else self.current_loc, notes=notes,
                             hint="RPython containers hold one type; give the items a common base class")

    def attribute_union_error(self, owner: ClassDef, attr: Any, s_new: SomeObject, origin: Origin | None,
                              exc: UnionError) -> None:
        notes = []
        for old_origin, s_old in attr.origins[-3:]:
            notes.append(f"{s_old.describe()}: " + (old_origin.line() if old_origin else "(unknown)"))
        notes.append(f"{s_new.describe()}: " + (origin.line() if origin else "here"))
        if exc.reason:
            notes.append(exc.reason)
        raise AnnotatorError(f"attribute '{attr.name}' of class {owner.name} would be both "
                             f"{attr.s_value.describe()} and {s_new.describe()}",
                             origin.loc if origin else self.current_loc, notes=notes,
                             hint="give the attribute one type everywhere (set it in __init__)")

    # ---- calls -----------------------------------------------------------------------------------

    def call_pbc(self, s_callee: SomePBC, args: CallArgs, origin: Origin | None) -> SomeObject:
        results = []
        outer_calls = self.graphs_called_here
        self.graphs_called_here = []
        for desc in s_callee.descs:
            if isinstance(desc, FunctionDesc):
                results.append(self.call_function(desc, args, origin))
            elif isinstance(desc, MethodDesc):
                s_self = SomeInstance(desc.self_classdef())
                results.append(self.call_function(desc.funcdesc, args.prepend(s_self), origin))
            elif isinstance(desc, ClassDesc):
                results.append(self.instantiate(desc, args, origin))
            else:
                raise AnnotatorError(f"{desc.describe()} is not callable", self.current_loc)
        # the graphs one call site may reach must share a signature (see kit.rtyper.normalize)
        self.call_sites.append((self.position, frozenset(self.graphs_called_here),
                                any(isinstance(d, MethodDesc) for d in s_callee.descs)))
        self.graphs_called_here = outer_calls
        return unionof(*results)

    def call_function(self, desc: FunctionDesc, args: CallArgs, origin: Origin | None) -> SomeObject:
        if getattr(desc.pyobj, "_kit_not_rpython_", False):
            raise AnnotatorError(f"{desc.name}() is marked not_rpython and cannot be called at run time",
                                 self.current_loc)
        args_s = desc.bind_arguments(args, self.current_loc)
        if desc.specializer is not None and desc.specializer[0] == "memo":
            return self.memo_call(desc, args_s)
        graph = desc.get_graph(args_s)
        self.graphs_called_here.append(graph)
        if desc.is_lowlevel_helper():
            args_s = [_general_lowlevel(s) for s in args_s]
        return self.annotator.recursivecall(graph, args_s, origin)

    def memo_call(self, desc: FunctionDesc, args_s: list[SomeObject]) -> SomeObject:
        """@specialize.memo(): run the function now, on constant arguments."""
        values = []
        for i, s in enumerate(args_s):
            if not s.is_constant():
                raise AnnotatorError(f"argument {i} of the memo function {desc.name}() must be a constant, "
                                     f"not {s.describe()}", self.current_loc)
            values.append(s.const)
        # the function runs now; memoised so the rtyper finds the same object again
        if not hasattr(desc.pyobj, "_kit_memo_cache_"):
            cache: dict = {}
            original = desc.pyobj

            def cached(*args: Any) -> Any:
                key = tuple(id(v) if not isinstance(v, int | str | float | bool | tuple) else v for v in args)
                if key not in cache:
                    cache[key] = original(*args)
                return cache[key]
            desc.pyobj = cached
            desc.pyobj._kit_memo_cache_ = cache  # type: ignore[attr-defined]
        return self.immutablevalue(desc.pyobj(*values))

    def instantiate(self, desc: ClassDesc, args: CallArgs, origin: Origin | None) -> SomeObject:
        classdef = self.getclassdef(desc.pyobj)
        classdef.instantiated = True
        s_inst = SomeInstance(classdef)
        init_owner, init = classdef.lookup_class_value("__init__")
        if init_owner is not None and isinstance(init, types.FunctionType):
            if issubclass(desc.pyobj, BaseException) and args.positional:
                # like BaseException.__new__: str(exc) is the constructor's argument(s)
                classdef.write_attribute(EXC_MESSAGE, SomeString(), Origin(self.current_loc, "an exception message"))
            s_method = SomePBC([self.getmethoddesc(init, init_owner, classdef, "__init__")])
            s_result = self.call_pbc(s_method, args, origin)
            if s_result != s_None and s_result is not s_Impossible and not s_result.is_constant():
                raise AnnotatorError(f"{desc.name}.__init__ must return None", self.current_loc)
        elif issubclass(desc.pyobj, BaseException):
            self.builtin_exception_init(classdef, args)
        elif args.positional or args.keywords:
            raise AnnotatorError(f"{desc.name}() takes no arguments (the class has no __init__)",
                                 self.current_loc)
        return s_inst

    def builtin_exception_init(self, classdef: ClassDef, args: CallArgs) -> None:
        """BaseException.__init__(self, *args): the message (str of the first argument) is kept."""
        origin = Origin(self.current_loc, "an exception's message")
        if issubclass(classdef.cls, OSError) and len(args.positional) >= 2:
            # OSError(errno, strerror[, filename]): the two fields a program reads back
            classdef.write_attribute("errno", args.positional[0], origin)
            s_strerror = args.positional[1]
            if isinstance(s_strerror, SomePtr):
                s_strerror = SomeString()   # raised by kit's own low-level helpers (kit/rtyper/ros.py)
            classdef.write_attribute("strerror", s_strerror, origin)
        if args.positional:
            classdef.write_attribute(EXC_MESSAGE, SomeString(), origin)
        else:
            classdef.find_attribute(EXC_MESSAGE)


_BUILTIN_TYPES_AS_VALUES = {int, float, str, bytes, bool, list, dict, tuple, object, type, range,
                            enumerate, zip, reversed}


def _general_lowlevel(s: SomeObject) -> SomeObject:
    """A low-level helper's argument as its copy sees it: any value of its type.  (Knowledge like
    "non-negative" or "the constant True" would otherwise make a later, more general call change an
    already lowered copy.)  Constants its copy is specialised on stay constants."""
    if isinstance(s, SomeBool):
        return SomeBool()
    if isinstance(s, SomeInteger):
        return SomeInteger(unsigned=s.unsigned)
    if isinstance(s, SomeFloat):
        return SomeFloat()
    if isinstance(s, SomePtr):
        return SomePtr(s.ll_ptrtype) if type(s) is SomePtr else s
    return s


def _special_callable(x: Any) -> SomeObject | None:
    """Builtins, externals, kit.rlib helpers, lltype functions, llop.* and C functions."""
    from kit.annotator.builtins import SPECIAL_CALLABLES
    from kit.rffi import CFunction
    from kit.rtyper import lltype
    from kit.rtyper.llop import LLOpCallable
    try:
        entry = SPECIAL_CALLABLES.get(id(x))
    except TypeError:
        entry = None
    if entry is not None and entry[0] is x:
        return SomeBuiltin(getattr(x, "__name__", "?"), pyobj=x)
    from kit.rlib.jit import JitDriver
    if isinstance(x, JitDriver):
        return SomeBuiltin("JitDriver " + x.name, pyobj=x)
    if isinstance(x, types.MethodType) and isinstance(x.__self__, JitDriver):
        return SomeBuiltin(x.__name__, pyobj=x)
    if isinstance(x, LLOpCallable | CFunction | lltype.LLFunction) or x in (lltype.malloc, lltype.cast_pointer,
                                                         lltype.cast_primitive, lltype.nullptr,
                                                         lltype.cast_opaque_ptr,
                                                         lltype.typeOf_struct, lltype.typeOf_item,
                                                         lltype.default_of_item):
        return SomeBuiltin(getattr(x, "name", getattr(x, "__name__", "?")), pyobj=x)
    return None


def _is_user_class(cls: type) -> bool:
    return cls.__module__ not in ("builtins",) and not issubclass(cls, SomeObject) and isinstance(cls, type) \
        and type(cls) is type


def _is_frozen(obj: Any) -> bool:
    freeze = getattr(type(obj), "_freeze_", None)
    return freeze is not None and not isinstance(obj, type) and bool(obj._freeze_())


def _is_lltype(x: Any) -> bool:
    from kit.rtyper.lltype import LowLevelType
    return isinstance(x, LowLevelType)


def _is_llpointer(x: Any) -> bool:
    from kit.rtyper.lltype import LLPointer
    return isinstance(x, LLPointer)


def _short_repr(x: Any) -> str:
    text = repr(x)
    return text if len(text) < 60 else text[:57] + "..."
