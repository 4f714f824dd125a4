# ruff: noqa
# calling builtins with the wrong arguments: CPython's message for each calling convention
# (no-argument methods, one-argument functions, positional-only, keyword-capable, slot wrappers)
calls = [
    "len()", "len(1, 2)", "len(x=1)", "abs()", "divmod(1)", "divmod(1, 2, 3)", "isinstance(1)", "getattr(1)",
    "getattr(1, 2, 3, 4)", "setattr(1, 2)", "sorted()", "sorted([], foo=1)", "sorted([3, 1], key=None, cmp=None)",
    "max()", "min(key=len)", "max(1, x=1)", "sum()", "sum([], start=1, x=2)", "sum(x=1)", "any()", "all(1, 2)",
    "'a'.upper(1)", "'a'.upper(x=1)", "'a'.split(1, 2, 3)", "'a'.split(x=1)", "'a'.split('a', sep='a')",
    "'abc'.startswith()", "'a'.find()", "'a'.find(x=1)", "'a'.count(1, 2, 3, 4)", "'a'.center()", "'a'.center(1, 2, 3)",
    "'x'.join()", "''.replace('a')", "'a'.replace('a', 'b', count=1)", "'a'.zfill()", "'a'.partition()",
    "'a'.encode(1, 2, 3)", "'a'.encode(encoding='utf-8', bad=1)", "'a'.splitlines(keepends=1, x=2)", "'a'.expandtabs(1, 2)",
    "[].append()", "[].append(1, 2)", "[].pop(1, 2)", "[].pop(x=1)", "[].sort(1)", "[].sort(cmp=1)", "[].index()",
    "[].insert(1)", "[].insert(1, 2, 3)", "[].extend()", "[].copy(1)", "[].__len__(1)", "[].__len__(x=1)",
    "{}.get()", "{}.get(1, 2, 3)", "{}.pop()", "{}.setdefault()", "{}.update(1, 2)", "{}.items(1)", "dict.fromkeys()",
    "set().add()", "set().add(1, 2)", "set().union(x=1)", "frozenset(1, 2)", "(1).__add__()", "'a'.__getitem__()",
    "(1.5).hex(1)", "float.fromhex()", "bytes.fromhex()", "(1).bit_length(1)", "(1).to_bytes(1, 2, 3, 4)",
    "int.from_bytes()", "(1.5).__round__(1, 2)", "(1).__format__()", "[].__reversed__(1)",
    "int(1, 2, 3)", "int(x=1)", "int('1', 2, base=3)", "str(1, 2, 3, 4)", "str(x=1)", "float(1, 2)", "float(x=1)",
    "bool(1, 2)", "complex(1, 2, 3)", "list(1, 2)", "list(x=1)", "tuple(1, 2)", "dict(1, 2)", "set(1, 2)",
    "range()", "range(1, 2, 3, 4)", "range(x=1)", "slice()", "reversed()", "filter()", "map()", "map(x=1)",
    "enumerate(1, 2, 3)", "zip(x=1)", "iter()", "iter(1, 2, 3)", "next()", "next(1, 2, 3)", "hash()", "chr()", "ord(1, 2)",
    "round()", "round(1, 2, 3)", "pow()", "pow(base=1)", "pow(1, 2, 3, 4)", "repr()", "callable()", "callable(x=1)",
    "format()", "format(1, 2, 3)", "bin()", "hex(1, 2)", "oct(x=1)", "id()", "issubclass(int)", "hasattr(1)",
    "delattr(1)", "vars(1, 2)", "dir(1, 2)", "globals(1)", "locals(x=1)", "compile()", "exec()", "eval()",
    "object(1)", "type()", "type(1, 2)", "super(1, 2, 3)", "property(1, 2, 3, 4, 5)", "classmethod()",
    "staticmethod()", "memoryview()", "object.__new__()", "int.__new__()", "str.upper()", "aiter()", "anext()",
    "print(x=1)", "print(1, 2, sep=' ', x=3)",
]
for text in calls:
    try:
        eval(text)
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)
# the same errors through method objects and unbound descriptors
for fn, args in [(str.upper, ()), (str.upper, ("a", "b")), (list.append, ([],)), (dict.get, ({},)),
                 (str.join, ("-",)), (int.__add__, (1,)), (len, ()), (divmod, (1,))]:
    try:
        fn(*args)
    except TypeError as e:
        print(getattr(fn, "__qualname__", fn), "->", e)
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    list.append((), 1)
except TypeError as e:
    print(e)
