"""Turning a QR symbol's bytes into text without guessing: every plausible reading, or one.

A byte segment without an ECI header does not say its charset. In China many such codes carry
GBK bytes, most carry UTF-8, and Japanese codes carry Shift_JIS; short texts are often valid in
more than one of them (``签注`` in GBK is ``ǩע`` in UTF-8, ``ﾃﾞｻﾞｲﾝQR`` in Shift_JIS is
``棉晦草QR`` in GB18030). A decoder that picks one by a heuristic returns believable wrong text,
so this module returns every *plausible* reading and lets the caller verify them
(``kiosk.codes.resolve``) or refuse the code. The rule, written for people in ``docs/codes.md``:

1. ASCII bytes are ASCII.
2. Decode strictly as UTF-8, GB18030 and Shift_JIS. A reading is plausible when it holds no
   control, unassigned, private-use or replacement character, and
   - GB18030: every non-ASCII character is in GB2312 (the set everyday Chinese is written in),
     or at most two are from GBK's extension rows (rare name characters); UTF-8 Chinese and
     Shift_JIS Japanese read as GBK land in those rows, usually more than twice;
   - Shift_JIS: every half-width voicing mark follows a kana that takes it, and half-width kana
     are not mixed with full-width characters;
   - UTF-8: its non-ASCII letters come from one script (Han, kana and Hangul count as one), and
     modifier letters and combining marks follow a letter.
   These tests only remove readings that real text never produces; they never prefer one
   plausible reading over another. One exception keeps ECI-less UTF-8 Chinese readable: a GB18030
   reading with rare characters does not stand beside a UTF-8 reading of two or more everyday
   three-byte characters (a pattern GBK bytes almost never form; measured in
   ``benchmarks/charset_rule.py``).
3. One plausible reading: that is the text. Several: all of them, and the code is ambiguous.
4. None: ISO-8859-1 (the QR default) if it reads as Latin letters, else every valid reading and
   ISO-8859-1 together, ambiguous.
"""

from __future__ import annotations

import re
import unicodedata

CHARSETS = ("utf-8", "gb18030", "shift_jis")

# How many characters from GBK's extension rows a plausible GB18030 reading may hold: a name can
# have one or two rare characters. Shift_JIS kana and most kanji read as GBK land in those rows,
# so a higher limit would make every short Japanese text ambiguous (``docs/codes.md``).
RARE_CHARACTERS = 2

# Half-width katakana that take the voiced mark ﾞ (ｳ, ｶ-ﾄ, ﾊ-ﾎ) and the semi-voiced mark ﾟ (ﾊ-ﾎ).
_TAKES_DAKUTEN = frozenset("ｳｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ")
_TAKES_HANDAKUTEN = frozenset("ﾊﾋﾌﾍﾎ")
_WEDGED = re.compile(r"[A-Za-z]([^\x00-\x7f]+)(?=[A-Za-z])")
_CJK_WORDS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC"})


def _clean(text: str) -> bool:
    """No control (but tab and line breaks), unassigned, private-use, surrogate or U+FFFD character."""
    for ch in text:
        if ch.isascii():
            if ch < " " and ch not in "\t\r\n":
                return False
            continue
        if ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
            return False
    return True


def _script(ch: str) -> str:
    word = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
    return "CJK" if word in _CJK_WORDS else word


def _coherent(text: str) -> bool:
    """Letters as people write them: one script besides ASCII, no mark or modifier starting a word,
    no letters of another script wedged inside a Latin word (``M眉ller``, ``Zﾃｼrich``)."""
    scripts = set()
    previous = " "
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] == "M" or "\u02b0" <= ch <= "\u02ff":
            if unicodedata.category(previous)[0] not in "LM":
                return False
        elif category[0] == "L" and not ch.isascii():
            scripts.add(_script(ch))
        previous = ch
    if len(scripts) > 1:
        return False
    for run in _WEDGED.finditer(text):
        if any(not ch.isascii() and ch.isalpha() and _script(ch) != "LATIN" for ch in run.group(1)):
            return False
    return True


