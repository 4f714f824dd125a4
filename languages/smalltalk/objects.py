"""SOM's object model: the W_ classes for every kind of value the interpreter handles.

Plain objects and classes carry a field list; integers, doubles, strings, symbols, arrays and
blocks are their own W_ classes so primitives can work on unboxed Python values.
"""

from kit.rlib.objectmodel import compute_hash, compute_identity_hash
from languages.smalltalk.errors import SomError
from languages.smalltalk.state import vm


class W_AbstractObject:
    """Every SOM value. The defaults describe an object without fields that hashes by identity."""

    def get_class(self) -> "W_Class":
        raise NotImplementedError

    def num_fields(self) -> int:
        return 0

    def get_field(self, index: int) -> "W_AbstractObject":
        raise SomError("%s has no field %d" % (self.get_class().class_name(), index + 1))

    def set_field(self, index: int, value: "W_AbstractObject") -> None:
        raise SomError("%s has no field %d" % (self.get_class().class_name(), index + 1))

    def som_hash(self) -> int:
        return compute_identity_hash(self)

    def is_identical(self, other: "W_AbstractObject") -> bool:
        """SOM's `==`: identity, except that numbers compare by value."""
        return self is other


class W_Object(W_AbstractObject):
    """An instance of a class defined in SOM: its class and one slot per instance field."""

    def __init__(self, w_class: "W_Class | None", num_fields: int) -> None:
        self.w_class = w_class
        self.fields = [vm.nilobj] * num_fields

    def get_class(self) -> "W_Class":
        value = self.w_class
        assert value is not None
        return value

    def num_fields(self) -> int:
        return len(self.fields)

    def get_field(self, index: int) -> W_AbstractObject:
        # (the list's own bounds check reports a bad index: one check, not two; node indexes
        # are constants >= 0, so a trace drops the test of the sign)
        if index < 0:
            return W_AbstractObject.get_field(self, index)
        try:
            value = self.fields[index]
        except IndexError:
            return W_AbstractObject.get_field(self, index)
        assert value is not None
        return value

    def set_field(self, index: int, value: W_AbstractObject) -> None:
        if index < 0:
            W_AbstractObject.set_field(self, index, value)
            return
        try:
            self.fields[index] = value
        except IndexError:
            W_AbstractObject.set_field(self, index, value)


class W_Class(W_Object):
    """A class or metaclass. Its own fields are the class-side fields declared after `----`.

    Methods keep definition order (`methods`) and are found by selector text (`method_dict`).
    """

    def __init__(self, w_metaclass: "W_Class | None", name: "W_Symbol | None") -> None:
        W_Object.__init__(self, w_metaclass, 0)
        self.name = name
        self.superclass = None  # W_Class, or None for Object
        self.instance_field_names = []  # W_Symbols, inherited ones first
        self.methods = []  # W_Invokables in definition order
        self.method_dict = {}  # selector text -> W_Invokable
        self.source_path = ""

    def class_name(self) -> str:
        name = self.name
        if name is None:
            return "?"
        return name.value

    def num_instance_fields(self) -> int:
        return len(self.instance_field_names)

    def lookup(self, selector: str):
        """The method for `selector` in this class or its superclasses, or None.

        Classes do not change once loaded: send_nodes.lookup_method is this as @elidable.
        """
        cls = self
        while cls is not None:
            if selector in cls.method_dict:
                return cls.method_dict[selector]
            cls = cls.superclass
        return None

    def has_own_method(self, selector: str) -> bool:
        return selector in self.method_dict

    def add_method(self, method) -> None:
        """Install a method, replacing one with the same selector in place (keeps the order)."""
        selector = method.signature.value
        if selector in self.method_dict:
            old = self.method_dict[selector]
            i = 0
            while i < len(self.methods):
                if self.methods[i] is old:
                    self.methods[i] = method
                i += 1
        else:
            self.methods.append(method)
        self.method_dict[selector] = method

    def lookup_field_index(self, name: str) -> int:
        """The index of the instance field `name` (searching from the end: later fields win)."""
        i = len(self.instance_field_names) - 1
        while i >= 0:
            if self.instance_field_names[i].value == name:
                return i
            i -= 1
        return -1


