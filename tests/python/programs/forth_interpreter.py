# ruff: noqa
# a Forth-like stack language: numbers, arithmetic, stack words, user definitions, conditionals, loops
class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.output = []
    def pop(self):
        if not self.stack:
            raise IndexError("stack underflow")
        return self.stack.pop()
    def run(self, text):
        self.execute(text.lower().split())
    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                self.words[tokens[i + 1]] = tokens[i + 2:end]
                i = end + 1
                continue
            if tok == "if":
                depth, j, else_at = 0, i + 1, None
                while True:
                    if tokens[j] == "if":
                        depth += 1
                    elif tokens[j] == "else" and depth == 0:
                        else_at = j
                    elif tokens[j] == "then":
                        if depth == 0:
                            break
                        depth -= 1
                    j += 1
                cond = self.pop()
                if cond:
                    self.execute(tokens[i + 1:else_at if else_at is not None else j])
                elif else_at is not None:
                    self.execute(tokens[else_at + 1:j])
                i = j + 1
                continue
            if tok == "times":
                count = self.pop()
                body = self.words[tokens[i + 1]]
                for _ in range(count):
                    self.execute(body)
                i += 2
                continue
            if tok in self.words:
                self.execute(self.words[tok])
            elif tok.lstrip("-").isdigit():
                self.stack.append(int(tok))
            elif tok in ("+", "-", "*", "/", "mod", "<", ">", "="):
                b, a = self.pop(), self.pop()
                self.stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else 0, "mod": a % b if b else 0,
                                   "<": int(a < b), ">": int(a > b), "=": int(a == b)}[tok])
            elif tok == "dup":
                self.stack.append(self.stack[-1])
            elif tok == "drop":
                self.pop()
            elif tok == "swap":
                self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
            elif tok == "over":
                self.stack.append(self.stack[-2])
            elif tok == ".":
                self.output.append(str(self.pop()))
            else:
                raise NameError("unknown word " + tok)
            i += 1
f = Forth()
f.run(": square dup * ; : cube dup square * ; 3 square . 4 cube . 2 3 + 4 * .")
f.run(": abs dup 0 < if -1 * then ; -7 abs . 5 abs .")
f.run(": sign dup 0 > if drop 1 else 0 < if -1 else 0 then then ; 9 sign . -3 sign . 0 sign .")
f.run(": inc 1 + ; 0 10 times inc .")
f.run("1 2 swap . . 7 8 over . . .")
print(" ".join(f.output), f.stack)
for bad in ["drop", "1 frob"]:
    try:
        Forth().run(bad)
    except (IndexError, NameError) as e:
        print(type(e).__name__, e)
