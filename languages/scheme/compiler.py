"""The expander/compiler: from data (with hygienic aliases) to AST nodes, one form at a time.

Core forms (quote, lambda, if, set!, define, begin, let family, macros, bodies with internal
definitions) live here; derived forms are in derived.py and the library forms in libraries.py.
The compiler recurses on the nesting of the source, never on run-time depth.
"""

from __future__ import annotations

from typing import Any

from languages.scheme import derived
from languages.scheme.environment import (
    FrameInfo,
    GlobalCell,
    LocalBinding,
    MacroBinding,
    Scope,
    SpecialForm,
    frame_depth,
    global_home,
    identifier_symbol,
    is_identifier,
    lookup,
    resolve_variable,
)
from languages.scheme.forms import (
    ELLIPSIS_SYMBOL,
    K_BEGIN,
    K_COND_EXPAND,
    K_DEFINE,
    K_DEFINE_LIBRARY,
    K_DEFINE_RECORD_TYPE,
    K_DEFINE_SYNTAX,
    K_DEFINE_VALUES,
    K_IF,
    K_IMPORT,
    K_INCLUDE,
    K_INCLUDE_CI,
    K_LAMBDA,
    K_LET,
    K_LET_STAR,
    K_LET_SYNTAX,
    K_LETREC,
    K_LETREC_STAR,
    K_LETREC_SYNTAX,
    K_NAMED_LAMBDA,
    K_QUOTE,
    K_SET,
    K_SYNTAX_ERROR,
    K_SYNTAX_RULES,
    LAMBDA_MARK,
    BodyItem,
    Formals,
    bad_syntax,
    form_items,
    form_rest,
    ident_name,
    list_of,
    splice,
)
from languages.scheme.nodes import (
    App,
    Assign,
    Const,
    DefineValues,
    GlobalRef,
    GlobalTarget,
    If,
    Lambda,
    Let,
    Letrec,
    LocalRef,
    LocalTarget,
    Node,
    Seq,
    Target,
)
from languages.scheme.objects import (
    NIL,
    UNSPECIFIED,
    SchemeError,
    SourcePos,
    W_ErrorObject,
    W_Object,
    W_Pair,
    W_String,
    pos_of,
    syntax_error,
)
from languages.scheme.syntax_rules import SyntaxRules, strip_syntax


