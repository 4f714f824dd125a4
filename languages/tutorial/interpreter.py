"""The tutorial language's interpreter: kit's bytecode interpreter, plus the tutorial's own opcodes."""

from kit.interp import BytecodeInterpreter, LanguageError
from languages.tutorial.compiler import OPCODES
from languages.tutorial.values import W_Function, W_Str, binary_op


class Interpreter(BytecodeInterpreter):
    opcodes = OPCODES           # kit builds the dispatch loop, with its JIT hints, from this table

    def __init__(self):
        BytecodeInterpreter.__init__(self)
        self.globals = {}

    def is_true(self, value):   # for kit's POP_JUMP_IF_FALSE / POP_JUMP_IF_TRUE
        return value.is_true()

    def describe_const(self, value):    # for the disassembler: strings in quotes
        return '"%s"' % value.str() if isinstance(value, W_Str) else value.str()

    def op_LOAD_GLOBAL(self, frame, arg):
        name = frame.code.names[arg]
        value = self.globals.get(name, None)
        if value is None:
            raise LanguageError("NameError", "name '%s' is not defined" % name)
        frame.push(value)

    def op_STORE_GLOBAL(self, frame, arg):
        self.globals[frame.code.names[arg]] = frame.pop()

    def op_BINARY_OP(self, frame, arg):
        right = frame.pop()
        frame.push(binary_op(arg, frame.pop(), right))

    def op_CALL(self, frame, arg):
        function = frame.peek(arg)                      # below its arguments
        if not isinstance(function, W_Function):
            raise LanguageError("TypeError", "cannot call a value of type " + function.type_name)
        code = function.code
        if arg != code.argcount:
            raise LanguageError("TypeError", "%s() takes %d arguments, not %d" % (code.name, code.argcount, arg))
        result = self.call_with_arguments(frame, code, arg)
        frame.pop()                                     # the function
        frame.push(result)

    def op_PRINT(self, frame, arg):
        print(frame.pop().str())
