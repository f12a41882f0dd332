"""Entry point: ``desk-app`` alone starts the GUI; with a sub-command it is the admin CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desk_app.cli import run

    return run(sys.argv[1:] if argv is None else argv, gui=_start_gui, selftest_gui=_selftest_gui)


def _start_gui(data_dir):  # type: ignore[no-untyped-def]
    from desk_app.ui.app import run_gui  # Qt is imported only when the GUI starts

    return run_gui(data_dir)


def _selftest_gui(ctx, pdf):  # type: ignore[no-untyped-def]
    from desk_app.ui.selftest import check_gui

    return check_gui(ctx, pdf)


if __name__ == "__main__":
    sys.exit(main())
