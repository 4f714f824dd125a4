# ruff: noqa
# parsers for CSV (quoted fields, doubled quotes, embedded separators and newlines) and INI (sections, comments)
def parse_csv(text, sep=","):
    rows, row, field, i, quoted = [], [], [], 0, False
    while i < len(text):
        c = text[i]
        if quoted:
            if c == '"':
                if text[i + 1:i + 2] == '"':
                    field.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                field.append(c)
        elif c == '"':
            quoted = True
        elif c == sep:
            row.append("".join(field))
            field = []
        elif c == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(c)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows
data = 'name,quote,n\nAda,"Hello, world",1\nBob,"He said ""hi""",2\n"Multi\nline",x,3\nEmpty,,'
for r in parse_csv(data):
    print(r)
print(parse_csv("a;b;c\n1;2;3", sep=";"), parse_csv(""), parse_csv('"only"'))
def parse_ini(text):
    sections, current = {}, None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].split(";", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line:
            if current is None:
                raise ValueError("line %d: key outside a section" % lineno)
            key, value = (part.strip() for part in line.split("=", 1))
            current[key.lower()] = value
        else:
            raise ValueError("line %d: cannot parse %r" % (lineno, raw))
    return sections
ini = """
# comment
[server]
Host = example.com
port= 8080 ; inline comment
[client]
retries = 3
name = a = b
"""
print(parse_ini(ini))
for bad in ["key=1", "[s]\nnonsense"]:
    try:
        parse_ini(bad)
    except ValueError as e:
        print("ValueError:", e)
