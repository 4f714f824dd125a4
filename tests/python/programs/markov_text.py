# ruff: noqa
# text statistics and generation: word and character n-grams, a Markov chain text generator driven by a
# deterministic PRNG, Zipf-style rank table, bigram collocations, sentence splitting, readability score
CORPUS = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was
the season of Darkness, it was the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going direct the other way. In short,
the period was so far like the present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only."""
class Rng:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state ^= (self.state << 13) & 0xFFFFFFFF
        self.state ^= self.state >> 17
        self.state ^= (self.state << 5) & 0xFFFFFFFF
        return self.state
    def choice(self, seq):
        return seq[self.next() % len(seq)]
def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'()").lower()
        if w:
            out.append(w)
    return out
ws = words(CORPUS)
print(len(ws), len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (w, n) in enumerate(ranked[:10], 1):
    print("%2d %-8s %3d %6.2f" % (rank, w, n, rank * n / len(ws)))
def ngrams(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]
bigrams = {}
for bg in ngrams(ws, 2):
    bigrams[bg] = bigrams.get(bg, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
trigrams = {}
for tg in ngrams(ws, 3):
    trigrams[tg] = trigrams.get(tg, 0) + 1
print([" ".join(k) for k, v in sorted(trigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]])
chars = {}
for c in CORPUS.lower():
    if c.isalpha():
        chars[c] = chars.get(c, 0) + 1
print("".join(sorted(chars, key=lambda c: (-chars[c], c))))
char_bigrams = {}
letters = "".join(c for c in CORPUS.lower() if c.isalpha() or c == " ")
for i in range(len(letters) - 1):
    pair = letters[i:i + 2]
    if " " not in pair:
        char_bigrams[pair] = char_bigrams.get(pair, 0) + 1
print(sorted(char_bigrams, key=lambda p: (-char_bigrams[p], p))[:12])
chain = {}
for a, b, c in ngrams(ws, 3):
    chain.setdefault((a, b), []).append(c)
rng = Rng(2463534242)
def generate(start, length):
    state = start
    out = list(start)
    for _ in range(length):
        options = chain.get(state)
        if not options:
            break
        nxt = rng.choice(options)
        out.append(nxt)
        state = (state[1], nxt)
    return " ".join(out)
for start in [("it", "was"), ("we", "had"), ("the", "season"), ("in", "short")]:
    print(generate(start, 14))
def sentences(text):
    out, current = [], []
    for token in text.replace("\n", " ").split(" "):
        if not token:
            continue
        current.append(token)
        if token.endswith((".", "!", "?")):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out
def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        v = ch in vowels
        if v and not prev:
            count += 1
        prev = v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)
sents = sentences(CORPUS)
total_syll = sum(syllables(w) for w in ws)
flesch = 206.835 - 1.015 * (len(ws) / len(sents)) - 84.6 * (total_syll / len(ws))
print(len(sents), total_syll, "%.2f" % flesch)
longest = max(ws, key=lambda w: (len(w), w))
print(longest, syllables(longest), sorted({w for w in ws if len(w) > 9}))
vocab_growth = []
seen = set()
for i, w in enumerate(ws, 1):
    seen.add(w)
    if i % 20 == 0:
        vocab_growth.append(len(seen))
print(vocab_growth)
