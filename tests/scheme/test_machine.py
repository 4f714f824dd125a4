"""Properties of the CEK machine: tail calls in constant space, no Python recursion on program
depth, re-entrant continuations."""

import inspect
import sys

import pytest

from languages.scheme.interpreter import Interpreter
from languages.scheme.objects import UNSPECIFIED, sym
from languages.scheme.procedures import W_Primitive

from .helpers import evaluate


def continuation_depth(m):
    depth = 0
    frame = m.cont
    while frame is not None:
        depth += 1
        frame = frame.parent
    return depth


def run_with_probe(source, capfd):
    """Run `source` with a (probe) procedure that records the continuation depth at each call."""
    depths = []

    def probe(m, args):
        depths.append(continuation_depth(m))
        return UNSPECIFIED

    vm = Interpreter(["probe"])
    vm.user_env.define_value("probe", W_Primitive("probe", probe, 0, 0), sym("probe"))
    status = vm.run_text(source, "<probe>", False)
    out, err = capfd.readouterr()
    assert status == 0, err
    return depths


@pytest.mark.parametrize("loop", [
    "(define (f n) (probe) (if (> n 0) (f (- n 1))))",
    "(define (f n) (probe) (cond ((> n 0) (f (- n 1)))))",
    "(define (f n) (probe) (and #t (or #f (when #t (if (> n 0) (f (- n 1)))))))",
    "(define (f n) (probe) (if (> n 0) (apply f (list (- n 1)))))",
    "(define (f n) (probe) (if (> n 0) (call/cc (lambda (k) (f (- n 1))))))",
    "(define (f n) (probe) (if (> n 0) (call-with-values (lambda () (- n 1)) f)))",
    "(define (f n) (probe) (let loop ((m n)) (if (> m 0) (f (- m 1)))))",
    "(define (f n) (probe) (case n ((0) 'done) (else (f (- n 1)))))",
    "(define (f n) (probe) (do ((i 0 (+ i 1))) ((= i 1) (if (> n 0) (f (- n 1))))))",
    "(define (f n) (probe) (let-values (((a) (values n))) (if (> a 0) (f (- a 1)))))",
    "(define (f n) (probe) (guard (e (#t 'caught)) 'fine) (if (> n 0) (f (- n 1))))",
    "(define (f n) (probe) (dynamic-wind (lambda () #f) (lambda () #f) (lambda () #f)) "
    "(if (> n 0) (f (- n 1))))",
])
def test_tail_calls_run_in_constant_space(loop, capfd):
    depths = run_with_probe(loop + " (f 200)", capfd)
    assert len(depths) == 201
    assert max(depths) == min(depths), f"continuation grew from {min(depths)} to {max(depths)}"


def test_non_tail_calls_grow_the_heap_continuation(capfd):
    depths = run_with_probe("(define (f n) (probe) (if (> n 0) (+ 1 (f (- n 1))) 0)) (f 50)", capfd)
    assert depths[-1] - depths[0] == 50


def test_deep_recursion_uses_no_python_stack(capfd):
    """With Python's recursion limit just above the current depth, deep Scheme recursion,
    deep call/cc, deep dynamic-wind and deep data printing still work."""
    source = """
    (define (count n) (if (= n 0) 0 (+ 1 (count (- n 1)))))
    (display (count 20000)) (newline)
    (define (nest n) (if (= n 0) '() (list (nest (- n 1)))))
    (define deep (nest 20000))
    (display (equal? deep (nest 20000))) (newline)
    (define (wind n) (if (= n 0) 'bottom (dynamic-wind (lambda () #f) (lambda () (wind (- n 1))) (lambda () #f))))
    (display (wind 5000)) (newline)
    (define (escape n k) (if (= n 0) (k 'escaped) (+ 1 (escape (- n 1) k))))
    (display (call/cc (lambda (k) (escape 20000 k)))) (newline)
    (define s (open-output-string))
    (write (nest 3) s)
    (display (get-output-string s)) (newline)
    """
    vm = Interpreter(["deep"])
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 120)
    try:
        status = vm.run_text(source, "<deep>", False)
    finally:
        sys.setrecursionlimit(old)
    out, err = capfd.readouterr()
    assert err == ""
    assert status == 0
    assert out == "20000\n#t\nbottom\nescaped\n(((())))\n"


def test_reentering_a_continuation_resumes_argument_evaluation(capfd):
    source = """
    (let ((k #f) (n 0))
      (let ((result (list 1 (call/cc (lambda (c) (set! k c) 2)) 3)))
        (set! n (+ n 1))
        (if (< n 3) (k (* n 10)) (list result n))))
    """
    assert evaluate(source, capfd) == "((1 20 3) 3)"


def test_generator_via_continuations(capfd):
    source = """
    (define (tree-walk tree yield)
      (cond ((null? tree) 'skip) ((pair? tree) (tree-walk (car tree) yield) (tree-walk (cdr tree) yield))
            (else (yield tree))))
    (define (make-gen tree)
      (define return #f)
      (define resume
        (lambda (ignored)
          (tree-walk tree (lambda (leaf) (call/cc (lambda (k) (set! resume k) (return leaf)))))
          (return 'done)))
      (lambda () (call/cc (lambda (r) (set! return r) (resume #f)))))
    (define g (make-gen '((a b) (c (d)) e)))
    (let loop ((acc '())) (let ((x (g))) (if (eq? x 'done) (reverse acc) (loop (cons x acc)))))
    """
    assert evaluate(source, capfd) == "(a b c d e)"
