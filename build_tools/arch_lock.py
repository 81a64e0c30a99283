"""One architecture's share of a hashed lock, for ``pip download --platform`` on another machine.

``requirements-runtime.lock`` pins PySide6 per architecture (``; platform_machine == 'aarch64'``).
pip judges such markers by the machine it runs on, even when ``--platform`` names another one, so an
aarch64 wheelhouse built on x86-64 would get x86-64's pins. ``scripts/build-wheelhouse`` therefore
hands pip this: the entries whose markers hold on a Linux terminal of the target architecture
running CPython 3.11, markers removed, hashes kept.

    python -m build_tools.arch_lock LOCK ARCH OUT [SKIP...]    (SKIP: packages to leave out)
"""

from __future__ import annotations

import re
import sys

try:
    from packaging.markers import Marker
except ImportError:  # a bare venv: pip carries its own copy
    from pip._vendor.packaging.markers import Marker  # type: ignore[assignment]

# A terminal as the markers see it; only the machine differs between the wheelhouse's folders.
TERMINAL = {
    "os_name": "posix",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_python_implementation": "CPython",
    "implementation_name": "cpython",
    "python_version": "3.11",
    "python_full_version": "3.11.2",
}


def lock_for(text: str, arch: str, skip: frozenset[str] = frozenset()) -> str:
    """The lock's entries a terminal of ``arch`` installs, without markers, minus ``skip``."""
    environment = {**TERMINAL, "platform_machine": arch}
    kept = []
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        if block.startswith("#") or not block.strip():
            continue
        first, _, rest = block.partition("\n")
        requirement, _, marker = first.rstrip(" \\").partition(";")
        if requirement.split("==")[0].strip().lower() in skip:
            continue
        if marker.strip() and not Marker(marker.strip()).evaluate(environment):
            continue
        kept.append(f"{requirement.strip()} \\\n{rest}" if rest else requirement.strip())
    return "\n".join(kept) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    lock, arch, out, *skip = argv
    with open(lock, encoding="utf-8") as source:
        text = source.read()
    with open(out, "w", encoding="utf-8") as target:
        target.write(lock_for(text, arch, frozenset(s.lower() for s in skip)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
