"""The shape of the terminal's configuration and what each value may be."""

from __future__ import annotations

import ipaddress
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TerminalConfig(Section):
    id: str = Field(default="DEMO-0001", pattern=r"^[A-Z0-9][A-Z0-9-]{2,31}$")
    site_profile: Literal["service_hall", "bank_branch"] = "service_hall"
    site_name: str = Field(default="政务服务中心", min_length=1, max_length=40)
    region_code: str = Field(default="310101", pattern=r"^\d{6}$")
    language: Literal["zh_CN", "en_US"] = "zh_CN"
    data_dir: str = "var"


class SessionConfig(Section):
    idle_timeout_s: float = Field(default=90, ge=15, le=3600)
    form_idle_timeout_s: float = Field(default=180, ge=30, le=3600)
    receipt_idle_timeout_s: float = Field(default=60, ge=15, le=3600)
    warning_s: float = Field(default=20, ge=5, le=120)


HomeAction = Literal["apply", "progress", "certificates", "records", "appointment"]
DEFAULT_HOME_ACTIONS: tuple[HomeAction, ...] = ("apply", "progress", "certificates")


class UiConfig(Section):
    fullscreen: bool = True
    width: int = Field(default=1080, ge=480, le=4096)
    height: int = Field(default=1920, ge=480, le=4096)
    services: list[str] = Field(default_factory=list)  # category ids or names, or item codes offered; empty = all
    # The home screen's buttons, in order: 办理业务, 办件进度, 证照打印, 查询打印 (records), 预约 (appointment)
    home_actions: list[HomeAction] = Field(default_factory=lambda: list(DEFAULT_HOME_ACTIONS), min_length=1)
    brand_color: str = Field(default="#c0262d", pattern=r"^#[0-9a-fA-F]{6}$")
    # "semantic": the access bar's buttons keep their own colours (长辈版 brown, language blue, voice
    # green); "brand": every button in brand_color (a bank branch in its house colour). Words and
    # signs, never colour alone, tell the buttons apart either way.
    button_colors: Literal["semantic", "brand"] = "semantic"
    brand_name: str = Field(default="一网通办", min_length=1, max_length=20)
    elder_mode: bool = False  # start every session in 长辈版 (large print, doubled timeouts, speech on)
    # Spoken guidance starts on in every mode: a citizen who cannot read the screen cannot find the
    # button that would turn it on. The prompts are short, fixed and never personal; each citizen can
    # mute them or change the volume from every screen, and a site may set ``speech = false`` for
    # standard mode (长辈版 always starts with it on). 0.7 is the middle step of the access bar's
    # volume button (40 → 70 → 100 %).
    speech: bool = True
    speech_volume: float = Field(default=0.7, ge=0.0, le=1.0)


class PlatformConfig(Section):
    url: HttpUrl = HttpUrl("http://127.0.0.1:8470")
    key_file: str = "var/terminal.key"
    ca_bundle: str = ""  # empty: the system's trust store
    connect_timeout_s: float = Field(default=3, gt=0, le=60)
    read_timeout_s: float = Field(default=10, gt=0, le=120)
    sync_interval_s: float = Field(default=5, ge=1, le=3600)
    # While the platform is down the sync worker probes it after a fully jittered delay in
    # [0, min(cap, 0.5 s·2^n)], so once capped a terminal probes every cap/2 on average. Fleet of
    # 7,000: cap 5 s → 7,000 / 2.5 s = 2,800 probes/s at a platform that is down; cap 60 s →
    # 7,000 / 30 s ≈ 233/s. A healed platform is noticed at the next probe: with delays U(0, cap)
    # that is cap/3 on average (20 s), under a minute always (benchmarks/fleet.py prints both) —
    # prompt enough for a background queue, and a technician's 立即同步 (force_sync) probes at once.
    probe_cap_s: float = Field(default=60, ge=5, le=600)
    # Power restored to a hall (or a fleet-wide update) starts every sync worker in the same second;
    # each waits U(0, start_spread_s) before its first contact. 7,000 terminals: spread 0 → 7,000
    # pings in one second (20,336 counting the retries of a down platform); 60 s → 7,000 / 60 ≈ 117
    # first contacts/s. Until it has reached the platform once, a worker's failed probes also wait up
    # to the spread, so a platform down at power-on sees at most 334 probes/s, not ~1,050
    # (benchmarks/fleet.py part 1b: whole fleet 2.07x peak/mean for the first hour). A filing
    # submitted meanwhile, or 立即同步, ends the wait at once, so only an idle terminal's status says
    # "checking" for up to a minute (30 s on average) after a reboot.
    start_spread_s: float = Field(default=60, ge=0, le=600)
    # With nothing to send the worker pings now and then so "connected" stays honest; each real
    # delivery counts as contact and a failed one marks the link down at once. Every 5 s (the sync
    # interval) that was 7,000 / 5 s = 1,400 requests/s at a healthy platform; 60 s ±50 % is
    # 7,000 / 60 s ≈ 117/s, drawn afresh each time so terminals drift apart. A platform gone
    # quiet shows as down within 90 s at most, or at the next filing.
    idle_probe_s: float = Field(default=60, ge=5, le=3600)
    heartbeat_interval_s: float = Field(default=60, ge=10, le=86400)
    # Each periodic fetch repeats after its period ±50 % (kiosk/schedule.py), so a fleet drifts apart.
    catalog_refresh_s: float = Field(default=900, ge=1, le=86400)
    trust_list_refresh_s: float = Field(default=600, ge=1, le=86400)
    sandbox: bool = False  # start the built-in sandbox platform (demo only)

    @field_validator("url")
    @classmethod
    def _https_unless_loopback(cls, url: HttpUrl) -> HttpUrl:
        # Filings carry personal data and the signature does not hide it: only a platform on this
        # very machine (the demo's sandbox, a test, a local TLS-terminating proxy) may speak plain http.
        if url.scheme != "https" and not is_loopback(url.host or ""):
            raise ValueError(
                f"the platform must be reached over https (plain http is allowed only on this machine, "
                f"127.0.0.1 or localhost); got {url.scheme}://{url.host}"
            )
        return url


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class OutboxConfig(Section):
    path: str = "var/outbox.sqlite3"
    key_file: str = "var/outbox.key"
    disk_budget_mb: float = Field(default=512, gt=0, le=1_000_000)


