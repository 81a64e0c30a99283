"""``CatalogServices``: the screens' ``ServiceView`` (kiosk/service_view.py) over the real catalog.

It replaces ``StarterServices``: rows, guides, form fields and review rows as plain dicts, with
search from ``SearchIndex`` and validation from ``kiosk.forms``. The form it hands out is the
item's own schema (a bundle's merged one) followed by the handling region for cross-province items
and the delivery choice; EMS details are only required when EMS is chosen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kiosk.catalog.model import Bundle, Catalog, FilingMode, Material, ServiceItem, listings
from kiosk.catalog.regions import RegionLevel, region_contains, region_level_of
from kiosk.catalog.search import SearchIndex
from kiosk.domain.identity import Identity
from kiosk.domain.masking import mask_id_number, mask_name, mask_phone
from kiosk.forms.delivery import (
    DeliveryChoice,
    DeliveryMethod,
    suggest_handling_region,
    validate_delivery,
    validate_handling_region,
)
from kiosk.forms.prefill import prefill
from kiosk.forms.schema import FieldSpec, FieldType, FormSchema, PrefillSource
from kiosk.forms.validation import Form
from kiosk.messages import Message, Say
from kiosk.platform_text import PlatformText, joined, paired
from kiosk.ports import Clock

# Ids of the fields this adapter adds after the item's own; EMS ones map onto DeliveryChoice.
DELIVERY_FIELD = "delivery"
HANDLING_FIELD = "handling_region"
_EMS_KEYS = {"ems_recipient": "recipient", "ems_phone": "phone", "ems_region": "region", "ems_address": "address"}
_EMS_LABELS = {
    "ems_recipient": Message(Say.FIELD_EMS_RECIPIENT),
    "ems_phone": Message(Say.FIELD_EMS_PHONE),
    "ems_region": Message(Say.FIELD_EMS_REGION),
    "ems_address": Message(Say.FIELD_EMS_ADDRESS),
}
# The guide's sections in order: the words of each title, and the summary key holding its body.
_SECTIONS = (
    (Say.SECTION_CONDITIONS, "conditions"),
    (Say.SECTION_MATERIALS, "materials"),
    (Say.SECTION_FEES, "fees"),
    (Say.SECTION_TIME_LIMIT, "time_limit"),
    (Say.SECTION_CROSS_WHERE, "cross_where"),
    (Say.SECTION_LEGAL_BASIS, "legal_basis"),
    (Say.SECTION_DELIVERY, "delivery"),
)


def _days(n: int) -> Message:
    return Message(Say.DAYS_IMMEDIATE) if n == 0 else Message(Say.WORKING_DAYS, (n,))


class CatalogServices:
    def __init__(
        self,
        catalog: Catalog,
        region_code: str,
        clock: Clock,
        search_limit: int = 50,
        offered: Sequence[str] = (),
    ) -> None:
        self._catalog = catalog.available_at(region_code).offering(offered)
        self._regions = catalog.regions
        self._clock = clock
        self._limit = search_limit
        self._index = SearchIndex(listings(self._catalog))
        self._entries: dict[str, ServiceItem | Bundle] = {e.code: e for e in listings(self._catalog)}
        self._summaries: dict[str, dict[str, Any]] = {}
        self._region_lists: dict[RegionLevel, list[dict[str, str]]] = {}

    @property
    def catalog(self) -> Catalog:
        """What this terminal offers (already narrowed to its region)."""
        return self._catalog

    # --- finding ---------------------------------------------------------------------------------

    def categories(self) -> list[str]:
        return [PlatformText(c.name, c.name_en) for c in self._catalog.categories_in_use()]

    def search(self, query: str, category: str) -> list[dict[str, Any]]:
        wanted = self._category_id(category)
        if not query.strip():
            entries: Sequence[ServiceItem | Bundle] = sorted(
                (e for e in self._entries.values() if not wanted or e.category == wanted),
                key=lambda e: (-e.popularity, e.code),
            )[: self._limit]
        else:
            # A category filter is applied after ranking, so ask for everything the query matches.
            hits = self._index.search(query, limit=len(self._index) if wanted else self._limit)
            entries = [h.entry for h in hits if not wanted or h.entry.category == wanted][: self._limit]
        return [self._row(e) for e in entries]

    def suggest(self, query: str, limit: int = 5) -> dict[str, list[Any]]:
        """For a search that found nothing: the items and categories sharing most characters with
        the query (then the busiest), so the citizen always has somewhere to go next."""
        chars = {ch for ch in query if not ch.isspace()}

        def overlap(text: str) -> int:
            return len(chars & set(text))

        def score(e: ServiceItem | Bundle) -> int:
            return max(overlap(e.name), *(overlap(k) for k in e.keywords)) if e.keywords else overlap(e.name)

        scored = sorted(self._entries.values(), key=lambda e: (-score(e), -e.popularity, e.code))
        items = [self._row(e) for e in scored[:limit]]
        used = self._catalog.categories_in_use()
        by_category = {c.id: overlap(c.name) for c in used}
        for e in scored[: limit * 4]:
            by_category[e.category] = by_category.get(e.category, 0) + score(e)
        categories = sorted(used, key=lambda c: -by_category.get(c.id, 0))[:3]
        return {"items": items, "categories": [PlatformText(c.name, c.name_en) for c in categories]}

    def _category_id(self, category: str) -> str:
        for c in self._catalog.categories:
            # The chips show the category's English in an English session, and hand back what they show.
            if category in (c.id, c.name) or (c.name_en and category == c.name_en):
                return c.id
        return ""

    def _row(self, e: ServiceItem | Bundle) -> dict[str, Any]:
        s = self.summary(e.code) or {}
        keys = ("code", "name", "name_en", "kind", "category", "department", "cross", "online", "mode")
        return {k: s[k] for k in keys}

    # --- describing ------------------------------------------------------------------------------

    def summary(self, code: str) -> Mapping[str, Any] | None:
        # The catalog never changes under this object, so each summary is worked out once: the
        # result list asks for one per row on every keystroke.
        if code not in self._summaries:
            found = self._summary(code)
            if found is None:
                return None
            self._summaries[code] = found
        return self._summaries[code]

    def _summary(self, code: str) -> dict[str, Any] | None:
        entry = self._entries.get(code)
        if entry is None:
            return None
        if isinstance(entry, Bundle):
            members = self._catalog.items_of(entry)
            kinds = {_department_kind(i): None for i in members}
            handlers = {PlatformText(i.department, i.department_en): None for i in members}
            return {
                "code": code,
                "name": entry.name,
                "name_en": entry.name_en,  # "" when the platform has no English name
                "kind": "bundle",
                "category": self._catalog.category_name(entry.category),
                "department": joined(list(kinds), "、", ", "),
                "handled_by": joined(list(handlers), "、", ", "),
                "cross": False,
                "online": all(i.filing_mode is FilingMode.TERMINAL for i in members),
                "mode": "terminal" if all(i.filing_mode is FilingMode.TERMINAL for i in members) else "guidance",
                "handled_where": Message(Say.GUIDE_JOINT_DEPARTMENTS),
                "conditions": PlatformText(entry.description, entry.description_en),
                "materials": self._materials_text(self._catalog.bundle_materials(entry)),
                "fees": self._fees_text(members),
                "time_limit": Message(Say.GUIDE_TIME_LIMIT_BUNDLE,
                                      (_days(max(i.promised_limit_days for i in members)),)),
                "promised_days": max(i.promised_limit_days for i in members),
                "items": [PlatformText(i.name, i.name_en) for i in members],
            }
        item = entry
        return {
            "code": code,
            "name": item.name,
            "name_en": item.name_en,
            "kind": "item",
            "category": self._catalog.category_name(item.category),
            "department": PlatformText(item.department, item.department_en),
            "handled_by": PlatformText(item.department, item.department_en),
            "cross": item.cross_province,
            "online": item.filing_mode is FilingMode.TERMINAL,
            "mode": item.filing_mode.value,
            "handled_where": self._handled_where(item),
            "cross_where": self._cross_where(item),
            "promised_days": item.promised_limit_days,
            # English conditions are whole sentences: one a line, where Chinese runs them on with "；".
            "conditions": joined(paired(item.conditions, item.conditions_en), "；", "\n"),
            "legal_basis": joined(paired(item.legal_basis, item.legal_basis_en), "；", "\n"),
            "materials": self._materials_text(item.materials),
            "fees": self._fees_text([item]),
            "time_limit": Message(Say.GUIDE_TIME_LIMIT,
                                  (_days(item.legal_limit_days), _days(item.promised_limit_days))),
            "delivery": tuple(m.words for m in item.delivery_methods),
            "needs_signature": item.needs_signature,
        }

    def _handled_where(self, item: ServiceItem) -> str:
        """The window's address (the department is shown once, as the guide's subtitle)."""
        return PlatformText(item.windows[0].address, item.windows[0].address_en) if item.windows else ""

    def _cross_where(self, item: ServiceItem) -> Message | str:
        if not item.cross_province:
            return ""
        names = "、".join(self._regions.full_name(c) or c for c in item.handling_regions)  # data: region names
        return Message(Say.GUIDE_CROSS_WHERE, (names,))

    @staticmethod
    def _materials_text(materials: Iterable[Material]) -> tuple[str | Message, ...]:
        return tuple(Message(Say.GUIDE_MATERIAL_ELICENSE, (m.title,)) if m.elicense_type else m.title
                     for m in materials)

    @staticmethod
    def _fees_text(items: Iterable[ServiceItem]) -> tuple[Message, ...] | Message:
        fees = [f for i in items for f in i.fees if f.amount_fen > 0]
        if not fees:
            return Message(Say.GUIDE_NO_FEE)
        return tuple(Message(Say.GUIDE_FEE, (PlatformText(f.name, f.name_en), f.amount_yuan)) for f in fees)

    def guide(self, code: str) -> dict[str, Any]:
        s = self.summary(code)
        if s is None:
            raise KeyError(code)
        sections = [{"title": Message(title), "body": s[k]} for title, k in _SECTIONS if s.get(k)]
        return {
            "code": code,
            "name": s["name"],
            "name_en": s["name_en"],
            "department": s["department"],
            "online": s["online"],
            "mode": s["mode"],
            "handled_where": s["handled_where"],
            "sections": sections,
            "windows": self.windows(code),
        }

    def windows(self, code: str) -> list[dict[str, str]]:
        """Where the item is handled in person: name, address, hours and phone of each window.
        A bundle lists its members' windows, each once."""
        entry = self._entries.get(code)
        if entry is None:
            return []
        items = self._catalog.items_of(entry) if isinstance(entry, Bundle) else [entry]
        seen: dict[str, dict[str, str]] = {}
        for item in items:
            for w in item.windows:
                seen.setdefault(w.name, {"name": PlatformText(w.name, w.name_en),
                                         "address": PlatformText(w.address, w.address_en),
                                         "hours": PlatformText(w.hours, w.hours_en), "phone": w.phone})
        return list(seen.values())

    def materials(self, code: str, held_license_types: Iterable[str] = ()) -> list[dict[str, Any]]:
        entry = self._entries[code]
        listed = self._catalog.bundle_materials(entry) if isinstance(entry, Bundle) else entry.materials
        held = set(held_license_types)
        rows = []
        for m in listed:
            waived = m.waived_by(held)
            status = Message(
                Say.MATERIAL_WAIVED if waived else Say.MATERIAL_PHOTO if m.required else Say.MATERIAL_OPTIONAL
            )
            rows.append(
                {
                    "id": m.id,
                    "name": m.title,  # the Chinese string (photos and filings name it so), with its English
                    "status": status,
                    "done": waived,
                    "needs_photo": not waived,
                    "required": m.required,
                    "elicense_type": m.elicense_type,
                }
            )
        return rows

    # --- the form ----------------------------------------------------------------------------------

    def schema(self, code: str) -> FormSchema:
        entry = self._entries[code]
        return self._catalog.bundle_form(entry) if isinstance(entry, Bundle) else entry.form

    def _delivery_methods(self, code: str) -> tuple[DeliveryMethod, ...]:
        entry = self._entries[code]
        if isinstance(entry, ServiceItem):
            return entry.delivery_methods
        members = self._catalog.items_of(entry)
        common = [m for m in DeliveryMethod if all(m in i.delivery_methods for i in members)]
        return tuple(common) or (DeliveryMethod.PICKUP,)

    def _handling_regions(self, code: str) -> tuple[str, ...]:
        entry = self._entries[code]
        return entry.handling_regions if isinstance(entry, ServiceItem) and entry.cross_province else ()

    def form_fields(self, code: str, identity: Identity | None) -> list[dict[str, Any]]:
        schema = self.schema(code)
        values = prefill(schema, identity) if identity else {}
        fields = [self._field_dict(spec, values.get(spec.id, "")) for spec in schema.fields]
        handling = self._handling_regions(code)
        if handling:
            options = [{"value": c, "label": self._regions.full_name(c) or c} for c in handling]
            suggested = suggest_handling_region(identity.document_number, handling) if identity else ""
            # The suggestion is a county; offer the listed region that contains it.
            value = next((c for c in handling if suggested and region_contains(c, suggested)), "")
            fields.append(
                {
                    "id": HANDLING_FIELD,
                    "label": Message(Say.FIELD_HANDLING_REGION),
                    "type": "choice",
                    "required": True,
                    "value": value,
                    "options": options,
                    "hint": Message(Say.FIELD_HANDLING_HINT),
                }
            )
        methods = self._delivery_methods(code)
        fields.append(
            {
                "id": DELIVERY_FIELD,
                "label": Message(Say.FIELD_DELIVERY),
                "type": "choice",
                "required": True,
                "value": methods[0].value if len(methods) == 1 else "",
                "options": [{"value": m.value, "label": m.words} for m in methods],
            }
        )
        if DeliveryMethod.EMS in methods:
            # The screen is public (docs/personal-data.md). The recipient is the card holder unless
            # the citizen says otherwise: their name comes from the card, shown masked and read-only,
            # with a button to type someone else's. The card's address is not offered: it is the
            # household-registration address (often not where post reaches the citizen), a home
            # address in full is more telling to a bystander than a name, and a masked address could
            # not be checked by the citizen before the result is posted to it.
            recipient = identity.display_name if identity else ""
            for fid, label in _EMS_LABELS.items():
                spec_type = {"ems_phone": "phone", "ems_region": "region", "ems_address": "address"}.get(fid, "text")
                field: dict[str, Any] = {
                    "id": fid,
                    "label": label,
                    "type": spec_type,
                    "required": False,
                    "value": "",
                    "hint": Message(Say.FIELD_EMS_HINT),
                    "when": {"field": DELIVERY_FIELD, "value": DeliveryMethod.EMS.value},  # shown only for EMS
                }
                if fid == "ems_recipient" and recipient:
                    field.update(value=recipient, locked=True, replaceable=True, display=mask_name(recipient))
                if spec_type == "region":
                    field.update(type="choice", kind="region", options=self._region_options(RegionLevel.COUNTY))
                fields.append(field)
        return fields

    def _region_options(self, level: RegionLevel) -> list[dict[str, str]]:
        # Where a pick may end: regions at the field's level, and leaves above it (东莞市, 香港).
        # Worked out once per catalog (~3,500 full names: ~10 ms each time a form opened); each
        # form gets its own copies.
        if level not in self._region_lists:
            self._region_lists[level] = [
                {"value": r.code, "label": self._regions.full_name(r.code)}
                for r in self._regions
                if region_level_of(r.code) == level
                or (region_level_of(r.code) < level and self._regions.is_leaf(r.code))
            ]
        return [dict(option) for option in self._region_lists[level]]

    def _field_dict(self, spec: FieldSpec, value: str) -> dict[str, Any]:
        # What the card (or a verified service code) said is not retyped or changed on a public
        # screen: the field is read-only and shows its value masked.
        locked = bool(value) and spec.prefill in _FROM_CARD
        field: dict[str, Any] = {
            "id": spec.id,
            "label": spec.label if isinstance(spec.label, Message) else PlatformText(spec.label, spec.label_en),
            "type": spec.type.value,
            "required": spec.required,
            "value": value,
            "hint": PlatformText(spec.hint, spec.hint_en) if spec.hint else "",
            "locked": locked,
            "display": _masked(spec.type.value, spec.id, value, locked) if locked else "",
        }
        if spec.type is FieldType.CHOICE:
            field["options"] = [{"value": o.value, "label": PlatformText(o.label, o.label_en)} for o in spec.options]
        elif spec.type is FieldType.REGION:
            field.update(type="choice", kind="region", options=self._region_options(spec.region_level))
        elif spec.type is FieldType.DATE:
            field["hint"] = spec.hint or Message(Say.FIELD_DATE_HINT)
        elif spec.type is FieldType.NUMBER and not spec.integer:
            field["kind"] = "decimal"  # it takes a decimal point: its keypad has one, a whole number's has not
        return field

    def validate(self, service_code: str, values: Mapping[str, Any]) -> dict[str, Message]:
        today = self._clock.now().date()
        errors = Form(self.schema(service_code), today=today, regions=self._regions).validate(values)
        handling = self._handling_regions(service_code)
        if handling:
            message = validate_handling_region(str(values.get(HANDLING_FIELD, "") or ""), handling)
            if message:
                errors[HANDLING_FIELD] = message
        choice = DeliveryChoice.from_values(
            {"method": str(values.get(DELIVERY_FIELD, "") or "")}
            | {key: str(values.get(fid, "") or "") for fid, key in _EMS_KEYS.items()}
        )
        back = {key: fid for fid, key in _EMS_KEYS.items()} | {"method": DELIVERY_FIELD}
        for key, message in validate_delivery(
            choice, self._delivery_methods(service_code), regions=self._regions
        ).items():
            errors[back[key]] = message
        return errors

    def review_rows(self, code: str, values: Mapping[str, Any], reveal: bool = False) -> list[dict[str, Any]]:
        """What the citizen checks before submitting. ID numbers, phone numbers and names are masked
        (the screen is public) unless the card holder asked to see them in full (``reveal``)."""
        s = self.summary(code) or {}
        rows: list[dict[str, Any]] = [{"label": Message(Say.REVIEW_SERVICE), "value": str(s.get("name", code)),
                                       "value_en": str(s.get("name_en", ""))}]
        by_post = values.get("delivery") == "ems"
        for field in self.form_fields(code, None):
            raw = str(values.get(field["id"], "") or "")
            if not raw or (field["id"].startswith("ems_") and not by_post):
                continue  # prefilled postal details do not apply when the result is not posted
            labels = {o["value"]: o["label"] for o in field.get("options", [])}
            shown = labels.get(raw, raw)
            if not reveal and isinstance(shown, str):  # a Message is the terminal's own words, never personal
                shown = _masked(str(field["type"]), str(field["id"]), shown, True)
            rows.append({"label": field["label"], "value": shown, "id": field["id"]})
        return rows


def _department_kind(item: ServiceItem) -> PlatformText:
    """The kind of department (医保局) that a bundle's summary names, or its full name without one."""
    if item.department_type:
        return PlatformText(item.department_type, item.department_type_en)
    return PlatformText(item.department, item.department_en)


_FROM_CARD = {PrefillSource.NAME, PrefillSource.DOCUMENT_NUMBER, PrefillSource.GENDER, PrefillSource.BIRTH_DATE}
_NAME_FIELDS = {"applicant_name", "name", "recipient", "ems_recipient"}


def _masked(field_type: str, field_id: str, value: str, personal: bool) -> str:
    if not personal or not value:
        return value
    if field_type == "id_number":
        return mask_id_number(value)
    if field_type == "phone":
        return mask_phone(value)
    if field_id in _NAME_FIELDS:
        return mask_name(value)
    return value
