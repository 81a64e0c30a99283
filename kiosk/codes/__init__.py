"""The terminal's code formats: tracking numbers, signed service and e-license codes, the trust list."""

from kiosk.codes.classify import Classified, ELicenseCode, ServiceCode, classify
from kiosk.codes.errors import (
    AmbiguousCode,
    BadSignature,
    CodeError,
    CodeExpired,
    CodeRevoked,
    InvalidTrackingNumber,
    MalformedCode,
    SeveralCodes,
    TrustListError,
    UnknownIssuer,
)
from kiosk.codes.resolve import resolve
from kiosk.codes.signed import CodeKind, sign_code, verify_code
from kiosk.codes.tracking import TrackingNumber, make_tracking_number, parse_tracking_number
from kiosk.codes.trust import TrustedKey, TrustList

__all__ = [
    "AmbiguousCode",
    "BadSignature",
    "Classified",
    "CodeError",
    "CodeExpired",
    "CodeKind",
    "CodeRevoked",
    "ELicenseCode",
    "InvalidTrackingNumber",
    "MalformedCode",
    "ServiceCode",
    "SeveralCodes",
    "TrackingNumber",
    "TrustList",
    "TrustListError",
    "TrustedKey",
    "UnknownIssuer",
    "classify",
    "make_tracking_number",
    "parse_tracking_number",
    "resolve",
    "sign_code",
    "verify_code",
]
