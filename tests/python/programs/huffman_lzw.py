# ruff: noqa
# compression algorithms: Huffman coding (codes, encoding, decoding) and LZW (dictionary growth, round trip)
def huffman_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort()
        a = nodes.pop(0)
        b = nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, str):
            codes[payload] = prefix or "0"
        else:
            walk(payload[0], prefix + "0")
            walk(payload[1], prefix + "1")
    walk(nodes[0], "")
    return codes
text = "abracadabra alakazam"
codes = huffman_codes(text)
encoded = "".join(codes[c] for c in text)
print(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])), len(encoded), len(text) * 8)
reverse = {v: k for k, v in codes.items()}
decoded, buf = [], ""
for bit in encoded:
    buf += bit
    if buf in reverse:
        decoded.append(reverse[buf])
        buf = ""
print("".join(decoded) == text)
def lzw_compress(data):
    table = {chr(i): i for i in range(256)}
    w, out = "", []
    for c in data:
        if w + c in table:
            w += c
        else:
            out.append(table[w])
            table[w + c] = len(table)
            w = c
    if w:
        out.append(table[w])
    return out
def lzw_decompress(codes):
    table = {i: chr(i) for i in range(256)}
    w = table[codes[0]]
    out = [w]
    for code in codes[1:]:
        entry = table[code] if code in table else w + w[0]
        out.append(entry)
        table[len(table)] = w + entry[0]
        w = entry
    return "".join(out)
sample = "TOBEORNOTTOBEORTOBEORNOT" * 3
compressed = lzw_compress(sample)
print(compressed[:12], len(compressed), len(sample), lzw_decompress(compressed) == sample)
