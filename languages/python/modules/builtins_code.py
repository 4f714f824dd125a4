"""The builtins that run the compiler at run time: compile(), eval() and exec() over source
text or code objects, in the caller's namespaces or in given globals/locals."""

from __future__ import annotations

from languages.python.interpreter.state import state
from languages.python.modules.builtins import FUNCTIONS, builtin_locals, function
from languages.python.objspace import bytesobject, dictobject, errors, exceptions, intobject, ops, strobject
from languages.python.objspace.root import W_Root, w_None

MODES = ["exec", "eval", "single"]


def syntax_error_from(error) -> errors.OperationError:
    """A Python SyntaxError (or subclass) with msg, filename, lineno, offset and text."""
    w_type = exceptions.w_SyntaxError
    if error.kind in exceptions.ALL_EXCEPTIONS:
        w_type = exceptions.ALL_EXCEPTIONS[error.kind]
    w_exc = exceptions.new_exception(w_type, [strobject.newstr(error.msg)])
    w_exc.set_attr("msg", strobject.newstr(error.msg))
    w_exc.set_attr("filename", strobject.newstr(error.filename))
    w_exc.set_attr("lineno", intobject.newint(error.lineno))
    w_exc.set_attr("offset", intobject.newint(error.offset))
    w_exc.set_attr("end_lineno", intobject.newint(error.end_lineno))
    w_exc.set_attr("end_offset", intobject.newint(error.end_offset))
    text = error.text
    w_exc.set_attr("text", w_None if text is None else strobject.newstr(text))
    w_exc.set_attr("print_file_and_line", w_None)
    return errors.OperationError(w_exc)


def source_text(w_source: W_Root | None, what: str) -> str:
    assert w_source is not None
    if isinstance(w_source, strobject.W_StrObject):
        return w_source.value
    if bytesobject.is_bytes_like(w_source):
        from languages.python.objspace import bytesmethods
        return bytesmethods.decode_data(bytesobject.data_of(w_source), "utf-8", "strict")
    raise errors.type_error("%s() arg 1 must be a string, bytes or code object" % what)


def compile_text(source: str, filename: str, mode: str) -> W_Root:
    from languages.python.compiler.codegen import compile_source
    from languages.python.parser.errors import PySyntaxError
    if "\x00" in source:
        raise errors.value_error("source code string cannot contain null bytes")
    try:
        return compile_source(source, filename, mode)
    except PySyntaxError as error:
        raise syntax_error_from(error) from None


def strip_leading_blanks(source: str) -> str:
    """eval() ignores spaces and tabs before the expression."""
    i = 0
    while i < len(source) and (source[i] == " " or source[i] == "\t"):
        i += 1
    return source[i:]


@function(FUNCTIONS, "compile", "source, filename, mode, flags=None, dont_inherit=None, optimize=None")
def builtin_compile(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter.pycode import PyCode
    w_source = args_w[0]
    if isinstance(w_source, PyCode):
        return w_source
    source = source_text(w_source, "compile")
    filename = ops.str_w(args_w[1]) if not bytesobject.is_bytes_like(args_w[1]) else \
        bytesobject.data_of(args_w[1])
    mode = ops.text_w(args_w[2], "compile() mode")
    if mode not in MODES:
        raise errors.value_error("compile() mode must be 'exec', 'eval' or 'single'")
    return compile_text(source, filename, mode)


def namespaces(w_globals: W_Root | None, w_locals: W_Root | None, what: str) -> tuple[dictobject.W_DictObject,
                                                                                       W_Root]:
    """The globals and locals eval/exec run in: the caller's unless given."""
    frame = state.topframe_frame
    if w_globals is None or w_globals is w_None:
        assert frame is not None
        w_frame_globals = frame.w_globals
        assert isinstance(w_frame_globals, dictobject.W_DictObject)
        if w_locals is None or w_locals is w_None:
            return w_frame_globals, builtin_locals([])
        return w_frame_globals, w_locals
    if not isinstance(w_globals, dictobject.W_DictObject):
        if what == "exec":
            raise errors.type_error("exec() globals must be a dict, not %s" % ops.type_name(w_globals))
        raise errors.type_error("globals must be a real dict; try eval(expr, {}, mapping)")
    w_given = dictobject.getitem_str(w_globals, "__builtins__")
    if w_given is None:
        w_module = state.w_builtins_module
        assert w_module is not None
        dictobject.setitem_str(w_globals, "__builtins__", w_module)
    elif w_given is not state.w_builtins_module and w_given is not state.w_builtins:
        w_globals.own_builtins = True
    if w_locals is None or w_locals is w_None:
        return w_globals, w_globals
    if ops.type_of(w_locals).lookup("__getitem__") is None:
        raise errors.type_error("locals must be a mapping")
    return w_globals, w_locals


def code_of(w_source: W_Root | None, mode: str) -> W_Root:
    from languages.python.interpreter.pycode import PyCode
    if isinstance(w_source, PyCode):
        return w_source
    source = source_text(w_source, mode)
    if mode == "eval":
        source = strip_leading_blanks(source)
    return compile_text(source, "<string>", mode)


@function(FUNCTIONS, "eval", "source, globals=None, locals=None, /")
def builtin_eval(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter import interp
    from languages.python.interpreter.pycode import PyCode
    w_code = code_of(args_w[0], "eval")
    assert isinstance(w_code, PyCode)
    w_globals, w_locals = namespaces(args_w[1], args_w[2], "eval")
    return interp.run_code(w_code, w_globals, w_locals)


@function(FUNCTIONS, "exec", "source, globals=None, locals=None, /, *, closure=None")
def builtin_exec(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter import interp
    from languages.python.interpreter.pycode import PyCode
    w_code = code_of(args_w[0], "exec")
    assert isinstance(w_code, PyCode)
    w_globals, w_locals = namespaces(args_w[1], args_w[2], "exec")
    interp.run_code(w_code, w_globals, w_locals)
    return w_None
