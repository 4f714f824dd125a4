"""complex: a pair of doubles with CPython's repr and arithmetic."""

from __future__ import annotations

from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object


class W_ComplexObject(W_Root):
    _immutable_fields_ = ["real", "imag"]

    def __init__(self, real: float, imag: float) -> None:
        self.real = real
        self.imag = imag


class W_ComplexObjectUser(UserMixin, W_ComplexObject):
    def __init__(self, w_class: W_TypeObject, real: float, imag: float) -> None:
        W_ComplexObject.__init__(self, real, imag)
        self.init_user(w_class)


w_complex = make_builtin_type("complex", w_object)
set_static_type(W_ComplexObject, w_complex)


def newcomplex(real: float, imag: float) -> W_ComplexObject:
    return W_ComplexObject(real, imag)
