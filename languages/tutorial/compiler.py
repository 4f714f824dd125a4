"""The tutorial language's compiler: a syntax tree becomes a code object, written with kit's builder."""

from kit.interp import CodeBuilder, Opcode, OpcodeTable, error_at
from languages.tutorial.values import OPERATORS, W_Function, W_Int, W_Str

OPCODES = OpcodeTable("tutorial", [                 # added to kit's standard opcodes
    Opcode("LOAD_GLOBAL", effect=1, arg="name"),
    Opcode("STORE_GLOBAL", effect=-1, arg="name"),
    Opcode("BINARY_OP", effect=-1, arg="int", arg_names=OPERATORS),     # the argument: which operator
    Opcode("CALL", per_arg=-1, arg="int"),          # pops the function and its arguments, pushes the result
    Opcode("PRINT", effect=-1),
])
AFTER_CHILDREN = {";": "POP", "print": "PRINT", "return": "RETURN_VALUE"}


class Compiler:
    """Compiles the program's top level or a function into a code object. In a function, the
    parameters and the names it assigns are local variables (from their first assignment on)."""

    def __init__(self, name, filename, in_function, params, position):
        self.builder = CodeBuilder(OPCODES, name, filename, position.lineno if position else 1)
        self.in_function = in_function
        for param in params:
            if param.kind != "name":
                raise error_at("SyntaxError", "a parameter must be a name", param.position)
            self.builder.local(param.text)
        self.builder.argcount = len(params)

    def compile(self, body):
        self.node(body)
        self.constant(W_Int(0), "0")                # the result of a function that ends without return
        self.builder.emit("RETURN_VALUE")
        return self.builder.finish()

    def constant(self, value, key):
        self.builder.emit("LOAD_CONST", self.builder.const(value, key))

    def node(self, node):
        b, kind = self.builder, node.kind
        b.at(node.position)
        if kind == "if":                             # if COND {THEN} [else {ELSE}]
            otherwise, end = b.label(), b.label()
            self.node(node.children[0])
            b.jump("POP_JUMP_IF_FALSE", otherwise)
            self.node(node.children[1])
            b.jump("JUMP", end)
            b.place(otherwise)
            if len(node.children) == 3:
                self.node(node.children[2])
            b.place(end)
            return
        if kind == "while":                          # while COND {BODY}
            top, end = b.label(), b.label()
            b.place(top)
            self.node(node.children[0])
            b.jump("POP_JUMP_IF_FALSE", end)
            self.node(node.children[1])
            b.jump("JUMP", top)                      # a backward jump: where the JIT looks for hot loops
            b.place(end)
            return
        if kind == "fn":
            function = Compiler(node.text, b.filename, True, node.children[0].children, node.position)
            self.constant(W_Function(function.compile(node.children[1])), "")
            b.emit("STORE_GLOBAL", b.name_index(node.text))
            return
        if kind == "(":                              # a call: the function, then the arguments
            b.emit("LOAD_GLOBAL", b.name_index(node.text))
        if kind == "-" and len(node.children) == 1:  # -x is 0 - x
            self.constant(W_Int(0), "0")
        for child in node.children:
            self.node(child)
        b.at(node.position)
        if kind == "int":
            if len(node.text) > 19 or (len(node.text) == 19 and node.text > "9223372036854775807"):
                raise error_at("SyntaxError", "integer literal too large", node.position)
            self.constant(W_Int(int(node.text)), node.text)
        elif kind == "string":
            self.constant(W_Str(node.text[1:-1]), node.text)   # without the quotes
        elif kind == "name" and b.has_local(node.text):
            b.emit("LOAD_LOCAL", b.local(node.text))
        elif kind == "name":
            b.emit("LOAD_GLOBAL", b.name_index(node.text))
        elif kind == "=" and self.in_function:
            b.emit("STORE_LOCAL", b.local(node.text))
        elif kind == "=":
            b.emit("STORE_GLOBAL", b.name_index(node.text))
        elif kind == "(":
            b.emit("CALL", len(node.children[0].children))
        elif kind in AFTER_CHILDREN:
            b.emit(AFTER_CHILDREN[kind])
        elif kind in OPERATORS:
            b.emit("BINARY_OP", OPERATORS.index(kind))
