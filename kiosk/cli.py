"""``kiosk``: run the terminal, run the demo, check a config file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.config.loader import CONFIG_DIR, ConfigError, check_file, load_config
from kiosk.config.models import KioskConfig
from kiosk.logging_setup import configure_logging


def _load(site: Path | None) -> KioskConfig:
    try:
        return load_config(site)
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _start(config: KioskConfig, demo: bool) -> int:
    configure_logging(Path(config.logging.dir), config.logging.level, config.logging.max_bytes, config.logging.backups)
    from ui.app import run

    return run(config, demo=demo)


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
    args = parser.parse_args(argv)

    if args.command == "config":
        try:
            print(check_file(args.file))
        except ConfigError as exc:
            print(f"config error: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.command == "demo":
        return _start(_load(args.config), demo=True)
    return _start(_load(args.config), demo=False)


if __name__ == "__main__":
    raise SystemExit(main())
