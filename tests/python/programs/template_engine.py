# ruff: noqa
# a small template engine: $name and ${name} substitution with $$ escapes, {% for %} loops and {% if %} blocks
class Template:
    def __init__(self, text):
        self.text = text
    def substitute(self, mapping, safe=False):
        out, i, t = [], 0, self.text
        while i < len(t):
            c = t[i]
            if c != "$":
                out.append(c)
                i += 1
                continue
            if t[i + 1:i + 2] == "$":
                out.append("$")
                i += 2
                continue
            if t[i + 1:i + 2] == "{":
                end = t.index("}", i)
                name = t[i + 2:end]
                i = end + 1
            else:
                j = i + 1
                while j < len(t) and (t[j].isalnum() or t[j] == "_"):
                    j += 1
                name = t[i + 1:j]
                i = j
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append("${%s}" % name)
            else:
                raise KeyError(name)
        return "".join(out)
t = Template("Hello $who, you owe $$${amount} (${who}s account) ${missing}")
print(t.substitute({"who": "Sam", "amount": 42, "missing": "-"}))
print(t.substitute({"who": "Ann"}, safe=True))
try:
    t.substitute({})
except KeyError as e:
    print("KeyError:", e)
def render(template, context):
    out = []
    pos = 0
    while True:
        start = template.find("{%", pos)
        if start < 0:
            out.append(Template(template[pos:]).substitute(context))
            return "".join(out)
        out.append(Template(template[pos:start]).substitute(context))
        end = template.index("%}", start)
        tag = template[start + 2:end].split()
        close = "{% end" + tag[0] + " %}"
        body_end = template.index(close, end)
        body = template[end + 2:body_end]
        if tag[0] == "for":
            var, seq = tag[1], context[tag[3]]
            for item in seq:
                out.append(render(body, dict(context, **{var: item})))
        elif tag[0] == "if":
            if context.get(tag[1]):
                out.append(render(body, context))
        pos = body_end + len(close)
page = "<h1>$title</h1>{% for item in items %}<li>$item</li>{% endfor %}{% if footer %}<p>$footer</p>{% endif %}"
print(render(page, {"title": "List", "items": ["a", "b", "c"], "footer": "end"}))
print(render(page, {"title": "Empty", "items": [], "footer": ""}))
