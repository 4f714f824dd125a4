"""Hygienic `syntax-rules` (R7RS 4.3.2): patterns with literals, `_`, ellipsis after any pattern
(with tail patterns), nested ellipsis, vectors, custom ellipsis identifiers and `(... ...)`.

Each expansion renames the template's free symbols into fresh W_Identifier aliases closed over
the macro's definition scope; the compiler resolves them (see environment.py).
"""

from __future__ import annotations

from languages.scheme.environment import (
    Scope,
    W_Identifier,
    free_identifier_equal,
    identifier_symbol,
    is_identifier,
)
from languages.scheme.equality import equal
from languages.scheme.objects import (
    NIL,
    SourcePos,
    W_Object,
    W_Pair,
    W_Symbol,
    W_Vector,
    list_from,
    syntax_error,
)

P_VAR, P_LITERAL, P_UNDERSCORE, P_DATUM, P_LIST, P_VECTOR = range(6)
T_CONST, T_VAR, T_IDENT, T_LIST, T_VECTOR = range(5)


class Pattern:
    def __init__(self, kind: int) -> None:
        self.kind = kind
        self.ident: W_Object | None = None
        self.datum: W_Object | None = None
        self.before: list[Pattern] = []
        self.repeated: Pattern | None = None       # the pattern an ellipsis follows
        self.after: list[Pattern] = []
        self.tail: Pattern | None = None
        self.variables: list[W_Object] = []         # pattern variables inside `repeated`


class Template:
    def __init__(self, kind: int) -> None:
        self.kind = kind
        self.datum: W_Object | None = None
        self.ident: W_Object | None = None
        self.elements: list[Template] = []
        self.depths: list[int] = []                 # ellipses following each element
        self.element_vars: list[list[W_Object]] = []
        self.tail: Template | None = None


class MatchTree:
    """What a pattern variable matched: one form, or (under ellipsis) a sequence of matches."""

    def __init__(self, value: W_Object | None, seq: list[MatchTree] | None) -> None:
        self.value = value
        self.seq = seq


class Rule:
    def __init__(self, pattern: Pattern, template: Template) -> None:
        self.pattern = pattern
        self.template = template


