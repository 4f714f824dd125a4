def greet(name):
    return "hi " + name


def entry_point(argv):
    print(greet(nom="x"))  # error: greet() got an unexpected keyword argument 'nom'
    return 0
