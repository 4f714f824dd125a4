"""Descriptions of prebuilt callables and constants: functions (with their specialised graphs),
classes, methods bound to a receiver class, and frozen prebuilt objects.
"""

from __future__ import annotations

import inspect
import types
from typing import TYPE_CHECKING, Any

from kit.annotator.model import SomeObject, SomeTuple
from kit.annotator.origin import AnnotatorError
from kit.flow.model import FunctionGraph, Location
from kit.flow.source import display_filename

if TYPE_CHECKING:
    from kit.annotator.bookkeeper import Bookkeeper
    from kit.annotator.classdef import ClassDef


class Desc:
    kind = "?"
    pyobj: Any = None

    def describe(self) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.describe()}>"


class CallArgs:
    """The arguments of one call: positional annotations, keyword annotations, and a star tuple."""

    def __init__(self, positional: list[SomeObject], keywords: dict[str, SomeObject] | None = None,
                 s_star: SomeObject | None = None) -> None:
        self.positional = list(positional)
        self.keywords = dict(keywords or {})
        if s_star is not None:
            if not isinstance(s_star, SomeTuple):
                raise AnnotatorError(f"'*' argument must be a tuple (fixed length), not {s_star.describe()}",
                                     hint="build a tuple, or pass the items themselves")
            self.positional.extend(s_star.items)

    def prepend(self, s_self: SomeObject) -> CallArgs:
        return CallArgs([s_self] + self.positional, self.keywords)

    def describe(self) -> str:
        parts = [s.describe() for s in self.positional] + [f"{k}={s.describe()}" for k, s in self.keywords.items()]
        return ", ".join(parts)


class FunctionDesc(Desc):
    kind = "function"

    def __init__(self, bookkeeper: Bookkeeper, pyfunc: types.FunctionType) -> None:
        self.bookkeeper = bookkeeper
        self.pyobj = pyfunc
        self.name = pyfunc.__qualname__
        code = pyfunc.__code__
        nargs = code.co_argcount + code.co_kwonlyargcount
        self.has_varargs = bool(code.co_flags & inspect.CO_VARARGS)
        names = list(code.co_varnames[:code.co_argcount])
        if self.has_varargs:
            names.append(code.co_varnames[nargs])
        names.extend(code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount])
        self.argnames = names
        self.npositional = code.co_argcount
        self.defaults = pyfunc.__defaults__ or ()
        self.kwdefaults = pyfunc.__kwdefaults__ or {}
        self.specializer = getattr(pyfunc, "_kit_specialize_", None)
        self.graphs: dict[Any, FunctionGraph] = {}

    def describe(self) -> str:
        return f"function {self.name}"

    def location(self) -> Location:
        code = self.pyobj.__code__
        return Location(display_filename(code.co_filename), code.co_firstlineno, 1)

    # ---- arguments -----------------------------------------------------------------------------

    def bind_arguments(self, args: CallArgs, call_loc: Location | None) -> list[SomeObject]:
        """Match a call's arguments to the parameters, filling defaults; one annotation per parameter."""
        code = self.pyobj.__code__
        npos = self.npositional
        positional = list(args.positional)
        bound: dict[str, SomeObject] = {}
        posnames = self.argnames[:npos]
        for name, s in zip(posnames, positional, strict=False):
            bound[name] = s
        extra = positional[npos:]
        if extra and not self.has_varargs:
            raise self._arg_error(f"takes {npos} positional argument{'s' if npos != 1 else ''} but "
                                  f"{len(positional)} were given", call_loc)
        for key, s in args.keywords.items():
            if key not in self.argnames or (self.has_varargs and key == self.argnames[npos]):
                raise self._arg_error(f"got an unexpected keyword argument '{key}'", call_loc)
            if key in bound:
                raise self._arg_error(f"got multiple values for argument '{key}'", call_loc)
            bound[key] = s
        result: list[SomeObject] = []
        first_default = npos - len(self.defaults)
        for i, name in enumerate(self.argnames):
            if self.has_varargs and i == npos:
                result.append(SomeTuple(extra))
                continue
            if name in bound:
                result.append(bound[name])
            elif i < npos and i >= first_default:
                result.append(self.bookkeeper.immutablevalue(self.defaults[i - first_default]))
            elif name in self.kwdefaults:
                result.append(self.bookkeeper.immutablevalue(self.kwdefaults[name]))
            else:
                raise self._arg_error(f"missing required argument '{name}'", call_loc)
        del code
        return result

    def _arg_error(self, message: str, call_loc: Location | None) -> AnnotatorError:
        return AnnotatorError(f"{self.name}() {message}", call_loc,
                              notes=[f"{self.name} is defined at {self.location()}"])

    # ---- graphs and specialisation ----------------------------------------------------------------

    def specialization_key(self, args_s: list[SomeObject],
                           call_op: Any = None) -> tuple[Any, dict[int, Any]]:
        """(cache key, constant arguments baked into the graph) for a call with these annotations.
        call_op: the calling operation (the rtyper names it; the annotator's is its current one)."""
        if self.is_lowlevel_helper() and (self.specializer is None or self.specializer[0] == "arg"):
            # low-level helpers: one copy per low-level argument types (constants included)
            return self.lowlevel_key(args_s)
        if self.specializer is None:
            if self.has_varargs:
                # one copy per number of arguments given to *args (the tuple has a fixed length)
                star = args_s[self.npositional]
                return ("varargs", len(star.items) if isinstance(star, SomeTuple) else -1), {}
            return None, {}
        kind, argnums = self.specializer
        if kind == "argtype":
            key = []
            for n in argnums:
                s = args_s[n]
                cdef = getattr(s, "classdef", None)
                key.append((type(s).__name__, cdef.name if cdef is not None else None,
                            getattr(s, "unsigned", False)))
            return ("argtype", tuple(key)), {}
        if kind == "arg":
            constargs = {}
            for n in argnums:
                s = args_s[n]
                if not s.is_constant():
                    raise AnnotatorError(f"argument {n} of {self.name}() must be a constant "
                                         f"(@specialize.arg({n})), but it is {s.describe()}",
                                         hint="pass a constant known at translation time")
                constargs[n] = s.const
            return ("arg", tuple((n, _const_key(v)) for n, v in constargs.items())), constargs
        if kind == "call_location":
            if call_op is None:
                _, block, index = self.bookkeeper.position
                call_op = block.operations[index]
            # the operation object itself: the annotator and the rtyper see the same one
            return ("call", call_op), {}
        if kind == "memo":
            return ("memo",), {}
        raise AnnotatorError(f"unknown specialization {kind!r} on {self.name}")

    def is_lowlevel_helper(self) -> bool:
        """Low-level helpers (the rtyper's, the GC's) are generic: one copy per argument type."""
        module = getattr(self.pyobj, "__module__", "") or ""
        return module.startswith(("kit.rtyper.", "gcs.", "kit.translator."))

    def lowlevel_key(self, args_s: list[SomeObject]) -> tuple[Any, dict[int, Any]]:
        key = []
        constargs = {}
        for i, s in enumerate(args_s):
            ptrtype = getattr(s, "ll_ptrtype", None)
            if ptrtype is not None:
                key.append(("ptr", ptrtype, getattr(s, "fieldname", None)))
            elif s.is_constant() and not isinstance(s.const, int | float | str | bytes | bool):
                # functions, None and low-level types passed as arguments are constants in the copy
                key.append(("const", _const_key(s.const)))
                constargs[i] = s.const
            else:
                key.append((type(s).__name__, getattr(s, "unsigned", False)))
        return ("ll", tuple(key)), constargs

    def get_graph(self, args_s: list[SomeObject], call_op: Any = None) -> FunctionGraph:
        key, constargs = self.specialization_key(args_s, call_op)
        graph = self.graphs.get(key)
        if graph is None:
            name = self.name if key is None else f"{self.name}__{len(self.graphs)}"
            graph = self.bookkeeper.build_graph(self.pyobj, constargs, name)
            self.graphs[key] = graph
        return graph


