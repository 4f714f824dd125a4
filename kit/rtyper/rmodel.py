"""The rtyper's building blocks: Repr (how one kind of annotated value is represented in memory),
HighLevelOp (one flow operation being lowered) and LowLevelOpList (the operations it becomes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kit.flow.model import Constant, SpaceOperation, Variable
from kit.rtyper import lltype
from kit.rtyper.lloperation import LL_OPERATIONS

if TYPE_CHECKING:
    from kit.annotator.model import SomeObject
    from kit.rtyper.rtyper import RPythonTyper


class TyperError(Exception):
    """An operation has no low-level implementation for these representations (a kit limitation
    or an annotator/rtyper disagreement); reported with the source location."""


class Repr:
    """How values of one annotation are represented: `lowleveltype` plus the operations on them.

    Subclasses implement `rtype_<opname>(hop)` methods for the flow operations whose first argument
    has this representation, and `convert_const(value)` for prebuilt constants.
    """

    lowleveltype: lltype.LowLevelType = lltype.Void

    def __init__(self, rtyper: RPythonTyper) -> None:
        self.rtyper = rtyper

    def setup(self) -> None:
        """Called once after creation, when the repr can look at other reprs (may recurse)."""

    def convert_const(self, value: Any) -> Any:
        raise TyperError(f"{type(self).__name__} cannot convert the constant {value!r}")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.lowleveltype!r}>"

    # truth value, by default: everything non-null is true
    def rtype_bool(self, hop: HighLevelOp) -> Variable | Constant:
        raise TyperError(f"bool() of {self}")

    def get_ll_eq_function(self) -> Any:
        return None

    def get_ll_hash_function(self) -> Any:
        return None


class VoidRepr(Repr):
    lowleveltype = lltype.Void

    def convert_const(self, value: Any) -> Any:
        return value


def inputconst(T: lltype.LowLevelType | Repr, value: Any) -> Constant:
    """A typed constant for a low-level graph."""
    if isinstance(T, Repr):
        value = T.convert_const(value)
        T = T.lowleveltype
    c = Constant(value)
    c.concretetype = T
    return c


class LowLevelOpList(list):
    """The low-level operations that replace one high-level operation."""

    def __init__(self, rtyper: RPythonTyper, loc: Any = None) -> None:
        super().__init__()
        self.rtyper = rtyper
        self.loc = loc
        # index of the operation that may raise into the block's exception exits
        self.raising_index: int | None = None
        # set once the lowering said where (or that not) its exception is raised
        self.exception_handled = False

    def genop(self, opname: str, args: list[Variable | Constant], resulttype: Any = lltype.Void) -> Variable:
        if opname not in LL_OPERATIONS:
            raise TyperError(f"unknown low-level operation {opname}")
        if isinstance(resulttype, Repr):
            resulttype = resulttype.lowleveltype
        for a in args:
            if a.concretetype is None:
                raise TyperError(f"{opname}: argument {a!r} has no low-level type")
        v = Variable("v")
        v.concretetype = resulttype
        self.append(SpaceOperation(opname, list(args), v, self.loc))
        return v

    def convertvar(self, v: Variable | Constant, r_from: Repr, r_to: Repr) -> Variable | Constant:
        return self.rtyper.convert(v, r_from, r_to, self)

    def gendirectcall(self, ll_function: Any, *args_v: Variable | Constant) -> Variable:
        return self.rtyper.gendirectcall(ll_function, list(args_v), self)


class HighLevelOp:
    """One flow operation being lowered: its annotations, reprs, and the output list."""

    def __init__(self, rtyper: RPythonTyper, spaceop: SpaceOperation, llops: LowLevelOpList,
                 exceptionlinks: bool) -> None:
        self.rtyper = rtyper
        self.spaceop = spaceop
        self.opname = spaceop.opname
        self.args_v = list(spaceop.args)
        self.args_s: list[SomeObject] = [rtyper.binding(a) for a in spaceop.args]
        self.s_result = rtyper.binding(spaceop.result)
        self.args_r: list[Repr] = [rtyper.getrepr(s) for s in self.args_s]
        self.r_result = rtyper.getrepr(self.s_result)
        self.llops = llops
        self.nb_args = len(self.args_v)
        # True when the block ends in exception exits after this operation
        self.has_exception_links = exceptionlinks
        # for builtins called with keywords: name -> argument index (see split_call_args)
        self.keywords: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"<hop {self.spaceop!r}>"

    @property
    def loc(self) -> Any:
        return self.spaceop.loc

    def inputarg(self, converted_to: Repr | lltype.LowLevelType, arg: int) -> Variable | Constant:
        """Argument `arg`, converted to the given repr (or low-level type)."""
        v = self.args_v[arg]
        s = self.args_s[arg]
        if isinstance(converted_to, lltype.LowLevelType):
            converted_to = self.rtyper.primitive_repr(converted_to)
        if isinstance(v, Constant):
            if s.is_constant() and not isinstance(converted_to, VoidRepr):
                return inputconst(converted_to, v.value)
            return inputconst(converted_to, v.value)
        r_from = self.args_r[arg]
        return self.llops.convertvar(v, r_from, converted_to)

    def inputargs(self, *converted_to: Repr | lltype.LowLevelType) -> list[Variable | Constant]:
        assert len(converted_to) == self.nb_args, f"{self}: {len(converted_to)} reprs for {self.nb_args} args"
        return [self.inputarg(r, i) for i, r in enumerate(converted_to)]

    def inputconst(self, T: Repr | lltype.LowLevelType, value: Any) -> Constant:
        return inputconst(T, value)

    def genop(self, opname: str, args: list[Variable | Constant], resulttype: Any = lltype.Void) -> Variable:
        return self.llops.genop(opname, args, resulttype)

    def gendirectcall(self, ll_function: Any, *args_v: Variable | Constant) -> Variable:
        return self.llops.gendirectcall(ll_function, *args_v)

    def exception_is_here(self) -> None:
        """The next emitted operation is the one that may raise into the block's exception exits."""
        if self.has_exception_links:
            self.llops.raising_index = len(self.llops)
        self.llops.exception_handled = True

    def exception_cannot_occur(self) -> None:
        self.llops.exception_handled = True
        self.llops.raising_index = None

    def r_s_popfirstarg(self) -> tuple[Repr, SomeObject]:
        """Drop the first argument (the callee of a call) and return its repr and annotation."""
        r, s = self.args_r.pop(0), self.args_s.pop(0)
        self.args_v.pop(0)
        self.nb_args -= 1
        return r, s

    def split_call_args(self) -> None:
        """After the callee was popped from a call_args: drop the call shape, keep keyword indexes.
        The positional arguments come first (indexes 0..), then the keywords."""
        if self.opname != "call_args":
            return
        shape = self.args_s[0].const
        self.r_s_popfirstarg()
        if shape.has_star:
            raise TyperError("'*' arguments to builtin functions are not supported")
        self.keywords = {name: shape.positional + i for i, name in enumerate(shape.keywords)}
        self.nb_positional = shape.positional

    @property
    def nb_positional_args(self) -> int:
        return self.nb_args - len(self.keywords)

    def copy(self) -> HighLevelOp:
        new = object.__new__(HighLevelOp)
        new.__dict__.update(self.__dict__)
        new.args_v = list(self.args_v)
        new.args_s = list(self.args_s)
        new.args_r = list(self.args_r)
        return new

    def error(self, message: str) -> TyperError:
        return TyperError(message)
