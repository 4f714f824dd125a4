"""The Python VM's instruction set. An instruction is one word, `opcode | argument << 8` (the
encoding of kit.interp); jump arguments are absolute instruction indexes.

The design follows CPython 3.11 where that keeps the compiler simple (exception tables instead of
a block stack, PUSH_NULL/LOAD_METHOD + CALL, SEND for `yield from`), with a few instructions of
our own (POP_EXCEPT_AND_RERAISE, WITH_EXIT, CALL_KW).
"""

from __future__ import annotations

ARG_BITS = 8
OPCODE_MASK = (1 << ARG_BITS) - 1

# (name, stack effect, effect per argument unit, is a jump)
# a stack effect of None means "computed by stack_effect() from the argument"
_TABLE = [
    ("NOP", 0, 0, False),
    ("POP_TOP", -1, 0, False),
    ("PUSH_NULL", 1, 0, False),
    ("COPY", 1, 0, False),                  # push a copy of the arg-th item (1: the top)
    ("SWAP", 0, 0, False),                  # swap the top with the arg-th item
    ("LOAD_CONST", 1, 0, False),
    ("LOAD_FAST", 1, 0, False),
    ("STORE_FAST", -1, 0, False),
    ("DELETE_FAST", 0, 0, False),
    ("LOAD_DEREF", 1, 0, False),
    ("STORE_DEREF", -1, 0, False),
    ("DELETE_DEREF", 0, 0, False),
    ("LOAD_CLASSDEREF", 1, 0, False),
    ("LOAD_CLOSURE", 1, 0, False),
    ("LOAD_NAME", 1, 0, False),
    ("STORE_NAME", -1, 0, False),
    ("DELETE_NAME", 0, 0, False),
    ("LOAD_GLOBAL", 1, 0, False),
    ("STORE_GLOBAL", -1, 0, False),
    ("DELETE_GLOBAL", 0, 0, False),
    ("LOAD_ATTR", 0, 0, False),
    ("STORE_ATTR", -2, 0, False),
    ("DELETE_ATTR", -1, 0, False),
    ("LOAD_METHOD", 1, 0, False),           # obj -> [method, obj] or [NULL, attribute]
    ("CALL", -1, -1, False),                # [NULL|f, callable|self, args...] -> result
    ("CALL_KW", -2, -1, False),             # ... args..., names tuple -> result
    ("CALL_FUNCTION_EX", None, 0, False),   # [NULL, callable, args tuple(, kwargs)] -> result
    ("BINARY_OP", -1, 0, False),            # arg: operator (+ INPLACE for augmented assignment)
    ("UNARY_NEGATIVE", 0, 0, False),
    ("UNARY_POSITIVE", 0, 0, False),
    ("UNARY_INVERT", 0, 0, False),
    ("UNARY_NOT", 0, 0, False),
    ("COMPARE_OP", -1, 0, False),
    ("IS_OP", -1, 0, False),
    ("CONTAINS_OP", -1, 0, False),
    ("BINARY_SUBSCR", -1, 0, False),
    ("STORE_SUBSCR", -3, 0, False),
    ("DELETE_SUBSCR", -2, 0, False),
    ("BUILD_SLICE", None, 0, False),
    ("BUILD_TUPLE", 1, -1, False),
    ("BUILD_LIST", 1, -1, False),
    ("BUILD_SET", 1, -1, False),
    ("BUILD_MAP", 1, -2, False),
    ("BUILD_CONST_KEY_MAP", 0, -1, False),
    ("BUILD_STRING", 1, -1, False),
    ("LIST_APPEND", -1, 0, False),
    ("SET_ADD", -1, 0, False),
    ("MAP_ADD", -2, 0, False),
    ("LIST_EXTEND", -1, 0, False),
    ("SET_UPDATE", -1, 0, False),
    ("DICT_UPDATE", -1, 0, False),
    ("DICT_MERGE", -1, 0, False),
    ("LIST_TO_TUPLE", 0, 0, False),
    ("FORMAT_VALUE", None, 0, False),       # arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec
    ("GET_ITER", 0, 0, False),
    ("FOR_ITER", 1, 0, True),               # [iter] -> [iter, next]; at the end pop iter and jump
    ("JUMP", 0, 0, True),
    ("POP_JUMP_IF_FALSE", -1, 0, True),
    ("POP_JUMP_IF_TRUE", -1, 0, True),
    ("POP_JUMP_IF_NONE", -1, 0, True),
    ("POP_JUMP_IF_NOT_NONE", -1, 0, True),
    ("JUMP_IF_FALSE_OR_POP", -1, 0, True),
    ("JUMP_IF_TRUE_OR_POP", -1, 0, True),
    ("RETURN_VALUE", -1, 0, False),
    ("YIELD_VALUE", 0, 0, False),           # arg 1: inside `yield from`
    ("GET_YIELD_FROM_ITER", 0, 0, False),
    ("SEND", 0, 0, True),                   # [iter, value] -> [iter, yielded]; at the end [result], jump
    ("MAKE_FUNCTION", None, 0, False),
    ("RAISE_VARARGS", 0, -1, False),
    ("RERAISE", -1, 0, False),
    ("PUSH_EXC_INFO", 1, 0, False),         # [exc] -> [previous handled exception, exc]
    ("POP_EXCEPT", -1, 0, False),           # [previous] -> []  (it becomes the handled one again)
    ("POP_EXCEPT_AND_RERAISE", -2, 0, False),
    ("CHECK_EXC_MATCH", 0, 0, False),       # [exc, type] -> [exc, bool]
    ("CHECK_EG_MATCH", 0, 0, False),        # [rest, type] -> [rest', match or None] (except*)
    ("LOAD_ASSERTION_ERROR", 1, 0, False),
    ("BEFORE_WITH", 1, 0, False),           # [manager] -> [exit, enter result]
    ("WITH_EXIT", -1, 0, False),            # [exit] -> []   (calls exit(None, None, None))
    ("WITH_EXCEPT_START", 1, 0, False),     # [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]
    ("LOAD_BUILD_CLASS", 1, 0, False),
    ("SETUP_ANNOTATIONS", 0, 0, False),
    ("IMPORT_NAME", -1, 0, False),          # [level, fromlist] -> [module]
    ("IMPORT_FROM", 1, 0, False),
    ("IMPORT_STAR", -1, 0, False),
    ("UNPACK_SEQUENCE", -1, 1, False),
    ("UNPACK_EX", None, 0, False),
    ("PRINT_EXPR", -1, 0, False),
    ("GET_LEN", 1, 0, False),
    ("MATCH_MAPPING", 1, 0, False),
    ("MATCH_SEQUENCE", 1, 0, False),
    ("MATCH_KEYS", 1, 0, False),            # [subject, keys] -> [subject, keys, values tuple or None]
    ("MATCH_CLASS", -2, 0, False),          # [subject, cls, names] -> [attributes tuple or None]
    ("COPY_DICT_WITHOUT_KEYS", 0, 0, False),
    ("LOAD_LOCALS", 1, 0, False),
    ("GET_AWAITABLE", 0, 0, False),
    ("CHECK_STOP_ITERATION", 0, 0, False),  # in generators: StopIteration from the body -> RuntimeError
    ("END_ASYNC_FOR", -2, 0, False),
    ("GET_AITER", 0, 0, False),
    ("GET_ANEXT", 1, 0, False),
    ("BEFORE_ASYNC_WITH", 1, 0, False),
    ("ASYNC_GEN_WRAP", 0, 0, False),
    ("ASYNC_WITH_EXIT", 0, 0, False),       # [bound __aexit__] -> [awaitable of __aexit__(None, None, None)]
    ("PREP_RERAISE_STAR", -1, 0, False),    # [original, list of raised] -> [what to raise, or None]
]

