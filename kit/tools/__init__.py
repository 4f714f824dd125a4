"""kit.tools: user-facing helpers of the `kit` command (graph pages, later the JIT log viewer)."""
