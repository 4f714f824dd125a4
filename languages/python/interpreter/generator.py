"""Generators, coroutines and async generators: a suspended frame resumed by next()/send(),
throw() and close() (forwarded to the iterator of a `yield from`/`await` in progress, as in
CPython), a `return` ending the iteration (StopIteration carries the value), and the exception
being handled saved across suspensions.
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.compiler import opcodes as op
from languages.python.interpreter.pycode import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE
from languages.python.interpreter.pyframe import PyFrame
from languages.python.interpreter.state import state
from languages.python.objspace import errors, exceptions, intobject, ops, strobject
from languages.python.objspace.gateway import method
from languages.python.objspace.iterobject import W_AbstractIterator
from languages.python.objspace.root import OperationError, W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object

GENERATOR = 0
COROUTINE = 1
ASYNC_GENERATOR = 2
KIND_NAMES = ["generator", "coroutine", "async generator"]


class W_Generator(W_AbstractIterator):
    def __init__(self, frame: PyFrame, name: str, qualname: str) -> None:
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.started = False
        self.w_return: W_Root = w_None
        self.kind = GENERATOR
        flags = frame.code.flags
        if flags & CO_COROUTINE:
            self.kind = COROUTINE
        elif flags & CO_ASYNC_GENERATOR:
            self.kind = ASYNC_GENERATOR
        self.running_async = False      # an asend/athrow of this async generator is in progress

    def getclass(self) -> W_Root:
        if self.kind == COROUTINE:
            return w_coroutine
        if self.kind == ASYNC_GENERATOR:
            return w_async_generator
        return w_generator

    def next_w(self) -> W_Root | None:
        return resume(self, w_None)


w_generator = make_builtin_type("generator", w_object, base_ok=False)
w_coroutine = make_builtin_type("coroutine", w_object, base_ok=False)
w_async_generator = make_builtin_type("async_generator", w_object, base_ok=False)
set_static_type(W_Generator, w_generator)


def self_gen(args_w: list[W_Root | None]) -> W_Generator:
    w_self = args_w[0]
    assert isinstance(w_self, W_Generator)
    return w_self


# ---- running ------------------------------------------------------------------------------------------

def resume(w_gen: W_Generator, w_value: W_Root, w_thrown: W_Root | None = None, push: bool = True) -> W_Root | None:
    """Run the generator to its next yield: the yielded value, or None when it returned (its
    value is then in w_return). `push` False: the value is already on the frame's stack."""
    from languages.python.interpreter import interp
    frame = w_gen.frame
    if frame.running:
        raise errors.value_error("%s already executing" % KIND_NAMES[w_gen.kind])
    if frame.finished:
        if w_gen.kind == COROUTINE and w_thrown is None:
            raise errors.runtime_error("cannot reuse already awaited coroutine")
        if w_thrown is not None:
            raise OperationError(w_thrown)
        return None
    if w_thrown is not None:
        if not w_gen.started:
            frame.finished = True
            raise OperationError(w_thrown)
        frame.w_thrown = w_thrown
    elif not w_gen.started:
        if w_value is not w_None:
            raise errors.type_error("can't send non-None value to a just-started %s" % KIND_NAMES[w_gen.kind])
        w_gen.started = True
    elif push:
        frame.push(w_value)
    w_caller_handled = state.w_handled
    if frame.w_saved_exception is not None:
        state.w_handled = frame.w_saved_exception
    try:
        w_result = interp.execute_frame(frame)
    except OperationError:
        frame.finished = True
        frame.w_saved_exception = None
        state.w_handled = w_caller_handled
        raise
    if frame.yielded:
        w_now = state.w_handled
        frame.w_saved_exception = w_now if w_now is not w_caller_handled else None
        state.w_handled = w_caller_handled
        return w_result
    frame.finished = True
    frame.w_saved_exception = None
    state.w_handled = w_caller_handled
    w_gen.w_return = w_result
    return None


def take_return(w_gen: W_Generator) -> W_Root:
    w_return = w_gen.w_return
    w_gen.w_return = w_None
    return w_return


def finished_error(w_gen: W_Generator) -> OperationError:
    """The end of a send(): StopIteration with the return value (StopAsyncIteration-free)."""
    w_return = take_return(w_gen)
    if w_return is w_None:
        return errors.stop_iteration(None)
    return errors.stop_iteration(w_return)


def send(w_gen: W_Generator, w_value: W_Root) -> W_Root:
    w_result = resume(w_gen, w_value)
    if w_result is None:
        raise finished_error(w_gen)
    return w_result


def delegate(w_gen: W_Generator) -> W_Root | None:
    """The iterator a `yield from` or `await` in progress is delegating to, if any."""
    frame = w_gen.frame
    if frame.finished or not w_gen.started or frame.running:
        return None
    pc = frame.pc
    if pc < 1:
        return None
    word = frame.code.bytecode[pc - 1]
    if word & op.OPCODE_MASK == op.YIELD_VALUE and (word >> op.ARG_BITS) == 1:
        return frame.top()
    return None