NAMES = [entry[0] for entry in _TABLE]
EFFECTS = [entry[1] if entry[1] is not None else 0 for entry in _TABLE]
PER_ARG = [entry[2] for entry in _TABLE]
HAS_COMPUTED_EFFECT = [entry[1] is None for entry in _TABLE]
IS_JUMP = [entry[3] for entry in _TABLE]

# the opcode numbers (checked against the table below)
NOP = 0
POP_TOP = 1
PUSH_NULL = 2
COPY = 3
SWAP = 4
LOAD_CONST = 5
LOAD_FAST = 6
STORE_FAST = 7
DELETE_FAST = 8
LOAD_DEREF = 9
STORE_DEREF = 10
DELETE_DEREF = 11
LOAD_CLASSDEREF = 12
LOAD_CLOSURE = 13
LOAD_NAME = 14
STORE_NAME = 15
DELETE_NAME = 16
LOAD_GLOBAL = 17
STORE_GLOBAL = 18
DELETE_GLOBAL = 19
LOAD_ATTR = 20
STORE_ATTR = 21
DELETE_ATTR = 22
LOAD_METHOD = 23
CALL = 24
CALL_KW = 25
CALL_FUNCTION_EX = 26
BINARY_OP = 27
UNARY_NEGATIVE = 28
UNARY_POSITIVE = 29
UNARY_INVERT = 30
UNARY_NOT = 31
COMPARE_OP = 32
IS_OP = 33
CONTAINS_OP = 34
BINARY_SUBSCR = 35
STORE_SUBSCR = 36
DELETE_SUBSCR = 37
BUILD_SLICE = 38
BUILD_TUPLE = 39
BUILD_LIST = 40
BUILD_SET = 41
BUILD_MAP = 42
BUILD_CONST_KEY_MAP = 43
BUILD_STRING = 44
LIST_APPEND = 45
SET_ADD = 46
MAP_ADD = 47
LIST_EXTEND = 48
SET_UPDATE = 49
DICT_UPDATE = 50
DICT_MERGE = 51
LIST_TO_TUPLE = 52
FORMAT_VALUE = 53
GET_ITER = 54
FOR_ITER = 55
JUMP = 56
POP_JUMP_IF_FALSE = 57
POP_JUMP_IF_TRUE = 58
POP_JUMP_IF_NONE = 59
POP_JUMP_IF_NOT_NONE = 60
JUMP_IF_FALSE_OR_POP = 61
JUMP_IF_TRUE_OR_POP = 62
RETURN_VALUE = 63
YIELD_VALUE = 64
GET_YIELD_FROM_ITER = 65
SEND = 66
MAKE_FUNCTION = 67
RAISE_VARARGS = 68
RERAISE = 69
PUSH_EXC_INFO = 70
POP_EXCEPT = 71
POP_EXCEPT_AND_RERAISE = 72
CHECK_EXC_MATCH = 73
CHECK_EG_MATCH = 74
LOAD_ASSERTION_ERROR = 75
BEFORE_WITH = 76
WITH_EXIT = 77
WITH_EXCEPT_START = 78
LOAD_BUILD_CLASS = 79
SETUP_ANNOTATIONS = 80
IMPORT_NAME = 81
IMPORT_FROM = 82
IMPORT_STAR = 83
UNPACK_SEQUENCE = 84
UNPACK_EX = 85
PRINT_EXPR = 86
GET_LEN = 87
MATCH_MAPPING = 88
MATCH_SEQUENCE = 89
MATCH_KEYS = 90
MATCH_CLASS = 91
COPY_DICT_WITHOUT_KEYS = 92
LOAD_LOCALS = 93
GET_AWAITABLE = 94
CHECK_STOP_ITERATION = 95
END_ASYNC_FOR = 96
GET_AITER = 97
GET_ANEXT = 98
BEFORE_ASYNC_WITH = 99
ASYNC_GEN_WRAP = 100
ASYNC_WITH_EXIT = 101
PREP_RERAISE_STAR = 102

