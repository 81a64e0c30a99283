"""The prompt set: what the terminal may say, fixed per language and never personal.

A prompt is named by its catalog id (``speech.idle``, ``card.expired`` …); its words come from the
catalog in the session's language, and its audio is the file ``<lang>/<id>.wav`` in the prompt folder.
Because the set is fixed and the names are stable, recorded prompts can replace the synthesised
ones file for file (``ui.speech.engine.PromptLibrary`` takes recorded files first).
"""

from __future__ import annotations

from kiosk.messages import Message, Say

# The main instruction of each screen, spoken when the screen appears.
SCREEN_PROMPTS: dict[str, str] = {
    "idle": "speech.idle",
    "identify": "speech.identify",
    "choose_service": "speech.choose_service",
    "guide": "speech.guide",
    "form": "speech.form",
    "review": "speech.review",
    "submit": "speech.submit",
    "receipt": "speech.receipt",
    "rate": "speech.rate",
    "query_progress": "speech.query_progress",
    "print_certificate": "speech.print_certificate",
    "appointment": "speech.appointment",
}

# Things said on a tap rather than on a screen.
EVENT_PROMPTS = ("speech.help_called", "speech.help_queued", "speech.help_acknowledged", "speech.language_offer",
                 "speech.form_errors")
# Message kinds that are words inside a view (guide sections, field labels, validation next to a
# field), not notices: never spoken on their own.
_VIEW_WORDS = ("days.", "guide.", "materials.", "field.", "review.", "delivery.", "region.", "form.", "id.")

# Messages whose words carry data (a date, a name): spoken with these fixed prompts instead.
WITHOUT_DATA: dict[Say, str] = {
    Say.CARD_EXPIRED: "speech.card_expired",
    Say.MATERIALS_MISSING: "speech.materials_missing",
    Say.PAGE_CAPTURING: "speech.page_capturing",
    Say.PAGE_CAPTURED: "speech.page_captured",
    Say.CODE_LICENSE_ADDED: "speech.license_added",
    Say.LICENSE_PRINTING: "speech.license_printing",
    Say.PROGRESS_CACHED: "speech.progress_cached",
}


def prompt_for_screen(screen: str) -> str | None:
    return SCREEN_PROMPTS.get(screen)


def prompt_for_message(message: Message) -> str:
    """The prompt that says this message without any of its data."""
    if message.kind is Say.PRINTER_PROBLEM:
        return message.catalog_id  # the problem's own words hold no data ("打印机缺纸…")
    if not isinstance(message.kind, Say):
        return "speech.see_screen"  # technician words are never spoken to the hall
    if message.args or not message.spoken:
        return WITHOUT_DATA.get(message.kind, "speech.see_screen")
    return message.kind.value


def prompt_ids() -> list[str]:
    """Every prompt the terminal can say (what the engine synthesises for each language)."""
    from kiosk.messages import PrintProblem

    ids = set(SCREEN_PROMPTS.values()) | set(EVENT_PROMPTS) | set(WITHOUT_DATA.values()) | {"speech.see_screen"}
    ids |= {s.value for s in Say
            if s is not Say.PRINTER_PROBLEM and s not in WITHOUT_DATA and not s.value.startswith(_VIEW_WORDS)}
    ids |= {p.catalog_id for p in PrintProblem}
    return sorted(ids)
