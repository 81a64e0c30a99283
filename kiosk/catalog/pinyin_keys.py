"""Search keys of a Chinese text: normalised characters, full pinyin and initials."""

from __future__ import annotations

from dataclasses import dataclass

from pypinyin import lazy_pinyin


def normalise(text: str) -> str:
    """Lower-case letters, digits and Chinese characters only: “一件事”, spaces, brackets and the
    apostrophe some people type between syllables (xi'an) do not take part in matching."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@dataclass(frozen=True)
class TextKeys:
    text: str  # normalised
    pinyin: str  # syllables run together: "zhufanggongjijin"
    initials: str  # first letter of each syllable: "zfgjj"
    starts: frozenset[int]  # offsets in ``pinyin`` where a syllable begins


def keys_of(text: str) -> TextKeys:
    norm = normalise(text)
    # Context-aware readings for polyphonic characters (银行 → yin hang) come from pypinyin's
    # phrase table, so the whole text is converted at once rather than character by character.
    syllables = [s.lower() for s in lazy_pinyin(norm) if s]
    starts: list[int] = []
    offset = 0
    for s in syllables:
        starts.append(offset)
        offset += len(s)
    return TextKeys(norm, "".join(syllables), "".join(s[0] for s in syllables), frozenset(starts))


def pinyin_of(text: str) -> str:
    return "".join(s.lower() for s in lazy_pinyin(normalise(text)))
