"""foreign145 (issue #12): red flags told wholly in Dutch, Vietnamese or Swahili, read in English by
foreign_reading.py from data/foreign_reading.json's new 'nl', 'vi' and 'sw' dictionaries.

tests/eval/red_flags_foreign145.jsonl: 81 red flags and 81 calm lines (27 and 27 per language)
written before the dictionaries were run on them (first run on main: 1/81 caught, 1/81 flagged);
issue #12's four blind lines with a calm twin each, and one Vietnamese line typed without its
marks; 34 red-team lines, a real sign of the asker's in the same message as each quieting shape
the dictionaries read (a denial, someone else's story, a healed past, 'just asking', 'fell asleep',
'in many cases', failing an exam); 26 lines written after, in other words, to see the reading
carry over.

Vietnamese marks tell words apart ("nội" is not "nói"): its runs written with marks are looked up
only as written ('marks_tell_words'); Swahili's prefixed verbs ("nilianguka", "unaniuma") and its
number after the unit ("miaka kumi") are written out whole as data.
"""

from __future__ import annotations

import pytest

from backcare.engine.safety.foreign_reading import in_english
from tests.safety_cases import SAFETY, keeps_its_tier, row_id, set_rows

# calm lines still flagged: in each, the English reading is what the English check itself flags
# when written in English, so no dictionary word can quieten it (the English false-alarm work's)
KNOWN_ALARMS = {
    # 'how do you say "I can't pee" in English?' raises the bladder emergency in English, German
    # and French alike
    "Hoe zeg je 'ik kan niet plassen' in het Engels? Voor mijn vakantie.",
    "Làm sao để nói 'tôi không đi tiểu được' bằng tiếng Anh? Cho chuyến du lịch.",
    "Unasemaje 'siwezi kukojoa' kwa Kiingereza? Kwa ajili ya safari yangu.",
    # 'if someone has numbness in both legs, is it dangerous? just asking': English reads 'what
    # if' as a supposition, not a bare 'if' ('nếu', 'kama'), which also tells real signs ("if I
    # sit my bum goes numb"): reading them as 'what if' would be a quieting reading
    "Nếu bị tê hai chân thì có nguy hiểm không? Tôi chỉ hỏi cho biết.",
    "Kama mtu ana ganzi miguu yote miwili, ni hatari? Nauliza tu.",
    # a sister's numb legs in a past pregnancy, now fine: flagged in English too
    "Dada yangu alikuwa na ganzi miguuni alipokuwa mjamzito, sasa yuko sawa. Mimi sina shida.",
    # Dutch past 'deed ... pijn' split by '6 weken geleden' reads 'my back did 6 weeks ago pain':
    # the learned check reads six weeks of pain
    "Mijn rug deed 6 weken geleden pijn, ik heb fysio, ibuprofen en warmte geprobeerd en nu is "
    "het helemaal over. Welke oefeningen houden het zo?",
}


@pytest.mark.parametrize("row", set_rows("foreign145", True), ids=row_id)
def test_a_real_sign_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize(
    "row", set_rows("foreign145", False, KNOWN_ALARMS, "see KNOWN_ALARMS"), ids=row_id
)
def test_the_calm_lines_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


def test_vietnamese_marked_words_are_not_read_as_their_unmarked_look_alikes() -> None:
    """'nội' (paternal) folds to 'noi' as 'nói' (say) does; 'vài' (a few) to 'vai' (shoulder)."""
    reading = in_english("Ông nội tôi bị ngã, giờ vài ngày vẫn đau lưng")
    assert reading is not None
    assert "say" not in reading.text.split() and "shoulder" not in reading.text.split()


def test_vietnamese_typed_without_marks_is_still_read() -> None:
    reading = in_english("toi khong di tieu duoc tu toi qua, lung dau du doi")
    assert reading is not None and "cant pee" in reading.text


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("Nilianguka kutoka kwenye ngazi jana", "i fell"),
        ("Mgongo unaniuma sana", "hurts me"),
        ("Nilianguka miaka kumi iliyopita", "ten years ago"),
        ("Ik ben gisteren in slaap gevallen op de bank", "fell asleep"),
    ],
)
def test_agglutinated_and_reordered_words_read_as_english_orders_them(
    message: str, words: str
) -> None:
    reading = in_english(message)
    assert reading is not None and words in reading.text, message
