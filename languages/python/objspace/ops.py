"""The operations of the language on any object, as CPython's abstract object layer defines them:
types and isinstance, truth, attribute access through descriptors, calls, hashing, equality,
str/repr, iteration, items and lengths. Operators live in operators.py.
"""

from __future__ import annotations

from kit.rlib import jit
from languages.python.interpreter import function
from languages.python.objspace import (
    descriptors,
    dictobject,
    errors,
    exceptions,
    floatobject,
    gateway,
    intobject,
    listobject,
    strobject,
    tupleobject,
)
from languages.python.objspace.gateway import Arguments, W_BuiltinFunction
from languages.python.objspace.root import (
    OperationError,
    W_NoneObject,
    W_Root,
    w_None,
    w_NotImplemented,
)
from languages.python.objspace.typeobject import W_InstanceObject, W_TypeObject, type_versions, w_object, w_type

# ---- types -------------------------------------------------------------------------------------------


def type_of(w_obj: W_Root) -> W_TypeObject:
    w_class = w_obj.getclass()
    assert isinstance(w_class, W_TypeObject)
    return w_class


def type_name(w_obj: W_Root) -> str:
    return type_of(w_obj).name


def type_name_of_type(w_type_: W_Root) -> str:
    if isinstance(w_type_, W_TypeObject):
        return w_type_.name
    return "?"


def isinstance_type(w_obj: W_Root, w_class: W_Root) -> bool:
    if not isinstance(w_class, W_TypeObject):
        return False
    return type_of(w_obj).is_subtype(w_class)


def isinstance_w(w_obj: W_Root, w_classinfo: W_Root) -> bool:
    """isinstance(obj, classinfo) with tuples of classes and __instancecheck__."""
    if isinstance(w_classinfo, W_TypeObject):
        if type_of(w_obj).is_subtype(w_classinfo):
            return True
        w_check = type_of(w_classinfo).lookup("__instancecheck__")
        if w_check is not None and type_of(w_classinfo) is not w_type:
            return is_true(call_function(w_check, [w_classinfo, w_obj]))
        w_class = lookup_attr(w_obj, "__class__")
        if w_class is not None and w_class is not type_of(w_obj) and isinstance(w_class, W_TypeObject):
            return w_class.is_subtype(w_classinfo)
        return False
    if isinstance(w_classinfo, tupleobject.W_TupleObject):
        for w_item in w_classinfo.items_w:
            if isinstance_w(w_obj, w_item):
                return True
        return False
    w_check = type_of(w_classinfo).lookup("__instancecheck__")
    if w_check is not None:
        return is_true(call_function(w_check, [w_classinfo, w_obj]))
    raise errors.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")


def issubclass_w(w_cls: W_Root, w_classinfo: W_Root) -> bool:
    if isinstance(w_classinfo, tupleobject.W_TupleObject):
        for w_item in w_classinfo.items_w:
            if issubclass_w(w_cls, w_item):
                return True
        return False
    if isinstance(w_classinfo, W_TypeObject):
        w_check = type_of(w_classinfo).lookup("__subclasscheck__")
        if w_check is not None and type_of(w_classinfo) is not w_type:
            return is_true(call_function(w_check, [w_classinfo, w_cls]))
        if not isinstance(w_cls, W_TypeObject):
            raise errors.type_error("issubclass() arg 1 must be a class")
        return w_cls.is_subtype(w_classinfo)
    w_check = type_of(w_classinfo).lookup("__subclasscheck__")
    if w_check is not None:
        return is_true(call_function(w_check, [w_classinfo, w_cls]))
    raise errors.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")


def is_exact(w_obj: W_Root) -> bool:
    """Not an instance of a user subclass (so no special method can have been overridden)."""
    return not w_obj._user_


# ---- wrapping ----------------------------------------------------------------------------------------

def newint(i: int) -> W_Root:
    return intobject.newint(i)


def newbool(b: bool) -> W_Root:
    return intobject.newbool(b)


def newstr(s: str) -> W_Root:
    return strobject.newstr(s)


def newfloat(f: float) -> W_Root:
    return floatobject.newfloat(f)


def newtuple(items_w: list[W_Root]) -> W_Root:
    return tupleobject.newtuple(items_w)


def newlist(items_w: list[W_Root]) -> W_Root:
    return listobject.W_ListObject(items_w)


# ---- truth -------------------------------------------------------------------------------------------

def is_true(w_obj: W_Root) -> bool:
    if isinstance(w_obj, intobject.W_BoolObject):
        return w_obj.intval != 0
    if w_obj is w_None:
        return False
    if not w_obj._user_:
        if isinstance(w_obj, intobject.W_AbstractIntObject):
            return intobject.is_true(w_obj)
        if isinstance(w_obj, strobject.W_StrObject):
            return len(w_obj.value) > 0
        if isinstance(w_obj, listobject.W_ListObject):
            return len(w_obj.items_w) > 0
        if isinstance(w_obj, tupleobject.W_TupleObject):
            return len(w_obj.items_w) > 0
        if isinstance(w_obj, dictobject.W_DictObject):
            return w_obj.used > 0
        if isinstance(w_obj, floatobject.W_FloatObject):
            return w_obj.floatval != 0.0
    w_type_ = type_of(w_obj)
    w_bool = w_type_.lookup("__bool__")
    if w_bool is not None:
        w_result = call_function(w_bool, [w_obj])
        if not isinstance(w_result, intobject.W_BoolObject):
            raise errors.type_error("__bool__ should return bool, returned %s" % type_name(w_result))
        return w_result.intval != 0
    w_len = w_type_.lookup("__len__")
    if w_len is not None:
        return len_of_result(call_function(w_len, [w_obj])) != 0
    return True


