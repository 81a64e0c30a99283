"""The view model of what a citizen does beyond filing: the link status every screen shows, booking
an appointment, their own applications, 查询打印 records, showing an e-license (亮证), printing a
guide, search suggestions and the busy indicator. Exposed to QML as ``errands``.

It sits beside ``SessionViewModel`` (``vm``) and reads the same terminal; the work is in the core
desks (``kiosk.appointments``, ``kiosk.citizen_records``, ``kiosk.guide_print``); words come from
the one catalog through ``Words``.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.appointments import AppointmentDesk
from kiosk.citizen_records import APPLICATION_STATUSES, OwnApplications, RecordDesk, license_card
from kiosk.codes.tracking import problem_with
from kiosk.config.models import KioskConfig
from kiosk.guide_print import GuideDesk
from kiosk.link import Freshness, Link, RecordAge, filing_wording
from kiosk.ports import CitizenServices
from kiosk.service_view import ServiceView
from kiosk.session.machine import InvalidTransition
from kiosk.session.states import State
from kiosk.terminal import Terminal
from ui.qr_image import qr_data_url
from ui.words import Words

log = logging.getLogger(__name__)


def status_text(words: Words, status: str, label: str) -> str:
    """An application's status in the session's language; a status the terminal does not know keeps
    the platform's own label."""
    return words.tr(f"status.{status}") if status in APPLICATION_STATUSES else label


def age_text(words: Words, fresh: Freshness) -> str:
    """"" for a live record; else how old it is and why (offline, or this one read failed)."""
    if fresh.age is RecordAge.LIVE:
        return ""
    amount = words.tr(fresh.age.value, fresh.amount)
    return words.tr("age.offline" if fresh.offline else "age.cached", amount)


class ErrandsViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        config: KioskConfig,
        terminal: Terminal,
        services: ServiceView,
        citizen: CitizenServices | None,
        words: Words,
    ) -> None:
        super().__init__()
        self._config = config
        self._terminal = terminal
        self._services = services
        self._words = words
        self.appointments = AppointmentDesk(terminal, citizen) if citizen is not None else None
        self.own = OwnApplications(terminal, citizen) if citizen is not None else None
        self.records = RecordDesk(terminal, citizen) if citizen is not None else None
        self.guides = GuideDesk(terminal)
        self._license = -1
        self._reveal = False
        terminal.session.subscribe(lambda _m: self._on_session())
        terminal.session.on_wipe(self._wipe)

    def tr(self, msg_id: str, *args: Any) -> str:
        return self._words.tr(msg_id, *args)

    def apply_config(self, config: KioskConfig) -> None:
        self._config = config
        self.changed.emit()

    def link_changed(self) -> None:
        """The terminal's link state was updated (the session view model polls the sync worker)."""
        self.changed.emit()

    # --- the link, as every screen says it ----------------------------------------------------

    def _link_text(self) -> str:
        return self.tr(f"link.{self._terminal.link.link.value}")

    def _filing_text(self) -> str:
        return self.tr(filing_wording(self._terminal.link).value)

    linkState = Property(str, lambda self: self._terminal.link.link.value, notify=changed)
    linkText = Property(str, _link_text, notify=changed)
    filingText = Property(str, _filing_text, notify=changed)

    def _waiting(self) -> bool:
        t = self._terminal
        desks = [d.view.busy for d in (self.appointments, self.own, self.records) if d is not None]
        if self.appointments is not None:
            desks += [self.appointments.mine.busy, bool(self.appointments.mine.cancelling)]
        # The catalog loading in the background only keeps a citizen waiting on the service list.
        loading = t.session.state is State.CHOOSE_SERVICE and not getattr(self._services, "loaded", True)
        return bool(t.printing or t.capturing or t.querying or any(desks) or loading)

    # Whether the citizen is waiting on the terminal; QML shows the indicator once this has held 300 ms.
    waiting = Property(bool, _waiting, notify=changed)
    homeActions = Property(list, lambda self: list(self._config.ui.home_actions), notify=changed)

    def _tagline(self) -> str:
        # The idle screen says what this kind of site is for: a bank branch is not a service hall.
        if self._config.terminal.site_profile == "bank_branch":
            return self.tr("idle.tagline_bank_branch")
        return self.tr("idle.tagline")

    tagline = Property(str, _tagline, notify=changed)

    # --- receipt -------------------------------------------------------------------------------

    def _receipt(self) -> dict[str, Any]:
        data = self._terminal.session.data
        if not data.tracking_number:
            return {}
        summary = self._terminal.services.summary(data.service_code) or {}
        days = int(summary.get("promised_days", 0) or 0)
        method = str(data.delivery.get("method", "") or "pickup")
        windows = self._terminal.services.windows(data.service_code)
        where = windows[0]["address"] if windows and method == "pickup" else ""
        return {
            "qr": qr_data_url(data.tracking_number),
            "time_limit": self.tr("receipt.same_day") if days == 0 else self.tr("receipt.time_limit", days),
            "delivery": self.tr(f"receipt.delivery.{method}", where),
        }

    receipt = Property(dict, _receipt, notify=changed)

    # --- appointments ------------------------------------------------------------------------

    def _days(self) -> list[dict[str, str]]:
        if self.appointments is None:
            return []
        weekday = [self.tr(f"weekday.{i}") for i in range(7)]
        return [
            {"value": d.isoformat(), "label": self.tr("appointments.day", d.month, d.day, weekday[d.weekday()])}
            for d in self.appointments.days()
        ]

    def _appointment(self) -> dict[str, Any]:
        desk = self.appointments
        if desk is None:
            return {"available": False}
        v = desk.view
        out: dict[str, Any] = {
            "available": True,
            "day": v.day.isoformat() if v.day else "",
            "slots": [{"start": s.start, "end": s.end, "free": s.free} for s in v.slots],
            "busy": v.busy,
            "problem": self.tr(v.problem.value) if v.problem else "",
            "printed": v.printed,
        }
        c = v.confirmation
        if c is not None:
            out["confirmation"] = {
                "code": c.code,
                "qr": qr_data_url(c.code),
                "when": self.tr("appointments.when", c.day.month, c.day.day, c.start, c.end),
                # The item and window in the platform's English in an English session, where it sent English.
                "item": self._words.render(c.item_name),
                "holder": c.holder_masked,
                "window": self._words.render(c.window.get("name", "")),
                "address": self._words.render(c.window.get("address", "")),
                "phone": c.window.get("phone", ""),
            }
        return out

    days = Property(list, _days, notify=changed)
    appointment = Property(dict, _appointment, notify=changed)

    @Slot()
    def openAppointment(self) -> None:
        if self.appointments is not None:
            self._guarded(self.appointments.open)

    @Slot(str)
    def chooseDay(self, iso: str) -> None:
        if self.appointments is not None:
            self._terminal.session.touch()
            self._guarded(lambda: self.appointments.choose_day(date.fromisoformat(iso)) if self.appointments else None)

    @Slot(str)
    def book(self, start: str) -> None:
        if self.appointments is not None:
            self._guarded(lambda: self.appointments.book(start) if self.appointments else None)

    @Slot()
    def reprintConfirmation(self) -> None:
        if self.appointments is not None and self.appointments.view.confirmation is not None:
            self._guarded(self.appointments.print_confirmation)

    # --- the citizen's own appointments, and cancelling one --------------------------------------

    def _mine(self) -> dict[str, Any]:
        desk = self.appointments
        if desk is None or self._terminal.session.data.identity is None:
            return {"identified": False, "rows": [], "cancelled": []}
        m = desk.mine
        weekday = [self.tr(f"weekday.{i}") for i in range(7)]
        rows = []
        for b in m.rows:
            window = desk.window_of(b.item_code)
            rows.append({
                "code": b.code,
                "item": self._words.render(desk.item_name(b.item_code)) or self._unnamed(),
                "when": self.tr("appointments.day", b.day.month, b.day.day, weekday[b.day.weekday()])
                + " " + b.start + "–" + b.end,
                "window": self._words.render(window.get("name", "")),
                "phone": window.get("phone", ""),
            })
        return {
            "identified": True,
            "loaded": m.loaded,
            "busy": m.busy,
            "rows": rows,
            "cancelling": m.cancelling,
            "cancelled": list(m.cancelled),
            "problem": self.tr(m.problem.value) if m.problem else "",
        }

    myAppointments = Property(dict, _mine, notify=changed)

    @Slot(str)
    def cancelAppointment(self, code: str) -> None:
        """The citizen confirmed: cancel this appointment of theirs (a listed one, or the one just booked)."""
        if self.appointments is not None:
            self._guarded(lambda: self.appointments.cancel(code) if self.appointments else None)

    # --- own applications ----------------------------------------------------------------------

    def _own(self) -> dict[str, Any]:
        if self.own is None or self._terminal.session.data.identity is None:
            return {"identified": False, "rows": []}
        v = self.own.view
        age = age_text(self._words, v.freshness) if v.freshness is not None else ""
        return {
            "identified": True,
            "loaded": v.loaded,
            "busy": v.busy,
            "rows": [
                dict(r, name=self._words.render(r["name"]) or self._unnamed(),
                     status_label=status_text(self._words, r["status"], r["status_label"]))
                for r in self.own.rows()
            ],
            "age": age,
            "problem": self.tr(v.problem.value) if v.problem else "",
            # An item without the platform's English is listed by its Chinese name: the cue says so.
            "in_chinese": self._words.in_chinese([r["name"] for r in self.own.rows()]),
        }

    def _unnamed(self) -> str:
        # Until the catalog arrives an item has no name to show; after, an item it lacks (withdrawn
        # since the filing) is still no code on screen.
        if getattr(self._services, "loaded", True):
            return self.tr("progress.name_unknown")
        return self.tr("progress.name_loading")

    ownApplications = Property(dict, _own, notify=changed)

    @Slot(str, result=str)
    def trackingProblem(self, text: str) -> str:
        """What is wrong with a receipt code as it is typed ("" while it may still become right)."""
        problem = problem_with(text)
        if not text.strip() or problem in ("", "short"):
            return ""
        return self.tr(f"progress.code_{problem}")

    # --- records (查询打印) ----------------------------------------------------------------------

    def _record(self) -> dict[str, Any]:
        if self.records is None:
            return {}
        v = self.records.view
        rec = v.record
        rows = list(rec.fields.items()) if rec else []
        in_chinese = False  # shown in an English session with some of the platform's Chinese: the cue says so
        if rec is not None and self._words.language != "zh_CN":
            rows_in_english = all(k in rec.fields_en for k in rec.fields)
            if rows_in_english:
                rows = [rec.fields_en[k] for k in rec.fields]  # the platform's English for every row
            in_chinese = not rows_in_english or self._words.in_chinese([rec.title, rec.issued_by])
        return {
            "in_chinese": in_chinese,
            "busy": v.busy,
            "printed": v.printed,
            "problem": self.tr(v.problem.value) if v.problem else "",
            "name": self._words.render(rec.title) if rec else "",
            "issuer": self._words.render(rec.issued_by) if rec else "",
            "rows": [{"label": k, "value": val} for k, val in rows],
        }

    record = Property(dict, _record, notify=changed)

    @Slot()
    def fetchRecord(self) -> None:
        if self.records is not None:
            code = self._terminal.session.data.service_code
            self._guarded(lambda: self.records.fetch_and_print(code) if self.records else None)

    # --- 亮证 ------------------------------------------------------------------------------------

    def _shown_license(self) -> dict[str, Any]:
        licenses = self._terminal.licenses
        if not 0 <= self._license < len(licenses):
            return {}
        card = license_card(licenses[self._license], self._terminal.clock.now().date())
        card["qr_image"] = qr_data_url(str(card["qr"]))
        card["validity"] = (
            self.tr("license.long_term")
            if card["long_term"]
            else self.tr("license.valid_to" if card["valid"] else "license.expired", card["valid_to"])
        )
        return dict(self._words.render(card))  # the license's name and issuer in the platform's English, where sent

    shownLicense = Property(dict, _shown_license, notify=changed)

    @Slot(int)
    def showLicense(self, index: int) -> None:
        self._license = index
        self._terminal.session.touch()
        self.changed.emit()

    @Slot()
    def hideLicense(self) -> None:
        self._license = -1
        self.changed.emit()

    @Slot()
    def printShownLicense(self) -> None:
        if self._license >= 0:
            index = self._license
            self._guarded(lambda: self._terminal.print_license(index))

    # --- guide ------------------------------------------------------------------------------------

    def _guide_print(self) -> str:
        state = self.guides.view.state
        return self.tr(state.value) if state else ""

    guidePrint = Property(str, _guide_print, notify=changed)

    @Slot()
    def printGuide(self) -> None:
        code = self._terminal.session.data.service_code
        if code:
            self._guarded(lambda: self.guides.print_guide(code))

    # --- search that helps --------------------------------------------------------------------

    @Slot(str, result="QVariantMap")
    def suggest(self, query: str) -> dict[str, Any]:
        if not query.strip():
            return {"items": [], "categories": []}
        found = self._services.suggest(query)
        # In the session's language: the platform's English names where it sent them.
        return {"items": [self._words.platform_row(r) for r in found["items"]],
                "categories": self._words.render(found["categories"])}

    # --- internals ----------------------------------------------------------------------------

    def _guarded(self, action: Any) -> None:
        try:
            action()
        except InvalidTransition as exc:
            log.info("ignored tap: %s", exc)
        self.changed.emit()

    def _on_session(self) -> None:
        session = self._terminal.session
        own = self.own
        if (
            own is not None
            and session.state is State.QUERY_PROGRESS
            and session.data.identity is not None
            and own.due()
        ):
            own.load()  # once identified, the citizen's own applications come first
        desk = self.appointments
        if (
            desk is not None
            and session.state is State.QUERY_PROGRESS
            and session.data.identity is not None
            and not (desk.mine.loaded or desk.mine.busy or desk.mine.problem)
        ):
            desk.load_mine()  # and their upcoming appointments, to cancel one if plans changed
        self.changed.emit()

    def _wipe(self) -> None:
        self._license = -1
        self._reveal = False
        self.changed.emit()

    @property
    def link_up(self) -> bool:
        return self._terminal.link.link is Link.UP
