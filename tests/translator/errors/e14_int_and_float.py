def entry_point(argv):
    total = 0
    for i in range(3):
        total = total + 0.5  # error: 'total' would have to be both int and float
    print(total)
    return 0
