"""Reading class files and other text files with plain os calls (RPython-friendly).

`read_text_file` answers None when the file cannot be opened, so callers can search a path.
"""

import os


def read_text_file(path: str) -> "str | None":
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError:
        return None
    chunks = []
    failed = False
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            failed = True
            break
        if len(chunk) == 0:
            break
        chunks.append(chunk)
    os.close(fd)
    if failed:
        return None
    data = b"".join(chunks)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def join_path(directory: str, name: str) -> str:
    if directory == "" or directory == ".":
        return name
    if directory.endswith("/"):
        return directory + name
    return directory + "/" + name


def split_path(path: str) -> tuple:
    """(directory, file name) of a path; the directory is "" for a bare name."""
    slash = path.rfind("/")
    if slash < 0:
        return "", path
    if slash == 0:
        return "/", path[1:]
    return path[:slash], path[slash + 1:]


def strip_extension(name: str) -> str:
    if name.endswith(".som"):
        return name[:len(name) - 4]
    return name
