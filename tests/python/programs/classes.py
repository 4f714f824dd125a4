# ruff: noqa
# classes: inheritance, super, special methods, class attributes, properties, static/class methods
class Vector:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __bool__(self):
        return self.x != 0 or self.y != 0

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @staticmethod
    def origin():
        return Vector(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 1)


v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, len(v), list(v), v[1], v.norm2)
print(v == Vector(4, 6), v != Vector(4, 6), bool(Vector.origin()), Vector.unit())
print(Vector.dims, v.dims, isinstance(v, Vector), type(v).__name__)


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return "%s says %s" % (self.name, self.speak())

    def __str__(self):
        return "Animal(" + self.name + ")"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return "Woof"


class Puppy(Dog):
    def speak(self):
        return super().speak().lower() + "!"


for a in [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug")]:
    print(a.describe(), str(a), isinstance(a, Dog), issubclass(type(a), Animal))
print(Puppy.__mro__ if False else [c.__name__ for c in Puppy.__mro__])


class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        return self

    def pop(self):
        return self.items.pop()

    def __contains__(self, item):
        return item in self.items

    def __lt__(self, other):
        return len(self.items) < len(other.items)


s = Stack().push(1).push(2).push(3)
print(s.pop(), 1 in s, 3 in s, Stack() < s, sorted([s, Stack()], key=lambda t: len(t.items))[0].items)
print(hasattr(s, "items"), getattr(s, "missing", "default"))
setattr(s, "extra", 42)
print(s.extra, s.__dict__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for _ in range(3):
    Counter()
print(Counter.count)
