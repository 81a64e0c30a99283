"""What an identified citizen can see of their own: their applications, their records, their e-licenses.

* ``OwnApplications``: the progress screen lists the citizen's applications once they are
  identified (card or service code), from the platform, or from the cache with its age.
* ``RecordDesk``: a 查询打印 item (社保证明, 公积金明细, 不动产查询…) fetches the citizen's record and
  prints it at once; the record is shown on screen too.
* ``license_card``: how an e-license is shown on screen (亮证): holder masked, number masked except
  its last digits, validity, and the verification QR.
"""

from __future__ import annotations

import enum
import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from kiosk.domain.masking import mask_name
from kiosk.link import Freshness, freshness
from kiosk.platform_text import PlatformText
from kiosk.ports import CitizenServices, ELicense, PlatformUnavailable
from kiosk.printing.documents import CertificateData
from kiosk.printing.service import PrintResult

if TYPE_CHECKING:
    from kiosk.terminal import Terminal

log = logging.getLogger(__name__)

# The platform's status codes of an application (docs/platform-api.yaml): the screens say them in the
# session's language; a code not listed here is shown with the platform's own label.
APPLICATION_STATUSES = ("received", "forwarded", "accepted", "completed")

SHOWN_DIGITS = 4  # of a license number on screen


class RecordProblem(enum.StrEnum):
    OFFLINE = "records.offline"  # neither the platform nor a cached copy could answer
    PRINT_FAILED = "records.print_failed"


@dataclass
class OwnApplicationsView:
    rows: list[dict[str, str]] = field(default_factory=list)
    loaded: bool = False
    busy: bool = False
    freshness: Freshness | None = None
    problem: RecordProblem | None = None
    tried_at: float = float("-inf")  # monotonic: a failed load is tried again a little later


class OwnApplications:
    def __init__(self, terminal: Terminal, services: CitizenServices) -> None:
        self._terminal = terminal
        self._services = services
        self.view = OwnApplicationsView()
        terminal.session.on_wipe(self._wipe)

    def _wipe(self) -> None:
        self.view = OwnApplicationsView()

    def load(self) -> None:
        identity = self._terminal.session.data.identity
        if identity is None:
            return
        view = self.view
        view.busy, view.problem = True, None
        view.tried_at = self._terminal.clock.monotonic()
        number = identity.document_number

        def done(result: Any) -> None:
            view.busy = False
            if isinstance(result, PlatformUnavailable):
                view.problem = RecordProblem.OFFLINE
                return
            if isinstance(result, BaseException):
                log.error("own applications failed: %s", type(result).__name__)
                view.problem = RecordProblem.OFFLINE
                return
            now = self._terminal.clock.now()
            view.freshness = freshness(result.from_cache, result.fetched_at, now, self._terminal.link)
            view.rows = [self._row(a) for a in result.value]
            view.loaded = True

        self._terminal.run_for_session(lambda: self._services.applications(number), done)

    def due(self, retry_s: float = 5.0) -> bool:
        """Whether to load now: never loaded, not loading, and not just failed."""
        v = self.view
        recent = self._terminal.clock.monotonic() - v.tried_at < retry_s
        return not v.loaded and not v.busy and not (v.problem is not None and recent)

    def rows(self) -> list[dict[str, str]]:
        """The rows with each item's name looked up now (the catalog may have arrived since).

        An item the catalog does not (yet) hold gets no name, never its code: a code such as
        310100-YB-YD-01 means nothing to a citizen; the screen says the name is still loading."""
        out = []
        for row in self.view.rows:
            summary = self._terminal.services.summary(row["service_code"]) or {}
            # With the platform's English name beside it, for an English session (PlatformText).
            out.append(dict(row, name=PlatformText(str(summary.get("name", "")), str(summary.get("name_en", "")))))
        return out

    def _row(self, raw: Any) -> dict[str, str]:
        return {
            "tracking_number": str(raw.get("tracking_number", "")),
            "service_code": str(raw.get("service_code", "")),
            "status": str(raw.get("status", "")),
            "status_label": str(raw.get("status_label", "")),
            "filed_at": str(raw.get("filed_at", ""))[:16].replace("T", " "),
        }


@dataclass
class RecordView:
    record: ELicense | None = None
    busy: bool = False
    printed: bool = False
    problem: RecordProblem | None = None


class RecordDesk:
    def __init__(self, terminal: Terminal, services: CitizenServices) -> None:
        self._terminal = terminal
        self._services = services
        self.view = RecordView()
        terminal.session.on_wipe(self._wipe)

    def _wipe(self) -> None:
        self.view = RecordView()

    def fetch_and_print(self, item_code: str) -> None:
        identity = self._terminal.session.data.identity
        if identity is None or self.view.busy:
            return
        view = self.view = RecordView(busy=True)
        number, holder = identity.document_number, identity.name

        def fetched(result: Any) -> None:
            if isinstance(result, BaseException):
                view.busy = False
                log.error("record fetch failed: %s", type(result).__name__)
                view.problem = RecordProblem.OFFLINE
                return
            view.record = result
            certificate = CertificateData.from_elicense(
                ELicense(
                    result.license_type,
                    result.name,
                    result.number,
                    holder,
                    result.issuer,
                    result.valid_to,
                    dict(result.fields),
                ),
                verify_url=verify_url(result),
                printed_at=self._terminal.clock.now(),
                terminal_id=self._terminal.terminal_id,
            )
            self._terminal.run_for_session(lambda: self._terminal.documents.print_certificate(certificate), printed)

        def printed(result: PrintResult | BaseException) -> None:
            view.busy = False
            view.printed = not isinstance(result, BaseException) and result.ok
            if not view.printed:
                view.problem = RecordProblem.PRINT_FAILED

        self._terminal.run_for_session(lambda: self._services.record(number, item_code), fetched)


def verify_url(lic: ELicense) -> str:
    """What the verification QR holds, on screen and on paper: the issuer's checking page for this
    license, named by a digest so that a QR photographed off a public screen gives no number away."""
    token = hashlib.sha256(f"{lic.license_type}:{lic.number}".encode()).hexdigest()[:24]
    return f"https://zwfw.example.gov.cn/verify/{lic.license_type}/{token}"


def mask_license_number(number: str) -> str:
    if len(number) <= SHOWN_DIGITS:
        return "*" * len(number)
    return "*" * (len(number) - SHOWN_DIGITS) + number[-SHOWN_DIGITS:]


def license_card(lic: ELicense, today: date) -> dict[str, Any]:
    """An e-license as shown on screen (亮证): what a clerk checks, nothing more in the clear."""
    valid_to: date | None = None
    if lic.valid_to:
        try:
            valid_to = datetime.fromisoformat(lic.valid_to).date()
        except ValueError:
            valid_to = None
    return {
        "name": lic.title,
        "holder": mask_name(lic.holder),
        "number": mask_license_number(lic.number),
        "issuer": lic.issued_by,
        "valid_to": valid_to.isoformat() if valid_to else "",
        "long_term": not lic.valid_to,
        "valid": valid_to is None or valid_to >= today,
        "qr": verify_url(lic),
    }
