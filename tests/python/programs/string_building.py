# ruff: noqa
# building strings: join vs concatenation, tables with padding, wrapping text by hand, indentation, templates
rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
print("+".join("-" * (w + 2) for w in widths))
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = current + " " + word if current else word
    if current:
        lines.append(current)
    return lines
text = "The quick brown fox jumps over the lazy dog and keeps running through the forest until nightfall."
for line in wrap(text, 24):
    print("|" + line.center(26) + "|")
def indent(block, prefix):
    return "\n".join(prefix + line if line.strip() else line for line in block.splitlines())
print(indent("def f():\n    return 1\n\nprint(f())", ">>> "))
template = "Dear {name}, your order #{order:05d} of {count} item{plural} ships on {day}."
for name, order, count in [("Ann", 42, 1), ("Bob", 7, 3)]:
    print(template.format(name=name, order=order, count=count, plural="" if count == 1 else "s", day="Monday"))
parts = []
for i in range(5):
    parts.append("%d^2=%d" % (i, i * i))
print(", ".join(parts), "".join(reversed("stressed")), "-" * 20)
s = ""
for ch in "abc":
    s += ch.upper() + ch
print(s, s.count("A"), s * 2, s[::2])
print("\n".join(f"{i:>2}: {'#' * i}" for i in range(1, 6)))
