"""Template inputs the core builds without knowing how they are drawn, and the renderer port.

Receipts carry personal data only in masked form: a receipt is left on counters and in bins.
Certificates are the holder's own official document, so they carry the full holder data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from kiosk.domain.identity import Identity
from kiosk.domain.masking import mask_id_number, mask_name
from kiosk.ports import ELicense, PrintDocument

MEDIA_A4 = "A4"
MEDIA_80MM = "80mm"


class UnprintableText(Exception):
    """No available font has a glyph for some character: printing it would leave a hole in a name.

    The message is technician-facing and names code points and fields, never the text itself.
    """

    def __init__(self, field_name: str, code_points: tuple[int, ...]) -> None:
        self.field_name = field_name
        self.code_points = code_points
        listed = ", ".join(f"U+{cp:04X}" for cp in code_points)
        super().__init__(
            f"no installed font has a glyph for {listed} in field {field_name!r}: "
            "install a font that covers it (e.g. fonts-hanazono for CJK Ext-A/B)"
        )


@dataclass(frozen=True)
class ReceiptData:
    """The acceptance receipt (受理回执) of an application filed at the terminal."""

    terminal_id: str
    terminal_location: str  # e.g. "市民中心一楼 3 号机"
    accepted_at: datetime
    service_item: str
    tracking_number: str
    progress_url: str  # encoded in the QR code; opens the progress page for this tracking number
    applicant_masked: str  # masked name
    applicant_id_masked: str  # masked document number
    delivery_method: str  # e.g. "邮寄送达"
    next_steps: tuple[str, ...]
    handling_authority: str = ""  # 属地办理部门 in the other province
    hotline: str = ""
    printed_at: datetime | None = None  # 打印时间 at the foot, as on the slips

    @classmethod
    def for_applicant(
        cls,
        applicant: Identity,
        *,
        terminal_id: str,
        terminal_location: str,
        accepted_at: datetime,
        service_item: str,
        tracking_number: str,
        progress_url: str,
        delivery_method: str,
        next_steps: tuple[str, ...],
        handling_authority: str = "",
        hotline: str = "",
        printed_at: datetime | None = None,
    ) -> ReceiptData:
        return cls(
            terminal_id=terminal_id,
            terminal_location=terminal_location,
            accepted_at=accepted_at,
            service_item=service_item,
            tracking_number=tracking_number,
            progress_url=progress_url,
            applicant_masked=mask_name(applicant.display_name),
            applicant_id_masked=mask_id_number(applicant.document_number),
            delivery_method=delivery_method,
            next_steps=next_steps,
            handling_authority=handling_authority,
            hotline=hotline,
            printed_at=printed_at,
        )


@dataclass(frozen=True)
class CertificateData:
    """A printed e-license (电子证照打印件) from platform data."""

    license_type: str  # selects the layout; unknown types get the generic one
    title: str  # 证照名称
    number: str
    holder: str
    issuer: str
    valid_to: str
    fields: Mapping[str, str]
    verify_url: str  # encoded in the verification QR code
    printed_at: datetime
    terminal_id: str
    seal_png: bytes = field(default=b"", compare=False)  # the issuer's seal; empty: drawn as vectors

    @classmethod
    def from_elicense(
        cls,
        lic: ELicense,
        *,
        verify_url: str,
        printed_at: datetime,
        terminal_id: str,
        seal_png: bytes = b"",
    ) -> CertificateData:
        return cls(
            license_type=lic.license_type,
            title=lic.name,
            number=lic.number,
            holder=lic.holder,
            issuer=lic.issuer,
            valid_to=lic.valid_to,
            fields=dict(lic.fields),
            verify_url=verify_url,
            printed_at=printed_at,
            terminal_id=terminal_id,
            seal_png=seal_png,
        )

    def __repr__(self) -> str:
        return (
            f"CertificateData(license_type={self.license_type!r}, holder={mask_name(self.holder)!r}, "
            f"number={mask_id_number(self.number)!r})"
        )


@dataclass(frozen=True)
class SlipData:
    """A one-page slip: an appointment confirmation (预约凭证) or a printed guide (办事指南).

    Rows are label/value pairs, sections titled paragraphs; the QR holds ``qr_text`` (a
    confirmation code, an item code), never personal data. Personal values arrive masked.
    """

    kind: str  # "appointment" | "guide": the print audit's kind and the job title's prefix
    reference: str  # confirmation code or item code, for the audit and the job title (ASCII-safe)
    title: str
    subtitle: str
    rows: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, str], ...] = ()
    qr_text: str = ""
    qr_caption: str = ""
    footer: str = ""
    printed_at: datetime | None = None


class DocumentRenderer(Protocol):
    """Turns template inputs into PDFs. Raises ``UnprintableText`` instead of drawing a blank glyph."""

    def render_receipt(self, data: ReceiptData, media: str = MEDIA_A4) -> PrintDocument: ...

    def render_certificate(self, data: CertificateData) -> PrintDocument: ...

    def render_slip(self, data: SlipData) -> PrintDocument: ...
