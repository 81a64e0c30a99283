"""Per-keystroke search over the catalog by Chinese name, full pinyin, initials and keywords.

Everything that costs time is done once when the index is built: pinyin of every name and
keyword (pypinyin), syllable boundaries, and the cut suffix tables the typo matcher needs.
A query then costs one loop of substring tests over the *distinct* texts (the same item name
recurs in every county) plus, only when the exact tiers leave room, one rapidfuzz pass.

Latin queries of one or two letters match only at the start of a name or keyword (its pinyin or
initials): inside names they would match nearly everything.

Pinyin may mix whole syllables and initials ("zhufanggjj", "gjjtiqu"): each piece of the query
must start the next syllable. Such a match from the start of a name ranks with initials.

Ranking: exact name > name prefix > initials prefix > contained anywhere (name, pinyin at a
syllable boundary, initials, keywords) > typo-tolerant; ties go to the busiest item.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

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
# Latin queries this short match only at the start of a name or keyword.
_SHORT = 2
# Typo screening of pinyin looks at no more than this many leading letters of the query.
_PINYIN_WINDOW = 12


@dataclass(frozen=True)
class _Text:
    keys: TextKeys
    owners: tuple[int, ...]  # entry indexes
    is_name: bool


class _SuffixTable:
    """Suffixes of every text (at syllable starts for pinyin, at every character for Chinese),
    de-duplicated across texts: the haystack for typo matching.

    Screening compares the query with each suffix cut to one more than the query's length, capped
    at ``window``: a query within one edit of a suffix's prefix keeps that property on any prefix
    of itself, so a capped screen loses nothing, and the cap keeps the per-length cuts few. Cuts
    are de-duplicated too (short ones repeat a lot), each remembering the suffixes it came from."""

    def __init__(self, suffixes: Sequence[tuple[str, int]], window: int) -> None:
        grouped: dict[str, list[int]] = {}
        for suffix, tid in suffixes:
            grouped.setdefault(suffix, []).append(tid)
        self.suffixes = list(grouped)
        self.owners = [tuple(v) for v in grouped.values()]
        self.window = window
        self._cuts: dict[int, tuple[list[str], list[list[int]]]] = {}
        # Suffixes by their first and by their second character. A string within one edit of a
        # prefix of a suffix shares its first character with it, or its second, or has the
        # suffix's first as its second or the other way round; with thousands of distinct Chinese
        # characters those four buckets are small.
        self.by_first: dict[str, list[int]] = {}
        self.by_second: dict[str, list[int]] = {}
        for si, suffix in enumerate(self.suffixes):
            self.by_first.setdefault(suffix[:1], []).append(si)
            self.by_second.setdefault(suffix[1:2], []).append(si)

    def cut(self, length: int) -> tuple[list[str], list[list[int]]]:
        """Distinct cuts of this length, and for each the indexes of the suffixes behind it."""
        table = self._cuts.get(length)
        if table is None:
            position: dict[str, int] = {}
            groups: list[list[int]] = []
            for si, suffix in enumerate(self.suffixes):
                key = suffix[:length]
                at = position.get(key)
                if at is None:
                    position[key] = len(groups)
                    groups.append([si])
                else:
                    groups[at].append(si)
            table = self._cuts[length] = (list(position), groups)
        return table


def _prefix_distance_le1(query: str, text: str) -> bool:
    """Whether ``query`` is within one edit of some prefix of ``text`` (one wrong, missing or extra
    character, the user still typing)."""
    n = len(query)
    return any(Levenshtein.distance(query, text[:m], score_cutoff=1) <= 1 for m in (n - 1, n, n + 1))


class SearchIndex:
    """Build once per catalog (0.2–0.6 s for 3,000 items: do it off the UI thread), typically over
    ``listings(catalog.available_at(terminal_region))``. Searching never writes to the index, so
    one built index may be searched from any thread."""

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
            [(t.keys.pinyin[s:], tid) for tid, t in enumerate(self._texts) for s in t.keys.starts],
            window=_PINYIN_WINDOW,
        )
        self._han_suffixes = _SuffixTable(
            [(t.keys.text[s:], tid) for tid, t in enumerate(self._texts) for s in range(len(t.keys.text))],
            window=0,  # screened by lead characters instead, see _fuzzy_han
        )
        for length in range(_MIN_FUZZY_LATIN + 1, _PINYIN_WINDOW + 2):
            self._pinyin_suffixes.cut(length)
        # Every text's pinyin with a space before each syllable, one text per line: the haystack
        # for queries that mix whole syllables and initials ("huqian", "gjjtiqu").
        spaced = [_spaced(t.keys) for t in self._texts]
        self._spaced_blob = "\n".join(spaced)
        self._line_starts: list[int] = []
        offset = 0
        for line in spaced:
            self._line_starts.append(offset)
            offset += len(line) + 1
        # One or two letters found inside a name match half the catalog and help nobody: such
        # short queries match only at the start of a name or keyword, looked up here directly.
        self._short: dict[str, list[int]] = {}
        for tid, t in enumerate(self._texts):
            for key in {t.keys.pinyin[:1], t.keys.pinyin[:2], t.keys.initials[:1], t.keys.initials[:2]}:
                self._short.setdefault(key, []).append(tid)

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
                    self._merge(tiers, self._fuzzy_han(q), floor=MatchTier.FUZZY)
        else:
            tiers = self._short_latin(q) if len(q) <= _SHORT else self._exact_latin(q)
            if self._room_left(tiers, limit) and len(q) > _SHORT and q.isascii() and q.isalpha():
                self._merge_better(tiers, self._syllable_prefixes(q))
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

    def _short_latin(self, q: str) -> dict[int, MatchTier]:
        found: dict[int, MatchTier] = {}
        for tid in self._short.get(q, ()):
            py = self._pinyin[tid]
            if py == q:
                found[tid] = MatchTier.EXACT
            elif py.startswith(q):
                found[tid] = MatchTier.PREFIX
            else:
                found[tid] = MatchTier.INITIALS
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

    def _syllable_prefixes(self, q: str) -> dict[int, MatchTier]:
        """Texts whose consecutive syllables each start with the next piece of ``q``, so that
        whole syllables and initials may mix: "huqian" is hu(kou) qian(yi)."""
        # Between two letters of the query: either stay in the syllable, or drop its remaining
        # letters and go on at the next syllable. The pattern starts with a plain letter so the
        # regex engine can skip ahead fast; whether it starts a syllable is checked here.
        pattern = re.compile("(?:[a-z]* )?".join(q))
        blob, starts = self._spaced_blob, self._line_starts
        found: dict[int, MatchTier] = {}
        pos = 0
        while (m := pattern.search(blob, pos)) is not None:
            at = m.start()
            if at and blob[at - 1] not in " \n":
                pos = at + 1  # began inside a syllable: look again from the next letter
                continue
            tid = bisect_right(starts, at) - 1
            # Matches come left to right, so a text's first one decides: from its start or not.
            found[tid] = MatchTier.INITIALS if at == starts[tid] else MatchTier.CONTAINS
            pos = starts[tid + 1] if tid + 1 < len(starts) else len(blob)
        return self._to_entries(found)

    def _fuzzy_han(self, q: str) -> dict[int, MatchTier]:
        table = self._han_suffixes
        candidates: set[int] = set()
        for ch in {q[0], q[1]}:
            candidates.update(table.by_first.get(ch, ()))
            candidates.update(table.by_second.get(ch, ()))
        found: dict[int, MatchTier] = {}
        for si in candidates:
            if _prefix_distance_le1(q, table.suffixes[si]):
                for tid in table.owners[si]:
                    found[tid] = MatchTier.FUZZY
        return self._to_entries(found)

    def _fuzzy(self, q: str, table: _SuffixTable) -> dict[int, MatchTier]:
        head = q[: table.window]
        n = len(head)
        cuts, groups = table.cut(n + 1)
        # One C pass screens every distinct cut: within one edit of a prefix means at least n-1
        # characters in common, i.e. an insert/delete distance of at most 3 to the (n+1)-long cut.
        # The exact prefix-distance check then runs on the few that pass.
        screened = process.extract(head, cuts, scorer=Indel.distance, score_cutoff=3, limit=None)
        whole = len(q) == n  # the cut then holds every character the check looks at
        found: dict[int, MatchTier] = {}
        for cut, _distance, gi in screened:
            if whole:
                if not _prefix_distance_le1(q, cut):
                    continue
                hits = groups[gi]
            else:
                hits = [si for si in groups[gi] if _prefix_distance_le1(q, table.suffixes[si])]
            for si in hits:
                for tid in table.owners[si]:
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
    def _merge_better(into: dict[int, MatchTier], more: dict[int, MatchTier]) -> None:
        for e, tier in more.items():
            if tier < into.get(e, MatchTier.FUZZY + 1):
                into[e] = tier

    @staticmethod
    def _room_left(tiers: dict[int, MatchTier], limit: int) -> bool:
        return len(tiers) < limit

    def _ranked(self, tiers: dict[int, MatchTier], limit: int) -> list[SearchHit]:
        n = len(self._entries)
        rank = self._rank
        keys = sorted(int(t) * n + rank[e] for e, t in tiers.items())[:limit]
        return [SearchHit(self._entries[self._by_rank[k % n]], MatchTier(k // n)) for k in keys]


def _spaced(keys: TextKeys) -> str:
    py = keys.pinyin
    cuts = [*sorted(keys.starts), len(py)]
    return " ".join(py[a:b] for a, b in pairwise(cuts))


def _at_syllable_start(pinyin: str, q: str, starts: frozenset[int]) -> bool:
    pos = pinyin.find(q)
    while pos != -1:
        if pos in starts:
            return True
        pos = pinyin.find(q, pos + 1)
    return False
