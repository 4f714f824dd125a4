class Box:
    def __init__(self):
        self.content = 0


def entry_point(argv):
    b = Box()
    b.content = "text"  # error: attribute 'content' of class Box would be both int and str
    return 0
