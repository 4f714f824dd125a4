"""Characters (R7RS 6.6) and strings (6.7), with full Unicode (classes and case mapping come
from unicode.py's tables, not from str methods)."""

from __future__ import annotations

from languages.scheme.machine import Machine
from languages.scheme.numbers import W_Fixnum
from languages.scheme.objects import (
    NIL,
    UNSPECIFIED,
    W_FALSE,
    W_TRUE,
    W_Char,
    W_Object,
    W_Pair,
    W_String,
    W_Vector,
    make_string,
    scheme_error,
    type_error,
    wrap_bool,
)
from languages.scheme.primitives import (
    check_char,
    check_fixnum,
    check_index,
    check_range,
    check_string,
    list_items,
    primitive,
)
from languages.scheme.reader import valid_scalar
from languages.scheme.unicode import (
    char_downcase,
    char_foldcase,
    char_upcase,
    digit_value,
    downcase_string,
    foldcase_string,
    is_alphabetic,
    is_lower_case,
    is_upper_case,
    is_white_space,
    upcase_string,
)

# ---- characters ---------------------------------------------------------------------------------

@primitive("char?", 1)
def p_charp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Char))


@primitive("char->integer", 1)
def p_char_to_integer(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Fixnum(check_char("char->integer", args[0]).code)


@primitive("integer->char", 1)
def p_integer_to_char(m: Machine, args: list[W_Object]) -> W_Object:
    code = check_fixnum("integer->char", args[0])
    if not valid_scalar(code):
        raise scheme_error("integer->char: not a Unicode scalar value:", [args[0]])
    return W_Char(code)


def char_compare(who: str, args: list[W_Object], want: int, fold: bool) -> W_Object:
    codes: list[int] = []
    for arg in args:
        code = check_char(who, arg).code
        if fold:
            code = char_foldcase(code)
        codes.append(code)
    for i in range(len(codes) - 1):
        if not compare_ok(codes[i] - codes[i + 1], want):
            return W_FALSE
    return W_TRUE


def compare_ok(difference: int, want: int) -> bool:
    """want: 0 =, -1 <, 1 >, 2 <=, -2 >=."""
    if want == 0:
        return difference == 0
    if want == -1:
        return difference < 0
    if want == 1:
        return difference > 0
    if want == 2:
        return difference <= 0
    return difference >= 0


@primitive("char=?", 1, -1)
def p_char_eq(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char=?", args, 0, False)


@primitive("char<?", 1, -1)
def p_char_lt(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char<?", args, -1, False)


@primitive("char>?", 1, -1)
def p_char_gt(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char>?", args, 1, False)


@primitive("char<=?", 1, -1)
def p_char_le(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char<=?", args, 2, False)


@primitive("char>=?", 1, -1)
def p_char_ge(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char>=?", args, -2, False)


@primitive("char-ci=?", 1, -1)
def p_char_ci_eq(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char-ci=?", args, 0, True)


@primitive("char-ci<?", 1, -1)
def p_char_ci_lt(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char-ci<?", args, -1, True)


@primitive("char-ci>?", 1, -1)
def p_char_ci_gt(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char-ci>?", args, 1, True)


@primitive("char-ci<=?", 1, -1)
def p_char_ci_le(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char-ci<=?", args, 2, True)


@primitive("char-ci>=?", 1, -1)
def p_char_ci_ge(m: Machine, args: list[W_Object]) -> W_Object:
    return char_compare("char-ci>=?", args, -2, True)


@primitive("char-alphabetic?", 1)
def p_char_alphabetic(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(is_alphabetic(check_char("char-alphabetic?", args[0]).code))


@primitive("char-numeric?", 1)
def p_char_numeric(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(digit_value(check_char("char-numeric?", args[0]).code) >= 0)


@primitive("char-whitespace?", 1)
def p_char_whitespace(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(is_white_space(check_char("char-whitespace?", args[0]).code))


@primitive("char-upper-case?", 1)
def p_char_upper(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(is_upper_case(check_char("char-upper-case?", args[0]).code))


@primitive("char-lower-case?", 1)
def p_char_lower(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(is_lower_case(check_char("char-lower-case?", args[0]).code))


@primitive("digit-value", 1)
def p_digit_value(m: Machine, args: list[W_Object]) -> W_Object:
    value = digit_value(check_char("digit-value", args[0]).code)
    if value < 0:
        return W_FALSE
    return W_Fixnum(value)


@primitive("char-upcase", 1)
def p_char_upcase(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Char(char_upcase(check_char("char-upcase", args[0]).code))


@primitive("char-downcase", 1)
def p_char_downcase(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Char(char_downcase(check_char("char-downcase", args[0]).code))


@primitive("char-foldcase", 1)
def p_char_foldcase(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Char(char_foldcase(check_char("char-foldcase", args[0]).code))


# ---- strings ------------------------------------------------------------------------------------

@primitive("string?", 1)
def p_stringp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_String))


@primitive("make-string", 1, 2)
def p_make_string(m: Machine, args: list[W_Object]) -> W_Object:
    n = check_fixnum("make-string", args[0])
    if n < 0:
        raise scheme_error("make-string: negative length", [args[0]])
    fill = 32
    if len(args) == 2:
        fill = check_char("make-string", args[1]).code
    return W_String([fill] * n)


@primitive("string", 0, -1)
def p_string(m: Machine, args: list[W_Object]) -> W_Object:
    codes = [check_char("string", arg).code for arg in args]
    return W_String(codes)


@primitive("string-length", 1)
def p_string_length(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Fixnum(len(check_string("string-length", args[0]).codes))


@primitive("string-ref", 2)
def p_string_ref(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("string-ref", args[0])
    return W_Char(s.codes[check_index("string-ref", args[1], len(s.codes))])


@primitive("string-set!", 3)
def p_string_set(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("string-set!", args[0])
    index = check_index("string-set!", args[1], len(s.codes))
    s.codes[index] = check_char("string-set!", args[2]).code
    return UNSPECIFIED


def compare_codes(a: list[int], b: list[int]) -> int:
    """-1, 0 or 1: the lexicographic order of two strings' code points."""
    n = min(len(a), len(b))
    for i in range(n):
        x = a[i]
        y = b[i]
        if x != y:
            return -1 if x < y else 1
    if len(a) == len(b):
        return 0
    return -1 if len(a) < len(b) else 1


def string_compare(who: str, args: list[W_Object], want: int, fold: bool) -> W_Object:
    if len(args) == 2 and not fold:
        # the usual case, without copying the strings
        a = check_string(who, args[0])
        b = check_string(who, args[1])
        return wrap_bool(compare_ok(compare_codes(a.codes, b.codes), want))
    texts: list[str] = []
    for arg in args:
        text = check_string(who, arg).as_str()
        if fold:
            text = foldcase_string(text)
        texts.append(text)
    for i in range(len(texts) - 1):
        a = texts[i]
        b = texts[i + 1]
        difference = 0
        if a < b:
            difference = -1
        elif a > b:
            difference = 1
        if not compare_ok(difference, want):
            return W_FALSE
    return W_TRUE


@primitive("string=?", 1, -1)
def p_string_eq(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string=?", args, 0, False)


@primitive("string<?", 1, -1)
def p_string_lt(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string<?", args, -1, False)


@primitive("string>?", 1, -1)
def p_string_gt(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string>?", args, 1, False)


@primitive("string<=?", 1, -1)
def p_string_le(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string<=?", args, 2, False)


@primitive("string>=?", 1, -1)
def p_string_ge(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string>=?", args, -2, False)


@primitive("string-ci=?", 1, -1)
def p_string_ci_eq(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string-ci=?", args, 0, True)


@primitive("string-ci<?", 1, -1)
def p_string_ci_lt(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string-ci<?", args, -1, True)


@primitive("string-ci>?", 1, -1)
def p_string_ci_gt(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string-ci>?", args, 1, True)


@primitive("string-ci<=?", 1, -1)
def p_string_ci_le(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string-ci<=?", args, 2, True)


@primitive("string-ci>=?", 1, -1)
def p_string_ci_ge(m: Machine, args: list[W_Object]) -> W_Object:
    return string_compare("string-ci>=?", args, -2, True)


@primitive("string-upcase", 1)
def p_string_upcase(m: Machine, args: list[W_Object]) -> W_Object:
    return make_string(upcase_string(check_string("string-upcase", args[0]).as_str()))


@primitive("string-downcase", 1)
def p_string_downcase(m: Machine, args: list[W_Object]) -> W_Object:
    return make_string(downcase_string(check_string("string-downcase", args[0]).as_str()))


@primitive("string-foldcase", 1)
def p_string_foldcase(m: Machine, args: list[W_Object]) -> W_Object:
    return make_string(foldcase_string(check_string("string-foldcase", args[0]).as_str()))


@primitive("substring", 2, 3)
def p_substring(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("substring", args[0])
    start, end = check_range("substring", args, 1, len(s.codes))
    return W_String(s.codes[start:end])


@primitive("string-append", 0, -1)
def p_string_append(m: Machine, args: list[W_Object]) -> W_Object:
    codes: list[int] = []
    for arg in args:
        codes.extend(check_string("string-append", arg).codes)
    return W_String(codes)


@primitive("string->list", 1, 3)
def p_string_to_list(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("string->list", args[0])
    start, end = check_range("string->list", args, 1, len(s.codes))
    result: W_Object = NIL
    i = end - 1
    while i >= start:
        result = W_Pair(W_Char(s.codes[i]), result)
        i -= 1
    return result


@primitive("list->string", 1)
def p_list_to_string(m: Machine, args: list[W_Object]) -> W_Object:
    codes = [check_char("list->string", item).code for item in list_items("list->string", args[0])]
    return W_String(codes)


@primitive("string-copy", 1, 3)
def p_string_copy(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("string-copy", args[0])
    start, end = check_range("string-copy", args, 1, len(s.codes))
    return W_String(s.codes[start:end])


@primitive("string-copy!", 3, 5)
def p_string_copy_to(m: Machine, args: list[W_Object]) -> W_Object:
    target = check_string("string-copy!", args[0])
    at = check_fixnum("string-copy!", args[1])
    source = check_string("string-copy!", args[2])
    start, end = check_range("string-copy!", args, 3, len(source.codes))
    if at < 0 or at + (end - start) > len(target.codes):
        raise scheme_error("string-copy!: the copy does not fit in the target", [args[1]])
    piece = source.codes[start:end]
    for i in range(len(piece)):
        target.codes[at + i] = piece[i]
    return UNSPECIFIED


@primitive("string-fill!", 2, 4)
def p_string_fill(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("string-fill!", args[0])
    fill = check_char("string-fill!", args[1]).code
    start, end = check_range("string-fill!", args, 2, len(s.codes))
    for i in range(start, end):
        s.codes[i] = fill
    return UNSPECIFIED


@primitive("string->vector", 1, 3)
def p_string_to_vector(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("string->vector", args[0])
    start, end = check_range("string->vector", args, 1, len(s.codes))
    items: list[W_Object] = [W_Char(s.codes[i]) for i in range(start, end)]
    return W_Vector(items)


@primitive("vector->string", 1, 3)
def p_vector_to_string(m: Machine, args: list[W_Object]) -> W_Object:
    v = args[0]
    if not isinstance(v, W_Vector):
        raise type_error("vector->string", "a vector", v)
    start, end = check_range("vector->string", args, 1, len(v.items))
    codes = [check_char("vector->string", v.items[i]).code for i in range(start, end)]
    return W_String(codes)

