"""String formatting with arguments: str.format / str.format_map ({} fields with numbering,
attribute and index lookups, conversions and nested specs) and printf-style `%` for str and bytes.
"""

from __future__ import annotations

from languages.python.objspace import errors, floatobject, formatting, intobject, ops, tupleobject
from languages.python.objspace.root import W_Root
from languages.python.objspace.strobject import W_StrObject, newstr

# ---- str.format ------------------------------------------------------------------------------------------


class FieldNumbering:
    """Which numbering a format string uses: automatic ({}) or manual ({0}); they cannot mix."""

    def __init__(self) -> None:
        self.auto_index = 0
        self.mode = 0       # 0: not decided, 1: automatic, 2: manual

    def automatic(self) -> int:
        if self.mode == 2:
            raise errors.value_error("cannot switch from manual field specification to automatic field numbering")
        self.mode = 1
        index = self.auto_index
        self.auto_index += 1
        return index

    def manual(self) -> None:
        if self.mode == 1:
            raise errors.value_error("cannot switch from automatic field numbering to manual field specification")
        self.mode = 2


def brace_format(text: str, args_w: list[W_Root], w_kwargs: W_Root | None) -> str:
    """str.format(*args, **kwargs) (w_kwargs: a mapping, looked up with []; None: no keywords)."""
    return format_fields(text, args_w, w_kwargs, FieldNumbering(), 2)


def format_fields(text: str, args_w: list[W_Root], w_kwargs: W_Root | None, numbering: FieldNumbering,
                  depth: int) -> str:
    if depth < 0:
        raise errors.value_error("Max string recursion exceeded")
    pieces: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            if i + 1 < n and text[i + 1] == "{":
                pieces.append("{")
                i += 2
                continue
            if i + 1 == n:
                raise errors.value_error("Single '{' encountered in format string")
            end = matching_brace(text, i)
            if end < 0:
                raise errors.value_error("expected '}' before end of string")
            pieces.append(format_field(text[i + 1:end], args_w, w_kwargs, numbering, depth))
            i = end + 1
        elif ch == "}":
            if i + 1 < n and text[i + 1] == "}":
                pieces.append("}")
                i += 2
                continue
            raise errors.value_error("Single '}' encountered in format string")
        else:
            start = i
            while i < n and text[i] != "{" and text[i] != "}":
                i += 1
            pieces.append(text[start:i])
    return "".join(pieces)


