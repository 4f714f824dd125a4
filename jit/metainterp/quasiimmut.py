"""Quasi-immutable fields (`_immutable_fields_ = ["version?"]`): traces read them as constants and
depend on them not changing; a write to such a field invalidates the compiled loops that read it
from that object (their guard_not_invalidated fail from then on).
"""

from __future__ import annotations

from jit.metainterp.descr import FieldDescr
from jit.metainterp.history import JitCellToken
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import GCREF


class QuasiDependency:
    """Compiled code of `token` read `descr` of `ref` as a constant."""

    def __init__(self, ref: GCREF, descr: FieldDescr, token: JitCellToken) -> None:
        self.ref = ref
        self.descr = descr
        self.token = token


class QuasiImmutRegistry:
    """Which loops depend on which (object, quasi-immutable field), keyed by the object's identity
    hash (stable when the collector moves it)."""

    def __init__(self) -> None:
        self.by_hash: dict[int, list[QuasiDependency]] = {}
        self.invalidations = 0

    def add(self, ref: GCREF, descr: FieldDescr, token: JitCellToken) -> None:
        h = llop.identityhash(lltype.Signed, ref)
        deps = self.by_hash.get(h, None)
        if deps is None:
            deps = []
            self.by_hash[h] = deps
        for dep in deps:
            if dep.ref == ref and dep.descr is descr and dep.token is token:
                return
        deps.append(QuasiDependency(ref, descr, token))

    def written(self, ref: GCREF, descr: FieldDescr) -> list[JitCellToken]:
        """The field was written: the loops to invalidate (forgotten here)."""
        h = llop.identityhash(lltype.Signed, ref)
        deps = self.by_hash.get(h, None)
        tokens: list[JitCellToken] = []
        if deps is None:
            return tokens
        kept: list[QuasiDependency] = []
        for dep in deps:
            if dep.ref == ref and dep.descr is descr:
                tokens.append(dep.token)
            else:
                kept.append(dep)
        if len(kept) == 0:
            del self.by_hash[h]
        else:
            self.by_hash[h] = kept
        self.invalidations += len(tokens)
        return tokens
