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
   - UTF-8 and GB18030: its non-ASCII letters come from one script (Han, kana and Hangul count as
     one), and modifier letters and combining marks follow a letter;
   - Shift_JIS: the same, every half-width voicing mark follows a kana that takes it, and
     half-width kana are not mixed with full-width characters.
   These tests only remove readings that no text of that charset produces. None of them weighs
   how common a character is: every GBK hanzi, rare or not, is a character a Chinese text may
   hold, so a GB18030 reading of hanzi is always plausible. That is what makes "never a wrong
   text" hold by construction for GBK Chinese, and it is also why ECI-less Shift_JIS Japanese
   (whose kana and kanji bytes are all GBK hanzi) and much even-length UTF-8 Chinese (whose
   bytes are often GBK hanzi too) are ambiguous: ``docs/codes.md`` has the measured cost.
3. One plausible reading: that is the text. Several: all of them, and the code is ambiguous.
4. None: ISO-8859-1 (the QR default) if it reads as Latin letters, else every valid reading and
   ISO-8859-1 together, ambiguous. A lone GB18030 reading that holds characters of GBK's
   extension rows stands beside an ISO-8859-1 reading of Latin letters (``niño`` is ``ni駉``).
"""

from __future__ import annotations

import re
import unicodedata

CHARSETS = ("utf-8", "gb18030", "shift_jis")

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
    plausible = [
        text
        for charset, text in valid.items()
        if _coherent(text) and (charset != "shift_jis" or _sjis_orthography(text))
    ]
    latin = raw.decode("latin-1")
    if plausible:
        gb = valid.get("gb18030")
        if gb is not None and plausible == [gb] and not _in_gb2312(gb) and _latin_letters(latin):
            plausible.append(latin)  # ``niño`` in ISO-8859-1 is ``ni駉`` in GBK
        return _unique(plausible)
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
