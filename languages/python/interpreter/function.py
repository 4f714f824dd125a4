"""Python functions and bound methods, and binding a call's arguments to a new frame's locals
with CPython's rules (defaults, keyword-only and positional-only parameters, *args, **kwargs).
"""

from __future__ import annotations

from kit.rlib import jit
from languages.python.interpreter.pycode import CO_VARARGS, CO_VARKEYWORDS, PyCode
from languages.python.interpreter.pyframe import PyFrame, W_CellObject
from languages.python.objspace import dictobject, errors, strobject, tupleobject
from languages.python.objspace.gateway import Arguments
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_FunctionObject(W_Root):
    """A Python function. `code` changes only by assigning __code__ (quasi-immutable: traces fold
    the code's argument counts and flags)."""

    _immutable_fields_ = ["code?", "w_globals", "closure"]

    def __init__(self, code: PyCode, w_globals: W_Root, name: str, qualname: str,
                 defaults_w: list[W_Root] | None, w_kwdefaults: W_Root | None,
                 closure: list[W_CellObject] | None) -> None:
        self.code = code
        self.w_globals = w_globals
        self.name = name
        self.qualname = qualname
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults
        self.closure = closure
        self.w_doc: W_Root = w_None
        if code.w_docstring is not None:
            self.w_doc = code.w_docstring
        self.w_dict: W_Root | None = None
        self.w_module: W_Root = w_None
        self.w_annotations: W_Root | None = None
        if isinstance(w_globals, dictobject.W_DictObject):
            w_mod = dictobject.getitem_str(w_globals, "__name__")
            if w_mod is not None:
                self.w_module = w_mod

    def getdict(self) -> W_Root | None:
        w_d = self.w_dict
        if w_d is None:
            w_d = dictobject.W_DictObject()
            self.w_dict = w_d
        return w_d

    def setdict(self, w_dict: W_Root) -> bool:
        self.w_dict = w_dict
        return True


class W_MethodObject(W_Root):
    """A function bound to an instance (or a class, for classmethods)."""

    _immutable_fields_ = ["w_function", "w_self"]

    def __init__(self, w_function: W_Root, w_self: W_Root) -> None:
        self.w_function = w_function
        self.w_self = w_self

    def getclass(self) -> W_Root:
        # a bound builtin method is a builtin_function_or_method, as in CPython
        from languages.python.objspace.gateway import W_BuiltinFunction
        if isinstance(self.w_function, W_BuiltinFunction):
            from languages.python.objspace.exceptionmethods import w_builtin_function
            return w_builtin_function
        return w_method


w_function = make_builtin_type("function", w_object, base_ok=False)
w_method = make_builtin_type("method", w_object, base_ok=False)
set_static_type(W_FunctionObject, w_function)
set_static_type(W_MethodObject, w_method)


@jit.dont_look_inside
def new_frame(w_func: W_FunctionObject) -> PyFrame:
    # one residual call in traces: the frame escapes into the callee's run anyway (the portal call
    # right after), and the JIT's own allocations are slower than the interpreter's
    code = w_func.code
    frame = PyFrame(code, w_func.w_globals, None)
    closure = w_func.closure
    if closure is not None:
        bind_closure(frame, closure)
    return frame


def bind_closure(frame: PyFrame, closure: list[W_CellObject]) -> None:
    """The free variables of a new frame are the function's closure cells."""
    ncellvars = len(frame.code.cellvars)
    for i in range(len(closure)):
        frame.cells[ncellvars + i] = closure[i]


def init_cells(frame: PyFrame) -> None:
    """Create the frame's own cells; arguments that are cell variables move into theirs."""
    code = frame.code
    for i in range(len(code.cellvars)):
        arg = code.cell2arg[i]
        if arg >= 0:
            frame.cells[i] = W_CellObject(frame.locals_w[arg])
            frame.locals_w[arg] = None
        else:
            frame.cells[i] = W_CellObject(None)


def fits_positional(code: PyCode, nargs: int) -> bool:
    """A call with `nargs` positional arguments fills exactly the parameters of a function with
    this code."""
    return nargs == code.argcount and code.kwonlyargcount == 0 and code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0


@jit.unroll_safe
def bind_positional(w_func: W_FunctionObject, args_w: list[W_Root]) -> PyFrame:
    """The frame for a call with positional arguments only (the common case, fast when it fits)."""
    code = w_func.code
    if fits_positional(code, len(args_w)):
        frame = new_frame(w_func)
        for i in range(len(args_w)):
            frame.locals_w[i] = args_w[i]
        if len(code.cellvars) > 0:
            init_cells(frame)
        return frame
    return bind_arguments(w_func, Arguments(args_w))


