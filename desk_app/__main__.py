"""Entry point: ``desk-app`` alone starts the GUI; with a sub-command it is the admin CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desk_app.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
