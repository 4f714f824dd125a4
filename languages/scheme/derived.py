"""Derived expression types (R7RS 4.2) compiled straight to nodes: cond, case, and, or, when,
unless, do, quasiquote, delay, delay-force, case-lambda, let-values, let*-values, and the
definitions define-values and define-record-type.

(guard and parameterize are syntax-rules macros in the prelude.)
"""

from __future__ import annotations

from typing import Any

from languages.scheme.environment import FrameInfo, Scope, identifier_symbol, is_identifier
from languages.scheme.forms import (
    K_AND,
    K_ARROW,
    K_CASE,
    K_CASE_LAMBDA,
    K_COND,
    K_DELAY,
    K_DELAY_FORCE,
    K_DO,
    K_ELSE,
    K_LET_STAR_VALUES,
    K_LET_VALUES,
    K_OR,
    K_QUASIQUOTE,
    K_UNLESS,
    K_UNQUOTE,
    K_UNQUOTE_SPLICING,
    K_WHEN,
    BodyItem,
    Formals,
    bad_syntax,
    form_items,
    ident_name,
)
from languages.scheme.nodes import (
    App,
    Assign,
    Case,
    CaseClause,
    CaseLambda,
    CondArrow,
    Const,
    If,
    Lambda,
    Letrec,
    LetValues,
    LocalRef,
    Node,
    Or,
    Seq,
    Target,
)
from languages.scheme.objects import (
    NIL,
    UNSPECIFIED,
    W_FALSE,
    W_TRUE,
    SourcePos,
    W_Object,
    W_Pair,
    W_RecordType,
    W_Symbol,
    W_Vector,
    list_from,
    pos_of,
    sym,
    syntax_error,
)
from languages.scheme.procedures import (
    W_RecordAccessor,
    W_RecordConstructor,
    W_RecordModifier,
    W_RecordPredicate,
)
from languages.scheme.syntax_rules import strip_syntax


