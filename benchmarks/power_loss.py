"""Power loss mid-session: SIGKILL the whole terminal while a filing is submitted or a receipt prints.

Each round starts the real terminal (``ui.app.KioskApp``, offscreen, simulated devices) on one data
directory, against a sandbox platform in this process. The terminal files applications (two
attachments each, the citizen identified by a fictional card) through the same core calls its
screens make, and reports on stdout when it is at the idle screen, when a submit starts, when the
receipt screen is shown and when a receipt starts printing. The round kills it (SIGKILL) a random
0–40 ms after a submit starts or after a print starts, alternating. Then:

* every restart must reach the idle screen;
* every filing is wholly in the outbox (all its items) or absent, and no receipt was shown for an
  absent one;
* after the last round the outbox drains and every queued filing is on the platform exactly once;
* no file in the data directory or the terminal's temp directory holds the citizen's name or ID
  number in clear (the printer's output folder stands for paper and is left out).

    .venv/bin/python -m benchmarks.power_loss [--rounds 200] [--seed 1]

prints filings queued / delivered / duplicated / receipts shown without a queued filing (goal 0).
CI runs 20 rounds (tests/platform/test_power_loss.py).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TERMINAL_ID = "PWR-0001"
# A fictional citizen (valid GB 11643 check character); must never be found in clear on disk.
CITIZEN_NAME = "欧阳测试"
CITIZEN_ID = "11010519491231002X"
ATTACHMENTS = 2
KILL_AFTER_S = (0.0, 0.040)
START_TIMEOUT_S = 120.0


@dataclass
class Figures:
    rounds: int = 0
    restarts_not_idle: int = 0
    submits_started: int = 0
    submits_refused: int = 0  # by a live terminal (not a kill): a broken harness or terminal
    receipts_shown: list[str] = field(default_factory=list)
    kills_in_submit: int = 0
    kills_in_print: int = 0
    kills_before_receipt: int = 0  # the last word from the terminal was "submitting": killed inside submit
    queued: int = 0
    partial: int = 0
    delivered: int = 0
    duplicated: int = 0
    not_delivered: int = 0
    receipts_without_filing: int = 0
    personal_files: list[str] = field(default_factory=list)
    integrity_failures: int = 0

    def ok(self) -> bool:
        return not (
            self.restarts_not_idle
            or self.submits_refused
            or self.partial
            or self.duplicated
            or self.not_delivered
            or self.receipts_without_filing
            or self.personal_files
            or self.integrity_failures
        )

    def summary(self) -> str:
        return (
            f"power loss: {self.rounds} rounds ({self.kills_in_submit} kills during a submit, "
            f"{self.kills_in_print} during a print, {self.kills_before_receipt} before the receipt screen); "
            f"{self.submits_started} submits started ({self.submits_refused} refused by a live terminal), "
            f"{len(self.receipts_shown)} receipts shown; filings queued {self.queued} / delivered "
            f"{self.delivered} / duplicated {self.duplicated} / not delivered {self.not_delivered} / "
            f"partially queued {self.partial}; receipts shown without a queued filing "
            f"{self.receipts_without_filing}; restarts not at idle {self.restarts_not_idle}; "
            f"files with personal data in clear {len(self.personal_files)}; "
            f"integrity failures {self.integrity_failures}"
        )


# --- the terminal side (a child process) -------------------------------------------------------


def _child(site: Path, shot: Path | None = None) -> int:
    """Run the terminal and file applications until killed; markers go to stdout, one per line."""
    from datetime import date

    from PySide6.QtCore import QTimer

    from kiosk.config.loader import load_config
    from kiosk.domain.identity import CardType, Gender, Identity
    from kiosk.logging_setup import configure_logging
    from kiosk.session.states import Purpose, State
    from ui.app import KioskApp

    config = load_config(site, environ={})
    configure_logging(Path(config.logging.dir), "INFO")
    app = KioskApp(config, demo=True)
    terminal = app.assembly.terminal
    services = app.assembly.services
    session = terminal.session
    identity = Identity(
        card_type=CardType.RESIDENT_ID,
        name=CITIZEN_NAME,
        document_number=CITIZEN_ID,
        gender=Gender.FEMALE,
        birth_date=date(1949, 12, 31),
        address="北京市东城区景山前街4号",
        issuer="北京市公安局东城分局",
        valid_from=date(2015, 1, 1),
        long_term=True,
    )
    rng = random.Random(os.getpid())

    def say(marker: str) -> None:
        # One write per line to a pipe: a marker is either whole in the parent's hands or not sent.
        os.write(1, (marker + "\n").encode())

    printer = app.assembly.extras["printer"]
    plain_print = printer.print_document

    def print_document(document):  # type: ignore[no-untyped-def]
        say("PRINTING")
        return plain_print(document)

    printer.print_document = print_document

    def first_service() -> str:
        for category in services.categories():
            for entry in services.search("", category):
                code = str(entry.get("code", ""))
                if code:
                    return code
        return ""

    def file_one() -> None:
        if terminal.printing:
            QTimer.singleShot(20, file_one)
            return
        if session.state is not State.IDLE:
            terminal.finish()
        code = first_service()
        if not code:  # the catalog is still loading
            QTimer.singleShot(100, file_one)
            return
        terminal.start(Purpose.APPLY)
        terminal.identified(identity)
        terminal.choose_service(code)
        session.go(State.FORM)
        session.go(State.REVIEW)
        data = session.data
        data.form_values = {"applicant_name": CITIZEN_NAME, "phone": "13812345678"}
        for n in range(ATTACHMENTS):
            data.attachments.append({"kind": "photo", "material": f"page {n}", "jpeg_b64": os.urandom(3000).hex()})
        terminal.accept_pledge()  # the 告知承诺, ticked on the review screen
        say("SUBMITTING")
        awaiting[0] = True
        terminal.submit()  # the store runs on a worker; answered() hears how it ended

    awaiting = [False]

    def answered(_machine: object) -> None:
        if not awaiting[0] or session.state is State.SUBMIT:
            return
        awaiting[0] = False
        if session.state is State.RECEIPT:
            # The session has just moved to the receipt: the window draws it when this returns.
            say(f"RECEIPT {session.data.tracking_number}")
        else:
            say("REFUSED")  # a live terminal refused the filing: the harness must not pass silently
        QTimer.singleShot(rng.randint(0, 30), file_one)

    session.subscribe(answered)

    def up() -> None:
        app.window.frameSwapped.disconnect(up)
        if shot is not None:
            app.window.grabWindow().save(str(shot))  # what the citizen sees after the restart
        if session.state is State.IDLE:
            say("IDLE")
        QTimer.singleShot(0, file_one)

    app.window.frameSwapped.connect(up)
    app.window.show()
    return int(app.qt_app.exec())


# --- the harness side ----------------------------------------------------------------------------


def _site_file(data: Path, url: str) -> Path:
    site = data / "site.toml"
    site.write_text(
        f"""