class W_Integer(W_AbstractObject):
    """An integer that fits a machine word; overflowing operations produce big integers."""

    _immutable_fields_ = ['value']

    def __init__(self, value: int) -> None:
        self.value = value

    def get_class(self) -> W_Class:
        value = vm.integer_class
        assert value is not None
        return value

    def som_hash(self) -> int:
        return self.value

    def is_identical(self, other: W_AbstractObject) -> bool:
        if isinstance(other, W_Integer):
            return other.value == self.value
        return False


class W_Double(W_AbstractObject):
    _immutable_fields_ = ['value']

    def __init__(self, value: float) -> None:
        self.value = value

    def get_class(self) -> W_Class:
        value = vm.double_class
        assert value is not None
        return value

    def som_hash(self) -> int:
        return compute_hash(self.value)

    def is_identical(self, other: W_AbstractObject) -> bool:
        if isinstance(other, W_Double):
            return other.value == self.value
        return False


class W_String(W_AbstractObject):
    """An immutable string of Unicode code points."""

    _immutable_fields_ = ['value']

    def __init__(self, value: str) -> None:
        self.value = value

    def get_class(self) -> W_Class:
        value = vm.string_class
        assert value is not None
        return value

    def som_hash(self) -> int:
        return compute_hash(self.value)


class W_Char(W_String):
    """A one-character String with a code below 256, one prebuilt per code (`charAt:` answers
    these): a trace reads the code from the object instead of allocating a string and
    decoding its first character."""

    _immutable_fields_ = ['code']

    def __init__(self, code: int) -> None:
        W_String.__init__(self, chr(code))
        self.code = code


CHAR_STRINGS = [W_Char(code) for code in range(256)]


def char_string(text: str, index: int) -> W_String:
    """The one-character String at `index` of text (prebuilt for codes below 256)."""
    code = ord(text[index])
    if code < 256:
        return CHAR_STRINGS[code]
    return W_String(text[index])


class W_Symbol(W_String):
    """An interned string; `intern_symbol` makes sure there is one per text."""

    def __init__(self, value: str) -> None:
        W_String.__init__(self, value)
        self.num_args = selector_arity(value)

    def get_class(self) -> W_Class:
        value = vm.symbol_class
        assert value is not None
        return value


class W_Array(W_AbstractObject):
    """A fixed-size array of SOM values; its class is Array or a subclass of it."""

    def __init__(self, items: list, w_class: "W_Class | None" = None) -> None:
        self.items = items
        self.w_class = w_class

    def get_class(self) -> W_Class:
        cls = self.w_class
        if cls is not None:
            return cls
        value = vm.array_class
        assert value is not None
        return value


class W_Block(W_AbstractObject):
    """A closure: compiled block code plus the frame it was created in."""

    _immutable_fields_ = ['code', 'context']

    def __init__(self, code, context) -> None:
        self.code = code
        self.context = context

    def get_class(self) -> W_Class:
        return block_class_for(self.code.num_args)


def block_class_for(num_args: int) -> W_Class:
    if num_args == 0:
        cls = vm.block1_class
    elif num_args == 1:
        cls = vm.block2_class
    elif num_args == 2:
        cls = vm.block3_class
    else:
        cls = vm.block_class
    assert cls is not None
    return cls


def selector_arity(selector: str) -> int:
    """How many arguments a message with this selector takes."""
    if len(selector) == 0:
        return 0
    first = selector[0]
    if not (first.isalpha() or first == "_"):
        return 1  # a binary operator
    count = 0
    for ch in selector:
        if ch == ":":
            count += 1
    return count


def intern_symbol(text: str) -> W_Symbol:
    if text in vm.symbols:
        return vm.symbols[text]
    symbol = W_Symbol(text)
    vm.symbols[text] = symbol
    return symbol


def nil() -> W_AbstractObject:
    value = vm.nilobj
    assert value is not None
    return value


def boolean(value: bool) -> W_AbstractObject:
    result = vm.trueobj if value else vm.falseobj
    assert result is not None
    return result


def new_array_of_nils(length: int) -> W_Array:
    return W_Array([nil()] * length)


# the one nil, true and false (see VMState.__init__)
vm.nilobj = W_Object(None, 0)
vm.trueobj = W_Object(None, 0)
vm.falseobj = W_Object(None, 0)
