"""The dispatch loop of the Python VM: runs a frame's bytecode, one opcode at a time, and routes
exceptions through the code's handler table (adding a traceback entry per frame they leave).
"""

from __future__ import annotations

from kit.rlib import jit
from languages.python.compiler import opcodes as op
from languages.python.interpreter import asyncgen, attrcache, function, generator, helpers, matching
from languages.python.interpreter.function import W_FunctionObject, W_MethodObject
from languages.python.interpreter.pycode import PyCode
from languages.python.interpreter.pyframe import PyFrame, W_CellObject, new_slots
from languages.python.interpreter.state import state
from languages.python.interpreter.traceback import W_Traceback
from languages.python.objspace import (
    dictobject,
    errors,
    exceptions,
    excgroup,
    gateway,
    intobject,
    listobject,
    moduleobject,
    operators,
    ops,
    strobject,
    tupleobject,
)
from languages.python.objspace.gateway import W_BuiltinFunction
from languages.python.objspace.root import OperationError, W_Root, w_None


def get_printable_location(pc: int, code: PyCode) -> str:
    return "python: %s, line %d, #%d %s" % (code.name, code.line_at(pc), pc,
                                            op.NAMES[code.bytecode[pc] & op.OPCODE_MASK])


jitdriver = jit.JitDriver(greens=["pc", "code"], reds=["frame"], virtualizables=["frame"],
                          get_printable_location=get_printable_location, is_recursive=True,
                          name="python")


# ---- calls into frames --------------------------------------------------------------------------------

def run_function_frame(w_func: W_FunctionObject, frame: PyFrame) -> W_Root:
    """Run a function's freshly bound frame (a generator function gives its generator instead)."""
    if frame.code.is_generator():
        return generator.W_Generator(frame, w_func.name, w_func.qualname)
    return execute_frame(frame)


def execute_frame(frame: PyFrame) -> W_Root:
    """Run (or resume) `frame` until it returns or yields; the result is the value."""
    if state.depth >= state.recursion_limit:
        raise errors.oper_error(exceptions.w_RecursionError, "maximum recursion depth exceeded")
    state.depth += 1
    frame.f_back = state.topframe_frame
    state.topframe_frame = frame
    frame.running = True
    try:
        return dispatch(frame)
    except RecursionError:
        # the native stack ran out first (a deep recursion through builtins, or a high limit)
        raise errors.oper_error(exceptions.w_RecursionError, "maximum recursion depth exceeded") from None
    finally:
        frame.running = False
        state.topframe_frame = frame.f_back
        frame.f_back = None
        state.depth -= 1


def dispatch(frame: PyFrame) -> W_Root:
    code = frame.code
    pc = frame.pc
    w_thrown = frame.w_thrown
    if w_thrown is not None:
        # generator.throw(): the exception appears at the suspended yield
        frame.w_thrown = None
        pc = find_handler(frame, OperationError(w_thrown))
    while True:
        try:
            return run_instructions(frame, code, pc)
        except OperationError as error:
            pc = find_handler(frame, error)


def find_handler(frame: PyFrame, error: OperationError) -> int:
    """The pc of the handler for `error` in `frame` (re-raises when the frame has none)."""
    code = frame.code
    pc = frame.last_pc
    w_exc = error.w_value
    if isinstance(w_exc, exceptions.W_BaseException):
        if not error.context_set:
            error.context_set = True
            w_handled = state.w_handled
            if w_handled is not None and w_handled is not w_exc and w_exc.w_context is w_None:
                w_exc.w_context = w_handled
        w_tb = w_exc.w_traceback
        if not (error.reraised and isinstance(w_tb, W_Traceback) and w_tb.frame is frame):
            w_exc.w_traceback = W_Traceback(frame, code.line_at(pc), w_tb)
    error.reraised = False
    index = code.handlers[pc]
    if index < 0:
        frame.finished = True
        raise error
    frame.drop_to(code.handler_depths[index])
    frame.push(w_exc)
    return code.handler_targets[index]


