"""Compiling `match`: each case's pattern consumes a copy of the subject and either falls
through (matched) or jumps to a "pop k items" label of the case, whose chain ends at the next case.
Capture names are bound as soon as their subpattern matches (PEP 634 allows that).
"""

from __future__ import annotations

from languages.python.compiler import opcodes as op
from languages.python.compiler.assembler import Label
from languages.python.compiler.consts import wrap_const
from languages.python.objspace import intobject, strobject, tupleobject
from languages.python.objspace.root import W_Root
from languages.python.parser import astnodes as ast


class PatternContext:
    """The failure labels of one pattern: fail_pops[k] pops k stack items, then fails."""

    def __init__(self) -> None:
        self.fail_pops: list[Label] = []
        self.names: list[str] = []
        self.allow_irrefutable = False


class MatchMixin:
    _mixin_ = True

    def visit_Match(self, node: ast.Match) -> None:
        self.set_pos(node)
        self.visit_expr(node.subject)
        end = self.new_label()
        n = len(node.cases)
        for i in range(n):
            case = node.cases[i]
            pattern = case.pattern
            if i < n - 1 and case.guard is None and is_irrefutable(pattern):
                if isinstance(pattern, ast.MatchAs):
                    capture = pattern.name
                    if capture is not None:
                        raise self.error("name capture '%s' makes remaining patterns unreachable" % capture,
                                         pattern)
                raise self.error("wildcard makes remaining patterns unreachable", pattern)
            self.set_pos(pattern)
            ctx = PatternContext()
            self.emit(op.COPY, 1)
            self.compile_pattern(pattern, ctx, 0)
            guard = case.guard
            if guard is not None:
                self.jump_if(guard, self.fail_label(ctx, 0), False)
            self.set_pos(pattern)
            self.emit(op.POP_TOP)
            self.visit_body(case.body)
            self.emit_jump(op.JUMP, end)
            self.emit_fail_pops(ctx)
        self.set_pos(node)
        self.emit(op.POP_TOP)
        self.place(end)

    def fail_label(self, ctx: PatternContext, pops: int) -> Label:
        while len(ctx.fail_pops) <= pops:
            ctx.fail_pops.append(self.new_label())
        return ctx.fail_pops[pops]

    def jump_to_fail(self, ctx: PatternContext, pops: int, opcode: int) -> None:
        self.emit_jump(opcode, self.fail_label(ctx, pops))

    def emit_fail_pops(self, ctx: PatternContext) -> None:
        """Place the failure labels: the deepest first, each popping one item into the next."""
        if len(ctx.fail_pops) == 0:
            return
        i = len(ctx.fail_pops) - 1
        while i > 0:
            self.place(ctx.fail_pops[i])
            self.emit(op.POP_TOP)
            i -= 1
        self.place(ctx.fail_pops[0])

    def bind_capture(self, name: str, ctx: PatternContext, node: ast.pattern) -> None:
        if name in ctx.names:
            raise self.error("multiple assignments to name '%s' in pattern" % name, node)
        ctx.names.append(name)
        self.store_name(name)

    def compile_pattern(self, pattern: ast.pattern, ctx: PatternContext, pops: int) -> None:
        """The subject is on top of the stack with `pops` items of the enclosing pattern below;
        consume it, and on failure jump to the label that pops those `pops` items."""
        self.set_pos(pattern)
        if isinstance(pattern, ast.MatchAs):
            sub = pattern.pattern
            name = pattern.name
            if sub is None:
                if name is None:
                    self.emit(op.POP_TOP)
                else:
                    self.bind_capture(name, ctx, pattern)
                return
            self.emit(op.COPY, 1)
            self.compile_pattern(sub, ctx, pops + 1)
            if name is not None:
                self.bind_capture(name, ctx, pattern)
            else:
                self.emit(op.POP_TOP)
            return
        if isinstance(pattern, ast.MatchValue):
            self.visit_expr(pattern.value)
            self.set_pos(pattern)
            self.emit(op.COMPARE_OP, 1)
            self.jump_to_fail(ctx, pops, op.POP_JUMP_IF_FALSE)
            return
        if isinstance(pattern, ast.MatchSingleton):
            self.load_const(wrap_const(pattern.value))
            self.emit(op.IS_OP, 0)
            self.jump_to_fail(ctx, pops, op.POP_JUMP_IF_FALSE)
            return
        if isinstance(pattern, ast.MatchSequence):
            self.compile_sequence_pattern(pattern, ctx, pops)
            return
        if isinstance(pattern, ast.MatchMapping):
            self.compile_mapping_pattern(pattern, ctx, pops)
            return
        if isinstance(pattern, ast.MatchClass):
            self.compile_class_pattern(pattern, ctx, pops)
            return
        if isinstance(pattern, ast.MatchOr):
            self.compile_or_pattern(pattern, ctx, pops)
            return
        if isinstance(pattern, ast.MatchStar):
            raise self.error("can't use starred name here", pattern)
        raise self.error("unsupported pattern", pattern)

    def compile_sequence_pattern(self, pattern: ast.MatchSequence, ctx: PatternContext, pops: int) -> None:
        patterns = pattern.patterns
        n = len(patterns)
        star = -1
        for i in range(n):
            if isinstance(patterns[i], ast.MatchStar):
                if star >= 0:
                    raise self.error("multiple starred names in sequence pattern", patterns[i])
                star = i
        self.emit(op.MATCH_SEQUENCE)
        self.jump_to_fail(ctx, pops + 1, op.POP_JUMP_IF_FALSE)
        if star < 0 or n > 1:
            self.emit(op.GET_LEN)
            if star < 0:
                self.load_const(intobject.newint(n))
                self.emit(op.COMPARE_OP, 1)
            else:
                self.load_const(intobject.newint(n - 1))
                self.emit(op.COMPARE_OP, 6)
            self.jump_to_fail(ctx, pops + 1, op.POP_JUMP_IF_FALSE)
        if all_wildcards(patterns):
            self.emit(op.POP_TOP)
            return
        if star >= 0:
            self.emit(op.UNPACK_EX, star | ((n - star - 1) << 8))
        else:
            self.emit(op.UNPACK_SEQUENCE, n)
        for i in range(n):
            sub = patterns[i]
            remaining = n - 1 - i
            if isinstance(sub, ast.MatchStar):
                name = sub.name
                if name is None:
                    self.emit(op.POP_TOP)
                else:
                    self.bind_capture(name, ctx, sub)
            else:
                self.compile_pattern(sub, ctx, pops + remaining)

    def compile_mapping_pattern(self, pattern: ast.MatchMapping, ctx: PatternContext, pops: int) -> None:
        keys = pattern.keys
        k = len(keys)
        self.emit(op.MATCH_MAPPING)
        self.jump_to_fail(ctx, pops + 1, op.POP_JUMP_IF_FALSE)
        rest = pattern.rest
        if k == 0 and rest is None:
            self.emit(op.POP_TOP)
            return
        if k > 0:
            self.emit(op.GET_LEN)
            self.load_const(intobject.newint(k))
            self.emit(op.COMPARE_OP, 6)
            self.jump_to_fail(ctx, pops + 1, op.POP_JUMP_IF_FALSE)
        seen: list[str] = []
        for key in keys:
            if isinstance(key, ast.Constant):
                text = key.value.repr()
                if text in seen:
                    raise self.error("mapping pattern checks duplicate key (%s)" % text, key)
                seen.append(text)
            elif not isinstance(key, ast.Attribute) and self.fold(key) is None:
                # CPython folds constants first, so signed and complex literals (`-1`, `-0-0j`) are keys too
                raise self.error("mapping pattern keys may only match literals and attribute lookups", key)
            self.visit_expr(key)
        self.emit(op.BUILD_TUPLE, k)
        self.emit(op.MATCH_KEYS)
        self.emit(op.COPY, 1)
        self.jump_to_fail(ctx, pops + 3, op.POP_JUMP_IF_NONE)
        self.emit(op.UNPACK_SEQUENCE, k)
        for i in range(k):
            self.compile_pattern(pattern.patterns[i], ctx, pops + 2 + (k - 1 - i))
        if rest is not None:
            self.emit(op.COPY_DICT_WITHOUT_KEYS)
            self.bind_capture(rest, ctx, pattern)
            self.emit(op.POP_TOP)
        else:
            self.emit(op.POP_TOP)
            self.emit(op.POP_TOP)

    def compile_class_pattern(self, pattern: ast.MatchClass, ctx: PatternContext, pops: int) -> None:
        npos = len(pattern.patterns)
        nkw = len(pattern.kwd_attrs)
        for i in range(nkw):
            for j in range(i):
                if pattern.kwd_attrs[i] == pattern.kwd_attrs[j]:
                    raise self.error("attribute name repeated in class pattern: %s" % pattern.kwd_attrs[i],
                                     pattern.kwd_patterns[i])
        self.visit_expr(pattern.cls)
        names_w: list[W_Root] = [strobject.W_StrObject(name) for name in pattern.kwd_attrs]
        self.load_const(tupleobject.W_TupleObject(names_w))
        self.set_pos(pattern)
        self.emit(op.MATCH_CLASS, npos)
        self.emit(op.COPY, 1)
        self.jump_to_fail(ctx, pops + 1, op.POP_JUMP_IF_NONE)
        total = npos + nkw
        if total == 0:
            self.emit(op.POP_TOP)
            return
        self.emit(op.UNPACK_SEQUENCE, total)
        for i in range(total):
            if i < npos:
                sub = pattern.patterns[i]
            else:
                sub = pattern.kwd_patterns[i - npos]
            self.compile_pattern(sub, ctx, pops + total - 1 - i)

    def compile_or_pattern(self, pattern: ast.MatchOr, ctx: PatternContext, pops: int) -> None:
        end = self.new_label()
        n = len(pattern.patterns)
        first_names: list[str] = []
        for i in range(n):
            alt = pattern.patterns[i]
            if i < n - 1 and is_irrefutable(alt):
                raise self.error("wildcard makes remaining patterns unreachable", alt)
            alt_ctx = PatternContext()
            alt_ctx.names = list(ctx.names)
            self.emit(op.COPY, 1)
            self.compile_pattern(alt, alt_ctx, 0)
            bound = alt_ctx.names[len(ctx.names):]
            bound.sort()
            if i == 0:
                first_names = bound
            elif bound != first_names:
                raise self.error("alternative patterns bind different names", alt)
            self.emit(op.POP_TOP)
            self.emit_jump(op.JUMP, end)
            self.emit_fail_pops(alt_ctx)
        # every alternative failed: the subject is still there
        self.jump_to_fail(ctx, pops + 1, op.JUMP)
        self.place(end)
        for name in first_names:
            ctx.names.append(name)


def is_irrefutable(pattern: ast.pattern) -> bool:
    if isinstance(pattern, ast.MatchAs):
        sub = pattern.pattern
        return sub is None or is_irrefutable(sub)
    if isinstance(pattern, ast.MatchOr):
        for alt in pattern.patterns:
            if is_irrefutable(alt):
                return True
    return False


def all_wildcards(patterns: list[ast.pattern]) -> bool:
    for p in patterns:
        if isinstance(p, ast.MatchAs):
            if p.pattern is not None or p.name is not None:
                return False
        elif isinstance(p, ast.MatchStar):
            if p.name is not None:
                return False
        else:
            return False
    return True
