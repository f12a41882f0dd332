"""PyInstaller entry script: the same entry point as the ``desk-app`` console script."""

import sys

from desk_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
