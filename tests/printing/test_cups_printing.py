"""Printing on a real cupsd: the kiosk-pdf queue (cups-pdf) and fault-injection queues (kioskfault)."""

from __future__ import annotations

import re
import subprocess
import threading
import time
from pathlib import Path

import cups
import pytest

from drivers.printing import samples
from drivers.printing.cups_printer import CupsPrinter
from kiosk.clock import SystemClock
from kiosk.ports import PrintState
from kiosk.printing.documents import MEDIA_80MM
from kiosk.printing.service import PrintService
from tests.printing.conftest import RecordingOutbox, cups_pdf_output, job_state, pdf_text
from ui.words import Words

ZH = Words("zh_CN")  # the citizen's words for a typed outcome, from the catalog

pytestmark = [pytest.mark.cups, pytest.mark.slow]


def service(renderer, queue, **kw):
    outbox = RecordingOutbox()
    return PrintService(renderer, CupsPrinter(queue, **kw), outbox, SystemClock(), "KS0101"), outbox


def test_a_certificate_prints_to_the_cups_pdf_queue_and_completes(renderer, cups_ready):
    svc, outbox = service(renderer, "kiosk-pdf")
    result = svc.print_certificate(samples.sample_certificate())
    assert result.ok and ZH.say(result.outcome.message) == "打印完成，请取走您的文件。"
    out = cups_pdf_output(result.outcome.job_id)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", info) and "595 x 842 pts" in info
    assert not result.kept_for_reprint and svc.kept() == []
    assert [i.payload["outcome"] for i in outbox.items] == ["completed"]


def test_an_80mm_receipt_keeps_its_paper_size_through_cups(renderer, cups_ready):
    svc, _ = service(renderer, "kiosk-pdf")
    result = svc.print_receipt(samples.sample_receipt(), MEDIA_80MM)
    assert result.ok
    info = subprocess.run(["pdfinfo", str(cups_pdf_output(result.outcome.job_id))],
                          capture_output=True, text=True, check=True).stdout
    assert "226.77 x" in info  # 80 mm
    assert "KS0101-20261123-000042" in pdf_text(cups_pdf_output(result.outcome.job_id))


def test_a_disabled_queue_is_refused_before_submitting(renderer, make_queue):
    queue = make_queue("kioskfault:/ok")
    subprocess.run(["cupsdisable", "-r", "维护中 maintenance", queue], check=True)
    svc, _ = service(renderer, queue)
    result = svc.print_certificate(samples.sample_certificate())
    assert result.outcome.state is PrintState.FAILED
    assert ZH.say(result.outcome.message).startswith("打印机暂停服务。")
    assert "维护中 maintenance" in result.outcome.technician_message and result.outcome.job_id == ""
    assert result.kept_for_reprint


def test_a_rejecting_queue_is_refused(renderer, make_queue):
    queue = make_queue("kioskfault:/ok")
    subprocess.run(["cupsreject", "-r", "停止受理", queue], check=True)
    result = service(renderer, queue)[0].print_certificate(samples.sample_certificate())
    assert ZH.say(result.outcome.message).startswith("打印机暂停受理打印任务。") and result.kept_for_reprint


def test_a_missing_queue_is_named_for_the_technician(renderer, cups_ready):
    result = service(renderer, "kiosk-no-such-queue")[0].print_certificate(samples.sample_certificate())
    assert result.outcome.state is PrintState.FAILED and "no such CUPS queue" in result.outcome.technician_message


@pytest.mark.parametrize(
    ("mode", "citizen_start", "tech_part"),
    [
        ("media-empty", "打印机缺纸。", "media-empty"),
        ("door-open", "打印机舱门未关好。", "door-open"),
        ("jam-stop", "打印机卡纸。", "media-jam"),
        ("offline-fail", "打印机未连接。", "offline"),
        ("cancel", "打印失败。", "Job rejected by printer"),
    ],
)
def test_a_printer_fault_is_classified_cancelled_and_keeps_the_document(
        renderer, make_queue, mode, citizen_start, tech_part):
    # How fast the fault is told is a benchmark figure (benchmarks/fault_reaction.py), not asserted here.
    queue = make_queue(f"kioskfault:/{mode}")
    svc, outbox = service(renderer, queue)
    result = svc.print_certificate(samples.sample_certificate())
    assert result.outcome.state is PrintState.FAILED
    assert ZH.say(result.outcome.message).startswith(citizen_start)
    assert "文件已保存" in ZH.say(result.outcome.message)
    assert tech_part in result.outcome.technician_message
    assert result.kept_for_reprint and svc.kept()[0].print_id == result.print_id
    assert job_state(result.outcome.job_id) in (cups.IPP_JOB_CANCELED, cups.IPP_JOB_ABORTED)
    assert outbox.items[0].payload["outcome"] == "failed"


