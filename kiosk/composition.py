"""The composition root: builds a terminal from configuration, choosing real, simulated or demo
adapters behind the core's ports. Adapter modules are imported only when chosen, so the core stays
importable without Qt, pyserial, OpenCV, CUPS or requests."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.codes.tracking import make_tracking_number
from kiosk.config.models import KioskConfig
from kiosk.ports import Clock, EventSink, EventSource, Outbox, OutboxStatus, PlatformReads, SelfTest, TaskRunner
from kiosk.service_view import ServiceView, StarterServices
from kiosk.session.machine import SessionMachine, Timeouts
from kiosk.terminal import ReceiptPrinter, Terminal

log = logging.getLogger(__name__)


@dataclass
class Assembly:
    """Everything the composition root built, so the app can start and stop it in order."""

    config: KioskConfig
    terminal: Terminal
    services: ServiceView
    sources: list[EventSource] = field(default_factory=list)
    platform: PlatformReads | None = None
    outbox_status: Callable[[], OutboxStatus] | None = None
    demo_present_card: Callable[[], None] | None = None
    closers: list[Callable[[], None]] = field(default_factory=list)
    self_tests: dict[str, SelfTest] = field(default_factory=dict)

    def start_sources(self, sink: EventSink) -> None:
        for source in self.sources:
            source.start(sink)

    def close(self) -> None:
        for source in self.sources:
            try:
                source.stop()
            except Exception:
                log.exception("stopping %s failed", source.name)
        for closer in reversed(self.closers):
            try:
                closer()
            except Exception:
                log.exception("closing failed")


def data_path(config: KioskConfig, path: str) -> Path:
    """Relative paths in the config live under the terminal's data directory's parent (the install)."""
    p = Path(path)
    return p if p.is_absolute() else Path.cwd() / p


def timeouts_from(config: KioskConfig) -> Timeouts:
    s = config.session
    return Timeouts(
        default_s=s.idle_timeout_s,
        form_s=s.form_idle_timeout_s,
        receipt_s=s.receipt_idle_timeout_s,
        warning_s=s.warning_s,
    )


def build(config: KioskConfig, *, clock: Clock, tasks: TaskRunner, demo: bool) -> Assembly:
    from drivers.demo.stand_ins import DemoCardReader, DemoOutbox, DemoReceiptPrinter

    services: ServiceView = StarterServices()
    outbox: Outbox = DemoOutbox()
    receipt_printer: ReceiptPrinter = DemoReceiptPrinter(data_path(config, config.printer.spool_dir))
    reader = DemoCardReader()
    session = SessionMachine(clock, timeouts_from(config))

    def new_tracking_number() -> str:
        return make_tracking_number(config.terminal.id, clock.now().date()).text

    terminal = Terminal(
        terminal_id=config.terminal.id,
        clock=clock,
        session=session,
        outbox=outbox,
        tasks=tasks,
        services=services,
        forms=services,
        receipt_printer=receipt_printer,
        new_tracking_number=new_tracking_number,
    )
    assembly = Assembly(config=config, terminal=terminal, services=services, outbox_status=outbox.status)
    assembly.sources.append(reader)
    if demo:
        assembly.demo_present_card = reader.present_card
    return assembly


def describe(assembly: Assembly) -> dict[str, Any]:
    return {
        "terminal": assembly.config.terminal.id,
        "sources": [s.name for s in assembly.sources],
    }
