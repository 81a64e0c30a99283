"""Starts the Qt Quick terminal: Qt runtime, composition root, view models, the QML shell."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import cast

from kiosk.clock import SystemClock
from kiosk.composition import Assembly, build
from kiosk.config.models import KioskConfig
from kiosk.ports import Clock, DeviceEvent

QML_DIR = Path(__file__).resolve().parent / "qml"

log = logging.getLogger(__name__)


def prepare_environment() -> None:
    """Must run before QGuiApplication exists: the input method is chosen at start-up."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")


class KioskApp:
    """Owns the Qt objects of one running terminal; tests create it directly."""

    def __init__(self, config: KioskConfig, *, demo: bool, clock: Clock | None = None) -> None:
        prepare_environment()
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtQml import QQmlApplicationEngine
        from PySide6.QtQuick import QQuickWindow

        from ui.activity import ActivityFilter
        from ui.camera_preview import register as register_camera_preview
        from ui.qt_runtime import MainThreadDispatcher, QtTaskRunner
        from ui.viewmodels.session_vm import SessionViewModel

        self.qt_app = QGuiApplication.instance() or QGuiApplication(sys.argv)
        self.dispatcher = MainThreadDispatcher()
        self.tasks = QtTaskRunner(self.dispatcher)
        self.assembly: Assembly = build(config, clock=clock or SystemClock(), tasks=self.tasks, demo=demo)
        terminal = self.assembly.terminal
        self.vm = SessionViewModel(
            config=config,
            terminal=terminal,
            services=self.assembly.services,
            tasks=self.tasks,
            platform=self.assembly.platform,
            outbox_status=self.assembly.outbox_status,
            demo_actions=self.assembly.demo_actions if demo else {},
        )
        self.assembly.start_sources(self.dispatcher.sink_for(self._on_event))
        register_camera_preview()
        self.engine = QQmlApplicationEngine()
        self.engine.rootContext().setContextProperty("vm", self.vm)
        self.engine.load(QML_DIR / "Main.qml")
        if not self.engine.rootObjects():
            raise RuntimeError("the QML shell failed to load; see the log for QML errors")
        self.window = cast(QQuickWindow, self.engine.rootObjects()[0])
        self.activity = ActivityFilter(self.vm.touch)
        self.window.installEventFilter(self.activity)
        if config.ui.fullscreen and not demo:
            self.window.showFullScreen()

    def _on_event(self, event: DeviceEvent) -> None:
        self.assembly.terminal.handle_event(event)
        self.vm.changed.emit()

    def close(self) -> None:
        self.assembly.close()
        self.tasks.wait(3000)
        self.engine.deleteLater()


def run(config: KioskConfig, *, demo: bool) -> int:
    started = time.perf_counter()
    app = KioskApp(config, demo=demo)
    log.info("home screen up in %.0f ms", (time.perf_counter() - started) * 1000)
    try:
        return int(app.qt_app.exec())
    finally:
        app.close()
