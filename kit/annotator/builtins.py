"""Annotation of builtin functions (len, range, int, print, ...), external functions (os, time,
math), kit.rlib helpers, and the methods of str, bytes, list and dict.
"""

from __future__ import annotations

import builtins
import math
import os
import time
import types
from typing import TYPE_CHECKING, Any

from kit.annotator.bookkeeper import EXC_MESSAGE
from kit.annotator.description import CallArgs
from kit.annotator.llrules import LLRules
from kit.annotator.model import (
    SomeBool,
    SomeBuiltin,
    SomeBytes,
    SomeDict,
    SomeFloat,
    SomeInstance,
    SomeInteger,
    SomeIterator,
    SomeList,
    SomeNone,
    SomeObject,
    SomePBC,
    SomeRange,
    SomeString,
    SomeTuple,
    UnionError,
    const,
    s_None,
    union,
    unionof,
)
from kit.rlib import jit, objectmodel, rarithmetic, rgc, rio

if TYPE_CHECKING:
    from kit.annotator.rules import AnnOp, OperationRules

# callables the annotator knows by identity: python object -> name of the analyser method
SPECIAL_CALLABLES: dict[int, tuple[Any, str]] = {}


def _register(obj: Any, name: str) -> None:
    SPECIAL_CALLABLES[id(obj)] = (obj, name)


for _name in ("len", "range", "enumerate", "zip", "min", "max", "sum", "abs", "ord", "chr", "int", "float",
              "str", "repr", "bool", "isinstance", "hash", "divmod", "hex", "print", "sorted", "list",
              "reversed", "type", "next", "iter", "round", "oct", "bin", "any", "all", "dict", "tuple", "id"):
    _register(getattr(builtins, _name), "b_" + _name)
_register(os.write, "os_write")
_register(os.read, "os_read")
_register(os.open, "os_open")
_register(os.close, "os_close")
_register(os.getenv, "os_getenv")
_register(os.strerror, "os_strerror")
_register(os.isatty, "os_isatty")
# os functions of the simple kind: (name, argument kinds, optional argument defaults, result, raises OSError)
OS_SIMPLE: dict[int, tuple[str, list[str], list[int], str, bool]] = {
    id(os.unlink): ("os.unlink", ["str"], [], "none", True),
    id(os.remove): ("os.remove", ["str"], [], "none", True),
    id(os.rmdir): ("os.rmdir", ["str"], [], "none", True),
    id(os.mkdir): ("os.mkdir", ["str", "int"], [0o777], "none", True),
    id(os.rename): ("os.rename", ["str", "str"], [], "none", True),
    id(os.chdir): ("os.chdir", ["str"], [], "none", True),
    id(os.getcwd): ("os.getcwd", [], [], "str", True),
    id(os.getpid): ("os.getpid", [], [], "int", False),
    id(os.lseek): ("os.lseek", ["int", "int", "int"], [], "int", True),
    id(os.path.exists): ("os.path.exists", ["str"], [], "bool", False),
    id(os.path.isfile): ("os.path.isfile", ["str"], [], "bool", False),
    id(os.path.isdir): ("os.path.isdir", ["str"], [], "bool", False),
}
for _func in (os.unlink, os.remove, os.rmdir, os.mkdir, os.rename, os.chdir, os.getcwd, os.getpid, os.lseek,
              os.path.exists, os.path.isfile, os.path.isdir):
    _register(_func, "os_simple")
_register(time.time, "time_float")
_register(time.perf_counter, "time_float")
_register(time.monotonic, "time_float")
_register(time.process_time, "time_float")
_register(time.sleep, "time_sleep")
_register(rio.flush_stdout, "k_flush_stdout")
_register(rgc.collect, "k_gc_collect")
_register(rgc.cast_instance_to_gcref, "k_cast_instance_to_gcref")
_register(rgc.cast_gcref_to_instance, "k_cast_gcref_to_instance")
_register(jit.promote, "jit_identity")
_register(jit.promote_string, "jit_identity")
_register(jit.we_are_jitted, "jit_predicate")
_register(jit.isconstant, "jit_predicate")
_register(jit.isvirtual, "jit_predicate")
_register(jit.assert_green, "jit_assert_green")
_register(jit.set_param, "jit_set_param")
_register(jit.set_user_param, "jit_set_user_param")
_register(rarithmetic.intmask, "k_intmask")
_register(rarithmetic.r_uint, "k_r_uint")
_register(objectmodel.compute_hash, "k_hash")
_register(objectmodel.compute_identity_hash, "k_hash")
MATH_FLOAT_1 = ["sqrt", "exp", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
                "tanh", "asinh", "acosh", "atanh", "fabs", "expm1", "log1p", "erf", "erfc", "gamma", "lgamma",
                "degrees", "radians"]
for _name in MATH_FLOAT_1:
    _register(getattr(math, _name), "math_float1")
for _name in ("atan2", "pow", "fmod", "hypot", "copysign"):
    _register(getattr(math, _name), "math_float2")
for _name in ("floor", "ceil", "trunc"):
    _register(getattr(math, _name), "math_to_int")
for _name in ("isinf", "isnan", "isfinite"):
    _register(getattr(math, _name), "math_predicate")
_register(math.log, "math_log")
_register(math.ldexp, "math_ldexp")
_register(math.frexp, "math_frexp")
_register(math.modf, "math_modf")

