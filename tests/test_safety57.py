"""safety57 (issue #12, red flags 27): a relative's back trouble told as a long past is family
history.

A relative's back trouble told as a long past ("was always bad", "were forever bad") is family
history, as "used to be bad" already was, not their back pain now beside a relative's old cancer
(PAST gains "back|backs was|were always|forever"); their back bad now still raises, and so does the
asker's own long-bad back beside signs now."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

FAMILY_CALM = [
    "My grandmother had cancer. My mum's back was always bad too. Is back pain genetic?",
    "My gran had bone cancer and my dad's back was forever bad, though that was from the building "
    "sites. is a bad back inherited?",
    "my parents' backs were always bad and my aunt had cancer. am I likely to get back problems?",
]
FAMILY_RED = [
    "My mum had breast cancer in 2002 and now her back is really bad. what should she do?",
    "My mum had breast cancer. Her back was always bad but this week she can't walk and she's "
    "wet herself.",
    "My back was always bad but now I can't pee and both legs are numb",
]


@pytest.mark.parametrize("question", FAMILY_CALM, ids=[q[:40] for q in FAMILY_CALM])
def test_a_relatives_long_past_back_is_family_history(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", FAMILY_RED, ids=[q[:40] for q in FAMILY_RED])
def test_a_back_bad_now_beside_cancer_or_signs_still_raises(question: str) -> None:
    assert SAFETY.check(question)
