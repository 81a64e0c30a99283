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
from kiosk.schedule import URGENT_SPREAD_S, PeriodicTask, Schedule, platform_schedules
from kiosk.service_view import ServiceView, SwappableServices
from kiosk.session.machine import SessionMachine, Timeouts
from kiosk.session.prefs import Preferences
from kiosk.session.states import State
from kiosk.terminal import Terminal
from ui.words import Words
from wiring import devices, memory, platform, printing
from wiring.long_lived import building_long_lived, freeze_start_up
from wiring.metrics import CountingPrinter, TerminalMetrics, alert_payload, serve

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


def prefs_from(config: KioskConfig) -> Preferences:
    """The site's defaults, which every wipe restores."""
    return Preferences(language=config.terminal.language, elder_mode=config.ui.elder_mode,
                       volume=config.ui.speech_volume)


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
        self.loaded = False

    def get(self) -> TrustList:
        with self._lock:
            return self._trust

    def take(self, raw: Any) -> bool:
        try:
            trust = TrustList.from_json(raw)
        except Exception as exc:
            log.warning("trust list not taken: %s", exc)
            return False
        with self._lock:
            self._trust = trust
            self.loaded = True
        return True

    def refresh(self, fetch: Callable[[], Any]) -> bool:
        try:
            fetched = fetch()
        except Exception as exc:
            log.warning("trust list not refreshed: %s", exc)
            return False
        # Keys are added and codes revoked while the terminal runs: a list only from cache is a failure.
        return self.take(fetched.value) and not getattr(fetched, "from_cache", False)


class CatalogRefresher:
    """Keeps the terminal's catalog current: the cached copy at start, then the feed's conditional,
    incremental refreshes; each new catalog is parsed and indexed here (off the UI thread) and
    offered to the screens, which take it between sessions."""

    def __init__(
        self, services: SwappableServices, feed: Any, region_code: str, clock: Clock, offered: Sequence[str] = ()
    ) -> None:
        self._services = services
        self._feed = feed
        self._region = region_code
        self._clock = clock
        self._offered = tuple(offered)  # the site profile's service filter (ui.services)
        self.last_outcome = ""
        self.started = 0  # refreshes begun, so a test can tell which one brought a change
        self.deferred = 0  # refreshes put off because a citizen was being served

    def _offer(self, raw: Any) -> None:
        from kiosk.catalog.parse import parse_catalog
        from kiosk.catalog.services import CatalogServices

        view = CatalogServices(parse_catalog(raw), self._region, self._clock, offered=self._offered)
        label = f"{raw.get('version', '')}@{raw.get('revision', '')}"
        now = self._services.offer(view, label)
        log.info("service catalog %s %s: %d categories", label, "in use" if now else "waits for the session to end",
                 len(view.categories()))

    def _idle(self) -> bool:
        return not self._services.in_session()

    def load_held(self) -> bool:
        with building_long_lived(self._idle) as build:
            try:
                # Read here, on the refresh thread (a province catalog is ~0.3 s of the interpreter).
                held = self._feed.held()
                if held is None:
                    build.kept = False
                    return False
                self._offer(held)
            except Exception as exc:
                build.kept = False
                log.warning("cached service catalog not usable (%s: %s)", type(exc).__name__, exc)
                return False
            return True

    def refresh(self) -> bool:
        if self._services.loaded and not self._idle():
            # Refreshed at idle only: a catalog built mid-session cannot be frozen (wiring/long_lived.py),
            # so the collector would walk it again, and it would wait for the wipe anyway. False: the
            # schedule asks again soon (its failure backoff, from 10 s).
            self.deferred += 1
            return False
        self.started += 1
        with building_long_lived(self._idle) as build:
            try:
                update = self._feed.refresh()
            except Exception as exc:
                build.kept = False
                log.warning("service catalog not refreshed (%s: %s)", type(exc).__name__, exc)
                return False
            self.last_outcome = update.outcome
            build.kept = update.outcome != "unchanged" or not self._services.loaded
            if build.kept:
                self._offer(update.catalog)
            return True


def load_catalog_until_done(
    services: SwappableServices,
    fetch: Callable[[], Any],
    region_code: str,
    clock: Clock,
    stop: threading.Event,
    retry_s: float = 10.0,
    offered: Sequence[str] = (),
) -> None:
    """Fetch (or read from cache), parse, index and swap in the whole catalog now; retry until it works.
    The running terminal uses ``start_catalog``; benchmarks/responsiveness.py forces a reload with this.
    ``offered`` is the site profile's service filter (``ui.services``)."""
    from kiosk.catalog.parse import parse_catalog
    from kiosk.catalog.services import CatalogServices

    while not stop.is_set():
        try:
            with building_long_lived():
                view = CatalogServices(parse_catalog(fetch().value), region_code, clock, offered=offered)
        except Exception as exc:
            log.warning("service catalog not loaded (%s: %s); retrying in %.0f s", type(exc).__name__, exc, retry_s)
            stop.wait(retry_s)
            continue
        services.swap(view)
        log.info("service catalog loaded: %d categories", len(view.categories()))
        return


