"""Primitives of System: globals, class loading, output, exit, time, and stack traces.

`printString:`/`printNewline` go to standard output; `errorPrint:`/`errorPrintln:` and stack
traces to standard error. `exit:` unwinds to the entry point with the status.
"""

import time

import languages.smalltalk.universe as universe
from kit.rlib import rgc
from languages.smalltalk.callstack import call_stack, trace_lines
from languages.smalltalk.errors import SomExit
from languages.smalltalk.objects import W_AbstractObject, W_Integer, W_String, boolean, nil
from languages.smalltalk.output import output
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.helpers import int_value, string_value, symbol_arg
from languages.smalltalk.sourcefiles import read_text_file
from languages.smalltalk.state import vm


@primitive("System", "global:")
def system_global(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    value = universe.get_global(symbol_arg(args[0], "System>>#global:").value)
    if value is None:
        return nil()
    return value


@primitive("System", "global:put:")
def system_global_put(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    universe.set_global(symbol_arg(args[0], "System>>#global:put:").value, args[1])
    return args[1]


@primitive("System", "hasGlobal:")
def system_has_global(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return boolean(universe.get_global(symbol_arg(args[0], "System>>#hasGlobal:").value) is not None)


@primitive("System", "load:")
def system_load(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    cls = universe.load_class_or_none(symbol_arg(args[0], "System>>#load:"))
    if cls is None:
        return nil()
    return cls


@primitive("System", "loadFile:")
def system_load_file(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    text = read_text_file(string_value(args[0], "System>>#loadFile:"))
    if text is None:
        return nil()
    return W_String(text)


@primitive("System", "exit:")
def system_exit(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    raise SomExit(int_value(args[0], "System>>#exit:"))


@primitive("System", "printString:")
def system_print_string(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    output.write(string_value(args[0], "System>>#printString:"))
    return receiver


@primitive("System", "printNewline")
def system_print_newline(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    output.write("\n")
    return receiver


@primitive("System", "errorPrint:")
def system_error_print(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    output.write_error(string_value(args[0], "System>>#errorPrint:"))
    return receiver


@primitive("System", "errorPrintln:")
def system_error_println(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    output.write_error(string_value(args[0], "System>>#errorPrintln:") + "\n")
    return receiver


def microseconds_since_start() -> int:
    return int((time.time() - vm.start_time) * 1000000.0)


@primitive("System", "time")
def system_time(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(microseconds_since_start() // 1000)


@primitive("System", "ticks")
def system_ticks(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(max(1, microseconds_since_start()))


@primitive("System", "fullGC")
def system_full_gc(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    rgc.collect()
    return boolean(True)


@primitive("System", "printStackTrace")
def system_print_stack_trace(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    print_stack_trace(call_stack.recorded_sites())
    return receiver


def print_stack_trace(sites: list) -> None:
    """A SOM stack trace, outermost send first, on standard error. (`printStackTrace` shows the
    sends the interpreter recorded: those made in compiled code are left out.)"""
    lines = trace_lines(sites)
    parts = ["Stack trace (most recent call last):\n"]
    for line in lines:
        parts.append("  at " + line + "\n")
    output.write_error("".join(parts))

