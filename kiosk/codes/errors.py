"""Why a scanned or typed code cannot be used.

``err.say`` is the message kind the screen shows (words in the catalog); ``err.detail`` is the
technician-facing reason, already masked so it can go to the log.
"""

from __future__ import annotations

from kiosk.messages import Say


class CodeError(ValueError):
    say = Say.CODE_MALFORMED

    def __init__(self, detail: str) -> None:
        super().__init__(self.say.value)
        self.detail = detail

    def __str__(self) -> str:
        return self.say.value


class MalformedCode(CodeError):
    """Not one of the terminal's formats, or damaged so that it cannot be parsed."""


class InvalidTrackingNumber(CodeError):
    say = Say.CODE_BAD_TRACKING


class UnknownIssuer(CodeError):
    say = Say.CODE_UNKNOWN_ISSUER


class BadSignature(CodeError):
    say = Say.CODE_BAD_SIGNATURE


class CodeExpired(CodeError):
    say = Say.CODE_EXPIRED


class CodeRevoked(CodeError):
    say = Say.CODE_REVOKED


class AmbiguousCode(CodeError):
    """The code's bytes read as several plausible texts and none of them verifies as one of our
    codes, or more than one does: showing any of them could show a wrong text."""

    say = Say.CODE_AMBIGUOUS


class SeveralCodes(CodeError):
    """More than one code in view could be used here: the terminal must not choose for the citizen."""

    say = Say.CODE_SEVERAL


class TrustListError(ValueError):
    """The trust list from the platform (or its cache) does not have the agreed shape."""