# ---- calls -------------------------------------------------------------------------------------------

def call_function(w_callable: W_Root, args_w: list[W_Root]) -> W_Root:
    """Call with positional arguments."""
    from languages.python.interpreter import interp
    if isinstance(w_callable, function.W_FunctionObject):
        frame = function.bind_positional(w_callable, args_w)
        return interp.run_function_frame(w_callable, frame)
    if isinstance(w_callable, W_BuiltinFunction):
        return gateway.call_builtin_positional(w_callable, args_w)
    if isinstance(w_callable, function.W_MethodObject):
        return call_function(w_callable.w_function, [w_callable.w_self] + args_w)
    return call_args(w_callable, Arguments(args_w))


def call_args(w_callable: W_Root, args: Arguments) -> W_Root:
    """Call with any arguments."""
    from languages.python.interpreter import interp
    from languages.python.objspace import typedescr
    if isinstance(w_callable, function.W_FunctionObject):
        if not args.has_keywords():
            frame = function.bind_positional(w_callable, args.args_w)
        else:
            frame = function.bind_arguments(w_callable, args)
        return interp.run_function_frame(w_callable, frame)
    if isinstance(w_callable, W_BuiltinFunction):
        if not args.has_keywords():
            return gateway.call_builtin_positional(w_callable, args.args_w)
        return gateway.call_builtin(w_callable, args)
    if isinstance(w_callable, function.W_MethodObject):
        return call_args(w_callable.w_function, args.prepend(w_callable.w_self))
    w_type_ = type_of(w_callable)
    if isinstance(w_callable, W_TypeObject) and w_type_ is w_type:
        return typedescr.type_call(w_callable, args)
    w_call = w_type_.lookup("__call__")
    if w_call is None:
        raise errors.type_error("'%s' object is not callable" % w_type_.name)
    return call_args(w_call, args.prepend(w_callable))


def call_method(w_obj: W_Root, name: str, args_w: list[W_Root]) -> W_Root:
    """w_obj.name(*args_w), looking the method up like an attribute."""
    w_type_ = type_of(w_obj)
    w_descr = w_type_.lookup(name)
    if w_descr is not None and (isinstance(w_descr, function.W_FunctionObject) or
                                isinstance(w_descr, W_BuiltinFunction) and w_descr.kind == gateway.METHOD):
        if dict_value(w_obj, name) is None:
            return call_function(w_descr, [w_obj] + args_w)
    return call_function(getattr(w_obj, name), args_w)


def dict_value(w_obj: W_Root, name: str) -> W_Root | None:
    """w_obj.__dict__[name], or None when there is no such entry (or no __dict__)."""
    if isinstance(w_obj, W_InstanceObject) and w_obj.map is not None:
        return w_obj.map_get(name)
    w_dict = w_obj.getdict()
    if w_dict is None:
        return None
    if isinstance(w_dict, dictobject.W_DictObject):
        return dictobject.getitem_str(w_dict, name)
    return getitem_or_none(w_dict, strobject.newstr(name))


def call_special(w_obj: W_Root, name: str, args_w: list[W_Root]) -> W_Root | None:
    """Call the special method `name` looked up on the type (None if the type has none)."""
    w_descr = type_of(w_obj).lookup(name)
    if w_descr is None:
        return None
    return call_function(w_descr, [w_obj] + args_w)


def lookup_special(w_obj: W_Root, name: str) -> W_Root | None:
    """The special method bound to w_obj (None if the type has none)."""
    w_descr = type_of(w_obj).lookup(name)
    if w_descr is None:
        return None
    return descr_get(w_descr, w_obj, type_of(w_obj))


# ---- descriptors -------------------------------------------------------------------------------------

