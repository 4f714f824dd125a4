"""Bootstrapping the SOM world and loading classes from the class path.

`bootstrap` builds the core classes with their metaclasses, loads their definitions from the
class path (our core library comes last on it), and creates nil, true, false and `system`.
Other classes are loaded the first time their name is used as a global.
"""

import languages.smalltalk.dispatch as dispatch
import languages.smalltalk.global_nodes as global_nodes
import languages.smalltalk.parser as parser
import languages.smalltalk.primitives as primitives
import languages.smalltalk.primitives.all as all_primitives
from languages.smalltalk.callstack import call_stack
from languages.smalltalk.errors import SomError
from languages.smalltalk.invokables import W_MissingPrimitive, W_Primitive
from languages.smalltalk.objects import W_AbstractObject, W_Array, W_Class, W_Object, W_String, intern_symbol
from languages.smalltalk.sourcefiles import join_path, read_text_file
from languages.smalltalk.state import vm

# the classes the VM itself refers to, in an order where every superclass comes first
SYSTEM_CLASSES = ["Object", "Class", "Metaclass", "Nil", "Boolean", "True", "False", "Integer", "Double",
                  "String", "Symbol", "Array", "Method", "Primitive", "Block", "Block1", "Block2", "Block3",
                  "System"]

_ = all_primitives  # importing it registers every primitive


def new_class_pair(name: str) -> W_Class:
    """A class and its metaclass (whose own class, Metaclass, is filled in later if needed)."""
    metaclass = W_Class(vm.metaclass_class, intern_symbol(name + " class"))
    return W_Class(metaclass, intern_symbol(name))


def bootstrap(classpath: list) -> None:
    """Create a fresh SOM world: core classes, nil/true/false, system; load the core library."""
    vm.reset()
    call_stack.reset()
    vm.classpath = classpath
    classes = {}
    for name in SYSTEM_CLASSES:
        classes[name] = new_class_pair(name)
    vm.metaclass_class = classes["Metaclass"]
    for name in SYSTEM_CLASSES:
        metaclass = classes[name].get_class()
        metaclass.w_class = vm.metaclass_class
    vm.object_class = classes["Object"]
    vm.class_class = classes["Class"]
    vm.nil_class = classes["Nil"]
    vm.boolean_class = classes["Boolean"]
    vm.true_class = classes["True"]
    vm.false_class = classes["False"]
    vm.integer_class = classes["Integer"]
    vm.double_class = classes["Double"]
    vm.string_class = classes["String"]
    vm.symbol_class = classes["Symbol"]
    vm.array_class = classes["Array"]
    vm.method_class = classes["Method"]
    vm.primitive_class = classes["Primitive"]
    vm.block_class = classes["Block"]
    vm.block1_class = classes["Block1"]
    vm.block2_class = classes["Block2"]
    vm.block3_class = classes["Block3"]
    vm.system_class = classes["System"]
    nilobj = vm.nilobj
    trueobj = vm.trueobj
    falseobj = vm.falseobj
    nilobj.w_class = classes["Nil"]
    trueobj.w_class = classes["True"]
    falseobj.w_class = classes["False"]
    set_global("nil", nilobj)
    set_global("true", trueobj)
    set_global("false", falseobj)
    for name in SYSTEM_CLASSES:
        set_global(name, classes[name])
    for name in SYSTEM_CLASSES:
        load_system_class(classes[name])
    system_class = classes["System"]
    systemobj = W_Object(system_class, system_class.num_instance_fields())
    vm.systemobj = systemobj
    set_global("system", systemobj)


def set_global(name: str, value: W_AbstractObject) -> None:
    association = None
    if name in vm.globals:
        association = vm.globals[name]
    if association is None:
        vm.globals[name] = global_nodes.Association(intern_symbol(name), value)
    else:
        association.value = value


def get_global(name: str) -> "W_AbstractObject | None":
    association = None
    if name in vm.globals:
        association = vm.globals[name]
    if association is None:
        return None
    return association.value


def find_class_file(name: str) -> str:
    """The first `name.som` on the class path, or ""."""
    for directory in vm.classpath:
        path = join_path(directory, name + ".som")
        text = read_text_file(path)
        if text is not None:
            return path
    return ""


def load_system_class(cls: W_Class) -> None:
    name = cls.class_name()
    path = find_class_file(name)
    if path == "":
        raise SomError("cannot find the core class %s on the class path" % name)
    parse_file(path, name, cls)


def parse_file(path: str, name: str, existing: "W_Class | None") -> W_Class:
    text = read_text_file(path)
    if text is None:
        raise SomError("cannot read %s" % path)
    return parser.Parser(text, path, existing).parse_class(name)


def load_class_or_none(name) -> "W_Class | None":
    """The class named `name` (a W_Symbol): already loaded, or loaded now from the class path.
    A class file with a syntax error is fatal (ParseError); a missing one answers None."""
    value = get_global(name.value)
    if isinstance(value, W_Class):
        return value
    if value is not None:
        return None
    if name.value in vm.loading:
        return None  # a class that (indirectly) inherits from itself
    path = find_class_file(name.value)
    if path == "":
        return None
    vm.loading[name.value] = True
    try:
        cls = parse_file(path, name.value, None)
    finally:
        del vm.loading[name.value]
    set_global(name.value, cls)
    return cls


def prepare_class(name, superclass: "W_Class | None", path: str, existing: "W_Class | None") -> W_Class:
    """Create (or, for core classes, reuse) the class and metaclass for a class definition,
    linked to the superclass and inheriting its instance and class-side field names."""
    cls = existing
    if cls is None:
        cls = new_class_pair(name.value)
    metaclass = cls.get_class()
    cls.superclass = superclass
    cls.source_path = path
    metaclass.source_path = path
    if superclass is None:
        class_class = vm.class_class
        assert class_class is not None
        metaclass.superclass = class_class
        cls.instance_field_names = []
        metaclass.instance_field_names = list(class_class.instance_field_names)
    else:
        metaclass.superclass = superclass.get_class()
        cls.instance_field_names = list(superclass.instance_field_names)
        metaclass.instance_field_names = list(superclass.get_class().instance_field_names)
    cls.fields = [vm.nilobj] * len(metaclass.instance_field_names)
    return cls


def add_fields(cls: W_Class, names: list) -> None:
    for name in names:
        cls.instance_field_names.append(intern_symbol(name))


def add_class_fields(cls: W_Class, names: list) -> None:
    metaclass = cls.get_class()
    for name in names:
        metaclass.instance_field_names.append(intern_symbol(name))
    cls.fields = [vm.nilobj] * len(metaclass.instance_field_names)


def make_primitive(holder: W_Class, signature):
    function = primitives.lookup(holder.class_name(), signature.value)
    if function is None:
        return W_MissingPrimitive(signature, holder)
    return W_Primitive(signature, holder, function)


def run_main(args: list) -> None:
    """Start the program as `System>>initialize:` does, with the argument strings
    (the first is the name of the class to run)."""
    items = []
    for arg in args:
        items.append(W_String(arg))
    system = vm.systemobj
    assert system is not None
    dispatch.send(system, "initialize:", [W_Array(items)])

