"""Catalog search: time per keystroke over a 3,000-item catalog, and the time to load that catalog
from its cached JSON and build the index.

Run: .venv/bin/python benchmarks/catalog_search.py [--items 3000] [--rounds 5] [--naive-rounds 1]
Queries are typed one character at a time (Chinese as an input method commits it, pinyin and
initials letter by letter, one query with a missing letter). Two catalogs: the generated one, in
which a standard item name recurs in every county as in real catalogs, and a worst case where every
item's name is made distinct. The peer, measured in the same run, is the naive search: a linear
scan with substring tests over each name, its pinyin and initials, the pinyin computed per query.
Goal: median and p95 ≤ 5 ms per keystroke.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypinyin import lazy_pinyin

from kiosk.catalog.model import Listing, listings
from kiosk.catalog.parse import parse_catalog
from kiosk.catalog.search import SearchIndex
from sandbox_platform.catalog_data import generate_catalog
from sandbox_platform.catalog_data import regions as rg

QUERIES = (
    "住房公积金退休提取",
    "异地就医备案",
    "户口迁移",
    "gongjijintiqu",
    "yidijiuyibeian",
    "hukouqianyi",
    "shebaokashenling",
    "gjjtq",
    "sbk",
    "yidjiuyibeian",  # "di" typed as "d"
    "shipinjingyingxukezheng",
)
LIMIT = 30
NAIVE_STRIDE = 4


def keystrokes() -> list[str]:
    return [q[:i] for q in QUERIES for i in range(1, len(q) + 1)]


def naive_search(entries: Sequence[Listing], query: str, limit: int = LIMIT) -> list[Listing]:
    q = query.lower()
    hits = []
    for e in entries:
        syllables = lazy_pinyin(e.name)
        if q in e.name or q in "".join(syllables) or q in "".join(s[0] for s in syllables if s):
            hits.append(e)
    hits.sort(key=lambda e: -e.popularity)
    return hits[:limit]


def time_per_keystroke(search: Callable[[str], object], rounds: int, stride: int = 1) -> list[tuple[float, str]]:
    times = []
    for _ in range(rounds):
        for text in keystrokes()[::stride]:
            start = time.perf_counter()
            search(text)
            times.append((time.perf_counter() - start, text))
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.3f} ms"


def distinct_names(raw: dict[str, Any]) -> dict[str, Any]:
    """Every item renamed 名称（区县名）: no two items share a searchable name."""
    names = {code: name for code, name, _ in rg.REGIONS}
    for item in raw["items"]:
        item["name"] = f"{item['name']}（{names[item['region_code']]}）"
    return raw


def run(label: str, raw: dict[str, Any], rounds: int, naive_rounds: int) -> None:
    text = json.dumps(raw, ensure_ascii=False)
    load_times, build_times = [], []
    for _ in range(3):
        start = time.perf_counter()
        catalog = parse_catalog(json.loads(text))
        loaded = time.perf_counter()
        index = SearchIndex(listings(catalog))
        load_times.append(loaded - start)
        build_times.append(time.perf_counter() - loaded)
    entries = listings(catalog)
    print(
        f"\n== {label}: {len(catalog.items)} items + {len(catalog.bundles)} bundles, "
        f"{len({e.name for e in entries})} distinct names, {index.distinct_texts} distinct texts indexed, "
        f"JSON {len(text.encode()) / 1e6:.1f} MB"
    )
    print(f"load JSON + parse (median of 3): {ms(statistics.median(load_times))}")
    print(f"build search index (median of 3): {ms(statistics.median(build_times))}")
    timed = time_per_keystroke(lambda q: index.search(q, LIMIT), rounds)
    ours = [t for t, _ in timed]
    naive = [t for t, _ in time_per_keystroke(lambda q: naive_search(entries, q), naive_rounds, NAIVE_STRIDE)]
    print(
        f"keystrokes: {len(keystrokes())} x {rounds} rounds (index); naive: every {NAIVE_STRIDE}th, "
        f"x {naive_rounds} (it is slow)"
    )
    print(f"index  per keystroke: median {ms(statistics.median(ours))}  p95 {ms(p95(ours))}  max {ms(max(ours))}")
    print(f"naive  per keystroke: median {ms(statistics.median(naive))}  p95 {ms(p95(naive))}  max {ms(max(naive))}")
    print(
        f"ratio naive/index: median {statistics.median(naive) / statistics.median(ours):6.1f}x  "
        f"p95 {p95(naive) / p95(ours):6.1f}x"
    )
    slowest = sorted(timed, reverse=True)[:3]
    print("index  slowest keystrokes: " + ", ".join(f"{q!r} {ms(t).strip()}" for t, q in slowest))
    goal = statistics.median(ours) <= 0.005 and p95(ours) <= 0.005
    print(f"goal median and p95 <= 5 ms: {'met' if goal else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--naive-rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    run("generated catalog", generate_catalog(args.items, args.seed), args.rounds, args.naive_rounds)
    run(
        "worst case, all names distinct",
        distinct_names(generate_catalog(args.items, args.seed)),
        args.rounds,
        args.naive_rounds,
    )


if __name__ == "__main__":
    main()
