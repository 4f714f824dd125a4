def entry_point(argv):
    s = "hello world"
    print(s.format_map({}))  # error: str has no attribute 'format_map' in RPython
    return 0
