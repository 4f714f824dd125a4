# ruff: noqa
# a two-pass assembler and emulator for a toy 16-bit CPU: labels, directives, immediate and register
# operands, flags, a call stack, memory-mapped output; runs programs computing primes, a factorial and a string
import sys
OPS = {"HALT": 0, "LOAD": 1, "MOV": 2, "ADD": 3, "SUB": 4, "MUL": 5, "DIV": 6, "MOD": 7, "CMP": 8, "JMP": 9,
       "JZ": 10, "JNZ": 11, "JLT": 12, "JGE": 13, "CALL": 14, "RET": 15, "PUSH": 16, "POP": 17, "OUT": 18,
       "OUTC": 19, "LDM": 20, "STM": 21, "INC": 22, "DEC": 23, "AND": 24, "SHR": 25}
class AsmError(Exception):
    pass
def parse_operand(tok, labels, line_no):
    if tok.startswith("r") and tok[1:].isdigit():
        return ("reg", int(tok[1:]))
    if tok.startswith("#"):
        body = tok[1:]
        if body in labels:
            return ("imm", labels[body])
        try:
            return ("imm", int(body, 0))
        except ValueError:
            raise AsmError("line %d: bad immediate %r" % (line_no, tok)) from None
    if tok.startswith("'") and tok.endswith("'") and len(tok) == 3:
        return ("imm", ord(tok[1]))
    if tok in labels:
        return ("imm", labels[tok])
    raise AsmError("line %d: unknown operand %r" % (line_no, tok))
def assemble(source):
    labels = {}
    lines = []
    address = 0
    data = []
    for line_no, raw in enumerate(source.splitlines(), 1):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        while ":" in line and not line.startswith(".") and line.split(":")[0].isidentifier():
            label, line = line.split(":", 1)
            labels[label] = address
            line = line.strip()
        if not line:
            continue
        if line.startswith(".string"):
            text = line[len(".string"):].strip().strip('"')
            labels.setdefault("__data_" + str(len(data)), address)
            words = [ord(c) for c in text] + [0]
            data.append((address, words))
            address += len(words)
            continue
        parts = line.replace(",", " ").split()
        if parts[0].upper() not in OPS:
            raise AsmError("line %d: unknown instruction %r" % (line_no, parts[0]))
        lines.append((address, line_no, parts[0].upper(), parts[1:]))
        address += 1 + len(parts) - 1
    memory = [0] * 512
    for addr, line_no, op, args in lines:
        memory[addr] = OPS[op]
        for i, tok in enumerate(args):
            kind, value = parse_operand(tok, labels, line_no)
            memory[addr + 1 + i] = value if kind == "imm" else 0x8000 | value
    for addr, words in data:
        memory[addr:addr + len(words)] = words
    return memory, labels
class CPU:
    def __init__(self, memory):
        self.mem = memory
        self.regs = [0] * 8
        self.pc = 0
        self.flags = 0
        self.stack = []
        self.out = []
        self.steps = 0
    def val(self, word):
        return self.regs[word & 0x7FFF] if word & 0x8000 else word
    def reg(self, word):
        if not word & 0x8000:
            raise AsmError("register operand expected at %d" % self.pc)
        return word & 0x7FFF
    def run(self, limit=100000):
        mem = self.mem
        while self.steps < limit:
            self.steps += 1
            op = mem[self.pc]
            a, b = mem[self.pc + 1], mem[self.pc + 2]
            if op == 0:
                return "halted"
            elif op in (1, 2):
                self.regs[self.reg(a)] = self.val(b) & 0xFFFF
                self.pc += 3
            elif 3 <= op <= 7 or op in (24, 25):
                r = self.reg(a)
                x, y = self.regs[r], self.val(b)
                if op in (6, 7) and y == 0:
                    raise ZeroDivisionError("division by zero at pc=%d" % self.pc)
                result = {3: x + y, 4: x - y, 5: x * y, 6: x // y if y else 0, 7: x % y if y else 0,
                          24: x & y, 25: x >> y}[op]
                self.regs[r] = result & 0xFFFF
                self.pc += 3
            elif op == 8:
                x, y = self.val(a), self.val(b)
                self.flags = (x > y) - (x < y)
                self.pc += 3
            elif op == 9:
                self.pc = self.val(a)
            elif op in (10, 11, 12, 13):
                take = {10: self.flags == 0, 11: self.flags != 0, 12: self.flags < 0, 13: self.flags >= 0}[op]
                self.pc = self.val(a) if take else self.pc + 2
            elif op == 14:
                self.stack.append(self.pc + 2)
                self.pc = self.val(a)
            elif op == 15:
                self.pc = self.stack.pop()
            elif op == 16:
                self.stack.append(self.val(a))
                self.pc += 2
            elif op == 17:
                self.regs[self.reg(a)] = self.stack.pop()
                self.pc += 2
            elif op == 18:
                self.out.append(str(self.val(a)))
                self.pc += 2
            elif op == 19:
                self.out.append(chr(self.val(a)))
                self.pc += 2
            elif op == 20:
                self.regs[self.reg(a)] = self.mem[self.val(b)]
                self.pc += 3
            elif op == 21:
                self.mem[self.val(b)] = self.val(a)
                self.pc += 3
            elif op in (22, 23):
                r = self.reg(a)
                self.regs[r] = (self.regs[r] + (1 if op == 22 else -1)) & 0xFFFF
                self.pc += 2
            else:
                raise AsmError("bad opcode %d at %d" % (op, self.pc))
        return "step limit"
PRIMES = """
        LOAD r0, #2          ; candidate
next:   CMP r0, #60
        JGE done
        LOAD r1, #2          ; divisor
try:    MOV r2, r1
        MUL r2, r1
        CMP r2, r0
        JLT check
        JZ check
        JMP prime            ; divisor^2 > candidate
check:  MOV r3, r0
        MOD r3, r1
        CMP r3, #0
        JZ notprime
        INC r1
        JMP try
prime:  OUT r0
        OUTC #32
notprime: INC r0
        JMP next
done:   HALT
"""
FACT = """
        LOAD r0, #8
        CALL fact
        OUT r1
        OUTC #10
        HALT
fact:   CMP r0, #1
        JNZ recurse
        LOAD r1, #1
        RET
recurse: PUSH r0
        DEC r0
        CALL fact
        POP r0
        MUL r1, r0
        RET
"""
HELLO = """
        LOAD r0, #msg
loop:   LDM r1, r0
        CMP r1, #0
        JZ end
        OUTC r1
        INC r0
        JMP loop
end:    HALT
msg:    .string "Hello, toy CPU!"
"""
for name, src in [("primes", PRIMES), ("factorial", FACT), ("hello", HELLO)]:
    memory, labels = assemble(src)
    cpu = CPU(memory)
    status = cpu.run()
    print(name, status, cpu.steps, repr("".join(cpu.out)), sorted(labels.items())[:4])
for bad in ["FOO r1", "LOAD r1, #zz", "LOAD r1, nowhere", "LOAD #1, #2\nHALT", "LOAD r1, #0\nDIV r1, #0\nHALT"]:
    try:
        memory, labels = assemble(bad)
        print(CPU(memory).run())
    except (AsmError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
