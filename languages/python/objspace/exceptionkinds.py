"""The builtin exceptions with their own fields and text: OSError (errno, strerror, filename; the
errno picks the subclass), the Unicode errors, ImportError, NameError/AttributeError, SyntaxError;
and notes (add_note) and __suppress_context__ of every exception.
"""

from __future__ import annotations

from languages.python.objspace import dictobject, errors, exceptions, intobject, listobject, ops, strobject, tupleobject
from languages.python.objspace.descriptors import getset
from languages.python.objspace.exceptions import W_BaseException, w_BaseException
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.root import W_Root, w_None
from languages.python.objspace.typeobject import W_TypeObject


def self_exc(args_w: list[W_Root | None]) -> W_BaseException:
    w_self = args_w[0]
    assert isinstance(w_self, W_BaseException)
    return w_self


def star_args(args_w: list[W_Root | None], i: int) -> list[W_Root]:
    w_args = args_w[i]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    return list(w_args.items_w)


def keyword(args_w: list[W_Root | None], i: int, name: str) -> W_Root | None:
    """A keyword argument from the **kwargs dict at args_w[i] (None when absent)."""
    w_kwargs = args_w[i]
    if not isinstance(w_kwargs, dictobject.W_DictObject):
        return None
    return dictobject.getitem_str(w_kwargs, name)


def or_none(w_value: W_Root | None) -> W_Root:
    if w_value is None:
        return w_None
    return w_value


def check_keywords(args_w: list[W_Root | None], i: int, allowed: list[str], owner: str) -> None:
    w_kwargs = args_w[i]
    if not isinstance(w_kwargs, dictobject.W_DictObject):
        return
    for w_key in dictobject.keys(w_kwargs):
        key = ops.str_w(w_key)
        if key not in allowed:
            raise errors.type_error("'%s' is an invalid keyword argument for %s()" % (key, owner))


# ---- every exception: notes and __suppress_context__ --------------------------------------------------