def finish_delegation(w_gen: W_Generator, w_value: W_Root) -> W_Root | None:
    """The delegate of a `yield from` ended with w_value: continue after the SEND loop with it."""
    frame = w_gen.frame
    send_word = frame.code.bytecode[frame.pc - 2]
    assert send_word & op.OPCODE_MASK == op.SEND
    frame.pop()
    frame.push(w_value)
    frame.pc = send_word >> op.ARG_BITS
    return resume(w_gen, w_None, None, False)


def close_iterator(w_iter: W_Root) -> None:
    """Close the delegate of a `yield from` (generators directly, others through .close())."""
    if isinstance(w_iter, W_Generator):
        close(w_iter)
        return
    w_close = ops.lookup_attr(w_iter, "close")
    if w_close is not None:
        ops.call_function(w_close, [])


def throw(w_gen: W_Generator, w_exc: W_Root) -> W_Root | None:
    """gen.throw(exc): the next yielded value, or None when the generator returned."""
    w_yf = delegate(w_gen)
    if w_yf is not None:
        if ops.isinstance_type(w_exc, exceptions.w_GeneratorExit):
            try:
                close_iterator(w_yf)
            except OperationError as e:
                return resume(w_gen, w_None, e.w_value)
            return resume(w_gen, w_None, w_exc)
        try:
            if isinstance(w_yf, W_Generator):
                w_result = throw(w_yf, w_exc)
                if w_result is None:
                    return finish_delegation(w_gen, take_return(w_yf))
                return w_result
            w_throw = ops.lookup_attr(w_yf, "throw")
            if w_throw is None:
                return resume(w_gen, w_None, w_exc)
            return ops.call_function(w_throw, [w_exc])
        except OperationError as e:
            if errors.matches(e, exceptions.w_StopIteration):
                from languages.python.objspace import exceptionmethods
                return finish_delegation(w_gen, exceptionmethods.get_value(e.w_value))
            return resume(w_gen, w_None, e.w_value)
    return resume(w_gen, w_None, w_exc)


def close(w_gen: W_Generator) -> None:
    """Raise GeneratorExit at the yield so that `finally` blocks run."""
    frame = w_gen.frame
    if frame.finished or not w_gen.started:
        frame.finished = True
        return
    w_exit = exceptions.new_exception(exceptions.w_GeneratorExit, [])
    try:
        w_result = throw(w_gen, w_exit)
    except OperationError as e:
        if errors.matches(e, exceptions.w_GeneratorExit) or errors.matches(e, exceptions.w_StopIteration):
            return
        raise
    if w_result is not None:
        raise errors.runtime_error("%s ignored GeneratorExit" % KIND_NAMES[w_gen.kind])


def exception_from(w_type: W_Root, w_val: W_Root | None) -> W_Root:
    """throw(type[, value]) and throw(instance): the exception instance to raise."""
    from languages.python.interpreter import helpers
    from languages.python.objspace.typeobject import W_TypeObject
    if w_val is None or w_val is w_None:
        return helpers.make_exception(w_type)
    if isinstance(w_type, W_TypeObject):
        if ops.isinstance_type(w_val, w_type):
            return w_val
        if isinstance(w_val, exceptions.W_BaseException):
            return ops.call_function(w_type, [w_val])
        from languages.python.objspace import tupleobject
        if isinstance(w_val, tupleobject.W_TupleObject):
            return ops.call_function(w_type, list(w_val.items_w))
        return ops.call_function(w_type, [w_val])
    raise errors.type_error("instance exception may not have a separate value")


def throw_method(args_w: list[W_Root | None]) -> W_Root:
    w_gen = self_gen(args_w)
    w_type = args_w[1]
    assert w_type is not None
    w_exc = exception_from(w_type, args_w[2])
    w_result = throw(w_gen, w_exc)
    if w_result is None:
        raise finished_error(w_gen)
    return w_result


# ---- the generator type -------------------------------------------------------------------------------

@method(w_generator, "__iter__", "self")
def generator_iter(args_w: list[W_Root | None]) -> W_Root:
    return self_gen(args_w)


@method(w_generator, "__next__", "self")
def generator_next(args_w: list[W_Root | None]) -> W_Root:
    return send(self_gen(args_w), w_None)


