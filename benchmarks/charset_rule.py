"""The charset rule on random texts: how often each kind of text is read exactly, refused as
ambiguous, or misread. Run: ``.venv/bin/python benchmarks/charset_rule.py [N [SEED]] [--by-length]``
(N texts per kind; ``--by-length`` adds the refusals per text length).

Each kind draws its texts from a distribution that knows nothing of the rule in
``drivers/qr/charset.py``: uniformly from a charset's own tables (GB2312's level-1 hanzi, all of
GB2312, the hanzi of GBK's extension rows, JIS X 0208 kana and kanji, half-width katakana), from
a fixed list of European words, or, for ``gbk_words`` / ``utf8_words``, by real word frequency from
the dictionary shipped in jieba 0.42.1 (MIT licence; 349,046 words with counts from Chinese text),
so that what the rule costs on everyday Chinese is measured on everyday Chinese, not on uniform
draws. Kinds: GBK of common / any GB2312 / one, two or three GBK-extension characters, GBK mixed
with ASCII, UTF-8 Chinese / Japanese / European words, Shift_JIS kana+kanji and half-width
katakana, ISO-8859-1 European words, UTF-8 of one hanzi before ASCII, and Chinese words in GBK
and in UTF-8. ``docs/codes.md`` quotes these figures.
"""

from __future__ import annotations

import itertools
import random
import sys
import unicodedata
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drivers.qr.charset import readings

GB2312 = [
    bytes([a, b]).decode("gb2312")
    for a in range(0xB0, 0xF8)
    for b in range(0xA1, 0xFF)
    if (a, b) < (0xD7, 0xFA) or a > 0xD7
]
COMMON = GB2312[:3755]  # level 1, by frequency of use
ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LATIN_WORDS = ["Müller", "Zürich", "Café", "Instalação", "niño", "Ærø", "Größe", "façade", "São Paulo", "crème brûlée"]


def _gbk_extension() -> list[str]:
    out = []
    for a in range(0x81, 0xFF):
        for b in [*range(0x40, 0x7F), *range(0x80, 0xFF)]:
            try:
                ch = bytes([a, b]).decode("gbk")
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= ch <= "\u9fff" and unicodedata.category(ch) == "Lo":
                try:
                    ch.encode("gb2312")
                except UnicodeEncodeError:
                    out.append(ch)
    return out


def _sjis(ch: str) -> bool:
    try:
        ch.encode("shift_jis")
    except UnicodeEncodeError:
        return False
    return True


EXTENSION = _gbk_extension()
KANA = [chr(c) for c in range(0x3041, 0x3094)] + [chr(c) for c in range(0x30A1, 0x30F7)]
JAPANESE = [c for c in COMMON if _sjis(c)] + KANA
HALF = [chr(c) for c in range(0xFF66, 0xFF9E)] + ["ｶﾞ", "ﾊﾟ", "ﾀﾞ", "ｻﾞ", "ﾎﾞ"]


def _dictionary() -> tuple[list[str], list[int]]:
    """jieba's words made only of GBK hanzi, with their cumulative counts (for ``random.choices``)."""
    words, counts = [], []
    for line in (resources.files("jieba") / "dict.txt").read_text(encoding="utf-8").splitlines():
        word, count = line.split(" ")[:2]
        if all("\u4e00" <= ch <= "\u9fff" for ch in word):
            try:
                word.encode("gbk")
            except UnicodeEncodeError:
                continue
            words.append(word)
            counts.append(int(count))
    return words, list(itertools.accumulate(counts))


_WORDS: tuple[list[str], list[int]] | None = None


def words_text(rng: random.Random, n: int) -> str:
    """n characters of Chinese as it is written: words drawn by frequency, the last one cut."""
    global _WORDS
    if _WORDS is None:
        _WORDS = _dictionary()
    words, cumulative = _WORDS
    text = ""
    while len(text) < n:
        text += rng.choices(words, cum_weights=cumulative)[0]
    return text[:n]


