"""Where things are: the data directory, and the bundled forms and resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "desk_app"


def default_data_dir() -> Path:
    env = os.environ.get("DESK_APP_DATA_DIR")
    return Path(env) if env else Path(user_data_dir(APP_NAME, appauthor=False))


def _bundle_root() -> Path:
    """The folder that holds forms/ and resources/: the source tree, or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    env = os.environ.get("DESK_APP_BUNDLE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    return _bundle_root() / "forms"


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def catalog_dir() -> Path:
    return forms_dir() / "catalog"


def i18n_dir() -> Path:
    """The compiled translations (``<lang>.qm``): i18n/ in the source tree or in a frozen bundle."""
    return _bundle_root() / "i18n"
