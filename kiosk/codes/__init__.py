"""The terminal's code formats: tracking numbers, signed service and e-license codes, the trust list."""

from kiosk.codes.classify import Classified, ELicenseCode, ServiceCode, classify
from kiosk.codes.errors import (
    BadSignature,
    CodeError,
    CodeExpired,
    CodeRevoked,
    InvalidTrackingNumber,
    MalformedCode,
    TrustListError,
    UnknownIssuer,
)
from kiosk.codes.signed import CodeKind, sign_code, verify_code
from kiosk.codes.tracking import TrackingNumber, make_tracking_number, parse_tracking_number
from kiosk.codes.trust import TrustedKey, TrustList

__all__ = [
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
    "TrackingNumber",
    "TrustList",
    "TrustListError",
    "TrustedKey",
    "UnknownIssuer",
    "classify",
    "make_tracking_number",
    "parse_tracking_number",
    "sign_code",
    "verify_code",
]
