"""Any touch, click or key anywhere on the window counts as the citizen still being there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


class ActivityFilter(QObject):
    def __init__(self, on_activity: Callable[[], None]) -> None:
        super().__init__()
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            # Deferred, so the press reaches the control under the finger before the screen reacts
            # to the activity (hiding the idle warning, for one).
            QTimer.singleShot(0, self._on_activity)
        return False
