"""The SOM parser: reads a class file and builds the class with its executable AST methods.

Recursive descent over the token list. Messages whose block arguments are literal blocks
(`ifTrue:`, `whileTrue:`, `to:do:`, `and:` ...) are inlined here; a look-ahead over the tokens
decides that before the blocks are parsed (see `keyword_selector_at`).
"""

import languages.smalltalk.global_nodes as global_nodes
import languages.smalltalk.inlining as inlining
import languages.smalltalk.numbers as numbers
import languages.smalltalk.universe as universe
from languages.smalltalk import lexer as lx
from languages.smalltalk.callstack import SendSite
from languages.smalltalk.errors import ParseError
from languages.smalltalk.invokables import BlockCode, InlinedBlockCode, W_Method
from languages.smalltalk.nodes import (
    ArgReadNode,
    ArgWriteNode,
    BlockNode,
    FieldReadNode,
    FieldWriteNode,
    LiteralNode,
    LocalArgReadNode,
    LocalTempReadNode,
    LocalTempWriteNode,
    NonLocalReturnNode,
    ResetTempsNode,
    ReturnLocalNode,
    SelfNode,
    SequenceNode,
    TempReadNode,
    TempWriteNode,
)
from languages.smalltalk.objects import W_Array, W_Double, W_String, intern_symbol
from languages.smalltalk.scopes import KIND_ARG, MethodScope
from languages.smalltalk.state import vm

RESERVED_NAMES = ["self", "super", "nil", "true", "false"]


class Expression:
    """A parsed primary or message expression: the node, plus what the parser must remember
    about how it was written (a `super` receiver, or a block literal compiled inline)."""

    def __init__(self, node, is_super: bool) -> None:
        self.node = node
        self.is_super = is_super
        self.inlined_block = None  # InlinedBlock when this is a literal block parsed inline
        self.start = 0  # token position where an inlined receiver block starts
        self.declared_before = 0  # the scope's declaration count before that block


class InlinedBlock:
    """A literal block compiled into the enclosing scope: its body and its fallback code."""

    def __init__(self, body, code: InlinedBlockCode) -> None:
        self.body = body
        self.code = code


