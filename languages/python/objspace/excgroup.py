"""BaseExceptionGroup and ExceptionGroup: construction rules, message/exceptions, split() and
subgroup() (recursive, keeping the nesting and the metadata), derive(), and the two operations
behind `except*`: matching a handler's type and computing what to re-raise afterwards."""

from __future__ import annotations

from languages.python.objspace import dictobject, errors, exceptions, listobject, ops, strobject, tupleobject
from languages.python.objspace.descriptors import getset
from languages.python.objspace.exceptions import W_BaseException, w_BaseExceptionGroup, w_ExceptionGroup
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.root import W_Root, w_None
from languages.python.objspace.typeobject import W_TypeObject


def is_group(w_obj: W_Root | None) -> bool:
    return w_obj is not None and ops.isinstance_type(w_obj, w_BaseExceptionGroup)


def self_group(args_w: list[W_Root | None]) -> W_BaseException:
    w_self = args_w[0]
    assert isinstance(w_self, W_BaseException)
    return w_self


def leaves_of(w_group: W_BaseException) -> list[W_Root]:
    w_excs = w_group.get_attr("exceptions")
    if not isinstance(w_excs, tupleobject.W_TupleObject):
        return []
    return w_excs.items_w


def new_group(w_cls: W_TypeObject, w_message: W_Root, w_excs: W_Root) -> W_BaseException:
    """A group of exactly class w_cls (no checks): args are (message, excs as given)."""
    w_group = exceptions.new_exception(w_cls, [w_message, w_excs])
    w_group.set_attr("message", w_message)
    w_group.set_attr("exceptions", tupleobject.newtuple(ops.unpack_iterable(w_excs)))
    return w_group


@staticmethod_(w_BaseExceptionGroup, "__new__", "cls, message, exceptions, /, **kwargs")
def group_new(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    w_message = args_w[1]
    w_excs = args_w[2]
    assert isinstance(w_cls, W_TypeObject)
    w_kwargs = args_w[3]
    if isinstance(w_kwargs, dictobject.W_DictObject) and w_kwargs.length() > 0:
        raise errors.type_error("%s() takes no keyword arguments" % w_cls.name)
    assert w_message is not None
    assert w_excs is not None
    if not isinstance(w_message, strobject.W_StrObject):
        raise errors.type_error("BaseExceptionGroup.__new__() argument 1 must be str, not %s"
                                % ops.type_name(w_message))
    if ops.type_of(w_excs).lookup("__getitem__") is None or ops.type_of(w_excs).lookup("__len__") is None or \
            isinstance(w_excs, strobject.W_StrObject) or ops.isinstance_type(w_excs, w_BaseException_type()):
        raise errors.type_error("second argument (exceptions) must be a sequence")
    items_w = ops.unpack_iterable(w_excs)
    if len(items_w) == 0:
        raise errors.value_error("second argument (exceptions) must be a non-empty sequence")
    all_exceptions = True
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_BaseException):
            raise errors.value_error("Item %d of second argument (exceptions) is not an exception" % i)
        if not ops.isinstance_type(w_item, exceptions.w_Exception):
            all_exceptions = False
    if w_cls is w_BaseExceptionGroup:
        if all_exceptions:
            w_cls = w_ExceptionGroup
    elif w_cls.is_subtype(w_ExceptionGroup):
        if not all_exceptions:
            raise errors.type_error("Cannot nest BaseExceptions in an ExceptionGroup")
    elif w_cls.is_subtype(exceptions.w_Exception) and not all_exceptions:
        raise errors.type_error("Cannot nest BaseExceptions in '%s'" % w_cls.name)
    return new_group(w_cls, w_message, w_excs)


def w_BaseException_type() -> W_TypeObject:
    return exceptions.w_BaseException


