"""quality73 (issue 11): a pack's answer share is measured over the words that tell its answers
apart (adapt.answer_share, tuning.BOILERPLATE_SHARE). Staff-written packs put their questions'
nouns and the operator's boilerplate in every answer; counted, those words held the share of a
pack whose answers carry its users' words under ANSWER_SHARE (transport pack 43 fell below its
BM25 over question + answer), and made a pack whose answers are boilerplate look as if its
answers held words of their own. Made-up packs, written for these tests."""

from __future__ import annotations

import pytest

from backcare.engine import adapt
from backcare.engine.adapt import answer_share, reads_answers
from backcare.engine.analyze import Analyzer, load_stopwords
from backcare.engine.answer import Engine
from backcare.engine.tuning import BOILERPLATE_SHARE
from backcare.packs.load import load_pack
from backcare.packs.schema import Entry
from tests.conftest import PackWriter

# every answer repeats the page's nouns (the other entries' questions) and the operator's lines
_FERRY_LINES = (
    " Every ticket, card and pass is valid on each ferry sailing and crossing; see the timetable,"
    " refund and fares pages, book online, and ask the crew on board if you need help with your"
    " ticket, card or pass. Bikes, dogs and cars travel, and food is sold, on every sailing unless"
    " it is cancelled; if you feel unwell, lose something or need the accessible deck, tell the"
    " crew."
)
_FERRY = [
    ("renew-pass", "How do I renew my pass?",
     "Your season pass can be renewed up to fourteen days before it expires, online or at the"
     " harbour kiosk; choose weekly, monthly or annual and pay by card, and the new dates follow"
     " on without a gap."),
    ("lost-card", "What if I lose my card?",
     "Report it missing straight away if your purse or wallet was stolen or dropped: we block the"
     " card so nobody else can spend the balance and post a replacement with any ticket or pass"
     " moved onto it."),
    ("bikes", "Can I take a bike?",
     "Bicycles, scooters and folded pushchairs go on the lower deck racks free of charge; tandems"
     " and cargo trikes need a vehicle ticket, and e-scooters are banned for fire safety."),
    ("dogs", "Can I travel with my dog?",
     "Pets on a lead or in a carrier are welcome in the outside seating; guide dogs and"
     " assistance animals may sit anywhere, and a muzzle may be requested by the crew."),
    ("weather", "What happens if the sailing is cancelled?",
     "Storms, fog and high winds can stop crossings; we text and email everyone booked, refund or"
     " rebook free of charge, and post updates on the departures board."),
    ("cars", "Can I bring a car?",
     "Vehicles must be booked in advance and arrive forty minutes before departure for loading;"
     " campervans, trailers and vans over two metres high pay the tall vehicle fare."),
    ("food", "Is there food on board?",
     "The cafe serves hot drinks, sandwiches, snacks and breakfast rolls; vegan and gluten free"
     " options are labelled, and you may bring your own picnic."),
    ("refund", "Can I get a refund on my ticket?",
     "Unused single and return tickets are refunded in full up to twenty four hours before"
     " sailing; after that we keep an admin charge, and part used season passes are refunded by"
     " the day."),
    ("child", "Do children pay?",
     "Under fives travel free with an adult; kids from five to fifteen pay half fare, and"
     " teenagers may be asked for photo identification such as a school id or passport."),
    ("seasick", "What if I feel unwell on the crossing?",
     "Crew are trained in first aid; if you get seasick or nauseous sit low in the middle of the"
     " boat, look at the horizon, and ask at the cafe for ginger biscuits or a sick bag."),
    ("timetable", "Where is the timetable?",
     "Departure times are on the website, in the app and at every pier; the winter schedule runs"
     " fewer crossings from November to March and none on Christmas Day."),
    ("wheelchair", "Is the ferry accessible?",
     "Both vessels have a ramp, a lift between decks and a wheelchair accessible toilet; tell the"
     " crew when you board if you need help with the gangway."),
]  # fmt: skip

# answers that only restate their question inside the operator's lines: nothing of their own
_BOILERPLATE_LINES = (
    " Thank you for contacting the Northgate leisure team. Opening hours, prices and membership"
    " terms are published on our website and may change without notice; for anything else please"
    " telephone reception or email the customer experience desk, and a colleague will reply"
    " within three working days."
)
_LEISURE = [
    ("swim", "When is the swimming pool open?", "The swimming pool is open most days."),
    ("gym", "Do I need an induction for the gym?", "The gym needs an induction first."),
    ("sauna", "Is there a sauna?", "Yes, there is a sauna."),
    ("parking", "Is there parking?", "Yes, there is parking at the centre."),
    ("classes", "How do I book a fitness class?", "Fitness classes can be booked."),
    ("lockers", "Are there lockers?", "Yes, there are lockers in the changing rooms."),
    ("towels", "Can I hire a towel?", "Towels can be hired."),
    ("kids", "Can children use the pool?", "Children can use the pool with an adult."),
    ("cafe", "Is there a cafe?", "Yes, the centre has a cafe."),
    ("cancel", "How do I cancel my membership?", "Memberships can be cancelled."),
]  # fmt: skip


