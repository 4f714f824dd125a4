# ruff: noqa
# a DPLL SAT solver with unit propagation, pure literal elimination and a branching heuristic; used to
# solve pigeonhole instances, graph colouring, a small Sudoku-like Latin square, and N-queens as CNF
def dpll(clauses, assignment=None, stats=None):
    if assignment is None:
        assignment = {}
    if stats is None:
        stats = {"decisions": 0, "propagations": 0}
    clauses = [list(c) for c in clauses]
    while True:
        unit = next((c[0] for c in clauses if len(c) == 1), None)
        if unit is None:
            break
        stats["propagations"] += 1
        assignment[abs(unit)] = unit > 0
        clauses = simplify(clauses, unit)
        if clauses is None:
            return None, stats
    literals = {l for c in clauses for l in c}
    for lit in sorted(literals, key=abs):
        if -lit not in literals:
            assignment[abs(lit)] = lit > 0
            clauses = simplify(clauses, lit)
            literals = {l for c in clauses for l in c}
    if not clauses:
        return assignment, stats
    counts = {}
    for c in clauses:
        for l in c:
            counts[l] = counts.get(l, 0) + 1
    var = max(counts, key=lambda l: (counts[l], -abs(l), l))
    for lit in (var, -var):
        stats["decisions"] += 1
        reduced = simplify(clauses, lit)
        if reduced is not None:
            trial = dict(assignment)
            trial[abs(lit)] = lit > 0
            result, stats = dpll(reduced + [], trial, stats)
            if result is not None:
                return result, stats
    return None, stats
def simplify(clauses, lit):
    out = []
    for c in clauses:
        if lit in c:
            continue
        if -lit in c:
            c = [l for l in c if l != -lit]
            if not c:
                return None
        out.append(c)
    return out
def check(clauses, assignment):
    return all(any(assignment.get(abs(l), False) == (l > 0) for l in c) for c in clauses)
def pigeonhole(pigeons, holes):
    var = lambda p, h: p * holes + h + 1
    clauses = [[var(p, h) for h in range(holes)] for p in range(pigeons)]
    for h in range(holes):
        for p1 in range(pigeons):
            for p2 in range(p1 + 1, pigeons):
                clauses.append([-var(p1, h), -var(p2, h)])
    return clauses
for p, h in [(3, 3), (4, 3), (5, 5), (6, 5)]:
    cnf = pigeonhole(p, h)
    model, st = dpll(cnf)
    print("pigeonhole %d->%d: %s clauses=%d decisions=%d" % (p, h, "SAT" if model else "UNSAT", len(cnf), st["decisions"]),
          check(cnf, model) if model else "")
def coloring(edges, nodes, k):
    var = lambda n, c: n * k + c + 1
    clauses = [[var(n, c) for c in range(k)] for n in range(nodes)]
    for n in range(nodes):
        for c1 in range(k):
            for c2 in range(c1 + 1, k):
                clauses.append([-var(n, c1), -var(n, c2)])
    for a, b in edges:
        for c in range(k):
            clauses.append([-var(a, c), -var(b, c)])
    model, _ = dpll(clauses)
    if model is None:
        return None
    return [next(c for c in range(k) if model.get(var(n, c))) for n in range(nodes)]
petersen = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9), (5, 7), (7, 9), (9, 6), (6, 8), (8, 5)]
for k in (2, 3):
    colors = coloring(petersen, 10, k)
    print("petersen %d-colouring:" % k, colors, colors is not None and all(colors[a] != colors[b] for a, b in petersen))
k4 = [(a, b) for a in range(4) for b in range(a + 1, 4)]
print("K4 3-colouring:", coloring(k4, 4, 3), "K4 4-colouring:", coloring(k4, 4, 4))
def latin_square(n, givens):
    var = lambda r, c, v: (r * n + c) * n + v + 1
    clauses = []
    for r in range(n):
        for c in range(n):
            clauses.append([var(r, c, v) for v in range(n)])
            for v1 in range(n):
                for v2 in range(v1 + 1, n):
                    clauses.append([-var(r, c, v1), -var(r, c, v2)])
    for v in range(n):
        for i in range(n):
            for j1 in range(n):
                for j2 in range(j1 + 1, n):
                    clauses.append([-var(i, j1, v), -var(i, j2, v)])
                    clauses.append([-var(j1, i, v), -var(j2, i, v)])
    for (r, c), v in givens.items():
        clauses.append([var(r, c, v - 1)])
    model, st = dpll(clauses)
    if model is None:
        return None
    return [[next(v + 1 for v in range(n) if model.get(var(r, c, v))) for c in range(n)] for r in range(n)]
grid = latin_square(4, {(0, 0): 1, (1, 1): 1, (2, 3): 3, (3, 2): 4})
print("\n".join(" ".join(map(str, row)) for row in grid))
print(latin_square(3, {(0, 0): 1, (0, 1): 1}))
def queens_cnf(n):
    var = lambda r, c: r * n + c + 1
    clauses = [[var(r, c) for c in range(n)] for r in range(n)]
    cells = [(r, c) for r in range(n) for c in range(n)]
    for i, (r1, c1) in enumerate(cells):
        for r2, c2 in cells[i + 1:]:
            if r1 == r2 or c1 == c2 or abs(r1 - r2) == abs(c1 - c2):
                clauses.append([-var(r1, c1), -var(r2, c2)])
    return clauses
for n in (4, 5, 6):
    model, st = dpll(queens_cnf(n))
    board = ["".join("Q" if model.get(r * n + c + 1) else "." for c in range(n)) for r in range(n)]
    print(n, board, st["decisions"])
print(dpll([[1, 2], [-1, 2], [-2, 3], [-3, -1], [1]])[0], dpll([[1], [-1]])[0], dpll([])[0])
