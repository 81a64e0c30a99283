"""What the wheels hold: one import package each, code and data, and no sandbox in the terminal's."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from build_tools.hall_kiosk_build import CODE_FOLDERS, SANDBOX_FOLDER, BuildError, _check_imports, rewrite_imports
from tests.packaging.kit import ROOT


def test_imports_of_our_top_level_folders_are_rewritten_under_hall_kiosk() -> None:
    source = (
        "from kiosk.config.loader import load_config\n"
        "    from ui.app import run\n"
        "from sandbox_platform.server import SandboxPlatform\n"
        "from kiosk_extra import x\n"
        "import uikit\n"
    )
    assert rewrite_imports(source) == (
        "from hall_kiosk.kiosk.config.loader import load_config\n"
        "    from hall_kiosk.ui.app import run\n"
        "from hall_kiosk_sandbox.server import SandboxPlatform\n"
        "from kiosk_extra import x\n"
        "import uikit\n"
    )


def test_an_import_the_rewrite_cannot_express_fails_the_build() -> None:
    with pytest.raises(BuildError, match="not rewritten"):
        _check_imports(Path("m.py"), "import json, kiosk.clock\n")


def test_every_module_of_the_checkout_passes_the_wheel_builds_import_rules() -> None:
    # Fast, so a module the wheel build would refuse fails here and not first in the slow wheel tests
    # (an `import kiosk.x` added on main broke every wheel build once).
    refused = []
    for folder in (*CODE_FOLDERS, SANDBOX_FOLDER):
        for module in sorted((ROOT / folder).rglob("*.py")):
            try:
                _check_imports(module, rewrite_imports(module.read_text(encoding="utf-8")))
            except BuildError as exc:
                refused.append(str(exc))
    assert refused == []


def _names(wheel: Path) -> list[str]:
    return zipfile.ZipFile(wheel).namelist()


@pytest.mark.slow
def test_the_terminal_wheel_installs_one_package_named_hall_kiosk(wheels: list[Path]) -> None:
    main = next(w for w in wheels if w.name.startswith("hall_kiosk-"))
    tops = {n.split("/")[0] for n in _names(main) if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"hall_kiosk"}


@pytest.mark.slow
def test_the_terminal_wheel_carries_config_fonts_qml_and_words_but_not_the_sandbox(wheels: list[Path]) -> None:
    names = set(_names(next(w for w in wheels if w.name.startswith("hall_kiosk-"))))
    assert {
        "hall_kiosk/config/defaults.toml",
        "hall_kiosk/config/profiles/service_hall.toml",
        "hall_kiosk/assets/fonts/wqy-microhei.ttc",
        "hall_kiosk/ui/qml/Main.qml",
        # the keyboard layouts Main.qml points Qt's virtual keyboard at (docs/words.md)
        "hall_kiosk/ui/qml/keyboard/LetterKeys.qml",
        "hall_kiosk/ui/qml/keyboard/KeyboardPaint.qml",
        *(f"hall_kiosk/ui/qml/keyboard/layouts/{locale}/{kind}.qml"
          for locale in ("zh_CN", "en_US") for kind in ("main", "symbols", "digits", "numbers")),
        "hall_kiosk/i18n/kiosk_zh_CN.ts",
        "hall_kiosk/i18n/kiosk_en_US.ts",
    } <= names
    assert not [n for n in names if n.startswith("hall_kiosk/i18n/build/")]  # compiled on the terminal
    assert not [n for n in names if "sandbox_platform" in n or "flask" in n.lower()]


@pytest.mark.slow
def test_the_sandbox_is_its_own_wheel_that_brings_flask(wheels: list[Path]) -> None:
    sandbox = next(w for w in wheels if w.name.startswith("hall_kiosk_sandbox-"))
    metadata = zipfile.ZipFile(sandbox).read(f"{sandbox.name.split('-py3')[0]}.dist-info/METADATA").decode()
    assert "Requires-Dist: Flask" in metadata
    assert {n.split("/")[0] for n in _names(sandbox) if ".dist-info" not in n} == {"hall_kiosk_sandbox"}


def test_a_module_found_by_a_string_name_of_ours_fails_the_build() -> None:
    with pytest.raises(BuildError, match="build the name from __package__"):
        _check_imports(Path("m.py"), "from importlib import resources\nresources.files('kiosk.catalog')\n")
