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

# how a builtin reports a call with the wrong arguments: CPython's messages depend on the calling
# convention of the C function, which these styles imitate
NOARGS = 0          # METH_NOARGS: "str.upper() takes no arguments (1 given)"
ONEARG = 1          # METH_O: "len() takes exactly one argument (0 given)"
POSITIONAL = 2      # Argument Clinic, positional-only: "divmod expected 2 arguments, got 1"
KEYWORDS = 3        # Argument Clinic with keywords: "'x' is an invalid keyword argument for split()"
OLDSTYLE = 4        # PyArg_ParseTuple: "find() takes at least 1 argument (0 given)"
WRAPPER = 5         # a slot wrapper such as list.__len__: "expected 0 arguments, got 1"

# dunder names that are ordinary methods in CPython, not slot wrappers
METHOD_DUNDERS = ["__format__", "__reduce__", "__reduce_ex__", "__sizeof__", "__dir__", "__reversed__",
                  "__getnewargs__", "__trunc__", "__floor__", "__ceil__", "__round__", "__getstate__",
                  "__init_subclass__", "__subclasshook__", "__class_getitem__", "__instancecheck__",
                  "__subclasscheck__", "__subclasses__", "__prepare__", "__complex__", "__bytes__",
                  "__mro_entries__", "__enter__", "__exit__", "__aenter__", "__aexit__", "__build_class__",
                  "__import__", "__alloc__", "__length_hint__", "__setstate__", "__sizeof__"]
# methods of str/bytes/bytearray still parsed with PyArg_ParseTuple
OLDSTYLE_METHODS = ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]


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

    _immutable_fields_ = ["name", "sig", "kind", "w_objclass", "func", "style", "skip", "shortname", "fullname"]

    @not_rpython
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
        self.style = KEYWORDS
        self.skip = 0
        self.shortname = name
        self.fullname = name
        classify(self)

    def qualified_name(self) -> str:
        w_objclass = self.w_objclass
        if w_objclass is not None:
            from languages.python.objspace import typeobject
            assert isinstance(w_objclass, typeobject.W_TypeObject)
            return w_objclass.name + "." + self.name
        return self.name


@not_rpython
def classify(w_func: W_BuiltinFunction) -> None:
    """Work out how the builtin reports bad arguments (its style), how many leading parameters are
    implicit (self, cls), and the names its messages use."""
    name = w_func.name
    kind = w_func.kind
    sig = w_func.sig
    owner = getattr(w_func.w_objclass, "name", None)
    constructor = owner is not None and name in ("__new__", "__init__")
    if kind == METHOD or kind == CLASSMETHOD or (kind == STATIC and name == "__new__"):
        w_func.skip = 1
    if constructor:
        w_func.shortname = owner
        w_func.fullname = owner
    elif owner is not None:
        w_func.fullname = owner + "." + name
    elif w_func.module not in ("builtins", ""):
        w_func.fullname = w_func.module + "." + name
    names = sig.names[w_func.skip:]
    posonly = max(sig.posonly - w_func.skip, 0)
    plain = not sig.has_varargs and not sig.has_kwargs and len(sig.kwonly) == 0
    dunder = name.startswith("__") and name.endswith("__") and len(name) > 4
    if dunder and not constructor and kind == METHOD and name not in METHOD_DUNDERS and plain:
        w_func.style = WRAPPER
        sig.posonly = len(sig.names)
    elif plain and len(names) == 0 and not constructor:
        w_func.style = NOARGS
    elif plain and len(names) == 1 and sig.required - w_func.skip == 1 and not constructor:
        w_func.style = ONEARG
        sig.posonly = len(sig.names)
    elif owner in ("str", "bytes", "bytearray") and name in OLDSTYLE_METHODS:
        w_func.style = OLDSTYLE
    elif len(sig.kwonly) == 0 and posonly == len(names):
        w_func.style = POSITIONAL
        if w_func.name == "__new__" and owner == "super":
            w_func.shortname = "super()"
    else:
        w_func.style = KEYWORDS


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


def fits_positional(w_func: W_BuiltinFunction, n: int) -> bool:
    """n positional arguments fill the builtin's plain parameters (no *args, **kwargs, keyword-only)."""
    sig = w_func.sig
    return (not sig.has_varargs and not sig.has_kwargs and len(sig.kwonly) == 0 and
            sig.required <= n <= len(sig.names))


def call_builtin_positional(w_func: W_BuiltinFunction, args_w: list[W_Root]) -> W_Root:
    """The common case without keywords: no Arguments object needed when the count fits."""
    sig = w_func.sig
    n = len(args_w)
    if fits_positional(w_func, n):
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
    from languages.python.objspace import dictobject, tupleobject
    sig = w_func.sig
    nnames = len(sig.names)
    values_w: list[W_Root | None] = [None] * sig.size()
    args_w = args.args_w
    nargs = len(args_w)
    nkeywords = count_keywords(args)
    if nkeywords > 0 and w_func.style != KEYWORDS and not sig.has_kwargs:
        raise no_keywords_error(w_func)
    if not sig.has_varargs:
        if nargs > nnames:
            raise count_error(w_func, nargs, nkeywords)
        if nkeywords > 0 and not sig.has_kwargs and nargs + nkeywords > nnames + len(sig.kwonly):
            raise count_error(w_func, nargs, nkeywords)
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
    bad_keyword = ""
    bad_position = -1
    if keywords is not None and keywords_w is not None:
        for k in range(len(keywords)):
            key = keywords[k]
            found = False
            for j in range(sig.posonly, nnames):
                if sig.names[j] == key:
                    if values_w[j] is not None:
                        if bad_keyword == "":
                            bad_keyword = key
                            bad_position = j
                    else:
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
                elif bad_keyword == "":
                    bad_keyword = key
    for i in range(sig.required):
        if values_w[i] is None:
            raise missing_error(w_func, nargs, nkeywords, i)
    if bad_keyword != "":
        raise keyword_error(w_func, bad_keyword, bad_position)
    return values_w


