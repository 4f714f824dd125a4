"""'Did you mean' hints for uncaught NameError and AttributeError, computed like CPython 3.11's
Python/suggestions.c: the closest candidate name by a Levenshtein distance where a case change
costs 1 and any other edit 2, accepted when at most about a third of the characters change."""

from __future__ import annotations

from languages.python.objspace.root import OperationError, W_Root

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1


def substitution_cost(a: str, b: str) -> int:
    ca = ord(a)
    cb = ord(b)
    if (ca & 31) != (cb & 31):
        return MOVE_COST
    if ca == cb:
        return 0
    if ord("A") <= ca <= ord("Z"):
        ca += 32
    if ord("A") <= cb <= ord("Z"):
        cb += 32
    if ca == cb:
        return CASE_COST
    return MOVE_COST


def levenshtein(a: str, b: str, max_cost: int) -> int:
    if a == b:
        return 0
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a = len(a)
    end_b = len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    assert end_a >= start and end_b >= start
    a = a[start:end_a]
    b = b[start:end_b]
    if len(a) == 0 or len(b) == 0:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row = [0] * len(a)
    tmp = MOVE_COST
    for i in range(len(a)):
        row[i] = tmp
        tmp += MOVE_COST
    result = 0
    for b_index in range(len(b)):
        code = b[b_index]
        distance = b_index * MOVE_COST
        result = distance
        minimum = -1
        for index in range(len(a)):
            substitute = distance + substitution_cost(code, a[index])
            distance = row[index]
            insert_delete = min(result, distance) + MOVE_COST
            result = min(insert_delete, substitute)
            row[index] = result
            if minimum < 0 or result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def best_suggestion(candidates: list[str], name: str) -> str:
    """The closest candidate, or "" when none is close enough."""
    if len(candidates) >= MAX_CANDIDATE_ITEMS:
        return ""
    suggestion = ""
    best = -1
    for item in candidates:
        if item == name:
            continue
        max_distance = (len(name) + len(item) + 3) * MOVE_COST // 6
        if best >= 0 and best - 1 < max_distance:
            max_distance = best - 1
        distance = levenshtein(name, item, max_distance)
        if distance > max_distance:
            continue
        if suggestion == "" or distance < best:
            suggestion = item
            best = distance
    return suggestion


def suggestion_for(w_exc: W_Root) -> str:
    """The hint for an uncaught exception ("" when there is none); never raises."""
    try:
        return compute_suggestion(w_exc)
    except OperationError:
        return ""


def compute_suggestion(w_exc: W_Root) -> str:
    from languages.python.interpreter.traceback import W_Traceback
    from languages.python.modules import builtins
    from languages.python.objspace import dictobject, exceptions, listobject, ops, strobject
    if not isinstance(w_exc, exceptions.W_BaseException):
        return ""
    w_type = ops.type_of(w_exc)
    w_name = w_exc.get_attr("name")
    if not isinstance(w_name, strobject.W_StrObject):
        return ""
    name = w_name.value
    if w_type.is_subtype(exceptions.w_AttributeError):
        w_obj = w_exc.get_attr("obj")
        if w_obj is None:
            return ""
        w_dir = builtins.builtin_dir([w_obj])
        if not isinstance(w_dir, listobject.W_ListObject):
            return ""
        return best_suggestion(string_items(w_dir.items_w), name)
    if w_type.is_subtype(exceptions.w_NameError):
        w_tb = w_exc.w_traceback
        if not isinstance(w_tb, W_Traceback):
            return ""
        while isinstance(w_tb.w_next, W_Traceback):
            w_next = w_tb.w_next
            assert isinstance(w_next, W_Traceback)
            w_tb = w_next
        frame = w_tb.frame
        found = best_suggestion(frame.code.varnames, name)
        if found != "":
            return found
        w_globals = frame.w_globals
        if isinstance(w_globals, dictobject.W_DictObject):
            found = best_suggestion(string_items(dictobject.keys(w_globals)), name)
            if found != "":
                return found
        from languages.python.interpreter.state import state
        w_builtins = state.w_builtins
        if isinstance(w_builtins, dictobject.W_DictObject):
            return best_suggestion(string_items(dictobject.keys(w_builtins)), name)
    return ""


def string_items(items_w: list[W_Root]) -> list[str]:
    from languages.python.objspace import strobject
    result: list[str] = []
    for w_item in items_w:
        if isinstance(w_item, strobject.W_StrObject):
            result.append(w_item.value)
    return result