class Parser:
    def __init__(self, text: str, path: str, existing=None) -> None:
        self.path = path
        self.existing = existing  # the core class object a core-library file fills in
        self.tokens = lx.tokenize(text, path)
        self.pos = 0
        # token positions where a loop must not be inlined (see parse_keyword_message)
        self.no_inline = {}
        # token positions of the sends to self (a loop sending to self is not small, see
        # inlining.mark_small_loop)
        self.self_send_positions = []
        # token positions of `value...` sends to an argument of the method (not inside a real
        # block), with the argument's index (see inlining.mark_block_loop)
        self.block_arg_send_positions = []
        self.block_arg_send_indexes = []
        # the methods of the class side being parsed, with their sends to self
        self.parsed_methods = []

    # ---- token access ------------------------------------------------------------------------

    def peek(self, offset: int = 0) -> lx.Token:
        i = self.pos + offset
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        return self.tokens[i]

    def next(self) -> lx.Token:
        token = self.peek()
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return token

    def error(self, message: str, token: lx.Token) -> ParseError:
        return ParseError(self.path, token.line, token.column, message)

    def expected(self, what: str) -> ParseError:
        token = self.peek()
        return self.error("expected %s but found %s" % (what, token.describe()), token)

    def expect(self, kind: int) -> lx.Token:
        if self.peek().kind != kind:
            raise self.expected(lx.KIND_NAMES[kind])
        return self.next()

    def at_operator(self, text: str) -> bool:
        token = self.peek()
        return token.kind == lx.T_OPERATOR and token.text == text

    def site(self, scope: MethodScope, token: lx.Token) -> SendSite:
        return SendSite(scope.label, self.path, token.line, token.column)

    # ---- class structure -----------------------------------------------------------------------

    def parse_class(self, expected_name: str):
        name_token = self.expect(lx.T_IDENT)
        if expected_name != "" and name_token.text != expected_name:
            raise self.error("file defines class %s, expected %s" % (name_token.text, expected_name), name_token)
        if not self.at_operator("="):
            raise self.expected("'='")
        self.next()
        superclass_token = self.peek()
        superclass_name = "Object"
        if superclass_token.kind == lx.T_IDENT:
            superclass_name = self.next().text
        self.expect(lx.T_LPAREN)
        superclass = None
        if superclass_name != "nil":
            superclass = universe.load_class_or_none(intern_symbol(superclass_name))
            if superclass is None:
                raise self.error("cannot find the superclass %s" % superclass_name, superclass_token)
        cls = universe.prepare_class(intern_symbol(name_token.text), superclass, self.path, self.existing)
        universe.add_fields(cls, self.parse_field_names())
        while self.peek().kind != lx.T_SEPARATOR and self.peek().kind != lx.T_RPAREN:
            cls.add_method(self.parse_method(cls))
        mark_mutual_recursion(self.parsed_methods)
        self.parsed_methods = []
        if self.peek().kind == lx.T_SEPARATOR:
            self.next()
            metaclass = cls.get_class()
            universe.add_class_fields(cls, self.parse_field_names())
            while self.peek().kind != lx.T_RPAREN:
                metaclass.add_method(self.parse_method(metaclass))
            mark_mutual_recursion(self.parsed_methods)
            self.parsed_methods = []
        self.expect(lx.T_RPAREN)
        if self.peek().kind != lx.T_EOF:
            raise self.expected("end of file after the class definition")
        return cls

    def parse_field_names(self) -> list:
        names = []
        if self.at_operator("||"):
            self.next()
            return names
        if not self.at_operator("|"):
            return names
        self.next()
        while self.peek().kind == lx.T_IDENT:
            names.append(self.next().text)
        if not self.at_operator("|"):
            raise self.expected("a field name or '|'")
        self.next()
        return names

    # ---- methods -------------------------------------------------------------------------------

    def parse_method(self, holder):
        start = self.peek()
        selector, arg_names = self.parse_pattern()
        if not self.at_operator("="):
            raise self.expected("'=' after the message pattern")
        self.next()
        signature = intern_symbol(selector)
        if self.peek().kind == lx.T_IDENT and self.peek().text == "primitive":
            self.next()
            return universe.make_primitive(holder, signature)
        label = "%s>>#%s" % (holder.class_name(), selector)
        scope = MethodScope(None, holder, label)
        scope.selector = selector
        for name in arg_names:
            if scope.find_local(name) is not None:
                raise self.error("argument %s is declared twice" % name, start)
            scope.add_arg(name)
        self.expect(lx.T_LPAREN)
        self.parse_temporaries(scope, 0)
        body = self.parse_method_body(scope)
        self.expect(lx.T_RPAREN)
        method = W_Method(signature, holder, body, scope.num_args, scope.num_temps, scope.catches_returns,
                          scope.sends_own_selector)
        self.parsed_methods.append(ParsedMethod(method, scope.self_sends))
        return method

    def parse_pattern(self):
        token = self.peek()
        if token.kind == lx.T_IDENT:
            self.next()
            return token.text, []
        if token.kind == lx.T_OPERATOR:
            self.next()
            return token.text, [self.expect(lx.T_IDENT).text]
        if token.kind == lx.T_KEYWORD:
            parts = []
            names = []
            while self.peek().kind == lx.T_KEYWORD:
                parts.append(self.next().text)
                names.append(self.expect(lx.T_IDENT).text)
            return "".join(parts), names
        raise self.expected("a method pattern")

    def parse_temporaries(self, scope: MethodScope, since: int) -> list:
        """`| a b |` declaring temporaries; answers their slots."""
        slots = []
        if self.at_operator("||"):
            self.next()
            return slots
        if not self.at_operator("|"):
            return slots
        self.next()
        while self.peek().kind == lx.T_IDENT:
            token = self.next()
            self.check_declarable(token, scope, since)
            slots.append(scope.add_temp(token.text))
        if not self.at_operator("|"):
            raise self.expected("a temporary name or '|'")
        self.next()
        return slots

    def check_declarable(self, token: lx.Token, scope: MethodScope, since: int) -> None:
        if token.text in RESERVED_NAMES:
            raise self.error("cannot declare a variable named %s" % token.text, token)
        if scope.declares_here(token.text, since):
            raise self.error("%s is declared twice" % token.text, token)

    def parse_method_body(self, scope: MethodScope):
        """Statements up to ')'; a method without `^` at the end answers self."""
        statements = []
        returned = False
        while self.peek().kind != lx.T_RPAREN:
            if self.peek().kind == lx.T_CARET:
                self.next()
                statements.append(self.parse_expression(scope))
                returned = True
                self.skip_periods()
                if self.peek().kind != lx.T_RPAREN:
                    raise self.expected("')' after the return statement")
                break
            statements.append(self.parse_expression(scope))
            if not self.end_of_statement(lx.T_RPAREN):
                raise self.expected("'.' or ')'")
        if not returned:
            statements.append(SelfNode())
        return make_sequence(statements)

    def skip_periods(self) -> None:
        while self.peek().kind == lx.T_PERIOD:
            self.next()

    def end_of_statement(self, terminator: int) -> bool:
        """After a statement: consume '.' separators; False if neither '.' nor the terminator."""
        if self.peek().kind == lx.T_PERIOD:
            self.skip_periods()
            return True
        return self.peek().kind == terminator

    def parse_block_statements(self, scope: MethodScope):
        """The statements of a block up to ']': answers the nodes (the last gives the value).
        A `^` makes a non-local return in a real block, a local one when inlined in a method."""
        statements = []
        while self.peek().kind != lx.T_RBRACKET:
            if self.peek().kind == lx.T_CARET:
                caret = self.next()
                value = self.parse_expression(scope)
                statements.append(self.make_return(scope, value, caret))
                self.skip_periods()
                if self.peek().kind != lx.T_RBRACKET:
                    raise self.expected("']' after the return statement")
                break
            statements.append(self.parse_expression(scope))
            if not self.end_of_statement(lx.T_RBRACKET):
                raise self.expected("'.' or ']'")
        return statements

    def make_return(self, scope: MethodScope, value, caret: lx.Token):
        scope.catches_returns = True
        if scope.is_block():
            scope.home().catches_returns = True
            return NonLocalReturnNode(value, self.site(scope, caret))
        return ReturnLocalNode(value)

    # ---- blocks --------------------------------------------------------------------------------

    def parse_block(self, scope: MethodScope) -> BlockNode:
        self.expect(lx.T_LBRACKET)
        block_scope = MethodScope(scope, scope.holder, scope.home().label + " [block]")
        while self.peek().kind == lx.T_COLON:
            self.next()
            token = self.expect(lx.T_IDENT)
            self.check_declarable(token, block_scope, 0)
            block_scope.add_arg(token.text)
        if block_scope.num_args > 0:
            self.parse_parameter_bar(block_scope)
        self.parse_temporaries(block_scope, 0)
        statements = self.parse_block_statements(block_scope)
        self.expect(lx.T_RBRACKET)
        if len(statements) == 0:
            statements.append(LiteralNode(nil_object()))
        body = make_sequence(statements)
        code = BlockCode(body, block_scope.num_args, block_scope.num_temps, block_scope.catches_returns,
                         block_scope.label)
        return BlockNode(code)

    def parse_parameter_bar(self, scope: MethodScope) -> None:
        """The '|' after block parameters; `||` is that bar followed by an empty temporaries list."""
        if self.at_operator("|"):
            self.next()
        elif self.at_operator("||"):
            self.next()
            # `[:a || t | ...]` is not supported: `||` here means `| |` (no temporaries)
        elif self.peek().kind != lx.T_RBRACKET:
            raise self.expected("'|' after the block parameters")

    def parse_inlined_block(self, scope: MethodScope) -> InlinedBlock:
        """A literal block compiled into `scope`: parameters and temporaries become temporaries
        of the enclosing frame, visible only inside the block."""
        self.expect(lx.T_LBRACKET)
        mark = scope.mark()
        arg_slots = []
        while self.peek().kind == lx.T_COLON:
            self.next()
            token = self.expect(lx.T_IDENT)
            self.check_declarable(token, scope, mark)
            arg_slots.append(scope.add_temp(token.text))
        if len(arg_slots) > 0:
            self.parse_parameter_bar(scope)
        temp_slots = self.parse_temporaries(scope, mark)
        statements = self.parse_block_statements(scope)
        self.expect(lx.T_RBRACKET)
        scope.release(mark)
        if len(statements) == 0:
            statements.append(LiteralNode(nil_object()))
        if len(temp_slots) > 0:
            statements.insert(0, ResetTempsNode(temp_slots))
        body = make_sequence(statements)
        return InlinedBlock(body, InlinedBlockCode(body, arg_slots, scope.home().label + " [block]"))

    def block_parameter_count(self, offset: int) -> int:
        """The number of parameters of the literal block starting at `offset`, or -1."""
        if self.peek(offset).kind != lx.T_LBRACKET:
            return -1
        count = 0
        i = offset + 1
        while self.peek(i).kind == lx.T_COLON and self.peek(i + 1).kind == lx.T_IDENT:
            count += 1
            i += 2
        return count

    def matching_bracket(self, offset: int) -> int:
        """The offset of the ']' closing the '[' at `offset` (or of the end of file)."""
        depth = 0
        i = offset
        while True:
            kind = self.peek(i).kind
            if kind == lx.T_EOF:
                return i
            if kind == lx.T_LBRACKET or kind == lx.T_LPAREN or kind == lx.T_ARRAY_START:
                depth += 1
            elif kind == lx.T_RBRACKET or kind == lx.T_RPAREN:
                depth -= 1
                if depth == 0:
                    return i
            i += 1

    def keyword_selector_at(self, offset: int):
        """Look ahead over the keyword message starting at `offset`: its full selector and the
        offsets of its keyword tokens (arguments start right after each keyword)."""
        parts = []
        offsets = []
        depth = 0
        i = offset
        while True:
            token = self.peek(i)
            kind = token.kind
            if kind == lx.T_EOF:
                break
            if depth == 0 and (kind == lx.T_PERIOD or kind == lx.T_RPAREN or kind == lx.T_RBRACKET
                               or kind == lx.T_CARET or kind == lx.T_SEPARATOR):
                break
            if kind == lx.T_LBRACKET or kind == lx.T_LPAREN or kind == lx.T_ARRAY_START:
                depth += 1
            elif kind == lx.T_RBRACKET or kind == lx.T_RPAREN:
                depth -= 1
            elif kind == lx.T_KEYWORD and depth == 0:
                parts.append(token.text)
                offsets.append(i)
            i += 1
        return "".join(parts), offsets

    # ---- expressions ---------------------------------------------------------------------------

    def parse_expression(self, scope: MethodScope):
        if self.peek().kind == lx.T_IDENT and self.peek(1).kind == lx.T_ASSIGN:
            name_token = self.next()
            self.next()
            value = self.parse_expression(scope)
            return self.make_write(scope, name_token, value)
        expression = self.parse_primary(scope)
        return self.parse_messages(scope, expression)

    def parse_messages(self, scope: MethodScope, expression: Expression):
        while self.peek().kind == lx.T_IDENT:
            token = self.next()
            expression = Expression(self.make_send(scope, token.text, expression, [], token), False)
        while self.peek().kind == lx.T_OPERATOR:
            expression = Expression(self.parse_binary_message(scope, expression), False)
        if self.peek().kind == lx.T_KEYWORD:
            return self.parse_keyword_message(scope, expression)
        return self.finish(expression)

    def finish(self, expression: Expression):
        """The node of an expression that is used as a value."""
        block = expression.inlined_block
        if block is not None:
            # a literal block parsed inline whose message turned out not to be inlinable
            return BlockNode(block.code)
        return expression.node

    def parse_binary_message(self, scope: MethodScope, receiver: Expression):
        token = self.next()
        selector = token.text
        if (selector == "&&" or selector == "||") and not receiver.is_super \
                and self.block_parameter_count(0) == 0:
            block = self.parse_inlined_block(scope)
            left = self.finish(receiver)
            return inlining.make_and_or(selector, left, block, self.site(scope, token))
        argument = self.parse_binary_operand(scope)
        return self.make_send(scope, selector, receiver, [argument], token)

    def parse_binary_operand(self, scope: MethodScope):
        expression = self.parse_primary(scope)
        while self.peek().kind == lx.T_IDENT:
            token = self.next()
            expression = Expression(self.make_send(scope, token.text, expression, [], token), False)
        return self.finish(expression)

    def parse_keyword_argument(self, scope: MethodScope):
        node = self.parse_binary_operand(scope)
        expression = Expression(node, False)
        while self.peek().kind == lx.T_OPERATOR:
            expression = Expression(self.parse_binary_message(scope, expression), False)
        return expression.node

    def parse_keyword_message(self, scope: MethodScope, receiver: Expression):
        first = self.peek()
        start = self.pos
        declared_before = len(scope.declared)
        if receiver.inlined_block is not None:
            declared_before = receiver.declared_before
        selector, offsets = self.keyword_selector_at(0)
        plan = None
        if not receiver.is_super and start not in self.no_inline:
            plan = inlining.plan_for(selector)
        if plan is not None and not self.plan_fits(plan, offsets, receiver):
            plan = None
        args = []
        blocks = []
        i = 0
        while self.peek().kind == lx.T_KEYWORD:
            self.next()
            if plan is not None and plan.inlines_argument(i):
                blocks.append(self.parse_inlined_block(scope))
            else:
                args.append(self.parse_keyword_argument(scope))
            i += 1
        if plan is not None and plan.is_loop and scope.any_captured_since(declared_before):
            # A block inside the loop captures a loop variable, which must be fresh in every
            # iteration: parse the loop again as an ordinary send with real blocks.
            if receiver.inlined_block is not None:
                self.no_inline[receiver.start] = True
                self.pos = receiver.start
                return self.parse_messages(scope, self.parse_primary(scope))
            self.no_inline[start] = True
            self.pos = start
            return self.parse_keyword_message(scope, receiver)
        if plan is not None:
            receiver_block = receiver.inlined_block
            node = inlining.build(plan, self.finish_receiver(receiver), receiver_block, args, blocks,
                                  self.site(scope, first))
            if plan.is_loop:
                # the loop's size in tokens, its receiver block included
                loop_start = start if receiver_block is None else receiver.start
                inlining.mark_small_loop(node, self.pos - loop_start, self.sends_to_self_since(loop_start))
                inlining.mark_block_loop(node, self.block_arg_sent_since(loop_start))
            return node
        return self.make_send(scope, selector, receiver, args, first)

    def block_arg_sent_since(self, position: int) -> int:
        """The argument index of the last `value...` send to a method argument at or after
        `position`, or -1."""
        positions = self.block_arg_send_positions
        last = len(positions) - 1
        if last >= 0 and positions[last] >= position:
            return self.block_arg_send_indexes[last]
        return -1

    def sends_to_self_since(self, position: int) -> bool:
        positions = self.self_send_positions
        return len(positions) > 0 and positions[len(positions) - 1] >= position

    def finish_receiver(self, receiver: Expression):
        block = receiver.inlined_block
        if block is not None:
            return block.body
        return receiver.node

    def plan_fits(self, plan, offsets: list, receiver: Expression) -> bool:
        """Whether the literal blocks the plan inlines are really there, with the right arity."""
        if plan.inline_receiver != (receiver.inlined_block is not None):
            return False
        i = 0
        while i < len(offsets):
            if plan.inlines_argument(i):
                if self.block_parameter_count(offsets[i] + 1) != plan.block_arity(i):
                    return False
            i += 1
        return True

    def parse_primary(self, scope: MethodScope) -> Expression:
        token = self.peek()
        kind = token.kind
        if kind == lx.T_IDENT:
            self.next()
            if token.text == "super":
                return Expression(SelfNode(), True)
            return Expression(self.make_read(scope, token), False)
        if kind == lx.T_LPAREN:
            self.next()
            node = self.parse_expression(scope)
            self.expect(lx.T_RPAREN)
            return Expression(node, False)
        if kind == lx.T_LBRACKET:
            if self.pos not in self.no_inline and self.is_inlinable_loop_receiver():
                start = self.pos
                declared_before = len(scope.declared)
                block = self.parse_inlined_block(scope)
                expression = Expression(block.body, False)
                expression.inlined_block = block
                expression.start = start
                expression.declared_before = declared_before
                return expression
            return Expression(self.parse_block(scope), False)
        return Expression(LiteralNode(self.parse_literal()), False)

    def is_inlinable_loop_receiver(self) -> bool:
        """`[cond] whileTrue: [body]` (or whileFalse:) with two literal parameterless blocks."""
        if self.block_parameter_count(0) != 0:
            return False
        close = self.matching_bracket(0)
        after = self.peek(close + 1)
        if after.kind != lx.T_KEYWORD or (after.text != "whileTrue:" and after.text != "whileFalse:"):
            return False
        selector, offsets = self.keyword_selector_at(close + 1)
        if selector != after.text:
            return False
        return self.block_parameter_count(offsets[0] + 1) == 0

    # ---- literals ------------------------------------------------------------------------------

    def parse_literal(self):
        token = self.peek()
        kind = token.kind
        if kind == lx.T_INTEGER or kind == lx.T_DOUBLE:
            return self.parse_number(False)
        if kind == lx.T_OPERATOR and token.text == "-":
            following = self.peek(1).kind
            if following == lx.T_INTEGER or following == lx.T_DOUBLE:
                self.next()
                return self.parse_number(True)
        if kind == lx.T_STRING:
            self.next()
            return W_String(token.text)
        if kind == lx.T_SYMBOL:
            self.next()
            return intern_symbol(token.text)
        if kind == lx.T_ARRAY_START:
            self.next()
            return self.parse_literal_array()
        raise self.expected("an expression")

    def parse_number(self, negative: bool):
        token = self.next()
        if token.kind == lx.T_DOUBLE:
            value = float(token.text)
            return W_Double(-value if negative else value)
        return numbers.integer_literal(token.text, negative)

    def parse_literal_array(self) -> W_Array:
        """The elements of `#( ... )` up to the closing parenthesis (already past `#(`)."""
        items = []
        while self.peek().kind != lx.T_RPAREN:
            token = self.peek()
            kind = token.kind
            if kind == lx.T_EOF:
                raise self.expected("')' closing the literal array")
            if kind == lx.T_LPAREN:
                self.next()
                items.append(self.parse_literal_array())
            elif kind == lx.T_IDENT:
                self.next()
                items.append(self.identifier_in_array(token.text))
            elif kind == lx.T_KEYWORD:
                self.next()
                items.append(intern_symbol(token.text))
            elif kind == lx.T_OPERATOR and not (token.text == "-" and self.is_number(1)):
                self.next()
                items.append(intern_symbol(token.text))
            else:
                items.append(self.parse_literal())
        self.next()
        return W_Array(items)

    def is_number(self, offset: int) -> bool:
        kind = self.peek(offset).kind
        return kind == lx.T_INTEGER or kind == lx.T_DOUBLE

    def identifier_in_array(self, name: str):
        if name == "nil":
            return nil_object()
        if name == "true":
            value = vm.trueobj
            assert value is not None
            return value
        if name == "false":
            value = vm.falseobj
            assert value is not None
            return value
        return intern_symbol(name)

    # ---- variables and sends -------------------------------------------------------------------

    def make_read(self, scope: MethodScope, token: lx.Token):
        name = token.text
        if name == "self":
            return SelfNode()
        if name == "nil":
            return LiteralNode(nil_object())
        if name == "true":
            value = vm.trueobj
            assert value is not None
            return LiteralNode(value)
        if name == "false":
            value = vm.falseobj
            assert value is not None
            return LiteralNode(value)
        resolved = scope.resolve(name)
        if resolved is not None:
            if resolved.kind == KIND_ARG:
                if resolved.level == 0:
                    return LocalArgReadNode(resolved.index)
                return ArgReadNode(resolved.index, resolved.level)
            if resolved.level == 0:
                return LocalTempReadNode(resolved.index)
            return TempReadNode(resolved.index, resolved.level)
        field = scope.holder.lookup_field_index(name)
        if field >= 0:
            return FieldReadNode(field)
        return global_nodes.GlobalReadNode(intern_symbol(name), self.site(scope, token))

    def make_write(self, scope: MethodScope, token: lx.Token, value):
        name = token.text
        if name in RESERVED_NAMES:
            raise self.error("cannot assign to %s" % name, token)
        resolved = scope.resolve(name)
        if resolved is not None:
            if resolved.kind == KIND_ARG:
                return ArgWriteNode(resolved.index, resolved.level, value)
            if resolved.level == 0:
                return LocalTempWriteNode(resolved.index, value)
            return TempWriteNode(resolved.index, resolved.level, value)
        field = scope.holder.lookup_field_index(name)
        if field >= 0:
            return FieldWriteNode(field, value)
        raise self.error("cannot assign to %s: it is not a variable or field" % name, token)

    def make_send(self, scope: MethodScope, selector: str, receiver: Expression, args: list, token: lx.Token):
        site = self.site(scope, token)
        if receiver.is_super:
            return inlining.make_super_send(intern_symbol(selector), scope.holder, args, site)
        home = scope.home()
        if selector == home.selector and not inlining.has_fast_path(selector, len(args)):
            # (a send with a fast path goes to a number or an Array as a rule, answered by a
            # primitive: Vector>>at: sending at: to its storage is not a recursion)
            home.sends_own_selector = True
        if isinstance(receiver.node, SelfNode):
            self.self_send_positions.append(self.pos)
            home.self_sends[selector] = True
        receiver_node = receiver.node
        if isinstance(receiver_node, LocalArgReadNode):
            if selector.startswith("value") and not scope.is_block():
                self.block_arg_send_positions.append(self.pos)
                self.block_arg_send_indexes.append(receiver_node.index)
        return inlining.make_send(intern_symbol(selector), self.finish(receiver), args, site)


