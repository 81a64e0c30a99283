"""Logs never hold an ID number, a name or a phone number in clear."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from kiosk.domain.identity import Identity
from kiosk.logging_setup import PERSONAL_NAMES, configure_logging, mask


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
