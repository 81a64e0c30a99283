"""Per-keystroke search over the catalog by Chinese name, full pinyin, initials and keywords.

Everything that costs time is done once when the index is built: pinyin of every name and
keyword (pypinyin), syllable boundaries, and the truncated suffix tables the typo matcher needs.
A query then costs one pass of C-level substring tests over the *distinct* texts (the same item
name recurs in every county) plus, only when the exact tiers leave room, one rapidfuzz pass.

Ranking: exact name > name prefix > initials prefix > contained anywhere (name, pinyin at a
syllable boundary, initials, keywords) > typo-tolerant; ties go to the busiest item.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import LCSseq, Levenshtein

from kiosk.catalog.model import Listing
from kiosk.catalog.pinyin_keys import TextKeys, has_han, keys_of, normalise, pinyin_of


class MatchTier(enum.IntEnum):
    EXACT = 0
    PREFIX = 1
    INITIALS = 2
    CONTAINS = 3
    FUZZY = 4


@dataclass(frozen=True)
class SearchHit:
    entry: Listing
    tier: MatchTier


# Below these lengths a one-character slip matches almost everything, so typo tolerance waits.
_MIN_FUZZY_LATIN = 4
_MIN_FUZZY_HAN = 3
_PRECOMPUTED_LENGTHS = range(2, 17)


@dataclass(frozen=True)
class _Text:
    keys: TextKeys
    owners: tuple[int, ...]  # entry indexes
    is_name: bool


class _SuffixTable:
    """Suffixes of every text (at syllable starts for pinyin, at every character for Chinese),
    cut to a given length and de-duplicated: the haystack for typo matching."""

    def __init__(self, suffixes: Sequence[tuple[str, int]]) -> None:
        self._suffixes = suffixes  # (suffix, text id)
        self._by_length: dict[int, tuple[list[str], list[tuple[int, ...]]]] = {}

    def cut(self, length: int) -> tuple[list[str], list[tuple[int, ...]]]:
        table = self._by_length.get(length)
        if table is None:
            grouped: dict[str, set[int]] = {}
            for suffix, tid in self._suffixes:
                grouped.setdefault(suffix[:length], set()).add(tid)
            table = (list(grouped), [tuple(v) for v in grouped.values()])
            self._by_length[length] = table
        return table


def _prefix_distance_le1(query: str, text: str) -> bool:
    """Whether ``query`` is within one edit of some prefix of ``text`` (one wrong, missing or extra
    character, the user still typing)."""
    n = len(query)
    return any(Levenshtein.distance(query, text[:m], score_cutoff=1) <= 1 for m in (n - 1, n, n + 1))


class SearchIndex:
    def __init__(self, entries: Sequence[Listing]) -> None:
        self._entries = tuple(entries)
        order = sorted(
            range(len(entries)), key=lambda i: (-entries[i].popularity, len(entries[i].name), entries[i].code)
        )
        self._by_rank = order
        self._rank = [0] * len(entries)
        for position, i in enumerate(order):
            self._rank[i] = position
        owners: dict[tuple[str, bool], list[int]] = {}
        for i, e in enumerate(entries):
            owners.setdefault((normalise(e.name), True), []).append(i)
            for kw in e.keywords:
                owners.setdefault((normalise(kw), False), []).append(i)
        self._texts = [_Text(keys_of(t), tuple(o), is_name) for (t, is_name), o in owners.items() if t]
        self._han = [t.keys.text for t in self._texts]
        self._pinyin = [t.keys.pinyin for t in self._texts]
        self._initials = [t.keys.initials for t in self._texts]
        self._pinyin_suffixes = _SuffixTable(
            [(t.keys.pinyin[s:], tid) for tid, t in enumerate(self._texts) for s in t.keys.starts]
        )
        self._han_suffixes = _SuffixTable(
            [(t.keys.text[s:], tid) for tid, t in enumerate(self._texts) for s in range(len(t.keys.text))]
        )
        for length in _PRECOMPUTED_LENGTHS:
            self._pinyin_suffixes.cut(length)
            self._han_suffixes.cut(length)
        self._single_letter = {c: self._exact_latin(c) for c in "abcdefghijklmnopqrstuvwxyz"}

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def distinct_texts(self) -> int:
        return len(self._texts)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        q = normalise(query)
        if not q:
            return []
        if has_han(q):
            tiers = self._exact_han(q)
            if self._room_left(tiers, limit) and len(q) >= 2:
                self._merge(tiers, self._exact_latin(pinyin_of(q)), floor=MatchTier.FUZZY)
                if len(q) >= _MIN_FUZZY_HAN:
                    self._merge(tiers, self._fuzzy(q, self._han_suffixes), floor=MatchTier.FUZZY)
        else:
            tiers = dict(self._single_letter[q]) if q in self._single_letter else self._exact_latin(q)
            if self._room_left(tiers, limit) and len(q) >= _MIN_FUZZY_LATIN:
                self._merge(tiers, self._fuzzy(q, self._pinyin_suffixes), floor=MatchTier.FUZZY)
        return self._ranked(tiers, limit)

    # --- matching ------------------------------------------------------------------------------

    def _exact_han(self, q: str) -> dict[int, MatchTier]:
        found: dict[int, MatchTier] = {}
        for tid, text in enumerate(self._han):
            if q not in text:
                continue
            if text == q:
                tier = MatchTier.EXACT
            elif text.startswith(q):
                tier = MatchTier.PREFIX
            else:
                tier = MatchTier.CONTAINS
            found[tid] = tier
        return self._to_entries(found)

    def _exact_latin(self, q: str) -> dict[int, MatchTier]:
        found: dict[int, MatchTier] = {}
        pinyin, initials, texts = self._pinyin, self._initials, self._texts
        for tid in range(len(texts)):
            py = pinyin[tid]
            if q in py:
                if py.startswith(q):
                    found[tid] = MatchTier.EXACT if len(py) == len(q) else MatchTier.PREFIX
                    continue
                if _at_syllable_start(py, q, texts[tid].keys.starts):
                    found[tid] = MatchTier.CONTAINS
                    continue
            ini = initials[tid]
            if q in ini:
                found[tid] = MatchTier.INITIALS if ini.startswith(q) else MatchTier.CONTAINS
        return self._to_entries(found)

    def _fuzzy(self, q: str, table: _SuffixTable) -> dict[int, MatchTier]:
        n = len(q)
        choices, owners = table.cut(n + 1)
        # LCS screening is a cheap C pass that keeps every string within one edit of q (and a few
        # within two); the exact prefix-distance check then runs only on those few.
        screened = process.extract(q, choices, scorer=LCSseq.similarity, score_cutoff=n - 1, limit=None)
        found: dict[int, MatchTier] = {}
        for choice, _score, index in screened:
            if _prefix_distance_le1(q, choice):
                for tid in owners[index]:
                    found[tid] = MatchTier.FUZZY
        return self._to_entries(found)

    # --- results -------------------------------------------------------------------------------

    def _to_entries(self, by_text: dict[int, MatchTier]) -> dict[int, MatchTier]:
        best: dict[int, MatchTier] = {}
        texts = self._texts
        for tid, tier in by_text.items():
            text = texts[tid]
            # A keyword is a hint, not the item's name: it never ranks above "contains".
            if not text.is_name and tier < MatchTier.CONTAINS:
                tier = MatchTier.CONTAINS
            for e in text.owners:
                old = best.get(e)
                if old is None or tier < old:
                    best[e] = tier
        return best

    @staticmethod
    def _merge(into: dict[int, MatchTier], more: dict[int, MatchTier], floor: MatchTier) -> None:
        for e in more:
            if e not in into:
                into[e] = floor

    @staticmethod
    def _room_left(tiers: dict[int, MatchTier], limit: int) -> bool:
        return len(tiers) < limit

    def _ranked(self, tiers: dict[int, MatchTier], limit: int) -> list[SearchHit]:
        n = len(self._entries)
        rank = self._rank
        keys = sorted(int(t) * n + rank[e] for e, t in tiers.items())[:limit]
        return [SearchHit(self._entries[self._by_rank[k % n]], MatchTier(k // n)) for k in keys]


def _at_syllable_start(pinyin: str, q: str, starts: frozenset[int]) -> bool:
    pos = pinyin.find(q)
    while pos != -1:
        if pos in starts:
            return True
        pos = pinyin.find(q, pos + 1)
    return False
