"""Whether any value QML reads through a view model's ``changed`` signal is different from the last
time this was asked: the once-a-second tick emits ``changed`` only then.

Each emit of ``changed`` makes QML re-read every property it notifies (the two view models have
~45), each through one call from Qt into Python that asks for the interpreter. While a background
thread runs Python (the catalog refresh parses and indexes for about a second), each of those asks
waits a turn (ui/interpreter_turns.py): a tick that changed nothing then held the UI thread
25–280 ms (``benchmarks/refresh_stall.py``). Reading the same values here, in Python, costs one
hold of the interpreter.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)


def _notified_by(obj: QObject, signal: str) -> list[str]:
    meta = obj.metaObject()
    names = []
    for i in range(meta.propertyCount()):  # from 0: PySide's offset can equal the count
        prop = meta.property(i)
        if prop.hasNotifySignal() and bytes(prop.notifySignal().name().data()).decode() == signal:
            names.append(str(prop.name()))
    return names


class ChangeGate:
    """The values of the properties that ``changed`` notifies, on each watched view model."""

    def __init__(self) -> None:
        self._watched: list[tuple[QObject, list[str]]] = []
        self._last: tuple[Any, ...] | None = None

    def watch(self, obj: QObject, signal: str = "changed") -> None:
        self._watched.append((obj, _notified_by(obj, signal)))
        self._last = None

    def _values(self) -> tuple[Any, ...]:
        values: list[Any] = []
        for obj, names in self._watched:
            for name in names:
                try:
                    values.append(getattr(obj, name))
                except Exception:  # QML would read it too and log the error; let it
                    log.exception("reading %s.%s for the change check", type(obj).__name__, name)
                    values.append(object())  # never equal: the emit goes ahead
        return tuple(values)

    def differs(self) -> bool:
        """True the first time, and whenever a watched value differs from the last call's."""
        values = self._values()
        changed = values != self._last
        self._last = values
        return changed

    @property
    def watched(self) -> list[str]:
        return [f"{type(obj).__name__}.{name}" for obj, names in self._watched for name in names]
