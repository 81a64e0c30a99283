"""Power loss mid-session: the whole terminal killed while it files and prints, 20 times (CI).

``python -m benchmarks.power_loss --rounds 200`` runs the same check 200 times on demand.
"""

from __future__ import annotations

import pytest

from benchmarks.power_loss import run

pytestmark = pytest.mark.slow


def test_a_terminal_killed_mid_filing_or_mid_print_restarts_idle_with_each_filing_whole_or_absent(tmp_path):
    figures = run(rounds=20, seed=20261128, work_dir=tmp_path)
    print("\n" + figures.summary())
    assert figures.restarts_not_idle == 0
    assert figures.submits_refused == 0
    assert figures.submits_started > 0 and figures.receipts_shown  # the terminal did file between kills
    assert figures.partial == 0  # every filing wholly queued ...
    assert figures.receipts_without_filing == 0  # ... or absent, and then no receipt was shown for it
    assert figures.duplicated == 0 and figures.not_delivered == 0  # queued filings delivered once
    assert figures.delivered == figures.queued
    assert figures.personal_files == []
    assert figures.integrity_failures == 0