class SyntaxRules(W_Object):
    """A syntax-rules transformer and the scope it was defined in."""

    def __init__(self, name: str, scope: Scope, ellipsis: W_Symbol, literals: list[W_Object]) -> None:
        self.name = name
        self.scope = scope
        self.ellipsis = ellipsis
        self.literals = literals
        self.rules: list[Rule] = []

    def type_name(self) -> str:
        return "syntax-rules"

    # ---- compiling patterns and templates ------------------------------------------------------

    def is_ellipsis(self, obj: W_Object) -> bool:
        return is_identifier(obj) and identifier_symbol(obj) is self.ellipsis and not self.is_literal(obj)

    def is_literal(self, obj: W_Object) -> bool:
        for lit in self.literals:
            if lit is obj or identifier_symbol(lit) is identifier_symbol(obj):
                return True
        return False

    def compile_pattern(self, form: W_Object, variables: dict[W_Object, int], depth: int,
                        pos: SourcePos | None) -> Pattern:
        if is_identifier(form):
            if self.is_literal(form):
                pat = Pattern(P_LITERAL)
                pat.ident = form
                return pat
            if identifier_symbol(form).name == "_":
                return Pattern(P_UNDERSCORE)
            if self.is_ellipsis(form):
                raise syntax_error("syntax-rules: misplaced ellipsis in pattern", form, pos)
            if form in variables:
                raise syntax_error("syntax-rules: pattern variable used twice", form, pos)
            variables[form] = depth
            pat = Pattern(P_VAR)
            pat.ident = form
            return pat
        if isinstance(form, W_Pair):
            pat = Pattern(P_LIST)
            self.compile_sequence(pat, form, variables, depth, pos, True)
            return pat
        if isinstance(form, W_Vector):
            pat = Pattern(P_VECTOR)
            self.compile_sequence(pat, list_from(form.items), variables, depth, pos, False)
            return pat
        pat = Pattern(P_DATUM)
        pat.datum = form
        return pat

    def compile_sequence(self, pat: Pattern, form: W_Object, variables: dict[W_Object, int], depth: int,
                         pos: SourcePos | None, allow_tail: bool) -> None:
        rest = form
        while isinstance(rest, W_Pair):
            item = rest.car
            nxt = rest.cdr
            if isinstance(nxt, W_Pair) and self.is_ellipsis(nxt.car):
                if pat.repeated is not None:
                    raise syntax_error("syntax-rules: two ellipses in one list pattern", form, pos)
                inner: dict[W_Object, int] = {}
                pat.repeated = self.compile_pattern(item, inner, depth + 1, pos)
                for var, var_depth in inner.items():
                    if var in variables:
                        raise syntax_error("syntax-rules: pattern variable used twice", var, pos)
                    variables[var] = var_depth
                    pat.variables.append(var)
                rest = nxt.cdr
                continue
            sub = self.compile_pattern(item, variables, depth, pos)
            if pat.repeated is None:
                pat.before.append(sub)
            else:
                pat.after.append(sub)
            rest = nxt
        if rest is not NIL:
            if not allow_tail:
                raise syntax_error("syntax-rules: bad vector pattern", form, pos)
            pat.tail = self.compile_pattern(rest, variables, depth, pos)

    def compile_template(self, form: W_Object, variables: dict[W_Object, int], escaped: bool,
                         pos: SourcePos | None) -> Template:
        if is_identifier(form):
            if form in variables:
                tmpl = Template(T_VAR)
                tmpl.ident = form
                return tmpl
            if not escaped and self.is_ellipsis(form):
                raise syntax_error("syntax-rules: misplaced ellipsis in template", form, pos)
            tmpl = Template(T_IDENT)
            tmpl.ident = form
            return tmpl
        if isinstance(form, W_Pair):
            if not escaped and self.is_ellipsis(form.car):
                # (... template): the ellipsis is an ordinary identifier inside template
                body = form.cdr
                if not isinstance(body, W_Pair):
                    raise syntax_error("syntax-rules: bad (... template) escape", form, pos)
                if body.cdr is not NIL:
                    raise syntax_error("syntax-rules: bad (... template) escape", form, pos)
                return self.compile_template(body.car, variables, True, pos)
            tmpl = Template(T_LIST)
            self.compile_template_sequence(tmpl, form, variables, escaped, pos)
            return tmpl
        if isinstance(form, W_Vector):
            tmpl = Template(T_VECTOR)
            self.compile_template_sequence(tmpl, list_from(form.items), variables, escaped, pos)
            return tmpl
        tmpl = Template(T_CONST)
        tmpl.datum = form
        return tmpl

    def compile_template_sequence(self, tmpl: Template, form: W_Object, variables: dict[W_Object, int],
                                  escaped: bool, pos: SourcePos | None) -> None:
        rest = form
        while isinstance(rest, W_Pair):
            element = self.compile_template(rest.car, variables, escaped, pos)
            rest = rest.cdr
            depth = 0
            while not escaped and isinstance(rest, W_Pair) and self.is_ellipsis(rest.car):
                depth += 1
                rest = rest.cdr
            found: list[W_Object] = []
            if depth > 0:
                template_variables(element, found)
                has_sequence = False
                for var in found:
                    if variables[var] > 0:
                        has_sequence = True
                if not has_sequence:
                    raise syntax_error("syntax-rules: no pattern variable under this ellipsis", form, pos)
            tmpl.elements.append(element)
            tmpl.depths.append(depth)
            tmpl.element_vars.append(found)
        if rest is not NIL:
            tmpl.tail = self.compile_template(rest, variables, escaped, pos)

    def add_rule(self, pattern_form: W_Object, template_form: W_Object, pos: SourcePos | None) -> None:
        if not isinstance(pattern_form, W_Pair):
            raise syntax_error("syntax-rules: a pattern must be a list", pattern_form, pos)
        variables: dict[W_Object, int] = {}
        # the keyword position of the pattern is ignored
        pattern = self.compile_pattern(pattern_form.cdr, variables, 0, pos)
        template = self.compile_template(template_form, variables, False, pos)
        self.rules.append(Rule(pattern, template))

    # ---- expanding ------------------------------------------------------------------------------

    def expand(self, form: W_Object, use_scope: Scope, pos: SourcePos | None) -> W_Object:
        assert isinstance(form, W_Pair)
        for rule in self.rules:
            bindings: dict[W_Object, MatchTree] = {}
            if self.match(rule.pattern, form.cdr, bindings, use_scope):
                renames: dict[W_Object, W_Object] = {}
                return self.instantiate(rule.template, bindings, renames, pos)
        raise syntax_error("%s: no syntax rule matches" % self.name, strip_syntax(form), pos)

    def match(self, pat: Pattern, form: W_Object, bindings: dict[W_Object, MatchTree], use_scope: Scope) -> bool:
        kind = pat.kind
        if kind == P_VAR:
            ident = pat.ident
            assert ident is not None
            bindings[ident] = MatchTree(form, None)
            return True
        if kind == P_UNDERSCORE:
            return True
        if kind == P_LITERAL:
            ident = pat.ident
            assert ident is not None
            return is_identifier(form) and free_identifier_equal(form, use_scope, ident, self.scope)
        if kind == P_DATUM:
            datum = pat.datum
            assert datum is not None
            return equal(strip_syntax(form), datum)
        if kind == P_VECTOR:
            if not isinstance(form, W_Vector):
                return False
            return self.match_sequence(pat, form.items, NIL, bindings, use_scope)
        items: list[W_Object] = []
        rest = form
        while isinstance(rest, W_Pair):
            items.append(rest.car)
            rest = rest.cdr
        tail = pat.tail
        if tail is None:
            if rest is not NIL:
                return False
        elif pat.repeated is None:
            # (p1 ... pk . tail): the tail takes whatever follows the k-th pair
            if len(items) < len(pat.before):
                return False
            for i in range(len(pat.before)):
                if not self.match(pat.before[i], items[i], bindings, use_scope):
                    return False
            remainder = form
            for _ in range(len(pat.before)):
                assert isinstance(remainder, W_Pair)
                remainder = remainder.cdr
            return self.match(tail, remainder, bindings, use_scope)
        if not self.match_sequence(pat, items, rest, bindings, use_scope):
            return False
        if tail is not None:
            return self.match(tail, rest, bindings, use_scope)
        return True

    def match_sequence(self, pat: Pattern, items: list[W_Object], rest: W_Object,
                       bindings: dict[W_Object, MatchTree], use_scope: Scope) -> bool:
        n_before = len(pat.before)
        n_after = len(pat.after)
        repeated = pat.repeated
        if repeated is None:
            if len(items) != n_before:
                return False
        elif len(items) < n_before + n_after:
            return False
        for i in range(n_before):
            if not self.match(pat.before[i], items[i], bindings, use_scope):
                return False
        if repeated is None:
            return True
        return self.match_repeated(pat, repeated, items, bindings, use_scope)

    def match_repeated(self, pat: Pattern, repeated: Pattern, items: list[W_Object],
                       bindings: dict[W_Object, MatchTree], use_scope: Scope) -> bool:
        n_before = len(pat.before)
        n_after = len(pat.after)
        count = len(items) - n_before - n_after
        sequences: list[list[MatchTree]] = [[] for _ in pat.variables]
        for k in range(count):
            inner: dict[W_Object, MatchTree] = {}
            if not self.match(repeated, items[n_before + k], inner, use_scope):
                return False
            for v in range(len(pat.variables)):
                sequences[v].append(inner[pat.variables[v]])
        for v in range(len(pat.variables)):
            bindings[pat.variables[v]] = MatchTree(None, sequences[v])
        for j in range(n_after):
            if not self.match(pat.after[j], items[n_before + count + j], bindings, use_scope):
                return False
        return True

    def instantiate(self, tmpl: Template, bindings: dict[W_Object, MatchTree],
                    renames: dict[W_Object, W_Object], pos: SourcePos | None) -> W_Object:
        kind = tmpl.kind
        if kind == T_CONST:
            datum = tmpl.datum
            assert datum is not None
            return datum
        if kind == T_VAR:
            ident = tmpl.ident
            assert ident is not None
            matched = bindings[ident].value
            if matched is None:
                raise syntax_error("syntax-rules: pattern variable needs an ellipsis in the template",
                                   strip_syntax(ident), pos)
            return matched
        if kind == T_IDENT:
            ident = tmpl.ident
            assert ident is not None
            alias = renames.get(ident, None)
            if alias is None:
                alias = W_Identifier(identifier_symbol(ident), ident, self.scope)
                renames[ident] = alias
            return alias
        items: list[W_Object] = []
        for i in range(len(tmpl.elements)):
            depth = tmpl.depths[i]
            if depth == 0:
                items.append(self.instantiate(tmpl.elements[i], bindings, renames, pos))
            else:
                self.instantiate_repeated(tmpl.elements[i], tmpl.element_vars[i], depth, bindings,
                                          renames, items, pos)
        if kind == T_VECTOR:
            return W_Vector(items)
        tail: W_Object = NIL
        tail_template = tmpl.tail
        if tail_template is not None:
            tail = self.instantiate(tail_template, bindings, renames, pos)
        return list_from(items, tail)

    def instantiate_repeated(self, element: Template, variables: list[W_Object], depth: int,
                             bindings: dict[W_Object, MatchTree], renames: dict[W_Object, W_Object],
                             out: list[W_Object], pos: SourcePos | None) -> None:
        driving: list[W_Object] = []
        length = -1
        for var in variables:
            tree = bindings[var]
            seq = tree.seq
            if seq is not None:
                driving.append(var)
                if length >= 0 and length != len(seq):
                    raise syntax_error("syntax-rules: pattern variables under one ellipsis matched "
                                       "sequences of different lengths", strip_syntax(var), pos)
                length = len(seq)
        if length < 0:
            raise syntax_error("syntax-rules: too many ellipses in template", NIL, pos)
        for k in range(length):
            inner = bindings.copy()
            for var in driving:
                seq = bindings[var].seq
                assert seq is not None
                inner[var] = seq[k]
            if depth > 1:
                self.instantiate_repeated(element, variables, depth - 1, inner, renames, out, pos)
            else:
                out.append(self.instantiate(element, inner, renames, pos))


