"""Tracebacks: the chain of (frame, line) entries an exception collects while it leaves frames,
and printing an uncaught exception the way CPython does (with its __cause__/__context__ chain).
"""

from __future__ import annotations

from languages.python.interpreter.pyframe import PyFrame
from languages.python.interpreter.state import state
from languages.python.objspace.root import OperationError, W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_Traceback(W_Root):
    """One traceback entry; `w_next` is the entry of the frame called from this one."""

    def __init__(self, frame: PyFrame, lineno: int, w_next: W_Root) -> None:
        self.frame = frame
        self.lineno = lineno
        self.w_next = w_next


w_traceback = make_builtin_type("traceback", w_object, base_ok=False)
set_static_type(W_Traceback, w_traceback)


def source_line(filename: str, lineno: int) -> str:
    """The stripped source line, or "" when the file's text is unknown."""
    if filename not in state.source_cache:
        return ""
    text = state.source_cache[filename]
    current = 1
    start = 0
    n = len(text)
    while current < lineno and start < n:
        newline = text.find("\n", start)
        if newline < 0:
            return ""
        start = newline + 1
        current += 1
    end = text.find("\n", start)
    if end < 0:
        end = n
    assert end >= start
    return text[start:end].strip()


def format_traceback(w_tb: W_Root) -> str:
    """The entries, outermost first; like CPython, more than three identical entries in a row
    (a recursion) show as three and a "[Previous line repeated N more times]" line."""
    lines: list[str] = []
    last = ""
    repeats = 0
    while isinstance(w_tb, W_Traceback):
        code = w_tb.frame.code
        entry = '  File "%s", line %d, in %s\n' % (code.filename, w_tb.lineno, code.name)
        text = source_line(code.filename, w_tb.lineno)
        if text != "":
            entry += "    " + text + "\n"
        w_tb = w_tb.w_next
        if entry == last:
            repeats += 1
            if repeats >= 3:
                continue
        else:
            flush_repeats(lines, repeats)
            last = entry
            repeats = 0
        lines.append(entry)
    flush_repeats(lines, repeats)
    return "".join(lines)


def flush_repeats(lines: list[str], repeats: int) -> None:
    if repeats > 2:
        count = repeats - 2
        lines.append("  [Previous line repeated %d more time%s]\n" % (count, "" if count == 1 else "s"))


def format_exception_only(w_exc: W_Root) -> str:
    """The last line: `Type: message` (just `Type` when the message is empty)."""
    from languages.python.objspace import exceptions, ops
    w_type = ops.type_of(w_exc)
    name = w_type.name
    if w_type.module != "builtins" and w_type.module != "__main__":
        name = w_type.module + "." + name
    try:
        message = ops.str_w(w_exc)
    except OperationError:
        message = "<exception str() failed>"
    if isinstance(w_exc, exceptions.W_BaseException) and w_type.is_subtype(exceptions.w_SyntaxError):
        return format_syntax_error(w_exc, name, message)
    if message == "":
        return name + "\n"
    return name + ": " + message + "\n"


def format_syntax_error(w_exc: W_Root, name: str, message: str) -> str:
    from languages.python.objspace import exceptions, ops
    assert isinstance(w_exc, exceptions.W_BaseException)
    w_filename = w_exc.get_attr("filename")
    w_lineno = w_exc.get_attr("lineno")
    w_msg = w_exc.get_attr("msg")
    if w_filename is None or w_lineno is None or w_msg is None or w_filename is w_None:
        return name + ": " + message + "\n"
    result = '  File "%s", line %s\n' % (ops.str_w(w_filename), ops.str_w(w_lineno))
    w_text = w_exc.get_attr("text")
    if w_text is not None and w_text is not w_None:
        text = ops.str_w(w_text)
        stripped = text.lstrip()
        result += "    " + stripped.rstrip("\n") + "\n"
        w_offset = w_exc.get_attr("offset")
        if w_offset is not None and w_offset is not w_None:
            offset = ops.int_w(w_offset) - (len(text) - len(stripped))
            w_end = w_exc.get_attr("end_offset")
            width = 1
            if w_end is not None and w_end is not w_None:
                width = ops.int_w(w_end) - ops.int_w(w_offset)
                w_end_lineno = w_exc.get_attr("end_lineno")
                if w_end_lineno is not None and ops.str_w(w_end_lineno) != ops.str_w(w_lineno):
                    width = len(stripped.rstrip("\n")) - offset + 1
            if width < 1:
                width = 1
            if offset < 1:
                offset = 1
            result += "    " + " " * (offset - 1) + "^" * width + "\n"
    return result + name + ": " + ops.str_w(w_msg) + "\n"


def format_exception(w_exc: W_Root, depth: int = 0) -> str:
    """The full report of an uncaught exception, its cause or context first."""
    from languages.python.objspace import exceptions
    result = ""
    if isinstance(w_exc, exceptions.W_BaseException) and depth < 50:
        w_cause = w_exc.w_cause
        w_context = w_exc.w_context
        if w_cause is not w_None:
            result = format_exception(w_cause, depth + 1)
            result += "\nThe above exception was the direct cause of the following exception:\n\n"
        elif w_context is not w_None and not w_exc.suppress_context:
            result = format_exception(w_context, depth + 1)
            result += "\nDuring handling of the above exception, another exception occurred:\n\n"
        if isinstance(w_exc.w_traceback, W_Traceback):
            result += "Traceback (most recent call last):\n"
            result += format_traceback(w_exc.w_traceback)
    return result + format_exception_only(w_exc)
