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
    if w_type.is_subtype(exceptions.w_NameError) or w_type.is_subtype(exceptions.w_AttributeError):
        from languages.python.interpreter.suggestions import suggestion_for
        suggestion = suggestion_for(w_exc)
        if suggestion != "":
            message += ". Did you mean: '%s'?" % suggestion
    if message == "":
        return name + "\n" + format_notes(w_exc)
    return name + ": " + message + "\n" + format_notes(w_exc)


def format_notes(w_exc: W_Root) -> str:
    """The lines of the exception's __notes__ (added with add_note)."""
    from languages.python.objspace import exceptions, listobject, ops, strobject
    if not isinstance(w_exc, exceptions.W_BaseException):
        return ""
    w_notes = w_exc.get_attr("__notes__")
    if w_notes is None:
        return ""
    if not isinstance(w_notes, listobject.W_ListObject):
        return ops.repr_w(w_notes) + "\n"
    result = ""
    for w_note in w_notes.items_w:
        if isinstance(w_note, strobject.W_StrObject):
            result += w_note.value + "\n"
        else:
            try:
                result += ops.str_w(w_note) + "\n"
            except OperationError:
                result += "<note str() failed>\n"
    return result


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


MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10


class ExceptionPrinter:
    """CPython's exception report: chains (cause/context), and exception groups drawn as nested
    boxes whose lines carry a margin ('| ' or '+ ') at each group depth."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.group_depth = 0
        self.need_close = False
        self.seen: list[W_Root] = []

    def indent(self) -> str:
        return " " * (2 * self.group_depth)

    def emit(self, text: str, margin: str = "|") -> None:
        prefix = self.indent()
        if self.group_depth > 0:
            prefix += margin + " "
        for line in text.split("\n"):
            if line != "":
                self.lines.append(prefix + line + "\n")

    def raw(self, text: str) -> None:
        self.lines.append(text)

    def format(self, w_exc: W_Root) -> None:
        from languages.python.objspace import exceptions
        chain: list[W_Root] = []
        messages: list[str] = []
        w_current: W_Root | None = w_exc
        self.seen.append(w_exc)
        while isinstance(w_current, exceptions.W_BaseException):
            chain.append(w_current)
            w_cause = w_current.w_cause
            w_context = w_current.w_context
            if w_cause is not w_None and not self.was_seen(w_cause):
                messages.append("\nThe above exception was the direct cause of the following exception:\n")
                w_current = w_cause
            elif w_context is not w_None and not w_current.suppress_context and not self.was_seen(w_context):
                messages.append("\nDuring handling of the above exception, another exception occurred:\n")
                w_current = w_context
            else:
                messages.append("")
                w_current = None
            if w_current is not None:
                self.seen.append(w_current)
        i = len(chain) - 1
        while i >= 0:
            self.format_one(chain[i])
            if i > 0 and messages[i - 1] != "":
                self.emit_blank_separated(messages[i - 1])
            i -= 1

    def emit_blank_separated(self, message: str) -> None:
        prefix = self.indent()
        if self.group_depth > 0:
            prefix += "| "
        self.lines.append(prefix + "\n" if self.group_depth > 0 else "\n")
        self.emit(message.strip("\n"))
        self.lines.append(prefix + "\n" if self.group_depth > 0 else "\n")

    def was_seen(self, w_exc: W_Root) -> bool:
        for w_seen in self.seen:
            if w_seen is w_exc:
                return True
        return False

    def format_one(self, w_exc: W_Root) -> None:
        from languages.python.objspace import exceptions, excgroup
        assert isinstance(w_exc, exceptions.W_BaseException)
        w_tb = w_exc.w_traceback
        if not excgroup.is_group(w_exc):
            if isinstance(w_tb, W_Traceback):
                self.emit("Traceback (most recent call last):")
                self.emit(format_traceback(w_tb))
            self.emit(format_exception_only(w_exc))
            return
        if self.group_depth > MAX_GROUP_DEPTH:
            self.emit("... (max_group_depth is %d)" % MAX_GROUP_DEPTH)
            return
        toplevel = self.group_depth == 0
        if toplevel:
            self.group_depth += 1
        if isinstance(w_tb, W_Traceback):
            self.emit("Exception Group Traceback (most recent call last):", "+" if toplevel else "|")
            self.emit(format_traceback(w_tb))
        self.emit(format_exception_only(w_exc))
        children_w = excgroup.leaves_of(w_exc)
        count = len(children_w)
        shown = count if count <= MAX_GROUP_WIDTH else MAX_GROUP_WIDTH + 1
        self.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                self.need_close = True
            truncated = i >= MAX_GROUP_WIDTH
            title = "..." if truncated else "%d" % (i + 1)
            self.raw(self.indent() + ("+-" if i == 0 else "  ") + "+---------------- " + title +
                     " ----------------\n")
            self.group_depth += 1
            if not truncated:
                self.format(children_w[i])
            else:
                remaining = count - MAX_GROUP_WIDTH
                self.emit("and %d more exception%s" % (remaining, "s" if remaining > 1 else ""))
            if last and self.need_close:
                self.raw(self.indent() + "+------------------------------------\n")
                self.need_close = False
            self.group_depth -= 1
        if toplevel:
            self.group_depth = 0


def format_exception(w_exc: W_Root) -> str:
    """The full report of an uncaught exception, its cause or context first."""
    printer = ExceptionPrinter()
    printer.format(w_exc)
    return "".join(printer.lines)
