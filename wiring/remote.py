"""Wiring remote configuration: the agent, its jittered schedule, and what "apply" means on a running terminal.

Applied live at the next idle moment: session idle timeouts, branding and site name (what the
technician's settings screen applies too). Settings that rebuild devices or the catalog (printer
choice, region, site profile, services) are kept with the document and take effect at the next start,
which also verifies and applies the stored document before anything else is built.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.config.loader import load_config
from kiosk.config.models import KioskConfig
from kiosk.config.remote import remote_layer
from kiosk.schedule import URGENT_SPREAD_S, PeriodicTask, Schedule
from offline_cache.enrolment import read_enrolment
from offline_cache.remote_config import RemoteConfigAgent, RemoteDocument

log = logging.getLogger(__name__)

STORE_NAME = "remote_config.json"


def builder(config: KioskConfig, site_file: Path | None) -> Callable[[RemoteDocument], KioskConfig]:
    """Validate a document exactly as a local file: the same loader, with the document as one more layer."""

    def build(document: RemoteDocument) -> KioskConfig:
        layer, skipped = remote_layer(document.settings, config.remote.pinned)
        if skipped:
            log.info("remote configuration v%d: pinned by the site file, left out: %s", document.version,
                     ", ".join(skipped))
        site = site_file if site_file is not None and site_file.exists() else None
        return load_config(site, remote=(f"remote configuration v{document.version}", layer))

    return build


def make_agent(
    config: KioskConfig,
    site_file: Path | None,
    client: Any,
    apply: Callable[[KioskConfig, int], None],
    in_session: Callable[[], bool],
) -> RemoteConfigAgent:
    key_file = config.platform.key_file

    def public_key() -> str:
        record = read_enrolment(key_file)
        return (record.config_key if record else "") or config.remote.public_key

    def site() -> str:
        record = read_enrolment(key_file)
        return record.site if record else ""

    return RemoteConfigAgent(
        client=client,
        store=Path(config.terminal.data_dir) / STORE_NAME,
        public_key=public_key,
        terminal_id=config.terminal.id,
        site=site,
        build=builder(config, site_file),
        apply=apply,
        in_session=in_session,
    )


def held_config(config: KioskConfig, site_file: Path | None) -> KioskConfig:
    """At start: the configuration with the stored, verified remote document applied (or as it was)."""
    if not config.remote.enabled:
        return config
    agent = make_agent(config, site_file, None, lambda _c, _v: None, lambda: False)
    held = agent.load_held()
    return held[0] if held else config


def start_remote_config(
    config: KioskConfig,
    site_file: Path | None,
    client: Any,
    apply: Callable[[KioskConfig, int], None],
    in_session: Callable[[], bool],
    stop: threading.Event,
) -> RemoteConfigAgent:
    """The agent, polled on its jittered schedule together with the platform's commands (key rotation)."""
    from wiring.enrolment import EnrolmentDesk

    agent = make_agent(config, site_file, client, apply, in_session)
    agent.load_held()
    desk = EnrolmentDesk(config, client)

    def poll() -> bool:
        config_ok = True
        if config.remote.enabled:
            try:
                config_ok = agent.refresh()
            except Exception as exc:  # link down, 5xx: try again after the backoff
                log.info("remote configuration not fetched: %s", exc)
                config_ok = False
        return desk.follow_commands() and config_ok

    from wiring.composition import start_periodic

    schedule = Schedule(config.remote.refresh_s, urgent_spread_s=URGENT_SPREAD_S)
    start_periodic(PeriodicTask("remote-config", schedule, poll), schedule.first_delay(agent.version > 0), stop)
    return agent