def test_exit_code_five_from_the_driver_is_reported_as_a_failed_print(renderer, make_queue):
    # CUPS marks the job canceled (7), not aborted: the citizen must still not hear "printed".
    queue = make_queue("kioskfault:/cancel")
    result = service(renderer, queue)[0].print_certificate(samples.sample_certificate())
    assert job_state(result.outcome.job_id) == cups.IPP_JOB_CANCELED
    assert not result.ok


def test_an_unreachable_device_is_reported_stuck_and_its_job_cancelled(renderer, make_queue):
    queue = make_queue("socket://127.0.0.1:9")
    svc, _ = service(renderer, queue)
    result = svc.print_certificate(samples.sample_certificate())
    assert result.outcome.state is PrintState.STUCK
    assert ZH.say(result.outcome.message).startswith("打印机没有响应。")
    assert "job cancelled by the terminal" in result.outcome.technician_message
    assert job_state(result.outcome.job_id) == cups.IPP_JOB_CANCELED
    assert result.kept_for_reprint


def test_a_job_cancelled_half_way_is_reported_as_cancelled(renderer, make_queue):
    queue = make_queue("kioskfault:/slow")
    svc, _ = service(renderer, queue, deadline_s=20)

    def cancel_when_printing() -> None:
        conn = cups.Connection()
        for _ in range(100):
            attrs = {jid: conn.getJobAttributes(jid) for jid in conn.getJobs(which_jobs="not-completed")}
            mine = [jid for jid, a in attrs.items() if a["job-printer-uri"].endswith(queue) and a["job-state"] == 5]
            if mine:
                time.sleep(0.3)
                conn.cancelJob(mine[0])
                return
            time.sleep(0.05)

    canceller = threading.Thread(target=cancel_when_printing)
    canceller.start()
    result = svc.print_certificate(samples.sample_certificate())
    canceller.join()
    assert result.outcome.state is PrintState.FAILED
    assert ZH.say(result.outcome.message).startswith("打印已取消。")
    assert result.kept_for_reprint


def test_a_document_kept_after_a_fault_is_reprinted_once_the_printer_is_back(renderer, make_queue):
    queue = make_queue("cups-pdf:/kiosk-pdf")
    subprocess.run(["cupsdisable", "-r", "换纸", queue], check=True)
    svc, outbox = service(renderer, queue)
    first = svc.print_certificate(samples.sample_certificate())
    subprocess.run(["cupsenable", queue], check=True)
    assert not first.ok and first.kept_for_reprint
    again = svc.reprint(first.print_id)
    assert again.ok and again.print_id == first.print_id
    assert cups_pdf_output(again.outcome.job_id).stat().st_size > 0
    assert svc.kept() == []
    audits = [i.payload for i in outbox.items]
    assert [(a["attempt"], a["reprint"], a["outcome"]) for a in audits] == [
        (1, False, "failed"), (2, True, "completed")]


def test_a_test_page_on_a_jammed_printer_reports_the_reason(make_queue):
    queue = make_queue("kioskfault:/jam-stop")
    ok, message, details = CupsPrinter(queue).print_test_page()
    assert not ok and "paper jam" in message
    assert "media-jam-error" in details["state_reasons"]


def test_the_setup_script_is_idempotent_when_all_is_in_place(cups_ready):
    script = Path(__file__).resolve().parents[2] / "scripts" / "setup_cups.sh"
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "created queue" not in done.stderr + done.stdout  # nothing was set up twice
    assert "kiosk-pdf" in subprocess.run(["lpstat", "-p", "kiosk-pdf"], capture_output=True, text=True).stdout
