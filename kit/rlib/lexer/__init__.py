"""kit's lexer generator: regex token rules compiled at import time into one DFA, walked by RPython.

    lg = LexerGenerator(); lg.add("NUMBER", r"\\d+"); lg.ignore(r"\\s+"); lexer = lg.build()
    for token in lexer.lex("1 2 3"): ...        # Token: gettokentype(), getstr(), getsourcepos()
"""

from kit.rlib.lexer.generator import LexerGenerator, LexerGeneratorError, LexerGeneratorWarning
from kit.rlib.lexer.matcher import Lexer, LexerError, TokenStream
from kit.rlib.lexer.regex import RegexError
from kit.rlib.lexer.token import BaseBox, SourceError, SourcePosition, Token, TokenList, TokenSource

__all__ = ["BaseBox", "Lexer", "LexerError", "LexerGenerator", "LexerGeneratorError", "LexerGeneratorWarning",
           "RegexError", "SourceError", "SourcePosition", "Token", "TokenList", "TokenSource", "TokenStream"]