def run_instructions(frame: PyFrame, code: PyCode, pc: int) -> W_Root:
    while True:
        jitdriver.jit_merge_point(pc=pc, code=code, frame=frame)
        word = code.bytecode[pc]
        opcode = word & op.OPCODE_MASK
        arg = word >> op.ARG_BITS
        frame.last_pc = pc
        pc += 1
        if opcode == op.LOAD_FAST:
            w_value = frame.locals_w[arg]
            if w_value is None:
                raise errors.oper_error(exceptions.w_UnboundLocalError,
                                        "cannot access local variable '%s' where it is not associated with a value"
                                        % code.varnames[arg])
            frame.push(w_value)
        elif opcode == op.LOAD_CONST:
            frame.push(code.consts_w[arg])
        elif opcode == op.STORE_FAST:
            frame.locals_w[arg] = frame.pop()
        elif opcode == op.POP_TOP:
            frame.pop_maybe_null()
        elif opcode == op.NOP:
            pass
        elif opcode == op.PUSH_NULL:
            frame.push(None)
        elif opcode == op.COPY:
            frame.push(frame.peek(arg - 1))
        elif opcode == op.SWAP:
            w_top = frame.peek(0)
            frame.set_peek(0, frame.peek(arg - 1))
            frame.set_peek(arg - 1, w_top)
        elif opcode == op.DELETE_FAST:
            if frame.locals_w[arg] is None:
                raise errors.oper_error(exceptions.w_UnboundLocalError,
                                        "cannot access local variable '%s' where it is not associated with a value"
                                        % code.varnames[arg])
            frame.locals_w[arg] = None
        elif opcode == op.LOAD_DEREF or opcode == op.LOAD_CLASSDEREF:
            if opcode == op.LOAD_CLASSDEREF:
                w_locals = frame.w_locals
                name = cell_name(code, arg)
                if isinstance(w_locals, dictobject.W_DictObject):
                    w_found = dictobject.getitem_str(w_locals, name)
                    if w_found is not None:
                        frame.push(w_found)
                        continue
            cell = frame.cells[arg]
            assert cell is not None
            w_value = cell.w_value
            if w_value is None:
                raise unbound_cell(code, arg)
            frame.push(w_value)
        elif opcode == op.STORE_DEREF:
            cell = frame.cells[arg]
            assert cell is not None
            cell.w_value = frame.pop()
        elif opcode == op.DELETE_DEREF:
            cell = frame.cells[arg]
            assert cell is not None
            if cell.w_value is None:
                raise unbound_cell(code, arg)
            cell.w_value = None
        elif opcode == op.LOAD_CLOSURE:
            cell = frame.cells[arg]
            assert cell is not None
            frame.push(cell)
        elif opcode == op.LOAD_GLOBAL:
            frame.push(load_global(frame, code.names_w[arg]))
        elif opcode == op.STORE_GLOBAL:
            dictobject.setitem_str(globals_of(frame), code.names[arg], frame.pop())
        elif opcode == op.DELETE_GLOBAL:
            if not dictobject.delitem(globals_of(frame), code.names_w[arg]):
                raise name_not_defined(code.names[arg])
        elif opcode == op.LOAD_NAME:
            frame.push(load_name(frame, code.names_w[arg]))
        elif opcode == op.STORE_NAME:
            w_value = frame.pop()
            w_locals = frame.w_locals
            assert w_locals is not None
            if not w_locals._user_ and isinstance(w_locals, dictobject.W_DictObject):
                dictobject.setitem_str(w_locals, code.names[arg], w_value)
            else:
                ops.setitem(w_locals, code.names_w[arg], w_value)
        elif opcode == op.DELETE_NAME:
            delete_name(frame, code, arg)
        elif opcode == op.LOAD_ATTR:
            w_obj = frame.pop()
            if jit.we_are_jitted():
                frame.push(ops.getattr(w_obj, code.names[arg]))
            else:
                frame.push(attrcache.load_attr(code, pc - 1, w_obj, code.names[arg]))
        elif opcode == op.STORE_ATTR:
            w_obj = frame.pop()
            w_value = frame.pop()
            if jit.we_are_jitted():
                ops.setattr(w_obj, code.names[arg], w_value)
            else:
                attrcache.store_attr(code, pc - 1, w_obj, code.names[arg], w_value)
        elif opcode == op.DELETE_ATTR:
            ops.delattr(frame.pop(), code.names[arg])
        elif opcode == op.LOAD_METHOD:
            load_method(frame, code, pc - 1, code.names[arg])
        elif opcode == op.CALL:
            call(frame, arg)
        elif opcode == op.CALL_KW:
            call_kw(frame, arg)
        elif opcode == op.CALL_FUNCTION_EX:
            call_ex(frame, arg)
        elif opcode == op.BINARY_OP:
            w_b = frame.pop()
            w_a = frame.pop()
            if arg >= op.INPLACE:
                frame.push(operators.inplace_op(w_a, w_b, arg - op.INPLACE))
            else:
                frame.push(operators.binary_op(w_a, w_b, arg))
        elif opcode == op.COMPARE_OP:
            w_b = frame.pop()
            w_a = frame.pop()
            frame.push(operators.compare(w_a, w_b, arg))
        elif opcode == op.IS_OP:
            w_b = frame.pop()
            w_a = frame.pop()
            frame.push(intobject.newbool((w_a is w_b) != (arg == 1)))
        elif opcode == op.CONTAINS_OP:
            w_container = frame.pop()
            w_item = frame.pop()
            frame.push(intobject.newbool(ops.contains(w_container, w_item) != (arg == 1)))
        elif opcode == op.UNARY_NOT:
            frame.push(intobject.newbool(not ops.is_true(frame.pop())))
        elif opcode == op.UNARY_NEGATIVE:
            frame.push(operators.neg(frame.pop()))
        elif opcode == op.UNARY_POSITIVE:
            frame.push(operators.pos(frame.pop()))
        elif opcode == op.UNARY_INVERT:
            frame.push(operators.invert(frame.pop()))
        elif opcode == op.BINARY_SUBSCR:
            w_key = frame.pop()
            w_obj = frame.pop()
            frame.push(ops.getitem(w_obj, w_key))
        elif opcode == op.STORE_SUBSCR:
            w_key = frame.pop()
            w_obj = frame.pop()
            w_value = frame.pop()
            ops.setitem(w_obj, w_key, w_value)
        elif opcode == op.DELETE_SUBSCR:
            w_key = frame.pop()
            w_obj = frame.pop()
            ops.delitem(w_obj, w_key)
        elif opcode == op.BUILD_SLICE:
            w_step: W_Root = w_None
            if arg == 3:
                w_step = frame.pop()
            w_stop = frame.pop()
            w_start = frame.pop()
            frame.push(helpers.new_slice(w_start, w_stop, w_step))
        elif opcode == op.BUILD_TUPLE:
            frame.push(tupleobject.newtuple(frame.pop_values(arg)))
        elif opcode == op.BUILD_LIST:
            frame.push(listobject.W_ListObject(frame.pop_values(arg)))
        elif opcode == op.BUILD_SET:
            frame.push(helpers.build_set(frame.pop_values(arg)))
        elif opcode == op.BUILD_MAP:
            items_w = frame.pop_values(2 * arg)
            w_dict = dictobject.W_DictObject()
            for i in range(arg):
                dictobject.setitem(w_dict, items_w[2 * i], items_w[2 * i + 1])
            frame.push(w_dict)
        elif opcode == op.BUILD_CONST_KEY_MAP:
            w_keys = frame.pop()
            values_w = frame.pop_values(arg)
            assert isinstance(w_keys, tupleobject.W_TupleObject)
            frame.push(dictobject.newdict_from_pairs(w_keys.items_w, values_w))
        elif opcode == op.BUILD_STRING:
            parts_w = frame.pop_values(arg)
            pieces: list[str] = []
            for w_part in parts_w:
                pieces.append(ops.text_w(w_part, "f-string part"))
            frame.push(strobject.newstr("".join(pieces)))
        elif opcode == op.LIST_APPEND:
            w_value = frame.pop()
            w_list = frame.peek(arg - 1)
            assert isinstance(w_list, listobject.W_ListObject)
            w_list.items_w.append(w_value)
        elif opcode == op.SET_ADD:
            w_value = frame.pop()
            w_set = frame.peek(arg - 1)
            assert w_set is not None
            helpers.set_add(w_set, w_value)
        elif opcode == op.MAP_ADD:
            w_value = frame.pop()
            w_key = frame.pop()
            w_dict = frame.peek(arg - 1)
            assert isinstance(w_dict, dictobject.W_DictObject)
            dictobject.setitem(w_dict, w_key, w_value)
        elif opcode == op.LIST_EXTEND:
            w_iterable = frame.pop()
            w_list = frame.peek((arg & 0xff) - 1)
            assert isinstance(w_list, listobject.W_ListObject)
            w_list.items_w.extend(helpers.unpack_star_argument(frame, w_iterable, arg))
        elif opcode == op.SET_UPDATE:
            w_iterable = frame.pop()
            w_set = frame.peek(arg - 1)
            assert w_set is not None
            for w_item in ops.unpack_iterable(w_iterable):
                helpers.set_add(w_set, w_item)
        # (one test of `opcode` per branch: the chain then compiles to one jump table)
        elif opcode == op.DICT_UPDATE:
            w_other = frame.pop()
            w_dict = frame.peek(arg - 1)
            assert isinstance(w_dict, dictobject.W_DictObject)
            helpers.dict_update(w_dict, w_other, False)
        elif opcode == op.DICT_MERGE:
            w_other = frame.pop()
            w_dict = frame.peek(arg - 1)
            assert isinstance(w_dict, dictobject.W_DictObject)
            helpers.dict_merge(w_dict, w_other, frame.peek(arg + 1))
        elif opcode == op.LIST_TO_TUPLE:
            w_list = frame.pop()
            assert isinstance(w_list, listobject.W_ListObject)
            frame.push(tupleobject.newtuple(list(w_list.items_w)))
        elif opcode == op.FORMAT_VALUE:
            w_spec: W_Root | None = None
            if arg & op.FV_HAS_SPEC:
                w_spec = frame.pop()
            frame.push(helpers.format_value(frame.pop(), arg & 3, w_spec))
        elif opcode == op.GET_ITER:
            frame.push(ops.iter(frame.pop()))
        elif opcode == op.FOR_ITER:
            w_iter = frame.top()
            w_next = ops.next(w_iter)
            if w_next is None:
                frame.pop()
                pc = arg
            else:
                frame.push(w_next)
        elif opcode == op.JUMP:
            if arg < pc and not code.yielding_loops[pc - 1]:
                jitdriver.can_enter_jit(pc=arg, code=code, frame=frame)
            pc = arg
        elif opcode == op.POP_JUMP_IF_FALSE:
            if not ops.is_true(frame.pop()):
                pc = arg
        elif opcode == op.POP_JUMP_IF_TRUE:
            if ops.is_true(frame.pop()):
                pc = arg
        elif opcode == op.POP_JUMP_IF_NONE:
            if frame.pop() is w_None:
                pc = arg
        elif opcode == op.POP_JUMP_IF_NOT_NONE:
            if frame.pop() is not w_None:
                pc = arg
        elif opcode == op.JUMP_IF_FALSE_OR_POP:
            if not ops.is_true(frame.top()):
                pc = arg
            else:
                frame.pop()
        elif opcode == op.JUMP_IF_TRUE_OR_POP:
            if ops.is_true(frame.top()):
                pc = arg
            else:
                frame.pop()
        elif opcode == op.RETURN_VALUE:
            frame.finished = True
            frame.yielded = False
            return frame.pop()
        elif opcode == op.YIELD_VALUE:
            frame.pc = pc
            frame.yielded = True
            return frame.pop()
        elif opcode == op.GET_YIELD_FROM_ITER:
            frame.push(ops.iter(frame.pop()))
        elif opcode == op.SEND:
            w_value = frame.pop()
            if helpers.send_into(frame, frame.top(), w_value):
                pc = arg
        elif opcode == op.MAKE_FUNCTION:
            make_function(frame, arg)
        elif opcode == op.RAISE_VARARGS:
            raise helpers.raise_varargs(frame, arg)
        elif opcode == op.RERAISE:
            error = OperationError(frame.pop())
            error.reraised = True
            error.context_set = True
            raise error
        elif opcode == op.PUSH_EXC_INFO:
            w_exc = frame.pop()
            w_previous = state.w_handled
            frame.push(w_None if w_previous is None else w_previous)
            frame.push(w_exc)
            state.w_handled = w_exc
        elif opcode == op.POP_EXCEPT:
            set_handled(frame.pop())
        elif opcode == op.POP_EXCEPT_AND_RERAISE:
            w_exc = frame.pop()
            set_handled(frame.pop())
            error = OperationError(w_exc)
            error.reraised = True
            error.context_set = True
            raise error
        elif opcode == op.CHECK_EXC_MATCH:
            w_type = frame.pop()
            w_exc = frame.top()
            frame.push(intobject.newbool(helpers.exception_matches(w_exc, w_type)))
        elif opcode == op.LOAD_ASSERTION_ERROR:
            frame.push(exceptions.w_AssertionError)
        elif opcode == op.BEFORE_WITH:
            helpers.before_with(frame)
        elif opcode == op.WITH_EXIT:
            w_exit = frame.pop()
            ops.call_function(w_exit, [w_None, w_None, w_None])
        elif opcode == op.WITH_EXCEPT_START:
            w_exc = frame.peek(0)
            w_exit = frame.peek(2)
            assert w_exc is not None and w_exit is not None
            w_tb = w_None
            if isinstance(w_exc, exceptions.W_BaseException):
                w_tb = w_exc.w_traceback
            frame.push(ops.call_function(w_exit, [w_exc.getclass(), w_exc, w_tb]))
        elif opcode == op.LOAD_BUILD_CLASS:
            frame.push(helpers.BUILD_CLASS)
        elif opcode == op.SETUP_ANNOTATIONS:
            w_locals = frame.w_locals
            if isinstance(w_locals, dictobject.W_DictObject):
                if dictobject.getitem_str(w_locals, "__annotations__") is None:
                    dictobject.setitem_str(w_locals, "__annotations__", dictobject.W_DictObject())
        elif opcode == op.IMPORT_NAME:
            w_fromlist = frame.pop()
            w_level = frame.pop()
            frame.push(helpers.import_name(frame, code.names[arg], w_fromlist, w_level))
        elif opcode == op.IMPORT_FROM:
            w_module = frame.top()
            frame.push(helpers.import_from(w_module, code.names[arg]))
        elif opcode == op.IMPORT_STAR:
            helpers.import_star(frame, frame.pop())
        elif opcode == op.UNPACK_SEQUENCE:
            items_w = helpers.unpack_target_values(frame.pop(), arg)
            i = arg - 1
            while i >= 0:
                frame.push(items_w[i])
                i -= 1
        elif opcode == op.UNPACK_EX:
            helpers.unpack_ex(frame, arg)
        elif opcode == op.PRINT_EXPR:
            helpers.print_expr(frame.pop())
        elif opcode == op.LOAD_LOCALS:
            w_locals = frame.w_locals
            assert w_locals is not None
            frame.push(w_locals)
        elif opcode == op.CHECK_STOP_ITERATION:
            helpers.check_stop_iteration(frame)
        elif opcode == op.GET_AWAITABLE:
            frame.push(generator.get_awaitable(frame.pop()))
        elif opcode == op.GET_AITER:
            frame.push(asyncgen.aiter_of(frame.pop()))
        elif opcode == op.GET_ANEXT:
            frame.push(asyncgen.anext_awaitable(frame.top()))
        elif opcode == op.END_ASYNC_FOR:
            w_exc = frame.pop()
            if not ops.isinstance_type(w_exc, exceptions.w_StopAsyncIteration):
                error = OperationError(w_exc)
                error.reraised = True
                error.context_set = True
                raise error
            frame.pop()
        elif opcode == op.BEFORE_ASYNC_WITH:
            helpers.before_async_with(frame)
        elif opcode == op.ASYNC_WITH_EXIT:
            w_exit = frame.pop()
            frame.push(ops.call_function(w_exit, [w_None, w_None, w_None]))
        elif opcode == op.CHECK_EG_MATCH:
            w_type = frame.pop()
            w_match, w_rest = excgroup.except_star_match(frame.pop(), w_type)
            frame.push(w_rest)
            frame.push(w_match)
            if w_match is not w_None:
                state.w_handled = w_match
        elif opcode == op.PREP_RERAISE_STAR:
            w_list = frame.pop()
            w_orig = frame.pop()
            assert isinstance(w_list, listobject.W_ListObject)
            frame.push(excgroup.prepare_reraise(w_orig, w_list.items_w))
        elif opcode == op.ASYNC_GEN_WRAP:
            frame.push(asyncgen.W_AsyncGenValue(frame.pop()))
        elif opcode == op.MATCH_SEQUENCE:
            frame.push(intobject.newbool(matching.is_sequence(frame.top())))
        elif opcode == op.MATCH_MAPPING:
            frame.push(intobject.newbool(ops.isinstance_type(frame.top(), dictobject.w_dict)))
        elif opcode == op.MATCH_KEYS:
            w_keys = frame.peek(0)
            w_subject = frame.peek(1)
            assert w_keys is not None and w_subject is not None
            frame.push(matching.match_keys(w_subject, w_keys))
        elif opcode == op.COPY_DICT_WITHOUT_KEYS:
            w_keys = frame.pop()
            frame.push(matching.copy_without_keys(frame.top(), w_keys))
        elif opcode == op.MATCH_CLASS:
            w_names = frame.pop()
            w_cls = frame.pop()
            w_subject = frame.pop()
            frame.push(matching.match_class(w_subject, w_cls, arg, w_names))
        elif opcode == op.GET_LEN:
            frame.push(intobject.newint(ops.len_w(frame.top())))
        else:
            raise errors.oper_error(exceptions.w_SystemError,
                                    "opcode %s is not supported yet" % op.NAMES[opcode])


