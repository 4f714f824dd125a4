"""Random tutorial-language programs for differential tests (JIT on vs off): hypothesis strategies
that build the source text of programs with functions, bounded loops, branches and arithmetic.

Every program ends: a loop counts a counter of its own up to a bound (nothing else assigns the
counter), recursion is bounded by a decreasing argument, and functions only call the ones defined
before them.  Arithmetic mostly stays small (`% M`), but overflow, division by zero and type errors
are possible: the two runs must then fail alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

BINARY = ["+", "+", "+", "-", "-", "-", "*", "*", "*", "*", "/", "%"]   # / and % by anything: now and then by 0
COMPARE = ["<", "<=", ">", ">=", "==", "!="]


@dataclass
class Scope:
    """What an expression or statement may use where it is generated."""

    readable: list[str]                   # variables with a value here
    writable: list[str]                   # variables a statement may assign (never loop counters)
    functions: list[tuple[str, int]]      # callable functions with their number of parameters
    in_function: bool
    depth: int = 0                        # loop nesting
    nest: int = 0                         # block nesting (loops and ifs)
    counters: list[str] = field(default_factory=list)

    def inner(self, counter: str) -> Scope:
        return Scope(self.readable + [counter], self.writable, self.functions, self.in_function, self.depth + 1,
                     self.nest + 1, self.counters + [counter])

    def nested(self) -> Scope:
        return Scope(self.readable, self.writable, self.functions, self.in_function, self.depth, self.nest + 1,
                     self.counters)


class Generator:
    """Draws the parts of one program; `counter` makes the names of loop counters unique."""

    def __init__(self, draw) -> None:
        self.draw = draw
        self.loops = 0

    def integer(self) -> str:
        kind = self.draw(st.integers(0, 19))
        if kind == 0:      # large values: overflow (an OverflowError) becomes possible
            value = self.draw(st.sampled_from([65536, 4294967296, 4611686018427387903]))
        else:
            value = self.draw(st.integers(-3, 100) if kind < 5 else st.integers(0, 12))
        return str(value) if value >= 0 else "(%d)" % value

    def expr(self, scope: Scope, depth: int = 0) -> str:
        choices = ["int", "var", "var"]
        if depth < 3:
            choices += ["binary", "binary", "bounded", "compare", "negate"]
            if scope.functions:
                choices.append("call")
        kind = self.draw(st.sampled_from(choices))
        if kind == "int" or (kind == "var" and not scope.readable):
            return self.integer()
        if kind == "var":
            return self.draw(st.sampled_from(scope.readable))
        if kind == "negate":
            return "-" + self.atom(scope, depth + 1)
        if kind == "compare":
            return "(%s %s %s)" % (self.expr(scope, depth + 1), self.draw(st.sampled_from(COMPARE)),
                                   self.expr(scope, depth + 1))
        if kind == "call":
            return self.call(scope, depth + 1)
        left, right = self.expr(scope, depth + 1), self.expr(scope, depth + 1)
        op = self.draw(st.sampled_from(BINARY))
        if kind == "bounded":
            # stays small: the divisor is in 1..7 (% rounds toward the divisor's sign)
            return "((%s %s (%s %% 7 + 1)) %% 1000)" % (left, op, right)
        return "(%s %s %s)" % (left, op, right)

    def call(self, scope: Scope, depth: int) -> str:
        name, arity = self.draw(st.sampled_from(scope.functions))
        args = [self.expr(scope, depth) for _ in range(arity)]
        if name.startswith("r"):
            args[0] = "(%s) %% 12" % args[0]        # the depth of a recursion
        return "%s(%s)" % (name, ", ".join(args))

    def atom(self, scope: Scope, depth: int) -> str:
        text = self.expr(scope, depth)
        return text if text[0] in "(0123456789" or text.isidentifier() else "(%s)" % text

    def condition(self, scope: Scope) -> str:
        if scope.counters and self.draw(st.booleans()):
            # alternating branches in a loop: guards that fail now and then, bridges
            counter = self.draw(st.sampled_from(scope.counters))
            return "%s %% %d == %d" % (counter, self.draw(st.integers(2, 5)), self.draw(st.integers(0, 1)))
        return "%s %s %s" % (self.expr(scope, 1), self.draw(st.sampled_from(COMPARE)), self.expr(scope, 1))

    def block(self, scope: Scope, size: int, indent: str) -> list[str]:
        lines: list[str] = []
        for _ in range(size):
            lines.extend(self.statement(scope, indent))
        return lines

    def statement(self, scope: Scope, indent: str) -> list[str]:
        choices = ["assign", "assign", "assign", "print"]
        if scope.nest < 3:
            choices += ["if", "if"] if scope.counters else ["if"]
        if scope.depth < (1 if scope.in_function else 2) and scope.nest < 3:
            choices += ["while", "while"]
        if scope.functions:
            choices.append("call")
        if scope.in_function:
            choices.append("return")
        kind = self.draw(st.sampled_from(choices))
        if kind == "assign" and scope.writable:
            name = self.draw(st.sampled_from(scope.writable))
            return ["%s%s = %s;" % (indent, name, self.expr(scope))]
        if kind == "print" or kind == "assign":
            if self.draw(st.integers(0, 4)) == 0:
                return ['%sprint "v" + %s;' % (indent, self.expr(scope))]
            return ["%sprint %s;" % (indent, self.expr(scope))]
        if kind == "call":
            return ["%s%s;" % (indent, self.call(scope, 0))]
        if kind == "return":
            if scope.depth > 0 and self.draw(st.integers(0, 3)) != 0:
                # an early return out of a loop only now and then: loops should get hot
                return ["%sif %s { return %s; }" % (indent, self.condition(scope), self.expr(scope))]
            return ["%sreturn %s;" % (indent, self.expr(scope))]
        if kind == "if":
            lines = ["%sif %s {" % (indent, self.condition(scope))]
            lines += self.block(scope.nested(), self.draw(st.integers(1, 2)), indent + "    ")
            if self.draw(st.booleans()):
                lines.append("%s} else {" % indent)
                lines += self.block(scope.nested(), self.draw(st.integers(1, 2)), indent + "    ")
            lines.append("%s}" % indent)
            return lines
        # while: a counter of its own, counted up to a bound (hot enough for threshold=3)
        self.loops += 1
        counter = "i%d" % self.loops
        # (functions may be called in loops, and call each other: their loops are short)
        bound = self.draw(st.integers(0, 6 if scope.in_function else (40 if scope.depth == 0 else 12)))
        inner = scope.inner(counter)
        lines = ["%s%s = 0;" % (indent, counter), "%swhile %s < %d {" % (indent, counter, bound)]
        lines += self.block(inner, self.draw(st.integers(1, 4)), indent + "    ")
        lines.append("%s    %s = %s + 1;" % (indent, counter, counter))
        lines.append("%s}" % indent)
        return lines

    def function(self, name: str, functions: list[tuple[str, int]], globals_: list[str]) -> list[str]:
        arity = self.draw(st.integers(0, 3))
        params = ["p%d" % k for k in range(arity)]
        local = "t_" + name
        scope = Scope(params + [local] + globals_, params + [local], functions, True)
        lines = ["fn %s(%s) {" % (name, ", ".join(params)),
                 "    %s = %s;" % (local, self.expr(Scope(params + globals_, [], functions, True)))]
        lines += self.block(scope, self.draw(st.integers(1, 4)), "    ")
        lines.append("    return %s;" % self.expr(scope))
        lines.append("}")
        functions.append((name, arity))
        return lines

    def recursive_function(self, name: str, functions: list[tuple[str, int]], globals_: list[str]) -> list[str]:
        """fn NAME(n, a): bounded recursion (n goes down), the accumulator changes on the way."""
        scope = Scope(["n", "a"] + globals_, [], functions, True)
        step = self.expr(scope, 1)
        lines = ["fn %s(n, a) {" % name,
                 "    if n <= 0 {",
                 "        return a;",
                 "    }",
                 "    return %s(n - 1, (%s) %% 100000);" % (name, step),
                 "}"]
        functions.append((name, 2))
        return lines


@st.composite
def programs(draw) -> str:
    """The source text of one tutorial-language program."""
    gen = Generator(draw)
    globals_ = ["a", "b", "c"]
    lines = ["%s = %s;" % (name, gen.integer()) for name in globals_]
    functions: list[tuple[str, int]] = []
    for k in range(draw(st.integers(0, 3))):
        if draw(st.integers(0, 3)) == 0:
            lines += gen.recursive_function("r%d" % k, functions, globals_)
        else:
            lines += gen.function("f%d" % k, functions, globals_)
    main = Scope(list(globals_), list(globals_), functions, False)
    lines += gen.block(main, draw(st.integers(0, 2)), "")
    # a main loop, so that every program has a loop that gets hot
    gen.loops += 1
    counter = "i%d" % gen.loops
    lines += ["%s = 0;" % counter, "while %s < %d {" % (counter, draw(st.integers(4, 30)))]
    lines += gen.block(main.inner(counter), draw(st.integers(1, 4)), "    ")
    lines += ["    %s = %s + 1;" % (counter, counter), "}"]
    # the end state, so that a wrong value anywhere shows
    lines.append('print "end " + a + " " + b + " " + c;')
    return "\n".join(lines) + "\n"
