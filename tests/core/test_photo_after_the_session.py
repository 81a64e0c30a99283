"""A page photo still being taken when its citizen's session ends does not hold the camera for the next one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.domain.identity import Identity
from kiosk.session.states import Purpose, State


class HeldTasks:
    """Background work that finishes only when the test says so."""

    def __init__(self) -> None:
        self.waiting: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.waiting.append((work, done))

    def finish_all(self) -> None:
        for work, done in self.waiting:
            done(work())
        self.waiting.clear()


class SlowCamera:
    def capture_page(self) -> bytes:
        return b"\xff\xd8page"


def test_a_photo_outliving_its_session_leaves_the_camera_free_for_the_next_citizen(
    terminal: Any, identity: Identity
) -> None:
    tasks = HeldTasks()
    terminal.tasks = tasks
    terminal.page_camera = SlowCamera()
    terminal.session.start(Purpose.APPLY)
    terminal.session.identified(identity)
    terminal.photograph_material("居民户口簿")
    assert terminal.capturing
    terminal.session.end("timeout")  # the citizen walked away while the camera still worked
    assert terminal.session.state is State.IDLE
    assert not terminal.capturing  # before: it stayed True for good, and every later 拍摄 button was disabled
    tasks.finish_all()  # the photo arrives after all: it belongs to nobody now
    assert not terminal.capturing
    assert terminal.session.data.attachments == []