def sample(rng: random.Random, kind: str) -> tuple[str, str]:
    n = rng.randint(1, 8)
    if kind in ("gbk_words", "utf8_words"):
        return words_text(rng, n), "gbk" if kind == "gbk_words" else "utf-8"
    if kind == "gbk_common":
        return "".join(rng.choice(COMMON) for _ in range(n)), "gbk"
    if kind == "gbk_gb2312":
        return "".join(rng.choice(GB2312) for _ in range(n)), "gbk"
    if kind in ("gbk_1_rare", "gbk_2_rare", "gbk_3_rare"):
        rare = int(kind[4])
        n = max(n, rare, 2)
        chars = [rng.choice(COMMON) for _ in range(n)]
        for i in rng.sample(range(n), rare):
            chars[i] = rng.choice(EXTENSION)
        return "".join(chars), "gbk"
    if kind == "gbk_ascii":
        tail = "".join(rng.choice(ASCII) for _ in range(rng.randint(0, 8)))
        return "".join(rng.choice(COMMON) for _ in range(n)) + tail, "gbk"
    if kind == "utf8_hanzi_ascii":  # one character and a number or code: 号123, 张A1
        return rng.choice(COMMON) + "".join(rng.choice(ASCII) for _ in range(rng.randint(1, 8))), "utf-8"
    if kind == "utf8_chinese":
        return "".join(rng.choice(COMMON) for _ in range(n)), "utf-8"
    if kind == "utf8_japanese":
        return "".join(rng.choice(JAPANESE) for _ in range(n)), "utf-8"
    if kind == "utf8_latin":
        return rng.choice(LATIN_WORDS), "utf-8"
    if kind == "sjis_japanese":
        return "".join(rng.choice(JAPANESE) for _ in range(n)), "shift_jis"
    if kind == "sjis_half_width":
        return "".join(rng.choice(HALF) for _ in range(n)) + rng.choice(["", "QR", "123"]), "shift_jis"
    return rng.choice(LATIN_WORDS), "latin-1"


KINDS = ("gbk_common", "gbk_gb2312", "gbk_1_rare", "gbk_2_rare", "gbk_ascii", "utf8_chinese", "utf8_japanese",
         "utf8_latin", "sjis_japanese", "sjis_half_width", "latin1_words")  # fmt: skip
# Printed apart, with their own seed so that the kinds above keep their samples when kinds are
# added: GBK with three rare characters, UTF-8 of one character before ASCII, and everyday Chinese
# drawn by word frequency (added last, so the first two keep theirs too).
MORE = ("gbk_3_rare", "utf8_hanzi_ascii", "gbk_words", "utf8_words")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    by_length = "--by-length" in sys.argv
    count = int(args[0]) if args else 20000
    seed = int(args[1]) if len(args) > 1 else 1
    rng = random.Random(seed)
    print(f"{count} random texts per kind, seed {seed}: read exactly / refused as ambiguous / misread")
    for kind in KINDS:
        _row(rng, kind, count, by_length)
    print(f"more kinds, seed {seed + 1}:")
    rng = random.Random(seed + 1)
    for kind in MORE:
        _row(rng, kind, count, by_length)


def _row(rng: random.Random, kind: str, count: int, by_length: bool) -> None:
    read = refused = misread = 0
    example = ""
    lengths: dict[int, list[int]] = {}  # characters -> [texts, refused]
    for _ in range(count):
        text, charset = sample(rng, kind)
        got = readings(text.encode(charset))
        tally = lengths.setdefault(len(text), [0, 0])
        tally[0] += 1
        if len(got) > 1:
            refused += 1
            tally[1] += 1
        elif got[0] == text:
            read += 1
        else:
            misread += 1
            example = example or f"  e.g. {text!r} -> {got[0]!r}"
    print(f"{kind:<16}{read:>8}{refused:>8}{misread:>8}{example}")
    if by_length:
        shares = (f"{n}: {r * 100 // t} %" for n, (t, r) in sorted(lengths.items()))
        print(" " * 16 + "refused by length: " + ", ".join(shares))


if __name__ == "__main__":
    main()
