"""Annotation rules for the flow operations: given the annotations of the arguments, the result's.

One method per operation (`op_add`, `op_getattr`, ...); builtin functions and the methods of str,
bytes, list and dict live in builtins.py.  A rule raises AnnotatorError for non-RPython uses.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any

from kit.annotator.bookkeeper import EXC_MESSAGE
from kit.annotator.description import CallArgs
from kit.annotator.listdef import DictDef, ListDef
from kit.annotator.llrules import SomeInteriorPtr
from kit.annotator.model import (
    SomeAddress,
    SomeBool,
    SomeBuiltin,
    SomeBytes,
    SomeDict,
    SomeFloat,
    SomeImpossibleValue,
    SomeInstance,
    SomeInteger,
    SomeIterator,
    SomeList,
    SomeLLPrimitive,
    SomeLLType,
    SomeModule,
    SomeNone,
    SomeObject,
    SomePBC,
    SomePtr,
    SomeRange,
    SomeString,
    SomeTuple,
    SomeTypeOf,
    UnionError,
    const,
    s_Bool,
    s_Impossible,
    s_None,
    union,
    unionof,
)
from kit.annotator.origin import AnnotatorError, Origin
from kit.flow.model import Constant, FunctionGraph, SpaceOperation, Variable
from kit.flow.operation import CallShape

if TYPE_CHECKING:
    from kit.annotator.annrpython import RPythonAnnotator


class AnnOp:
    """The operation being annotated, with what a rule needs to know about it."""

    def __init__(self, rules: OperationRules, graph: FunctionGraph, op: SpaceOperation,
                 args_s: list[SomeObject]) -> None:
        self.rules = rules
        self.annotator = rules.annotator
        self.bookkeeper = rules.annotator.bookkeeper
        self.graph = graph
        self.op = op
        self.args_s = args_s
        self.loc = op.loc

    def origin(self, what: str = "") -> Origin:
        return Origin(self.loc, what or f"the result of {self.op.opname}")

    def arg_origin(self, i: int) -> Origin | None:
        arg = self.op.args[i]
        if isinstance(arg, Variable):
            return self.annotator.origins.get(arg)
        return Origin(getattr(arg, "loc", None) or self.loc, f"the constant {arg.value!r}")

    def error(self, message: str, hint: str | None = None, notes: list[str] | None = None) -> AnnotatorError:
        return AnnotatorError(message, self.loc, self.graph.name, hint=hint, notes=notes)

    def none_error(self, i: int, what: str) -> AnnotatorError:
        """`what` on argument i, which may be None: show where the None can come from."""
        origin = self.arg_origin(i)
        notes = []
        if origin is not None:
            notes.append("the value comes from " + "\n    which comes from ".join(origin.chain()))
        arg = self.op.args[i]
        if isinstance(arg, Variable):
            for source in self.annotator.none_sources(arg):
                notes.append(f"None comes from {source}")
        return self.error(f"{what} on a value that may be None ({self.args_s[i].describe()})",
                          hint="check `if x is not None:` first, or make sure None never reaches here",
                          notes=notes)

    def set_knowntypes(self, true: dict | None = None, false: dict | None = None) -> None:
        data = {}
        if true:
            data[True] = true
        if false:
            data[False] = false
        if data:
            self.annotator.knowntypedata[self.op.result] = data

    def listdef(self, s_item: SomeObject = s_Impossible, resized: bool = False) -> ListDef:
        """The ListDef of the list created by this operation (one per operation, kept across reflows)."""
        key = (self.op, "list")
        ld = self.rules.created.get(key)
        if ld is None:
            ld = ListDef(self.bookkeeper, origin=self.origin("a new list"))
            self.rules.created[key] = ld
        if resized:
            ld.resize()
        if not isinstance(s_item, SomeImpossibleValue):
            ld.generalize(s_item, self.origin("an item of the list created"))
        return ld

    def dictdef(self) -> DictDef:
        key = (self.op, "dict")
        dd = self.rules.created.get(key)
        if dd is None:
            dd = DictDef(self.bookkeeper)
            self.rules.created[key] = dd
        return dd


ARITH = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"}
COMPARE = {"lt", "le", "eq", "ne", "gt", "ge"}


class OperationRules:
    def __init__(self, annotator: RPythonAnnotator) -> None:
        from kit.annotator.builtins import BuiltinRules
        self.annotator = annotator
        self.builtins = BuiltinRules(self)
        self.created: dict[Any, Any] = {}

    def dispatch(self, graph: FunctionGraph, op: SpaceOperation, args_s: list[SomeObject]) -> SomeObject:
        hop = AnnOp(self, graph, op, args_s)
        # narrowing facts hold for the argument types of this pass only: a reflow with more general
        # arguments must not reuse what was true of the narrower ones
        self.annotator.knowntypedata.pop(op.result, None)
        name = op.opname
        if name.startswith("inplace_"):
            return self.inplace(hop, name[len("inplace_"):], *args_s)
        if name in ARITH:
            return self.arith(hop, name, *args_s)
        if name.endswith("_ovf"):
            return self.ovf(hop, name, *args_s)
        if name in COMPARE:
            return self.compare(hop, name, *args_s)
        method = getattr(self, "op_" + name, None)
        if method is None:
            raise hop.error(f"operation {name} is not supported by the annotator")
        return method(hop, *args_s)

    def check_attributes(self) -> None:
        """After annotation: attributes read somewhere but never given a value anywhere."""
        for classdef in self.annotator.bookkeeper.classdefs:
            for name, attr in classdef.attrs.items():
                if isinstance(attr.s_value, SomeImpossibleValue) and attr.read_locations:
                    loc, funcname = attr.read_locations[0]
                    if classdef.cls.__module__ == "builtins" and name == EXC_MESSAGE:
                        continue
                    raise AnnotatorError(f"attribute '{name}' of class {classdef.name} is read but never "
                                         "assigned anywhere", loc, funcname,
                                         hint=f"set self.{name} in {classdef.name}.__init__ (or check the "
                                              "spelling)")

    # ---- arithmetic ------------------------------------------------------------------------------

    def arith(self, hop: AnnOp, name: str, s1: SomeObject, s2: SomeObject) -> SomeObject:
        for i, s in enumerate((s1, s2)):
            if s.can_be_None and not isinstance(s, SomeNone):
                raise hop.none_error(i, f"'{_SYMBOL[name]}'")
        if isinstance(s1, SomeInteger) and isinstance(s2, SomeInteger):
            unsigned = s1.unsigned or s2.unsigned
            if name == "truediv":
                return SomeFloat()
            nonneg = s1.nonneg and s2.nonneg and name in ("add", "mul", "floordiv", "mod", "pow", "and_",
                                                          "or_", "xor", "rshift", "lshift")
            if name == "and_" and (s1.nonneg or s2.nonneg):
                nonneg = True
            if name == "mod" and s2.nonneg:
                nonneg = True
            result: SomeObject = SomeInteger(nonneg=nonneg, unsigned=unsigned)
            if isinstance(s1, SomeBool) and isinstance(s2, SomeBool) and name in ("and_", "or_", "xor"):
                result = SomeBool()
            return result
        if isinstance(s1, SomeInteger | SomeFloat) and isinstance(s2, SomeInteger | SomeFloat):
            if name in ("lshift", "rshift", "and_", "or_", "xor"):
                raise hop.error(f"'{_SYMBOL[name]}' is not defined on floats")
            if (isinstance(s1, SomeInteger) and s1.unsigned) or (isinstance(s2, SomeInteger) and s2.unsigned):
                raise hop.error("r_uint and float do not mix")
            return SomeFloat()
        if isinstance(s1, SomeString | SomeBytes):
            if name == "add" and type(s2) is type(s1):
                return type(s1)()
            if name == "mul" and isinstance(s2, SomeInteger):
                return type(s1)()
            if name == "mod":
                return self.builtins.string_format(hop, s1, s2)
        if isinstance(s2, SomeString | SomeBytes) and name == "mul" and isinstance(s1, SomeInteger):
            return type(s2)()
        # the result of + and * shares its item type with the operands (so [None] * n can later
        # hold instances): their ListDefs are merged
        if isinstance(s1, SomeList):
            if name == "add" and isinstance(s2, SomeList):
                s1.listdef.merge(s2.listdef)
                return SomeList(s1.listdef)
            if name == "mul" and isinstance(s2, SomeInteger):
                return SomeList(s1.listdef)
        if isinstance(s2, SomeList) and name == "mul" and isinstance(s1, SomeInteger):
            return SomeList(s2.listdef)
        if isinstance(s1, SomeTuple) and isinstance(s2, SomeTuple) and name == "add":
            return SomeTuple(list(s1.items) + list(s2.items))
        if isinstance(s1, SomeAddress) and isinstance(s2, SomeInteger) and name in ("add", "sub"):
            return SomeAddress()
        if isinstance(s1, SomeAddress) and isinstance(s2, SomeAddress) and name == "sub":
            return SomeInteger()
        raise hop.error(f"unsupported operand types for {_SYMBOL[name]}: {s1.describe()} and {s2.describe()}")

    def inplace(self, hop: AnnOp, name: str, s1: SomeObject, s2: SomeObject) -> SomeObject:
        if isinstance(s1, SomeList) and name == "add":
            # `lst += other` extends the list in place
            if not isinstance(s2, SomeList):
                raise hop.error(f"a list can only be extended by a list, not {s2.describe()}")
            s1.listdef.resize()
            s1.listdef.generalize(s2.listdef.read_item(), hop.origin("an item added with +="))
            return s1
        if isinstance(s1, SomeList) and name == "mul":
            s1.listdef.resize()
            return s1
        return self.arith(hop, name, s1, s2)

    def ovf(self, hop: AnnOp, name: str, *args_s: SomeObject) -> SomeObject:
        for s in args_s:
            if not isinstance(s, SomeInteger) or s.unsigned:
                raise hop.error(f"ovfcheck() works on signed ints, not {s.describe()}")
        return SomeInteger()

    def op_neg(self, hop: AnnOp, s: SomeObject) -> SomeObject:
        if isinstance(s, SomeInteger):
            return SomeInteger(unsigned=s.unsigned)
        if isinstance(s, SomeFloat):
            return SomeFloat()
        raise hop.error(f"unary '-' is not defined on {s.describe()}")

    def op_pos(self, hop: AnnOp, s: SomeObject) -> SomeObject:
        if isinstance(s, SomeInteger | SomeFloat):
            return s.copy() if not s.is_constant() else s
        raise hop.error(f"unary '+' is not defined on {s.describe()}")

    def op_invert(self, hop: AnnOp, s: SomeObject) -> SomeObject:
        if isinstance(s, SomeInteger):
            return SomeInteger(unsigned=s.unsigned)
        raise hop.error(f"'~' is not defined on {s.describe()}")

    def op_hash(self, hop: AnnOp, s: SomeObject) -> SomeObject:
        return SomeInteger()

    # ---- truth and comparisons -------------------------------------------------------------------

    def op_bool(self, hop: AnnOp, s: SomeObject) -> SomeObject:
        arg = hop.op.args[0]
        if isinstance(arg, Variable) and arg in self.annotator.knowntypedata and hop.op.opname == "bool":
            self.annotator.knowntypedata[hop.op.result] = self.annotator.knowntypedata[arg]
        if s.is_constant():
            try:
                return const(SomeBool(), bool(s.const))
            except Exception:
                pass
        if isinstance(s, SomeTuple):
            return const(SomeBool(), bool(s.items))
        if isinstance(s, SomeInstance | SomePBC) and s.can_be_None:
            arg = hop.op.args[0]
            if isinstance(arg, Variable):
                hop.set_knowntypes(true={arg: s.nonnoneify()})
        if isinstance(s, SomeInstance | SomePBC) and not s.can_be_None:
            return const(SomeBool(), True)
        if isinstance(s, SomeNone):
            return const(SomeBool(), False)
        if isinstance(s, (SomeString, SomeBytes, SomeList, SomeDict)) and s.can_be_None:
            arg = hop.op.args[0]
            if isinstance(arg, Variable):
                hop.set_knowntypes(true={arg: s.nonnoneify()})
        if isinstance(s, SomeTypeOf | SomeBuiltin | SomeIterator):
            return const(SomeBool(), True)
        return SomeBool()

    def op_not_(self, hop: AnnOp, s: SomeObject) -> SomeObject:
        result = self.op_bool(hop, s)
        known = self.annotator.knowntypedata.get(hop.op.args[0]) if isinstance(hop.op.args[0], Variable) \
            else None
        if known:
            hop.set_knowntypes(true=known.get(False), false=known.get(True))
        if result.is_constant():
            return const(SomeBool(), not result.const)
        return SomeBool()

    def compare(self, hop: AnnOp, name: str, s1: SomeObject, s2: SomeObject) -> SomeObject:
        if s1.is_constant() and s2.is_constant() and _simple_const(s1.const) and _simple_const(s2.const):
            import operator
            return const(SomeBool(), getattr(operator, name)(s1.const, s2.const))
        numeric = (SomeInteger, SomeFloat)
        if isinstance(s1, numeric) and isinstance(s2, numeric):
            if isinstance(s1, SomeInteger) and isinstance(s2, SomeInteger) and s1.unsigned != s2.unsigned:
                if not (s1.is_constant() or s2.is_constant()):
                    raise hop.error("comparing r_uint with int is ambiguous; convert one side first")
            return SomeBool()
        if name in ("eq", "ne"):
            if isinstance(s1, SomeNone) or isinstance(s2, SomeNone):
                return self.op_is_(hop, s1, s2, negate=name == "ne")
            if type(s1) is type(s2) or isinstance(s1, SomeInstance | SomePBC) and isinstance(
                    s2, SomeInstance | SomePBC):
                if isinstance(s1, SomeList):
                    # compared lists get one item type (an empty literal takes the other's)
                    s1.listdef.merge(s2.listdef)  # type: ignore[attr-defined]
                return SomeBool()
            if isinstance(s1, SomeTypeOf) or isinstance(s2, SomeTypeOf):
                return SomeBool()
            if isinstance(s1, SomeLLPrimitive) and isinstance(s2, SomeLLPrimitive):
                return SomeBool()
            raise hop.error(f"comparing {s1.describe()} with {s2.describe()} with '{_SYMBOL[name]}'",
                            hint="RPython compares values of the same type only")
        orderable = (SomeString, SomeBytes, SomeTuple, SomeLLPrimitive, SomeAddress)
        if type(s1) is type(s2) and isinstance(s1, orderable):
            for i, s in enumerate((s1, s2)):
                if s.can_be_None:
                    raise hop.none_error(i, f"'{_SYMBOL[name]}'")
            return SomeBool()
        if isinstance(s1, SomeList) and isinstance(s2, SomeList):
            return SomeBool()
        raise hop.error(f"'{_SYMBOL[name]}' between {s1.describe()} and {s2.describe()} is not supported")

    def op_is_(self, hop: AnnOp, s1: SomeObject, s2: SomeObject, negate: bool = False) -> SomeObject:
        result: SomeObject = SomeBool()
        if s1.is_constant() and s2.is_constant() and (s1.const is None or s2.const is None):
            result = const(SomeBool(), (s1.const is s2.const) != negate)
        for mine, other, arg in ((s1, s2, hop.op.args[0]), (s2, s1, hop.op.args[1])):
            if isinstance(other, SomeNone) and isinstance(arg, Variable):
                if isinstance(mine, SomeNone):
                    result = const(SomeBool(), not negate)
                elif not mine.can_be_None:
                    result = const(SomeBool(), negate)
                else:
                    narrowed = {arg: s_None}
                    other_side = {arg: mine.nonnoneify()}
                    if negate:
                        hop.set_knowntypes(true=other_side, false=narrowed)
                    else:
                        hop.set_knowntypes(true=narrowed, false=other_side)
        return result

    def op_contains(self, hop: AnnOp, s_container: SomeObject, s_item: SomeObject) -> SomeObject:
        if s_container.can_be_None and not s_container.is_constant():
            raise hop.none_error(0, "'in'")
        if isinstance(s_container, SomeList):
            union(s_container.listdef.read_item(), s_item)
            return SomeBool()
        if isinstance(s_container, SomeDict):
            s_container.dictdef.generalize_key(s_item, hop.origin("a key looked up with 'in'"))
            return SomeBool()
        if isinstance(s_container, SomeString | SomeBytes):
            if type(s_item) is type(s_container) or (isinstance(s_container, SomeBytes)
                                                     and isinstance(s_item, SomeInteger)):
                return SomeBool()
        if isinstance(s_container, SomeTuple):
            return SomeBool()
        if isinstance(s_container, SomeRange) and isinstance(s_item, SomeInteger):
            return SomeBool()
        view = self.builtins.dict_view_of(s_container)
        if view is not None:
            return SomeBool()
        raise hop.error(f"'in' is not supported between {s_item.describe()} and {s_container.describe()}")

    def op_exc_match(self, hop: AnnOp, s_value: SomeObject, s_cls: SomeObject) -> SomeObject:
        classes = s_cls.const if isinstance(s_cls.const, tuple) else (s_cls.const,)
        arg = hop.op.args[0]
        if isinstance(s_value, SomeInstance) and s_value.classdef is not None:
            matching = [self.annotator.bookkeeper.getclassdef(c) for c in classes]
            if any(s_value.classdef.issubclass(m) for m in matching):
                return const(SomeBool(), True)
            narrowed = [m for m in matching if m.issubclass(s_value.classdef)]
            if not narrowed:
                return const(SomeBool(), False)
            if isinstance(arg, Variable):
                s_narrow = unionof(*[SomeInstance(m) for m in narrowed])
                hop.set_knowntypes(true={arg: s_narrow})
        return SomeBool()

    # ---- types -----------------------------------------------------------------------------------

    def op_type(self, hop: AnnOp, s: SomeObject) -> SomeObject:
        if isinstance(s, SomeInstance):
            if s.can_be_None:
                raise hop.none_error(0, "type()")
            return SomeTypeOf(s)
        if s.is_constant() and not isinstance(s, SomePBC):
            return self.annotator.bookkeeper.immutablevalue(type(s.const))
        kind = getattr(s, "knowntype", None)
        if isinstance(kind, type) and kind.__module__ == "builtins":
            return SomeBuiltin(kind.__name__, pyobj=kind)
        raise hop.error(f"type() of {s.describe()} is not supported")

    def op_unpack_check(self, hop: AnnOp, s_seq: SomeObject, s_count: SomeObject) -> SomeObject:
        if isinstance(s_seq, SomeTuple):
            if len(s_seq.items) != s_count.const:
                raise hop.error(f"cannot unpack a tuple of {len(s_seq.items)} items into {s_count.const} names")
            return s_None
        if isinstance(s_seq, SomeList | SomeString | SomeBytes):
            if s_seq.can_be_None:
                raise hop.none_error(0, "unpacking")
            return s_None
        raise hop.error(f"cannot unpack {s_seq.describe()}")

    # ---- attributes ------------------------------------------------------------------------------

    def op_getattr(self, hop: AnnOp, s_obj: SomeObject, s_name: SomeObject) -> SomeObject:
        name = s_name.const
        if isinstance(s_obj, SomeInstance):
            # an instance that may be None: allowed (RPython style); the translated code checks for
            # None and raises AttributeError like Python
            classdef = s_obj.classdef
            assert classdef is not None
            attr = classdef.read_attribute(name, (hop.loc, hop.graph.name))
            s_value = attr.s_value
            if isinstance(s_value, SomePBC) and s_value.kind == "method":
                missing = [c for c in classdef.classes_missing_method(name) if attr.readonly]
                if missing:
                    have = sorted({d.originclassdef.name for d in s_value.descs})
                    raise hop.error(f"method '{name}' is not defined for instances of "
                                    f"{', '.join(sorted(c.name for c in missing))}, which can reach here "
                                    f"(only {', '.join(have)} define it)",
                                    hint=f"define {name}() in {classdef.name} (it may raise "
                                         "NotImplementedError), or narrow the type with isinstance()")
                return classdef.bind_methods(s_value, name)
            if s_value is s_Impossible and classdef.lookup_class_value(name)[0] is None:
                if name == EXC_MESSAGE and issubclass(classdef.cls, BaseException):
                    return SomeString()
            return s_value
        if isinstance(s_obj, SomeModule):
            if not hasattr(s_obj.const, name):
                raise hop.error(f"module {s_obj.const.__name__} has no attribute '{name}'")
            return self.annotator.bookkeeper.immutablevalue(getattr(s_obj.const, name))
        if isinstance(s_obj, SomePBC):
            return self.pbc_getattr(hop, s_obj, name)
        if isinstance(s_obj, SomeTypeOf) and name == "__name__":
            return SomeString()
        if isinstance(s_obj, SomePtr):
            return self.builtins.ll.getattr(hop, s_obj, name)
        method = self.builtins.bound_method(hop, s_obj, name)
        if method is not None:
            return method
        raise hop.error(f"{s_obj.describe()} has no attribute '{name}' in RPython")

    def pbc_getattr(self, hop: AnnOp, s_obj: SomePBC, name: str) -> SomeObject:
        results = []
        for desc in s_obj.descs:
            if desc.kind == "class":
                value = getattr(desc.pyobj, name, _MISSING)
                if value is _MISSING:
                    raise hop.error(f"class {desc.pyobj.__name__} has no attribute '{name}'")
                if isinstance(value, types.FunctionType):
                    results.append(self.annotator.bookkeeper.immutablevalue(value))
                else:
                    results.append(self.annotator.bookkeeper.immutablevalue(value))
            elif desc.kind == "frozen":
                value = getattr(desc.pyobj, name, _MISSING)
                if value is _MISSING:
                    raise hop.error(f"{desc.describe()} has no attribute '{name}'")
                results.append(self.annotator.bookkeeper.immutablevalue(value))
            elif desc.kind == "function" and name == "__name__":
                results.append(SomeString())
            else:
                raise hop.error(f"{desc.describe()} has no attribute '{name}' in RPython")
        try:
            return unionof(*results)
        except UnionError as exc:
            raise hop.error(f"attribute '{name}' has different types on {s_obj.describe()}: {exc}") from None

    def op_setattr(self, hop: AnnOp, s_obj: SomeObject, s_name: SomeObject, s_value: SomeObject) -> SomeObject:
        name = s_name.const
        if isinstance(s_obj, SomeInstance):
            assert s_obj.classdef is not None
            origin = hop.arg_origin(2) or hop.origin()
            origin = Origin(hop.loc, f"assigned to .{name}", origin)
            s_obj.classdef.write_attribute(name, s_value, origin)
            return s_None
        if isinstance(s_obj, SomePtr):
            return self.builtins.ll.setattr(hop, s_obj, name, s_value)
        raise hop.error(f"cannot set attribute '{name}' on {s_obj.describe()}",
                        hint="only instances of your own classes have settable attributes")

    # ---- containers ------------------------------------------------------------------------------

    def op_newlist(self, hop: AnnOp, *items_s: SomeObject) -> SomeObject:
        return SomeList(hop.listdef(unionof(*items_s) if items_s else s_Impossible))

    def op_newdict(self, hop: AnnOp, *items_s: SomeObject) -> SomeObject:
        dd = hop.dictdef()
        for i in range(0, len(items_s), 2):
            dd.generalize_key(items_s[i], hop.origin("a key of a dict display"))
            dd.generalize_value(items_s[i + 1], hop.origin("a value of a dict display"))
        return SomeDict(dd)

    def op_newtuple(self, hop: AnnOp, *items_s: SomeObject) -> SomeObject:
        return SomeTuple(list(items_s))

    def op_getitem(self, hop: AnnOp, s_obj: SomeObject, s_index: SomeObject) -> SomeObject:
        if s_obj.can_be_None:
            raise hop.none_error(0, "indexing")
        if isinstance(s_obj, SomeList):
            self._check_index(hop, s_index)
            return s_obj.listdef.read_item()
        if isinstance(s_obj, SomeString):
            self._check_index(hop, s_index)
            return SomeString()
        if isinstance(s_obj, SomeBytes):
            self._check_index(hop, s_index)
            return SomeInteger(nonneg=True)
        if isinstance(s_obj, SomeDict):
            s_obj.dictdef.generalize_key(s_index, hop.origin("a key used for lookup"))
            return s_obj.dictdef.read_value()
        if isinstance(s_obj, SomeTuple):
            if s_index.is_constant():
                try:
                    return s_obj.items[s_index.const]
                except (IndexError, TypeError):
                    raise hop.error(f"tuple index {s_index.const!r} out of range") from None
            try:
                return unionof(*s_obj.items)
            except UnionError:
                raise hop.error("indexing a tuple whose items have different types needs a constant index") \
                    from None
        if isinstance(s_obj, SomePtr | SomeInteriorPtr):
            return self.builtins.ll.getitem(hop, s_obj, s_index)
        raise hop.error(f"{s_obj.describe()} cannot be indexed")

    def _check_index(self, hop: AnnOp, s_index: SomeObject) -> None:
        if not isinstance(s_index, SomeInteger):
            raise hop.error(f"indices must be ints, not {s_index.describe()}")

    def op_setitem(self, hop: AnnOp, s_obj: SomeObject, s_index: SomeObject, s_value: SomeObject) -> SomeObject:
        if s_obj.can_be_None:
            raise hop.none_error(0, "item assignment")
        if isinstance(s_obj, SomeList):
            self._check_index(hop, s_index)
            s_obj.listdef.mutate()
            s_obj.listdef.generalize(s_value, Origin(hop.loc, "stored in a list", hop.arg_origin(2)))
            return s_None
        if isinstance(s_obj, SomeDict):
            origin = Origin(hop.loc, "stored in a dict", hop.arg_origin(2))
            s_obj.dictdef.generalize_key(s_index, Origin(hop.loc, "a key stored in a dict", hop.arg_origin(1)))
            s_obj.dictdef.generalize_value(s_value, origin)
            return s_None
        if isinstance(s_obj, SomePtr | SomeInteriorPtr):
            return self.builtins.ll.setitem(hop, s_obj, s_index, s_value)
        raise hop.error(f"{s_obj.describe()} does not support item assignment")

    def op_delitem(self, hop: AnnOp, s_obj: SomeObject, s_index: SomeObject) -> SomeObject:
        if isinstance(s_obj, SomeList):
            self._check_index(hop, s_index)
            s_obj.listdef.resize()
            return s_None
        if isinstance(s_obj, SomeDict):
            s_obj.dictdef.generalize_key(s_index, hop.origin("a deleted key"))
            return s_None
        raise hop.error(f"{s_obj.describe()} does not support item deletion")

    def _check_slice(self, hop: AnnOp, *bounds: SomeObject) -> None:
        for s in bounds:
            if not isinstance(s, SomeInteger | SomeNone):
                raise hop.error(f"slice bounds must be ints or None, not {s.describe()}")

    def op_getslice(self, hop: AnnOp, s_obj: SomeObject, s_start: SomeObject, s_stop: SomeObject,
                    s_step: SomeObject) -> SomeObject:
        self._check_slice(hop, s_start, s_stop, s_step)
        if s_obj.can_be_None:
            raise hop.none_error(0, "slicing")
        if isinstance(s_obj, SomeString | SomeBytes):
            return type(s_obj)()
        if isinstance(s_obj, SomeList):
            return SomeList(hop.listdef(s_obj.listdef.read_item()))
        if isinstance(s_obj, SomeTuple):
            if all(s.is_constant() for s in (s_start, s_stop, s_step)):
                return SomeTuple(list(s_obj.items[s_start.const:s_stop.const:s_step.const]))
            raise hop.error("slicing a tuple needs constant bounds")
        raise hop.error(f"{s_obj.describe()} cannot be sliced")

    def op_setslice(self, hop: AnnOp, s_obj: SomeObject, s_start: SomeObject, s_stop: SomeObject,
                    s_step: SomeObject, s_value: SomeObject) -> SomeObject:
        self._check_slice(hop, s_start, s_stop, s_step)
        if isinstance(s_obj, SomeList) and isinstance(s_value, SomeList):
            if not isinstance(s_step, SomeNone):
                raise hop.error("assignment to an extended slice (with a step) is not supported")
            s_obj.listdef.resize()
            s_obj.listdef.generalize(s_value.listdef.read_item(), hop.origin("items assigned to a slice"))
            return s_None
        raise hop.error(f"slice assignment of {s_value.describe()} to {s_obj.describe()} is not supported")

    def op_delslice(self, hop: AnnOp, s_obj: SomeObject, s_start: SomeObject, s_stop: SomeObject,
                    s_step: SomeObject) -> SomeObject:
        self._check_slice(hop, s_start, s_stop, s_step)
        if isinstance(s_obj, SomeList):
            if not isinstance(s_step, SomeNone):
                raise hop.error("deleting an extended slice (with a step) is not supported")
            s_obj.listdef.resize()
            return s_None
        raise hop.error(f"{s_obj.describe()} does not support slice deletion")

    # ---- iteration -------------------------------------------------------------------------------

    def op_iter(self, hop: AnnOp, s_obj: SomeObject) -> SomeObject:
        if s_obj.can_be_None:
            raise hop.none_error(0, "iteration")
        if isinstance(s_obj, SomeList | SomeString | SomeBytes | SomeRange):
            return SomeIterator(s_obj)
        if isinstance(s_obj, SomeDict):
            return SomeIterator(s_obj, "keys")
        if isinstance(s_obj, SomeTuple):
            try:
                unionof(*s_obj.items)
            except UnionError:
                raise hop.error("iterating over a tuple whose items have different types",
                                hint="use an unrolling_iterable to unroll the loop") from None
            return SomeIterator(s_obj)
        if isinstance(s_obj, SomeIterator):
            return s_obj
        view = self.builtins.dict_view_of(s_obj)
        if view is not None:
            return view
        raise hop.error(f"{s_obj.describe()} is not iterable in RPython")

    def op_next(self, hop: AnnOp, s_it: SomeObject) -> SomeObject:
        if not isinstance(s_it, SomeIterator):
            if isinstance(s_it, SomeInstance):
                return self.builtins.call_method(hop, s_it, "__next__", CallArgs([]))
            raise hop.error(f"next() of {s_it.describe()}")
        return self.iterator_item(hop, s_it)

    def iterator_item(self, hop: AnnOp, s_it: SomeIterator) -> SomeObject:
        s_c = s_it.s_container
        variant = s_it.variant
        if variant == "enumerate":
            return SomeTuple([SomeInteger(nonneg=True), self.iterator_item(hop, s_c)])  # type: ignore[arg-type]
        if variant == "zip":
            return SomeTuple([self.iterator_item(hop, s) for s in s_it.extra])  # type: ignore[arg-type]
        if variant == "reversed":
            return self.iterator_item(hop, s_c)  # type: ignore[arg-type]
        if isinstance(s_c, SomeIterator):
            return self.iterator_item(hop, s_c)
        if isinstance(s_c, SomeList):
            return s_c.listdef.read_item()
        if isinstance(s_c, SomeString):
            return SomeString()
        if isinstance(s_c, SomeBytes):
            return SomeInteger(nonneg=True)
        if isinstance(s_c, SomeRange):
            return SomeInteger(nonneg=getattr(s_c, "nonneg", False))
        if isinstance(s_c, SomeTuple):
            return unionof(*s_c.items)
        if isinstance(s_c, SomeDict):
            if variant == "keys":
                return s_c.dictdef.read_key()
            if variant == "values":
                return s_c.dictdef.read_value()
            if variant == "items":
                return SomeTuple([s_c.dictdef.read_key(), s_c.dictdef.read_value()])
        raise hop.error(f"cannot iterate over {s_c.describe()}")

    # ---- calls -----------------------------------------------------------------------------------

    def op_simple_call(self, hop: AnnOp, s_callee: SomeObject, *args_s: SomeObject) -> SomeObject:
        return self.call(hop, s_callee, CallArgs(list(args_s)))

    def op_call_args(self, hop: AnnOp, s_callee: SomeObject, s_shape: SomeObject, *args_s: SomeObject) -> SomeObject:
        shape: CallShape = s_shape.const
        positional = list(args_s[:shape.positional])
        keywords = dict(zip(shape.keywords, args_s[shape.positional:shape.positional + len(shape.keywords)],
                            strict=True))
        s_star = args_s[-1] if shape.has_star else None
        return self.call(hop, s_callee, CallArgs(positional, keywords, s_star))

    def call(self, hop: AnnOp, s_callee: SomeObject, args: CallArgs) -> SomeObject:
        if isinstance(s_callee, SomePBC):
            if s_callee.can_be_None:
                raise hop.none_error(0, "a call")
            origin = Origin(hop.loc, f"a call in {hop.graph.name}()", None)
            bk = self.annotator.bookkeeper
            result = bk.call_pbc(s_callee, args, origin)
            if bk.call_sites:
                self.annotator.call_results[hop.op.result] = list(bk.call_sites[-1][1])
            return result
        if isinstance(s_callee, SomeBuiltin):
            return self.builtins.call(hop, s_callee, args)
        if isinstance(s_callee, SomeInstance):
            if s_callee.classdef is not None and s_callee.classdef.lookup_class_value("__call__")[0]:
                return self.builtins.call_method(hop, s_callee, "__call__", args)
        if isinstance(s_callee, SomeLLType):
            return self.builtins.ll.call_lltype(hop, s_callee, args)
        raise hop.error(f"{s_callee.describe()} is not callable", hint=_callable_hint(s_callee))

    # ---- strings ---------------------------------------------------------------------------------

    def op_format_value(self, hop: AnnOp, s_value: SomeObject, s_conv: SomeObject, s_spec: SomeObject) -> SomeObject:
        self.builtins.check_formattable(hop, s_value, s_conv.const, s_spec.const)
        return SomeString()

    def op_build_string(self, hop: AnnOp, *parts_s: SomeObject) -> SomeObject:
        for s in parts_s:
            if not isinstance(s, SomeString):
                raise hop.error(f"f-string part is {s.describe()}")
        return SomeString()


class _Missing:
    pass


_MISSING = _Missing()


def _simple_const(value: Any) -> bool:
    return isinstance(value, int | float | str | bytes | bool | type(None))


def _callable_hint(s: SomeObject) -> str | None:
    if isinstance(s, SomeNone):
        return "the value is always None here"
    return None


_SYMBOL = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%", "pow": "**",
           "lshift": "<<", "rshift": ">>", "and_": "&", "or_": "|", "xor": "^", "lt": "<", "le": "<=",
           "eq": "==", "ne": "!=", "gt": ">", "ge": ">="}

__all__ = ["OperationRules", "AnnOp", "s_Bool", "Constant"]
