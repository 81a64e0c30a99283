"""Booking an appointment (预约) at an item's handling window: the way forward from a guide-only item.

The citizen is identified (the errand starts with a card or a service code), opens the guide of an
item that cannot be filed here, and books a half-hour slot at its window: choose a day, see the
free places, book, get the confirmation on screen and on paper. Booking needs the platform: with
no link the desk says so and the window's phone number stays on screen. Words are the screen's;
the desk reports kinds (``AppointmentProblem``) with their data.

An identified citizen also sees their upcoming appointments (on the progress screen, beside their
applications) and cancels one — right after booking too. Cancelling goes straight to the platform,
not through the outbox: its whole worth is giving the place back before the day and telling the
citizen so at once. A cancellation queued offline could arrive after the slot, or be refused (gone,
another's) with nobody left to tell, while the citizen walks away believing it done. With no link
the desk says the appointment stands and shows the window's phone, as the printed slip does.
"""

from __future__ import annotations

import enum
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.domain.masking import mask_id_number, mask_name
from kiosk.platform_text import PlatformText
from kiosk.ports import AppointmentGone, CitizenServices, PlatformUnavailable, SlotTaken
from kiosk.printing.documents import SlipData
from kiosk.printing.service import PrintResult
from kiosk.session.states import State

if TYPE_CHECKING:
    from kiosk.terminal import Terminal

log = logging.getLogger(__name__)

DAYS_SHOWN = 7  # working days offered, from tomorrow


class AppointmentProblem(enum.StrEnum):
    OFFLINE = "appointment.offline"  # the platform cannot be reached: call the window instead
    SLOT_TAKEN = "appointment.slot_taken"  # filled up between showing and booking
    NO_SLOTS = "appointment.no_slots"  # nothing free that day
    PRINT_FAILED = "appointment.print_failed"  # the confirmation stays on screen
    CANCEL_OFFLINE = "appointment.cancel_offline"  # not cancelled: the platform cannot be reached
    CANCEL_GONE = "appointment.cancel_gone"  # nothing to cancel any more (past, or already gone)
    MINE_OFFLINE = "appointment.mine_offline"  # the list of one's appointments cannot be fetched now


@dataclass(frozen=True)
class Slot:
    start: str
    end: str
    free: int


@dataclass(frozen=True)
class Confirmation:
    code: str  # read aloud at the window; also in the QR
    item_code: str
    item_name: str
    day: date
    start: str
    end: str
    holder_masked: str
    window: Mapping[str, str]


@dataclass(frozen=True)
class Booked:
    """One of the citizen's upcoming appointments, as the platform lists it."""

    code: str
    item_code: str
    day: date
    start: str
    end: str


@dataclass
class MineView:
    loaded: bool = False
    busy: bool = False
    rows: list[Booked] = field(default_factory=list)
    problem: AppointmentProblem | None = None
    cancelling: str = ""  # the code being cancelled now
    cancelled: list[str] = field(default_factory=list)  # cancelled in this session, newest last


@dataclass
class AppointmentView:
    item_code: str = ""
    day: date | None = None
    slots: list[Slot] = field(default_factory=list)
    busy: bool = False  # waiting on the platform
    problem: AppointmentProblem | None = None
    confirmation: Confirmation | None = None
    printed: bool = False


def working_days(today: date, count: int = DAYS_SHOWN) -> list[date]:
    days: list[date] = []
    day = today
    while len(days) < count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days