def descr_get(w_descr: W_Root, w_obj: W_Root | None, w_owner: W_Root) -> W_Root:
    """w_descr.__get__(w_obj, w_owner) (w_obj None: looked up on the class)."""
    if isinstance(w_descr, function.W_FunctionObject):
        if w_obj is None:
            return w_descr
        return function.W_MethodObject(w_descr, w_obj)
    if isinstance(w_descr, W_BuiltinFunction):
        kind = w_descr.kind
        if kind == gateway.METHOD:
            if w_obj is None:
                return w_descr
            return function.W_MethodObject(w_descr, w_obj)
        if kind == gateway.CLASSMETHOD:
            return function.W_MethodObject(w_descr, w_owner)
        return w_descr
    if isinstance(w_descr, descriptors.W_ClassMethod):
        return function.W_MethodObject(w_descr.w_function, w_owner)
    if isinstance(w_descr, descriptors.W_StaticMethod):
        return w_descr.w_function
    if isinstance(w_descr, descriptors.W_Property):
        if w_obj is None:
            return w_descr
        if w_descr.w_fget is w_None:
            raise errors.attribute_error("property %s of '%s' object has no getter" % (
                property_name(w_descr), type_name(w_obj)))
        return call_function(w_descr.w_fget, [w_obj])
    if isinstance(w_descr, descriptors.W_GetSetProperty):
        if w_obj is None:
            return w_descr
        return w_descr.fget(w_obj)
    if isinstance(w_descr, descriptors.W_MemberDescr):
        if w_obj is None:
            return w_descr
        return member_get(w_descr, w_obj)
    w_get = type_of(w_descr).lookup("__get__")
    if w_get is None:
        return w_descr
    if w_obj is None:
        return call_function(w_get, [w_descr, w_None, w_owner])
    return call_function(w_get, [w_descr, w_obj, w_owner])


def property_name(w_prop: descriptors.W_Property) -> str:
    if w_prop.name != "":
        return "'" + w_prop.name + "'"
    return "'?'"


def has_get(w_descr: W_Root) -> bool:
    if isinstance(w_descr, function.W_FunctionObject) or isinstance(w_descr, W_BuiltinFunction):
        return True
    if (isinstance(w_descr, descriptors.W_Property) or isinstance(w_descr, descriptors.W_GetSetProperty) or
            isinstance(w_descr, descriptors.W_MemberDescr)):
        return True
    if isinstance(w_descr, strobject.W_StrObject) or isinstance(w_descr, intobject.W_AbstractIntObject):
        return False
    return type_of(w_descr).lookup("__get__") is not None


def is_data_descr(w_descr: W_Root) -> bool:
    if isinstance(w_descr, function.W_FunctionObject) or isinstance(w_descr, W_BuiltinFunction):
        return False
    if (isinstance(w_descr, descriptors.W_Property) or isinstance(w_descr, descriptors.W_GetSetProperty) or
            isinstance(w_descr, descriptors.W_MemberDescr)):
        return True
    if isinstance(w_descr, strobject.W_StrObject) or isinstance(w_descr, intobject.W_AbstractIntObject):
        return False
    w_type_ = type_of(w_descr)
    return w_type_.lookup("__set__") is not None or w_type_.lookup("__delete__") is not None


def member_get(w_descr: descriptors.W_MemberDescr, w_obj: W_Root) -> W_Root:
    slots = w_obj.getslots()
    if slots is None or not type_of(w_obj).is_subtype(w_descr.w_objclass):
        raise errors.type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object" % (
            w_descr.name, w_descr.w_objclass.name, type_name(w_obj)))
    w_value = slots[w_descr.index]
    if w_value is None:
        raise errors.attribute_error("'%s' object has no attribute '%s'" % (type_name(w_obj), w_descr.name))
    return w_value


def member_set(w_descr: descriptors.W_MemberDescr, w_obj: W_Root, w_value: W_Root | None) -> None:
    slots = w_obj.getslots()
    if slots is None or not type_of(w_obj).is_subtype(w_descr.w_objclass):
        raise errors.type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object" % (
            w_descr.name, w_descr.w_objclass.name, type_name(w_obj)))
    if w_value is None and slots[w_descr.index] is None:
        raise errors.attribute_error(w_descr.name)
    slots[w_descr.index] = w_value


def descr_set(w_descr: W_Root, w_obj: W_Root, w_value: W_Root) -> bool:
    """Call w_descr.__set__ if it is a data descriptor; False if it is not one."""
    if isinstance(w_descr, descriptors.W_Property):
        if w_descr.w_fset is w_None:
            raise errors.attribute_error("property %s of '%s' object has no setter" % (
                property_name(w_descr), type_name(w_obj)))
        call_function(w_descr.w_fset, [w_obj, w_value])
        return True
    if isinstance(w_descr, descriptors.W_GetSetProperty):
        if not w_descr.has_setter:
            raise errors.attribute_error("attribute '%s' of '%s' objects is not writable" % (
                w_descr.name, w_descr.w_objclass.name))
        w_descr.fset(w_obj, w_value)
        return True
    if isinstance(w_descr, descriptors.W_MemberDescr):
        member_set(w_descr, w_obj, w_value)
        return True
    if isinstance(w_descr, function.W_FunctionObject) or isinstance(w_descr, W_BuiltinFunction):
        return False
    w_set = type_of(w_descr).lookup("__set__")
    if w_set is None:
        if type_of(w_descr).lookup("__delete__") is not None:
            raise errors.attribute_error("__set__")
        return False
    call_function(w_set, [w_descr, w_obj, w_value])
    return True


