"""Writes astnodes.py: one RPython class per node type of CPython 3.11's `ast` module.

Development tool, not imported by the parser: run `python -m languages.python.parser.gen_astnodes` after
changing this file.  The node list is read from the host `ast` module's ASDL signatures (its docstrings).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys

# the abstract kinds whose alternatives are plain enumerations (ints in our AST)
ENUM_KINDS = {
    "expr_context": ["Load", "Store", "Del"],
    "boolop": ["And", "Or"],
    "operator": ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
                 "BitXor", "BitAnd", "FloorDiv"],
    "unaryop": ["Invert", "Not", "UAdd", "USub"],
    "cmpop": ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"],
}

# abstract node kinds with constructors (the ASDL sums that are not enumerations), in ASDL order
SUM_KINDS = ["mod", "stmt", "expr", "excepthandler", "pattern", "type_ignore"]
# ASDL products (a single constructor with the kind's own name)
PRODUCT_KINDS = ["comprehension", "arguments", "arg", "keyword", "alias", "withitem", "match_case"]

ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"]


def parse_signature(doc: str) -> tuple[str, list[tuple[str, str]]]:
    """'Name(type1 f1, type2? f2)' -> ('Name', [('type1', 'f1'), ('type2?', 'f2')])."""
    doc = doc.strip()
    if "(" not in doc:
        return doc, []
    name, rest = doc.split("(", 1)
    fields = []
    for part in rest.rstrip(")").split(","):
        typ, fname = part.split()
        fields.append((typ, fname))
    return name.strip(), fields


def constructors_of(kind: str) -> list[tuple[str, list[tuple[str, str]], bool]]:
    base = getattr(ast, kind)
    result = []
    if kind in PRODUCT_KINDS:
        name, fields = parse_signature(base.__doc__)
        return [(name, fields, bool(base._attributes))]
    for sub in base.__subclasses__():
        if sub.__module__ != "ast":
            continue
        if sub.__name__ in ("Num", "Str", "Bytes", "NameConstant", "Ellipsis", "Index", "ExtSlice",
                            "Suite", "Param", "AugLoad", "AugStore"):
            continue
        name, fields = parse_signature(sub.__doc__)
        result.append((name, fields, bool(sub._attributes)))
    return result


def python_type(asdl_type: str) -> str:
    base = asdl_type.rstrip("*?")
    if base in ENUM_KINDS:
        single = "int"
    elif base in ("identifier", "string"):
        single = "str"
    elif base == "int":
        single = "int"
    elif base == "constant":
        single = "ConstValue"
    else:
        single = base
    if asdl_type.endswith("*"):
        return "list[%s]" % ("int" if single == "int" else (single if single == "str" else single))
    if asdl_type.endswith("?") and single not in ("int",):
        return "%s | None" % single
    return single


LIST_KINDS: list[str] = []


def dump_lines(fields: list[tuple[str, str]], attributes: bool) -> list[str]:
    lines = []
    for typ, fname in fields:
        base = typ.rstrip("*?")
        optional = typ.endswith("?")
        if typ.endswith("*"):
            if base in ENUM_KINDS:
                lines.append("        d.enum_list(%r, self.%s, %s_NAMES)" % (fname, fname, base.upper()))
            elif base in ("identifier", "string"):
                lines.append("        d.str_list(%r, self.%s)" % (fname, fname))
            else:
                LIST_KINDS.append(base)
                lines.append("        dump_%s_list(d, %r, self.%s)" % (base, fname, fname))
        elif base in ENUM_KINDS:
            lines.append("        d.enum_field(%r, %s_NAMES[self.%s])" % (fname, base.upper(), fname))
        elif base in ("identifier", "string"):
            if optional:
                # a local, so that the None test narrows its type
                lines.append("        %s = self.%s" % (param_name(fname), fname))
                lines.append("        if %s is not None:" % param_name(fname))
                lines.append("            d.str_field(%r, %s)" % (fname, param_name(fname)))
            else:
                lines.append("        d.str_field(%r, self.%s)" % (fname, fname))
        elif base == "int":
            lines.append("        d.int_field(%r, self.%s)" % (fname, fname))
        elif base == "constant":
            lines.append("        d.const_field(%r, self.%s)" % (fname, fname))
        else:
            if optional:
                lines.append("        %s = self.%s" % (param_name(fname), fname))
                lines.append("        if %s is not None:" % param_name(fname))
                lines.append("            d.begin_field(%r)" % fname)
                lines.append("            %s.dump(d)" % param_name(fname))
            else:
                lines.append("        d.begin_field(%r)" % fname)
                lines.append("        self.%s.dump(d)" % fname)
    if attributes:
        lines.append("        if d.include_attributes:")
        for attr in ATTRIBUTES:
            lines.append("            d.int_field(%r, self.%s)" % (attr, attr))
    return lines


HEADER = [
    "from __future__ import annotations",
    "",
    "from typing import TYPE_CHECKING",
    "",
    "from languages.python.parser.astdump import Dumper",
]

# which generated module holds which kinds
EXPR_MODULE_KINDS = ["expr", "pattern", "comprehension", "arguments", "arg", "keyword"]
STMT_MODULE_KINDS = ["mod", "stmt", "excepthandler", "type_ignore", "alias", "withitem", "match_case"]


def param_name(field: str) -> str:
    """Constructor parameter for a field; 'pattern' would hide the base class of MatchAs."""
    if field in SUM_KINDS + PRODUCT_KINDS:
        return field + "_"
    return field


def init_signature(fields: list[tuple[str, str]], attrs: bool) -> list[str]:
    params = ["self"] + ["%s: %s" % (param_name(f), python_type(t)) for t, f in fields]
    if attrs:
        params += ["%s: int" % a for a in ATTRIBUTES]
    sig = ", ".join(params)
    if len(sig) < 90:
        return ["    def __init__(%s) -> None:" % sig]
    lines = ["    def __init__("]
    current = "            "
    for p in params:
        piece = p + ", "
        if len(current) + len(piece) > 112:
            lines.append(current.rstrip())
            current = "            "
        current += piece
    lines.append(current.rstrip().rstrip(",") + ") -> None:")
    return lines


def generate_kinds(kinds: list[str], all_ctors: list[str], docstring: list[str], imports: list[str]) -> str:
    out: list[str] = []
    w = out.append
    w('"""' + docstring[0])
    for line in docstring[1:]:
        w(line)
    w('"""')
    w("")
    for line in HEADER + imports:
        w(line)
    w("")
    w("if TYPE_CHECKING:")
    w("    from languages.python.parser.astvisitor import ASTVisitor")
    w("")
    del LIST_KINDS[:]
    for kind in kinds:
        ctors = constructors_of(kind)
        is_product = kind in PRODUCT_KINDS
        has_attrs = bool(getattr(ast, kind)._attributes)
        if not is_product:
            w("")
            w("class %s(AST):" % kind)
            w('    """Base of the %s nodes."""' % kind)
            if has_attrs:
                w("")
                w("    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:")
                for attr in ATTRIBUTES:
                    w("        self.%s = %s" % (attr, attr))
            w("")
        for name, fields, attrs in ctors:
            all_ctors.append(name)
            parent = ("Located" if attrs else "AST") if is_product else kind
            w("")
            w("class %s(%s):" % (name, parent))
            for line in init_signature(fields, attrs):
                w(line)
            if attrs:
                w("        %s.__init__(self, lineno, col_offset, end_lineno, end_col_offset)" % parent)
            for _, f in fields:
                w("        self.%s = %s" % (f, param_name(f)))
            if not fields and not attrs:
                w("        pass")
            w("")
            w("    def dump(self, d: Dumper) -> None:")
            w("        d.begin_node(%r)" % name)
            for line in dump_lines(fields, False):
                w(line)
            if attrs:
                w("        d.attributes(self.lineno, self.col_offset, self.end_lineno, self.end_col_offset)")
            w("        d.end_node()")
            w("")
            w("    def walkabout(self, visitor: ASTVisitor) -> None:")
            w("        visitor.visit_%s(self)" % name)
            w("")
    for kind in sorted(set(LIST_KINDS)):
        if kind not in kinds:
            continue
        w("")
        w("def dump_%s_list(d: Dumper, name: str, items: list[%s]) -> None:" % (kind, kind))
        w("    d.begin_list(name)")
        w("    for item in items:")
        w("        d.next_item()")
        w("        if item is None:")
        w("            d.write('None')")
        w("        else:")
        w("            item.dump(d)")
        w("    d.end_list()")
        w("")
    return "\n".join(out) + "\n"


