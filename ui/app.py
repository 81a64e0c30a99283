"""Starts the Qt Quick terminal: Qt runtime, composition root, view models, the QML shell."""

from __future__ import annotations

import logging
import os
import sys
import time
from importlib.resources import files
from pathlib import Path
from typing import Any, cast

from kiosk.clock import SystemClock
from kiosk.config.models import KioskConfig
from kiosk.ports import Clock, DeviceEvent
from wiring.composition import Assembly, build
from wiring.memory import limit_arenas

# Package data of ``ui`` (``hall_kiosk.ui`` when installed); a wheel is unpacked, so this is a real folder.
QML_DIR = Path(str(files(__package__ or "ui") / "qml"))

log = logging.getLogger(__name__)


def prepare_environment() -> None:
    """Must run before QGuiApplication exists: the input method is chosen at start-up, and the
    allocator's arenas are limited before Qt starts its threads (wiring/memory.py); and before the
    first QML engine, which reads how to collect its JavaScript heap (ui/js_heap.py). The turns
    at the interpreter are shortened for the UI thread's sake (ui/interpreter_turns.py)."""
    from ui.interpreter_turns import share_interpreter_with_the_ui
    from ui.js_heap import choose_collector

    share_interpreter_with_the_ui()
    limit_arenas()
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    choose_collector()


