"""The wipe forgets every field the session has, including fields added after this test was written:
each field gets a personal value built from its declared type, so a field the wipe skips is caught
and a field of a type this test cannot fill fails loudly instead of passing unchecked."""

from __future__ import annotations

import typing
from dataclasses import fields
from enum import Enum
from types import NoneType, UnionType
from typing import Any

import pytest

from kiosk.domain.identity import Identity
from kiosk.messages import Message, Say
from kiosk.session.data import SessionData

SECRET = "张三丰11010519491231002X"


def _personal_value(tp: Any, identity: Identity) -> Any:
    origin = typing.get_origin(tp)
    if origin in (UnionType, typing.Union):
        return _personal_value(next(a for a in typing.get_args(tp) if a is not NoneType), identity)
    if tp is Identity:
        return identity
    if tp is str:
        return SECRET
    if tp is bytes:
        return SECRET.encode()
    if tp is bool:
        return True
    if tp is int:
        return 5
    if origin is dict or tp is dict:
        return {"field": SECRET}
    if origin is list or tp is list:
        return [{"value": SECRET}]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return list(tp)[-1]
    if tp is Message:  # a notice carrying the citizen's data
        return Message(Say.CODE_LICENSE_ADDED, (SECRET,), spoken=False)
    raise AssertionError(f"this test cannot fill a session field of type {tp!r}: teach _personal_value")


def _filled(identity: Identity) -> SessionData:
    data = SessionData()
    hints = typing.get_type_hints(SessionData)
    for f in fields(SessionData):
        setattr(data, f.name, _personal_value(hints[f.name], identity))
        assert getattr(data, f.name) != getattr(SessionData(), f.name), f"{f.name} was not changed before the wipe"
    return data


@pytest.mark.parametrize("name", [f.name for f in fields(SessionData)])
def test_the_wipe_restores_every_field_to_its_empty_value(name: str, identity: Identity) -> None:
    data = _filled(identity)
    data.wipe()
    assert getattr(data, name) == getattr(SessionData(), name)


def test_containers_held_by_views_are_emptied_in_place(identity: Identity) -> None:
    data = _filled(identity)
    values = {f.name: getattr(data, f.name) for f in fields(SessionData)}
    held = {name: value for name, value in values.items() if isinstance(value, dict | list)}
    data.wipe()
    assert all(len(value) == 0 for value in held.values())
    assert data.is_empty()
    assert SECRET not in repr(vars(data))
