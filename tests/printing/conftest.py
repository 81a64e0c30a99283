"""Printing fixtures: the shared font book, a real cupsd with kiosk-pdf, and throw-away fault queues."""

from __future__ import annotations

import glob
import itertools
import os
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from drivers.printing.fonts import FontBook, shared_font_book
from drivers.printing.renderer import PdfRenderer
from kiosk.ports import OutboundItem, OutboxStatus

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts" / "print"
CUPS_PDF_OUT = Path("/var/spool/cups-pdf/kiosk-pdf")


@pytest.fixture(scope="session")
def fonts() -> FontBook:
    return shared_font_book()


@pytest.fixture(scope="session")
def renderer(fonts: FontBook) -> PdfRenderer:
    return PdfRenderer(fonts)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def cups_ready() -> None:
    """Runs the project's own set-up script, so a fresh clone works even without ./dev."""
    done = subprocess.run(["bash", str(REPO / "scripts" / "setup_cups.sh")], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"scripts/setup_cups.sh failed: {done.stderr.strip()}")


_names = itertools.count()


CUPS_PDF_PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


@pytest.fixture
def make_queue(cups_ready: None) -> Iterator[Callable[[str], str]]:
    """Create a fresh CUPS queue for a device URI (faults must not leak between tests).

    ``cups-pdf:/kiosk-pdf`` makes a PDF queue of its own that writes where kiosk-pdf writes, for a test
    that must pause its printer: pausing the shared kiosk-pdf would fail whatever another test (or
    another pytest-xdist worker) prints at that moment.
    """
    made: list[str] = []

    def make(uri: str) -> str:
        # The pid keeps names apart between pytest-xdist workers started in the same second.
        name = f"kiosk-test-{os.getpid()}-{int(time.time())}-{next(_names)}"
        pdf = ["-P", CUPS_PDF_PPD, "-o", "PageSize=A4", "-o", "Label=1", "-o", "TitlePref=1"]
        model = pdf if uri.startswith("cups-pdf:") else ["-m", "raw"]
        subprocess.run(["lpadmin", "-p", name, "-E", "-v", uri, *model,
                        "-o", "printer-error-policy=abort-job"], check=True, capture_output=True)
        made.append(name)
        return name

    yield make
    for name in made:
        subprocess.run(["cancel", "-a", name], capture_output=True)
        subprocess.run(["lpadmin", "-x", name], capture_output=True)


def cups_pdf_output(job_id: str, timeout_s: float = 5.0) -> Path:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = glob.glob(str(CUPS_PDF_OUT / f"job_{job_id}-*.pdf"))
        if found:
            return Path(found[0])
        time.sleep(0.05)
    raise AssertionError(f"cups-pdf wrote no job_{job_id}-*.pdf in {CUPS_PDF_OUT}")


def job_state(job_id: str) -> int:
    import cups

    return int(cups.Connection().getJobAttributes(int(job_id), requested_attributes=["job-state"])["job-state"])


class RecordingOutbox:
    """An in-memory ``kiosk.ports.Outbox``: the real one belongs to the outbox package."""

    def __init__(self) -> None:
        self.items: list[OutboundItem] = []
        self.refuse: Exception | None = None

    def submit(self, items: Sequence[OutboundItem]) -> None:
        if self.refuse is not None:
            raise self.refuse
        self.items.extend(items)

    def status(self) -> OutboxStatus:
        return OutboxStatus(pending=len(self.items))


def pdf_text(pdf: bytes | Path) -> str:
    args = ["pdftotext", "-layout", str(pdf) if isinstance(pdf, Path) else "-", "-"]
    data = None if isinstance(pdf, Path) else pdf
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout.decode()


def pdf_fonts(pdf: bytes) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... emb sub uni obj gen: read the flags from the end, names may contain spaces
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def png_of(pdf: bytes | Path, out_stem: Path, dpi: int = 100) -> Path:
    src = str(pdf) if isinstance(pdf, Path) else "-"
    data = None if isinstance(pdf, Path) else pdf
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", src, str(out_stem)],
                   input=data, capture_output=True, check=True)
    return out_stem.with_suffix(".png")
