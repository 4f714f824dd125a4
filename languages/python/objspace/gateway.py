"""Builtin functions: interp-level functions exposed to Python with a parameter list, and the
argument objects of calls (positional values plus keyword names and values).

Every builtin is an RPython function `impl(args_w: list) -> W_Root`; its Signature turns the
arguments of a call into that list, one item per parameter (None where an optional one is missing).
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.objspace.root import W_Root

# how a builtin found in a type's dict behaves as an attribute
FUNCTION = 0        # a module-level function: never binds
METHOD = 1          # binds to the instance, like a Python function (`"a".upper`)
STATIC = 2          # a staticmethod (`__new__`)
CLASSMETHOD = 3     # binds to the class (`dict.fromkeys`)


class Signature:
    """The parameters of a builtin: `names` (positional-or-keyword ones, the first `posonly` of
    them positional-only), how many are required, then *varargs / keyword-only names / **kwargs."""

    _immutable_fields_ = ["names[*]", "required", "posonly", "has_varargs", "kwonly[*]", "has_kwargs"]

    def __init__(self, names: list[str], required: int, posonly: int, has_varargs: bool,
                 kwonly: list[str], has_kwargs: bool) -> None:
        self.names = names
        self.required = required
        self.posonly = posonly
        self.has_varargs = has_varargs
        self.kwonly = kwonly
        self.has_kwargs = has_kwargs

    def size(self) -> int:
        """Length of the value list a call produces."""
        n = len(self.names) + len(self.kwonly)
        if self.has_varargs:
            n += 1
        if self.has_kwargs:
            n += 1
        return n


@not_rpython
def parse_spec(spec: str) -> Signature:
    """'self, x, y=None, /, *args, key=None, **kw' -> Signature ('=' marks optional parameters;
    the default itself is applied by the implementation when it gets None)."""
    names: list[str] = []
    kwonly: list[str] = []
    required = 0
    posonly = 0
    has_varargs = False
    has_kwargs = False
    after_star = False
    for part in [p.strip() for p in spec.split(",") if p.strip()]:
        if part == "/":
            posonly = len(names)
        elif part == "*":
            after_star = True
        elif part.startswith("**"):
            has_kwargs = True
        elif part.startswith("*"):
            has_varargs = True
            after_star = True
        elif after_star:
            kwonly.append(part.split("=")[0])
        else:
            if "=" not in part:
                assert required == len(names), spec
                required += 1
            names.append(part.split("=")[0])
    return Signature(names, required, posonly, has_varargs, kwonly, has_kwargs)


class Arguments:
    """The arguments of one call: positional values and keyword (name, value) pairs."""

    def __init__(self, args_w: list[W_Root], keywords: list[str] | None = None,
                 keywords_w: list[W_Root] | None = None) -> None:
        self.args_w = args_w
        self.keywords = keywords
        self.keywords_w = keywords_w

    def has_keywords(self) -> bool:
        keywords = self.keywords
        return keywords is not None and len(keywords) > 0

    def prepend(self, w_first: W_Root) -> Arguments:
        """The same arguments with one more positional value in front (binding `self`)."""
        return Arguments([w_first] + self.args_w, self.keywords, self.keywords_w)


def impl_type_placeholder(args_w: list[W_Root | None]) -> W_Root:
    raise NotImplementedError


class W_BuiltinFunction(W_Root):
    """A builtin function or method. `func` is its implementation; `w_objclass` is the type a
    METHOD belongs to (its first argument must be an instance of it)."""

    _immutable_fields_ = ["name", "sig", "kind", "w_objclass", "func"]

    def __init__(self, name: str, func, sig: Signature, kind: int, w_objclass: W_Root | None,
                 module: str, doc: str) -> None:
        self.name = name
        self.func = func
        self.sig = sig
        self.kind = kind
        self.w_objclass = w_objclass
        self.module = module
        self.doc = doc
        self.w_dict = None

    def qualified_name(self) -> str:
        w_objclass = self.w_objclass
        if w_objclass is not None:
            from languages.python.objspace import typeobject
            assert isinstance(w_objclass, typeobject.W_TypeObject)
            return w_objclass.name + "." + self.name
        return self.name


@not_rpython
def _make(w_owner, name: str, spec: str, kind: int, doc: str, module: str):
    def decorate(func):
        w_func = W_BuiltinFunction(name, func, parse_spec(spec), kind, w_owner if kind != FUNCTION else None,
                                   module, doc)
        if w_owner is not None:
            w_owner.dict_w[name] = w_func
        func.w_builtin = w_func
        return func
    return decorate


@not_rpython
def method(w_type, name: str, spec: str, doc: str = ""):
    """Decorator: `impl` becomes the method `name` of the builtin type `w_type`."""
    return _make(w_type, name, spec, METHOD, doc, "builtins")


@not_rpython
def staticmethod_(w_type, name: str, spec: str, doc: str = ""):
    return _make(w_type, name, spec, STATIC, doc, "builtins")


@not_rpython
def classmethod_(w_type, name: str, spec: str, doc: str = ""):
    return _make(w_type, name, spec, CLASSMETHOD, doc, "builtins")


@not_rpython
def function(registry: list, name: str, spec: str, doc: str = "", module: str = "builtins"):
    """Decorator: a module-level builtin function, appended to `registry` (a module's list)."""
    def decorate(func):
        w_func = W_BuiltinFunction(name, func, parse_spec(spec), FUNCTION, None, module, doc)
        registry.append(w_func)
        func.w_builtin = w_func
        return func
    return decorate


# ---- calling builtins -------------------------------------------------------------------------------

def call_builtin(w_func: W_BuiltinFunction, args: Arguments) -> W_Root:
    """Call a builtin with any arguments: they are matched to its signature first."""
    values_w = match_arguments(w_func, args)
    return w_func.func(values_w)


def call_builtin_positional(w_func: W_BuiltinFunction, args_w: list[W_Root]) -> W_Root:
    """The common case without keywords: no Arguments object needed when the count fits."""
    sig = w_func.sig
    n = len(args_w)
    if (not sig.has_varargs and not sig.has_kwargs and len(sig.kwonly) == 0 and
            sig.required <= n <= len(sig.names)):
        if w_func.kind == METHOD and n > 0:
            check_self(w_func, args_w[0])
        if n == len(sig.names):
            values_w: list[W_Root | None] = list(args_w)
        else:
            values_w = [None] * len(sig.names)
            for i in range(n):
                values_w[i] = args_w[i]
        return w_func.func(values_w)
    return call_builtin(w_func, Arguments(args_w))


def check_self(w_func: W_BuiltinFunction, w_self: W_Root) -> None:
    from languages.python.objspace import errors, ops
    w_objclass = w_func.w_objclass
    if w_objclass is not None and not ops.isinstance_type(w_self, w_objclass):
        raise errors.type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object" % (
            w_func.name, ops.type_name_of_type(w_objclass), ops.type_name(w_self)))