def no_keywords_error(w_func: W_BuiltinFunction):
    from languages.python.objspace import errors
    if w_func.style == WRAPPER:
        return errors.type_error("wrapper %s() takes no keyword arguments" % w_func.name)
    return errors.type_error("%s() takes no keyword arguments" % w_func.fullname)


def arguments_word(n: int) -> str:
    if n == 1:
        return "argument"
    return "arguments"


def count_error(w_func: W_BuiltinFunction, nargs: int, nkeywords: int):
    """The error for a call with too many or too few positional arguments."""
    from languages.python.objspace import errors
    sig = w_func.sig
    skip = w_func.skip
    if nargs < skip:
        if w_func.name == "__new__":
            return errors.type_error("%s.__new__(): not enough arguments" % w_func.shortname)
        return errors.type_error("unbound method %s() needs an argument" % w_func.fullname)
    n = nargs - skip
    least = sig.required - skip
    most = len(sig.names) - skip
    style = w_func.style
    if w_func.name == "sorted":
        style = POSITIONAL
    if style == NOARGS:
        return errors.type_error("%s() takes no arguments (%d given)" % (w_func.fullname, n))
    if style == ONEARG:
        return errors.type_error("%s() takes exactly one argument (%d given)" % (w_func.fullname, n))
    if style == WRAPPER:
        expected = least
        if n > most:
            expected = most
        return errors.type_error("expected %d %s, got %d" % (expected, arguments_word(expected), n))
    name = w_func.shortname
    if w_func.name == "sorted":
        name = "sorted"
    if style == POSITIONAL:
        if n < least:
            qualifier = "" if least == most or sig.has_varargs else "at least "
            if sig.has_varargs:
                qualifier = "at least "
            return errors.type_error("%s expected %s%d %s, got %d" % (name, qualifier, least, arguments_word(least), n))
        qualifier = "" if least == most else "at most "
        return errors.type_error("%s expected %s%d %s, got %d" % (name, qualifier, most, arguments_word(most), n))
    if style == OLDSTYLE:
        if least == most:
            qualifier = "exactly"
            count = least
        elif n < least:
            qualifier = "at least"
            count = least
        else:
            qualifier = "at most"
            count = most
        return errors.type_error("%s() takes %s %d %s (%d given)" % (name, qualifier, count, arguments_word(count), n))
    # Argument Clinic with keywords
    if not sig.has_varargs:
        maxargs = most + len(sig.kwonly)
        if n + nkeywords > maxargs:
            keyword = "keyword " if n == 0 else ""
            return errors.type_error("%s() takes at most %d %s%s (%d given)" % (
                name, maxargs, keyword, arguments_word(maxargs), n + nkeywords))
        if n > most:
            if most == 0:
                return errors.type_error("%s() takes no positional arguments" % name)
            qualifier = "at most" if least < most else "exactly"
            return errors.type_error("%s() takes %s %d positional %s (%d given)" % (
                name, qualifier, most, arguments_word(most), n))
    minposonly = min(sig.required, sig.posonly) - skip
    if n < minposonly:
        qualifier = "at least" if minposonly < most or sig.has_varargs else "exactly"
        return errors.type_error("%s() takes %s %d positional %s (%d given)" % (
            name, qualifier, minposonly, arguments_word(minposonly), n))
    return errors.type_error("%s() takes at most %d %s (%d given)" % (name, most, arguments_word(most), n))


def missing_error(w_func: W_BuiltinFunction, nargs: int, nkeywords: int, index: int):
    from languages.python.objspace import errors
    sig = w_func.sig
    if nargs < w_func.skip:
        return count_error(w_func, nargs, nkeywords)
    if w_func.name == "__new__" and w_func.shortname == "type":
        return errors.type_error("type() takes 1 or 3 arguments")
    if w_func.style != KEYWORDS or w_func.name == "sorted" or index < sig.posonly:
        return count_error(w_func, nargs, nkeywords)
    return errors.type_error("%s() missing required argument '%s' (pos %d)" % (
        w_func.shortname, sig.names[index], index + 1 - w_func.skip))


def keyword_error(w_func: W_BuiltinFunction, key: str, position: int):
    from languages.python.objspace import errors
    name = w_func.shortname
    if w_func.name == "sorted":
        name = "sort"
    if position >= 0:
        return errors.type_error("argument for %s() given by name ('%s') and position (%d)" % (
            name, key, position + 1 - w_func.skip))
    return errors.type_error("'%s' is an invalid keyword argument for %s()" % (key, name))


def count_keywords(args: Arguments) -> int:
    keywords = args.keywords
    if keywords is None:
        return 0
    return len(keywords)
