"""`python -m briefing` and the `briefing` command.

A `build` forks its export process (export_worker.start_early) before the CLI — typer,
rich, the commands — is imported: WeasyPrint loads there meanwhile."""

import sys


def main() -> None:
    from briefing.export_worker import start_early

    start_early(sys.argv[1:])
    from briefing.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
