"""quality76 (issue 11, packs queried in users' own words): an everyday word searches the standard
words an organisation writes for it ("quid": pound; "jab": vaccination; "nicked": stolen;
"telly": television), one way, from data/everyday_words.txt, read by the resolver at
EVERYDAY_WEIGHT. General English of everyday speech, not any pack's list: a pack whose staff
write "children", "elderly residents" and "stolen" is asked about "the kids", "my nan" and "got
nicked"."""

from __future__ import annotations

import pytest

from backcare.engine import families as families_module
from backcare.engine.answer import Engine
from backcare.engine.families import Families, families
from backcare.engine.tuning import EVERYDAY_WEIGHT, FAMILY_WEIGHT
from backcare.packs.schema import Pack
from backcare.resources import DataError, read_text
from tests.packs import pack_of

# --- the table ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "written"),
    [
        ("quid", "pound"),
        ("jab", "vaccination"),
        ("jabs", "vaccinations"),
        ("leccy", "electricity"),
        ("telly", "television"),
        ("nicked", "stolen"),
        ("pinched", "theft"),
        ("kids", "children"),
        ("nan", "elderly"),
        ("grandad", "grandfather"),
        ("hubby", "husband"),
        ("moaning", "complaint"),
        ("bloke", "man"),
        ("skint", "afford"),
        ("fortnight", "fortnightly"),
        ("trash", "waste"),
        ("elevator", "lift"),
        ("swapped", "exchanged"),
    ],
)
def test_an_everyday_word_searches_the_written_word(word: str, written: str) -> None:
    assert written in families().standard(word)


@pytest.mark.parametrize(
    ("written", "everyday"),
    [
        ("pound", "quid"),
        ("vaccination", "jab"),
        ("children", "kids"),
        ("mother", "mum"),
        ("stolen", "nicked"),
        ("complaint", "moan"),
    ],
)
def test_a_written_word_does_not_search_the_everyday_one(written: str, everyday: str) -> None:
    assert everyday not in families().standard(written)


@pytest.mark.parametrize("word", ["back", "pain", "muscle", "membership", "ticket", "sort", "net"])
def test_most_words_have_no_standard_words(word: str) -> None:
    assert families().standard(word) == ()


def test_only_the_words_a_pack_holds_are_searched() -> None:
    assert families().standard("quid", lambda w: w == "cash") == ("cash",)
    assert families().standard("quid", lambda w: False) == ()


def test_a_long_word_is_read_through_its_lemma_and_a_short_one_as_typed() -> None:
    table = Families([], [], [], 5, {"moan", "grumble"}, "moan\tcomplaint\ngrumble\tcomplain\n")
    assert table.standard("grumbles") == ("complain",)  # a lemma of five letters or more
    assert table.standard("moan") == ("complaint",)
    assert table.standard("moans") == ()  # four letters and a plural: listed apart when meant


def test_every_line_of_the_bundled_file_is_in_shape() -> None:
    lines = [x for x in read_text("everyday_words.txt").splitlines() if not x.startswith("#")]
    assert len(lines) >= 150
    words = [line.split("\t")[0] for line in lines]
    assert len(words) == len(set(words)), "an everyday word listed twice"
    for line in lines:
        word, written = line.split("\t")
        assert word.isalpha() and word.islower(), word
        assert families().standard(word), word  # each line reads
        assert word not in written.split()


