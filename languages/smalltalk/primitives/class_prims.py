"""Primitives of Class: name, superclass, new, and reflection on fields and methods.

Method lists keep definition order, which ReflectionTest relies on (`Object methods at: 1`).
"""

from languages.smalltalk.objects import W_AbstractObject, W_Array, W_Object, nil
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.helpers import receiver_class


@primitive("Class", "name")
def class_name(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    cls = receiver_class(receiver, "Class>>#name")
    name = cls.name
    if name is None:
        return nil()
    return name


@primitive("Class", "superclass")
def class_superclass(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    cls = receiver_class(receiver, "Class>>#superclass")
    superclass = cls.superclass
    if superclass is None:
        return nil()
    return superclass


@primitive("Class", "new")
def class_new(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    cls = receiver_class(receiver, "Class>>#new")
    return W_Object(cls, cls.num_instance_fields())


@primitive("Class", "fields")
def class_fields(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    cls = receiver_class(receiver, "Class>>#fields")
    items = []
    for name in cls.instance_field_names:
        items.append(name)
    return W_Array(items)


@primitive("Class", "methods")
def class_methods(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    cls = receiver_class(receiver, "Class>>#methods")
    items = []
    for method in cls.methods:
        items.append(method)
    return W_Array(items)
