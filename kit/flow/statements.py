"""Flow-graph construction for statements: control flow, assignments, try/except/finally, loops.

A mixin of FlowBuilder; `self.block is None` means the current path has ended (return, raise,
break, continue), so the remaining statements of the suite are unreachable.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

from kit.flow.model import Constant, Value
from kit.rlib.unroll import unrolling_iterable

if TYPE_CHECKING:
    from kit.flow.builder import FlowBuilder, Join

    _Base = FlowBuilder
else:
    _Base = object


class StatementMixin(_Base):

    def exec_body(self, stmts: list[ast.stmt]) -> None:
        for stmt in stmts:
            if self.block is None:
                return
            self.node = stmt
            method = getattr(self, "stmt_" + type(stmt).__name__, None)
            if method is None:
                raise self.error(f"'{type(stmt).__name__}' statements are not supported in RPython", stmt)
            method(stmt)

    # ---- simple statements ----------------------------------------------------------------------

    def stmt_Pass(self, node: ast.Pass) -> None:
        pass

    def stmt_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant):
            return  # docstrings and bare literals
        self.eval(node.value)

    def stmt_Global(self, node: ast.Global) -> None:
        pass  # recorded by the scope pass; assigning such a name is the error

    def stmt_Return(self, node: ast.Return) -> None:
        value = self.eval(node.value) if node.value is not None else Constant(None)
        if self.block is None:
            return
        key = self.hidden("retval")
        self.env[key] = value
        self.unwind(-1)
        if self.block is not None:
            self.close_to_return(self.env.pop(key))

    def stmt_Break(self, node: ast.Break) -> None:
        index = self.innermost_loop(node, "break")
        self.unwind(index)
        self.goto(self.frames[index].break_join)  # type: ignore[union-attr]

    def stmt_Continue(self, node: ast.Continue) -> None:
        index = self.innermost_loop(node, "continue")
        self.unwind(index)
        self.goto(self.frames[index].continue_join)  # type: ignore[union-attr]

    def innermost_loop(self, node: ast.AST, what: str) -> int:
        from kit.flow.builder import LoopFrame
        for i in range(len(self.frames) - 1, -1, -1):
            if isinstance(self.frames[i], LoopFrame):
                return i
        raise self.error(f"'{what}' outside a loop", node)

    def unwind(self, stop: int) -> None:
        """Run the `finally` bodies of the frames above index `stop`, innermost first."""
        from kit.flow.builder import FinallyFrame
        saved = self.frames
        try:
            for i in range(len(saved) - 1, stop, -1):
                frame = saved[i]
                if isinstance(frame, FinallyFrame):
                    # the finally body runs outside its own try statement
                    self.frames = saved[:i]
                    self.exec_body(frame.finalbody)
                    if self.block is None:
                        return
        finally:
            self.frames = saved

    def stmt_Raise(self, node: ast.Raise) -> None:
        if node.exc is None:
            if not self.current_exc:
                raise self.error("bare 'raise' outside an except clause", node)
            tname, vname = self.current_exc[-1]
            self.raise_exception(self.env[tname], self.env[vname])
            return
        etype, evalue = self.eval_exception(node.exc)
        if node.cause is not None and self.block is not None:
            # exception chaining is not observable in a translated program (no tracebacks),
            # but the cause expression is still evaluated for its effects
            tkey, vkey = self.hold(etype), self.hold(evalue)
            self.eval(node.cause)
            etype, evalue = self.take(tkey), self.take(vkey)
        if self.block is not None:
            self.raise_exception(etype, evalue)

    def eval_exception(self, expr: ast.expr) -> tuple[Value, Value]:
        """The (class, instance) pair for `raise expr`."""
        if isinstance(expr, ast.Call):
            callee = self.eval(expr.func)
            if isinstance(callee, Constant) and _is_exception_class(callee.value):
                evalue = self.eval_call_with(callee, expr)
                return callee, evalue
            evalue = self.eval_call_with(callee, expr)
        else:
            evalue = self.eval(expr)
            if isinstance(evalue, Constant) and _is_exception_class(evalue.value):
                return evalue, self.emit("simple_call", [evalue], "exc")
        if isinstance(evalue, Constant) and not isinstance(evalue.value, BaseException):
            raise self.error(f"'raise' needs an exception class or instance, not "
                             f"{type(evalue.value).__name__}", expr)
        return self.emit("type", [evalue], "etype"), evalue

    def stmt_Assert(self, node: ast.Assert) -> None:
        cond = self.emit("bool", [self.eval(node.test)], "ok")
        if self.block is None:
            return
        failed, passed = self.split(cond)
        if self.enter(failed):
            message = self.eval(node.msg) if node.msg is not None else None
            if self.block is not None:
                self.raise_new(AssertionError, message)
        self.enter(passed)

    def stmt_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            module = self.import_module(alias.name, node)
            if alias.asname:
                self.store_name(alias.asname, Constant(module), node)
            else:
                top = alias.name.split(".")[0]
                self.store_name(top, Constant(self.import_module(top, node)), node)

    def stmt_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            package = self.func.__globals__.get("__package__") or ""
            name = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
        else:
            name = node.module or ""
        module = self.import_module(name, node)
        for alias in node.names:
            if not hasattr(module, alias.name):
                module_value = self.import_module(f"{name}.{alias.name}", node)
            else:
                module_value = getattr(module, alias.name)
            self.store_name(alias.asname or alias.name, Constant(module_value), node)

    def import_module(self, name: str, node: ast.AST) -> Any:
        try:
            return importlib.import_module(name)
        except ImportError as exc:
            raise self.error(f"cannot import '{name}' at translation time: {exc}", node) from None

    # ---- assignments --------------------------------------------------------------------------

    def stmt_Assign(self, node: ast.Assign) -> None:
        if (len(node.targets) == 1 and isinstance(node.targets[0], ast.Tuple | ast.List)
                and isinstance(node.value, ast.Tuple)
                and len(node.targets[0].elts) == len(node.value.elts)
                and not any(isinstance(e, ast.Starred) for e in node.value.elts)):
            # `a, b = b, a`: no tuple is built
            values = [self.eval(e) for e in node.value.elts]
            for target, value in zip(node.targets[0].elts, values, strict=True):
                if self.block is None:
                    return
                self.assign(target, value)
            return
        value = self.eval(node.value)
        for target in node.targets:
            if self.block is None:
                return
            self.assign(target, value)

    def stmt_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            value = self.eval(node.value)
            if self.block is not None:
                self.assign(node.target, value)

    def assign(self, target: ast.expr, value: Value) -> None:
        self.node = target
        if isinstance(target, ast.Name):
            self.store_name(target.id, value, target)
        elif isinstance(target, ast.Attribute):
            vkey = self.hold(value)
            obj = self.eval(target.value)
            self.node = target
            self.emit("setattr", [obj, Constant(target.attr), self.take(vkey)])
        elif isinstance(target, ast.Subscript):
            vkey = self.hold(value)
            okey = self.hold(self.eval(target.value))
            if isinstance(target.slice, ast.Slice):
                start, stop, step = self.eval_slice(target.slice)
                self.node = target
                self.emit("setslice", [self.take(okey), start, stop, step, self.take(vkey)])
            else:
                index = self.eval(target.slice)
                self.node = target
                self.emit("setitem", [self.take(okey), index, self.take(vkey)])
        elif isinstance(target, ast.Tuple | ast.List):
            if any(isinstance(e, ast.Starred) for e in target.elts):
                raise self.error("starred assignment targets ('a, *rest = ...') are not RPython", target,
                                 hint="slice the list explicitly")
            vkey = self.hold(value)
            self.emit("unpack_check", [self.env[vkey], Constant(len(target.elts))])
            keys = [self.hold(self.emit("getitem", [self.env[vkey], Constant(i)], "item"))
                    for i in range(len(target.elts))]
            self.take(vkey)
            for elt, key in zip(target.elts, keys, strict=True):
                if self.block is None:
                    return
                self.assign(elt, self.take(key))
        elif isinstance(target, ast.Starred):
            raise self.error("starred assignment targets are not RPython", target)
        else:
            raise self.error(f"cannot assign to {type(target).__name__}", target)

    def stmt_AugAssign(self, node: ast.AugAssign) -> None:
        opname = "inplace_" + self.binop_name(node.op)
        target = node.target
        if isinstance(target, ast.Name):
            ckey = self.hold(self.load_name(target.id, target))
            rhs = self.eval(node.value)
            self.node = node
            self.store_name(target.id, self.emit(opname, [self.take(ckey), rhs], target.id), target)
        elif isinstance(target, ast.Attribute):
            okey = self.hold(self.eval(target.value))
            self.node = target
            ckey = self.hold(self.emit("getattr", [self.env[okey], Constant(target.attr)], target.attr))
            rhs = self.eval(node.value)
            self.node = node
            new = self.emit(opname, [self.take(ckey), rhs], target.attr)
            self.emit("setattr", [self.take(okey), Constant(target.attr), new])
        elif isinstance(target, ast.Subscript):
            if isinstance(target.slice, ast.Slice):
                raise self.error("augmented assignment to a slice is not RPython", target)
            okey = self.hold(self.eval(target.value))
            ikey = self.hold(self.eval(target.slice))
            self.node = target
            ckey = self.hold(self.emit("getitem", [self.env[okey], self.env[ikey]], "item"))
            rhs = self.eval(node.value)
            self.node = node
            new = self.emit(opname, [self.take(ckey), rhs], "item")
            self.emit("setitem", [self.take(okey), self.take(ikey), new])
        else:
            raise self.error("unsupported target of augmented assignment", target)

    def stmt_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self.node = target
            if isinstance(target, ast.Subscript):
                obj = self.eval(target.value)
                if isinstance(target.slice, ast.Slice):
                    start, stop, step = self.eval_slice(target.slice)
                    self.node = target
                    self.emit("delslice", [obj, start, stop, step])
                else:
                    index = self.eval(target.slice)
                    self.node = target
                    self.emit("delitem", [obj, index])
            elif isinstance(target, ast.Name):
                self.load_name(target.id, target)
                del self.env[self.local_key(target.id)]
            else:
                raise self.error("only 'del x[i]', 'del x[a:b]' and 'del name' are RPython", target,
                                 hint="attributes of RPython instances cannot be deleted")

    # ---- control flow -------------------------------------------------------------------------

    def stmt_If(self, node: ast.If) -> None:
        from kit.flow.builder import Join
        no, yes = self.split_condition(node.test)
        after = Join("endif")
        if self.enter(yes):
            self.exec_body(node.body)
            self.goto(after)
        if self.enter(no):
            self.exec_body(node.orelse)
            self.goto(after)
        self.enter(after)

    def stmt_While(self, node: ast.While) -> None:
        from kit.flow.builder import Join, LoopFrame
        header, exit_join, break_join = Join("while"), Join("while_else"), Join("endwhile")
        self.goto(header)
        self.enter(header, loop_header=True)
        self.node = node
        no, yes = self.split_condition(node.test)
        if self.enter(yes):
            self.frames.append(LoopFrame(break_join, header))
            self.exec_body(node.body)
            self.goto(header)
            self.frames.pop()
        if self.enter(no):
            self.goto(exit_join)
        self.finish_loop(node, exit_join, break_join)

    def finish_loop(self, node: ast.While | ast.For, exit_join: Join, break_join: Join,
                    drop: str | None = None) -> None:
        if self.enter(exit_join):
            if drop is not None:
                self.env.pop(drop, None)
            self.exec_body(node.orelse)
            self.goto(break_join)
        if self.enter(break_join) and drop is not None:
            self.env.pop(drop, None)

    def stmt_For(self, node: ast.For) -> None:
        from kit.flow.builder import Join, LoopFrame
        iterable = self.eval(node.iter)
        if self.block is None:
            return
        if isinstance(iterable, Constant) and isinstance(iterable.value, unrolling_iterable):
            self.unrolled_for(node, iterable.value)
            return
        self.node = node.iter
        iterator = self.emit("iter", [iterable], "iter")
        key = self.hidden("iter")
        self.env[key] = iterator
        header, exit_join, break_join = Join("for"), Join("for_else"), Join("endfor")
        self.goto(header)
        self.enter(header, loop_header=True)
        item = self.next_or_exit(key, exit_join, node.iter)
        self.frames.append(LoopFrame(break_join, header))
        self.assign(node.target, item)
        self.exec_body(node.body)
        self.goto(header)
        self.frames.pop()
        self.finish_loop(node, exit_join, break_join, drop=key)

    def unrolled_for(self, node: ast.For, items: unrolling_iterable) -> None:
        from kit.flow.builder import Join, LoopFrame
        break_join = Join("endfor")
        for item in items:
            if self.block is None:
                break
            next_join = Join("for_next")
            self.frames.append(LoopFrame(break_join, next_join))
            self.assign(node.target, Constant(item))
            self.exec_body(node.body)
            self.goto(next_join)
            self.frames.pop()
            self.enter(next_join)
        if self.block is not None:
            self.exec_body(node.orelse)
            self.goto(break_join)
        self.enter(break_join)

    # ---- exceptions ---------------------------------------------------------------------------

    def stmt_Try(self, node: ast.Try) -> None:
        if node.finalbody:
            self.try_finally(node)
        else:
            self.try_except(node.body, node.handlers, node.orelse)

    def try_finally(self, node: ast.Try) -> None:
        from kit.flow.builder import EXC_TYPE, EXC_VALUE, FinallyFrame, Join
        exc_join = Join("finally_exc")
        self.frames.append(FinallyFrame(exc_join, node.finalbody))
        if node.handlers:
            self.try_except(node.body, node.handlers, node.orelse)
        else:
            self.exec_body(node.body)
        self.frames.pop()
        after = Join("endtry")
        self.exec_body(node.finalbody)
        self.goto(after)
        if self.enter(exc_join):
            tkey, vkey = self.hidden("etype"), self.hidden("evalue")
            self.env[tkey] = self.env.pop(EXC_TYPE)
            self.env[vkey] = self.env.pop(EXC_VALUE)
            self.exec_body(node.finalbody)
            if self.block is not None:
                self.raise_exception(self.env[tkey], self.env[vkey])
        self.enter(after)

    def try_except(self, body: list[ast.stmt], handlers: list[ast.ExceptHandler],
                   orelse: list[ast.stmt]) -> None:
        from kit.flow.builder import EXC_TYPE, EXC_VALUE, ExceptFrame, Join
        clauses = []
        for handler in handlers:
            classes = self.handler_classes(handler)
            catch_all = any(c is BaseException for c in classes)
            clauses.append((classes, Join("except"), catch_all))
        self.frames.append(ExceptFrame(clauses))
        self.exec_body(body)
        self.frames.pop()
        after = Join("endtry")
        self.exec_body(orelse)
        self.goto(after)
        for handler, (_, join, _) in zip(handlers, clauses, strict=True):
            if not self.enter(join):
                continue
            tkey, vkey = self.hidden("etype"), self.hidden("evalue")
            self.env[tkey] = self.env.pop(EXC_TYPE)
            self.env[vkey] = self.env.pop(EXC_VALUE)
            if handler.name:
                self.store_name(handler.name, self.env[vkey], handler)
            self.current_exc.append((tkey, vkey))
            self.exec_body(handler.body)
            self.current_exc.pop()
            if self.block is not None:
                # like Python, forget the handler's name and the exception at its end
                for key in (tkey, vkey, handler.name and self.local_key(handler.name)):
                    if key:
                        self.env.pop(key, None)
            self.goto(after)
        self.enter(after)

    def handler_classes(self, handler: ast.ExceptHandler) -> tuple[type, ...]:
        if handler.type is None:
            return (BaseException,)
        self.node = handler.type
        value = self.eval(handler.type)
        if isinstance(value, Constant):
            classes = value.value if isinstance(value.value, tuple) else (value.value,)
            if all(_is_exception_class(c) for c in classes):
                return classes
        raise self.error("an except clause needs exception classes known at translation time",
                         handler.type, hint="name the classes directly: 'except (KeyError, IndexError):'")


def _is_exception_class(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseException)
