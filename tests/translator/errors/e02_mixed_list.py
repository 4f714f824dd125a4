def entry_point(argv):
    items = [1, 2]
    items.append("three")  # error: a list cannot hold both int and str
    print(len(items))
    return 0
