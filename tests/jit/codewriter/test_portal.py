"""Which arguments of a recursive portal are its greens: a trace meeting a call of the portal
knows from them which function of the user's program is entered (and whether it recurses)."""

from __future__ import annotations

import pytest

from tests.jit.codewriter.build import codewriter_for


@pytest.mark.parametrize("target, expected", [
    # interpret(frame, code, pc): the int green pc is int argument 0, the ref green code is ref
    # argument 1 (after frame)
    ("tests/jit/targets/portalcall.py", [0, 1]),
    # interpret(code, frame) starts at pc = 0, a constant: not known from the arguments
    ("tests/jit/targets/vablecalls.py", []),
])
def test_greens_found_among_the_portal_arguments(target, expected):
    driver = codewriter_for(target).data.drivers[0]
    assert driver.portal_greens_known == bool(expected)
    if expected:
        assert driver.portal_green_args == expected
