"""The citizen's path on the parts a real terminal has, not the demo's stand-ins: the camera plays image
files from disk (a sheet of paper on the counter, and a phone showing a personal service code held
over it now and then), and the receipt goes through the real cupsd to the cups-pdf queue. The printed
PDF's QR code must read back as the tracking number the platform recorded for the filing."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
import segno
from pytestqt.qtbot import QtBot

from drivers.document.synthetic import generate
from drivers.qr.chain import DecoderChain
from sandbox_platform.issuer import issue_service_code
from tests.printing import conftest as printing
from tests.ui.flows import on, option_index
from tests.ui.harness import draw_signature, find, open_window, screenshot, tap, type_into

pytestmark = [pytest.mark.slow, pytest.mark.cups]
cups_ready = printing.cups_ready  # the printing tests' fixture: runs the project's CUPS set-up

HOLDER_NUMBER = "320102199003071239"  # the sandbox's demo citizen, who holds e-licenses there
FPS = 10
EMPTY_FRAMES, CODE_FRAMES = 45, 4  # the phone is in view 0.4 s of every 4.9 s: one scan per pass


def _phone_showing(text: str, scene: np.ndarray) -> np.ndarray:
    """The code on a phone screen held at a slant: a dark bezel, a white screen, perspective."""
    qr = segno.make(text, error="m")
    modules = np.array([[0 if dark else 255 for dark in row] for row in qr.matrix], dtype=np.uint8)
    code = cv2.resize(np.pad(modules, 4, constant_values=255), (300, 300), interpolation=cv2.INTER_NEAREST)
    phone = np.full((560, 340), 25, np.uint8)
    phone[40:520, 20:320] = 245
    phone[130:430, 20:320] = code
    src = np.array([[0, 0], [340, 0], [340, 560], [0, 560]], dtype=np.float32)
    dst = np.array([[470, 90], [800, 120], [790, 690], [455, 660]], dtype=np.float32)
    warp = cv2.getPerspectiveTransform(src, dst)
    mask = cv2.warpPerspective(np.full_like(phone, 255), warp, (1280, 720))
    shown = cv2.warpPerspective(phone, warp, (1280, 720))
    frame = scene.copy()
    frame[mask > 0] = cv2.cvtColor(shown, cv2.COLOR_GRAY2BGR)[mask > 0]
    return frame


@pytest.fixture
def camera_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "camera"
    folder.mkdir()
    scene = generate(7, max_tilt=15).frame  # the paper material lying on the counter
    text = issue_service_code(HOLDER_NUMBER, "王小明", gender="1", now=datetime.now(UTC))
    for i in range(EMPTY_FRAMES + CODE_FRAMES):
        frame = _phone_showing(text, scene) if i >= EMPTY_FRAMES else scene
        cv2.imwrite(str(folder / f"frame_{i:03d}.jpg"), frame, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return folder


@pytest.fixture
def real_parts_app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, camera_folder: Path, cups_ready: None
) -> Iterator[Any]:
    monkeypatch.chdir(tmp_path)
    environ = {
        "KIOSK_CAMERA__SIMULATED_SOURCE": str(camera_folder),
        "KIOSK_CAMERA__FPS": str(FPS),
        "KIOSK_PRINTER__BACKEND": "cups",
        "KIOSK_PRINTER__QUEUE": "kiosk-pdf",
    }
    app = open_window(qtbot, environ=environ)
    yield app
    app.close()


def _photograph(qtbot: QtBot, app: Any, index: int) -> None:
    """Tap the photo button, and tap again if the phone was over the sheet just then, as a person would."""
    for _ in range(5):
        tap(qtbot, app.window, f"photo_{index}")
        qtbot.wait(100)
        qtbot.waitUntil(lambda: not app.vm.capturing, timeout=15000)
        if app.vm.materials[index]["done"]:
            return
    raise AssertionError(f"the page was never photographed: {app.vm.notice}")


def test_a_code_shown_to_the_camera_files_and_the_cups_receipt_reads_back_as_the_platforms_record(
    qtbot: QtBot, real_parts_app: Any, shots: Path, tmp_path: Path
) -> None:
    app, win = real_parts_app, real_parts_app.window
    on(qtbot, app, "idle")
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    # Identified by the code in the image files alone: nobody taps the demo buttons.
    on(qtbot, app, "choose_service", timeout=30000)
    identity = app.assembly.terminal.session.data.identity
    assert identity is not None and identity.document_number == HOLDER_NUMBER

    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=15000)
    type_into(qtbot, win, "serviceSearch", "hukouqianyi")
    qtbot.waitUntil(lambda: len(app.vm.services) > 0, timeout=5000)
    tap(qtbot, win, f"service_{app.vm.services[0]['code']}")
    on(qtbot, app, "guide")
    tap(qtbot, win, "startFormButton")
    on(qtbot, app, "form")
    type_into(qtbot, win, "field_phone", "13812345678")
    tap(qtbot, win, "field_from_region_p0")
    tap(qtbot, win, "field_from_region_c0")
    tap(qtbot, win, "field_from_region_d0")
    type_into(qtbot, win, "field_to_address", "上海市黄浦区南京东路100号")
    tap(qtbot, win, "field_move_reason_0")
    type_into(qtbot, win, "field_movers", "1")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'pickup')}")
    qtbot.waitUntil(lambda: any(m["done"] for m in app.vm.materials), timeout=10000)
    for i, material in enumerate(app.vm.materials):
        if material["needs_photo"] and not material["done"]:
            _photograph(qtbot, app, i)
    tap(qtbot, win, "reviewButton")
    on(qtbot, app, "review")
    if app.vm.needsSignature:
        draw_signature(qtbot, win)
    tap(qtbot, win, "pledgeCheck")  # 告知承诺, accepted before submitting
    tap(qtbot, win, "submitButton")
    on(qtbot, app, "receipt")
    qtbot.waitUntil(lambda: not app.vm.printing, timeout=30000)
    assert not app.vm.receiptFailed, app.vm.notice
    screenshot(win, shots, "real_parts_receipt")
    shown = find(win, "trackingNumber").property("text")

    sandbox = app.assembly.extras["sandbox"]
    app.assembly.extras["sync"].worker.force_sync()
    qtbot.waitUntil(lambda: len(sandbox.records("application")) == 1, timeout=20000)
    recorded = sandbox.records("application")[0]["tracking"]
    assert shown == recorded
    qtbot.waitUntil(lambda: any(r["payload"]["kind"] == "receipt" for r in sandbox.records("print_audit")),
                    timeout=20000)
    audit = next(r["payload"] for r in sandbox.records("print_audit") if r["payload"]["kind"] == "receipt")
    assert audit["outcome"] == "completed"

    pdf = printing.cups_pdf_output(audit["job_id"], timeout_s=30)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "receipt")], check=True)
    page = cv2.imread(str(tmp_path / "receipt.png"), cv2.IMREAD_GRAYSCALE)
    assert page is not None
    assert [d.text for d in DecoderChain().decode(page)] == [recorded]
