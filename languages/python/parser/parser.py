"""The Python 3.11 parser: source text to an AST (astnodes), or a PySyntaxError.

`parse(source, filename, mode)` is the entry point; mode is "exec", "eval" or "single" as for
compile().  The grammar areas live in the mixins this class combines.
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser.atoms import AtomsMixin
from languages.python.parser.base import ParserBase
from languages.python.parser.compound import CompoundMixin
from languages.python.parser.errors import NO_POSITION, PySyntaxError
from languages.python.parser.expressions import ExpressionsMixin
from languages.python.parser.fstrings import StringsMixin
from languages.python.parser.params import ParamsMixin
from languages.python.parser.patterns import PatternsMixin
from languages.python.parser.statements import StatementsMixin
from languages.python.parser.targets import TargetsMixin
from languages.python.parser.tokenizer import Tokenizer


@not_rpython
def _allow_deep_recursion() -> None:
    """Untranslated, nested expressions recurse on CPython's stack: up to MAX_NESTING_DEPTH levels
    of a few frames each (Python frames live on the heap in 3.11, so a high limit is safe)."""
    import sys

    if sys.getrecursionlimit() < 40000:
        sys.setrecursionlimit(40000)


_allow_deep_recursion()


class Parser(ParserBase, TargetsMixin, StringsMixin, AtomsMixin, ExpressionsMixin, ParamsMixin, PatternsMixin,
             StatementsMixin, CompoundMixin):
    """A recursive-descent parser for one source text (see ParserBase for the conventions)."""

    def file_input(self) -> ast.Module:
        """file: [statements] ENDMARKER."""
        body: list[ast.stmt] = []
        while self.peek() != tk.ENDMARKER:
            self.statement(body)
        return ast.Module(body, [])

    def eval_input(self) -> ast.Expression:
        """eval: expressions NEWLINE* ENDMARKER."""
        if self.peek() == tk.ENDMARKER:
            # CPython has read no token at all: its error has no position
            raise PySyntaxError("invalid syntax", self.filename, 0, 0, "", 0, 0)
        body = self.expressions()
        while self.accept(tk.NEWLINE):
            pass
        if self.peek() != tk.ENDMARKER:
            raise self.syntax_error()
        return ast.Expression(body)

    def single_input(self) -> ast.Interactive:
        """interactive: one statement (compound, or simple statements on one line)."""
        body: list[ast.stmt] = []
        kind = self.peek()
        if kind == tk.NEWLINE:
            tok = self.advance()
            body.append(ast.Pass(tok.lineno, tok.col, tok.end_lineno, tok.end_col))
        elif kind == tk.ENDMARKER:
            raise PySyntaxError("invalid syntax", self.filename, 1, 0, self.tokenizer.line_for_error(1), 1, 0)
        else:
            self.statement(body)
            last = self.tokens[self.pos - 1]
            if is_compound(body[0]) and last.kind == tk.NEWLINE and self.tokenizer.newline_added:
                # CPython wants a NEWLINE after a compound statement; a one-line block at the end
                # of input without a newline has none
                raise PySyntaxError("invalid syntax", self.filename, last.lineno, 0,
                                    self.tokenizer.line_for_error(last.lineno), last.lineno, 0)
        while self.peek() == tk.NEWLINE:
            self.advance()
        if self.peek() != tk.ENDMARKER:
            # CPython stops after the statement and reports at the last token it read
            self.max_pos = self.pos - 1
            raise self.error_here("multiple statements found while compiling a single statement")
        return ast.Interactive(body)


def is_compound(node: ast.stmt) -> bool:
    return (isinstance(node, ast.If) or isinstance(node, ast.While) or isinstance(node, ast.For)
            or isinstance(node, ast.AsyncFor) or isinstance(node, ast.Try) or isinstance(node, ast.TryStar)
            or isinstance(node, ast.With) or isinstance(node, ast.AsyncWith) or isinstance(node, ast.FunctionDef)
            or isinstance(node, ast.AsyncFunctionDef) or isinstance(node, ast.ClassDef)
            or isinstance(node, ast.Match))


def parse(source: str, filename: str = "<unknown>", mode: str = "exec") -> ast.mod:
    """Parse `source`; raises PySyntaxError with CPython's message and position on bad input."""
    if "\x00" in source:
        raise PySyntaxError("source code string cannot contain null bytes", filename, NO_POSITION, NO_POSITION,
                            None, NO_POSITION, NO_POSITION)
    tokenizer = Tokenizer(source, filename, mode == "exec")
    tokens = tokenizer.tokenize()
    parser = Parser(tokenizer, tokens)
    try:
        if mode == "eval":
            return parser.eval_input()
        if mode == "single":
            return parser.single_input()
        return parser.file_input()
    except PySyntaxError as e:
        raise parser.final_error(e) from None


def dump(node: ast.AST, include_attributes: bool = False) -> str:
    """The text of CPython's ast.dump(node) (annotate_fields=True, no indent)."""
    from languages.python.parser.astdump import Dumper

    d = Dumper(include_attributes)
    node.dump(d)
    return d.result()
