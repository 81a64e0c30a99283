"""The view model of the technician screens: PIN pad, status, settings, outbox care, bundle export.

Nothing here is reachable without the PIN: every intent except the PIN pad's checks ``unlocked``.
Lists have their own change signal (see session_vm); field errors live in a map so showing one does
not rebuild the settings delegates and drop the field the technician is typing into.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.config.models import KioskConfig
from kiosk.messages import Tell
from kiosk.ports import Clock, OutboxStatus, Refusal, SelfTest, SelfTestResult, TaskRunner
from kiosk.technician.bundle import make_bundle
from kiosk.technician.idle_exit import IdleExit
from kiosk.technician.outbox_care import OutboxCare
from kiosk.technician.pin import PinGate
from kiosk.technician.settings import SETTINGS, SettingError, SiteFile, current_value, log_changes, validate_setting
from kiosk.technician.status import StatusBoard
from kiosk.terminal import Terminal
from ui.words import Words

if TYPE_CHECKING:
    from ui.app import KioskApp
    from wiring.enrolment import EnrolmentDesk

log = logging.getLogger(__name__)

PAGES = ("status", "settings", "outbox", "bundle", "enrol")

MAX_OPTIONS = 8


@dataclass
class Pickers:
    """Where the settings pickers get their choices; tests replace them to make a device appear."""

    serial_ports: Callable[[], list[str]]
    cameras: Callable[[], list[str]]
    cups_queues: Callable[[], list[str] | None]


def default_pickers() -> Pickers:
    from wiring import pickers

    return Pickers(pickers.serial_ports, pickers.cameras, pickers.cups_queues)


def default_bundle_folders(config: KioskConfig) -> list[str]:
    """USB sticks first (technicians take the bundle away), then the terminal's own folder."""
    import glob

    sticks = sorted(glob.glob("/media/*/*") + glob.glob("/run/media/*/*"))
    return [*sticks[: MAX_OPTIONS - 1], str(Path(config.terminal.data_dir).resolve() / "diagnostics")]


