"""Keeping and compiling the words catalog (``i18n/kiosk_<lang>.ts``).

    python -m ui.i18n_build compile          # .ts -> .qm with pyside6-lrelease (the app also does this at start)
    python -m ui.i18n_build update           # add ids new in QML/Python as unfinished, mark unused ones vanished
    python -m ui.i18n_build add ID 中文 English  # add or change one entry in every language
    python -m ui.i18n_build check            # lrelease's finished/unfinished counts per language

Ids come from three places: ``qsTrId("…")`` in QML (found by ``pyside6-lupdate``), ``tr("…")`` literals in
``ui/`` Python, and ids computed from enums (``computed_ids``: message kinds, screen titles, prompts).
``pyside6-lupdate`` alone cannot see the last two (its Python parser knows no ID-based calls), so do
not point it at the catalog files directly: ``update`` runs it on a scratch copy and merges.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from ui.words import CATALOG_DIR, LANGUAGES, catalog_file

ROOT = CATALOG_DIR.parent
QML_DIR = ROOT / "ui" / "qml"
PY_DIRS = (ROOT / "ui",)
_PY_ID = re.compile(r"""\btr\(\s*["']([a-z][a-z0-9_.\-]*)["']""")
_LRELEASE_COUNTS = re.compile(r"\((\d+) finished and (\d+) unfinished\)")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        # The pyside6-* commands are wrappers around binaries inside the PySide6 package; an
        # environment that borrows its packages from elsewhere (no scripts of its own) still has those.
        import PySide6

        inside = Path(PySide6.__file__).parent / name.removeprefix("pyside6-")
        found = str(inside) if inside.exists() else None
    if not found:
        raise RuntimeError(f"{name} not found (it comes with the PySide6 wheel)")
    return found


# --- compiling --------------------------------------------------------------------------------


def _default_out() -> Path:
    out = CATALOG_DIR / "build"
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".writable"
        probe.touch()
        return out
    except OSError:  # a read-only install: compile into a private temporary folder instead
        return Path(tempfile.mkdtemp(prefix="kiosk-qm-"))


def compile_catalog(out_dir: Path | None = None) -> dict[str, Path]:
    """Compile each language's .ts to .qm when the .qm is missing or older; return language -> .qm."""
    out = out_dir or _default_out()
    out.mkdir(parents=True, exist_ok=True)
    compiled: dict[str, Path] = {}
    for language in LANGUAGES:
        ts = catalog_file(language)
        qm = out / f"kiosk_{language}.qm"
        if not qm.exists() or qm.stat().st_mtime_ns < ts.stat().st_mtime_ns:
            _lrelease(ts, qm)
        compiled[language] = qm
    return compiled


def _lrelease(ts: Path, qm: Path) -> str:
    done = subprocess.run(
        [_tool("pyside6-lrelease"), "-idbased", str(ts), "-qm", str(qm)],
        capture_output=True, text=True, check=True, timeout=60,
    )
    return done.stdout + done.stderr


def counts(language: str) -> tuple[int, int]:
    """(finished, unfinished) as pyside6-lrelease reports them for the language's catalog."""
    with tempfile.TemporaryDirectory() as tmp:
        report = _lrelease(catalog_file(language), Path(tmp) / "check.qm")
    m = _LRELEASE_COUNTS.search(report)
    if not m:
        raise RuntimeError(f"unexpected lrelease report: {report!r}")
    return int(m.group(1)), int(m.group(2))


# --- finding the ids the code uses --------------------------------------------------------------


def qml_ids(qml_dir: Path = QML_DIR) -> set[str]:
    """Every ``qsTrId`` id in the QML files, as pyside6-lupdate extracts them."""
    files = sorted(str(p) for p in qml_dir.rglob("*.qml"))
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scratch.ts"
        subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(scratch)],
                       capture_output=True, text=True, check=True, timeout=120)
        return {m.get("id", "") for m in ET.parse(scratch).getroot().iter("message")} - {""}


def python_ids(dirs: Iterable[Path] = PY_DIRS) -> set[str]:
    found: set[str] = set()
    for folder in dirs:
        for path in folder.rglob("*.py"):
            found.update(_PY_ID.findall(path.read_text(encoding="utf-8")))
    return found


