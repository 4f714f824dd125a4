"""Symbol tables: which scope each name of a module belongs to (local, global, free, cell), found
the way CPython's symtable.c does — collect the uses and bindings of every block, then resolve
them from the outermost block inwards, turning captured locals into cells.
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser.astvisitor import ASTVisitor
from languages.python.parser.errors import PySyntaxError

# how a name is used in a block (flags, combined)
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_COMP_ITER = 512
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# where a name lives, once resolved
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5

# block kinds
MODULE = 0
CLASS = 1
FUNCTION = 2


def mangle(private: str, name: str) -> str:
    """Private name mangling: `__x` in class C becomes `_C__x` (not dunder names, not dotted)."""
    if private == "" or not name.startswith("__"):
        return name
    if name.endswith("__") or "." in name:
        return name
    stripped = private
    while stripped.startswith("_"):
        stripped = stripped[1:]
    if stripped == "":
        return name
    return "_" + stripped + name


class Scope:
    """One block: its names and flags, then (after analysis) where each name lives."""

    def __init__(self, name: str, kind: int, lineno: int, col_offset: int) -> None:
        self.name = name
        self.kind = kind
        self.lineno = lineno
        self.col_offset = col_offset
        self.symbols: dict[str, int] = {}
        self.resolved: dict[str, int] = {}
        self.varnames: list[str] = []        # parameters in order, then other locals
        self.children: list[Scope] = []
        self.is_generator = False
        self.is_coroutine = False
        self.is_comprehension = False
        self.is_lambda = False
        self.nested = False
        self.has_free = False
        self.child_has_free = False
        self.needs_class_closure = False
        self.has_return_value = False
        self.private = ""                   # the class name used for mangling inside this block
        self.comp_iter_expr = 0
        self.directives: dict[str, tuple[int, int]] = {}   # global/nonlocal name -> (line, column)

    def add(self, name: str, flag: int) -> int:
        old = self.symbols.get(name, 0)
        self.symbols[name] = old | flag
        return old

    def lookup(self, name: str) -> int:
        return self.resolved.get(name, 0)

    def flags_of(self, name: str) -> int:
        return self.symbols.get(name, 0)


class SymbolTable(ASTVisitor):
    """Build the scopes of one module's AST (`scopes` maps each block node to its Scope)."""

    def __init__(self, filename: str, source_lines: list[str]) -> None:
        self.filename = filename
        self.source_lines = source_lines
        self.scope_stack: list[Scope] = []
        self.scopes: dict[ast.AST, Scope] = {}
        self.current: Scope | None = None
        self.top: Scope | None = None
        self.private = ""
        self.in_comp_target = False

    # ---- errors ---------------------------------------------------------------------------------------

    def error(self, message: str, lineno: int, col_offset: int) -> PySyntaxError:
        text: str | None = None
        if 0 < lineno <= len(self.source_lines):
            text = self.source_lines[lineno - 1]
        return PySyntaxError(message, self.filename, lineno, col_offset + 1, text, lineno, col_offset + 1)

    # ---- building -----------------------------------------------------------------------------------

    def build(self, tree: ast.mod) -> Scope:
        top = Scope("top", MODULE, 0, 0)
        self.top = top
        self.scopes[tree] = top
        self.enter(top)
        if isinstance(tree, ast.Module):
            self.visit_stmts(tree.body)
        elif isinstance(tree, ast.Interactive):
            self.visit_stmts(tree.body)
        elif isinstance(tree, ast.Expression):
            tree.body.walkabout(self)
        self.leave()
        analyze(top, None, {}, {}, self)
        return top

    def scope(self) -> Scope:
        current = self.current
        assert current is not None
        return current

    def enter(self, scope: Scope) -> None:
        prev = self.current
        if prev is not None:
            prev.children.append(scope)
            if prev.nested or prev.kind == FUNCTION:
                scope.nested = True
        scope.private = self.private
        self.scope_stack.append(scope)
        self.current = scope

    def leave(self) -> None:
        self.scope_stack.pop()
        if len(self.scope_stack) > 0:
            self.current = self.scope_stack[-1]
        else:
            self.current = None

    def add_def(self, name: str, flag: int, lineno: int, col_offset: int) -> None:
        scope = self.scope()
        mangled = mangle(self.private, name)
        old = scope.flags_of(mangled)
        if flag & DEF_PARAM and old & DEF_PARAM:
            raise self.error("duplicate argument '%s' in function definition" % name, lineno, col_offset)
        scope.add(mangled, flag)
        if flag & DEF_PARAM:
            scope.varnames.append(mangled)
        if flag & DEF_GLOBAL:
            top = self.top
            assert top is not None
            top.add(mangled, DEF_GLOBAL)

    def visit_stmts(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            stmt.walkabout(self)

    def visit_exprs(self, exprs: list[ast.expr]) -> None:
        for expr in exprs:
            expr.walkabout(self)

    def visit_opt(self, expr: ast.expr | None) -> None:
        if expr is not None:
            expr.walkabout(self)

    # ---- statements -----------------------------------------------------------------------------------

    def visit_function(self, node: ast.stmt, name: str, args: ast.arguments, body: list[ast.stmt],
                       decorators: list[ast.expr], returns: ast.expr | None, is_async: bool) -> None:
        self.add_def(name, DEF_LOCAL, node.lineno, node.col_offset)
        self.visit_defaults(args)
        self.visit_annotations(args, returns)
        self.visit_exprs(decorators)
        scope = Scope(name, FUNCTION, node.lineno, node.col_offset)
        scope.is_coroutine = is_async
        self.scopes[node] = scope
        self.enter(scope)
        self.visit_params(args)
        self.visit_stmts(body)
        self.leave()

    def visit_defaults(self, args: ast.arguments) -> None:
        self.visit_exprs(args.defaults)
        for default in args.kw_defaults:
            if default is not None:
                default.walkabout(self)

    def visit_annotations(self, args: ast.arguments, returns: ast.expr | None) -> None:
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            self.visit_opt(a.annotation)
        if args.vararg is not None:
            self.visit_opt(args.vararg.annotation)
        if args.kwarg is not None:
            self.visit_opt(args.kwarg.annotation)
        self.visit_opt(returns)

    def visit_params(self, args: ast.arguments) -> None:
        for a in args.posonlyargs:
            self.add_def(a.arg, DEF_PARAM, a.lineno, a.col_offset)
        for a in args.args:
            self.add_def(a.arg, DEF_PARAM, a.lineno, a.col_offset)
        for a in args.kwonlyargs:
            self.add_def(a.arg, DEF_PARAM, a.lineno, a.col_offset)
        vararg = args.vararg
        if vararg is not None:
            self.add_def(vararg.arg, DEF_PARAM, vararg.lineno, vararg.col_offset)
        kwarg = args.kwarg
        if kwarg is not None:
            self.add_def(kwarg.arg, DEF_PARAM, kwarg.lineno, kwarg.col_offset)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.visit_function(node, node.name, node.args, node.body, node.decorator_list, node.returns, False)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.visit_function(node, node.name, node.args, node.body, node.decorator_list, node.returns, True)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.add_def(node.name, DEF_LOCAL, node.lineno, node.col_offset)
        self.visit_exprs(node.bases)
        for kw in node.keywords:
            kw.value.walkabout(self)
        self.visit_exprs(node.decorator_list)
        scope = Scope(node.name, CLASS, node.lineno, node.col_offset)
        self.scopes[node] = scope
        saved_private = self.private
        self.private = node.name
        self.enter(scope)
        self.visit_stmts(node.body)
        self.leave()
        self.private = saved_private

    def visit_Return(self, node: ast.Return) -> None:
        value = node.value
        if value is not None:
            value.walkabout(self)
            self.scope().has_return_value = True

    def visit_Delete(self, node: ast.Delete) -> None:
        self.visit_exprs(node.targets)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit_exprs(node.targets)
        node.value.walkabout(self)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        node.target.walkabout(self)
        node.value.walkabout(self)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        target = node.target
        if isinstance(target, ast.Name):
            scope = self.scope()
            name = mangle(self.private, target.id)
            flags = scope.flags_of(name)
            if flags & (DEF_GLOBAL | DEF_NONLOCAL) and scope.kind != MODULE and node.simple:
                kind = "global" if flags & DEF_GLOBAL else "nonlocal"
                raise self.error("annotated name '%s' can't be %s" % (target.id, kind), node.lineno, node.col_offset)
            if node.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL if node.value is not None else DEF_ANNOT,
                             target.lineno, target.col_offset)
            elif node.value is not None:
                self.add_def(target.id, DEF_LOCAL, target.lineno, target.col_offset)
        else:
            target.walkabout(self)
        node.annotation.walkabout(self)
        self.visit_opt(node.value)

    def visit_For(self, node: ast.For) -> None:
        node.target.walkabout(self)
        node.iter.walkabout(self)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        node.target.walkabout(self)
        node.iter.walkabout(self)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def visit_While(self, node: ast.While) -> None:
        node.test.walkabout(self)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def visit_If(self, node: ast.If) -> None:
        node.test.walkabout(self)
        self.visit_stmts(node.body)
        self.visit_stmts(node.orelse)

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            item.walkabout(self)
        self.visit_stmts(node.body)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> None:
        for item in node.items:
            item.walkabout(self)
        self.visit_stmts(node.body)

    def visit_withitem(self, node: ast.withitem) -> None:
        node.context_expr.walkabout(self)
        self.visit_opt(node.optional_vars)

    def visit_Match(self, node: ast.Match) -> None:
        node.subject.walkabout(self)
        for case in node.cases:
            case.walkabout(self)

    def visit_match_case(self, node: ast.match_case) -> None:
        node.pattern.walkabout(self)
        self.visit_opt(node.guard)
        self.visit_stmts(node.body)

    def visit_Raise(self, node: ast.Raise) -> None:
        self.visit_opt(node.exc)
        self.visit_opt(node.cause)

    def visit_Try(self, node: ast.Try) -> None:
        self.visit_stmts(node.body)
        for handler in node.handlers:
            handler.walkabout(self)
        self.visit_stmts(node.orelse)
        self.visit_stmts(node.finalbody)

    def visit_TryStar(self, node: ast.TryStar) -> None:
        self.visit_stmts(node.body)
        for handler in node.handlers:
            handler.walkabout(self)
        self.visit_stmts(node.orelse)
        self.visit_stmts(node.finalbody)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        self.visit_opt(node.type)
        name = node.name
        if name is not None:
            self.add_def(name, DEF_LOCAL, node.lineno, node.col_offset)
        self.visit_stmts(node.body)

    def visit_Assert(self, node: ast.Assert) -> None:
        node.test.walkabout(self)
        self.visit_opt(node.msg)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            asname = alias.asname
            if asname is not None:
                self.add_def(asname, DEF_IMPORT, node.lineno, node.col_offset)
            else:
                name = alias.name
                dot = name.find(".")
                if dot >= 0:
                    name = name[:dot]
                self.add_def(name, DEF_IMPORT, node.lineno, node.col_offset)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name == "*":
                if self.scope().kind != MODULE:
                    raise self.error("import * only allowed at module level", node.lineno, node.col_offset)
                continue
            asname = alias.asname
            self.add_def(asname if asname is not None else alias.name, DEF_IMPORT, node.lineno, node.col_offset)

    def visit_Global(self, node: ast.Global) -> None:
        scope = self.scope()
        for name in node.names:
            mangled = mangle(self.private, name)
            flags = scope.flags_of(mangled)
            if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if flags & DEF_PARAM:
                    message = "name '%s' is parameter and global" % name
                elif flags & USE:
                    message = "name '%s' is used prior to global declaration" % name
                elif flags & DEF_ANNOT:
                    message = "annotated name '%s' can't be global" % name
                else:
                    message = "name '%s' is assigned to before global declaration" % name
                raise self.error(message, node.lineno, node.col_offset)
            self.add_def(name, DEF_GLOBAL, node.lineno, node.col_offset)
            if mangled not in scope.directives:
                scope.directives[mangled] = (node.lineno, node.col_offset)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        scope = self.scope()
        if scope.kind == MODULE:
            raise self.error("nonlocal declaration not allowed at module level", node.lineno, node.col_offset)
        for name in node.names:
            mangled = mangle(self.private, name)
            flags = scope.flags_of(mangled)
            if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if flags & DEF_PARAM:
                    message = "name '%s' is parameter and nonlocal" % name
                elif flags & USE:
                    message = "name '%s' is used prior to nonlocal declaration" % name
                elif flags & DEF_ANNOT:
                    message = "annotated name '%s' can't be nonlocal" % name
                else:
                    message = "name '%s' is assigned to before nonlocal declaration" % name
                raise self.error(message, node.lineno, node.col_offset)
            self.add_def(name, DEF_NONLOCAL, node.lineno, node.col_offset)
            if mangled not in scope.directives:
                scope.directives[mangled] = (node.lineno, node.col_offset)

    def visit_Expr(self, node: ast.Expr) -> None:
        node.value.walkabout(self)

    def visit_Pass(self, node: ast.Pass) -> None:
        pass

    def visit_Break(self, node: ast.Break) -> None:
        pass

    def visit_Continue(self, node: ast.Continue) -> None:
        pass

    # ---- expressions ----------------------------------------------------------------------------------

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        self.visit_exprs(node.values)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        scope = self.scope()
        target = node.target
        assert isinstance(target, ast.Name)
        if scope.comp_iter_expr > 0:
            raise self.error("assignment expression cannot be used in a comprehension iterable expression",
                             node.lineno, node.col_offset)
        node.value.walkabout(self)
        if scope.is_comprehension:
            self.extend_namedexpr_scope(target)
        else:
            target.walkabout(self)

    def extend_namedexpr_scope(self, target: ast.Name) -> None:
        """`(x := ...)` in a comprehension binds x in the enclosing function (or module)."""
        name = target.id
        i = len(self.scope_stack) - 1
        while i >= 0:
            entry = self.scope_stack[i]
            if entry.is_comprehension:
                if entry.flags_of(name) & DEF_COMP_ITER:
                    raise self.error("assignment expression cannot rebind comprehension iteration variable '%s'"
                                     % name, target.lineno, target.col_offset)
                i -= 1
                continue
            if entry.kind == FUNCTION:
                # a name the function declares global stays global in the comprehension
                if entry.flags_of(name) & DEF_GLOBAL:
                    self.scope().add(name, DEF_GLOBAL)
                else:
                    self.scope().add(name, DEF_NONLOCAL)
                entry.add(name, DEF_LOCAL)
                return
            if entry.kind == MODULE:
                self.scope().add(name, DEF_GLOBAL)
                entry.add(name, DEF_LOCAL | DEF_GLOBAL)
                return
            raise self.error("assignment expression within a comprehension cannot be used in a class body",
                             target.lineno, target.col_offset)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        node.left.walkabout(self)
        node.right.walkabout(self)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        node.operand.walkabout(self)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.visit_defaults(node.args)
        scope = Scope("lambda", FUNCTION, node.lineno, node.col_offset)
        scope.is_lambda = True
        self.scopes[node] = scope
        self.enter(scope)
        self.visit_params(node.args)
        node.body.walkabout(self)
        self.leave()

    def visit_IfExp(self, node: ast.IfExp) -> None:
        node.test.walkabout(self)
        node.body.walkabout(self)
        node.orelse.walkabout(self)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key in node.keys:
            if key is not None:
                key.walkabout(self)
        self.visit_exprs(node.values)

    def visit_Set(self, node: ast.Set) -> None:
        self.visit_exprs(node.elts)

    def visit_comprehension_scope(self, node: ast.expr, name: str, generators: list[ast.comprehension],
                                  elt: ast.expr, value: ast.expr | None, is_generator: bool) -> None:
        first = generators[0]
        # the outermost iterable is evaluated in the enclosing scope
        self.scope().comp_iter_expr += 1
        first.iter.walkabout(self)
        self.scope().comp_iter_expr -= 1
        scope = Scope(name, FUNCTION, node.lineno, node.col_offset)
        scope.is_comprehension = True
        scope.is_generator = is_generator
        self.scopes[node] = scope
        self.enter(scope)
        scope.add(".0", DEF_PARAM)
        scope.varnames.append(".0")
        self.visit_comp_target(first.target)
        self.visit_exprs(first.ifs)
        for i in range(1, len(generators)):
            gen = generators[i]
            scope.comp_iter_expr += 1
            gen.iter.walkabout(self)
            scope.comp_iter_expr -= 1
            self.visit_comp_target(gen.target)
            self.visit_exprs(gen.ifs)
            if gen.is_async:
                scope.is_coroutine = True
        if first.is_async:
            scope.is_coroutine = True
        if value is not None:
            elt.walkabout(self)
            value.walkabout(self)
        else:
            elt.walkabout(self)
        self.leave()

    def visit_comp_target(self, target: ast.expr) -> None:
        saved = self.in_comp_target
        self.in_comp_target = True
        target.walkabout(self)
        self.in_comp_target = saved

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self.visit_comprehension_scope(node, "<listcomp>", node.generators, node.elt, None, False)

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self.visit_comprehension_scope(node, "<setcomp>", node.generators, node.elt, None, False)

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.visit_comprehension_scope(node, "<dictcomp>", node.generators, node.key, node.value, False)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.visit_comprehension_scope(node, "<genexpr>", node.generators, node.elt, None, True)

    def visit_Await(self, node: ast.Await) -> None:
        scope = self.scope()
        if scope.is_comprehension:
            scope.is_coroutine = True
        node.value.walkabout(self)

    def visit_Yield(self, node: ast.Yield) -> None:
        self.check_yield(node, "yield")
        self.visit_opt(node.value)
        self.scope().is_generator = True

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        self.check_yield(node, "yield from")
        node.value.walkabout(self)
        self.scope().is_generator = True

    def check_yield(self, node: ast.expr, what: str) -> None:
        scope = self.scope()
        if scope.is_comprehension:
            kind = scope.name[1:len(scope.name) - 1] if len(scope.name) > 2 else scope.name
            if kind == "genexpr":
                kind = "generator expression"
            elif kind == "listcomp":
                kind = "list comprehension"
            elif kind == "setcomp":
                kind = "set comprehension"
            elif kind == "dictcomp":
                kind = "dict comprehension"
            raise self.error("'yield' inside %s" % kind, node.lineno, node.col_offset)

    def visit_Compare(self, node: ast.Compare) -> None:
        node.left.walkabout(self)
        self.visit_exprs(node.comparators)

    def visit_Call(self, node: ast.Call) -> None:
        node.func.walkabout(self)
        self.visit_exprs(node.args)
        for kw in node.keywords:
            kw.value.walkabout(self)

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        node.value.walkabout(self)
        self.visit_opt(node.format_spec)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.visit_exprs(node.values)

    def visit_Constant(self, node: ast.Constant) -> None:
        pass

    def visit_Attribute(self, node: ast.Attribute) -> None:
        node.value.walkabout(self)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        node.value.walkabout(self)
        node.slice.walkabout(self)

    def visit_Starred(self, node: ast.Starred) -> None:
        node.value.walkabout(self)

    def visit_Name(self, node: ast.Name) -> None:
        scope = self.scope()
        if node.ctx == ast.LOAD:
            self.add_def(node.id, USE, node.lineno, node.col_offset)
            if scope.kind == FUNCTION and node.id == "super":
                # zero-argument super() needs the class: make __class__ a free variable
                self.add_def("__class__", USE, node.lineno, node.col_offset)
        else:
            flag = DEF_LOCAL
            if self.in_comp_target:
                flag |= DEF_COMP_ITER
            self.add_def(node.id, flag, node.lineno, node.col_offset)

    def visit_List(self, node: ast.List) -> None:
        self.visit_exprs(node.elts)

    def visit_Tuple(self, node: ast.Tuple) -> None:
        self.visit_exprs(node.elts)

    def visit_Slice(self, node: ast.Slice) -> None:
        self.visit_opt(node.lower)
        self.visit_opt(node.upper)
        self.visit_opt(node.step)

    def visit_keyword(self, node: ast.keyword) -> None:
        node.value.walkabout(self)

    # ---- patterns -------------------------------------------------------------------------------------

    def visit_MatchValue(self, node: ast.MatchValue) -> None:
        node.value.walkabout(self)

    def visit_MatchSingleton(self, node: ast.MatchSingleton) -> None:
        pass

    def visit_MatchSequence(self, node: ast.MatchSequence) -> None:
        for p in node.patterns:
            p.walkabout(self)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        self.visit_exprs(node.keys)
        for p in node.patterns:
            p.walkabout(self)
        rest = node.rest
        if rest is not None:
            self.add_def(rest, DEF_LOCAL, node.lineno, node.col_offset)

    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        node.cls.walkabout(self)
        for p in node.patterns:
            p.walkabout(self)
        for p in node.kwd_patterns:
            p.walkabout(self)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        name = node.name
        if name is not None:
            self.add_def(name, DEF_LOCAL, node.lineno, node.col_offset)

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        pattern = node.pattern
        if pattern is not None:
            pattern.walkabout(self)
        name = node.name
        if name is not None:
            self.add_def(name, DEF_LOCAL, node.lineno, node.col_offset)

    def visit_MatchOr(self, node: ast.MatchOr) -> None:
        for p in node.patterns:
            p.walkabout(self)