class TechnicianViewModel(QObject):
    changed = Signal()
    listsChanged = Signal()
    closed = Signal()

    def __init__(
        self,
        *,
        config: KioskConfig,
        site_file: Path,
        terminal: Terminal,
        clock: Clock,
        tasks: TaskRunner,
        gate: PinGate,
        board: StatusBoard,
        care: OutboxCare | None = None,
        pickers: Pickers | None = None,
        on_config_applied: Callable[[KioskConfig], None] | None = None,
        bundle_folders: list[str] | None = None,
        test_pages: Mapping[str, SelfTest] | None = None,
        tick_ms: int = 1000,
        enrolment: EnrolmentDesk | None = None,
    ) -> None:
        super().__init__()
        self._config = config
        self._site = SiteFile(site_file)
        self._terminal = terminal
        self._clock = clock
        self._tasks = tasks
        self._gate = gate
        self._board = board
        self._care = care
        self._pickers = pickers or default_pickers()
        self._on_config_applied = on_config_applied
        self._idle = IdleExit(clock, config.technician.idle_exit_s)
        self._open = False
        self._unlocked = False
        self._page = "status"
        self._pin = ""
        self._pin_message = ""
        self._notice = ""
        self._setting_rows: list[dict[str, Any]] = []
        self._drafts: dict[str, str] = {}
        self._errors: dict[str, str] = {}
        self._queues: list[str] | None = None
        self._dead_rows: list[dict[str, Any]] = []
        self._outbox_summary = ""
        self._bundle_folders = bundle_folders or default_bundle_folders(config)
        self._bundle_message = ""
        self._busy: set[str] = set()
        self._test_pages: dict[str, SelfTest] = dict(test_pages or {})
        self._enrolment = enrolment
        # Technician screens speak the site's default language (Chinese unless the site says otherwise),
        # as the QML does: opening them ends the citizen's session, which restores that language.
        self.tech_words = Words(config.terminal.language)
        self._enrol_status = ""
        self._enrol_message = ""
        self._enrolled = False
        self._refresh_enrolment()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # --- properties -------------------------------------------------------------------------

    isOpen = Property(bool, lambda self: self._open, notify=changed)
    unlocked = Property(bool, lambda self: self._unlocked, notify=changed)
    page = Property(str, lambda self: self._page, notify=changed)
    pinLength = Property(int, lambda self: len(self._pin), notify=changed)
    pinMessage = Property(str, lambda self: self._pin_message, notify=changed)
    # The pad's own labels come from here, in the site's language like its message: the pad opens while
    # a citizen's session (and language) may still be on, and qsTrId would follow the citizen's.
    pinLabels = Property(dict, lambda self: self._pin_labels(), notify=changed)
    notice = Property(str, lambda self: self._notice, notify=changed)
    @property
    def board(self) -> StatusBoard:
        return self._board

    statusRows = Property(list, lambda self: self.tech_words.render(self._board.rows()), notify=listsChanged)
    settingRows = Property(list, lambda self: self._setting_rows, notify=listsChanged)
    settingErrors = Property(dict, lambda self: self._errors, notify=changed)
    deadRows = Property(list, lambda self: self._dead_rows, notify=listsChanged)
    outboxSummary = Property(str, lambda self: self._outbox_summary, notify=changed)
    canForceSync = Property(bool, lambda self: self._care is not None, notify=changed)
    bundleFolders = Property(list, lambda self: self._bundle_folders, notify=listsChanged)
    bundleMessage = Property(str, lambda self: self._bundle_message, notify=changed)
    busy = Property(bool, lambda self: bool(self._busy), notify=changed)
    testPageDevices = Property(list, lambda self: sorted(self._test_pages), notify=listsChanged)
    enrolStatus = Property(str, lambda self: self._enrol_status, notify=changed)
    enrolMessage = Property(str, lambda self: self._enrol_message, notify=changed)
    enrolled = Property(bool, lambda self: self._enrolled, notify=changed)

    @property
    def config(self) -> KioskConfig:
        return self._config

    # --- PIN pad ----------------------------------------------------------------------------

    def _pin_labels(self) -> dict[str, str]:
        words = self.tech_words
        return {"title": words.tr("tech.pin.title"), "delete": words.tr("tech.pin.delete"),
                "ok": words.tr("tech.pin.ok"), "cancel": words.tr("tech.pin.cancel")}

    @Slot()
    def openPad(self) -> None:
        if self._open:
            return
        log.info("technician PIN pad opened")
        self._open, self._unlocked, self._pin = True, False, ""
        notice = self._gate.lock_notice()
        self._pin_message = self.tech_words.say(notice) if notice else self.tech_words.tr("tech.pin.enter")
        self._idle.touch()
        self.changed.emit()

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        if self._open and not self._unlocked and digit.isdigit() and len(self._pin) < 12:
            self._pin += digit
            self._idle.touch()
            self.changed.emit()

    @Slot()
    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self.changed.emit()

    @Slot()
    def submitPin(self) -> None:
        if not self._open or self._unlocked:
            return
        result = self._gate.try_pin(self._pin)
        self._pin = ""
        if not result.ok:
            self._pin_message = self.tech_words.say(result.message)
            self.changed.emit()
            return
        # A citizen's data must not stay behind the technician screens, nor survive them.
        self._terminal.session.end("technician")
        self._unlocked, self._page, self._pin_message = True, "status", ""
        self._idle.touch()
        self._load_settings()
        self._refresh_outbox()
        self.listsChanged.emit()
        self.changed.emit()

    @Slot()
    def exit(self) -> None:
        if not self._open:
            return
        if self._unlocked:
            log.info("technician left maintenance mode")
        self._open, self._unlocked, self._pin, self._notice = False, False, "", ""
        self._drafts, self._errors = {}, {}
        self.changed.emit()
        self.closed.emit()

    @Slot()
    def touch(self) -> None:
        if self._open:
            self._idle.touch()

    def _tick(self) -> None:
        if self._open and self._idle.expired():
            log.info("technician mode closed after %.0f s without a touch", self._idle.idle_exit_s)
            self.exit()

    # --- navigation -------------------------------------------------------------------------

    @Slot(str)
    def showPage(self, page: str) -> None:
        if not self._unlocked or page not in PAGES:
            return
        self._page, self._notice = page, ""
        if page == "settings":
            self._load_settings()
        if page == "outbox":
            self._refresh_outbox()
        if page == "enrol":
            self._refresh_enrolment()
        self.listsChanged.emit()
        self.changed.emit()

    # --- status -----------------------------------------------------------------------------

    @Slot(str)
    def runSelfTest(self, device: str) -> None:
        if not self._unlocked or device not in self._board.tests or device in self._busy:
            return
        test: SelfTest = self._board.tests[device]
        self._busy.add(device)
        self.changed.emit()

        def done(result: SelfTestResult | BaseException) -> None:
            self._busy.discard(device)
            if isinstance(result, BaseException):
                result = SelfTestResult(device, False, f"self-test raised {type(result).__name__}")
            self._board.record(device, result)
            self.listsChanged.emit()
            self.changed.emit()

        from kiosk.technician.status import run_self_test

        self._tasks.run(lambda: run_self_test(device, test), done)

    @Slot(str)
    def printTestPage(self, device: str) -> None:
        """Uses paper: only on this explicit button, never from a self-test or ``kiosk doctor``."""
        if not self._unlocked or device not in self._test_pages or device in self._busy:
            return
        test: SelfTest = self._test_pages[device]
        self._busy.add(device)
        self.changed.emit()

        def done(result: SelfTestResult | BaseException) -> None:
            self._busy.discard(device)
            if isinstance(result, BaseException):
                result = SelfTestResult(device, False, f"test page raised {type(result).__name__}")
            self._board.record(device, result)
            self.listsChanged.emit()
            self.changed.emit()

        from kiosk.technician.status import run_self_test

        self._tasks.run(lambda: run_self_test(device, test), done)

    @Slot()
    def runAllSelfTests(self) -> None:
        for device in self._board.tests:
            self.runSelfTest(device)

    # --- settings ---------------------------------------------------------------------------

    def _load_settings(self) -> None:
        self._queues = self._pickers.cups_queues()
        options = {
            "port": self._pickers.serial_ports(),
            "camera": self._pickers.cameras(),
            "queue": self._queues or [],
        }
        self._setting_rows = [
            {
                "key": s.key,
                "id": s.key.replace(".", "_"),
                "label": self.tech_words.tr(s.label_id),
                "kind": s.kind,
                "value": current_value(self._config, s.key),
                # A test stand can have dozens of pseudo-terminals; the field takes any path anyway.
                "options": (list(s.choices) or options.get(s.kind, []))[:MAX_OPTIONS],
                # A choice shows words (政务服务大厅), and the field takes its value (service_hall).
                "optionLabels": [self.tech_words.tr(f"tech.choice.{c}") for c in s.choices]
                                or (list(s.choices) or options.get(s.kind, []))[:MAX_OPTIONS],
            }
            for s in SETTINGS
        ]
        self._drafts, self._errors = {}, {}

    @Slot(str, str)
    def setSetting(self, key: str, value: str) -> None:
        if not self._unlocked:
            return
        self._idle.touch()
        self._drafts[key] = value
        if self._errors.pop(key, None) is not None:
            self.changed.emit()

    @Slot()
    def saveSettings(self) -> None:
        if not self._unlocked:
            return
        changes: dict[str, Any] = {}
        errors: dict[str, str] = {}
        base = self._site.path.parent
        for key, raw in self._drafts.items():
            if raw.strip() == current_value(self._config, key):
                continue
            try:
                changes[key] = validate_setting(self._config, key, raw, known_queues=self._queues, base_dir=base)
            except SettingError as exc:
                errors[key] = self.tech_words.say(exc.message)
                log.warning("technician setting %s rejected: %s", key, exc)
        self._errors = errors
        if errors:
            self._notice = self.tech_words.tr("tech.settings.invalid")
        elif not changes:
            self._notice = self.tech_words.tr("tech.settings.no_change")
        else:
            try:
                new_config = self._site.save(changes)
            except (SettingError, OSError) as exc:
                detail = self.tech_words.say(exc.message) if isinstance(exc, SettingError) else str(exc)
                self._notice = self.tech_words.tr(Tell.SETTING_SAVE_FAILED.value, detail)
                log.error("saving the site file %s failed: %s", self._site.path, exc)
            else:
                log_changes(self._config, changes)
                self._config = new_config
                self._idle.idle_exit_s = new_config.technician.idle_exit_s
                if self._on_config_applied is not None:
                    self._on_config_applied(new_config)
                self.tech_words = Words(new_config.terminal.language)
                self._notice = self.tech_words.tr("tech.settings.saved", len(changes))
                self._load_settings()
                self.listsChanged.emit()
        self.changed.emit()

    # --- outbox care ------------------------------------------------------------------------

    def _refresh_outbox(self) -> None:
        if self._care is None:
            self._dead_rows, self._outbox_summary = [], self.tech_words.tr("tech.outbox.none")
            return
        self._dead_rows = self.tech_words.render(self._care.dead_rows())
        self._outbox_summary = _describe(self._care.status(), self.tech_words)

    @Slot(str)
    def retryDead(self, key: str) -> None:
        if self._unlocked and self._care is not None:
            self._notice = (self.tech_words.tr("tech.outbox.requeued") if self._care.retry(key)
                            else self.tech_words.tr("tech.outbox.not_dead", key))
            self._refresh_outbox()
            self.listsChanged.emit()
            self.changed.emit()

    @Slot()
    def retryAllDead(self) -> None:
        if self._unlocked and self._care is not None:
            self._notice = self.tech_words.tr("tech.outbox.requeued_n", self._care.retry_all())
            self._refresh_outbox()
            self.listsChanged.emit()
            self.changed.emit()

    @Slot()
    def forceSync(self) -> None:
        if self._unlocked and self._care is not None:
            asked = self._care.force_sync()
            self._notice = self.tech_words.tr("tech.outbox.sync_asked") if asked else self.tech_words.tr(
                "tech.outbox.sync_not_running")
            self._refresh_outbox()
            self.listsChanged.emit()
            self.changed.emit()

    # --- enrolment and key rotation ---------------------------------------------------------

    def _refresh_enrolment(self) -> None:
        words = self.tech_words
        if self._enrolment is None:
            self._enrolled, self._enrol_status = False, words.tr("tech.enrol.not_enrolled")
            return
        status = self._enrolment.status()
        self._enrolled = status.enrolled
        if not status.enrolled:
            self._enrol_status = words.tr("tech.enrol.not_enrolled")
        elif status.how == "installed":
            self._enrol_status = words.tr("tech.enrol.installed", status.key_id)
        else:
            self._enrol_status = words.tr("tech.enrol.enrolled", status.terminal_id, status.site or "-",
                                          status.key_id, status.since)

    def _run_enrolment(self, work: Callable[[], str], success: str) -> None:
        self._busy.add("enrol")
        self._enrol_message = self.tech_words.tr("tech.enrol.working")
        self.changed.emit()

        def done(result: str | BaseException) -> None:
            self._busy.discard("enrol")
            reason = "refused" if isinstance(result, BaseException) else result
            self._enrol_message = enrolment_words(self.tech_words, success if reason == "ok" else reason)
            self._refresh_enrolment()
            self.changed.emit()

        self._tasks.run(work, done)

    @Slot(str)
    def enrol(self, code: str) -> None:
        if not self._unlocked or self._enrolment is None or "enrol" in self._busy:
            return
        self._idle.touch()
        if not code.strip():
            self._enrol_message = self.tech_words.tr("tech.enrol.empty_code")
            self.changed.emit()
            return
        desk = self._enrolment
        self._run_enrolment(lambda: desk.enrol(code), "enrolled")

    @Slot()
    def rotateKey(self) -> None:
        if not self._unlocked or self._enrolment is None or "enrol" in self._busy:
            return
        self._idle.touch()
        desk = self._enrolment
        self._run_enrolment(desk.rotate, "rotated")

    # --- diagnostics bundle -----------------------------------------------------------------

    @Slot(str)
    def exportBundle(self, folder: str) -> None:
        if not self._unlocked:
            return
        folder = folder.strip()
        if not folder.startswith("/"):
            self._bundle_message = self.tech_words.tr("tech.bundle.need_folder")
            self.changed.emit()
            return
        self._bundle_message = self.tech_words.tr("tech.bundle.working")
        self._busy.add("bundle")
        self.changed.emit()
        config, clock, results = self._config, self._clock, self._board.results()
        site_data = self._site.read()

        def work() -> Path:
            return make_bundle(Path(folder), config=config, clock=clock, results=results, site_data=site_data)

        def done(result: Path | BaseException) -> None:
            self._busy.discard("bundle")
            if isinstance(result, BaseException):
                self._bundle_message = self.tech_words.tr("tech.bundle.failed", str(result))
                log.error("diagnostics bundle to %s failed: %s", folder, result)
            else:
                self._bundle_message = self.tech_words.tr("tech.bundle.saved", str(result))
            self.changed.emit()

        self._tasks.run(work, done)


