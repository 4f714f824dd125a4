"""The compiler from AST to bytecode: one CompilerUnit per code object being built (module,
class body, function, lambda, comprehension), name resolution through the symbol table, and the
entry point compile_ast(). Statements, expressions and patterns are compiled by the mixins in
codegen_stmt.py, codegen_expr.py and codegen_match.py.
"""

from __future__ import annotations

from languages.python.compiler import opcodes as op
from languages.python.compiler import symtable as st
from languages.python.compiler.assembler import AssemblyError, CodeBuilder, Label, assemble
from languages.python.compiler.codegen_expr import ExprMixin
from languages.python.compiler.codegen_match import MatchMixin
from languages.python.compiler.codegen_stmt import StmtMixin
from languages.python.compiler.consts import const_key, wrap_const
from languages.python.interpreter.pycode import (
    CO_ASYNC_GENERATOR,
    CO_COROUTINE,
    CO_GENERATOR,
    CO_NEWLOCALS,
    CO_NOFREE,
    CO_OPTIMIZED,
    CO_VARARGS,
    CO_VARKEYWORDS,
    PyCode,
)
from languages.python.objspace import strobject
from languages.python.objspace.root import W_Root, w_None
from languages.python.parser import astnodes as ast
from languages.python.parser import consts as pc
from languages.python.parser.astvisitor import ASTVisitor
from languages.python.parser.errors import PySyntaxError

# kinds of the blocks that return/break/continue must unwind (CPython's fblocks)
WHILE_LOOP = 0
FOR_LOOP = 1
TRY_EXCEPT = 2
FINALLY_TRY = 3
FINALLY_END = 4
WITH = 5
HANDLER_CLEANUP = 6
POP_VALUE = 7
EXCEPTION_HANDLER = 8
ASYNC_WITH = 9
EXCEPTION_GROUP_HANDLER = 10


class FBlock:
    def __init__(self, kind: int, continue_label, exit_label, handler_depth: int,
                 finalbody: list[ast.stmt] | None, name: str | None) -> None:
        self.kind = kind
        self.continue_label = continue_label
        self.exit_label = exit_label
        self.handler_depth = handler_depth      # length of the handler stack outside this block
        self.finalbody = finalbody
        self.name = name


class CompilerUnit:
    """The state of one code object under construction."""

    def __init__(self, scope: st.Scope, name: str, qualname: str, firstlineno: int) -> None:
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstlineno = firstlineno
        self.builder = CodeBuilder()
        self.consts_w: list[W_Root] = []
        self.const_index: dict[str, int] = {}
        self.names: list[str] = []
        self.name_index: dict[str, int] = {}
        self.varnames: list[str] = []
        self.varname_index: dict[str, int] = {}
        for name_ in scope.varnames:
            self.add_varname(name_)
        cells: list[str] = []
        frees: list[str] = []
        for name_ in scope.resolved:
            kind = scope.resolved[name_]
            if kind == st.CELL:
                cells.append(name_)
            elif kind == st.FREE:
                frees.append(name_)
        for name_ in scope.symbols:
            if scope.symbols[name_] & st.DEF_FREE_CLASS and name_ not in frees:
                frees.append(name_)
        if scope.needs_class_closure:
            cells.append("__class__")
        cells.sort()
        frees.sort()
        self.cellvars = cells
        self.freevars = frees
        self.argcount = 0
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.flags = 0
        self.fblocks: list[FBlock] = []
        self.private = scope.private
        self.docstring: W_Root | None = None
        self.generator_handler_label: Label | None = None

    def add_varname(self, name: str) -> int:
        if name in self.varname_index:
            return self.varname_index[name]
        index = len(self.varnames)
        self.varnames.append(name)
        self.varname_index[name] = index
        return index

    def add_name(self, name: str) -> int:
        if name in self.name_index:
            return self.name_index[name]
        index = len(self.names)
        self.names.append(name)
        self.name_index[name] = index
        return index

    def add_const(self, w_value: W_Root) -> int:
        key = const_key(w_value)
        if key in self.const_index:
            return self.const_index[key]
        index = len(self.consts_w)
        self.consts_w.append(w_value)
        self.const_index[key] = index
        return index

    def add_code_const(self, w_code: W_Root) -> int:
        index = len(self.consts_w)
        self.consts_w.append(w_code)
        return index

    def cell_index(self, name: str) -> int:
        for i in range(len(self.cellvars)):
            if self.cellvars[i] == name:
                return i
        for i in range(len(self.freevars)):
            if self.freevars[i] == name:
                return len(self.cellvars) + i
        return -1


