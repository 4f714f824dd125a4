"""The run-time side of `match`: which subjects are sequences and mappings, looking keys up in
a mapping, and class patterns (isinstance, then positional attributes via __match_args__)."""

from __future__ import annotations

from languages.python.objspace import dictobject, errors, listobject, ops, strobject, tupleobject
from languages.python.objspace.root import W_Root, w_None
from languages.python.objspace.typeobject import W_TypeObject


def is_sequence(w_subject: W_Root) -> bool:
    """list, tuple, range and their subclasses, or any class that is not str/bytes/dict but has
    __len__ and __getitem__ (the collections.abc.Sequence test, simplified)."""
    from languages.python.objspace import bytesobject, rangeobject
    if isinstance(w_subject, listobject.W_ListObject) or isinstance(w_subject, tupleobject.W_TupleObject):
        return True
    if isinstance(w_subject, rangeobject.W_RangeObject):
        return True
    from languages.python.modules import builtins_more
    if isinstance(w_subject, builtins_more.W_MemoryView):
        return True
    if (isinstance(w_subject, strobject.W_StrObject) or isinstance(w_subject, dictobject.W_DictObject) or
            isinstance(w_subject, bytesobject.W_BytesObject)):
        return False
    return False


def match_keys(w_subject: W_Root, w_keys: W_Root) -> W_Root:
    """The values of the keys in the mapping as a tuple, or None if one is missing."""
    assert isinstance(w_keys, tupleobject.W_TupleObject)
    values_w: list[W_Root] = []
    if isinstance(w_subject, dictobject.W_DictObject) and not w_subject._user_:
        for w_key in w_keys.items_w:
            w_value = dictobject.lookup(w_subject, w_key)
            if w_value is None:
                return w_None
            values_w.append(w_value)
        return tupleobject.newtuple(values_w)
    # other mappings are asked through their get() method, with a sentinel default (as CPython does)
    from languages.python.objspace.typeobject import w_object
    w_get = ops.getattr(w_subject, "get")
    w_missing = ops.call_function(w_object, [])
    for w_key in w_keys.items_w:
        w_value = ops.call_function(w_get, [w_key, w_missing])
        if w_value is w_missing:
            return w_None
        values_w.append(w_value)
    return tupleobject.newtuple(values_w)


def copy_without_keys(w_subject: W_Root, w_keys: W_Root) -> W_Root:
    assert isinstance(w_keys, tupleobject.W_TupleObject)
    w_rest = dictobject.W_DictObject()
    if isinstance(w_subject, dictobject.W_DictObject):
        dictobject.update_from_dict(w_rest, w_subject)
    for w_key in w_keys.items_w:
        dictobject.delitem(w_rest, w_key)
    return w_rest


def match_class(w_subject: W_Root, w_cls: W_Root, npos: int, w_names: W_Root) -> W_Root:
    """The tuple of attributes a class pattern binds (positional, then keyword), or None."""
    if not isinstance(w_cls, W_TypeObject):
        raise errors.type_error("called match pattern must be a class")
    if not ops.type_of(w_subject).is_subtype(w_cls):
        return w_None
    values_w: list[W_Root] = []
    seen: list[str] = []
    if npos > 0:
        w_match_args = w_cls.lookup("__match_args__")
        if w_match_args is None:
            if is_self_matching(w_cls):
                if npos > 1:
                    raise errors.type_error("%s() accepts 1 positional sub-pattern (%d given)" % (w_cls.name, npos))
                values_w.append(w_subject)
            else:
                raise errors.type_error("%s() accepts 0 positional sub-patterns (%d given)" % (w_cls.name, npos))
        else:
            if not isinstance(w_match_args, tupleobject.W_TupleObject):
                raise errors.type_error("%s.__match_args__ must be a tuple (got %s)" % (
                    w_cls.name, ops.type_name(w_match_args)))
            if npos > len(w_match_args.items_w):
                allowed = len(w_match_args.items_w)
                raise errors.type_error("%s() accepts %d positional sub-pattern%s (%d given)" % (
                    w_cls.name, allowed, "" if allowed == 1 else "s", npos))
            for i in range(npos):
                name = ops.text_w(w_match_args.items_w[i], "__match_args__ item")
                seen.append(name)
                w_value = ops.getattr_or_none(w_subject, name)
                if w_value is None:
                    return w_None
                values_w.append(w_value)
    assert isinstance(w_names, tupleobject.W_TupleObject)
    for w_name in w_names.items_w:
        name = ops.text_w(w_name, "attribute name")
        if name in seen:
            raise errors.type_error("%s() got multiple sub-patterns for attribute '%s'" % (w_cls.name, name))
        seen.append(name)
        w_value = ops.getattr_or_none(w_subject, name)
        if w_value is None:
            return w_None
        values_w.append(w_value)
    return tupleobject.newtuple(values_w)


def is_self_matching(w_cls: W_TypeObject) -> bool:
    """bool, int, float, str, bytes, list, tuple, dict, set...: `int(x)` binds the subject itself."""
    from languages.python.objspace import floatobject, intobject, setobject
    for w_builtin in [intobject.w_bool, intobject.w_int, floatobject.w_float, strobject.w_str,
                      listobject.w_list, tupleobject.w_tuple, dictobject.w_dict, setobject.w_set,
                      setobject.w_frozenset]:
        if w_cls.is_subtype(w_builtin):
            return True
    return False
