"""Message sending outside the AST: look up, invoke, and fall back to `doesNotUnderstand:`.

Primitives such as `perform:` and the inlined nodes' slow paths send through here; send nodes
use `invoke_at_site` so every SOM call counts on the call stack and adds its site to the stack
trace of an error passing through it.
"""

from kit.rlib import jit
from languages.smalltalk.callstack import MAX_DEPTH, call_stack
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Array, intern_symbol


def invoke_at_site(site, method, receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    """Invoke `method`; an error coming out of it gets the send site added to its stack trace.
    In the interpreter the send is also counted and recorded on the SOM call stack for the
    duration; compiled code skips that (see callstack)."""
    if method.is_trivial():
        return method.invoke(receiver, args)
    if jit.we_are_jitted():
        try:
            return method.invoke(receiver, args)
        except SomError as error:
            error.add_site(site)
            raise
    depth = call_stack.depth
    if not call_stack.push(site):
        raise SomError("stack overflow: more than %d nested sends" % MAX_DEPTH)
    try:
        return method.invoke(receiver, args)
    except SomError as error:
        error.add_site(site)
        raise
    finally:
        call_stack.depth = depth


def enter_counted(from_compiled_code: bool) -> int:
    """A call from compiled code that may recurse (a method's portal entry) counts on the call
    stack (compiled code counts no sends, but a recursion through such calls uses the machine
    stack); answers the depth to restore. In the interpreter the send was counted already."""
    depth = call_stack.depth
    if from_compiled_code and not call_stack.push(None):
        raise SomError("stack overflow: more than %d nested sends" % MAX_DEPTH)
    return depth


def send_does_not_understand(site, receiver: W_AbstractObject, selector, args: list) -> W_AbstractObject:
    """Send `doesNotUnderstand: #selector arguments: anArray` to the receiver."""
    handler = receiver.get_class().lookup("doesNotUnderstand:arguments:")
    if handler is None:
        raise SomError("%s does not understand #%s" % (receiver.get_class().class_name(), selector.value))
    dnu_args = [selector, W_Array(list(args))]
    return invoke_at_site(site, handler, receiver, dnu_args)


def send(receiver: W_AbstractObject, selector_text: str, args: list) -> W_AbstractObject:
    """A full message send without a send site (from primitives and slow paths)."""
    method = receiver.get_class().lookup(selector_text)
    if method is None:
        return send_does_not_understand(None, receiver, intern_symbol(selector_text), args)
    return invoke_at_site(None, method, receiver, args)


def send_with_site(site, receiver: W_AbstractObject, selector, args: list) -> W_AbstractObject:
    """A full message send on behalf of a node that has no inline cache (slow paths)."""
    method = receiver.get_class().lookup(selector.value)
    if method is None:
        return send_does_not_understand(site, receiver, selector, args)
    return invoke_at_site(site, method, receiver, args)
