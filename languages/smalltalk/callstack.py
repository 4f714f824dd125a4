"""The SOM-level call stack: one send site per active call, for stack traces and depth limits.

Send nodes push themselves before invoking a method; error reports and `system printStackTrace`
read the sites back. A fixed depth limit turns runaway recursion into a SOM error.
"""

# Untranslated, every SOM call costs a handful of Python frames; the limit keeps us well inside the
# Python recursion limit that target.py sets.
MAX_DEPTH = 10000
# how many outermost and innermost send sites a stack trace shows
TRACE_HEAD = 8
TRACE_TAIL = 16


class SendSite:
    """Where a send happens: the method it is written in and its position in the source file."""

    def __init__(self, method_label: str, path: str, line: int, column: int) -> None:
        self.method_label = method_label
        self.path = path
        self.line = line
        self.column = column

    def describe(self) -> str:
        return "%s (%s:%d:%d)" % (self.method_label, self.path, self.line, self.column)


class CallStack:
    def __init__(self) -> None:
        self.sites = [None] * (MAX_DEPTH + 1)
        self.depth = 0

    def reset(self) -> None:
        self.depth = 0

    def trace_lines(self, depth: int) -> list:
        """Descriptions of the send sites below `depth`, outermost first; a very deep stack
        shows its outermost and innermost parts with a count of the sites left out."""
        sites = []
        i = 0
        while i < depth and i < len(self.sites):
            site = self.sites[i]
            if site is not None:
                sites.append(site)
            i += 1
        lines = []
        if len(sites) <= TRACE_HEAD + TRACE_TAIL:
            for site in sites:
                lines.append(site.describe())
            return lines
        for site in sites[:TRACE_HEAD]:
            lines.append(site.describe())
        lines.append("... %d more ..." % (len(sites) - TRACE_HEAD - TRACE_TAIL))
        for site in sites[len(sites) - TRACE_TAIL:]:
            lines.append(site.describe())
        return lines


call_stack = CallStack()
