class Point:
    def __init__(self, x):
        self.x = x


def entry_point(argv):
    p = Point(1)
    print(p.y)  # error: attribute 'y' of class Point is read but never assigned anywhere
    return 0
