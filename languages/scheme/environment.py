"""Environments: run-time frames (Env), top-level namespaces (W_Environment) with their cells, and
the compile-time scopes that map identifiers (symbols or hygienic aliases) to bindings.

Hygiene follows "explicit renaming": a macro's template symbols become W_Identifier aliases that
remember the scope of the macro's definition; an alias nobody bound resolves there.
"""

from __future__ import annotations

from languages.scheme.objects import W_Object, W_Symbol, scheme_error


class Env:
    """A run-time frame: the slots of one lambda/let, and the enclosing frame."""

    _immutable_fields_ = ["values", "parent"]      # (the slots themselves change: set!, letrec)

    def __init__(self, values: list[W_Object], parent: Env | None) -> None:
        self.values = values
        self.parent = parent


# ---- bindings -----------------------------------------------------------------------------------

class Binding:
    """What an identifier means at compile time."""


class MutableGlobal(W_Object):
    """Where a global variable that is assigned again after its definition keeps its value (never
    a Scheme value itself: GlobalCell.get unwraps it)."""

    def __init__(self, value: W_Object) -> None:
        self.value = value


class GlobalCell(Binding):
    """A top-level variable; home is the namespace that defined it.

    `content` is quasi-immutable: compiled code reads it as a constant (no load, no guard on the
    procedure a global names) and is invalidated when it changes. Most globals are defined once
    (procedures) and that holds; the first time a defined global is assigned again, its value
    moves into a MutableGlobal, which compiled code reads like any field, so a loop that keeps
    assigning a global is not invalidated at every write."""

    _immutable_fields_ = ["content?"]

    def __init__(self, name: W_Symbol, home: W_Environment | None) -> None:
        self.name = name
        # the value, None while unbound, or a MutableGlobal holding it
        self.content: W_Object | None = None
        self.home = home

    def get(self) -> W_Object | None:
        """The value (None: unbound)."""
        content = self.content
        if isinstance(content, MutableGlobal):
            return content.value
        return content

    def set(self, value: W_Object) -> None:
        content = self.content
        if isinstance(content, MutableGlobal):
            content.value = value
        elif content is None:
            self.content = value
        else:
            self.content = MutableGlobal(value)


class LocalBinding(Binding):
    """A slot in a run-time frame. checked: may be read before its initialiser ran (letrec)."""

    def __init__(self, frame: FrameInfo, index: int, name: W_Object, checked: bool) -> None:
        self.frame = frame
        self.index = index
        self.name = name
        self.checked = checked


class SpecialForm(Binding):
    """A core syntactic keyword (if, lambda, ...) or auxiliary syntax (else, =>, ...)."""

    def __init__(self, kind: int, name: str) -> None:
        self.kind = kind
        self.name = name


class MacroBinding(Binding):
    def __init__(self, transformer: W_Object, name: str) -> None:
        self.transformer = transformer     # a SyntaxRules
        self.name = name


# ---- top-level namespaces -----------------------------------------------------------------------

