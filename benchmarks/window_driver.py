"""The terminal's real window, driven as a citizen would, for the long-run benchmarks.

Starts the demo terminal (simulated card reader and camera, built-in sandbox platform, spool
printer) in this process, offscreen, with its data in a temporary folder, and offers the citizen's
errands as functions: a filing, a filing abandoned midway, a citizen who walks away, a progress
query and a certificate print. Taps and typing go through ``tests/ui/harness.py``, the same code
the window tests use, so a benchmark drives exactly what the tests check.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
from pytestqt.qtbot import QtBot

from drivers.idcard.sim_card import SimCard, make_number
from kiosk.clock import ManualClock
from kiosk.config.loader import CONFIG_DIR, load_config
from tests.ui import harness

ROOT = Path(__file__).resolve().parents[1]
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
PLACINGS = 3  # how often a citizen places the card before the errand counts as failed

GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红"


def _search_the_item_tree(window: Any, name: str) -> Any:
    """``harness._search`` without ``QObject.findChild``: in PySide6 6.12 every item ``findChild``
    returns stays referenced by the window's wrapper after QML deletes it, so a long run would count
    the driver's own lookups (~10 dead wrappers a session) as the terminal's growth. The terminal
    itself never calls ``findChild``."""
    matches = []
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            matches.append(item)
        stack.extend(item.childItems())
    shown = [m for m in matches if m.isVisible()]
    candidates = shown or matches
    return candidates[-1] if candidates else None


harness._search = _search_the_item_tree


class Driver:
    """What ``tests/ui/harness.py`` needs of pytest-qt's ``qtbot``: wait, and wait until."""

    def wait(self, ms: int) -> None:
        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, max(1, deadline.remainingTime()))
            time.sleep(0.002)

    def waitUntil(self, condition: Callable[[], Any], timeout: int = 5000) -> None:
        deadline = time.monotonic() + timeout / 1000
        while True:
            try:
                if condition():
                    return
            except AssertionError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} ms for {getattr(condition, '__name__', 'a condition')}")
            self.wait(10)


@dataclass(frozen=True)
class Citizen:
    name: str
    number: str
    birth: date
    sequence: int  # the number's 15th–17th digits; odd for a man, as the card's gender must say

    @property
    def phone_tail(self) -> str:
        """Eight digits for a made-up phone number (the ID number's check character may be an X)."""
        return self.number[-9:-1]

    def card(self) -> SimCard:
        return SimCard.resident(name=self.name, number=self.number, birth=self.birth, sequence=self.sequence,
                                address="江苏省南京市鼓楼区北京西路1号")


def new_citizen(rng: random.Random) -> Citizen:
    """A citizen no earlier session had: a three-character name and a valid ID number of their own."""
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
    birth = date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    sequence = rng.randint(0, 999)
    return Citizen(name, make_number("320106", birth, sequence), birth, sequence)


def _die_with_parent() -> None:
    """In the child before exec: a benchmark killed outright takes its platform with it."""
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


