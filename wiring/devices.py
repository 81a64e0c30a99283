"""Event sources: the ID card reader, the camera with its decoder, the serial scan engine."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from kiosk.config.models import KioskConfig
from kiosk.ports import Clock, EventSource, SelfTest, SelfTestResult

log = logging.getLogger(__name__)

DEMO_CARD_DWELL_S = 2.0  # the demo lifts its card off the reader after this long, as a citizen would
DEMO_NUMBER = "320102199003071239"  # fictional; the sandbox platform holds e-licenses for this number


def _idcard(config: KioskConfig, clock: Clock, demo_actions: dict[str, Callable[[], None]],
            closers: list[Callable[[], None]], extras: dict[str, Any]) -> EventSource:
    from drivers.idcard import DEMO_CARDS, IdCardReader, start_demo_reader
    from drivers.idcard.sim_card import SimCard

    demo_citizen = SimCard.resident(name="王小明", number=DEMO_NUMBER, birth=date(1990, 3, 7), sequence=123,
                                     address="江苏省南京市玄武区中山路100号")

    if config.idcard.simulated:
        simulator, reader = start_demo_reader(clock=clock)
        closers.append(simulator.stop)
        extras["idcard_simulator"] = simulator

        def present(card: str) -> Callable[[], None]:
            def act() -> None:
                simulator.place(DEMO_CARDS.get(card) or demo_citizen)
                threading.Timer(DEMO_CARD_DWELL_S, simulator.remove).start()

            return act

        demo_actions["card"] = present("demo")
        demo_actions["card_expired"] = present("expired")
    else:
        reader = IdCardReader(port=config.idcard.port, baud=config.idcard.baud,
                              poll_interval=config.idcard.poll_ms / 1000,
                              photo_decoder=_photo_decoder(config.idcard.photo_decoder), clock=clock)
    extras["idcard"] = reader
    return reader


def _photo_decoder(spec: str) -> Callable[[bytes], bytes] | None:
    from drivers.idcard.photo import PhotoDecoderError, load_photo_decoder

    try:
        return load_photo_decoder(spec)
    except PhotoDecoderError as exc:
        # Photos are optional: a missing vendor library must not keep citizens from identifying.
        log.error("%s; card photos stay undecoded", exc)
        return None


def _camera(config: KioskConfig, demo_actions: dict[str, Callable[[], None]], extras: dict[str, Any]) -> EventSource:
    from drivers.camera.code_source import CameraCodeSource
    from drivers.camera.latest_frame import LatestFrame
    from drivers.camera.page_capture import PageCapture
    from drivers.camera.sources import FrameSource, OpenCVCamera, SimulatedCamera
    from ui.camera_preview import FEED

    cc = config.camera
    source: FrameSource
    demo_page: Callable[[], None] | None = None
    if cc.simulated_source == "demo":
        from drivers.demo.scene import DemoCameraScene
        from sandbox_platform.issuer import issue_service_code

        scene = DemoCameraScene()
        source = scene

        def show_service_code() -> None:
            scene.show_code(issue_service_code(DEMO_NUMBER, "王小明", gender="1",
                                               now=datetime.now(UTC)))

        demo_actions["service_code"] = show_service_code
        pages = itertools.count(1)

        def lay_a_sheet_on_the_counter() -> None:
            from drivers.document.synthetic import generate

            scene.show_frame(generate(next(pages), max_tilt=15).frame)

        demo_page = lay_a_sheet_on_the_counter
    elif cc.simulated_source:
        source = SimulatedCamera(cc.simulated_source, fps=cc.fps)
    else:
        source = OpenCVCamera(cc.device, cc.width, cc.height, cc.fps)
    camera = CameraCodeSource(source)
    camera.add_frame_listener(FEED.push_frame)
    latest = LatestFrame()
    camera.add_frame_listener(latest)
    extras["camera"] = camera
    extras["page_camera"] = PageCapture(latest, before_capture=demo_page)
    return camera


def build_sources(config: KioskConfig, clock: Clock, demo: bool, demo_actions: dict[str, Callable[[], None]],
                  closers: list[Callable[[], None]], extras: dict[str, Any]) -> list[EventSource]:
    sources: list[EventSource] = []
    if config.idcard.enabled:
        sources.append(_idcard(config, clock, demo_actions, closers, extras))
    if config.camera.enabled:
        sources.append(_camera(config, demo_actions, extras))
    if config.scanner.enabled and config.scanner.port:
        from drivers.scanner.source import SerialScannerSource

        scanner = SerialScannerSource(config.scanner.port, config.scanner.baud)
        extras["scanner"] = scanner
        sources.append(scanner)
    if not demo:
        demo_actions.clear()
    return sources


def self_tests(extras: dict[str, Any], settle_s: float = 0.0) -> dict[str, SelfTest]:
    """``settle_s``: how long a freshly started reader may take to find its port before the test counts."""
    tests: dict[str, SelfTest] = {}
    if "idcard" in extras:
        reader = extras["idcard"]

        def idcard_test() -> SelfTestResult:
            deadline = time.monotonic() + settle_s
            ok, message, details = reader.self_test()
            while not ok and time.monotonic() < deadline:
                time.sleep(0.2)
                ok, message, details = reader.self_test()
            return SelfTestResult("idcard", ok, message, {k: str(v) for k, v in details.items()})

        tests["idcard"] = idcard_test
    if "camera" in extras:
        camera = extras["camera"]

        def camera_test() -> SelfTestResult:
            r = camera.self_test()
            return SelfTestResult("camera", r.ok, r.message, {k: str(v) for k, v in r.details.items()})

        tests["camera"] = camera_test
    if "scanner" in extras:
        scanner = extras["scanner"]

        def scanner_test() -> SelfTestResult:
            connected = scanner.connected.is_set()
            detail = "scanner module connected" if connected else "scanner module not connected"
            return SelfTestResult("scanner", connected, detail, {"port": scanner.port})

        tests["scanner"] = scanner_test
    return tests