# ---- names --------------------------------------------------------------------------------------------

def globals_of(frame: PyFrame) -> dictobject.W_DictObject:
    w_globals = frame.w_globals
    assert isinstance(w_globals, dictobject.W_DictObject)
    return w_globals


def load_global(frame: PyFrame, w_name: strobject.W_StrObject) -> W_Root:
    w_globals = globals_of(frame)
    w_value = dictobject.lookup_str_watched(w_globals, w_name)
    if w_value is None:
        if w_globals.own_builtins:
            w_value = load_own_builtin(w_globals, w_name.value)
        else:
            w_value = load_builtin(w_name)
        if w_value is None:
            raise name_not_defined(w_name.value)
    return w_value


def load_own_builtin(w_globals: dictobject.W_DictObject, name: str) -> W_Root | None:
    """A builtin name for code whose globals carry their own "__builtins__" (a dict or a module)."""
    w_builtins = dictobject.getitem_str(w_globals, "__builtins__")
    if w_builtins is None:
        return load_builtin(strobject.interned(name))
    if isinstance(w_builtins, moduleobject.W_ModuleObject):
        w_builtins = w_builtins.w_dict
    if isinstance(w_builtins, dictobject.W_DictObject):
        return dictobject.getitem_str(w_builtins, name)
    return ops.getitem_or_none(w_builtins, strobject.newstr(name))


