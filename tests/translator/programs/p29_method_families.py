"""Method families: calls through a base class reach every override; default arguments in methods."""


class Shape:
    def area(self):
        return 0.0

    def scaled(self, factor=2):
        return self.area() * factor

    def name(self):
        return "shape"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return float(self.side * self.side)

    def name(self):
        return "square"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


def entry_point(argv):
    shapes = [Square(2), Circle(1), Shape(), Square(3)]
    for s in shapes:
        print(s.name(), s.area(), s.scaled(), s.scaled(10))
    total = 0.0
    for s in shapes:
        total += s.area()
    print(total)
    return 0
