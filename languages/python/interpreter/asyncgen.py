"""Async generators' awaitables: __anext__()/asend() and athrow()/aclose() return objects that,
driven by an event loop, run the generator to its next `yield` (ending with StopIteration carrying
the value) while passing the values of the generator's own awaits out to the loop."""

from __future__ import annotations

from languages.python.interpreter.generator import (
    W_Generator,
    close,
    exception_from,
    resume,
    throw,
    w_async_generator,
)
from languages.python.objspace import errors, exceptions, ops
from languages.python.objspace.gateway import method
from languages.python.objspace.iterobject import W_AbstractIterator
from languages.python.objspace.root import OperationError, W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object

INIT = 0
ITERATING = 1
CLOSED = 2


class W_AsyncGenValue(W_Root):
    """A value an async generator yields (as opposed to a value its awaits pass through)."""

    def __init__(self, w_value: W_Root) -> None:
        self.w_value = w_value


class W_AsyncGenStep(W_AbstractIterator):
    """One asend()/__anext__() (w_exc None) or athrow()/aclose() of an async generator."""

    def __init__(self, w_gen: W_Generator, w_value: W_Root, w_exc: W_Root | None, closing: bool) -> None:
        self.w_gen = w_gen
        self.w_value = w_value
        self.w_exc = w_exc
        self.closing = closing
        self.state = INIT

    def getclass(self) -> W_Root:
        if self.w_exc is not None:
            return w_async_generator_athrow
        return w_async_generator_asend

    def next_w(self) -> W_Root | None:
        return step_send(self, w_None)


w_async_generator_asend = make_builtin_type("async_generator_asend", w_object, base_ok=False)
w_async_generator_athrow = make_builtin_type("async_generator_athrow", w_object, base_ok=False)
set_static_type(W_AsyncGenStep, w_async_generator_asend)
set_static_type(W_AsyncGenValue, w_object)


def unwrap(step: W_AsyncGenStep, w_result: W_Root | None) -> W_Root:
    """A value the generator produced: a yielded one ends the step (StopIteration), an awaited
    one passes out; the generator's end is StopAsyncIteration."""
    if w_result is None:
        step.state = CLOSED
        step.w_gen.running_async = False
        if step.closing:
            raise errors.stop_iteration(None)
        raise OperationError(exceptions.new_exception(exceptions.w_StopAsyncIteration, []))
    if isinstance(w_result, W_AsyncGenValue):
        step.state = CLOSED
        step.w_gen.running_async = False
        if step.closing:
            raise errors.runtime_error("async generator ignored GeneratorExit")
        raise errors.stop_iteration(w_result.w_value)
    return w_result


def step_send(step: W_AsyncGenStep, w_value: W_Root) -> W_Root:
    if step.state == CLOSED:
        raise errors.runtime_error("cannot reuse already awaited __anext__()/asend()" if step.w_exc is None
                                   else "cannot reuse already awaited aclose()/athrow()")
    w_gen = step.w_gen
    try:
        if step.state == INIT:
            step.state = ITERATING
            if w_gen.running_async:
                raise errors.runtime_error("anext(): asynchronous generator is already running")
            w_gen.running_async = True
            w_exc = step.w_exc
            if w_exc is not None:
                if w_gen.frame.finished:
                    step.state = CLOSED
                    w_gen.running_async = False
                    if step.closing:
                        raise errors.stop_iteration(None)
                    raise OperationError(exceptions.new_exception(exceptions.w_StopAsyncIteration, []))
                if not w_gen.started and step.closing:
                    close(w_gen)
                    step.state = CLOSED
                    w_gen.running_async = False
                    raise errors.stop_iteration(None)
                return unwrap(step, throw(w_gen, w_exc))
            if w_value is w_None:
                w_value = step.w_value
        return unwrap(step, resume(w_gen, w_value))
    except OperationError as e:
        if step.state != CLOSED:
            step.state = CLOSED
            w_gen.running_async = False
            if step.closing and (errors.matches(e, exceptions.w_StopAsyncIteration) or
                                 errors.matches(e, exceptions.w_GeneratorExit)):
                raise errors.stop_iteration(None) from None
        raise


def step_throw(step: W_AsyncGenStep, w_exc: W_Root) -> W_Root:
    if step.state == CLOSED:
        raise errors.runtime_error("cannot reuse already awaited __anext__()/asend()")
    step.state = ITERATING
    try:
        return unwrap(step, throw(step.w_gen, w_exc))
    except OperationError:
        if step.state != CLOSED:
            step.state = CLOSED
            step.w_gen.running_async = False
        raise


