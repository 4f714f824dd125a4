"""Generators: a suspended frame resumed by next()/send(); a `return` in the body ends the
iteration (StopIteration carries the returned value).
"""

from __future__ import annotations

from languages.python.interpreter.pyframe import PyFrame
from languages.python.objspace import errors, exceptions
from languages.python.objspace.gateway import method
from languages.python.objspace.iterobject import W_AbstractIterator
from languages.python.objspace.root import OperationError, W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_Generator(W_AbstractIterator):
    def __init__(self, frame: PyFrame, name: str, qualname: str) -> None:
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.started = False
        self.w_return: W_Root = w_None

    def next_w(self) -> W_Root | None:
        return resume(self, w_None)


w_generator = make_builtin_type("generator", w_object, base_ok=False)
set_static_type(W_Generator, w_generator)


def resume(w_gen: W_Generator, w_value: W_Root, w_thrown: W_Root | None = None) -> W_Root | None:
    """Run the generator to its next yield: the yielded value, or None when it returned."""
    from languages.python.interpreter import interp
    frame = w_gen.frame
    if frame.finished:
        return None
    if frame.running:
        raise errors.value_error("generator already executing")
    if w_thrown is not None:
        if not w_gen.started:
            frame.finished = True
            raise OperationError(w_thrown)
        frame.w_thrown = w_thrown
    elif not w_gen.started:
        if w_value is not w_None:
            raise errors.type_error("can't send non-None value to a just-started generator")
        w_gen.started = True
    else:
        frame.push(w_value)
    try:
        w_result = interp.execute_frame(frame)
    except OperationError:
        frame.finished = True
        raise
    if frame.yielded:
        return w_result
    frame.finished = True
    w_gen.w_return = w_result
    return None


def send(w_gen: W_Generator, w_value: W_Root) -> W_Root:
    w_result = resume(w_gen, w_value)
    if w_result is None:
        w_return = w_gen.w_return
        w_gen.w_return = w_None
        if w_return is w_None:
            raise errors.stop_iteration(None)
        raise errors.stop_iteration(w_return)
    return w_result


@method(w_generator, "__iter__", "self")
def generator_iter(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    return w_self


@method(w_generator, "__next__", "self")
def generator_next(args_w: list[W_Root | None]) -> W_Root:
    w_gen = args_w[0]
    assert isinstance(w_gen, W_Generator)
    return send(w_gen, w_None)


@method(w_generator, "send", "self, value")
def generator_send(args_w: list[W_Root | None]) -> W_Root:
    w_gen = args_w[0]
    w_value = args_w[1]
    assert isinstance(w_gen, W_Generator)
    assert w_value is not None
    return send(w_gen, w_value)


@method(w_generator, "throw", "self, typ, val=None, tb=None, /")
def generator_throw(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter import helpers
    w_gen = args_w[0]
    w_type = args_w[1]
    assert isinstance(w_gen, W_Generator)
    assert w_type is not None
    w_exc = helpers.make_exception(w_type)
    w_val = args_w[2]
    if w_val is not None and w_val is not w_None and w_val is not w_exc:
        w_exc = helpers.make_exception(w_val)
    w_result = resume(w_gen, w_None, w_exc)
    if w_result is None:
        raise errors.stop_iteration(None)
    return w_result


@method(w_generator, "close", "self")
def generator_close(args_w: list[W_Root | None]) -> W_Root:
    """Raise GeneratorExit at the yield so that `finally` blocks run."""
    w_gen = args_w[0]
    assert isinstance(w_gen, W_Generator)
    frame = w_gen.frame
    if frame.finished or not w_gen.started:
        frame.finished = True
        return w_None
    w_exit = exceptions.new_exception(exceptions.w_GeneratorExit, [])
    try:
        w_result = resume(w_gen, w_None, w_exit)
    except OperationError as e:
        if errors.matches(e, exceptions.w_GeneratorExit) or errors.matches(e, exceptions.w_StopIteration):
            return w_None
        raise
    if w_result is not None:
        raise errors.runtime_error("generator ignored GeneratorExit")
    return w_None


@method(w_generator, "__repr__", "self")
def generator_repr(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import strobject, typedescr
    w_gen = args_w[0]
    assert isinstance(w_gen, W_Generator)
    return strobject.newstr("<generator object %s at 0x%x>" % (w_gen.qualname, typedescr.object_id(w_gen)))


def is_stop_iteration(error: OperationError) -> bool:
    return errors.matches(error, exceptions.w_StopIteration)