def descr_delete(w_descr: W_Root, w_obj: W_Root) -> bool:
    if isinstance(w_descr, descriptors.W_Property):
        if w_descr.w_fdel is w_None:
            raise errors.attribute_error("property %s of '%s' object has no deleter" % (
                property_name(w_descr), type_name(w_obj)))
        call_function(w_descr.w_fdel, [w_obj])
        return True
    if isinstance(w_descr, descriptors.W_GetSetProperty):
        if not w_descr.has_setter:
            raise errors.attribute_error("attribute '%s' of '%s' objects is not writable" % (
                w_descr.name, w_descr.w_objclass.name))
        w_descr.fset(w_obj, None)
        return True
    if isinstance(w_descr, descriptors.W_MemberDescr):
        member_set(w_descr, w_obj, None)
        return True
    if isinstance(w_descr, function.W_FunctionObject) or isinstance(w_descr, W_BuiltinFunction):
        return False
    w_del = type_of(w_descr).lookup("__delete__")
    if w_del is None:
        if type_of(w_descr).lookup("__set__") is not None:
            raise errors.attribute_error("__delete__")
        return False
    call_function(w_del, [w_descr, w_obj])
    return True


# ---- attributes --------------------------------------------------------------------------------------

ATTR_PLAIN = 0        # object.__getattribute__ and no __getattr__: the usual case
ATTR_GETATTR = 1      # object.__getattribute__ with a __getattr__ to fall back on
ATTR_OTHER = 2        # any other __getattribute__ (type's included)
ATTR_KIND_MASK = 3
ATTR_PLAIN_SETATTR = 4   # flag: object.__setattr__


def attribute_kind_of(w_type_: W_TypeObject) -> int:
    """How instances of the type look attributes up (ATTR_...): one cached answer for the two
    special-method lookups every attribute access would make; a constant in traces."""
    return attribute_kind(jit.promote(w_type_), type_versions.value) & ATTR_KIND_MASK


def has_plain_setattr(w_type_: W_TypeObject) -> bool:
    return attribute_kind(jit.promote(w_type_), type_versions.value) & ATTR_PLAIN_SETATTR != 0


@jit.elidable
def attribute_kind(w_type_: W_TypeObject, version: int) -> int:
    if w_type_.attr_kind_version != version:
        from languages.python.objspace import typedescr
        kind = ATTR_OTHER
        if w_type_.lookup_uncached("__getattribute__") is typedescr.OBJECT_GETATTRIBUTE:
            kind = ATTR_PLAIN
            if w_type_.lookup_uncached("__getattr__") is not None:
                kind = ATTR_GETATTR
        if w_type_.lookup_uncached("__setattr__") is typedescr.OBJECT_SETATTR:
            kind |= ATTR_PLAIN_SETATTR
        w_type_.attr_kind = kind
        w_type_.attr_kind_version = version
    return w_type_.attr_kind


def getattr(w_obj: W_Root, name: str) -> W_Root:
    """w_obj.name; AttributeError if there is none (the one __getattribute__ or __getattr__
    raised, when the type defines them)."""
    from languages.python.objspace import typedescr
    w_type_ = type_of(w_obj)
    if attribute_kind_of(w_type_) == ATTR_PLAIN:
        w_value = generic_getattr(w_obj, name, w_type_, True)
        if w_value is None:
            raise no_attribute(w_obj, name)
        return w_value
    w_getattribute = w_type_.lookup("__getattribute__")
    if w_getattribute is typedescr.OBJECT_GETATTRIBUTE or w_getattribute is typedescr.TYPE_GETATTRIBUTE:
        w_getattr = w_type_.lookup("__getattr__")
        if w_getattr is None:
            if w_getattribute is typedescr.OBJECT_GETATTRIBUTE:
                w_value = generic_getattr(w_obj, name, w_type_, True)
            else:
                w_value = getattr_or_none(w_obj, name)
            if w_value is None:
                raise no_attribute(w_obj, name)
            return w_value
        if w_getattribute is typedescr.OBJECT_GETATTRIBUTE:
            w_found = generic_getattr(w_obj, name, w_type_)
        else:
            assert isinstance(w_obj, W_TypeObject)
            w_found = type_getattr(w_obj, name)
        if w_found is not None:
            return w_found
        return call_function(w_getattr, [w_obj, strobject.newstr(name)])
    assert w_getattribute is not None
    try:
        return call_function(w_getattribute, [w_obj, strobject.newstr(name)])
    except OperationError as e:
        w_getattr = w_type_.lookup("__getattr__")
        if w_getattr is None or not errors.matches(e, exceptions.w_AttributeError):
            raise
    return call_function(w_getattr, [w_obj, strobject.newstr(name)])


def no_attribute(w_obj: W_Root, name: str) -> OperationError:
    from languages.python.objspace import moduleobject
    if isinstance(w_obj, W_TypeObject):
        error = errors.attribute_error("type object '%s' has no attribute '%s'" % (w_obj.name, name))
    elif isinstance(w_obj, moduleobject.W_ModuleObject):
        error = errors.attribute_error("module '%s' has no attribute '%s'" % (moduleobject.module_name(w_obj), name))
    else:
        error = errors.attribute_error("'%s' object has no attribute '%s'" % (type_name(w_obj), name))
    w_exc = error.w_value
    assert isinstance(w_exc, exceptions.W_BaseException)
    w_exc.set_attr("name", strobject.newstr(name))
    w_exc.set_attr("obj", w_obj)
    return error


