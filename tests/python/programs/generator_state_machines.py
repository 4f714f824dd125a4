# ruff: noqa
# generators as state machines: a tokenizer with pushback, a traffic light cycle, a protocol parser fed by send()
def tokenize(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("NUM", int(text[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield ("ID", text[i:j])
            i = j
        else:
            yield ("OP", c)
            i += 1
    yield ("EOF", None)
print(list(tokenize("x1 = foo_bar + 42*(y-7)")))
def traffic_light():
    states = [("green", 3), ("yellow", 1), ("red", 2)]
    while True:
        for name, duration in states:
            for _ in range(duration):
                yield name
light = traffic_light()
print([next(light) for _ in range(10)])
def line_protocol():
    """Receives chunks of text, yields complete lines."""
    buffer = ""
    lines = []
    while True:
        chunk = yield lines
        lines = []
        if chunk is None:
            if buffer:
                lines.append(buffer)
            return
        buffer += chunk
        while "\n" in buffer:
            line, buffer = buffer.split("\n", 1)
            lines.append(line)
parser = line_protocol()
next(parser)
for chunk in ["hel", "lo\nwor", "ld\n\npartial", " end"]:
    print(repr(chunk), "->", parser.send(chunk))
try:
    parser.send(None)
except StopIteration:
    print("parser finished")
def vending():
    credit = 0
    while True:
        action = yield credit
        if action == "coin":
            credit += 25
        elif action == "buy" and credit >= 50:
            credit -= 50
            print("dispensed")
        elif action == "refund":
            print("refunded", credit)
            credit = 0
v = vending()
next(v)
print([v.send(a) for a in ["coin", "coin", "coin", "buy", "refund", "buy"]])