class W_Environment(W_Object):
    """A top-level namespace: symbol -> binding. Programs, libraries and `environment` make these."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.bindings: dict[W_Symbol, Binding] = {}
        self.mutable = True

    def lookup(self, symbol: W_Symbol) -> Binding | None:
        return self.bindings.get(symbol, None)

    def cell_for(self, symbol: W_Symbol) -> GlobalCell:
        """The cell a reference to `symbol` uses (made unbound if the name is new)."""
        binding = self.bindings.get(symbol, None)
        if isinstance(binding, GlobalCell):
            return binding
        cell = GlobalCell(symbol, self)
        self.bindings[symbol] = cell
        return cell

    def define_cell(self, symbol: W_Symbol) -> GlobalCell:
        """The cell a top-level definition of `symbol` assigns: this namespace's own cell.

        An imported binding is shadowed by a new cell, never overwritten (it belongs to a library).
        """
        binding = self.bindings.get(symbol, None)
        if isinstance(binding, GlobalCell):
            if binding.home is self:
                return binding
        cell = GlobalCell(symbol, self)
        self.bindings[symbol] = cell
        return cell

    def define_value(self, name: str, value: W_Object, symbol: W_Symbol) -> None:
        cell = self.define_cell(symbol)
        cell.set(value)

    def type_name(self) -> str:
        return "environment"


# ---- compile-time scopes ------------------------------------------------------------------------

class FrameInfo:
    """The shape of one run-time frame while its code is compiled."""

    def __init__(self, parent: FrameInfo | None) -> None:
        self.parent = parent
        self.size = 0

    def new_slot(self) -> int:
        self.size += 1
        return self.size - 1


class Scope:
    """A lexical contour: identifier -> binding, inside `frame` (None at top level)."""

    def __init__(self, parent: Scope | None, frame: FrameInfo | None, env: W_Environment) -> None:
        self.parent = parent
        self.frame = frame
        self.env = env
        self.names: dict[W_Object, Binding] = {}

    def bind(self, ident: W_Object, binding: Binding) -> None:
        self.names[ident] = binding

    def add_local(self, ident: W_Object, checked: bool) -> LocalBinding:
        frame = self.frame
        assert frame is not None
        binding = LocalBinding(frame, frame.new_slot(), ident, checked)
        self.names[ident] = binding
        return binding

    def is_top_level(self) -> bool:
        return self.frame is None


class W_Identifier(W_Object):
    """A symbol renamed by one macro expansion: resolves like `wrapped` in the macro's scope
    unless a binding form in the expansion bound this very alias."""

    def __init__(self, symbol: W_Symbol, wrapped: W_Object, scope: Scope) -> None:
        self.symbol = symbol
        self.wrapped = wrapped
        self.scope = scope

    def type_name(self) -> str:
        return "identifier"


def is_identifier(obj: W_Object) -> bool:
    return isinstance(obj, W_Symbol) or isinstance(obj, W_Identifier)


def identifier_symbol(obj: W_Object) -> W_Symbol:
    """The plain symbol under an identifier (what `quote` and top-level definitions see)."""
    if isinstance(obj, W_Identifier):
        return obj.symbol
    assert isinstance(obj, W_Symbol)
    return obj


def lookup(ident: W_Object, scope: Scope) -> Binding | None:
    """The binding of an identifier in a scope, or None when it is unbound at top level."""
    while True:
        s: Scope | None = scope
        root = scope
        while s is not None:
            binding = s.names.get(ident, None)
            if binding is not None:
                return binding
            root = s
            s = s.parent
        if isinstance(ident, W_Identifier):
            scope = ident.scope
            ident = ident.wrapped
            continue
        assert isinstance(ident, W_Symbol)
        return root.env.lookup(ident)


def global_home(ident: W_Object, scope: Scope) -> W_Environment:
    """The namespace where a free identifier's top-level binding lives."""
    while isinstance(ident, W_Identifier):
        scope = ident.scope
        ident = ident.wrapped
    return scope.env


def resolve_variable(ident: W_Object, scope: Scope) -> Binding:
    """Like lookup, but a free identifier gets an (unbound) cell in its home namespace."""
    binding = lookup(ident, scope)
    if binding is not None:
        return binding
    return global_home(ident, scope).cell_for(identifier_symbol(ident))


def frame_depth(scope: Scope, target: FrameInfo) -> int:
    depth = 0
    frame = scope.frame
    while frame is not None:
        if frame is target:
            return depth
        depth += 1
        frame = frame.parent
    raise scheme_error("internal error: variable outside its frame", [])


def free_identifier_equal(a: W_Object, scope_a: Scope, b: W_Object, scope_b: Scope) -> bool:
    """Do two identifiers mean the same thing (same binding, or both free with one name)?"""
    binding_a = lookup(a, scope_a)
    binding_b = lookup(b, scope_b)
    if binding_a is not None or binding_b is not None:
        return binding_a is binding_b
    return identifier_symbol(a) is identifier_symbol(b)
