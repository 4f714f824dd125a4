"""The printer: `display`, `write` (datum labels for cycles), `write-shared` and `write-simple`.

Both passes (finding shared structure, emitting text) use explicit stacks, so deep or long data
never recurses in Python.
"""

from __future__ import annotations

from languages.scheme.numbers import W_Number
from languages.scheme.numformat import looks_like_complex, number_to_string, parse_number
from languages.scheme.objects import (
    EOF,
    NIL,
    UNSPECIFIED,
    W_FALSE,
    W_TRUE,
    SchemeError,
    W_Bytevector,
    W_Char,
    W_ErrorObject,
    W_Object,
    W_Pair,
    W_Record,
    W_String,
    W_Symbol,
    W_Values,
    W_Vector,
)
from languages.scheme.unicode import is_white_space

DISPLAY, WRITE, WRITE_SHARED, WRITE_SIMPLE = range(4)

CHAR_WRITE_NAMES = {0: "null", 7: "alarm", 8: "backspace", 9: "tab", 10: "newline", 13: "return",
                    27: "escape", 32: "space", 127: "delete"}


def string_literal(text: str) -> str:
    out = ['"']
    for c in text:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif ord(c) < 32 or ord(c) == 127:
            out.append("\\x%x;" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def char_literal(code: int) -> str:
    name = CHAR_WRITE_NAMES.get(code, "")
    if name != "":
        return "#\\" + name
    if code < 32 or (0x7f <= code < 0xa0) or 0xd800 <= code < 0xe000:
        return "#\\x%x" % code
    return "#\\" + chr(code)


def symbol_needs_bars(name: str) -> bool:
    if name == "" or name == "." or name.startswith("#"):
        return True
    for c in name:
        if is_white_space(ord(c)) or c in "()[]\";|'`," or ord(c) < 32:
            return True
    if looks_like_complex(name):
        return True
    try:
        return parse_number(name, 10) is not None
    except SchemeError:
        return True


def symbol_literal(name: str) -> str:
    if not symbol_needs_bars(name):
        return name
    out = ["|"]
    for c in name:
        if c == "|":
            out.append("\\|")
        elif c == "\\":
            out.append("\\\\")
        elif ord(c) < 32:
            out.append("\\x%x;" % ord(c))
        else:
            out.append(c)
    out.append("|")
    return "".join(out)


def atom_text(obj: W_Object, mode: int) -> str:
    """The text of anything that is neither a pair nor a vector."""
    if isinstance(obj, W_Number):
        return number_to_string(obj, 10)
    if isinstance(obj, W_String):
        if mode == DISPLAY:
            return obj.as_str()
        return string_literal(obj.as_str())
    if isinstance(obj, W_Symbol):
        if mode == DISPLAY:
            return obj.name
        return symbol_literal(obj.name)
    if isinstance(obj, W_Char):
        if mode == DISPLAY:
            return chr(obj.code)
        return char_literal(obj.code)
    if obj is W_TRUE:
        return "#t"
    if obj is W_FALSE:
        return "#f"
    if obj is NIL:
        return "()"
    if obj is EOF:
        return "#<eof>"
    if obj is UNSPECIFIED:
        return "#<unspecified>"
    if isinstance(obj, W_Bytevector):
        parts = [str(b) for b in obj.data]
        return "#u8(" + " ".join(parts) + ")"
    if isinstance(obj, W_Record):
        return "#<%s>" % obj.rtype.name
    if isinstance(obj, W_ErrorObject):
        parts = [obj.message]
        for irritant in obj.irritants:
            parts.append(write_string(irritant))
        return "#<error-object " + string_literal(" ".join(parts)) + ">"
    if isinstance(obj, W_Values):
        parts = [to_text(item, mode) for item in obj.items]
        return " ".join(parts)
    return obj.external_repr()


# ---- finding shared structure -------------------------------------------------------------------

def find_labels(root: W_Object, shared: bool) -> dict[W_Object, int]:
    """Pairs and vectors that need a datum label: those on a cycle, or (shared) seen twice.

    The result maps each such object to -1 (no number yet); numbers are given while printing.
    """
    state: dict[W_Object, int] = {}       # 1 = being visited, 2 = finished
    labels: dict[W_Object, int] = {}
    stack: list[W_Object] = [root]
    leaving: list[bool] = [False]
    while len(stack) > 0:
        obj = stack.pop()
        is_exit = leaving.pop()
        if is_exit:
            state[obj] = 2
            continue
        if not (isinstance(obj, W_Pair) or isinstance(obj, W_Vector)):
            continue
        seen = state.get(obj, 0)
        if seen == 1 or (seen == 2 and shared):
            labels[obj] = -1
            continue
        if seen == 2:
            continue
        state[obj] = 1
        stack.append(obj)
        leaving.append(True)
        if isinstance(obj, W_Pair):
            stack.append(obj.cdr)
            leaving.append(False)
            stack.append(obj.car)
            leaving.append(False)
        elif isinstance(obj, W_Vector):
            i = len(obj.items) - 1
            while i >= 0:
                stack.append(obj.items[i])
                leaving.append(False)
                i -= 1
    return labels


# ---- emitting -----------------------------------------------------------------------------------

TASK_OBJ, TASK_TEXT, TASK_REST = range(3)


class Task:
    def __init__(self, kind: int, obj: W_Object, text: str) -> None:
        self.kind = kind
        self.obj = obj
        self.text = text


class Printer:
    def __init__(self, mode: int, labels: dict[W_Object, int]) -> None:
        self.mode = mode
        self.labels = labels
        self.next_label = 0
        self.out: list[str] = []
        self.tasks: list[Task] = []

    def push_obj(self, obj: W_Object) -> None:
        self.tasks.append(Task(TASK_OBJ, obj, ""))

    def push_text(self, text: str) -> None:
        self.tasks.append(Task(TASK_TEXT, NIL, text))

    def push_rest(self, obj: W_Object) -> None:
        self.tasks.append(Task(TASK_REST, obj, ""))

    def run(self, root: W_Object) -> str:
        self.push_obj(root)
        while len(self.tasks) > 0:
            task = self.tasks.pop()
            if task.kind == TASK_TEXT:
                self.out.append(task.text)
            elif task.kind == TASK_OBJ:
                self.emit(task.obj)
            else:
                self.emit_rest(task.obj)
        return "".join(self.out)

    def labelled(self, obj: W_Object) -> bool:
        """Writes #n# and returns True for an already-labelled object; writes #n= for a new one."""
        number = self.labels.get(obj, -2)
        if number == -2:
            return False
        if number >= 0:
            self.out.append("#%d#" % number)
            return True
        self.labels[obj] = self.next_label
        self.out.append("#%d=" % self.next_label)
        self.next_label += 1
        return False

    def emit(self, obj: W_Object) -> None:
        if isinstance(obj, W_Pair):
            if self.labelled(obj):
                return
            self.out.append("(")
            self.push_text(")")
            self.push_rest(obj.cdr)
            self.push_obj(obj.car)
        elif isinstance(obj, W_Vector):
            if self.labelled(obj):
                return
            self.out.append("#(")
            self.push_text(")")
            i = len(obj.items) - 1
            while i >= 0:
                self.push_obj(obj.items[i])
                if i > 0:
                    self.push_text(" ")
                i -= 1
        else:
            self.out.append(atom_text(obj, self.mode))

    def emit_rest(self, rest: W_Object) -> None:
        if rest is NIL:
            return
        if isinstance(rest, W_Pair) and self.labels.get(rest, -2) == -2:
            self.out.append(" ")
            self.push_rest(rest.cdr)
            self.push_obj(rest.car)
            return
        self.out.append(" . ")
        self.push_obj(rest)


def to_text(obj: W_Object, mode: int) -> str:
    if not (isinstance(obj, W_Pair) or isinstance(obj, W_Vector)):
        return atom_text(obj, mode)
    # write-simple and display also label cycles: printing a cyclic datum must end
    labels = find_labels(obj, mode == WRITE_SHARED)
    return Printer(mode, labels).run(obj)


def write_string(obj: W_Object) -> str:
    return to_text(obj, WRITE)


def display_string(obj: W_Object) -> str:
    return to_text(obj, DISPLAY)
