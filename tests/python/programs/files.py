# ruff: noqa
# open(): writing, reading whole/by line/iterating, appending, binary mode, errors
# (a name of its own per run: the untranslated and translated VMs may run this at the same time)
path = "/tmp/kit_pyvm_file_test_%x.txt" % id(object())
with open(path, "w") as f:
    f.write("first line\n")
    f.write("second line\nthird")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for line in f:
        print(line.rstrip("\n"))
f = open(path)
print(repr(f.readline()), f.readlines())
f.close()
with open(path, "a") as f:
    f.write("\nappended")
print(open(path).read().splitlines())
with open(path, "wb") as f:
    f.write(b"\x00\x01bin")
print(open(path, "rb").read())
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
g = open(path)
g.close()
try:
    g.read()
except ValueError as e:
    print(e)