def run_periodic(task: PeriodicTask, first_delay_s: float, stop: threading.Event) -> None:
    """The thread body of every periodic platform call: wait, step, wait what the step says."""
    if stop.wait(first_delay_s):
        return
    while not stop.is_set():
        if stop.wait(task.step()):
            return


def start_periodic(task: PeriodicTask, first_delay_s: float, stop: threading.Event) -> threading.Thread:
    thread = threading.Thread(target=run_periodic, args=(task, first_delay_s, stop), name=task.name, daemon=True)
    thread.start()
    return thread


def start_catalog(
    config: KioskConfig,
    services: SwappableServices,
    stack: Any,
    clock: Clock,
    stop: threading.Event,
    schedule: Schedule | None = None,
) -> CatalogRefresher:
    from offline_cache.catalog_feed import CatalogFeed

    freeze_start_up()  # on the thread that builds the terminal, before any window shows
    region = config.terminal.region_code
    feed = CatalogFeed(stack.client, stack.cache, region)
    refresher = CatalogRefresher(services, feed, region, clock, config.ui.services)
    schedule = schedule or Schedule(config.platform.catalog_refresh_s, urgent_spread_s=URGENT_SPREAD_S)

    def begin() -> None:
        # Parsing and indexing the catalog takes ~0.5 s of the interpreter: start once the home screen is up.
        if stop.is_set():
            return  # the terminal stopped before the home screen's quiet time was over
        have = refresher.load_held()
        run_periodic(PeriodicTask("catalog-refresh", schedule, refresher.refresh), schedule.first_delay(have), stop)

    starter = threading.Timer(printing.STARTUP_QUIET_S, begin)
    starter.name, starter.daemon = "catalog-refresh", True
    starter.start()
    return refresher


def start_metrics(
    config: KioskConfig,
    stack: Any,
    services: SwappableServices,
    closers: list[Callable[[], None]],
    extras: dict[str, Any],
) -> TerminalMetrics:
    metrics = TerminalMetrics(
        outbox_status=stack.worker.status,
        device_health=dict,
        catalog_label=lambda: services.label,
        config_version=lambda: str(extras.get("config_version", 0)),
        enrolled=lambda: stack.client.enrolled,
        alert_queue_age_s=config.metrics.alert_queue_age_s,
        outbox_counts=stack.outbox.counts,
    )
    if config.metrics.enabled:
        try:
            server, metrics.port = serve(metrics, config.metrics.host, config.metrics.port)
        except OSError as exc:
            # Monitoring must never keep a terminal from serving citizens.
            log.error("metrics endpoint %s:%d not started: %s", config.metrics.host, config.metrics.port, exc)
        else:
            closers.append(server.shutdown)
    return metrics


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
    have_trust = trust.take(stack.client.cached("trust_list")) if stack.client.cached("trust_list") else False
    schedules = platform_schedules(
        catalog_s=config.platform.catalog_refresh_s,
        trust_list_s=config.platform.trust_list_refresh_s,
        heartbeat_s=config.platform.heartbeat_interval_s,
    )
    extras["heartbeat_schedule"] = schedules["heartbeat"]
    start_periodic(
        PeriodicTask("trust-refresh", schedules["trust_list"], lambda: trust.refresh(stack.client.trust_list)),
        schedules["trust_list"].first_delay(have_trust),
        stop_background,
    )

    services = SwappableServices()
    metrics = start_metrics(config, stack, services, closers, extras)
    extras["metrics"] = metrics
    receipts, documents, receipt_media = printing.build_printing(
        config, stack.outbox, clock, extras, wrap=lambda printer: CountingPrinter(printer, metrics.printed)
    )
    extras["catalog"] = start_catalog(config, services, stack, clock, stop_background, schedules["catalog"])
    extras["heartbeat_extra"] = lambda: {
        "catalog_version": services.label,
        "key_id": stack.client.key_id,
        "config_version": extras.get("config_version", 0),
        "alerts": alert_payload(metrics.alerts()),
    }

    def new_tracking_number() -> str:
        return make_tracking_number(clock.now().date()).text

    session = SessionMachine(clock, timeouts_from(config), prefs_from(config))
    # A refreshed catalog waits for the citizen to finish; the wipe is the moment between sessions.
    services.in_session = lambda: session.state is not State.IDLE
    session.on_wipe(services.between_sessions)
    session.on_wipe(printing.forget_measured_texts)  # the last citizens' receipt codes and names leave the font caches
    # What the session freed goes back to the system, off the UI thread (wiring/memory.py).
    session.on_wipe(lambda: tasks.run(memory.release_free_memory, lambda _released: None))
    metrics.watch_session(session)
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
    terminal.printed_words = Words("zh_CN").render  # printed documents are Chinese, in the catalog's words
    sources = devices.build_sources(config, clock, demo, demo_actions, closers, extras)
    # Until the app supplies self-test results, a device is down when the terminal saw it lost.
    metrics.device_health = lambda: {device: {"ok": False} for device in terminal.health.lost}
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
