"""Input and output procedures (R7RS 6.13): ports, reading and writing characters, strings,
bytes and data, and the file operations of (scheme file)."""

from __future__ import annotations

import os

from languages.scheme.machine import Machine
from languages.scheme.numbers import W_Fixnum
from languages.scheme.objects import (
    EOF,
    UNSPECIFIED,
    W_FALSE,
    W_TRUE,
    W_Bytevector,
    W_Char,
    W_Eof,
    W_Object,
    codes_to_str,
    kind_error,
    make_string,
    scheme_error,
    type_error,
    wrap_bool,
)
from languages.scheme.ports import (
    W_BinaryInputPort,
    W_BinaryOutputPort,
    W_FdTextInputPort,
    W_FdTextOutputPort,
    W_Port,
    W_StringOutputPort,
    W_TextInputPort,
    W_TextOutputPort,
    open_file_fd,
)
from languages.scheme.primitives import (
    check_byte,
    check_bytevector,
    check_char,
    check_fixnum,
    check_range,
    check_string,
    primitive,
)
from languages.scheme.printer import DISPLAY, WRITE, WRITE_SHARED, WRITE_SIMPLE, to_text
from languages.scheme.reader import Reader, ReadError

# ---- choosing ports -----------------------------------------------------------------------------


def text_input(m: Machine, who: str, args: list[W_Object], index: int) -> W_TextInputPort:
    if len(args) > index:
        port = args[index]
    else:
        port = m.parameter_value(m.vm.current_input)
    if not isinstance(port, W_TextInputPort):
        raise type_error(who, "a textual input port", port)
    if not port.is_open:
        raise scheme_error("%s: the port is closed" % who, [port])
    return port


def text_output(m: Machine, who: str, args: list[W_Object], index: int) -> W_TextOutputPort:
    if len(args) > index:
        port = args[index]
    else:
        port = m.parameter_value(m.vm.current_output)
    if not isinstance(port, W_TextOutputPort):
        raise type_error(who, "a textual output port", port)
    if not port.is_open:
        raise scheme_error("%s: the port is closed" % who, [port])
    return port


def binary_input(m: Machine, who: str, args: list[W_Object], index: int) -> W_BinaryInputPort:
    port = args[index] if len(args) > index else m.parameter_value(m.vm.current_input)
    if not isinstance(port, W_BinaryInputPort):
        raise type_error(who, "a binary input port", port)
    if not port.is_open:
        raise scheme_error("%s: the port is closed" % who, [port])
    return port


def binary_output(m: Machine, who: str, args: list[W_Object], index: int) -> W_BinaryOutputPort:
    port = args[index] if len(args) > index else m.parameter_value(m.vm.current_output)
    if not isinstance(port, W_BinaryOutputPort):
        raise type_error(who, "a binary output port", port)
    if not port.is_open:
        raise scheme_error("%s: the port is closed" % who, [port])
    return port


def char_or_eof(code: int) -> W_Object:
    if code < 0:
        return EOF
    return W_Char(code)


# ---- port predicates ----------------------------------------------------------------------------

@primitive("port?", 1)
def p_portp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Port))