def _with_text(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(families_module, "read_text", lambda name: text)
    families.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "quid\tquid\n",
        "quid\tpound quid\n",
        "quid\t\n",
        "quid\t  \n",
        "quid\tpound;\n",
        "quid\tPound\n",
    ],
)
def test_a_damaged_line_is_a_data_error_when_its_word_is_asked(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    _with_text(monkeypatch, text)
    try:
        assert families().standard("fiver") == ()  # other words are not read
        with pytest.raises(DataError, match=r"everyday_words\.txt: the line of 'quid'"):
            families().standard("quid")
    finally:
        families.cache_clear()


@pytest.mark.parametrize("word", ["#", "qu\tid", "quid\n", "", "Quid", "# everyday"])
def test_a_word_no_line_can_hold_finds_nothing(monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    _with_text(monkeypatch, "# everyday\tpound\nquid\tpound\n")
    try:
        assert families().standard(word) == ()
    finally:
        families.cache_clear()


def test_the_written_word_counts_less_than_a_word_typed() -> None:
    assert 0 < EVERYDAY_WEIGHT <= FAMILY_WEIGHT < 1


# --- in ranking: a made-up housing association's page written in its staff's words ---------------

HOUSING = (
    (
        "repairs",
        "How do I report a repair?",
        "Report a repair online or by phone and an operative will arrange a visit within five "
        "working days, or the same day for an emergency such as a gas leak or flooding.",
    ),
    (
        "complaints",
        "How do I make a complaint?",
        "Write to the complaints team or fill in the form on our website. We acknowledge every "
        "complaint within two working days and reply in full within ten.",
    ),
    (
        "arrears",
        "What if I cannot afford my rent?",
        "Speak to our money advice team as early as you can. They can set up a payment plan and "
        "check which benefits you can claim.",
    ),
    (
        "keys",
        "What should I do if my keys are stolen?",
        "Report the theft to the police and tell us the crime reference number; we will change "
        "the locks the same day.",
    ),
    (
        "play",
        "Is there a play area for children?",
        "Each estate has a fenced play area, inspected weekly, open from 8am until dusk.",
    ),
    (
        "wellbeing",
        "What support is there for elderly residents?",
        "Our wellbeing officers visit older tenants who live alone, help with forms and arrange "
        "handrails and alarms.",
    ),
    (
        "pets",
        "Can I keep a pet?",
        "Cats and small animals are allowed in houses; ask us before getting a dog.",
    ),
    (
        "permit",
        "How do I get a parking permit for my vehicle?",
        "Permits cost 20 pounds a year for one vehicle per household; apply with your registration "
        "number.",
    ),
    (
        "waste",
        "When is waste collected?",
        "Refuse and recycling are collected every Tuesday; put your containers out by 7am.",
    ),
    (
        "contact",
        "What number should I call?",
        "Call our contact centre on 0300 555 0100, 8am to 6pm on weekdays.",
    ),
    (
        "broadband",
        "Do the flats have internet access?",
        "Every block has fibre broadband; choose any provider and they will connect your flat.",
    ),
    (
        "lift",
        "What happens when a lift is out of order?",
        "Lifts are repaired within 24 hours; residents with mobility needs are moved to a lower "
        "floor if it takes longer.",
    ),
    (
        "exchange",
        "Can I exchange my home with another tenant?",
        "A mutual exchange lets two tenants trade homes once we have checked both tenancies.",
    ),
    (
        "fraud",
        "How do I report fraud?",
        "If someone asks you for money or bank details claiming to be from us, report the fraud to "
        "our tenancy team before you pay anything.",
    ),
)


def housing() -> Pack:
    return pack_of(HOUSING, "Riverside Housing FAQ")


# each asked with an everyday word for what the right entry says in its staff's words
EVERYDAY_QUESTIONS = [
    ("my nan is 90, can anyone look in on her", "wellbeing"),
    ("my bag got nicked with the door fob in it", "keys"),
    ("is this letter a scam", "fraud"),
    ("is there wifi", "broadband"),
    ("i need to leave my motor outside, do i need something", "permit"),
    ("the elevator is broken", "lift"),
    ("who do i ring", "contact"),
    ("i want to have a moan about the caretaker", "complaints"),
    ("can i swap my place with my mates", "exchange"),
    ("when do you take the trash", "waste"),
    ("i'm skint this month", "arrears"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(housing())


@pytest.mark.parametrize(("question", "expected"), EVERYDAY_QUESTIONS)
def test_an_everyday_word_finds_the_entry_in_the_staffs_words(
    engine: Engine, question: str, expected: str
) -> None:
    assert engine.ask(question, top=3).ranking.matches[0].entry.id == expected


@pytest.mark.parametrize(("question", "expected"), EVERYDAY_QUESTIONS)
def test_without_the_everyday_words_another_entry_or_none_ranks_first(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the resolver as before quality76: the same families, no everyday words
    _with_text(monkeypatch, "")
    try:
        matches = Engine(housing()).ask(question, top=3).ranking.matches
    finally:
        families.cache_clear()
    assert not matches or matches[0].entry.id != expected or matches[0].score == 0


@pytest.mark.parametrize(
    "question",
    [
        "can my kids get free school meals",
        "where can i get a flu jab",
        "my boss wont give me time off",
        "where can i buy a cheap telly",
        "how do i get my nan's pension sorted",
        "my hubby snores, what can i do",
        "best takeaway that delivers to the estate",
        "is it worth buying a new motor or a used one",
        "can i pay for the cinema with a tenner",
    ],
)
def test_an_everyday_word_answers_no_question_the_page_does_not(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question, top=3).match is None


def test_the_bundled_file_reads() -> None:
    families.cache_clear()
    assert families().standard("quid") == ("pound", "pounds", "cash")
