"""Start a simulated reader and a driver attached to it, for the demo terminal and manual testing."""

from __future__ import annotations

import tempfile
from datetime import date

from drivers.idcard.reader import IdCardReader
from drivers.idcard.sim_card import SimCard
from drivers.idcard.simulator import Simulator
from kiosk.ports import Clock

DEMO_CARDS: dict[str, SimCard] = {
    "resident": SimCard.resident(),
    "space": SimCard.resident(name="欧阳 娜娜", birth=date(1962, 8, 1), sequence=86),
    "longterm": SimCard.resident(name="李长期", long_term=True),
    "hmt": SimCard.hmt_permit(valid_to=date(2031, 5, 1)),
    "f2017": SimCard.foreigner_2017(),
    "f2023": SimCard.foreigner_2023(),
    "expired": SimCard.resident(name="赵过期", valid_to=date(2022, 1, 1)),
    "unknown": SimCard.unknown_type(),
}


def start_demo_reader(baud: int = 115200, clock: Clock | None = None) -> tuple[Simulator, IdCardReader]:
    """A running simulator and an (unstarted) reader bound to its stable path.

    Call ``reader.start(sink)`` to begin; stop with ``reader.stop()`` then ``simulator.stop()``.
    Place cards with ``simulator.place(DEMO_CARDS["resident"])`` and ``simulator.remove()``.
    """
    simulator = Simulator(baud, link_dir=tempfile.mkdtemp(prefix="kiosk-idcard-")).start()
    reader = IdCardReader(simulator.path, baud=0, system_ports=False, clock=clock)
    return simulator, reader
