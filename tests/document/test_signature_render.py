from __future__ import annotations

import io

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from ui.signature import MIN_INK_LENGTH, SignatureRejected, check_ink, render_signature_png

coordinate = st.floats(0, 900, allow_nan=False)
strokes_strategy = st.lists(st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=30), max_size=5)


def test_a_written_name_renders_as_black_ink_cropped_to_the_writing() -> None:
    stroke = [(200.0 + 3 * i, 100.0 + 30 * np.sin(i / 5)) for i in range(100)]
    image = np.asarray(Image.open(io.BytesIO(render_signature_png([stroke]))))
    assert image.shape[1] == pytest.approx(297 + 2 * 16, abs=1)  # 297 px of writing plus both margins
    assert image.min() == 0 and image.max() == 255


def test_a_dot_is_too_little_ink() -> None:
    with pytest.raises(SignatureRejected):
        render_signature_png([[(10.0, 10.0)], [(12.0, 11.0)]])


@given(strokes_strategy)
def test_rendering_succeeds_exactly_when_the_ink_check_passes(strokes: list[list[tuple[float, float]]]) -> None:
    if check_ink(strokes) is None:
        assert render_signature_png(strokes).startswith(b"\x89PNG")
    else:
        with pytest.raises(SignatureRejected):
            render_signature_png(strokes)


@given(strokes_strategy)
def test_ink_shorter_than_the_minimum_is_never_accepted(strokes: list[list[tuple[float, float]]]) -> None:
    from ui.signature import ink_length

    if ink_length(strokes) < MIN_INK_LENGTH:
        assert check_ink(strokes) is not None


def test_the_signature_is_encoded_without_the_search_for_the_smallest_png(monkeypatch: pytest.MonkeyPatch) -> None:
    # The search (Pillow's optimize) ran on the UI thread when 提交 was tapped: 50–130 ms for ~0.5 KB.
    saved: list[dict[str, object]] = []
    save = Image.Image.save

    def recorded(self: Image.Image, fp: io.BytesIO, format: str | None = None, **params: object) -> None:
        saved.append(params)
        save(self, fp, format, **params)

    monkeypatch.setattr(Image.Image, "save", recorded)
    stroke = [(float(x), 40.0 + (x % 30)) for x in range(0, 300, 3)]
    assert render_signature_png([stroke]).startswith(b"\x89PNG")
    assert saved and not any(p.get("optimize") for p in saved)
