"""Global variables in the AST: the association objects that hold them and the node reading them.

A global read loads a class of that name from the class path on first use, and otherwise sends
`unknownGlobal:` to self; once found, the node keeps the association, so later writes are seen.
"""

import languages.smalltalk.universe as universe
from languages.smalltalk.dispatch import send_with_site
from languages.smalltalk.nodes import Node
from languages.smalltalk.objects import W_AbstractObject, intern_symbol
from languages.smalltalk.state import vm


class Association:
    """A global variable's binding; nodes cache the association, so later writes are seen."""

    def __init__(self, name, value: W_AbstractObject) -> None:
        self.name = name
        self.value = value


class GlobalReadNode(Node):
    """Reads a global; loads a class of that name from the class path on first use, and sends
    `unknownGlobal: #name` to self when there is neither a global nor a class file."""

    # (the association is quasi-immutable: found once, then never changes)
    _immutable_fields_ = ['name', 'site', 'association?']

    def __init__(self, name, site) -> None:
        self.name = name  # W_Symbol
        self.site = site
        self.association = None  # the cache

    def execute(self, frame) -> W_AbstractObject:
        association = self.association
        if association is None:
            association = lookup_global_association(self.name)
            if association is None:
                return send_with_site(self.site, frame.receiver, intern_symbol("unknownGlobal:"), [self.name])
            self.association = association
        return association.value


def lookup_global_association(name) -> "Association | None":
    if name.value not in vm.globals:
        universe.load_class_or_none(name)
    if name.value in vm.globals:
        return vm.globals[name.value]
    return None