class ParsedMethod:
    """A method of the class being parsed and the selectors it sends to self."""

    def __init__(self, method: W_Method, self_sends: dict) -> None:
        self.method = method
        self.self_sends = self_sends


def mark_mutual_recursion(parsed: list) -> None:
    """Methods of one class side that can reach themselves through sends to self (a
    recursive-descent parser's `readValue` -> `readObject` -> `readValue`) run through the JIT's
    portal like methods sending their own selector: each is compiled from its entry and called
    from traces, instead of being inlined into every trace (and bridge) that reaches it. One
    method per cycle is enough (the first in definition order that is still on a cycle of
    methods not marked yet): every portal entry costs a call, the others are inlined."""
    by_selector = {}
    for item in parsed:
        by_selector[item.method.signature.value] = item
    marked = {}
    for item in parsed:
        start = item.method.signature.value
        if item.method.entry is not None:
            marked[start] = True
            continue
        seen = {}
        pending = list(item.self_sends.keys())
        while len(pending) > 0:
            selector = pending.pop()
            if selector == start:
                item.method.mark_recursive()
                marked[start] = True
                break
            if selector in seen or selector in marked or selector not in by_selector:
                continue
            seen[selector] = True
            for next_selector in by_selector[selector].self_sends.keys():
                pending.append(next_selector)


def make_sequence(statements: list):
    if len(statements) == 1:
        return statements[0]
    return SequenceNode(statements)


def nil_object():
    value = vm.nilobj
    assert value is not None
    return value


def parse_class_file(text: str, path: str, expected_name: str):
    """Parse a class definition and install it; raises ParseError on bad syntax."""
    return Parser(text, path, None).parse_class(expected_name)