class AppointmentDesk:
    def __init__(self, terminal: Terminal, services: CitizenServices) -> None:
        self._terminal = terminal
        self._services = services
        self.view = AppointmentView()
        self.mine = MineView()
        self._booking_key = ""
        terminal.session.on_wipe(self._wipe)

    def _wipe(self) -> None:
        self.view = AppointmentView()
        self.mine = MineView()
        self._booking_key = ""

    def days(self) -> list[date]:
        return working_days(self._terminal.clock.now().date())

    def open(self) -> None:
        """From the guide: the first working day's slots, loading in the background."""
        code = self._terminal.session.data.service_code
        self.view = AppointmentView(item_code=code)
        self._terminal.session.go(State.APPOINTMENT)
        self.choose_day(self.days()[0])

    def choose_day(self, day: date) -> None:
        view = self.view
        view.day, view.slots, view.problem, view.busy = day, [], None, True
        item = view.item_code

        def done(result: Any) -> None:
            view.busy = False
            if isinstance(result, PlatformUnavailable):
                view.problem = AppointmentProblem.OFFLINE
            elif isinstance(result, BaseException):
                log.error("appointment slots failed: %s", type(result).__name__)
                view.problem = AppointmentProblem.OFFLINE
            elif view.day == day:  # the citizen may have tapped another day meanwhile
                view.slots = [Slot(str(s["start"]), str(s["end"]), int(s["free"])) for s in result]
                if not any(s.free for s in view.slots):
                    view.problem = AppointmentProblem.NO_SLOTS

        self._terminal.run_for_session(lambda: self._services.appointment_slots(item, day), done)

    def book(self, start: str) -> None:
        view = self.view
        identity = self._terminal.session.data.identity
        if identity is None or view.day is None or view.busy:
            return
        summary = self._terminal.services.summary(view.item_code) or {}
        windows = self._terminal.services.windows(view.item_code)
        window = dict(windows[0]) if windows else {}
        # One key per attempt at this slot: a retry after a lost answer is the same booking.
        self._booking_key = self._booking_key or str(uuid.uuid4())
        key, day = self._booking_key, view.day
        request = {
            "item_code": view.item_code,
            "date": day.isoformat(),
            "start": start,
            "document_number": identity.document_number,
            "name": identity.display_name,
        }
        view.busy, view.problem = True, None

        def done(result: Any) -> None:
            view.busy = False
            if isinstance(result, SlotTaken):
                self._booking_key = ""
                view.problem = AppointmentProblem.SLOT_TAKEN
                self.choose_day(day)  # show what is still free
                view.problem = AppointmentProblem.SLOT_TAKEN
            elif isinstance(result, BaseException):
                log.error("booking failed: %s", type(result).__name__)
                view.problem = AppointmentProblem.OFFLINE
            else:
                self._booking_key = ""
                view.confirmation = Confirmation(
                    code=str(result.get("confirmation", "")),
                    item_code=view.item_code,
                    item_name=_item_name(summary, view.item_code),
                    day=day,
                    start=str(result.get("start", start)),
                    end=str(result.get("end", "")),
                    holder_masked=mask_name(identity.display_name),
                    window=window,
                )
                self.print_confirmation()

        self._terminal.run_for_session(lambda: self._services.book_appointment(request, key), done)

    def slip(self) -> SlipData:
        c = self.view.confirmation
        identity = self._terminal.session.data.identity
        if c is None or identity is None:
            raise RuntimeError("no confirmation to print")
        w = c.window
        weekday = "一二三四五六日"[c.day.weekday()]
        return SlipData(
            kind="appointment",
            reference=c.code,
            title="预约凭证",
            subtitle=c.item_name,
            rows=(
                ("预约码", c.code),
                ("预约时间", f"{c.day.year}年{c.day.month}月{c.day.day}日（周{weekday}）{c.start}–{c.end}"),
                ("预 约 人", c.holder_masked),
                ("证件号码", mask_id_number(identity.document_number)),
                ("办理窗口", w.get("name", "")),
                ("地    址", w.get("address", "")),
                ("咨询电话", w.get("phone", "")),
            ),
            sections=(
                ("温馨提示", "请携带身份证原件及办事指南所列材料；请提前10分钟到达，凭预约码或身份证取号；"
                 "如不能按时前往，请致电窗口取消"),
            ),
            qr_text=c.code,
            qr_caption="预约码",
            footer=w.get("hours", ""),
            printed_at=self._terminal.clock.now(),
        )

    def print_confirmation(self) -> None:
        view = self.view
        slip = self.slip()
        view.busy = True

        def done(result: PrintResult | BaseException) -> None:
            view.busy = False
            view.printed = not isinstance(result, BaseException) and result.ok
            if not view.printed:
                view.problem = AppointmentProblem.PRINT_FAILED

        self._terminal.run_for_session(lambda: self._terminal.documents.print_slip(slip), done)

    # --- the citizen's own appointments, and cancelling one -------------------------------------

    def load_mine(self) -> None:
        """Fetch the identified citizen's upcoming appointments (in the background)."""
        identity = self._terminal.session.data.identity
        mine = self.mine
        if identity is None or mine.busy:
            return
        mine.busy, mine.problem = True, None
        number = identity.document_number

        def done(result: Any) -> None:
            mine.busy = False
            if isinstance(result, BaseException):
                if not isinstance(result, PlatformUnavailable):
                    log.error("own appointments failed: %s", type(result).__name__)
                mine.problem = AppointmentProblem.MINE_OFFLINE
                return
            mine.loaded = True
            mine.rows = [
                Booked(str(r["confirmation"]), str(r.get("item_code", "")), date.fromisoformat(str(r["date"])),
                       str(r.get("start", "")), str(r.get("end", "")))
                for r in result
                if r.get("confirmation") and r.get("date") and str(r["confirmation"]) not in mine.cancelled
            ]

        self._terminal.run_for_session(lambda: self._services.my_appointments(number), done)

    def cancel(self, code: str) -> None:
        """Cancel one of the citizen's appointments (a listed one, or the one just booked)."""
        identity = self._terminal.session.data.identity
        mine = self.mine
        if identity is None or mine.cancelling or code in mine.cancelled:
            return
        mine.cancelling, mine.problem = code, None
        number = identity.document_number
        self._terminal.session.touch()

        def done(result: Any) -> None:
            mine.cancelling = ""
            if isinstance(result, AppointmentGone):
                mine.problem = AppointmentProblem.CANCEL_GONE
                mine.rows = [r for r in mine.rows if r.code != code]
            elif isinstance(result, BaseException):
                if not isinstance(result, PlatformUnavailable):
                    log.error("cancelling failed: %s", type(result).__name__)
                mine.problem = AppointmentProblem.CANCEL_OFFLINE  # it stands: said so, with the phone
            else:
                mine.cancelled.append(code)
                mine.rows = [r for r in mine.rows if r.code != code]

        self._terminal.run_for_session(lambda: self._services.cancel_appointment(code, number), done)

    def item_name(self, item_code: str) -> str:
        """The item's name from the catalog, or "" while it is not there (never the code itself)."""
        return _item_name(self._terminal.services.summary(item_code) or {}, "")

    def window_of(self, item_code: str) -> dict[str, str]:
        windows = self._terminal.services.windows(item_code)
        return dict(windows[0]) if windows else {}


def _item_name(summary: Mapping[str, Any], default: str) -> PlatformText:
    """The item's name with the platform's English name beside it (the screens show it in English)."""
    return PlatformText(str(summary.get("name", default)), str(summary.get("name_en", "")))