def load_builtin(w_name: strobject.W_StrObject) -> W_Root | None:
    w_builtins = state.w_builtins
    if isinstance(w_builtins, dictobject.W_DictObject):
        return dictobject.lookup_str_watched(w_builtins, w_name)
    return None


def delete_name(frame: PyFrame, code: PyCode, arg: int) -> None:
    w_locals = frame.w_locals
    assert w_locals is not None
    if not w_locals._user_ and isinstance(w_locals, dictobject.W_DictObject):
        if not dictobject.delitem(w_locals, code.names_w[arg]):
            raise name_not_defined(code.names[arg])
        return
    try:
        ops.delitem(w_locals, code.names_w[arg])
    except OperationError as e:
        if errors.matches(e, exceptions.w_KeyError):
            raise name_not_defined(code.names[arg]) from None
        raise


def load_name(frame: PyFrame, w_name: strobject.W_StrObject) -> W_Root:
    w_locals = frame.w_locals
    if w_locals is not None and not w_locals._user_ and isinstance(w_locals, dictobject.W_DictObject):
        w_value = dictobject.getitem_str(w_locals, w_name.value)
        if w_value is not None:
            return w_value
    elif w_locals is not None:
        w_value = ops.getitem_or_none(w_locals, strobject.newstr(w_name.value))
        if w_value is not None:
            return w_value
    return load_global(frame, w_name)


