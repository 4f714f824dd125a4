"""The LR parse loop over tables that rply computed at import time (RPython).

Shift, reduce through the grammar's production functions, accept; errors name the unexpected token.
"""

from __future__ import annotations

from kit.rlib.lexer.token import BaseBox, SourceError, SourcePosition, Token, TokenSource

END = "$end"          # the terminal at the end of the input
END_ID = 0            # its number in the action table


class ParsingError(SourceError):
    """The input does not fit the grammar: `token` is the unexpected token (type `$end` at the end).

    `expected` lists the names of the terminals that would have been accepted there.
    """

    def __init__(self, message: str, source_pos: SourcePosition, token: Token, expected: list[str]) -> None:
        SourceError.__init__(self, message, source_pos)
        self.token = token
        self.expected = expected


def _no_production(p: list[BaseBox]) -> BaseBox:
    raise ParsingError("this grammar's productions take a state: call parse(tokens, state)",
                       SourcePosition(0, 1, 1), Token(END, ""), [])


def _no_state_production(state: object, p: list[BaseBox]) -> BaseBox:
    raise ParsingError("this grammar's productions take no state: call parse(tokens)",
                       SourcePosition(0, 1, 1), Token(END, ""), [])


def _no_error_handler(token: Token) -> None:
    return None


def _no_state_error_handler(state: object, token: Token) -> None:
    return None


class Production:
    """One grammar rule `name : symbols...`, reduced by calling `func(p)` (or `state_func(state, p)`)."""

    _immutable_fields_ = ["number", "name", "lhs", "length", "func", "state_func"]

    def __init__(self, number, name, lhs, length, func, state_func):
        self.number = number
        self.name = name
        self.lhs = lhs              # the nonterminal's number in the goto table
        self.length = length        # how many stack entries the rule pops
        self.func = func
        self.state_func = state_func


class LRParser:
    """An LALR(1) parser: the tables of one grammar and the loop that runs them.

    `actions[state * terminal_count + terminal]`: 0 is an error, `n > 0` shifts and goes to state
    `n - 1`, `n < 0` reduces production `-n - 1` (production 0 is the start rule: accept).
    `gotos[state * nonterminal_count + nonterminal]` is the state after a reduction.
    `default_reductions[state]` is a production to reduce without looking at the next token, or 0.
    """

    _immutable_fields_ = ["terminal_ids", "terminal_names[*]", "terminal_count", "nonterminal_count",
                          "actions[*]", "gotos[*]", "default_reductions[*]", "productions[*]",
                          "with_state", "error_handler", "state_error_handler"]

    def __init__(self, terminal_ids, terminal_names, nonterminal_count, actions, gotos, default_reductions,
                 productions, with_state, error_handler, state_error_handler):
        self.terminal_ids = terminal_ids            # dict: token type -> terminal number
        self.terminal_names = terminal_names
        self.terminal_count = len(terminal_names)
        self.nonterminal_count = nonterminal_count
        self.actions = actions
        self.gotos = gotos
        self.default_reductions = default_reductions
        self.productions = productions
        self.with_state = with_state
        self.error_handler = error_handler
        self.state_error_handler = state_error_handler

    def parse(self, source: TokenSource, state: object = None) -> BaseBox:
        """Parse the tokens of `source`; the result is what the start rule's production returned."""
        statestack = [0]
        symstack: list[BaseBox] = [Token(END, "")]
        current = 0
        lookahead: Token | None = None
        terminal = END_ID
        while True:
            default = self.default_reductions[current]
            if default != 0:
                current = self.reduce(default, symstack, statestack, state)
                continue
            if lookahead is None:
                lookahead = source.next_token()
                if lookahead is None:
                    lookahead = Token(END, "", source.end_position())
                    terminal = END_ID
                else:
                    terminal = self.terminal_ids.get(lookahead.name, -1)
            action = 0
            if terminal >= 0:
                action = self.actions[current * self.terminal_count + terminal]
            if action > 0:
                current = action - 1
                statestack.append(current)
                symstack.append(lookahead)
                lookahead = None
            elif action < 0:
                production = -action - 1
                if production == 0:
                    return symstack[-1]
                current = self.reduce(production, symstack, statestack, state)
            else:
                self.error(current, lookahead, state)

    def reduce(self, number: int, symstack: list[BaseBox], statestack: list[int], state: object) -> int:
        """Pop the production's symbols, call its function on them, push the result; the new state."""
        production = self.productions[number]
        start = len(symstack) - production.length
        assert start >= 0
        args = symstack[start:]
        del symstack[start:]
        del statestack[start:]
        if self.with_state:
            value = production.state_func(state, args)
        else:
            value = production.func(args)
        symstack.append(value)
        current = self.gotos[statestack[-1] * self.nonterminal_count + production.lhs]
        statestack.append(current)
        return current

    def expected_terminals(self, current: int) -> list[str]:
        names = []
        for terminal in range(self.terminal_count):
            if self.actions[current * self.terminal_count + terminal] != 0:
                names.append(self.terminal_names[terminal])
        return names

    def error(self, current: int, token: Token, state: object) -> None:
        """Let the grammar's error handler raise, else raise ParsingError."""
        if self.with_state:
            self.state_error_handler(state, token)
        else:
            self.error_handler(token)
        expected = self.expected_terminals(current)
        if token.name == END:
            message = "unexpected end of input"
        else:
            message = "unexpected %s '%s'" % (token.name, quote_text(token.value))
        if expected:
            message += "; expected " + describe_expected(expected)
        position = token.source_pos
        if position is None:
            position = SourcePosition(0, 1, 1)
        raise ParsingError(message, position, token, expected)


def quote_text(text: str) -> str:
    """Token text as an error message shows it: control characters escaped, long text cut short."""
    if len(text) > 40:
        text = text[:37] + "..."
    parts = []
    for char in text:
        if char == "\n":
            parts.append("\\n")
        elif char == "\t":
            parts.append("\\t")
        elif char == "\r":
            parts.append("\\r")
        elif ord(char) < 32:
            parts.append("\\x%d%x" % (ord(char) // 16, ord(char) % 16))
        else:
            parts.append(char)
    return "".join(parts)


def describe_expected(names: list[str]) -> str:
    shown = []
    for name in names:
        if name == END:
            shown.append("end of input")
        else:
            shown.append(name)
    if len(shown) == 1:
        return shown[0]
    return "one of " + ", ".join(shown)
