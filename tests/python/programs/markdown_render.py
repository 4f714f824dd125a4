# ruff: noqa
# a small Markdown-to-HTML converter: headings, paragraphs, emphasis, code spans, links, nested lists,
# block quotes, fenced code blocks, horizontal rules, HTML escaping, reference-style links
def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
def inline(text, refs):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in "\\`*_[]()#":
            out.append(escape(text[i + 1]))
            i += 2
        elif ch == "`":
            end = text.find("`", i + 1)
            if end == -1:
                out.append("`")
                i += 1
            else:
                out.append("<code>%s</code>" % escape(text[i + 1:end]))
                i = end + 1
        elif text.startswith("**", i) or text.startswith("__", i):
            marker = text[i:i + 2]
            end = text.find(marker, i + 2)
            if end == -1:
                out.append(escape(marker))
                i += 2
            else:
                out.append("<strong>%s</strong>" % inline(text[i + 2:end], refs))
                i = end + 2
        elif ch in "*_":
            end = text.find(ch, i + 1)
            if end == -1 or end == i + 1:
                out.append(ch)
                i += 1
            else:
                out.append("<em>%s</em>" % inline(text[i + 1:end], refs))
                i = end + 1
        elif ch == "[":
            close = text.find("]", i)
            if close != -1 and close + 1 < len(text) and text[close + 1] == "(":
                end = text.find(")", close)
                label, url = text[i + 1:close], text[close + 2:end]
                out.append('<a href="%s">%s</a>' % (escape(url), inline(label, refs)))
                i = end + 1
            elif close != -1 and close + 1 < len(text) and text[close + 1] == "[":
                end = text.find("]", close + 1)
                label = text[i + 1:close]
                key = (text[close + 2:end] or label).lower()
                if key in refs:
                    out.append('<a href="%s">%s</a>' % (escape(refs[key]), inline(label, refs)))
                else:
                    out.append(escape(text[i:end + 1]))
                i = end + 1
            else:
                out.append("[")
                i += 1
        else:
            out.append(escape(ch))
            i += 1
    return "".join(out)
def render(source):
    lines = source.split("\n")
    refs = {}
    body = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and "]:" in stripped:
            key, _, url = stripped[1:].partition("]:")
            refs[key.lower()] = url.strip()
        else:
            body.append(line)
    html = []
    para = []
    list_stack = []
    i = 0
    def flush_para():
        if para:
            html.append("<p>%s</p>" % inline(" ".join(para), refs))
            para.clear()
    def close_lists(depth=0):
        while len(list_stack) > depth:
            html.append("</li></%s>" % list_stack.pop())
    while i < len(body):
        line = body[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            flush_para()
            close_lists()
            lang = stripped[3:]
            code = []
            i += 1
            while i < len(body) and not body[i].strip().startswith("```"):
                code.append(body[i])
                i += 1
            cls = ' class="language-%s"' % lang if lang else ""
            html.append("<pre><code%s>%s</code></pre>" % (cls, escape("\n".join(code))))
            i += 1
            continue
        if not stripped:
            flush_para()
            close_lists()
            i += 1
            continue
        if stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            if level <= 6 and stripped[level:level + 1] == " ":
                flush_para()
                close_lists()
                html.append("<h%d>%s</h%d>" % (level, inline(stripped[level + 1:].rstrip("# "), refs), level))
                i += 1
                continue
        if stripped in ("---", "***", "___"):
            flush_para()
            close_lists()
            html.append("<hr/>")
            i += 1
            continue
        if stripped.startswith(">"):
            flush_para()
            close_lists()
            quote = []
            while i < len(body) and body[i].strip().startswith(">"):
                quote.append(body[i].strip()[1:].lstrip())
                i += 1
            html.append("<blockquote>%s</blockquote>" % render("\n".join(quote)))
            continue
        indent = len(line) - len(line.lstrip())
        item = None
        if stripped[:2] in ("- ", "* ", "+ "):
            item, kind = stripped[2:], "ul"
        elif stripped.split(". ", 1)[0].isdigit() and ". " in stripped:
            item, kind = stripped.split(". ", 1)[1], "ol"
        if item is not None:
            flush_para()
            depth = indent // 2 + 1
            if len(list_stack) < depth:
                while len(list_stack) < depth:
                    html.append("<%s><li>" % kind)
                    list_stack.append(kind)
            else:
                close_lists(depth)
                html.append("</li><li>")
            html.append(inline(item, refs))
            i += 1
            continue
        close_lists()
        para.append(stripped)
        i += 1
    flush_para()
    close_lists()
    return "\n".join(html)
doc = """# Title with *emphasis*

Some **bold** text, some _italic_, a `code <span>` and a [link](http://example.com/?a=1&b=2).
This line continues the paragraph & has <html> escaped.

## Lists

- first item
- second with **bold**
  - nested one
  - nested two
- third

1. one
2. two
3. three

> quoted *text*
> more quote

```python
def f(x):
    return x < 1 and "a" or 'b'
```

---

Reference [docs][ref] and [Ref] and [missing][nope] and escaped \\*stars\\*.
Unclosed *emphasis and ` backtick.

[ref]: https://docs.example.org/page
### Trailing hashes ###
####### not a heading
"""
print(render(doc))
print(render("plain"), render(""), render("# h1\n## h2\ntext"), sep="|")
