"""ParserGenerator: rply's LALR(1) table construction at import time, repacked for kit's LRParser.

The API is rply's (`production`, `error`, precedence); `build()` returns a kit LRParser.
"""

from __future__ import annotations

import inspect

import rply
import rply.errors

from kit.rlib.objectmodel import not_rpython
from kit.rlib.parsing.parser import (
    END,
    LRParser,
    Production,
    _no_error_handler,
    _no_production,
    _no_state_error_handler,
    _no_state_production,
)


class ParserGeneratorError(Exception):
    """A grammar kit cannot turn into a parser."""


# rply warns with this about conflicts precedence does not settle, unused tokens and unreachable rules
ParserGeneratorWarning = rply.errors.ParserGeneratorWarning


@not_rpython
class ParserGenerator:
    """Collects productions like rply's ParserGenerator; `build()` computes the tables with rply.

    Production functions take `p`, the list of the matched symbols' boxes (tokens for terminals),
    and return a box; if they take `(state, p)` instead, the parser must be called with a state.
    Every function of one grammar must take the same arguments.
    """

    def __init__(self, tokens: list[str], precedence: list[tuple[str, list[str]]] | None = None,
                 cache_id: str | None = None) -> None:
        # cache_id is accepted for rply compatibility; kit builds the (small) tables every import
        self.tokens = list(tokens)
        self.precedence = list(precedence or [])
        self.productions: list[tuple[str, object, str | None]] = []
        self.error_handler = None

    def production(self, rule: str, precedence: str | None = None):
        """Decorator: `@pg.production("expr : expr PLUS expr")` registers the function for the rule."""
        parts = rule.split()
        if len(parts) < 2 or parts[1] != ":":
            raise ParserGeneratorError(f"bad production {rule!r}: expected 'name : symbols ...'")

        def register(func):
            self.productions.append((rule, func, precedence))
            return func
        return register

    def error(self, func):
        """Decorator: the function gets the unexpected token (after the state, if any) and should raise."""
        self.error_handler = func
        return func

    def build(self) -> LRParser:
        if "$end" in self.tokens:
            raise ParserGeneratorError("'$end' is reserved for the end of the input")
        if not self.productions:
            raise ParserGeneratorError("a grammar needs at least one production")
        self.check_symbols()
        generator = rply.ParserGenerator(self.tokens, precedence=self.precedence)
        for rule, func, precedence in self.productions:
            generator.production(rule, precedence)(func)
        try:
            table = generator.build().lr_table
        except rply.errors.ParserGeneratorError as exc:
            raise ParserGeneratorError(str(exc)) from None
        with_state = self.takes_state()
        return pack_tables(table, self.tokens, with_state, self.error_handler)

    def check_symbols(self) -> None:
        """Every symbol on a right-hand side is a token or the left-hand side of some rule."""
        defined = set(self.tokens) | {rule.split()[0] for rule, _, _ in self.productions}
        for rule, _, _ in self.productions:
            for symbol in rule.split()[2:]:
                if symbol != "|" and symbol not in defined:
                    raise ParserGeneratorError(f"production {rule!r} uses {symbol!r}, which is neither a token "
                                               "nor the left-hand side of a production")

    def takes_state(self) -> bool:
        """Whether the production functions take (state, p) rather than p; they must agree."""
        arities = {}
        for rule, func, _ in self.productions:
            arities.setdefault(_positional_arity(func), []).append(rule)
        if len(arities) > 1 or not set(arities) <= {1, 2}:
            described = "; ".join(f"{n} argument(s): {rules[0]!r}" for n, rules in sorted(arities.items()))
            raise ParserGeneratorError("every production function must take (p) or every one (state, p); "
                                       "found " + described)
        return 2 in arities


@not_rpython
def _positional_arity(func) -> int:
    parameters = inspect.signature(func).parameters.values()
    return sum(1 for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))


@not_rpython
def pack_tables(table, tokens: list[str], with_state: bool, error_handler) -> LRParser:
    """rply's LRTable (lists of dicts keyed by symbol names) as kit's flat lists of ints."""
    grammar = table.grammar
    terminal_names = [END] + [name for name in tokens if name in grammar.terminals]
    terminal_ids = {name: number for number, name in enumerate(terminal_names)}
    nonterminal_ids: dict[str, int] = {}
    for production in grammar.productions:
        nonterminal_ids.setdefault(production.name, len(nonterminal_ids))
    terminal_count = len(terminal_names)
    nonterminal_count = len(nonterminal_ids)
    state_count = len(table.lr_action)

    actions = [0] * (state_count * terminal_count)
    for state, row in enumerate(table.lr_action):
        for symbol, action in row.items():
            if symbol not in terminal_ids:
                raise ParserGeneratorError(f"the grammar uses the terminal {symbol!r}, which kit does not support")
            if action > 0:
                encoded = action + 1            # shift: go to state `action`
            elif action < 0:
                encoded = action - 1            # reduce production `-action`
            else:
                encoded = -1                    # accept: reduce the start production 0
            actions[state * terminal_count + terminal_ids[symbol]] = encoded

    gotos = [-1] * (state_count * nonterminal_count)
    for state, row in enumerate(table.lr_goto):
        for symbol, target in row.items():
            gotos[state * nonterminal_count + nonterminal_ids[symbol]] = target

    default_reductions = [-reduction for reduction in table.default_reductions]

    productions = []
    for production in grammar.productions:
        func = production.func
        productions.append(Production(
            number=production.number,
            name=f"{production.name} : {' '.join(production.prod)}",
            lhs=nonterminal_ids[production.name],
            length=len(production.prod),
            func=_no_production if with_state or func is None else func,
            state_func=func if with_state and func is not None else _no_state_production,
        ))

    if error_handler is None:
        handler, state_handler = _no_error_handler, _no_state_error_handler
    elif with_state:
        handler, state_handler = _no_error_handler, error_handler
    else:
        handler, state_handler = error_handler, _no_state_error_handler
    return LRParser(terminal_ids, terminal_names, nonterminal_count, actions, gotos, default_reductions,
                    productions, with_state, handler, state_handler)
