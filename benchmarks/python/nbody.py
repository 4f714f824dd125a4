"""n-body: five bodies (the Sun and the giant planets) under gravity, stepped with a simple
symplectic integrator; float arithmetic on object attributes in nested loops. Prints the energy."""

import sys

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


def make_system():
    sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                   1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                  -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                  2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                   2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    bodies = [sun, jupiter, saturn, uranus, neptune]
    # give the Sun the momentum that makes the system's total zero
    px = py = pz = 0.0
    for body in bodies:
        px += body.vx * body.mass
        py += body.vy * body.mass
        pz += body.vz * body.mass
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS
    return bodies


def pairs_of(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (a, b) in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            distance2 = dx * dx + dy * dy + dz * dz
            magnitude = dt / (distance2 * distance2 ** 0.5)
            b_mass = b.mass * magnitude
            a_mass = a.mass * magnitude
            a.vx -= dx * b_mass
            a.vy -= dy * b_mass
            a.vz -= dz * b_mass
            b.vx += dx * a_mass
            b.vy += dy * a_mass
            b.vz += dz * a_mass
        for body in bodies:
            body.x += dt * body.vx
            body.y += dt * body.vy
            body.z += dt * body.vz


def energy(bodies, pairs):
    e = 0.0
    for (a, b) in pairs:
        dx = a.x - b.x
        dy = a.y - b.y
        dz = a.z - b.z
        e -= (a.mass * b.mass) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for body in bodies:
        e += 0.5 * body.mass * (body.vx * body.vx + body.vy * body.vy + body.vz * body.vz)
    return e


def main(steps):
    bodies = make_system()
    pairs = pairs_of(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, 0.01, steps)
    after = energy(bodies, pairs)
    print("nbody: steps=%d energy before %.9f after %.9f" % (steps, before, after))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500000)
