"""The metrics endpoint scraped while a citizen is in a session: names, values, no personal data."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, open_form_of
from tests.ui.harness import type_into

pytestmark = pytest.mark.slow

SECRETS = ("王小明", "320102199003071239", "13812345678")
# Fragments (region prefix, birth year) are looked for in label values only: a sample value such as
# 6.072932017 seconds may hold any run of digits without carrying anyone's data.
FRAGMENTS = ("3201", "1990")


def _scrape(app: Any) -> tuple[str, dict[str, dict[tuple[tuple[str, str], ...], float]]]:
    port = app.assembly.extras["metrics"].port
    text = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    samples: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples.setdefault(sample.name, {})[tuple(sorted(sample.labels.items()))] = sample.value
    return text, samples


def test_metrics_scraped_during_a_session_count_it_and_carry_no_personal_data(qtbot: QtBot, demo_app: Any) -> None:
    app = demo_app
    assert app.assembly.config.metrics.host == "127.0.0.1"
    _, before = _scrape(app)
    assert before["kiosk_sessions_started_total"][()] == 0
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    type_into(qtbot, app.window, "field_phone", "13812345678")

    text, during = _scrape(app)
    assert during["kiosk_sessions_started_total"][()] == 1
    assert during["kiosk_sessions_finished_total"][(("outcome", "cancelled"),)] == 0
    assert during["kiosk_uptime_seconds"][()] > 0
    assert during["kiosk_enrolled"][()] == 1
    assert "kiosk_outbox_items" in text
    for name in ("kiosk_outbox_pending_items", "kiosk_outbox_dead_items", "kiosk_outbox_oldest_pending_age_seconds",
                 "kiosk_platform_reachable"):
        assert name in during
    catalog = next(labels for labels in during["kiosk_versions_info"])
    assert dict(catalog)["catalog"].startswith("2026")
    # Label values come from fixed sets or versions; nothing of the citizen's appears anywhere.
    for secret in SECRETS:
        assert secret not in text
    label_values = {value for series in during.values() for labels in series for _, value in labels}
    allowed = {"application", "attachment", "rating", "print_audit", "heartbeat", "pending", "inflight",
               "delivered", "dead", "done", "cancelled", "timeout", "left", "technician", "other", "ok", "low",
               "out", "unknown", "completed", "failed", "stuck", ""}
    devices = set(app.assembly.self_tests) | {"printer", "receipt_printer", "idcard", "camera", "scanner"}
    versions = {dict(catalog)["catalog"], dict(catalog)["config"]}  # config "0": local files only
    assert label_values <= allowed | devices | versions, label_values - allowed - devices - versions
    assert not [v for v in label_values - versions for fragment in FRAGMENTS if fragment in v]

    app.vm.cancel()  # the form has no exit button of its own; the header's exit calls this
    qtbot.waitUntil(lambda: app.vm.screen == "idle", timeout=5000)
    _, after = _scrape(app)
    assert after["kiosk_sessions_finished_total"][(("outcome", "cancelled"),)] == 1
