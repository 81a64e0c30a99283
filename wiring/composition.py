"""The composition root: builds a terminal from configuration, choosing real or simulated adapters
behind the core's ports. Adapter modules are imported only here and only when chosen, so the rest
of the core stays importable without Qt, pyserial, OpenCV, CUPS or requests."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kiosk.code_intake import CodeIntake
from kiosk.codes import TrustList, make_tracking_number
from kiosk.config.models import KioskConfig
from kiosk.ports import (
    CitizenServices,
    Clock,
    EventSink,
    EventSource,
    OutboxStatus,
    PlatformReads,
    SelfTest,
    TaskRunner,
)
from kiosk.service_view import ServiceView, SwappableServices
from kiosk.session.machine import SessionMachine, Timeouts
from kiosk.terminal import Terminal
from wiring import devices, platform, printing

log = logging.getLogger(__name__)


@dataclass
class Assembly:
    """Everything the composition root built, so the app can start and stop it in order."""

    config: KioskConfig
    terminal: Terminal
    services: ServiceView
    sources: list[EventSource] = field(default_factory=list)
    platform: PlatformReads | None = None
    citizen: CitizenServices | None = None  # appointments, own applications, records (the platform client)
    outbox_status: Callable[[], OutboxStatus] | None = None
    demo_actions: dict[str, Callable[[], None]] = field(default_factory=dict)
    closers: list[Callable[[], None]] = field(default_factory=list)
    self_tests: dict[str, SelfTest] = field(default_factory=dict)  # checks that change nothing (no paper used)
    test_pages: dict[str, SelfTest] = field(default_factory=dict)  # print a test page: technician's button only
    extras: dict[str, Any] = field(default_factory=dict)  # the concrete adapters, for technicians and tests

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


def timeouts_from(config: KioskConfig) -> Timeouts:
    s = config.session
    return Timeouts(
        default_s=s.idle_timeout_s,
        form_s=s.form_idle_timeout_s,
        receipt_s=s.receipt_idle_timeout_s,
        warning_s=s.warning_s,
    )


class TrustHolder:
    """The latest verified trust list; refreshed in the background so a scan never waits on the network."""

    def __init__(self) -> None:
        self._trust = TrustList.empty()
        self._lock = threading.Lock()

    def get(self) -> TrustList:
        with self._lock:
            return self._trust

    def refresh(self, fetch: Callable[[], Any]) -> bool:
        try:
            trust = TrustList.from_json(fetch().value)
        except Exception as exc:
            log.warning("trust list not refreshed: %s", exc)
            return False
        with self._lock:
            self._trust = trust
        return True

    def keep_fresh(self, fetch: Callable[[], Any], stop: threading.Event,
                   every_s: float = 600.0, retry_s: float = 10.0) -> None:
        """Refresh now and then every ``every_s`` (keys are added and codes revoked while the terminal
        runs); retry soon while no list could be had at all (a platform down at start-up)."""
        while not stop.is_set():
            ok = self.refresh(fetch)
            stop.wait(every_s if ok else retry_s)


def load_catalog_until_done(
    services: SwappableServices,
    fetch: Callable[[], Any],
    region_code: str,
    clock: Clock,
    stop: threading.Event,
    retry_s: float = 10.0,
    offered: Sequence[str] = (),
) -> None:
    """Fetch (or read from cache), parse and index the catalog off the UI thread; retry until it works.
    ``offered`` is the site profile's service filter (``ui.services``)."""
    from kiosk.catalog.parse import parse_catalog
    from kiosk.catalog.services import CatalogServices

    while not stop.is_set():
        try:
            view = CatalogServices(parse_catalog(fetch().value), region_code, clock, offered=offered)
        except Exception as exc:
            log.warning("service catalog not loaded (%s: %s); retrying in %.0f s", type(exc).__name__, exc, retry_s)
            stop.wait(retry_s)
            continue
        services.swap(view)
        log.info("service catalog loaded: %d categories", len(view.categories()))
        return


def build(config: KioskConfig, *, clock: Clock, tasks: TaskRunner, demo: bool) -> Assembly:
    closers: list[Callable[[], None]] = []
    extras: dict[str, Any] = {}
    demo_actions: dict[str, Callable[[], None]] = {}

    config, sandbox = platform.start_sandbox_if_asked(config, closers)
    extras["sandbox"] = sandbox
    stack = platform.start_sync(config, clock, lambda _status: None, closers)
    extras["sync"] = stack

    trust = TrustHolder()
    stop_background = threading.Event()
    closers.append(stop_background.set)
    threading.Thread(
        target=trust.keep_fresh, args=(stack.client.trust_list, stop_background), name="trust-refresh", daemon=True
    ).start()

    receipts, documents, receipt_media = printing.build_printing(config, stack.outbox, clock, extras)
    services = SwappableServices()
    # Parsing and indexing the catalog holds the GIL for ~0.5 s: start once the home screen is up.
    loader = threading.Timer(
        printing.STARTUP_QUIET_S,
        load_catalog_until_done,
        args=(services, stack.client.catalog, config.terminal.region_code, clock, stop_background),
        kwargs={"offered": tuple(config.ui.services)},
    )
    loader.daemon = True
    loader.start()

    def new_tracking_number() -> str:
        return make_tracking_number(clock.now().date()).text

    session = SessionMachine(clock, timeouts_from(config))
    terminal = Terminal(
        terminal_id=config.terminal.id,
        clock=clock,
        session=session,
        outbox=stack.outbox,
        tasks=tasks,
        services=services,
        forms=services,
        receipts=receipts,
        documents=documents,
        new_tracking_number=new_tracking_number,
        platform=stack.client,
        code_handler=CodeIntake(trust.get, on_tracking_number=lambda t, n: t.query_progress(n)),
        site_name=config.terminal.site_name,
        receipt_media=receipt_media,
    )
    sources = devices.build_sources(config, clock, demo, demo_actions, closers, extras)
    terminal.page_camera = extras.get("page_camera")
    assembly = Assembly(
        config=config,
        terminal=terminal,
        services=services,
        sources=sources,
        platform=stack.client,
        citizen=stack.client,
        outbox_status=stack.worker.status,  # read live (off the UI thread) by the status bar
        demo_actions=demo_actions,
        closers=closers,
        extras=extras,
    )
    assembly.self_tests.update(devices.self_tests(extras))
    assembly.self_tests.update(platform.self_tests(stack))
    assembly.self_tests.update(printing.self_tests(extras))
    assembly.test_pages.update(printing.test_pages(extras))
    return assembly


def build_for_diagnosis(config: KioskConfig, *, clock: Clock) -> tuple[dict[str, SelfTest], list[Callable[[], None]]]:
    """Devices and printers only, for ``kiosk doctor``: no sandbox, no outbox lock, no sync worker, so it
    can run beside a stopped (or broken) terminal without creating or taking anything of its own."""
    closers: list[Callable[[], None]] = []
    extras: dict[str, Any] = {}
    sources = devices.build_sources(config, clock, False, {}, closers, extras)
    for source in sources:
        source.start(lambda _event: None)
        closers.insert(0, source.stop)
    printing.build_printers(config, extras)
    tests = devices.self_tests(extras, settle_s=3.0)
    tests.update(printing.self_tests(extras))
    return tests, closers
