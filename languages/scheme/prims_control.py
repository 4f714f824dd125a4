"""Control features (R7RS 6.10-6.12, 6.14): apply, continuations, values, dynamic-wind,
exceptions, promises, parameters, eval/load/environments and the process-context procedures."""

from __future__ import annotations

import os
import time

from languages.scheme.environment import Scope, W_Environment
from languages.scheme.machine import CallWithValuesCont, Machine
from languages.scheme.numbers import W_Fixnum, W_Flonum
from languages.scheme.objects import (
    NIL,
    UNSPECIFIED,
    W_FALSE,
    W_TRUE,
    PromiseBox,
    SchemeError,
    SchemeExit,
    W_ErrorObject,
    W_Object,
    W_Pair,
    W_Promise,
    W_String,
    kind_error,
    list_from,
    make_string,
    make_values,
    sym,
    type_error,
    wrap_bool,
)
from languages.scheme.ports import read_file_text
from languages.scheme.primitives import check_procedure, check_string, control, list_items, primitive
from languages.scheme.printer import display_string
from languages.scheme.procedures import W_Parameter, W_Procedure, apply_procedure
from languages.scheme.reader import Reader, ReadError
from languages.scheme.toplevel import start_program

# ---- procedures and continuations ---------------------------------------------------------------


@primitive("procedure?", 1)
def p_procedurep(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Procedure))


@control("apply", 1, -1)
def c_apply(m: Machine, args: list[W_Object]) -> None:
    proc = args[0]
    spread: list[W_Object] = []
    for i in range(1, len(args) - 1):
        spread.append(args[i])
    if len(args) > 1:
        spread.extend(list_items("apply", args[len(args) - 1]))
    apply_procedure(m, proc, spread)


@control("call-with-current-continuation", 1)
def c_call_cc(m: Machine, args: list[W_Object]) -> None:
    apply_procedure(m, args[0], [m.capture()])


@primitive("values", 0, -1)
def p_values(m: Machine, args: list[W_Object]) -> W_Object:
    return make_values(args[:])


@control("call-with-values", 2)
def c_call_with_values(m: Machine, args: list[W_Object]) -> None:
    check_procedure("call-with-values", args[1])
    m.cont = CallWithValuesCont(args[1], m.cont)
    apply_procedure(m, args[0], [])


@control("dynamic-wind", 3)
def c_dynamic_wind(m: Machine, args: list[W_Object]) -> None:
    for arg in args:
        check_procedure("dynamic-wind", arg)
    m.dynamic_wind(args[0], args[1], args[2])


# ---- exceptions ---------------------------------------------------------------------------------

@control("with-exception-handler", 2)
def c_with_exception_handler(m: Machine, args: list[W_Object]) -> None:
    check_procedure("with-exception-handler", args[0])
    check_procedure("with-exception-handler", args[1])
    m.with_handler(args[0], args[1])


@control("raise", 1)
def c_raise(m: Machine, args: list[W_Object]) -> None:
    raise SchemeError(args[0], False)


@control("raise-continuable", 1)
def c_raise_continuable(m: Machine, args: list[W_Object]) -> None:
    raise SchemeError(args[0], True)


@control("error", 0, -1)
def c_error(m: Machine, args: list[W_Object]) -> None:
    message = ""
    irritants: list[W_Object] = []
    if len(args) > 0:
        first = args[0]
        if isinstance(first, W_String):
            message = first.as_str()
        else:
            message = display_string(first)
        irritants = args[1:]
    raise SchemeError(W_ErrorObject(message, irritants, "error"), False)


@primitive("error-object?", 1)
def p_error_objectp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_ErrorObject))


def check_error_object(who: str, value: W_Object) -> W_ErrorObject:
    if isinstance(value, W_ErrorObject):
        return value
    raise type_error(who, "an error object", value)


@primitive("error-object-message", 1)
def p_error_object_message(m: Machine, args: list[W_Object]) -> W_Object:
    return make_string(check_error_object("error-object-message", args[0]).message)


@primitive("error-object-irritants", 1)
def p_error_object_irritants(m: Machine, args: list[W_Object]) -> W_Object:
    return list_from(check_error_object("error-object-irritants", args[0]).irritants)


@primitive("file-error?", 1)
def p_file_errorp(m: Machine, args: list[W_Object]) -> W_Object:
    value = args[0]
    return wrap_bool(isinstance(value, W_ErrorObject) and value.kind == "file")


@primitive("read-error?", 1)
def p_read_errorp(m: Machine, args: list[W_Object]) -> W_Object:
    value = args[0]
    return wrap_bool(isinstance(value, W_ErrorObject) and value.kind == "read")


# ---- promises -----------------------------------------------------------------------------------

def check_promise(who: str, value: W_Object) -> W_Promise:
    if isinstance(value, W_Promise):
        return value
    raise type_error(who, "a promise", value)


@primitive("promise?", 1)
def p_promisep(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Promise))


@primitive("make-promise", 1)
def p_make_promise(m: Machine, args: list[W_Object]) -> W_Object:
    if isinstance(args[0], W_Promise):
        return args[0]
    return W_Promise(PromiseBox(True, args[0]))


