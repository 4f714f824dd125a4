# ruff: noqa
from . import LOADED
LOADED.append(__name__)
registry = {}


class Model:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry[cls.__name__.lower()] = cls

    def __repr__(self):
        fields = ", ".join("%s=%r" % kv for kv in vars(self).items())
        return "%s(%s)" % (type(self).__name__, fields)