@primitive("input-port?", 1)
def p_input_portp(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    return wrap_bool(isinstance(port, W_Port) and port.is_input)


@primitive("output-port?", 1)
def p_output_portp(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    return wrap_bool(isinstance(port, W_Port) and not port.is_input)


@primitive("textual-port?", 1)
def p_textual_portp(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    return wrap_bool(isinstance(port, W_Port) and port.is_textual)


@primitive("binary-port?", 1)
def p_binary_portp(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    return wrap_bool(isinstance(port, W_Port) and not port.is_textual)


@primitive("input-port-open?", 1)
def p_input_port_open(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    if not isinstance(port, W_Port):
        raise type_error("input-port-open?", "an input port", port)
    if not port.is_input:
        raise type_error("input-port-open?", "an input port", port)
    return wrap_bool(port.is_open)


@primitive("output-port-open?", 1)
def p_output_port_open(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    if not isinstance(port, W_Port):
        raise type_error("output-port-open?", "an output port", port)
    if port.is_input:
        raise type_error("output-port-open?", "an output port", port)
    return wrap_bool(port.is_open)


@primitive("close-port", 1)
def p_close_port(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    if not isinstance(port, W_Port):
        raise type_error("close-port", "a port", port)
    port.close()
    return UNSPECIFIED


@primitive("close-input-port", 1)
def p_close_input_port(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    if not isinstance(port, W_Port):
        raise type_error("close-input-port", "an input port", port)
    if not port.is_input:
        raise type_error("close-input-port", "an input port", port)
    port.close()
    return UNSPECIFIED


@primitive("close-output-port", 1)
def p_close_output_port(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    if not isinstance(port, W_Port):
        raise type_error("close-output-port", "an output port", port)
    if port.is_input:
        raise type_error("close-output-port", "an output port", port)
    port.close()
    return UNSPECIFIED


# ---- string and bytevector ports ----------------------------------------------------------------

@primitive("open-input-string", 1)
def p_open_input_string(m: Machine, args: list[W_Object]) -> W_Object:
    return W_TextInputPort(check_string("open-input-string", args[0]).as_str())


@primitive("open-output-string", 0)
def p_open_output_string(m: Machine, args: list[W_Object]) -> W_Object:
    return W_StringOutputPort()


@primitive("get-output-string", 1)
def p_get_output_string(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    if not isinstance(port, W_StringOutputPort):
        raise type_error("get-output-string", "a string output port", port)
    return make_string(port.contents())


@primitive("open-input-bytevector", 1)
def p_open_input_bytevector(m: Machine, args: list[W_Object]) -> W_Object:
    return W_BinaryInputPort(check_bytevector("open-input-bytevector", args[0]).data[:], -1)


@primitive("open-output-bytevector", 0)
def p_open_output_bytevector(m: Machine, args: list[W_Object]) -> W_Object:
    return W_BinaryOutputPort(-1)


@primitive("get-output-bytevector", 1)
def p_get_output_bytevector(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0]
    if not isinstance(port, W_BinaryOutputPort):
        raise type_error("get-output-bytevector", "a bytevector output port", port)
    if port.fd >= 0:
        raise type_error("get-output-bytevector", "a bytevector output port", port)
    return W_Bytevector(port.data[:])


# ---- file ports ---------------------------------------------------------------------------------

@primitive("open-input-file", 1)
def p_open_input_file(m: Machine, args: list[W_Object]) -> W_Object:
    fd = open_file_fd(check_string("open-input-file", args[0]).as_str(), False)
    return W_FdTextInputPort(fd, False)


@primitive("open-binary-input-file", 1)
def p_open_binary_input_file(m: Machine, args: list[W_Object]) -> W_Object:
    fd = open_file_fd(check_string("open-binary-input-file", args[0]).as_str(), False)
    return W_BinaryInputPort([], fd)


@primitive("open-output-file", 1)
def p_open_output_file(m: Machine, args: list[W_Object]) -> W_Object:
    fd = open_file_fd(check_string("open-output-file", args[0]).as_str(), True)
    port = W_FdTextOutputPort(fd, True)
    m.vm.track_port(port)
    return port


@primitive("open-binary-output-file", 1)
def p_open_binary_output_file(m: Machine, args: list[W_Object]) -> W_Object:
    fd = open_file_fd(check_string("open-binary-output-file", args[0]).as_str(), True)
    port = W_BinaryOutputPort(fd)
    m.vm.track_port(port)
    return port


@primitive("file-exists?", 1)
def p_file_exists(m: Machine, args: list[W_Object]) -> W_Object:
    path = check_string("file-exists?", args[0]).as_str()
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError:
        return W_FALSE
    os.close(fd)
    return W_TRUE


@primitive("delete-file", 1)
def p_delete_file(m: Machine, args: list[W_Object]) -> W_Object:
    path = check_string("delete-file", args[0])
    try:
        os.unlink(path.as_str())
    except OSError:
        raise kind_error("file", "delete-file: cannot delete", [path]) from None
    return UNSPECIFIED


# ---- reading ------------------------------------------------------------------------------------

@primitive("read-char", 0, 1)
def p_read_char(m: Machine, args: list[W_Object]) -> W_Object:
    return char_or_eof(text_input(m, "read-char", args, 0).read_char())


@primitive("peek-char", 0, 1)
def p_peek_char(m: Machine, args: list[W_Object]) -> W_Object:
    return char_or_eof(text_input(m, "peek-char", args, 0).peek_char())


@primitive("read-line", 0, 1)
def p_read_line(m: Machine, args: list[W_Object]) -> W_Object:
    m.vm.flush_console()
    line = text_input(m, "read-line", args, 0).read_line()
    if line is None:
        return EOF
    return make_string(line)


@primitive("read-string", 1, 2)
def p_read_string(m: Machine, args: list[W_Object]) -> W_Object:
    k = check_fixnum("read-string", args[0])
    if k < 0:
        raise scheme_error("read-string: negative count", [args[0]])
    text = text_input(m, "read-string", args, 1).read_string(k)
    if text is None:
        return EOF
    return make_string(text)


@primitive("char-ready?", 0, 1)
def p_char_ready(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(text_input(m, "char-ready?", args, 0).char_ready())


def read_datum(port: W_TextInputPort) -> W_Object:
    """The next datum of a textual port, reading more input when the text ends inside one."""
    while True:
        reader = Reader(port.buffer, "<port>", False, port.index)
        try:
            datum = reader.read()
        except ReadError as error:
            if error.incomplete and port.fill():
                continue
            raise kind_error("read", "read: " + error.reason, []) from None
        if reader.index >= len(port.buffer) and port.fill():
            continue        # the datum may go on in input not read yet
        port.index = reader.index
        return datum


@primitive("read", 0, 1)
def p_read(m: Machine, args: list[W_Object]) -> W_Object:
    m.vm.flush_console()
    return read_datum(text_input(m, "read", args, 0))


@primitive("read-u8", 0, 1)
def p_read_u8(m: Machine, args: list[W_Object]) -> W_Object:
    b = binary_input(m, "read-u8", args, 0).read_byte()
    if b < 0:
        return EOF
    return W_Fixnum(b)


@primitive("peek-u8", 0, 1)
def p_peek_u8(m: Machine, args: list[W_Object]) -> W_Object:
    b = binary_input(m, "peek-u8", args, 0).peek_byte()
    if b < 0:
        return EOF
    return W_Fixnum(b)


@primitive("u8-ready?", 0, 1)
def p_u8_ready(m: Machine, args: list[W_Object]) -> W_Object:
    binary_input(m, "u8-ready?", args, 0)
    return W_TRUE


@primitive("read-bytevector", 1, 2)
def p_read_bytevector(m: Machine, args: list[W_Object]) -> W_Object:
    k = check_fixnum("read-bytevector", args[0])
    if k < 0:
        raise scheme_error("read-bytevector: negative count", [args[0]])
    data = binary_input(m, "read-bytevector", args, 1).read_bytes(k)
    if len(data) == 0 and k > 0:
        return EOF
    return W_Bytevector(data)


@primitive("read-bytevector!", 1, 4)
def p_read_bytevector_into(m: Machine, args: list[W_Object]) -> W_Object:
    target = check_bytevector("read-bytevector!", args[0])
    port = binary_input(m, "read-bytevector!", args, 1)
    start, end = check_range("read-bytevector!", args, 2, len(target.data))
    data = port.read_bytes(end - start)
    if len(data) == 0 and end > start:
        return EOF
    for i in range(len(data)):
        target.data[start + i] = data[i]
    return W_Fixnum(len(data))


@primitive("eof-object", 0)
def p_eof_object(m: Machine, args: list[W_Object]) -> W_Object:
    return EOF


@primitive("eof-object?", 1)
def p_eof_objectp(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Eof))


# ---- writing ------------------------------------------------------------------------------------

@primitive("write-char", 1, 2)
def p_write_char(m: Machine, args: list[W_Object]) -> W_Object:
    c = check_char("write-char", args[0])
    text_output(m, "write-char", args, 1).write(chr(c.code))
    return UNSPECIFIED


@primitive("write-string", 1, 4)
def p_write_string(m: Machine, args: list[W_Object]) -> W_Object:
    s = check_string("write-string", args[0])
    port = text_output(m, "write-string", args, 1)
    start, end = check_range("write-string", args, 2, len(s.codes))
    port.write(codes_to_str(s.codes, start, end))
    return UNSPECIFIED


@primitive("newline", 0, 1)
def p_newline(m: Machine, args: list[W_Object]) -> W_Object:
    text_output(m, "newline", args, 0).write("\n")
    return UNSPECIFIED


@primitive("write", 1, 2)
def p_write(m: Machine, args: list[W_Object]) -> W_Object:
    text_output(m, "write", args, 1).write(to_text(args[0], WRITE))
    return UNSPECIFIED


@primitive("write-shared", 1, 2)
def p_write_shared(m: Machine, args: list[W_Object]) -> W_Object:
    text_output(m, "write-shared", args, 1).write(to_text(args[0], WRITE_SHARED))
    return UNSPECIFIED


@primitive("write-simple", 1, 2)
def p_write_simple(m: Machine, args: list[W_Object]) -> W_Object:
    text_output(m, "write-simple", args, 1).write(to_text(args[0], WRITE_SIMPLE))
    return UNSPECIFIED


@primitive("display", 1, 2)
def p_display(m: Machine, args: list[W_Object]) -> W_Object:
    text_output(m, "display", args, 1).write(to_text(args[0], DISPLAY))
    return UNSPECIFIED


@primitive("write-u8", 1, 2)
def p_write_u8(m: Machine, args: list[W_Object]) -> W_Object:
    b = check_byte("write-u8", args[0])
    binary_output(m, "write-u8", args, 1).write_byte(b)
    return UNSPECIFIED


@primitive("write-bytevector", 1, 4)
def p_write_bytevector(m: Machine, args: list[W_Object]) -> W_Object:
    bv = check_bytevector("write-bytevector", args[0])
    port = binary_output(m, "write-bytevector", args, 1)
    start, end = check_range("write-bytevector", args, 2, len(bv.data))
    for i in range(start, end):
        port.write_byte(bv.data[i])
    return UNSPECIFIED


@primitive("flush-output-port", 0, 1)
def p_flush_output_port(m: Machine, args: list[W_Object]) -> W_Object:
    port = args[0] if len(args) > 0 else m.parameter_value(m.vm.current_output)
    if isinstance(port, W_TextOutputPort):
        port.flush()
    elif isinstance(port, W_BinaryOutputPort):
        port.flush()
    else:
        raise type_error("flush-output-port", "an output port", port)
    return UNSPECIFIED
