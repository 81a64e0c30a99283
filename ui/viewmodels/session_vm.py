"""The view model of the citizen screens: core state as Qt properties, taps as calls on the core.

Scalars share one change signal. Lists have their own, because re-reading a list makes QML
rebuild its delegates, which would drop the focus of a field the citizen is typing into.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.catalog.regions import cascade_options
from kiosk.config.models import KioskConfig
from kiosk.domain.identity import CardType
from kiosk.domain.masking import mask_name
from kiosk.ports import OutboxStatus, PlatformReads, TaskRunner
from kiosk.service_view import ServiceView
from kiosk.session.machine import InvalidTransition, SessionMachine
from kiosk.session.states import TITLES_ZH, Purpose, State
from kiosk.terminal import Terminal

log = logging.getLogger(__name__)


class SessionViewModel(QObject):
    changed = Signal()  # scalar values: cheap to re-read
    listsChanged = Signal()  # lists and maps: QML rebuilds their delegates, so only when they change
    choicesChanged = Signal()  # the values chosen on the form, read by the choice buttons
    fieldsChanged = Signal()  # the form's fields (rebuilding them drops the focus: only when they change)
    materialsChanged = Signal()  # e-licenses and photos arrive while the citizen types: not the fields

    def __init__(
        self,
        *,
        config: KioskConfig,
        terminal: Terminal,
        services: ServiceView,
        tasks: TaskRunner,
        platform: PlatformReads | None = None,
        outbox_status: Callable[[], OutboxStatus] | None = None,
        demo_actions: dict[str, Callable[[], None]] | None = None,
    ) -> None:
        super().__init__()
        self._config = config
        self._terminal = terminal
        self._session: SessionMachine = terminal.session
        self._services = services
        self._tasks = tasks
        self._platform = platform
        self._outbox_status = outbox_status
        self._demo_actions = demo_actions or {}
        self._query = ""
        self._category = ""
        self._service_list: list[dict[str, Any]] = []
        self._guide: dict[str, Any] = {}
        from ui.viewmodels.form_model import FormFieldsModel

        self._form = FormFieldsModel(self._region_options, self)
        self._materials: list[dict[str, Any]] = []
        self._review_rows: list[dict[str, str]] = []
        self._status = OutboxStatus()
        self._status_pending = False
        self._shown_state = self._session.state
        self._services_version = getattr(self._services, "version", 0)
        self._materials_basis = (0, 0)
        from ui.signature import SignatureCollector

        self._signature = SignatureCollector(self)
        self._signature.changed.connect(self._on_signature_changed)
        self._session.subscribe(lambda _m: self._on_session_changed())
        self._session.on_wipe(self._wipe)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._refresh_services()

    # --- properties -------------------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._session.state.value

    def _get_title(self) -> str:
        return TITLES_ZH[self._session.state]

    def _get_greeting(self) -> str:
        identity = self._session.data.identity
        if identity is None:
            return ""
        return f"{mask_name(identity.display_name)}，您好！请选择要办理的事项。"

    def _get_notice(self) -> str:
        return self._session.data.notice

    def _get_warning(self) -> int:
        left = self._session.warning_remaining_s()
        return -1 if left is None else int(left + 0.999)

    def _get_clock(self) -> str:
        return self._terminal.clock.now().strftime("%H:%M")

    screen = Property(str, _get_screen, notify=changed)
    title = Property(str, _get_title, notify=changed)
    greeting = Property(str, _get_greeting, notify=changed)
    notice = Property(str, _get_notice, notify=changed)
    warningSeconds = Property(int, _get_warning, notify=changed)
    clockText = Property(str, _get_clock, notify=changed)
    terminalId = Property(str, lambda self: self._config.terminal.id, constant=True)
    siteName = Property(str, lambda self: self._config.terminal.site_name, notify=changed)
    brandName = Property(str, lambda self: self._config.ui.brand_name, notify=changed)
    brandColor = Property(str, lambda self: self._config.ui.brand_color, notify=changed)
    windowWidth = Property(int, lambda self: self._config.ui.width, constant=True)
    windowHeight = Property(int, lambda self: self._config.ui.height, constant=True)
    demoMode = Property(bool, lambda self: bool(self._demo_actions), constant=True)
    platformReachable = Property(bool, lambda self: self._status.platform_reachable, notify=changed)
    pendingCount = Property(int, lambda self: self._status.pending, notify=changed)
    categories = Property(list, lambda self: self._services.categories(), notify=listsChanged)
    catalogLoaded = Property(bool, lambda self: getattr(self._services, "loaded", True), notify=listsChanged)
    category = Property(str, lambda self: self._category, notify=changed)
    services = Property(list, lambda self: self._service_list, notify=listsChanged)
    guide = Property(dict, lambda self: self._guide, notify=listsChanged)
    # QML shows the form through ``formModel`` (one row per field); these two are for Python readers.
    formFields = Property(list, lambda self: self._form.fields(), notify=fieldsChanged)
    formValues = Property(dict, lambda self: self._form.values(), notify=choicesChanged)
    formModel = Property(QObject, lambda self: self._form, constant=True)
    materials = Property(list, lambda self: self._materials, notify=materialsChanged)
    reviewRows = Property(list, lambda self: self._review_rows, notify=listsChanged)
    trackingNumber = Property(str, lambda self: self._session.data.tracking_number, notify=changed)
    pledgeAccepted = Property(bool, lambda self: bool(self._session.data.pledge_accepted_at), notify=changed)
    receiptMessage = Property(str, lambda self: self._session.data.receipt_message, notify=changed)
    printing = Property(bool, lambda self: self._terminal.printing, notify=changed)
    capturing = Property(bool, lambda self: self._terminal.capturing, notify=changed)
    signature = Property(QObject, lambda self: self._signature, constant=True)
    needsSignature = Property(bool, lambda self: bool(self._guide.get("needs_signature")), notify=listsChanged)
    receiptFailed = Property(bool, lambda self: self._terminal.receipt_failed(), notify=changed)
    progress = Property(dict, lambda self: self._session.data.progress, notify=listsChanged)
    licenses = Property(list, lambda self: self._license_rows(), notify=listsChanged)

    def _license_rows(self) -> list[dict[str, str]]:
        return [{"name": lic.name, "issuer": lic.issuer} for lic in self._terminal.licenses]

    def apply_config(self, config: KioskConfig) -> None:
        """A technician saved new settings: branding and site name show at once."""
        self._config = config
        self.changed.emit()

    # --- intents ----------------------------------------------------------------------------

    @Slot()
    def touch(self) -> None:
        self._session.touch()  # the session tells us if a warning has to disappear

    @Slot(str)
    def start(self, purpose: str) -> None:
        self._guarded(lambda: self._terminal.start(Purpose(purpose)))

    @Slot(str)
    def demo(self, action: str) -> None:
        """Demo mode only: make a simulated device do what a citizen would (place a card, show a code)."""
        act = self._demo_actions.get(action)
        if act is not None:
            act()

    @Slot(str)
    def search(self, text: str) -> None:
        self._query = text
        self._session.touch()
        self._refresh_services()

    @Slot(str)
    def setCategory(self, category: str) -> None:
        self._category = category
        self._session.touch()
        self._refresh_services()

    @Slot(str)
    def chooseService(self, code: str) -> None:
        def go() -> None:
            summary = self._services.summary(code) or {}
            self._guide = dict(self._services.guide(code), needs_signature=bool(summary.get("needs_signature")))
            self._terminal.choose_service(code)

        self._guarded(go)

    @Slot()
    def openForm(self) -> None:
        code = self._session.data.service_code
        identity = self._session.data.identity
        self._form.reset(self._services.form_fields(code, identity))
        self.fieldsChanged.emit()
        self._refresh_materials()
        self._guarded(self._terminal.open_form)

    def _materials_stale(self) -> bool:
        return (len(self._terminal.licenses), len(self._session.data.attachments)) != self._materials_basis

    def _refresh_materials(self) -> None:
        code = self._session.data.service_code
        held = {lic.license_type for lic in self._terminal.licenses}
        identity = self._session.data.identity
        if identity is not None and identity.card_type is CardType.RESIDENT_ID:
            held.add("resident_id")  # the card itself was read at this terminal
        self._materials = self._services.materials(code, held)
        # Only the e-licenses that stand in for a required material go with the filing.
        self._terminal.attach_held_licenses({str(m.get("elicense_type")) for m in self._materials} & held)
        photographed = {a.get("material") for a in self._session.data.attachments if a.get("kind") == "photo"}
        for row in self._materials:
            if row.get("name") in photographed:
                row["done"] = True
                row["status"] = "已拍照"
        self._materials_basis = (len(self._terminal.licenses), len(self._session.data.attachments))
        self.materialsChanged.emit()

    @Slot(str, str, int, result=list)
    def regionOptions(self, field_id: str, value: str, level: int) -> list[dict[str, Any]]:
        """Province (0), city (1) or county (2) buttons of a region field, given what is picked so far."""
        field = self._form.field(field_id)
        return [] if field is None else self._region_options(field, value, level)

    def _region_options(self, field: dict[str, Any], value: str, level: int) -> list[dict[str, Any]]:
        catalog = getattr(getattr(self._services, "current", self._services), "catalog", None)
        if catalog is None:
            return []
        allowed = [str(o["value"]) for o in field.get("options", [])]
        return cascade_options(catalog.regions, allowed, value or "", level)

    @Slot(str, str)
    def setField(self, field_id: str, value: str) -> None:
        self._session.touch()
        self._form.set_value(field_id, value)  # one row of the form model: QML rebuilds nothing
        self.choicesChanged.emit()

    @Slot()
    def review(self) -> None:
        values = self._form.values()
        data = self._session.data
        data.delivery = {"method": str(values.get("delivery", ""))}
        data.delivery.update({k: str(v) for k, v in values.items() if k.startswith("ems_")})
        data.handling_region = str(values.get("handling_region", ""))

        missing = [str(m["name"]) for m in self._materials if m.get("required", True) and not m.get("done")]

        def go() -> None:
            ok = self._terminal.review(values, missing)
            self._form.set_errors(self._session.data.form_errors)
            if ok:
                self._review_rows = self._services.review_rows(data.service_code, values)
                self.listsChanged.emit()
            else:
                self.fieldsChanged.emit()

        self._guarded(go)

    @Slot()
    def back(self) -> None:
        self._guarded(self._session.back)

    @Slot(bool)
    def acceptPledge(self, accepted: bool) -> None:
        self._terminal.accept_pledge(accepted)
        if accepted and self._session.data.notice:
            self._session.data.notice = ""  # "please accept the pledge" is answered
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        if self._guide.get("needs_signature"):
            from ui.signature import SignatureRejected

            try:
                png = self._signature.to_png()
            except SignatureRejected as exc:
                self._session.data.notice = str(exc)
                self.changed.emit()
                return
            self._terminal.attach_signature(png)
        self._guarded(self._terminal.submit)

    @Slot()
    def reprintReceipt(self) -> None:
        self._guarded(self._terminal.print_receipt)

    @Slot()
    def toRating(self) -> None:
        self._guarded(self._terminal.to_rating)

    @Slot(int, str)
    def rate(self, stars: int, reason: str) -> None:
        self._guarded(lambda: self._terminal.rate(stars, reason))

    @Slot()
    def finish(self) -> None:
        self._terminal.finish()

    @Slot()
    def cancel(self) -> None:
        self._terminal.cancel()

    @Slot(str)
    def queryProgress(self, tracking: str) -> None:
        tracking = tracking.strip().upper()
        if not tracking:
            self._session.data.notice = "请输入受理编号，或扫描回执上的二维码"
        else:
            self._guarded(lambda: self._terminal.query_progress(tracking))
        self.changed.emit()

    @Slot(int)
    def printLicense(self, index: int) -> None:
        self._guarded(lambda: self._terminal.print_license(index))

    @Slot(int)
    def photographMaterial(self, index: int) -> None:
        if 0 <= index < len(self._materials):
            name = str(self._materials[index]["name"])
            self._guarded(lambda: self._terminal.photograph_material(name))

    # --- internals --------------------------------------------------------------------------

    def _guarded(self, action: Callable[[], Any]) -> None:
        """A tap that no longer fits the state (a double tap, a late tap after a timeout) is ignored."""
        try:
            action()
        except InvalidTransition as exc:
            log.info("ignored tap: %s", exc)
        self.changed.emit()

    def _refresh_services(self) -> None:
        self._service_list = self._services.search(self._query, self._category)
        self.listsChanged.emit()
        self.changed.emit()

    def _on_session_changed(self) -> None:
        if self._session.state is not self._shown_state:
            self._shown_state = self._session.state
            self.fieldsChanged.emit()
            self.materialsChanged.emit()
            if self._shown_state is State.PRINT_CERTIFICATE:
                self._terminal.load_licenses()
            self.listsChanged.emit()
        elif self._session.state in (State.PRINT_CERTIFICATE, State.QUERY_PROGRESS):
            self.listsChanged.emit()  # results of background queries arrive without a change of state
        elif self._session.state is State.FORM and self._materials_stale():
            self._refresh_materials()  # e-licenses arrived, or a page was photographed, after the form opened
        self.changed.emit()

    def _on_signature_changed(self) -> None:
        if self._session.state is State.REVIEW and self._session.data.notice:
            self._session.data.notice = ""  # the citizen is signing: an earlier "please sign" is answered
            self.changed.emit()

    def _wipe(self) -> None:
        self._signature.clear()
        self._query = ""
        self._category = ""
        self._guide = {}
        self._form.reset([])
        self._materials = []
        self._review_rows = []
        self._refresh_services()

    def _tick(self) -> None:
        version = getattr(self._services, "version", 0)
        if version != self._services_version:  # the catalog arrived (or was refreshed) in the background
            self._services_version = version
            self._refresh_services()
        self._session.tick()
        # One status query at a time: a query slower than the tick (a busy disk, a loaded machine)
        # must not queue a second one every second; the backlog grew without bound in the soak and
        # kept prints and photos waiting behind it in the pool.
        if self._outbox_status is not None and not self._status_pending:
            self._status_pending = True
            self._tasks.run(self._outbox_status, self._on_status)
        self.changed.emit()

    def _on_status(self, result: OutboxStatus | BaseException) -> None:
        self._status_pending = False
        if isinstance(result, OutboxStatus):
            self._status = result
            self.changed.emit()
