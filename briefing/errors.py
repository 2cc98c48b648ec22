"""Errors a user can act on, and the exit codes the CLI maps them to.

Exit codes (documented in the README):
    0  success
    1  `check`/`preflight` found something that must be fixed
    2  bad input: the message names the file, the line and the fix
    3  the environment is missing something (a font, a system library)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2
EXIT_ENVIRONMENT = 3


@dataclass
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    message: str
    file: Path | str | None = None
    line: int | None = None
    fix: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = str(self.file)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        text = where + self.message
        if self.fix:
            text += f"\n  fix: {self.fix}"
        return text


class BriefingError(Exception):
    """Base class; carries one or more problems and an exit code."""

    exit_code = EXIT_BAD_INPUT

    def __init__(
        self,
        message: str | None = None,
        *,
        file: Path | str | None = None,
        line: int | None = None,
        fix: str | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        self.problems = list(problems or [])
        if message is not None:
            self.problems.insert(0, Problem(message, file, line, fix))
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):
        # Pickled with its problems (the export process sends errors back whole).
        return _restore, (type(self), self.problems, self.__dict__)


def _restore(cls: type[BriefingError], problems: list[Problem], state: dict) -> BriefingError:
    error = cls.__new__(cls)
    BriefingError.__init__(error, problems=problems)
    error.__dict__.update(state)
    return error


class InputError(BriefingError):
    """The user's input (article, briefing folder, template choice) is wrong."""

    exit_code = EXIT_BAD_INPUT


class EnvironmentProblem(BriefingError):
    """Something the machine should provide is missing (a font, a library)."""

    exit_code = EXIT_ENVIRONMENT