def getattr_or_none(w_obj: W_Root, name: str) -> W_Root | None:
    """w_obj.name, or None when that raises AttributeError."""
    from languages.python.objspace import typedescr
    w_type_ = type_of(w_obj)
    w_getattribute = w_type_.lookup("__getattribute__")
    if w_getattribute is typedescr.OBJECT_GETATTRIBUTE:
        w_result = generic_getattr(w_obj, name, w_type_)
    elif w_getattribute is typedescr.TYPE_GETATTRIBUTE:
        assert isinstance(w_obj, W_TypeObject)
        w_result = type_getattr(w_obj, name)
    else:
        assert w_getattribute is not None
        try:
            w_result = call_function(w_getattribute, [w_obj, strobject.newstr(name)])
        except OperationError as e:
            if not errors.matches(e, exceptions.w_AttributeError):
                raise
            w_result = None
    if w_result is None:
        w_getattr = w_type_.lookup("__getattr__")
        if w_getattr is not None:
            try:
                return call_function(w_getattr, [w_obj, strobject.newstr(name)])
            except OperationError as e:
                if not errors.matches(e, exceptions.w_AttributeError):
                    raise
                return None
    return w_result


def lookup_attr(w_obj: W_Root, name: str) -> W_Root | None:
    return getattr_or_none(w_obj, name)


def generic_getattr(w_obj: W_Root, name: str, w_type_: W_TypeObject, propagate: bool = False) -> W_Root | None:
    """object.__getattribute__: data descriptors, then the instance dict, then other attributes.
    None when there is none; with `propagate`, a descriptor's own AttributeError is raised (when
    no __getattr__ gets a chance, the user sees the descriptor's message, as in CPython)."""
    w_descr = w_type_.lookup(name)
    if w_descr is not None and is_data_descr(w_descr) and has_get(w_descr):
        if propagate:
            return descr_get(w_descr, w_obj, w_type_)
        return descr_get_catching(w_descr, w_obj, w_type_)
    w_value = dict_value(w_obj, name)
    if w_value is not None:
        return w_value
    if w_descr is not None:
        if propagate:
            return descr_get(w_descr, w_obj, w_type_)
        return descr_get_catching(w_descr, w_obj, w_type_)
    return None


def descr_get_catching(w_descr: W_Root, w_obj: W_Root | None, w_owner: W_Root) -> W_Root | None:
    """descr_get, with an AttributeError turned into None (so __getattr__ gets its chance)."""
    if isinstance(w_descr, function.W_FunctionObject) or isinstance(w_descr, W_BuiltinFunction):
        return descr_get(w_descr, w_obj, w_owner)
    try:
        return descr_get(w_descr, w_obj, w_owner)
    except OperationError as e:
        if errors.matches(e, exceptions.w_AttributeError):
            return None
        raise


def getitem_or_none(w_mapping: W_Root, w_key: W_Root) -> W_Root | None:
    try:
        return getitem(w_mapping, w_key)
    except OperationError as e:
        if errors.matches(e, exceptions.w_KeyError):
            return None
        raise


def type_getattr(w_class: W_TypeObject, name: str) -> W_Root | None:
    """type.__getattribute__: the metatype's data descriptors, the class's MRO, the metatype."""
    w_meta = type_of(w_class)
    w_meta_attr = w_meta.lookup(name)
    if w_meta_attr is not None and is_data_descr(w_meta_attr):
        return descr_get_catching(w_meta_attr, w_class, w_meta)
    w_attr = w_class.lookup(name)
    if w_attr is not None:
        if isinstance(w_attr, function.W_FunctionObject):
            return w_attr
        return descr_get_catching(w_attr, None, w_class)
    if w_meta_attr is not None:
        return descr_get_catching(w_meta_attr, w_class, w_meta)
    return None


def setattr(w_obj: W_Root, name: str, w_value: W_Root) -> None:
    from languages.python.objspace import typedescr
    w_type_ = type_of(w_obj)
    if has_plain_setattr(w_type_):
        generic_setattr(w_obj, name, w_value, w_type_)
        return
    w_setattr = w_type_.lookup("__setattr__")
    if w_setattr is typedescr.OBJECT_SETATTR:
        generic_setattr(w_obj, name, w_value, w_type_)
    elif w_setattr is typedescr.TYPE_SETATTR:
        assert isinstance(w_obj, W_TypeObject)
        typedescr.type_setattr(w_obj, name, w_value)
    else:
        assert w_setattr is not None
        call_function(w_setattr, [w_obj, strobject.newstr(name), w_value])


