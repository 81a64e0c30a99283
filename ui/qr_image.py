"""QR codes on screen: a ``data:`` URL QML's ``Image`` shows directly (receipt, 亮证, appointment).

The text is whatever the paper copy's QR holds, so a phone or another terminal reads the same thing
from the screen and from paper. Never personal data (callers pass codes and digest URLs).
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache

import segno


@lru_cache(maxsize=16)
def qr_data_url(text: str, scale: int = 10) -> str:
    if not text:
        return ""
    buf = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buf, kind="png", scale=scale, border=2)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