def install_technician(app: KioskApp, *, site_file: Path, **kwargs: Any) -> TechnicianViewModel:
    """Attach technician mode to a running ``KioskApp``: the view model becomes the QML ``tech``
    context property, and touches anywhere keep technician mode from closing itself."""
    from kiosk.clock import SystemClock
    from ui.activity import ActivityFilter
    from wiring.composition import timeouts_from

    config = app.assembly.config
    clock: Clock = kwargs.pop("clock", None) or SystemClock()
    data_dir = Path(config.terminal.data_dir)
    gate = kwargs.pop("gate", None) or PinGate(
        config.technician.pin_hash,
        data_dir / "technician_state.json",
        clock,
        max_attempts=config.technician.max_attempts,
        lockout_minutes=config.technician.lockout_minutes,
    )
    board = kwargs.pop("board", None) or StatusBoard(app.assembly.self_tests, clock)
    terminal = app.assembly.terminal
    if "enrolment" not in kwargs:
        from wiring.enrolment import EnrolmentDesk

        sync = app.assembly.extras.get("sync")
        kwargs["enrolment"] = EnrolmentDesk(config, sync.client if sync is not None else None)

    def apply(new: KioskConfig) -> None:
        terminal.session.timeouts = timeouts_from(new)

    kwargs.setdefault("test_pages", app.assembly.test_pages)
    vm = TechnicianViewModel(
        config=config,
        site_file=site_file,
        terminal=terminal,
        clock=clock,
        tasks=app.tasks,
        gate=gate,
        board=board,
        on_config_applied=kwargs.pop("on_config_applied", apply),
        **kwargs,
    )
    app.engine.rootContext().setContextProperty("tech", vm)
    vm.activity_filter = ActivityFilter(vm.touch)  # type: ignore[attr-defined]
    app.window.installEventFilter(vm.activity_filter)  # type: ignore[attr-defined]
    return vm


