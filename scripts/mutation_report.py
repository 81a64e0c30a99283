"""Per-module summary of the last `mutmut run` (read from mutants/**/*.meta), for `./dev mutate`.

Prints, for each mutated module: mutants, killed, survived, and the rest (no tests, timeout, ...),
then every surviving mutant as a one-line diff, so each can be killed by a test or explained in
docs/testing.md. Exits 0 always: a survivor is a thing to read, and the run is on demand.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code


def main(root: Path = Path("mutants")) -> None:
    survivors: list[tuple[str, str]] = []
    print(f"{'module':<40} {'mutants':>8} {'killed':>7} {'survived':>9}  other")
    for meta in sorted(root.rglob("*.py.meta")):
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        if not codes:
            continue
        statuses = Counter(status_by_exit_code[code] for code in codes.values())
        other = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()) if s not in ("killed", "survived"))
        module = str(meta.relative_to(root)).removesuffix(".meta")
        print(f"{module:<40} {sum(statuses.values()):>8} {statuses['killed']:>7} {statuses['survived']:>9}  {other}")
        survivors += [(key, module) for key, code in codes.items() if status_by_exit_code[code] == "survived"]
    if survivors:
        print(f"\nsurviving mutants ({len(survivors)}):")
    for key, module in survivors:
        shown = get_diff_for_mutant(key, path=Path(module))
        changed = [ln for ln in shown.splitlines() if ln[:1] in "+-" and ln[:3] not in ("+++", "---")]
        print(f"  {key}\n    " + "\n    ".join(changed))


if __name__ == "__main__":
    main()