for _number, _name in enumerate(NAMES):
    assert globals()[_name] == _number, _name

NUM_OPCODES = len(NAMES)
assert NUM_OPCODES <= OPCODE_MASK + 1

# BINARY_OP arguments above this are the in-place forms (`x += y`)
INPLACE = 16

# LIST_EXTEND: the list holds a call's positional arguments (errors name the function)
IN_CALL = 0x100

# MAKE_FUNCTION flags
MF_DEFAULTS = 0x1
MF_KWDEFAULTS = 0x2
MF_ANNOTATIONS = 0x4
MF_CLOSURE = 0x8

# FORMAT_VALUE conversions
FV_NONE = 0
FV_STR = 1
FV_REPR = 2
FV_ASCII = 3
FV_HAS_SPEC = 4


def encode(opcode: int, argument: int) -> int:
    return opcode | (argument << ARG_BITS)


def stack_effect(opcode: int, arg: int, jump: bool) -> int:
    """How an instruction changes the stack depth (`jump`: along its jump edge)."""
    if opcode == FOR_ITER:
        return -1 if jump else 1
    if opcode == SEND:
        return -1 if jump else 0
    if opcode == JUMP_IF_FALSE_OR_POP or opcode == JUMP_IF_TRUE_OR_POP:
        return 0 if jump else -1
    if HAS_COMPUTED_EFFECT[opcode]:
        if opcode == CALL_FUNCTION_EX:
            return -3 if arg & 1 else -2
        if opcode == BUILD_SLICE:
            return 1 - arg
        if opcode == FORMAT_VALUE:
            return -1 if arg & FV_HAS_SPEC else 0
        if opcode == MAKE_FUNCTION:
            effect = 0
            for flag in (MF_DEFAULTS, MF_KWDEFAULTS, MF_ANNOTATIONS, MF_CLOSURE):
                if arg & flag:
                    effect -= 1
            return effect
        if opcode == UNPACK_EX:
            return (arg & 0xFF) + (arg >> 8)
        return 0
    return EFFECTS[opcode] + PER_ARG[opcode] * arg
