"""Libraries (R7RS 5.6): the registry, import sets (only/except/prefix/rename), define-library,
include and cond-expand. The standard libraries are views of the system namespace.
"""

from __future__ import annotations

from typing import Any

from languages.scheme.environment import (
    Binding,
    Scope,
    W_Environment,
    identifier_symbol,
    is_identifier,
)
from languages.scheme.forms import K_BEGIN, K_COND_EXPAND, K_EXPORT, K_IMPORT, K_INCLUDE, K_INCLUDE_CI, form_items
from languages.scheme.nodes import Const, Node
from languages.scheme.numbers import W_Fixnum
from languages.scheme.objects import (
    NIL,
    UNSPECIFIED,
    SchemeError,
    SourcePos,
    W_ErrorObject,
    W_Object,
    W_Pair,
    W_String,
    W_Symbol,
    pos_of,
    sym,
    syntax_error,
)
from languages.scheme.ports import read_file_text
from languages.scheme.reader import Reader, ReadError
from languages.scheme.syntax_rules import strip_syntax

FEATURES = ["r7rs", "exact-closed", "ratios", "ieee-float", "full-unicode", "kit", "kit-scheme", "posix"]


class Library:
    def __init__(self, name: str) -> None:
        self.name = name
        self.exports: dict[W_Symbol, Binding] = {}


def library_name(form: W_Object, pos: SourcePos | None) -> str:
    """The registry key of a library name such as (scheme base) or (srfi 1)."""
    parts: list[str] = []
    for part in form_items(form, pos):
        if is_identifier(part):
            parts.append(identifier_symbol(part).name)
        elif isinstance(part, W_Fixnum):
            parts.append(str(part.intval))
        else:
            raise syntax_error("bad library name", strip_syntax(form), pos)
    if len(parts) == 0:
        raise syntax_error("empty library name", NIL, pos)
    return "(" + " ".join(parts) + ")"


def dirname(path: str) -> str:
    slash = path.rfind("/")
    if slash < 0:
        return "."
    if slash == 0:
        return "/"
    return path[:slash]


