"""The terminal's use cases: what happens when a card is read, a service chosen, a form submitted.

The UI calls these methods and renders ``session``; devices and the platform are reached only
through the ports given to the constructor, so the whole flow runs in tests without Qt or hardware.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk.domain.masking import mask_name
from kiosk.logging_setup import PERSONAL_NAMES
from kiosk.ports import (
    CardRead,
    CardRejected,
    Clock,
    CodeScanned,
    DeviceBack,
    DeviceEvent,
    DeviceLost,
    OutboundItem,
    Outbox,
    PrintOutcome,
    StorageFull,
    TaskRunner,
)
from kiosk.session.machine import SessionMachine
from kiosk.session.states import Purpose, State

log = logging.getLogger(__name__)


class ServiceLookup(Protocol):
    """What the core needs of the catalog: an item's display fields and filing rules by code."""

    def summary(self, code: str) -> Mapping[str, Any] | None: ...


class FormValidator(Protocol):
    def validate(self, service_code: str, values: Mapping[str, Any]) -> dict[str, str]: ...


ReceiptPrinter = Callable[[Mapping[str, Any]], PrintOutcome]
CodeHandler = Callable[["Terminal", CodeScanned], None]


@dataclass
class DeviceHealth:
    lost: dict[str, str] = field(default_factory=dict)  # device -> technician reason

    def ok(self, device: str) -> bool:
        return device not in self.lost


SUBMITTED_NOTICE = "申请已受理，材料已安全保存在本终端，网络恢复后将自动上报。"


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
        receipt_printer: ReceiptPrinter,
        new_tracking_number: Callable[[], str],
        code_handler: CodeHandler | None = None,
    ) -> None:
        self.terminal_id = terminal_id
        self.clock = clock
        self.session = session
        self.outbox = outbox
        self.tasks = tasks
        self.services = services
        self.forms = forms
        self.receipt_printer = receipt_printer
        self.new_tracking_number = new_tracking_number
        self.code_handler = code_handler
        self.health = DeviceHealth()
        self.printing = False
        session.on_wipe(PERSONAL_NAMES.clear)

    # --- devices ----------------------------------------------------------------------------

    def handle_event(self, event: DeviceEvent) -> None:
        match event:
            case CardRead(identity=identity):
                if self.session.state is State.IDLE:
                    # A card laid on the reader at the home screen starts the usual errand.
                    self.session.start(Purpose.APPLY)
                if self.session.state is State.IDENTIFY:
                    PERSONAL_NAMES.add(identity.name)
                    PERSONAL_NAMES.add(identity.name_en)
                    self.session.data.notice = ""
                    self.session.identified(identity)
            case CardRejected(reason=reason):
                if self.session.state is State.IDENTIFY:
                    self.session.data.notice = reason
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

    def start(self, purpose: Purpose) -> None:
        self.session.start(purpose)

    def choose_service(self, code: str) -> None:
        if self.services.summary(code) is None:
            raise KeyError(code)
        self.session.data.service_code = code
        self.session.go(State.GUIDE)

    def open_form(self) -> None:
        summary = self.services.summary(self.session.data.service_code) or {}
        if not summary.get("online", True):
            self.session.data.notice = "该事项暂不支持在自助终端办理，请按办事指南到窗口办理。"
            self.session.touch()
            return
        self.session.go(State.FORM)

    def review(self, values: Mapping[str, Any]) -> bool:
        """Check the form; stay on it with messages next to each wrong field, or move to review."""
        data = self.session.data
        data.form_values = dict(values)
        for key in ("recipient", "name"):
            if isinstance(values.get(key), str):
                PERSONAL_NAMES.add(values[key])
        data.form_errors = self.forms.validate(data.service_code, values)
        if data.form_errors:
            self.session.touch()
            self.session.notify()
            return False
        self.session.go(State.REVIEW)
        return True

    def submit(self) -> None:
        """Store the filing durably, then show the receipt; the platform hears of it when it can."""
        data = self.session.data
        identity = data.identity
        if identity is None:
            raise RuntimeError("submit without identity")
        self.session.go(State.SUBMIT)
        tracking = self.new_tracking_number()
        group = f"app-{tracking}"
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
                    "form": data.form_values,
                    "delivery": data.delivery,
                    "attachments": len(data.attachments),
                    "filed_at": self.clock.now().isoformat(),
                },
                group=group,
                seq=len(data.attachments),
            )
        )
        try:
            self.outbox.submit(items)
        except StorageFull as exc:
            data.notice = str(exc) or "终端存储空间已满，暂时无法受理新的申请，请联系工作人员。"
            self.session.go(State.REVIEW)
            return
        except OSError:
            log.exception("outbox write failed")
            data.notice = "终端暂时无法保存申请，请稍后再试或联系工作人员。您填写的内容未丢失。"
            self.session.go(State.REVIEW)
            return
        data.tracking_number = tracking
        data.receipt_message = SUBMITTED_NOTICE
        log.info("application stored in outbox, group %s", group)
        self.session.go(State.RECEIPT)
        self.print_receipt()

    def receipt_fields(self) -> dict[str, Any]:
        data = self.session.data
        summary = self.services.summary(data.service_code) or {}
        identity = data.identity
        return {
            "terminal_id": self.terminal_id,
            "time": self.clock.now().strftime("%Y-%m-%d %H:%M"),
            "service_name": summary.get("name", data.service_code),
            "department": summary.get("department", ""),
            "tracking_number": data.tracking_number,
            "applicant_masked": identity.masked_number if identity else "",
            "applicant_name_masked": mask_name(identity.name) if identity else "",
            "delivery": data.delivery.get("method", ""),
            "next_steps": summary.get("next_steps", "请留意短信通知，可凭本回执二维码查询办理进度。"),
        }

    def print_receipt(self) -> None:
        fields = self.receipt_fields()
        self.printing = True
        self.session.data.notice = "正在打印回执…"
        session_marker = uuid.uuid4().hex
        self._print_marker = session_marker

        def done(result: PrintOutcome | BaseException) -> None:
            if getattr(self, "_print_marker", None) != session_marker:
                return  # the citizen already left; the job's outcome is in the print audit
            self.printing = False
            if isinstance(result, BaseException):
                log.error("receipt printing failed: %s", type(result).__name__)
                self.session.data.notice = "回执打印失败，请记下屏幕上的受理编号，或联系工作人员补打。"
            else:
                self.session.data.notice = result.citizen_message
            self.session.notify()

        self.tasks.run(lambda: self.receipt_printer(fields), done)

    def to_rating(self) -> None:
        self.session.go(State.RATE)

    def rate(self, stars: int, reason: str = "") -> bool:
        """Queue one rating for this transaction; lower ratings need a reason."""
        data = self.session.data
        if not 1 <= stars <= 5:
            raise ValueError(stars)
        if stars <= 2 and not reason.strip():
            data.notice = "请选择不满意的原因，帮助我们改进服务。"
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
        except (StorageFull, OSError):
            log.exception("rating could not be stored")
        data.rating = stars
        data.rating_reason = reason
        self.finish()
        return True

    def finish(self) -> None:
        self.session.end("done")

    def cancel(self) -> None:
        self.session.end("cancelled")