def generic_setattr(w_obj: W_Root, name: str, w_value: W_Root, w_type_: W_TypeObject) -> None:
    w_descr = w_type_.lookup(name)
    if w_descr is not None and descr_set(w_descr, w_obj, w_value):
        return
    if isinstance(w_obj, W_InstanceObject) and w_obj.map is not None:
        w_obj.map_set(name, w_value)
        return
    w_dict = w_obj.getdict()
    if w_dict is None:
        if w_descr is not None:
            raise errors.attribute_error("'%s' object attribute '%s' is read-only" % (w_type_.name, name))
        raise errors.attribute_error("'%s' object has no attribute '%s'" % (w_type_.name, name))
    if isinstance(w_dict, dictobject.W_DictObject):
        dictobject.setitem_str(w_dict, name, w_value)
    else:
        setitem(w_dict, strobject.newstr(name), w_value)


def delattr(w_obj: W_Root, name: str) -> None:
    from languages.python.objspace import typedescr
    w_type_ = type_of(w_obj)
    w_delattr = w_type_.lookup("__delattr__")
    if w_delattr is typedescr.OBJECT_DELATTR:
        generic_delattr(w_obj, name, w_type_)
    elif w_delattr is typedescr.TYPE_DELATTR:
        assert isinstance(w_obj, W_TypeObject)
        typedescr.type_delattr(w_obj, name)
    else:
        assert w_delattr is not None
        call_function(w_delattr, [w_obj, strobject.newstr(name)])


def generic_delattr(w_obj: W_Root, name: str, w_type_: W_TypeObject) -> None:
    w_descr = w_type_.lookup(name)
    if w_descr is not None and descr_delete(w_descr, w_obj):
        return
    if isinstance(w_obj, W_InstanceObject) and w_obj.map is not None and w_obj.map_get(name) is None:
        raise no_attribute(w_obj, name)
    # deleting an attribute turns an instance's map into a dict (see mapdict)
    w_dict = w_obj.getdict()
    if w_dict is not None and isinstance(w_dict, dictobject.W_DictObject):
        if dictobject.delitem(w_dict, strobject.newstr(name)):
            return
    raise no_attribute(w_obj, name)


# ---- hashing, equality, str and repr -------------------------------------------------------------------

def hash_w(w_obj: W_Root) -> int:
    if not w_obj._user_:
        if isinstance(w_obj, strobject.W_StrObject):
            return strobject.str_hash(w_obj)
        if isinstance(w_obj, intobject.W_IntObject):
            return intobject.hash_machine_int(w_obj.intval)
    w_hash = type_of(w_obj).lookup("__hash__")
    if w_hash is None or w_hash is w_None:
        raise errors.type_error("unhashable type: '%s'" % type_name(w_obj))
    w_result = call_function(w_hash, [w_obj])
    if not isinstance(w_result, intobject.W_AbstractIntObject):
        raise errors.type_error("__hash__ method should return an integer")
    if isinstance(w_result, intobject.W_IntObject):
        h = w_result.intval
        if h == -1:
            return -2
        return h
    return w_result.big().hash()


def eq_w(w_a: W_Root, w_b: W_Root) -> bool:
    if w_a is w_b:
        return True
    from languages.python.objspace import operators
    return operators.compare_w(w_a, w_b, operators.EQ)


def repr(w_obj: W_Root) -> W_Root:
    w_result = call_special(w_obj, "__repr__", [])
    assert w_result is not None
    if not isinstance(w_result, strobject.W_StrObject):
        raise errors.type_error("__repr__ returned non-string (type %s)" % type_name(w_result))
    return w_result


def repr_w(w_obj: W_Root) -> str:
    if not w_obj._user_:
        if isinstance(w_obj, strobject.W_StrObject):
            return strobject.repr_str(w_obj.value)
        if isinstance(w_obj, intobject.W_IntObject) and not isinstance(w_obj, intobject.W_BoolObject):
            return builtin_str_of_int(w_obj.intval)
    w_result = repr(w_obj)
    assert isinstance(w_result, strobject.W_StrObject)
    return w_result.value


def str(w_obj: W_Root) -> W_Root:
    if isinstance(w_obj, strobject.W_StrObject) and not w_obj._user_:
        return w_obj
    w_result = call_special(w_obj, "__str__", [])
    assert w_result is not None
    if not isinstance(w_result, strobject.W_StrObject):
        raise errors.type_error("__str__ returned non-string (type %s)" % type_name(w_result))
    return w_result


def str_w(w_obj: W_Root) -> builtin_str:
    """The text of str(w_obj)."""
    if not w_obj._user_:
        if isinstance(w_obj, strobject.W_StrObject):
            return w_obj.value
        if isinstance(w_obj, intobject.W_IntObject) and not isinstance(w_obj, intobject.W_BoolObject):
            return builtin_str_of_int(w_obj.intval)
    w_result = str(w_obj)
    assert isinstance(w_result, strobject.W_StrObject)
    return w_result.value


builtin_str = type("")  # noqa: UP003 (ops.str shadows the builtin here)


def builtin_str_of_int(i: int) -> builtin_str:
    return "%d" % i


# ---- unwrapping --------------------------------------------------------------------------------------

def text_w(w_obj: W_Root, what: builtin_str) -> builtin_str:
    """The value of a str argument; TypeError naming `what` otherwise."""
    if isinstance(w_obj, strobject.W_StrObject):
        return w_obj.value
    raise errors.type_error("%s must be str, not %s" % (what, type_name(w_obj)))


