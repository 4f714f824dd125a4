"""The Scheme data model: every run-time value is an instance of a W_Object subclass.

Holds the singletons (#t, #f, (), eof, unspecified), symbols and their table, pairs, vectors,
bytevectors, chars, strings, records, promises, multiple values, error objects and SchemeError.
"""

from __future__ import annotations


class W_Object:
    """The base of every Scheme value."""

    def type_name(self) -> str:
        return "object"

    def external_repr(self) -> str:
        """How write and display show an opaque object."""
        return "#<" + self.type_name() + ">"


# ---- source positions ---------------------------------------------------------------------------

class SourcePos:
    """Where a form was read: file, line and column (both 1-based)."""

    def __init__(self, filename: str, line: int, column: int) -> None:
        self.filename = filename
        self.line = line
        self.column = column

    def describe(self) -> str:
        return "%s:%d:%d" % (self.filename, self.line, self.column)


# ---- singletons ---------------------------------------------------------------------------------

class W_Boolean(W_Object):
    def __init__(self, value: bool) -> None:
        self.boolval = value

    def type_name(self) -> str:
        return "boolean"


class W_Null(W_Object):
    def type_name(self) -> str:
        return "null"


class W_Unspecified(W_Object):
    def type_name(self) -> str:
        return "unspecified"


class W_Unassigned(W_Object):
    """Marks a letrec/internal-define variable whose initialiser has not run yet."""

    def type_name(self) -> str:
        return "unassigned"


class W_Eof(W_Object):
    def type_name(self) -> str:
        return "eof-object"


W_TRUE = W_Boolean(True)
W_FALSE = W_Boolean(False)
NIL = W_Null()
UNSPECIFIED = W_Unspecified()
UNASSIGNED = W_Unassigned()
EOF = W_Eof()


def wrap_bool(value: bool) -> W_Object:
    if value:
        return W_TRUE
    return W_FALSE


def is_true(value: W_Object) -> bool:
    return value is not W_FALSE


# ---- symbols ------------------------------------------------------------------------------------

class W_Symbol(W_Object):
    """An interned symbol: two symbols with the same name are the same object."""

    def __init__(self, name: str) -> None:
        self.name = name

    def type_name(self) -> str:
        return "symbol"


class SymbolTable:
    def __init__(self) -> None:
        self.symbols: dict[str, W_Symbol] = {}
        self.counter = 0

    def intern(self, name: str) -> W_Symbol:
        symbol = self.symbols.get(name, None)
        if symbol is None:
            symbol = W_Symbol(name)
            self.symbols[name] = symbol
        return symbol

    def fresh(self, prefix: str) -> W_Symbol:
        """A new uninterned symbol (for generated names that must not clash)."""
        self.counter += 1
        return W_Symbol("%s.%d" % (prefix, self.counter))


SYMBOLS = SymbolTable()


def sym(name: str) -> W_Symbol:
    return SYMBOLS.intern(name)


# ---- pairs --------------------------------------------------------------------------------------

class W_Pair(W_Object):
    def __init__(self, car: W_Object, cdr: W_Object) -> None:
        self.car = car
        self.cdr = cdr

    def type_name(self) -> str:
        return "pair"


class W_SourcePair(W_Pair):
    """A pair made by the reader for a list in program text: it remembers where the list began."""

    def __init__(self, car: W_Object, cdr: W_Object, pos: SourcePos) -> None:
        W_Pair.__init__(self, car, cdr)
        self.pos = pos


def cons(car: W_Object, cdr: W_Object) -> W_Object:
    return W_Pair(car, cdr)


def list_from(items: list[W_Object], tail: W_Object = NIL) -> W_Object:
    result = tail
    i = len(items) - 1
    while i >= 0:
        result = W_Pair(items[i], result)
        i -= 1
    return result


def pos_of(form: W_Object) -> SourcePos | None:
    if isinstance(form, W_SourcePair):
        return form.pos
    return None


# ---- characters, strings, vectors, bytevectors ----------------------------------------------------

class W_Char(W_Object):
    """A Unicode scalar value, stored as its code point."""

    def __init__(self, code: int) -> None:
        self.code = code

    def type_name(self) -> str:
        return "char"


