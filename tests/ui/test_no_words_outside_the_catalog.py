"""No citizen or technician sentence outside the catalog: CJK text in a string literal of drivers/,
kiosk/, offline_cache/ or ui/ is either in a file allowed below by name (with the reason), or a bug.
Comments and docstrings may say anything."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("drivers", "kiosk", "offline_cache", "ui")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Data tables: names of things, not sentences.
DATA_TABLES = {
    "drivers/idcard/ethnicity.py": "the 56 ethnic group names of GB 3304",
    "drivers/idcard/sim_card.py": "the simulator's sample cards",
    "drivers/idcard/frames.py": "SW3 meanings as the reader vendor's protocol names them (technician detail)",
    "drivers/qr/corpus.py": "sample codes for the decoder benchmark",
    "drivers/printing/samples.py": "sample documents for print tests",
    "kiosk/catalog/pinyin_keys.py": "pinyin initials of characters, for search",
    "kiosk/catalog/regions.py": "suffixes of region names (省/市/县…) for matching",
    "kiosk/domain/identity.py": "card type and sex names as printed on documents",
    "kiosk/forms/validation.py": "the 年/月/日 date pattern citizens type",
    "kiosk/config/models.py": "the default site and brand names (configuration data)",
    "kiosk/codes/signed.py": "issuer names of the signed code formats",
    "kiosk/codes/tracking.py": "the tracking number format's description",
    "kiosk/logging_setup.py": "the masking pattern for names in logs",
    "drivers/idcard/textblock.py": "the card text block's fixed field markers",
    "drivers/camera/code_source.py": "QR text encodings probed when decoding",
    "drivers/idcard/demo.py": "the demo's sample cards",
}
# Printed documents are official Chinese documents: their fixed wording lives with their layout.
PRINTED = {
    "drivers/printing/templates/receipt.py", "drivers/printing/templates/certificate.py",
    "drivers/printing/templates/licenses.py", "drivers/printing/templates/flow.py",
    "drivers/printing/templates/slip.py", "drivers/printing/seal.py", "drivers/printing/test_page.py",
    "drivers/printing/fonts.py", "drivers/printing/spool_printer.py", "kiosk/printing/documents.py",
    "kiosk/printing/service.py", "kiosk/appointments.py", "kiosk/terminal.py", "kiosk/guide_print.py",
    "drivers/printing/templates/table.py",
}
# Nothing is waiting to move into the catalog any more: technician screens, their view model, the
# settings checks, the PIN gate, the status board and the drivers' self-tests all went in (session 4).
PENDING: set[str] = set()
# Tables still waiting, and only those tables allowed. The last one, the enrolment words, went into the
# catalog too (tech.enrol.*, issue 17): nothing in the technician view model is allowed any more.
PENDING_TABLES: dict[str, str] = {}


def _table_lines(path: Path, name: str) -> range:
    """The lines of the module-level table ``name = {...}`` (empty when the file has none)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines, 1) if line.startswith((f"{name}:", f"{name} ="))), 0)
    if not start:
        return range(0)
    end = next(i for i, line in enumerate(lines[start:], start + 1) if line == "}")
    return range(start, end + 1)


def _python_literals(path: Path) -> list[tuple[int, str]]:
    found = []
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    for i, tok in enumerate(tokens):
        if tok.type not in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)):
            continue
        previous = next((t for t in reversed(tokens[:i]) if t.type not in (tokenize.NL, tokenize.COMMENT)), None)
        docstring = previous is None or previous.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE) or (
            previous.type == tokenize.OP and previous.string == ":")
        if not docstring and CJK.search(tok.string):
            found.append((tok.start[0], tok.string))
    return found


def _qml_literals(path: Path) -> list[tuple[int, str]]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = re.sub(r"//.*$", "", line)
        found += [(number, s) for s in re.findall(r'"(?:[^"\\]|\\.)*"', code) if CJK.search(s)]
    return found


def _offenders() -> dict[str, list[tuple[int, str]]]:
    allowed = set(DATA_TABLES) | PRINTED | PENDING
    out = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in allowed or "__pycache__" in rel:
                continue
            if path.suffix == ".py":
                hits = _python_literals(path)
                if rel in PENDING_TABLES:
                    table = _table_lines(path, PENDING_TABLES[rel])
                    hits = [(n, text) for n, text in hits if n not in table]
            elif path.suffix == ".qml":
                hits = _qml_literals(path)
            else:
                continue
            if hits:
                out[rel] = hits
    return out


def test_no_cjk_user_text_outside_the_catalog() -> None:
    assert _offenders() == {}


def test_the_allow_lists_name_only_files_that_exist() -> None:
    for rel in set(DATA_TABLES) | PRINTED | PENDING:
        assert (ROOT / rel).exists(), rel


def test_the_checker_finds_a_sentence_but_not_a_comment_or_docstring(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""模块说明。"""\n# 注释\nx = "请插卡"\n', encoding="utf-8")
    assert [s for _, s in _python_literals(sample)] == ['"请插卡"']
    qml = tmp_path / "s.qml"
    qml.write_text('// 说明\nText { text: "你好" }\n', encoding="utf-8")
    assert [s for _, s in _qml_literals(qml)] == ['"你好"']
