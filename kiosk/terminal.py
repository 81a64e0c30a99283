"""The terminal's use cases: what happens when a card is read, a service chosen, a form submitted.

The UI calls these methods and renders ``session``; devices and the platform are reached only
through the ports given to the constructor, so the whole flow runs in tests without Qt or hardware.
"""

from __future__ import annotations

import base64
import copy
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk.citizen_records import verify_url
from kiosk.domain.identity import CardType, Identity
from kiosk.help import HelpDesk
from kiosk.link import LinkState, freshness
from kiosk.logging_setup import PERSONAL_NAMES
from kiosk.messages import Message, Say
from kiosk.ports import (
    CardRead,
    CardRejected,
    Clock,
    CodeScanned,
    DeviceBack,
    DeviceEvent,
    DeviceLost,
    ELicense,
    Fetched,
    OutboundItem,
    Outbox,
    OutboxStatus,
    PageCamera,
    PageNotUsable,
    PlatformReads,
    PlatformUnavailable,
    StorageFull,
    TaskRunner,
)
from kiosk.printing.documents import CertificateData, ReceiptData, SlipData
from kiosk.printing.service import PrintResult
from kiosk.session.machine import SessionMachine
from kiosk.session.prefs import FOREIGNER_OFFER
from kiosk.session.states import Purpose, State

log = logging.getLogger(__name__)


class ServiceLookup(Protocol):
    """What the core needs of the catalog: an item's display fields and filing rules by code."""

    def summary(self, code: str) -> Mapping[str, Any] | None: ...

    def windows(self, code: str) -> list[dict[str, str]]: ...

    def guide(self, code: str) -> dict[str, Any]: ...


class FormValidator(Protocol):
    def validate(self, service_code: str, values: Mapping[str, Any]) -> dict[str, Message]: ...


class Printing(Protocol):
    """``kiosk.printing.service.PrintService``: renders, prints, keeps failures for reprint, audits."""

    def print_receipt(self, data: ReceiptData, media: str = ...) -> PrintResult: ...

    def print_certificate(self, data: CertificateData) -> PrintResult: ...

    def print_slip(self, data: SlipData) -> PrintResult: ...

    def reprint(self, print_id: str) -> PrintResult: ...

    def forget_all(self) -> None: ...


CodeHandler = Callable[["Terminal", CodeScanned], None]


@dataclass
class DeviceHealth:
    lost: dict[str, str] = field(default_factory=dict)  # device -> technician reason

    def ok(self, device: str) -> bool:
        return device not in self.lost


# The 告知承诺 text the citizen accepts is in the screens' catalog under this id; the filing records
# which text was accepted and when, as a clerk would keep the signed paper form.
PLEDGE_ID = "pledge.truthful.v1"
# Printed on the (Chinese) receipt: the receipt is an official document and stays in Chinese.
DELIVERY_LABELS = {"ems": "邮寄到家（EMS）", "online": "电子证照网上领取", "pickup": "窗口自取"}


