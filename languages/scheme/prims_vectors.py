"""Vectors (R7RS 6.8) and bytevectors (6.9), including the UTF-8 conversions."""

from __future__ import annotations

from languages.scheme.machine import Machine
from languages.scheme.numbers import W_Fixnum
from languages.scheme.objects import (
    NIL,
    UNSPECIFIED,
    W_Bytevector,
    W_Object,
    W_Pair,
    W_Vector,
    codes_to_str,
    make_string,
    scheme_error,
    wrap_bool,
)
from languages.scheme.ports import utf8_decode, utf8_encode
from languages.scheme.primitives import (
    check_byte,
    check_bytevector,
    check_fixnum,
    check_index,
    check_range,
    check_string,
    check_vector,
    list_items,
    primitive,
)

# ---- vectors ------------------------------------------------------------------------------------


@primitive("vector?", 1)
def p_vectorp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Vector))


@primitive("make-vector", 1, 2)
def p_make_vector(m: Machine, args: list[W_Object]) -> W_Object:
    n = check_fixnum("make-vector", args[0])
    if n < 0:
        raise scheme_error("make-vector: negative length", [args[0]])
    fill = args[1] if len(args) == 2 else UNSPECIFIED
    return W_Vector([fill] * n)


@primitive("vector", 0, -1)
def p_vector(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Vector(args[:])


@primitive("vector-length", 1)
def p_vector_length(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Fixnum(len(check_vector("vector-length", args[0]).items))


@primitive("vector-ref", 2)
def p_vector_ref(m: Machine, args: list[W_Object]) -> W_Object:
    v = check_vector("vector-ref", args[0])
    return v.items[check_index("vector-ref", args[1], len(v.items))]


@primitive("vector-set!", 3)
def p_vector_set(m: Machine, args: list[W_Object]) -> W_Object:
    v = check_vector("vector-set!", args[0])
    v.items[check_index("vector-set!", args[1], len(v.items))] = args[2]
    return UNSPECIFIED


@primitive("vector->list", 1, 3)
def p_vector_to_list(m: Machine, args: list[W_Object]) -> W_Object:
    v = check_vector("vector->list", args[0])
    start, end = check_range("vector->list", args, 1, len(v.items))
    result: W_Object = NIL
    i = end - 1
    while i >= start:
        result = W_Pair(v.items[i], result)
        i -= 1
    return result


@primitive("list->vector", 1)
def p_list_to_vector(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Vector(list_items("list->vector", args[0]))


@primitive("vector-fill!", 2, 4)
def p_vector_fill(m: Machine, args: list[W_Object]) -> W_Object:
    v = check_vector("vector-fill!", args[0])
    start, end = check_range("vector-fill!", args, 2, len(v.items))
    for i in range(start, end):
        v.items[i] = args[1]
    return UNSPECIFIED


@primitive("vector-copy", 1, 3)
def p_vector_copy(m: Machine, args: list[W_Object]) -> W_Object:
    v = check_vector("vector-copy", args[0])
    start, end = check_range("vector-copy", args, 1, len(v.items))
    return W_Vector(v.items[start:end])


@primitive("vector-copy!", 3, 5)
def p_vector_copy_to(m: Machine, args: list[W_Object]) -> W_Object:
    target = check_vector("vector-copy!", args[0])
    at = check_fixnum("vector-copy!", args[1])
    source = check_vector("vector-copy!", args[2])
    start, end = check_range("vector-copy!", args, 3, len(source.items))
    if at < 0 or at + (end - start) > len(target.items):
        raise scheme_error("vector-copy!: the copy does not fit in the target", [args[1]])
    piece = source.items[start:end]      # a copy, so overlapping ranges work
    for i in range(len(piece)):
        target.items[at + i] = piece[i]
    return UNSPECIFIED


@primitive("vector-append", 0, -1)
def p_vector_append(m: Machine, args: list[W_Object]) -> W_Object:
    items: list[W_Object] = []
    for arg in args:
        items.extend(check_vector("vector-append", arg).items)
    return W_Vector(items)


# ---- bytevectors --------------------------------------------------------------------------------

@primitive("bytevector?", 1)
def p_bytevectorp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Bytevector))


@primitive("make-bytevector", 1, 2)
def p_make_bytevector(m: Machine, args: list[W_Object]) -> W_Object:
    n = check_fixnum("make-bytevector", args[0])
    if n < 0:
        raise scheme_error("make-bytevector: negative length", [args[0]])
    fill = check_byte("make-bytevector", args[1]) if len(args) == 2 else 0
    return W_Bytevector([fill] * n)


@primitive("bytevector", 0, -1)
def p_bytevector(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Bytevector([check_byte("bytevector", arg) for arg in args])


@primitive("bytevector-length", 1)
def p_bytevector_length(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Fixnum(len(check_bytevector("bytevector-length", args[0]).data))


@primitive("bytevector-u8-ref", 2)
def p_bytevector_ref(m: Machine, args: list[W_Object]) -> W_Object:
    bv = check_bytevector("bytevector-u8-ref", args[0])
    return W_Fixnum(bv.data[check_index("bytevector-u8-ref", args[1], len(bv.data))])


@primitive("bytevector-u8-set!", 3)
def p_bytevector_set(m: Machine, args: list[W_Object]) -> W_Object:
    bv = check_bytevector("bytevector-u8-set!", args[0])
    index = check_index("bytevector-u8-set!", args[1], len(bv.data))
    bv.data[index] = check_byte("bytevector-u8-set!", args[2])
    return UNSPECIFIED


@primitive("bytevector-copy", 1, 3)
def p_bytevector_copy(m: Machine, args: list[W_Object]) -> W_Object:
    bv = check_bytevector("bytevector-copy", args[0])
    start, end = check_range("bytevector-copy", args, 1, len(bv.data))
    return W_Bytevector(bv.data[start:end])


@primitive("bytevector-copy!", 3, 5)
def p_bytevector_copy_to(m: Machine, args: list[W_Object]) -> W_Object:
    target = check_bytevector("bytevector-copy!", args[0])
    at = check_fixnum("bytevector-copy!", args[1])
    source = check_bytevector("bytevector-copy!", args[2])
    start, end = check_range("bytevector-copy!", args, 3, len(source.data))
    if at < 0 or at + (end - start) > len(target.data):
        raise scheme_error("bytevector-copy!: the copy does not fit in the target", [args[1]])
    piece = source.data[start:end]
    for i in range(len(piece)):
        target.data[at + i] = piece[i]
    return UNSPECIFIED


@primitive("bytevector-append", 0, -1)
def p_bytevector_append(m: Machine, args: list[W_Object]) -> W_Object:
    data: list[int] = []
    for arg in args:
        data.extend(check_bytevector("bytevector-append", arg).data)
    return W_Bytevector(data)


@primitive("utf8->string", 1, 3)
def p_utf8_to_string(m: Machine, args: list[W_Object]) -> W_Object:
    bv = check_bytevector("utf8->string", args[0])
    start, end = check_range("utf8->string", args, 1, len(bv.data))
    text, _ = utf8_decode(bv.data, start, end, True)
    return make_string(text)


@primitive("string->utf8", 1, 3)
def p_string_to_utf8(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("string->utf8", args[0])
    start, end = check_range("string->utf8", args, 1, len(s.codes))
    encoded = utf8_encode(codes_to_str(s.codes, start, end))
    return W_Bytevector([b for b in encoded])
