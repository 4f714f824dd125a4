"""Class-heavy workload: many small objects (2-D vectors with operator methods), a shape hierarchy
with inheritance, super() calls, properties with setters, class attributes, isinstance, __eq__ and
__hash__ used as dict keys. Prints totals."""

import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Shape:
    def __init__(self, origin):
        self.origin = origin

    def area(self):
        return 0

    def moved(self, delta):
        raise NotImplementedError

    def describe(self):
        return self.kind + str(self.area())


class Rect(Shape):
    kind = "rect"

    def __init__(self, origin, w, h):
        super().__init__(origin)
        self._w = w
        self.h = h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        self._w = value if value > 0 else 1

    def area(self):
        return self.w * self.h

    def moved(self, delta):
        return Rect(self.origin + delta, self.w, self.h)


class Square(Rect):
    kind = "square"

    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    def area(self):
        return self.w * self.w


class Circle(Shape):
    kind = "circle"

    def __init__(self, origin, r):
        Shape.__init__(self, origin)
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def moved(self, delta):
        return Circle(self.origin + delta, self.r)


class Counter:
    def __init__(self):
        self.hits = {}

    def add(self, key):
        self.hits[key] = self.hits.get(key, 0) + 1


def make_shapes(n):
    shapes = []
    for i in range(n):
        origin = Vec(i % 17, i % 5)
        kind = i % 3
        if kind == 0:
            shapes.append(Rect(origin, 1 + i % 4, 2 + i % 3))
        elif kind == 1:
            shapes.append(Square(origin, 1 + i % 6))
        else:
            shapes.append(Circle(origin, 1 + i % 5))
    return shapes


def simulate(shapes, steps):
    delta = Vec(1, -1)
    counter = Counter()
    total_area = 0
    for step in range(steps):
        moved = []
        for shape in shapes:
            shape = shape.moved(delta)
            if isinstance(shape, Rect):
                shape.w = shape.w + (step % 3) - 1
            total_area += shape.area()
            counter.add(shape.origin * 0 + Vec(shape.origin.x % 4, shape.origin.y % 4))
            moved.append(shape)
        shapes = moved
    acc = Vec(0, 0)
    for shape in shapes:
        acc = acc + shape.origin - delta
    return total_area, acc.norm1 + acc.dot(delta), len(counter.hits), shapes[7].describe()


def main(steps):
    shapes = make_shapes(300)
    area, position, buckets, description = simulate(shapes, steps)
    print("classes: steps=%d area=%d position=%d buckets=%d last=%s"
          % (steps, area, position, buckets, description))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
