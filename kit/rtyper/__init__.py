"""kit.rtyper: lowers annotated flow graphs to low-level graphs over machine types.

Each annotation gets a Repr (its low-level representation); each high-level operation becomes
low-level operations from the one table in lloperation.py, or calls of low-level helpers.
"""


def register_all() -> None:
    """Import every repr module, so their pair rules and conversions are registered."""
    from kit.rtyper import (  # noqa: F401
        rbuiltin,
        rclass,
        rdict,
        rgeneric,
        riter,
        rlist,
        rpbc,
        rprimitive,
        rptr,
        rstr,
        rtuple,
    )