def name_not_defined(name: str) -> OperationError:
    error = errors.name_error("name '%s' is not defined" % name)
    w_exc = error.w_value
    assert isinstance(w_exc, exceptions.W_BaseException)
    w_exc.set_attr("name", strobject.newstr(name))
    return error


def cell_name(code: PyCode, index: int) -> str:
    if index < len(code.cellvars):
        return code.cellvars[index]
    return code.freevars[index - len(code.cellvars)]


def unbound_cell(code: PyCode, index: int) -> OperationError:
    name = cell_name(code, index)
    if index < len(code.cellvars):
        return errors.oper_error(exceptions.w_UnboundLocalError,
                                 "cannot access local variable '%s' where it is not associated with a value"
                                 % name)
    return errors.name_error("cannot access free variable '%s' where it is not associated with a value"
                             " in enclosing scope" % name)


def set_handled(w_previous: W_Root) -> None:
    if w_previous is w_None:
        state.w_handled = None
    else:
        state.w_handled = w_previous


# ---- calls ---------------------------------------------------------------------------------------------

def load_method(frame: PyFrame, code: PyCode, pc: int, name: str) -> None:
    """obj -> [function, obj] when `name` is a plain method of obj's type, else [NULL, attribute]."""
    w_obj = frame.pop()
    if not jit.we_are_jitted():
        w_cached = attrcache.cached_method(code, pc, w_obj)
        if w_cached is not None:
            frame.push(w_cached)
            frame.push(w_obj)
            return
    w_type = ops.type_of(w_obj)
    if ops.attribute_kind_of(w_type) != ops.ATTR_OTHER:
        w_descr = w_type.lookup(name)
        if w_descr is not None and (isinstance(w_descr, W_FunctionObject) or
                                    (isinstance(w_descr, W_BuiltinFunction) and w_descr.kind == 1)):
            if ops.dict_value(w_obj, name) is None:
                if not jit.we_are_jitted():
                    attrcache.fill_method(code, pc, w_obj, name, w_descr)
                frame.push(w_descr)
                frame.push(w_obj)
                return
    frame.push(None)
    frame.push(ops.getattr(w_obj, name))


