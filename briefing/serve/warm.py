"""Imported once by the build processes' fork server (briefing.serve.builder): every build
process is forked from a process that has already loaded WeasyPrint and the pipeline."""

from contextlib import suppress

from briefing import weasy

with suppress(OSError):  # a build reports the missing library with its fix
    weasy.load()

from briefing.weasy import incremental  # noqa: E402

# A build process builds again after each save: from the page the edit touches.
incremental.keep_pages()

import briefing.build  # noqa: E402,F401 - loaded here so each build process starts warm
import briefing.export  # noqa: E402,F401
import briefing.typeset  # noqa: E402,F401
import briefing.weasy.stream  # noqa: E402,F401
