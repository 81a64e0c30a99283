"""The camera code source, driven by the simulated camera: scans, debounce, loss and reopen."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import numpy as np
import pytest
import segno

from drivers.camera.code_source import CameraCodeSource, scan_event
from drivers.camera.sources import SimulatedCamera
from drivers.qr.corpus import background
from kiosk.codes import ServiceCode, TrustList, classify
from kiosk.ports import CodeScanned, DeviceBack, DeviceLost
from sandbox_platform import issuer


def frame_with_code(text: str) -> np.ndarray:
    scene = background(np.random.default_rng(3), 1280, 720)
    matrix = np.pad(np.array(segno.make_qr(text).matrix, np.uint8), 4)
    code = np.kron(1 - matrix, np.ones((5, 5), np.uint8)) * 255
    scene[100 : 100 + code.shape[0], 300 : 300 + code.shape[1]] = code
    return scene


class Recorder:
    def __init__(self) -> None:
        self.events: list[object] = []
        self.cond = threading.Condition()

    def __call__(self, event: object) -> None:
        with self.cond:
            self.events.append(event)
            self.cond.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> list[object]:
        with self.cond:
            assert self.cond.wait_for(lambda: predicate(self.events), timeout), self.events
            return list(self.events)


@pytest.mark.slow
def test_a_service_code_shown_to_the_simulated_camera_is_emitted_and_verifies():
    now = datetime.now(UTC)
    text = issuer.issue_service_code("11010519491231002X", "张三丰", now=now)
    source = CameraCodeSource(SimulatedCamera(frames=[frame_with_code(text)], fps=20))
    rec = Recorder()
    source.start(rec)
    try:
        events = rec.wait_for(lambda ev: any(isinstance(e, CodeScanned) for e in ev))
    finally:
        source.stop()
    scan = next(e for e in events if isinstance(e, CodeScanned))
    assert (scan.text, scan.source) == (text, "camera")
    result = classify(scan.text, TrustList.from_json(issuer.trust_list()), now)
    assert isinstance(result, ServiceCode) and result.identity.name == "张三丰"


@pytest.mark.slow
def test_the_same_code_held_in_view_is_one_scan():
    source = CameraCodeSource(SimulatedCamera(frames=[frame_with_code("DEBOUNCE-ME")], fps=25), debounce_s=5)
    rec = Recorder()
    source.start(rec)
    try:
        rec.wait_for(lambda ev: len(ev) >= 1)
        deadline = time.monotonic() + 30  # generous: the loop ends as soon as ten frames were decoded
        while time.monotonic() < deadline and source.frames_decoded < 10:
            time.sleep(0.05)
    finally:
        source.stop()
    assert source.frames_decoded >= 10
    assert [e for e in rec.events if isinstance(e, CodeScanned)] == [CodeScanned("DEBOUNCE-ME", "camera")]


@pytest.mark.slow
def test_a_lost_camera_is_reported_and_reopened():
    camera = SimulatedCamera(frames=[frame_with_code("X")], fps=30)
    camera.fail_after = 3
    source = CameraCodeSource(camera, backoff_s=(0.05, 0.2))
    rec = Recorder()
    source.start(rec)
    try:
        events = rec.wait_for(lambda ev: any(isinstance(e, DeviceBack) for e in ev))
    finally:
        source.stop()
    lost = [e for e in events if isinstance(e, DeviceLost)]
    assert lost[0].device == "camera" and "unplug" in lost[0].reason
    assert camera.opens >= 2


def test_self_test_decodes_the_test_code_and_reads_a_frame():
    result = CameraCodeSource(SimulatedCamera(frames=[frame_with_code("Y")], fps=30)).self_test()
    assert result.ok, result
    assert result.details["device"].startswith("simulated camera")
    assert result.details["frame_shape"] == (720, 1280)


def test_self_test_fails_naming_the_problem_when_the_camera_cannot_open(tmp_path):
    result = CameraCodeSource(SimulatedCamera(path=str(tmp_path / "missing.png"))).self_test()
    assert not result.ok and "no readable images" in result.message


def test_one_code_with_one_reading_is_a_plain_scan_and_anything_else_carries_every_code():
    assert scan_event((("X",),)) == CodeScanned("X", "camera")
    assert scan_event((("签注", "ﾇｩﾗ｢"),)) == CodeScanned("", "camera", (("签注", "ﾇｩﾗ｢"),))
    assert scan_event((("A",), ("B",))).codes == (("A",), ("B",))


@pytest.mark.slow
def test_two_codes_in_one_frame_are_one_scan_carrying_both():
    scene = frame_with_code("FIRST-CODE")
    matrix = np.pad(np.array(segno.make_qr("SECOND-CODE").matrix, np.uint8), 4)
    code = np.kron(1 - matrix, np.ones((5, 5), np.uint8)) * 255
    scene[300 : 300 + code.shape[0], 800 : 800 + code.shape[1]] = code
    source = CameraCodeSource(SimulatedCamera(frames=[scene], fps=20), debounce_s=5)
    rec = Recorder()
    source.start(rec)
    try:
        rec.wait_for(lambda ev: any(isinstance(e, CodeScanned) for e in ev))
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline and source.frames_decoded < 5:
            time.sleep(0.05)
    finally:
        source.stop()
    scans = [e for e in rec.events if isinstance(e, CodeScanned)]
    assert len(scans) == 1 and scans[0].text == ""
    assert sorted(scans[0].codes) == [("FIRST-CODE",), ("SECOND-CODE",)]