@method(w_BaseExceptionGroup, "__init__", "self, *args, **kwargs")
def group_init(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace.exceptionmethods import reject_keywords
    reject_keywords(args_w, 2)
    return w_None


@method(w_BaseExceptionGroup, "__str__", "self")
def group_str(args_w: list[W_Root | None]) -> W_Root:
    w_group = self_group(args_w)
    count = len(leaves_of(w_group))
    w_message = w_group.get_attr("message")
    message = ops.str_w(w_message) if w_message is not None else ""
    return strobject.newstr("%s (%d sub-exception%s)" % (message, count, "" if count == 1 else "s"))


def get_message(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_BaseException)
    w_message = w_obj.get_attr("message")
    return w_message if w_message is not None else strobject.newstr("")


def get_exceptions(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_BaseException)
    w_excs = w_obj.get_attr("exceptions")
    return w_excs if w_excs is not None else tupleobject.newtuple([])


getset(w_BaseExceptionGroup, "message", get_message)
getset(w_BaseExceptionGroup, "exceptions", get_exceptions)


@method(w_BaseExceptionGroup, "derive", "self, excs, /")
def group_derive(args_w: list[W_Root | None]) -> W_Root:
    w_group = self_group(args_w)
    w_excs = args_w[1]
    assert w_excs is not None
    return ops.call_function(w_BaseExceptionGroup, [get_message(w_group), w_excs])


# ---- split and subgroup -------------------------------------------------------------------------------

MATCH_TYPE = 0
MATCH_PREDICATE = 1
MATCH_IDS = 2


class Matcher:
    """What split() tests each exception with: a type (or tuple), a predicate, or identities."""

    def __init__(self, kind: int, w_value: W_Root, ids: list[W_Root]) -> None:
        self.kind = kind
        self.w_value = w_value
        self.ids = ids

    def matches(self, w_exc: W_Root) -> bool:
        if self.kind == MATCH_TYPE:
            return ops.isinstance_w(w_exc, self.w_value)
        if self.kind == MATCH_PREDICATE:
            return ops.is_true(ops.call_function(self.w_value, [w_exc]))
        for w_id in self.ids:
            if w_id is w_exc:
                return True
        return False


def matcher_of(w_condition: W_Root) -> Matcher:
    from languages.python.modules import builtins
    if is_exception_type_spec(w_condition):
        return Matcher(MATCH_TYPE, w_condition, [])
    if builtins.is_callable(w_condition) and not isinstance(w_condition, W_TypeObject):
        return Matcher(MATCH_PREDICATE, w_condition, [])
    raise errors.type_error("expected a function, exception type or tuple of exception types")


def is_exception_type_spec(w_condition: W_Root) -> bool:
    if isinstance(w_condition, W_TypeObject):
        return w_condition.is_subtype(exceptions.w_BaseException)
    if isinstance(w_condition, tupleobject.W_TupleObject):
        for w_item in w_condition.items_w:
            if not isinstance(w_item, W_TypeObject) or not w_item.is_subtype(exceptions.w_BaseException):
                return False
        return True
    return False


def copy_metadata(w_from: W_BaseException, w_to: W_Root) -> None:
    if not isinstance(w_to, W_BaseException):
        return
    w_to.w_traceback = w_from.w_traceback
    w_to.w_cause = w_from.w_cause
    w_to.w_context = w_from.w_context
    w_to.suppress_context = w_from.suppress_context
    w_notes = w_from.get_attr("__notes__")
    if w_notes is not None:
        if isinstance(w_notes, listobject.W_ListObject):
            w_notes = listobject.W_ListObject(list(w_notes.items_w))
        w_to.set_attr("__notes__", w_notes)


def subset(w_group: W_BaseException, items_w: list[W_Root]) -> W_Root | None:
    """w_group.derive(items) with w_group's metadata, or None for no items."""
    if len(items_w) == 0:
        return None
    w_new = ops.call_method(w_group, "derive", [listobject.W_ListObject(items_w)])
    if not is_group(w_new):
        raise errors.type_error("derive must return an instance of BaseExceptionGroup")
    copy_metadata(w_group, w_new)
    return w_new


def split_recursive(w_exc: W_Root, matcher: Matcher, with_rest: bool) -> tuple[W_Root | None, W_Root | None]:
    if matcher.matches(w_exc):
        return w_exc, None
    if not is_group(w_exc):
        return None, w_exc
    assert isinstance(w_exc, W_BaseException)
    match_w: list[W_Root] = []
    rest_w: list[W_Root] = []
    for w_child in leaves_of(w_exc):
        w_match, w_rest = split_recursive(w_child, matcher, with_rest)
        if w_match is not None:
            match_w.append(w_match)
        if with_rest and w_rest is not None:
            rest_w.append(w_rest)
    w_match_group = subset(w_exc, match_w)
    w_rest_group: W_Root | None = None
    if with_rest:
        w_rest_group = subset(w_exc, rest_w)
    return w_match_group, w_rest_group


def or_none(w_value: W_Root | None) -> W_Root:
    return w_None if w_value is None else w_value


@method(w_BaseExceptionGroup, "split", "self, matcher_value, /")
def group_split(args_w: list[W_Root | None]) -> W_Root:
    w_condition = args_w[1]
    assert w_condition is not None
    w_match, w_rest = split_recursive(self_group(args_w), matcher_of(w_condition), True)
    return tupleobject.newtuple([or_none(w_match), or_none(w_rest)])


@method(w_BaseExceptionGroup, "subgroup", "self, matcher_value, /")
def group_subgroup(args_w: list[W_Root | None]) -> W_Root:
    w_condition = args_w[1]
    assert w_condition is not None
    w_match, _ = split_recursive(self_group(args_w), matcher_of(w_condition), False)
    return or_none(w_match)


# ---- except* ------------------------------------------------------------------------------------------

def check_except_star_type(w_type: W_Root) -> None:
    types_w: list[W_Root] = [w_type]
    if isinstance(w_type, tupleobject.W_TupleObject):
        types_w = w_type.items_w
    for w_t in types_w:
        if not isinstance(w_t, W_TypeObject) or not w_t.is_subtype(exceptions.w_BaseException):
            raise errors.type_error("catching classes that do not inherit from BaseException is not allowed")
        if w_t.is_subtype(w_BaseExceptionGroup):
            raise errors.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.")


def except_star_match(w_exc: W_Root, w_type: W_Root) -> tuple[W_Root, W_Root]:
    """(match, rest) of an except* clause: a naked exception is wrapped in a group when it matches."""
    check_except_star_type(w_type)
    if w_exc is w_None:
        return w_None, w_None
    if ops.isinstance_w(w_exc, w_type):
        if is_group(w_exc):
            return w_exc, w_None
        w_group_class = w_ExceptionGroup if ops.isinstance_type(w_exc, exceptions.w_Exception) else \
            w_BaseExceptionGroup
        w_wrapped = new_group(w_group_class, strobject.newstr(""), tupleobject.newtuple([w_exc]))
        if isinstance(w_exc, W_BaseException):
            w_wrapped.w_traceback = w_exc.w_traceback
        return w_wrapped, w_None
    if is_group(w_exc):
        assert isinstance(w_exc, W_BaseException)
        w_match, w_rest = split_recursive(w_exc, Matcher(MATCH_TYPE, w_type, []), True)
        return or_none(w_match), or_none(w_rest)
    return w_None, w_exc


def same_metadata(w_a: W_Root, w_b: W_Root) -> bool:
    if not isinstance(w_a, W_BaseException) or not isinstance(w_b, W_BaseException):
        return False
    return (w_a.w_traceback is w_b.w_traceback and w_a.w_cause is w_b.w_cause and
            w_a.w_context is w_b.w_context and w_a.get_attr("__notes__") is w_b.get_attr("__notes__"))


def collect_leaves(w_exc: W_Root, result: list[W_Root]) -> None:
    if is_group(w_exc):
        assert isinstance(w_exc, W_BaseException)
        for w_child in leaves_of(w_exc):
            collect_leaves(w_child, result)
    else:
        result.append(w_exc)


def prepare_reraise(w_orig: W_Root, excs_w: list[W_Root]) -> W_Root:
    """What an except* statement raises at its end (None: nothing): the unhandled part of the
    original group and the exceptions its handlers raised."""
    if len(excs_w) == 0:
        return w_None
    if not is_group(w_orig):
        # a naked exception was wrapped: at most one clause ran
        return excs_w[0]
    assert isinstance(w_orig, W_BaseException)
    raised_w: list[W_Root] = []
    reraised_w: list[W_Root] = []
    for w_exc in excs_w:
        if w_exc is w_None:
            continue
        if same_metadata(w_exc, w_orig):
            reraised_w.append(w_exc)
        else:
            raised_w.append(w_exc)
    if len(reraised_w) > 0:
        ids_w: list[W_Root] = []
        for w_exc in reraised_w:
            collect_leaves(w_exc, ids_w)
        w_projection, _ = split_recursive(w_orig, Matcher(MATCH_IDS, w_None, ids_w), False)
        if w_projection is not None:
            raised_w.append(w_projection)
    if len(raised_w) == 0:
        return w_None
    if len(raised_w) == 1:
        return raised_w[0]
    return ops.call_function(w_ExceptionGroup if all_exceptions(raised_w) else w_BaseExceptionGroup,
                             [strobject.newstr(""), listobject.W_ListObject(raised_w)])


def all_exceptions(items_w: list[W_Root]) -> bool:
    for w_item in items_w:
        if not ops.isinstance_type(w_item, exceptions.w_Exception):
            return False
    return True
