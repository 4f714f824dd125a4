"""The methods of BaseException (construction, args, str/repr, __cause__/__context__) and the
reprs of functions, methods, builtins and modules."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.interpreter import function
from languages.python.objspace import (
    descriptors,
    errors,
    exceptions,
    moduleobject,
    ops,
    strobject,
    tupleobject,
    typedescr,
)
from languages.python.objspace.descriptors import getset
from languages.python.objspace.exceptions import W_BaseException, w_BaseException
from languages.python.objspace.gateway import METHOD, W_BuiltinFunction, method, parse_spec, staticmethod_
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import W_TypeObject, make_builtin_type, w_object


def self_exc(args_w: list[W_Root | None]) -> W_BaseException:
    w_self = args_w[0]
    assert isinstance(w_self, W_BaseException)
    return w_self


@staticmethod_(w_BaseException, "__new__", "cls, *args, **kwargs")
def exception_new(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    w_args = args_w[1]
    assert isinstance(w_cls, W_TypeObject)
    assert isinstance(w_args, tupleobject.W_TupleObject)
    return exceptions.new_exception(w_cls, list(w_args.items_w))


def reject_keywords(args_w: list[W_Root | None], index: int) -> None:
    """BaseException.__init__ and most of its subclasses take no keyword arguments."""
    from languages.python.objspace import dictobject
    w_kwargs = args_w[index]
    if isinstance(w_kwargs, dictobject.W_DictObject) and w_kwargs.length() > 0:
        w_self = args_w[0]
        assert w_self is not None
        raise errors.type_error("%s() takes no keyword arguments" % ops.type_name(w_self))


@method(w_BaseException, "__init__", "self, *args, **kwargs")
def exception_init(args_w: list[W_Root | None]) -> W_Root:
    reject_keywords(args_w, 2)
    w_args = args_w[1]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    self_exc(args_w).args_w = list(w_args.items_w)
    return w_None


@method(w_BaseException, "__str__", "self")
def exception_str(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    items_w = w_exc.args_w
    if len(items_w) == 0:
        return strobject.newstr("")
    if len(items_w) == 1:
        if ops.type_of(w_exc).is_subtype(exceptions.w_KeyError):
            return strobject.newstr(ops.repr_w(items_w[0]))
        return ops.str(items_w[0])
    return ops.repr(tupleobject.newtuple(items_w))


@method(w_BaseException, "__repr__", "self")
def exception_repr(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    name = ops.type_name(w_exc)
    items_w = w_exc.args_w
    if len(items_w) == 1:
        return strobject.newstr("%s(%s)" % (name, ops.repr_w(items_w[0])))
    return strobject.newstr(name + ops.repr_w(tupleobject.newtuple(items_w)))


@method(w_BaseException, "with_traceback", "self, tb, /")
def exception_with_traceback(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    w_tb = args_w[1]
    assert w_tb is not None
    w_exc.w_traceback = w_tb
    return w_exc


def get_args(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_BaseException)
    return tupleobject.newtuple(w_obj.args_w)


def set_args(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, W_BaseException)
    assert w_value is not None
    w_obj.args_w = ops.unpack_iterable(w_value)


def get_cause(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_BaseException)
    return w_obj.w_cause


def set_cause(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, W_BaseException)
    assert w_value is not None
    w_obj.w_cause = w_value
    w_obj.suppress_context = True


def get_context(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_BaseException)
    return w_obj.w_context


def set_context(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, W_BaseException)
    assert w_value is not None
    w_obj.w_context = w_value


def get_traceback(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_BaseException)
    return w_obj.w_traceback


def set_traceback(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, W_BaseException)
    assert w_value is not None
    w_obj.w_traceback = w_value


def get_value(w_obj: W_Root) -> W_Root:
    """StopIteration.value: the first argument (None without arguments)."""
    assert isinstance(w_obj, W_BaseException)
    if len(w_obj.args_w) == 0:
        return w_None
    return w_obj.args_w[0]


def get_code(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_BaseException)
    if len(w_obj.args_w) == 0:
        return w_None
    if len(w_obj.args_w) == 1:
        return w_obj.args_w[0]
    return tupleobject.newtuple(w_obj.args_w)


getset(w_BaseException, "args", get_args, set_args)
getset(w_BaseException, "__cause__", get_cause, set_cause)
getset(w_BaseException, "__context__", get_context, set_context)
getset(w_BaseException, "__traceback__", get_traceback, set_traceback)
getset(exceptions.w_StopIteration, "value", get_value)
getset(exceptions.w_SystemExit, "code", get_code)


# ---- reprs of functions and modules -----------------------------------------------------------------

w_builtin_function = make_builtin_type("builtin_function_or_method", w_object, base_ok=False)
set_static_type(W_BuiltinFunction, w_builtin_function)


def function_repr(args_w: list[W_Root | None]) -> W_Root:
    w_func = args_w[0]
    assert isinstance(w_func, function.W_FunctionObject)
    return strobject.newstr("<function %s at 0x%x>" % (w_func.qualname, typedescr.object_id(w_func)))


def method_repr(args_w: list[W_Root | None]) -> W_Root:
    w_method = args_w[0]
    assert isinstance(w_method, function.W_MethodObject)
    w_func = w_method.w_function
    name = "?"
    if isinstance(w_func, function.W_FunctionObject):
        name = w_func.qualname
    elif isinstance(w_func, W_BuiltinFunction):
        name = w_func.qualified_name()
    return strobject.newstr("<bound method %s of %s>" % (name, ops.repr_w(w_method.w_self)))


def builtin_repr(args_w: list[W_Root | None]) -> W_Root:
    w_func = args_w[0]
    if isinstance(w_func, function.W_MethodObject):
        w_self = w_func.w_self
        w_inner = w_func.w_function
        assert isinstance(w_inner, W_BuiltinFunction)
        return strobject.newstr("<built-in method %s of %s object at 0x%x>" % (
            w_inner.name, ops.type_name(w_self), typedescr.object_id(w_self)))
    assert isinstance(w_func, W_BuiltinFunction)
    return strobject.newstr("<built-in function %s>" % w_func.name)


def module_repr(args_w: list[W_Root | None]) -> W_Root:
    w_mod = args_w[0]
    assert isinstance(w_mod, moduleobject.W_ModuleObject)
    w_file = moduleobject.get(w_mod, "__file__")
    if isinstance(w_file, strobject.W_StrObject):
        return strobject.newstr("<module '%s' from '%s'>" % (moduleobject.module_name(w_mod), w_file.value))
    return strobject.newstr("<module '%s' (built-in)>" % moduleobject.module_name(w_mod))


@not_rpython
def install_function_reprs() -> None:
    for w_t, func in [(function.w_function, function_repr), (function.w_method, method_repr),
                      (w_builtin_function, builtin_repr), (moduleobject.w_module, module_repr)]:
        w_t.dict_w["__repr__"] = W_BuiltinFunction("__repr__", func, parse_spec("self"), METHOD, None,
                                                   "builtins", "")


install_function_reprs()


# ---- function attributes, property, classmethod, staticmethod -------------------------------------

def function_name(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    return strobject.newstr(w_obj.name)


def function_qualname(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    return strobject.newstr(w_obj.qualname)


def function_doc(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    return w_obj.w_doc


def function_module(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    return w_obj.w_module


def function_set_name(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, function.W_FunctionObject)
    w_obj.name = ops.text_w(w_value, "__name__")


def function_set_qualname(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, function.W_FunctionObject)
    w_obj.qualname = ops.text_w(w_value, "__qualname__")


def function_set_doc(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, function.W_FunctionObject)
    w_obj.w_doc = or_none(w_value)


def function_set_module(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, function.W_FunctionObject)
    w_obj.w_module = or_none(w_value)


getset(function.w_function, "__name__", function_name, function_set_name)
getset(function.w_function, "__qualname__", function_qualname, function_set_qualname)
getset(function.w_function, "__doc__", function_doc, function_set_doc)
getset(function.w_function, "__module__", function_module, function_set_module)


@staticmethod_(descriptors.w_property, "__new__", "cls, fget=None, fset=None, fdel=None, doc=None")
def property_new(args_w: list[W_Root | None]) -> W_Root:
    return descriptors.W_Property(or_none(args_w[1]), or_none(args_w[2]), or_none(args_w[3]),
                                  or_none(args_w[4]))


def or_none(w_value: W_Root | None) -> W_Root:
    if w_value is None:
        return w_None
    return w_value


def self_property(args_w: list[W_Root | None]) -> descriptors.W_Property:
    w_self = args_w[0]
    assert isinstance(w_self, descriptors.W_Property)
    return w_self


@method(descriptors.w_property, "setter", "self, fset, /")
def property_setter(args_w: list[W_Root | None]) -> W_Root:
    w_prop = self_property(args_w)
    return descriptors.W_Property(w_prop.w_fget, or_none(args_w[1]), w_prop.w_fdel, w_prop.w_doc)


@method(descriptors.w_property, "deleter", "self, fdel, /")
def property_deleter(args_w: list[W_Root | None]) -> W_Root:
    w_prop = self_property(args_w)
    return descriptors.W_Property(w_prop.w_fget, w_prop.w_fset, or_none(args_w[1]), w_prop.w_doc)


@method(descriptors.w_property, "getter", "self, fget, /")
def property_getter(args_w: list[W_Root | None]) -> W_Root:
    w_prop = self_property(args_w)
    return descriptors.W_Property(or_none(args_w[1]), w_prop.w_fset, w_prop.w_fdel, w_prop.w_doc)


@method(descriptors.w_property, "__set_name__", "self, owner, name, /")
def property_set_name(args_w: list[W_Root | None]) -> W_Root:
    self_property(args_w).name = ops.text_w(args_w[2], "name")
    return w_None


@staticmethod_(descriptors.w_classmethod, "__new__", "cls, function, /")
def classmethod_new(args_w: list[W_Root | None]) -> W_Root:
    return descriptors.W_ClassMethod(or_none(args_w[1]))


@staticmethod_(descriptors.w_staticmethod, "__new__", "cls, function, /")
def staticmethod_new(args_w: list[W_Root | None]) -> W_Root:
    return descriptors.W_StaticMethod(or_none(args_w[1]))