def generate_base() -> str:
    out: list[str] = []
    w = out.append
    w('"""The root of the AST classes and the enumerations (ints) of CPython 3.11\'s `ast` module.')
    w("")
    w("Generated by gen_astnodes.py; do not edit.  Import nodes from astnodes, which gathers them all.")
    w('"""')
    w("")
    for line in HEADER:
        w(line)
    w("")
    w("if TYPE_CHECKING:")
    w("    from languages.python.parser.astvisitor import ASTVisitor")
    w("")
    for kind, names in ENUM_KINDS.items():
        w("# %s" % kind)
        for i, n in enumerate(names):
            w("%s = %d" % (n.upper(), i + 1))
        w("%s_NAMES = [" % kind.upper())
        w(wrap_names([repr(x) for x in [""] + names]))
        w("]")
        w("")
    w("")
    w("class AST:")
    w('    """Base of every node."""')
    w("")
    w("    def dump(self, d: Dumper) -> None:")
    w("        raise NotImplementedError")
    w("")
    w("    def walkabout(self, visitor: ASTVisitor) -> None:")
    w("        raise NotImplementedError")
    w("")
    w("")
    w("class Located(AST):")
    w('    """Base of the product nodes with positions (arg, keyword, alias)."""')
    w("")
    w("    def __init__(self, lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:")
    for attr in ATTRIBUTES:
        w("        self.%s = %s" % (attr, attr))
    return "\n".join(out) + "\n"


