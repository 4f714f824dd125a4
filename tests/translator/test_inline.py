"""The inliner: small callees disappear into their callers, @dont_inline and recursive functions
stay calls, and the program still prints the same (p44_inlining checks behaviour in the corpus)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .corpus import PROGRAMS, ROOT

pytestmark = pytest.mark.slow


def calls_in(ir: str, function: str) -> set[str]:
    body = re.search(r'define [^@]*@"?' + re.escape(function) + r'"?\(.*?\n}\n', ir, re.S)
    assert body, function
    return set(re.findall(r'call [^@]*@"?([\w.]+)"?\(', body.group(0)))


def test_small_functions_are_inlined(tmp_path):
    exe = tmp_path / "p44"
    proc = subprocess.run([sys.executable, "-m", "kit", "translate", str(PROGRAMS / "p44_inlining.py"), "-o",
                           str(exe), "--opt", "0", "--keep-ir"], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    count = int(re.search(r"(\d+) calls inlined", proc.stderr).group(1))
    assert count > 5
    ir = exe.with_suffix(".ll").read_text()
    calls = calls_in(ir, "k.entry_point")
    for name in ("k.sign", "k.small_loop", "k.checked", "k.big_but_forced", "k.Box.get"):
        assert name not in calls
    assert "k.tiny_kept" in calls
    out = subprocess.run([str(exe)], capture_output=True, text=True).stdout
    assert out == (PROGRAMS / "p44_inlining.out").read_text()
