"""Printing the guide of an item (办事指南) to take home: conditions, materials, the window to go to.

For most visits to a hall terminal the guide is the product (813 of its items are guide-only), so it
can be printed from the guide screen. It carries no personal data; the QR is left out (a guide's
code is no code the terminal reads back).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.printing.documents import SlipData
from kiosk.printing.service import PrintResult

if TYPE_CHECKING:
    from kiosk.terminal import Terminal

log = logging.getLogger(__name__)


class GuidePrint(enum.StrEnum):
    PRINTING = "guide.printing"
    PRINTED = "guide.printed"
    FAILED = "guide.print_failed"


def guide_slip(guide: Mapping[str, Any], printed_at: datetime) -> SlipData:
    windows = list(guide.get("windows") or [])
    rows: list[tuple[str, str]] = []
    for w in windows[:2]:
        rows += [("办理窗口", str(w.get("name", ""))), ("地    址", str(w.get("address", "")))]
        if w.get("hours"):
            rows.append(("办公时间", str(w["hours"])))
        if w.get("phone"):
            rows.append(("咨询电话", str(w["phone"])))
    return SlipData(
        kind="guide",
        reference=str(guide.get("code", "")),
        title=str(guide.get("name", "")),
        subtitle=f"办事指南 · {guide.get('department', '')}",
        rows=tuple(rows),
        sections=tuple((str(s["title"]), str(s["body"])) for s in guide.get("sections", [])),
        footer="本指南由政务服务自助终端打印，以办理窗口最新告知为准。",
        printed_at=printed_at,
    )


@dataclass
class GuidePrintView:
    state: GuidePrint | None = None


class GuideDesk:
    def __init__(self, terminal: Terminal) -> None:
        self._terminal = terminal
        self.view = GuidePrintView()
        terminal.session.on_wipe(self._wipe)

    def _wipe(self) -> None:
        self.view = GuidePrintView()

    def print_guide(self, code: str) -> None:
        guide = self._terminal.printed_words(self._terminal.services.guide(code))
        slip = guide_slip(guide, self._terminal.clock.now())
        view = self.view
        view.state = GuidePrint.PRINTING

        def done(result: PrintResult | BaseException) -> None:
            if isinstance(result, BaseException) or not result.ok:
                view.state = GuidePrint.FAILED
            else:
                view.state = GuidePrint.PRINTED

        self._terminal.run_for_session(lambda: self._terminal.documents.print_slip(slip), done)