@jit.unroll_safe
def call(frame: PyFrame, nargs: int) -> None:
    # stack: [NULL or the method's function, the callable or self, arg1 ... argN]
    w_first = frame.peek(nargs + 1)
    if w_first is None:
        w_callable = frame.peek(nargs)
        total = nargs
    else:
        w_callable = w_first
        total = nargs + 1
    if isinstance(w_callable, W_FunctionObject) and function.fits_positional(jit.promote(w_callable.code), total):
        # a Python function with positional arguments only: they go from this frame's stack
        # straight into the new frame's locals (no argument list). In a trace the code is a
        # constant (one guard; not the function: a lambda or closure is a new one each time)
        new = function.new_frame(w_callable)
        for i in range(total):
            new.locals_w[i] = frame.peek(total - 1 - i)
        if len(w_callable.code.cellvars) > 0:
            function.init_cells(new)
        frame.drop_to(frame.depth - nargs - 2)
        frame.push(run_function_frame(w_callable, new))
        return
    if isinstance(w_callable, W_BuiltinFunction):
        # a builtin: promoted (its signature and implementation are constants in a trace), the
        # arguments go from the stack straight into its value list
        w_builtin = jit.promote(w_callable)
        if gateway.fits_positional(w_builtin, total):
            values_w = new_slots(len(w_builtin.sig.names))
            for i in range(total):
                values_w[i] = frame.peek(total - 1 - i)
            if w_builtin.kind == gateway.METHOD and total > 0:
                w_self = values_w[0]
                assert w_self is not None
                gateway.check_self(w_builtin, w_self)
            frame.drop_to(frame.depth - nargs - 2)
            frame.push(w_builtin.func(values_w))
            return
    args_w = frame.pop_values(nargs)
    w_second = frame.pop()
    w_first = frame.pop_maybe_null()
    if w_first is None:
        w_callable = w_second
    else:
        w_callable = w_first
        args_w = [w_second] + args_w
    frame.push(call_callable(w_callable, args_w))


