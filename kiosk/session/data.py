"""Everything personal a session holds. One object, so a wipe cannot forget a field."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from kiosk.domain.identity import Identity
from kiosk.messages import Message
from kiosk.session.states import Purpose


@dataclass
class SessionData:
    purpose: Purpose | None = None
    identity: Identity | None = None
    service_code: str = ""
    form_values: dict[str, Any] = field(default_factory=dict)
    form_errors: dict[str, Message] = field(default_factory=dict)
    attachments: list[dict[str, Any]] = field(default_factory=list)  # e-licenses and photographed pages
    delivery: dict[str, str] = field(default_factory=dict)
    handling_region: str = ""
    pledge_accepted_at: str = ""  # ISO time the citizen accepted the 告知承诺; filed with the application
    tracking_number: str = ""
    receipt_pdf: bytes = b""
    receipt_message: Message | None = None
    progress: dict[str, Any] = field(default_factory=dict)
    rating: int = 0
    rating_reason: str = ""
    notice: Message | None = None  # the last message shown to the citizen (may carry their data)

    def wipe(self) -> None:
        """Overwrite every field in place, so views that kept a reference see nothing either."""
        fresh = SessionData()
        for f in fields(self):
            old = getattr(self, f.name)
            if isinstance(old, dict | list):
                old.clear()
            setattr(self, f.name, getattr(fresh, f.name))

    def is_empty(self) -> bool:
        return self == SessionData()
