"""Token kinds of Python 3.11 and the Token record the tokenizer produces for the parser.

Keywords and every operator get a kind of their own, so the parser compares small ints only.
"""

from __future__ import annotations

# ---- kinds that carry text --------------------------------------------------------------------
ENDMARKER = 0
NAME = 1
NUMBER = 2
STRING = 3
NEWLINE = 4
INDENT = 5
DEDENT = 6
# marks where the tokenizer stopped with an error (the parser reports it when it gets there)
ERRORTOKEN = 7
# a character that is no token ('$', '?', ...): the parser rejects it with "invalid syntax"
UNKNOWN = 8

# ---- operators (one kind per spelling) ----------------------------------------------------------
OPERATORS = [
    "(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%",
    "{", "}", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!",
]

KEYWORDS = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]

FIRST_OPERATOR = 10
FIRST_KEYWORD = FIRST_OPERATOR + len(OPERATORS)

# spelling -> kind, filled below at import time
OPERATOR_KINDS: dict[str, int] = {}
KEYWORD_KINDS: dict[str, int] = {}
# kind -> spelling (for error messages and debugging)
KIND_NAMES: dict[int, str] = {
    ENDMARKER: "ENDMARKER", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
    NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT", ERRORTOKEN: "ERRORTOKEN", UNKNOWN: "UNKNOWN",
}
for _i, _op in enumerate(OPERATORS):
    OPERATOR_KINDS[_op] = FIRST_OPERATOR + _i
    KIND_NAMES[FIRST_OPERATOR + _i] = _op
for _i, _kw in enumerate(KEYWORDS):
    KEYWORD_KINDS[_kw] = FIRST_KEYWORD + _i
    KIND_NAMES[FIRST_KEYWORD + _i] = _kw

# named constants for the parser (module-level ints are constants to RPython)
LPAR = OPERATOR_KINDS["("]
RPAR = OPERATOR_KINDS[")"]
LSQB = OPERATOR_KINDS["["]
RSQB = OPERATOR_KINDS["]"]
COLON = OPERATOR_KINDS[":"]
COMMA = OPERATOR_KINDS[","]
SEMI = OPERATOR_KINDS[";"]
PLUS = OPERATOR_KINDS["+"]
MINUS = OPERATOR_KINDS["-"]
STAR = OPERATOR_KINDS["*"]
SLASH = OPERATOR_KINDS["/"]
VBAR = OPERATOR_KINDS["|"]
AMPER = OPERATOR_KINDS["&"]
LESS = OPERATOR_KINDS["<"]
GREATER = OPERATOR_KINDS[">"]
EQUAL = OPERATOR_KINDS["="]
DOT = OPERATOR_KINDS["."]
PERCENT = OPERATOR_KINDS["%"]
LBRACE = OPERATOR_KINDS["{"]
RBRACE = OPERATOR_KINDS["}"]
EQEQUAL = OPERATOR_KINDS["=="]
NOTEQUAL = OPERATOR_KINDS["!="]
LESSEQUAL = OPERATOR_KINDS["<="]
GREATEREQUAL = OPERATOR_KINDS[">="]
TILDE = OPERATOR_KINDS["~"]
CIRCUMFLEX = OPERATOR_KINDS["^"]
LEFTSHIFT = OPERATOR_KINDS["<<"]
RIGHTSHIFT = OPERATOR_KINDS[">>"]
DOUBLESTAR = OPERATOR_KINDS["**"]
PLUSEQUAL = OPERATOR_KINDS["+="]
MINEQUAL = OPERATOR_KINDS["-="]
STAREQUAL = OPERATOR_KINDS["*="]
SLASHEQUAL = OPERATOR_KINDS["/="]
PERCENTEQUAL = OPERATOR_KINDS["%="]
AMPEREQUAL = OPERATOR_KINDS["&="]
VBAREQUAL = OPERATOR_KINDS["|="]
CIRCUMFLEXEQUAL = OPERATOR_KINDS["^="]
LEFTSHIFTEQUAL = OPERATOR_KINDS["<<="]
RIGHTSHIFTEQUAL = OPERATOR_KINDS[">>="]
DOUBLESTAREQUAL = OPERATOR_KINDS["**="]
DOUBLESLASH = OPERATOR_KINDS["//"]
DOUBLESLASHEQUAL = OPERATOR_KINDS["//="]
AT = OPERATOR_KINDS["@"]
ATEQUAL = OPERATOR_KINDS["@="]
RARROW = OPERATOR_KINDS["->"]
ELLIPSIS = OPERATOR_KINDS["..."]
COLONEQUAL = OPERATOR_KINDS[":="]
EXCLAMATION = OPERATOR_KINDS["!"]