def format_field(field: str, args_w: list[W_Root], w_kwargs: W_Root | None, numbering: FieldNumbering,
                 depth: int) -> str:
    """One replacement field: name[.attr|[key]]*[!conversion][:spec]."""
    # the field name ends at the first '!' or ':' outside brackets
    i = 0
    n = len(field)
    while i < n and field[i] != "!" and field[i] != ":":
        if field[i] == "[":
            while i < n and field[i] != "]":
                i += 1
        i += 1
    if i > n:
        i = n
    name = field[:i]
    conversion = ""
    spec = ""
    if i < n and field[i] == "!":
        if i + 1 >= n:
            raise errors.value_error("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ":":
            raise errors.value_error("expected ':' after conversion specifier")
    if i < n and field[i] == ":":
        spec = field[i + 1:]
    w_value = lookup_field(name, args_w, w_kwargs, numbering)
    if conversion == "r":
        w_value = ops.repr(w_value)
    elif conversion == "s":
        w_value = ops.str(w_value)
    elif conversion == "a":
        w_value = newstr(formatting.ascii_of(ops.repr_w(w_value)))
    elif conversion != "":
        raise errors.value_error("Unknown conversion specifier %s" % conversion)
    if spec.find("{") >= 0:
        spec = format_fields(spec, args_w, w_kwargs, numbering, depth - 1)
    return ops.str_w(formatting.format(w_value, spec))


def lookup_field(name: str, args_w: list[W_Root], w_kwargs: W_Root | None, numbering: FieldNumbering) -> W_Root:
    first = name
    rest = ""
    for j in range(len(name)):
        if name[j] == "." or name[j] == "[":
            first = name[:j]
            rest = name[j:]
            break
    if first == "":
        if rest != "" and rest[0] == ".":
            raise errors.value_error("Empty attribute in format string")
        w_value = positional(args_w, numbering.automatic())
    elif is_digits(first):
        numbering.manual()
        w_value = positional(args_w, int(first))
    else:
        if w_kwargs is None:
            raise errors.key_error(newstr(first))
        w_value = ops.getitem(w_kwargs, newstr(first))
    return follow_field(w_value, rest)


def positional(args_w: list[W_Root], index: int) -> W_Root:
    if index >= len(args_w):
        raise errors.index_error("Replacement index %d out of range for positional args tuple" % index)
    return args_w[index]


def is_digits(text: str) -> bool:
    if len(text) == 0:
        return False
    for ch in text:
        if not ("0" <= ch <= "9"):
            return False
    return True


def matching_brace(text: str, start: int) -> int:
    """The index of the '}' closing the '{' at `start` (fields nest in the spec)."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "[" and depth == 1:
            # an index inside the field name may hold braces
            close = text.find("]", i)
            if close > 0 and text.find(":", i, close) < 0:
                i = close + 1
                continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def follow_field(w_value: W_Root, rest: str) -> W_Root:
    i = 0
    n = len(rest)
    while i < n:
        if rest[i] == ".":
            j = i + 1
            while j < n and rest[j] != "." and rest[j] != "[":
                j += 1
            if j == i + 1:
                raise errors.value_error("Empty attribute in format string")
            w_value = ops.getattr(w_value, rest[i + 1:j])
            i = j
        elif rest[i] == "[":
            j = rest.find("]", i)
            if j < 0:
                raise errors.value_error("Missing ']' in format string")
            key = rest[i + 1:j]
            if key == "":
                raise errors.value_error("Empty attribute in format string")
            if is_digits(key):
                w_value = ops.getitem(w_value, intobject.newint(int(key)))
            else:
                w_value = ops.getitem(w_value, newstr(key))
            i = j + 1
        else:
            raise errors.value_error("Only '.' or '[' may follow ']' in format field specifier")
    return w_value


# ---- printf-style % ------------------------------------------------------------------------------------

def percent_format(text: str, w_values: W_Root, is_bytes: bool) -> str:
    """text % values, for str (is_bytes False) or bytes (the text holds one char per byte)."""
    from languages.python.objspace import bytesobject, dictobject
    if isinstance(w_values, tupleobject.W_TupleObject):
        values_w = w_values.items_w
        is_mapping = False
    else:
        values_w = [w_values]
        is_mapping = (not isinstance(w_values, W_StrObject) and not isinstance(w_values, bytesobject.W_BytesObject)
                      and (isinstance(w_values, dictobject.W_DictObject)
                           or ops.type_of(w_values).lookup("__getitem__") is not None))
    pieces: list[str] = []
    i = 0
    n = len(text)
    next_value = 0
    while i < n:
        ch = text[i]
        if ch != "%":
            start = i
            while i < n and text[i] != "%":
                i += 1
            pieces.append(text[start:i])
            continue
        i += 1
        if i >= n:
            raise errors.value_error("incomplete format")
        w_mapped: W_Root | None = None
        if text[i] == "(":
            if not is_mapping:
                raise errors.type_error("format requires a mapping")
            depth = 1
            close = i + 1
            while close < n and depth > 0:
                if text[close] == "(":
                    depth += 1
                elif text[close] == ")":
                    depth -= 1
                close += 1
            if depth > 0:
                raise errors.value_error("incomplete format key")
            key = text[i + 1:close - 1]
            w_key = bytesobject.newbytes(key) if is_bytes else newstr(key)
            w_mapped = ops.getitem(w_values, w_key)
            i = close
        spec = formatting.Spec()
        spec.align = ">"
        while i < n and (text[i] == "-" or text[i] == "+" or text[i] == " " or text[i] == "#" or text[i] == "0"):
            flag = text[i]
            if flag == "-":
                spec.align = "<"
            elif flag == "+":
                spec.sign = "+"
            elif flag == " ":
                if spec.sign != "+":
                    spec.sign = " "
            elif flag == "#":
                spec.alternate = True
            else:
                spec.zero_pad = True
            i += 1
        if i < n and text[i] == "*":
            w_width = take_value(values_w, next_value, w_mapped)
            next_value += 1
            if not isinstance(w_width, intobject.W_AbstractIntObject):
                raise errors.type_error("* wants int")
            width = ops.int_w(w_width)
            if width < 0:
                spec.align = "<"
                width = -width
            spec.width = width
            i += 1
        else:
            start = i
            while i < n and "0" <= text[i] <= "9":
                i += 1
            if i > start:
                spec.width = formatting.parse_decimal(text[start:i])
        if i < n and text[i] == ".":
            i += 1
            if i < n and text[i] == "*":
                w_precision = take_value(values_w, next_value, w_mapped)
                next_value += 1
                if not isinstance(w_precision, intobject.W_AbstractIntObject):
                    raise errors.type_error("* wants int")
                spec.precision = max(0, ops.int_w(w_precision))
                i += 1
            else:
                start = i
                while i < n and "0" <= text[i] <= "9":
                    i += 1
                spec.precision = formatting.parse_decimal(text[start:i]) if i > start else 0
        while i < n and (text[i] == "h" or text[i] == "l" or text[i] == "L"):
            i += 1
        if i >= n:
            raise errors.value_error("incomplete format")
        code = text[i]
        i += 1
        if code == "%":
            pieces.append("%")
            continue
        if w_mapped is not None:
            w_value = w_mapped
        else:
            if next_value >= len(values_w):
                raise errors.type_error("not enough arguments for format string")
            w_value = values_w[next_value]
            next_value += 1
        if spec.zero_pad and spec.align != "<":
            spec.fill = "0"
            spec.align = "="
        pieces.append(convert_one(code, w_value, spec, is_bytes, i - 1))
    if next_value < len(values_w) and not is_mapping:
        if is_bytes:
            raise errors.type_error("not all arguments converted during bytes formatting")
        raise errors.type_error("not all arguments converted during string formatting")
    return "".join(pieces)


def take_value(values_w: list[W_Root], index: int, w_mapped: W_Root | None) -> W_Root:
    if index >= len(values_w):
        raise errors.type_error("not enough arguments for format string")
    return values_w[index]


def convert_one(code: str, w_value: W_Root, spec: formatting.Spec, is_bytes: bool, position: int) -> str:
    """One %-conversion of w_value (the text, or the bytes as one char per byte)."""
    from languages.python.objspace import bytesobject
    if code == "s" or code == "r" or code == "a" or code == "b":
        if is_bytes:
            if code == "r" or code == "a":
                body = formatting.ascii_of(ops.repr_w(w_value))
            else:
                body = bytesobject.bytes_of_percent_arg(w_value)
        elif code == "s":
            body = ops.str_w(w_value)
        elif code == "r":
            body = ops.repr_w(w_value)
        elif code == "a":
            body = formatting.ascii_of(ops.repr_w(w_value))
        else:
            raise bad_code(code, position)
        if spec.precision >= 0 and spec.precision < len(body):
            body = body[:spec.precision]
        return pad_plain(body, spec)
    if code == "d" or code == "i" or code == "u" or code == "x" or code == "X" or code == "o":
        w_int = integer_argument(w_value, code)
        negative = intobject.is_negative(w_int)
        w_abs = intobject.abs_(w_int)
        if code == "x" or code == "X":
            digits = intobject.int_format_base(w_abs, 16)
            prefix = "0x"
            if code == "X":
                digits = digits.upper()
                prefix = "0X"
        elif code == "o":
            digits = intobject.int_format_base(w_abs, 8)
            prefix = "0o"
        else:
            digits = intobject.int_str(w_abs)
            prefix = ""
        if not spec.alternate:
            prefix = ""
        if spec.precision > len(digits):
            digits = "0" * (spec.precision - len(digits)) + digits
        return formatting.pad(prefix + digits, formatting.sign_text(negative, spec), spec, ">")
    if code == "e" or code == "E" or code == "f" or code == "F" or code == "g" or code == "G":
        x = float_argument(w_value, code)
        spec.type = code
        if spec.precision < 0:
            spec.precision = 6
        return formatting.format_float(x, spec)
    if code == "c":
        if is_bytes:
            if isinstance(w_value, bytesobject.W_BytesObject) or isinstance(w_value, bytesobject.W_BytearrayObject):
                data = bytesobject.data_of(w_value)
                if len(data) != 1:
                    raise errors.type_error("%c requires an integer in range(256) or a single byte")
                return pad_plain(data, spec)
            if not isinstance(w_value, intobject.W_AbstractIntObject):
                raise errors.type_error("%c requires an integer in range(256) or a single byte")
            code_point = ops.int_w(w_value)
            if code_point < 0 or code_point > 255:
                raise errors.overflow_error("%c arg not in range(256)")
            return pad_plain(chr(code_point), spec)
        if isinstance(w_value, W_StrObject):
            if len(w_value.value) != 1:
                raise errors.type_error("%c requires int or char")
            return pad_plain(w_value.value, spec)
        if not isinstance(w_value, intobject.W_AbstractIntObject):
            raise errors.type_error("%c requires int or char")
        if intobject.is_negative(w_value) or not intobject.fits_machine(w_value):
            raise errors.overflow_error("%c arg not in range(0x110000)")
        code_point = intobject.as_machine_int(w_value)
        if code_point > 0x10FFFF:
            raise errors.overflow_error("%c arg not in range(0x110000)")
        return pad_plain(chr(code_point), spec)
    raise bad_code(code, position)


def pad_plain(body: str, spec: formatting.Spec) -> str:
    """Padding of %s/%c: spaces, never zeros."""
    width = spec.width
    if width <= len(body):
        return body
    if spec.align == "<":
        return body + " " * (width - len(body))
    return " " * (width - len(body)) + body


def bad_code(code: str, position: int) -> errors.OperationError:
    return errors.value_error("unsupported format character '%s' (0x%x) at index %d" % (code, ord(code), position))


def integer_argument(w_value: W_Root, code: str) -> intobject.W_AbstractIntObject:
    if isinstance(w_value, intobject.W_AbstractIntObject):
        return w_value
    if code == "x" or code == "X" or code == "o":
        if ops.type_of(w_value).lookup("__index__") is None:
            raise errors.type_error("%%%s format: an integer is required, not %s" % (code, ops.type_name(w_value)))
        w_index = ops.index_w(w_value)
        assert isinstance(w_index, intobject.W_AbstractIntObject)
        return w_index
    if isinstance(w_value, floatobject.W_FloatObject):
        w_int = floatobject.to_int(w_value.floatval)
        assert isinstance(w_int, intobject.W_AbstractIntObject)
        return w_int
    if ops.type_of(w_value).lookup("__int__") is None and ops.type_of(w_value).lookup("__index__") is None:
        raise errors.type_error("%%%s format: a real number is required, not %s" % (code, ops.type_name(w_value)))
    from languages.python.objspace import numbermethods
    w_int = numbermethods.int_from(w_value, None)
    assert isinstance(w_int, intobject.W_AbstractIntObject)
    return w_int


def float_argument(w_value: W_Root, code: str) -> float:
    if isinstance(w_value, floatobject.W_FloatObject):
        return w_value.floatval
    if isinstance(w_value, intobject.W_AbstractIntObject):
        return intobject.to_float(w_value)
    w_type = ops.type_of(w_value)
    if w_type.lookup("__float__") is None and w_type.lookup("__index__") is None:
        raise errors.type_error("must be real number, not %s" % ops.type_name(w_value))
    return ops.float_w(w_value)
