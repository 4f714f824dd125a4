"""Flow-graph construction for expressions: operators, calls, displays, comprehensions, f-strings.

A value needed after evaluating another subexpression is kept in the environment under a hidden
name (hold/take), because that evaluation may end the block (a raising call inside `try`, `and`).
"""

from __future__ import annotations

import ast
import builtins
from typing import TYPE_CHECKING, Any

from kit.flow.model import Constant, Value
from kit.flow.operation import CallShape, fold_builtin_call
from kit.rlib.objectmodel import we_are_translated
from kit.rlib.rarithmetic import ovfcheck

if TYPE_CHECKING:
    from kit.flow.builder import FlowBuilder

    _Base = FlowBuilder
else:
    _Base = object

BINOPS = {
    ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "truediv", ast.FloorDiv: "floordiv",
    ast.Mod: "mod", ast.Pow: "pow", ast.LShift: "lshift", ast.RShift: "rshift", ast.BitAnd: "and_",
    ast.BitOr: "or_", ast.BitXor: "xor",
}
COMPARES = {ast.Lt: "lt", ast.LtE: "le", ast.Eq: "eq", ast.NotEq: "ne", ast.Gt: "gt", ast.GtE: "ge"}
OVF_OPS = {ast.Add: "add_ovf", ast.Sub: "sub_ovf", ast.Mult: "mul_ovf", ast.FloorDiv: "floordiv_ovf",
           ast.Mod: "mod_ovf", ast.LShift: "lshift_ovf"}
FORBIDDEN_CALLS = {
    builtins.exec: "exec()", builtins.eval: "eval()", builtins.compile: "compile()",
    builtins.globals: "globals()", builtins.locals: "locals()", builtins.vars: "vars()",
    builtins.__import__: "__import__()", builtins.delattr: "delattr()",
}


