"""The tutorial language's tokens: regexes that kit's lexer generator compiles into one DFA
when this module is imported."""

from kit.rlib.lexer import LexerGenerator

KEYWORDS = ["fn", "if", "else", "while", "return", "print"]
SYMBOLS = [("EQ", "=="), ("NE", "!="), ("LE", "<="), ("GE", ">="), ("LT", "<"), ("GT", ">"), ("ASSIGN", "="),
           ("PLUS", r"\+"), ("MINUS", "-"), ("STAR", r"\*"), ("SLASH", "/"), ("PERCENT", "%"),
           ("LPAREN", r"\("), ("RPAREN", r"\)"), ("LBRACE", "{"), ("RBRACE", "}"), ("COMMA", ","), ("SEMI", ";")]

generator = LexerGenerator()
generator.add("INT", r"\d+")
generator.add("STRING", r'"[^"\n]*"')
for keyword in KEYWORDS:                      # before NAME: on a tie the rule added first wins
    generator.add(keyword.upper(), keyword)
generator.add("NAME", r"[A-Za-z_]\w*")
for token_name, regex in SYMBOLS:
    generator.add(token_name, regex)
generator.ignore(r"\s+")
generator.ignore(r"#[^\n]*")
LEXER = generator.build()

TOKENS = ["INT", "STRING"] + [k.upper() for k in KEYWORDS] + ["NAME"] + [name for name, _ in SYMBOLS]
