"""The core's view of the outside world: small protocols the composition root fills with real,
simulated or demo adapters. Nothing here imports Qt, pyserial, OpenCV, CUPS or requests.

Threading contract: adapters may call an ``EventSink`` from any thread. The composition root wraps
the sink so the core only ever sees events on one thread (the Qt main thread in the app, the
calling thread in tests).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, Literal, Protocol, TypeVar

from kiosk.domain.identity import Identity
from kiosk.messages import CardProblem, Message, PrintProblem, Say, card_message
from kiosk.platform_text import PlatformText

T = TypeVar("T")


# --- time -------------------------------------------------------------------------------------


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; used for timeouts."""
        ...

    def now(self) -> datetime:
        """Timezone-aware wall-clock time; used for records and receipts."""
        ...


# --- device events ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CardRead:
    identity: Identity


@dataclass(frozen=True)
class CardRemoved:
    pass


@dataclass(frozen=True)
class CardRejected:
    """A card was read but cannot be used (expired, bad check digit…); the screen finds the words."""

    problem: CardProblem
    expired_on: date | None = None  # with CardProblem.EXPIRED

    @property
    def message(self) -> Message:
        return card_message(self.problem, self.expired_on)


@dataclass(frozen=True)
class CodeScanned:
    """One look at codes. ``text`` is the code when exactly one code with one plausible reading was
    seen; otherwise ``text`` is empty and ``symbols`` holds every code in view, each as its
    plausible readings (several when its bytes carried no charset and read validly in more than one).
    """

    text: str
    source: str  # "camera" or "scanner"
    symbols: tuple[tuple[str, ...], ...] = ()

    @property
    def codes(self) -> tuple[tuple[str, ...], ...]:
        """Every code in view with its readings, whichever way the event was built."""
        return self.symbols or ((self.text,),)

    @classmethod
    def of(cls, source: str, symbols: tuple[tuple[str, ...], ...]) -> CodeScanned:
        """One look as an event: a lone code with one reading as plain ``text``, else every code's
        readings in ``symbols`` with ``text`` empty."""
        if len(symbols) == 1 and len(symbols[0]) == 1:
            return cls(symbols[0][0], source)
        return cls("", source, symbols)


@dataclass(frozen=True)
class DeviceLost:
    device: str  # "idcard", "camera", "scanner", "printer"
    reason: str  # technician-facing, no personal data


@dataclass(frozen=True)
class DeviceBack:
    device: str


DeviceEvent = CardRead | CardRemoved | CardRejected | CodeScanned | DeviceLost | DeviceBack
EventSink = Callable[[DeviceEvent], None]


class EventSource(Protocol):
    """A device that reports events until stopped (ID reader, camera decoder, serial scanner)."""

    name: str

    def start(self, sink: EventSink) -> None: ...

    def stop(self) -> None: ...


# --- background work --------------------------------------------------------------------------


class TaskRunner(Protocol):
    """Runs blocking work off the UI thread and delivers the result (or exception) on the core's thread."""

    def run(self, work: Callable[[], T], done: Callable[[T | BaseException], None]) -> None: ...


# --- printing ---------------------------------------------------------------------------------


class PrintState(enum.Enum):
    COMPLETED = "completed"
    FAILED = "failed"  # the printer refused or aborted: reprint later
    STUCK = "stuck"  # no progress within the deadline; the job was cancelled


@dataclass(frozen=True)
class PrintOutcome:
    state: PrintState
    problem: PrintProblem | None = None  # None when printed; the screen finds the words
    technician_message: str = ""
    job_id: str = ""

    @property
    def message(self) -> Message:
        if self.problem is None:
            return Message(Say.PRINTED)
        return Message(Say.PRINTER_PROBLEM, (self.problem.value,))

    @property
    def ok(self) -> bool:
        return self.state is PrintState.COMPLETED


@dataclass(frozen=True)
class PrintDocument:
    kind: str  # "receipt", "certificate", "test_page"
    title: str  # ASCII-safe job title, never personal data
    pdf: bytes
    media: str = "A4"  # "A4" or "80mm"


class Printer(Protocol):
    name: str

    def print_document(self, document: PrintDocument) -> PrintOutcome:
        """Blocking: returns only when the device says done, failed, or the deadline passed."""
        ...


# --- platform: outbound -----------------------------------------------------------------------


class StorageFull(Exception):
    """The outbox reached its disk budget; the filing was not accepted."""


# What the platform accepts. Filings (applications, attachments, ratings, print audits) are never
# replaced or dropped once stored; only an unsent heartbeat may give way to a newer one.
ItemKind = Literal["application", "attachment", "rating", "print_audit", "heartbeat", "help_request", "help_cancel"]


@dataclass(frozen=True)
class OutboundItem:
    key: str  # idempotency key, made before the first attempt
    kind: ItemKind
    payload: Mapping[str, Any]
    group: str = ""  # items in one group are delivered in ``seq`` order
    seq: int = 0
    personal: bool = True  # payload is encrypted at rest and purged after delivery