@method(w_BaseException, "add_note", "self, note, /")
def exception_add_note(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    w_note = args_w[1]
    assert w_note is not None
    if not isinstance(w_note, strobject.W_StrObject):
        raise errors.type_error("note must be a str, not '%s'" % ops.type_name(w_note))
    w_notes = w_exc.get_attr("__notes__")
    if w_notes is None:
        w_notes = listobject.W_ListObject([])
        w_exc.set_attr("__notes__", w_notes)
    if not isinstance(w_notes, listobject.W_ListObject):
        raise errors.type_error("Cannot add note: __notes__ is not a list")
    w_notes.items_w.append(w_note)
    return w_None


def get_suppress_context(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_BaseException)
    return intobject.newbool(w_obj.suppress_context)


def set_suppress_context(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, W_BaseException)
    assert w_value is not None
    w_obj.suppress_context = ops.is_true(w_value)


getset(w_BaseException, "__suppress_context__", get_suppress_context, set_suppress_context)


# ---- OSError ------------------------------------------------------------------------------------------

@staticmethod_(exceptions.w_OSError, "__new__", "cls, *args, **kwargs")
def oserror_new(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    items_w = star_args(args_w, 1)
    # OSError(errno, ...) itself becomes the subclass for that errno (FileNotFoundError...)
    if w_cls is exceptions.w_OSError and len(items_w) >= 2 and isinstance(items_w[0], intobject.W_IntObject):
        w_cls = exceptions.oserror_subclass(items_w[0].intval)
    w_exc = exceptions.new_exception(w_cls, items_w)
    exceptions.init_oserror(w_exc, items_w)
    return w_exc


@method(exceptions.w_OSError, "__init__", "self, *args, **kwargs")
def oserror_init(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace.exceptionmethods import reject_keywords
    reject_keywords(args_w, 2)
    return w_None


@method(exceptions.w_OSError, "__str__", "self")
def oserror_str(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    w_errno = w_exc.get_attr("errno")
    w_strerror = w_exc.get_attr("strerror")
    w_filename = w_exc.get_attr("filename")
    w_filename2 = w_exc.get_attr("filename2")
    if w_errno is not None and w_errno is not w_None and w_strerror is not None and w_strerror is not w_None:
        text = "[Errno %s] %s" % (ops.str_w(w_errno), ops.str_w(w_strerror))
        if w_filename is not None and w_filename is not w_None:
            text += ": " + ops.repr_w(w_filename)
            if w_filename2 is not None and w_filename2 is not w_None:
                text += " -> " + ops.repr_w(w_filename2)
        return strobject.newstr(text)
    from languages.python.objspace import exceptionmethods
    return exceptionmethods.exception_str(args_w)


# ---- Unicode errors -----------------------------------------------------------------------------------

def new_unicode_error(w_type: W_TypeObject, encoding: str, w_object: W_Root, start: int, end: int,
                      reason: str) -> W_BaseException:
    args_w: list[W_Root] = [strobject.newstr(encoding), w_object, intobject.newint(start), intobject.newint(end),
                            strobject.newstr(reason)]
    w_exc = exceptions.new_exception(w_type, args_w)
    set_unicode_fields(w_exc, args_w)
    return w_exc


def set_unicode_fields(w_exc: W_BaseException, args_w: list[W_Root]) -> None:
    names = ["encoding", "object", "start", "end", "reason"]
    if ops.type_of(w_exc).is_subtype(exceptions.w_UnicodeTranslateError):
        names = ["object", "start", "end", "reason"]
    if len(args_w) != len(names):
        return
    for i in range(len(names)):
        w_exc.set_attr(names[i], args_w[i])


@method(exceptions.w_UnicodeError, "__init__", "self, *args")
def unicode_error_init(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    items_w = star_args(args_w, 1)
    w_exc.args_w = items_w
    if not ops.type_of(w_exc).is_subtype(exceptions.w_UnicodeError) or ops.type_of(w_exc) is exceptions.w_UnicodeError:
        return w_None
    expected = 4 if ops.type_of(w_exc).is_subtype(exceptions.w_UnicodeTranslateError) else 5
    if len(items_w) != expected:
        raise errors.type_error("function takes exactly %d arguments (%d given)" % (expected, len(items_w)))
    set_unicode_fields(w_exc, items_w)
    return w_None


@method(exceptions.w_UnicodeError, "__str__", "self")
def unicode_error_str(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import bytesobject, exceptionmethods
    w_exc = self_exc(args_w)
    w_object = w_exc.get_attr("object")
    w_start = w_exc.get_attr("start")
    w_end = w_exc.get_attr("end")
    w_reason = w_exc.get_attr("reason")
    if w_object is None or w_start is None or w_end is None or w_reason is None:
        return exceptionmethods.exception_str(args_w)
    start = ops.int_w(w_start)
    end = ops.int_w(w_end)
    reason = ops.str_w(w_reason)
    w_class = ops.type_of(w_exc)
    if w_class.is_subtype(exceptions.w_UnicodeDecodeError):
        encoding = ops.str_w(or_none(w_exc.get_attr("encoding")))
        data = bytesobject.data_of(w_object) if bytesobject.is_bytes_like(w_object) else ""
        if end == start + 1 and 0 <= start < len(data):
            return strobject.newstr("'%s' codec can't decode byte 0x%02x in position %d: %s"
                                    % (encoding, ord(data[start]), start, reason))
        return strobject.newstr("'%s' codec can't decode bytes in position %d-%d: %s"
                                % (encoding, start, end - 1, reason))
    text = ops.str_w(w_object)
    if w_class.is_subtype(exceptions.w_UnicodeEncodeError):
        prefix = "'%s' codec can't encode" % ops.str_w(or_none(w_exc.get_attr("encoding")))
    else:
        prefix = "can't translate"
    if end == start + 1 and 0 <= start < len(text):
        return strobject.newstr("%s character '%s' in position %d: %s"
                                % (prefix, char_escape(ord(text[start])), start, reason))
    return strobject.newstr("%s characters in position %d-%d: %s" % (prefix, start, end - 1, reason))


def char_escape(code: int) -> str:
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


# ---- ImportError, NameError, AttributeError -----------------------------------------------------------

@method(exceptions.w_ImportError, "__init__", "self, *args, **kwargs")
def import_error_init(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    check_keywords(args_w, 2, ["name", "path"], "ImportError")
    items_w = star_args(args_w, 1)
    w_exc.args_w = items_w
    w_exc.set_attr("name", or_none(keyword(args_w, 2, "name")))
    w_exc.set_attr("path", or_none(keyword(args_w, 2, "path")))
    w_exc.set_attr("msg", items_w[0] if len(items_w) == 1 else w_None)
    return w_None


@method(exceptions.w_ImportError, "__str__", "self")
def import_error_str(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import exceptionmethods
    w_msg = self_exc(args_w).get_attr("msg")
    if w_msg is not None and w_msg is not w_None:
        return ops.str(w_msg)
    return exceptionmethods.exception_str(args_w)


@method(exceptions.w_NameError, "__init__", "self, *args, **kwargs")
def name_error_init(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    check_keywords(args_w, 2, ["name"], "NameError")
    w_exc.args_w = star_args(args_w, 1)
    w_exc.set_attr("name", or_none(keyword(args_w, 2, "name")))
    return w_None


@method(exceptions.w_AttributeError, "__init__", "self, *args, **kwargs")
def attribute_error_init(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    check_keywords(args_w, 2, ["name", "obj"], "AttributeError")
    w_exc.args_w = star_args(args_w, 1)
    w_exc.set_attr("name", or_none(keyword(args_w, 2, "name")))
    w_exc.set_attr("obj", or_none(keyword(args_w, 2, "obj")))
    return w_None


# ---- SyntaxError --------------------------------------------------------------------------------------

SYNTAX_FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]


@method(exceptions.w_SyntaxError, "__init__", "self, *args")
def syntax_error_init(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    items_w = star_args(args_w, 1)
    w_exc.args_w = items_w
    w_exc.set_attr("msg", items_w[0] if len(items_w) >= 1 else w_None)
    for name in SYNTAX_FIELDS:
        w_exc.set_attr(name, w_None)
    w_exc.set_attr("print_file_and_line", w_None)
    if len(items_w) == 2:
        details_w = ops.unpack_iterable(items_w[1])
        if len(details_w) < 4 or len(details_w) > 6:
            raise errors.index_error("tuple index out of range")
        for i in range(len(details_w)):
            w_exc.set_attr(SYNTAX_FIELDS[i], details_w[i])
    return w_None


@method(exceptions.w_SyntaxError, "__str__", "self")
def syntax_error_str(args_w: list[W_Root | None]) -> W_Root:
    w_exc = self_exc(args_w)
    w_msg = w_exc.get_attr("msg")
    if w_msg is None:
        if len(w_exc.args_w) > 0:
            w_msg = w_exc.args_w[0]
        else:
            w_msg = w_None
    text = ops.str_w(w_msg)
    w_filename = w_exc.get_attr("filename")
    w_lineno = w_exc.get_attr("lineno")
    has_file = isinstance(w_filename, strobject.W_StrObject)
    has_line = isinstance(w_lineno, intobject.W_AbstractIntObject)
    if has_file and has_line:
        assert w_filename is not None and w_lineno is not None
        return strobject.newstr("%s (%s, line %s)" % (text, basename(ops.str_w(w_filename)), ops.str_w(w_lineno)))
    if has_file:
        assert w_filename is not None
        return strobject.newstr("%s (%s)" % (text, basename(ops.str_w(w_filename))))
    if has_line:
        assert w_lineno is not None
        return strobject.newstr("%s (line %s)" % (text, ops.str_w(w_lineno)))
    return strobject.newstr(text)


def basename(path: str) -> str:
    slash = path.rfind("/")
    if slash < 0:
        return path
    return path[slash + 1:]
