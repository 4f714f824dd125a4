"""Twin of Json.som: generates a JSON text of records from a pseudo-random sequence, then parses
it again and again into value objects and checks the result."""

import sys


class JsonValue:
    def size(self) -> int:
        return 1


class JsonObject(JsonValue):
    def __init__(self) -> None:
        self.names: list = []
        self.values: list = []

    def add(self, name: str, value: JsonValue) -> None:
        self.names.append(name)
        self.values.append(value)

    def checksum(self) -> int:
        total = 0
        for i in range(len(self.names)):
            total = total + len(self.names[i]) * (i + 1) + self.values[i].checksum()
        return total % 1000000007

    def size(self) -> int:
        count = 1
        for each in self.values:
            count = count + each.size()
        return count


class JsonArray(JsonValue):
    def __init__(self) -> None:
        self.items: list = []

    def add(self, value: JsonValue) -> None:
        self.items.append(value)

    def checksum(self) -> int:
        total = 0
        for item in self.items:
            total = (total * 31 + item.checksum()) % 1000000007
        return total

    def size(self) -> int:
        count = 1
        for each in self.items:
            count = count + each.size()
        return count


class JsonString(JsonValue):
    def __init__(self, value: str) -> None:
        self.value = value

    def checksum(self) -> int:
        return len(self.value) + 7


class JsonNumber(JsonValue):
    def __init__(self, value: int) -> None:
        self.value = value

    def checksum(self) -> int:
        return self.value % 1000003


class JsonLiteral(JsonValue):
    def __init__(self, code: int) -> None:
        self.code = code

    def checksum(self) -> int:
        return self.code


class JsonError(Exception):
    pass


class JsonParser:
    """Recursive descent over JSON-shaped text (objects, arrays, strings with backslash escapes,
    integers, true, false, null)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = 0
        self.length = len(text)
        self.true_value = JsonLiteral(1)
        self.false_value = JsonLiteral(2)
        self.null_value = JsonLiteral(3)

    def parse(self) -> JsonValue:
        value = self.read_value()
        self.skip_white_space()
        if self.index < self.length:
            self.fail("unexpected text after the value")
        return value

    def current(self) -> str:
        return self.text[self.index]

    def skip_white_space(self) -> None:
        while self.index < self.length and self.text[self.index].isspace():
            self.index = self.index + 1

    def expect(self, char: str) -> None:
        self.skip_white_space()
        if not (self.index < self.length and self.current() == char):
            self.fail("expected " + char)
        self.index = self.index + 1

    def read_value(self) -> JsonValue:
        self.skip_white_space()
        if self.index >= self.length:
            self.fail("unexpected end")
        c = self.current()
        if c == "{":
            return self.read_object()
        if c == "[":
            return self.read_array()
        if c == '"':
            return JsonString(self.read_string())
        if c == "-" or c.isdigit():
            return self.read_number()
        if c == "t":
            self.read_word("true")
            return self.true_value
        if c == "f":
            self.read_word("false")
            return self.false_value
        if c == "n":
            self.read_word("null")
            return self.null_value
        self.fail("unexpected " + c)

    def read_object(self) -> JsonObject:
        obj = JsonObject()
        self.index = self.index + 1
        self.skip_white_space()
        if self.current() == "}":
            self.index = self.index + 1
            return obj
        while True:
            self.skip_white_space()
            if self.current() != '"':
                self.fail("expected a member name")
            name = self.read_string()
            self.expect(":")
            obj.add(name, self.read_value())
            self.skip_white_space()
            if self.current() != ",":
                break
            self.index = self.index + 1
        self.expect("}")
        return obj

    def read_array(self) -> JsonArray:
        array = JsonArray()
        self.index = self.index + 1
        self.skip_white_space()
        if self.current() == "]":
            self.index = self.index + 1
            return array
        while True:
            array.add(self.read_value())
            self.skip_white_space()
            if self.current() != ",":
                break
            self.index = self.index + 1
        self.expect("]")
        return array

    def read_string(self) -> str:
        self.index = self.index + 1
        result = ""
        start = self.index
        while True:
            if self.index >= self.length:
                self.fail("unterminated string")
            c = self.current()
            if c == '"':
                break
            if c == "\\":
                result = result + self.text[start:self.index] + self.escaped(self.text[self.index + 1])
                self.index = self.index + 2
                start = self.index
            else:
                self.index = self.index + 1
        result = result + self.text[start:self.index]
        self.index = self.index + 1
        return result

    def escaped(self, c: str) -> str:
        if c == "n":
            return "\n"
        if c == "t":
            return "\t"
        if c == '"' or c == "\\":
            return c
        self.fail("unknown escape \\" + c)

    def read_number(self) -> JsonNumber:
        negative = self.current() == "-"
        if negative:
            self.index = self.index + 1
        value = 0
        while self.index < self.length and self.current().isdigit():
            value = value * 10 + int(self.current())
            self.index = self.index + 1
        if negative:
            value = 0 - value
        return JsonNumber(value)

    def read_word(self, word: str) -> None:
        if self.text[self.index:self.index + len(word)] != word:
            self.fail("expected " + word)
        self.index = self.index + len(word)

    def fail(self, message: str):
        raise JsonError(f"JSON: {message} at index {self.index + 1}")


class Generator:
    def __init__(self, seed: int) -> None:
        self.seed = seed

    def next(self, limit: int) -> int:
        """Park-Miller pseudo-random numbers in 0 .. limit - 1."""
        self.seed = self.seed * 16807 % 2147483647
        return self.seed % limit

    def word(self) -> str:
        letters = "abcdefghijklmnopqrstuvwxyz"
        result = ""
        for _ in range(self.next(8) + 1):
            i = self.next(26)
            result = result + letters[i]
        if self.next(10) == 0:
            result = result + '\\"q\\n'
        return '"' + result + '"'

    def record(self, ident: int) -> str:
        tags = [self.word() for _ in range(self.next(4))]
        name = self.word()
        score = self.next(2001) - 1000
        active = "true" if self.next(2) == 0 else "false"
        depth = self.next(5)
        small = self.next(100)
        large = self.next(100000)
        return (f'{{"id": {ident}, "name": {name}, "tags": [{", ".join(tags)}], "score": {score}, '
                f'"active": {active}, "parent": null, "nested": {{"depth": {depth}, '
                f'"items": [{small}, {large}, []]}}}}')

    def join(self, pieces: list, lo: int, hi: int) -> str:
        """Joins pieces lo .. hi with separators, halving the range (as the SOM version does)."""
        if lo == hi:
            return pieces[lo]
        middle = (lo + hi) // 2
        return self.join(pieces, lo, middle) + ",\n " + self.join(pieces, middle + 1, hi)

    def generate(self, count: int) -> str:
        records = [self.record(i) for i in range(1, count + 1)]
        return "[" + self.join(records, 0, count - 1) + "]"


def main(rounds: int) -> None:
    text = Generator(42).generate(400)
    checksum = 0
    value = None
    for _ in range(rounds):
        value = JsonParser(text).parse()
        checksum = (checksum + value.checksum()) % 1000000007
    print(f"Json: rounds={rounds} length={len(text)} values={value.size()} checksum={checksum}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