@method(w_coroutine, "send", "self, value, /")
@method(w_generator, "send", "self, value, /")
def generator_send(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    return send(self_gen(args_w), w_value)


@method(w_coroutine, "throw", "self, typ, val=None, tb=None, /")
@method(w_generator, "throw", "self, typ, val=None, tb=None, /")
def generator_throw(args_w: list[W_Root | None]) -> W_Root:
    return throw_method(args_w)


@method(w_coroutine, "close", "self")
@method(w_generator, "close", "self")
def generator_close(args_w: list[W_Root | None]) -> W_Root:
    close(self_gen(args_w))
    return w_None


@method(w_async_generator, "__repr__", "self")
@method(w_coroutine, "__repr__", "self")
@method(w_generator, "__repr__", "self")
def generator_repr(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import typedescr
    w_gen = self_gen(args_w)
    name = KIND_NAMES[w_gen.kind].replace(" ", "_")
    if w_gen.kind == ASYNC_GENERATOR:
        name = "async_generator"
    return strobject.newstr("<%s object %s at 0x%x>" % (name, w_gen.qualname, typedescr.object_id(w_gen)))


def gen_name(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Generator)
    return strobject.newstr(w_obj.name)


def gen_set_name(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, W_Generator)
    w_obj.name = ops.text_w(w_value, "__name__")


def gen_qualname(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Generator)
    return strobject.newstr(w_obj.qualname)


def gen_set_qualname(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, W_Generator)
    w_obj.qualname = ops.text_w(w_value, "__qualname__")


def gen_frame(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Generator)
    if w_obj.frame.finished:
        return w_None
    return w_obj.frame


def gen_running(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Generator)
    return intobject.newbool(w_obj.frame.running)


def gen_code(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Generator)
    return w_obj.frame.code


def gen_delegate(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Generator)
    w_yf = delegate(w_obj)
    if w_yf is None:
        return w_None
    return w_yf


def gen_suspended(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Generator)
    frame = w_obj.frame
    return intobject.newbool(w_obj.started and not frame.finished and not frame.running)


@not_rpython
def install_attributes() -> None:
    from languages.python.objspace.descriptors import getset
    for w_t, prefix in [(w_generator, "gi_"), (w_coroutine, "cr_"), (w_async_generator, "ag_")]:
        getset(w_t, "__name__", gen_name, gen_set_name)
        getset(w_t, "__qualname__", gen_qualname, gen_set_qualname)
        getset(w_t, prefix + "frame", gen_frame)
        getset(w_t, prefix + "running", gen_running)
        getset(w_t, prefix + "code", gen_code)
    getset(w_generator, "gi_yieldfrom", gen_delegate)
    getset(w_generator, "gi_suspended", gen_suspended)
    getset(w_coroutine, "cr_await", gen_delegate)
    getset(w_coroutine, "cr_suspended", gen_suspended)
    getset(w_async_generator, "ag_await", gen_delegate)


install_attributes()


# ---- coroutines ---------------------------------------------------------------------------------------

class W_CoroutineWrapper(W_AbstractIterator):
    """What coroutine.__await__() returns: an iterator driving the coroutine."""

    def __init__(self, w_coro: W_Generator) -> None:
        self.w_coro = w_coro

    def next_w(self) -> W_Root | None:
        return resume(self.w_coro, w_None)


w_coroutine_wrapper = make_builtin_type("coroutine_wrapper", w_object, base_ok=False)
set_static_type(W_CoroutineWrapper, w_coroutine_wrapper)


def self_wrapper(args_w: list[W_Root | None]) -> W_CoroutineWrapper:
    w_self = args_w[0]
    assert isinstance(w_self, W_CoroutineWrapper)
    return w_self


@method(w_coroutine, "__await__", "self")
def coroutine_await(args_w: list[W_Root | None]) -> W_Root:
    return W_CoroutineWrapper(self_gen(args_w))


@method(w_coroutine_wrapper, "__iter__", "self")
def wrapper_iter(args_w: list[W_Root | None]) -> W_Root:
    return self_wrapper(args_w)


@method(w_coroutine_wrapper, "__next__", "self")
def wrapper_next(args_w: list[W_Root | None]) -> W_Root:
    return send(self_wrapper(args_w).w_coro, w_None)


@method(w_coroutine_wrapper, "send", "self, value, /")
def wrapper_send(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    return send(self_wrapper(args_w).w_coro, w_value)


@method(w_coroutine_wrapper, "throw", "self, typ, val=None, tb=None, /")
def wrapper_throw(args_w: list[W_Root | None]) -> W_Root:
    return throw_method([self_wrapper(args_w).w_coro, args_w[1], args_w[2], args_w[3]])


@method(w_coroutine_wrapper, "close", "self")
def wrapper_close(args_w: list[W_Root | None]) -> W_Root:
    close(self_wrapper(args_w).w_coro)
    return w_None


def get_awaitable(w_obj: W_Root) -> W_Root:
    """What `await w_obj` iterates: a coroutine itself, or the iterator its __await__ returns."""
    if isinstance(w_obj, W_Generator):
        if w_obj.kind == COROUTINE:
            if delegate(w_obj) is not None:
                raise errors.runtime_error("coroutine is being awaited already")
            return w_obj
        if w_obj.kind == GENERATOR and w_obj.frame.code.flags & CO_ITERABLE_COROUTINE:
            return w_obj
    w_await = ops.type_of(w_obj).lookup("__await__")
    if w_await is None:
        raise errors.type_error("object %s can't be used in 'await' expression" % ops.type_name(w_obj))
    w_iter = ops.call_function(w_await, [w_obj])
    if isinstance(w_iter, W_Generator) and w_iter.kind == COROUTINE:
        raise errors.type_error("__await__() returned a coroutine")
    if ops.type_of(w_iter).lookup("__next__") is None:
        raise errors.type_error("__await__() returned non-iterator of type '%s'" % ops.type_name(w_iter))
    return w_iter
