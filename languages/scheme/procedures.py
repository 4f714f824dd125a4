"""Procedures: primitives, closures, case-lambda, parameters and record procedures.

`apply(m, args)` performs a call in tail position: it either leaves a value in the machine or
points the machine at the code to run next (see machine.py). Continuations live in machine.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kit.rlib.jit import promote, unroll_safe
from languages.scheme.environment import Env
from languages.scheme.objects import (
    NIL,
    UNASSIGNED,
    UNSPECIFIED,
    W_FALSE,
    W_TRUE,
    W_Object,
    W_Pair,
    W_Record,
    W_RecordType,
    list_from,
    scheme_error,
    type_error,
)

if TYPE_CHECKING:
    from languages.scheme.machine import Machine


def arity_error(name: str, minimum: int, maximum: int, got: int) -> Exception:
    if maximum < 0:
        expected = "at least %d" % minimum
    elif minimum == maximum:
        expected = "%d" % minimum
    else:
        expected = "%d to %d" % (minimum, maximum)
    plural = "" if expected == "1" else "s"
    return scheme_error("%s: expected %s argument%s, got %d" % (name, expected, plural, got), [])


class W_Procedure(W_Object):
    def apply(self, m: Machine, args: list[W_Object]) -> None:
        raise scheme_error("not a procedure", [self])

    def procedure_name(self) -> str:
        return ""

    def type_name(self) -> str:
        return "procedure"

    def external_repr(self) -> str:
        name = self.procedure_name()
        if name == "":
            return "#<procedure>"
        return "#<procedure " + name + ">"


def apply_procedure(m: Machine, proc: W_Object, args: list[W_Object]) -> None:
    if not isinstance(proc, W_Procedure):
        raise scheme_error("not a procedure:", [proc])
    proc.apply(m, args)


class W_Primitive(W_Procedure):
    """A procedure written in Python that never calls back into Scheme: func(m, args) -> value."""

    _immutable_fields_ = ["name", "func", "min_args", "max_args", "unary", "binary", "ternary"]

    def __init__(self, name: str, func: Any, min_args: int, max_args: int) -> None:
        self.name = name
        self.func = func
        self.min_args = min_args
        self.max_args = max_args
        # fast paths for 1, 2 or 3 arguments, func(m, a...) -> value: no argument list, no arity
        # check (prims_fast.py); None when the primitive has none for that arity
        self.unary: Any = None
        self.binary: Any = None
        self.ternary: Any = None

    def call(self, m: Machine, args: list[W_Object]) -> W_Object:
        # a constant in a trace (the guard on the function to call would specialise the trace
        # anyway): the arity check and the choice of the fast path fold
        prim = promote(self)
        n = len(args)
        if n == 2:
            # operands that needed the machine, (+ (f x) (g y)): the values are in a list already,
            # but the fast path still skips the general function's dispatch
            binary = prim.binary
            if binary is not None:
                return binary(m, args[0], args[1])
        if n < prim.min_args or (prim.max_args >= 0 and n > prim.max_args):
            raise arity_error(prim.name, prim.min_args, prim.max_args, n)
        return prim.func(m, args)

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        m.return_value(self.call(m, args))

    def procedure_name(self) -> str:
        return self.name


class W_ControlPrimitive(W_Procedure):
    """A procedure that manipulates the machine itself (apply, call/cc, dynamic-wind, raise...).

    control_func(m, args) -> None sets the machine's registers.
    """

    _immutable_fields_ = ["name", "control_func", "min_args", "max_args"]

    def __init__(self, name: str, func: Any, min_args: int, max_args: int) -> None:
        self.name = name
        self.control_func = func
        self.min_args = min_args
        self.max_args = max_args

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        n = len(args)
        if n < self.min_args or (self.max_args >= 0 and n > self.max_args):
            raise arity_error(self.name, self.min_args, self.max_args, n)
        self.control_func(m, args)

    def procedure_name(self) -> str:
        return self.name


class W_Closure(W_Procedure):
    """A lambda expression closed over its frame."""

    _immutable_fields_ = ["lam", "env"]

    def __init__(self, lam: Any, env: Env | None) -> None:
        self.lam = lam      # a nodes.Lambda
        self.env = env

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        # the lambda is known at each call site in a trace (its body is the next program point)
        lam = promote(self.lam)
        m.env = lam.bind_arguments(args, self.env)
        m.node = lam.body

    def accepts(self, n: int) -> bool:
        return self.lam.accepts(n)

    def procedure_name(self) -> str:
        return self.lam.name


class W_CaseLambda(W_Procedure):
    def __init__(self, clauses: list[W_Closure], name: str) -> None:
        self.clauses = clauses
        self.name = name

    @unroll_safe
    def apply(self, m: Machine, args: list[W_Object]) -> None:
        for clause in self.clauses:
            if clause.accepts(len(args)):
                clause.apply(m, args)
                return
        raise scheme_error("%s: no case-lambda clause accepts %d arguments"
                           % (self.name or "case-lambda", len(args)), [])

    def procedure_name(self) -> str:
        return self.name


class W_Parameter(W_Procedure):
    """A parameter object: its value is the innermost parameterize binding, else `value`."""

    def __init__(self, value: W_Object, converter: W_Object, name: str) -> None:
        self.default_value = value
        self.converter = converter     # #f or a procedure
        self.name = name

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        if len(args) != 0:
            raise arity_error(self.name or "parameter", 0, 0, len(args))
        m.return_value(m.parameter_value(self))

    def procedure_name(self) -> str:
        return self.name

    def type_name(self) -> str:
        return "parameter"


# ---- records ------------------------------------------------------------------------------------

class W_RecordConstructor(W_Procedure):
    def __init__(self, rtype: W_RecordType, field_indices: list[int], name: str) -> None:
        self.rtype = rtype
        self.field_indices = field_indices
        self.name = name

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        n = len(self.field_indices)
        if len(args) != n:
            raise arity_error(self.name, n, n, len(args))
        fields = [UNSPECIFIED] * len(self.rtype.field_names)
        for i in range(n):
            fields[self.field_indices[i]] = args[i]
        m.return_value(W_Record(self.rtype, fields))

    def procedure_name(self) -> str:
        return self.name


class W_RecordPredicate(W_Procedure):
    def __init__(self, rtype: W_RecordType, name: str) -> None:
        self.rtype = rtype
        self.name = name

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        if len(args) != 1:
            raise arity_error(self.name, 1, 1, len(args))
        arg = args[0]
        if isinstance(arg, W_Record) and arg.rtype is self.rtype:
            m.return_value(W_TRUE)
        else:
            m.return_value(W_FALSE)

    def procedure_name(self) -> str:
        return self.name


class W_RecordAccessor(W_Procedure):
    def __init__(self, rtype: W_RecordType, index: int, name: str) -> None:
        self.rtype = rtype
        self.index = index
        self.name = name

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        if len(args) != 1:
            raise arity_error(self.name, 1, 1, len(args))
        record = args[0]
        if not isinstance(record, W_Record):
            raise type_error(self.name, "a record of type " + self.rtype.name, record)
        if record.rtype is not self.rtype:
            raise type_error(self.name, "a record of type " + self.rtype.name, record)
        m.return_value(record.fields[self.index])

    def procedure_name(self) -> str:
        return self.name


class W_RecordModifier(W_Procedure):
    def __init__(self, rtype: W_RecordType, index: int, name: str) -> None:
        self.rtype = rtype
        self.index = index
        self.name = name

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        if len(args) != 2:
            raise arity_error(self.name, 2, 2, len(args))
        record = args[0]
        if not isinstance(record, W_Record):
            raise type_error(self.name, "a record of type " + self.rtype.name, record)
        if record.rtype is not self.rtype:
            raise type_error(self.name, "a record of type " + self.rtype.name, record)
        record.fields[self.index] = args[1]
        m.return_value(UNSPECIFIED)

    def procedure_name(self) -> str:
        return self.name


def rest_list(args: list[W_Object], start: int) -> W_Object:
    result: W_Object = NIL
    i = len(args) - 1
    while i >= start:
        result = W_Pair(args[i], result)
        i -= 1
    return result


def frame_values(size: int) -> list[W_Object]:
    return [UNASSIGNED] * size


def list_of(items: list[W_Object]) -> W_Object:
    return list_from(items)

