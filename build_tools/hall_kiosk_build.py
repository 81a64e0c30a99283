"""The build backend of hall-kiosk: wheels whose import names cannot collide with other software.

The repository keeps the design card's top-level folders (``kiosk/``, ``drivers/``, ``ui/``,
``offline_cache/``, ``wiring/``, ``sandbox_platform/``, ``config/``, ``assets/``), which is what
developers and tests import. A wheel must not install packages called ``ui`` or ``drivers`` into
a shared ``site-packages``, so ``build_wheel`` stages a copy of the tree in which the folders sit
inside one package and every absolute import of them is rewritten (pip vendors its own dependencies
the same way):

* ``hall-kiosk`` → package ``hall_kiosk`` holding ``kiosk``, ``drivers``, ``ui``, ``offline_cache``,
  ``wiring``, plus ``config/`` and ``assets/`` as package data (found through ``importlib.resources``);
* ``hall-kiosk-sandbox`` (``--config-settings dist=sandbox``) → package ``hall_kiosk_sandbox``, the
  sandbox platform and Flask, reached from ``hall-kiosk[sandbox]``. Terminals never install it.

Editable installs (``pip install -e .``, what ``./dev`` does) keep the repository's own names, so
the checkout, its tests and the installed wheel run the same code under two spellings. The rewrite
is checked: a staged module that still imports a top-level name of ours fails the build.

Everything here is standard library plus setuptools, which runs the staged tree.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import setuptools.build_meta as _setuptools

ROOT = Path(__file__).resolve().parents[1]
MAIN_PACKAGE = "hall_kiosk"
SANDBOX_PACKAGE = "hall_kiosk_sandbox"
CODE_FOLDERS = ("kiosk", "drivers", "ui", "offline_cache", "wiring")
DATA_FOLDERS = ("config", "assets", "i18n")
SANDBOX_FOLDER = "sandbox_platform"
# Where each top-level name of the checkout lives inside the wheels.
RENAMES = {**{name: f"{MAIN_PACKAGE}.{name}" for name in CODE_FOLDERS}, SANDBOX_FOLDER: SANDBOX_PACKAGE}
_IMPORT = re.compile(r"^(?P<lead>\s*(?:from|import)\s+)(?P<top>" + "|".join(RENAMES) + r")(?P<rest>[.\s])", re.M)
# i18n/build holds .qm files compiled on the developer's machine; the terminal compiles its own.
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", "build")


class BuildError(Exception):
    """A staged tree that would not run installed."""


def rewrite_imports(source: str) -> str:
    """``from kiosk.x import y`` → ``from hall_kiosk.kiosk.x import y`` (and the sandbox alike)."""
    return _IMPORT.sub(lambda m: m["lead"] + RENAMES[m["top"]] + m["rest"], source)


# Calls that find a module by a name written as a string, which the rewrite does not touch.
_BY_NAME = {"files", "import_module", "find_spec"}


def _check_imports(path: Path, source: str) -> None:
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            named = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""
            if called in _BY_NAME and named.split(".")[0] in RENAMES:
                raise BuildError(f"{path}:{node.lineno}: module named by the string {named!r}: "
                                 "build the name from __package__ so it resolves when installed")
            continue
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
            # ``import hall_kiosk.kiosk.x`` binds ``hall_kiosk``, so code that said ``kiosk.x`` breaks.
            if any(alias.asname is None and alias.name.split(".")[0] in (MAIN_PACKAGE, SANDBOX_PACKAGE)
                   for alias in node.names):
                raise BuildError(f"{path}:{node.lineno}: write 'from … import …' for our own modules")
        for name in names:
            if name.split(".")[0] in RENAMES:
                raise BuildError(f"{path}:{node.lineno}: import of '{name}' was not rewritten")


def _copy_code(source: Path, target: Path) -> None:
    shutil.copytree(source, target, ignore=_SKIP)
    for module in target.rglob("*.py"):
        text = rewrite_imports(module.read_text(encoding="utf-8"))
        _check_imports(module, text)
        module.write_text(text, encoding="utf-8")


def _package_data(package_dir: Path, package: str) -> dict[str, list[str]]:
    """Every non-Python file, listed under the nearest package folder that holds it."""
    data: dict[str, list[str]] = {}
    for file in sorted(package_dir.rglob("*")):
        if not file.is_file() or file.suffix in (".py", ".pyc"):
            continue
        owner = file.parent
        while not (owner / "__init__.py").exists():
            owner = owner.parent
        name = ".".join((package, *owner.relative_to(package_dir).parts))
        data.setdefault(name, []).append(file.relative_to(owner).as_posix())
    return data


def _toml(value: Any) -> str:
    """Enough TOML for the staged pyproject: strings, lists and tables of strings."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_toml(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def _pyproject(project: Mapping[str, Any], package_data: Mapping[str, list[str]], top: str) -> str:
    lines = [
        "[build-system]",
        'requires = ["setuptools>=61"]',
        'build-backend = "setuptools.build_meta"',
        "",
        "[project]",
        *(f"{key} = {_toml(value)}" for key, value in project.items() if not isinstance(value, Mapping)),
        "",
    ]
    for key, value in project.items():
        if isinstance(value, Mapping):
            lines += [f"[project.{key}]", *(f"{_toml(k)} = {_toml(v)}" for k, v in value.items()), ""]
    lines += [
        "[tool.setuptools.packages.find]",
        f'include = ["{top}", "{top}.*"]',
        "",
        "[tool.setuptools.package-data]",
        *(f"{_toml(k)} = {_toml(v)}" for k, v in package_data.items()),
        "",
    ]
    return "\n".join(lines)


