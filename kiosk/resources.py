"""Where the packaged data lives: ``config/`` (defaults, site profiles) and ``assets/`` (fonts).

In a checkout these are the repository's top-level folders. In the installed wheel the build step
(``build_tools/hall_kiosk_build.py``) places them inside the ``hall_kiosk`` package, beside
``hall_kiosk.kiosk``, and ``importlib.resources`` finds them there, wherever pip put the package.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_root() -> Path:
    """The folder holding ``config/`` and ``assets/``."""
    enclosing = (__package__ or "").rpartition(".")[0]  # "hall_kiosk" when installed, "" in a checkout
    if not enclosing:
        return Path(__file__).resolve().parents[1]
    # A wheel is installed unpacked, so the package's resources are plain files with a real path.
    return Path(str(files(enclosing)))