def index_w(w_obj: W_Root) -> W_Root:
    """operator.index(w_obj): an int, through __index__."""
    if isinstance(w_obj, intobject.W_AbstractIntObject):
        return w_obj
    w_result = call_special(w_obj, "__index__", [])
    if w_result is None:
        raise errors.type_error("'%s' object cannot be interpreted as an integer" % type_name(w_obj))
    if not isinstance(w_result, intobject.W_AbstractIntObject):
        raise errors.type_error("__index__ returned non-int (type %s)" % type_name(w_result))
    return w_result


def is_index(w_obj: W_Root | None) -> bool:
    """Can w_obj be used as an integer (an int, or an object with __index__)?"""
    if w_obj is None:
        return False
    if isinstance(w_obj, intobject.W_AbstractIntObject):
        return True
    return type_of(w_obj).lookup("__index__") is not None


def int_w(w_obj: W_Root) -> int:
    """A machine int from an int-like object (through __index__); OverflowError if too big."""
    if isinstance(w_obj, intobject.W_IntObject):
        return w_obj.intval
    w_index = index_w(w_obj)
    assert isinstance(w_index, intobject.W_AbstractIntObject)
    return intobject.as_machine_int(w_index)


def clamped_index_w(w_obj: W_Root) -> int:
    """A machine int through __index__, saturating for huge values (slices)."""
    w_index = index_w(w_obj)
    if isinstance(w_index, intobject.W_IntObject):
        return w_index.intval
    assert isinstance(w_index, intobject.W_AbstractIntObject)
    if intobject.is_negative(w_index):
        return intobject.MININT
    return intobject.MAXINT


def item_index_w(w_obj: W_Root) -> int:
    """The index of a single-item subscript; IndexError when it cannot be a machine int."""
    w_index = index_w(w_obj)
    assert isinstance(w_index, intobject.W_AbstractIntObject)
    if not intobject.fits_machine(w_index):
        raise errors.index_error("cannot fit '%s' into an index-sized integer" % type_name(w_obj))
    return intobject.as_machine_int(w_index)


def float_w(w_obj: W_Root) -> float:
    """A float from a number (float, int, or anything with __float__ / __index__)."""
    if isinstance(w_obj, floatobject.W_FloatObject):
        return w_obj.floatval
    if isinstance(w_obj, intobject.W_AbstractIntObject):
        return intobject.to_float(w_obj)
    w_result = call_special(w_obj, "__float__", [])
    if w_result is None:
        if type_of(w_obj).lookup("__index__") is not None:
            w_index = index_w(w_obj)
            assert isinstance(w_index, intobject.W_AbstractIntObject)
            return intobject.to_float(w_index)
        raise errors.type_error("must be real number, not %s" % type_name(w_obj))
    if not isinstance(w_result, floatobject.W_FloatObject):
        raise errors.type_error("%s.__float__ returned non-float (type %s)" % (
            type_name(w_obj), type_name(w_result)))
    return w_result.floatval


def len_of_result(w_result: W_Root) -> int:
    if not isinstance(w_result, intobject.W_AbstractIntObject):
        raise errors.type_error("'%s' object cannot be interpreted as an integer" % type_name(w_result))
    if intobject.is_negative(w_result):
        raise errors.value_error("__len__() should return >= 0")
    if not intobject.fits_machine(w_result):
        raise errors.overflow_error("cannot fit 'int' into an index-sized integer")
    return intobject.as_machine_int(w_result)


def attr_name_w(w_name: W_Root | None) -> builtin_str:
    """The name argument of getattr/setattr/delattr/hasattr."""
    assert w_name is not None
    if not isinstance(w_name, strobject.W_StrObject):
        raise errors.type_error("attribute name must be string, not '%s'" % type_name(w_name))
    return w_name.value


# ---- containers --------------------------------------------------------------------------------------

def len_w(w_obj: W_Root) -> int:
    if not w_obj._user_:
        if isinstance(w_obj, listobject.W_ListObject):
            return len(w_obj.items_w)
        if isinstance(w_obj, strobject.W_StrObject):
            return len(w_obj.value)
        if isinstance(w_obj, tupleobject.W_TupleObject):
            return len(w_obj.items_w)
        if isinstance(w_obj, dictobject.W_DictObject):
            return w_obj.used
    w_result = call_special(w_obj, "__len__", [])
    if w_result is None:
        raise errors.type_error("object of type '%s' has no len()" % type_name(w_obj))
    return len_of_result(w_result)


def getitem(w_obj: W_Root, w_key: W_Root) -> W_Root:
    if not w_obj._user_:
        if isinstance(w_obj, listobject.W_ListObject) and isinstance(w_key, intobject.W_IntObject):
            return listobject.getitem_index(w_obj, w_key.intval)
        if isinstance(w_obj, dictobject.W_DictObject):
            w_value = dictobject.lookup(w_obj, w_key)
            if w_value is not None:
                return w_value
    w_getitem = type_of(w_obj).lookup("__getitem__")
    if w_getitem is None:
        if isinstance(w_obj, W_TypeObject):
            w_class_getitem = w_obj.lookup("__class_getitem__")
            if w_class_getitem is not None:
                return call_function(descr_get(w_class_getitem, None, w_obj), [w_key])
            if w_obj is w_type:
                return w_obj
            raise errors.type_error("type '%s' is not subscriptable" % w_obj.name)
        raise errors.type_error("'%s' object is not subscriptable" % type_name(w_obj))
    return call_function(w_getitem, [w_obj, w_key])


