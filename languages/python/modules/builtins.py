"""The builtin functions (print, len, isinstance, min/max, sorted...) and super(), plus the
buffered standard output everything printed goes through.
"""

from __future__ import annotations

import os

from kit.rlib.objectmodel import not_rpython
from languages.python.interpreter.state import state
from languages.python.objspace import (
    dictobject,
    errors,
    exceptions,
    floatobject,
    intobject,
    listobject,
    operators,
    ops,
    strobject,
    tupleobject,
)
from languages.python.objspace.gateway import function, method, staticmethod_
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import W_TypeObject, make_builtin_type, w_object

FUNCTIONS: list = []


# ---- standard output -----------------------------------------------------------------------------------

class OutputBuffer:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.size = 0


output = OutputBuffer()


def write_stdout(text: str) -> None:
    output.pieces.append(text)
    output.size += len(text)
    if output.size > 8192:
        flush()


def flush() -> None:
    if output.size == 0 and len(output.pieces) == 0:
        return
    text = "".join(output.pieces)
    output.pieces = []
    output.size = 0
    write_fd(1, text)


def write_fd(fd: int, text: str) -> None:
    data = text.encode("utf-8")
    while len(data) > 0:
        written = os.write(fd, data)
        data = data[written:]


def newstr_const(text: str) -> W_Root:
    return strobject.newstr(text)


# ---- output and conversion ---------------------------------------------------------------------------

@function(FUNCTIONS, "print", "*args, sep=None, end=None, file=None, flush=None")
def builtin_print(args_w: list[W_Root | None]) -> W_Root:
    w_args = args_w[0]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    sep = optional_text(args_w[1], " ", "sep")
    end = optional_text(args_w[2], "\n", "end")
    w_file = args_w[3]
    if w_file is not None and w_file is not w_None:
        # a file object gets each piece in its own write(), as CPython does
        w_write = ops.getattr(w_file, "write")
        items_w = w_args.items_w
        for i in range(len(items_w)):
            if i > 0:
                ops.call_function(w_write, [strobject.newstr(sep)])
            ops.call_function(w_write, [ops.str(items_w[i])])
        ops.call_function(w_write, [strobject.newstr(end)])
        if args_w[4] is not None and ops.is_true(args_w[4]):
            ops.call_method(w_file, "flush", [])
        return w_None
    pieces: list[str] = []
    for w_item in w_args.items_w:
        pieces.append(ops.str_w(w_item))
    write_stdout(sep.join(pieces) + end)
    if args_w[4] is not None and ops.is_true(args_w[4]):
        flush()
    return w_None


def optional_text(w_value: W_Root | None, default: str, what: str) -> str:
    if w_value is None or w_value is w_None:
        return default
    if not isinstance(w_value, strobject.W_StrObject):
        raise errors.type_error("%s must be None or a string, not %s" % (what, ops.type_name(w_value)))
    return w_value.value


