"""Name masks reveal no length: first character and two asterisks, on receipts and on screens."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drivers.printing import samples
from kiosk.domain.identity import CardType, Identity
from kiosk.domain.masking import mask_name
from kiosk.printing.documents import MEDIA_80MM, ReceiptData
from tests.printing.conftest import pdf_text

LONG_LATIN = "ALEXANDER JONATHAN MAXIMILIAN WILLIAMSON S"  # 42 characters


@given(st.text(alphabet=st.characters(blacklist_categories=("Zs", "Cc")), min_size=1, max_size=60))
def test_every_name_masks_to_three_characters(name):
    masked = mask_name(name)
    assert len(masked) == 3 and masked.endswith("**") and masked[0] == name.strip()[0]


def test_a_one_character_and_a_42_character_name_mask_alike_but_for_the_first():
    assert mask_name("王") == "王**"
    assert mask_name(LONG_LATIN) == "A**"
    assert mask_name("阿卜杜热合曼·买买提明") == "阿**"


def test_the_80mm_receipt_of_a_42_character_name_shows_a_fixed_length_mask(renderer):
    base = samples.sample_receipt()
    person = Identity(CardType.RESIDENT_ID, LONG_LATIN, "11010119900307123X")
    receipt = ReceiptData.for_applicant(
        person, terminal_id=base.terminal_id, terminal_location=base.terminal_location,
        accepted_at=base.accepted_at, service_item=base.service_item, tracking_number=base.tracking_number,
        progress_url=base.progress_url, delivery_method=base.delivery_method, next_steps=base.next_steps)
    text = pdf_text(renderer.render_receipt(receipt, MEDIA_80MM).pdf)
    assert "A**" in text and "A***" not in text