class Terminal:
    def __init__(
        self,
        *,
        terminal_id: str,
        clock: Clock,
        session: SessionMachine,
        outbox: Outbox,
        tasks: TaskRunner,
        services: ServiceLookup,
        forms: FormValidator,
        receipts: Printing,
        documents: Printing,
        new_tracking_number: Callable[[], str],
        platform: PlatformReads | None = None,
        code_handler: CodeHandler | None = None,
        site_name: str = "",
        receipt_media: str = "A4",
        page_camera: PageCamera | None = None,
    ) -> None:
        self.terminal_id = terminal_id
        self.clock = clock
        self.session = session
        self.outbox = outbox
        self.tasks = tasks
        self.services = services
        self.forms = forms
        self.receipts = receipts
        self.documents = documents
        self.new_tracking_number = new_tracking_number
        self.platform = platform
        self.code_handler = code_handler
        self.site_name = site_name
        self.receipt_media = receipt_media
        self.page_camera = page_camera
        self.capturing = False
        self.querying = False  # a progress or license query is on its way: the citizen waits
        self.card_problem: Message | None = None  # the last card refused, shown on any screen for a while
        self.card_problem_at = float("-inf")
        self.health = DeviceHealth()
        self.printing = False
        self.licenses: list[ELicense] = []
        self.link = LinkState()  # the one answer to "is the platform there?" every screen reads
        self._receipt_print_id = ""
        self._generation = 0  # bumped on every wipe: late results of a past session are dropped
        self.help = HelpDesk(terminal_id=terminal_id, site_name=site_name, clock=clock, outbox=outbox)
        self._help_checking = False
        # Printed documents are Chinese: the composition root sets this to the Chinese catalog's
        # renderer (ui.words.Words("zh_CN").render), which turns a view's Messages into words.
        self.printed_words: Callable[[Any], Any] = lambda value: value
        # Work for the receipt screen, given the tracking number, done off the UI thread once the
        # filing is stored and before the receipt shows (the UI sets it: the receipt's QR image).
        self.prepare_receipt: Callable[[str], object] = lambda tracking: None
        session.on_wipe(self._on_wipe)

    def shown_card_problem(self, for_s: float = 12.0) -> Message | None:
        """The card refusal to show now: for ``for_s`` seconds, or until another card is read."""
        if self.card_problem is None or self.clock.monotonic() - self.card_problem_at > for_s:
            return None
        return self.card_problem

    def link_changed(self, status: OutboxStatus) -> None:
        """The sync worker's latest word on the link and the queue (the app polls it)."""
        self.link = LinkState.from_status(status)

    def _on_wipe(self) -> None:
        self._generation += 1
        self.querying = False
        # A page photo still on its way belongs to nobody now (its result is dropped): left True,
        # every later citizen's 拍摄 button stayed disabled (the soak: all filings after a slow one).
        self.capturing = False
        self.card_problem = None
        self.help.cancel("session_ended")  # the citizen who called has gone
        self.printing = False
        self.licenses = []
        self._receipt_print_id = ""
        PERSONAL_NAMES.clear()
        self.receipts.forget_all()
        self.documents.forget_all()

    def run_for_session(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run blocking work off the UI thread for this citizen's session (desks use this)."""
        self._in_background(work, done)

    def _in_background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run blocking work off the UI thread; drop its result if the citizen has left meanwhile."""
        generation = self._generation

        def deliver(result: Any) -> None:
            if generation == self._generation:
                done(result)
                self.session.notify()

        self.tasks.run(work, deliver)

    # --- devices ----------------------------------------------------------------------------

    def handle_event(self, event: DeviceEvent) -> None:
        match event:
            case CardRead(identity=identity):
                self.card_problem = None
                if self.session.state is State.IDLE:
                    # A card laid on the reader at the home screen starts the usual errand.
                    self.session.start(Purpose.APPLY)
                if self.session.state is State.IDENTIFY:
                    self.identified(identity)
            case CardRejected():
                # Whatever the screen (the home screen included), the citizen is told at once, in
                # words and aloud, why the card cannot be used.
                self.card_problem = event.message
                self.card_problem_at = self.clock.monotonic()
                if self.session.state is not State.IDLE:
                    self.session.data.notice = event.message
                    self.session.touch()
                self.session.notify()
            case CodeScanned():
                if self.code_handler is not None:
                    self.code_handler(self, event)
            case DeviceLost(device=device, reason=reason):
                self.health.lost[device] = reason
                log.warning("device %s lost: %s", device, reason)
            case DeviceBack(device=device):
                self.health.lost.pop(device, None)
                log.info("device %s back", device)
            case _:
                pass

    # --- the errand -------------------------------------------------------------------------

    def identified(self, identity: Identity) -> None:
        PERSONAL_NAMES.add(identity.name)
        PERSONAL_NAMES.add(identity.name_en)
        self.session.data.notice = None
        foreigner = identity.card_type in (CardType.FOREIGNER_2017, CardType.FOREIGNER_2023)
        if foreigner and self.session.prefs.language != FOREIGNER_OFFER:
            # A foreigner's permanent-residence card: offer English at once (the citizen may decline).
            self.session.prefs.language_offer = FOREIGNER_OFFER
        self.session.identified(identity)
        if self.session.state is not State.PRINT_CERTIFICATE:
            # The e-licenses the citizen holds replace paper materials (免提交); fetch them early.
            self.load_licenses(quiet=True)

    def attach_held_licenses(self, license_types: Iterable[str]) -> None:
        """Attach the citizen's e-licenses of these types to the filing, each once."""
        wanted = set(license_types)
        attachments = self.session.data.attachments
        have = {a.get("license_type") for a in attachments if a.get("kind") == "elicense"}
        for lic in self.licenses:
            if lic.license_type in wanted and lic.license_type not in have:
                attachments.append(
                    {"kind": "elicense", "license_type": lic.license_type, "name": lic.name, "number": lic.number}
                )
                have.add(lic.license_type)

    def start(self, purpose: Purpose) -> None:
        self.session.start(purpose)

    def choose_service(self, code: str) -> None:
        if self.services.summary(code) is None:
            raise KeyError(code)
        data = self.session.data
        if code != data.service_code:
            # What was typed for another item does not carry over; for the same item it is kept,
            # so 返回 then 开始申请 finds the form as it was left.
            data.form_values = {}
            data.form_errors = {}
            data.pledge_accepted_at = ""
        data.service_code = code
        self.session.go(State.GUIDE)

    def open_form(self) -> None:
        summary = self.services.summary(self.session.data.service_code) or {}
        if not summary.get("online", True):
            self.session.data.notice = Message(Say.SERVICE_NOT_AT_TERMINAL)
            self.session.touch()
            return
        self.session.go(State.FORM)

    def photograph_material(self, material: str) -> None:
        """Photograph a paper material off the UI thread; attach it, or say what to change."""
        camera = self.page_camera
        data = self.session.data
        if camera is None:
            data.notice = Message(Say.PAGE_NO_CAMERA_CONFIGURED)
            return
        self.capturing = True
        data.notice = Message(Say.PAGE_CAPTURING, (material,))

        def done(result: bytes | BaseException) -> None:
            self.capturing = False
            if isinstance(result, PageNotUsable):
                data.notice = Message(result.kind)
            elif isinstance(result, BaseException):
                log.error("page capture failed: %s", type(result).__name__)
                data.notice = Message(Say.PAGE_FAILED)
            else:
                data.attachments[:] = [a for a in data.attachments if a.get("material") != material]
                data.attachments.append(
                    {"kind": "photo", "material": str(material), "jpeg_b64": base64.b64encode(result).decode("ascii")}
                )
                data.notice = Message(Say.PAGE_CAPTURED, (material,))

        self._in_background(camera.capture_page, done)

    def attach_signature(self, png: bytes) -> None:
        attachments = self.session.data.attachments
        attachments[:] = [a for a in attachments if a.get("kind") != "signature"]
        attachments.append({"kind": "signature", "png_b64": base64.b64encode(png).decode("ascii")})

    def review(self, values: Mapping[str, Any], missing_materials: Iterable[str] = ()) -> bool:
        """Check the form; stay on it with messages next to each wrong field, or move to review."""
        data = self.session.data
        data.form_values = dict(values)
        for key in ("recipient", "name", "applicant_name", "ems_recipient"):
            if isinstance(values.get(key), str):
                PERSONAL_NAMES.add(values[key])
        data.form_errors = self.forms.validate(data.service_code, values)
        missing = list(missing_materials)
        if missing:
            data.notice = Message(Say.MATERIALS_MISSING, (tuple(missing),))
        if data.form_errors or missing:
            self.session.touch()
            self.session.notify()
            return False
        data.notice = None
        self.session.go(State.REVIEW)
        return True

    def accept_pledge(self, accepted: bool = True) -> None:
        """The citizen ticked (or unticked) the 告知承诺 on the review screen."""
        self.session.data.pledge_accepted_at = self.clock.now().isoformat() if accepted else ""
        self.session.touch()

    def submit(self) -> None:
        """Store the filing durably, then show the receipt; the platform hears of it when it can.

        The store (JSON, encryption, an SQLite commit with its fsync) runs off the UI thread, and so
        does ``prepare_receipt``; the session waits in ``SUBMIT`` meanwhile. The receipt is shown
        only once the store has committed the whole filing: a citizen is never given a receipt for
        a filing that is not queued. A refused store goes back to review with a notice, every
        answer kept.
        """
        data = self.session.data
        identity = data.identity
        if identity is None:
            raise RuntimeError("submit without identity")
        if not data.pledge_accepted_at:
            data.notice = Message(Say.PLEDGE_NEEDED)
            self.session.notify()
            return
        self.session.go(State.SUBMIT)
        tracking = self.new_tracking_number()
        group = f"app-{tracking}"
        # Copies: the worker encodes these while the UI thread goes on, and a wipe clears the
        # session's dicts and lists in place.
        items: list[OutboundItem] = [
            OutboundItem(
                key=f"{group}-att-{i}",
                kind="attachment",
                payload={"tracking_number": tracking, **attachment},
                group=group,
                seq=i,
            )
            for i, attachment in enumerate(data.attachments)
        ]
        items.append(
            OutboundItem(
                key=f"{group}-app",
                kind="application",
                payload={
                    "tracking_number": tracking,
                    "terminal_id": self.terminal_id,
                    "service_code": data.service_code,
                    "handling_region": data.handling_region,
                    "applicant": {
                        "card_type": identity.card_type.value,
                        "name": identity.name,
                        "document_number": identity.document_number,
                    },
                    "form": copy.deepcopy(data.form_values),
                    "delivery": copy.deepcopy(data.delivery),
                    "attachments": len(data.attachments),
                    "pledge": {"id": PLEDGE_ID, "accepted_at": data.pledge_accepted_at},
                    "filed_at": self.clock.now().isoformat(),
                },
                group=group,
                seq=len(data.attachments),
            )
        )
        prepare = self.prepare_receipt

        def store() -> None:
            self.outbox.submit(items)
            try:
                prepare(tracking)
            except Exception:  # the filing is stored: a receipt without its extras beats none
                log.exception("preparing the receipt failed")

        self._in_background(store, lambda result: self._stored(result, tracking, group))

    def _stored(self, result: object, tracking: str, group: str) -> None:
        """The UI thread, once the store has answered: the receipt, or back to review with a notice."""
        data = self.session.data
        if isinstance(result, StorageFull):
            log.error("outbox full: %s", result)
            data.notice = Message(Say.STORAGE_FULL)
            self.session.go(State.REVIEW)
            return
        if isinstance(result, BaseException):
            # OSError: the store failed; ValueError: it refused the filing (a key already holding a
            # different item); anything else came before the commit. Nothing was stored, so no
            # receipt, and the answers stay.
            log.error("outbox write failed", exc_info=result)
            data.notice = Message(Say.STORE_FAILED)
            self.session.go(State.REVIEW)
            return
        data.tracking_number = tracking
        data.receipt_message = Message(Say.SUBMITTED)
        log.info("application stored in outbox, group %s", group)
        self.session.go(State.RECEIPT)
        self.print_receipt()

    def receipt_data(self) -> ReceiptData:
        data = self.session.data
        summary = self.services.summary(data.service_code) or {}
        identity = data.identity
        if identity is None:
            raise RuntimeError("receipt without identity")
        # The paper says what the screen says: the time limit, how and where the result arrives.
        days = int(summary.get("promised_days", 0) or 0)
        method = data.delivery.get("method", "") or "pickup"
        windows = self.services.windows(data.service_code)
        arrives = {
            "ems": "办结后通过EMS邮寄到您填写的地址。",
            "online": "办结后可在网上领取电子证照。",
        }.get(method, "办结后请到窗口领取" + (f"：{windows[0]['address']}。" if windows else "。"))
        steps = summary.get("next_steps") or (
            f"承诺{days}个工作日内办结。" if days else "即办件：当天办结。",
            arrives,
            "可在任一自助终端扫描本回执二维码查询办理进度。",
        )
        now = self.clock.now()
        return ReceiptData.for_applicant(
            identity,
            terminal_id=self.terminal_id,
            terminal_location=self.site_name,
            accepted_at=now,
            service_item=str(summary.get("name", data.service_code)),
            tracking_number=data.tracking_number,
            # The QR holds the tracking number itself: the code format every terminal reads back
            # (docs/codes.md), so scanning the receipt at any terminal opens its progress.
            progress_url=data.tracking_number,
            delivery_method=DELIVERY_LABELS.get(data.delivery.get("method", ""), "窗口领取"),
            next_steps=tuple(steps),
            handling_authority=str(summary.get("handled_by", summary.get("department", ""))),
            printed_at=now,
        )

    def print_receipt(self) -> None:
        receipt = self.receipt_data()
        self.printing = True
        self.session.data.notice = Message(Say.RECEIPT_PRINTING)
        print_id = self._receipt_print_id

        def work() -> PrintResult:
            if print_id:
                return self.receipts.reprint(print_id)
            return self.receipts.print_receipt(receipt, self.receipt_media)

        def done(result: PrintResult | BaseException) -> None:
            self.printing = False
            if isinstance(result, BaseException):
                log.error("receipt printing failed: %s", type(result).__name__)
                self.session.data.notice = Message(Say.RECEIPT_PRINT_FAILED)
                return
            self._receipt_print_id = "" if result.ok else result.print_id
            self.session.data.notice = result.outcome.message

        self._in_background(work, done)

    def receipt_failed(self) -> bool:
        return bool(self._receipt_print_id) and not self.printing

    # --- progress and certificates ----------------------------------------------------------

    def query_progress(self, tracking_number: str) -> None:
        data = self.session.data
        platform = self.platform
        if platform is None:
            data.notice = Message(Say.PROGRESS_NOT_HERE)
            return
        data.notice = Message(Say.PROGRESS_QUERYING)
        self.querying = True

        def done(result: Fetched[Mapping[str, Any]] | BaseException) -> None:
            self.querying = False
            if isinstance(result, PlatformUnavailable):
                data.notice = Message(Say.PROGRESS_PLATFORM_DOWN)
            elif isinstance(result, KeyError | LookupError):
                data.notice = Message(Say.PROGRESS_NOT_FOUND)
            elif isinstance(result, BaseException):
                log.error("progress query failed: %s", type(result).__name__)
                data.notice = Message(Say.PROGRESS_FAILED)
            elif not result.value.get("found", True):
                data.progress = {}
                data.notice = Message(Say.PROGRESS_NOT_YET)
            else:
                progress = self._present_progress(result.value)
                # How old the record is, and why, from the same link state the header shows.
                progress["freshness"] = freshness(result.from_cache, result.fetched_at, self.clock.now(), self.link)
                data.progress = progress
                data.notice = None

        self._in_background(lambda: platform.progress(tracking_number), done)

    def _present_progress(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        summary = self.services.summary(str(raw.get("service_code", ""))) or {}
        steps = [
            {"name": str(t.get("label", t.get("status", ""))), "time": str(t.get("at", ""))[:16].replace("T", " "),
             "done": True, "status": str(t.get("status", ""))}
            for t in raw.get("timeline", [])
            if isinstance(t, Mapping)
        ]
        return {
            "title": f"{summary.get('name', '')}  {raw.get('tracking_number', '')}".strip(),
            # The item's names as the platform sent them: the screen shows its English one in English.
            "name": summary.get("name", ""),
            "name_en": summary.get("name_en", ""),
            "tracking_number": str(raw.get("tracking_number", "")),
            "status": str(raw.get("status", "")),
            "steps": steps,
        }

    def load_licenses(self, quiet: bool = False) -> None:
        identity = self.session.data.identity
        platform = self.platform
        if identity is None or platform is None:
            return
        if not quiet:
            self.session.data.notice = Message(Say.LICENSES_QUERYING)

        def done(result: Fetched[Any] | BaseException) -> None:
            if isinstance(result, BaseException):
                if not quiet:
                    self.session.data.notice = Message(Say.LICENSES_FAILED)
                return
            self.licenses = list(result.value)
            if not quiet:
                self.session.data.notice = None if self.licenses else Message(Say.LICENSES_NONE)

        self._in_background(lambda: platform.elicenses(identity.document_number), done)

    def print_license(self, index: int) -> None:
        lic = self.licenses[index]
        certificate = CertificateData.from_elicense(
            lic,
            verify_url=verify_url(lic),
            printed_at=self.clock.now(),
            terminal_id=self.terminal_id,
        )
        self.printing = True
        self.session.data.notice = Message(Say.LICENSE_PRINTING, (lic.title,), spoken=False)

        def done(result: PrintResult | BaseException) -> None:
            self.printing = False
            if isinstance(result, BaseException):
                log.error("certificate printing failed: %s", type(result).__name__)
                self.session.data.notice = Message(Say.LICENSE_PRINT_FAILED)
            else:
                self.session.data.notice = result.outcome.message

        self._in_background(lambda: self.documents.print_certificate(certificate), done)

    # --- 呼叫工作人员 -------------------------------------------------------------------------

    def call_help(self) -> None:
        self.help.raise_call(self.session.state.value)
        self.session.touch(notify=False)
        self.session.notify()

    def cancel_help(self) -> None:
        self.help.cancel("citizen")
        self.session.notify()

    def check_help(self) -> None:
        """Ask the platform whether staff acknowledged the open call (off the UI thread)."""
        call, platform = self.help.call, self.platform
        if call is None or platform is None or not self.help.open or self._help_checking:
            return  # one question at a time: a slow or dead link must not queue one every tick
        self._help_checking = True

        def done(result: Fetched[Mapping[str, Any]] | BaseException) -> None:
            self._help_checking = False
            if not isinstance(result, BaseException) and self.help.note_platform_state(call.request_id, result.value):
                self.session.touch(notify=False)

        def ask() -> Fetched[Mapping[str, Any]]:
            try:
                return platform.help_status(call.request_id)
            finally:
                self._help_checking = False  # also when the session ended and the answer is dropped

        self._in_background(ask, done)

    def to_rating(self) -> None:
        self.session.go(State.RATE)

    def rate(self, stars: int, reason: str = "") -> bool:
        """Queue one rating for this transaction; lower ratings need a reason."""
        data = self.session.data
        if not 1 <= stars <= 5:
            raise ValueError(stars)
        if stars <= 2 and not reason.strip():
            data.notice = Message(Say.RATE_NEEDS_REASON)
            self.session.notify()
            return False
        subject = data.tracking_number or f"{data.purpose.value if data.purpose else 'visit'}"
        key = f"rating-{self.terminal_id}-{data.tracking_number or uuid.uuid4().hex}"
        try:
            self.outbox.submit(
                [
                    OutboundItem(
                        key=key,
                        kind="rating",
                        payload={
                            "subject": subject,
                            "service_code": data.service_code,
                            "stars": stars,
                            "reason": reason,
                            "terminal_id": self.terminal_id,
                            "rated_at": self.clock.now().isoformat(),
                        },
                        personal=False,
                    )
                ]
            )
        except (StorageFull, OSError, ValueError):
            # ValueError: this case was already rated (its key holds the first rating); one rating per case.
            log.exception("rating could not be stored")
        data.rating = stars
        data.rating_reason = reason
        self.finish()
        return True

    def finish(self) -> None:
        self.session.end("done")

    def cancel(self) -> None:
        self.session.end("cancelled")