@contextmanager
def platform_in_its_own_process(folder: Path, terminal_id: str = "DEMO-0001") -> Iterator[dict[str, str]]:
    """The sandbox platform as a process of its own (``sandbox_platform.cli``), as a real terminal's
    platform is another machine; yields the ``KIOSK_…`` settings that point the demo terminal at it.

    In the terminal's process the sandbox's work competes for the interpreter lock with the UI
    thread: its ``json.dumps`` of the whole catalog (2.5 MB) is one C call of ~50–70 ms, which the
    terminal itself never makes (it reads the catalog in pieces, ``offline_cache/json_pieces.py``)."""
    key_file = folder / "terminal.key"
    child = subprocess.Popen(
        [sys.executable, "-m", "sandbox_platform.cli", "--port", "0", "--data-dir", str(folder / "sandbox-platform"),
         "--terminal", f"{terminal_id}={key_file}"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True,
        preexec_fn=_die_with_parent,
    )
    try:
        assert child.stdout is not None
        found = re.search(r"listening on (\S+)", child.stdout.readline())
        if found is None:
            raise RuntimeError("the sandbox platform did not start")
        yield {"KIOSK_PLATFORM__SANDBOX": "false", "KIOSK_PLATFORM__URL": found.group(1),
               "KIOSK_PLATFORM__KEY_FILE": str(key_file)}
    finally:
        child.terminate()
        try:
            child.wait(5)
        except subprocess.TimeoutExpired:  # a keep-alive connection still open holds its close
            child.kill()
            child.wait(5)


class Terminal:
    """One running demo terminal and the errands a citizen runs on it."""

    def __init__(self, workdir: Path | None = None, environ: dict[str, str] | None = None) -> None:
        """``environ``: ``KIOSK_…`` settings over the demo profile (e.g. a platform of its own)."""
        from ui.app import KioskApp

        self._tmp = tempfile.TemporaryDirectory(prefix="kiosk-soak-") if workdir is None else None
        self.workdir = workdir or Path(self._tmp.name)  # type: ignore[union-attr]
        os.chdir(self.workdir)
        self.clock = ManualClock(datetime.now(UTC))
        config = load_config(CONFIG_DIR / "profiles" / "demo.toml", environ=environ or {})
        self.app: Any = KioskApp(config, demo=True, clock=self.clock)
        self.app.window.show()
        self.bot = cast(QtBot, Driver())
        self.win = self.app.window
        self.config = config
        self.last_tracking = ""
        self.cards_placed_again = 0  # after the terminal said the read failed
        self.bot.waitUntil(lambda: self.app.vm.catalogLoaded, timeout=60000)

    # --- steps --------------------------------------------------------------------------------

    def on(self, screen: str, timeout: int = 8000) -> None:
        self.bot.waitUntil(lambda: self.app.vm.screen == screen, timeout=timeout)
        try:
            self.bot.waitUntil(lambda: harness.find(self.win, f"screen_{screen}").isVisible(), timeout=5000)
        except TimeoutError as exc:
            raise TimeoutError(f"{exc}; {self.shell_state()}") from None

    def shell_state(self) -> str:
        """What Main.qml's loaders hold: why a screen the view model is on is not in sight."""
        form, shown = harness.find(self.win, "formLoader"), harness.find(self.win, "screenLoader")
        return (f"screen shown {shown.property('screen')!r}, form loader progress {form.property('progress')}"
                f" active {form.property('active')} visible {form.property('visible')},"
                f" formSettled {self.win.property('formSettled')}, formReady {self.app.vm.formReady}")

    def tap(self, name: str) -> None:
        harness.tap(self.bot, self.win, name)

    def type_into(self, name: str, text: str) -> None:
        harness.type_into(self.bot, self.win, name, text)

    def present_card(self, citizen: Citizen | None, then: str) -> None:
        """Lay the citizen's card on the reader (the demo card when ``None``) until the next screen shows."""
        if citizen is None:
            self.tap("demoCardButton")
            self.on(then)
            return
        simulator = self.app.assembly.extras["idcard_simulator"]
        terminal = self.app.assembly.terminal
        refused = terminal.card_problem
        # One card at a time: the demo card of an earlier errand lies on the reader until the demo
        # lifts it, and laid over it this card was taken for the same one still there (soak).
        self.bot.waitUntil(lambda: not simulator.holds_card, timeout=10000)
        simulator.place(citizen.card())
        try:
            for _ in range(PLACINGS - 1):
                self.bot.waitUntil(partial(self._moved_on_or_refused, then, refused), timeout=8000)
                if self.app.vm.screen == then:
                    break
                # Told the read failed (a reply spoiled on a loaded machine), the citizen does what
                # the screen says: takes the card away and places it again.
                refused = terminal.card_problem
                self.cards_placed_again += 1
                simulator.remove()
                self.bot.wait(300)
                simulator.place(citizen.card())
            self.on(then)
        finally:
            simulator.remove()

    def _moved_on_or_refused(self, then: str, refused_before: object) -> bool:
        return bool(self.app.vm.screen == then or self.app.assembly.terminal.card_problem is not refused_before)

    def open_form(self, query: str) -> None:
        self.type_into("serviceSearch", query)
        self.bot.waitUntil(lambda: len(self.app.vm.services) > 0, timeout=5000)
        self.tap(f"service_{self.app.vm.services[0]['code']}")
        self.on("guide")
        self.tap("startFormButton")
        self.on("form")

    def option(self, field: str, value: str) -> int:
        options = next(f for f in self.app.vm.formFields if f["id"] == field)["options"]
        return [o["value"] for o in options].index(value)

    def photograph_materials(self, attempts: int = 3) -> None:
        """Photograph each material that needs it; a refused photo (page not found, blurred) is retaken."""
        vm = self.app.vm
        for index, material in enumerate(list(vm.materials)):
            if not material["needs_photo"] or material["done"]:
                continue
            for _ in range(attempts):
                self.tap(f"photo_{index}")
                self.bot.waitUntil(lambda: not vm.capturing, timeout=20000)
                if vm.materials[index]["done"]:
                    break
            else:
                raise AssertionError(f"material {index} refused {attempts} times: {vm.notice}")

    # --- errands ------------------------------------------------------------------------------

    def filing(self, citizen: Citizen) -> str:
        """户口迁移 filed completely: form, photographed page, signature, receipt printed, rated."""
        vm = self.app.vm
        self.tap("startApplyButton")
        self.on("identify")
        self.present_card(citizen, "choose_service")
        self.open_form("hukouqianyi")
        self.type_into("field_phone", "138" + citizen.phone_tail)
        self.tap("field_from_region_p0")
        self.tap("field_from_region_c0")
        self.tap("field_from_region_d0")
        self.type_into("field_to_address", "上海市黄浦区南京东路100号")
        self.tap("field_move_reason_0")
        self.type_into("field_movers", "1")
        self.tap(f"field_delivery_{self.option('delivery', 'pickup')}")
        self.photograph_materials()
        self.tap("reviewButton")
        self.on("review")
        harness.draw_signature(self.bot, self.win)
        self.tap("pledgeCheck")
        self.tap("submitButton")
        self.on("receipt")
        self.bot.waitUntil(lambda: not vm.printing, timeout=15000)
        self.last_tracking = str(harness.find(self.win, "trackingNumber").property("text"))
        self.tap("toRatingButton")
        self.on("rate")
        self.tap("rate_5")
        self.tap("submitRatingButton")
        self.on("idle")
        return self.last_tracking

    def cancel_midway(self, citizen: Citizen) -> None:
        """Starts a filing, types a phone number, then goes back and leaves."""
        self.tap("startApplyButton")
        self.on("identify")
        self.present_card(citizen, "choose_service")
        self.open_form("hukouqianyi")
        self.type_into("field_phone", "139" + citizen.phone_tail)
        self.tap("backButton")
        self.on("guide")
        self.tap("backButton")
        self.on("choose_service")
        self.tap("cancelButton")
        self.on("idle")

    def walk_away(self, citizen: Citizen) -> None:
        """Opens a form and walks away: the countdown, then the wipe."""
        self.tap("startApplyButton")
        self.on("identify")
        self.present_card(citizen, "choose_service")
        self.open_form("hukouqianyi")
        self.type_into("field_phone", "137" + citizen.phone_tail)
        self.clock.advance(self.config.session.form_idle_timeout_s + 1)
        self.on("idle")

    def progress_query(self, citizen: Citizen) -> None:
        """Asks for the progress of the last filing (any tracking number answers on the sandbox)."""
        vm = self.app.vm
        self.tap("startProgressButton")
        self.present_card(citizen, "query_progress")
        self.type_into("trackingInput", self.last_tracking or "DEMO-0001-000000")
        self.tap("queryButton")
        self.bot.waitUntil(lambda: bool(vm.progress.get("steps")) or "未" in vm.notice, timeout=15000)
        self.tap("cancelButton")
        self.on("idle")

    def certificate(self) -> None:
        """The demo citizen (who holds e-licenses) prints one as a certificate."""
        vm = self.app.vm
        self.tap("startPrintButton")
        self.present_card(None, "print_certificate")
        self.bot.waitUntil(lambda: len(vm.licenses) >= 1, timeout=15000)
        self.tap("printLicense_0")
        self.bot.waitUntil(lambda: not vm.printing and "打印" in vm.notice and "正在" not in vm.notice, timeout=15000)
        self.tap("cancelButton")
        self.on("idle")

    def close(self) -> None:
        self.app.close()
        os.chdir("/")
        if self._tmp is not None:
            self._tmp.cleanup()
