"""os: write, open/read/close of a file, getenv, OSError with errno."""
import os


def entry_point(argv):
    n = os.write(1, b"direct write\n")
    print(n)
    path = "/tmp/kit_p14_test.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, b"line one\nline two\n")
    os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    data = os.read(fd, 1000)
    os.close(fd)
    print(len(data), data.decode().split("\n"))
    print(os.getenv("KIT_SURELY_NOT_SET_P14") is None, os.getenv("KIT_SURELY_NOT_SET_P14", "dflt"))
    try:
        os.open("/nonexistent/dir/file", os.O_RDONLY)
    except OSError as e:
        print("OSError errno", e.errno)
    return 0
