"""The interpreter-side JIT hints, untranslated: global cells (quasi-immutable value, moved to a
MutableGlobal on the second assignment), the program points the machine names (the `resume`
green) and which frames are loop headers on return."""

from languages.scheme.environment import GlobalCell, MutableGlobal
from languages.scheme.interpreter import Interpreter
from languages.scheme.machine import get_printable_location
from languages.scheme.nodes import App, AppCont, Const, If, IfCont
from languages.scheme.numbers import W_Fixnum
from languages.scheme.objects import SourcePos, sym

from .helpers import evaluate


def test_a_global_defined_once_keeps_its_value_in_the_cell():
    cell = GlobalCell(sym("g"), None)
    assert cell.get() is None
    one = W_Fixnum(1)
    cell.set(one)
    assert cell.content is one and cell.get() is one


def test_a_global_assigned_again_moves_to_a_mutable_box_once():
    cell = GlobalCell(sym("g"), None)
    cell.set(W_Fixnum(1))
    cell.set(W_Fixnum(2))
    box = cell.content
    assert isinstance(box, MutableGlobal)
    for i in range(3, 10):
        cell.set(W_Fixnum(i))
        assert cell.content is box         # later writes leave the quasi-immutable field alone
    value = cell.get()
    assert isinstance(value, W_Fixnum) and value.intval == 9


def test_globals_assigned_in_loops_and_redefined_read_back_right(capfd):
    source = """
    (define counter 0)
    (define (bump!) (set! counter (+ counter 1)))
    (define (f) 'first)
    (define (call-f) (f))
    (let loop ((i 0)) (when (< i 100) (bump!) (loop (+ i 1))))
    (define before (call-f))
    (define (f) 'second)
    (list counter before (call-f))
    """
    assert evaluate(source, capfd) == "(100 first second)"


def test_program_points_name_the_frame_receiving_a_value():
    pos = SourcePos("f.scm", 3, 5)
    call = App(Const(W_Fixnum(1), pos), [Const(W_Fixnum(2), pos)], pos)
    test = If(Const(W_Fixnum(1), pos), Const(W_Fixnum(2), pos), Const(W_Fixnum(3), pos), pos)
    assert get_printable_location(call, None) == "App at " + pos.describe()
    assert get_printable_location(None, call) == "return to App at " + pos.describe()
    assert get_printable_location(None, None) == "return to a frame"
    # a call waiting for an operand is a loop header on return (the down half of a recursion),
    # the frame of an if's test is not
    app_frame = AppCont(call, None, W_Fixnum(0), [], 0, 0, None)
    if_frame = IfCont(test, None, None)
    assert app_frame.return_point() is call and app_frame.loop_on_return
    assert if_frame.return_point() is test and not if_frame.loop_on_return


def test_the_interpreter_runs_with_the_new_greens(capfd):
    # (Machine.run computes the resume green at every step)
    vm = Interpreter(["t"])
    status = vm.run_text("(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (display (fib 15))",
                         "<t>", False)
    out, err = capfd.readouterr()
    assert status == 0 and out == "610", err
