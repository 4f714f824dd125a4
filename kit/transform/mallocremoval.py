"""Malloc removal: a GC struct allocated in a graph and used there only through getfield/setfield is
replaced by one variable per field, threaded through the blocks (the range object of `for k in range(n)`).

It runs on low-level graphs after inlining (which brings the allocation and its uses into one graph)
and before the GC transform.  The algorithm (scalar replacement, as in PyPy's malloc removal):

1. Variables joined by links (a link argument and the target block's input argument) are put in the
   same family with a union-find.  A family is a candidate when each of its variables is either the
   result of a `malloc` of one fixed-size GcStruct type whose fields are all primitives or pointers,
   or an input argument of a non-start, non-final block; and no constant flows into it.
2. Every use of a family variable must be the object of a getfield, or the object (not the value) of
   a setfield whose result is unused, or a link argument.  Anything else (a call, a store of the
   pointer, a comparison, a cast, a return, an exit switch, keepalive...) means the object escapes
   and the family keeps its mallocs.  A link may carry at most one family variable (possibly in
   several positions, then they are aliases of one object in the target block); so in a block the
   input arguments of a family are all the same object, and each malloc result is a new one.
3. The family is flattened: each malloc becomes a list of field values (the type's zero values, as
   the GC hands out zeroed memory), setfield updates the list, a getfield's result is replaced by the
   current value, and each block input of the family becomes one input per field.  A removed
   malloc's exception check (`exc_occurred` right after it) is dropped with it.
"""

from __future__ import annotations

from typing import Any

