"""review14's findings on the fourteenth session's merged tree (a cold review), as tests."""

from __future__ import annotations

import pytest

from tests.test_safety27 import SAFETY


@pytest.mark.parametrize(
    "question",
    [
        # the reader does not see a T-score's minus sign: a score it reads as osteoporosis must be
        # one no normal or osteopenic score can be (osteoporosis is T <= -2.5)
        "My T score is 1 and I have sudden back pain after lifting a box",
        "my dexa T score was 2, I have sudden back pain after lifting a box",
        "my dexa T score was -1.1, I have sudden back pain after lifting a box",
        "My back pain since the DEXA came back normal: t scores 1.0 and 1.2, back pain",
    ],
)
def test_a_t_score_outside_osteoporosis_raises_nothing(question: str) -> None:
    assert "steroids-osteoporosis" not in [f.id for f in SAFETY.check(question)]


@pytest.mark.parametrize(
    "question",
    [
        "my T score was -2.6 and my back hurts since I bent over",
        "DEXA T-score -3.2, my back hurts since yesterday",
    ],
)
def test_an_osteoporotic_t_score_still_raises_the_soon_notice(question: str) -> None:
    assert "steroids-osteoporosis" in [f.id for f in SAFETY.check(question)]


@pytest.mark.parametrize(
    "question",
    [
        "I had a fever with back pain in 2025, which stretches help?",
        "In 2025 I had a fever with my back pain. Which stretches help?",
    ],
)
def test_last_year_told_by_its_number_is_past(question: str) -> None:
    # 'in <year>' is the past, as 'in 2019' is; the year class ended at 2024 (review14)
    assert SAFETY.check(question) == []
