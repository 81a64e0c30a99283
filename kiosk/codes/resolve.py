"""Choosing what one look at codes means: among the readings of one code, and among several codes.

A camera frame can hold several codes, and a code whose bytes carry no charset can read as several
plausible texts (``drivers/qr/charset.py``). Neither may be settled by a guess: a reading counts
only when ``classify`` verifies it (a signature for service and e-license codes, the check
character for tracking numbers). The readings of one code that verify must all mean the same
code; otherwise, or when none verifies, the code is ``AmbiguousCode``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from kiosk.codes.classify import Classified, classify
from kiosk.codes.errors import AmbiguousCode, CodeError
from kiosk.codes.trust import TrustList

log = logging.getLogger("kiosk.codes")


def resolve(readings: Sequence[str], trust: TrustList, now: datetime) -> Classified:
    """The verified meaning of one code given every plausible reading of it, or a ``CodeError``.

    One reading is classified as it is. Of several, the one whose signature or check character
    verifies is the code; a reading that fails (wrong charset) is dropped.
    """
    if len(readings) == 1:
        return classify(readings[0], trust, now)
    verified: list[Classified] = []
    for text in readings:
        try:
            code = classify(text, trust, now)
        except CodeError:
            continue
        if code not in verified:
            verified.append(code)
    if len(verified) == 1:
        return verified[0]
    err = AmbiguousCode(f"{len(readings)} plausible readings of one code, {len(verified)} of them verify")
    log.warning("code rejected (AmbiguousCode): %s", err.detail)
    raise err
