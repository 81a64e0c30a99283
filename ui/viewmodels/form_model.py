"""The form's fields as a Qt list model: one row per field, so a change touches one row.

QML builds one delegate per row when the form opens and never again while the citizen fills it:
a typed character, a picked option or an error from the check updates that row's roles
(``dataChanged``), and only the bindings reading those roles re-run. Before, the fields were one
list property, and every pick re-read a shared map of values that every choice button and every
region row depended on — QML rebuilt the choice buttons on each keystroke (up to 58 ms measured).

A region field (province → city → district) carries its three rows of buttons as the roles
``region0``–``region2``; picking a province changes only the rows whose options changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

RegionOptions = Callable[[dict[str, Any], str, int], list[dict[str, Any]]]

ROLE_NAMES = ("fieldId", "label", "fieldType", "kind", "isRequired", "hint", "options", "value", "error",
              "region0", "region1", "region2", "locked", "display", "whenField", "whenValue", "replaceable")
_FIRST = int(Qt.ItemDataRole.UserRole) + 1
ROLES = {name: _FIRST + i for i, name in enumerate(ROLE_NAMES)}
_KEYS = {"fieldId": "id", "fieldType": "type", "isRequired": "required"}  # role → key of the field dict
REGION_LEVELS = 3


class FormFieldsModel(QAbstractListModel):
    def __init__(self, region_options: RegionOptions, parent: Any = None,
                 render: Callable[[Any], Any] = lambda value: value) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._region_options = region_options
        # Labels, hints, options and errors may be Messages (the terminal's own words): shown in the
        # session's language by ``render`` (ui.words.Words.render).
        self._render = render

    # --- Qt -----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for name, role in ROLES.items()}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        name = ROLE_NAMES[role - _FIRST] if _FIRST <= role < _FIRST + len(ROLE_NAMES) else ""
        if name.startswith("region"):
            return row["_regions"][int(name[-1])]
        if not name:
            return None
        if name in ("whenField", "whenValue"):
            # A field shown only for one answer of another (postal fields: delivery = ems).
            return str((row.get("when") or {}).get("field" if name == "whenField" else "value", ""))
        if name in ("locked", "replaceable"):
            return bool(row.get(name))
        if name == "options" and row.get("kind") == "region":
            # ~2,800 allowed counties: QML shows the cascade (region0–2), never this list, so it is
            # neither put into words nor converted for QML (that was ~10 ms per form opened).
            return []
        value = self._render(row.get(_KEYS.get(name, name)))
        if name in ("label", "fieldType", "kind", "hint", "value", "error", "display"):
            return "" if value is None else str(value)
        if name == "isRequired":
            return bool(value)
        return value if value is not None else []

    # --- the view model's side --------------------------------------------------------------

    def reset(self, fields: list[dict[str, Any]]) -> None:
        """A new form (or none): the one time QML builds the delegates."""
        self.beginResetModel()
        self._rows = [dict(f) for f in fields]
        for row in self._rows:
            row["_regions"] = self._regions(row)
        self.endResetModel()

    def set_value(self, field_id: str, value: str) -> None:
        for i, row in enumerate(self._rows):
            if row["id"] != field_id:
                continue
            changed = []
            if row.get("value") != value:
                row["value"] = value
                changed.append("value")
            if row.get("error"):
                row["error"] = ""
                changed.append("error")
            regions = self._regions(row)
            changed += [f"region{level}" for level in range(REGION_LEVELS) if regions[level] != row["_regions"][level]]
            row["_regions"] = regions
            if changed:
                self.dataChanged.emit(self.index(i), self.index(i), [ROLES[name] for name in changed])
            return

    def replace(self, field_id: str) -> None:
        """A prefilled, masked value the citizen may replace (the postal recipient is someone else):
        the field empties and takes typing; the card's value is not shown in full on the way."""
        for i, row in enumerate(self._rows):
            if row["id"] == field_id and row.get("replaceable") and row.get("locked"):
                row.update(value="", display="", locked=False, replaceable=False)
                names = ("value", "display", "locked", "replaceable")
                self.dataChanged.emit(self.index(i), self.index(i), [ROLES[n] for n in names])
                return

    def retranslate(self) -> None:
        """The language changed: every row's words are read again (values and choices stay)."""
        if self._rows:
            words = [ROLES[n] for n in ("label", "hint", "error", "options", "region0", "region1", "region2")]
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), words)

    def set_errors(self, errors: Mapping[str, Any]) -> None:
        """The check's verdict: each field whose message changed is told, and only that."""
        for i, row in enumerate(self._rows):
            error = errors.get(row["id"], "")
            if (row.get("error") or "") != error:
                row["error"] = error
                self.dataChanged.emit(self.index(i), self.index(i), [ROLES["error"]])

    def has_errors(self) -> bool:
        return any(row.get("error") for row in self._rows)

    def fields(self) -> list[dict[str, Any]]:
        """The fields as plain dicts (what Python readers and tests see)."""
        return [self._render({k: v for k, v in row.items() if not k.startswith("_")}) for row in self._rows]

    def values(self) -> dict[str, Any]:
        return {row["id"]: row.get("value", "") for row in self._rows}

    def field(self, field_id: str) -> dict[str, Any] | None:
        return next((row for row in self._rows if row["id"] == field_id), None)

    def _regions(self, row: dict[str, Any]) -> list[list[dict[str, Any]]]:
        if row.get("kind") != "region":
            return [[] for _ in range(REGION_LEVELS)]
        value = str(row.get("value") or "")
        return [self._region_options(row, value, level) for level in range(REGION_LEVELS)]
