"""Logs never hold an ID number, a name or a phone number in clear."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

from kiosk.domain.identity import Identity
from kiosk.domain.masking import mask_name
from kiosk.logging_setup import PERSONAL_NAMES, PersonalNames, configure_logging, mask


def _lines(path: Path) -> list[dict[str, str]]:
    for h in logging.getLogger().handlers:
        h.flush()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_record_with_id_number_name_and_phone_is_written_masked(tmp_path: Path, identity: Identity) -> None:
    path = configure_logging(tmp_path / "log", level="DEBUG")
    PERSONAL_NAMES.add(identity.name)
    try:
        logging.getLogger("kiosk.test").info(
            "filed for %s id %s phone %s", identity.name, identity.document_number, "13812345678"
        )
    finally:
        PERSONAL_NAMES.clear()
    raw = path.read_text(encoding="utf-8")
    assert identity.name not in raw
    assert identity.document_number not in raw
    assert "13812345678" not in raw
    msg = _lines(path)[-1]["msg"]
    assert "张**" in msg
    assert "1101**********002X" in msg
    assert "138****5678" in msg


def test_names_in_key_value_form_are_masked_even_when_unknown() -> None:
    assert mask("applicant name=李四 ok") == "applicant name=李** ok"
    assert mask('{"name": "王小明"}') == '{"name": "王**"}'
    assert mask("姓名：赵六") == "姓名：赵**"


def test_identity_objects_log_masked(tmp_path: Path, identity: Identity) -> None:
    path = configure_logging(tmp_path / "log")
    logging.getLogger("kiosk.test").warning("card read: %r", identity)
    raw = path.read_text(encoding="utf-8")
    assert identity.name not in raw and identity.document_number not in raw


def test_exception_text_is_masked(tmp_path: Path, identity: Identity) -> None:
    path = configure_logging(tmp_path / "log")
    try:
        raise ValueError(f"bad number {identity.document_number}")
    except ValueError:
        logging.getLogger("kiosk.test").exception("failed")
    raw = path.read_text(encoding="utf-8")
    assert identity.document_number not in raw
    assert "1101**********002X" in raw


def test_order_numbers_and_timestamps_are_left_alone() -> None:
    assert mask("job 20261123094500 done") == "job 20261123094500 done"


def test_a_name_echoed_in_free_text_after_the_wipe_is_still_masked(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "log")
    PERSONAL_NAMES.add("欧阳测试")
    PERSONAL_NAMES.add("OUYANG CESHI")
    PERSONAL_NAMES.clear()  # the session ended; the platform answers later
    logging.getLogger("kiosk.test").warning("platform answered 422: 申请人欧阳测试与证件不符 (Ouyang Ceshi)")
    raw = path.read_text(encoding="utf-8")
    assert "欧阳测试" not in raw
    assert "Ouyang Ceshi" not in raw
    assert mask_name("欧阳测试") in raw


def test_wiped_names_are_not_kept_as_text() -> None:
    names = PersonalNames()
    names.add("欧阳测试")
    names.clear()
    assert names.snapshot() == ()
    assert "欧阳测试" not in repr(vars(names))
    assert names.mask_forgotten("回执：欧阳测试，欧阳测试") == f"回执：{mask_name('欧阳测试')}，{mask_name('欧阳测试')}"


def test_a_latin_name_is_masked_only_as_whole_words() -> None:
    names = PersonalNames()
    names.add("LI")
    names.clear()
    assert names.mask_forgotten("CLIENT li") == f"CLIENT {mask_name('li')}"


def test_log_files_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    configure_logging(tmp_path / "log", max_bytes=200, backups=2)
    for n in range(20):
        logging.getLogger("kiosk.test").warning("line %d of a log that rotates", n)
    files = sorted((tmp_path / "log").iterdir())
    assert len(files) == 3  # rotated files are created the same way
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
