"""kit.interp: the base every language builds on — `Language` (the command line, files, the REPL,
errors, exit statuses) and `BytecodeInterpreter` (code objects, frames, a JIT-ready dispatch loop).
docs/interp.md is the guide.
"""

from kit.interp.builder import BuilderError, CodeBuilder, Label
from kit.interp.code import Code
from kit.interp.dis import dis
from kit.interp.errors import LanguageError, ProgramExit, UsageError, error_at
from kit.interp.files import FileError, read_file, write_all, write_error
from kit.interp.frame import Frame
from kit.interp.interpreter import BytecodeInterpreter
from kit.interp.language import EXIT_ERROR, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, Language, entry_point_for
from kit.interp.opcodes import STANDARD, Opcode, OpcodeTable
from kit.interp.syntax import Node, node_at, nodes_in, token_at

__all__ = ["EXIT_ERROR", "EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "STANDARD", "BuilderError", "BytecodeInterpreter",
           "Code", "CodeBuilder", "FileError", "Frame", "Label", "Language", "LanguageError", "Node", "Opcode",
           "OpcodeTable", "ProgramExit", "UsageError", "dis", "entry_point_for", "error_at", "node_at", "nodes_in",
           "read_file", "token_at", "write_all", "write_error"]
