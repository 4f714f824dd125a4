# ruff: noqa
"""a package with subpackages, __all__, relative imports and import-time side effects"""
print("pkg_tools initialised")
__all__ = ["greet", "VERSION"]
VERSION = (1, 2)
def greet(name):
    return "hello " + name
def _private():
    return "hidden"