class Refusal(enum.StrEnum):
    """Why the platform takes nothing from this terminal, though it may answer (its last word)."""

    NONE = ""
    NOT_ENROLLED = "not_enrolled"  # no key: the terminal does not even ask
    KEY = "key_refused"  # the platform refused the key (unknown, retired, bad signature)
    CLOCK = "clock_refused"  # the platform refused the signature's time: the terminal's clock is off


@dataclass(frozen=True)
class OutboxStatus:
    pending: int = 0
    dead: int = 0
    oldest_pending_age_s: float | None = None
    last_success: datetime | None = None
    platform_reachable: bool = False  # the platform answered the last attempt (whatever it said)
    platform_checked: bool = False  # the sync worker has tried the platform at least once
    clock_skew_s: float | None = None
    platform_refusal: Refusal = Refusal.NONE

    @property
    def platform_connected(self) -> bool:
        """The platform answers and takes this terminal's filings: only then is a citizen told so."""
        return self.platform_reachable and self.platform_refusal is Refusal.NONE


class Outbox(Protocol):
    def submit(self, items: Sequence[OutboundItem]) -> None:
        """Store all items in one durable transaction, or none: ``StorageFull`` (budget or a full disk),
        ``ValueError`` (a key already holds a different item), ``OSError`` (any other storage fault).
        Storing an item that is already stored, unchanged, is a no-op."""
        ...

    def status(self) -> OutboxStatus: ...


# --- platform: reads --------------------------------------------------------------------------


@dataclass(frozen=True)
class Fetched(Generic[T]):
    value: T
    fetched_at: datetime
    from_cache: bool = False

    def age_s(self, now: datetime) -> float:
        return max(0.0, (now - self.fetched_at).total_seconds())


class PlatformUnavailable(Exception):
    """Neither the platform nor the cache could answer."""


@dataclass(frozen=True)
class ELicense:
    license_type: str  # e.g. "household_register", "marriage_certificate"
    name: str  # 电子证照名称 shown to the citizen
    number: str
    holder: str
    issuer: str
    valid_to: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    name_en: str = ""  # the platform's English for the name and the issuer, when it sends it
    issuer_en: str = ""
    # The fields in English, when the platform sends them: each Chinese label of ``fields`` to its
    # (English label, English value). A 查询打印 record's rows, shown in an English session; the
    # printed record keeps ``fields``. Keyed by the Chinese label, as JSON does not keep key order.
    fields_en: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def title(self) -> PlatformText:
        """The name as screens and notices show it (English in an English session, where sent)."""
        return PlatformText(self.name, self.name_en)

    @property
    def issued_by(self) -> PlatformText:
        return PlatformText(self.issuer, self.issuer_en)


class PlatformReads(Protocol):
    def catalog(self) -> Fetched[Mapping[str, Any]]: ...

    def progress(self, tracking_number: str) -> Fetched[Mapping[str, Any]]: ...

    def elicenses(self, document_number: str) -> Fetched[Sequence[ELicense]]: ...

    def help_status(self, request_id: str) -> Fetched[Mapping[str, Any]]:
        """A help call as the platform sees it: ``{"state": "open" | "acknowledged" | "cancelled" | "unknown", …}``."""
        ...


class SlotTaken(Exception):
    """The appointment slot filled up between showing it and booking it."""


class AppointmentGone(Exception):
    """Nothing to cancel: the appointment is unknown, not this holder's, or its day has passed."""


class CitizenServices(Protocol):
    """The platform's citizen-facing services beyond filing: appointments and own applications."""

    def applications(self, document_number: str) -> Fetched[Sequence[Mapping[str, Any]]]: ...

    def appointment_slots(self, item_code: str, day: date) -> Sequence[Mapping[str, Any]]: ...

    def book_appointment(self, booking: Mapping[str, Any], key: str) -> Mapping[str, Any]: ...

    def my_appointments(self, document_number: str) -> Sequence[Mapping[str, Any]]:
        """The holder's upcoming appointments; ``PlatformUnavailable`` without an answer (never cached)."""
        ...

    def cancel_appointment(self, confirmation: str, document_number: str) -> Mapping[str, Any]:
        """Cancel the holder's own appointment. ``AppointmentGone`` when it is unknown, another's, or
        past; ``PlatformUnavailable`` without an answer."""
        ...

    def record(self, document_number: str, item_code: str) -> ELicense: ...


# --- technician self-tests --------------------------------------------------------------------


@dataclass(frozen=True)
class SelfTestResult:
    """One device's or link's health as the technician screen and ``kiosk doctor`` show it."""

    device: str  # "idcard", "camera", "scanner", "printer", "platform", "outbox", "disk"
    ok: bool
    message: str  # technician-facing, concrete, no personal data
    details: Mapping[str, str] = field(default_factory=dict)


SelfTest = Callable[[], SelfTestResult]


# --- paper materials --------------------------------------------------------------------------


class PageNotUsable(Exception):
    """The photographed material cannot be used; ``kind`` says what the citizen should change."""

    def __init__(self, kind: Say) -> None:
        super().__init__(kind.value)
        self.kind = kind


class PageCamera(Protocol):
    def capture_page(self) -> bytes:
        """Blocking: photograph the sheet in view, straighten it, and return it as a JPEG."""
        ...
