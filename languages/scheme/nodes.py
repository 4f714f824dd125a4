"""The AST the compiler produces and the CEK steps that evaluate it.

`execute(m)` performs one step: it leaves a value in the machine (m.value, node None) or points
the machine at the next node/env/cont. Subexpressions that cannot be evaluated on the spot push a
continuation frame (defined next to their node) instead of recursing in Python. `try_eval` gives
the value of trivial expressions (constants, variables, lambdas, calls of primitives on those)
directly, which keeps frames off the common paths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kit.rlib.jit import promote, unroll_safe
from languages.scheme.continuation import CAPTURES, Cont
from languages.scheme.environment import Env, GlobalCell
from languages.scheme.equality import eqv
from languages.scheme.objects import (
    NIL,
    UNASSIGNED,
    UNSPECIFIED,
    W_FALSE,
    SchemeError,
    SourcePos,
    W_ErrorObject,
    W_Object,
    W_Pair,
    scheme_error,
    values_list,
)
from languages.scheme.procedures import (
    W_CaseLambda,
    W_Closure,
    W_Primitive,
    apply_procedure,
    arity_error,
)

if TYPE_CHECKING:
    from languages.scheme.machine import Machine


class Node:
    _immutable_fields_ = ["pos", "trivial", "loop_header"]

    def __init__(self, pos: SourcePos | None) -> None:
        self.pos = pos
        # try_eval may compute the value: a constant, variable or lambda (no effects, no frames),
        # or a call that may turn out to be a primitive's (see App)
        self.trivial = False
        # the body of a lambda: the JIT looks for loops here (set once, by Lambda.set_body)
        self.loop_header = False

    def execute(self, m: Machine) -> None:
        value = self.try_eval(m, m.env)
        assert value is not None
        m.value = value

    def try_eval(self, m: Machine, env: Env | None) -> W_Object | None:
        """The value, when it can be computed without the machine; else None (nothing happened)."""
        return None

    def names_primitive(self) -> bool:
        """Whether this operator denotes a primitive when the call is compiled (a global bound to
        one, or a constant): App's guess of which calls are worth trying on the spot."""
        return False

    def operand_value(self, m: Machine, env: Env | None) -> W_Object:
        """The value of a trivial operand of a call that App.ready accepted."""
        value = self.try_eval(m, env)
        assert value is not None
        return value


# ---- constants and variables --------------------------------------------------------------------