def call_callable(w_callable: W_Root, args_w: list[W_Root]) -> W_Root:
    if isinstance(w_callable, W_FunctionObject):
        return run_function_frame(w_callable, function.bind_positional(w_callable, args_w))
    if isinstance(w_callable, W_MethodObject):
        return call_callable(w_callable.w_function, [w_callable.w_self] + args_w)
    return ops.call_function(w_callable, args_w)


def call_kw(frame: PyFrame, count: int) -> None:
    from languages.python.objspace.gateway import Arguments
    w_names = frame.pop()
    assert isinstance(w_names, tupleobject.W_TupleObject)
    values_w = frame.pop_values(count)
    nkw = len(w_names.items_w)
    npos = count - nkw
    assert npos >= 0
    args_w = values_w[:npos]
    keywords: list[str] = []
    keywords_w: list[W_Root] = []
    for i in range(nkw):
        keywords.append(ops.text_w(w_names.items_w[i], "keyword"))
        keywords_w.append(values_w[npos + i])
    w_second = frame.pop()
    w_first = frame.pop_maybe_null()
    if w_first is None:
        w_callable = w_second
    else:
        w_callable = w_first
        args_w = [w_second] + args_w
    frame.push(ops.call_args(w_callable, Arguments(args_w, keywords, keywords_w)))