def compile_derived(c: Any, kind: int, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node | None:
    if kind == K_COND:
        return compile_cond(c, form, scope, pos)
    if kind == K_CASE:
        return compile_case(c, form, scope, pos)
    if kind == K_AND:
        return compile_and(c, form, scope, pos)
    if kind == K_OR:
        items = form_items(form.cdr, pos)
        if len(items) == 0:
            return Const(W_FALSE, pos)
        if len(items) == 1:
            return c.compile(items[0], scope, pos)
        return Or([c.compile(x, scope, pos) for x in items], pos)
    if kind == K_WHEN or kind == K_UNLESS:
        items = form_items(form, pos)
        if len(items) < 2:
            raise bad_syntax("when" if kind == K_WHEN else "unless", form, pos)
        test = c.compile(items[1], scope, pos)
        body = c.sequence(items[2:], scope, pos)
        if kind == K_WHEN:
            return If(test, body, Const(UNSPECIFIED, pos), pos)
        return If(test, Const(UNSPECIFIED, pos), body, pos)
    if kind == K_DO:
        return compile_do(c, form, scope, pos)
    if kind == K_QUASIQUOTE:
        items = form_items(form, pos)
        if len(items) != 2:
            raise bad_syntax("quasiquote", form, pos)
        return quasi(c, items[1], 1, scope, pos)
    if kind == K_DELAY or kind == K_DELAY_FORCE:
        items = form_items(form, pos)
        if len(items) != 2:
            raise bad_syntax("delay", form, pos)
        thunk = thunk_in_scope(c, items[1], kind, scope, pos)
        return App(Const(c.vm.system_procedure("%make-lazy-promise"), pos), [thunk], pos)
    if kind == K_CASE_LAMBDA:
        clauses: list[Lambda] = []
        for clause in form_items(form.cdr, pos):
            parts = form_items(clause, pos)
            if len(parts) < 2:
                raise bad_syntax("case-lambda", form, pos)
            clauses.append(c.compile_lambda(parts[0], parts[1:], scope, "", pos))
        return CaseLambda(clauses, "", pos)
    if kind == K_LET_VALUES or kind == K_LET_STAR_VALUES:
        return compile_let_values(c, form, scope, pos, kind == K_LET_STAR_VALUES)
    return None


def thunk_in_scope(c: Any, expr: W_Object, kind: int, scope: Scope, pos: SourcePos | None) -> Lambda:
    """(lambda () expr) compiled in scope; for delay the value is wrapped in an eager promise."""
    frame = FrameInfo(scope.frame)
    inner = Scope(scope, frame, scope.env)
    body = c.compile(expr, inner, pos)
    if kind == K_DELAY:
        body = App(Const(c.vm.system_procedure("%make-eager-promise"), pos), [body], pos)
    lam = Lambda(0, False, "promise", pos)
    lam.set_body(body)
    lam.frame_size = frame.size
    return lam


# ---- conditionals -------------------------------------------------------------------------------

def compile_cond(c: Any, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
    clauses = form_items(form.cdr, pos)
    result: Node = Const(UNSPECIFIED, pos)
    i = len(clauses) - 1
    while i >= 0:
        clause = clauses[i]
        clause_pos = pos_of(clause) or pos
        parts = form_items(clause, clause_pos)
        if len(parts) == 0:
            raise syntax_error("cond: empty clause", NIL, clause_pos)
        if c.special_kind(parts[0], scope) == K_ELSE:
            if i != len(clauses) - 1:
                raise syntax_error("cond: else must be the last clause", strip_syntax(form), clause_pos)
            result = c.sequence(parts[1:], scope, clause_pos)
        elif len(parts) >= 2 and c.special_kind(parts[1], scope) == K_ARROW:
            if len(parts) != 3:
                raise syntax_error("cond: bad => clause", strip_syntax(clause), clause_pos)
            test = c.compile(parts[0], scope, clause_pos)
            result = CondArrow(test, c.compile(parts[2], scope, clause_pos), result, clause_pos)
        elif len(parts) == 1:
            result = Or([c.compile(parts[0], scope, clause_pos), result], clause_pos)
        else:
            test = c.compile(parts[0], scope, clause_pos)
            result = If(test, c.sequence(parts[1:], scope, clause_pos), result, clause_pos)
        i -= 1
    return result


def compile_case(c: Any, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
    items = form_items(form, pos)
    if len(items) < 2:
        raise bad_syntax("case", form, pos)
    key = c.compile(items[1], scope, pos)
    clauses: list[CaseClause] = []
    for k in range(2, len(items)):
        clause = items[k]
        clause_pos = pos_of(clause) or pos
        parts = form_items(clause, clause_pos)
        if len(parts) < 2:
            raise syntax_error("case: bad clause", strip_syntax(clause), clause_pos)
        datums: list[W_Object] = []
        if c.special_kind(parts[0], scope) == K_ELSE:
            if k != len(items) - 1:
                raise syntax_error("case: else must be the last clause", strip_syntax(form), clause_pos)
        else:
            for datum in form_items(parts[0], clause_pos):
                datums.append(strip_syntax(datum))
            if len(datums) == 0:
                continue
        if c.special_kind(parts[1], scope) == K_ARROW:
            if len(parts) != 3:
                raise syntax_error("case: bad => clause", strip_syntax(clause), clause_pos)
            clauses.append(CaseClause(datums, c.compile(parts[2], scope, clause_pos), True))
        else:
            clauses.append(CaseClause(datums, c.sequence(parts[1:], scope, clause_pos), False))
    return Case(key, clauses, pos)


def compile_and(c: Any, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
    items = form_items(form.cdr, pos)
    if len(items) == 0:
        return Const(W_TRUE, pos)
    nodes = [c.compile(x, scope, pos) for x in items]
    result = nodes[len(nodes) - 1]
    i = len(nodes) - 2
    while i >= 0:
        result = If(nodes[i], result, Const(W_FALSE, pos), pos)
        i -= 1
    return result


# ---- do -----------------------------------------------------------------------------------------

def compile_do(c: Any, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
    """(do ((var init step)...) (test result...) command...) as a loop procedure called with the
    initial values; each iteration is a tail call with the steps."""
    items = form_items(form, pos)
    if len(items) < 3:
        raise bad_syntax("do", form, pos)
    names: list[W_Object] = []
    inits: list[W_Object] = []
    steps: list[W_Object] = []
    for spec in form_items(items[1], pos):
        parts = form_items(spec, pos)
        if len(parts) < 2 or len(parts) > 3 or not is_identifier(parts[0]):
            raise syntax_error("do: bad variable clause", strip_syntax(spec), pos)
        names.append(parts[0])
        inits.append(parts[1])
        steps.append(parts[2] if len(parts) == 3 else parts[0])
    exit_clause = form_items(items[2], pos)
    if len(exit_clause) == 0:
        raise syntax_error("do: missing test", strip_syntax(form), pos)
    loop_frame = FrameInfo(scope.frame)
    loop_scope = Scope(scope, loop_frame, scope.env)
    init_nodes = [c.compile(x, loop_scope, pos) for x in inits]
    loop_slot = loop_scope.add_local(W_Symbol("do-loop"), False)
    body_frame = FrameInfo(loop_frame)
    body_scope = Scope(loop_scope, body_frame, scope.env)
    for name in names:
        if name in body_scope.names:
            raise syntax_error("do: duplicate variable " + ident_name(name), strip_syntax(form), pos)
        body_scope.add_local(name, False)
    test = c.compile(exit_clause[0], body_scope, pos)
    if len(exit_clause) > 1:
        result = c.sequence(exit_clause[1:], body_scope, pos)
    else:
        result = Const(UNSPECIFIED, pos)
    step_nodes = [c.compile(x, body_scope, pos) for x in steps]
    again = App(LocalRef(1, loop_slot.index, "do-loop", False, pos), step_nodes, pos)
    commands: list[Node] = [c.compile(x, body_scope, pos) for x in items[3:]]
    commands.append(again)
    loop_body: Node = again if len(commands) == 1 else Seq(commands, pos)
    lam = Lambda(len(names), False, "do-loop", pos)
    lam.set_body(If(test, result, loop_body, pos))
    lam.frame_size = body_frame.size
    start = App(LocalRef(0, loop_slot.index, "do-loop", False, pos), init_nodes, pos)
    node = Letrec([lam], start, pos)
    node.frame_size = loop_frame.size
    return node


# ---- quasiquote ---------------------------------------------------------------------------------

def has_unquote(c: Any, template: W_Object, scope: Scope) -> bool:
    rest = template
    while isinstance(rest, W_Pair):
        kind = c.special_kind(rest.car, scope)
        if kind == K_UNQUOTE or kind == K_UNQUOTE_SPLICING:
            return True
        if has_unquote(c, rest.car, scope):
            return True
        rest = rest.cdr
    if isinstance(rest, W_Vector):
        for item in rest.items:
            if has_unquote(c, item, scope):
                return True
    return False


def quasi(c: Any, template: W_Object, depth: int, scope: Scope, pos: SourcePos | None) -> Node:
    if not has_unquote(c, template, scope):
        return Const(strip_syntax(template), pos)
    if isinstance(template, W_Vector):
        as_list = quasi(c, list_from(template.items), depth, scope, pos)
        return App(Const(c.vm.system_procedure("list->vector"), pos), [as_list], pos)
    assert isinstance(template, W_Pair)
    special = quasi_special(c, template, depth, scope, pos)
    if special is not None:
        return special
    elements: list[W_Object] = []
    rest: W_Object = template
    while isinstance(rest, W_Pair):
        if rest is not template and quasi_marker(c, rest, scope) >= 0:
            break       # `(a . ,b)`: the tail is an unquote form
        elements.append(rest.car)
        rest = rest.cdr
    result = quasi(c, rest, depth, scope, pos)
    cons = Const(c.vm.system_procedure("cons"), pos)
    append = Const(c.vm.system_procedure("append"), pos)
    i = len(elements) - 1
    while i >= 0:
        element = elements[i]
        if isinstance(element, W_Pair) and depth == 1 and \
                c.special_kind(element.car, scope) == K_UNQUOTE_SPLICING:
            parts = form_items(element, pos)
            if len(parts) != 2:
                raise bad_syntax("unquote-splicing", element, pos)
            result = App(append, [c.compile(parts[1], scope, pos), result], pos)
        else:
            result = App(cons, [quasi(c, element, depth, scope, pos), result], pos)
        i -= 1
    return result


def quasi_marker(c: Any, form: W_Pair, scope: Scope) -> int:
    """The kind of (unquote x) / (unquote-splicing x) / (quasiquote x), else -1."""
    kind = c.special_kind(form.car, scope)
    if kind != K_UNQUOTE and kind != K_UNQUOTE_SPLICING and kind != K_QUASIQUOTE:
        return -1
    rest = form.cdr
    if isinstance(rest, W_Pair) and rest.cdr is NIL:
        return kind
    return -1


def quasi_special(c: Any, template: W_Pair, depth: int, scope: Scope, pos: SourcePos | None) -> Node | None:
    kind = quasi_marker(c, template, scope)
    if kind < 0:
        return None
    rest = template.cdr
    assert isinstance(rest, W_Pair)
    inner = rest.car
    if kind == K_UNQUOTE:
        if depth == 1:
            return c.compile(inner, scope, pos)
        return quasi_list(c, "unquote", quasi(c, inner, depth - 1, scope, pos), pos)
    if kind == K_UNQUOTE_SPLICING:
        if depth == 1:
            raise syntax_error("unquote-splicing outside a list", strip_syntax(template), pos)
        return quasi_list(c, "unquote-splicing", quasi(c, inner, depth - 1, scope, pos), pos)
    return quasi_list(c, "quasiquote", quasi(c, inner, depth + 1, scope, pos), pos)


def quasi_list(c: Any, name: str, inner: Node, pos: SourcePos | None) -> Node:
    return App(Const(c.vm.system_procedure("list"), pos), [Const(sym(name), pos), inner], pos)


# ---- multiple values ----------------------------------------------------------------------------

def parse_value_formals(c: Any, formals: W_Object, pos: SourcePos | None) -> Formals:
    if is_identifier(formals):
        everything = Formals()
        everything.rest = formals
        return everything
    return c.parse_formals(formals, pos)


def compile_let_values(c: Any, form: W_Pair, scope: Scope, pos: SourcePos | None, sequential: bool) -> Node:
    items = form_items(form, pos)
    if len(items) < 3:
        raise bad_syntax("let-values", form, pos)
    specs = form_items(items[1], pos)
    if sequential and len(specs) > 1:
        # (let*-values (b1 b2 ...) body) = (let-values (b1) (let*-values (b2 ...) body))
        frames: list[tuple[FrameInfo, Node, int, bool]] = []
        current = scope
        for spec in specs:
            frame, node_init, required, rest, current = let_values_clause(c, spec, current, scope, pos)
            frames.append((frame, node_init, required, rest))
        body = c.compile_body(items[2:], current, pos)
        i = len(frames) - 1
        while i >= 0:
            frame, node_init, required, rest = frames[i]
            node = LetValues([node_init], [required], [rest], body, pos)
            node.frame_size = frame.size
            body = node
            i -= 1
        return body
    inits: list[Node] = []
    required_counts: list[int] = []
    rests: list[bool] = []
    all_names: list[W_Object] = []
    rest_flags: list[bool] = []
    for spec in specs:
        parts = form_items(spec, pos)
        if len(parts) != 2:
            raise syntax_error("let-values: bad binding", strip_syntax(spec), pos)
        parsed = parse_value_formals(c, parts[0], pos)
        params = parsed.params
        rest = parsed.rest
        inits.append(c.compile(parts[1], scope, pos))
        required_counts.append(len(params))
        rests.append(rest is not None)
        for p in params:
            all_names.append(p)
            rest_flags.append(False)
        if rest is not None:
            all_names.append(rest)
            rest_flags.append(True)
    frame = FrameInfo(scope.frame)
    inner = Scope(scope, frame, scope.env)
    for name in all_names:
        if name in inner.names:
            raise syntax_error("let-values: duplicate variable " + ident_name(name), strip_syntax(form), pos)
        inner.add_local(name, False)
    node = LetValues(inits, required_counts, rests, Const(UNSPECIFIED, pos), pos)
    node.body = c.compile_body(items[2:], inner, pos)
    node.frame_size = frame.size
    return node


def let_values_clause(c: Any, spec: W_Object, current: Scope, outer: Scope,
                      pos: SourcePos | None) -> tuple[FrameInfo, Node, int, bool, Scope]:
    parts = form_items(spec, pos)
    if len(parts) != 2:
        raise syntax_error("let*-values: bad binding", strip_syntax(spec), pos)
    parsed = parse_value_formals(c, parts[0], pos)
    params = parsed.params
    rest = parsed.rest
    init = c.compile(parts[1], current, pos)
    frame = FrameInfo(current.frame)
    inner = Scope(current, frame, outer.env)
    for p in params:
        inner.add_local(p, False)
    if rest is not None:
        inner.add_local(rest, False)
    return frame, init, len(params), rest is not None, inner


def define_values(c: Any, form: W_Pair, scope: Scope, pos: SourcePos | None, toplevel: bool) -> list[BodyItem]:
    items = form_items(form, pos)
    if len(items) != 3:
        raise bad_syntax("define-values", form, pos)
    parsed = parse_value_formals(c, items[1], pos)
    params = parsed.params
    rest = parsed.rest
    targets: list[Target] = [c.definition_target(p, scope, toplevel) for p in params]
    rest_target: Target | None = None
    if rest is not None:
        rest_target = c.definition_target(rest, scope, toplevel)
    item = BodyItem(items[2], scope, None, pos)
    item.values_targets = targets
    item.rest_target = rest_target
    return [item]


# ---- records ------------------------------------------------------------------------------------

def define_record_type(c: Any, form: W_Pair, scope: Scope, pos: SourcePos | None,
                       toplevel: bool) -> list[BodyItem]:
    """(define-record-type <name> (ctor field ...) pred (field accessor [modifier]) ...)"""
    items = form_items(form, pos)
    if len(items) < 4:
        raise bad_syntax("define-record-type", form, pos)
    type_ident = items[1]
    if isinstance(type_ident, W_Pair):
        type_ident = type_ident.car
    if not is_identifier(type_ident):
        raise bad_syntax("define-record-type", form, pos)
    field_names: list[W_Symbol] = []
    field_specs: list[list[W_Object]] = []
    for spec in items[4:]:
        parts = form_items(spec, pos) if isinstance(spec, W_Pair) else [spec]
        if len(parts) == 0 or len(parts) > 3 or not is_identifier(parts[0]):
            raise syntax_error("define-record-type: bad field", strip_syntax(spec), pos)
        field_names.append(identifier_symbol(parts[0]))
        field_specs.append(parts)
    name = ident_name(type_ident)
    if name.startswith("<") and name.endswith(">") and len(name) > 2:
        name = name[1:len(name) - 1]
    rtype = W_RecordType(name, field_names)
    definitions: list[tuple[W_Object, W_Object]] = [(type_ident, rtype)]
    ctor = items[2]
    if isinstance(ctor, W_Pair):
        ctor_parts = form_items(ctor, pos)
        indices: list[int] = []
        for field in ctor_parts[1:]:
            index = rtype.field_index(identifier_symbol(field)) if is_identifier(field) else -1
            if index < 0:
                raise syntax_error("define-record-type: constructor names an unknown field",
                                   strip_syntax(field), pos)
            indices.append(index)
        ctor_name = ctor_parts[0]
        if not is_identifier(ctor_name):
            raise syntax_error("define-record-type: expected an identifier", strip_syntax(ctor_name), pos)
        definitions.append((ctor_name, W_RecordConstructor(rtype, indices, ident_name(ctor_name))))
    elif is_identifier(ctor):
        indices = [i for i in range(len(field_names))]
        definitions.append((ctor, W_RecordConstructor(rtype, indices, ident_name(ctor))))
    elif ctor is not W_FALSE:
        raise bad_syntax("define-record-type", form, pos)
    pred = items[3]
    if is_identifier(pred):
        definitions.append((pred, W_RecordPredicate(rtype, ident_name(pred))))
    elif pred is not W_FALSE:
        raise bad_syntax("define-record-type", form, pos)
    for i in range(len(field_specs)):
        parts = field_specs[i]
        for part in parts[1:]:
            if not is_identifier(part):
                raise syntax_error("define-record-type: expected an identifier", strip_syntax(part), pos)
        if len(parts) >= 2:
            definitions.append((parts[1], W_RecordAccessor(rtype, i, ident_name(parts[1]))))
        if len(parts) == 3:
            definitions.append((parts[2], W_RecordModifier(rtype, i, ident_name(parts[2]))))
    result: list[BodyItem] = []
    for ident, value in definitions:
        if not is_identifier(ident):
            raise syntax_error("define-record-type: expected an identifier", strip_syntax(ident), pos)
        target = c.definition_target(ident, scope, toplevel)
        item = BodyItem(NIL, scope, target, pos)
        item.node = Assign(target, Const(value, pos), pos)
        result.append(item)
    return result