class Const(Node):
    _immutable_fields_ = ["value"]

    def __init__(self, value: W_Object, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.trivial = True
        self.value = value

    def try_eval(self, m: Machine, env: Env | None) -> W_Object | None:
        return self.value

    def names_primitive(self) -> bool:
        return isinstance(self.value, W_Primitive)

    def operand_value(self, m: Machine, env: Env | None) -> W_Object:
        return self.value


@unroll_safe
def frame_at(env: Env | None, depth: int) -> Env:
    frame = env
    while depth > 0:
        assert frame is not None
        frame = frame.parent
        depth -= 1
    assert frame is not None
    return frame


def fresh_slots(n: int, filler: W_Object) -> list[W_Object]:
    """A new list of n slots holding `filler` (argument lists, frames). The usual sizes are list
    displays, which a trace allocates virtually; `[filler] * n` is a call the JIT cannot see into."""
    if n == 0:
        return []
    if n == 1:
        return [filler]
    if n == 2:
        return [filler, filler]
    if n == 3:
        return [filler, filler, filler]
    if n == 4:
        return [filler, filler, filler, filler]
    return [filler] * n


@unroll_safe
def copy_slots(values: list[W_Object], n: int) -> list[W_Object]:
    """A copy of the list `values` of length n (n constant in a trace: the loop unrolls)."""
    copy = fresh_slots(n, UNSPECIFIED)
    i = 0
    while i < n:
        copy[i] = values[i]
        i += 1
    return copy


class LocalRef(Node):
    _immutable_fields_ = ["depth", "index", "name", "checked"]

    def __init__(self, depth: int, index: int, name: str, checked: bool, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.trivial = True
        self.depth = depth
        self.index = index
        self.name = name
        self.checked = checked

    def try_eval(self, m: Machine, env: Env | None) -> W_Object | None:
        value = frame_at(env, self.depth).values[self.index]
        if self.checked and value is UNASSIGNED:
            raise scheme_error("variable used before its definition: " + self.name, [])
        return value

    def operand_value(self, m: Machine, env: Env | None) -> W_Object:
        value = self.try_eval(m, env)
        assert value is not None
        return value


class GlobalRef(Node):
    _immutable_fields_ = ["cell"]

    def __init__(self, cell: GlobalCell, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.trivial = True
        self.cell = cell

    def try_eval(self, m: Machine, env: Env | None) -> W_Object | None:
        value = self.cell.get()
        if value is None:
            raise scheme_error("unbound variable: " + self.cell.name.name, [])
        return value

    def names_primitive(self) -> bool:
        return isinstance(self.cell.get(), W_Primitive)

    def operand_value(self, m: Machine, env: Env | None) -> W_Object:
        value = self.try_eval(m, env)
        assert value is not None
        return value


# ---- assignment ---------------------------------------------------------------------------------

class Target:
    """Where set!, define, define-values store: a frame slot or a global cell."""

    def store(self, env: Env | None, value: W_Object) -> None:
        raise NotImplementedError


class LocalTarget(Target):
    _immutable_fields_ = ["depth", "index"]

    def __init__(self, depth: int, index: int) -> None:
        self.depth = depth
        self.index = index

    def store(self, env: Env | None, value: W_Object) -> None:
        frame_at(env, self.depth).values[self.index] = value


class GlobalTarget(Target):
    _immutable_fields_ = ["cell", "must_exist"]

    def __init__(self, cell: GlobalCell, must_exist: bool) -> None:
        self.cell = cell
        self.must_exist = must_exist

    def store(self, env: Env | None, value: W_Object) -> None:
        if self.must_exist and self.cell.get() is None:
            raise scheme_error("set!: unbound variable: " + self.cell.name.name, [])
        self.cell.set(value)


class Assign(Node):
    """set! and define (which differ only in the target's check)."""

    _immutable_fields_ = ["target", "expr"]

    def __init__(self, target: Target, expr: Node, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.target = target
        self.expr = expr

    def execute(self, m: Machine) -> None:
        env = m.env
        value = self.expr.try_eval(m, env)
        if value is None:
            m.cont = AssignCont(self, env, m.cont)
            m.node = self.expr
            return
        self.target.store(env, value)
        m.value = UNSPECIFIED


class AssignCont(Cont):
    _immutable_fields_ = ["node", "env"]

    def __init__(self, node: Assign, env: Env | None, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env

    def plug(self, m: Machine, value: W_Object) -> None:
        self.node.target.store(self.env, value)
        m.value = UNSPECIFIED

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


class DefineValues(Node):
    """(define-values formals expr) and the binding step of let-values."""

    _immutable_fields_ = ["targets[*]", "rest", "expr"]

    def __init__(self, targets: list[Target], rest: Target | None, expr: Node, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.targets = targets
        self.rest = rest
        self.expr = expr

    def execute(self, m: Machine) -> None:
        m.cont = DefineValuesCont(self, m.env, m.cont)
        m.node = self.expr

    @unroll_safe
    def distribute(self, env: Env | None, value: W_Object) -> None:
        items = values_list(value)
        n = len(self.targets)
        if len(items) < n or (self.rest is None and len(items) > n):
            raise scheme_error("define-values: expected %d values, got %d" % (n, len(items)), [])
        for i in range(n):
            self.targets[i].store(env, items[i])
        rest_target = self.rest
        if rest_target is not None:
            rest: W_Object = NIL
            i = len(items) - 1
            while i >= n:
                rest = W_Pair(items[i], rest)
                i -= 1
            rest_target.store(env, rest)


class DefineValuesCont(Cont):
    _immutable_fields_ = ["node", "env"]

    def __init__(self, node: DefineValues, env: Env | None, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env

    def plug(self, m: Machine, value: W_Object) -> None:
        self.node.distribute(self.env, value)
        m.value = UNSPECIFIED

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


# ---- control ------------------------------------------------------------------------------------

class If(Node):
    _immutable_fields_ = ["test", "then", "otherwise"]

    def __init__(self, test: Node, then: Node, otherwise: Node, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.test = test
        self.then = then
        self.otherwise = otherwise

    def execute(self, m: Machine) -> None:
        value = self.test.try_eval(m, m.env)
        if value is None:
            m.cont = IfCont(self, m.env, m.cont)
            m.node = self.test
        elif value is W_FALSE:
            m.node = self.otherwise
        else:
            m.node = self.then


class IfCont(Cont):
    _immutable_fields_ = ["node", "env"]

    def __init__(self, node: If, env: Env | None, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env

    def plug(self, m: Machine, value: W_Object) -> None:
        m.env = self.env
        if value is W_FALSE:
            m.node = self.node.otherwise
        else:
            m.node = self.node.then

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


class Seq(Node):
    _immutable_fields_ = ["body[*]"]

    def __init__(self, body: list[Node], pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.body = body

    def execute(self, m: Machine) -> None:
        self.run_from(m, m.env, 0)

    @unroll_safe
    def run_from(self, m: Machine, env: Env | None, start: int) -> None:
        last = len(self.body) - 1
        i = start
        while i < last:
            if self.body[i].try_eval(m, env) is None:
                m.cont = SeqCont(self, env, i + 1, m.cont)
                m.node = self.body[i]
                m.env = env
                return
            i += 1
        m.env = env
        m.node = self.body[last]


class SeqCont(Cont):
    _immutable_fields_ = ["node", "env", "next_index"]

    def __init__(self, node: Seq, env: Env | None, next_index: int, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env
        self.next_index = next_index

    def plug(self, m: Machine, value: W_Object) -> None:
        promote(self.node).run_from(m, self.env, self.next_index)

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


class Or(Node):
    _immutable_fields_ = ["exprs[*]"]

    def __init__(self, exprs: list[Node], pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.exprs = exprs

    def execute(self, m: Machine) -> None:
        self.run_from(m, m.env, 0)

    @unroll_safe
    def run_from(self, m: Machine, env: Env | None, start: int) -> None:
        last = len(self.exprs) - 1
        i = start
        while i < last:
            value = self.exprs[i].try_eval(m, env)
            if value is None:
                m.cont = OrCont(self, env, i + 1, m.cont)
                m.node = self.exprs[i]
                m.env = env
                return
            if value is not W_FALSE:
                m.value = value
                return
            i += 1
        m.env = env
        m.node = self.exprs[last]


class OrCont(Cont):
    _immutable_fields_ = ["node", "env", "next_index"]

    def __init__(self, node: Or, env: Env | None, next_index: int, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env
        self.next_index = next_index

    def plug(self, m: Machine, value: W_Object) -> None:
        if value is not W_FALSE:
            m.value = value
        else:
            promote(self.node).run_from(m, self.env, self.next_index)

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


class CondArrow(Node):
    """A cond clause (test => receiver) followed by the rest of the cond."""

    _immutable_fields_ = ["test", "receiver", "otherwise"]

    def __init__(self, test: Node, receiver: Node, otherwise: Node, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.test = test
        self.receiver = receiver
        self.otherwise = otherwise

    def execute(self, m: Machine) -> None:
        m.cont = CondArrowCont(self, m.env, m.cont)
        m.node = self.test


class CondArrowCont(Cont):
    _immutable_fields_ = ["node", "env"]

    def __init__(self, node: CondArrow, env: Env | None, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env

    def plug(self, m: Machine, value: W_Object) -> None:
        m.env = self.env
        if value is W_FALSE:
            m.node = self.node.otherwise
        else:
            call_with(m, self.node.receiver, self.env, value)

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


def call_with(m: Machine, receiver: Node, env: Env | None, value: W_Object) -> None:
    """Evaluate `receiver` and call it with `value` (the => of cond and case)."""
    proc = receiver.try_eval(m, env)
    if proc is None:
        m.cont = ApplyToValueCont(value, m.cont)
        m.node = receiver
        m.env = env
        return
    apply_procedure(m, proc, [value])


class ApplyToValueCont(Cont):
    _immutable_fields_ = ["value"]

    def __init__(self, value: W_Object, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.value = value

    def plug(self, m: Machine, value: W_Object) -> None:
        apply_procedure(m, value, [self.value])


class CaseClause:
    _immutable_fields_ = ["datums[*]", "body", "arrow"]

    def __init__(self, datums: list[W_Object], body: Node, arrow: bool) -> None:
        self.datums = datums
        self.body = body
        self.arrow = arrow


class Case(Node):
    _immutable_fields_ = ["key", "clauses[*]"]

    def __init__(self, key: Node, clauses: list[CaseClause], pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.key = key
        self.clauses = clauses      # an else clause has no datums and comes last

    def execute(self, m: Machine) -> None:
        value = self.key.try_eval(m, m.env)
        if value is None:
            m.cont = CaseCont(self, m.env, m.cont)
            m.node = self.key
            return
        self.dispatch(m, m.env, value)

    @unroll_safe
    def dispatch(self, m: Machine, env: Env | None, key: W_Object) -> None:
        m.env = env
        # (indexed loops: a trace knows the index of each step, so every read folds)
        c = 0
        while c < len(self.clauses):
            clause = self.clauses[c]
            c += 1
            matched = len(clause.datums) == 0
            d = 0
            while d < len(clause.datums):
                if eqv(clause.datums[d], key):
                    matched = True
                    break
                d += 1
            if matched:
                if clause.arrow:
                    call_with(m, clause.body, env, key)
                else:
                    m.node = clause.body
                return
        m.value = UNSPECIFIED


class CaseCont(Cont):
    _immutable_fields_ = ["node", "env"]

    def __init__(self, node: Case, env: Env | None, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env

    def plug(self, m: Machine, value: W_Object) -> None:
        self.node.dispatch(m, self.env, value)

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


# ---- procedures and calls -----------------------------------------------------------------------

class Lambda(Node):
    _immutable_fields_ = ["required", "has_rest", "frame_size", "body", "name"]

    def __init__(self, required: int, has_rest: bool, name: str, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.trivial = True
        self.required = required
        self.has_rest = has_rest
        self.frame_size = 0
        self.body: Node = Const(UNSPECIFIED, pos)
        self.name = name

    def set_body(self, body: Node) -> None:
        self.body = body
        body.loop_header = True

    def try_eval(self, m: Machine, env: Env | None) -> W_Object | None:
        return W_Closure(self, env)

    def accepts(self, n: int) -> bool:
        return n == self.required or (self.has_rest and n > self.required)

    @unroll_safe
    def bind_arguments(self, args: list[W_Object], parent: Env | None) -> Env:
        n = len(args)
        required = self.required
        if n != required and not (self.has_rest and n > required):
            raise arity_error(self.name or "anonymous procedure", required,
                              -1 if self.has_rest else required, n)
        if n == self.frame_size and not self.has_rest:
            # every caller passes a fresh list, so it becomes the frame itself
            return Env(args, parent)
        # room for the rest list and internal definitions too (the loops run over constants of
        # the lambda, which is known in a trace)
        values = fresh_slots(self.frame_size, UNASSIGNED)
        i = 0
        while i < required:
            values[i] = args[i]
            i += 1
        if self.has_rest:
            rest: W_Object = NIL
            i = n - 1
            while i >= required:
                rest = W_Pair(args[i], rest)
                i -= 1
            values[required] = rest
        return Env(values, parent)


class CaseLambda(Node):
    _immutable_fields_ = ["lambdas[*]", "name"]

    def __init__(self, lambdas: list[Lambda], name: str, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.trivial = True
        self.lambdas = lambdas
        self.name = name

    def try_eval(self, m: Machine, env: Env | None) -> W_Object | None:
        closures = [W_Closure(lam, env) for lam in self.lambdas]
        return W_CaseLambda(closures, self.name)


class App(Node):
    """A procedure call. Arguments are evaluated left to right.

    A call whose operator names a primitive when it is compiled and whose operands are trivial
    (nested calls of that kind included) is trivial itself: when every operator in the nest is a
    primitive at run time (it is, unless the program rebinds it), try_eval computes it on the spot,
    without frames or trips through the machine. It looks at all those operators first (reading a
    cell has no effects and raises no errors), so it either computes the whole nest or gives up
    before anything has happened, and the machine evaluates the call as any other.
    """

    _immutable_fields_ = ["fn", "args[*]", "pure", "nested", "operator_cell", "operator_const"]

    def __init__(self, fn: Node, args: list[Node], pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.fn = fn
        self.args = args
        # where the call finds its operator when it is a global (its cell) or a constant: read
        # directly, cheaper than asking the operator node
        self.operator_cell: GlobalCell | None = None
        self.operator_const: W_Object | None = None
        if isinstance(fn, GlobalRef):
            self.operator_cell = fn.cell
        elif isinstance(fn, Const):
            self.operator_const = fn.value
        # the operator is a global or a constant naming a primitive now (never a call: that could
        # have effects before it turns out not to be a primitive)
        pure = fn.names_primitive()
        nested = False
        for arg in args:
            if not arg.trivial:
                pure = False
            if isinstance(arg, App):
                nested = True
        self.pure = pure
        self.trivial = pure
        self.nested = nested    # some operand is a (trivial) call

    def operator_now(self) -> W_Object | None:
        """The operator's value, for a pure call (whose operator is a global or a constant)."""
        cell = self.operator_cell
        if cell is not None:
            return cell.get()
        return self.operator_const

    def try_eval(self, m: Machine, env: Env | None) -> W_Object | None:
        if not self.pure:
            return None
        proc = self.operator_now()
        if not isinstance(proc, W_Primitive):
            return None
        # the primitive a call site names is always the same one: a constant in a trace
        proc = promote(proc)
        if self.nested and not self.operands_ready(env):
            return None
        try:
            return self.call_primitive(m, env, proc)
        except SchemeError as error:
            # the caller reports its own position; this call is the more precise one
            payload = error.payload
            if isinstance(payload, W_ErrorObject) and payload.pos is None:
                payload.pos = self.pos
            raise

    def ready(self, env: Env | None) -> bool:
        """try_eval would compute the value: this call's operator and those of the calls nested in
        its operands are primitives right now."""
        if not self.pure or not isinstance(self.operator_now(), W_Primitive):
            return False
        return not self.nested or self.operands_ready(env)

    @unroll_safe
    def operands_ready(self, env: Env | None) -> bool:
        i = 0
        while i < len(self.args):
            arg = self.args[i]
            if isinstance(arg, App) and not arg.ready(env):
                return False
            i += 1
        return True

    def operand_value(self, m: Machine, env: Env | None) -> W_Object:
        # the call this one is an operand of found it ready (operands_ready)
        value = self.try_eval(m, env)
        if value is None:
            # only set! changes a variable, and no primitive runs one
            raise scheme_error("internal error: an operator changed during a primitive call", [])
        return value

    # (called from one place only, so LLVM puts it into App.try_eval: the hottest path of the interpreter)
    @unroll_safe
    def call_primitive(self, m: Machine, env: Env | None, proc: W_Primitive) -> W_Object:
        """Call `proc` on the (trivial) operands: through its fixed-arity fast path when it has
        one for this many operands, which needs no argument list."""
        n = len(self.args)
        if n == 2:
            binary = proc.binary
            if binary is not None:
                a = self.args[0].operand_value(m, env)
                b = self.args[1].operand_value(m, env)
                return binary(m, a, b)
        elif n == 1:
            unary = proc.unary
            if unary is not None:
                a = self.args[0].operand_value(m, env)
                return unary(m, a)
        elif n == 3:
            ternary = proc.ternary
            if ternary is not None:
                a = self.args[0].operand_value(m, env)
                b = self.args[1].operand_value(m, env)
                c = self.args[2].operand_value(m, env)
                return ternary(m, a, b, c)
        args = fresh_slots(n, UNSPECIFIED)
        i = 0
        while i < n:
            args[i] = self.args[i].operand_value(m, env)
            i += 1
        return proc.call(m, args)

    def execute(self, m: Machine) -> None:
        env = m.env
        # a global operator straight from its cell (the node raises the unbound-variable error)
        cell = self.operator_cell
        proc = cell.get() if cell is not None else None
        if proc is None:
            proc = self.fn.try_eval(m, env)
        if proc is None:
            m.cont = AppCont(self, env, UNSPECIFIED, [], -1, CAPTURES.count, m.cont)
            m.node = self.fn
            return
        if self.pure and isinstance(proc, W_Primitive):
            # a primitive call in tail position (a procedure's body, the last arm of an or...):
            # on the spot like an operand, no argument list
            value = self.try_eval(m, env)
            if value is not None:
                m.value = value
                return
        self.continue_operands(m, env, proc, fresh_slots(len(self.args), UNSPECIFIED), 0)

    @unroll_safe
    def continue_operands(self, m: Machine, env: Env | None, proc: W_Object, values: list[W_Object],
                          start: int) -> None:
        n = len(self.args)
        i = start
        while i < n:
            value = self.args[i].try_eval(m, env)
            if value is None:
                m.cont = AppCont(self, env, proc, values, i, CAPTURES.count, m.cont)
                m.node = self.args[i]
                m.env = env
                return
            values[i] = value
            i += 1
        apply_procedure(m, proc, values)


def own_values(values: list[W_Object], captures: int, n: int) -> list[W_Object]:
    """The operand values (n of them) a frame created when CAPTURES.count was `captures` may fill
    in: its own list, unless a continuation was captured since (one that holds this frame may
    resume it again, and each resumption needs the values as they were)."""
    if CAPTURES.count == captures:
        return values
    return copy_slots(values, n)


class AppCont(Cont):
    """Waiting for operand `index` (-1: the operator) of a call; `values` holds those before it."""

    _immutable_fields_ = ["node", "env", "proc", "index", "captures"]

    def __init__(self, node: App, env: Env | None, proc: W_Object, values: list[W_Object], index: int,
                 captures: int, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env
        self.proc = proc
        self.values = values
        self.index = index
        self.captures = captures

    def plug(self, m: Machine, value: W_Object) -> None:
        # the call this frame returns into: known in a trace. (Not the operand it waits for: a
        # loop through a non-tail recursion returns into the same call for different operands,
        # (tak (tak ...) (tak ...) (tak ...)), and a promoted index would make its second
        # iteration differ from the first, which the optimizer cannot peel.)
        node = promote(self.node)
        index = self.index
        if index < 0:
            node.continue_operands(m, self.env, value, fresh_slots(len(node.args), UNSPECIFIED), 0)
            return
        values = own_values(self.values, self.captures, len(node.args))
        values[index] = value
        node.continue_operands(m, self.env, self.proc, values, index + 1)

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node

    # a call waiting for an operand: where a non-tail recursion's returns come back to, the "down"
    # half of its loop. (The frames of if, let, begin... are no loop headers: a test or an
    # initialiser that needs a frame is usually inside a loop traced from its lambda already, and
    # a second header in it makes a second, overlapping loop: nqueens ran 1.6x slower.)
    loop_on_return = True


# ---- binding forms ------------------------------------------------------------------------------

class Let(Node):
    """let: the initialisers run in the outer frame, the body in a new frame."""

    _immutable_fields_ = ["inits[*]", "body", "frame_size"]

    def __init__(self, inits: list[Node], body: Node, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.inits = inits
        self.body = body
        self.frame_size = len(inits)

    def execute(self, m: Machine) -> None:
        self.continue_inits(m, m.env, fresh_slots(self.frame_size, UNASSIGNED), 0)

    @unroll_safe
    def continue_inits(self, m: Machine, env: Env | None, values: list[W_Object], start: int) -> None:
        i = start
        n = len(self.inits)
        while i < n:
            value = self.inits[i].try_eval(m, env)
            if value is None:
                m.cont = LetCont(self, env, values, i, CAPTURES.count, m.cont)
                m.node = self.inits[i]
                m.env = env
                return
            values[i] = value
            i += 1
        m.env = Env(values, env)
        m.node = self.body


class LetCont(Cont):
    _immutable_fields_ = ["node", "env", "index", "captures"]

    def __init__(self, node: Let, env: Env | None, values: list[W_Object], index: int, captures: int,
                 parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env
        self.values = values
        self.index = index
        self.captures = captures

    def plug(self, m: Machine, value: W_Object) -> None:
        node = promote(self.node)
        values = own_values(self.values, self.captures, node.frame_size)
        index = self.index
        values[index] = value
        node.continue_inits(m, self.env, values, index + 1)

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


class Letrec(Node):
    """letrec*: a new frame first, then each initialiser runs inside it and is stored in turn."""

    _immutable_fields_ = ["inits[*]", "body", "frame_size"]

    def __init__(self, inits: list[Node], body: Node, pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.inits = inits
        self.body = body
        self.frame_size = len(inits)

    def execute(self, m: Machine) -> None:
        frame = Env(fresh_slots(self.frame_size, UNASSIGNED), m.env)
        self.continue_inits(m, frame, 0)

    @unroll_safe
    def continue_inits(self, m: Machine, frame: Env, start: int) -> None:
        i = start
        n = len(self.inits)
        while i < n:
            value = self.inits[i].try_eval(m, frame)
            if value is None:
                m.cont = LetrecCont(self, frame, i, m.cont)
                m.node = self.inits[i]
                m.env = frame
                return
            frame.values[i] = value
            i += 1
        m.env = frame
        m.node = self.body


class LetrecCont(Cont):
    _immutable_fields_ = ["node", "frame", "index"]

    def __init__(self, node: Letrec, frame: Env, index: int, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.frame = frame
        self.index = index

    def plug(self, m: Machine, value: W_Object) -> None:
        index = self.index
        self.frame.values[index] = value
        promote(self.node).continue_inits(m, self.frame, index + 1)

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node


class LetValues(Node):
    """let-values: each initialiser's values go to consecutive slots of one new frame."""

    _immutable_fields_ = ["inits[*]", "counts[*]", "rests[*]", "body", "frame_size"]

    def __init__(self, inits: list[Node], required: list[int], rests: list[bool], body: Node,
                 pos: SourcePos | None) -> None:
        Node.__init__(self, pos)
        self.inits = inits
        self.counts = required
        self.rests = rests
        self.body = body
        self.frame_size = 0
        for i in range(len(inits)):
            self.frame_size += required[i] + (1 if rests[i] else 0)

    def execute(self, m: Machine) -> None:
        self.continue_inits(m, m.env, fresh_slots(self.frame_size, UNASSIGNED), 0, 0)

    @unroll_safe
    def continue_inits(self, m: Machine, env: Env | None, values: list[W_Object], start: int,
                       slot: int) -> None:
        i = start
        while i < len(self.inits):
            m.cont = LetValuesCont(self, env, values, i, slot, CAPTURES.count, m.cont)
            m.node = self.inits[i]
            m.env = env
            return
        m.env = Env(values, env)
        m.node = self.body

    @unroll_safe
    def spread(self, values: list[W_Object], index: int, slot: int, result: W_Object) -> int:
        items = values_list(result)
        n = self.counts[index]
        rest = self.rests[index]
        if len(items) < n or (not rest and len(items) > n):
            raise scheme_error("let-values: expected %d values, got %d" % (n, len(items)), [])
        for i in range(n):
            values[slot + i] = items[i]
        slot += n
        if rest:
            tail: W_Object = NIL
            i = len(items) - 1
            while i >= n:
                tail = W_Pair(items[i], tail)
                i -= 1
            values[slot] = tail
            slot += 1
        return slot


class LetValuesCont(Cont):
    _immutable_fields_ = ["node", "env", "index", "slot", "captures"]

    def __init__(self, node: LetValues, env: Env | None, values: list[W_Object], index: int, slot: int,
                 captures: int, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.node = node
        self.env = env
        self.values = values
        self.index = index
        self.slot = slot
        self.captures = captures

    def plug(self, m: Machine, value: W_Object) -> None:
        node = promote(self.node)
        values = own_values(self.values, self.captures, node.frame_size)
        index = self.index
        slot = node.spread(values, index, self.slot, value)
        node.continue_inits(m, self.env, values, index + 1, slot)

    def source_pos(self) -> SourcePos | None:
        return self.node.pos

    def return_point(self) -> Node | None:
        return self.node
