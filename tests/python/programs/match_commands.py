# ruff: noqa
# match as a command interpreter: sequence patterns with captures and literals, or-patterns, guards, mapping events
inventory = []
position = [0, 0]
def execute(line):
    match line.split():
        case []:
            return "nothing to do"
        case ["look"]:
            return "you are at %d,%d carrying %s" % (position[0], position[1], inventory or "nothing")
        case ["go", ("n" | "s" | "e" | "w") as d]:
            dx, dy = {"n": (0, 1), "s": (0, -1), "e": (1, 0), "w": (-1, 0)}[d]
            position[0] += dx
            position[1] += dy
            return "moved " + d
        case ["go", other]:
            return "cannot go " + other
        case ["take", item] if item not in inventory:
            inventory.append(item)
            return "took " + item
        case ["take", item]:
            return "already have " + item
        case ["drop", *items] if items:
            dropped = [i for i in items if i in inventory]
            for i in dropped:
                inventory.remove(i)
            return "dropped %s" % dropped
        case ["say", *words]:
            return " ".join(words).upper()
        case [verb, *_]:
            return "unknown verb " + verb
for cmd in ["", "look", "go n", "go e", "go up", "take lamp", "take lamp", "take key", "drop lamp sword",
            "say hello there", "dance wildly", "look"]:
    print(repr(cmd), "->", execute(cmd))
def handle(event):
    match event:
        case {"kind": "move", "to": [x, y]}:
            return "move to %d,%d" % (x, y)
        case {"kind": "key", "code": int(code)} if 48 <= code <= 57:
            return "digit " + chr(code)
        case {"kind": "key", "code": int(code)}:
            return "key %d" % code
        case {"kind": str(kind), **rest}:
            return "other %s %s" % (kind, sorted(rest))
        case _:
            return "invalid"
for e in [{"kind": "move", "to": [3, 4]}, {"kind": "key", "code": 55}, {"kind": "key", "code": 13},
          {"kind": "resize", "w": 1, "h": 2}, {"kind": 5}, "junk", {"kind": "move", "to": (1, 2, 3)}]:
    print(handle(e))
