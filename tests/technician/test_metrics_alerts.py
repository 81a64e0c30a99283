"""Alert-worthy conditions (stale queue, lost device, paper out) and the print counters."""

from __future__ import annotations

from prometheus_client import generate_latest

from kiosk.messages import PrintProblem
from kiosk.ports import OutboxStatus, PrintOutcome, PrintState
from wiring.metrics import Alert, TerminalMetrics


def _metrics(status: OutboxStatus, health: dict[str, dict[str, bool]]) -> TerminalMetrics:
    return TerminalMetrics(
        outbox_status=lambda: status, device_health=lambda: health, catalog_label=lambda: "v1@3",
        alert_queue_age_s=600,
    )


def test_a_queue_older_than_the_limit_and_a_lost_device_raise_alerts_once():
    health = {"idcard": {"ok": False}, "camera": {"ok": True}}
    metrics = _metrics(OutboxStatus(pending=3, oldest_pending_age_s=601), health)
    assert metrics.new_alerts() == [Alert("queue_stale", "outbox"), Alert("device_lost", "idcard")]
    assert metrics.new_alerts() == []  # already told
    assert metrics.alerts() == [Alert("queue_stale", "outbox"), Alert("device_lost", "idcard")]


def test_paper_out_is_counted_by_printer_outcome_and_paper_and_raises_an_alert():
    metrics = _metrics(OutboxStatus(), {})
    metrics.printed("printer", PrintOutcome(PrintState.COMPLETED, None))
    paper_out = PrintOutcome(PrintState.FAILED, PrintProblem.MEDIA_EMPTY, "queue kiosk-pdf paused: media-empty")
    metrics.printed("printer", paper_out)
    text = generate_latest(metrics.registry).decode()
    assert 'kiosk_prints_total{outcome="completed",paper="ok",printer="printer"} 1.0' in text
    assert 'kiosk_prints_total{outcome="failed",paper="out",printer="printer"} 1.0' in text
    assert 'kiosk_printer_paper{paper="out",printer="printer"} 1.0' in text
    assert metrics.new_alerts() == [Alert("paper_out", "printer")]
    metrics.printed("printer", PrintOutcome(PrintState.COMPLETED, None))
    assert metrics.alerts() == []



def test_outbox_items_are_counted_by_kind_and_state():
    counts = {("application", "delivered"): 3, ("application", "pending"): 1, ("rating", "dead"): 1}
    metrics = TerminalMetrics(
        outbox_status=OutboxStatus, device_health=dict, catalog_label=lambda: "", outbox_counts=lambda: counts
    )
    text = generate_latest(metrics.registry).decode()
    assert 'kiosk_outbox_items{kind="application",state="delivered"} 3.0' in text
    assert 'kiosk_outbox_items{kind="rating",state="dead"} 1.0' in text
