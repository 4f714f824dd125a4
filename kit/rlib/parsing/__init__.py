"""rply-compatible LR parsing for kit: rply builds the tables at import time, kit's loop runs them (RPython).

    pg = ParserGenerator(["NUMBER", "PLUS"], precedence=[("left", ["PLUS"])])
    @pg.production("expr : expr PLUS expr") ...;  parser = pg.build();  parser.parse(lexer.lex(text))
"""

from kit.rlib.lexer.token import BaseBox, SourceError, SourcePosition, Token, TokenList, TokenSource
from kit.rlib.parsing.generator import ParserGenerator, ParserGeneratorError, ParserGeneratorWarning
from kit.rlib.parsing.parser import LRParser, ParsingError

__all__ = ["BaseBox", "LRParser", "ParserGenerator", "ParserGeneratorError", "ParserGeneratorWarning",
           "ParsingError", "SourceError", "SourcePosition", "Token", "TokenList", "TokenSource"]
