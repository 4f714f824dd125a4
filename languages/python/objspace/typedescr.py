"""The methods of `object` and `type`: instance creation (type.__call__, __new__, __init__),
class creation (type.__new__ with metaclasses, __slots__, __set_name__, __init_subclass__),
generic attribute access, and the attributes every object and class has.
"""

from __future__ import annotations

from languages.python.interpreter import function
from languages.python.objspace import (
    descriptors,
    dictobject,
    errors,
    intobject,
    ops,
    strobject,
    tupleobject,
)
from languages.python.objspace.descriptors import getset
from languages.python.objspace.gateway import Arguments, W_BuiltinFunction, classmethod_, method, staticmethod_
from languages.python.objspace.root import OperationError, W_Root, w_None, w_NotImplemented
from languages.python.objspace.typeobject import (
    MROError,
    W_InstanceObject,
    W_ObjectObject,
    W_TypeObject,
    compute_mro,
    type_versions,
    w_object,
    w_type,
)

# ---- object -------------------------------------------------------------------------------------------


@method(w_object, "__getattribute__", "self, name")
def object_getattribute(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    name = ops.text_w(args_w[1], "attribute name")
    w_result = ops.generic_getattr(w_obj, name, ops.type_of(w_obj), True)
    if w_result is None:
        raise ops.no_attribute(w_obj, name)
    return w_result


@method(w_object, "__setattr__", "self, name, value")
def object_setattr(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    w_value = args_w[2]
    assert w_obj is not None and w_value is not None
    name = ops.text_w(args_w[1], "attribute name")
    ops.generic_setattr(w_obj, name, w_value, ops.type_of(w_obj))
    return w_None


@method(w_object, "__delattr__", "self, name")
def object_delattr(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    name = ops.text_w(args_w[1], "attribute name")
    ops.generic_delattr(w_obj, name, ops.type_of(w_obj))
    return w_None


OBJECT_GETATTRIBUTE = object_getattribute.w_builtin
OBJECT_SETATTR = object_setattr.w_builtin
OBJECT_DELATTR = object_delattr.w_builtin


def new_instance(w_cls: W_TypeObject) -> W_Root:
    """object.__new__(cls) for a class whose instances have object's layout."""
    if w_cls is w_object:
        return W_ObjectObject()
    if w_cls.abstract:
        raise abstract_instantiation_error(w_cls)
    return W_InstanceObject(w_cls)


@staticmethod_(w_object, "__new__", "cls, *args, **kwargs")
def object_new(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise errors.type_error("object.__new__(X): X is not a type object (%s)" % ops.type_name(w_cls))
    w_args = args_w[1]
    w_kwargs = args_w[2]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    assert isinstance(w_kwargs, dictobject.W_DictObject)
    if len(w_args.items_w) > 0 or w_kwargs.used > 0:
        if w_cls.lookup("__new__") is not OBJECT_NEW:
            raise errors.type_error("object.__new__() takes exactly one argument (the type to instantiate)")
        if w_cls.lookup("__init__") is OBJECT_INIT:
            raise errors.type_error("%s() takes no arguments" % w_cls.name)
    if w_cls.layout is not w_object:
        layout = w_cls.layout
        assert layout is not None
        raise errors.type_error("object.__new__(%s) is not safe, use %s.__new__()" % (w_cls.name, layout.name))
    return new_instance(w_cls)


@method(w_object, "__init__", "self, *args, **kwargs")
def object_init(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    w_args = args_w[1]
    w_kwargs = args_w[2]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    assert isinstance(w_kwargs, dictobject.W_DictObject)
    if len(w_args.items_w) > 0 or w_kwargs.used > 0:
        w_cls = ops.type_of(w_obj)
        if w_cls.lookup("__init__") is not OBJECT_INIT:
            raise errors.type_error("object.__init__() takes exactly one argument (the instance to initialize)")
        if w_cls.lookup("__new__") is OBJECT_NEW:
            raise errors.type_error("%s() takes no arguments" % w_cls.name)
    return w_None


OBJECT_NEW = object_new.w_builtin
OBJECT_INIT = object_init.w_builtin


def default_repr(w_obj: W_Root) -> str:
    w_cls = ops.type_of(w_obj)
    return "<%s object at 0x%x>" % (w_cls.full_name(), object_id(w_obj))


def object_id(w_obj: W_Root) -> int:
    from languages.python.interpreter.state import state
    return state.id_of(w_obj)


@method(w_object, "__repr__", "self")
def object_repr(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return strobject.newstr(default_repr(w_obj))


@method(w_object, "__str__", "self")
def object_str(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return ops.repr(w_obj)


@method(w_object, "__eq__", "self, other")
def object_eq(args_w: list[W_Root | None]) -> W_Root:
    if args_w[0] is args_w[1]:
        return intobject.w_True
    return w_NotImplemented


@method(w_object, "__ne__", "self, other")
def object_ne(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    w_other = args_w[1]
    assert w_self is not None and w_other is not None
    w_eq = ops.type_of(w_self).lookup("__eq__")
    if w_eq is None:
        return w_NotImplemented
    w_result = ops.call_function(w_eq, [w_self, w_other])
    if w_result is w_NotImplemented:
        return w_result
    return intobject.newbool(not ops.is_true(w_result))


def _not_implemented(args_w: list[W_Root | None]) -> W_Root:
    return w_NotImplemented


for _name in ["__lt__", "__le__", "__gt__", "__ge__"]:
    method(w_object, _name, "self, other")(_not_implemented)


@method(w_object, "__hash__", "self")
def object_hash(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return intobject.newint(object_id(w_obj) >> 4)


@method(w_object, "__format__", "self, format_spec")
def object_format(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    spec = ops.text_w(args_w[1], "format_spec")
    if spec != "":
        raise errors.type_error("unsupported format string passed to %s.__format__" % ops.type_name(w_obj))
    return ops.str(w_obj)


@classmethod_(w_object, "__init_subclass__", "cls, **kwargs")
def object_init_subclass(args_w: list[W_Root | None]) -> W_Root:
    w_kwargs = args_w[1]
    if isinstance(w_kwargs, dictobject.W_DictObject) and w_kwargs.used > 0:
        w_cls = args_w[0]
        assert isinstance(w_cls, W_TypeObject)
        raise errors.type_error("%s.__init_subclass__() takes no keyword arguments" % w_cls.name)
    return w_None


@method(w_object, "__dir__", "self")
def object_dir(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    names: dict[str, bool] = {}
    w_dict = w_obj.getdict()
    if isinstance(w_dict, dictobject.W_DictObject):
        for w_key in dictobject.keys(w_dict):
            if isinstance(w_key, strobject.W_StrObject):
                names[w_key.value] = True
    for w_class in ops.type_of(w_obj).mro_w:
        for name in w_class.dict_w:
            names[name] = True
    return sorted_name_list(names)


def sorted_name_list(names: dict[str, bool]) -> W_Root:
    from languages.python.objspace import listobject
    keys = [name for name in names]
    keys.sort()
    return listobject.W_ListObject([strobject.newstr(name) for name in keys])


@method(w_object, "__reduce_ex__", "self, protocol")
def object_reduce_ex(args_w: list[W_Root | None]) -> W_Root:
    raise errors.type_error("cannot pickle '%s' object" % ops.type_name(args_w[0]))


@method(w_object, "__sizeof__", "self")
def object_sizeof(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(16)


@staticmethod_(w_object, "__subclasshook__", "cls, other")
def object_subclasshook(args_w: list[W_Root | None]) -> W_Root:
    return w_NotImplemented


def object_get_class(w_obj: W_Root) -> W_Root:
    return w_obj.getclass()


def object_set_class(w_obj: W_Root, w_value: W_Root | None) -> None:
    if w_value is None:
        raise errors.type_error("can't delete __class__ attribute")
    if not isinstance(w_value, W_TypeObject):
        raise errors.type_error("__class__ must be set to a class, not '%s' object" % ops.type_name(w_value))
    w_old = ops.type_of(w_obj)
    if not w_obj._user_ or not w_value.heaptype or w_value.layout is not w_old.layout:
        raise errors.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")
    if isinstance(w_obj, W_InstanceObject):
        w_obj.setclass(w_value)
        return
    from languages.python.objspace import exceptions
    if isinstance(w_obj, exceptions.W_BaseException):
        w_obj.setclass(w_value)
        return
    raise errors.type_error("__class__ assignment: '%s' object layout differs from '%s'" % (
        w_value.name, w_old.name))


getset(w_object, "__class__", object_get_class, object_set_class)


def object_get_dict(w_obj: W_Root) -> W_Root:
    w_dict = w_obj.getdict()
    if w_dict is None:
        raise errors.attribute_error("'%s' object has no attribute '__dict__'" % ops.type_name(w_obj))
    return w_dict


def object_set_dict(w_obj: W_Root, w_value: W_Root | None) -> None:
    if not isinstance(w_value, dictobject.W_DictObject):
        raise errors.type_error("__dict__ must be set to a dictionary, not a '%s'" % (
            "NoneType" if w_value is None else ops.type_name(w_value)))
    if not w_obj.setdict(w_value):
        raise errors.attribute_error("'%s' object has no attribute '__dict__'" % ops.type_name(w_obj))


DICT_DESCR = descriptors.W_GetSetProperty("__dict__", object_get_dict, object_set_dict, True, w_object)


# ---- type: calling a class ------------------------------------------------------------------------------

def type_call(w_cls: W_TypeObject, args: Arguments) -> W_Root:
    """cls(*args): __new__, then __init__ if the result is an instance of cls."""
    w_meta = ops.type_of(w_cls)
    if w_meta is not w_type:
        w_call = w_meta.lookup("__call__")
        if w_call is not TYPE_CALL and w_call is not None:
            return ops.call_args(w_call, args.prepend(w_cls))
    if w_cls is w_type:
        if len(args.args_w) == 1 and not args.has_keywords():
            return ops.type_of(args.args_w[0])
    w_new = w_cls.lookup("__new__")
    w_init = w_cls.lookup("__init__")
    if w_new is OBJECT_NEW:
        if w_init is OBJECT_INIT and (len(args.args_w) > 0 or args.has_keywords()):
            raise errors.type_error("%s() takes no arguments" % w_cls.name)
        if w_cls.layout is not w_object:
            layout = w_cls.layout
            assert layout is not None
            raise errors.type_error("object.__new__(%s) is not safe, use %s.__new__()" % (
                w_cls.name, layout.name))
        w_obj = new_instance(w_cls)
    else:
        assert w_new is not None
        w_new_func = ops.descr_get(w_new, None, w_cls)
        w_obj = ops.call_args(w_new_func, args.prepend(w_cls))
        if not ops.type_of(w_obj).is_subtype(w_cls):
            return w_obj
        w_init = ops.type_of(w_obj).lookup("__init__")
    if w_init is not OBJECT_INIT and w_init is not None:
        if isinstance(w_init, function.W_FunctionObject) and not args.has_keywords():
            w_result = ops.call_function(w_init, [w_obj] + args.args_w)
        else:
            w_result = ops.call_args(ops.descr_get(w_init, w_obj, ops.type_of(w_obj)), args)
        if w_result is not w_None:
            raise errors.type_error("__init__() should return None, not '%s'" % ops.type_name(w_result))
    return w_obj


def arguments_from(w_args: W_Root | None, w_kwargs: W_Root | None) -> Arguments:
    """The Arguments of a call from a builtin's *args tuple and **kwargs dict."""
    assert isinstance(w_args, tupleobject.W_TupleObject)
    if not isinstance(w_kwargs, dictobject.W_DictObject) or w_kwargs.used == 0:
        return Arguments(list(w_args.items_w))
    keywords: list[str] = []
    keywords_w: list[W_Root] = []
    for w_key in dictobject.keys(w_kwargs):
        assert isinstance(w_key, strobject.W_StrObject)
        keywords.append(w_key.value)
        w_value = dictobject.lookup(w_kwargs, w_key)
        assert w_value is not None
        keywords_w.append(w_value)
    return Arguments(list(w_args.items_w), keywords, keywords_w)


@method(w_type, "__call__", "self, *args, **kwargs")
def type_call_method(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    w_args = args_w[1]
    w_kwargs = args_w[2]
    assert isinstance(w_cls, W_TypeObject)
    assert isinstance(w_args, tupleobject.W_TupleObject)
    assert isinstance(w_kwargs, dictobject.W_DictObject)
    args = Arguments(list(w_args.items_w))
    if w_kwargs.used > 0:
        keywords: list[str] = []
        keywords_w: list[W_Root] = []
        for w_key in dictobject.keys(w_kwargs):
            assert isinstance(w_key, strobject.W_StrObject)
            keywords.append(w_key.value)
            w_value = dictobject.lookup(w_kwargs, w_key)
            assert w_value is not None
            keywords_w.append(w_value)
        args = Arguments(args.args_w, keywords, keywords_w)
    # skip a metaclass __call__ (we are it, or its super() call)
    w_new = w_cls.lookup("__new__")
    if w_new is OBJECT_NEW:
        w_obj = new_instance(w_cls)
        if w_cls.layout is not w_object:
            layout = w_cls.layout
            assert layout is not None
            raise errors.type_error("object.__new__(%s) is not safe, use %s.__new__()" % (w_cls.name, layout.name))
    else:
        assert w_new is not None
        w_obj = ops.call_args(ops.descr_get(w_new, None, w_cls), args.prepend(w_cls))
        if not ops.type_of(w_obj).is_subtype(w_cls):
            return w_obj
    w_init = ops.type_of(w_obj).lookup("__init__")
    if w_init is OBJECT_INIT and w_new is OBJECT_NEW and (len(args.args_w) > 0 or args.has_keywords()):
        raise errors.type_error("%s() takes no arguments" % w_cls.name)
    if w_init is not OBJECT_INIT and w_init is not None:
        w_result = ops.call_args(ops.descr_get(w_init, w_obj, ops.type_of(w_obj)), args)
        if w_result is not w_None:
            raise errors.type_error("__init__() should return None, not '%s'" % ops.type_name(w_result))
    return w_obj


TYPE_CALL = type_call_method.w_builtin


# ---- type: creating a class -------------------------------------------------------------------------------

@staticmethod_(w_type, "__new__", "meta, name_or_object, bases=None, namespace=None, **kwargs")
def type_new(args_w: list[W_Root | None]) -> W_Root:
    w_meta = args_w[0]
    w_name = args_w[1]
    w_bases = args_w[2]
    w_namespace = args_w[3]
    w_kwargs = args_w[4]
    assert w_name is not None
    assert isinstance(w_kwargs, dictobject.W_DictObject)
    if not isinstance(w_meta, W_TypeObject) or not w_meta.is_subtype(w_type):
        raise errors.type_error("type.__new__(X): X is not a type object (%s)" % ops.type_name(w_meta))
    if w_bases is None and w_namespace is None:
        if w_meta is w_type:
            return ops.type_of(w_name)
        raise errors.type_error("type.__new__() takes exactly 3 arguments (1 given)")
    if w_bases is None or w_namespace is None:
        raise errors.type_error("type() takes 1 or 3 arguments")
    name = ops.text_w(w_name, "type.__new__() argument 1")
    if not isinstance(w_bases, tupleobject.W_TupleObject):
        raise errors.type_error("type.__new__() argument 2 must be tuple, not %s" % ops.type_name(w_bases))
    if not isinstance(w_namespace, dictobject.W_DictObject):
        raise errors.type_error("type.__new__() argument 3 must be dict, not %s" % ops.type_name(w_namespace))
    # the most derived metaclass wins (checked first, as CPython does); it may have its own __new__
    w_winner = w_meta
    for w_base in w_bases.items_w:
        w_winner = winner_metaclass(w_winner, ops.type_of(w_base))
    bases_w: list[W_TypeObject] = []
    for w_base in w_bases.items_w:
        if not isinstance(w_base, W_TypeObject):
            raise errors.type_error("bases must be types")
        bases_w.append(w_base)
    if w_winner is not w_meta:
        w_new = w_winner.lookup("__new__")
        if w_new is not TYPE_NEW and w_new is not None:
            return ops.call_function(ops.descr_get(w_new, None, w_winner),
                                     [w_winner, w_name, w_bases, w_namespace])
    if dictobject.getitem_str(w_namespace, "__module__") is None:
        w_module = caller_module_name()
        if w_module is not None:
            dictobject.setitem_str(w_namespace, "__module__", w_module)
    return create_class(w_winner, name, bases_w, w_namespace, w_kwargs)


def caller_module_name() -> W_Root | None:
    """type(name, bases, ns) puts the class in the calling code's module."""
    from languages.python.interpreter.state import state
    frame = state.topframe_frame
    if frame is None or not isinstance(frame.w_globals, dictobject.W_DictObject):
        return None
    return dictobject.getitem_str(frame.w_globals, "__name__")


def winner_metaclass(w_winner: W_TypeObject, w_base_meta: W_TypeObject) -> W_TypeObject:
    if w_winner.is_subtype(w_base_meta):
        return w_winner
    if w_base_meta.is_subtype(w_winner):
        return w_base_meta
    raise errors.type_error("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")


def calculate_metaclass(w_meta: W_TypeObject, bases_w: list[W_TypeObject]) -> W_TypeObject:
    w_winner = w_meta
    for w_base in bases_w:
        w_winner = winner_metaclass(w_winner, ops.type_of(w_base))
    return w_winner


def best_layout(bases_w: list[W_TypeObject]) -> W_TypeObject:
    w_best = w_object
    for w_base in bases_w:
        if not w_base.acceptable_as_base:
            raise errors.type_error("type '%s' is not an acceptable base type" % w_base.name)
        layout = w_base.layout
        assert layout is not None
        if layout.is_subtype(w_best):
            w_best = layout
        elif not w_best.is_subtype(layout):
            raise errors.type_error("multiple bases have instance lay-out conflict")
    return w_best


def create_class(w_meta: W_TypeObject, name: str, bases_w: list[W_TypeObject],
                 w_namespace: dictobject.W_DictObject, w_kwargs: dictobject.W_DictObject) -> W_TypeObject:
    if len(bases_w) == 0:
        bases_w = [w_object]
    for i in range(len(bases_w)):
        for j in range(i):
            if bases_w[j] is bases_w[i]:
                raise errors.type_error("duplicate base class %s" % bases_w[i].name)
    layout = best_layout(bases_w)
    w_cls = W_TypeObject(name, [], True)
    w_cls.bases_w = bases_w
    w_cls.layout = layout
    w_cls.w_class = w_meta
    # the namespace becomes the class dict
    w_classcell: W_Root | None = None
    for w_key in dictobject.keys(w_namespace):
        if not isinstance(w_key, strobject.W_StrObject):
            raise errors.type_error("class namespace keys must be strings")
        w_value = dictobject.lookup(w_namespace, w_key)
        assert w_value is not None
        key = w_key.value
        if key == "__qualname__":
            if not isinstance(w_value, strobject.W_StrObject):
                raise errors.type_error("type __qualname__ must be a str, not %s" % ops.type_name(w_value))
            w_cls.qualname = w_value.value
            continue
        if key == "__classcell__":
            w_classcell = w_value
            continue
        if key == "__new__" and isinstance(w_value, function.W_FunctionObject):
            w_value = descriptors.W_StaticMethod(w_value)
        elif (key == "__init_subclass__" or key == "__class_getitem__") and \
                isinstance(w_value, function.W_FunctionObject):
            w_value = descriptors.W_ClassMethod(w_value)
        w_cls.dict_w[key] = w_value
    w_module = dictobject.getitem_str(w_namespace, "__module__")
    if isinstance(w_module, strobject.W_StrObject):
        w_cls.module = w_module.value
    if "__doc__" not in w_cls.dict_w:
        w_cls.dict_w["__doc__"] = w_None
    # instances get a __dict__ unless __slots__ says otherwise
    setup_slots(w_cls, bases_w)
    if "__eq__" in w_cls.dict_w and "__hash__" not in w_cls.dict_w:
        w_cls.dict_w["__hash__"] = w_None
    try:
        w_cls.mro_w = compute_mro(w_cls)
    except MROError as e:
        heads: list[str] = []
        for seq in e.sequences:
            name_ = seq[0].name
            if name_ not in heads:
                heads.append(name_)
        raise errors.type_error("Cannot create a consistent method resolution\norder (MRO) for bases %s" %
                                ", ".join(heads)) from None
    for w_base in bases_w:
        w_base.subclasses_w.append(w_cls)
    type_versions.value += 1
    if w_classcell is not None:
        from languages.python.interpreter.pyframe import W_CellObject
        if not isinstance(w_classcell, W_CellObject):
            raise errors.type_error("__classcell__ must be a nonlocal cell, not %s" % ops.type_name(w_classcell))
        w_classcell.w_value = w_cls
    # __set_name__ on the class attributes, then the parent's __init_subclass__
    for key in list_dict_keys(w_cls):
        w_value = w_cls.dict_w[key]
        w_set_name = ops.type_of(w_value).lookup("__set_name__")
        if w_set_name is not None:
            ops.call_function(w_set_name, [w_value, w_cls, strobject.newstr(key)])
    call_init_subclass(w_cls, w_kwargs)
    return w_cls


def list_dict_keys(w_cls: W_TypeObject) -> list[str]:
    return [key for key in w_cls.dict_w]


def solid_base(w_cls: W_TypeObject) -> W_TypeObject:
    """The nearest class in w_cls's first-base chain that adds slots (instances of classes with
    different solid bases cannot share a layout)."""
    w_cur = w_cls
    while len(w_cur.slot_names) == 0 and len(w_cur.bases_w) > 0:
        w_cur = w_cur.bases_w[0]
    return w_cur


def check_slot_layouts(bases_w: list[W_TypeObject]) -> None:
    if len(bases_w) < 2:
        return
    w_winner = solid_base(bases_w[0])
    for i in range(1, len(bases_w)):
        w_candidate = solid_base(bases_w[i])
        if w_winner.is_subtype(w_candidate):
            continue
        if w_candidate.is_subtype(w_winner):
            w_winner = w_candidate
            continue
        raise errors.type_error("multiple bases have instance lay-out conflict")


def is_identifier(name: str) -> bool:
    if len(name) == 0:
        return False
    for i in range(len(name)):
        ch = name[i]
        if ch == "_" or ch.isalpha() or ord(ch) >= 128:
            continue
        if i > 0 and ch.isdigit():
            continue
        return False
    return True


def setup_slots(w_cls: W_TypeObject, bases_w: list[W_TypeObject]) -> None:
    check_slot_layouts(bases_w)
    base_slots = 0
    # classes already have a __dict__ (type's own descriptor): metaclasses add none
    base_hasdict = w_cls.layout is w_type
    for w_base in bases_w:
        if w_base.nslots > base_slots:
            base_slots = w_base.nslots
        if w_base.hasdict:
            base_hasdict = True
    w_slots = w_cls.dict_w.get("__slots__", None)
    if w_slots is None:
        w_cls.hasdict = True
        w_cls.nslots = base_slots
        if not base_hasdict:
            w_cls.dict_w["__dict__"] = DICT_DESCR
        return
    if isinstance(w_slots, strobject.W_StrObject):
        names_w: list[W_Root] = [w_slots]
    else:
        names_w = ops.unpack_iterable(w_slots)
    w_cls.hasdict = base_hasdict
    index = base_slots
    for w_name in names_w:
        if not isinstance(w_name, strobject.W_StrObject):
            raise errors.type_error("__slots__ items must be strings, not '%s'" % ops.type_name(w_name))
        slot = ops.text_w(w_name, "__slots__ items")
        if not is_identifier(slot):
            raise errors.type_error("__slots__ must be identifiers")
        if slot == "__dict__":
            w_cls.hasdict = True
            if not base_hasdict:
                w_cls.dict_w["__dict__"] = DICT_DESCR
            continue
        if slot in w_cls.dict_w:
            raise errors.value_error("'%s' in __slots__ conflicts with class variable" % slot)
        w_cls.slot_names.append(slot)
        w_cls.dict_w[mangle_slot(w_cls.name, slot)] = descriptors.W_MemberDescr(slot, index, w_cls)
        index += 1
    w_cls.nslots = index


def mangle_slot(class_name: str, name: str) -> str:
    if not name.startswith("__") or name.endswith("__"):
        return name
    stripped = class_name
    while stripped.startswith("_"):
        stripped = stripped[1:]
    if stripped == "":
        return name
    return "_" + stripped + name


def call_init_subclass(w_cls: W_TypeObject, w_kwargs: dictobject.W_DictObject) -> None:
    """super(cls, cls).__init_subclass__(**kwargs)."""
    w_init: W_Root | None = None
    for i in range(1, len(w_cls.mro_w)):
        w_class = w_cls.mro_w[i]
        if "__init_subclass__" in w_class.dict_w:
            w_init = w_class.dict_w["__init_subclass__"]
            break
    if w_init is None:
        return
    keywords: list[str] = []
    keywords_w: list[W_Root] = []
    for w_key in dictobject.keys(w_kwargs):
        assert isinstance(w_key, strobject.W_StrObject)
        keywords.append(w_key.value)
        w_value = dictobject.lookup(w_kwargs, w_key)
        assert w_value is not None
        keywords_w.append(w_value)
    if w_init is OBJECT_INIT_SUBCLASS:
        if len(keywords) > 0:
            raise errors.type_error("%s.__init_subclass__() takes no keyword arguments" % w_cls.name)
        return
    w_bound = ops.descr_get(w_init, w_cls, w_cls)
    if isinstance(w_init, function.W_FunctionObject):
        w_bound = function.W_MethodObject(w_init, w_cls)
    ops.call_args(w_bound, Arguments([], keywords, keywords_w))


OBJECT_INIT_SUBCLASS = object_init_subclass.w_builtin
TYPE_NEW = type_new.w_builtin


@method(w_type, "__init__", "self, *args, **kwargs")
def type_init(args_w: list[W_Root | None]) -> W_Root:
    return w_None


@staticmethod_(w_type, "__prepare__", "*args, **kwargs")
def type_prepare(args_w: list[W_Root | None]) -> W_Root:
    return dictobject.W_DictObject()


# ---- type: attributes ----------------------------------------------------------------------------------

@method(w_type, "__getattribute__", "self, name")
def type_getattribute(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    name = ops.text_w(args_w[1], "attribute name")
    w_result = ops.type_getattr(w_cls, name)
    if w_result is None:
        raise ops.no_attribute(w_cls, name)
    return w_result


def type_setattr(w_cls: W_TypeObject, name: str, w_value: W_Root) -> None:
    w_meta = ops.type_of(w_cls)
    w_descr = w_meta.lookup(name)
    if w_descr is not None and ops.descr_set(w_descr, w_cls, w_value):
        return
    if not w_cls.heaptype:
        raise errors.type_error("cannot set '%s' attribute of immutable type '%s'" % (name, w_cls.name))
    w_cls.set_attribute(name, w_value)


def type_delattr(w_cls: W_TypeObject, name: str) -> None:
    w_meta = ops.type_of(w_cls)
    w_descr = w_meta.lookup(name)
    if w_descr is not None and ops.descr_delete(w_descr, w_cls):
        return
    if not w_cls.heaptype:
        raise errors.type_error("cannot delete '%s' attribute of immutable type '%s'" % (name, w_cls.name))
    if not w_cls.del_attribute(name):
        raise errors.attribute_error("type object '%s' has no attribute '%s'" % (w_cls.name, name))


@method(w_type, "__setattr__", "self, name, value")
def type_setattr_method(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    w_value = args_w[2]
    assert isinstance(w_cls, W_TypeObject)
    assert w_value is not None
    type_setattr(w_cls, ops.text_w(args_w[1], "attribute name"), w_value)
    return w_None


@method(w_type, "__delattr__", "self, name")
def type_delattr_method(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    type_delattr(w_cls, ops.text_w(args_w[1], "attribute name"))
    return w_None


TYPE_GETATTRIBUTE = type_getattribute.w_builtin
TYPE_SETATTR = type_setattr_method.w_builtin
TYPE_DELATTR = type_delattr_method.w_builtin


@method(w_type, "__repr__", "self")
def type_repr(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return strobject.newstr("<class '%s'>" % w_cls.full_name())


@method(w_type, "mro", "self")
def type_mro_method(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import listobject
    w_cls = args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return listobject.W_ListObject([w_c for w_c in compute_mro(w_cls)])


@method(w_type, "__subclasses__", "self")
def type_subclasses(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import listobject
    w_cls = args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return listobject.W_ListObject([w_c for w_c in w_cls.subclasses_w])


@method(w_type, "__instancecheck__", "self, instance")
def type_instancecheck(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    w_obj = args_w[1]
    assert isinstance(w_cls, W_TypeObject)
    assert w_obj is not None
    return intobject.newbool(ops.type_of(w_obj).is_subtype(w_cls))


@method(w_type, "__subclasscheck__", "self, subclass")
def type_subclasscheck(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    w_sub = args_w[1]
    assert isinstance(w_cls, W_TypeObject)
    if not isinstance(w_sub, W_TypeObject):
        raise errors.type_error("issubclass() arg 1 must be a class")
    return intobject.newbool(w_sub.is_subtype(w_cls))


@method(w_type, "__or__", "self, other, /")
def type_or(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import genericalias
    w_self = args_w[0]
    w_other = args_w[1]
    assert w_self is not None and w_other is not None
    return genericalias.union_of(w_self, w_other)


@method(w_type, "__ror__", "self, other, /")
def type_ror(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import genericalias
    w_self = args_w[0]
    w_other = args_w[1]
    assert w_self is not None and w_other is not None
    return genericalias.union_of(w_other, w_self)


@method(w_type, "__dir__", "self")
def type_dir(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    names: dict[str, bool] = {}
    for w_class in w_cls.mro_w:
        for name in w_class.dict_w:
            names[name] = True
    return sorted_name_list(names)


def type_get_name(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    return strobject.newstr(w_cls.name)


def type_set_name(w_cls: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_cls, W_TypeObject)
    if not w_cls.heaptype:
        raise errors.type_error("cannot set '__name__' attribute of immutable type '%s'" % w_cls.name)
    w_cls.name = ops.text_w(w_value, "can only assign string to %s.__name__, not" % w_cls.name)


def type_get_qualname(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    return strobject.newstr(w_cls.qualname)


def type_set_qualname(w_cls: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_cls, W_TypeObject)
    w_cls.qualname = ops.text_w(w_value, "__qualname__")


def type_get_module(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    if w_cls.heaptype and "__module__" in w_cls.dict_w:
        return w_cls.dict_w["__module__"]
    return strobject.newstr(w_cls.module)


def type_set_module(w_cls: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_cls, W_TypeObject)
    assert w_value is not None
    if isinstance(w_value, strobject.W_StrObject):
        w_cls.module = w_value.value
    w_cls.set_attribute("__module__", w_value)


def type_get_bases(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    return tupleobject.newtuple([w_b for w_b in w_cls.bases_w])


def type_get_base(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    if len(w_cls.bases_w) == 0:
        return w_None
    return w_cls.bases_w[0]


def type_get_mro(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    return tupleobject.newtuple([w_c for w_c in w_cls.mro_w])


def type_get_dict(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    from languages.python.objspace import mappingproxy
    w_dict = dictobject.W_DictObject()
    for key in w_cls.dict_w:
        dictobject.setitem_str(w_dict, key, w_cls.dict_w[key])
    return mappingproxy.W_MappingProxy(w_dict)


def type_get_doc(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    if "__doc__" in w_cls.dict_w:
        w_doc = w_cls.dict_w["__doc__"]
        if w_cls.heaptype:
            return w_doc
        return ops.descr_get(w_doc, None, w_cls)
    if w_cls.doc != "":
        return strobject.newstr(w_cls.doc)
    return w_None


def type_get_abstractmethods(w_cls: W_Root) -> W_Root:
    assert isinstance(w_cls, W_TypeObject)
    if "__abstractmethods__" in w_cls.dict_w:
        return w_cls.dict_w["__abstractmethods__"]
    raise errors.attribute_error("__abstractmethods__")


def type_set_abstractmethods(w_cls: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_cls, W_TypeObject)
    if w_value is None:
        if not w_cls.del_attribute("__abstractmethods__"):
            raise errors.attribute_error("__abstractmethods__")
        w_cls.abstract = False
        return
    w_cls.abstract = ops.is_true(w_value)
    w_cls.set_attribute("__abstractmethods__", w_value)


def abstract_instantiation_error(w_cls: W_TypeObject) -> errors.OperationError:
    names: list[str] = []
    w_methods = w_cls.dict_w.get("__abstractmethods__", None)
    if w_methods is not None:
        for w_name in ops.unpack_iterable(w_methods):
            names.append(ops.str_w(w_name))
    names.sort()
    return errors.type_error("Can't instantiate abstract class %s with abstract method%s %s" % (
        w_cls.name, "" if len(names) == 1 else "s", ", ".join(names)))


getset(w_type, "__name__", type_get_name, type_set_name)
getset(w_type, "__qualname__", type_get_qualname, type_set_qualname)
getset(w_type, "__module__", type_get_module, type_set_module)
getset(w_type, "__bases__", type_get_bases)
getset(w_type, "__base__", type_get_base)
getset(w_type, "__mro__", type_get_mro)
getset(w_type, "__dict__", type_get_dict)
getset(w_type, "__doc__", type_get_doc)
getset(w_type, "__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods)


def is_builtin_function(w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_BuiltinFunction)


def raise_operation_error(error: OperationError) -> None:
    raise error