class KioskApp:
    """Owns the Qt objects of one running terminal; tests create it directly."""

    def __init__(
        self,
        config: KioskConfig,
        *,
        demo: bool,
        clock: Clock | None = None,
        site_file: Path | None = None,
        technician_options: dict[str, Any] | None = None,
        speech_player: Any = None,
    ) -> None:
        prepare_environment()
        from ui.immortal_singletons import emit_steals_true, pin_singletons, void_call_steals_none

        pin_singletons()  # before any Qt call: PySide6 6.12.0 gives away references to None and True
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtQml import QQmlApplicationEngine
        from PySide6.QtQuick import QQuickWindow

        from ui.activity import ActivityFilter
        from ui.camera_preview import install as install_camera_preview
        from ui.qt_runtime import MainThreadDispatcher, QtTaskRunner
        from ui.theme import Theme, install_theme
        from ui.translations import Translations
        from ui.viewmodels.session_vm import SessionViewModel

        self.qt_app = QGuiApplication.instance() or QGuiApplication(sys.argv)
        if emit_steals_true() or void_call_steals_none():
            log.info("this PySide6 miscounts None/True; they are pinned (ui/immortal_singletons.py)")
        self.dispatcher = MainThreadDispatcher()
        self.tasks = QtTaskRunner(self.dispatcher)
        self.assembly: Assembly = build(config, clock=clock or SystemClock(), tasks=self.tasks, demo=demo)
        terminal = self.assembly.terminal
        self.translations = Translations(self.qt_app)
        self.theme = Theme(config.ui.brand_color, one_colour=config.ui.button_colors == "brand")
        install_theme(self.theme)
        self.vm = SessionViewModel(
            config=config,
            terminal=terminal,
            services=self.assembly.services,
            tasks=self.tasks,
            platform=self.assembly.platform,
            outbox_status=self.assembly.outbox_status,
            demo_actions=self.assembly.demo_actions if demo else {},
            theme=self.theme,
            speech=self._speech_guide(speech_player),
        )
        self.translations.use(terminal.session.prefs.language)
        self.assembly.start_sources(self.dispatcher.sink_for(self._on_event))
        self.engine = QQmlApplicationEngine()
        self.vm.languageSwitched.connect(self._switch_language)
        self.engine.rootContext().setContextProperty("vm", self.vm)
        from ui.qr_image import qr_data_url
        from ui.viewmodels.errands_vm import ErrandsViewModel

        self.errands = ErrandsViewModel(
            config=config,
            terminal=terminal,
            services=self.assembly.services,
            citizen=self.assembly.citizen,
            words=self.vm.words,
        )
        self.vm.changed.connect(self.errands.changed)  # the link, the clock and background results
        self.vm.also_notifies(self.errands)
        # The receipt's QR image is made by the worker that stores the filing, not on the UI thread
        # when the receipt shows (segno is pure Python: ~5–7 ms of the 提交 tap).
        terminal.prepare_receipt = qr_data_url
        self.engine.rootContext().setContextProperty("errands", self.errands)
        install_camera_preview(self.engine)
        self.engine.load(QML_DIR / "Main.qml")
        if not self.engine.rootObjects():
            raise RuntimeError("the QML shell failed to load; see the log for QML errors")
        self.window = cast(QQuickWindow, self.engine.rootObjects()[0])
        self.activity = ActivityFilter(self.vm.touch)
        self.window.installEventFilter(self.activity)
        self.tech = self._install_technician(
            site_file or Path(config.terminal.data_dir) / "site.toml", clock, technician_options or {}
        )
        self._start_remote_config(site_file or Path(config.terminal.data_dir) / "site.toml")
        self._start_heartbeat(clock or SystemClock())
        if config.ui.fullscreen and not demo:
            self.window.showFullScreen()

    def _speech_guide(self, player: Any) -> Any:
        """Spoken guidance: the prompt set synthesised offline (in the background) and a player."""
        from ui.speech.engine import PromptLibrary
        from ui.speech.guide import SpeechGuide
        from ui.speech.player import QtPlayer
        from ui.speech.prompts import SCREEN_PROMPTS, prompt_ids
        from ui.words import LANGUAGES, Words

        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hall-kiosk" / "prompts"
        library = PromptLibrary(cache, lambda prompt, language: Words(language).tr(prompt))
        # Keyed by the prompt's words, so the cache can be shared and survives restarts; the first
        # start of a machine synthesises the whole set (~200 files, a few seconds) off the UI thread.
        # Screen prompts first: they are the ones said most.
        ordered = [*SCREEN_PROMPTS.values(), *prompt_ids()]
        self.tasks.run(lambda: library.prepare(list(dict.fromkeys(ordered)), LANGUAGES),
                       lambda made: log.info("speech prompts ready (%s synthesised)", made))
        self._prompts = library
        return SpeechGuide(library, player if player is not None else QtPlayer(), self.tasks.run)

    def _install_technician(self, site_file: Path, clock: Clock | None, options: dict[str, Any]) -> Any:
        from kiosk.technician.outbox_care import OutboxCare
        from ui.viewmodels.technician_vm import install_technician

        sync = self.assembly.extras["sync"]
        options.setdefault("care", OutboxCare(sync.outbox, force_sync=sync.worker.force_sync))
        terminal = self.assembly.terminal

        def apply(new: KioskConfig) -> None:
            from wiring.composition import prefs_from, timeouts_from

            terminal.session.timeouts = timeouts_from(new)
            terminal.session.default_prefs = prefs_from(new)
            self.vm.apply_config(new)
            self.errands.apply_config(new)

        options.setdefault("on_config_applied", apply)
        options.setdefault("clock", clock)
        return install_technician(self, site_file=site_file, **options)

    def _start_remote_config(self, site_file: Path) -> None:
        """Configuration the platform publishes, applied on the UI thread when no citizen is in a session."""
        import threading

        from kiosk.session.states import State
        from wiring.composition import timeouts_from
        from wiring.remote import start_remote_config

        terminal = self.assembly.terminal
        extras = self.assembly.extras

        def apply_now(new: KioskConfig, version: int) -> None:
            terminal.session.timeouts = timeouts_from(new)
            self.vm.apply_config(new)
            self.assembly.config = new
            extras["config_version"] = version

        def apply(new: KioskConfig, version: int) -> None:
            self.tasks.run(lambda: None, lambda _r: apply_now(new, version))

        stop = threading.Event()
        self.assembly.closers.append(stop.set)
        agent = start_remote_config(
            self.assembly.config,
            site_file,
            extras["sync"].client,
            apply,
            lambda: terminal.session.state is not State.IDLE,
            stop,
        )
        terminal.session.on_wipe(agent.between_sessions)
        extras["remote_config"] = agent
        extras["config_version"] = agent.version

    def _start_heartbeat(self, clock: Clock) -> None:
        """Device health and queue depth to the platform every interval, through the outbox."""
        from PySide6.QtCore import QTimer

        from kiosk.schedule import Schedule
        from kiosk.technician.heartbeat import HeartbeatProducer

        sync = self.assembly.extras["sync"]
        terminal = self.assembly.terminal
        board = self.tech.board

        def health() -> dict[str, dict[str, Any]]:
            merged: dict[str, dict[str, Any]] = dict(board.health())
            for device, reason in terminal.health.lost.items():
                merged[device] = {"ok": False, "message": reason}
            return merged

        self.heartbeat = HeartbeatProducer(
            terminal_id=self.assembly.config.terminal.id,
            clock=clock,
            interval_s=self.assembly.config.platform.heartbeat_interval_s,
            submit=lambda items: sync.outbox.replace_pending(items[0]),
            outbox_status=sync.worker.status,
            device_health=health,
            schedule=self.assembly.extras.get("heartbeat_schedule")
            or Schedule(self.assembly.config.platform.heartbeat_interval_s),
            extra=self.assembly.extras.get("heartbeat_extra"),
        )
        metrics = self.assembly.extras.get("metrics")
        if metrics is not None:
            metrics.device_health = health
        heartbeat = self.heartbeat

        def beat() -> None:
            # A new alert (a device lost, paper out, a stale queue) goes to the platform at once.
            if metrics is not None and metrics.new_alerts():
                heartbeat.beat()
            else:
                heartbeat.maybe_beat()

        self._beat_work = beat
        self._beat_pending = False
        self._heartbeat_timer = QTimer()
        self._heartbeat_timer.setInterval(1000)
        # A lambda, not the bound method: PySide 6.12 disconnects a bound method of a plain Python
        # object through a weak reference when the object is collected, after the timer may be gone
        # (a segfault in the garbage collector, seen in the technician tests).
        self._heartbeat_timer.timeout.connect(lambda: self._beat())
        self._heartbeat_timer.start()

    def _beat(self) -> None:
        # The beat writes to the outbox (an fsync): off the UI thread, and one at a time, so a slow
        # disk or a loaded machine cannot pile up a queue of beats in the task pool.
        if self._beat_pending:
            return
        self._beat_pending = True

        def done(_result: object) -> None:
            self._beat_pending = False

        self.tasks.run(self._beat_work, done)

    def _switch_language(self, language: str) -> None:
        self.translations.use(language)
        self.engine.retranslate()  # every qsTrId binding is evaluated again in the new language

    def _on_event(self, event: DeviceEvent) -> None:
        self.assembly.terminal.handle_event(event)
        self.vm.changed.emit()

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self._prompts.stop()
        # The jobs first: one may be a filing on its way into the outbox (提交 stores on a worker),
        # which must commit before the outbox closes under it.
        self.tasks.close(3000)
        self.assembly.close()
        self.window.hide()
        # Delete the QML tree now, while the view model it binds to is alive: deferred to interpreter
        # exit, the view model may go first and every binding reports "Cannot read property … of null".
        for root in self.engine.rootObjects():
            root.deleteLater()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run(config: KioskConfig, *, demo: bool, site_file: Path | None = None) -> int:
    started = time.perf_counter()
    app = KioskApp(config, demo=demo, site_file=site_file)
    from ui.qt_runtime import QuitOnSignals

    # Before anything says the home screen is up: a stop signal sent on that word must close the
    # terminal in order, not meet Python's default handler (seen: SIGINT right after the log line).
    signals = QuitOnSignals(app.qt_app)  # noqa: F841 -- must live as long as the loop
    elapsed_ms = (time.perf_counter() - started) * 1000
    log.info("home screen up in %.0f ms", elapsed_ms)
    if demo:
        from wiring.demo_line import demo_line

        print(demo_line(app.assembly.config, app.assembly.extras), flush=True)
    from kiosk.session.states import State
    from kiosk.technician.status import run_self_test
    from ui.service_link import ServiceLink

    session = app.assembly.terminal.session
    # The links (platform, outbox) are the doctor's to check; the devices only this process can test.
    devices = {n: t for n, t in app.assembly.self_tests.items() if n not in ("platform", "outbox", "disk")}
    service = ServiceLink(
        Path(config.terminal.data_dir),
        is_idle=lambda: session.state is State.IDLE,
        quit_app=app.qt_app.quit,
        device_self_tests=lambda: [run_self_test(n, t) for n, t in devices.items()],
        in_background=lambda work: app.tasks.run(work, lambda _result: None),
        platform_contact=lambda: app.assembly.extras["sync"].worker.last_contact_at,
    )
    service.home_screen_up(f"home screen up in {elapsed_ms:.0f} ms")
    try:
        return int(app.qt_app.exec())
    finally:
        service.stopping()
        app.close()