class CodeGenerator(StmtMixin, ExprMixin, MatchMixin, ASTVisitor):
    """Compiles a module's AST; `units` is the stack of code objects being built."""

    def __init__(self, filename: str, source_lines: list[str], table: st.SymbolTable, interactive: bool) -> None:
        self.filename = filename
        self.source_lines = source_lines
        self.table = table
        self.interactive = interactive
        self.units: list[CompilerUnit] = []
        self.unit: CompilerUnit | None = None
        self.future_imports: list[ast.ImportFrom] = []     # the ones at the start of the module

    # ---- errors -----------------------------------------------------------------------------------------

    def error(self, message: str, node: ast.AST) -> PySyntaxError:
        lineno, col, end_lineno, end_col = node_position(node)
        text: str | None = None
        if 0 < lineno <= len(self.source_lines):
            text = self.source_lines[lineno - 1]
        return PySyntaxError(message, self.filename, lineno, col + 1, text, end_lineno, end_col + 1)

    # ---- units --------------------------------------------------------------------------------------------

    def u(self) -> CompilerUnit:
        unit = self.unit
        assert unit is not None
        return unit

    def b(self) -> CodeBuilder:
        return self.u().builder

    def enter_unit(self, node: ast.AST, name: str, firstlineno: int) -> CompilerUnit:
        scope = self.table.scopes[node]
        qualname = self.make_qualname(name, scope)
        unit = CompilerUnit(scope, name, qualname, firstlineno)
        self.units.append(unit)
        self.unit = unit
        unit.builder.set_position(firstlineno, 0, firstlineno, 0)
        return unit

    def make_qualname(self, name: str, scope: st.Scope) -> str:
        if len(self.units) <= 1:
            return name
        parent = self.units[-1]
        pscope = parent.scope
        if pscope.kind == st.MODULE:
            return name
        if scope.kind == st.FUNCTION or scope.kind == st.CLASS:
            mangled = st.mangle(parent.private, name)
            if pscope.lookup(mangled) == st.GLOBAL_EXPLICIT:
                return name
        if pscope.kind == st.FUNCTION:
            return parent.qualname + ".<locals>." + name
        return parent.qualname + "." + name

    def leave_unit(self) -> PyCode:
        unit = self.u()
        code = self.make_code(unit)
        self.units.pop()
        if len(self.units) > 0:
            self.unit = self.units[-1]
        else:
            self.unit = None
        return code

    def make_code(self, unit: CompilerUnit) -> PyCode:
        scope = unit.scope
        flags = unit.flags
        if scope.kind == st.FUNCTION:
            flags |= CO_NEWLOCALS | CO_OPTIMIZED
            if scope.is_generator and scope.is_coroutine:
                flags |= CO_ASYNC_GENERATOR
            elif scope.is_generator:
                flags |= CO_GENERATOR
            elif scope.is_coroutine:
                flags |= CO_COROUTINE
        if len(unit.cellvars) == 0 and len(unit.freevars) == 0:
            flags |= CO_NOFREE
        try:
            result = assemble(unit.builder, unit.firstlineno)
        except AssemblyError as e:
            raise PySyntaxError("internal compiler error: " + e.message, self.filename, unit.firstlineno,
                                1, None, unit.firstlineno, 1) from None
        return PyCode(unit.name, unit.qualname, self.filename, unit.firstlineno, unit.argcount,
                      unit.posonlyargcount, unit.kwonlyargcount, flags, list(unit.varnames),
                      list(unit.cellvars), list(unit.freevars), list(unit.names), list(unit.consts_w),
                      result.bytecode, result.lines, result.columns, result.end_lines, result.end_columns,
                      result.handlers, result.handler_targets, result.handler_depths,
                      [False] * len(result.handler_targets), result.stacksize, unit.docstring)

    # ---- emitting -----------------------------------------------------------------------------------------

    def emit(self, opcode: int, arg: int = 0) -> None:
        self.b().emit(opcode, arg)

    def emit_jump(self, opcode: int, label) -> None:
        self.b().emit_jump(opcode, label)

    def new_label(self):
        return self.b().new_label()

    def place(self, label) -> None:
        self.b().place(label)

    def load_const(self, w_value: W_Root) -> None:
        self.emit(op.LOAD_CONST, self.u().add_const(w_value))

    def load_none(self) -> None:
        self.load_const(w_None)

    def load_str(self, value: str) -> None:
        self.load_const(strobject.W_StrObject(value))

    def set_pos(self, node: ast.AST) -> None:
        lineno, col, end_lineno, end_col = node_position(node)
        self.b().set_position(lineno, col, end_lineno, end_col)

    def mangle(self, name: str) -> str:
        return st.mangle(self.u().private, name)

    # ---- names -----------------------------------------------------------------------------------------------

    def name_op(self, name: str, action: int) -> None:
        unit = self.u()
        scope = unit.scope
        if name == "__debug__" and action == 0:
            self.load_const(w_True_const())
            return
        mangled = self.mangle(name)
        kind = scope.lookup(mangled)
        if kind == st.FREE or kind == st.CELL:
            index = unit.cell_index(mangled)
            if index >= 0:
                if action == 0:
                    if scope.kind == st.CLASS and kind == st.FREE:
                        self.emit(op.LOAD_CLASSDEREF, index)
                    else:
                        self.emit(op.LOAD_DEREF, index)
                elif action == 1:
                    self.emit(op.STORE_DEREF, index)
                else:
                    self.emit(op.DELETE_DEREF, index)
                return
        if kind == st.LOCAL and scope.kind == st.FUNCTION:
            index = unit.add_varname(mangled)
            if action == 0:
                self.emit(op.LOAD_FAST, index)
            elif action == 1:
                self.emit(op.STORE_FAST, index)
            else:
                self.emit(op.DELETE_FAST, index)
            return
        if kind == st.GLOBAL_EXPLICIT or (kind == st.GLOBAL_IMPLICIT and scope.kind == st.FUNCTION):
            index = unit.add_name(mangled)
            if action == 0:
                self.emit(op.LOAD_GLOBAL, index)
            elif action == 1:
                self.emit(op.STORE_GLOBAL, index)
            else:
                self.emit(op.DELETE_GLOBAL, index)
            return
        index = unit.add_name(mangled)
        if action == 0:
            self.emit(op.LOAD_NAME, index)
        elif action == 1:
            self.emit(op.STORE_NAME, index)
        else:
            self.emit(op.DELETE_NAME, index)

    def load_name(self, name: str) -> None:
        self.name_op(name, 0)

    def store_name(self, name: str) -> None:
        self.name_op(name, 1)

    def delete_name(self, name: str) -> None:
        self.name_op(name, 2)

    def name_index(self, name: str) -> int:
        return self.u().add_name(self.mangle(name))

    # ---- bodies and docstrings ----------------------------------------------------------------------------

    def visit_body(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            stmt.walkabout(self)

    def docstring_of(self, body: list[ast.stmt]) -> W_Root | None:
        if len(body) == 0:
            return None
        first = body[0]
        if isinstance(first, ast.Expr):
            value = first.value
            if isinstance(value, ast.Constant) and isinstance(value.value, pc.ConstStr):
                return wrap_const(value.value)
        return None

    # ---- code objects for nested scopes -------------------------------------------------------------------

    def make_closure(self, code: PyCode, flags: int) -> None:
        """Push the code's closure (if it has free variables), then the code; MAKE_FUNCTION."""
        if len(code.freevars) > 0:
            unit = self.u()
            for name in code.freevars:
                index = unit.cell_index(name)
                if index < 0:
                    raise PySyntaxError("internal compiler error: no cell for free variable '%s'" % name,
                                        self.filename, code.firstlineno, 1, None, code.firstlineno, 1)
                self.emit(op.LOAD_CLOSURE, index)
            self.emit(op.BUILD_TUPLE, len(code.freevars))
            flags |= op.MF_CLOSURE
        self.emit(op.LOAD_CONST, self.u().add_code_const(code))
        self.emit(op.MAKE_FUNCTION, flags)

    def compile_function_body(self, node: ast.AST, name: str, args: ast.arguments, body: list[ast.stmt],
                              firstlineno: int, is_lambda: bool, lambda_body: ast.expr | None) -> PyCode:
        unit = self.enter_unit(node, name, firstlineno)
        unit.argcount = len(args.posonlyargs) + len(args.args)
        unit.posonlyargcount = len(args.posonlyargs)
        unit.kwonlyargcount = len(args.kwonlyargs)
        if args.vararg is not None:
            unit.flags |= CO_VARARGS
        if args.kwarg is not None:
            unit.flags |= CO_VARKEYWORDS
        if is_lambda:
            assert lambda_body is not None
            self.visit_expr(lambda_body)
            if unit.scope.is_generator:
                self.emit(op.POP_TOP)
                self.load_none()
            self.emit(op.RETURN_VALUE)
        else:
            unit.docstring = self.docstring_of(body)
            start = 0
            if unit.docstring is not None:
                start = 1
            self.wrap_generator_body_start()
            for i in range(start, len(body)):
                body[i].walkabout(self)
            self.finish_with_return_none()
        return self.leave_unit()

    def wrap_generator_body_start(self) -> None:
        """Generators turn a StopIteration escaping their body into RuntimeError (PEP 479): the
        body runs under a handler doing that."""
        unit = self.u()
        if unit.scope.is_generator or unit.scope.is_coroutine:
            label = self.new_label()
            self.b().push_handler(label)
            unit.generator_handler_label = label

    def finish_with_return_none(self) -> None:
        unit = self.u()
        # always: a jump to the end (a loop's exit) may follow a terminal instruction
        self.load_none()
        self.emit(op.RETURN_VALUE)
        label = unit.generator_handler_label
        if label is not None:
            self.b().pop_handler()
            self.place(label)
            self.emit(op.CHECK_STOP_ITERATION)
            self.emit(op.RERAISE)

    def compile_module(self, tree: ast.mod) -> PyCode:
        unit = self.enter_unit(tree, "<module>", 1)
        if isinstance(tree, ast.Module):
            if not self.interactive:    # in the REPL a string is a value to show
                unit.docstring = self.docstring_of(tree.body)
            self.find_future_imports(tree.body, unit.docstring is not None)
            start = 0
            if unit.docstring is not None and len(tree.body) > 0:
                self.set_pos(tree.body[0])
                self.load_const(unit.docstring)
                self.store_name("__doc__")
                start = 1
            if self.has_annotations(tree.body):
                self.emit(op.SETUP_ANNOTATIONS)
            for i in range(start, len(tree.body)):
                tree.body[i].walkabout(self)
            self.load_none()
            self.emit(op.RETURN_VALUE)
        elif isinstance(tree, ast.Interactive):
            if self.has_annotations(tree.body):
                self.emit(op.SETUP_ANNOTATIONS)
            for stmt in tree.body:
                stmt.walkabout(self)
            self.load_none()
            self.emit(op.RETURN_VALUE)
        elif isinstance(tree, ast.Expression):
            self.set_pos(tree.body)
            self.visit_expr(tree.body)
            self.emit(op.RETURN_VALUE)
        return self.leave_unit()

    def find_future_imports(self, body: list[ast.stmt], has_docstring: bool) -> None:
        """The `from __future__ import` statements allowed: those right at the start of the module."""
        i = 1 if has_docstring else 0
        while i < len(body):
            stmt = body[i]
            if not isinstance(stmt, ast.ImportFrom) or stmt.module != "__future__" or stmt.level != 0:
                break
            self.future_imports.append(stmt)
            i += 1

    def has_annotations(self, body: list[ast.stmt]) -> bool:
        for stmt in body:
            if isinstance(stmt, ast.AnnAssign):
                return True
            if isinstance(stmt, ast.If) or isinstance(stmt, ast.While):
                if self.has_annotations(stmt.body) or self.has_annotations(stmt.orelse):
                    return True
            elif isinstance(stmt, ast.For):
                if self.has_annotations(stmt.body) or self.has_annotations(stmt.orelse):
                    return True
            elif isinstance(stmt, ast.With):
                if self.has_annotations(stmt.body):
                    return True
            elif isinstance(stmt, ast.Try):
                if (self.has_annotations(stmt.body) or self.has_annotations(stmt.orelse) or
                        self.has_annotations(stmt.finalbody)):
                    return True
                for handler in stmt.handlers:
                    if isinstance(handler, ast.ExceptHandler) and self.has_annotations(handler.body):
                        return True
        return False


def node_position(node: ast.AST) -> tuple[int, int, int, int]:
    if isinstance(node, ast.stmt):
        return node.lineno, node.col_offset, node.end_lineno, node.end_col_offset
    if isinstance(node, ast.expr):
        return node.lineno, node.col_offset, node.end_lineno, node.end_col_offset
    if isinstance(node, ast.excepthandler):
        return node.lineno, node.col_offset, node.end_lineno, node.end_col_offset
    if isinstance(node, ast.pattern):
        return node.lineno, node.col_offset, node.end_lineno, node.end_col_offset
    if isinstance(node, ast.Located):
        return node.lineno, node.col_offset, node.end_lineno, node.end_col_offset
    return 0, 0, 0, 0


def w_True_const() -> W_Root:
    from languages.python.objspace import intobject
    return intobject.w_True


def split_lines(source: str) -> list[str]:
    lines: list[str] = []
    start = 0
    n = len(source)
    i = 0
    while i < n:
        ch = source[i]
        if ch == "\n" or ch == "\r":
            lines.append(source[start:i])
            if ch == "\r" and i + 1 < n and source[i + 1] == "\n":
                i += 1
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:n])
    return lines


def compile_ast(tree: ast.mod, source: str, filename: str, interactive: bool = False) -> PyCode:
    """The code object of a parsed module, expression or interactive statement."""
    lines = split_lines(source)
    table = st.SymbolTable(filename, lines)
    table.build(tree)
    generator = CodeGenerator(filename, lines, table, interactive)
    return generator.compile_module(tree)


def compile_source(source: str, filename: str, mode: str) -> PyCode:
    """Parse and compile (mode: 'exec', 'eval' or 'single'); PySyntaxError on bad source."""
    from languages.python.parser.parser import parse
    tree = parse(source, filename, mode)
    return compile_ast(tree, source, filename, mode == "single")
