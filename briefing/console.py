"""The terminal the CLI writes to: Rich on a terminal, whole lines everywhere else.

Rich wraps and truncates to the terminal's width, or to 80 columns (or $COLUMNS) when the
output is piped or captured; a message cut there ("/usr/share/fonts/ope…", "not\\na folder")
misleads a reader and breaks anything that reads it. Off a terminal, lines are never
wrapped or cut.
"""

from __future__ import annotations

from rich.console import Console, ConsoleDimensions

UNLIMITED = 1_000_000


class MessageConsole(Console):
    """A Console as wide as the terminal on a terminal, and unlimited elsewhere ($COLUMNS
    included: it describes a terminal, not a pipe)."""

    @property
    def size(self) -> ConsoleDimensions:
        if self.is_terminal:
            return Console.size.fget(self)
        return ConsoleDimensions(UNLIMITED, Console.size.fget(self).height)

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        Console.size.fset(self, new_size)


def message_console(*, stderr: bool = False) -> Console:
    return MessageConsole(stderr=stderr, soft_wrap=True)


def page_count(pages: int) -> str:
    """「1 page」, 「10 pages」: the count as the build's summary lines say it."""
    return f"{pages} page" if pages == 1 else f"{pages} pages"