def bind_arguments(w_func: W_FunctionObject, args: Arguments) -> PyFrame:
    code = w_func.code
    frame = new_frame(w_func)
    locals_w = frame.locals_w
    argcount = code.argcount
    kwonly = code.kwonlyargcount
    args_w = args.args_w
    nargs = len(args_w)
    for i in range(min(nargs, argcount)):
        locals_w[i] = args_w[i]
    index = argcount + kwonly
    if code.flags & CO_VARARGS:
        extra_w: list[W_Root] = []
        for i in range(argcount, nargs):
            extra_w.append(args_w[i])
        locals_w[index] = tupleobject.newtuple(extra_w)
        index += 1
    elif nargs > argcount:
        raise too_many_positional(w_func, nargs, args)
    w_kwdict = None
    if code.flags & CO_VARKEYWORDS:
        w_kwdict = dictobject.W_DictObject()
        locals_w[index] = w_kwdict
    keywords = args.keywords
    keywords_w = args.keywords_w
    if keywords is not None and keywords_w is not None:
        posonly_names: list[str] = []
        for k in range(len(keywords)):
            name = keywords[k]
            found = -1
            for j in range(code.posonlyargcount, argcount + kwonly):
                if code.varnames[j] == name:
                    found = j
                    break
            if found >= 0:
                if locals_w[found] is not None:
                    raise errors.type_error("%s() got multiple values for argument '%s'" % (
                        w_func.qualname, name))
                locals_w[found] = keywords_w[k]
            elif w_kwdict is not None:
                dictobject.setitem_str(w_kwdict, name, keywords_w[k])
            else:
                for j in range(code.posonlyargcount):
                    if code.varnames[j] == name:
                        posonly_names.append(name)
                if len(posonly_names) > 0:
                    raise errors.type_error(
                        "%s() got some positional-only arguments passed as keyword arguments: '%s'" % (
                            w_func.qualname, "', '".join(posonly_names)))
                raise errors.type_error("%s() got an unexpected keyword argument '%s'" % (
                    w_func.qualname, name))
    # defaults for the missing positional parameters
    if nargs < argcount:
        defaults_w = w_func.defaults_w
        ndefaults = 0
        if defaults_w is not None:
            ndefaults = len(defaults_w)
        first_default = argcount - ndefaults
        missing: list[str] = []
        for i in range(nargs, argcount):
            if locals_w[i] is None:
                if i >= first_default and defaults_w is not None:
                    locals_w[i] = defaults_w[i - first_default]
                else:
                    missing.append(code.varnames[i])
        if len(missing) > 0:
            raise missing_arguments(w_func, missing, "positional")
    if kwonly > 0:
        missing_kw: list[str] = []
        w_kwdefaults = w_func.w_kwdefaults
        for i in range(argcount, argcount + kwonly):
            if locals_w[i] is None:
                w_default = None
                if isinstance(w_kwdefaults, dictobject.W_DictObject):
                    w_default = dictobject.getitem_str(w_kwdefaults, code.varnames[i])
                if w_default is not None:
                    locals_w[i] = w_default
                else:
                    missing_kw.append(code.varnames[i])
        if len(missing_kw) > 0:
            raise missing_arguments(w_func, missing_kw, "keyword-only")
    if len(code.cellvars) > 0:
        init_cells(frame)
    return frame


def too_many_positional(w_func: W_FunctionObject, nargs: int, args: Arguments) -> errors.OperationError:
    code = w_func.code
    argcount = code.argcount
    defaults_w = w_func.defaults_w
    ndefaults = 0
    if defaults_w is not None:
        ndefaults = len(defaults_w)
    if ndefaults > 0:
        takes = "from %d to %d positional arguments" % (argcount - ndefaults, argcount)
    elif argcount == 1:
        takes = "1 positional argument"
    else:
        takes = "%d positional arguments" % argcount
    nkw = 0
    keywords = args.keywords
    if keywords is not None:
        for name in keywords:
            for j in range(argcount, argcount + code.kwonlyargcount):
                if code.varnames[j] == name:
                    nkw += 1
    given = "%d were given" % nargs
    if nargs == 1:
        given = "1 was given"
    if nkw > 0:
        kwtext = "%d keyword-only argument" % nkw
        if nkw > 1:
            kwtext += "s"
        given = "%d positional argument%s (and %s) were given" % (nargs, "" if nargs == 1 else "s", kwtext)
        if nargs == 1:
            given = "1 positional argument (and %s) were given" % kwtext
    return errors.type_error("%s() takes %s but %s" % (w_func.qualname, takes, given))


def missing_arguments(w_func: W_FunctionObject, names: list[str], kind: str) -> errors.OperationError:
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        text = quoted[0]
    elif len(quoted) == 2:
        text = quoted[0] + " and " + quoted[1]
    else:
        text = ", ".join(quoted[:len(quoted) - 1]) + ", and " + quoted[len(quoted) - 1]
    word = "argument" if len(names) == 1 else "arguments"
    return errors.type_error("%s() missing %d required %s %s: %s" % (
        w_func.qualname, len(names), kind, word, text))


def function_repr(w_func: W_FunctionObject) -> str:
    return "<function %s at 0x%x>" % (w_func.qualname, 0)


def code_name(w_func: W_FunctionObject) -> W_Root:
    return strobject.newstr(w_func.name)