def generate_visitor(names: list[str]) -> str:
    out = []
    w = out.append
    w('"""The visitor base class for astnodes: node.walkabout(v) calls v.visit_<NodeType>(node).')
    w("")
    w("Generated by gen_astnodes.py; do not edit.")
    w('"""')
    w("")
    w("from __future__ import annotations")
    w("")
    w("from languages.python.parser import astnodes as ast")
    w("")
    w("")
    w("class ASTVisitor:")
    w('    """Double dispatch over node types: node.walkabout(v) calls v.visit_<NodeType>(node)."""')
    w("")
    w("    def default_visit(self, node: ast.AST) -> None:")
    w("        raise NotImplementedError(\"no visit method for this node\")")
    for name in names:
        w("")
        w("    def visit_%s(self, node: ast.%s) -> None:" % (name, name))
        w("        self.default_visit(node)")
    return "\n".join(out) + "\n"


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    names: list[str] = []
    enum_imports = []
    for kind, enum_names in ENUM_KINDS.items():
        enum_imports += [n.upper() for n in enum_names] + [kind.upper() + "_NAMES"]
    files = {
        "astbase.py": generate_base(),
        "astexpr.py": generate_kinds(
            EXPR_MODULE_KINDS, names,
            ["The expression and pattern nodes of the AST (and their helper products), as RPython classes.",
             "",
             "Generated by gen_astnodes.py from the host `ast` module's ASDL signatures; do not edit."],
            ["from languages.python.parser.astbase import (",
             wrap_names(["AST", "Located"] + ["%s_NAMES" % k.upper() for k in ENUM_KINDS]),
             ")",
             "from languages.python.parser.consts import ConstValue"]),
    }
    expr_names = list(names)
    files["astnodes.py"] = generate_kinds(
        STMT_MODULE_KINDS, names,
        ["All AST node classes: CPython 3.11's `ast` node types with their exact field names.",
         "",
         "The statement nodes are defined here, the expression nodes in astexpr (re-exported here);",
         "enumerations are ints (astbase).  Generated by gen_astnodes.py; do not edit."],
        ["from languages.python.parser.astbase import (  # noqa: F401 (re-exported)",
         wrap_names(["AST", "Located"] + enum_imports),
         ")",
         "from languages.python.parser.astexpr import (  # noqa: F401 (re-exported)",
         wrap_names(expr_names + ["expr", "pattern", "dump_expr_list", "dump_pattern_list",
                                  "dump_keyword_list", "dump_arg_list", "dump_comprehension_list"]),
         ")"])
    files["astvisitor.py"] = generate_visitor(names)
    for filename, text in files.items():
        with open(os.path.join(here, filename), "w") as f:
            f.write(text)
        sys.stdout.write("wrote %s\n" % filename)
    # let the project's linter order the generated import lists
    subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "--quiet"]
                   + [os.path.join(here, f) for f in files], check=False)


def wrap_names(names: list[str]) -> str:
    lines = []
    current = "   "
    for n in names:
        piece = " " + n + ","
        if len(current) + len(piece) > 110:
            lines.append(current)
            current = "   "
        current += piece
    lines.append(current)
    return "\n".join(lines)


if __name__ == "__main__":
    main()