def _root_project() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return dict(tomllib.load(fh)["project"])


def stage(target: Path, distribution: str = "main") -> Path:
    """Write the staged source tree of one distribution into ``target``; returns it."""
    root = _root_project()
    version = root["version"]
    common: dict[str, Any] = {k: root[k] for k in ("version", "description", "requires-python") if k in root}
    extras = dict(root.get("optional-dependencies", {}))
    if distribution == "main":
        top = MAIN_PACKAGE
        package = target / top
        package.mkdir(parents=True)
        (package / "__init__.py").write_text(
            '"""hall-kiosk as installed: the repository\'s kiosk, drivers, ui, offline_cache and wiring\n'
            'packages, with config/, assets/ and i18n/ as package data (see docs/packaging.md)."""\n',
            encoding="utf-8",
        )
        for name in CODE_FOLDERS:
            _copy_code(ROOT / name, package / name)
        for name in DATA_FOLDERS:
            shutil.copytree(ROOT / name, package / name, ignore=_SKIP)
        project: dict[str, Any] = {
            "name": root["name"],
            **common,
            "readme": "README.md",
            "dependencies": list(root["dependencies"]),
            "optional-dependencies": {"sandbox": [f"hall-kiosk-sandbox=={version}"]},
            "scripts": {"kiosk": f"{top}.wiring.cli:main", "kiosk-sim-idcard": f"{top}.drivers.idcard.sim_cli:main"},
        }
        shutil.copy(ROOT / "README.md", target / "README.md")
    elif distribution == "sandbox":
        top = SANDBOX_PACKAGE
        package = target / top
        _copy_code(ROOT / SANDBOX_FOLDER, package)
        project = {
            "name": "hall-kiosk-sandbox",
            **common,
            "description": "The sandbox platform of hall-kiosk: a local HTTP server for the demo and tests",
            "dependencies": [f"hall-kiosk=={version}", *extras.get("sandbox", [])],
            "scripts": {"kiosk-sandbox-platform": f"{top}.cli:main"},
        }
    else:
        raise BuildError(f"unknown distribution {distribution!r}: main or sandbox")
    (target / "pyproject.toml").write_text(_pyproject(project, _package_data(package, top), top), encoding="utf-8")
    return target


@contextmanager
def _staged(config_settings: Mapping[str, Any] | None) -> Iterator[Path]:
    distribution = str((config_settings or {}).get("dist", "main"))
    with tempfile.TemporaryDirectory(prefix="hall-kiosk-stage-") as tmp:
        tree = stage(Path(tmp) / "src", distribution)
        here = os.getcwd()
        os.chdir(tree)
        try:
            yield tree
        finally:
            os.chdir(here)


# --- PEP 517 hooks ------------------------------------------------------------------------------


def get_requires_for_build_wheel(config_settings: Mapping[str, Any] | None = None) -> list[str]:
    return []


def build_wheel(
    wheel_directory: str, config_settings: Mapping[str, Any] | None = None, metadata_directory: str | None = None
) -> str:
    wheel_directory = os.path.abspath(wheel_directory)
    with _staged(config_settings):
        return str(_setuptools.build_wheel(wheel_directory))


def build_sdist(sdist_directory: str, config_settings: Mapping[str, Any] | None = None) -> str:
    # The sdist is the repository as it is (MANIFEST.in); its wheel is staged like any other.
    return str(_setuptools.build_sdist(sdist_directory, config_settings))


def get_requires_for_build_sdist(config_settings: Mapping[str, Any] | None = None) -> list[str]:
    return list(_setuptools.get_requires_for_build_sdist(config_settings))


# Editable installs are for developers: the checkout's own top-level names, nothing staged.
get_requires_for_build_editable = _setuptools.get_requires_for_build_editable
prepare_metadata_for_build_editable = _setuptools.prepare_metadata_for_build_editable
build_editable = _setuptools.build_editable