# ---- analysis ---------------------------------------------------------------------------------------------

def analyze(scope: Scope, bound: dict[str, bool] | None, free: dict[str, bool], global_: dict[str, bool],
            table: SymbolTable) -> None:
    """Resolve every name of `scope` and its children (CPython's analyze_block). `bound` holds
    the names bound in enclosing function scopes; names found free here are added to `free`."""
    local: dict[str, bool] = {}
    new_global: dict[str, bool] = {}
    new_free: dict[str, bool] = {}
    new_bound: dict[str, bool] = {}
    if scope.kind == CLASS:
        for name in global_:
            new_global[name] = True
        if bound is not None:
            for name in bound:
                new_bound[name] = True
    for name in scope.symbols:
        analyze_name(scope, name, scope.symbols[name], bound, local, free, global_, table)
    if scope.kind != CLASS:
        if scope.kind == FUNCTION:
            for name in local:
                new_bound[name] = True
        if bound is not None:
            for name in bound:
                new_bound[name] = True
        for name in global_:
            new_global[name] = True
    else:
        new_bound["__class__"] = True
    all_free: dict[str, bool] = {}
    for child in scope.children:
        child_free: dict[str, bool] = {}
        analyze(child, copy_names(new_bound), child_free, copy_names(new_global), table)
        for name in child_free:
            all_free[name] = True
        if child.has_free or child.child_has_free:
            scope.child_has_free = True
    for name in all_free:
        new_free[name] = True
    if scope.kind == FUNCTION:
        # locals captured by children become cells
        for name in scope.resolved:
            if scope.resolved[name] == LOCAL and name in new_free:
                scope.resolved[name] = CELL
                del new_free[name]
    elif scope.kind == CLASS:
        if "__class__" in new_free:
            scope.needs_class_closure = True
            del new_free["__class__"]
    # free names of the children not resolved here pass through this scope
    for name in new_free:
        if name in scope.symbols:
            flags = scope.symbols[name]
            if scope.kind == CLASS and flags & (DEF_BOUND | DEF_GLOBAL):
                scope.symbols[name] = flags | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        scope.symbols[name] = 0
        scope.resolved[name] = FREE
    for name in new_free:
        free[name] = True