def setitem(w_obj: W_Root, w_key: W_Root, w_value: W_Root) -> None:
    if not w_obj._user_:
        if isinstance(w_obj, listobject.W_ListObject) and isinstance(w_key, intobject.W_IntObject):
            listobject.setitem_index(w_obj, w_key.intval, w_value)
            return
        if isinstance(w_obj, dictobject.W_DictObject):
            dictobject.setitem(w_obj, w_key, w_value)
            return
    w_setitem = type_of(w_obj).lookup("__setitem__")
    if w_setitem is None:
        raise errors.type_error("'%s' object does not support item assignment" % type_name(w_obj))
    call_function(w_setitem, [w_obj, w_key, w_value])


def delitem(w_obj: W_Root, w_key: W_Root) -> None:
    w_delitem = type_of(w_obj).lookup("__delitem__")
    if w_delitem is None:
        raise errors.type_error("'%s' object doesn't support item deletion" % type_name(w_obj))
    call_function(w_delitem, [w_obj, w_key])


def contains(w_container: W_Root, w_item: W_Root) -> bool:
    if not w_container._user_:
        if isinstance(w_container, dictobject.W_DictObject):
            return dictobject.lookup(w_container, w_item) is not None
        if isinstance(w_container, listobject.W_ListObject):
            for w_x in w_container.items_w:
                if eq_w(w_x, w_item):
                    return True
            return False
    w_ctype = type_of(w_container)
    w_contains = w_ctype.lookup("__contains__")
    if w_contains is not None:
        if w_contains is w_None:
            raise errors.type_error("'%s' object is not a container" % w_ctype.name)
        return is_true(call_function(w_contains, [w_container, w_item]))
    if w_ctype.lookup("__iter__") is None and w_ctype.lookup("__getitem__") is None:
        raise errors.type_error("argument of type '%s' is not iterable" % w_ctype.name)
    # fall back to iteration
    w_iter = iter(w_container)
    while True:
        w_next = next(w_iter)
        if w_next is None:
            return False
        if eq_w(w_next, w_item):
            return True


# ---- iteration -----------------------------------------------------------------------------------------

def iter(w_obj: W_Root) -> W_Root:
    from languages.python.objspace import iterobject
    w_type_ = type_of(w_obj)
    w_iter_method = w_type_.lookup("__iter__")
    if w_iter_method is None:
        if w_iter_method is None and w_type_.lookup("__getitem__") is not None:
            return iterobject.W_SeqIterObject(w_obj)
        raise errors.type_error("'%s' object is not iterable" % w_type_.name)
    if w_iter_method is w_None:
        raise errors.type_error("'%s' object is not iterable" % w_type_.name)
    w_result = call_function(w_iter_method, [w_obj])
    if type_of(w_result).lookup("__next__") is None:
        raise errors.type_error("iter() returned non-iterator of type '%s'" % type_name(w_result))
    return w_result


def next(w_iter: W_Root) -> W_Root | None:
    """The next item, or None when the iterator is exhausted (StopIteration)."""
    from languages.python.objspace import iterobject
    if isinstance(w_iter, iterobject.W_AbstractIterator) and not w_iter._user_:
        return w_iter.next_w()
    w_next = type_of(w_iter).lookup("__next__")
    if w_next is None:
        raise errors.type_error("'%s' object is not an iterator" % type_name(w_iter))
    try:
        return call_function(w_next, [w_iter])
    except OperationError as e:
        if errors.matches(e, exceptions.w_StopIteration):
            return None
        raise


def unpack_iterable(w_obj: W_Root) -> list[W_Root]:
    """The items of any iterable, as a list."""
    if not w_obj._user_:
        if isinstance(w_obj, listobject.W_ListObject):
            return list(w_obj.items_w)
        if isinstance(w_obj, tupleobject.W_TupleObject):
            return list(w_obj.items_w)
    result: list[W_Root] = []
    w_iter = iter(w_obj)
    while True:
        w_item = next(w_iter)
        if w_item is None:
            return result
        result.append(w_item)


def fixedview(w_obj: W_Root) -> list[W_Root]:
    """Like unpack_iterable, but may return the tuple's or list's own item list (do not modify)."""
    if not w_obj._user_:
        if isinstance(w_obj, tupleobject.W_TupleObject):
            return w_obj.items_w
        if isinstance(w_obj, listobject.W_ListObject):
            return w_obj.items_w
    return unpack_iterable(w_obj)


def is_none(w_obj: W_Root | None) -> bool:
    return w_obj is None or isinstance(w_obj, W_NoneObject)


def not_implemented() -> W_Root:
    return w_NotImplemented


def object_type() -> W_TypeObject:
    return w_object
