class Shape:
    pass


class Square(Shape):
    def area(self):
        return 4


def make(n):
    if n > 1:
        return Square()
    return Shape()


def entry_point(argv):
    s = make(len(argv))
    print(s.area())  # error: method 'area' is not defined for instances of Shape
    return 0
