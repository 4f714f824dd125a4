"""Compiling statements: definitions, assignments, control flow, exception handling with handler
tables (try/except/finally, with), imports, and unwinding blocks for return/break/continue.
"""

from __future__ import annotations

from languages.python.compiler import opcodes as op
from languages.python.compiler import symtable as st
from languages.python.interpreter.pycode import PyCode
from languages.python.objspace import strobject, tupleobject
from languages.python.objspace.root import W_Root
from languages.python.parser import astnodes as ast
from languages.python.parser import consts as pc

FUTURE_FEATURES = ["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
                   "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]


class StmtMixin:
    _mixin_ = True

    # ---- function and class definitions -----------------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.compile_funcdef(node, node.name, node.args, node.body, node.decorator_list, node.returns, False)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.compile_funcdef(node, node.name, node.args, node.body, node.decorator_list, node.returns, True)

    def compile_funcdef(self, node: ast.stmt, name: str, args: ast.arguments, body: list[ast.stmt],
                        decorators: list[ast.expr], returns: ast.expr | None, is_async: bool) -> None:
        self.set_pos(node)
        for dec in decorators:
            self.emit(op.PUSH_NULL)
            self.visit_expr(dec)
        self.set_pos(node)
        flags = self.compile_defaults(args)
        flags |= self.compile_annotations(args, returns)
        firstlineno = node.lineno
        if len(decorators) > 0:
            firstlineno = decorators[0].lineno
        code = self.compile_function_body(node, name, args, body, firstlineno, False, None)
        self.set_pos(node)
        self.make_closure(code, flags)
        for _ in decorators:
            self.emit(op.CALL, 1)
        self.store_name(name)

    def compile_defaults(self, args: ast.arguments) -> int:
        flags = 0
        if len(args.defaults) > 0:
            for default in args.defaults:
                self.visit_expr(default)
            self.emit(op.BUILD_TUPLE, len(args.defaults))
            flags |= op.MF_DEFAULTS
        count = 0
        for i in range(len(args.kwonlyargs)):
            default = args.kw_defaults[i]
            if default is not None:
                self.load_str(self.mangle(args.kwonlyargs[i].arg))
                self.visit_expr(default)
                count += 1
        if count > 0:
            self.emit(op.BUILD_MAP, count)
            flags |= op.MF_KWDEFAULTS
        return flags

    def compile_annotations(self, args: ast.arguments, returns: ast.expr | None) -> int:
        count = 0
        for a in args.posonlyargs + args.args:
            count += self.annotation_item(a)
        vararg = args.vararg
        if vararg is not None:
            count += self.annotation_item(vararg)
        for a in args.kwonlyargs:
            count += self.annotation_item(a)
        kwarg = args.kwarg
        if kwarg is not None:
            count += self.annotation_item(kwarg)
        if returns is not None:
            self.load_str("return")
            self.visit_expr(returns)
            count += 1
        if count == 0:
            return 0
        self.emit(op.BUILD_MAP, count)
        return op.MF_ANNOTATIONS

    def annotation_item(self, a: ast.arg) -> int:
        annotation = a.annotation
        if annotation is None:
            return 0
        self.load_str(self.mangle(a.arg))
        self.visit_expr(annotation)
        return 1

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.set_pos(node)
        for dec in node.decorator_list:
            self.emit(op.PUSH_NULL)
            self.visit_expr(dec)
        self.set_pos(node)
        self.emit(op.PUSH_NULL)
        self.emit(op.LOAD_BUILD_CLASS)
        firstlineno = node.lineno
        if len(node.decorator_list) > 0:
            firstlineno = node.decorator_list[0].lineno
        code = self.compile_class_body(node, firstlineno)
        self.set_pos(node)
        self.make_closure(code, 0)
        self.load_str(node.name)
        self.compile_call_args(node.bases, node.keywords, 2)
        for _ in node.decorator_list:
            self.emit(op.CALL, 1)
        self.store_name(node.name)

    def compile_class_body(self, node: ast.ClassDef, firstlineno: int) -> PyCode:
        unit = self.enter_unit(node, node.name, firstlineno)
        unit.private = node.name
        self.set_pos(node)
        self.load_name("__name__")
        self.store_name("__module__")
        self.load_str(unit.qualname)
        self.store_name("__qualname__")
        start = 0
        doc = self.docstring_of(node.body)
        if doc is not None:
            self.set_pos(node.body[0])
            self.load_const(doc)
            self.store_name("__doc__")
            start = 1
        if self.has_annotations(node.body):
            self.emit(op.SETUP_ANNOTATIONS)
        for i in range(start, len(node.body)):
            node.body[i].walkabout(self)
        if unit.scope.needs_class_closure:
            self.emit(op.LOAD_CLOSURE, unit.cell_index("__class__"))
            self.emit(op.COPY, 1)
            self.emit(op.STORE_NAME, unit.add_name("__classcell__"))
            self.emit(op.RETURN_VALUE)
        else:
            self.load_none()
            self.emit(op.RETURN_VALUE)
        return self.leave_unit()

    # ---- simple statements ---------------------------------------------------------------------------------

    def visit_Return(self, node: ast.Return) -> None:
        self.set_pos(node)
        unit = self.u()
        if unit.scope.kind != st.FUNCTION or unit.scope.is_comprehension:
            raise self.error("'return' outside function", node)
        value = node.value
        if value is not None and unit.scope.is_generator and unit.scope.is_coroutine:
            raise self.error("'return' with value in async generator", node)
        self.check_not_in_except_star(False, node)
        if value is not None:
            self.visit_expr(value)
        else:
            self.load_none()
        saved_fblocks, saved_handlers = self.unwind_all(True)
        self.set_pos(node)
        self.emit(op.RETURN_VALUE)
        self.restore_blocks(saved_fblocks, saved_handlers)

    def visit_Delete(self, node: ast.Delete) -> None:
        self.set_pos(node)
        for target in node.targets:
            self.delete_target(target)

    def forbidden_name(self, name: str, node: ast.expr, deleting: bool) -> None:
        """CPython's forbidden_name: __debug__ can be neither assigned nor deleted."""
        if name == "__debug__":
            raise self.error("cannot delete __debug__" if deleting else "cannot assign to __debug__", node)

    def delete_target(self, target: ast.expr) -> None:
        self.set_pos(target)
        if isinstance(target, ast.Name):
            self.forbidden_name(target.id, target, True)
            self.delete_name(target.id)
        elif isinstance(target, ast.Attribute):
            self.forbidden_name(target.attr, target, True)
            self.visit_expr(target.value)
            self.set_pos(target)
            self.emit(op.DELETE_ATTR, self.name_index(target.attr))
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.set_pos(target)
            self.emit(op.DELETE_SUBSCR)
        elif isinstance(target, ast.Tuple):
            for elt in target.elts:
                self.delete_target(elt)
        elif isinstance(target, ast.List):
            for elt in target.elts:
                self.delete_target(elt)
        else:
            raise self.error("cannot delete expression", target)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.set_pos(node)
        self.visit_expr(node.value)
        n = len(node.targets)
        for i in range(n):
            if i < n - 1:
                self.emit(op.COPY, 1)
            self.assign_target(node.targets[i])

    def assign_target(self, target: ast.expr) -> None:
        """Store the value on top of the stack into `target`."""
        self.set_pos(target)
        if isinstance(target, ast.Name):
            self.forbidden_name(target.id, target, False)
            self.store_name(target.id)
        elif isinstance(target, ast.Attribute):
            self.forbidden_name(target.attr, target, False)
            self.visit_expr(target.value)
            self.set_pos(target)
            self.emit(op.STORE_ATTR, self.name_index(target.attr))
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.set_pos(target)
            self.emit(op.STORE_SUBSCR)
        elif isinstance(target, ast.Tuple):
            self.unpack_into(target.elts, target)
        elif isinstance(target, ast.List):
            self.unpack_into(target.elts, target)
        elif isinstance(target, ast.Starred):
            raise self.error("starred assignment target must be in a list or tuple", target)
        else:
            raise self.error("cannot assign to expression", target)

    def unpack_into(self, elts: list[ast.expr], node: ast.expr) -> None:
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    raise self.error("multiple starred expressions in assignment", elts[i])
                star = i
        if star >= 0:
            after = len(elts) - star - 1
            if star >= 256 or after >= (1 << 24):
                raise self.error("too many expressions in star-unpacking assignment", node)
            self.emit(op.UNPACK_EX, star | (after << 8))
        else:
            self.emit(op.UNPACK_SEQUENCE, len(elts))
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.assign_target(elt.value)
            else:
                self.assign_target(elt)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.set_pos(node)
        target = node.target
        inplace = node.op + op.INPLACE
        if isinstance(target, ast.Name):
            self.load_name(target.id)
            self.visit_expr(node.value)
            self.set_pos(node)
            self.emit(op.BINARY_OP, inplace)
            self.store_name(target.id)
        elif isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
            self.emit(op.COPY, 1)
            self.set_pos(target)
            self.emit(op.LOAD_ATTR, self.name_index(target.attr))
            self.visit_expr(node.value)
            self.set_pos(node)
            self.emit(op.BINARY_OP, inplace)
            self.emit(op.SWAP, 2)
            self.emit(op.STORE_ATTR, self.name_index(target.attr))
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.emit(op.COPY, 2)
            self.emit(op.COPY, 2)
            self.set_pos(target)
            self.emit(op.BINARY_SUBSCR)
            self.visit_expr(node.value)
            self.set_pos(node)
            self.emit(op.BINARY_OP, inplace)
            self.emit(op.SWAP, 3)
            self.emit(op.SWAP, 2)
            self.emit(op.STORE_SUBSCR)
        else:
            raise self.error("'%s' is an illegal expression for augmented assignment" % expr_kind(target), target)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.set_pos(node)
        target = node.target
        value = node.value
        if value is not None:
            self.visit_expr(value)
            self.assign_target(target)
        scope_kind = self.u().scope.kind
        if isinstance(target, ast.Name):
            if node.simple and scope_kind != st.FUNCTION:
                self.visit_expr(node.annotation)
                self.set_pos(node)
                self.emit(op.LOAD_NAME, self.u().add_name("__annotations__"))
                self.load_str(self.mangle(target.id))
                self.emit(op.STORE_SUBSCR)
        else:
            if isinstance(target, ast.Attribute):
                if value is None:
                    self.visit_expr(target.value)
                    self.emit(op.POP_TOP)
            elif isinstance(target, ast.Subscript):
                if value is None:
                    self.visit_expr(target.value)
                    self.emit(op.POP_TOP)
                    self.visit_expr(target.slice)
                    self.emit(op.POP_TOP)
            if scope_kind != st.FUNCTION:
                self.visit_expr(node.annotation)
                self.emit(op.POP_TOP)

    def visit_Expr(self, node: ast.Expr) -> None:
        self.set_pos(node)
        value = node.value
        if self.interactive and len(self.units) == 1:
            self.visit_expr(value)
            self.emit(op.PRINT_EXPR)
            return
        if isinstance(value, ast.Constant):
            return
        self.visit_expr(value)
        self.emit(op.POP_TOP)

    def visit_Pass(self, node: ast.Pass) -> None:
        self.set_pos(node)
        self.emit(op.NOP)

    def visit_Global(self, node: ast.Global) -> None:
        pass

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        pass

    def visit_Raise(self, node: ast.Raise) -> None:
        self.set_pos(node)
        count = 0
        exc = node.exc
        if exc is not None:
            self.visit_expr(exc)
            count = 1
            cause = node.cause
            if cause is not None:
                self.visit_expr(cause)
                count = 2
        self.set_pos(node)
        self.emit(op.RAISE_VARARGS, count)

    def visit_Assert(self, node: ast.Assert) -> None:
        self.set_pos(node)
        test = node.test
        if isinstance(test, ast.Tuple) and len(test.elts) > 0:
            pass    # CPython warns; the assertion always holds
        end = self.new_label()
        self.jump_if(test, end, True)
        self.set_pos(node)
        msg = node.msg
        if msg is not None:
            self.emit(op.PUSH_NULL)
            self.emit(op.LOAD_ASSERTION_ERROR)
            self.visit_expr(msg)
            self.set_pos(node)
            self.emit(op.CALL, 1)
        else:
            self.emit(op.LOAD_ASSERTION_ERROR)
        self.emit(op.RAISE_VARARGS, 1)
        self.place(end)

    # ---- imports ------------------------------------------------------------------------------------------

    def visit_Import(self, node: ast.Import) -> None:
        self.set_pos(node)
        for alias in node.names:
            self.load_const(intobject_zero())
            self.load_none()
            self.emit(op.IMPORT_NAME, self.u().add_name(alias.name))
            asname = alias.asname
            if asname is not None:
                parts = alias.name.split(".")
                for i in range(1, len(parts)):
                    self.emit(op.IMPORT_FROM, self.u().add_name(parts[i]))
                    self.emit(op.SWAP, 2)
                    self.emit(op.POP_TOP)
                self.store_name(asname)
            else:
                name = alias.name
                dot = name.find(".")
                if dot >= 0:
                    name = name[:dot]
                self.store_name(name)

    def check_future_import(self, node: ast.ImportFrom) -> None:
        if node not in self.future_imports:
            raise self.error("from __future__ imports must occur at the beginning of the file", node)
        for alias in node.names:
            if alias.name == "braces":
                raise self.error("not a chance", node)
            if alias.name not in FUTURE_FEATURES:
                raise self.error("future feature %s is not defined" % alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.set_pos(node)
        if node.module == "__future__" and node.level == 0:
            self.check_future_import(node)
        from languages.python.objspace import intobject
        self.load_const(intobject.newint(node.level))
        names_w: list[W_Root] = []
        for alias in node.names:
            names_w.append(strobject.W_StrObject(alias.name))
        self.load_const(tupleobject.W_TupleObject(names_w))
        module = node.module
        self.emit(op.IMPORT_NAME, self.u().add_name(module if module is not None else ""))
        if len(node.names) == 1 and node.names[0].name == "*":
            self.emit(op.IMPORT_STAR)
            return
        for alias in node.names:
            self.emit(op.IMPORT_FROM, self.u().add_name(alias.name))
            asname = alias.asname
            self.store_name(asname if asname is not None else alias.name)
        self.emit(op.POP_TOP)

    # ---- control flow ---------------------------------------------------------------------------------------

    def visit_If(self, node: ast.If) -> None:
        self.set_pos(node)
        end = self.new_label()
        if len(node.orelse) > 0:
            orelse = self.new_label()
            self.jump_if(node.test, orelse, False)
            self.visit_body(node.body)
            self.emit_jump(op.JUMP, end)
            self.place(orelse)
            self.visit_body(node.orelse)
        else:
            self.jump_if(node.test, end, False)
            self.visit_body(node.body)
        self.place(end)

    def visit_While(self, node: ast.While) -> None:
        self.set_pos(node)
        start = self.new_label()
        orelse = self.new_label()
        exit = self.new_label()
        self.place(start)
        if not is_constant_true(node.test):
            self.jump_if(node.test, orelse, False)
        self.push_fblock(0, start, exit, None, None)
        self.visit_body(node.body)
        self.pop_fblock()
        self.set_pos(node)
        self.emit_jump(op.JUMP, start)
        self.place(orelse)
        self.visit_body(node.orelse)
        self.place(exit)

    def visit_For(self, node: ast.For) -> None:
        self.set_pos(node)
        start = self.new_label()
        end = self.new_label()
        exit = self.new_label()
        self.visit_expr(node.iter)
        self.set_pos(node)
        self.emit(op.GET_ITER)
        self.place(start)
        self.emit_jump(op.FOR_ITER, end)
        self.push_fblock(1, start, exit, None, None)
        self.assign_target(node.target)
        self.visit_body(node.body)
        self.pop_fblock()
        self.set_pos(node)
        self.emit_jump(op.JUMP, start)
        self.place(end)
        self.visit_body(node.orelse)
        self.place(exit)

    def check_async(self, node: ast.stmt, what: str) -> None:
        scope = self.u().scope
        if scope.kind != st.FUNCTION or not scope.is_coroutine:
            raise self.error("'%s' outside async function" % what, node)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        """Like `for`, through __aiter__/__anext__; StopAsyncIteration from the await ends it."""
        self.check_async(node, "async for")
        self.set_pos(node)
        start = self.new_label()
        stop = self.new_label()
        exit = self.new_label()
        self.visit_expr(node.iter)
        self.set_pos(node)
        self.emit(op.GET_AITER)
        self.place(start)
        builder = self.b()
        builder.push_handler(stop)
        self.emit(op.GET_ANEXT)
        self.load_none()
        self.compile_send_loop()
        builder.pop_handler()
        self.push_fblock(1, start, exit, None, None)
        self.assign_target(node.target)
        self.visit_body(node.body)
        self.pop_fblock()
        self.set_pos(node)
        self.emit_jump(op.JUMP, start)
        # [aiter, exc]: StopAsyncIteration ends the loop, anything else propagates
        self.place(stop)
        self.set_pos(node)
        self.emit(op.END_ASYNC_FOR)
        self.visit_body(node.orelse)
        self.place(exit)

    def emit_await(self) -> None:
        """Await the awaitable on top of the stack."""
        self.emit(op.GET_AWAITABLE)
        self.load_none()
        self.compile_send_loop()

    def visit_AsyncWith(self, node: ast.AsyncWith) -> None:
        self.check_async(node, "async with")
        self.set_pos(node)
        self.compile_async_with(node, 0)

    def compile_async_with(self, node: ast.AsyncWith, index: int) -> None:
        from languages.python.compiler import codegen
        builder = self.b()
        item = node.items[index]
        self.visit_expr(item.context_expr)
        self.set_pos(node)
        self.emit(op.BEFORE_ASYNC_WITH)
        self.load_none()
        self.compile_send_loop()
        handler_label = self.new_label()
        after = self.new_label()
        outer_depth = len(builder.handler_stack)
        builder.push_handler(handler_label, -1)
        self.push_fblock_at(codegen.ASYNC_WITH, outer_depth, None, None)
        target = item.optional_vars
        if target is not None:
            self.assign_target(target)
        else:
            self.emit(op.POP_TOP)
        if index + 1 < len(node.items):
            self.compile_async_with(node, index + 1)
        else:
            self.visit_body(node.body)
        self.pop_fblock()
        builder.pop_handler()
        self.set_pos(node)
        self.emit(op.ASYNC_WITH_EXIT)
        self.emit_await()
        self.emit(op.POP_TOP)
        self.emit_jump(op.JUMP, after)
        # [exit, exc] -> [exit, previous, exc]
        self.place(handler_label)
        self.emit(op.PUSH_EXC_INFO)
        cleanup = self.new_label()
        builder.push_handler(cleanup, -1)
        self.emit(op.WITH_EXCEPT_START)
        self.emit_await()
        suppress = self.new_label()
        self.emit_jump(op.POP_JUMP_IF_TRUE, suppress)
        self.emit(op.RERAISE)
        builder.pop_handler()
        self.place(suppress)
        self.emit(op.POP_TOP)
        self.emit(op.POP_EXCEPT)
        self.emit(op.POP_TOP)
        self.emit_jump(op.JUMP, after)
        self.place(cleanup)
        self.emit(op.POP_EXCEPT_AND_RERAISE)
        self.place(after)

    def visit_Break(self, node: ast.Break) -> None:
        self.set_pos(node)
        loop = self.find_loop()
        if loop is None:
            raise self.error("'break' outside loop", node)
        self.check_not_in_except_star(True, node)
        saved_fblocks, saved_handlers = self.unwind_until_loop()
        if loop.kind == 1:
            self.emit(op.POP_TOP)
        self.emit_jump(op.JUMP, loop.exit_label)
        self.restore_blocks(saved_fblocks, saved_handlers)

    def visit_Continue(self, node: ast.Continue) -> None:
        self.set_pos(node)
        loop = self.find_loop()
        if loop is None:
            raise self.error("'continue' not properly in loop", node)
        self.check_not_in_except_star(True, node)
        saved_fblocks, saved_handlers = self.unwind_until_loop()
        self.emit_jump(op.JUMP, loop.continue_label)
        self.restore_blocks(saved_fblocks, saved_handlers)

    # ---- blocks to unwind ------------------------------------------------------------------------------------

    def push_fblock(self, kind: int, continue_label, exit_label, finalbody: list[ast.stmt] | None,
                    name: str | None) -> None:
        from languages.python.compiler.codegen import FBlock
        self.u().fblocks.append(FBlock(kind, continue_label, exit_label, len(self.b().handler_stack),
                                       finalbody, name))

    def push_fblock_at(self, kind: int, handler_depth: int, finalbody: list[ast.stmt] | None,
                       name: str | None) -> None:
        from languages.python.compiler.codegen import FBlock
        self.u().fblocks.append(FBlock(kind, None, None, handler_depth, finalbody, name))

    def pop_fblock(self) -> None:
        self.u().fblocks.pop()

    def find_loop(self):
        fblocks = self.u().fblocks
        i = len(fblocks) - 1
        while i >= 0:
            fb = fblocks[i]
            if fb.kind == 0 or fb.kind == 1:
                return fb
            i -= 1
        return None

    def check_not_in_except_star(self, stop_at_loop: bool, node: ast.stmt) -> None:
        """break, continue and return cannot leave an except* clause."""
        from languages.python.compiler import codegen
        fblocks = self.u().fblocks
        i = len(fblocks) - 1
        while i >= 0:
            kind = fblocks[i].kind
            if stop_at_loop and (kind == codegen.WHILE_LOOP or kind == codegen.FOR_LOOP):
                return
            if kind == codegen.EXCEPTION_GROUP_HANDLER:
                raise self.error("'break', 'continue' and 'return' cannot appear in an except* block", node)
            i -= 1

    def unwind_all(self, preserve_tos: bool):
        unit = self.u()
        saved_fblocks = list(unit.fblocks)
        saved_handlers = list(self.b().handler_stack)
        while len(unit.fblocks) > 0:
            fb = unit.fblocks.pop()
            self.trim_handlers(fb.handler_depth)
            self.unwind_fblock(fb, preserve_tos)
        return saved_fblocks, saved_handlers

    def unwind_until_loop(self):
        unit = self.u()
        saved_fblocks = list(unit.fblocks)
        saved_handlers = list(self.b().handler_stack)
        while len(unit.fblocks) > 0:
            fb = unit.fblocks[-1]
            if fb.kind == 0 or fb.kind == 1:
                self.trim_handlers(fb.handler_depth)
                break
            unit.fblocks.pop()
            self.trim_handlers(fb.handler_depth)
            self.unwind_fblock(fb, False)
        return saved_fblocks, saved_handlers

    def trim_handlers(self, depth: int) -> None:
        stack = self.b().handler_stack
        while len(stack) > depth:
            stack.pop()

    def restore_blocks(self, saved_fblocks, saved_handlers) -> None:
        self.u().fblocks = saved_fblocks
        self.b().handler_stack = saved_handlers

    def unwind_fblock(self, fb, preserve_tos: bool) -> None:
        from languages.python.compiler import codegen
        kind = fb.kind
        if kind == codegen.FOR_LOOP:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP)
        elif kind == codegen.FINALLY_TRY:
            finalbody = fb.finalbody
            assert finalbody is not None
            if preserve_tos:
                # a break/continue/return inside the inlined finally body drops the pending value
                self.push_fblock(codegen.POP_VALUE, None, None, None, None)
            self.visit_body(finalbody)
            if preserve_tos:
                self.pop_fblock()
        elif kind == codegen.FINALLY_END:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP)
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_EXCEPT)
        elif kind == codegen.WITH:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.WITH_EXIT)
        elif kind == codegen.ASYNC_WITH:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.ASYNC_WITH_EXIT)
            self.emit_await()
            self.emit(op.POP_TOP)
        elif kind == codegen.HANDLER_CLEANUP:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_EXCEPT)
            name = fb.name
            if name is not None:
                self.load_none()
                self.store_name(name)
                self.delete_name(name)
        elif kind == codegen.POP_VALUE:
            if preserve_tos:
                self.emit(op.SWAP, 2)
            self.emit(op.POP_TOP)

    # ---- exceptions ----------------------------------------------------------------------------------------

    def visit_Try(self, node: ast.Try) -> None:
        self.set_pos(node)
        if len(node.finalbody) > 0:
            self.compile_try_finally(node, node.body, node.handlers, node.orelse, node.finalbody)
        else:
            self.compile_try_except(node, node.body, node.handlers, node.orelse)

    def visit_TryStar(self, node: ast.TryStar) -> None:
        self.set_pos(node)
        if len(node.finalbody) > 0:
            self.compile_try_finally(node, node.body, node.handlers, node.orelse, node.finalbody, True)
        else:
            self.compile_try_star_except(node, node.body, node.handlers, node.orelse)

    def compile_try_star_except(self, node: ast.stmt, body: list[ast.stmt], handlers: list[ast.excepthandler],
                                orelse: list[ast.stmt]) -> None:
        """try/except*: each clause takes the part of the exception group it matches; what is
        left, and what the clauses raise, is raised again at the end."""
        from languages.python.compiler import codegen
        builder = self.b()
        except_label = self.new_label()
        orelse_label = self.new_label()
        end = self.new_label()
        outer_depth = len(builder.handler_stack)
        builder.push_handler(except_label)
        self.push_fblock_at(codegen.TRY_EXCEPT, outer_depth, None, None)
        self.visit_body(body)
        self.pop_fblock()
        builder.pop_handler()
        self.emit_jump(op.JUMP, orelse_label)
        # [exc] -> [previous, original, raised list, rest]
        self.place(except_label)
        self.set_pos(node)
        self.emit(op.PUSH_EXC_INFO)
        cleanup = self.new_label()
        builder.push_handler(cleanup, -1)
        self.emit(op.BUILD_LIST, 0)
        self.emit(op.COPY, 2)
        for handler in handlers:
            assert isinstance(handler, ast.ExceptHandler)
            self.set_pos(handler)
            htype = handler.type
            if htype is None:
                raise self.error("expected 'except' or 'finally' block", handler)
            no_match = self.new_label()
            next_handler = self.new_label()
            self.visit_expr(htype)
            self.set_pos(handler)
            self.emit(op.CHECK_EG_MATCH)
            self.emit(op.COPY, 1)
            self.emit_jump(op.POP_JUMP_IF_NONE, no_match)
            name = handler.name
            if name is not None:
                self.store_name(name)
            else:
                self.emit(op.POP_TOP)
            raised = self.new_label()
            builder.push_handler(raised)
            self.push_fblock_at(codegen.EXCEPTION_GROUP_HANDLER, outer_depth, None, name)
            self.visit_body(handler.body)
            self.pop_fblock()
            builder.pop_handler()
            self.set_pos(handler)
            if name is not None:
                self.load_none()
                self.store_name(name)
                self.delete_name(name)
            self.emit_jump(op.JUMP, next_handler)
            # the clause raised: [.., list, rest, raised] -> the raised one joins the list
            self.place(raised)
            if name is not None:
                self.load_none()
                self.store_name(name)
                self.delete_name(name)
            self.emit(op.LIST_APPEND, 2)
            self.emit_jump(op.JUMP, next_handler)
            self.place(no_match)
            self.emit(op.POP_TOP)
            self.place(next_handler)
        # the rest joins the list; [previous, original, list] -> [previous, to raise or None]
        self.emit(op.LIST_APPEND, 1)
        self.emit(op.PREP_RERAISE_STAR)
        self.emit(op.COPY, 1)
        reraise = self.new_label()
        self.emit_jump(op.POP_JUMP_IF_NOT_NONE, reraise)
        self.emit(op.POP_TOP)
        self.emit(op.POP_EXCEPT)
        self.emit_jump(op.JUMP, end)
        builder.pop_handler()
        self.place(reraise)
        self.emit(op.POP_EXCEPT_AND_RERAISE)
        self.place(cleanup)
        self.emit(op.POP_EXCEPT_AND_RERAISE)
        self.place(orelse_label)
        self.visit_body(orelse)
        self.place(end)

    def compile_try_finally(self, node: ast.stmt, body: list[ast.stmt], handlers: list[ast.excepthandler],
                            orelse: list[ast.stmt], finalbody: list[ast.stmt], star: bool = False) -> None:
        from languages.python.compiler import codegen
        builder = self.b()
        handler_label = self.new_label()
        end = self.new_label()
        outer_depth = len(builder.handler_stack)
        builder.push_handler(handler_label)
        self.push_fblock_at(codegen.FINALLY_TRY, outer_depth, finalbody, None)
        if len(handlers) > 0 and star:
            self.compile_try_star_except(node, body, handlers, orelse)
        elif len(handlers) > 0:
            self.compile_try_except(node, body, handlers, orelse)
        else:
            self.visit_body(body)
        self.pop_fblock()
        builder.pop_handler()
        self.visit_body(finalbody)
        self.emit_jump(op.JUMP, end)
        # the exceptional path: run the final body with the exception being handled, re-raise it
        self.place(handler_label)
        self.set_pos(node)
        self.emit(op.PUSH_EXC_INFO)
        cleanup = self.new_label()
        builder.push_handler(cleanup, -1)
        self.push_fblock_at(codegen.FINALLY_END, outer_depth, None, None)
        self.visit_body(finalbody)
        self.pop_fblock()
        self.emit(op.RERAISE)
        builder.pop_handler()
        self.place(cleanup)
        self.emit(op.POP_EXCEPT_AND_RERAISE)
        self.place(end)

    def compile_try_except(self, node: ast.stmt, body: list[ast.stmt], handlers: list[ast.excepthandler],
                           orelse: list[ast.stmt]) -> None:
        from languages.python.compiler import codegen
        builder = self.b()
        except_label = self.new_label()
        orelse_label = self.new_label()
        end = self.new_label()
        outer_depth = len(builder.handler_stack)
        builder.push_handler(except_label)
        self.push_fblock_at(codegen.TRY_EXCEPT, outer_depth, None, None)
        self.visit_body(body)
        self.pop_fblock()
        builder.pop_handler()
        self.emit_jump(op.JUMP, orelse_label)
        # [exc] -> [previous, exc]
        self.place(except_label)
        self.set_pos(node)
        self.emit(op.PUSH_EXC_INFO)
        cleanup = self.new_label()
        builder.push_handler(cleanup, -1)
        for i in range(len(handlers)):
            handler = handlers[i]
            assert isinstance(handler, ast.ExceptHandler)
            self.set_pos(handler)
            htype = handler.type
            if htype is None and i < len(handlers) - 1:
                raise self.error("default 'except:' must be last", handler)
            next_handler = self.new_label()
            if htype is not None:
                self.visit_expr(htype)
                self.set_pos(handler)
                self.emit(op.CHECK_EXC_MATCH)
                self.emit_jump(op.POP_JUMP_IF_FALSE, next_handler)
            name = handler.name
            if name is not None:
                self.store_name(name)
                name_cleanup = self.new_label()
                builder.push_handler(name_cleanup)
                self.push_fblock_at(codegen.HANDLER_CLEANUP, outer_depth, None, name)
                self.visit_body(handler.body)
                self.pop_fblock()
                builder.pop_handler()
                self.set_pos(handler)
                self.emit(op.POP_EXCEPT)
                self.load_none()
                self.store_name(name)
                self.delete_name(name)
                self.emit_jump(op.JUMP, end)
                # an exception in the handler body: drop the name, then the cleanup re-raises it
                self.place(name_cleanup)
                self.load_none()
                self.store_name(name)
                self.delete_name(name)
                self.emit(op.RERAISE)
            else:
                self.emit(op.POP_TOP)
                self.push_fblock_at(codegen.HANDLER_CLEANUP, outer_depth, None, None)
                self.visit_body(handler.body)
                self.pop_fblock()
                self.set_pos(handler)
                self.emit(op.POP_EXCEPT)
                self.emit_jump(op.JUMP, end)
            self.place(next_handler)
        # no handler matched: re-raise (through the cleanup, which restores the previous exception)
        self.emit(op.RERAISE)
        builder.pop_handler()
        self.place(cleanup)
        self.emit(op.POP_EXCEPT_AND_RERAISE)
        self.place(orelse_label)
        self.visit_body(orelse)
        self.place(end)

    def visit_With(self, node: ast.With) -> None:
        self.set_pos(node)
        self.compile_with(node, 0)

    def compile_with(self, node: ast.With, index: int) -> None:
        from languages.python.compiler import codegen
        builder = self.b()
        item = node.items[index]
        self.visit_expr(item.context_expr)
        self.set_pos(node)
        self.emit(op.BEFORE_WITH)
        handler_label = self.new_label()
        after = self.new_label()
        outer_depth = len(builder.handler_stack)
        builder.push_handler(handler_label, -1)
        self.push_fblock_at(codegen.WITH, outer_depth, None, None)
        target = item.optional_vars
        if target is not None:
            self.assign_target(target)
        else:
            self.emit(op.POP_TOP)
        if index + 1 < len(node.items):
            self.compile_with(node, index + 1)
        else:
            self.visit_body(node.body)
        self.pop_fblock()
        builder.pop_handler()
        self.set_pos(node)
        self.emit(op.WITH_EXIT)
        self.emit_jump(op.JUMP, after)
        # [exit, exc] -> [exit, previous, exc]
        self.place(handler_label)
        self.emit(op.PUSH_EXC_INFO)
        cleanup = self.new_label()
        builder.push_handler(cleanup, -1)
        self.emit(op.WITH_EXCEPT_START)
        suppress = self.new_label()
        self.emit_jump(op.POP_JUMP_IF_TRUE, suppress)
        self.emit(op.RERAISE)
        builder.pop_handler()
        self.place(suppress)
        self.emit(op.POP_TOP)
        self.emit(op.POP_EXCEPT)
        self.emit(op.POP_TOP)
        self.emit_jump(op.JUMP, after)
        self.place(cleanup)
        self.emit(op.POP_EXCEPT_AND_RERAISE)
        self.place(after)


def expr_kind(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        return "function call"
    if isinstance(node, ast.Tuple):
        return "tuple"
    if isinstance(node, ast.List):
        return "list"
    if isinstance(node, ast.Constant):
        return "literal"
    return "expression"


def is_constant_true(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, pc.ConstBool):
            return value.value
        if isinstance(value, pc.ConstInt):
            return value.value != 0
        if isinstance(value, pc.ConstStr):
            return len(value.value) > 0
    return False


def intobject_zero() -> W_Root:
    from languages.python.objspace import intobject
    return intobject.newint(0)
