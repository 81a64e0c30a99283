"""``kiosk-sim-idcard``: a simulated ID card reader on a pty, driven from stdin by a technician."""

from __future__ import annotations

import argparse
import sys
import tempfile

from drivers.idcard.demo import DEMO_CARDS
from drivers.idcard.sim_faults import DropByte, Fault, FlipByte, GarbledRequest, Noise, Silence, Stall
from drivers.idcard.simulator import Simulator

HELP = f"""commands:
  place <card>     put a demo card on the reader; cards: {", ".join(DEMO_CARDS)}
  remove           take the card away
  unplug | replug [new]   pull the cable / plug it back (on a new path with "new")
  baud <rate>      change the reader's line rate (115200 57600 38400 19200 9600)
  sam <60|66|ok>   SAM fault state
  hide <on|off>    find answers 0x80 after a read until the card is removed
  fault <drop|flip|noise|stall|silence|garble>   spoil the next reply (garble: the request arrived damaged)
  path | help | quit"""

FAULTS: dict[str, Fault] = {
    "drop": DropByte(),
    "flip": FlipByte(),
    "noise": Noise(),
    "stall": Stall(),
    "silence": Silence(),
    "garble": GarbledRequest(),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Simulated GA/T 467 ID card reader on a pseudo-terminal")
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--link-dir", default="", help="keep a stable symlink ttyIDCARD<n> in this directory")
    parser.add_argument(
        "--bad-frames",
        choices=("reply", "silent", "garbage"),
        default="reply",
        help="how to meet a request with a bad checksum or length: SW3 0x10/0x11, nothing, or junk",
    )
    args = parser.parse_args(argv)
    link_dir = args.link_dir or tempfile.mkdtemp(prefix="kiosk-idcard-")
    sim = Simulator(args.baud, link_dir=link_dir, bad_frames=args.bad_frames).start()
    print(f"ID card reader simulator on {sim.path} (pty {sim.slave_path}) at {sim.line_baud} baud", flush=True)
    print(HELP, flush=True)
    try:
        for line in sys.stdin:
            if not handle(sim, line.split()):
                break
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


def handle(sim: Simulator, words: list[str]) -> bool:
    if not words:
        return True
    cmd, rest = words[0], words[1:]
    try:
        if cmd == "quit":
            return False
        if cmd == "place" and rest and rest[0] in DEMO_CARDS:
            sim.place(DEMO_CARDS[rest[0]])
        elif cmd == "remove":
            sim.remove()
        elif cmd == "unplug":
            sim.unplug()
        elif cmd == "replug":
            print(f"plugged in on {sim.replug(new_path=rest == ['new'])}")
        elif cmd == "baud" and rest:
            sim.set_baud(int(rest[0]))
        elif cmd == "sam" and rest:
            sim.set_sam_fault(None if rest[0] == "ok" else int(rest[0], 16))
        elif cmd == "hide" and rest:
            sim.set_hide_after_read(rest[0] == "on")
        elif cmd == "fault" and rest and rest[0] in FAULTS:
            sim.inject(FAULTS[rest[0]])
        elif cmd == "path":
            print(sim.path)
        else:
            print(HELP)
            return True
    except (ValueError, OSError) as exc:
        print(f"error: {exc}")
        return True
    print("ok", flush=True)
    return True


if __name__ == "__main__":
    sys.exit(main())
