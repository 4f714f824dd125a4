"""JIT tools: the text form of traces (parsed in tests, printed in logs) and the trace viewer."""
