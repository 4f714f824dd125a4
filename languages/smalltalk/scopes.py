"""Compile-time scopes: the arguments and temporaries of a method or block being parsed.

Inlined blocks add their parameters and temporaries to the enclosing scope as extra
temporaries, visible only while the inlined block is parsed (`mark` / `release`).
"""

KIND_ARG = 0
KIND_TEMP = 1


class Variable:
    def __init__(self, name: str, kind: int, index: int) -> None:
        self.name = name
        self.kind = kind
        self.index = index
        # set when a nested (real) block uses the variable, so it outlives one loop iteration
        self.captured = False


class Resolved:
    """A variable found by name: its kind, its index, and how many block frames out it lives."""

    def __init__(self, kind: int, index: int, level: int) -> None:
        self.kind = kind
        self.index = index
        self.level = level


class MethodScope:
    """What the parser knows about the method or (non-inlined) block it is compiling."""

    def __init__(self, outer: "MethodScope | None", holder, label: str) -> None:
        self.outer = outer
        self.holder = holder  # the W_Class whose method this is (a metaclass on the class side)
        self.label = label
        self.num_args = 0
        self.num_temps = 0
        self.visible = []  # Variables in declaration order; later ones shadow earlier ones
        self.declared = []  # every Variable ever declared here, in order (never shrinks)
        # True when a `^` must unwind to this activation (see W_Method / BlockCode)
        self.catches_returns = False
        # a method's selector, and whether its body (blocks included) sends it (not to super)
        self.selector = ""
        self.sends_own_selector = False
        # the selectors the method's body (blocks included) sends to self: text -> True
        self.self_sends = {}

    def is_block(self) -> bool:
        return self.outer is not None

    def home(self) -> "MethodScope":
        scope = self
        outer = scope.outer
        while outer is not None:
            scope = outer
            outer = scope.outer
        return scope

    def add_arg(self, name: str) -> int:
        index = self.num_args
        self.num_args += 1
        self.declare(Variable(name, KIND_ARG, index))
        return index

    def add_temp(self, name: str) -> int:
        index = self.num_temps
        self.num_temps += 1
        self.declare(Variable(name, KIND_TEMP, index))
        return index

    def declare(self, variable: Variable) -> None:
        self.visible.append(variable)
        self.declared.append(variable)

    def any_captured_since(self, count: int) -> bool:
        """Whether a variable declared after the first `count` declarations is captured."""
        i = count
        while i < len(self.declared):
            if self.declared[i].captured:
                return True
            i += 1
        return False

    def mark(self) -> int:
        return len(self.visible)

    def release(self, mark: int) -> None:
        """Hide the names declared since `mark` (their slots stay allocated)."""
        while len(self.visible) > mark:
            self.visible.pop()

    def find_local(self, name: str) -> "Variable | None":
        i = len(self.visible) - 1
        while i >= 0:
            variable = self.visible[i]
            if variable.name == name:
                return variable
            i -= 1
        return None

    def declares_here(self, name: str, since: int) -> bool:
        """Whether `name` was already declared at or after position `since` of this scope."""
        i = since
        while i < len(self.visible):
            if self.visible[i].name == name:
                return True
            i += 1
        return False

    def resolve(self, name: str) -> "Resolved | None":
        """Find `name` in this scope or an enclosing one."""
        scope = self
        level = 0
        while scope is not None:
            variable = scope.find_local(name)
            if variable is not None:
                if level > 0:
                    variable.captured = True
                return Resolved(variable.kind, variable.index, level)
            scope = scope.outer
            level += 1
        return None
