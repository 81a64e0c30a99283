"""Words the platform sends (service content: departments, conditions, materials, form labels…), with
the English it may send beside the Chinese.

``PlatformText`` *is* the platform's Chinese string, so everything that files, prints, logs or
compares it (attachments, payloads, the receipt, a material looked up by name) keeps working with
the Chinese as before. It also carries ``en``, the platform's English for it or "" when the platform
sent none; only the screens' renderer (``ui.words.Words.render``) looks at it, to show English in an
English session and to say honestly when something shown is still the platform's Chinese.
"""

from __future__ import annotations

from collections.abc import Sequence


class PlatformText(str):
    """The platform's Chinese words (the string itself) and its English for them (``en``, may be "")."""

    en: str

    def __new__(cls, zh: str, en: str = "") -> PlatformText:
        text = super().__new__(cls, zh)
        text.en = en
        return text

    def __repr__(self) -> str:
        return f"PlatformText({str(self)!r}, {self.en!r})"

    def __reduce__(self) -> tuple[type[PlatformText], tuple[str, str]]:
        return PlatformText, (str(self), self.en)

    @property
    def has_english(self) -> bool:
        return bool(self.en) or not self


def joined(parts: Sequence[str], zh_sep: str, en_sep: str) -> PlatformText:
    """Several pieces as one text: English only when every piece has English (half a sentence in
    each language would be neither)."""
    english = [p.en if isinstance(p, PlatformText) else "" for p in parts]
    whole_en = en_sep.join(english) if parts and all(english) else ""
    return PlatformText(zh_sep.join(str(p) for p in parts), whole_en)


def paired(zh: Sequence[str], en: Sequence[str]) -> tuple[PlatformText, ...]:
    """A list the platform sends with an English list beside it (``conditions`` / ``conditions_en``):
    the two are read in step; a missing English list leaves every entry Chinese."""
    return tuple(PlatformText(z, en[i] if i < len(en) else "") for i, z in enumerate(zh))
