# ruff: noqa
# text encodings by hand, checked against str.encode/bytes.decode: UTF-8 and UTF-16 encoders/decoders with
# surrogate pairs, percent-encoding of URLs and query strings, base64, quoted-printable, punycode-like
# bootstring digits, hex dumps
def utf8_encode(text):
    out = bytearray()
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += bytes([0xC0 | cp >> 6, 0x80 | cp & 0x3F])
        elif cp < 0x10000:
            out += bytes([0xE0 | cp >> 12, 0x80 | (cp >> 6) & 0x3F, 0x80 | cp & 0x3F])
        else:
            out += bytes([0xF0 | cp >> 18, 0x80 | (cp >> 12) & 0x3F, 0x80 | (cp >> 6) & 0x3F, 0x80 | cp & 0x3F])
    return bytes(out)
def utf8_decode(data):
    out = []
    i = 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            cp, n = b, 0
        elif b >> 5 == 0b110:
            cp, n = b & 0x1F, 1
        elif b >> 4 == 0b1110:
            cp, n = b & 0x0F, 2
        elif b >> 3 == 0b11110:
            cp, n = b & 0x07, 3
        else:
            raise ValueError("invalid start byte 0x%02x at %d" % (b, i))
        if i + n >= len(data) + (0 if n == 0 else 0) and n and i + n > len(data) - 1 + 1:
            raise ValueError("truncated sequence at %d" % i)
        for j in range(1, n + 1):
            if i + j >= len(data):
                raise ValueError("truncated sequence at %d" % i)
            c = data[i + j]
            if c >> 6 != 0b10:
                raise ValueError("invalid continuation byte at %d" % (i + j))
            cp = cp << 6 | c & 0x3F
        out.append(chr(cp))
        i += n + 1
    return "".join(out)
def utf16_encode(text):
    out = bytearray()
    for ch in text:
        cp = ord(ch)
        if cp >= 0x10000:
            cp -= 0x10000
            units = [0xD800 | cp >> 10, 0xDC00 | cp & 0x3FF]
        else:
            units = [cp]
        for u in units:
            out += u.to_bytes(2, "little")
    return bytes(out)
def utf16_decode(data):
    units = [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if 0xD800 <= u < 0xDC00:
            low = units[i + 1]
            out.append(chr(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)))
            i += 2
        else:
            out.append(chr(u))
            i += 1
    return "".join(out)
samples = ["hello", "caf\u00e9", "\u00fcber \u00e6\u00f8\u00e5", "\u20ac100", "\u65e5\u672c\u8a9e", "\U0001F600\U0001F680 ok",
           "\u0000\u007f\u0080\u07ff\u0800\uffff\U00010000\U0010ffff", ""]
for s in samples:
    e8, e16 = utf8_encode(s), utf16_encode(s)
    print(len(s), e8.hex(" ") if len(e8) < 20 else e8.hex()[:40], e8 == s.encode("utf-8"), e16 == s.encode("utf-16-le"),
          utf8_decode(e8) == s, utf16_decode(e16) == s)
for bad in [b"\xff", b"\xc3", b"\xe2\x82", b"\xc3\x28"]:
    try:
        utf8_decode(bad)
    except ValueError as e:
        print("ValueError:", e)
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print("   UnicodeDecodeError:", e.reason, e.start, e.end)
SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
def quote(text, safe="/"):
    return "".join(chr(b) if b in SAFE or chr(b) in safe else "%%%02X" % b for b in text.encode("utf-8"))
def unquote(text):
    out = bytearray()
    i = 0
    while i < len(text):
        if text[i] == "%" and i + 2 < len(text) + 1 and all(c in "0123456789abcdefABCDEF" for c in text[i + 1:i + 3]) and len(text[i + 1:i + 3]) == 2:
            out.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            out += text[i].encode("utf-8")
            i += 1
    return out.decode("utf-8", "replace")
def urlencode(params):
    return "&".join("%s=%s" % (quote(str(k), ""), quote(str(v), "").replace("%20", "+")) for k, v in params)
def parse_qs(query):
    out = {}
    for part in query.split("&"):
        if not part:
            continue
        k, _, v = part.partition("=")
        out.setdefault(unquote(k.replace("+", " ")), []).append(unquote(v.replace("+", " ")))
    return out
for s in ["/path/to file.txt", "a&b=c d", "\u00e9t\u00e9 \u2603", "100%", "~user/._-"]:
    q = quote(s)
    print(repr(s), q, unquote(q) == s)
qs = urlencode([("q", "python vm"), ("lang", "en"), ("x", "a&b=c"), ("q", "caf\u00e9")])
print(qs, parse_qs(qs), unquote("%zz%4"), unquote("%E2%98%83"))
def parse_url(url):
    scheme, _, rest = url.partition("://")
    netloc, slash, path = rest.partition("/")
    path = slash + path
    path, _, fragment = path.partition("#")
    path, _, query = path.partition("?")
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":")
    return {"scheme": scheme, "user": userinfo if at else None, "host": host, "port": int(port) if colon else None,
            "path": path or "/", "query": parse_qs(query), "fragment": fragment or None}
for url in ["https://user:pw@example.com:8080/a/b?x=1&y=two+words#frag", "http://host", "ftp://files.example.org/pub/?"]:
    print(parse_url(url))
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
def quoted_printable(text):
    out = []
    for b in text.encode("utf-8"):
        out.append(chr(b) if 33 <= b <= 126 and b != 61 else "=%02X" % b)
    return "".join(out)
for s in [b"", b"f", b"fo", b"foo", b"foobar", bytes(range(250, 256))]:
    print(s, b64encode(s))
print(quoted_printable("caf\u00e9 = tea!"))
def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%08x  %-*s  |%s|" % (off, width * 3 - 1, hexpart, text))
    return "\n".join(lines)
print(hexdump("Hello, \u4e16\u754c! \x00\x01\x7f end of dump".encode()))
