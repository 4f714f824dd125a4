"""Which optimizations run: one flag per pass, so tests and `--jit` parameters can switch each
off (`OptOptions.from_text("intbounds:rewrite:heap")` keeps only the named ones).
"""

from __future__ import annotations

from jit.metainterp.history import AbstractDescr

ALL_PASSES = "intbounds:rewrite:virtualize:pure:heap:unroll"


class OptOptions:
    """Flags for the passes (all on by default) and limits."""

    def __init__(self, intbounds: bool = True, rewrite: bool = True, virtualize: bool = True,
                 pure: bool = True, heap: bool = True, unroll: bool = True) -> None:
        self.intbounds = intbounds      # integer ranges: fold comparisons, drop overflow checks
        self.rewrite = rewrite          # guard removal and strengthening, peepholes
        self.virtualize = virtualize    # allocation removal
        self.pure = pure                # constant folding, CSE of pure operations and elidable calls
        self.heap = heap                # caching field and array reads
        self.unroll = unroll            # loop peeling with invariant code motion
        self.max_virtual_array = 64     # new_array of a constant length up to this stays virtual
        self.max_peeling_attempts = 4   # re-optimizations of a peeled body with weaker entry facts
        # the field holding an instance's class (the codewriter's OBJECT.typeptr): storing a
        # constant there makes the class known (the metainterp records `new` + that setfield)
        self.typeptr_descr: AbstractDescr | None = None

    @staticmethod
    def from_text(text: str) -> OptOptions:
        """Options with only the passes named in TEXT (names separated by ':'); 'all' or '' is
        every pass, 'none' none.  Unknown names are ignored."""
        if text == "" or text == "all":
            return OptOptions()
        names = text.split(":")
        return OptOptions("intbounds" in names, "rewrite" in names, "virtualize" in names,
                          "pure" in names, "heap" in names, "unroll" in names)

    def to_text(self) -> str:
        names = []
        if self.intbounds:
            names.append("intbounds")
        if self.rewrite:
            names.append("rewrite")
        if self.virtualize:
            names.append("virtualize")
        if self.pure:
            names.append("pure")
        if self.heap:
            names.append("heap")
        if self.unroll:
            names.append("unroll")
        return ":".join(names)
