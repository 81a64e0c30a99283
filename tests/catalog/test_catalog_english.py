"""The platform's English beside its Chinese (``*_en``, docs/platform-api.yaml): parsed when sent,
shown in an English session, never needed (a catalog without it reads as before), and never
changing what a Chinese session shows."""

from __future__ import annotations

import copy
import functools
import json
import pickle
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.catalog.parse import CatalogFormatError, parse_catalog
from kiosk.catalog.services import CatalogServices
from kiosk.clock import ManualClock
from kiosk.messages import Message, Say
from kiosk.platform_text import PlatformText
from sandbox_platform.catalog_data import ENGLISH_ITEMS, load_catalog
from sandbox_platform.catalog_data.english import NAMES_EN
from ui.words import Words

EN, ZH = Words("en_US"), Words("zh_CN")
CJK = re.compile(r"[\u3400-\u9fff]")
HALL = "310101"  # the demo hall's county: it sees county, city and province items


@functools.cache
def _sample() -> dict[str, Any]:
    return load_catalog()


@pytest.fixture
def sample() -> dict[str, Any]:
    return _sample()


def _item(sample: dict[str, Any], name: str) -> dict[str, Any]:
    """The item as the demo hall's terminal gets it (its county's, city's or province's)."""
    return copy.deepcopy(next(i for i in sample["items"]
                              if i["name"] == name and i["region_code"] in (HALL, "310100", "310000")))


