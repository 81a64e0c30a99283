"""Turning a QR symbol's bytes into the text the citizen actually meant.

Many Chinese codes carry GBK bytes with no ECI header. zxing-cpp then falls back to ISO-8859-1 and
returns mojibake (ZBar is worse: it returns different, believable Chinese). The rule, measured in
``/work/shared/specs/qr-decoding-notes.md``: keep zxing-cpp's Plain text, except when the symbol
has no ECI and the text is the ISO-8859-1 reading of non-ASCII bytes; then try strict UTF-8, then
GB18030, then keep ISO-8859-1. GB18030 must not come before the decoder's own guess (it would break
Shift_JIS codes that zxing-cpp recognises), which is why the rule only overrides a failed guess.

Our corpus showed one more failed guess the notes did not list: short GBK texts whose bytes all
fall in 0xA1-0xDF are valid Shift_JIS, and zxing-cpp returns them as half-width katakana. Real
Japanese text is written in full-width kana and kanji, so a reading that is mostly half-width
katakana (or holds U+FFFD) is treated as a failed guess too.
"""

from __future__ import annotations


def is_latin1_fallback(text: str, raw: bytes) -> bool:
    """True if ``text`` is nothing but the ISO-8859-1 reading of ``raw`` and ``raw`` is not ASCII."""
    return not raw.isascii() and text == raw.decode("latin-1")


def redecode(raw: bytes) -> str:
    """The text of ECI-less bytes the decoder could only read as ISO-8859-1."""
    for charset in ("utf-8", "gb18030"):
        try:
            return raw.decode(charset)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _mostly_halfwidth_katakana(text: str) -> bool:
    non_ascii = [c for c in text if not c.isascii()]
    katakana = sum(1 for c in non_ascii if "\uff61" <= c <= "\uff9f")
    return bool(non_ascii) and katakana * 2 > len(non_ascii)


def is_failed_guess(text: str, raw: bytes) -> bool:
    """True if the decoder's reading of ECI-less ``raw`` is not one a person would have written."""
    if raw.isascii():
        return False
    return is_latin1_fallback(text, raw) or "\ufffd" in text or _mostly_halfwidth_katakana(text)


def fix_text(text: str, raw: bytes, has_eci: bool) -> str:
    if has_eci or not is_failed_guess(text, raw):
        return text
    fixed = redecode(raw)
    # if neither UTF-8 nor GB18030 fits, the decoder's guess was at least a real charset
    return text if fixed == raw.decode("latin-1") and not is_latin1_fallback(text, raw) else fixed
