"""Compiling expressions: operators (with constant folding), calls, displays with unpacking,
comprehensions (each a nested function, as in CPython 3.11), lambdas, f-strings, yield.
"""

from __future__ import annotations

from languages.python.compiler import opcodes as op
from languages.python.compiler.consts import wrap_const
from languages.python.objspace import strobject, tupleobject
from languages.python.objspace.root import OperationError, W_Root
from languages.python.parser import astnodes as ast

CMP_OPCODES = {ast.EQ: 1, ast.NOTEQ: 2, ast.LT: 3, ast.LTE: 4, ast.GT: 5, ast.GTE: 6}


class ExprMixin:
    _mixin_ = True

    def visit_expr(self, node: ast.expr) -> None:
        self.set_pos(node)
        node.walkabout(self)

    # ---- constants and folding -------------------------------------------------------------------------

    def visit_Constant(self, node: ast.Constant) -> None:
        self.load_const(wrap_const(node.value))

    def fold(self, node: ast.expr) -> W_Root | None:
        """The value of a constant expression (numbers, strings, tuples of those), or None."""
        from languages.python.objspace import complexobject, floatobject, intobject, operators
        if isinstance(node, ast.Constant):
            return wrap_const(node.value)
        if isinstance(node, ast.UnaryOp):
            if node.op == ast.NOT:
                return None
            w_operand = self.fold(node.operand)
            if w_operand is None:
                return None
            if not (isinstance(w_operand, intobject.W_AbstractIntObject) or
                    isinstance(w_operand, floatobject.W_FloatObject) or
                    isinstance(w_operand, complexobject.W_ComplexObject)):
                return None
            try:
                if node.op == ast.USUB:
                    return operators.neg(w_operand)
                if node.op == ast.UADD:
                    return operators.pos(w_operand)
                if isinstance(w_operand, intobject.W_AbstractIntObject):
                    return operators.invert(w_operand)
            except OperationError:
                return None
            return None
        if isinstance(node, ast.BinOp):
            w_left = self.fold(node.left)
            if w_left is None:
                return None
            w_right = self.fold(node.right)
            if w_right is None:
                return None
            if not foldable_operands(w_left, w_right, node.op):
                return None
            try:
                w_result = operators.binary_op(w_left, w_right, node.op)
            except OperationError:
                return None
            if too_big(w_result):
                return None
            return w_result
        if isinstance(node, ast.Tuple) and node.ctx == ast.LOAD:
            items_w: list[W_Root] = []
            for elt in node.elts:
                w_item = self.fold(elt)
                if w_item is None:
                    return None
                items_w.append(w_item)
            return tupleobject.W_TupleObject(items_w)
        return None

    # ---- names, attributes, subscripts ---------------------------------------------------------------

    def visit_Name(self, node: ast.Name) -> None:
        if node.ctx == ast.LOAD:
            self.load_name(node.id)
        elif node.ctx == ast.STORE:
            self.store_name(node.id)
        else:
            self.delete_name(node.id)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.visit_expr(node.value)
        self.set_pos(node)
        self.emit(op.LOAD_ATTR, self.name_index(node.attr))

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit_expr(node.value)
        self.visit_expr(node.slice)
        self.set_pos(node)
        self.emit(op.BINARY_SUBSCR)

    def visit_Slice(self, node: ast.Slice) -> None:
        count = 2
        self.visit_opt_or_none(node.lower)
        self.visit_opt_or_none(node.upper)
        step = node.step
        if step is not None:
            self.visit_expr(step)
            count = 3
        self.set_pos(node)
        self.emit(op.BUILD_SLICE, count)

    def visit_opt_or_none(self, node: ast.expr | None) -> None:
        if node is None:
            self.load_none()
        else:
            self.visit_expr(node)

    def visit_Starred(self, node: ast.Starred) -> None:
        if node.ctx == ast.STORE:
            raise self.error("starred assignment target must be in a list or tuple", node)
        raise self.error("can't use starred expression here", node)

    # ---- operators -----------------------------------------------------------------------------------

    def visit_BinOp(self, node: ast.BinOp) -> None:
        w_value = self.fold(node)
        if w_value is not None:
            self.load_const(w_value)
            return
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.set_pos(node)
        self.emit(op.BINARY_OP, node.op)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        w_value = self.fold(node)
        if w_value is not None:
            self.load_const(w_value)
            return
        self.visit_expr(node.operand)
        self.set_pos(node)
        if node.op == ast.NOT:
            self.emit(op.UNARY_NOT)
        elif node.op == ast.USUB:
            self.emit(op.UNARY_NEGATIVE)
        elif node.op == ast.UADD:
            self.emit(op.UNARY_POSITIVE)
        else:
            self.emit(op.UNARY_INVERT)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        end = self.new_label()
        jump = op.JUMP_IF_FALSE_OR_POP if node.op == ast.AND else op.JUMP_IF_TRUE_OR_POP
        n = len(node.values)
        for i in range(n):
            self.visit_expr(node.values[i])
            if i < n - 1:
                self.set_pos(node)
                self.emit_jump(jump, end)
        self.place(end)

    def emit_compare(self, cmpop: int) -> None:
        if cmpop == ast.IS:
            self.emit(op.IS_OP, 0)
        elif cmpop == ast.ISNOT:
            self.emit(op.IS_OP, 1)
        elif cmpop == ast.IN:
            self.emit(op.CONTAINS_OP, 0)
        elif cmpop == ast.NOTIN:
            self.emit(op.CONTAINS_OP, 1)
        else:
            self.emit(op.COMPARE_OP, CMP_OPCODES[cmpop])

    def visit_Compare(self, node: ast.Compare) -> None:
        self.visit_expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.visit_expr(node.comparators[0])
            self.set_pos(node)
            self.emit_compare(node.ops[0])
            return
        cleanup = self.new_label()
        end = self.new_label()
        for i in range(n - 1):
            self.visit_expr(node.comparators[i])
            self.set_pos(node)
            self.emit(op.SWAP, 2)
            self.emit(op.COPY, 2)
            self.emit_compare(node.ops[i])
            self.emit_jump(op.JUMP_IF_FALSE_OR_POP, cleanup)
        self.visit_expr(node.comparators[n - 1])
        self.set_pos(node)
        self.emit_compare(node.ops[n - 1])
        self.emit_jump(op.JUMP, end)
        self.place(cleanup)
        self.emit(op.SWAP, 2)
        self.emit(op.POP_TOP)
        self.place(end)

    def jump_if(self, node: ast.expr, label, condition: bool) -> None:
        """Jump to `label` if the truth of `node` is `condition` (short-circuiting and/or/not)."""
        if isinstance(node, ast.UnaryOp) and node.op == ast.NOT:
            self.jump_if(node.operand, label, not condition)
            return
        if isinstance(node, ast.BoolOp):
            is_or = node.op == ast.OR
            n = len(node.values)
            if is_or == condition:
                for value in node.values:
                    self.jump_if(value, label, condition)
            else:
                skip = self.new_label()
                for i in range(n - 1):
                    self.jump_if(node.values[i], skip, not condition)
                self.jump_if(node.values[n - 1], label, condition)
                self.place(skip)
            return
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            cmpop = node.ops[0]
            if cmpop == ast.IS or cmpop == ast.ISNOT:
                right = node.comparators[0]
                if isinstance(right, ast.Constant) and is_none_const(right):
                    self.visit_expr(node.left)
                    self.set_pos(node)
                    if (cmpop == ast.IS) == condition:
                        self.emit_jump(op.POP_JUMP_IF_NONE, label)
                    else:
                        self.emit_jump(op.POP_JUMP_IF_NOT_NONE, label)
                    return
        self.visit_expr(node)
        self.set_pos(node)
        if condition:
            self.emit_jump(op.POP_JUMP_IF_TRUE, label)
        else:
            self.emit_jump(op.POP_JUMP_IF_FALSE, label)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        orelse = self.new_label()
        end = self.new_label()
        self.jump_if(node.test, orelse, False)
        self.visit_expr(node.body)
        self.emit_jump(op.JUMP, end)
        self.place(orelse)
        self.visit_expr(node.orelse)
        self.place(end)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit_expr(node.value)
        self.set_pos(node)
        self.emit(op.COPY, 1)
        target = node.target
        assert isinstance(target, ast.Name)
        self.store_name(target.id)

    # ---- calls --------------------------------------------------------------------------------------------

    def validate_keywords(self, keywords: list[ast.keyword], call: ast.expr | None) -> None:
        """CPython's validate_keywords: no keyword named __debug__, none given twice."""
        for i in range(len(keywords)):
            name = keywords[i].arg
            if name is None:
                continue
            if name == "__debug__":
                if call is not None:
                    raise self.error("cannot assign to __debug__", call)
                raise self.error("cannot assign to __debug__", keywords[i])
            for j in range(i + 1, len(keywords)):
                if keywords[j].arg == name:
                    raise self.error("keyword argument repeated: %s" % name, keywords[j])

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and not has_star(node.args, node.keywords) and len(node.keywords) == 0:
            self.visit_expr(func.value)
            self.set_pos(func)
            self.emit(op.LOAD_METHOD, self.name_index(func.attr))
            for arg in node.args:
                self.visit_expr(arg)
            self.set_pos(node)
            self.emit(op.CALL, len(node.args))
            return
        self.validate_keywords(node.keywords, node)
        self.emit(op.PUSH_NULL)
        self.visit_expr(func)
        self.compile_call_args(node.args, node.keywords, 0)

    def compile_call_args(self, args: list[ast.expr], keywords: list[ast.keyword], prefix: int) -> None:
        """Push the arguments and emit the call; `prefix` positional arguments are already pushed."""
        self.validate_keywords(keywords, None)
        if not has_star(args, keywords):
            for arg in args:
                self.visit_expr(arg)
            if len(keywords) > 0:
                names_w: list[W_Root] = []
                for kw in keywords:
                    self.visit_expr(kw.value)
                    name = kw.arg
                    assert name is not None
                    names_w.append(strobject.W_StrObject(name))
                self.load_const(tupleobject.W_TupleObject(names_w))
                self.emit(op.CALL_KW, prefix + len(args) + len(keywords))
            else:
                self.emit(op.CALL, prefix + len(args))
            return
        self.emit(op.BUILD_LIST, prefix)
        for arg in args:
            if isinstance(arg, ast.Starred):
                self.visit_expr(arg.value)
                self.emit(op.LIST_EXTEND, 1 | op.IN_CALL)
            else:
                self.visit_expr(arg)
                self.emit(op.LIST_APPEND, 1)
        self.emit(op.LIST_TO_TUPLE)
        flags = 0
        if len(keywords) > 0:
            flags = 1
            self.emit(op.BUILD_MAP, 0)
            for kw in keywords:
                name = kw.arg
                if name is None:
                    self.visit_expr(kw.value)
                    self.emit(op.DICT_MERGE, 1)
                else:
                    self.load_str(name)
                    self.visit_expr(kw.value)
                    self.emit(op.MAP_ADD, 1)
        self.emit(op.CALL_FUNCTION_EX, flags)

    def visit_keyword(self, node: ast.keyword) -> None:
        self.visit_expr(node.value)

    # ---- displays -----------------------------------------------------------------------------------------

    def visit_Tuple(self, node: ast.Tuple) -> None:
        if node.ctx != ast.LOAD:
            raise self.error("cannot assign to tuple here", node)
        w_value = self.fold(node)
        if w_value is not None:
            self.load_const(w_value)
            return
        if has_starred(node.elts):
            self.build_starred_list(node.elts)
            self.emit(op.LIST_TO_TUPLE)
            return
        for elt in node.elts:
            self.visit_expr(elt)
        self.set_pos(node)
        self.emit(op.BUILD_TUPLE, len(node.elts))

    def visit_List(self, node: ast.List) -> None:
        if node.ctx != ast.LOAD:
            raise self.error("cannot assign to list here", node)
        if has_starred(node.elts):
            self.build_starred_list(node.elts)
            return
        for elt in node.elts:
            self.visit_expr(elt)
        self.set_pos(node)
        self.emit(op.BUILD_LIST, len(node.elts))

    def build_starred_list(self, elts: list[ast.expr]) -> None:
        self.emit(op.BUILD_LIST, 0)
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.visit_expr(elt.value)
                self.emit(op.LIST_EXTEND, 1)
            else:
                self.visit_expr(elt)
                self.emit(op.LIST_APPEND, 1)

    def visit_Set(self, node: ast.Set) -> None:
        if has_starred(node.elts):
            self.emit(op.BUILD_SET, 0)
            for elt in node.elts:
                if isinstance(elt, ast.Starred):
                    self.visit_expr(elt.value)
                    self.emit(op.SET_UPDATE, 1)
                else:
                    self.visit_expr(elt)
                    self.emit(op.SET_ADD, 1)
            return
        for elt in node.elts:
            self.visit_expr(elt)
        self.set_pos(node)
        self.emit(op.BUILD_SET, len(node.elts))

    def visit_Dict(self, node: ast.Dict) -> None:
        has_unpack = False
        for key in node.keys:
            if key is None:
                has_unpack = True
        if not has_unpack:
            for i in range(len(node.keys)):
                key = node.keys[i]
                assert key is not None
                self.visit_expr(key)
                self.visit_expr(node.values[i])
            self.set_pos(node)
            self.emit(op.BUILD_MAP, len(node.keys))
            return
        self.emit(op.BUILD_MAP, 0)
        for i in range(len(node.keys)):
            key = node.keys[i]
            if key is None:
                self.visit_expr(node.values[i])
                self.emit(op.DICT_UPDATE, 1)
            else:
                self.visit_expr(key)
                self.visit_expr(node.values[i])
                self.emit(op.MAP_ADD, 1)

    # ---- f-strings ----------------------------------------------------------------------------------------

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if len(node.values) == 1 and isinstance(node.values[0], ast.Constant):
            self.visit_expr(node.values[0])
            return
        for value in node.values:
            self.visit_expr(value)
        self.set_pos(node)
        if len(node.values) != 1:
            self.emit(op.BUILD_STRING, len(node.values))

    def visit_FormattedValue(self, node: ast.FormattedValue) -> None:
        self.visit_expr(node.value)
        flags = 0
        conversion = node.conversion
        if conversion == 115:       # 's'
            flags = op.FV_STR
        elif conversion == 114:     # 'r'
            flags = op.FV_REPR
        elif conversion == 97:      # 'a'
            flags = op.FV_ASCII
        spec = node.format_spec
        if spec is not None:
            self.visit_expr(spec)
            flags |= op.FV_HAS_SPEC
        self.set_pos(node)
        self.emit(op.FORMAT_VALUE, flags)

    # ---- functions --------------------------------------------------------------------------------------

    def visit_Lambda(self, node: ast.Lambda) -> None:
        flags = self.compile_defaults(node.args)
        code = self.compile_function_body(node, "<lambda>", node.args, [], node.lineno, True, node.body)
        self.set_pos(node)
        self.make_closure(code, flags)

    def compile_comprehension(self, node: ast.expr, name: str, generators: list[ast.comprehension],
                              elt: ast.expr, value: ast.expr | None, kind: int) -> None:
        """kind: 0 list, 1 set, 2 dict, 3 generator expression."""
        self.emit(op.PUSH_NULL)
        unit = self.enter_unit(node, name, node.lineno)
        unit.argcount = 1
        self.set_pos(node)
        is_generator = kind == 3
        if is_generator:
            self.wrap_generator_body_start()
        elif kind == 0:
            self.emit(op.BUILD_LIST, 0)
        elif kind == 1:
            self.emit(op.BUILD_SET, 0)
        else:
            self.emit(op.BUILD_MAP, 0)
        self.comprehension_loop(generators, 0, elt, value, kind)
        if is_generator:
            self.finish_with_return_none()
        else:
            self.emit(op.RETURN_VALUE)
        is_async = unit.scope.is_coroutine
        code = self.leave_unit()
        self.set_pos(node)
        self.make_closure(code, 0)
        self.visit_expr(generators[0].iter)
        self.set_pos(node)
        if generators[0].is_async:
            self.emit(op.GET_AITER)
        else:
            self.emit(op.GET_ITER)
        self.emit(op.CALL, 1)
        if is_async and not is_generator:
            # a comprehension with awaits is a coroutine: the enclosing coroutine awaits it
            if not self.u().scope.is_coroutine:
                raise self.error("asynchronous comprehension outside of an asynchronous function", node)
            self.emit(op.GET_AWAITABLE)
            self.load_none()
            self.compile_send_loop()

    def comprehension_loop(self, generators: list[ast.comprehension], index: int, elt: ast.expr,
                           value: ast.expr | None, kind: int) -> None:
        gen = generators[index]
        start = self.new_label()
        end = self.new_label()
        if index == 0:
            self.emit(op.LOAD_FAST, 0)
        else:
            self.visit_expr(gen.iter)
            self.emit(op.GET_AITER if gen.is_async else op.GET_ITER)
        self.place(start)
        if gen.is_async:
            builder = self.b()
            builder.push_handler(end)
            self.emit(op.GET_ANEXT)
            self.load_none()
            self.compile_send_loop()
            builder.pop_handler()
        else:
            self.emit_jump(op.FOR_ITER, end)
        self.assign_target(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, start, False)
        if index + 1 < len(generators):
            self.comprehension_loop(generators, index + 1, elt, value, kind)
        else:
            depth = len(generators) + 1
            if kind == 0:
                self.visit_expr(elt)
                self.emit(op.LIST_APPEND, depth)
            elif kind == 1:
                self.visit_expr(elt)
                self.emit(op.SET_ADD, depth)
            elif kind == 2:
                assert value is not None
                self.visit_expr(elt)
                self.visit_expr(value)
                self.emit(op.MAP_ADD, depth)
            else:
                self.visit_expr(elt)
                if self.u().scope.is_coroutine:
                    self.emit(op.ASYNC_GEN_WRAP)
                self.emit(op.YIELD_VALUE, 0)
                self.emit(op.POP_TOP)
        self.emit_jump(op.JUMP, start)
        self.place(end)
        if gen.is_async:
            self.emit(op.END_ASYNC_FOR)

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self.compile_comprehension(node, "<listcomp>", node.generators, node.elt, None, 0)

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self.compile_comprehension(node, "<setcomp>", node.generators, node.elt, None, 1)

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self.compile_comprehension(node, "<dictcomp>", node.generators, node.key, node.value, 2)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self.compile_comprehension(node, "<genexpr>", node.generators, node.elt, None, 3)

    # ---- generators --------------------------------------------------------------------------------------

    def visit_Yield(self, node: ast.Yield) -> None:
        self.check_in_function(node, "'yield' outside function")
        self.visit_opt_or_none(node.value)
        self.set_pos(node)
        if self.u().scope.is_coroutine:
            self.emit(op.ASYNC_GEN_WRAP)
        self.emit(op.YIELD_VALUE, 0)

    def visit_YieldFrom(self, node: ast.YieldFrom) -> None:
        self.check_in_function(node, "'yield' outside function")
        if self.u().scope.is_coroutine:
            raise self.error("'yield from' inside async function", node)
        self.visit_expr(node.value)
        self.set_pos(node)
        self.emit(op.GET_YIELD_FROM_ITER)
        self.load_none()
        self.compile_send_loop()

    def compile_send_loop(self) -> None:
        start = self.new_label()
        exit = self.new_label()
        self.place(start)
        self.emit_jump(op.SEND, exit)
        self.emit(op.YIELD_VALUE, 1)
        self.emit_jump(op.JUMP, start)
        self.place(exit)

    def visit_Await(self, node: ast.Await) -> None:
        self.check_in_function(node, "'await' outside function")
        if not self.u().scope.is_coroutine:
            raise self.error("'await' outside async function", node)
        self.visit_expr(node.value)
        self.set_pos(node)
        self.emit(op.GET_AWAITABLE)
        self.load_none()
        self.compile_send_loop()

    def check_in_function(self, node: ast.expr, message: str) -> None:
        from languages.python.compiler import symtable as st
        if self.u().scope.kind != st.FUNCTION:
            raise self.error(message, node)


