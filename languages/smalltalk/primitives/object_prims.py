"""Primitives of Object: class, identity, hashing, reflection (perform:, instVarAt:...).

Reflective sends go through the dispatcher, so `perform:` of an unknown selector ends in
`doesNotUnderstand:arguments:` like an ordinary send.
"""

from languages.smalltalk.dispatch import invoke_at_site, send, send_does_not_understand
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Integer, boolean
from languages.smalltalk.output import output
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.helpers import array_arg, class_arg, int_value, symbol_arg


@primitive("Object", "class")
def object_class(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return receiver.get_class()


@primitive("Object", "objectSize")
def object_size(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(16 + 8 * receiver.num_fields())


@primitive("Object", "==")
def object_identical(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return boolean(receiver.is_identical(args[0]))


@primitive("Object", "hashcode")
def object_hashcode(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(receiver.som_hash())


@primitive("Object", "inspect")
def object_inspect(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    cls = receiver.get_class()
    output.write("%s with %d fields\n" % (cls.class_name(), receiver.num_fields()))
    i = 0
    while i < receiver.num_fields():
        name = "?"
        if i < len(cls.instance_field_names):
            name = cls.instance_field_names[i].value
        output.write("  %s: an instance of %s\n" % (name, receiver.get_field(i).get_class().class_name()))
        i += 1
    return receiver


@primitive("Object", "halt")
def object_halt(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    output.write_error("halt: there is no debugger in this VM; continuing\n")
    return receiver


@primitive("Object", "perform:")
def object_perform(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    selector = symbol_arg(args[0], "Object>>#perform:")
    return send(receiver, selector.value, [])


@primitive("Object", "perform:withArguments:")
def object_perform_with_arguments(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    selector = symbol_arg(args[0], "Object>>#perform:withArguments:")
    arguments = array_arg(args[1], "Object>>#perform:withArguments:")
    return send(receiver, selector.value, list(arguments.items))


def perform_in_class(receiver: W_AbstractObject, selector, arguments: list, cls) -> W_AbstractObject:
    method = cls.lookup(selector.value)
    if method is None:
        return send_does_not_understand(None, receiver, selector, arguments)
    return invoke_at_site(None, method, receiver, arguments)


@primitive("Object", "perform:inSuperclass:")
def object_perform_in_superclass(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    selector = symbol_arg(args[0], "Object>>#perform:inSuperclass:")
    cls = class_arg(args[1], "Object>>#perform:inSuperclass:")
    return perform_in_class(receiver, selector, [], cls)


@primitive("Object", "perform:withArguments:inSuperclass:")
def object_perform_with_arguments_in_superclass(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    name = "Object>>#perform:withArguments:inSuperclass:"
    selector = symbol_arg(args[0], name)
    arguments = array_arg(args[1], name)
    cls = class_arg(args[2], name)
    return perform_in_class(receiver, selector, list(arguments.items), cls)


def field_index(receiver: W_AbstractObject, index: W_AbstractObject, primitive_name: str) -> int:
    i = int_value(index, primitive_name)
    if i < 1 or i > receiver.num_fields():
        raise SomError("%s: index %d is out of bounds (the object has %d fields)"
                       % (primitive_name, i, receiver.num_fields()))
    return i - 1


@primitive("Object", "instVarAt:")
def object_inst_var_at(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return receiver.get_field(field_index(receiver, args[0], "Object>>#instVarAt:"))


@primitive("Object", "instVarAt:put:")
def object_inst_var_at_put(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    receiver.set_field(field_index(receiver, args[0], "Object>>#instVarAt:put:"), args[1])
    return args[1]


@primitive("Object", "instVarNamed:")
def object_inst_var_named(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    name = symbol_arg(args[0], "Object>>#instVarNamed:")
    index = receiver.get_class().lookup_field_index(name.value)
    if index < 0 or index >= receiver.num_fields():
        raise SomError("Object>>#instVarNamed:: %s has no field named %s"
                       % (receiver.get_class().class_name(), name.value))
    return receiver.get_field(index)

