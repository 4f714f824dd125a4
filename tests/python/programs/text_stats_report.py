# ruff: noqa
# a word-frequency and readability report over a small corpus: tokenizing with str methods,
# counting in dicts, sorting by count then word, n-grams with zip, sentence splitting, and a
# formatted table with aligned columns and a bar chart
CORPUS = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness. It was the
spring of hope, it was the winter of despair! We had everything before us; we had
nothing before us. Were we all going direct to Heaven? We were all going direct
the other way.
"""
PUNCT = ".,;!?"


def tokens(text):
    out = []
    for raw in text.split():
        word = raw.strip(PUNCT).lower()
        if word:
            out.append(word)
    return out


def sentences(text):
    flat = " ".join(text.split())
    result, current = [], []
    for ch in flat:
        current.append(ch)
        if ch in ".!?":
            result.append("".join(current).strip())
            current = []
    if "".join(current).strip():
        result.append("".join(current).strip())
    return result


words = tokens(CORPUS)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
print("%d words, %d distinct, %d sentences" % (len(words), len(freq), len(sentences(CORPUS))))
for word, n in top:
    print("%-*s %3d %s" % (width, word, n, "#" * n))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print([" ".join(k) + "=%d" % v for k, v in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]])
for s in sentences(CORPUS):
    ws = tokens(s)
    avg = sum(len(w) for w in ws) / len(ws)
    print("%3d words, avg %.2f, ends %r: %s..." % (len(ws), avg, s[-1], s[:30]))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, ", ".join(sorted(lengths[n])))
vowels = sum(ch in "aeiou" for ch in "".join(words))
print("vowel ratio %.3f" % (vowels / len("".join(words))), "longest", max(freq, key=lambda w: (len(w), w)))
caps = [w.strip(PUNCT) for w in CORPUS.split() if w[0].isupper()]
print(sorted(set(caps)), CORPUS.count("it was"), CORPUS.lower().count("it was"))
