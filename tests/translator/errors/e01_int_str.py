def entry_point(argv):
    x = 1
    if len(argv) > 3:
        x = "three"  # error: 'x' would have to be both int and str
    print(x)
    return 0
