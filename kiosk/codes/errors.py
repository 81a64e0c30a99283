"""Why a scanned or typed code cannot be used.

``str(err)`` is the citizen-facing reason in plain Chinese (shown on screen as is); ``err.detail``
is the technician-facing reason, already masked so it can go to the log.
"""

from __future__ import annotations


class CodeError(ValueError):
    citizen_message = "无法识别此二维码，请确认出示的是政务服务码、电子证照码或办件编号"

    def __init__(self, detail: str) -> None:
        super().__init__(self.citizen_message)
        self.detail = detail

    def __str__(self) -> str:
        return self.citizen_message


class MalformedCode(CodeError):
    """Not one of the terminal's formats, or damaged so that it cannot be parsed."""


class InvalidTrackingNumber(CodeError):
    citizen_message = "办件编号校验不通过，请核对后重新输入"


class UnknownIssuer(CodeError):
    citizen_message = "此二维码不是本系统认可的机构签发的，无法使用"


class BadSignature(CodeError):
    citizen_message = "此二维码未通过防伪校验，可能已被篡改，请重新获取"


class CodeExpired(CodeError):
    citizen_message = "此二维码已过期，请刷新后重新出示"


class CodeRevoked(CodeError):
    citizen_message = "此二维码已作废，请重新获取"


class AmbiguousCode(CodeError):
    """The code's bytes read as several plausible texts and none of them verifies as one of our
    codes, or more than one does: showing any of them could show a wrong text."""

    citizen_message = "无法准确识别此二维码的内容，请出示政务服务码、电子证照码或办件回执上的二维码"


class SeveralCodes(CodeError):
    """More than one code in view could be used here: the terminal must not choose for the citizen."""

    citizen_message = "画面中有多个可用的二维码，请一次只出示一个"


class TrustListError(ValueError):
    """The trust list from the platform (or its cache) does not have the agreed shape."""
