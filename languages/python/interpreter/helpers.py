"""The larger opcodes of the dispatch loop, kept out of it: class creation (__build_class__),
raising, exception matching, `with`, star-unpacking, f-string formatting, imports, slices and sets.
"""

from __future__ import annotations

from languages.python.compiler import opcodes as op
from languages.python.interpreter.function import W_FunctionObject
from languages.python.interpreter.pyframe import PyFrame
from languages.python.interpreter.state import state
from languages.python.objspace import (
    dictobject,
    errors,
    exceptions,
    listobject,
    ops,
    strobject,
    tupleobject,
)
from languages.python.objspace.gateway import Arguments, function
from languages.python.objspace.root import OperationError, W_Root, w_None
from languages.python.objspace.typeobject import W_TypeObject, w_type

HELPER_FUNCTIONS: list = []


# ---- classes -------------------------------------------------------------------------------------------

def keyword_lists(w_kwds: dictobject.W_DictObject) -> tuple[list[str], list[W_Root]]:
    keywords: list[str] = []
    keywords_w: list[W_Root] = []
    for w_key in dictobject.keys(w_kwds):
        keywords.append(ops.text_w(w_key, "keyword"))
        w_value = dictobject.lookup(w_kwds, w_key)
        assert w_value is not None
        keywords_w.append(w_value)
    return keywords, keywords_w