def template_variables(tmpl: Template, found: list[W_Object]) -> None:
    if tmpl.kind == T_VAR:
        ident = tmpl.ident
        assert ident is not None
        if ident not in found:
            found.append(ident)
        return
    for element in tmpl.elements:
        template_variables(element, found)
    tail_template = tmpl.tail
    if tail_template is not None:
        template_variables(tail_template, found)


def strip_syntax(form: W_Object) -> W_Object:
    """syntax->datum: aliases back to their symbols (returns `form` itself when nothing changes)."""
    visiting: dict[W_Object, bool] = {}
    return strip_walk(form, visiting)


def strip_walk(form: W_Object, visiting: dict[W_Object, bool]) -> W_Object:
    if isinstance(form, W_Identifier):
        return form.symbol
    if isinstance(form, W_Pair):
        if form in visiting:
            return form
        visiting[form] = True
        # walk the spine iteratively; recurse only into cars
        cars: list[W_Object] = []
        changed = False
        rest: W_Object = form
        while isinstance(rest, W_Pair):
            if rest is not form and rest in visiting:
                break
            visiting[rest] = True
            new_car = strip_walk(rest.car, visiting)
            if new_car is not rest.car:
                changed = True
            cars.append(new_car)
            rest = rest.cdr
        new_tail = strip_walk(rest, visiting)
        if new_tail is not rest:
            changed = True
        if not changed:
            return form
        return list_from(cars, new_tail)
    if isinstance(form, W_Vector):
        if form in visiting:
            return form
        visiting[form] = True
        items: list[W_Object] = []
        changed = False
        for item in form.items:
            new_item = strip_walk(item, visiting)
            if new_item is not item:
                changed = True
            items.append(new_item)
        if not changed:
            return form
        return W_Vector(items)
    return form