class LibraryManager:
    def __init__(self, vm: Any) -> None:
        self.vm = vm
        self.libraries: dict[str, Library] = {}
        self.features = FEATURES
        self.search_dirs: list[str] = ["."]
        self.loading: dict[str, bool] = {}

    def register_view(self, name: str, names: list[str], source: W_Environment) -> None:
        """A standard library exporting `names` from the system namespace."""
        library = Library(name)
        for n in names:
            symbol = sym(n)
            binding = source.lookup(symbol)
            if binding is None:
                raise SchemeError(W_ErrorObject("internal error: %s exports unknown %s" % (name, n), [], "error"))
            library.exports[symbol] = binding
        self.libraries[name] = library

    # ---- finding libraries --------------------------------------------------------------------

    def find(self, name_form: W_Object, pos: SourcePos | None) -> Library:
        name = library_name(name_form, pos)
        library = self.libraries.get(name, None)
        if library is not None:
            return library
        self.load_library_file(name_form, name, pos)
        library = self.libraries.get(name, None)
        if library is None:
            raise syntax_error("unknown library", strip_syntax(name_form), pos)
        return library

    def load_library_file(self, name_form: W_Object, name: str, pos: SourcePos | None) -> None:
        """Look for a/b.sld (then a/b.scm) under the search directories and evaluate it."""
        if name in self.loading:
            raise syntax_error("library imports itself: " + name, strip_syntax(name_form), pos)
        parts: list[str] = []
        for part in form_items(name_form, pos):
            if is_identifier(part):
                parts.append(identifier_symbol(part).name)
            elif isinstance(part, W_Fixnum):
                parts.append(str(part.intval))
        relative = "/".join(parts)
        for directory in self.search_dirs:
            for suffix in (".sld", ".scm"):
                path = directory + "/" + relative + suffix
                text = read_file_text(path)
                if text is None:
                    continue
                self.loading[name] = True
                try:
                    for form in read_forms(text, path):
                        self.vm.run_library_form(form)
                finally:
                    self.loading.pop(name, False)
                return

    # ---- import sets --------------------------------------------------------------------------

    def import_sets(self, sets: list[W_Object], env: W_Environment, pos: SourcePos | None) -> None:
        for import_set in sets:
            set_pos = pos_of(import_set) or pos
            for symbol, binding in self.resolve(import_set, set_pos).items():
                env.bindings[symbol] = binding

    def resolve(self, import_set: W_Object, pos: SourcePos | None) -> dict[W_Symbol, Binding]:
        items = form_items(import_set, pos)
        if len(items) >= 2 and is_identifier(items[0]) and isinstance(items[1], W_Pair):
            modifier = identifier_symbol(items[0]).name
            if modifier == "only" or modifier == "except" or modifier == "prefix" or modifier == "rename":
                inner = self.resolve(items[1], pos)
                return self.modify(modifier, inner, items, import_set, pos)
        library = self.find(import_set, pos)
        return library.exports.copy()

    def modify(self, modifier: str, inner: dict[W_Symbol, Binding], items: list[W_Object],
               import_set: W_Object, pos: SourcePos | None) -> dict[W_Symbol, Binding]:
        result: dict[W_Symbol, Binding] = {}
        if modifier == "only":
            for ident in items[2:]:
                symbol = self.import_identifier(ident, import_set, pos)
                binding = inner.get(symbol, None)
                if binding is None:
                    raise syntax_error("import: only names a missing identifier " + symbol.name,
                                       strip_syntax(import_set), pos)
                result[symbol] = binding
            return result
        if modifier == "except":
            result = inner.copy()
            for ident in items[2:]:
                symbol = self.import_identifier(ident, import_set, pos)
                if symbol not in result:
                    raise syntax_error("import: except names a missing identifier " + symbol.name,
                                       strip_syntax(import_set), pos)
                del result[symbol]
            return result
        if modifier == "prefix":
            if len(items) != 3:
                raise syntax_error("import: bad prefix", strip_syntax(import_set), pos)
            prefix = self.import_identifier(items[2], import_set, pos).name
            for symbol, binding in inner.items():
                result[sym(prefix + symbol.name)] = binding
            return result
        result = inner.copy()
        for spec in items[2:]:
            pair = form_items(spec, pos)
            if len(pair) != 2:
                raise syntax_error("import: bad rename", strip_syntax(import_set), pos)
            old = self.import_identifier(pair[0], import_set, pos)
            new = self.import_identifier(pair[1], import_set, pos)
            binding = result.get(old, None)
            if binding is None:
                raise syntax_error("import: rename names a missing identifier " + old.name,
                                   strip_syntax(import_set), pos)
            del result[old]
            result[new] = binding
        return result

    def import_identifier(self, ident: W_Object, import_set: W_Object, pos: SourcePos | None) -> W_Symbol:
        if not is_identifier(ident):
            raise syntax_error("import: expected an identifier", strip_syntax(import_set), pos)
        return identifier_symbol(ident)

    # ---- define-library -----------------------------------------------------------------------

    def define_library(self, form: W_Pair, pos: SourcePos | None) -> Node:
        """Evaluate a library definition now (its body runs on a machine of its own) and
        register its exports."""
        items = form_items(form, pos)
        if len(items) < 2:
            raise syntax_error("define-library: missing name", strip_syntax(form), pos)
        name = library_name(items[1], pos)
        env = W_Environment(name)
        library_scope = Scope(None, None, env)
        system_scope = self.vm.system_scope
        exports: list[tuple[W_Symbol, W_Symbol]] = []
        body: list[W_Object] = []
        declarations = items[2:]
        while len(declarations) > 0:
            declaration = declarations.pop(0)
            decl_pos = pos_of(declaration) or pos
            if not isinstance(declaration, W_Pair):
                raise syntax_error("define-library: bad declaration", strip_syntax(declaration), decl_pos)
            kind = self.vm.compiler.special_kind(declaration.car, system_scope)
            if kind == K_EXPORT:
                for spec in form_items(declaration.cdr, decl_pos):
                    exports.append(self.export_spec(spec, decl_pos))
            elif kind == K_IMPORT:
                self.import_sets(form_items(declaration.cdr, decl_pos), env, decl_pos)
            elif kind == K_BEGIN:
                body.extend(form_items(declaration.cdr, decl_pos))
            elif kind == K_INCLUDE or kind == K_INCLUDE_CI:
                body.extend(self.read_includes(declaration, kind == K_INCLUDE_CI, decl_pos))
            elif kind == K_COND_EXPAND:
                declarations = self.cond_expand(declaration, decl_pos) + declarations
            elif is_identifier(declaration.car) and \
                    identifier_symbol(declaration.car).name == "include-library-declarations":
                declarations = self.read_includes(declaration, False, decl_pos) + declarations
            else:
                raise syntax_error("define-library: unknown declaration", strip_syntax(declaration), decl_pos)
        self.vm.run_forms(body, library_scope)
        library = Library(name)
        for internal, external in exports:
            binding = env.lookup(internal)
            if binding is None:
                raise syntax_error("define-library: %s exports %s, which it does not define"
                                   % (name, internal.name), internal, pos)
            library.exports[external] = binding
        self.libraries[name] = library
        return Const(UNSPECIFIED, pos)

    def export_spec(self, spec: W_Object, pos: SourcePos | None) -> tuple[W_Symbol, W_Symbol]:
        if is_identifier(spec):
            symbol = identifier_symbol(spec)
            return symbol, symbol
        parts = form_items(spec, pos)
        if len(parts) == 3 and is_identifier(parts[0]) and identifier_symbol(parts[0]).name == "rename" \
                and is_identifier(parts[1]) and is_identifier(parts[2]):
            return identifier_symbol(parts[1]), identifier_symbol(parts[2])
        raise syntax_error("export: bad export spec", strip_syntax(spec), pos)

    # ---- include and cond-expand --------------------------------------------------------------

    def read_includes(self, form: W_Pair, fold_case: bool, pos: SourcePos | None) -> list[W_Object]:
        base = "."
        if pos is not None:
            base = dirname(pos.filename)
        forms: list[W_Object] = []
        for name in form_items(form.cdr, pos):
            if not isinstance(name, W_String):
                raise syntax_error("include: expected a file name string", strip_syntax(name), pos)
            path = name.as_str()
            if not path.startswith("/"):
                path = base + "/" + path
            text = read_file_text(path)
            if text is None:
                err = W_ErrorObject("include: cannot read file", [name], "file")
                err.pos = pos
                raise SchemeError(err)
            if fold_case:
                text = "#!fold-case\n" + text
            forms.extend(read_forms(text, path))
        return forms

    def cond_expand(self, form: W_Pair, pos: SourcePos | None) -> list[W_Object]:
        for clause in form_items(form.cdr, pos):
            parts = form_items(clause, pos)
            if len(parts) == 0:
                raise syntax_error("cond-expand: empty clause", NIL, pos)
            if self.feature_match(parts[0], pos):
                return parts[1:]
        return []

    def feature_match(self, requirement: W_Object, pos: SourcePos | None) -> bool:
        if is_identifier(requirement):
            name = identifier_symbol(requirement).name
            if name == "else":
                return True
            return name in self.features
        parts = form_items(requirement, pos)
        if len(parts) == 0 or not is_identifier(parts[0]):
            raise syntax_error("cond-expand: bad feature requirement", strip_syntax(requirement), pos)
        head = identifier_symbol(parts[0]).name
        if head == "and":
            for part in parts[1:]:
                if not self.feature_match(part, pos):
                    return False
            return True
        if head == "or":
            for part in parts[1:]:
                if self.feature_match(part, pos):
                    return True
            return False
        if head == "not" and len(parts) == 2:
            return not self.feature_match(parts[1], pos)
        if head == "library" and len(parts) == 2:
            try:
                self.find(parts[1], pos)
                return True
            except SchemeError:
                return False
        raise syntax_error("cond-expand: bad feature requirement", strip_syntax(requirement), pos)


def read_forms(text: str, path: str) -> list[W_Object]:
    try:
        return Reader(text, path).read_all()
    except ReadError as error:
        err = W_ErrorObject(error.reason, [], "read")
        err.pos = error.pos
        raise SchemeError(err) from None