from kit.flow.model import Block, Constant, FunctionGraph, SpaceOperation, Variable
from kit.rtyper import lltype


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Variable, Variable] = {}

    def find(self, v: Variable) -> Variable:
        root = v
        while self.parent.get(root, root) is not root:
            root = self.parent[root]
        while v is not root:                      # path compression
            nxt = self.parent.get(v, v)
            self.parent[v] = root
            v = nxt
        return root

    def union(self, a: Variable, b: Variable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra is not rb:
            self.parent[ra] = rb


def _removable_type(T: Any) -> bool:
    """A fixed-size GC struct whose fields can all live in variables (no parent struct: instances
    carry a vtable and are cast up and down; no inlined array)."""
    if not isinstance(T, lltype.GcStruct):
        return False
    for _name, ftype in T.fields():
        if isinstance(ftype, lltype.Ptr):
            continue
        if not isinstance(ftype, lltype.Primitive) or ftype is lltype.Address:
            return False
    return True


def _is_family_candidate_var(v: Any) -> bool:
    T = getattr(v, "concretetype", None)
    return isinstance(v, Variable) and isinstance(T, lltype.Ptr) and T.is_gc()


def _zero(T: lltype.LowLevelType) -> Constant:
    return Constant(lltype.default_value(T), concretetype=T)


class _Family:
    """The variables that may hold the objects of some mallocs, and the struct type they have."""

    def __init__(self) -> None:
        self.variables: set[Variable] = set()
        self.blocks: list[Block] = []          # where the variables are defined (and all used)
        self.TYPE: Any = None
        self.has_malloc = False
        self.ok = True


def find_removable_families(graph: FunctionGraph) -> list[_Family]:
    """The families of variables whose mallocs can be replaced by field variables."""
    blocks = list(graph.iterblocks())
    mallocs = [op.result for block in blocks for op in block.operations
               if op.opname == "malloc" and len(op.args) == 1 and _removable_type(op.args[0].value)]
    if not mallocs:
        return []
    uf = _UnionFind()
    fed_constants: list[Variable] = []      # inputs that receive a constant on some link
    undefined: list[Variable] = []          # a link's caught exception: defined by no block
    for block in blocks:
        for link in block.exits:
            for arg, inputarg in zip(link.args, link.target.inputargs, strict=True):
                if _is_family_candidate_var(arg):
                    uf.union(arg, inputarg)
                elif isinstance(arg, Constant) and _is_family_candidate_var(inputarg):
                    fed_constants.append(inputarg)
            undefined.extend(v for v in link.extravars() if _is_family_candidate_var(v))

    families: dict[Variable, _Family] = {}
    member: dict[Variable, _Family] = {}

    # only the families that hold a malloc are of interest
    for v in mallocs:
        families.setdefault(uf.find(v), _Family())

    def join(v: Variable, block: Block) -> _Family | None:
        fam = families.get(uf.find(v))
        if fam is not None:
            fam.variables.add(v)
            member[v] = fam
            if not fam.blocks or fam.blocks[-1] is not block:
                fam.blocks.append(block)
        return fam

    # definitions: mallocs of a removable type, and block inputs
    for block in blocks:
        for v in block.inputargs:
            fam = join(v, block) if _is_family_candidate_var(v) else None
            if fam is not None and (block is graph.startblock or block.is_final):
                fam.ok = False
        for op in block.operations:
            fam = join(op.result, block) if _is_family_candidate_var(op.result) else None
            if fam is None:
                continue
            if op.opname == "malloc" and len(op.args) == 1 and _removable_type(op.args[0].value):
                fam.has_malloc = True
                if fam.TYPE is None:
                    fam.TYPE = op.args[0].value
                elif fam.TYPE != op.args[0].value:
                    fam.ok = False
            else:
                fam.ok = False
    for v in fed_constants:
        if v in member:
            member[v].ok = False
    for v in undefined:
        fam = families.get(uf.find(v))
        if fam is not None:
            fam.ok = False

    # the uses: all in the blocks that define the variables (they are the only ones to look at)
    setfield_results: dict[Variable, _Family] = {}
    family_blocks = list({b: None for fam in families.values() if fam.ok for b in fam.blocks})
    for block in family_blocks:
        inputs = set(block.inputargs)
        for link in block.exits:
            # a link carrying two objects of one family (an input and a new malloc, or two mallocs):
            # the target could not tell them apart.  The family's inputs of a block are one object.
            carried: dict[int, Any] = {}
            for arg in link.args:
                fam = member.get(arg) if isinstance(arg, Variable) else None
                if fam is not None:
                    obj = inputs if arg in inputs else arg
                    if carried.setdefault(id(fam), obj) is not obj:
                        fam.ok = False
        if isinstance(block.exitswitch, Variable) and block.exitswitch in member:
            member[block.exitswitch].ok = False
        for op in block.operations:
            for i, arg in enumerate(op.args):
                fam = member.get(arg) if isinstance(arg, Variable) else None
                if fam is None:
                    continue
                known_field = fam.TYPE is not None and fam.TYPE.has_field(op.args[1].value) \
                    if op.opname in ("getfield", "setfield") else False
                if i == 0 and known_field and op.opname == "getfield":
                    continue
                if i == 0 and known_field and op.opname == "setfield":
                    setfield_results[op.result] = fam
                    continue
                fam.ok = False
    # a removed setfield leaves no result: it must not be used
    if setfield_results:
        for block in family_blocks:
            used = [a for op in block.operations for a in op.args]
            used += [a for link in block.exits for a in link.args]
            for arg in used:
                if isinstance(arg, Variable) and arg in setfield_results:
                    setfield_results[arg].ok = False
    return [fam for fam in families.values() if fam.ok and fam.has_malloc and fam.TYPE is not None]


def _flatten(fam: _Family) -> int:
    """Replace the objects of a family by their fields; returns the number of mallocs removed.
    Only the blocks defining the family's variables use them, so only they change."""
    TYPE, family, blocks = fam.TYPE, fam.variables, fam.blocks
    names = [name for name, _T in TYPE.fields()]
    index = {name: i for i, name in enumerate(names)}
    # where each block receives the family (positions in its current inputargs)
    positions = {b: [i for i, v in enumerate(b.inputargs) if v in family] for b in blocks}
    new_inputs: dict[Block, list[Variable]] = {}
    removed = 0
    for block in blocks:
        objects: dict[Variable, list[Any]] = {}
        if positions[block]:
            fieldvars = []
            for name, T in TYPE.fields():
                v = Variable(name)
                v.concretetype = T
                fieldvars.append(v)
            new_inputs[block] = fieldvars
            values = list(fieldvars)
            for i in positions[block]:
                objects[block.inputargs[i]] = values   # aliases share one list of values
        newops: list[SpaceOperation] = []
        # a getfield's result is renamed to the field's value in the rest of the block (a same_as
        # would hide a pointer read out of a removed object from the next round of this pass)
        renamed: dict[Variable, Any] = {}
        for op in block.operations:
            op.args = [_renamed(renamed, a) for a in op.args]
            if op.result in family and op.opname == "malloc":
                objects[op.result] = [_zero(T) for _name, T in TYPE.fields()]
                removed += 1
                continue
            if op.args and isinstance(op.args[0], Variable) and op.args[0] in family:
                values = objects[op.args[0]]
                slot = index[op.args[1].value]
                if op.opname == "setfield":
                    values[slot] = op.args[2]
                    continue
                assert op.opname == "getfield"
                value = values[slot]
                same_type = getattr(value, "concretetype", None) == op.result.concretetype
                if same_type and (isinstance(value, Variable) or op.result is not block.exitswitch):
                    renamed[op.result] = value
                else:        # keep a variable of the field's type (and no constant exit switch)
                    newops.append(SpaceOperation("same_as", [values[slot]], op.result, op.loc))
                continue
            newops.append(op)
        block.operations = newops
        if isinstance(block.exitswitch, Variable) and block.exitswitch in renamed:
            block.exitswitch = renamed[block.exitswitch]
        for link in block.exits:
            link.args = [_renamed(renamed, a) for a in link.args]
            targets = positions.get(link.target, [])
            if not targets:
                continue
            args: list[Any] = []
            for i, arg in enumerate(link.args):
                if i == targets[0]:
                    args.extend(objects[arg])
                elif i not in targets:
                    args.append(arg)
            link.args = args
    for block, fieldvars in new_inputs.items():
        first = positions[block][0]
        inputs: list[Variable] = []
        for i, v in enumerate(block.inputargs):
            if i == first:
                inputs.extend(fieldvars)
            elif i not in positions[block]:
                inputs.append(v)
        block.inputargs = inputs
    return removed


def _renamed(renamed: dict[Variable, Any], v: Any) -> Any:
    return renamed.get(v, v) if isinstance(v, Variable) else v


def _fold_malloc_checks(removed_in: list[Block]) -> None:
    """A block that ended in `malloc; exc_occurred()` and lost its malloc tests an exception state
    nothing in it can set (a malloc only runs when no exception is pending): keep the normal exit."""
    for block in removed_in:
        if not block.operations or block.operations[-1].opname != "exc_occurred":
            continue
        last = block.operations[-1]
        if block.exitswitch is not last.result or len(block.exits) != 2:
            continue
        if any(_may_set_exception(op) for op in block.operations[:-1]):
            continue
        normal = [link for link in block.exits if link.exitcase is False]
        if len(normal) != 1 or last.result in normal[0].args:
            continue
        block.operations.pop()
        block.exitswitch = None
        normal[0].exitcase = None
        block.recloseblock(normal[0])


def _may_set_exception(op: SpaceOperation) -> bool:
    from kit.rtyper.lloperation import LL_OPERATIONS
    desc = LL_OPERATIONS.get(op.opname)
    return desc is None or bool(desc.canraise) or op.opname in ("exc_set", "direct_call", "indirect_call")


def remove_mallocs_in_graph(graph: FunctionGraph) -> int:
    """Flatten every non-escaping malloc of `graph`; returns how many mallocs went."""
    total = 0
    while True:
        families = find_removable_families(graph)
        for fam in families:
            blocks_with_malloc = [b for b in fam.blocks if any(op.opname == "malloc" and op.result in fam.variables
                                                                for op in b.operations)]
            total += _flatten(fam)
            _fold_malloc_checks(blocks_with_malloc)
        # another round only when a pointer read out of a removed object may now be removable
        if not any(isinstance(T, lltype.Ptr) for fam in families for _name, T in fam.TYPE.fields()):
            return total


def remove_mallocs(graphs: list[FunctionGraph]) -> int:
    """The pass over all graphs of a program; returns the number of mallocs removed."""
    return sum(remove_mallocs_in_graph(graph) for graph in graphs)
