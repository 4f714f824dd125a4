"""The CEK machine: the evaluation loop, the dynamic state (dynamic-wind, exception handlers,
parameterize) and first-class continuations.

Registers: node (expression to evaluate, or None when `value` is being returned), env, cont.
The loop never recurses: every Scheme call or return is one iteration.
"""

from __future__ import annotations

from typing import Any

from kit.rlib.jit import JitDriver
from languages.scheme.continuation import CAPTURES, Cont, HaltCont
from languages.scheme.environment import Env
from languages.scheme.nodes import Node
from languages.scheme.objects import (
    UNSPECIFIED,
    SchemeError,
    SchemeExit,
    SourcePos,
    W_ErrorObject,
    W_Object,
    make_values,
    scheme_error,
    values_list,
)
from languages.scheme.procedures import W_Parameter, W_Procedure, apply_procedure


class SchemeUncaught(Exception):
    """A condition no handler took: it ends the run and is reported by the driver."""

    def __init__(self, payload: W_Object, pos: SourcePos | None) -> None:
        self.payload = payload
        self.pos = pos


def out_of_memory() -> W_Object:
    return W_ErrorObject("out of memory", [], "error")


# ---- the dynamic state --------------------------------------------------------------------------

class WindFrame:
    """One active dynamic-wind: its before/after thunks and the dynamic state it was called in."""

    def __init__(self, before: W_Object, after: W_Object, parent: WindFrame | None,
                 handlers: HandlerFrame | None, params: ParamFrame | None) -> None:
        self.before = before
        self.after = after
        self.parent = parent
        self.handlers = handlers
        self.params = params
        self.depth = 0 if parent is None else parent.depth + 1


class HandlerFrame:
    def __init__(self, handler: W_Object, parent: HandlerFrame | None) -> None:
        self.handler = handler
        self.parent = parent


class ParamFrame:
    def __init__(self, param: W_Parameter, value: W_Object, parent: ParamFrame | None) -> None:
        self.param = param
        self.value = value
        self.parent = parent


class W_Continuation(W_Procedure):
    """A captured continuation: the frame chain plus the dynamic state at capture time."""

    def __init__(self, cont: Cont, winders: WindFrame | None, handlers: HandlerFrame | None,
                 params: ParamFrame | None) -> None:
        self.cont = cont
        self.winders = winders
        self.handlers = handlers
        self.params = params

    def apply(self, m: Machine, args: list[W_Object]) -> None:
        m.throw_to(self, make_values(args))

    def procedure_name(self) -> str:
        return "continuation"


# ---- the machine --------------------------------------------------------------------------------

def get_printable_location(node: Node | None, resume: Node | None) -> str:
    """How KITLOG=jit names a program point (the JIT's greens)."""
    if node is None:
        if resume is None:
            return "return to a frame"
        return "return to " + describe_node(resume)
    return describe_node(node)


def describe_node(node: Node) -> str:
    name = type(node).__name__
    pos = node.pos
    if pos is None:
        return name
    return name + " at " + pos.describe()


# The JIT's view of the loop (Pycket's design, notes/scheme.md §4): the program point is the AST
# node about to run (green `node`), or, while a value is being returned (node None), the call
# or other node whose frame receives it (green `resume`: Cont.return_point). The machine is the
# red, virtualizable, so compiled loops keep its registers in machine registers. Traces start at
# loop headers: lambda bodies entered by a call (Node.loop_header) and the calls that receive a
# value (Cont.loop_on_return), which is where the "down" half of a non-tail recursion loops (the
# returns of (+ (fib ...) ...) into the frames of the same call node) and where bridges find
# compiled code to jump to.
jitdriver = JitDriver(greens=["node", "resume"], reds=["m"], virtualizables=["m"],
                      get_printable_location=get_printable_location, is_recursive=True, name="scheme")


