"""``kiosk update …``: what technicians, release staff and the systemd units run."""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

from wiring.update.agent import DEFAULT_DEADLINE_S, Agent, UpdateRefused, run_doctor
from wiring.update.bundle import load_private_key, load_public_key, machine_arch, make_bundle, new_signing_key
from wiring.update.slots import Slots

ROOT = Path("/opt/hall-kiosk")
STATE = Path("/var/lib/hall-kiosk")
PUBLIC_KEY = Path("/etc/hall-kiosk/update-key.pub")
SITE = Path("/etc/hall-kiosk/site.toml")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("update", help="signed updates with A/B slots and automatic rollback")
    up = p.add_subparsers(dest="update_command", required=True)

    def place(q: argparse.ArgumentParser) -> None:
        q.add_argument("--root", type=Path, default=ROOT, help=f"slots folder (default {ROOT})")
        q.add_argument("--state", type=Path, default=STATE, help=f"terminal data folder (default {STATE})")
        q.add_argument("--deadline", type=float, default=DEFAULT_DEADLINE_S, help="health deadline, seconds")

    q = up.add_parser("apply", help="verify a bundle and install it into the free slot (switch happens at idle)")
    place(q)
    q.add_argument("bundle", type=Path)
    q.add_argument("--key", type=Path, default=PUBLIC_KEY, help=f"public key (default {PUBLIC_KEY})")
    place(q2 := up.add_parser("switch-if-staged", help="ExecStartPre: switch slots if the terminal stopped for it"))
    q2.set_defaults()
    q3 = up.add_parser("watch", help="keep the new version only if it is healthy in time, else roll back")
    place(q3)
    q3.add_argument("--config", type=Path, default=SITE)
    q3.add_argument("--doctor-command",
                    help="default: the current slot's 'kiosk doctor --skip-devices --config CONFIG'; "
                         "'--skip-platform' is added when the hall had no platform contact before the switch")
    q3.add_argument("--restart-command", default="systemctl restart hall-kiosk.service")
    q3.add_argument("--once", action="store_true", help="check once and exit")
    place(up.add_parser("status", help="slots, staged version, trial and recent events"))
    q5 = up.add_parser("make-bundle", help="release staff: sign a folder of wheels into a bundle")
    q5.add_argument("--wheels", type=Path, required=True)
    q5.add_argument("--version", required=True)
    q5.add_argument("--arch", default=machine_arch(), choices=["x86_64", "aarch64"])
    q5.add_argument("--key", type=Path, required=True, help="Ed25519 private key (PEM)")
    q5.add_argument("--out", type=Path, required=True)
    q6 = up.add_parser("new-key", help="release staff: make an Ed25519 signing key pair")
    q6.add_argument("--private", type=Path, required=True)
    q6.add_argument("--public", type=Path, required=True)


def run(args: argparse.Namespace) -> int:
    command = args.update_command
    if command == "make-bundle":
        out = make_bundle(args.wheels, args.version, args.arch, load_private_key(args.key), args.out)
        print(f"{out}: version {args.version} for {args.arch}")
        return 0
    if command == "new-key":
        new_signing_key(args.private, args.public)
        print(f"private key {args.private} (keep it off terminals), public key {args.public} (install on terminals)")
        return 0
    agent = Agent(Slots(args.root), args.state, deadline_s=args.deadline)
    if command == "apply":
        try:
            print(agent.stage(args.bundle, load_public_key(args.key)))
        except UpdateRefused as exc:
            print(exc, file=sys.stderr)
            return 2
        return 0
    if command == "switch-if-staged":
        message = agent.switch_if_staged()
        if message:
            print(message)
        return 0
    if command == "status":
        print(json.dumps(agent.status(), indent=1, sort_keys=True))
        return 0
    kiosk = str(args.root / "current" / "bin" / "kiosk")
    doctor = (shlex.split(args.doctor_command) if args.doctor_command
              else [kiosk, "doctor", "--skip-devices", "--config", str(args.config)])

    def restart() -> None:
        subprocess.run(shlex.split(args.restart_command), check=False)

    def doctor_says_healthy(with_platform: bool) -> bool:
        return run_doctor(doctor if with_platform else [*doctor, "--skip-platform"])

    if args.once:
        verdict = agent.check_trial(doctor_says_healthy)
        if verdict == "rolled back":
            restart()
        print(verdict or "no verdict")
        return 0
    agent.watch(doctor_says_healthy, restart)
    return 0
