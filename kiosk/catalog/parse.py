"""Turn the platform's catalog JSON (GET /v1/catalog, or its cached copy) into a ``Catalog``.

Every problem is reported with the item code and the key, because a technician reading the log
has only that to go on. One bad item refuses the whole catalog: a partial catalog would hide
services without anyone noticing, while the terminal can keep serving from the previous one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.catalog.model import Bundle, Catalog, Category, Fee, FilingMode, Material, ServiceItem, Window
from kiosk.catalog.regions import parse_regions
from kiosk.forms.delivery import DeliveryMethod
from kiosk.forms.schema import FormSchema, FormSchemaError, parse_form_schema


class CatalogFormatError(ValueError):
    """Technician-facing: which entry and which key could not be understood."""


def _list(raw: Mapping[str, Any], key: str, where: str) -> Sequence[Any]:
    value = raw.get(key, [])
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise CatalogFormatError(f"{where}: '{key}' must be a list, got {type(value).__name__}")
    return value


def _str(raw: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str) or (required and not value):
        raise CatalogFormatError(f"{where}: '{key}' must be a non-empty string, got {value!r}")
    return value


def _english_list(raw: Mapping[str, Any], key: str, where: str, chinese: tuple[str, ...]) -> tuple[str, ...]:
    """``key_en``, the English beside the list ``key``: absent is fine (Chinese only); present, it
    must match the Chinese entry for entry, or a condition would be shown beside the wrong one."""
    english = _strings(raw, f"{key}_en", where)
    if english and len(english) != len(chinese):
        raise CatalogFormatError(
            f"{where}: '{key}_en' has {len(english)} entries for the {len(chinese)} of '{key}'")
    return english


def _int(raw: Mapping[str, Any], key: str, where: str) -> int:
    value = raw.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CatalogFormatError(f"{where}: '{key}' must be a non-negative integer, got {value!r}")
    return value


def _strings(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = _list(raw, key, where)
    if not all(isinstance(v, str) for v in values):
        raise CatalogFormatError(f"{where}: '{key}' must be a list of strings")
    return tuple(values)


def _material(raw: Any, where: str) -> Material:
    if not isinstance(raw, Mapping):
        raise CatalogFormatError(f"{where}: expected an object")
    return Material(
        id=_str(raw, "id", where),
        name=_str(raw, "name", where),
        required=bool(raw.get("required", True)),
        elicense_type=_str(raw, "elicense_type", where, required=False),
        copies=_int(raw, "copies", where) or 1,
        note=_str(raw, "note", where, required=False),
        name_en=_str(raw, "name_en", where, required=False),
        note_en=_str(raw, "note_en", where, required=False),
    )


def _fee(raw: Any, where: str) -> Fee:
    if not isinstance(raw, Mapping):
        raise CatalogFormatError(f"{where}: expected an object")
    return Fee(
        _str(raw, "name", where),
        _int(raw, "amount_fen", where),
        _str(raw, "basis", where, required=False),
        name_en=_str(raw, "name_en", where, required=False),
        basis_en=_str(raw, "basis_en", where, required=False),
    )


def _form(raw: Any, where: str, cache: dict[str, FormSchema] | None) -> FormSchema:
    # The same form recurs in every county's copy of an item; parsing each distinct one once
    # makes loading a large catalog several times faster and lets the copies share one object.
    key = json.dumps(raw, sort_keys=True, ensure_ascii=False) if cache is not None else ""
    if cache is not None and key in cache:
        return cache[key]
    try:
        form = parse_form_schema(raw or {}, where=f"{where}.form")
    except FormSchemaError as exc:
        raise CatalogFormatError(str(exc)) from None
    if cache is not None:
        cache[key] = form
    return form


def parse_item(raw: Any, where: str = "item", form_cache: dict[str, FormSchema] | None = None) -> ServiceItem:
    if not isinstance(raw, Mapping):
        raise CatalogFormatError(f"{where}: expected an object")
    code = _str(raw, "code", where)
    where = f"item {code}"
    try:
        methods = tuple(DeliveryMethod(m) for m in _strings(raw, "delivery_methods", where))
        mode = FilingMode(raw.get("filing_mode", "terminal"))
    except ValueError as exc:
        raise CatalogFormatError(f"{where}: {exc}") from None
    form = _form(raw.get("form"), where, form_cache)
    conditions = _strings(raw, "conditions", where)
    legal_basis = _strings(raw, "legal_basis", where)
    return ServiceItem(
        code=code,
        name=_str(raw, "name", where),
        category=_str(raw, "category", where),
        department=_str(raw, "department", where),
        department_type=_str(raw, "department_type", where, required=False),
        region_code=_str(raw, "region_code", where),
        cross_province=bool(raw.get("cross_province", False)),
        handling_regions=_strings(raw, "handling_regions", where),
        legal_basis=legal_basis,
        conditions=conditions,
        materials=tuple(_material(m, f"{where}.materials[{i}]") for i, m in enumerate(_list(raw, "materials", where))),
        fees=tuple(_fee(f, f"{where}.fees[{i}]") for i, f in enumerate(_list(raw, "fees", where))),
        legal_limit_days=_int(raw, "legal_limit_days", where),
        promised_limit_days=_int(raw, "promised_limit_days", where),
        delivery_methods=methods or (DeliveryMethod.PICKUP,),
        filing_mode=mode,
        needs_signature=bool(raw.get("needs_signature", False)),
        popularity=_int(raw, "popularity", where),
        keywords=_strings(raw, "keywords", where),
        form=form,
        windows=tuple(_window(w, f"{where}.windows[{i}]") for i, w in enumerate(_list(raw, "windows", where))),
        name_en=_str(raw, "name_en", where, required=False),
        department_en=_str(raw, "department_en", where, required=False),
        department_type_en=_str(raw, "department_type_en", where, required=False),
        conditions_en=_english_list(raw, "conditions", where, conditions),
        legal_basis_en=_english_list(raw, "legal_basis", where, legal_basis),
    )


def _window(raw: Any, where: str) -> Window:
    if not isinstance(raw, Mapping):
        raise CatalogFormatError(f"{where}: expected an object")
    return Window(
        name=_str(raw, "name", where),
        address=_str(raw, "address", where),
        hours=_str(raw, "hours", where, required=False),
        phone=_str(raw, "phone", where, required=False),
        name_en=_str(raw, "name_en", where, required=False),
        address_en=_str(raw, "address_en", where, required=False),
        hours_en=_str(raw, "hours_en", where, required=False),
    )


def _bundle(raw: Any, where: str, known: Mapping[str, ServiceItem]) -> Bundle:
    if not isinstance(raw, Mapping):
        raise CatalogFormatError(f"{where}: expected an object")
    code = _str(raw, "code", where)
    where = f"bundle {code}"
    members = _strings(raw, "item_codes", where)
    missing = [c for c in members if c not in known]
    if len(members) < 2 or missing:
        raise CatalogFormatError(f"{where}: needs two or more known items; unknown: {missing}")
    return Bundle(
        code=code,
        name=_str(raw, "name", where),
        category=_str(raw, "category", where),
        region_code=_str(raw, "region_code", where),
        item_codes=members,
        description=_str(raw, "description", where, required=False),
        popularity=_int(raw, "popularity", where),
        keywords=_strings(raw, "keywords", where),
        name_en=_str(raw, "name_en", where, required=False),
        description_en=_str(raw, "description_en", where, required=False),
    )


def _category(raw: Any, where: str) -> Category:
    if not isinstance(raw, Mapping):
        raise CatalogFormatError(f"{where}: expected an object")
    return Category(_str(raw, "id", where), _str(raw, "name", where), _str(raw, "name_en", where, required=False))


def parse_catalog(raw: Mapping[str, Any]) -> Catalog:
    if not isinstance(raw, Mapping):
        raise CatalogFormatError(f"catalog: expected an object, got {type(raw).__name__}")
    try:
        regions = parse_regions(raw.get("regions", []))
    except ValueError as exc:
        raise CatalogFormatError(f"catalog: {exc}") from None
    categories = tuple(_category(c, f"categories[{i}]") for i, c in enumerate(_list(raw, "categories", "catalog")))
    forms: dict[str, FormSchema] = {}
    items = tuple(parse_item(r, f"items[{i}]", forms) for i, r in enumerate(_list(raw, "items", "catalog")))
    by_code: dict[str, ServiceItem] = {}
    for item in items:
        if item.code in by_code:
            raise CatalogFormatError(f"item {item.code}: code appears twice")
        by_code[item.code] = item
    bundles = tuple(_bundle(r, f"bundles[{i}]", by_code) for i, r in enumerate(_list(raw, "bundles", "catalog")))
    return Catalog(str(raw.get("version", "")), regions, categories, items, bundles)