class Machine:
    # the registers compiled code keeps out of the heap
    _virtualizable_ = ["node", "env", "cont", "value", "halted"]

    def __init__(self, vm: Any) -> None:
        self.vm = vm                      # the Interpreter: ports, namespaces, compiler
        self.node: Node | None = None
        self.env: Env | None = None
        self.cont: Cont = HaltCont()
        self.value: W_Object = UNSPECIFIED
        self.halted = False
        self.winders: WindFrame | None = None
        self.handlers: HandlerFrame | None = None
        self.params: ParamFrame | None = None

    # ---- the loop -----------------------------------------------------------------------------

    def run(self) -> W_Object:
        """Step from the current registers until a value reaches the bottom frame (HaltCont).

        Set the registers first: start_sequence/start_program (toplevel.py) do."""
        self.halted = False
        while not self.halted:
            current = self.node
            resume: Node | None = None
            if current is None:
                resume = self.cont.return_point()
            jitdriver.jit_merge_point(node=current, resume=resume, m=self)
            if current is not None:
                self.execute_node(current)
            else:
                self.return_to_frame()
            following = self.node
            if following is not None:
                if following.loop_header:
                    jitdriver.can_enter_jit(node=following, resume=None, m=self)
            else:
                frame = self.cont
                if frame.loop_on_return:
                    jitdriver.can_enter_jit(node=None, resume=frame.return_point(), m=self)
        return self.value

    def execute_node(self, current: Node) -> None:
        """One step: evaluate `current` (it leaves a value or points the machine further)."""
        saved = self.cont
        self.node = None
        try:
            current.execute(self)
        except SchemeError as error:
            self.node = None
            self.cont = saved
            self.signal(error.payload, error.continuable, current.pos)
        except MemoryError:
            self.node = None
            self.cont = saved
            self.signal(out_of_memory(), False, current.pos)

    def return_to_frame(self) -> None:
        """One step: pop the innermost frame and hand it the value."""
        frame = self.cont
        parent = frame.parent
        if parent is not None:
            self.cont = parent
        try:
            frame.plug(self, self.value)
        except SchemeError as error:
            self.node = None
            if parent is not None:
                self.cont = parent
            self.signal(error.payload, error.continuable, frame.source_pos())
        except MemoryError:
            self.node = None
            if parent is not None:
                self.cont = parent
            self.signal(out_of_memory(), False, frame.source_pos())

    def return_value(self, value: W_Object) -> None:
        self.node = None
        self.value = value

    def call(self, proc: W_Object, args: list[W_Object]) -> None:
        apply_procedure(self, proc, args)

    # ---- raise and handlers -------------------------------------------------------------------

    def signal(self, payload: W_Object, continuable: bool, pos: SourcePos | None) -> None:
        """Hand a raised object to the current handler (R7RS 6.11), from the current continuation."""
        if pos is None:
            pos = self.nearest_position()
        if isinstance(payload, W_ErrorObject) and payload.pos is None:
            payload.pos = pos
        while True:
            frame = self.handlers
            if frame is None:
                raise SchemeUncaught(payload, pos)
            outer = frame.parent
            if continuable:
                self.cont = RestoreHandlersCont(frame, self.cont)
            else:
                self.cont = NonContinuableCont(payload, frame, pos, self.cont)
            # the handler runs with the handlers that were current when it was installed
            self.handlers = outer
            try:
                apply_procedure(self, frame.handler, [payload])
                return
            except SchemeError as error:
                payload = error.payload
                continuable = error.continuable
                if isinstance(payload, W_ErrorObject) and payload.pos is None:
                    payload.pos = pos

    def nearest_position(self) -> SourcePos | None:
        """The position of the innermost pending frame that has one (errors raised in the prelude
        are reported at the user's call)."""
        frame: Cont | None = self.cont
        while frame is not None:
            pos = frame.source_pos()
            if pos is not None:
                return pos
            frame = frame.parent
        return None

    def with_handler(self, handler: W_Object, thunk: W_Object) -> None:
        self.cont = RestoreHandlersCont(self.handlers, self.cont)
        self.handlers = HandlerFrame(handler, self.handlers)
        apply_procedure(self, thunk, [])

    # ---- parameters ---------------------------------------------------------------------------

    def parameter_value(self, param: W_Parameter) -> W_Object:
        frame = self.params
        while frame is not None:
            if frame.param is param:
                return frame.value
            frame = frame.parent
        return param.default_value

    def parameterize(self, params: list[W_Parameter], values: list[W_Object], thunk: W_Object) -> None:
        self.cont = RestoreParamsCont(self.params, self.cont)
        frame = self.params
        for i in range(len(params)):
            frame = ParamFrame(params[i], values[i], frame)
        self.params = frame
        apply_procedure(self, thunk, [])

    # ---- continuations and dynamic-wind -------------------------------------------------------

    def capture(self) -> W_Continuation:
        CAPTURES.count += 1
        return W_Continuation(self.cont, self.winders, self.handlers, self.params)

    def dynamic_wind(self, before: W_Object, thunk: W_Object, after: W_Object) -> None:
        self.cont = WindBeforeCont(before, thunk, after, self.cont)
        apply_procedure(self, before, [])

    def throw_to(self, k: W_Continuation, value: W_Object) -> None:
        """Invoke k: run the after thunks of the winds being left and the before thunks of the winds
        being entered, then deliver the value to k's frames in k's dynamic state."""
        if self.winders is k.winders:
            # no dynamic-wind to leave or enter (the usual case): deliver at once
            self.handlers = k.handlers
            self.params = k.params
            self.cont = k.cont
            self.node = None
            self.value = value
            return
        steps = wind_steps(self.winders, k.winders)
        self.run_wind_steps(steps, 0, DeliverCont(k, value, None))

    def exit_after_unwinding(self, code: int) -> None:
        steps = wind_steps(self.winders, None)
        self.run_wind_steps(steps, 0, ExitCont(code))

    def run_wind_steps(self, steps: list[WindStep], index: int, final: Cont) -> None:
        if index >= len(steps):
            self.cont = final
            self.node = None
            self.value = UNSPECIFIED
            return
        step = steps[index]
        frame = step.frame
        # a before/after thunk runs in the dynamic state of its dynamic-wind call
        if step.entering:
            self.winders = frame.parent
        else:
            self.winders = frame.parent
        self.handlers = frame.handlers
        self.params = frame.params
        self.cont = WindStepCont(steps, index, final)
        if step.entering:
            apply_procedure(self, frame.before, [])
        else:
            apply_procedure(self, frame.after, [])


