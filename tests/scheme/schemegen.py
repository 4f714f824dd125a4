"""Random Scheme programs for differential tests (JIT on vs off): hypothesis strategies that build
the text of programs with procedures, named-let and `do` loops, bounded recursion, closures,
fixnums that overflow into bignums, flonums, strings, lists, vectors and escapes with call/cc.

Every program ends: loops count a counter of their own up to a small bound, recursion is bounded by
a decreasing argument, and procedures only call the ones defined before them.  Accumulators stay
small (`modulo`), but bignums, division by zero and type errors are possible: the two runs must then
fail alike (the same condition on stderr, the same exit status).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

INT_BINARY = ["+", "+", "-", "-", "*", "*", "quotient", "remainder", "modulo", "max", "min"]
COMPARE = ["<", "<=", ">", ">=", "="]
BIG = ["4611686018427387903", "4611686018427387904", "9223372036854775807", "-9223372036854775808",
       "340282366920938463463374607431768211456"]


@dataclass
class Scope:
    """What an expression may use where it is generated."""

    ints: list[str]                       # variables holding exact integers here
    globals_: list[str]                   # global integer variables a loop body may set!
    procs: list[tuple[str, int, bool]]    # callable procedures: name, arity, recursive?
    loop_depth: int = 0
    counters: list[str] = field(default_factory=list)

    def with_ints(self, *names: str, counter: str | None = None) -> Scope:
        counters = self.counters + [counter] if counter else self.counters
        depth = self.loop_depth + 1 if counter else self.loop_depth
        return Scope(self.ints + list(names), self.globals_, self.procs, depth, counters)


class Generator:
    """Draws the parts of one program; `names` makes local names unique."""

    def __init__(self, draw) -> None:
        self.draw = draw
        self.names = 0

    def fresh(self, prefix: str) -> str:
        self.names += 1
        return "%s%d" % (prefix, self.names)

    def integer(self) -> str:
        kind = self.draw(st.integers(0, 24))
        if kind == 0:
            return self.draw(st.sampled_from(BIG))
        return str(self.draw(st.integers(-5, 100) if kind < 8 else st.integers(0, 12)))

    def int_expr(self, scope: Scope, depth: int = 0) -> str:
        choices = ["lit", "var", "var"]
        if depth < 3:
            choices += ["binary", "binary", "bounded", "if", "let", "float", "string", "list"]
            if scope.procs:
                choices += ["call", "call"]
            if depth < 2:
                choices += ["loop", "callcc", "vector"]
        kind = self.draw(st.sampled_from(choices))
        if kind == "lit" or (kind == "var" and not scope.ints):
            return self.integer()
        if kind == "var":
            return self.draw(st.sampled_from(scope.ints))
        sub = depth + 1
        if kind == "binary":
            op = self.draw(st.sampled_from(INT_BINARY))
            return "(%s %s %s)" % (op, self.int_expr(scope, sub), self.int_expr(scope, sub))
        if kind == "bounded":
            # small again: the divisor is in 1..7
            op = self.draw(st.sampled_from(["+", "-", "*"]))
            return "(modulo (%s %s %s) 1000)" % (op, self.int_expr(scope, sub), self.int_expr(scope, sub))
        if kind == "if":
            return "(if %s %s %s)" % (self.condition(scope, sub), self.int_expr(scope, sub),
                                      self.int_expr(scope, sub))
        if kind == "let":
            name = self.fresh("x")
            return "(let ((%s %s)) %s)" % (name, self.int_expr(scope, sub), self.int_expr(scope.with_ints(name), sub))
        if kind == "float":
            # through a flonum and back: (exact (round ...)) of a finite value
            factor = self.draw(st.sampled_from(["1.0", "0.5", "2.5"]))
            return "(exact (round (* %s %s)))" % (self.float_expr(scope, sub), factor)
        if kind == "string":
            return self.string_expr(scope, sub)
        if kind == "list":
            return self.list_expr(scope, sub)
        if kind == "call":
            return self.call(scope, sub)
        if kind == "callcc":
            # an escape from inside an operand: now and then the continuation is taken
            k = self.fresh("k")
            return "(call-with-current-continuation (lambda (%s) (+ 1 (if %s (%s %s) %s))))" % (
                k, self.condition(scope, sub), k, self.int_expr(scope, sub), self.int_expr(scope, sub))
        if kind == "vector":
            return self.vector_expr(scope, sub)
        return self.loop(scope, sub)

    def float_expr(self, scope: Scope, depth: int) -> str:
        kind = self.draw(st.integers(0, 4))
        base = "(exact->inexact (modulo %s 1000))" % self.int_expr(scope, depth + 1)
        if kind == 0:
            return "(sqrt %s)" % base
        if kind == 1:
            return "(/ %s 8.0)" % base
        if kind == 2:
            return "(+ %s %s)" % (base, self.draw(st.sampled_from(["0.25", "-1.5", "1e3", "3.75"])))
        return base

    def string_expr(self, scope: Scope, depth: int) -> str:
        kind = self.draw(st.integers(0, 2))
        num = "(number->string %s)" % self.int_expr(scope, depth + 1)
        if kind == 0:
            return "(string-length %s)" % num
        if kind == 1:
            return "(string-length (string-append %s \"-\" %s))" % (num, num)
        return "(string->number (string-append %s \"0\"))" % num

    def list_expr(self, scope: Scope, depth: int) -> str:
        items = " ".join(self.int_expr(scope, depth + 1) for _ in range(self.draw(st.integers(1, 3))))
        kind = self.draw(st.integers(0, 2))
        if kind == 0:
            return "(apply + (list %s))" % items
        if kind == 1:
            return "(length (list %s))" % items
        return "(car (reverse (list %s)))" % items

    def vector_expr(self, scope: Scope, depth: int) -> str:
        # a fresh vector filled in a loop, then one of its elements
        v, i = self.fresh("v"), self.fresh("i")
        size = self.draw(st.integers(1, 8))
        inner = scope.with_ints(i, counter=i)
        return ("(let ((%s (make-vector %d 0))) (do ((%s 0 (+ %s 1))) ((= %s %d)) (vector-set! %s %s %s)) "
                "(vector-ref %s (modulo %s %d)))" % (
                    v, size, i, i, i, size, v, i, self.int_expr(inner, depth + 1), v,
                    self.int_expr(scope, depth + 1), size))

    def condition(self, scope: Scope, depth: int) -> str:
        if scope.counters and self.draw(st.booleans()):
            # alternating branches in a loop: guards that fail now and then, bridges
            counter = self.draw(st.sampled_from(scope.counters))
            return "(= (modulo %s %d) %d)" % (counter, self.draw(st.integers(2, 5)), self.draw(st.integers(0, 1)))
        kind = self.draw(st.integers(0, 5))
        if kind == 0:
            return "(even? %s)" % self.int_expr(scope, depth + 1)
        if kind == 1:
            return "(exact-integer? %s)" % self.int_expr(scope, depth + 1)
        return "(%s %s %s)" % (self.draw(st.sampled_from(COMPARE)), self.int_expr(scope, depth + 1),
                               self.int_expr(scope, depth + 1))

    def loop(self, scope: Scope, depth: int) -> str:
        """A named let or a `do` counting to a bound; the accumulator stays small."""
        i, acc = self.fresh("i"), self.fresh("acc")
        bound = self.draw(st.integers(0, 40 if scope.loop_depth == 0 else 8))
        inner = scope.with_ints(i, acc, counter=i)
        init = self.int_expr(scope, depth + 1)
        step = "(modulo %s 1000003)" % self.int_expr(inner, depth + 1)
        kind = self.draw(st.integers(0, 3))
        if kind == 0:
            return "(do ((%s 0 (+ %s 1)) (%s %s %s)) ((>= %s %d) %s))" % (i, i, acc, init, step, i, bound, acc)
        name = self.fresh("loop")
        if kind == 1 and scope.globals_:
            # a loop that assigns a global on the way
            g = self.draw(st.sampled_from(scope.globals_))
            return ("(let %s ((%s 0) (%s %s)) (if (< %s %d) (begin (set! %s (modulo (+ %s %s) 1000)) "
                    "(%s (+ %s 1) %s)) %s))" % (name, i, acc, init, i, bound, g, g, acc, name, i, step, acc))
        return "(let %s ((%s 0) (%s %s)) (if (< %s %d) (%s (+ %s 1) %s) %s))" % (
            name, i, acc, init, i, bound, name, i, step, acc)

    def call(self, scope: Scope, depth: int) -> str:
        name, arity, recursive = self.draw(st.sampled_from(scope.procs))
        args = [self.int_expr(scope, depth) for _ in range(arity)]
        if recursive:
            args[0] = "(modulo %s 20)" % args[0]        # the depth of the recursion
        return "(%s%s)" % (name, "".join(" " + a for a in args))

    def procedure(self, name: str, procs: list[tuple[str, int, bool]], globals_: list[str]) -> str:
        arity = self.draw(st.integers(0, 3))
        params = ["p%d" % k for k in range(arity)]
        body = self.int_expr(Scope(params + globals_, globals_, list(procs)), 0)
        procs.append((name, arity, False))
        return "(define (%s%s)\n  %s)" % (name, "".join(" " + p for p in params), body)

    def recursive_procedure(self, name: str, procs: list[tuple[str, int, bool]], globals_: list[str]) -> str:
        """(NAME n a): n goes down to 0; the result combines the recursive call (not a tail call)
        or is one (a tail call), with an accumulator that changes on the way."""
        scope = Scope(["n", "a"] + globals_, globals_, list(procs))
        step = self.int_expr(scope, 1)
        procs.append((name, 2, True))
        if self.draw(st.booleans()):
            return "(define (%s n a)\n  (if (<= n 0) a (%s (- n 1) (modulo %s 100000))))" % (name, name, step)
        return "(define (%s n a)\n  (if (<= n 0) a (modulo (+ %s (%s (- n 1) a)) 100000)))" % (name, step, name)


@st.composite
def programs(draw) -> str:
    """The source text of one Scheme program."""
    gen = Generator(draw)
    globals_ = ["ga", "gb", "gc"]
    forms = ["(define %s %s)" % (name, gen.integer()) for name in globals_]
    procs: list[tuple[str, int, bool]] = []
    for k in range(draw(st.integers(0, 3))):
        if draw(st.integers(0, 2)) == 0:
            forms.append(gen.recursive_procedure("r%d" % k, procs, globals_))
        else:
            forms.append(gen.procedure("f%d" % k, procs, globals_))
    top = Scope(list(globals_), globals_, procs)
    for _ in range(draw(st.integers(1, 3))):
        forms.append("(write %s)\n(newline)" % gen.int_expr(top))
    # a main loop, so that every program has a loop that gets hot
    i = gen.fresh("i")
    inner = top.with_ints(i, counter=i)
    g = draw(st.sampled_from(globals_))
    forms.append("(do ((%s 0 (+ %s 1))) ((= %s %d))\n  (set! %s (modulo (+ %s %s) 1000003)))" % (
        i, i, i, draw(st.integers(4, 40)), g, g, gen.int_expr(inner)))
    # the end state, so that a wrong value anywhere shows
    forms.append("(write (list ga gb gc))\n(newline)")
    return "\n".join(forms) + "\n"