class ExpressionMixin(_Base):

    # ---- helpers ------------------------------------------------------------------------------

    def hold(self, value: Value) -> str:
        key = self.hidden("t")
        self.env[key] = value
        return key

    def take(self, key: str) -> Value:
        return self.env.pop(key)

    def eval_many(self, exprs: list[ast.expr]) -> list[Value]:
        keys = []
        for expr in exprs:
            keys.append(self.hold(self.eval(expr)))
        return [self.take(k) for k in keys]

    def eval(self, expr: ast.expr) -> Value:
        method = getattr(self, "expr_" + type(expr).__name__, None)
        if method is None:
            raise self.error(f"'{type(expr).__name__}' expressions are not supported in RPython", expr)
        saved = self.node
        self.node = expr
        try:
            return method(expr)
        finally:
            self.node = saved

    def split_condition(self, expr: ast.expr) -> tuple[Any, Any]:
        """Evaluate a test and end the block on it: returns the joins reached when it is false and
        when it is true.  `and`/`or`/`not` jump straight to them (no merged value: each operand may
        have its own type, and a narrowing like isinstance() holds on the path it guards)."""
        from kit.flow.builder import Join
        if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.Not):
            no, yes = self.split_condition(expr.operand)
            return yes, no
        if not isinstance(expr, ast.BoolOp):
            cond = self.eval_condition(expr)
            if self.block is None:
                return Join("false"), Join("true")
            return self.split(cond)
        final_no, final_yes = Join("false"), Join("true")
        is_and = isinstance(expr.op, ast.And)
        for i, operand in enumerate(expr.values):
            no, yes = self.split_condition(operand)
            if i == len(expr.values) - 1:
                if self.enter(no):
                    self.goto(final_no)
                if self.enter(yes):
                    self.goto(final_yes)
                break
            stop, go_on = (no, yes) if is_and else (yes, no)
            if self.enter(stop):
                self.goto(final_no if is_and else final_yes)
            if not self.enter(go_on):
                break
        return final_no, final_yes

    def eval_condition(self, expr: ast.expr) -> Value:
        value = self.eval(expr)
        if isinstance(expr, ast.Compare) or (isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.Not)):
            return value
        self.node = expr
        return self.emit("bool", [value], "cond")

    def binop_name(self, op: ast.operator) -> str:
        name = BINOPS.get(type(op))
        if name is None:
            raise self.error(f"the operator {type(op).__name__} is not RPython", self.node)
        return name

    # ---- leaves -------------------------------------------------------------------------------

    def expr_Constant(self, node: ast.Constant) -> Value:
        return Constant(node.value, loc=self.source.loc(node))

    def expr_Name(self, node: ast.Name) -> Value:
        return self.load_name(node.id, node)

    def expr_NamedExpr(self, node: ast.NamedExpr) -> Value:
        value = self.eval(node.value)
        self.store_name(node.target.id, value, node.target)
        return value

    # ---- operators ----------------------------------------------------------------------------

    def expr_BinOp(self, node: ast.BinOp) -> Value:
        left, right = self.eval_many([node.left, node.right])
        return self.emit(self.binop_name(node.op), [left, right])

    def expr_UnaryOp(self, node: ast.UnaryOp) -> Value:
        operand = self.eval(node.operand)
        opname = {ast.Not: "not_", ast.USub: "neg", ast.UAdd: "pos", ast.Invert: "invert"}[type(node.op)]
        return self.emit(opname, [operand])

    def compare(self, op: ast.cmpop, left: Value, right: Value) -> Value:
        if isinstance(op, ast.In | ast.NotIn):
            result = self.emit("contains", [right, left], "isin")
        elif isinstance(op, ast.Is | ast.IsNot):
            result = self.emit("is_", [left, right], "same")
        else:
            result = self.emit(COMPARES[type(op)], [left, right], "cmp")
        if isinstance(op, ast.NotIn | ast.IsNot):
            result = self.emit("not_", [result], "cmp")
        return result

    def expr_Compare(self, node: ast.Compare) -> Value:
        if len(node.ops) == 1:
            left, right = self.eval_many([node.left, node.comparators[0]])
            return self.compare(node.ops[0], left, right)
        # a < b < c: b is evaluated once, and c only when a < b
        from kit.flow.builder import Join
        after = Join("endcompare")
        rkey = self.hidden("cmp")
        left = self.eval(node.left)
        for i, (op, comparator) in enumerate(zip(node.ops, node.comparators, strict=True)):
            lkey = self.hold(left)
            right = self.eval(comparator)
            left = self.take(lkey)
            result = self.compare(op, left, right)
            if i == len(node.ops) - 1:
                self.env[rkey] = result
                self.goto(after)
                break
            self.env[rkey] = result
            rightkey = self.hold(right)
            no, yes = self.split(result)
            if self.enter(no):
                self.env.pop(rightkey)
                self.goto(after)
            if not self.enter(yes):
                break
            left = self.take(rightkey)
            self.env.pop(rkey)
        self.enter(after)
        return self.env.pop(rkey)

    def expr_BoolOp(self, node: ast.BoolOp) -> Value:
        from kit.flow.builder import Join
        after = Join("endbool")
        rkey = self.hidden("bool")
        is_and = isinstance(node.op, ast.And)
        for i, operand in enumerate(node.values):
            value = self.eval(operand)
            self.env[rkey] = value
            if i == len(node.values) - 1:
                self.goto(after)
                break
            truth = self.emit("bool", [value], "cond")
            no, yes = self.split(truth)
            stop, go_on = (no, yes) if is_and else (yes, no)
            if self.enter(stop):
                self.goto(after)
            if not self.enter(go_on):
                break
            self.env.pop(rkey)
        self.enter(after)
        return self.env.pop(rkey)

    def expr_IfExp(self, node: ast.IfExp) -> Value:
        from kit.flow.builder import Join
        no, yes = self.split_condition(node.test)
        after = Join("endifexp")
        rkey = self.hidden("ifexp")
        for join, branch in ((yes, node.body), (no, node.orelse)):
            if self.enter(join):
                self.env[rkey] = self.eval(branch)
                self.goto(after)
        self.enter(after)
        return self.env.pop(rkey)

    # ---- attributes and subscripts ------------------------------------------------------------

    def expr_Attribute(self, node: ast.Attribute) -> Value:
        if _is_super_call(node.value):
            raise self.error("super() is only supported as 'super().method(...)'", node)
        obj = self.eval(node.value)
        return self.emit("getattr", [obj, Constant(node.attr)], node.attr)

    def eval_slice(self, node: ast.Slice) -> tuple[Value, Value, Value]:
        parts = [p if p is not None else ast.Constant(None) for p in (node.lower, node.upper, node.step)]
        start, stop, step = self.eval_many(parts)
        return start, stop, step

    def expr_Subscript(self, node: ast.Subscript) -> Value:
        if isinstance(node.slice, ast.Slice):
            key = self.hold(self.eval(node.value))
            start, stop, step = self.eval_slice(node.slice)
            obj = self.take(key)
            self.node = node
            return self.emit("getslice", [obj, start, stop, step], "slice")
        obj, index = self.eval_many([node.value, node.slice])
        self.node = node
        return self.emit("getitem", [obj, index], "item")

    def expr_Slice(self, node: ast.Slice) -> Value:
        raise self.error("slice objects are only supported inside subscripts ('x[a:b]')", node)

    def expr_Starred(self, node: ast.Starred) -> Value:
        raise self.error("'*' unpacking is only supported as the last argument of a call", node)

    # ---- displays -----------------------------------------------------------------------------

    def _check_no_star(self, elts: list[ast.expr]) -> None:
        for elt in elts:
            if isinstance(elt, ast.Starred):
                raise self.error("'*' unpacking inside a display is not RPython", elt,
                                 hint="build the list with + or extend()")

    def expr_List(self, node: ast.List) -> Value:
        self._check_no_star(node.elts)
        items = self.eval_many(node.elts)
        return self.emit("newlist", items, "list")

    def expr_Tuple(self, node: ast.Tuple) -> Value:
        self._check_no_star(node.elts)
        items = self.eval_many(node.elts)
        return self.emit("newtuple", items, "tuple")

    def expr_Dict(self, node: ast.Dict) -> Value:
        parts: list[ast.expr] = []
        for key, value in zip(node.keys, node.values, strict=True):
            if key is None:
                raise self.error("'**' unpacking inside a dict display is not RPython", value)
            parts.extend([key, value])
        return self.emit("newdict", self.eval_many(parts), "dict")

    def expr_Set(self, node: ast.Set) -> Value:
        raise self.error("sets are not RPython", node, hint="use a dict with the items as keys")

    def expr_SetComp(self, node: ast.SetComp) -> Value:
        raise self.error("set comprehensions are not RPython", node,
                         hint="use a dict comprehension with the items as keys")

    def expr_GeneratorExp(self, node: ast.GeneratorExp) -> Value:
        raise self.error("generator expressions are not RPython (except as the only argument of a call, "
                         "where they build a list)", node, hint="use a list comprehension")

    def expr_ListComp(self, node: ast.ListComp) -> Value:
        return self.comprehension(node, "list")

    def expr_DictComp(self, node: ast.DictComp) -> Value:
        return self.comprehension(node, "dict")

    def comprehension(self, node: ast.ListComp | ast.DictComp | ast.GeneratorExp, kind: str) -> Value:
        from kit.flow.builder import Join
        rkey = self.hold(self.emit("newlist" if kind == "list" else "newdict", [], kind))
        scope: dict[str, str] = {}

        def level(i: int) -> None:
            if i == len(node.generators):
                if kind == "list":
                    item = self.eval(node.elt)  # type: ignore[union-attr]
                    self.node = node
                    method = self.emit("getattr", [self.env[rkey], Constant("append")], "append")
                    self.emit("simple_call", [method, item], "none")
                else:
                    key, value = self.eval_many([node.key, node.value])  # type: ignore[union-attr]
                    self.node = node
                    self.emit("setitem", [self.env[rkey], key, value])
                return
            gen = node.generators[i]
            iterable = self.eval(gen.iter)
            self.node = gen.iter
            ikey = self.hold(self.emit("iter", [iterable], "iter"))
            header, exit_join = Join("comp"), Join("endcomp")
            self.goto(header)
            self.enter(header, loop_header=True)
            item = self.next_or_exit(ikey, exit_join, gen.iter)
            for name in _target_names(gen.target):
                scope.setdefault(name, self.hidden(name))
            self.assign(gen.target, item)
            for cond in gen.ifs:
                no, yes = self.split_condition(cond)
                if self.enter(no):
                    self.goto(header)
                if not self.enter(yes):
                    break
            if self.block is not None:
                level(i + 1)
            self.goto(header)
            if self.enter(exit_join):
                self.env.pop(ikey)

        # the comprehension's own variables are renamed so they do not leak into the function
        self.renames.append(scope)
        try:
            level(0)
        finally:
            self.renames.pop()
        for hidden in scope.values():
            self.env.pop(hidden, None)
        return self.take(rkey)

    # ---- f-strings ----------------------------------------------------------------------------

    def expr_JoinedStr(self, node: ast.JoinedStr) -> Value:
        keys = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                keys.append(self.hold(Constant(part.value)))
            else:
                keys.append(self.hold(self.expr_FormattedValue(part)))
        parts = [self.take(k) for k in keys]
        if len(parts) == 1 and isinstance(parts[0], Constant):
            return parts[0]
        self.node = node
        return self.emit("build_string", parts, "str")

    def expr_FormattedValue(self, node: ast.FormattedValue) -> Value:
        spec = ""
        if node.format_spec is not None:
            pieces = node.format_spec.values  # type: ignore[attr-defined]
            if not all(isinstance(p, ast.Constant) for p in pieces):
                raise self.error("f-string format specs must be constant in RPython", node.format_spec)
            spec = "".join(p.value for p in pieces)  # type: ignore[attr-defined]
        value = self.eval(node.value)
        self.node = node
        return self.emit("format_value", [value, Constant(node.conversion), Constant(spec)], "str")

    # ---- calls --------------------------------------------------------------------------------

    def expr_Call(self, node: ast.Call) -> Value:
        func = node.func
        if isinstance(func, ast.Attribute) and _is_super_call(func.value):
            target, this = self.resolve_super(func.value, func.attr)  # type: ignore[arg-type]
            return self.eval_call_with(Constant(target), node, prefix=[this])
        callee = self.eval(func)
        return self.eval_call_with(callee, node)

    def eval_call_with(self, callee: Value, node: ast.Call, prefix: list[Value] | None = None) -> Value:
        if isinstance(callee, Constant):
            special = self.special_call(callee.value, node)
            if special is not None:
                return special
        ckey = self.hold(callee)
        keys = [self.hold(v) for v in prefix or []]
        star: str | None = None
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                if star is not None:
                    raise self.error("only one '*' argument per call is RPython", arg)
                if isinstance(arg.value, ast.List | ast.ListComp | ast.Set | ast.GeneratorExp):
                    raise self.error("'*' arguments of unknown length are not RPython", arg,
                                     hint="pass a tuple (fixed length) or the items themselves")
                star = self.hold(self.eval(arg.value))
            elif star is not None:
                raise self.error("a positional argument after '*args' is not RPython", arg)
            elif isinstance(arg, ast.GeneratorExp):
                keys.append(self.hold(self.comprehension(arg, "list")))
            else:
                keys.append(self.hold(self.eval(arg)))
        names = []
        for kw in node.keywords:
            if kw.arg is None:
                raise self.error("'**' arguments are not RPython", kw.value,
                                 hint="pass the keyword arguments by name")
            names.append(kw.arg)
            keys.append(self.hold(self.eval(kw.value)))
        starred = [self.take(star)] if star is not None else []
        args = [self.take(k) for k in keys]
        callee = self.take(ckey)
        self.node = node
        if not names and not starred:
            if isinstance(callee, Constant) and all(isinstance(a, Constant) for a in args):
                folded, value = fold_builtin_call(callee.value, [a.value for a in args])
                if folded:
                    return Constant(value)
            return self.emit("simple_call", [callee] + args, "call")
        shape = CallShape(len(args) - len(names), tuple(names), bool(starred))
        return self.emit("call_args", [callee, Constant(shape)] + args + starred, "call")

    def special_call(self, func: Any, node: ast.Call) -> Value | None:
        """Calls the flow builder understands itself (returns None for ordinary calls)."""
        if func in (builtins.getattr, builtins.setattr) and not node.keywords and \
                len(node.args) == (2 if func is builtins.getattr else 3):
            # getattr(obj, NAME) with a name known now (e.g. from an unrolled loop) is an attribute access
            values = self.eval_many(node.args)
            if isinstance(values[1], Constant) and isinstance(values[1].value, str):
                self.node = node
                opname = "getattr" if func is builtins.getattr else "setattr"
                return self.emit(opname, values, values[1].value)
            raise self.error(f"{func.__name__}() needs an attribute name known at translation time", node)
        try:
            forbidden = FORBIDDEN_CALLS.get(func)
        except TypeError:
            forbidden = None
        if forbidden is not None:
            raise self.error(f"{forbidden} is not RPython: code cannot be created or inspected at run time",
                             node)
        if func is ovfcheck:
            return self.ovfcheck(node)
        if func is we_are_translated:
            return Constant(True)
        if func is super:
            raise self.error("super() is only supported as 'super().method(...)'", node)
        if getattr(func, "_kit_not_rpython_", False):
            raise self.error(f"{func.__qualname__}() is marked not_rpython and cannot be called "
                             "from translated code", node)
        return None

    def ovfcheck(self, node: ast.Call) -> Value:
        arg = node.args[0] if len(node.args) == 1 and not node.keywords else None
        if isinstance(arg, ast.BinOp) and type(arg.op) in OVF_OPS:
            left, right = self.eval_many([arg.left, arg.right])
            self.node = arg
            return self.emit(OVF_OPS[type(arg.op)], [left, right])
        if isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.USub):
            operand = self.eval(arg.operand)
            self.node = arg
            return self.emit("neg_ovf", [operand])
        raise self.error("ovfcheck() must wrap one integer operation: ovfcheck(a + b), a - b, a * b, "
                         "a // b, a % b, a << b or -a", node)

    def resolve_super(self, call: ast.Call, name: str) -> tuple[Any, Value]:
        """super().name / super(C, self).name -> (the function found after C in the MRO, self)."""
        if call.args:
            if len(call.args) != 2:
                raise self.error("super() needs no arguments or exactly two", call)
            cls_value, this = self.eval_many(call.args)
            if not isinstance(cls_value, Constant) or not isinstance(cls_value.value, type):
                raise self.error("the first argument of super() must be a class", call)
            cls = cls_value.value
        else:
            cls = self.source.closure.get("__class__")
            if not isinstance(cls, type) or not self.graph.signature:
                raise self.error("zero-argument super() only works inside a method", call)
            this = self.load_name(self.graph.signature[0], call)
        for klass in cls.__mro__[1:]:
            if name in klass.__dict__:
                return klass.__dict__[name], this
        raise self.error(f"no base class of {cls.__name__} defines '{name}'", call)


def _is_super_call(node: ast.expr) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super")


def _target_names(target: ast.expr) -> list[str]:
    return [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]