def self_step(args_w: list[W_Root | None]) -> W_AsyncGenStep:
    w_self = args_w[0]
    assert isinstance(w_self, W_AsyncGenStep)
    return w_self


def self_gen(args_w: list[W_Root | None]) -> W_Generator:
    w_self = args_w[0]
    assert isinstance(w_self, W_Generator)
    return w_self


@method(w_async_generator_athrow, "__await__", "self")
@method(w_async_generator_asend, "__await__", "self")
@method(w_async_generator_athrow, "__iter__", "self")
@method(w_async_generator_asend, "__iter__", "self")
def step_iter(args_w: list[W_Root | None]) -> W_Root:
    return self_step(args_w)


@method(w_async_generator_athrow, "__next__", "self")
@method(w_async_generator_asend, "__next__", "self")
def step_next(args_w: list[W_Root | None]) -> W_Root:
    return step_send(self_step(args_w), w_None)


@method(w_async_generator_athrow, "send", "self, value, /")
@method(w_async_generator_asend, "send", "self, value, /")
def step_send_method(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    return step_send(self_step(args_w), w_value)


@method(w_async_generator_athrow, "throw", "self, typ, val=None, tb=None, /")
@method(w_async_generator_asend, "throw", "self, typ, val=None, tb=None, /")
def step_throw_method(args_w: list[W_Root | None]) -> W_Root:
    w_type = args_w[1]
    assert w_type is not None
    return step_throw(self_step(args_w), exception_from(w_type, args_w[2]))


@method(w_async_generator_athrow, "close", "self")
@method(w_async_generator_asend, "close", "self")
def step_close(args_w: list[W_Root | None]) -> W_Root:
    self_step(args_w).state = CLOSED
    return w_None


# ---- the async generator's own methods -------------------------------------------------------------------

@method(w_async_generator, "__aiter__", "self")
def agen_aiter(args_w: list[W_Root | None]) -> W_Root:
    return self_gen(args_w)


@method(w_async_generator, "__anext__", "self")
def agen_anext(args_w: list[W_Root | None]) -> W_Root:
    return W_AsyncGenStep(self_gen(args_w), w_None, None, False)


@method(w_async_generator, "asend", "self, value, /")
def agen_asend(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    return W_AsyncGenStep(self_gen(args_w), w_value, None, False)


@method(w_async_generator, "athrow", "self, typ, val=None, tb=None, /")
def agen_athrow(args_w: list[W_Root | None]) -> W_Root:
    w_type = args_w[1]
    assert w_type is not None
    step = W_AsyncGenStep(self_gen(args_w), w_None, exception_from(w_type, args_w[2]), False)
    return step


@method(w_async_generator, "aclose", "self")
def agen_aclose(args_w: list[W_Root | None]) -> W_Root:
    w_exit = exceptions.new_exception(exceptions.w_GeneratorExit, [])
    return W_AsyncGenStep(self_gen(args_w), w_None, w_exit, True)


def anext_awaitable(w_aiter: W_Root) -> W_Root:
    """What `async for` awaits for its next item."""
    if isinstance(w_aiter, W_Generator) and not w_aiter._user_ and w_aiter.getclass() is w_async_generator:
        return W_AsyncGenStep(w_aiter, w_None, None, False)
    w_anext = ops.type_of(w_aiter).lookup("__anext__")
    if w_anext is None:
        raise errors.type_error("'async for' requires an iterator with __anext__ method, got %s"
                                % ops.type_name(w_aiter))
    w_awaitable = ops.call_function(w_anext, [w_aiter])
    from languages.python.interpreter import generator
    try:
        return generator.get_awaitable(w_awaitable)
    except OperationError as e:
        if errors.matches(e, exceptions.w_TypeError):
            raise errors.type_error("'async for' received an invalid object from __anext__: %s"
                                    % ops.type_name(w_awaitable)) from None
        raise


def aiter_of(w_obj: W_Root) -> W_Root:
    w_aiter_method = ops.type_of(w_obj).lookup("__aiter__")
    if w_aiter_method is None:
        raise errors.type_error("'async for' requires an object with __aiter__ method, got %s"
                                % ops.type_name(w_obj))
    w_aiter = ops.call_function(w_aiter_method, [w_obj])
    if ops.type_of(w_aiter).lookup("__anext__") is None:
        raise errors.type_error("'async for' received an object from __aiter__ that does not implement __anext__: %s"
                                % ops.type_name(w_aiter))
    return w_aiter