def _describe(status: OutboxStatus, words: Words) -> str:
    """The queue's state in the technician's words (the catalog, in the site's default language)."""
    parts = [words.tr("tech.outbox_counts", status.pending, status.dead)]
    if status.oldest_pending_age_s is not None:
        parts.append(words.tr("tech.outbox_oldest", int(status.oldest_pending_age_s)))
    if status.last_success is not None:
        parts.append(words.tr("tech.outbox_last_success", status.last_success.strftime("%m-%d %H:%M")))
    else:
        parts.append(words.tr("tech.outbox_never_sent"))
    if status.platform_refusal:
        parts.append(refusal_words(words, status.platform_refusal))
    else:
        reachable = words.tr("tech.platform_reachable")
        parts.append(reachable if status.platform_reachable else words.tr("tech.platform_unreachable"))
    return words.tr("list.semicolon").join(parts)


def refusal_words(words: Words, refusal: Refusal) -> str:
    """Why the platform takes nothing from this terminal, in the technician's words."""
    if refusal is Refusal.NOT_ENROLLED:
        return words.tr("tech.platform_refused.not_enrolled")
    if refusal is Refusal.CLOCK:
        return words.tr("tech.platform_refused.clock")
    return words.tr("tech.platform_refused.key")


def enrolment_words(words: Words, outcome: str) -> str:
    """The enrolment desk's answer (wiring/enrolment.py: "enrolled", "rotated" or a reason code)."""
    says = {
        "enrolled": words.tr("tech.enrol.ok"),
        "rotated": words.tr("tech.enrol.rotated"),
        "unknown_code": words.tr("tech.enrol.unknown_code"),
        "code_used": words.tr("tech.enrol.code_used"),
        "code_expired": words.tr("tech.enrol.code_expired"),
        "unreachable": words.tr("tech.enrol.unreachable"),
        "bad_answer": words.tr("tech.enrol.bad_answer"),
        "not_written": words.tr("tech.enrol.not_written"),
        "not_enrolled": words.tr("tech.enrol.not_enrolled"),
    }
    return says.get(outcome) or words.tr("tech.enrol.refused")
