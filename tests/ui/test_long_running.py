"""A terminal that runs for weeks: nothing a long run repeats may use up a count or end the process."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import on
from tests.ui.harness import find, screenshot, tap

ROOT = Path(__file__).resolve().parents[2]

# True's reference count is ~8,000 in a started terminal and None's a few 10,000; 100,000 emits
# (each gives away a True) and as many void Qt calls (each gives away a None) go well past both.
_MANY_MISCOUNTS = """
from PySide6.QtCore import QTimer
from kiosk.config.loader import CONFIG_DIR, load_config
from ui.app import KioskApp
app = KioskApp(load_config(CONFIG_DIR / "profiles" / "demo.toml", environ={"KIOSK_PLATFORM__URL": "http://127.0.0.1:0"}),
               demo=True)
timer = QTimer()
for _ in range(100):
    for _ in range(1000):
        app.dispatcher.post(lambda: None)
        timer.stop()
    app.qt_app.processEvents()
app.close()
print("survived", flush=True)
"""


def test_the_terminal_survives_more_miscounts_than_none_and_true_have_references(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _MANY_MISCOUNTS], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=180)
    assert "_dealloc" not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout


def _preview_objects() -> int:
    gc.unfreeze()  # a catalog build freezes what is alive (wiring/long_lived.py); count those too
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o).__module__ == "ui.camera_preview")


@pytest.mark.slow
def test_visiting_the_identify_screen_leaves_no_preview_behind(qtbot: QtBot, demo_app: Any, shots: Path) -> None:
    app, win = demo_app, demo_app.window
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    tap(qtbot, win, "cancelButton")
    on(qtbot, app, "idle")
    before = _preview_objects()
    for visit in range(10):
        tap(qtbot, win, "startApplyButton")
        on(qtbot, app, "identify")
        qtbot.wait(200)  # a few camera frames reach the preview
        if visit == 0:
            screenshot(win, shots, "16_identify_camera_preview")
        tap(qtbot, win, "cancelButton")
        on(qtbot, app, "idle")
    assert _preview_objects() == before


@pytest.mark.slow
def test_the_identify_screen_shows_the_live_camera(qtbot: QtBot, demo_app: Any) -> None:
    from ui.camera_preview import FEED

    app, win = demo_app, demo_app.window
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    shown = FEED.frames_shown
    qtbot.waitUntil(lambda: FEED.frames_shown >= shown + 5, timeout=30000)  # new frames keep coming
    assert find(win, "cameraPreview").property("implicitWidth") == 960  # a frame is shown, at preview size


@pytest.mark.slow
def test_the_camera_preview_converts_its_frames_off_the_ui_thread(
    qtbot: QtBot, demo_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each frame's scaling and colour conversion (~6 ms of a 1280×720 frame) held the UI thread while
    the card was read (benchmarks/responsiveness.py: card → service list, 66 ms of main-thread CPU)."""
    import threading

    from ui.camera_preview import FEED

    converted_on: list[threading.Thread] = []
    image = FEED.image

    def recording_image() -> Any:
        converted_on.append(threading.current_thread())
        return image()

    monkeypatch.setattr(FEED, "image", recording_image)
    app, win = demo_app, demo_app.window
    tap(qtbot, win, "startApplyButton")
    on(qtbot, app, "identify")
    qtbot.waitUntil(lambda: len(converted_on) >= 5, timeout=30000)
    assert threading.main_thread() not in converted_on
    assert find(win, "cameraPreview").property("implicitWidth") == 960  # and the frames are shown


def test_a_slow_outbox_status_query_is_not_queued_again_every_second(qtbot: QtBot, demo_app: Any) -> None:
    import threading

    from kiosk.ports import OutboxStatus

    vm = demo_app.vm
    release, started = threading.Event(), []

    def slow_status() -> OutboxStatus:
        started.append(1)
        release.wait(30)
        return OutboxStatus()

    vm._outbox_status = slow_status

    def tick_until_asked() -> bool:
        vm._tick()  # the view model's one-second tick, made at once
        return bool(started)

    qtbot.waitUntil(tick_until_asked, timeout=30000)
    for _ in range(5):  # five more ticks while the first query still runs
        vm._tick()
    qtbot.wait(500)
    release.set()
    assert started == [1]


def test_a_slow_heartbeat_is_not_queued_again_every_second(qtbot: QtBot, demo_app: Any) -> None:
    import threading

    release, started = threading.Event(), []

    def slow_beat() -> None:
        started.append(1)
        release.wait(30)

    timer = demo_app._heartbeat_timer
    timer.stop()
    demo_app.heartbeat.maybe_beat = slow_beat

    def beat_until_started() -> bool:
        timer.timeout.emit()  # what the timer does every second
        return bool(started)

    qtbot.waitUntil(beat_until_started, timeout=30000)
    for _ in range(5):
        timer.timeout.emit()
    qtbot.wait(500)
    release.set()
    assert started == [1]


class _Work:
    """A background job's work whose lifetime the test can watch."""

    def __call__(self) -> int:
        return 1


def test_a_finished_background_job_leaves_nothing_behind(qtbot: QtBot, demo_app: Any) -> None:
    import weakref

    from PySide6.QtCore import QTimer

    works: list[weakref.ref[_Work]] = []
    results: list[object] = []

    def start_one() -> None:
        work = _Work()
        works.append(weakref.ref(work))
        demo_app.tasks.run(work, results.append)

    # Started from a timer, as the terminal's status queries and heartbeats are: PySide6 6.12's
    # QThreadPool kept some of those finished jobs for good (about one per session in the soak).
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: start_one() if len(works) < 400 else timer.stop())
    timer.start()
    qtbot.waitUntil(lambda: len(results) == 400, timeout=60000)
    assert demo_app.tasks.wait(5000)
    gc.collect()
    assert [ref for ref in works if ref() is not None] == []
