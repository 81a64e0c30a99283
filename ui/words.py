"""The words of every screen, in every language: one catalog read by QML and by Python.

The catalog is Qt's own: ``i18n/kiosk_<lang>.ts`` (ID-based: each message has an ``id`` such as
``idle.start_apply`` and a translation per language). QML asks with ``qsTrId("idle.start_apply")``
through a ``QTranslator`` loaded from the ``.qm`` files that ``pyside6-lrelease`` compiles at start
(``ui/i18n_build.py``). Python (view models, the speech guide) reads the same ``.ts`` files here,
so both sides always show the same words. docs/words.md explains the choice and the workflow.

Placeholders are Qt's ``%1``, ``%2``…; a ``date`` argument is written the way each language writes
dates. An id missing from the catalog comes back as the id itself, which the catalog test forbids.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from kiosk.messages import Arg, Message, PrintProblem, Say
from kiosk.platform_text import PlatformText

CATALOG_DIR = Path(__file__).resolve().parent.parent / "i18n"
LANGUAGES = ("zh_CN", "en_US")
DEFAULT_LANGUAGE = "zh_CN"
_PLACEHOLDER = re.compile(r"%(\d)")
# Ids whose %1 is a count and that have a singular form ``<id>.one`` ("1 working day", not "1 working
# days"): ``Words.tr`` takes it when that count is 1. Chinese has no plural; its ``.one`` is the same text.
SINGULAR_FORMS = (
    "days.working", "receipt.time_limit", "age.minutes", "age.hours", "progress.cached",
    "tech.pin.wrong", "tech.pin.locked", "tech.outbox.requeued_n", "tech.settings.saved",
)


def catalog_file(language: str, folder: Path = CATALOG_DIR) -> Path:
    return folder / f"kiosk_{language}.ts"


def read_ts(path: Path) -> dict[str, tuple[str, bool]]:
    """id -> (translation, finished) for every message of a ``.ts`` file that is not vanished/obsolete."""
    entries: dict[str, tuple[str, bool]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        msg_id = message.get("id")
        translation = message.find("translation")
        if not msg_id or translation is None:
            continue
        kind = translation.get("type", "")
        if kind in ("vanished", "obsolete"):
            continue
        entries[msg_id] = (translation.text or "", kind != "unfinished" and bool(translation.text))
    return entries


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int) -> dict[str, str]:
    del mtime_ns  # part of the cache key only: an edited catalog is read again
    return {msg_id: text for msg_id, (text, _done) in read_ts(path).items()}


def texts(language: str) -> Mapping[str, str]:
    path = catalog_file(language)
    return _load(path, path.stat().st_mtime_ns)


def format_date(value: date, language: str) -> str:
    # "date.long" is "%1年%2月%3日" in Chinese and "%3 %4 %1" in English (%4: the month's English name).
    return fill(texts(language).get("date.long", "%1-%2-%3"),
                [str(value.year), str(value.month), str(value.day), value.strftime("%B")], language)


def fill(text: str, args: Iterable[str], language: str) -> str:
    shown = list(args)

    def put(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return shown[n - 1] if 1 <= n <= len(shown) else m.group(0)

    return _PLACEHOLDER.sub(put, text)


class Words:
    """Looks words up in one language at a time; the view models share one instance per app."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language

    def tr(self, msg_id: str, *args: Arg) -> str:
        if msg_id in SINGULAR_FORMS and args and args[0] == 1 and not isinstance(args[0], bool):
            msg_id += ".one"
        return fill(texts(self.language).get(msg_id, msg_id), [self.arg(a) for a in args], self.language)

    def arg(self, value: Arg) -> str:
        """One piece of data as the sentence shows it: dates per language, nested messages in words,
        tuples as a list ("；" in Chinese, "; " in English), the platform's words in its English where
        it sent English and this session is English."""
        if isinstance(value, PlatformText):
            return self.platform_text(value)
        if isinstance(value, Message):
            return self.say(value)
        if isinstance(value, tuple):
            return self.tr("list.semicolon").join(self.arg(v) for v in value)
        if isinstance(value, date):
            return format_date(value, self.language)
        return str(value)

    def render(self, value: Any) -> Any:
        """A view's data with every ``Message`` and ``PlatformText`` (at any depth in dicts and lists)
        turned into words of this language."""
        if isinstance(value, PlatformText):
            return self.platform_text(value)
        if isinstance(value, Message):
            return self.say(value)
        if isinstance(value, dict):
            return {k: self.render(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.render(v) for v in value]
        if isinstance(value, tuple):
            return self.arg(value)
        return value

    def say(self, message: Message | None) -> str:
        """The sentence for a core message ("" for none)."""
        if message is None:
            return ""
        if message.kind is Say.PRINTER_PROBLEM:
            problem = PrintProblem(str(message.args[0])) if message.args else PrintProblem.ERROR
            sentence = self.tr(problem.catalog_id)
            # A document that cannot be rendered is not kept for reprint: it must go to the counter.
            return sentence if problem is PrintProblem.RENDER else sentence + self.tr("print.kept")
        return self.tr(message.catalog_id, *message.args)

    def platform_text(self, text: PlatformText) -> str:
        """The platform's words as this session shows them: its English in English where it sent
        English, else its Chinese (a plain ``str``, never the subclass: QML and JSON get text)."""
        if self.language != DEFAULT_LANGUAGE and text.en:
            return text.en
        return str(text)

    def in_chinese(self, value: Any) -> bool:
        """Whether showing ``value`` in this language leaves some of the platform's words in Chinese
        (a ``PlatformText`` without English, at any depth, inside messages too): the screen then says
        so (``PlatformCue``). Never in Chinese. Data such as region names is plain text, not counted."""
        if self.language == DEFAULT_LANGUAGE:
            return False
        if isinstance(value, PlatformText):
            return not value.has_english
        if isinstance(value, Message):
            return any(self.in_chinese(a) for a in value.args)
        if isinstance(value, Mapping):
            return any(self.in_chinese(v) for v in value.values())
        if isinstance(value, list | tuple):
            return any(self.in_chinese(v) for v in value)
        return False

    def platform_row(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """A row of platform data (a service, a guide, the review's service row) as this language shows it.

        The platform may send an English name beside the Chinese one (``name_en``, docs/platform-api.yaml).
        In English the row's ``name`` is that English name when there is one; ``name_zh`` always keeps the
        platform's Chinese, and ``in_chinese`` says that something of the row (its name, or any of the
        platform's words in it, see ``in_chinese``) is shown in Chinese although English was chosen
        (the screen then says that this content comes from the platform in Chinese). The rest of the
        row is put into words (``render``): pass it as the service view gave it."""
        english = str(row.get("name_en") or "")
        named_in_chinese = bool(row.get("name")) and "name_en" in row and not english
        valued_in_chinese = bool(row.get("value")) and "value_en" in row and not row.get("value_en")
        in_chinese = self.language != DEFAULT_LANGUAGE and (named_in_chinese or valued_in_chinese)
        shown = dict(self.render(dict(row)))
        shown["name_zh"] = str(row.get("name", ""))
        shown["in_chinese"] = in_chinese or self.in_chinese(row)
        if self.language != DEFAULT_LANGUAGE and english:
            shown["name"] = english
        if self.language != DEFAULT_LANGUAGE and row.get("value_en"):
            shown["value"] = row["value_en"]  # the review's service row
        return shown

    def join(self, items: Iterable[str]) -> str:
        return self.tr("list.separator").join(items)