@function(FUNCTIONS, "repr", "obj, /")
def builtin_repr(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return ops.repr(w_obj)


@function(FUNCTIONS, "ascii", "obj, /")
def builtin_ascii(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import formatting
    w_obj = args_w[0]
    assert w_obj is not None
    return strobject.newstr(formatting.ascii_of(ops.repr_w(w_obj)))


@function(FUNCTIONS, "format", "value, format_spec=None, /")
def builtin_format(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import formatting
    w_value = args_w[0]
    assert w_value is not None
    return formatting.format(w_value, optional_text(args_w[1], "", "format_spec"))


def int_in_base(w_x: W_Root | None, base: int, prefix: str) -> W_Root:
    w_int = ops.index_w(w_x)
    assert isinstance(w_int, intobject.W_AbstractIntObject)
    sign = ""
    if intobject.is_negative(w_int):
        sign = "-"
        w_int = intobject.neg(w_int)
    return strobject.newstr(sign + prefix + intobject.int_format_base(w_int, base))


@function(FUNCTIONS, "hex", "x, /")
def builtin_hex(args_w: list[W_Root | None]) -> W_Root:
    return int_in_base(args_w[0], 16, "0x")


@function(FUNCTIONS, "oct", "x, /")
def builtin_oct(args_w: list[W_Root | None]) -> W_Root:
    return int_in_base(args_w[0], 8, "0o")


@function(FUNCTIONS, "bin", "x, /")
def builtin_bin(args_w: list[W_Root | None]) -> W_Root:
    return int_in_base(args_w[0], 2, "0b")


@function(FUNCTIONS, "vars", "obj=None, /")
def builtin_vars(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    if w_obj is None:
        return builtin_locals([])
    if isinstance(w_obj, W_TypeObject):
        from languages.python.objspace import typedescr
        return typedescr.type_get_dict(w_obj)
    w_dict = w_obj.getdict()
    if w_dict is None:
        raise errors.type_error("vars() argument must have __dict__ attribute")
    return w_dict


@function(FUNCTIONS, "dir", "obj=None, /")
def builtin_dir(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import listmethods
    w_obj = args_w[0]
    if w_obj is None:
        w_names = listobject.W_ListObject(dictobject.keys(builtin_locals_dict()))
    else:
        w_method = ops.type_of(w_obj).lookup("__dir__")
        if w_method is None:
            raise errors.type_error("object does not provide __dir__")
        w_names = listobject.W_ListObject(ops.unpack_iterable(ops.call_function(w_method, [w_obj])))
    listmethods.sort_list(w_names, None, None)
    return w_names


def builtin_locals_dict() -> dictobject.W_DictObject:
    w_locals = builtin_locals([])
    assert isinstance(w_locals, dictobject.W_DictObject)
    return w_locals


@function(FUNCTIONS, "len", "obj, /")
def builtin_len(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return intobject.newint(ops.len_w(w_obj))


@function(FUNCTIONS, "isinstance", "obj, class_or_tuple, /")
def builtin_isinstance(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    w_cls = args_w[1]
    assert w_obj is not None and w_cls is not None
    return intobject.newbool(ops.isinstance_w(w_obj, w_cls))


@function(FUNCTIONS, "issubclass", "cls, class_or_tuple, /")
def builtin_issubclass(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    w_cls = args_w[1]
    assert w_obj is not None and w_cls is not None
    return intobject.newbool(ops.issubclass_w(w_obj, w_cls))


@function(FUNCTIONS, "abs", "x, /")
def builtin_abs(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    assert w_x is not None
    return operators.abs_(w_x)


@function(FUNCTIONS, "callable", "obj, /")
def builtin_callable(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return intobject.newbool(is_callable(w_obj))


def is_callable(w_obj: W_Root) -> bool:
    from languages.python.interpreter import function
    from languages.python.objspace.gateway import W_BuiltinFunction
    if (isinstance(w_obj, function.W_FunctionObject) or isinstance(w_obj, function.W_MethodObject) or
            isinstance(w_obj, W_BuiltinFunction) or isinstance(w_obj, W_TypeObject)):
        return True
    return ops.type_of(w_obj).lookup("__call__") is not None


@function(FUNCTIONS, "id", "obj, /")
def builtin_id(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return intobject.newint(state.id_of(w_obj))


@function(FUNCTIONS, "hash", "obj, /")
def builtin_hash(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return intobject.newint(ops.hash_w(w_obj))


@function(FUNCTIONS, "chr", "i, /")
def builtin_chr(args_w: list[W_Root | None]) -> W_Root:
    w_i = args_w[0]
    assert w_i is not None
    code = ops.int_w(w_i)
    if code < 0 or code > 0x10FFFF:
        raise errors.value_error("chr() arg not in range(0x110000)")
    return strobject.newstr(chr(code))


@function(FUNCTIONS, "ord", "c, /")
def builtin_ord(args_w: list[W_Root | None]) -> W_Root:
    w_c = args_w[0]
    assert w_c is not None
    from languages.python.objspace import bytesobject
    if bytesobject.is_bytes_like(w_c):
        data = bytesobject.data_of(w_c)
        if len(data) != 1:
            raise errors.type_error("ord() expected a character, but string of length %d found" % len(data))
        return intobject.newint(ord(data[0]))
    if not isinstance(w_c, strobject.W_StrObject):
        raise errors.type_error("ord() expected string of length 1, but %s found" % ops.type_name(w_c))
    if len(w_c.value) != 1:
        raise errors.type_error("ord() expected a character, but string of length %d found" % len(w_c.value))
    return intobject.newint(ord(w_c.value[0]))


@function(FUNCTIONS, "divmod", "x, y, /")
def builtin_divmod(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    w_y = args_w[1]
    assert w_x is not None and w_y is not None
    return operators.binary_op(w_x, w_y, operators.DIVMOD)


@function(FUNCTIONS, "pow", "base, exp, mod=None")
def builtin_pow(args_w: list[W_Root | None]) -> W_Root:
    w_base = args_w[0]
    w_exp = args_w[1]
    assert w_base is not None and w_exp is not None
    w_mod = args_w[2]
    if w_mod is None or w_mod is w_None:
        return operators.binary_op(w_base, w_exp, operators.POW)
    if (isinstance(w_base, intobject.W_AbstractIntObject) and isinstance(w_exp, intobject.W_AbstractIntObject) and
            isinstance(w_mod, intobject.W_AbstractIntObject)):
        if not intobject.is_true(w_mod):
            raise errors.value_error("pow() 3rd argument cannot be 0")
        return intobject.pow_mod(w_base, w_exp, w_mod)
    return operators.ternary_pow(w_base, w_exp, w_mod)


@function(FUNCTIONS, "round", "number, ndigits=None")
def builtin_round(args_w: list[W_Root | None]) -> W_Root:
    w_number = args_w[0]
    assert w_number is not None
    w_ndigits = args_w[1]
    if isinstance(w_number, floatobject.W_FloatObject):
        if w_ndigits is None or w_ndigits is w_None:
            return floatobject.to_int(floatobject.round_half_even(w_number.floatval))
        return floatobject.newfloat(floatobject.round_float(w_number.floatval, ops.int_w(w_ndigits)))
    if isinstance(w_number, intobject.W_AbstractIntObject):
        if w_ndigits is None or w_ndigits is w_None or ops.int_w(w_ndigits) >= 0:
            return w_number
        return round_int(w_number, ops.int_w(w_ndigits))
    w_round = ops.type_of(w_number).lookup("__round__")
    if w_round is None:
        raise errors.type_error("type %s doesn't define __round__ method" % ops.type_name(w_number))
    if w_ndigits is None:
        return ops.call_function(w_round, [w_number])
    return ops.call_function(w_round, [w_number, w_ndigits])


def round_int(w_number: W_Root, ndigits: int) -> W_Root:
    """round(int, negative ndigits): to a multiple of 10**-ndigits, halves to even."""
    w_unit = operators.binary_op(intobject.newint(10), intobject.newint(-ndigits), operators.POW)
    w_quotient = operators.binary_op(w_number, w_unit, operators.FLOORDIV)
    w_rest = operators.binary_op(w_number, w_unit, operators.MOD)
    w_twice = operators.binary_op(w_rest, intobject.newint(2), operators.MUL)
    w_odd = operators.binary_op(w_quotient, intobject.newint(2), operators.MOD)
    if (operators.compare_w(w_twice, w_unit, operators.GT) or
            (ops.eq_w(w_twice, w_unit) and ops.is_true(w_odd))):
        w_quotient = operators.binary_op(w_quotient, intobject.newint(1), operators.ADD)
    return operators.binary_op(w_quotient, w_unit, operators.MUL)


# ---- attributes ---------------------------------------------------------------------------------------

@function(FUNCTIONS, "getattr", "obj, name, default=None, /")
def builtin_getattr(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    name = ops.attr_name_w(args_w[1])
    w_default = args_w[2]
    if w_default is None:
        return ops.getattr(w_obj, name)
    w_value = ops.getattr_or_none(w_obj, name)
    if w_value is None:
        return w_default
    return w_value


@function(FUNCTIONS, "setattr", "obj, name, value, /")
def builtin_setattr(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    w_value = args_w[2]
    assert w_obj is not None and w_value is not None
    ops.setattr(w_obj, ops.attr_name_w(args_w[1]), w_value)
    return w_None


@function(FUNCTIONS, "delattr", "obj, name, /")
def builtin_delattr(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    ops.delattr(w_obj, ops.attr_name_w(args_w[1]))
    return w_None


@function(FUNCTIONS, "hasattr", "obj, name, /")
def builtin_hasattr(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    return intobject.newbool(ops.getattr_or_none(w_obj, ops.attr_name_w(args_w[1])) is not None)


# ---- iteration ----------------------------------------------------------------------------------------

@function(FUNCTIONS, "iter", "obj, sentinel=None, /")
def builtin_iter(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    w_sentinel = args_w[1]
    if w_sentinel is None:
        return ops.iter(w_obj)
    if not is_callable(w_obj):
        raise errors.type_error("iter(v, w): v must be callable")
    from languages.python.modules import builtins_iter
    return builtins_iter.W_CallableIterator(w_obj, w_sentinel)


@function(FUNCTIONS, "next", "iterator, default=None, /")
def builtin_next(args_w: list[W_Root | None]) -> W_Root:
    w_iter = args_w[0]
    assert w_iter is not None
    w_next_method = ops.type_of(w_iter).lookup("__next__")
    if w_next_method is None:
        raise errors.type_error("'%s' object is not an iterator" % ops.type_name(w_iter))
    from languages.python.objspace import iterobject
    if w_iter._user_ or not isinstance(w_iter, iterobject.W_AbstractIterator):
        # the iterator's own StopIteration (and its value) propagates unless there is a default
        if args_w[1] is None:
            return ops.call_function(w_next_method, [w_iter])
    w_value = ops.next(w_iter)
    if w_value is None:
        w_default = args_w[1]
        if w_default is not None:
            return w_default
        from languages.python.interpreter import generator
        if isinstance(w_iter, generator.W_Generator):
            w_return = w_iter.w_return
            w_iter.w_return = w_None
            if w_return is not w_None:
                raise errors.stop_iteration(w_return)
        raise errors.stop_iteration(None)
    return w_value


@function(FUNCTIONS, "sum", "iterable, /, start=None")
def builtin_sum(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[0]
    assert w_iterable is not None
    w_total = args_w[1]
    if w_total is None:
        w_total = intobject.newint(0)
    from languages.python.objspace import bytesobject
    if isinstance(w_total, strobject.W_StrObject):
        raise errors.type_error("sum() can't sum strings [use ''.join(seq) instead]")
    if isinstance(w_total, bytesobject.W_BytesObject):
        raise errors.type_error("sum() can't sum bytes [use b''.join(seq) instead]")
    if isinstance(w_total, bytesobject.W_BytearrayObject):
        raise errors.type_error("sum() can't sum bytearray [use b''.join(seq) instead]")
    w_iter = ops.iter(w_iterable)
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return w_total
        w_total = operators.binary_op(w_total, w_item, operators.ADD)


@function(FUNCTIONS, "any", "iterable, /")
def builtin_any(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[0]
    assert w_iterable is not None
    w_iter = ops.iter(w_iterable)
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return intobject.w_False
        if ops.is_true(w_item):
            return intobject.w_True


@function(FUNCTIONS, "all", "iterable, /")
def builtin_all(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[0]
    assert w_iterable is not None
    w_iter = ops.iter(w_iterable)
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return intobject.w_True
        if not ops.is_true(w_item):
            return intobject.w_False


def min_max(args_w: list[W_Root | None], op: int, name: str) -> W_Root:
    w_args = args_w[0]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    w_key = args_w[1]
    w_default = args_w[2]
    if len(w_args.items_w) == 0:
        raise errors.type_error("%s expected at least 1 argument, got 0" % name)
    if len(w_args.items_w) == 1:
        items_w = ops.unpack_iterable(w_args.items_w[0])
    else:
        if w_default is not None:
            raise errors.type_error("Cannot specify a default for %s() with multiple positional arguments" % name)
        items_w = w_args.items_w
    if len(items_w) == 0:
        if w_default is not None:
            return w_default
        raise errors.value_error("%s() arg is an empty sequence" % name)
    w_best = items_w[0]
    w_best_key = w_best
    if w_key is not None and w_key is not w_None:
        w_best_key = ops.call_function(w_key, [w_best])
    for i in range(1, len(items_w)):
        w_item = items_w[i]
        w_item_key = w_item
        if w_key is not None and w_key is not w_None:
            w_item_key = ops.call_function(w_key, [w_item])
        if operators.compare_w(w_item_key, w_best_key, op):
            w_best = w_item
            w_best_key = w_item_key
    return w_best


@function(FUNCTIONS, "min", "*args, key=None, default=None")
def builtin_min(args_w: list[W_Root | None]) -> W_Root:
    return min_max(args_w, operators.LT, "min")


@function(FUNCTIONS, "max", "*args, key=None, default=None")
def builtin_max(args_w: list[W_Root | None]) -> W_Root:
    return min_max(args_w, operators.GT, "max")


@function(FUNCTIONS, "sorted", "iterable, /, *, key=None, reverse=None")
def builtin_sorted(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import listmethods
    w_iterable = args_w[0]
    assert w_iterable is not None
    w_list = listobject.W_ListObject(ops.unpack_iterable(w_iterable))
    listmethods.sort_list(w_list, args_w[1], args_w[2])
    return w_list


@function(FUNCTIONS, "input", "prompt=None, /")
def builtin_input(args_w: list[W_Root | None]) -> W_Root:
    w_prompt = args_w[0]
    if w_prompt is not None:
        write_stdout(ops.str_w(w_prompt))
    flush()
    from languages.python.modules import fileobject
    line = fileobject.read_line(fileobject.stdin_file())
    if line == "":
        raise errors.oper_error(exceptions.w_EOFError, "EOF when reading a line")
    if line.endswith("\n"):
        line = line[:len(line) - 1]
    return strobject.newstr(line)


@function(FUNCTIONS, "globals", "")
def builtin_globals(args_w: list[W_Root | None]) -> W_Root:
    frame = state.topframe_frame
    assert frame is not None
    return frame.w_globals


@function(FUNCTIONS, "locals", "")
def builtin_locals(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter import frameattrs
    frame = state.topframe_frame
    assert frame is not None
    return frameattrs.frame_locals(frame)


# ---- super --------------------------------------------------------------------------------------------

class W_Super(W_Root):
    def __init__(self, w_start: W_TypeObject, w_obj: W_Root, w_obj_type: W_TypeObject) -> None:
        self.w_start = w_start          # look after this class in the MRO...
        self.w_obj = w_obj              # ...of this object's type
        self.w_obj_type = w_obj_type


w_super = make_builtin_type("super", w_object)
set_static_type(W_Super, w_super)


@staticmethod_(w_super, "__new__", "cls, type=None, obj=None, /")
def super_new(args_w: list[W_Root | None]) -> W_Root:
    w_start = args_w[1]
    w_obj = args_w[2]
    if w_start is None:
        w_start, w_obj = zero_argument_super()
    if not isinstance(w_start, W_TypeObject):
        raise errors.type_error("super() argument 1 must be a type, not %s" % ops.type_name(w_start))
    if w_obj is None or w_obj is w_None:
        raise errors.type_error("super() without an object is not supported yet")
    if isinstance(w_obj, W_TypeObject) and w_obj.is_subtype(w_start):
        return W_Super(w_start, w_obj, w_obj)
    w_obj_type = ops.type_of(w_obj)
    if not w_obj_type.is_subtype(w_start):
        raise errors.type_error("super(type, obj): obj must be an instance or subtype of type")
    return W_Super(w_start, w_obj, w_obj_type)


def zero_argument_super() -> tuple[W_Root, W_Root]:
    """The class (from the __class__ cell) and first argument of the calling function."""
    frame = state.topframe_frame
    if frame is None:
        raise errors.runtime_error("super(): no current frame")
    code = frame.code
    if code.argcount == 0 and code.flags & 0x4 == 0:
        raise errors.runtime_error("super(): no arguments")
    w_first = frame.locals_w[0]
    if w_first is None and len(code.cellvars) > 0 and code.cell2arg[0] == 0:
        cell0 = frame.cells[0]
        if cell0 is not None:
            w_first = cell0.w_value
    for i in range(len(code.cellvars)):
        if code.cell2arg[i] == 0:
            cell = frame.cells[i]
            if cell is not None:
                w_first = cell.w_value
    if w_first is None:
        raise errors.runtime_error("super(): arg[0] deleted")
    for i in range(len(code.freevars)):
        if code.freevars[i] == "__class__":
            cell = frame.cells[len(code.cellvars) + i]
            if cell is None or cell.w_value is None:
                raise errors.runtime_error("super(): empty __class__ cell")
            w_class = cell.w_value
            assert w_class is not None
            return w_class, w_first
    raise errors.runtime_error("super(): __class__ cell not found")


@method(w_super, "__getattribute__", "self, name")
def super_getattribute(args_w: list[W_Root | None]) -> W_Root:
    w_super_ = args_w[0]
    assert isinstance(w_super_, W_Super)
    name = ops.attr_name_w(args_w[1])
    mro_w = w_super_.w_obj_type.mro_w
    found = False
    for w_cls in mro_w:
        if found:
            if name in w_cls.dict_w:
                w_descr = w_cls.dict_w[name]
                w_obj: W_Root | None = w_super_.w_obj
                if w_obj is w_super_.w_obj_type:
                    w_obj = None
                return ops.descr_get(w_descr, w_obj, w_super_.w_obj_type)
        elif w_cls is w_super_.w_start:
            found = True
    w_value = ops.generic_getattr(w_super_, name, w_super)
    if w_value is None:
        raise errors.attribute_error("'super' object has no attribute '%s'" % name)
    return w_value


def super_self(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Super)
    return w_obj.w_obj


def super_thisclass(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Super)
    return w_obj.w_start


def super_self_class(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Super)
    return w_obj.w_obj_type


@method(w_super, "__repr__", "self")
def super_repr(args_w: list[W_Root | None]) -> W_Root:
    w_super_ = args_w[0]
    assert isinstance(w_super_, W_Super)
    return strobject.newstr("<super: <class '%s'>, <%s object>>" % (w_super_.w_start.name, w_super_.w_obj_type.name))


@not_rpython
def install_super_attributes() -> None:
    from languages.python.objspace.descriptors import getset
    getset(w_super, "__self__", super_self)
    getset(w_super, "__thisclass__", super_thisclass)
    getset(w_super, "__self_class__", super_self_class)


install_super_attributes()
