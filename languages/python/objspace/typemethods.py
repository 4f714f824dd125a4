"""Installs the methods of every builtin type (importing the modules that define them)."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython


@not_rpython
def install() -> None:
    from languages.python.interpreter import generator  # noqa: F401
    from languages.python.objspace import (  # noqa: F401
        bytesmethods,
        dictmethods,
        exceptionmethods,
        listmethods,
        numbermethods,
        strmethods,
    )
    from languages.python.objspace.listobject import w_list
    from languages.python.objspace.root import w_None
    w_list.dict_w["__hash__"] = w_None
