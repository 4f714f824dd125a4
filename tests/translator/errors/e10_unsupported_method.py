def entry_point(argv):
    s = "hello world"
    print(s.title())  # error: str has no attribute 'title' in RPython
    return 0
