# ruff: noqa
# exit: 2
# a small command-line tool: options parsed by hand from a list of argument vectors, errors
# reported with a usage line, and the last invocation ending with SystemExit(2) (like argparse),
# after finally blocks have run; sys.exit(0) and sys.exit(None) caught in between
import sys

USAGE = "usage: tool [-v] [-n COUNT] [--sep SEP] WORD..."


class UsageError(Exception):
    pass


def parse(argv):
    opts = {"verbose": False, "count": 1, "sep": " "}
    words = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "-v":
            opts["verbose"] = True
        elif arg in ("-n", "--sep"):
            if i + 1 >= len(argv):
                raise UsageError("option %s needs a value" % arg)
            value = argv[i + 1]
            if arg == "-n":
                if not value.isdigit():
                    raise UsageError("-n expects a number, got %r" % value)
                opts["count"] = int(value)
            else:
                opts["sep"] = value
            i += 1
        elif arg == "--help":
            print(USAGE)
            sys.exit(0)
        elif arg.startswith("-"):
            raise UsageError("unknown option %s" % arg)
        else:
            words.append(arg)
        i += 1
    if not words:
        raise UsageError("no words given")
    return opts, words


def main(argv):
    try:
        opts, words = parse(argv)
    except UsageError as e:
        print(USAGE)
        print("error:", e)
        raise SystemExit(2)
    line = opts["sep"].join(words * opts["count"])
    if opts["verbose"]:
        print("[%d words, count=%d]" % (len(words), opts["count"]))
    print(line)
    return None


def run(argv):
    print("$ tool", " ".join(argv))
    try:
        status = main(argv)
        sys.exit(status)
    finally:
        print("  (finally after", argv[:1], ")")


for argv in [["hello", "world"], ["-v", "-n", "2", "--sep", ",", "a", "b"], ["--help"], ["-n", "x", "w"], ["-q"]]:
    try:
        run(argv)
    except SystemExit as e:
        print("  exit code:", e.code, type(e.code).__name__)
run(["-n"])
print("not reached")
