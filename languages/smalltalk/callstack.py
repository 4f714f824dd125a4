"""The SOM-level call stack: its depth, for a depth limit that turns runaway recursion into a SOM
error, and the send sites of the calls the interpreter made, for `system printStackTrace`.

Compiled code neither counts nor records its sends (they need no machine stack of their own: a
trace inlines them); a call from compiled code that may recurse (a method's portal entry) is
counted. Error reports take their stack trace from the error itself (errors.SomError).
"""

# Untranslated, every SOM call costs a handful of Python frames; the limit keeps us well inside the
# Python recursion limit that target.py sets.
MAX_DEPTH = 10000
# how many outermost and innermost send sites a stack trace shows
TRACE_HEAD = 8
TRACE_TAIL = 16


class SendSite:
    """Where a send happens: the method it is written in and its position in the source file.
    Each site has a number (its index in the call stack's table of sites)."""

    _immutable_fields_ = ['method_label', 'path', 'line', 'column', 'number']

    def __init__(self, method_label: str, path: str, line: int, column: int) -> None:
        self.method_label = method_label
        self.path = path
        self.line = line
        self.column = column
        self.number = call_stack.register(self)

    def describe(self) -> str:
        return "%s (%s:%d:%d)" % (self.method_label, self.path, self.line, self.column)


class CallStack:
    """The numbers of the active send sites (0: a send from a primitive, which has no site).

    Numbers, not the sites themselves: a store into this int array cannot be mistaken by the JIT
    for a store into an array of SOM objects, so a trace keeps the object fields it has read
    across the sends it makes. The array is never resized and the reference never changes, so
    in a trace its length is a constant."""

    _immutable_fields_ = ['site_numbers']

    def __init__(self) -> None:
        self.site_numbers = [0] * MAX_DEPTH
        self.depth = 0
        self.known_sites = [None]  # by number; 0 is no site

    def reset(self) -> None:
        self.depth = 0

    def register(self, site: SendSite) -> int:
        self.known_sites.append(site)
        return len(self.known_sites) - 1

    def push(self, site: "SendSite | None") -> bool:
        """Record a send; False when the stack is full (the list's own bounds check decides)."""
        number = 0 if site is None else site.number
        depth = self.depth
        try:
            self.site_numbers[depth] = number
        except IndexError:
            return False
        self.depth = depth + 1
        return True

    def recorded_sites(self) -> list:
        """The send sites the interpreter recorded on the current stack, outermost first."""
        sites = []
        i = 0
        while i < self.depth and i < len(self.site_numbers):
            site = self.known_sites[self.site_numbers[i]]
            if site is not None:
                sites.append(site)
            i += 1
        return sites


def trace_lines(sites: list) -> list:
    """Descriptions of send sites (outermost first; None entries are skipped); a very deep stack
    shows its outermost and innermost parts with a count of the sites left out."""
    known = []
    for site in sites:
        if site is not None:
            known.append(site)
    lines = []
    if len(known) <= TRACE_HEAD + TRACE_TAIL:
        for site in known:
            lines.append(site.describe())
        return lines
    for site in known[:TRACE_HEAD]:
        lines.append(site.describe())
    lines.append("... %d more ..." % (len(known) - TRACE_HEAD - TRACE_TAIL))
    for site in known[len(known) - TRACE_TAIL:]:
        lines.append(site.describe())
    return lines


call_stack = CallStack()
