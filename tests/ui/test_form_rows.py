"""The form is a list model: a change to one field touches that field's row, and QML rebuilds nothing."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, on, open_form_of
from tests.ui.harness import find, tap, type_into, visible, walk

FIELDS: list[dict[str, Any]] = [
    {"id": "phone", "label": "手机号", "type": "phone", "required": True, "value": "", "error": ""},
    {"id": "from_region", "label": "迁出地", "type": "choice", "kind": "region", "value": "", "error": "",
     "options": [{"value": "310101"}, {"value": "320102"}]},
    {"id": "reason", "label": "原因", "type": "choice", "value": "", "error": "请选择",
     "options": [{"value": "work", "label": "工作"}]},
]


def _regions(_field: dict[str, Any], value: str, level: int) -> list[dict[str, str]]:
    # a two-province stand-in for the catalog's cascade: cities appear once a province is picked
    if level == 0:
        return [{"value": "31", "label": "上海"}, {"value": "32", "label": "江苏"}]
    if level == 1 and value:
        return [{"value": value[:2] + "01", "label": "市辖区"}]
    return []


def _changes(model: Any) -> list[tuple[int, int, list[int]]]:
    seen: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda first, last, roles: seen.append((first.row(), last.row(), list(roles))))
    return seen


def test_typing_into_a_field_changes_only_that_rows_value(qapp: Any) -> None:
    from ui.viewmodels.form_model import ROLES, FormFieldsModel

    model = FormFieldsModel(_regions)
    model.reset(FIELDS)
    seen = _changes(model)
    model.set_value("phone", "138")
    assert seen == [(0, 0, [ROLES["value"]])]
    assert model.data(model.index(0), ROLES["value"]) == "138"


def test_picking_a_province_changes_that_rows_value_and_city_buttons_only(qapp: Any) -> None:
    from ui.viewmodels.form_model import ROLES, FormFieldsModel

    model = FormFieldsModel(_regions)
    model.reset(FIELDS)
    seen = _changes(model)
    model.set_value("from_region", "32")
    assert seen == [(1, 1, [ROLES["value"], ROLES["region1"]])]  # the province row stays as it was
    assert model.data(model.index(1), ROLES["region1"]) == [{"value": "3201", "label": "市辖区"}]


def test_the_check_tells_only_the_fields_whose_message_changed(qapp: Any) -> None:
    from ui.viewmodels.form_model import ROLES, FormFieldsModel

    model = FormFieldsModel(_regions)
    model.reset(FIELDS)
    seen = _changes(model)
    model.set_errors({"phone": "请填写手机号", "reason": "请选择"})
    assert seen == [(0, 0, [ROLES["error"]])]


@pytest.mark.slow
def test_typing_on_the_form_makes_qml_reread_no_other_field(
    qtbot: QtBot, demo_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    tap(qtbot, win, "field_from_region_p0")
    asked: list[tuple[str, int]] = []
    original = app.vm.regionOptions

    def counted(field_id: str, value: str, level: int) -> Any:
        asked.append((field_id, level))
        return original(field_id, value, level)

    monkeypatch.setattr(app.vm, "regionOptions", counted)
    before = {name: find(win, name) for name in ("field_from_region_c0", "field_move_reason_0", "field_to_address")}
    type_into(qtbot, win, "field_phone", "13812345678")
    assert asked == []  # before: every keystroke re-asked for every region row's buttons
    for name, item in before.items():
        assert shiboken6.isValid(item) and find(win, name) is item, f"{name} was rebuilt"
    assert app.vm.formValues["phone"] == "13812345678"


@pytest.mark.slow
def test_a_failed_check_shows_its_messages_without_rebuilding_the_form(qtbot: QtBot, demo_app: Any) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    type_into(qtbot, win, "field_phone", "12345")
    phone = find(win, "field_phone")
    tap(qtbot, win, "reviewButton")
    qtbot.waitUntil(lambda: bool(find(win, "error_phone").property("text")), timeout=5000)
    assert app.vm.screen == "form"
    assert shiboken6.isValid(phone) and find(win, "field_phone") is phone  # typed text, focus and scroll stay
    assert phone.property("text") == "12345"
    tap(qtbot, win, "field_move_reason_0")
    assert not find(win, "field_move_reason_0").property("secondary")  # the pick shows on its button


@pytest.mark.slow
def test_the_check_puts_into_words_only_the_fields_it_found_wrong(
    qtbot: QtBot, demo_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    type_into(qtbot, win, "field_phone", "12345")
    rendered: list[Any] = []
    render = app.vm._form._render

    def counted(value: Any) -> Any:
        rendered.append(value)
        return render(value)

    monkeypatch.setattr(app.vm._form, "_render", counted)
    tap(qtbot, win, "reviewButton")
    qtbot.waitUntil(lambda: bool(find(win, "error_phone").property("text")), timeout=5000)
    assert "phone" in [problem["field"] for problem in app.vm.problems]  # the wrong field is named
    # Before: every field was put into words, each region field with its options (~17,000 values).
    assert [v["id"] for v in rendered if isinstance(v, dict) and "id" in v] == []


@pytest.mark.slow
def test_a_region_field_builds_no_hidden_buttons_for_its_counties(qtbot: QtBot, demo_app: Any) -> None:

    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    names = [item.objectName() for item in walk(win.contentItem(), shown_only=False)]
    # the cascade's buttons are named field_from_region_p0…; a plain choice button would be field_from_region_0
    plain = [n for n in names if n.startswith("field_from_region_") and n.removeprefix("field_from_region_").isdigit()]
    assert plain == []
    assert "field_from_region_p0" in names


def test_a_region_fields_county_list_is_not_put_into_words_for_qml(qapp: Any) -> None:
    from ui.viewmodels.form_model import ROLES, FormFieldsModel

    rendered: list[Any] = []

    def render(value: Any) -> Any:
        rendered.append(value)
        return value

    model = FormFieldsModel(_regions, render=render)
    model.reset(FIELDS)
    assert model.data(model.index(1), ROLES["options"]) == []
    assert FIELDS[1]["options"] not in rendered  # ~2,800 counties rendered per read, for nothing


@pytest.mark.slow
def test_hidden_postal_fields_get_their_buttons_only_once_shown(qtbot: QtBot, demo_app: Any) -> None:
    from tests.ui.flows import option_index

    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    assert visible(win, "field_from_region_p0")
    assert not _named(win, "field_ems_region_p0")  # before: 34 hidden province buttons built with the form
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'ems')}")
    qtbot.waitUntil(lambda: visible(win, "field_ems_region_p0"), timeout=5000)


@pytest.mark.slow
def test_opening_the_same_form_again_repeats_no_region_work(
    qtbot: QtBot, demo_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.catalog.regions
    import ui.viewmodels.session_vm as session_vm

    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    tap(qtbot, win, "backButton")
    on(qtbot, app, "guide")
    steps: list[int] = []
    cascade = kiosk.catalog.regions.cascade_options

    def counted_step(*args: Any) -> Any:
        steps.append(1)
        return cascade(*args)

    monkeypatch.setattr(session_vm, "cascade_options", counted_step)
    guides: list[Any] = []
    render = app.vm.words.render

    def counted(value: Any) -> Any:
        if value is app.vm._guide:
            guides.append(value)
        return render(value)

    monkeypatch.setattr(app.vm.words, "render", counted)
    for _ in range(3):
        assert app.vm.guide["name"]  # what the guide screen's bindings read
    assert guides == []  # before: the whole guide put into words on every read
    monkeypatch.setattr(app.vm.words, "render", render)
    tap(qtbot, win, "startFormButton")
    on(qtbot, app, "form")
    assert steps == []  # before: each step of the cascade walked ~2,800 counties again
    assert visible(win, "field_from_region_p0")


def _named(win: Any, name: str) -> bool:
    from tests.ui.harness import _search

    return _search(win, name) is not None



@pytest.mark.slow
def test_the_form_is_built_while_the_guide_is_read_and_the_tap_only_shows_it(qtbot: QtBot, demo_app: Any) -> None:
    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=15000)
    type_into(qtbot, win, "serviceSearch", "hukouqianyi")
    qtbot.waitUntil(lambda: len(app.vm.services) > 0, timeout=5000)
    tap(qtbot, win, f"service_{app.vm.services[0]['code']}")
    on(qtbot, app, "guide")
    # before: nothing of the form existed until 开始申请, which built its ~400 items in one go (~35 ms)
    qtbot.waitUntil(lambda: _named(win, "field_phone"), timeout=5000)
    assert not visible(win, "field_phone")  # built hidden: the citizen still reads the guide
    assert visible(win, "guideName")
    resets: list[int] = []
    app.vm.formModel.modelReset.connect(lambda: resets.append(1))
    tap(qtbot, win, "startFormButton")
    on(qtbot, app, "form")
    assert resets == []  # the rows made for the guide are the ones shown: none made again
    assert visible(win, "field_phone")
    assert not visible(win, "guideName")


@pytest.mark.slow
def test_a_form_tapped_open_before_it_was_built_shows_laid_out(qtbot: QtBot, demo_app: Any) -> None:
    from tests.ui.harness import walk

    app, win = demo_app, demo_app.window
    identify_with_the_card(qtbot, app)
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=15000)
    for _ in range(8):  # where the building stands at the tap varies: several tries
        type_into(qtbot, win, "serviceSearch", "hukouqianyi")
        qtbot.waitUntil(lambda: len(app.vm.services) > 0, timeout=5000)
        tap(qtbot, win, f"service_{app.vm.services[0]['code']}")
        qtbot.waitUntil(lambda: visible(win, "startFormButton"), timeout=5000)
        tap(qtbot, win, "startFormButton")  # at once: the form is still being built
        qtbot.waitUntil(lambda: visible(win, "screen_form"), timeout=10000)
        # checked at the first moment it shows, before anything else runs: a tap could come now
        heights = [i.height() for i in walk(find(win, "screen_form"))
                   if i.objectName().startswith("field_") and i.property("cursorPosition") is not None]
        assert heights and min(heights) >= 64, heights  # before: 50 px now and then, until the next frame
        tap(qtbot, win, "backButton")
        on(qtbot, app, "guide")
        tap(qtbot, win, "backButton")
        on(qtbot, app, "choose_service")


@pytest.mark.slow
def test_the_last_citizens_form_fields_leave_the_view_model_at_the_wipe(qtbot: QtBot, demo_app: Any) -> None:
    app = demo_app
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    identity = app.assembly.terminal.session.data.identity
    name, number = identity.name, identity.document_number
    app.assembly.terminal.session.end("done")
    qtbot.waitUntil(lambda: app.vm.screen == "idle", timeout=5000)
    held = repr([v for v in vars(app.vm).values() if isinstance(v, (list, tuple, dict))])
    # before: the form's fields (and the platform cue's key holding them) kept both until the next form
    assert name not in held
    assert number not in held
