"""The terminal's health in the Prometheus text format, served on localhost for an on-box agent.

Everything is read at scrape time from what the terminal already keeps (outbox status, device
health, catalog label, enrolment), except the counters of sessions and prints, which are counted
as they happen. Label values come only from fixed sets (outcome, device name, paper state) or from
version strings: nothing a citizen typed or carried can become a label.

Alert-worthy conditions (oldest queued item older than ``metrics.alert_queue_age_s``, a device lost,
paper out) are also listed by ``alerts()``; the app sends a heartbeat at once when a new one appears,
so the platform hears of it without waiting for the next beat.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry, Counter
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily
from prometheus_client.registry import Collector

from kiosk.ports import OutboxStatus, PrintOutcome, PrintState
from kiosk.session.machine import SessionMachine
from kiosk.session.states import State

log = logging.getLogger(__name__)

SESSION_OUTCOMES = ("done", "cancelled", "timeout", "left", "technician")
PAPER_STATES = ("ok", "low", "out", "unknown")


def session_outcome(reason: str) -> str:
    return reason if reason in SESSION_OUTCOMES else "other"


def paper_state(outcome: PrintOutcome) -> str:
    """What the printer said about paper, read from its technician message (CUPS reasons, ESC/POS status)."""
    text = outcome.technician_message.lower()
    if any(word in text for word in ("media-empty", "paper out", "paper-out", "no paper", "缺纸")):
        return "out"
    if any(word in text for word in ("media-low", "near end", "near-end", "paper low", "纸将尽")):
        return "low"
    return "ok" if outcome.state is PrintState.COMPLETED else "unknown"


@dataclass(frozen=True)
class Alert:
    kind: str  # "queue_stale", "device_lost", "paper_out"
    subject: str  # a device name, or "outbox"

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "subject": self.subject}


class TerminalMetrics(Collector):
    def __init__(
        self,
        *,
        outbox_status: Callable[[], OutboxStatus],
        device_health: Callable[[], Mapping[str, Mapping[str, Any]]],
        catalog_label: Callable[[], str],
        config_version: Callable[[], str] = lambda: "",
        enrolled: Callable[[], bool] = lambda: True,
        alert_queue_age_s: float = 3600.0,
        outbox_counts: Callable[[], Mapping[tuple[str, str], int]] | None = None,
    ) -> None:
        self._outbox_status = outbox_status
        self.device_health = device_health  # the app replaces it with self-test results + lost devices
        self._catalog_label = catalog_label
        self._config_version = config_version
        self._enrolled = enrolled
        self._outbox_counts = outbox_counts
        self._alert_queue_age_s = alert_queue_age_s
        self._started = time.monotonic()
        self.port = 0  # where the scrape endpoint listens, once ``serve`` started it
        self._paper: dict[str, str] = {}  # printer name -> last paper state seen
        self._alerted: set[Alert] = set()
        self._lock = threading.Lock()
        self.registry = CollectorRegistry(auto_describe=True)
        self.sessions_started = Counter(
            "kiosk_sessions_started", "Citizen sessions started", registry=self.registry
        )
        self.sessions_finished = Counter(
            "kiosk_sessions_finished", "Citizen sessions finished, by how they ended", ["outcome"],
            registry=self.registry,
        )
        self.prints = Counter(
            "kiosk_prints", "Documents sent to a printer, by outcome and paper state", ["printer", "outcome", "paper"],
            registry=self.registry,
        )
        for outcome in (*SESSION_OUTCOMES, "other"):
            self.sessions_finished.labels(outcome)
        self.registry.register(self)

    # --- counting as it happens -------------------------------------------------------------

    def watch_session(self, session: SessionMachine) -> None:
        previous = [session.state]

        def changed(machine: SessionMachine) -> None:
            was, now = previous[0], machine.state
            previous[0] = now
            if was is State.IDLE and now is not State.IDLE:
                self.sessions_started.inc()
            elif was is not State.IDLE and now is State.IDLE:
                self.sessions_finished.labels(session_outcome(getattr(machine, "last_end_reason", ""))).inc()

        session.subscribe(changed)

    def printed(self, printer: str, outcome: PrintOutcome) -> None:
        paper = paper_state(outcome)
        with self._lock:
            self._paper[printer] = paper
        self.prints.labels(printer, outcome.state.value, paper).inc()

    # --- read at scrape time ----------------------------------------------------------------

    def collect(self) -> Iterator[Any]:
        status = self._outbox_status()
        yield _gauge("kiosk_uptime_seconds", "Seconds since the terminal started", time.monotonic() - self._started)
        yield _gauge("kiosk_outbox_pending_items", "Items (filings, audits, heartbeats) waiting to be delivered",
                     status.pending)
        yield _gauge("kiosk_outbox_dead_items", "Items the platform refused for good (technician care)", status.dead)
        yield _gauge("kiosk_outbox_oldest_pending_age_seconds", "Age of the oldest item waiting; 0 when none",
                     status.oldest_pending_age_s or 0.0)
        if self._outbox_counts is not None:
            # Filings (application, attachment), ratings, print audits, heartbeats: queued → delivered or dead.
            items = GaugeMetricFamily("kiosk_outbox_items", "Outbox items by kind and state, delivered ones included",
                                      labels=["kind", "state"])
            for (kind, state), count in sorted(self._outbox_counts().items()):
                items.add_metric([kind, state], float(count))
            yield items
        yield _gauge("kiosk_platform_reachable", "1 when the platform answered the last attempt",
                     float(status.platform_reachable))
        yield _gauge("kiosk_enrolled", "1 when this terminal holds a key the platform knows", float(self._enrolled()))
        devices = GaugeMetricFamily("kiosk_device_up", "1 when the device's last check passed", labels=["device"])
        for name, health in sorted(self.device_health().items()):
            devices.add_metric([name], float(bool(health.get("ok"))))
        yield devices
        with self._lock:
            paper = dict(self._paper)
        paper_gauge = GaugeMetricFamily("kiosk_printer_paper", "Last paper state seen per printer (1 = current)",
                                        labels=["printer", "paper"])
        for printer, state in sorted(paper.items()):
            for candidate in PAPER_STATES:
                paper_gauge.add_metric([printer, candidate], float(candidate == state))
        yield paper_gauge
        versions = InfoMetricFamily("kiosk_versions", "Catalog and configuration in use")
        versions.add_metric([], {"catalog": self._catalog_label(), "config": self._config_version()})
        yield versions

    def alerts(self) -> list[Alert]:
        out: list[Alert] = []
        status = self._outbox_status()
        if (status.oldest_pending_age_s or 0.0) > self._alert_queue_age_s:
            out.append(Alert("queue_stale", "outbox"))
        for name, health in sorted(self.device_health().items()):
            if not health.get("ok"):
                out.append(Alert("device_lost", name))
        with self._lock:
            out += [Alert("paper_out", printer) for printer, state in sorted(self._paper.items()) if state == "out"]
        return out

    def new_alerts(self) -> list[Alert]:
        """Alerts that were not there at the previous call (the app sends a heartbeat for them)."""
        current = self.alerts()
        with self._lock:
            fresh = [a for a in current if a not in self._alerted]
            self._alerted = set(current)
        return fresh


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


class CountingPrinter:
    """A printer that tells the metrics each outcome; everything else passes through."""

    def __init__(self, printer: Any, on_outcome: Callable[[str, PrintOutcome], None]) -> None:
        self._printer = printer
        self._on_outcome = on_outcome
        self.name = printer.name

    def print_document(self, document: Any) -> PrintOutcome:
        outcome: PrintOutcome = self._printer.print_document(document)
        try:
            self._on_outcome(self.name, outcome)
        except Exception:
            log.exception("counting a print failed")
        return outcome

    def __getattr__(self, name: str) -> Any:
        return getattr(self._printer, name)


def serve(metrics: TerminalMetrics, host: str, port: int) -> tuple[Any, int]:
    """Start the scrape endpoint; returns (server, port). Port 0 picks a free one (tests)."""
    from prometheus_client import start_http_server

    server, _thread = start_http_server(port, addr=host, registry=metrics.registry)
    bound = int(server.server_port)
    log.info("metrics on http://%s:%d/metrics", host, bound)
    return server, bound


def alert_payload(alerts: Iterable[Alert]) -> list[dict[str, str]]:
    return [a.as_dict() for a in alerts]
