"""quality78's readings quiet no red flag: the shapes they read (a figure asked, the odds, a guess
then "how do I tell", a state brought on "from lifting ...") carrying a real, current sign of the
asker's or of someone they care for still raise a notice of the same tier as on the base
(checked against s37-integ when written: every message below raised one there too)."""

from __future__ import annotations

import itertools

import pytest

from backcare.engine.answer import Engine

FRAMES = (
    "my back's all knotted up from lifting the toddler and {sign}, what do I do",
    "Could my back pain be kidney stones? {sign}. how do i tell",
    "what temperature should my heat pad be? {sign}",
    "how many minutes at a time should I ice my back, {sign}",
    "what are the odds it's serious? {sign}",
    "tight from carrying my dad upstairs, now he says {sign2}, what helps",
)
SIGNS = (
    ("I can't feel my bum or between my legs since this morning", "he can't feel his bum"),
    ("I've wet myself and didn't notice", "he wet himself without noticing"),
    ("both my legs have gone weak and numb", "both his legs have gone numb"),
    ("I've lost control of my bowels today", "he's lost control of his bowels today"),
    ("I haven't been able to pee since last night", "he hasn't been able to pee since last night"),
)


@pytest.mark.parametrize(
    ("frame", "sign"), list(itertools.product(FRAMES, SIGNS)), ids=lambda x: str(x)[:30]
)
def test_a_real_sign_in_the_read_shape_still_raises_a_notice(
    engine: Engine, frame: str, sign: tuple[str, str]
) -> None:
    message = frame.format(sign=sign[0], sign2=sign[1])
    flags = engine.ask(message).red_flags
    assert any(flag.urgency == "emergency" for flag in flags), message
