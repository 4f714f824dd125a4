class Cat:
    pass


class Car:
    pass


def entry_point(argv):
    things = [Cat()]
    things.append(Car())  # error: a list cannot hold both instance of Cat and instance of Car
    print(len(things))
    return 0