class WindStep:
    def __init__(self, frame: WindFrame, entering: bool) -> None:
        self.frame = frame
        self.entering = entering


def wind_depth(frame: WindFrame | None) -> int:
    if frame is None:
        return -1
    return frame.depth


def wind_steps(current: WindFrame | None, target: WindFrame | None) -> list[WindStep]:
    """The after thunks to run leaving `current` and the befores entering `target`, in order."""
    leaving: list[WindStep] = []
    entering: list[WindStep] = []
    a = current
    b = target
    while a is not b:
        depth_a = wind_depth(a)
        depth_b = wind_depth(b)
        # the deeper side steps out first; at equal depth both step (different frames)
        if depth_a >= depth_b:
            assert a is not None
            leaving.append(WindStep(a, False))
            a = a.parent
        if depth_b >= depth_a:
            assert b is not None
            entering.append(WindStep(b, True))
            b = b.parent
    entering.reverse()
    return leaving + entering


# ---- control frames -----------------------------------------------------------------------------

class RestoreHandlersCont(Cont):
    """Reinstates the handler stack when a with-exception-handler thunk or a continuable
    handler returns."""

    def __init__(self, handlers: HandlerFrame | None, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.handlers = handlers

    def plug(self, m: Machine, value: W_Object) -> None:
        m.handlers = self.handlers
        m.value = value


class NonContinuableCont(Cont):
    """A handler returned from a (raise obj): a secondary error in the handler's dynamic state."""

    def __init__(self, payload: W_Object, handlers: HandlerFrame, pos: SourcePos | None,
                 parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.payload = payload
        self.handlers = handlers
        self.pos = pos

    def plug(self, m: Machine, value: W_Object) -> None:
        m.handlers = self.handlers.parent
        raise scheme_error("handler returned from a non-continuable raise of", [self.payload])

    def source_pos(self) -> SourcePos | None:
        return self.pos


class RestoreParamsCont(Cont):
    def __init__(self, params: ParamFrame | None, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.params = params

    def plug(self, m: Machine, value: W_Object) -> None:
        m.params = self.params
        m.value = value


class WindBeforeCont(Cont):
    def __init__(self, before: W_Object, thunk: W_Object, after: W_Object, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.before = before
        self.thunk = thunk
        self.after = after

    def plug(self, m: Machine, value: W_Object) -> None:
        frame = WindFrame(self.before, self.after, m.winders, m.handlers, m.params)
        m.winders = frame
        m.cont = WindAfterCont(frame, m.cont)
        apply_procedure(m, self.thunk, [])


class WindAfterCont(Cont):
    def __init__(self, frame: WindFrame, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.frame = frame

    def plug(self, m: Machine, value: W_Object) -> None:
        m.winders = self.frame.parent
        m.cont = ReturnCont(value, m.cont)
        apply_procedure(m, self.frame.after, [])


class ReturnCont(Cont):
    """Ignores what arrives and returns a value saved earlier."""

    def __init__(self, saved: W_Object, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.saved = saved

    def plug(self, m: Machine, value: W_Object) -> None:
        m.value = self.saved


class WindStepCont(Cont):
    def __init__(self, steps: list[WindStep], index: int, final: Cont) -> None:
        Cont.__init__(self, None)
        self.steps = steps
        self.index = index
        self.final = final

    def plug(self, m: Machine, value: W_Object) -> None:
        step = self.steps[self.index]
        if step.entering:
            m.winders = step.frame
        else:
            m.winders = step.frame.parent
        m.run_wind_steps(self.steps, self.index + 1, self.final)


class DeliverCont(Cont):
    """The last step of a continuation jump: k's dynamic state, then k's frames get the value."""

    def __init__(self, k: W_Continuation, value: W_Object, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.k = k
        self.value = value

    def plug(self, m: Machine, value: W_Object) -> None:
        k = self.k
        m.winders = k.winders
        m.handlers = k.handlers
        m.params = k.params
        m.cont = k.cont
        m.value = self.value


class ExitCont(Cont):
    def __init__(self, code: int) -> None:
        Cont.__init__(self, None)
        self.code = code

    def plug(self, m: Machine, value: W_Object) -> None:
        raise SchemeExit(self.code)


class CallWithValuesCont(Cont):
    def __init__(self, consumer: W_Object, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.consumer = consumer

    def plug(self, m: Machine, value: W_Object) -> None:
        apply_procedure(m, self.consumer, values_list(value)[:])