class W_String(W_Object):
    """A mutable string: its characters' code points (a flat array of numbers: reading, writing
    and comparing characters touch no other objects)."""

    def __init__(self, codes: list[int]) -> None:
        self.codes = codes

    def as_str(self) -> str:
        return codes_to_str(self.codes, 0, len(self.codes))

    def type_name(self) -> str:
        return "string"


def make_string(text: str) -> W_String:
    return W_String([ord(c) for c in text])


def codes_to_str(codes: list[int], start: int, end: int) -> str:
    """The text of code points codes[start:end]."""
    return "".join([chr(codes[i]) for i in range(start, end)])


class W_Vector(W_Object):
    def __init__(self, items: list[W_Object]) -> None:
        self.items = items

    def type_name(self) -> str:
        return "vector"


class W_Bytevector(W_Object):
    """Bytes as a list of ints 0..255 (mutable)."""

    def __init__(self, data: list[int]) -> None:
        self.data = data

    def type_name(self) -> str:
        return "bytevector"


# ---- multiple values ----------------------------------------------------------------------------

class W_Values(W_Object):
    """The result of (values ...) with other than exactly one value."""

    def __init__(self, items: list[W_Object]) -> None:
        self.items = items

    def type_name(self) -> str:
        return "values"


def values_list(value: W_Object) -> list[W_Object]:
    if isinstance(value, W_Values):
        return value.items
    return [value]


def make_values(items: list[W_Object]) -> W_Object:
    if len(items) == 1:
        return items[0]
    return W_Values(items)


# ---- records ------------------------------------------------------------------------------------

class W_RecordType(W_Object):
    def __init__(self, name: str, field_names: list[W_Symbol]) -> None:
        self.name = name
        self.field_names = field_names

    def field_index(self, field: W_Symbol) -> int:
        for i in range(len(self.field_names)):
            if self.field_names[i] is field:
                return i
        return -1

    def type_name(self) -> str:
        return "record-type"


class W_Record(W_Object):
    def __init__(self, rtype: W_RecordType, fields: list[W_Object]) -> None:
        self.rtype = rtype
        self.fields = fields

    def type_name(self) -> str:
        return self.rtype.name


# ---- promises -----------------------------------------------------------------------------------

class PromiseBox:
    """The shared state of promises chained by delay-force (R7RS 4.2.5): done + value or thunk."""

    def __init__(self, done: bool, value: W_Object) -> None:
        self.done = done
        self.value = value     # the value when done, else the thunk producing the next promise


class W_Promise(W_Object):
    def __init__(self, box: PromiseBox) -> None:
        self.box = box

    def type_name(self) -> str:
        return "promise"


# ---- errors -------------------------------------------------------------------------------------

class W_ErrorObject(W_Object):
    """What `error` and failing primitives raise. kind: "error", "file", "read" or "syntax"."""

    def __init__(self, message: str, irritants: list[W_Object], kind: str) -> None:
        self.message = message
        self.irritants = irritants
        self.kind = kind
        self.pos: SourcePos | None = None

    def type_name(self) -> str:
        return "error-object"


class SchemeError(Exception):
    """A Scheme condition being raised from Python code; the machine hands it to the handlers."""

    def __init__(self, payload: W_Object, continuable: bool = False) -> None:
        self.payload = payload
        self.continuable = continuable


class SchemeExit(Exception):
    """Leaves the machine: (exit) after unwinding, or (emergency-exit)."""

    def __init__(self, code: int) -> None:
        self.code = code


def scheme_error(message: str, irritants: list[W_Object]) -> SchemeError:
    return SchemeError(W_ErrorObject(message, irritants, "error"))


def syntax_error(message: str, form: W_Object, pos: SourcePos | None) -> SchemeError:
    err = W_ErrorObject(message, [form], "syntax")
    err.pos = pos
    return SchemeError(err)


def type_error(who: str, expected: str, value: W_Object) -> SchemeError:
    return scheme_error("%s: expected %s, got" % (who, expected), [value])


def kind_error(kind: str, message: str, irritants: list[W_Object]) -> SchemeError:
    return SchemeError(W_ErrorObject(message, irritants, kind))