STR_METHODS = {"join", "split", "rsplit", "strip", "lstrip", "rstrip", "startswith", "endswith", "find", "rfind",
               "replace", "upper", "lower", "isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower",
               "count", "encode", "decode", "index", "rindex", "splitlines", "ljust", "rjust", "zfill",
               "title", "capitalize", "swapcase", "casefold", "isdecimal", "isnumeric", "isprintable", "istitle",
               "isidentifier", "isascii"}
LIST_METHODS = {"append", "extend", "insert", "pop", "remove", "index", "reverse", "sort", "count", "copy",
                "clear"}
DICT_METHODS = {"get", "keys", "values", "items", "pop", "setdefault", "clear", "copy", "update"}
PRINTABLE = (SomeInteger, SomeFloat, SomeString, SomeNone)


def _is_str_like(s: SomeObject) -> bool:
    return isinstance(s, SomeString | SomeBytes)


class BuiltinRules:
    def __init__(self, rules: OperationRules) -> None:
        self.rules = rules
        self.annotator = rules.annotator
        self.ll = LLRules(self)

    # ---- dispatch --------------------------------------------------------------------------------

    def call(self, hop: AnnOp, s_builtin: SomeBuiltin, args: CallArgs) -> SomeObject:
        if s_builtin.methodname is not None:
            return self.call_bound_method(hop, s_builtin, args)
        pyobj = s_builtin.const if s_builtin.is_constant() else None
        if isinstance(pyobj, types.MethodType) and isinstance(pyobj.__self__, jit.JitDriver):
            return self.jit_driver_hint(hop, pyobj.__self__, pyobj.__name__, args)
        entry = SPECIAL_CALLABLES.get(id(pyobj))
        if entry is None:
            return self.ll.call_special(hop, s_builtin, args)
        analyser = getattr(self, entry[1])
        return analyser(hop, args)

    def bound_method(self, hop: AnnOp, s_obj: SomeObject, name: str) -> SomeObject | None:
        if isinstance(s_obj, SomeString | SomeBytes) and name in STR_METHODS:
            if name == "decode" and isinstance(s_obj, SomeString):
                return None
            if name == "encode" and isinstance(s_obj, SomeBytes):
                return None
        elif isinstance(s_obj, SomeList) and name in LIST_METHODS:
            pass
        elif isinstance(s_obj, SomeDict) and name in DICT_METHODS:
            pass
        else:
            return None
        if s_obj.can_be_None:
            raise hop.none_error(0, f"calling .{name}()")
        return SomeBuiltin(name, s_obj, name)

    def call_method(self, hop: AnnOp, s_inst: SomeObject, name: str, args: CallArgs) -> SomeObject:
        assert isinstance(s_inst, SomeInstance) and s_inst.classdef is not None
        attr = s_inst.classdef.read_attribute(name, (hop.loc, hop.graph.name))
        s_method = s_inst.classdef.bind_methods(attr.s_value, name)
        if not isinstance(s_method, SomePBC):
            raise hop.error(f"{s_inst.describe()} has no method {name}()")
        from kit.annotator.origin import Origin
        return self.annotator.bookkeeper.call_pbc(s_method, args, Origin(hop.loc, f"a call of .{name}()"))

    def dict_view_of(self, s: SomeObject) -> SomeObject | None:
        if isinstance(s, SomeIterator) and isinstance(s.s_container, SomeDict) and s.variant in (
                "keys", "values", "items"):
            return s
        return None

    def _no_keywords(self, hop: AnnOp, args: CallArgs, name: str) -> None:
        if args.keywords:
            raise hop.error(f"{name}() does not take keyword arguments in RPython")

    def _nargs(self, hop: AnnOp, args: CallArgs, name: str, low: int, high: int | None = None) -> list[SomeObject]:
        self._no_keywords(hop, args, name)
        n = len(args.positional)
        high = low if high is None else high
        if not low <= n <= high:
            expected = str(low) if low == high else f"{low} to {high}"
            raise hop.error(f"{name}() takes {expected} arguments ({n} given)")
        return args.positional

    # ---- builtin functions -----------------------------------------------------------------------

    def b_len(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "len", 1)
        if s.can_be_None:
            raise hop.none_error(1, "len()")
        if isinstance(s, SomeTuple):
            return const(SomeInteger(nonneg=True), len(s.items))
        if isinstance(s, SomeList | SomeString | SomeBytes | SomeDict | SomeRange) or self.dict_view_of(s):
            return SomeInteger(nonneg=True)
        from kit.annotator.model import SomePtr
        if isinstance(s, SomePtr) or type(s).__name__ == "SomeInteriorPtr":
            return SomeInteger(nonneg=True)
        raise hop.error(f"len() of {s.describe()}")

    def b_range(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        bounds = self._nargs(hop, args, "range", 1, 3)
        for s in bounds:
            if not isinstance(s, SomeInteger):
                raise hop.error(f"range() arguments must be ints, not {s.describe()}")
        step = None
        if len(bounds) == 3:
            if not bounds[2].is_constant():
                step = None
            elif bounds[2].const == 0:
                raise hop.error("range() step must not be zero")
            else:
                step = bounds[2].const
        else:
            step = 1
        result = SomeRange(step)
        start_nonneg = len(bounds) == 1 or bounds[0].nonneg  # type: ignore[attr-defined]
        result.nonneg = bool(start_nonneg and step is not None and step > 0)  # type: ignore[attr-defined]
        return result

    def b_enumerate(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "enumerate", 1)
        return SomeIterator(self.rules.op_iter(hop, s), "enumerate")

    def b_zip(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        its = [self.rules.op_iter(hop, s) for s in self._nargs(hop, args, "zip", 2, 4)]
        return SomeIterator(s_None, "zip", *its)

    def b_reversed(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "reversed", 1)
        if isinstance(s, SomeList | SomeString | SomeBytes | SomeRange):
            return SomeIterator(SomeIterator(s), "reversed")
        raise hop.error(f"reversed() of {s.describe()} is not supported")

    def _min_max(self, hop: AnnOp, args: CallArgs, name: str) -> SomeObject:
        self._no_keywords(hop, args, name)
        items = args.positional
        if len(items) == 1:
            s = items[0]
            if isinstance(s, SomeList):
                return s.listdef.read_item()
            if isinstance(s, SomeTuple):
                return unionof(*s.items)
            if isinstance(s, SomeIterator):
                return self.rules.iterator_item(hop, s)
            raise hop.error(f"{name}() of {s.describe()}")
        if not items:
            raise hop.error(f"{name}() needs arguments")
        if all(isinstance(s, SomeInteger) for s in items):
            return SomeInteger(nonneg=all(s.nonneg for s in items) if name == "max" else
                               all(s.nonneg for s in items), unsigned=any(s.unsigned for s in items))
        if all(isinstance(s, SomeInteger | SomeFloat) for s in items):
            return SomeFloat()
        try:
            return unionof(*items)
        except UnionError as exc:
            raise hop.error(f"{name}() of {exc}") from None

    def b_min(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        return self._min_max(hop, args, "min")

    def b_max(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        return self._min_max(hop, args, "max")

    def b_sum(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        items = self._nargs(hop, args, "sum", 1, 2)
        s = items[0]
        if isinstance(s, SomeList):
            s_item = s.listdef.read_item()
        elif isinstance(s, SomeIterator):
            s_item = self.rules.iterator_item(hop, s)
        else:
            raise hop.error(f"sum() of {s.describe()}")
        if isinstance(s_item, SomeImpossibleLike):
            s_item = SomeInteger()
        if len(items) == 2:
            s_item = union(s_item, items[1]) if type(s_item) is type(items[1]) else (
                SomeFloat() if isinstance(items[1], SomeFloat) else s_item)
        if not isinstance(s_item, SomeInteger | SomeFloat):
            raise hop.error(f"sum() of items that are {s_item.describe()}")
        return SomeInteger() if isinstance(s_item, SomeInteger) else SomeFloat()

    def b_abs(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "abs", 1)
        if isinstance(s, SomeInteger):
            return SomeInteger(nonneg=True, unsigned=s.unsigned)
        if isinstance(s, SomeFloat):
            return SomeFloat()
        raise hop.error(f"abs() of {s.describe()}")

    def b_ord(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "ord", 1)
        if isinstance(s, SomeString | SomeBytes) and not s.can_be_None:
            return SomeInteger(nonneg=True)
        raise hop.error(f"ord() of {s.describe()}")

    def b_chr(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "chr", 1)
        if isinstance(s, SomeInteger):
            return SomeString()
        raise hop.error(f"chr() of {s.describe()}")

    def b_int(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        items = self._nargs(hop, args, "int", 1, 2)
        s = items[0]
        if len(items) == 2 and not (isinstance(s, SomeString | SomeBytes) and isinstance(items[1], SomeInteger)):
            raise hop.error("int(x, base) needs a str and an int")
        if isinstance(s, SomeInteger | SomeFloat) or (isinstance(s, SomeString | SomeBytes) and not s.can_be_None):
            return SomeInteger()
        raise hop.error(f"int() of {s.describe()}")

    def b_float(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "float", 1)
        if isinstance(s, SomeInteger | SomeFloat) or (isinstance(s, SomeString) and not s.can_be_None):
            return SomeFloat()
        raise hop.error(f"float() of {s.describe()}")

    def b_str(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "str", 1)
        self.check_stringable(hop, s, "str()")
        return SomeString()

    def b_repr(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "repr", 1)
        self.check_stringable(hop, s, "repr()")
        return SomeString()

    def check_stringable(self, hop: AnnOp, s: SomeObject, what: str) -> None:
        if is_stringable(s, top=True):
            return
        raise hop.error(f"{what} of {s.describe()} is not supported in RPython",
                        hint="give your class a method that builds the text, e.g. def tostr(self)")

    def b_bool(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "bool", 1)
        return self.rules.op_bool(hop, s)

    def b_isinstance(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        s_obj, s_cls = self._nargs(hop, args, "isinstance", 2)
        if not s_cls.is_constant():
            raise hop.error("the second argument of isinstance() must be a class known at translation time")
        classes = s_cls.const if isinstance(s_cls.const, tuple) else (s_cls.const,)
        bk = self.annotator.bookkeeper
        if isinstance(s_obj, SomeInstance) and s_obj.classdef is not None:
            user = [c for c in classes if isinstance(c, type) and c.__module__ != "builtins"
                    or (isinstance(c, type) and issubclass(c, BaseException))]
            if not user:
                return const(SomeBool(), False)
            matching = [bk.getclassdef(c) for c in user]
            if any(s_obj.classdef.issubclass(m) for m in matching):
                if not s_obj.can_be_None:
                    return const(SomeBool(), True)
                narrowed = s_obj.nonnoneify()
            else:
                candidates = [m for m in matching if m.issubclass(s_obj.classdef)]
                if not candidates:
                    return const(SomeBool(), False)
                narrowed = unionof(*[SomeInstance(m) for m in candidates])
            arg = hop.op.args[1]
            from kit.flow.model import Variable
            if isinstance(arg, Variable):
                hop.set_knowntypes(true={arg: narrowed})
            return SomeBool()
        pytypes = {SomeInteger: int, SomeBool: bool, SomeFloat: float, SomeString: str, SomeBytes: bytes,
                   SomeList: list, SomeDict: dict, SomeTuple: tuple}
        for annotation_class, pytype in pytypes.items():
            if type(s_obj) is annotation_class:
                if s_obj.can_be_None:
                    break
                return const(SomeBool(), any(isinstance(c, type) and issubclass(pytype, c) for c in classes))
        if isinstance(s_obj, SomeNone):
            return const(SomeBool(), False)
        raise hop.error(f"isinstance() of {s_obj.describe()} is not supported")

    def b_hash(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "hash", 1)
        if isinstance(s, SomeList | SomeDict):
            raise hop.error(f"{s.describe()} is unhashable")
        return SomeInteger()

    def k_hash(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._nargs(hop, args, "compute_hash", 1)
        return SomeInteger()

    def b_divmod(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        a, b = self._nargs(hop, args, "divmod", 2)
        s = self.rules.arith(hop, "floordiv", a, b)
        return SomeTuple([s, s])

    def b_hex(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "hex", 1)
        if not isinstance(s, SomeInteger):
            raise hop.error(f"hex() of {s.describe()}")
        return SomeString()

    b_oct = b_hex
    b_bin = b_hex

    def b_round(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        items = self._nargs(hop, args, "round", 1, 2)
        if not isinstance(items[0], SomeFloat | SomeInteger):
            raise hop.error(f"round() of {items[0].describe()}")
        return SomeInteger() if len(items) == 1 else SomeFloat()

    def b_print(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        for key, s in args.keywords.items():
            if key not in ("end", "sep") or not isinstance(s, SomeString):
                raise hop.error(f"print() keyword '{key}' is not supported (only sep= and end= with str values)")
        for s in args.positional:
            self.check_stringable(hop, s, "print()")
        return s_None

    def b_sorted(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        for key in args.keywords:
            if key != "reverse":
                raise hop.error(f"sorted() keyword '{key}' is not supported (only reverse=)")
        (s,) = self._nargs(hop, CallArgs(args.positional), "sorted", 1)
        s_item = self._iterable_item(hop, s, "sorted()")
        self.check_sortable(hop, s_item)
        return SomeList(hop.listdef(s_item, resized=True))

    def check_sortable(self, hop: AnnOp, s_item: SomeObject) -> None:
        if isinstance(s_item, SomeInteger | SomeFloat | SomeString | SomeBytes | SomeTuple) \
                or isinstance(s_item, SomeImpossibleLike):
            return
        raise hop.error(f"sorting items that are {s_item.describe()} is not supported",
                        hint="sort ints, floats, strings or tuples of these")

    def _iterable_item(self, hop: AnnOp, s: SomeObject, what: str) -> SomeObject:
        s_it = self.rules.op_iter(hop, s)
        assert isinstance(s_it, SomeIterator)
        return self.rules.iterator_item(hop, s_it)

    def b_list(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        items = self._nargs(hop, args, "list", 0, 1)
        if not items:
            return SomeList(hop.listdef(resized=True))
        return SomeList(hop.listdef(self._iterable_item(hop, items[0], "list()"), resized=True))

    def b_tuple(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        items = self._nargs(hop, args, "tuple", 0, 1)
        if not items:
            return SomeTuple([])
        if isinstance(items[0], SomeTuple):
            return items[0]
        raise hop.error("tuple() of a non-tuple has no fixed length in RPython")

    def b_dict(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._nargs(hop, args, "dict", 0)
        return SomeDict(hop.dictdef())

    def b_type(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "type", 1)
        return self.rules.op_type(hop, s)

    def b_next(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "next", 1)
        return self.rules.op_next(hop, s)

    def b_iter(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "iter", 1)
        return self.rules.op_iter(hop, s)

    def b_any(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "any", 1)
        self._iterable_item(hop, s, "any()")
        return SomeBool()

    b_all = b_any

    def b_id(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "id", 1)
        if not isinstance(s, SomeInstance):
            raise hop.error("id() is only supported on instances")
        return SomeInteger()

    # ---- kit.rlib --------------------------------------------------------------------------------

    def k_intmask(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "intmask", 1)
        if not isinstance(s, SomeInteger):
            raise hop.error(f"intmask() of {s.describe()}")
        return SomeInteger()

    # ---- JIT hints (kit.rlib.jit) ----------------------------------------------------------------

    def jit_driver_hint(self, hop: AnnOp, driver: jit.JitDriver, hint: str, args: CallArgs) -> SomeObject:
        """driver.jit_merge_point(**values) / can_enter_jit(**values): every green and red, by name."""
        if hint not in ("jit_merge_point", "can_enter_jit"):
            raise hop.error(f"{driver.name}.{hint}() cannot be called in RPython")
        if args.positional:
            raise hop.error(f"{hint}() takes the driver's variables as keyword arguments: "
                            + ", ".join(f"{v}={v}" for v in driver.greens + driver.reds))
        names = list(args.keywords)
        expected = driver.greens + driver.reds
        missing = [v for v in expected if v not in names]
        extra = [v for v in names if v not in expected]
        if missing or extra:
            parts = []
            if missing:
                parts.append("misses " + ", ".join(missing))
            if extra:
                parts.append("passes unknown " + ", ".join(extra))
            raise hop.error(f"{hint}() of {driver.name} {' and '.join(parts)}",
                            hint=f"the driver declares greens={driver.greens} reds={driver.reds}")
        seen = self.annotator.bookkeeper.jit_greens.setdefault(id(driver), {})
        for name in driver.greens:
            s_value = args.keywords[name]
            s_old = seen.get(name)
            if s_old is not None:
                try:
                    union(s_old, s_value)
                except UnionError:
                    raise hop.error(f"the green variable {name!r} of {driver.name} is "
                                    f"{s_old.describe()} at one hint and {s_value.describe()} here",
                                    hint="greens must keep one type at every merge point") from None
            seen[name] = s_value if s_old is None else union(s_old, s_value)
        return s_None

    def jit_identity(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "promote", 1)
        return s

    def jit_predicate(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._nargs(hop, args, "jit hint", 0, 1)
        return SomeBool()

    def jit_assert_green(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._nargs(hop, args, "assert_green", 1)
        return s_None

    def _jit_driver_arg(self, hop: AnnOp, s: SomeObject) -> None:
        if not (isinstance(s, SomeNone) or (s.is_constant() and isinstance(s.const, jit.JitDriver))):
            raise hop.error("set_param()'s first argument must be a JitDriver (a global) or None")

    def jit_set_param(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        s_driver, s_name, s_value = self._nargs(hop, args, "set_param", 3)
        self._jit_driver_arg(hop, s_driver)
        if not (s_name.is_constant() and s_name.const in jit.PARAMETERS):
            raise hop.error("set_param()'s name must be a constant, one of " + ", ".join(sorted(jit.PARAMETERS)))
        self._expect(hop, "set_param", s_value, SomeInteger, "an int value")
        return s_None

    def jit_set_user_param(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        s_driver, s_text = self._nargs(hop, args, "set_user_param", 2)
        self._jit_driver_arg(hop, s_driver)
        self._expect(hop, "set_user_param", s_text, SomeString, "a str")
        return s_None

    def k_cast_instance_to_gcref(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "cast_instance_to_gcref", 1)
        if not isinstance(s, SomeInstance | SomeNone):
            raise hop.error(f"cast_instance_to_gcref() needs an instance, not {s.describe()}")
        from kit.annotator.model import SomePtr
        from kit.rtyper.lltype import GCREF
        return SomePtr(GCREF)

    def k_cast_gcref_to_instance(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        s_cls, s_ref = self._nargs(hop, args, "cast_gcref_to_instance", 2)
        if not (s_cls.is_constant() and isinstance(s_cls.const, type)):
            raise hop.error("cast_gcref_to_instance()'s first argument must be a class")
        classdef = self.annotator.bookkeeper.getclassdef(s_cls.const)
        return SomeInstance(classdef, can_be_None=True)

    def k_gc_collect(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._nargs(hop, args, "collect", 0)
        return s_None

    def k_flush_stdout(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._nargs(hop, args, "flush_stdout", 0)
        return s_None

    def k_r_uint(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "r_uint", 1)
        if not isinstance(s, SomeInteger | SomeFloat):
            raise hop.error(f"r_uint() of {s.describe()}")
        return SomeInteger(unsigned=True)

    # ---- os, time, math --------------------------------------------------------------------------

    def _expect(self, hop: AnnOp, name: str, s: SomeObject, kind: type | tuple, what: str) -> None:
        if not isinstance(s, kind) or (s.can_be_None and not isinstance(s, SomeNone)):
            raise hop.error(f"{name}() expects {what}, not {s.describe()}")

    def _raises_oserror(self, hop: AnnOp) -> None:
        """External calls that fail raise OSError carrying errno, as in CPython."""
        from kit.annotator.origin import Origin
        classdef = self.annotator.bookkeeper.getclassdef(OSError)
        classdef.instantiated = True
        origin = Origin(hop.loc, "an OSError raised by an external call")
        classdef.write_attribute("errno", SomeInteger(), origin)
        classdef.write_attribute("strerror", SomeString(), origin)
        classdef.write_attribute(EXC_MESSAGE, SomeString(), origin)

    def os_write(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._raises_oserror(hop)
        fd, data = self._nargs(hop, args, "os.write", 2)
        self._expect(hop, "os.write", fd, SomeInteger, "an int file descriptor")
        self._expect(hop, "os.write", data, SomeBytes, "bytes (encode str first: text.encode())")
        return SomeInteger(nonneg=True)

    def os_read(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._raises_oserror(hop)
        fd, n = self._nargs(hop, args, "os.read", 2)
        self._expect(hop, "os.read", fd, SomeInteger, "an int file descriptor")
        self._expect(hop, "os.read", n, SomeInteger, "an int size")
        return SomeBytes()

    def os_open(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._raises_oserror(hop)
        items = self._nargs(hop, args, "os.open", 2, 3)
        self._expect(hop, "os.open", items[0], SomeString, "a str path")
        for s in items[1:]:
            self._expect(hop, "os.open", s, SomeInteger, "int flags and mode")
        return SomeInteger(nonneg=True)

    def os_close(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._raises_oserror(hop)
        (fd,) = self._nargs(hop, args, "os.close", 1)
        self._expect(hop, "os.close", fd, SomeInteger, "an int file descriptor")
        return s_None

    def os_simple(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        name, kinds, defaults, result, raises = OS_SIMPLE[id(hop.op.args[0].value)]
        if raises:
            self._raises_oserror(hop)
        items = self._nargs(hop, args, name, len(kinds) - len(defaults), len(kinds))
        for s, kind in zip(items, kinds):
            if kind == "str":
                self._expect(hop, name, s, SomeString, "a str path")
            else:
                self._expect(hop, name, s, SomeInteger, "an int")
        return {"none": s_None, "int": SomeInteger(), "str": SomeString(), "bool": SomeBool()}[result]

    def os_isatty(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (fd,) = self._nargs(hop, args, "os.isatty", 1)
        self._expect(hop, "os.isatty", fd, SomeInteger, "an int file descriptor")
        return SomeBool()

    def os_getenv(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        items = self._nargs(hop, args, "os.getenv", 1, 2)
        self._expect(hop, "os.getenv", items[0], SomeString, "a str name")
        if len(items) == 2:
            if isinstance(items[1], SomeString):
                return SomeString(can_be_None=items[1].can_be_None)
            if not isinstance(items[1], SomeNone):
                raise hop.error("os.getenv()'s default must be a str or None")
        return SomeString(can_be_None=True)

    def os_strerror(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (code,) = self._nargs(hop, args, "os.strerror", 1)
        self._expect(hop, "os.strerror", code, SomeInteger, "an int error number")
        return SomeString()

    def time_float(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._nargs(hop, args, "time", 0)
        return SomeFloat()

    def time_sleep(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        (s,) = self._nargs(hop, args, "time.sleep", 1)
        self._expect(hop, "time.sleep", s, (SomeFloat, SomeInteger), "a number of seconds")
        return s_None

    def _floats(self, hop: AnnOp, args: CallArgs, name: str, n: int) -> None:
        for s in self._nargs(hop, args, name, n):
            self._expect(hop, f"math.{name}", s, (SomeFloat, SomeInteger), "a number")

    def math_float1(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._floats(hop, args, "math function", 1)
        return SomeFloat()

    def math_float2(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._floats(hop, args, "math function", 2)
        return SomeFloat()

    def math_to_int(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._floats(hop, args, "math function", 1)
        return SomeInteger()

    def math_predicate(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._floats(hop, args, "math function", 1)
        return SomeBool()

    def math_log(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        for s in self._nargs(hop, args, "math.log", 1, 2):
            self._expect(hop, "math.log", s, (SomeFloat, SomeInteger), "a number")
        return SomeFloat()

    def math_ldexp(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        x, e = self._nargs(hop, args, "math.ldexp", 2)
        self._expect(hop, "math.ldexp", x, (SomeFloat, SomeInteger), "a number")
        self._expect(hop, "math.ldexp", e, SomeInteger, "an int exponent")
        return SomeFloat()

    def math_frexp(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._floats(hop, args, "frexp", 1)
        return SomeTuple([SomeFloat(), SomeInteger()])

    def math_modf(self, hop: AnnOp, args: CallArgs) -> SomeObject:
        self._floats(hop, args, "modf", 1)
        return SomeTuple([SomeFloat(), SomeFloat()])

    # ---- methods of str, bytes, list, dict -------------------------------------------------------

    def call_bound_method(self, hop: AnnOp, s_method: SomeBuiltin, args: CallArgs) -> SomeObject:
        s_self = s_method.s_self
        name = s_method.methodname
        assert s_self is not None and name is not None
        if isinstance(s_self, SomeString | SomeBytes):
            return self.str_method(hop, s_self, name, args)
        if isinstance(s_self, SomeList):
            return self.list_method(hop, s_self, name, args)
        if isinstance(s_self, SomeDict):
            return self.dict_method(hop, s_self, name, args)
        raise hop.error(f"method {name} of {s_self.describe()}")

    def str_method(self, hop: AnnOp, s_self: SomeObject, name: str, args: CallArgs) -> SomeObject:
        kind = type(s_self)
        same = kind()

        def expect_same(items: list[SomeObject]) -> None:
            for s in items:
                if not isinstance(s, kind) or s.can_be_None:
                    raise hop.error(f"{kind.knowntype.__name__}.{name}() expects {kind.knowntype.__name__} "
                                    f"arguments, not {s.describe()}")

        if name == "join":
            (s_list,) = self._nargs(hop, args, name, 1)
            if isinstance(s_list, SomeList) and isinstance(s_list.listdef.s_item(), SomeImpossibleLike):
                # an always-empty list joined: it is a list of strings
                s_list.listdef.generalize(kind())
            s_item = self._iterable_item(hop, s_list, "join()")
            if not isinstance(s_item, kind | SomeImpossibleLike):
                raise hop.error(f"join() needs a list of {kind.knowntype.__name__}, not of {s_item.describe()}")
            return same
        if name in ("split", "rsplit"):
            items = self._nargs(hop, CallArgs(args.positional), name, 0, 2)
            for key in args.keywords:
                if key not in ("sep", "maxsplit"):
                    raise hop.error(f"split() keyword '{key}'")
            if items and not isinstance(items[0], SomeNone):
                expect_same(items[:1])
            return SomeList(hop.listdef(same, resized=True))
        if name == "splitlines":
            self._nargs(hop, args, name, 0)
            return SomeList(hop.listdef(same, resized=True))
        if name in ("strip", "lstrip", "rstrip"):
            items = self._nargs(hop, args, name, 0, 1)
            if items and not isinstance(items[0], SomeNone):
                expect_same(items)
            return same
        if name in ("startswith", "endswith"):
            items = self._nargs(hop, args, name, 1, 3)
            if isinstance(items[0], SomeTuple):
                expect_same(list(items[0].items))
            else:
                expect_same(items[:1])
            return SomeBool()
        if name in ("find", "rfind", "index", "rindex", "count"):
            items = self._nargs(hop, args, name, 1, 3)
            expect_same(items[:1])
            return SomeInteger(nonneg=name in ("count", "index", "rindex"))
        if name == "replace":
            items = self._nargs(hop, args, name, 2, 3)
            expect_same(items[:2])
            return same
        if name in ("upper", "lower", "title", "capitalize", "swapcase", "casefold"):
            self._nargs(hop, args, name, 0)
            if isinstance(s_self, SomeBytes) and name not in ("upper", "lower"):
                raise hop.error(f"bytes.{name}() is not supported in RPython")
            return same
        if name in ("isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower", "isdecimal", "isnumeric",
                    "isprintable", "istitle", "isidentifier", "isascii"):
            self._nargs(hop, args, name, 0)
            if isinstance(s_self, SomeBytes) and name not in ("isdigit", "isalpha", "isspace", "isalnum",
                                                               "isupper", "islower"):
                raise hop.error(f"bytes.{name}() is not supported in RPython")
            return SomeBool()
        if name in ("ljust", "rjust", "zfill"):
            items = self._nargs(hop, args, name, 1, 2)
            if not isinstance(items[0], SomeInteger):
                raise hop.error(f"{name}() width must be an int")
            if len(items) == 2:
                expect_same(items[1:])
            return same
        if name == "encode":
            items = self._nargs(hop, args, name, 0, 2)
            self._check_encoding(hop, items)
            return SomeBytes()
        if name == "decode":
            items = self._nargs(hop, args, name, 0, 2)
            self._check_encoding(hop, items)
            return SomeString()
        raise hop.error(f"str method {name}() is not supported")

    def _check_encoding(self, hop: AnnOp, items: list[SomeObject]) -> None:
        if items and (not items[0].is_constant() or items[0].const.lower().replace("-", "") not in (
                "utf8", "ascii", "latin1", "latin-1")):
            raise hop.error("only constant 'utf-8', 'ascii' and 'latin-1' encodings are supported")
        if len(items) == 2 and (not items[1].is_constant() or items[1].const not in (
                "strict", "replace", "ignore", "surrogateescape")):
            raise hop.error("the error handler must be a constant: 'strict', 'replace', 'ignore' "
                            "or 'surrogateescape'")

    def list_method(self, hop: AnnOp, s_self: SomeList, name: str, args: CallArgs) -> SomeObject:
        ld = s_self.listdef
        from kit.annotator.origin import Origin
        if name == "append":
            (s_item,) = self._nargs(hop, args, name, 1)
            ld.resize()
            ld.generalize(s_item, Origin(hop.loc, "appended to a list", hop.arg_origin(1)))
            return s_None
        if name == "extend":
            (s_other,) = self._nargs(hop, args, name, 1)
            ld.resize()
            ld.generalize(self._iterable_item(hop, s_other, "extend()"), Origin(hop.loc, "added by extend()"))
            return s_None
        if name == "insert":
            s_index, s_item = self._nargs(hop, args, name, 2)
            ld.resize()
            ld.generalize(s_item, Origin(hop.loc, "inserted into a list", hop.arg_origin(2)))
            return s_None
        if name == "pop":
            self._nargs(hop, args, name, 0, 1)
            ld.resize()
            return ld.read_item()
        if name in ("remove", "index", "count"):
            (s_item,) = self._nargs(hop, args, name, 1)
            union(ld.read_item(), s_item)
            if name == "remove":
                ld.resize()
                return s_None
            return SomeInteger(nonneg=True)
        if name == "reverse":
            self._nargs(hop, args, name, 0)
            ld.mutate()
            return s_None
        if name == "sort":
            for key in args.keywords:
                if key != "reverse":
                    raise hop.error(f"sort() keyword '{key}' is not supported (only reverse=)")
            ld.mutate()
            self.check_sortable(hop, ld.read_item())
            return s_None
        if name == "copy":
            self._nargs(hop, args, name, 0)
            return SomeList(hop.listdef(ld.read_item(), resized=True))
        if name == "clear":
            self._nargs(hop, args, name, 0)
            ld.resize()
            return s_None
        raise hop.error(f"list method {name}() is not supported")

    def dict_method(self, hop: AnnOp, s_self: SomeDict, name: str, args: CallArgs) -> SomeObject:
        dd = s_self.dictdef
        from kit.annotator.origin import Origin
        if name in ("get", "pop", "setdefault"):
            items = self._nargs(hop, args, name, 1 if name != "setdefault" else 2, 2)
            dd.generalize_key(items[0], Origin(hop.loc, f"a key passed to {name}()"))
            s_value = dd.read_value()
            if len(items) == 2:
                if name == "setdefault":
                    dd.generalize_value(items[1], Origin(hop.loc, "a default stored by setdefault()"))
                    return dd.read_value()
                try:
                    # the default joins the values' type (so a dict never written to still works)
                    if isinstance(s_value, SomeImpossibleLike):
                        dd.generalize_value(items[1], Origin(hop.loc, f"the default of {name}()"))
                    return union(s_value, items[1])
                except UnionError:
                    raise hop.error(f"the default of {name}() is {items[1].describe()} but the values are "
                                    f"{s_value.describe()}") from None
            if name == "get":
                return s_value.with_none() if s_value.nullable else s_value if isinstance(
                    s_value, SomeImpossibleLike) else _get_none_error(hop, s_value)
            return s_value
        if name in ("keys", "values", "items"):
            self._nargs(hop, args, name, 0)
            return SomeIterator(s_self, name)
        if name == "clear":
            self._nargs(hop, args, name, 0)
            return s_None
        if name == "copy":
            self._nargs(hop, args, name, 0)
            new = hop.dictdef()
            new.generalize_key(dd.read_key())
            new.generalize_value(dd.read_value())
            return SomeDict(new)
        if name == "update":
            (s_other,) = self._nargs(hop, args, name, 1)
            if not isinstance(s_other, SomeDict):
                raise hop.error(f"update() needs a dict, not {s_other.describe()}")
            dd.generalize_key(s_other.dictdef.read_key(), Origin(hop.loc, "keys added by update()"))
            dd.generalize_value(s_other.dictdef.read_value(), Origin(hop.loc, "values added by update()"))
            return s_None
        raise hop.error(f"dict method {name}() is not supported")

    # ---- formatting ------------------------------------------------------------------------------

    def string_format(self, hop: AnnOp, s_fmt: SomeObject, s_args: SomeObject) -> SomeObject:
        if not s_fmt.is_constant():
            raise hop.error("the left side of '%' must be a constant format string in RPython")
        fmt = s_fmt.const
        if isinstance(fmt, bytes):
            raise hop.error("'%' formatting of bytes is not supported; format a str and encode it")
        directives = parse_percent_format(fmt)
        if directives is None:
            raise hop.error(f"unsupported format string {fmt!r}",
                            hint="RPython supports %s %d %i %x %X %o %f %e %g %r and %% with flags, width "
                                 "and precision")
        values = list(s_args.items) if isinstance(s_args, SomeTuple) else [s_args]
        if len(values) != len(directives):
            raise hop.error(f"the format string has {len(directives)} directives but {len(values)} values are "
                            "given")
        for code, s_value in zip(directives, values, strict=True):
            self.check_format_code(hop, code, s_value)
        return SomeString()

    def check_format_code(self, hop: AnnOp, code: str, s_value: SomeObject) -> None:
        if code in "dixXo":
            if not isinstance(s_value, SomeInteger | SomeFloat if code in "di" else SomeInteger):
                raise hop.error(f"%{code} needs an int, not {s_value.describe()}")
        elif code in "feEgG":
            if not isinstance(s_value, SomeFloat | SomeInteger):
                raise hop.error(f"%{code} needs a number, not {s_value.describe()}")
        else:
            self.check_stringable(hop, s_value, f"%{code}")

    def check_formattable(self, hop: AnnOp, s_value: SomeObject, conversion: int, spec: str) -> None:
        self.check_stringable(hop, s_value, "an f-string field")
        if spec:
            parsed = parse_format_spec(spec)
            if parsed is None:
                raise hop.error(f"unsupported format spec {spec!r} in an f-string")
            code = parsed[-1]
            if code and conversion == -1:
                self.check_format_code(hop, code if code != "s" else "s", s_value)


def is_stringable(s: SomeObject, top: bool = False) -> bool:
    """Values str()/repr()/print() can show: numbers, text, None, and lists/tuples of those;
    exceptions (their message) only at the top level."""
    if isinstance(s, PRINTABLE + (SomeBytes,)):
        return True
    if top and isinstance(s, SomeInstance) and s.classdef is not None and issubclass(s.classdef.cls, BaseException):
        return True
    if isinstance(s, SomeTuple):
        return all(is_stringable(i) for i in s.items)
    if isinstance(s, SomeList):
        s_item = s.listdef.s_item()
        return isinstance(s_item, SomeImpossibleLike) or is_stringable(s_item)
    return False


class _ImpossibleMarker:
    pass


def _get_none_error(hop: AnnOp, s_value: SomeObject) -> SomeObject:
    raise hop.error(f"dict.get() without a default returns None, which cannot mix with {s_value.describe()}",
                    hint="pass a default of the values' type: d.get(key, 0)")


from kit.annotator.model import SomeImpossibleValue as SomeImpossibleLike  # noqa: E402


def parse_percent_format(fmt: str) -> list[str] | None:
    """The conversion codes of a %-format string, or None if it uses something unsupported."""
    codes = []
    i = 0
    while i < len(fmt):
        if fmt[i] != "%":
            i += 1
            continue
        i += 1
        if i < len(fmt) and fmt[i] == "%":
            i += 1
            continue
        while i < len(fmt) and fmt[i] in "-+ 0#":
            i += 1
        while i < len(fmt) and fmt[i].isdigit():
            i += 1
        if i < len(fmt) and fmt[i] == ".":
            i += 1
            while i < len(fmt) and fmt[i].isdigit():
                i += 1
        if i >= len(fmt) or fmt[i] not in "sdixXofeEgGr":
            return None
        codes.append(fmt[i])
        i += 1
    return codes


def parse_format_spec(spec: str) -> tuple[str, str, str, int, int, str] | None:
    """(fill, align, sign, width, precision, type) of a format spec, or None if unsupported."""
    import re
    m = re.fullmatch(r"(?:(.)?([<>^=]))?([+\- ])?(0)?(\d+)?(,)?(?:\.(\d+))?([bdoxXeEfFgGs%]?)", spec)
    if m is None:
        return None
    fill, align, sign, zero, width, comma, precision, code = m.groups()
    if comma:
        return None
    if zero and not align:
        fill, align = "0", "="
    return (fill or " ", align or "", sign or "", int(width or 0), int(precision) if precision else -1, code)