class Compiler:
    def __init__(self, vm: Any) -> None:
        self.vm = vm                # the Interpreter: libraries, files, system procedures

    # ---- entry points -------------------------------------------------------------------------

    def compile_toplevel(self, form: W_Object, scope: Scope, pos: SourcePos | None) -> Node:
        """A top-level form: definitions go to the scope's namespace; imports happen now."""
        form_pos = pos_of(form) or pos
        while isinstance(form, W_Pair) and is_identifier(form.car):
            binding = lookup(form.car, scope)
            if isinstance(binding, MacroBinding):
                form = self.expand_macro(binding, form, scope, form_pos)
                form_pos = pos_of(form) or form_pos
                continue
            if isinstance(binding, SpecialForm):
                kind = binding.kind
                if kind == K_DEFINE:
                    return self.compile_define_toplevel(form, scope, form_pos)
                if kind == K_BEGIN:
                    items = form_items(form.cdr, form_pos)
                    return self.toplevel_sequence(items, scope, form_pos)
                if kind == K_DEFINE_SYNTAX:
                    self.define_syntax(form, scope, form_pos, True)
                    return Const(UNSPECIFIED, form_pos)
                if kind == K_DEFINE_VALUES or kind == K_DEFINE_RECORD_TYPE:
                    items_ = self.scan_definition(kind, form, scope, form_pos, True)
                    return self.sequence_of_items(items_, form_pos)
                if kind == K_IMPORT:
                    self.vm.libraries.import_sets(form_items(form.cdr, form_pos), scope.env, form_pos)
                    return Const(UNSPECIFIED, form_pos)
                if kind == K_DEFINE_LIBRARY:
                    return self.vm.libraries.define_library(form, form_pos)
                if kind == K_INCLUDE or kind == K_INCLUDE_CI:
                    forms = self.vm.libraries.read_includes(form, kind == K_INCLUDE_CI, form_pos)
                    return self.toplevel_sequence(forms, scope, form_pos)
                if kind == K_COND_EXPAND:
                    forms = self.vm.libraries.cond_expand(form, form_pos)
                    return self.toplevel_sequence(forms, scope, form_pos)
                if kind == K_LET_SYNTAX or kind == K_LETREC_SYNTAX:
                    inner, body = self.syntax_binding_scope(form, scope, form_pos, kind == K_LETREC_SYNTAX)
                    return self.toplevel_sequence(body, inner, form_pos)
            break
        return self.compile(form, scope, form_pos)

    def toplevel_sequence(self, forms: list[W_Object], scope: Scope, pos: SourcePos | None) -> Node:
        if len(forms) == 0:
            return Const(UNSPECIFIED, pos)
        nodes = [self.compile_toplevel(f, scope, pos) for f in forms]
        if len(nodes) == 1:
            return nodes[0]
        return Seq(nodes, pos)

    def compile(self, form: W_Object, scope: Scope, pos: SourcePos | None) -> Node:
        """An expression."""
        while True:
            form_pos = pos_of(form) or pos
            if is_identifier(form):
                return self.compile_reference(form, scope, form_pos)
            if not isinstance(form, W_Pair):
                if form is NIL:
                    raise syntax_error("empty combination ()", NIL, form_pos)
                return Const(strip_syntax(form), form_pos)
            head = form.car
            if is_identifier(head):
                binding = lookup(head, scope)
                if isinstance(binding, MacroBinding):
                    form = self.expand_macro(binding, form, scope, form_pos)
                    pos = form_pos
                    continue
                if isinstance(binding, SpecialForm):
                    return self.compile_special(binding, form, scope, form_pos)
            return self.compile_application(form, scope, form_pos)

    def compile_application(self, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
        items = form_items(form, pos)
        fn = self.compile(items[0], scope, pos)
        args = [self.compile(items[i], scope, pos) for i in range(1, len(items))]
        return App(fn, args, pos)

    def compile_reference(self, ident: W_Object, scope: Scope, pos: SourcePos | None) -> Node:
        binding = resolve_variable(ident, scope)
        if isinstance(binding, LocalBinding):
            depth = frame_depth(scope, binding.frame)
            return LocalRef(depth, binding.index, ident_name(ident), binding.checked, pos)
        if isinstance(binding, GlobalCell):
            return GlobalRef(binding, pos)
        raise syntax_error("syntax keyword used as a variable: " + ident_name(ident), strip_syntax(ident), pos)

    def expand_macro(self, binding: MacroBinding, form: W_Pair, scope: Scope, pos: SourcePos | None) -> W_Object:
        transformer = binding.transformer
        assert isinstance(transformer, SyntaxRules)
        return transformer.expand(form, scope, pos)

    def special_kind(self, ident: W_Object, scope: Scope) -> int:
        """The keyword kind an identifier denotes here, or -1."""
        if not is_identifier(ident):
            return -1
        binding = lookup(ident, scope)
        if isinstance(binding, SpecialForm):
            return binding.kind
        return -1

    def compile_special(self, binding: SpecialForm, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
        kind = binding.kind
        if kind == K_QUOTE:
            items = form_items(form, pos)
            if len(items) != 2:
                raise bad_syntax("quote", form, pos)
            return Const(strip_syntax(items[1]), pos)
        if kind == K_IF:
            return self.compile_if(form, scope, pos)
        if kind == K_LAMBDA:
            items = form_items(form, pos)
            if len(items) < 3:
                raise bad_syntax("lambda", form, pos)
            return self.compile_lambda(items[1], items[2:], scope, "", pos)
        if kind == K_NAMED_LAMBDA:
            items = form_items(form, pos)
            if len(items) < 3 or not isinstance(items[1], W_Pair):
                raise bad_syntax("named-lambda", form, pos)
            return self.compile_lambda(items[1].cdr, items[2:], scope, ident_name(items[1].car), pos)
        if kind == K_SET:
            return self.compile_set(form, scope, pos)
        if kind == K_BEGIN:
            items = form_items(form.cdr, pos)
            if len(items) == 0:
                return Const(UNSPECIFIED, pos)
            return self.sequence(items, scope, pos)
        if kind == K_LET:
            return self.compile_let(form, scope, pos)
        if kind == K_LET_STAR:
            return self.compile_let_star(form, scope, pos)
        if kind == K_LETREC or kind == K_LETREC_STAR:
            return self.compile_letrec(form, scope, pos)
        if kind == K_DEFINE or kind == K_DEFINE_SYNTAX or kind == K_DEFINE_VALUES or \
                kind == K_DEFINE_RECORD_TYPE:
            if scope.is_top_level():
                return self.compile_toplevel(form, scope, pos)
            raise syntax_error("definition in an expression context", strip_syntax(form), pos)
        if kind == K_LET_SYNTAX or kind == K_LETREC_SYNTAX:
            inner, body = self.syntax_binding_scope(form, scope, pos, kind == K_LETREC_SYNTAX)
            if scope.is_top_level():
                return self.toplevel_sequence(body, inner, pos)
            return self.compile_body(body, inner, pos)
        if kind == K_SYNTAX_ERROR:
            items = form_items(form, pos)
            message = "syntax-error"
            if len(items) > 1:
                text = items[1]
                if isinstance(text, W_String):
                    message = text.as_str()
            irritants = [strip_syntax(x) for x in items[2:]]
            err = W_ErrorObject(message, irritants, "syntax")
            err.pos = pos
            raise SchemeError(err)
        if kind == K_IMPORT or kind == K_DEFINE_LIBRARY or kind == K_INCLUDE or kind == K_INCLUDE_CI or \
                kind == K_COND_EXPAND:
            if scope.is_top_level() or kind == K_COND_EXPAND or kind == K_INCLUDE or kind == K_INCLUDE_CI:
                if kind == K_IMPORT or kind == K_DEFINE_LIBRARY:
                    return self.compile_toplevel(form, scope, pos)
                if kind == K_COND_EXPAND:
                    forms = self.vm.libraries.cond_expand(form, pos)
                else:
                    forms = self.vm.libraries.read_includes(form, kind == K_INCLUDE_CI, pos)
                if len(forms) == 0:
                    return Const(UNSPECIFIED, pos)
                if scope.is_top_level():
                    return self.toplevel_sequence(forms, scope, pos)
                return self.sequence(forms, scope, pos)
            raise syntax_error("%s is only allowed at top level" % binding.name, strip_syntax(form), pos)
        result = derived.compile_derived(self, kind, form, scope, pos)
        if result is None:
            raise syntax_error("misplaced syntactic keyword " + binding.name, strip_syntax(form), pos)
        return result

    # ---- core forms ---------------------------------------------------------------------------

    def compile_if(self, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
        items = form_items(form, pos)
        if len(items) != 3 and len(items) != 4:
            raise bad_syntax("if", form, pos)
        test = self.compile(items[1], scope, pos)
        then = self.compile(items[2], scope, pos)
        if len(items) == 4:
            otherwise = self.compile(items[3], scope, pos)
        else:
            otherwise = Const(UNSPECIFIED, pos)
        return If(test, then, otherwise, pos)

    def sequence(self, forms: list[W_Object], scope: Scope, pos: SourcePos | None) -> Node:
        """Expressions evaluated in order (no definitions)."""
        nodes = [self.compile(f, scope, pos) for f in forms]
        if len(nodes) == 0:
            return Const(UNSPECIFIED, pos)
        if len(nodes) == 1:
            return nodes[0]
        return Seq(nodes, pos)

    def compile_set(self, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
        items = form_items(form, pos)
        if len(items) != 3 or not is_identifier(items[1]):
            raise bad_syntax("set!", form, pos)
        return Assign(self.assignment_target(items[1], scope, pos), self.compile(items[2], scope, pos), pos)

    def assignment_target(self, ident: W_Object, scope: Scope, pos: SourcePos | None) -> Target:
        binding = resolve_variable(ident, scope)
        if isinstance(binding, LocalBinding):
            return LocalTarget(frame_depth(scope, binding.frame), binding.index)
        if isinstance(binding, GlobalCell):
            home = global_home(ident, scope)
            if binding.home is not home:
                raise syntax_error("set!: cannot assign an imported variable:", strip_syntax(ident), pos)
            return GlobalTarget(binding, True)
        raise syntax_error("set!: not a variable: " + ident_name(ident), strip_syntax(ident), pos)

    def parse_formals(self, formals: W_Object, pos: SourcePos | None) -> Formals:
        result = Formals()
        rest = formals
        while isinstance(rest, W_Pair):
            if not is_identifier(rest.car):
                raise syntax_error("parameter is not an identifier", strip_syntax(rest.car), pos)
            result.params.append(rest.car)
            rest = rest.cdr
        if rest is NIL:
            return result
        if not is_identifier(rest):
            raise syntax_error("bad parameter list", strip_syntax(formals), pos)
        result.rest = rest
        return result

    def compile_lambda(self, formals: W_Object, body: list[W_Object], scope: Scope, name: str,
                       pos: SourcePos | None) -> Lambda:
        parsed = self.parse_formals(formals, pos)
        params = parsed.params
        rest = parsed.rest
        frame = FrameInfo(scope.frame)
        inner = Scope(scope, frame, scope.env)
        for param in params:
            if param in inner.names:
                raise syntax_error("duplicate parameter " + ident_name(param), strip_syntax(formals), pos)
            inner.add_local(param, False)
        if rest is not None:
            if rest in inner.names:
                raise syntax_error("duplicate parameter " + ident_name(rest), strip_syntax(formals), pos)
            inner.add_local(rest, False)
        lam = Lambda(len(params), rest is not None, name, pos)
        lam.set_body(self.compile_body(body, inner, pos))
        lam.frame_size = frame.size
        return lam

    def compile_named_value(self, form: W_Object, scope: Scope, name: str, pos: SourcePos | None) -> Node:
        """An expression whose procedure value (if it is a lambda) gets `name`."""
        if isinstance(form, W_Pair) and self.special_kind(form.car, scope) == K_LAMBDA:
            items = form_items(form, pos)
            if len(items) >= 3:
                return self.compile_lambda(items[1], items[2:], scope, name, pos_of(form) or pos)
        return self.compile(form, scope, pos)

    # ---- definitions --------------------------------------------------------------------------

    def parse_define(self, form: W_Pair, pos: SourcePos | None) -> tuple[W_Object, W_Object, bool]:
        """(name, value form, is-procedure-shorthand) of a define form."""
        items = form_items(form, pos)
        if len(items) < 2:
            raise bad_syntax("define", form, pos)
        target = items[1]
        if isinstance(target, W_Pair):
            # (define (name . formals) body ...)
            name = target.car
            if len(items) < 3 or not is_identifier(name):
                raise bad_syntax("define", form, pos)
            body = W_Pair(target.cdr, form_rest(form, 2))
            return name, W_Pair(LAMBDA_MARK, body), True
        if not is_identifier(target):
            raise bad_syntax("define", form, pos)
        if len(items) == 2:
            return target, UNSPECIFIED, False
        if len(items) != 3:
            raise bad_syntax("define", form, pos)
        return target, items[2], False

    def compile_define_value(self, value: W_Object, scope: Scope, name: str, pos: SourcePos | None) -> Node:
        if isinstance(value, W_Pair) and value.car is LAMBDA_MARK:
            body = value.cdr
            assert isinstance(body, W_Pair)
            return self.compile_lambda(body.car, form_items(body.cdr, pos), scope, name, pos)
        if value is UNSPECIFIED:
            return Const(UNSPECIFIED, pos)
        return self.compile_named_value(value, scope, name, pos)

    def compile_define_toplevel(self, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
        name, value, _ = self.parse_define(form, pos)
        cell = scope.env.define_cell(identifier_symbol(name))
        node = self.compile_define_value(value, scope, ident_name(name), pos)
        return Assign(GlobalTarget(cell, False), node, pos)

    def define_syntax(self, form: W_Pair, scope: Scope, pos: SourcePos | None, toplevel: bool) -> None:
        items = form_items(form, pos)
        if len(items) != 3 or not is_identifier(items[1]):
            raise bad_syntax("define-syntax", form, pos)
        binding = self.make_transformer(items[2], scope, ident_name(items[1]), pos)
        if toplevel:
            scope.env.bindings[identifier_symbol(items[1])] = binding
        else:
            scope.bind(items[1], binding)

    def make_transformer(self, spec: W_Object, scope: Scope, name: str, pos: SourcePos | None) -> MacroBinding:
        """A macro binding from (syntax-rules ...), or the binding of another keyword (an alias)."""
        spec_pos = pos_of(spec) or pos
        if is_identifier(spec):
            binding = lookup(spec, scope)
            if isinstance(binding, MacroBinding):
                return binding
            raise syntax_error("define-syntax: not a macro: " + ident_name(spec), strip_syntax(spec), spec_pos)
        if not isinstance(spec, W_Pair) or self.special_kind(spec.car, scope) != K_SYNTAX_RULES:
            raise syntax_error("only syntax-rules transformers are supported", strip_syntax(spec), spec_pos)
        items = form_items(spec, spec_pos)
        if len(items) < 2:
            raise bad_syntax("syntax-rules", spec, spec_pos)
        index = 1
        ellipsis = identifier_symbol(ELLIPSIS_SYMBOL)
        if is_identifier(items[1]):
            ellipsis = identifier_symbol(items[1])
            index = 2
            if len(items) < 3:
                raise bad_syntax("syntax-rules", spec, spec_pos)
        literals = form_items(items[index], spec_pos)
        for literal in literals:
            if not is_identifier(literal):
                raise syntax_error("syntax-rules: a literal must be an identifier", strip_syntax(literal), spec_pos)
        transformer = SyntaxRules(name, scope, ellipsis, literals)
        for rule in items[index + 1:]:
            parts = form_items(rule, spec_pos)
            if len(parts) != 2:
                raise syntax_error("syntax-rules: a rule is (pattern template)", strip_syntax(rule), spec_pos)
            transformer.add_rule(parts[0], parts[1], pos_of(rule) or spec_pos)
        return MacroBinding(transformer, name)

    def syntax_binding_scope(self, form: W_Pair, scope: Scope, pos: SourcePos | None,
                             recursive: bool) -> tuple[Scope, list[W_Object]]:
        items = form_items(form, pos)
        if len(items) < 2:
            raise bad_syntax("let-syntax", form, pos)
        inner = Scope(scope, scope.frame, scope.env)
        definition_scope = inner if recursive else scope
        for spec in form_items(items[1], pos):
            parts = form_items(spec, pos)
            if len(parts) != 2 or not is_identifier(parts[0]):
                raise bad_syntax("let-syntax", form, pos)
            inner.bind(parts[0], self.make_transformer(parts[1], definition_scope, ident_name(parts[0]), pos))
        return inner, items[2:]

    # ---- bodies -------------------------------------------------------------------------------

    def compile_body(self, forms: list[W_Object], scope: Scope, pos: SourcePos | None) -> Node:
        """A lambda/let body: internal definitions (found after macro expansion) become slots of
        the scope's frame, initialised in order (letrec* semantics), then the expressions run."""
        assert scope.frame is not None
        items: list[BodyItem] = []
        pending: list[W_Object] = []
        i = len(forms) - 1
        while i >= 0:
            pending.append(forms[i])
            i -= 1
        while len(pending) > 0:
            form = pending.pop()
            form_pos = pos_of(form) or pos
            if isinstance(form, W_Pair) and is_identifier(form.car):
                binding = lookup(form.car, scope)
                if isinstance(binding, MacroBinding):
                    pending.append(self.expand_macro(binding, form, scope, form_pos))
                    continue
                if isinstance(binding, SpecialForm):
                    kind = binding.kind
                    if kind == K_BEGIN:
                        splice(pending, form_items(form.cdr, form_pos))
                        continue
                    if kind == K_INCLUDE or kind == K_INCLUDE_CI:
                        splice(pending, self.vm.libraries.read_includes(form, kind == K_INCLUDE_CI, form_pos))
                        continue
                    if kind == K_COND_EXPAND:
                        splice(pending, self.vm.libraries.cond_expand(form, form_pos))
                        continue
                    if kind == K_DEFINE:
                        name, value, _ = self.parse_define(form, form_pos)
                        binding_ = scope.add_local(name, True)
                        item = BodyItem(value, scope, LocalTarget(0, binding_.index), form_pos)
                        item.name = ident_name(name)
                        items.append(item)
                        continue
                    if kind == K_DEFINE_SYNTAX:
                        self.define_syntax(form, scope, form_pos, False)
                        continue
                    if kind == K_DEFINE_VALUES or kind == K_DEFINE_RECORD_TYPE:
                        items.extend(self.scan_definition(kind, form, scope, form_pos, False))
                        continue
            items.append(BodyItem(form, scope, None, form_pos))
        if len(items) == 0:
            return Const(UNSPECIFIED, pos)
        return self.sequence_of_items(items, pos)

    def sequence_of_items(self, items: list[BodyItem], pos: SourcePos | None) -> Node:
        nodes: list[Node] = []
        for item in items:
            prebuilt = item.node
            values_targets = item.values_targets
            target = item.target
            if prebuilt is not None:
                nodes.append(prebuilt)
            elif values_targets is not None:
                value = self.compile(item.form, item.scope, item.pos)
                nodes.append(DefineValues(values_targets, item.rest_target, value, item.pos))
            elif target is not None:
                value = self.compile_define_value(item.form, item.scope, item.name, item.pos)
                nodes.append(Assign(target, value, item.pos))
            else:
                nodes.append(self.compile(item.form, item.scope, item.pos))
        if len(nodes) == 0:
            return Const(UNSPECIFIED, pos)
        if len(nodes) == 1:
            return nodes[0]
        return Seq(nodes, pos)

    def scan_definition(self, kind: int, form: W_Pair, scope: Scope, pos: SourcePos | None,
                        toplevel: bool) -> list[BodyItem]:
        if kind == K_DEFINE_VALUES:
            return derived.define_values(self, form, scope, pos, toplevel)
        return derived.define_record_type(self, form, scope, pos, toplevel)

    def definition_target(self, ident: W_Object, scope: Scope, toplevel: bool) -> Target:
        if toplevel:
            return GlobalTarget(scope.env.define_cell(identifier_symbol(ident)), False)
        binding = scope.add_local(ident, True)
        return LocalTarget(0, binding.index)

    # ---- let family ---------------------------------------------------------------------------

    def parse_bindings(self, spec: W_Object, pos: SourcePos | None, who: str) -> tuple[list[W_Object], list[W_Object]]:
        names: list[W_Object] = []
        inits: list[W_Object] = []
        for binding in form_items(spec, pos):
            parts = form_items(binding, pos)
            if len(parts) == 0 or len(parts) > 2 or not is_identifier(parts[0]):
                raise syntax_error("%s: bad binding" % who, strip_syntax(binding), pos)
            names.append(parts[0])
            if len(parts) == 2:
                inits.append(parts[1])
            else:
                inits.append(UNSPECIFIED)
        return names, inits

    def compile_init(self, form: W_Object, scope: Scope, name: str, pos: SourcePos | None) -> Node:
        if form is UNSPECIFIED:
            return Const(UNSPECIFIED, pos)
        return self.compile_named_value(form, scope, name, pos)

    def compile_let(self, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
        items = form_items(form, pos)
        if len(items) < 3:
            raise bad_syntax("let", form, pos)
        if is_identifier(items[1]):
            return self.compile_named_let(items, scope, pos)
        names, inits = self.parse_bindings(items[1], pos, "let")
        init_nodes = [self.compile_init(inits[i], scope, ident_name(names[i]), pos) for i in range(len(names))]
        frame = FrameInfo(scope.frame)
        inner = Scope(scope, frame, scope.env)
        for name in names:
            if name in inner.names:
                raise syntax_error("let: duplicate variable " + ident_name(name), strip_syntax(form), pos)
            inner.add_local(name, False)
        node = Let(init_nodes, Const(UNSPECIFIED, pos), pos)
        node.body = self.compile_body(items[2:], inner, pos)
        node.frame_size = frame.size
        return node

    def compile_named_let(self, items: list[W_Object], scope: Scope, pos: SourcePos | None) -> Node:
        if len(items) < 4:
            raise syntax_error("let: bad named let", strip_syntax(list_of(items)), pos)
        loop_name = items[1]
        names, inits = self.parse_bindings(items[2], pos, "let")
        loop_frame = FrameInfo(scope.frame)
        loop_scope = Scope(scope, loop_frame, scope.env)
        # the initialisers are evaluated inside the loop's frame but cannot see the loop name
        init_nodes = [self.compile_init(inits[i], loop_scope, ident_name(names[i]), pos) for i in range(len(names))]
        loop_binding = loop_scope.add_local(loop_name, False)
        formals = list_of(names)
        lam = self.compile_lambda(formals, items[3:], loop_scope, ident_name(loop_name), pos)
        call = App(LocalRef(0, loop_binding.index, ident_name(loop_name), False, pos), init_nodes, pos)
        node = Letrec([lam], call, pos)
        node.frame_size = loop_frame.size
        return node

    def compile_let_star(self, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
        items = form_items(form, pos)
        if len(items) < 3:
            raise bad_syntax("let*", form, pos)
        names, inits = self.parse_bindings(items[1], pos, "let*")
        init_nodes: list[Node] = []
        frames: list[FrameInfo] = []
        current = scope
        for i in range(len(names)):
            init_nodes.append(self.compile_init(inits[i], current, ident_name(names[i]), pos))
            frame = FrameInfo(current.frame)
            current = Scope(current, frame, scope.env)
            current.add_local(names[i], False)
            frames.append(frame)
        if len(names) == 0:
            frame = FrameInfo(scope.frame)
            current = Scope(scope, frame, scope.env)
            node = Let([], Const(UNSPECIFIED, pos), pos)
            node.body = self.compile_body(items[2:], current, pos)
            node.frame_size = frame.size
            return node
        body = self.compile_body(items[2:], current, pos)
        i = len(names) - 1
        while i >= 0:
            let = Let([init_nodes[i]], body, pos)
            let.frame_size = frames[i].size
            body = let
            i -= 1
        return body

    def compile_letrec(self, form: W_Pair, scope: Scope, pos: SourcePos | None) -> Node:
        items = form_items(form, pos)
        if len(items) < 3:
            raise bad_syntax("letrec", form, pos)
        names, inits = self.parse_bindings(items[1], pos, "letrec")
        frame = FrameInfo(scope.frame)
        inner = Scope(scope, frame, scope.env)
        for name in names:
            if name in inner.names:
                raise syntax_error("letrec: duplicate variable " + ident_name(name), strip_syntax(form), pos)
            inner.add_local(name, True)
        init_nodes = [self.compile_init(inits[i], inner, ident_name(names[i]), pos) for i in range(len(names))]
        node = Letrec(init_nodes, Const(UNSPECIFIED, pos), pos)
        node.body = self.compile_body(items[2:], inner, pos)
        node.frame_size = frame.size
        return node

