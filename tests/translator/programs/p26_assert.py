"""assert: a failed assert raises AssertionError (uncaught: status 1, class and message on stderr)."""
# status: 1
# stderr: Fatal RPython error: AssertionError: the count is wrong


def entry_point(argv):
    count = len(argv)
    assert count >= 1
    print("first assert passed")
    assert count > 50, "the count is wrong"
    print("never printed")
    return 0