def has_starred(elts: list[ast.expr]) -> bool:
    for elt in elts:
        if isinstance(elt, ast.Starred):
            return True
    return False


def has_star(args: list[ast.expr], keywords: list[ast.keyword]) -> bool:
    if has_starred(args):
        return True
    for kw in keywords:
        if kw.arg is None:
            return True
    return False


def is_none_const(node: ast.Constant) -> bool:
    from languages.python.parser import consts as pc
    return isinstance(node.value, pc.ConstNone)


def foldable_operands(w_left: W_Root, w_right: W_Root, binop: int) -> bool:
    """Fold only what is cheap and small: no huge powers, shifts or repetitions."""
    from languages.python.objspace import intobject
    if binop == ast.POW or binop == ast.LSHIFT:
        if isinstance(w_right, intobject.W_IntObject):
            if w_right.intval > 128 or w_right.intval < -128:
                return False
        elif isinstance(w_right, intobject.W_AbstractIntObject):
            return False
    if binop == ast.MULT:
        for w_count in (w_left, w_right):
            if isinstance(w_count, intobject.W_IntObject):
                if w_count.intval > 4096:
                    return not (is_sequence(w_left) or is_sequence(w_right))
            elif isinstance(w_count, intobject.W_AbstractIntObject):
                return not (is_sequence(w_left) or is_sequence(w_right))
    return True


def is_sequence(w_value: W_Root) -> bool:
    from languages.python.objspace import bytesobject
    return (isinstance(w_value, strobject.W_StrObject) or isinstance(w_value, bytesobject.W_BytesObject) or
            isinstance(w_value, tupleobject.W_TupleObject))


def too_big(w_value: W_Root) -> bool:
    from languages.python.objspace import bytesobject, intobject
    if isinstance(w_value, strobject.W_StrObject):
        return len(w_value.value) > 4096
    if isinstance(w_value, bytesobject.W_BytesObject):
        return len(w_value.value) > 4096
    if isinstance(w_value, tupleobject.W_TupleObject):
        return len(w_value.items_w) > 256
    if isinstance(w_value, intobject.W_LongObject):
        return w_value.num.bit_length() > 4096
    return False