KW_FALSE = KEYWORD_KINDS["False"]
KW_NONE = KEYWORD_KINDS["None"]
KW_TRUE = KEYWORD_KINDS["True"]
KW_AND = KEYWORD_KINDS["and"]
KW_AS = KEYWORD_KINDS["as"]
KW_ASSERT = KEYWORD_KINDS["assert"]
KW_ASYNC = KEYWORD_KINDS["async"]
KW_AWAIT = KEYWORD_KINDS["await"]
KW_BREAK = KEYWORD_KINDS["break"]
KW_CLASS = KEYWORD_KINDS["class"]
KW_CONTINUE = KEYWORD_KINDS["continue"]
KW_DEF = KEYWORD_KINDS["def"]
KW_DEL = KEYWORD_KINDS["del"]
KW_ELIF = KEYWORD_KINDS["elif"]
KW_ELSE = KEYWORD_KINDS["else"]
KW_EXCEPT = KEYWORD_KINDS["except"]
KW_FINALLY = KEYWORD_KINDS["finally"]
KW_FOR = KEYWORD_KINDS["for"]
KW_FROM = KEYWORD_KINDS["from"]
KW_GLOBAL = KEYWORD_KINDS["global"]
KW_IF = KEYWORD_KINDS["if"]
KW_IMPORT = KEYWORD_KINDS["import"]
KW_IN = KEYWORD_KINDS["in"]
KW_IS = KEYWORD_KINDS["is"]
KW_LAMBDA = KEYWORD_KINDS["lambda"]
KW_NONLOCAL = KEYWORD_KINDS["nonlocal"]
KW_NOT = KEYWORD_KINDS["not"]
KW_OR = KEYWORD_KINDS["or"]
KW_PASS = KEYWORD_KINDS["pass"]
KW_RAISE = KEYWORD_KINDS["raise"]
KW_RETURN = KEYWORD_KINDS["return"]
KW_TRY = KEYWORD_KINDS["try"]
KW_WHILE = KEYWORD_KINDS["while"]
KW_WITH = KEYWORD_KINDS["with"]
KW_YIELD = KEYWORD_KINDS["yield"]

# augmented-assignment operator kind -> index of the binary operator in astnodes (filled by the
# parser module, which knows the operator numbering)


class Token:
    """One token: its kind, its exact source text and its span.

    Columns are UTF-8 byte offsets into the line, as in CPython's AST; INDENT and DEDENT have
    col == -1 like CPython's, since they stand for no text.
    """

    def __init__(self, kind: int, string: str, lineno: int, col: int, end_lineno: int, end_col: int) -> None:
        self.kind = kind
        self.string = string
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col

    def __repr__(self) -> str:  # debugging only
        return "Token(%s, %r, %d:%d-%d:%d)" % (KIND_NAMES.get(self.kind, "?"), self.string, self.lineno,
                                              self.col, self.end_lineno, self.end_col)


def is_keyword_kind(kind: int) -> bool:
    return kind >= FIRST_KEYWORD


def kind_name(kind: int) -> str:
    return KIND_NAMES[kind]
