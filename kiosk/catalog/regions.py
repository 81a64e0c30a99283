"""Administrative regions (GB/T 2260 six-digit codes) and the province → city → county cascade."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.messages import Message, Say

# GB/T 2260 groups counties a province runs directly under a city-level row of this name.
GROUPING_SUFFIX = "直辖县级行政区划"


class RegionLevel(enum.IntEnum):
    PROVINCE = 1
    CITY = 2
    COUNTY = 3

    @property
    def words(self) -> Message:
        return Message({1: Say.REGION_PROVINCE, 2: Say.REGION_CITY, 3: Say.REGION_COUNTY}[self.value])


def region_level_of(code: str) -> RegionLevel:
    """``xx0000`` is a province, ``xxxx00`` a city, anything else a county."""
    if code.endswith("0000"):
        return RegionLevel.PROVINCE
    if code.endswith("00"):
        return RegionLevel.CITY
    return RegionLevel.COUNTY


def region_contains(outer: str, inner: str) -> bool:
    """Whether region ``inner`` lies within (or is) region ``outer``, judged by code prefixes."""
    level = region_level_of(outer)
    if level is RegionLevel.PROVINCE:
        return inner[:2] == outer[:2]
    if level is RegionLevel.CITY:
        return inner[:4] == outer[:4]
    return inner == outer


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    parent: str = ""  # empty for a province

    @property
    def level(self) -> RegionLevel:
        return region_level_of(self.code)


class RegionTable:
    """Lookup and cascade over the regions the catalog knows. ``code in table`` tests existence."""

    def __init__(self, regions: Sequence[Region]) -> None:
        self._by_code = {r.code: r for r in regions}
        self._children: dict[str, list[Region]] = {}
        for r in regions:
            self._children.setdefault(r.parent, []).append(r)
        for kids in self._children.values():
            kids.sort(key=lambda r: r.code)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Region]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def provinces(self) -> list[Region]:
        return list(self._children.get("", []))

    def children(self, code: str) -> list[Region]:
        return list(self._children.get(code, []))

    def path(self, code: str) -> list[Region]:
        """Province first, down to ``code``; empty for an unknown code."""
        out: list[Region] = []
        region = self._by_code.get(code)
        while region is not None:
            out.append(region)
            region = self._by_code.get(region.parent) if region.parent else None
        return out[::-1]

    def full_name(self, code: str) -> str:
        """``上海市徐汇区``: names along the path, with a municipality's name said once and the
        grouping rows of counties under a province (省直辖县级行政区划) left out."""
        names: list[str] = []
        for r in self.path(code):
            if r.name.endswith(GROUPING_SUFFIX):
                continue
            if not names or names[-1] != r.name:
                names.append(r.name)
        return "".join(names)

    def is_leaf(self, code: str) -> bool:
        """A region nothing lies under: a county, or a city or province without counties
        (东莞市, 香港特别行政区), where a region pick ends."""
        return code in self._by_code and not self._children.get(code)


def parse_regions(raw: Any) -> RegionTable:
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise ValueError("'regions' must be a list")
    regions: list[Region] = []
    for i, entry in enumerate(raw):
        if not isinstance(entry, Mapping):
            raise ValueError(f"regions[{i}]: expected an object")
        code, name = entry.get("code"), entry.get("name")
        if not (isinstance(code, str) and len(code) == 6 and code.isdigit() and isinstance(name, str)):
            raise ValueError(f"regions[{i}]: needs a six-digit 'code' and a 'name', got {dict(entry)!r}")
        regions.append(Region(code, name, str(entry.get("parent", ""))))
    return RegionTable(regions)


def cascade_options(table: RegionTable, allowed: Sequence[str], value: str, level: int) -> list[dict[str, Any]]:
    """One step of a province → city → county picker over the ``allowed`` leaf codes.

    ``value`` is what is picked so far (a province, city or county code); a step below what is
    picked yet is empty, and so is a step below a leaf (香港特别行政区 has no cities to pick). The
    steps follow the table's parent links, not code prefixes: 重庆市's districts (5001xx) and
    counties (5002xx) sit under one city row. Each option is ``{"value", "label", "picked"}``.
    """
    picked_path = [r.code for r in table.path(value)] if value else []
    if level > len(picked_path):
        return []
    parent = picked_path[level - 1] if level else ""
    options: dict[str, dict[str, Any]] = {}
    for code in allowed:
        path = table.path(code)
        if len(path) <= level or (level and path[level - 1].code != parent):
            continue
        region = path[level]
        if region.code not in options:
            on_path = len(picked_path) > level and picked_path[level] == region.code
            options[region.code] = {"value": region.code, "label": region.name, "picked": on_path}
    return list(options.values())
