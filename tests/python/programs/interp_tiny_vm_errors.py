# ruff: noqa
# exit: 1
# error: VMError: stack underflow at pc=3 (op 'add')
# a tiny stack machine: an assembler from text with labels, a dispatch loop with a dict of
# handler methods, runtime errors reported as a custom exception carrying the program counter,
# and a final program whose error is left uncaught (its message is the traceback's last line)
class VMError(Exception):
    def __init__(self, pc, op, message):
        super().__init__("%s at pc=%d (op %r)" % (message, pc, op))
        self.pc = pc


def assemble(source):
    code, labels = [], {}
    for raw in source.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args))
    return [(op, [labels.get(a, a) for a in args]) for op, args in code]


class Machine:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.out = []
        self.pc = 0
        self.steps = 0

    def pop(self, op):
        if not self.stack:
            raise VMError(self.pc, op, "stack underflow")
        return self.stack.pop()

    def op_push(self, arg):
        self.stack.append(int(arg))

    def op_add(self, _=None):
        b, a = self.pop("add"), self.pop("add")
        self.stack.append(a + b)

    def op_mul(self, _=None):
        b, a = self.pop("mul"), self.pop("mul")
        self.stack.append(a * b)

    def op_dup(self, _=None):
        v = self.pop("dup")
        self.stack.extend([v, v])

    def op_print(self, _=None):
        self.out.append(self.pop("print"))

    def op_dec(self, _=None):
        self.stack.append(self.pop("dec") - 1)

    def op_jnz(self, target):
        if self.pop("jnz") != 0:
            self.pc = target - 1

    def run(self, limit=1000):
        while self.pc < len(self.code):
            op, args = self.code[self.pc]
            handler = getattr(self, "op_" + op, None)
            if handler is None:
                raise VMError(self.pc, op, "unknown instruction")
            handler(*args)
            self.pc += 1
            self.steps += 1
            if self.steps > limit:
                raise VMError(self.pc, op, "step limit exceeded")
        return self.out


factorial = """
    push 1      ; accumulator
    push 5      ; counter
loop:
    dup
    print       ; show the counter
    dup
    push 0
    add
    jnz body
body:
    dup         ; acc cnt cnt
    push -1
    add         ; acc cnt cnt-1
    jnz more
    print
    print
more:
"""
m = Machine(assemble("push 2\npush 3\nadd\npush 7\nmul\nprint"))
print(m.run(), m.steps, m.stack)
code = assemble(factorial)
print(len(code), code[:4])
print(Machine(code).run())
countdown = assemble("push 3\ntop:\ndup\nprint\ndec\ndup\njnz top\nprint")
print(Machine(countdown).run())
for text in ["push 1\nfrobnicate", "top:\npush 1\njnz top", "print"]:
    try:
        Machine(assemble(text)).run()
    except VMError as e:
        print("VMError:", e, "| pc", e.pc)
Machine(assemble("push 1\npush 2\nadd\nadd")).run()