def _entries(rows: list[tuple[str, str, str]], lines: str) -> list[dict[str, str]]:
    return [{"id": i, "question": q, "answer": a + lines} for i, q, a in rows]


def _share(entries: list[Entry]) -> float:
    analyzer = Analyzer(load_stopwords())
    answers = [analyzer.terms(e.answer) for e in entries]
    return answer_share(
        ([t for f in (e.question, *e.aliases, *e.tags, e.topic) for t in analyzer.terms(f)]
         for e in entries),
        answers.__getitem__,
        len(entries),
    )  # fmt: skip


def test_words_most_answers_hold_do_not_count() -> None:
    questions = [["pay", "card"], ["ship", "order"], ["return", "item"], ["track", "parcel"]]
    lines = ["contact", "team", "please"]  # every answer's: left out of both sides
    answers = [
        ["card", "visa", *lines],
        ["courier", "royal", *lines],
        ["label", "print", *lines],
        ["number", "email", *lines],
    ]
    assert answer_share(questions, answers.__getitem__, 4) == pytest.approx((1 / 2 + 1 + 1 + 1) / 4)
    # the same as if the answers had no such lines; counted, they made the answers look their own
    assert answer_share(questions, [a[:2] for a in answers].__getitem__, 4) == pytest.approx(
        (1 / 2 + 1 + 1 + 1) / 4
    )


def test_a_word_one_answer_holds_is_never_boilerplate() -> None:
    # two answers: a word in one of them is half the answers, but tells them apart
    questions = [["pay"], ["ship"]]
    answers = [["visa"], ["courier"]]
    assert BOILERPLATE_SHARE * 2 < 1
    assert answer_share(questions, answers.__getitem__, 2) == 1.0


def test_a_pack_whose_questions_lack_its_users_words_reads_its_answers(
    write_pack: PackWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = load_pack(
        write_pack({"lexicon": {"builtin": False}, "entries": _entries(_FERRY, _FERRY_LINES)})
    )
    assert reads_answers(_share(list(pack.entries)))
    # over every word, the page's nouns in each answer held the share under the line
    monkeypatch.setattr(adapt, "BOILERPLATE_SHARE", 1.0)
    assert not reads_answers(_share(list(pack.entries)))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("someone nicked my wallet with my travel card in it", "lost-card"),
        ("is it ok to bring my scooter on board", "bikes"),
        ("the crossing got called off because of fog, what now", "weather"),
        ("do i need to book my campervan", "cars"),
        ("can i get a coffee and a sandwich during the trip", "food"),
        ("my kids are 3 and 12, how much do they cost", "child"),
        ("i get nauseous on boats, any tips", "seasick"),
        ("are there sailings on christmas day", "timetable"),
        ("is there a lift for my mum who uses a wheelchair", "wheelchair"),
        ("can my labrador come along on a lead", "dogs"),
    ],
)
def test_users_words_only_an_answer_holds_find_their_entry(
    write_pack: PackWriter, question: str, expected: str
) -> None:
    pack = load_pack(
        write_pack({"lexicon": {"builtin": False}, "entries": _entries(_FERRY, _FERRY_LINES)})
    )
    answer = Engine(pack).ask(question, top=3)
    assert answer.results[0].entry.id == expected
    assert answer.results[0].signals.answer_text is not None  # ranked by the answers' text too


@pytest.mark.parametrize(
    "question",
    [
        "can i fish off the pier at night",
        "how do i renew my driving licence",
        "best recipe for vegan breakfast rolls",
        "my dog keeps barking at the neighbours",
        "what is the weather forecast for the weekend",
        "how do i fix a flat bike tyre",
        "where can i buy a passport photo",
        "is the harbour car park free on sundays",
        "do cruise ships stop here",
        "how to treat a wasp sting",
    ],
)
def test_questions_the_ferry_page_does_not_answer_stay_unanswered(
    write_pack: PackWriter, question: str
) -> None:
    pack = load_pack(
        write_pack({"lexicon": {"builtin": False}, "entries": _entries(_FERRY, _FERRY_LINES)})
    )
    assert Engine(pack).ask(question, top=1).match is None


def test_a_pack_whose_answers_are_boilerplate_ranks_by_its_questions(
    write_pack: PackWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = load_pack(
        write_pack(
            {"lexicon": {"builtin": False}, "entries": _entries(_LEISURE, _BOILERPLATE_LINES)}
        )
    )
    engine = Engine(pack)
    assert not reads_answers(engine.matcher.store.answer_share)
    answer = engine.ask("how do i contact the customer experience desk about my towel", top=3)
    assert all(m.signals.answer_text is None for m in answer.results)
    # over every word, the operator's lines (no question's words) made the answers look their own
    monkeypatch.setattr(adapt, "BOILERPLATE_SHARE", 1.0)
    assert reads_answers(_share(list(pack.entries)))