@function(HELPER_FUNCTIONS, "__build_class__", "func, name, /, *bases, metaclass=None, **kwds")
def build_class(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter import function as funcmod
    from languages.python.interpreter import interp
    from languages.python.objspace import typedescr
    w_func = args_w[0]
    w_name = args_w[1]
    w_bases = args_w[2]
    w_meta = args_w[3]
    w_kwds = args_w[4]
    if not isinstance(w_func, W_FunctionObject):
        raise errors.type_error("__build_class__: func must be a function")
    assert w_name is not None and isinstance(w_bases, tupleobject.W_TupleObject)
    assert isinstance(w_kwds, dictobject.W_DictObject)
    name = ops.text_w(w_name, "__build_class__: name")
    w_orig_bases = w_bases
    w_bases = update_bases(w_bases)
    bases_w: list[W_TypeObject] = []
    all_types = True
    for w_base in w_bases.items_w:
        if isinstance(w_base, W_TypeObject):
            bases_w.append(w_base)
        else:
            all_types = False
    if w_meta is None:
        w_meta_type: W_TypeObject = w_type
        if len(bases_w) > 0:
            w_meta_type = ops.type_of(bases_w[0])
        if all_types:
            w_meta_type = typedescr.calculate_metaclass(w_meta_type, bases_w)
        w_meta = w_meta_type
    w_namespace: W_Root = dictobject.W_DictObject()
    if w_meta is not w_type:
        w_prepare = ops.getattr_or_none(w_meta, "__prepare__")
        if w_prepare is not None:
            keywords, keywords_w = keyword_lists(w_kwds)
            w_namespace = ops.call_args(w_prepare, Arguments([w_name, w_bases], keywords, keywords_w))
            if ops.type_of(w_namespace).lookup("__getitem__") is None:
                raise errors.type_error("%s.__prepare__() must return a mapping, not %s"
                                        % (ops.type_name_of_type(w_meta), ops.type_name(w_namespace)))
    frame = funcmod.new_frame(w_func)
    frame.w_locals = w_namespace
    if len(frame.code.cellvars) > 0:
        funcmod.init_cells(frame)
    interp.execute_frame(frame)
    if w_bases is not w_orig_bases:
        ops.setitem(w_namespace, strobject.newstr("__orig_bases__"), w_orig_bases)
    if w_meta is w_type and all_types and isinstance(w_namespace, dictobject.W_DictObject):
        return typedescr.create_class(typedescr.calculate_metaclass(w_type, bases_w), name, bases_w,
                                      w_namespace, w_kwds)
    keywords: list[str] = []
    keywords_w: list[W_Root] = []
    for w_key in dictobject.keys(w_kwds):
        keywords.append(ops.text_w(w_key, "keyword"))
        w_value = dictobject.lookup(w_kwds, w_key)
        assert w_value is not None
        keywords_w.append(w_value)
    return ops.call_args(w_meta, Arguments([w_name, w_bases, w_namespace], keywords, keywords_w))


BUILD_CLASS = build_class.w_builtin


def update_bases(w_bases: tupleobject.W_TupleObject) -> tupleobject.W_TupleObject:
    """Replace each base that is not a class but has __mro_entries__ by the bases it returns."""
    changed = False
    new_w: list[W_Root] = []
    for w_base in w_bases.items_w:
        if not isinstance(w_base, W_TypeObject):
            w_entries = ops.getattr_or_none(w_base, "__mro_entries__")
            if w_entries is not None:
                w_result = ops.call_function(w_entries, [w_bases])
                if not isinstance(w_result, tupleobject.W_TupleObject):
                    raise errors.type_error("__mro_entries__ must return a tuple")
                for w_item in w_result.items_w:
                    new_w.append(w_item)
                changed = True
                continue
        new_w.append(w_base)
    if not changed:
        return w_bases
    return tupleobject.W_TupleObject(new_w)


# ---- exceptions ----------------------------------------------------------------------------------------

def make_exception(w_value: W_Root) -> W_Root:
    """What `raise w_value` raises: an instance (classes are called without arguments)."""
    if isinstance(w_value, W_TypeObject) and w_value.is_subtype(exceptions.w_BaseException):
        w_exc = ops.call_function(w_value, [])
        if not isinstance(w_exc, exceptions.W_BaseException):
            raise errors.type_error("calling %s should have returned an instance of BaseException, not %s"
                                    % (w_value.name, ops.type_name(w_exc)))
        return w_exc
    if isinstance(w_value, exceptions.W_BaseException):
        return w_value
    raise errors.type_error("exceptions must derive from BaseException")


def raise_varargs(frame: PyFrame, count: int) -> OperationError:
    if count == 0:
        w_handled = state.w_handled
        if w_handled is None:
            return errors.runtime_error("No active exception to reraise")
        error = OperationError(w_handled)
        error.reraised = True
        error.context_set = True
        return error
    w_cause: W_Root | None = None
    if count == 2:
        w_cause = frame.pop()
    w_exc = make_exception(frame.pop())
    assert isinstance(w_exc, exceptions.W_BaseException)
    if w_cause is not None:
        if w_cause is w_None:
            w_exc.w_cause = w_None
        else:
            if not isinstance(w_cause, exceptions.W_BaseException) and not (
                    isinstance(w_cause, W_TypeObject) and w_cause.is_subtype(exceptions.w_BaseException)):
                raise errors.type_error("exception causes must derive from BaseException")
            w_exc.w_cause = make_exception(w_cause)
        w_exc.suppress_context = True
    return OperationError(w_exc)


def exception_matches(w_exc: W_Root, w_type: W_Root) -> bool:
    if isinstance(w_type, tupleobject.W_TupleObject):
        for w_item in w_type.items_w:
            if exception_matches(w_exc, w_item):
                return True
        return False
    if not isinstance(w_type, W_TypeObject) or not w_type.is_subtype(exceptions.w_BaseException):
        raise errors.type_error("catching classes that do not inherit from BaseException is not allowed")
    return ops.type_of(w_exc).is_subtype(w_type)


# ---- with ---------------------------------------------------------------------------------------------

def before_with(frame: PyFrame) -> None:
    """[manager] -> [bound __exit__, result of __enter__()]."""
    w_manager = frame.pop()
    w_type_ = ops.type_of(w_manager)
    w_enter = w_type_.lookup("__enter__")
    w_exit = w_type_.lookup("__exit__")
    if w_enter is None:
        raise errors.type_error("'%s' object does not support the context manager protocol" % w_type_.name)
    if w_exit is None:
        raise errors.type_error("'%s' object does not support the context manager protocol "
                                "(missed __exit__ method)" % w_type_.name)
    frame.push(ops.descr_get(w_exit, w_manager, w_type_))
    frame.push(ops.call_function(w_enter, [w_manager]))


def before_async_with(frame: PyFrame) -> None:
    """[manager] -> [bound __aexit__, awaitable of __aenter__()]."""
    from languages.python.interpreter import generator
    w_manager = frame.pop()
    w_type_ = ops.type_of(w_manager)
    w_enter = w_type_.lookup("__aenter__")
    w_exit = w_type_.lookup("__aexit__")
    if w_enter is None:
        raise errors.type_error("'%s' object does not support the asynchronous context manager protocol"
                                % w_type_.name)
    if w_exit is None:
        raise errors.type_error("'%s' object does not support the asynchronous context manager protocol "
                                "(missed __aexit__ method)" % w_type_.name)
    frame.push(ops.descr_get(w_exit, w_manager, w_type_))
    frame.push(generator.get_awaitable(ops.call_function(w_enter, [w_manager])))


def check_stop_iteration(frame: PyFrame) -> None:
    """PEP 479: a StopIteration (or StopAsyncIteration) escaping a generator body becomes a
    RuntimeError."""
    from languages.python.interpreter import pycode
    w_exc = frame.top()
    flags = frame.code.flags
    kind = "generator"
    if flags & pycode.CO_COROUTINE:
        kind = "coroutine"
    elif flags & pycode.CO_ASYNC_GENERATOR:
        kind = "async generator"
    if ops.isinstance_type(w_exc, exceptions.w_StopIteration):
        message = "%s raised StopIteration" % kind
    elif flags & pycode.CO_ASYNC_GENERATOR and ops.isinstance_type(w_exc, exceptions.w_StopAsyncIteration):
        message = "async generator raised StopAsyncIteration"
    else:
        return
    w_new = errors.runtime_error(message).w_value
    assert isinstance(w_new, exceptions.W_BaseException)
    w_new.w_cause = w_exc
    w_new.w_context = w_exc
    w_new.suppress_context = True
    frame.pop()
    frame.push(w_new)


# ---- unpacking ------------------------------------------------------------------------------------------

def unpack_count_error(got: int, expected: int) -> OperationError:
    if got > expected:
        return errors.value_error("too many values to unpack (expected %d)" % expected)
    return errors.value_error("not enough values to unpack (expected %d, got %d)" % (expected, got))


def unpackable_iter(w_obj: W_Root) -> W_Root:
    w_type_ = ops.type_of(w_obj)
    if w_type_.lookup("__iter__") is None and w_type_.lookup("__getitem__") is None:
        raise errors.type_error("cannot unpack non-iterable %s object" % w_type_.name)
    return ops.iter(w_obj)


def unpack_target_values(w_obj: W_Root, expected: int) -> list[W_Root]:
    """The values of `a, b, c = w_obj`: exactly `expected` of them (reading at most one more)."""
    from languages.python.objspace import listobject, tupleobject
    if not w_obj._user_ and (isinstance(w_obj, tupleobject.W_TupleObject) or
                             isinstance(w_obj, listobject.W_ListObject)):
        items_w = ops.fixedview(w_obj)
        if len(items_w) != expected:
            raise unpack_count_error(len(items_w), expected)
        return items_w
    w_iter = unpackable_iter(w_obj)
    result: list[W_Root] = []
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            break
        if len(result) == expected:
            raise unpack_count_error(expected + 1, expected)
        result.append(w_item)
    if len(result) != expected:
        raise unpack_count_error(len(result), expected)
    return result


def unpack_ex(frame: PyFrame, arg: int) -> None:
    before = arg & 0xFF
    after = arg >> 8
    w_obj = frame.pop()
    items_w = ops.unpack_iterable(unpackable_iter(w_obj))
    n = len(items_w)
    if n < before + after:
        raise errors.value_error("not enough values to unpack (expected at least %d, got %d)" % (
            before + after, n))
    i = n - 1
    while i >= n - after:
        frame.push(items_w[i])
        i -= 1
    middle_end = n - after
    assert middle_end >= before
    frame.push(listobject.W_ListObject(items_w[before:middle_end]))
    i = before - 1
    while i >= 0:
        frame.push(items_w[i])
        i -= 1


# ---- containers -----------------------------------------------------------------------------------------

def new_slice(w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> W_Root:
    from languages.python.objspace import sliceobject
    return sliceobject.W_SliceObject(w_start, w_stop, w_step)


def build_set(items_w: list[W_Root]) -> W_Root:
    from languages.python.objspace import setobject
    w_set = setobject.W_SetObject()
    for w_item in items_w:
        setobject.add(w_set, w_item)
    return w_set


def set_add(w_set: W_Root, w_item: W_Root) -> None:
    from languages.python.objspace import setobject
    assert isinstance(w_set, setobject.W_SetObject)
    setobject.add(w_set, w_item)


def function_str(w_func: W_Root) -> str:
    """How call errors name the callable: 'module.qualname()' (CPython's _PyObject_FunctionStr)."""
    w_qualname = ops.getattr_or_none(w_func, "__qualname__")
    if not isinstance(w_qualname, strobject.W_StrObject):
        return ops.type_name(w_func) + " object"
    w_module = ops.getattr_or_none(w_func, "__module__")
    if isinstance(w_module, strobject.W_StrObject) and w_module.value != "builtins":
        return w_module.value + "." + w_qualname.value + "()"
    return w_qualname.value + "()"


def unpack_star_argument(frame: PyFrame, w_iterable: W_Root, arg: int) -> list[W_Root]:
    """The items of `*iterable` in a call (arg has IN_CALL) or a display."""
    w_type_ = ops.type_of(w_iterable)
    if w_type_.lookup("__iter__") is None and w_type_.lookup("__getitem__") is None:
        if arg & op.IN_CALL:
            raise errors.type_error("%s argument after * must be an iterable, not %s"
                                    % (function_str(frame.peek(arg & 0xff)), w_type_.name))
        raise errors.type_error("Value after * must be an iterable, not %s" % w_type_.name)
    return ops.unpack_iterable(w_iterable)


def dict_merge(w_dict: dictobject.W_DictObject, w_other: W_Root, w_func: W_Root) -> None:
    """f(**other): the mapping's items join the call's keywords; duplicates are errors."""
    if not isinstance(w_other, dictobject.W_DictObject) and ops.lookup_attr(w_other, "keys") is None:
        raise errors.type_error("%s argument after ** must be a mapping, not %s"
                                % (function_str(w_func), ops.type_name(w_other)))
    w_new = dictobject.W_DictObject()
    dict_update(w_new, w_other, False)
    for w_key in dictobject.keys(w_new):
        if not isinstance(w_key, strobject.W_StrObject):
            raise errors.type_error("keywords must be strings")
        if dictobject.lookup(w_dict, w_key) is not None:
            raise errors.type_error("%s got multiple values for keyword argument '%s'"
                                    % (function_str(w_func), w_key.value))
        w_value = dictobject.lookup(w_new, w_key)
        assert w_value is not None
        dictobject.setitem(w_dict, w_key, w_value)


def dict_update(w_dict: dictobject.W_DictObject, w_other: W_Root, merge: bool) -> None:
    """{**other} and f(**other): the other mapping's items into w_dict."""
    if isinstance(w_other, dictobject.W_DictObject):
        for w_key in dictobject.keys(w_other):
            w_value = dictobject.lookup(w_other, w_key)
            assert w_value is not None
            if merge and dictobject.lookup(w_dict, w_key) is not None:
                raise errors.type_error("got multiple values for keyword argument '%s'" % ops.str_w(w_key))
            dictobject.setitem(w_dict, w_key, w_value)
        return
    w_keys_method = ops.lookup_attr(w_other, "keys")
    if w_keys_method is None:
        raise errors.type_error("'%s' object is not a mapping" % ops.type_name(w_other))
    for w_key in ops.unpack_iterable(ops.call_function(w_keys_method, [])):
        dictobject.setitem(w_dict, w_key, ops.getitem(w_other, w_key))


# ---- f-strings -----------------------------------------------------------------------------------------

def format_value(w_value: W_Root, conversion: int, w_spec: W_Root | None) -> W_Root:
    from languages.python.objspace import formatting
    if conversion == 1:
        w_value = ops.str(w_value)
    elif conversion == 2:
        w_value = ops.repr(w_value)
    elif conversion == 3:
        w_value = strobject.newstr(formatting.ascii_of(ops.repr_w(w_value)))
    spec = ""
    if w_spec is not None:
        spec = ops.text_w(w_spec, "format spec")
    if spec == "" and isinstance(w_value, strobject.W_StrObject) and not w_value._user_:
        return w_value
    return formatting.format(w_value, spec)


# ---- generators ----------------------------------------------------------------------------------------

def next_of(w_iter: W_Root) -> W_Root | None:
    from languages.python.objspace import iterobject
    assert isinstance(w_iter, iterobject.W_AbstractIterator)
    return w_iter.next_w()


def send_into(frame: PyFrame, w_iter: W_Root, w_value: W_Root) -> bool:
    """One step of `yield from`/`await` on the iterator on top of the stack: push the value it
    yields (False), or replace it by its result when it is finished (True)."""
    from languages.python.interpreter import generator
    from languages.python.objspace import exceptionmethods, iterobject
    if isinstance(w_iter, generator.W_Generator):
        w_result = generator.resume(w_iter, w_value)
        if w_result is None:
            frame.pop()
            frame.push(generator.take_return(w_iter))
            return True
        frame.push(w_result)
        return False
    try:
        if w_value is w_None:
            if not w_iter._user_ and isinstance(w_iter, iterobject.W_AbstractIterator):
                w_next = next_of(w_iter)
            else:
                w_method = ops.type_of(w_iter).lookup("__next__")
                if w_method is None:
                    raise errors.type_error("'%s' object is not an iterator" % ops.type_name(w_iter))
                w_next = ops.call_function(w_method, [w_iter])
        else:
            w_next = ops.call_method(w_iter, "send", [w_value])
    except OperationError as e:
        if errors.matches(e, exceptions.w_StopIteration):
            frame.pop()
            frame.push(exceptionmethods.get_value(e.w_value))
            return True
        raise
    if w_next is None:
        frame.pop()
        frame.push(w_None)
        return True
    frame.push(w_next)
    return False


# ---- imports ------------------------------------------------------------------------------------------

def import_name(frame: PyFrame, name: str, w_fromlist: W_Root, w_level: W_Root) -> W_Root:
    from languages.python.modules import importing
    return importing.import_module(name, w_fromlist, ops.int_w(w_level), frame.w_globals)


def import_from(w_module: W_Root, name: str) -> W_Root:
    from languages.python.modules import importing
    w_value = ops.lookup_attr(w_module, name)
    if w_value is None:
        w_value = importing.import_from(w_module, name)
    if w_value is None:
        w_name = ops.lookup_attr(w_module, "__name__")
        module_name = "?" if w_name is None else ops.str_w(w_name)
        w_file = ops.lookup_attr(w_module, "__file__")
        location = "unknown location" if w_file is None or w_file is w_None else ops.str_w(w_file)
        error = errors.oper_error(exceptions.w_ImportError, "cannot import name '%s' from '%s' (%s)"
                                  % (name, module_name, location))
        w_exc = error.w_value
        assert isinstance(w_exc, exceptions.W_BaseException)
        w_exc.set_attr("name", strobject.newstr(module_name))
        raise error
    return w_value


def import_star(frame: PyFrame, w_module: W_Root) -> None:
    w_dict = w_module.getdict()
    w_locals = frame.w_locals
    if not isinstance(w_dict, dictobject.W_DictObject) or not isinstance(w_locals, dictobject.W_DictObject):
        raise errors.type_error("import * is not supported here")
    for w_key in dictobject.keys(w_dict):
        key = ops.str_w(w_key)
        if not key.startswith("_"):
            w_value = dictobject.lookup(w_dict, w_key)
            assert w_value is not None
            dictobject.setitem(w_locals, w_key, w_value)


def print_expr(w_value: W_Root) -> None:
    """The REPL shows the value of an expression statement (not None)."""
    if w_value is w_None:
        return
    from languages.python.modules import builtins
    builtins.write_stdout(ops.repr_w(w_value) + "\n")