def _const_key(value: Any) -> Any:
    try:
        hash(value)
        return (type(value), value)
    except TypeError:
        return ("id", id(value))


class ClassDesc(Desc):
    kind = "class"

    def __init__(self, bookkeeper: Bookkeeper, cls: type) -> None:
        self.bookkeeper = bookkeeper
        self.pyobj = cls
        self.name = cls.__name__
        # the class body, with the methods of _mixin_ bases copied in (they are not real bases)
        self.classdict: dict[str, Any] = {}
        for base in reversed(cls.__mro__):
            if base is cls:
                self.classdict.update(base.__dict__)
            elif getattr(base, "__dict__", {}).get("_mixin_", False):
                # each class gets its own copies of a mixin's methods, typed for that class alone
                for name, value in base.__dict__.items():
                    if isinstance(value, types.FunctionType):
                        value = _copy_mixin_function(bookkeeper, value, cls)
                    self.classdict[name] = value
        self.classdef: ClassDef | None = None

    def describe(self) -> str:
        return f"class {self.name}"

    def location(self, name: str | None = None) -> Location | None:
        value = self.classdict.get(name) if name else None
        if isinstance(value, types.FunctionType):
            code = value.__code__
            return Location(display_filename(code.co_filename), code.co_firstlineno, 1)
        try:
            filename = inspect.getsourcefile(self.pyobj)
            line = inspect.getsourcelines(self.pyobj)[1]
        except (TypeError, OSError):
            return None
        return Location(display_filename(filename or "?"), line, 1)


def _copy_mixin_function(bookkeeper: Bookkeeper, func: types.FunctionType, cls: type) -> types.FunctionType:
    key = (id(func), id(cls))
    copy = bookkeeper.mixin_copies.get(key)
    if copy is None:
        from kit.rlib.objectmodel import _copy_function
        copy = _copy_function(func)
        bookkeeper.mixin_copies[key] = copy
    return copy


class MethodDesc(Desc):
    """A function found in a class body, bound to receivers of `selfclassdef` (None: unbound)."""

    kind = "method"

    def __init__(self, bookkeeper: Bookkeeper, funcdesc: FunctionDesc, originclassdef: ClassDef,
                 selfclassdef: ClassDef | None, name: str) -> None:
        self.bookkeeper = bookkeeper
        self.funcdesc = funcdesc
        self.originclassdef = originclassdef
        self.selfclassdef = selfclassdef
        self.name = name
        self.pyobj = None

    def describe(self) -> str:
        return f"method {self.originclassdef.name}.{self.name}"

    def self_classdef(self) -> ClassDef:
        """The class of `self` inside the method when called through this binding."""
        sel = self.selfclassdef
        if sel is not None and sel.issubclass(self.originclassdef):
            return sel
        return self.originclassdef


class FrozenDesc(Desc):
    """A prebuilt object whose `_freeze_()` returns True: a constant without run-time identity."""

    kind = "frozen"

    def __init__(self, bookkeeper: Bookkeeper, obj: Any) -> None:
        self.bookkeeper = bookkeeper
        self.pyobj = obj

    def describe(self) -> str:
        return f"prebuilt {type(self.pyobj).__name__}"