class IdCardConfig(Section):
    enabled: bool = True
    port: str = "auto"  # a device path, or "auto" to probe every serial port
    baud: Literal[0, 9600, 19200, 38400, 57600, 115200] = 0  # 0: probe
    poll_ms: int = Field(default=20, ge=10, le=1000)  # between card searches; slower readers may want more
    # "module:function" wrapping a licensed WLT photo decoder; empty keeps card photos opaque
    photo_decoder: str = Field(default="", pattern=r"^$|^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
    simulated: bool = False


class CameraConfig(Section):
    enabled: bool = True
    device: str = "0"  # an index or a path (/dev/video0, a video file)
    width: int = Field(default=1280, ge=160, le=4096)
    height: int = Field(default=720, ge=120, le=4096)
    fps: int = Field(default=30, ge=1, le=120)
    simulated_source: str = ""  # images, a folder or a video played in a loop


class ScannerConfig(Section):
    enabled: bool = False
    port: str = ""
    baud: int = Field(default=9600, ge=1200, le=921600)


class PrinterConfig(Section):
    backend: Literal["cups", "spool"] = "spool"
    queue: str = "kiosk-pdf"
    spool_dir: str = "var/spool"
    receipt_backend: Literal["same", "escpos", "none"] = "same"
    escpos_host: str = "127.0.0.1"
    escpos_port: int = Field(default=9100, ge=1, le=65535)
    deadline_s: float = Field(default=10, ge=2, le=300)


class LoggingConfig(Section):
    dir: str = "var/log"
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    max_bytes: int = Field(default=5_000_000, ge=10_000)
    backups: int = Field(default=5, ge=1, le=100)


class TechnicianConfig(Section):
    pin_hash: str = ""  # scrypt$<salt hex>$<hash hex>; empty disables technician mode
    max_attempts: int = Field(default=5, ge=1, le=20)
    lockout_minutes: float = Field(default=15, ge=1, le=1440)
    idle_exit_s: float = Field(default=120, ge=15, le=3600)


class MetricsConfig(Section):
    enabled: bool = True
    host: str = "127.0.0.1"  # node collectors and on-box agents scrape locally; widen only on purpose
    port: int = Field(default=9464, ge=0, le=65535)  # 0: any free port (demo, tests)
    alert_queue_age_s: float = Field(default=3600, ge=60, le=7 * 86400)  # an older queued item raises an alert


class RemoteSection(Section):
    enabled: bool = True  # take configuration documents the platform publishes for this terminal or site
    refresh_s: float = Field(default=900, ge=1, le=86400)
    pinned: list[str] = Field(default_factory=list)  # "section.key"s only this site file may set
    public_key: str = Field(default="", pattern=r"^$|^[0-9a-f]{64}$")  # the platform's signing key, if not enrolled


class KioskConfig(Section):
    terminal: TerminalConfig = TerminalConfig()
    session: SessionConfig = SessionConfig()
    ui: UiConfig = UiConfig()
    platform: PlatformConfig = PlatformConfig()
    outbox: OutboxConfig = OutboxConfig()
    idcard: IdCardConfig = IdCardConfig()
    camera: CameraConfig = CameraConfig()
    scanner: ScannerConfig = ScannerConfig()
    printer: PrinterConfig = PrinterConfig()
    logging: LoggingConfig = LoggingConfig()
    technician: TechnicianConfig = TechnicianConfig()
    metrics: MetricsConfig = MetricsConfig()
    remote: RemoteSection = RemoteSection()
