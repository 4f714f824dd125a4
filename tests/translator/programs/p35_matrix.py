"""Lists of lists of floats: matrix multiply."""


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    result = [[0.0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            result[i][j] = s
    return result


def entry_point(argv):
    a = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
    b = [[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]
    c = matmul(a, b)
    for row in c:
        print(row)
    return 0
