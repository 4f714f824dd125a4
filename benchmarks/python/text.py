"""Text workload: generate a pseudo-random document from a small vocabulary, then count words in a
dict, build lines and a report with str methods, joins, f-strings and slicing. Dict- and str-heavy.
Prints counts and a checksum of the report."""

import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "dan", "or", "is", "ul", "em"]


class Random:
    """A linear congruential generator (the same numbers on every Python)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        parts = []
        for _ in range(1 + rng.next(3)):
            parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
        word = "".join(parts)
        if word not in seen:
            seen[word] = True
            words.append(word)
    return words


def make_document(rng, words, lines, per_line):
    out = []
    for n in range(lines):
        line = []
        for i in range(per_line):
            word = words[rng.next(len(words))]
            if i == 0:
                word = word.capitalize()
            line.append(word)
        sentence = " ".join(line)
        if n % 7 == 0:
            sentence = sentence + ", " + words[n % len(words)].upper()
        out.append(sentence + ".")
    return "\n".join(out)


def count_words(document):
    counts = {}
    for line in document.split("\n"):
        for raw in line.split():
            word = raw.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def bigrams(document):
    pairs = {}
    for line in document.splitlines():
        words = line.lower().replace(",", "").replace(".", "").split(" ")
        for i in range(len(words) - 1):
            key = words[i] + "_" + words[i + 1]
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
    return pairs


def report(counts, limit):
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    rows = []
    for word, count in ranked[:limit]:
        rows.append(f"{word:<12}|{count:>6}|{word[::-1]}|{word.startswith('ka')}")
    return "\n".join(rows)


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def main(rounds):
    rng = Random(2024)
    words = make_vocabulary(rng, 400)
    total = 0
    distinct = 0
    digest = 0
    for _ in range(rounds):
        document = make_document(rng, words, 400, 12)
        counts = count_words(document)
        pairs = bigrams(document)
        text = report(counts, 50) + report(pairs, 20)
        total += sum(counts.values())
        distinct += len(pairs)
        digest = (digest * 7 + checksum(text)) & 0xFFFFFFFF
    print("text: rounds=%d words=%d bigrams=%d digest=%d" % (rounds, total, distinct, digest))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
