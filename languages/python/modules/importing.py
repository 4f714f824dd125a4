"""The import system: builtin modules (builtins, sys, math) made on first import, and .py modules
and packages (`__init__.py`) found on the search path (the main script's directory), run once
and kept by name (sys.modules); relative imports resolve against the importer's package.
"""

from __future__ import annotations

from kit.interp.files import FileError, read_file
from languages.python.compiler.codegen import compile_source
from languages.python.interpreter import interp
from languages.python.interpreter.state import state
from languages.python.modules import builtins_code, mathmodule, sysmodule
from languages.python.objspace import dictobject, errors, exceptions, moduleobject, ops, strobject
from languages.python.objspace.root import OperationError, W_Root, w_None
from languages.python.parser.errors import PySyntaxError


def import_module(name: str, w_fromlist: W_Root, level: int, w_globals: W_Root | None = None) -> W_Root:
    """IMPORT_NAME: the module for `import name` (its top package) or `from name import ...`."""
    full_name = name
    if level > 0:
        full_name = resolve_relative(name, level, w_globals)
    parts = full_name.split(".")
    w_top: W_Root | None = None
    w_module: W_Root | None = None
    for i in range(len(parts)):
        prefix = ".".join(parts[:i + 1])
        w_module = load(prefix, w_module)
        if i == 0:
            w_top = w_module
    assert w_module is not None and w_top is not None
    if w_fromlist is w_None and level == 0:
        return w_top
    return w_module


def resolve_relative(name: str, level: int, w_globals: W_Root | None) -> str:
    package = ""
    if isinstance(w_globals, dictobject.W_DictObject):
        w_package = dictobject.getitem_str(w_globals, "__package__")
        if isinstance(w_package, strobject.W_StrObject):
            package = w_package.value
    if package == "":
        raise errors.oper_error(exceptions.w_ImportError, "attempted relative import with no known parent package")
    parts = package.split(".")
    if level - 1 >= len(parts):
        raise errors.oper_error(exceptions.w_ImportError, "attempted relative import beyond top-level package")
    keep = len(parts) - (level - 1)
    assert keep >= 0
    base = ".".join(parts[:keep])
    if name == "":
        return base
    return base + "." + name


def modules_dict() -> dictobject.W_DictObject:
    """sys.modules: every module imported so far, by full name."""
    w_modules = state.w_modules
    if not isinstance(w_modules, dictobject.W_DictObject):
        w_modules = dictobject.W_DictObject()
        state.w_modules = w_modules
    return w_modules


def registered(full_name: str) -> W_Root | None:
    return dictobject.getitem_str(modules_dict(), full_name)


def register(full_name: str, w_module: W_Root) -> None:
    dictobject.setitem_str(modules_dict(), full_name, w_module)


def unregister(full_name: str) -> None:
    dictobject.delitem(modules_dict(), strobject.newstr(full_name))


def load(full_name: str, w_parent: W_Root | None) -> W_Root:
    w_found = registered(full_name)
    if w_found is not None:
        return w_found
    w_module = make_builtin_module(full_name)
    if w_module is None:
        w_module = load_source_module(full_name, w_parent)
    register(full_name, w_module)
    return w_module


def not_found(full_name: str) -> OperationError:
    error = errors.oper_error(exceptions.w_ModuleNotFoundError, "No module named '%s'" % full_name)
    w_exc = error.w_value
    assert isinstance(w_exc, exceptions.W_BaseException)
    w_exc.set_attr("name", strobject.newstr(full_name))
    return error


def search_path(w_parent: W_Root | None) -> list[str]:
    if w_parent is not None:
        w_path = ops.getattr_or_none(w_parent, "__path__")
        if w_path is None:
            return []
        return [ops.str_w(w_item) for w_item in ops.unpack_iterable(w_path)]
    return state.path


def load_source_module(full_name: str, w_parent: W_Root | None) -> W_Root:
    short = full_name.split(".")[-1]
    for directory in search_path(w_parent):
        prefix = directory + "/" if directory != "" else ""
        for is_package in [True, False]:
            if is_package:
                path = prefix + short + "/__init__.py"
            else:
                path = prefix + short + ".py"
            try:
                source = read_file(path)
            except FileError:
                continue
            w_module = moduleobject.W_ModuleObject(full_name)
            moduleobject.set(w_module, "__file__", strobject.newstr(path))
            moduleobject.set(w_module, "__builtins__", builtins_module())
            if is_package:
                moduleobject.set(w_module, "__path__", ops.newlist([strobject.newstr(prefix + short)]))
                moduleobject.set(w_module, "__package__", strobject.newstr(full_name))
            else:
                package = ""
                dot = full_name.rfind(".")
                if dot > 0:
                    package = full_name[:dot]
                moduleobject.set(w_module, "__package__", strobject.newstr(package))
            state.source_cache[path] = source
            try:
                code = compile_source(source, path, "exec")
            except PySyntaxError as error:
                raise builtins_code.syntax_error_from(error) from None
            register(full_name, w_module)
            try:
                interp.run_code(code, w_module.w_dict, w_module.w_dict)
            except OperationError:
                unregister(full_name)
                raise
            # like CPython, the parent package gets the attribute only once the module has run
            if w_parent is not None:
                ops.setattr(w_parent, short, w_module)
            return w_module
    raise not_found(full_name)


def builtins_module() -> W_Root:
    w_module = state.w_builtins_module
    assert w_module is not None
    return w_module


def make_builtin_module(name: str) -> W_Root | None:
    if name == "builtins":
        return state.w_builtins_module
    if name == "sys":
        w_sys = sysmodule.make_module()
        moduleobject.set(w_sys, "modules", modules_dict())
        return w_sys
    if name == "math":
        return mathmodule.make_module()
    return None


def import_from(w_module: W_Root, name: str) -> W_Root | None:
    """`from package import name` where name is a submodule not imported yet."""
    w_name = ops.getattr_or_none(w_module, "__name__")
    if w_name is None or ops.getattr_or_none(w_module, "__path__") is None:
        return None
    full_name = ops.str_w(w_name) + "." + name
    try:
        return load(full_name, w_module)
    except OperationError as e:
        # only the submodule itself missing means "cannot import name"; a module it imports
        # that is missing is the error to report (as in CPython)
        if errors.matches(e, exceptions.w_ModuleNotFoundError):
            w_missing = ops.getattr_or_none(e.w_value, "name")
            if w_missing is None or w_missing is w_None or ops.str_w(w_missing) == full_name:
                return None
        raise
