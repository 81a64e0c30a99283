"""Fill what the terminal already knows about the citizen, so they only type what it does not."""

from __future__ import annotations

from kiosk.domain.identity import Gender, Identity
from kiosk.forms.schema import FieldSpec, FieldType, FormSchema, PrefillSource


def _gender_value(spec: FieldSpec, gender: Gender) -> str:
    if gender not in (Gender.MALE, Gender.FEMALE):
        return ""
    if spec.type is not FieldType.CHOICE:
        return gender.label_zh
    # Platforms code gender either as GB/T 2261.1 digits or by its label; accept both.
    for option in spec.options:
        if option.value == gender.value or option.label == gender.label_zh:
            return option.value
    return ""


def _value_for(spec: FieldSpec, identity: Identity) -> str:
    source = spec.prefill
    if source is PrefillSource.NAME:
        return identity.display_name
    if source is PrefillSource.DOCUMENT_NUMBER:
        return identity.document_number
    if source is PrefillSource.GENDER:
        return _gender_value(spec, identity.gender)
    if source is PrefillSource.BIRTH_DATE:
        return identity.birth_date.isoformat() if identity.birth_date else ""
    if source is PrefillSource.ADDRESS:
        return identity.address
    return ""


def prefill(schema: FormSchema, identity: Identity) -> dict[str, str]:
    """Values for every field marked ``prefill`` that the identity can answer; others are left out."""
    values: dict[str, str] = {}
    for spec in schema.fields:
        if spec.prefill is None:
            continue
        value = _value_for(spec, identity)
        if value:
            values[spec.id] = value
    return values
