"""Status, outbox care and bundle export through the real window."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ports import OutboundItem
from kiosk.technician.outbox_care import OutboxCare
from offline_cache.crypto import FieldCipher
from offline_cache.outbox import Dead, SqliteOutbox
from tests.technician.conftest import PIN, start_app, stop_app, write_site
from tests.technician.test_entry import enter_pin, open_pad
from tests.ui.harness import find, screenshot, tap, type_into, visible

pytestmark = pytest.mark.slow


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[SqliteOutbox]:
    box = SqliteOutbox(
        tmp_path / "outbox.sqlite3", FieldCipher.from_key_file(tmp_path / "o.key"), disk_budget_bytes=2**24
    )
    box.submit(
        [
            OutboundItem("rating-A1", "rating", {"tracking_number": "A1", "score": 5}, personal=False),
            OutboundItem("audit-A2", "print_audit", {"doc": "receipt"}, personal=False),
        ]
    )
    claimed = box.claim(10)
    box.settle([Dead(c.id, f"platform answered 422 to {c.kind}: score out of range") for c in claimed])
    yield box
    box.close()


@pytest.fixture
def unlocked(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin_hash: str, outbox: SqliteOutbox):
    monkeypatch.chdir(tmp_path)
    syncs: list[int] = []
    care = OutboxCare(outbox, force_sync=lambda: syncs.append(1))
    # A real fault: the spool "printer" points below a plain file, so no document can be written there.
    (tmp_path / "not-a-folder").write_text("x")
    monkeypatch.setenv("KIOSK_PRINTER__SPOOL_DIR", str(tmp_path / "not-a-folder" / "spool"))
    app = start_app(qtbot, write_site(tmp_path, pin_hash), care=care, bundle_folders=[str(tmp_path / "usb")])
    app.syncs = syncs
    open_pad(qtbot, app)
    enter_pin(qtbot, app, PIN)
    qtbot.waitUntil(lambda: visible(app.window, "techStatusPage"), timeout=3000)
    yield app
    stop_app(app)


def test_each_device_has_a_self_test_button_that_shows_its_result(qtbot: QtBot, unlocked: Any, shots: Path) -> None:
    win = unlocked.window
    assert "尚未自检" in find(win, "statusMessage_printer").property("text")
    tap(qtbot, win, "selfTest_printer")
    qtbot.waitUntil(lambda: "spool folder" in find(win, "statusDetail_printer").property("text"), timeout=3000)
    assert "有故障" in find(win, "statusMessage_printer").property("text")  # the state in words, the detail below
    assert find(win, "statusState_printer").property("text").startswith("✘")
    tap(qtbot, win, "runAllSelfTests")
    qtbot.waitUntil(lambda: find(win, "statusState_idcard").property("text").startswith("✔"), timeout=3000)
    screenshot(win, shots, "technician_status")


def test_dead_items_are_listed_with_reasons_and_can_be_retried(
    qtbot: QtBot, unlocked: Any, outbox: SqliteOutbox, shots: Path
) -> None:
    app, win = unlocked, unlocked.window
    tap(qtbot, win, "techTab_outbox")
    qtbot.waitUntil(lambda: visible(win, "techOutboxPage"), timeout=3000)
    assert "失败 2 项" in find(win, "outboxSummary").property("text")
    assert [r["detail"] for r in app.tech.deadRows] == [
        "platform answered 422 to rating: score out of range",
        "platform answered 422 to print_audit: score out of range",
    ]
    # The first line says why in words; the status code stays on the technical second line only.
    reason = find(win, "deadReason_0").property("text")
    assert reason.startswith("原因：平台认为内容不符合要求") and "422" not in reason
    assert "422" in find(win, "deadDetail_0").property("text")
    screenshot(win, shots, "technician_outbox")
    tap(qtbot, win, "retryDead_0")
    assert outbox.state_of("rating-A1") == "pending"
    assert outbox.state_of("audit-A2") == "dead"
    tap(qtbot, win, "retryAllDead")
    assert outbox.state_of("audit-A2") == "pending"
    assert "失败 0 项" in find(win, "outboxSummary").property("text")
    tap(qtbot, win, "forceSync")
    assert len(app.syncs) == 3  # each retry and the button ask the sync worker to go now


def test_bundle_is_exported_to_the_chosen_folder(qtbot: QtBot, unlocked: Any, tmp_path: Path, shots: Path) -> None:
    win = unlocked.window
    tap(qtbot, win, "techTab_bundle")
    qtbot.waitUntil(lambda: visible(win, "techBundlePage"), timeout=3000)
    target = tmp_path / "chosen"
    type_into(qtbot, win, "bundleFolderInput", str(target))
    find(win, "inputPanel").setProperty("active", False)
    tap(qtbot, win, "exportBundleButton")
    qtbot.waitUntil(lambda: "诊断包已保存" in find(win, "bundleMessage").property("text"), timeout=5000)
    (bundle,) = target.glob("kiosk-diag-DEMO-0001-*.zip")
    with zipfile.ZipFile(bundle) as zf:
        assert "status.txt" in zf.namelist()
    screenshot(win, shots, "technician_bundle")