@primitive("%make-eager-promise", 1)
def p_make_eager_promise(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Promise(PromiseBox(True, args[0]))


@primitive("%make-lazy-promise", 1)
def p_make_lazy_promise(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Promise(PromiseBox(False, args[0]))


@primitive("%promise-done?", 1)
def p_promise_done(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(check_promise("force", args[0]).box.done)


@primitive("%promise-value", 1)
def p_promise_value(m: Machine, args: list[W_Object]) -> W_Object:
    return check_promise("force", args[0]).box.value


@primitive("%promise-update!", 2)
def p_promise_update(m: Machine, args: list[W_Object]) -> W_Object:
    new = check_promise("force", args[0])
    old = check_promise("force", args[1])
    old.box.done = new.box.done
    old.box.value = new.box.value
    new.box = old.box
    return UNSPECIFIED


# ---- parameters ---------------------------------------------------------------------------------

@primitive("%make-parameter", 2)
def p_make_parameter(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Parameter(args[0], args[1], "")


@primitive("%parameter-converter", 1)
def p_parameter_converter(m: Machine, args: list[W_Object]) -> W_Object:
    param = args[0]
    if not isinstance(param, W_Parameter):
        raise type_error("parameterize", "a parameter object", param)
    return param.converter


@control("%bind-parameters", 3)
def c_bind_parameters(m: Machine, args: list[W_Object]) -> None:
    params: list[W_Parameter] = []
    for item in list_items("parameterize", args[0]):
        if not isinstance(item, W_Parameter):
            raise type_error("parameterize", "a parameter object", item)
        params.append(item)
    values = list_items("parameterize", args[1])
    m.parameterize(params, values, args[2])


# ---- eval, environments, load -------------------------------------------------------------------

def check_environment(who: str, value: W_Object) -> W_Environment:
    if isinstance(value, W_Environment):
        return value
    raise type_error(who, "an environment", value)


@control("eval", 1, 2)
def c_eval(m: Machine, args: list[W_Object]) -> None:
    if len(args) == 2:
        env = check_environment("eval", args[1])
    else:
        env = m.vm.user_env
    node = m.vm.compiler.compile_toplevel(args[0], Scope(None, None, env), None)
    m.node = node
    m.env = None


@primitive("environment", 0, -1)
def p_environment(m: Machine, args: list[W_Object]) -> W_Object:
    env = W_Environment("environment")
    m.vm.libraries.import_sets(args[:], env, None)
    return env


@primitive("interaction-environment", 0)
def p_interaction_environment(m: Machine, args: list[W_Object]) -> W_Object:
    return m.vm.user_env


@primitive("scheme-report-environment", 0, 1)
def p_scheme_report_environment(m: Machine, args: list[W_Object]) -> W_Object:
    return m.vm.r5rs_environment()


@primitive("null-environment", 0, 1)
def p_null_environment(m: Machine, args: list[W_Object]) -> W_Object:
    return m.vm.r5rs_environment()


@control("load", 1, 2)
def c_load(m: Machine, args: list[W_Object]) -> None:
    path = check_string("load", args[0]).as_str()
    env = check_environment("load", args[1]) if len(args) == 2 else m.vm.user_env
    text = read_file_text(path)
    if text is None:
        raise kind_error("file", "load: cannot read file", [args[0]])
    try:
        program = Reader(text, path).read_program()
    except ReadError as error:
        err = W_ErrorObject(error.reason, [], "read")
        err.pos = error.pos
        raise SchemeError(err) from None
    start_program(m, program, Scope(None, None, env))


# ---- the process context ------------------------------------------------------------------------

def exit_code(args: list[W_Object]) -> int:
    if len(args) == 0:
        return 0
    value = args[0]
    if value is W_TRUE:
        return 0
    if value is W_FALSE:
        return 1
    if isinstance(value, W_Fixnum):
        return value.intval & 0xFF
    return 0


@control("exit", 0, 1)
def c_exit(m: Machine, args: list[W_Object]) -> None:
    m.exit_after_unwinding(exit_code(args))


@control("emergency-exit", 0, 1)
def c_emergency_exit(m: Machine, args: list[W_Object]) -> None:
    raise SchemeExit(exit_code(args))


@primitive("command-line", 0)
def p_command_line(m: Machine, args: list[W_Object]) -> W_Object:
    return list_from([make_string(arg) for arg in m.vm.command_line])


@primitive("get-environment-variable", 1)
def p_getenv(m: Machine, args: list[W_Object]) -> W_Object:
    value = os.getenv(check_string("get-environment-variable", args[0]).as_str())
    if value is None:
        return W_FALSE
    return make_string(value)


@primitive("get-environment-variables", 0)
def p_getenv_all(m: Machine, args: list[W_Object]) -> W_Object:
    # the process environment as the kernel reports it ("NAME=value" entries separated by NULs);
    # os.environ is not available to RPython
    text = read_file_text("/proc/self/environ")
    result: W_Object = NIL
    if text is None:
        return result
    for entry in text.split("\0"):
        equals = entry.find("=")
        if equals > 0:
            result = W_Pair(W_Pair(make_string(entry[:equals]), make_string(entry[equals + 1:])), result)
    return result


@primitive("current-second", 0)
def p_current_second(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Flonum(time.time())


@primitive("current-jiffy", 0)
def p_current_jiffy(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Fixnum(int(time.perf_counter() * 1000000.0))


@primitive("jiffies-per-second", 0)
def p_jiffies_per_second(m: Machine, args: list[W_Object]) -> W_Object:
    return W_Fixnum(1000000)


@primitive("features", 0)
def p_features(m: Machine, args: list[W_Object]) -> W_Object:
    return list_from([sym(name) for name in m.vm.libraries.features])
