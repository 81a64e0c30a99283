"""The once-a-second tick tells QML to re-read the view models only when a value it shows changed:
each ``changed`` makes QML re-read ~45 properties, each one a wait for the interpreter while the
catalog refresh runs (ui/viewmodels/change_gate.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Property, QObject, Signal
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card
from ui.viewmodels.change_gate import ChangeGate


class Model(QObject):
    changed = Signal()
    other = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.words: list[str] = []
        self.hidden = 0

    shown = Property(int, lambda self: self.count, notify=changed)
    lines = Property(list, lambda self: self.words, notify=changed)
    elsewhere = Property(int, lambda self: self.hidden, notify=other)


def test_the_gate_says_a_value_changed_only_when_one_did() -> None:
    model, gate = Model(), ChangeGate()
    gate.watch(model)
    assert gate.differs()  # nothing compared yet
    assert not gate.differs()
    model.count = 1
    assert gate.differs()
    assert not gate.differs()
    model.words = ["一行"]
    assert gate.differs()


def test_the_gate_watches_only_what_the_signal_notifies() -> None:
    model, gate = Model(), ChangeGate()
    gate.watch(model)
    assert gate.watched == ["Model.shown", "Model.lines"]
    gate.differs()
    model.hidden = 5
    assert not gate.differs()


@pytest.mark.slow
def test_a_tick_that_changes_nothing_does_not_tell_qml_to_reread_the_view_models(qtbot: QtBot, demo_app: Any) -> None:
    app = demo_app
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=10000)
    assert len(app.vm._gate.watched) >= 40  # both view models' values, the errands' too
    qtbot.wait(2500)  # the outbox status and the link settle after the card read
    emits: list[int] = []
    app.vm.changed.connect(lambda: emits.append(1))
    qtbot.wait(3500)  # three ticks and three status answers; the demo's clock is held
    assert emits == []
    app.vm.setElderMode(True)  # a value that changes still reaches QML
    assert emits  # at once, before any tick