def _in_gb2312(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _sjis_orthography(text: str) -> bool:
    halfwidth = fullwidth = False
    for previous, ch in zip(" " + text, text, strict=False):
        if ch == "ﾞ" and previous not in _TAKES_DAKUTEN:
            return False
        if ch == "ﾟ" and previous not in _TAKES_HANDAKUTEN:
            return False
        if "\uff61" <= ch <= "\uff9f":
            halfwidth = True
        elif not ch.isascii():
            fullwidth = True
    # half-width kana belong to systems that had no full-width characters; GBK bytes read as
    # Shift_JIS come out as exactly that mixture (``ｴ貫ｶﾏﾕ``)
    return not (halfwidth and fullwidth)


def _everyday_cjk(ch: str) -> bool:
    for charset in ("gb2312", "shift_jis"):
        try:
            ch.encode(charset)
        except UnicodeEncodeError:
            continue
        return True
    return False


def _rigid_utf8(text: str) -> bool:
    """At least two non-ASCII characters, each three bytes in UTF-8 and everyday Chinese or Japanese
    (GB2312 or JIS X 0208). GBK bytes rarely fall into that pattern twice over; one such character
    beside ASCII they do fall into (``铦燝`` in GBK is ``蝠G`` in UTF-8)."""
    wide = [ch for ch in text if not ch.isascii()]
    return len(wide) >= 2 and all(ch >= "\u0800" and _everyday_cjk(ch) for ch in wide)


def _gbk_extension_count(text: str) -> int | None:
    """How many characters lie outside GB2312 in GBK's extension rows; None if any is not GBK."""
    count = 0
    for ch in text:
        if ch.isascii():
            continue
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            try:
                ch.encode("gbk")
            except UnicodeEncodeError:
                return None
            count += 1
    return count


def _latin_letters(text: str) -> bool:
    return all(ch.isascii() or ("\u00c0" <= ch <= "\u00ff" and ch not in "×÷") for ch in text)


def _unique(texts: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(texts))


def readings(raw: bytes) -> tuple[str, ...]:
    """Every plausible reading of ECI-less bytes, in the order UTF-8, GB18030, Shift_JIS, ISO-8859-1.

    One element when the bytes are unambiguous; more when the caller must not trust any of them
    without verifying it.
    """
    if raw.isascii():
        return (raw.decode("ascii"),)
    valid: dict[str, str] = {}
    for charset in CHARSETS:
        try:
            text = raw.decode(charset)
        except UnicodeDecodeError:
            continue
        if _clean(text):
            valid[charset] = text
    strong: list[str] = []
    rare_gb: str | None = None
    for charset, text in valid.items():
        if not _coherent(text):
            continue
        if charset == "utf-8" or (charset == "shift_jis" and _sjis_orthography(text)):
            strong.append(text)
        elif charset == "gb18030":
            extension = _gbk_extension_count(text)
            if extension == 0:
                strong.append(text)
            elif extension is not None and extension <= RARE_CHARACTERS:
                rare_gb = text
    utf8 = valid.get("utf-8")
    if rare_gb is not None and not (utf8 is not None and utf8 in strong and _rigid_utf8(utf8)):
        # One or two rare characters (a name) are real Chinese and stay a candidate, except beside
        # UTF-8 of everyday three-byte characters, whose rigid byte pattern GBK text matches rarely
        # enough that ECI-less UTF-8 Chinese keeps being read (docs/codes.md has the measurement).
        strong.append(rare_gb)
    latin = raw.decode("latin-1")
    if strong:
        if len(strong) == 1 and strong[0] == rare_gb and _latin_letters(latin):
            strong.append(latin)  # ``niño`` in ISO-8859-1 is ``ni駉`` in GBK
        return _unique(strong)
    return _unique([*valid.values(), latin])


# ECI assignment numbers (ISO/IEC 18004 and the AIM ECI register) → Python codecs.
ECI_CODECS: dict[int, str] = {
    0: "cp437", 1: "latin-1", 2: "cp437", 3: "latin-1", 4: "iso8859-2", 5: "iso8859-3", 6: "iso8859-4",
    7: "iso8859-5", 8: "iso8859-6", 9: "iso8859-7", 10: "iso8859-8", 11: "iso8859-9", 12: "iso8859-10",
    13: "iso8859-11", 15: "iso8859-13", 16: "iso8859-14", 17: "iso8859-15", 18: "iso8859-16",
    20: "shift_jis", 21: "cp1250", 22: "cp1251", 23: "cp1252", 24: "cp1256", 25: "utf-16-be", 26: "utf-8",
    27: "ascii", 28: "big5", 29: "gb18030", 30: "euc-kr", 170: "ascii",
}


class CharsetError(ValueError):
    """The symbol names a charset this module does not know, or bytes its charset cannot hold:
    no text is safer than a guess."""


def eci_segments(data: bytes) -> list[tuple[int | None, bytes]]:
    """Split zxing-cpp's ECI-protocol data (after ``]Q2``) into (ECI number or None, bytes).

    ``\\dddddd`` switches the charset and a literal backslash is doubled. Bytes before the first
    designator have no ECI.
    """
    segments: list[tuple[int | None, bytes]] = []
    eci: int | None = None
    current = bytearray()
    i = 0
    while i < len(data):
        if data[i : i + 1] == b"\\":
            if data[i + 1 : i + 2] == b"\\":
                current += b"\\"
                i += 2
                continue
            digits = data[i + 1 : i + 7]
            if len(digits) == 6 and digits.isdigit():
                if current or eci is not None:
                    segments.append((eci, bytes(current)))
                eci, current = int(digits), bytearray()
                i += 7
                continue
        current += data[i : i + 1]
        i += 1
    if current or eci is not None:
        segments.append((eci, bytes(current)))
    return segments


def symbol_readings(hex_eci: str) -> tuple[str, ...]:
    """The plausible readings of a whole symbol from zxing-cpp's ``TextMode.HexECI`` output."""
    data = bytes.fromhex(hex_eci)
    identifier, body = data[:3], data[3:]
    if identifier[2:3] != b"2":  # "]Q1": no ECI anywhere in the symbol, the bytes are verbatim
        return readings(body)
    texts = [""]
    for eci, raw in eci_segments(body):
        if eci is None:
            options = readings(raw)
        elif eci in ECI_CODECS:
            try:
                options = (raw.decode(ECI_CODECS[eci]),)
            except UnicodeDecodeError:
                raise CharsetError(f"bytes invalid in ECI {eci}") from None
        else:
            raise CharsetError(f"unknown ECI {eci}")
        texts = [t + o for t in texts for o in options]
    return _unique(texts)
