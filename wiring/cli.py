"""``kiosk``: run the terminal, run the demo, check a config file."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kiosk.config.loader import CONFIG_DIR, ConfigError, check_file, load_config
from kiosk.config.models import KioskConfig
from kiosk.crash_trace import enable_crash_trace
from kiosk.logging_setup import configure_logging
from kiosk.ports import SelfTest

T = TypeVar("T")


def _load(site: Path | None) -> KioskConfig:
    try:
        return load_config(site)
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _start(config: KioskConfig, demo: bool, site_file: Path | None = None) -> int:
    configure_logging(Path(config.logging.dir), config.logging.level, config.logging.max_bytes, config.logging.backups)
    enable_crash_trace(Path(config.logging.dir))
    from offline_cache.schema import SchemaTooNew
    from offline_cache.sync_worker import OutboxLocked
    from ui.app import run

    try:
        return run(config, demo=demo, site_file=site_file)
    except (OutboxLocked, SchemaTooNew) as exc:
        # A second terminal on the same data directory, or an outbox a newer version left in a form
        # this one may not use (after a rollback): one line, not a traceback.
        logging.getLogger("kiosk").error("not started: %s", exc)
        print(f"kiosk: not started: {exc}", file=sys.stderr)
        return 3


def _device_self_tests(config: KioskConfig) -> dict[str, SelfTest]:
    from kiosk.clock import SystemClock
    from wiring.composition import build_for_diagnosis

    tests, closers = build_for_diagnosis(config, clock=SystemClock())
    _CLOSERS.extend(closers)
    return tests


_CLOSERS: list[Callable[[], None]] = []


def _doctor(config: KioskConfig, skip_devices: bool = False, skip_platform: bool = False) -> int:
    from wiring.doctor import collect_tests, doctor

    try:
        tests = collect_tests(config, None if skip_devices else _device_self_tests)
        if skip_platform:
            tests.pop("platform", None)
        return doctor(tests, sys.stdout)
    finally:
        while _CLOSERS:
            _CLOSERS.pop()()


def _open_outbox(config: KioskConfig) -> Any:
    from offline_cache.crypto import FieldCipher
    from offline_cache.outbox import SqliteOutbox
    from offline_cache.schema import SchemaTooNew

    db = Path(config.outbox.path)
    if not db.exists():
        print(f"outbox error: {db.resolve()} does not exist", file=sys.stderr)
        raise SystemExit(2)
    cipher = FieldCipher.from_key_file(config.outbox.key_file)
    try:
        return SqliteOutbox(db, cipher, disk_budget_bytes=int(config.outbox.disk_budget_mb * 2**20))
    except SchemaTooNew as exc:
        print(f"kiosk: outbox not opened: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _outbox(config: KioskConfig, args: argparse.Namespace) -> int:
    from kiosk.technician.outbox_care import OutboxCare, describe_status

    box = _open_outbox(config)
    try:
        care = OutboxCare(box)
        if args.outbox_command == "status":
            print(describe_status(care.status()))
            for row in care.dead_rows():
                head = f"dead  {row['key']}  {row['kind']}  attempts={row['attempts']}  since {row['since']}"
                print(f"{head}: {row['reason']}")
            return 0
        if args.all:
            print(f"{care.retry_all()} dead item(s) queued again")
            return 0
        if not args.key:
            print("outbox retry: give an item KEY or --all", file=sys.stderr)
            return 2
        if care.retry(args.key):
            print(f"{args.key} queued again")
            return 0
        print(f"{args.key} is not a dead item in this outbox", file=sys.stderr)
        return 1
    finally:
        box.close()


def _set_pin(site: Path, pin_from_stdin: bool) -> int:
    import getpass

    from kiosk.technician.pin import PinFormatError, hash_pin
    from kiosk.technician.settings import SettingError, SiteFile

    if pin_from_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("new technician PIN (6-12 digits): ")
        if getpass.getpass("repeat it: ") != pin:
            print("the two PINs differ; nothing changed", file=sys.stderr)
            return 2
    try:
        pin_hash = hash_pin(pin)
        site_file = SiteFile(site)
        data = site_file.read()
        data.setdefault("technician", {})["pin_hash"] = pin_hash
        site_file.write(data)
    except (PinFormatError, SettingError) as exc:
        from ui.words import Words

        # The command line speaks the technician's English; a settings check says why in the catalog's words.
        print(f"set-pin: {Words('en_US').say(exc.message) if isinstance(exc, SettingError) else exc}", file=sys.stderr)
        return 2
    logging.getLogger("kiosk.technician").info("technician PIN changed in %s", site)
    print(f"technician PIN set in {site}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk", description="政务服务自助终端 hall-kiosk")
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="start the terminal with a site configuration")
    p_run.add_argument("--config", type=Path, help="site TOML file")
    p_demo = sub.add_parser("demo", help="start the terminal on simulated devices and a sandbox platform")
    p_demo.add_argument("--config", type=Path, default=CONFIG_DIR / "profiles" / "demo.toml")
    p_cfg = sub.add_parser("config", help="configuration tools")
    cfg_sub = p_cfg.add_subparsers(dest="config_command", required=True)
    p_check = cfg_sub.add_parser("check", help="validate a site file without starting")
    p_check.add_argument("file", type=Path)
    p_doctor = sub.add_parser("doctor", help="run every self-test and print a table; exit 1 if anything is broken")
    p_doctor.add_argument("--config", type=Path, help="site TOML file")
    p_doctor.add_argument("--skip-devices", action="store_true",
                          help="only platform, outbox and disk (the running terminal holds its devices)")
    p_doctor.add_argument("--skip-platform", action="store_true",
                          help="leave out the platform link (the update check of a hall that was offline)")
    p_outbox = sub.add_parser("outbox", help="look after the outbox")
    p_outbox.add_argument("--config", type=Path, help="site TOML file")
    ob_sub = p_outbox.add_subparsers(dest="outbox_command", required=True)
    ob_sub.add_parser("status", help="pending and dead items, with the platform's reasons")
    p_retry = ob_sub.add_parser("retry", help="send dead items again")
    p_retry.add_argument("key", nargs="?", help="the idempotency key of one dead item")
    p_retry.add_argument("--all", action="store_true", help="every dead item")
    p_tech = sub.add_parser("technician", help="technician mode tools")
    tech_sub = p_tech.add_subparsers(dest="technician_command", required=True)
    p_pin = tech_sub.add_parser("set-pin", help="set the technician PIN in a site file")
    p_pin.add_argument("--config", type=Path, required=True, help="site TOML file to write")
    p_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from stdin (provisioning scripts)")
    from wiring.update.cli import add_parser as add_update_parser

    add_update_parser(sub)
    args = parser.parse_args(argv)

    if args.command == "update":
        from wiring.update.cli import run as run_update

        return run_update(args)
    if args.command == "doctor":
        return _doctor(_load(args.config), args.skip_devices, args.skip_platform)
    if args.command == "outbox":
        return _outbox(_load(args.config), args)
    if args.command == "technician":
        return _set_pin(args.config, args.pin_stdin)

    if args.command == "config":
        try:
            print(check_file(args.file))
        except ConfigError as exc:
            print(f"config error: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.command == "demo":
        return _start(_load(args.config), demo=True)
    from wiring.remote import held_config

    # The last configuration the platform published (verified again) takes effect before anything is built.
    # The technician screen saves into the same site file the terminal starts from (the service's
    # /etc/hall-kiosk/site.toml), or its changes would be gone at the next start.
    return _start(held_config(_load(args.config), args.config), demo=False, site_file=args.config)


if __name__ == "__main__":
    raise SystemExit(main())
