"""Printer checks use no paper: CUPS queue state and reasons, ESC/POS status bytes, a writable spool
folder. ``kiosk doctor`` runs them; a test page is printed only when a technician asks for one."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cups
import pytest

from drivers.printing.cups_printer import CupsPrinter
from drivers.printing.escpos_printer import EscposPrinter
from drivers.printing.escpos_sim import FakeEscposPrinter
from drivers.printing.spool_printer import SpoolFolderPrinter
from tests.printing.conftest import cups_pdf_output


def _jobs_on(queue: str) -> list[int]:
    conn = cups.Connection()
    jobs = conn.getJobs(which_jobs="all", requested_attributes=["job-printer-uri"])
    return [jid for jid, attrs in jobs.items() if str(attrs.get("job-printer-uri", "")).endswith("/" + queue)]


@pytest.mark.cups
@pytest.mark.slow
def test_checking_a_cups_queue_ten_times_submits_no_job(make_queue):
    queue = make_queue("kioskfault:/ok")
    printer = CupsPrinter(queue)
    for _ in range(10):
        ok, message, details = printer.self_test()
        assert ok, message
    assert "nothing printed" in message and details["accepting"] is True
    assert _jobs_on(queue) == []


@pytest.mark.cups
@pytest.mark.slow
@pytest.mark.parametrize(("prepare", "problem"), [
    (["cupsdisable", "-r", "Paper jam"], "media-jam"),
    (["cupsdisable", "-r", "维护中"], "paused"),
    (["cupsreject", "-r", "停止受理"], "rejecting"),
])
def test_a_stopped_or_rejecting_queue_fails_its_check_with_the_reason(make_queue, prepare, problem):
    queue = make_queue("kioskfault:/ok")
    subprocess.run([*prepare, queue], check=True)
    ok, message, details = CupsPrinter(queue).self_test()
    assert not ok and details["problem"] == problem
    assert prepare[-1] in message  # the reason CUPS holds is passed on to the technician
    assert _jobs_on(queue) == []


@pytest.mark.cups
def test_a_missing_queue_fails_its_check_naming_the_setting(cups_ready):
    ok, message, details = CupsPrinter("kiosk-no-such-queue").self_test()
    assert not ok and details["problem"] == "no-queue" and "printing.queue" in message


@pytest.mark.cups
@pytest.mark.slow
def test_the_test_page_prints_only_when_asked_and_reports_the_queue(cups_ready):
    ok, message, details = CupsPrinter("kiosk-pdf").print_test_page()
    assert ok, message
    assert details["queue"] == "kiosk-pdf" and details["last_job"]["state"] == "completed"
    assert cups_pdf_output(details["last_job"]["job_id"]).stat().st_size > 0


def test_an_escpos_check_reads_status_bytes_and_sends_no_image():
    with FakeEscposPrinter() as fake:
        ok, message, details = EscposPrinter(fake.host, fake.port, timeout_s=0.5).self_test()
        assert ok and "nothing printed" in message
        fake.mode = "no-paper"
        ok, message, details = EscposPrinter(fake.host, fake.port, timeout_s=0.5).self_test()
        assert not ok and details["problem"] == "media-empty" and "out of paper" in message
        assert fake.queries >= 3 and fake.raster_rows == 0 and fake.cuts == 0


def test_a_spool_folder_check_writes_no_document(tmp_path: Path):
    ok, _, _ = SpoolFolderPrinter(tmp_path / "spool").self_test()
    assert ok and list((tmp_path / "spool").iterdir()) == []


def test_ten_doctor_runs_print_no_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    from wiring.cli import main

    monkeypatch.chdir(tmp_path)
    spool = tmp_path / "spool"
    site = tmp_path / "site.toml"
    # The card reader simulated and no camera: the doctor's device checks then answer at once instead
    # of giving /dev/ttyS0 and camera 0 three seconds each run; what this test watches is the printer.
    site.write_text(f'[printer]\nbackend = "spool"\nspool_dir = "{spool}"\n'
                    '[idcard]\nsimulated = true\n[camera]\nenabled = false\n')
    for _ in range(10):
        main(["doctor", "--config", str(site)])
    out = capsys.readouterr().out
    assert "nothing printed" in out
    assert list(spool.glob("*.pdf")) == []