def directive_position(scope: Scope, name: str) -> tuple[int, int]:
    """Where the global/nonlocal statement naming `name` is (CPython's error_at_directive)."""
    if name in scope.directives:
        return scope.directives[name]
    return scope.lineno, scope.col_offset


def analyze_name(scope: Scope, name: str, flags: int, bound: dict[str, bool] | None, local: dict[str, bool],
                 free: dict[str, bool], global_: dict[str, bool], table: SymbolTable) -> None:
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            line, col = directive_position(scope, name)
            raise table.error("name '%s' is nonlocal and global" % name, line, col)
        scope.resolved[name] = GLOBAL_EXPLICIT
        global_[name] = True
        if bound is not None and name in bound:
            del bound[name]
        return
    if flags & DEF_NONLOCAL:
        if bound is None or name not in bound:
            line, col = directive_position(scope, name)
            raise table.error("no binding for nonlocal '%s' found" % name, line, col)
        scope.resolved[name] = FREE
        scope.has_free = True
        free[name] = True
        return
    if flags & DEF_BOUND:
        scope.resolved[name] = LOCAL
        local[name] = True
        if name in global_:
            del global_[name]
        return
    if bound is not None and name in bound:
        scope.resolved[name] = FREE
        scope.has_free = True
        free[name] = True
        return
    if name in global_:
        scope.resolved[name] = GLOBAL_IMPLICIT
        return
    if scope.nested:
        scope.has_free = True
    scope.resolved[name] = GLOBAL_IMPLICIT


def copy_names(names: dict[str, bool]) -> dict[str, bool]:
    result: dict[str, bool] = {}
    for name in names:
        result[name] = names[name]
    return result
