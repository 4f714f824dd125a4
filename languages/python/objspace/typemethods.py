"""Installs the methods of every builtin type (importing the modules that define them)."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython


@not_rpython
def install() -> None:
    from languages.python.interpreter import frameattrs, funcattrs, generator  # noqa: F401
    from languages.python.objspace import (  # noqa: F401
        bytearraymethods,
        bytesmethods,
        bytestext,
        complexmethods,
        dictmethods,
        dictviews,
        exceptionkinds,
        exceptionmethods,
        excgroup,
        genericalias,
        intfloatmethods,
        listmethods,
        mappingproxy,
        numbermethods,
        rangeslice,
        setmethods,
        strmethods,
        strtext,
    )
    from languages.python.objspace.listobject import w_list
    from languages.python.objspace.root import w_None
    w_list.dict_w["__hash__"] = w_None
    from languages.python.objspace.bytesobject import w_bytearray
    w_bytearray.dict_w["__hash__"] = w_None
    from languages.python.objspace.sliceobject import w_slice
    w_slice.dict_w["__hash__"] = w_None
    from languages.python.objspace.setobject import w_set
    w_set.dict_w["__hash__"] = w_None
    from languages.python.objspace.dictobject import w_dict
    w_dict.dict_w["__hash__"] = w_None
    from languages.python.objspace.dictviews import w_dict_items, w_dict_keys
    w_dict_keys.dict_w["__hash__"] = w_None
    w_dict_items.dict_w["__hash__"] = w_None