[terminal]
id = "{TERMINAL_ID}"
data_dir = "{data}"
[ui]
fullscreen = false
[platform]
sandbox = false
url = "{url}"
key_file = "{data}/terminal.key"
sync_interval_s = 1
[outbox]
path = "{data}/outbox.sqlite3"
key_file = "{data}/outbox.key"
[logging]
dir = "{data}/log"
[idcard]
simulated = true
[camera]
simulated_source = "demo"
[printer]
backend = "spool"
spool_dir = "{data}/paper"
""",
        encoding="utf-8",
    )
    return site


def _spawn(
    site: Path, tmp: Path, stderr: Path, shot: Path | None = None
) -> tuple[subprocess.Popen[bytes], queue.Queue[str | None]]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.power_loss", "--child", str(site), *(["--shot", str(shot)] if shot else [])],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=stderr.open("ab"),
        start_new_session=True,  # its own process group: the kill takes the whole terminal, helpers included
        preexec_fn=_die_with_parent,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert child.stdout is not None
        for raw in child.stdout:
            lines.put(raw.decode(errors="replace").strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return child, lines


def _die_with_parent() -> None:
    """In the child before exec: if the harness itself dies, the kernel kills the terminal too."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _power_off(child: subprocess.Popen[bytes]) -> None:
    """SIGKILL to the terminal's whole process group, like pulling the plug on the process tree."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)
    child.wait()


def _wait_for(lines: queue.Queue[str | None], prefix: str, seen: list[str], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            return False
        if line is None:
            return False
        seen.append(line)
        if line.startswith(prefix):
            return True
    return False


def _drain_lines(lines: queue.Queue[str | None], seen: list[str]) -> None:
    while True:
        line = lines.get(timeout=30)
        if line is None:
            return
        seen.append(line)


def _personal_files(roots: list[Path], skip: Path) -> list[str]:
    needles = [CITIZEN_ID.encode(), CITIZEN_NAME.encode(), b"13812345678"]
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or skip in path.parents:
                continue
            blob = path.read_bytes()
            if any(n in blob for n in needles):
                found.append(str(path))
    return found


def run(
    rounds: int, seed: int = 1, work_dir: Path | None = None, progress: bool = False, shot: Path | None = None
) -> Figures:
    from offline_cache.crypto import load_or_create_key
    from sandbox_platform.server import running_sandbox
    from tests.outbox.kit import make_client, make_outbox, make_worker, wait_until

    rng = random.Random(seed)
    figures = Figures(rounds=rounds)
    with tempfile.TemporaryDirectory(dir=work_dir, ignore_cleanup_errors=True) as base:
        data, tmp, platform_dir = Path(base) / "terminal", Path(base) / "tmp", Path(base) / "platform"
        for d in (data, tmp, platform_dir):
            d.mkdir(parents=True)
        load_or_create_key(data / "terminal.key")
        with running_sandbox(platform_dir, terminal_id=TERMINAL_ID, key_file=data / "terminal.key") as sandbox:
            site = _site_file(data, sandbox.url)
            for round_no in range(rounds):
                child, lines = _spawn(site, tmp, Path(base) / "terminal-stderr.txt")
                seen: list[str] = []
                try:
                    if not _wait_for(lines, "IDLE", seen, START_TIMEOUT_S):
                        figures.restarts_not_idle += 1
                    during = "PRINTING" if round_no % 2 else "SUBMITTING"
                    # Let a few filings go through first, so kills land at different queue depths.
                    for _ in range(rng.randint(1, 3)):
                        if not _wait_for(lines, during, seen, START_TIMEOUT_S):
                            break
                    time.sleep(rng.uniform(*KILL_AFTER_S))
                finally:
                    _power_off(child)
                _drain_lines(lines, seen)
                if during == "PRINTING":
                    figures.kills_in_print += 1
                else:
                    figures.kills_in_submit += 1
                if seen and seen[-1] == "SUBMITTING":
                    figures.kills_before_receipt += 1
                figures.submits_started += sum(1 for s in seen if s == "SUBMITTING")
                figures.submits_refused += sum(1 for s in seen if s == "REFUSED")
                figures.receipts_shown += [s.split(" ", 1)[1] for s in seen if s.startswith("RECEIPT ")]
                with sqlite3.connect(data / "outbox.sqlite3") as conn:
                    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                        figures.integrity_failures += 1
                if progress and (round_no + 1) % 10 == 0:
                    print(f"  round {round_no + 1}/{rounds}", flush=True)

            # One more start: it must come up at the idle screen after the last kill too.
            child, lines = _spawn(site, tmp, Path(base) / "terminal-stderr.txt", shot)
            seen = []
            if not _wait_for(lines, "IDLE", seen, START_TIMEOUT_S):
                figures.restarts_not_idle += 1
            _power_off(child)
            _drain_lines(lines, seen)
            figures.submits_started += sum(1 for s in seen if s == "SUBMITTING")
            figures.submits_refused += sum(1 for s in seen if s == "REFUSED")
            figures.receipts_shown += [s.split(" ", 1)[1] for s in seen if s.startswith("RECEIPT ")]

            figures.personal_files = _personal_files([data, tmp], skip=data / "paper")

            with sqlite3.connect(data / "outbox.sqlite3") as conn:
                groups = Counter(
                    grp for (grp,) in conn.execute("SELECT grp FROM items WHERE grp LIKE 'app-%'")
                )
            queued = {grp.removeprefix("app-") for grp in groups}
            figures.queued = len(queued)
            figures.partial = sum(1 for n in groups.values() if n != ATTACHMENTS + 1)
            figures.receipts_without_filing = sum(1 for t in figures.receipts_shown if t not in queued)

            outbox = make_outbox(data)
            worker = make_worker(outbox, make_client(sandbox, data, key_file=data / "terminal.key"))
            worker.start()
            try:
                worker.force_sync()
                wait_until(lambda: outbox.status().pending == 0, timeout_s=120)
            finally:
                worker.stop()
                outbox.close()
            on_platform = Counter(
                r["key"] for r in sandbox.records("application") if str(r["key"]).startswith("app-")
            )
            delivered = {k.removeprefix("app-").removesuffix("-app") for k in on_platform}
            figures.delivered = len(delivered & queued)
            figures.duplicated = sum(1 for n in on_platform.values() if n > 1)
            figures.not_delivered = len(queued - delivered)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shot", type=Path, help="save the window after the last restart as this PNG")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        return _child(args.child, args.shot)
    started = time.monotonic()
    figures = run(args.rounds, args.seed, progress=True, shot=args.shot.resolve() if args.shot else None)
    print(figures.summary())
    for path in figures.personal_files:
        print(f"  personal data in clear: {path}")
    print(f"({time.monotonic() - started:.0f} s)")
    return 0 if figures.ok() else 1


if __name__ == "__main__":
    raise SystemExit(main())
