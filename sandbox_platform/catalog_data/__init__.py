"""Sample service catalog served by the sandbox platform at GET /v1/catalog.

Items are generated deterministically from templates × regions at load time, so nothing large is
committed: ``load_catalog()`` is the demo catalog (templates over six provinces, and the demo hall's whole
guide of 800+ items) and
``generate_catalog(n, seed)`` a bigger one with licensing items added, for benchmarks.
"""

from __future__ import annotations

import random
from typing import Any

from kiosk.catalog import gb2260
from sandbox_platform.catalog_data import regions as rg
from sandbox_platform.catalog_data.english import CATEGORIES_EN, NAMES_EN, text_en, with_english
from sandbox_platform.catalog_data.fields import form
from sandbox_platform.catalog_data.hall_guide import DEMO_HALL, HALL_TEMPLATES
from sandbox_platform.catalog_data.templates import BUNDLES, CATEGORIES, DEPARTMENTS, MATERIALS, Template, all_templates
from sandbox_platform.catalog_data.windows import windows_for

TEMPLATES = all_templates()

CATALOG_VERSION = "2026.11-sample"
SAMPLE_SEED = 20261123

# One county per city carries the county-level items in the sample: enough for every screen and
# test, and it keeps the catalog the terminal downloads small.
SAMPLE_COUNTIES = tuple(next(c for c in rg.codes_at("county") if rg.city_of(c) == city) for city in rg.codes_at("city"))


def department_name(kind: str, region: str) -> str:
    where = rg.full_name(region)
    if kind == "公安局" and rg.level(region) == "county":
        city = rg.city_of(region)
        return f"{rg.full_name(city)}公安局{where.removeprefix(rg.full_name(city))}分局"
    if kind == "税务局":
        return f"国家税务总局{where}税务局"
    if kind == "住房公积金管理中心":
        return f"{rg.full_name(rg.city_of(region))}住房公积金管理中心"
    return where + DEPARTMENTS[kind]


def _materials(t: Template) -> list[dict[str, Any]]:
    out = []
    for key in t.materials:
        name, license_type = MATERIALS[key]
        entry: dict[str, Any] = {"id": key, "name": name, "required": True, "elicense_type": license_type}
        if not license_type:
            entry["note"] = "请将原件放在拍摄区拍照上传"
        out.append(entry)
    return out


def _handling(t: Template, region: str) -> tuple[bool, list[str]]:
    province = region[:2] + "0000"
    if t.cross == "all":
        return True, list(rg.PROVINCES)
    if t.cross == "delta" and province in rg.YANGTZE_DELTA:
        return True, list(rg.YANGTZE_DELTA)
    return False, [province]


# Items the sample platform has English for: those named in NAMES_EN and the members of such
# bundles (a bundle's guide and form are its members' content). See english.py.
ENGLISH_ITEMS = frozenset(
    {t.name for t in TEMPLATES if t.name in NAMES_EN}
    | {t.name for t in TEMPLATES for b in BUNDLES if b[1] in NAMES_EN and t.key in b[2]}
)


def make_item(t: Template, region: str, rng: random.Random, code_suffix: str = "") -> dict[str, Any]:
    cross, handling = _handling(t, region)
    english = t.name in ENGLISH_ITEMS
    item = {
        "code": f"{region}-{t.key}{code_suffix}",
        "name": t.name,
        "category": t.category,
        "department": department_name(t.department, region),
        "department_type": t.department,
        "region_code": region,
        "cross_province": cross,
        "handling_regions": handling,
        "legal_basis": list(t.basis),
        "conditions": list(t.conditions) or ["申请人为本人或其法定代理人"],
        "materials": _materials(t),
        "fees": [{"name": n, "amount_fen": fen, "basis": "按物价部门核定标准"} for n, fen in t.fees],
        "legal_limit_days": t.legal_days,
        "promised_limit_days": t.promised_days,
        "delivery_methods": list(t.delivery),
        "filing_mode": t.mode,
        "needs_signature": t.signature,
        "popularity": int(t.popularity * rng.uniform(0.3, 1.5)),
        "keywords": list(t.keywords),
        "form": form(*t.form) if t.mode == "terminal" else {"fields": []},
        "windows": windows_for(t.department, department_name(t.department, region), region, english),
    }
    return with_english(item) if english else item


def _regions_for(t: Template, counties: tuple[str, ...]) -> list[str]:
    if t.level == "county":
        return list(counties)
    return rg.codes_at(t.level)


def _bundles(items: list[dict[str, Any]], counties: tuple[str, ...]) -> list[dict[str, Any]]:
    codes = {i["code"] for i in items}
    out = []
    for key, name, members, keywords, popularity, description in BUNDLES:
        levels = {t.key: t.level for t in TEMPLATES}
        for county in counties:
            member_codes = [f"{county if levels[m] == 'county' else rg.city_of(county)}-{m}" for m in members]
            if all(c in codes for c in member_codes):
                out.append(
                    {
                        "code": f"{county}-{key}",
                        "name": name,
                        "category": "life_events",
                        "region_code": county,
                        "item_codes": member_codes,
                        "description": description,
                        "popularity": popularity,
                        "keywords": list(keywords),
                        **({"name_en": NAMES_EN[name], "description_en": text_en(description)}
                           if name in NAMES_EN else {}),
                    }
                )
    return out


def _catalog(items: list[dict[str, Any]], counties: tuple[str, ...]) -> dict[str, Any]:
    return {
        "version": CATALOG_VERSION,
        "regions": gb2260.as_json(),  # every division in force, not only the sample's
        "categories": [{"id": i, "name": n, "name_en": CATEGORIES_EN[i]} for i, n in CATEGORIES],
        "items": items,
        "bundles": _bundles(items, counties),
    }


def load_catalog() -> dict[str, Any]:
    """The demo catalog, freshly built on each call (callers may mutate it)."""
    rng = random.Random(SAMPLE_SEED)
    items = [make_item(t, r, rng) for t in TEMPLATES for r in _regions_for(t, SAMPLE_COUNTIES)]
    # The demo hall lists its whole guide, as a district hall does (see hall_guide.py).
    hall = (DEMO_HALL, rg.city_of(DEMO_HALL))
    items += [make_item(t, hall[0] if t.level == "county" else hall[1], rng) for t in HALL_TEMPLATES]
    return _catalog(items, SAMPLE_COUNTIES)


def generate_catalog(item_count: int = 3000, seed: int = 1) -> dict[str, Any]:
    """A larger catalog for benchmarks: the sample's templates over every county plus licensing
    items (许可证核发/变更/延续/注销/补证), drawn at random until ``item_count`` items exist."""
    from sandbox_platform.catalog_data.licensing import licensing_templates

    rng = random.Random(seed)
    counties = tuple(rg.codes_at("county"))
    pairs = [(t, r) for t in (*TEMPLATES, *licensing_templates()) for r in _regions_for(t, counties)]
    if item_count > len(pairs):
        raise ValueError(f"at most {len(pairs)} distinct items can be generated, asked for {item_count}")
    chosen = rng.sample(pairs, item_count)
    items = [make_item(t, r, rng) for t, r in chosen]
    return _catalog(items, counties)
