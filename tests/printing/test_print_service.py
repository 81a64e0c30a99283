"""The core print use case: never 'printed' before the printer says so; keep, reprint, audit."""

from __future__ import annotations

import dataclasses

from drivers.printing import samples
from drivers.printing.spool_printer import SpoolFolderPrinter
from kiosk.clock import ManualClock
from kiosk.ports import PrintState, StorageFull
from kiosk.printing.service import PrintService
from tests.printing.conftest import RecordingOutbox, pdf_text
from ui.words import Words

ZH = Words("zh_CN")  # the citizen's words for a typed outcome, from the catalog


def make(renderer, folder):
    outbox = RecordingOutbox()
    return PrintService(renderer, SpoolFolderPrinter(folder), outbox, ManualClock(), "KS0101"), outbox


def test_the_spool_printer_writes_the_pdf_and_reports_completion(renderer, tmp_path):
    svc, _ = make(renderer, tmp_path / "spool")
    result = svc.print_receipt(samples.sample_receipt())
    assert result.ok
    (written,) = (tmp_path / "spool").glob("*.pdf")
    assert "KS0101-20261123-000042" in pdf_text(written)


def test_a_failed_print_is_kept_and_audited_without_personal_data(renderer, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    svc, outbox = make(renderer, blocker / "spool")
    result = svc.print_certificate(samples.sample_certificate(holder="王小明"))
    assert result.outcome.state is PrintState.FAILED and result.kept_for_reprint
    (item,) = outbox.items
    assert item.kind == "print_audit" and item.key == f"print_audit:{result.print_id}:1"
    payload = item.payload
    assert payload["subject"] == "王**" and payload["reprint"] is False and payload["kind"] == "certificate"
    assert "王小明" not in repr(payload) and "110101199003071234" not in repr(payload)


def test_a_reprint_is_marked_as_such_in_the_audit(renderer, tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("")
    svc, outbox = make(renderer, blocker / "spool")
    first = svc.print_receipt(samples.sample_receipt())
    blocker.unlink()  # the technician fixed the printer
    again = svc.reprint(first.print_id)
    assert again.ok and svc.kept() == []
    assert [(i.payload["attempt"], i.payload["reprint"], i.payload["outcome"]) for i in outbox.items] == [
        (1, False, "failed"), (2, True, "completed")]


def test_a_document_with_an_unprintable_character_is_refused_and_audited(renderer, tmp_path):
    svc, outbox = make(renderer, tmp_path / "spool")
    cert = samples.sample_certificate(holder="王\U000f0001")
    result = svc.print_certificate(cert)
    assert result.outcome.state is PrintState.FAILED
    assert "无法打印的字" in ZH.say(result.outcome.message) and "U+F0001" in result.outcome.technician_message
    assert not list(tmp_path.rglob("*.pdf"))
    assert outbox.items[0].payload["outcome"] == "failed"


def test_an_audit_the_outbox_refuses_is_sent_with_the_next_print(renderer, tmp_path):
    svc, outbox = make(renderer, tmp_path / "spool")
    outbox.refuse = StorageFull("budget reached")
    first = svc.print_receipt(samples.sample_receipt())
    assert first.ok and not first.audit_queued and svc.unsent_audits == 1
    outbox.refuse = None
    second = svc.print_receipt(dataclasses.replace(samples.sample_receipt(), tracking_number="KS0101-X"))
    assert second.audit_queued and svc.unsent_audits == 0
    assert [i.payload["print_id"] for i in outbox.items] == [first.print_id, second.print_id]


def test_forget_all_drops_kept_documents(renderer, tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("")
    svc, _ = make(renderer, blocker / "spool")
    svc.print_receipt(samples.sample_receipt())
    assert len(svc.kept()) == 1
    svc.forget_all()
    assert svc.kept() == []