def computed_ids() -> set[str]:
    """Ids built at run time from enums; add a family here when you compute ids from a new enum."""
    from kiosk.link import FilingWording, RecordAge
    from kiosk.messages import PrintProblem, Say, Tell
    from kiosk.session.states import State
    from kiosk.technician.settings import SETTINGS
    from ui.speech.prompts import prompt_ids
    from ui.words import SINGULAR_FORMS

    ids = {s.value for s in Say if s is not Say.PRINTER_PROBLEM} | {t.value for t in Tell}
    ids |= {f"tech.label.{s.key}" for s in SETTINGS} | {f"tech.choice.{c}" for s in SETTINGS for c in s.choices}
    ids |= {w.value for w in FilingWording} | {a.value for a in RecordAge}
    ids |= {p.catalog_id for p in PrintProblem}
    ids |= {f"title.{s.value}" for s in State}
    ids |= set(prompt_ids())
    ids.add("date.long")  # ui.words.format_date
    ids |= {f"{i}.one" for i in SINGULAR_FORMS}  # ui.words.Words.tr: a count of 1
    ids |= _errand_ids()
    return ids


def _errand_ids() -> set[str]:
    """Issue 16's families: link states, desks' problems, receipt delivery, code checks, weekdays."""
    from kiosk.appointments import AppointmentProblem
    from kiosk.citizen_records import APPLICATION_STATUSES, RecordProblem
    from kiosk.guide_print import GuidePrint
    from kiosk.link import Link

    ids = {f"link.{link.value}" for link in Link}
    ids |= {p.value for p in AppointmentProblem} | {p.value for p in RecordProblem} | {g.value for g in GuidePrint}
    ids |= {f"receipt.delivery.{m}" for m in ("pickup", "ems", "online")}
    ids |= {f"progress.code_{p}" for p in ("bad_char", "check", "long")}
    ids |= {f"weekday.{i}" for i in range(7)}
    ids |= {f"status.{s}" for s in APPLICATION_STATUSES}
    ids |= {"age.offline", "age.cached", "license.expired", "license.valid_to", "license.long_term"}
    ids |= {"review.reveal", "review.hide", "form.locked", "form.problems", "form.problems.one", "timeout.warning.one"}
    return ids


def used_ids() -> set[str]:
    return qml_ids() | python_ids() | computed_ids()


# --- editing the catalog ------------------------------------------------------------------------

Entry = tuple[str, str, str]  # source (Chinese, for translators), translation, type ("" or "unfinished"/"vanished")


def load(language: str) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    path = catalog_file(language)
    if not path.exists():
        return entries
    for message in ET.parse(path).getroot().iter("message"):
        msg_id = message.get("id", "")
        source = message.findtext("source") or ""
        node = message.find("translation")
        if msg_id and node is not None:
            entries[msg_id] = (source, node.text or "", node.get("type", ""))
    return entries


def save(language: str, entries: dict[str, Entry]) -> None:
    """Write the .ts the way lupdate does (one context, ids sorted) so diffs stay small."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="zh_CN">',
        "<context>",
        "    <name></name>",
    ]
    for msg_id in sorted(entries):
        source, text, kind = entries[msg_id]
        type_attr = f' type="{kind}"' if kind else ""
        lines += [
            f'    <message id="{escape(msg_id)}">',
            f"        <source>{escape(source)}</source>",
            f"        <translation{type_attr}>{escape(text)}</translation>",
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    catalog_file(language).write_text("\n".join(lines), encoding="utf-8")


def add(msg_id: str, chinese: str, english: str) -> None:
    for language, text in (("zh_CN", chinese), ("en_US", english)):
        entries = load(language)
        entries[msg_id] = (chinese, text, "" if text else "unfinished")
        save(language, entries)


def update() -> dict[str, int]:
    """Merge the ids the code uses into every language: new ones unfinished, unused ones vanished."""
    wanted = used_ids()
    report: dict[str, int] = {}
    for language in LANGUAGES:
        entries = load(language)
        new = wanted - entries.keys()
        for msg_id in new:
            entries[msg_id] = ("", "", "unfinished")
        for msg_id, (source, text, kind) in list(entries.items()):
            if msg_id not in wanted and kind != "vanished":
                entries[msg_id] = (source, text, "vanished")
            elif msg_id in wanted and kind == "vanished":
                entries[msg_id] = (source, text, "" if text else "unfinished")
        save(language, entries)
        report[language] = len(new)
    return report


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command == "compile":
        for language, qm in compile_catalog().items():
            print(f"{language}: {qm}")
    elif command == "update":
        for language, new in update().items():
            print(f"{language}: {new} new id(s)")
    elif command == "add" and len(argv) == 4:
        add(argv[1], argv[2], argv[3])
    elif command == "check":
        for language in LANGUAGES:
            finished, unfinished = counts(language)
            print(f"{language}: {finished} finished, {unfinished} unfinished")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
