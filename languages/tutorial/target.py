"""The tutorial language's command line, on kit's Language base: `kit run languages/tutorial/target.py
FILE` runs it on CPython, `kit build tutorial` translates it into build/bin/kit-tutorial."""

from kit.interp import Frame, Language, entry_point_for
from languages.tutorial.compiler import Compiler
from languages.tutorial.interpreter import Interpreter
from languages.tutorial.lexer import LEXER
from languages.tutorial.parser import PARSER


class Tutorial(Language):
    name = "tutorial"
    file_extension = ".tut"
    version = "1.0"

    def __init__(self):
        Language.__init__(self)
        self.interpreter = Interpreter()                # its globals last from one REPL input to the next

    def parse(self, source, filename):
        tree = PARSER.parse(LEXER.lex(source))
        return Compiler("<program>", filename, False, [], None).compile(tree)

    def run(self, program):
        self.interpreter.call(Frame(program))


entry_point = entry_point_for(Tutorial)
