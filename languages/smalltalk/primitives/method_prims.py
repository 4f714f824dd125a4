"""Primitives of Method and Primitive: signature, holder, and invoking with an argument array.
"""

from languages.smalltalk.dispatch import invoke_at_site
from languages.smalltalk.errors import SomError
from languages.smalltalk.invokables import W_Invokable
from languages.smalltalk.objects import W_AbstractObject, nil
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.helpers import array_arg


def receiver_invokable(receiver: W_AbstractObject, name: str) -> W_Invokable:
    if isinstance(receiver, W_Invokable):
        return receiver
    raise SomError("%s: the receiver must be a method" % name)


def invokable_signature(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return receiver_invokable(receiver, "#signature").signature


def invokable_holder(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    holder = receiver_invokable(receiver, "#holder").holder
    if holder is None:
        return nil()
    return holder


def invokable_invoke_on_with(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    method = receiver_invokable(receiver, "#invokeOn:with:")
    arguments = array_arg(args[1], "#invokeOn:with:")
    expected = method.signature.num_args
    if len(arguments.items) != expected:
        raise SomError("%s invokeOn:with:: expected %d arguments, got %d"
                       % (method.label(), expected, len(arguments.items)))
    return invoke_at_site(None, method, args[0], list(arguments.items))


for _class_key in ["Method", "Primitive"]:
    primitive(_class_key, "signature")(invokable_signature)
    primitive(_class_key, "holder")(invokable_holder)
    primitive(_class_key, "invokeOn:with:")(invokable_invoke_on_with)