def match_arguments(w_func: W_BuiltinFunction, args: Arguments) -> list[W_Root | None]:
    from languages.python.objspace import dictobject, errors, tupleobject
    sig = w_func.sig
    name = w_func.name
    nnames = len(sig.names)
    values_w: list[W_Root | None] = [None] * sig.size()
    args_w = args.args_w
    nargs = len(args_w)
    if nargs > nnames and not sig.has_varargs:
        if nnames == 0:
            raise errors.type_error("%s() takes no arguments (%d given)" % (name, nargs))
        if sig.required == nnames:
            raise errors.type_error("%s() takes exactly %s (%d given)" % (
                name, plural(nnames, "argument"), nargs))
        raise errors.type_error("%s() takes at most %s (%d given)" % (name, plural(nnames, "argument"), nargs))
    for i in range(min(nargs, nnames)):
        values_w[i] = args_w[i]
    if w_func.kind == METHOD and nargs > 0:
        check_self(w_func, args_w[0])
    index = nnames
    if sig.has_varargs:
        extra_w: list[W_Root] = []
        for i in range(nnames, nargs):
            extra_w.append(args_w[i])
        values_w[index] = tupleobject.W_TupleObject(extra_w)
        index += 1
    kwonly_start = index
    index += len(sig.kwonly)
    w_kwargs = None
    if sig.has_kwargs:
        w_kwargs = dictobject.W_DictObject()
        values_w[index] = w_kwargs
    keywords = args.keywords
    keywords_w = args.keywords_w
    if keywords is not None and keywords_w is not None:
        for k in range(len(keywords)):
            key = keywords[k]
            found = False
            for j in range(sig.posonly, nnames):
                if sig.names[j] == key:
                    if values_w[j] is not None:
                        raise errors.type_error("argument for %s() given by name ('%s') and position (%d)" % (
                            name, key, j + 1))
                    values_w[j] = keywords_w[k]
                    found = True
                    break
            if not found:
                for j in range(len(sig.kwonly)):
                    if sig.kwonly[j] == key:
                        values_w[kwonly_start + j] = keywords_w[k]
                        found = True
                        break
            if not found:
                if w_kwargs is not None:
                    dictobject.setitem_str(w_kwargs, key, keywords_w[k])
                else:
                    raise errors.type_error("%s() got an unexpected keyword argument '%s'" % (name, key))
    for i in range(sig.required):
        if values_w[i] is None:
            if i >= nargs and nargs + count_keywords(args) == 0:
                raise errors.type_error("%s() takes at least %s (0 given)" % (name, plural(sig.required, "argument")))
            raise errors.type_error("%s() missing required argument '%s' (pos %d)" % (name, sig.names[i], i + 1))
    return values_w


def count_keywords(args: Arguments) -> int:
    keywords = args.keywords
    if keywords is None:
        return 0
    return len(keywords)


def plural(n: int, word: str) -> str:
    if n == 1:
        return "1 " + word
    return "%d %ss" % (n, word)
