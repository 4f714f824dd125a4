# ruff: noqa
# the builtin modules sys and math; sys.exit with a status
# exit: 4
import math
import sys
from math import sqrt, pi
print(math.sqrt(16), sqrt(2), pi, math.floor(2.5), math.gcd(12, 18), math.factorial(20))
sys.stdout.write("written\n")
print(sys.maxsize, sys.version_info[0], len(sys.argv))
try:
    import nosuchmodule
except ImportError as e:
    print(type(e).__name__, e)
sys.exit(4)