def _one_item_catalog(sample: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    return {"version": "t", "regions": sample["regions"], "categories": sample["categories"], "items": [item]}


def _english_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Where the platform put English in a piece of catalog JSON: the path of every ``*_en`` key."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if isinstance(key, str) and key.endswith("_en"):
                yield (*path, key)
            else:
                yield from _english_paths(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _english_paths(inner, (*path, i))


def _without(value: dict[str, Any], paths: set[tuple[Any, ...]]) -> dict[str, Any]:
    out = copy.deepcopy(value)
    for path in paths:
        holder = out
        for step in path[:-1]:
            holder = holder[step]
        del holder[path[-1]]
    return out


def _shown(services: CatalogServices, code: str) -> dict[str, Any]:
    """What the guide and form screens show of an item, as the service view gives it. The
    cross-province section's region names and the region pickers' places are data (the region
    table), not the item's content, and are left out."""
    guide = services.guide(code)
    sections = [s for s in guide["sections"] if s["title"] != Message(Say.SECTION_CROSS_WHERE)]
    fields = [{k: v for k, v in f.items() if not (k == "options" and _places(f))}
              for f in services.form_fields(code, None)]
    return {"guide": dict(guide, sections=sections), "fields": fields, "materials": services.materials(code)}


def _in_words(words: Words, shown: dict[str, Any]) -> str:
    """The screens' text of ``_shown`` in one language (the item's name as the guide shows it; its
    Chinese, kept aside as ``name_zh`` for the screens' own use, is not shown)."""
    guide = {k: v for k, v in words.platform_row(shown["guide"]).items() if k not in ("name_zh", "name_en")}
    return json.dumps([guide, words.render(shown["fields"]), words.render(shown["materials"])], ensure_ascii=False)


def _places(field: dict[str, Any]) -> bool:
    """A field whose choices are places from the region table (data)."""
    return field.get("kind") == "region" or field["id"] == "handling_region"


def _services(raw: dict[str, Any]) -> CatalogServices:
    return CatalogServices(parse_catalog(raw), HALL, ManualClock())


def test_the_sample_sends_english_for_every_text_of_the_items_it_names_in_english(sample: dict[str, Any]) -> None:
    services = _services(sample)
    named = [r for r in services.search("", "") if r["name"] in NAMES_EN] + [
        r for name in NAMES_EN for r in services.search(name, "") if r["name"] == name]
    assert {r["name"] for r in named} == set(NAMES_EN)
    for row in named:
        shown = _shown(services, str(row["code"]))
        assert not EN.in_chinese(shown), row["name"]
        assert not CJK.search(_in_words(EN, shown)), row["name"]


def test_an_item_without_english_parses_and_shows_its_chinese_with_the_cue(sample: dict[str, Any]) -> None:
    item = _item(sample, "居民身份证换领")
    bare = _without(item, set(_english_paths(item)))
    services = _services(_one_item_catalog(sample, bare))
    shown = _shown(services, bare["code"])
    assert EN.in_chinese(shown) and not ZH.in_chinese(shown)
    assert EN.platform_row(services.guide(bare["code"]))["department"] == "上海市公安局黄浦区分局"


def test_the_english_is_parsed_into_the_item_its_materials_fees_windows_and_form(sample: dict[str, Any]) -> None:
    item = parse_catalog(_one_item_catalog(sample, _item(sample, "居民身份证换领"))).items[0]
    assert item.department_en == "Huangpu Sub-bureau, Shanghai Public Security Bureau"
    assert item.conditions_en == ("You apply for yourself, or as the applicant's legal guardian",)
    assert item.materials[0].title == "居民身份证" and item.materials[0].title.en == "Resident ID card"
    assert (item.fees[0].name_en, item.fees[0].basis_en) == ("ID card fee", "At the rate set by the price authority")
    assert item.windows[0].hours_en.startswith("Monday to Friday")
    assert item.form.field("phone").label_en == "Mobile phone number"


def test_in_english_a_fee_reads_in_english_and_in_chinese_as_before(sample: dict[str, Any]) -> None:
    item = _item(sample, "居民身份证换领")
    services = _services(_one_item_catalog(sample, item))
    fees = next(s["body"] for s in services.guide(item["code"])["sections"] if s["title"] == Message(Say.SECTION_FEES))
    assert EN.render(fees) == "ID card fee: CNY 20.00"
    assert ZH.render(fees) == "居民身份证工本费：20.00元"


def test_a_choice_options_english_is_shown_and_its_value_stays(sample: dict[str, Any]) -> None:
    item = _item(sample, "户口迁移")
    services = _services(_one_item_catalog(sample, item))
    reason = next(f for f in services.form_fields(item["code"], None) if f["id"] == "move_reason")
    assert EN.render(reason)["label"] == "Reason for moving"
    assert EN.render(reason)["options"][0] == {"value": "work", "label": "Job transfer"}
    assert ZH.render(reason)["options"][0] == {"value": "work", "label": "工作调动"}


def test_a_fields_hint_has_english_too(sample: dict[str, Any]) -> None:
    item = _item(sample, "户口迁移")
    item["form"]["fields"][2] |= {"hint": "用于接收办理进度短信", "hint_en": "We text you when there is progress"}
    services = _services(_one_item_catalog(sample, item))
    phone = next(f for f in services.form_fields(item["code"], None) if f["id"] == "phone")
    assert EN.render(phone)["hint"] == "We text you when there is progress"
    assert ZH.render(phone)["hint"] == "用于接收办理进度短信"


def test_a_category_chip_in_english_filters_like_its_chinese(sample: dict[str, Any]) -> None:
    services = _services(sample)
    assert "Household registration" in EN.render(services.categories())
    english = services.search("", "Household registration")
    assert english and english == services.search("", "户籍办理")


def test_an_english_list_of_another_length_than_the_chinese_is_refused(sample: dict[str, Any]) -> None:
    item = _item(sample, "户口迁移")
    item["conditions_en"] = item["conditions_en"][:1]
    with pytest.raises(CatalogFormatError, match=rf"{item['code']}.*conditions_en.*1.*2"):
        parse_catalog(_one_item_catalog(sample, item))


def test_english_that_is_not_text_is_refused_naming_the_field(sample: dict[str, Any]) -> None:
    item = _item(sample, "户口迁移")
    item["form"]["fields"][0]["label_en"] = ["Applicant's name"]
    with pytest.raises(CatalogFormatError, match=r"applicant_name.*label_en"):
        parse_catalog(_one_item_catalog(sample, item))


def test_a_platform_text_is_its_chinese_wherever_it_is_filed_printed_or_compared() -> None:
    text = PlatformText("居民身份证", "Resident ID card")
    assert text == "居民身份证" and json.dumps(text, ensure_ascii=False) == '"居民身份证"' and str(text) == "居民身份证"
    assert type(EN.render(text)) is str and EN.render(text) == "Resident ID card" and ZH.render(text) == "居民身份证"
    assert EN.render(Message(Say.MATERIALS_MISSING, ((text,),))).count("Resident ID card") == 1
    # Session data is copied (the form kept across 返回): the English goes along.
    assert all(c.en == "Resident ID card" for c in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))))


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_any_part_of_the_english_may_be_missing_and_exactly_that_part_shows_in_chinese(data: st.DataObject) -> None:
    sample = _sample()
    name = data.draw(st.sampled_from(["居民身份证换领", "户口迁移", "异地就医备案", "社会保障卡申领"]))
    item = _item(sample, name)
    paths = sorted(_english_paths(item), key=repr)
    dropped = data.draw(st.sets(st.sampled_from(paths)))
    services = _services(_one_item_catalog(sample, _without(item, dropped)))
    shown = _shown(services, item["code"])
    bare = _shown(_services(_one_item_catalog(sample, _without(item, set(paths)))), item["code"])
    # Chinese is what it was without any English.
    assert _in_words(ZH, shown) == _in_words(ZH, bare)
    # English: what was dropped, and only that, is shown in Chinese (and said to be).
    english = _in_words(EN, shown)
    on_screen = [p for p in paths if p[-1] not in ("note_en", "basis_en", "department_type_en")]
    for path in on_screen:
        holder = item
        for step in path[:-1]:
            holder = holder[step]
        texts, chinese = holder[path[-1]], holder[path[-1].removesuffix("_en")]
        if path in dropped:
            assert all(t in english for t in (chinese if isinstance(chinese, list) else [chinese])), path
        else:
            assert all(t in english for t in (texts if isinstance(texts, list) else [texts])), path
    in_chinese = EN.in_chinese(shown) or EN.platform_row(services.guide(item["code"]))["in_chinese"]
    assert bool(CJK.search(english)) == in_chinese == bool(dropped & set(on_screen))


def test_every_item_the_sample_has_english_for_is_named_or_in_a_named_bundle() -> None:
    assert set(NAMES_EN) - {"新生儿出生“一件事”", "退休“一件事”"} <= ENGLISH_ITEMS
    assert "住房公积金退休提取" in ENGLISH_ITEMS and "住房公积金退休提取" not in NAMES_EN
