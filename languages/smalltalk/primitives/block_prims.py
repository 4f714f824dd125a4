"""Primitives of blocks: `value`, `value:`, `value:with:` evaluate the closure.

The block classes are chosen by arity (Block1 takes no argument, Block2 one, Block3 two), so a
wrong number of arguments is a doesNotUnderstand:, not a primitive failure.
"""

from kit.rlib import jit
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Block, W_Integer
from languages.smalltalk.primitives import primitive


def evaluate(receiver: W_AbstractObject, args: list, name: str) -> W_AbstractObject:
    if not isinstance(receiver, W_Block):
        raise SomError("%s: the receiver must be a block" % name)
    if receiver.code.num_args != len(args):
        raise SomError("%s: the block takes %d arguments, not %d" % (name, receiver.code.num_args, len(args)))
    # a trace is specialised to the block's code (guarded), so the block body is traced as constants
    code = jit.promote(receiver.code)
    return code.invoke_block(receiver, args)


@primitive("Block1", "value")
def block_value(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return evaluate(receiver, args, "Block1>>#value")


@primitive("Block2", "value:")
def block_value_1(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return evaluate(receiver, args, "Block2>>#value:")


@primitive("Block3", "value:with:")
def block_value_2(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return evaluate(receiver, args, "Block3>>#value:with:")


@primitive("Block", "numArgs")
def block_num_args(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    if not isinstance(receiver, W_Block):
        raise SomError("Block>>#numArgs: the receiver must be a block")
    return W_Integer(receiver.code.num_args)