def call_ex(frame: PyFrame, flags: int) -> None:
    from languages.python.objspace.gateway import Arguments
    keywords: list[str] | None = None
    keywords_w: list[W_Root] | None = None
    if flags & 1:
        w_kwargs = frame.pop()
        assert isinstance(w_kwargs, dictobject.W_DictObject)
        keywords = []
        keywords_w = []
        for w_key in dictobject.keys(w_kwargs):
            if not isinstance(w_key, strobject.W_StrObject):
                raise errors.type_error("keywords must be strings")
            keywords.append(w_key.value)
            w_value = dictobject.lookup(w_kwargs, w_key)
            assert w_value is not None
            keywords_w.append(w_value)
    w_args = frame.pop()
    w_callable = frame.pop()
    frame.pop_maybe_null()
    args_w = list(ops.fixedview(w_args))
    frame.push(ops.call_args(w_callable, Arguments(args_w, keywords, keywords_w)))


def make_function(frame: PyFrame, flags: int) -> None:
    w_code = frame.pop()
    assert isinstance(w_code, PyCode)
    closure: list[W_CellObject] | None = None
    if flags & op.MF_CLOSURE:
        w_closure = frame.pop()
        assert isinstance(w_closure, tupleobject.W_TupleObject)
        closure = []
        for w_cell in w_closure.items_w:
            assert isinstance(w_cell, W_CellObject)
            closure.append(w_cell)
    w_annotations: W_Root | None = None
    if flags & op.MF_ANNOTATIONS:
        w_annotations = frame.pop()
    w_kwdefaults: W_Root | None = None
    if flags & op.MF_KWDEFAULTS:
        w_kwdefaults = frame.pop()
    defaults_w: list[W_Root] | None = None
    if flags & op.MF_DEFAULTS:
        w_defaults = frame.pop()
        assert isinstance(w_defaults, tupleobject.W_TupleObject)
        defaults_w = w_defaults.items_w
    w_func = W_FunctionObject(w_code, frame.w_globals, w_code.name, w_code.qualname, defaults_w,
                              w_kwdefaults, closure)
    w_func.w_annotations = w_annotations
    frame.push(w_func)


# ---- running modules ----------------------------------------------------------------------------------

def run_code(code: PyCode, w_globals: dictobject.W_DictObject, w_locals: W_Root | None) -> W_Root:
    """Run a module-level (or class-body, exec) code object in the given namespaces."""
    frame = PyFrame(code, w_globals, w_locals)
    return execute_frame(frame)
