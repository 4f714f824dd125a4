# ruff: noqa
# a Befunge-93 interpreter: a 2D torus playfield, instruction pointer with directions, stack operations,
# string mode, bridges, conditional branches, self-modifying code with g/p, deterministic "random" direction
class Befunge:
    def __init__(self, source, seed=1):
        lines = source.split("\n")
        self.width = 80
        self.height = 25
        self.grid = [[" "] * self.width for _ in range(self.height)]
        for y, line in enumerate(lines[:self.height]):
            for x, ch in enumerate(line[:self.width]):
                self.grid[y][x] = ch
        self.stack = []
        self.x = self.y = 0
        self.dx, self.dy = 1, 0
        self.string_mode = False
        self.out = []
        self.seed = seed
        self.steps = 0
        self.inputs = []
    def pop(self):
        return self.stack.pop() if self.stack else 0
    def move(self):
        self.x = (self.x + self.dx) % self.width
        self.y = (self.y + self.dy) % self.height
    def rand(self):
        self.seed = (self.seed * 1103515245 + 12345) % 2 ** 31
        return self.seed >> 16
    def run(self, limit=200000):
        while self.steps < limit:
            self.steps += 1
            ch = self.grid[self.y][self.x]
            if self.string_mode:
                if ch == '"':
                    self.string_mode = False
                else:
                    self.stack.append(ord(ch))
            elif ch == "@":
                return "".join(self.out)
            else:
                self.execute(ch)
            self.move()
        return "".join(self.out) + "<limit>"
    def execute(self, ch):
        if ch.isdigit():
            self.stack.append(int(ch))
        elif ch in "+-*/%":
            b, a = self.pop(), self.pop()
            if ch == "+":
                self.stack.append(a + b)
            elif ch == "-":
                self.stack.append(a - b)
            elif ch == "*":
                self.stack.append(a * b)
            elif ch == "/":
                self.stack.append(int(a / b) if b else 0)
            else:
                self.stack.append(a - b * int(a / b) if b else 0)
        elif ch == "!":
            self.stack.append(int(not self.pop()))
        elif ch == "`":
            b, a = self.pop(), self.pop()
            self.stack.append(int(a > b))
        elif ch in "><^v":
            self.dx, self.dy = {">": (1, 0), "<": (-1, 0), "^": (0, -1), "v": (0, 1)}[ch]
        elif ch == "?":
            self.dx, self.dy = [(1, 0), (-1, 0), (0, -1), (0, 1)][self.rand() % 4]
        elif ch == "_":
            self.dx, self.dy = (-1, 0) if self.pop() else (1, 0)
        elif ch == "|":
            self.dx, self.dy = (0, -1) if self.pop() else (0, 1)
        elif ch == '"':
            self.string_mode = True
        elif ch == ":":
            v = self.pop()
            self.stack += [v, v]
        elif ch == "\\":
            b, a = self.pop(), self.pop()
            self.stack += [b, a]
        elif ch == "$":
            self.pop()
        elif ch == ".":
            self.out.append("%d " % self.pop())
        elif ch == ",":
            self.out.append(chr(self.pop()))
        elif ch == "#":
            self.move()
        elif ch == "g":
            y, x = self.pop(), self.pop()
            self.stack.append(ord(self.grid[y][x]) if 0 <= x < self.width and 0 <= y < self.height else 0)
        elif ch == "p":
            y, x, v = self.pop(), self.pop(), self.pop()
            if 0 <= x < self.width and 0 <= y < self.height:
                self.grid[y][x] = chr(v)
        elif ch == "&":
            self.stack.append(self.inputs.pop(0) if self.inputs else 0)
        elif ch != " ":
            raise ValueError("unknown instruction %r at (%d, %d)" % (ch, self.x, self.y))
PROGRAMS = {
    "hello": '"!dlroW ,olleH">:#,_@',
    "count": '1>:.:9`#@_1+',
    "factorial": '5 >:1-:v v *_$.@\n  ^    _$>\\:^',
    "fizz": '55*4*1+0>1+:3%!#v_:5%!#v_:.v\n         ^                  <\n         ^          <"Fizz"<\n',
    "selfmod": '"X"55*1p 55*1g,@',
    "random": '88*>?v\n   >>#$:#, _@\n   ^ <',
    "bad": '1 2 z@',
    "loop": '>v\n^<',
}
for name, src in PROGRAMS.items():
    vm = Befunge(src)
    try:
        out = vm.run(limit=5000)
        print("%-9s %r steps=%d stack=%s" % (name, out[:60], vm.steps, vm.stack[-5:]))
    except ValueError as e:
        print("%-9s error: %s" % (name, e))
quine_like = '0"!ereht olleH">:#,_@'
print(Befunge(quine_like).run())
vm = Befunge("&&+.@")
vm.inputs = [19, 23]
print(vm.run())
