"""One entry point for any code the terminal is shown or told: what is it, and can it be trusted?"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.codes.errors import CodeError, MalformedCode
from kiosk.codes.signed import CodeKind, VerifiedClaims, is_signed_code, verify_code
from kiosk.codes.tracking import TrackingNumber, looks_like_tracking_number, parse_tracking_number
from kiosk.codes.trust import TrustList
from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.domain.idnumber import IdNumberError, validate_id_number
from kiosk.ports import ELicense

log = logging.getLogger("kiosk.codes")


@dataclass(frozen=True)
class ServiceCode:
    """A verified 个人服务码: the person it identifies, and which code said so."""

    identity: Identity
    code_id: str
    issuer: str
    expires: datetime


@dataclass(frozen=True)
class ELicenseCode:
    """A verified 电子证照码: the license it presents, and whose it is."""

    license: ELicense
    holder_document_number: str
    code_id: str
    issuer: str
    expires: datetime

    def __repr__(self) -> str:
        return f"ELicenseCode(code_id={self.code_id!r}, issuer={self.issuer!r}, type={self.license.license_type!r})"


Classified = TrackingNumber | ServiceCode | ELicenseCode


def classify(text: str, trust: TrustList, now: datetime) -> Classified:
    """Return what ``text`` is once verified, or raise a ``CodeError`` (``str(err)`` is citizen-facing).

    Every rejection is logged at WARNING with the masked technician detail.
    """
    try:
        return _classify(text.strip(), trust, now)
    except CodeError as err:
        log.warning("code rejected (%s): %s", type(err).__name__, err.detail)
        raise


_LABEL_END = re.compile(r"[\s:：]+")
_SIGNED_START = re.compile(r"HK(?:SC|EL)1\.")


def _code_part(text: str) -> str:
    """The code itself when an app shows it after a label (``服务码HKSC1.…``, ``办件编号：DEMO-…``).

    The label is never trusted or shown: a signed code is verified from its prefix on, and a
    tracking number is the last word, checked by its check character.
    """
    if is_signed_code(text) or looks_like_tracking_number(text):
        return text
    signed = _SIGNED_START.search(text)
    if signed is not None:
        return text[signed.start() :]
    return _LABEL_END.split(text)[-1]


def _classify(text: str, trust: TrustList, now: datetime) -> Classified:
    text = _code_part(text)
    if is_signed_code(text):
        verified = verify_code(text, trust, now)
        if verified.kind is CodeKind.SERVICE:
            return _service_code(verified)
        return _elicense_code(verified)
    if looks_like_tracking_number(text):
        return parse_tracking_number(text)
    raise MalformedCode(f"text of {len(text)} chars is none of the terminal's code formats")


def _str_claim(v: VerifiedClaims, name: str, required: bool = True) -> str:
    value = v.claims.get(name, "")
    if not isinstance(value, str) or (required and not value):
        raise MalformedCode(f"{v.kind.value} code {v.code_id!r}: claim {name!r} missing or not a string")
    return value


def _date_claim(v: VerifiedClaims, name: str) -> date | None:
    value = _str_claim(v, name, required=False)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise MalformedCode(f"{v.kind.value} code {v.code_id!r}: claim {name!r} is not an ISO date") from None


def _service_code(v: VerifiedClaims) -> ServiceCode:
    subject = v.claims["sub"]
    if len(subject) == 18 and subject[:17].isdigit():
        try:
            subject = validate_id_number(subject, check_region=False)  # signed: foreigners too
        except IdNumberError as exc:
            raise MalformedCode(f"HKSC1 code {v.code_id!r}: subject fails GB 11643 ({exc.args[0]})") from None
    try:
        gender = Gender(_str_claim(v, "g", required=False) or "0")
    except ValueError:
        raise MalformedCode(f"HKSC1 code {v.code_id!r}: claim 'g' is not a GB/T 2261.1 code") from None
    identity = Identity(
        card_type=CardType.SERVICE_CODE,
        name=_str_claim(v, "name"),
        document_number=subject,
        gender=gender,
        birth_date=_date_claim(v, "bd"),
    )
    return ServiceCode(identity=identity, code_id=v.code_id, issuer=v.issuer, expires=v.expires)


def _elicense_code(v: VerifiedClaims) -> ELicenseCode:
    fields: Any = v.claims.get("f", {})
    if not isinstance(fields, dict) or not all(isinstance(k, str) and isinstance(x, str) for k, x in fields.items()):
        raise MalformedCode(f"HKEL1 code {v.code_id!r}: claim 'f' is not a string map")
    license = ELicense(
        license_type=_str_claim(v, "lt"),
        name=_str_claim(v, "ln"),
        number=_str_claim(v, "no"),
        holder=_str_claim(v, "h"),
        issuer=_str_claim(v, "lis"),
        valid_to=_str_claim(v, "vt", required=False),
        fields=dict(fields),
        name_en=_str_claim(v, "ln_en", required=False),
        issuer_en=_str_claim(v, "lis_en", required=False),
    )
    return ELicenseCode(
        license=license,
        holder_document_number=v.claims["sub"],
        code_id=v.code_id,
        issuer=v.issuer,
        expires=v.expires,
    )
