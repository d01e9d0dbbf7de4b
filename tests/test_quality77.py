"""quality77 (issue 11): a long message in a pack that reads its answers but sits below the answer
share's line (adapt.answers_read without adapt.reads_answers: short questions, as the GP surgery
pack 41's) is ranked by its answers' text as well (rerank._reads_text). Its story ("we registered
our terrier in the spring", "I booked her vaccinations already") holds words of other entries'
short questions, while its need ("his gums look red and he drops his food") is in the right
entry's answer only. A made-up vet practice's page, written for these tests: short questions, a
few tags, answers in the staff's words; its share lies below ANSWER_SHARE, so a question of one
sentence stays ranked by the pack's own questions."""

from __future__ import annotations

import pytest

from backcare.engine.adapt import answers_read, reads_answers
from backcare.engine.answer import Engine
from backcare.engine.rerank import _reads_text
from backcare.engine.tuning import ANSWER_SHARE, READ_ANSWER_WEIGHT
from backcare.packs.load import load_pack
from tests.conftest import PackWriter

# (id, question, tags, answer)
_VET = [
    ("register", "How do I register my pet?", [],
     "Register your pet at reception or online before you need an appointment: give its age and "
     "breed and the old practice, and we order its records, vaccination dates and microchip "
     "number for you."),
    ("book", "How do I book an appointment?", ["phone", "app"],
     "Book an appointment online, in the app or by phone; a consult is fifteen minutes. Tell us if"
     " your pet is nervous and we book a quiet slot, or a nurse clinic if a nurse can help."),
    ("cancel", "How do I cancel an appointment?", ["fee", "slot"],
     "Cancel or move an appointment in the app or by phone a day ahead so another pet can have "
     "the slot; we charge a fee for an appointment missed without notice, as with a nurse "
     "clinic."),
    ("vaccines", "When are vaccinations due?", ["puppy", "year"],
     "Puppies and kittens start vaccinations at eight weeks, a second one a month later, then a "
     "booster every year; we send a reminder when your pet is due, and kennels ask for the card."),
    ("neutering", "Should I neuter my pet?", ["home", "food"],
     "Neuter dogs from six months and cats from four; book the operation as a day appointment, "
     "your pet has no food from midnight and goes home that evening with a cone, and a nurse "
     "clinic checks the wound."),
    ("microchip", "How do I update a microchip?", ["number"],
     "Update your address or phone number with the database named on the microchip paperwork; if"
     " you cannot find it, book a nurse clinic and we scan the microchip to tell you which one "
     "holds it."),
    ("prescriptions", "How do I order repeat medication?", ["online", "six"],
     "Order repeat medication online or in the app and allow two days; a vet must see your pet "
     "every six months to keep the repeat going, and a written prescription for an online "
     "pharmacy has a fee."),
    ("emergency", "What do I do in an emergency?", ["breathe"],
     "In an emergency out of hours, phone the practice and you are put through to the night vet "
     "at the hospital on Mill Lane; bring your pet straight in if it collapsed, cannot breathe or"
     " ate poison."),
    ("insurance", "Do you accept pet insurance?", ["direct"],
     "We accept most pet insurance and claim directly once you sign the form; you pay the excess "
     "on the day. Without a direct claim you pay, then the insurer refunds you."),
    ("payment", "How can I pay?", [],
     "Pay by card, cash or bank transfer when you collect your pet; a monthly plan spreads the "
     "cost of vaccinations, flea and worm treatment and a yearly check, and pet insurance can pay"
     " us directly."),
    ("fleas", "How do I treat fleas and worms?", ["weight"],
     "Treat fleas and worms each month with a spot on or tablet; the dose depends on weight, so a"
     " nurse clinic weighs your pet first. Treat every pet in the home and wash its bedding hot."),
    ("euthanasia", "What happens when a pet is put to sleep?", ["quiet"],
     "When a pet is put to sleep we give you time in a quiet room, or the vet comes to your home;"
     " you then choose a cremation and whether the ashes come back to you."),
    ("dental", "Does my pet need a dental?", [],
     "Bad breath, red gums, dropping food or chewing on one side point to sore teeth; a dental "
     "under anaesthetic cleans them and takes out bad ones, and your pet goes home the same day."),
    ("nurse", "What are nurse clinics?", ["check"],
     "A nurse clinic is free: weight checks, nails clipped, stitches out, advice on diet and "
     "puppy care. Book a nurse clinic as you book any appointment."),
]  # fmt: skip


def _engine(write_pack: PackWriter) -> Engine:
    entries = [{"id": i, "question": q, "tags": t, "answer": a} for i, q, t, a in _VET]
    engine = Engine(load_pack(write_pack({"lexicon": {"builtin": False}, "entries": entries})))
    engine.ask("x")  # builds the index
    return engine


@pytest.mark.parametrize(
    ("by_share", "answers", "several", "expected"),
    [
        (True, True, False, True),  # above the line: every question, as before
        (True, True, True, True),
        (True, False, False, True),
        (False, True, True, True),  # below it, answers read: a long message only
        (False, True, False, False),
        (False, False, True, False),  # answers not read (the bundled pack, lsof, StackFAQ)
        (False, False, False, False),
    ],
)
def test_which_questions_are_ranked_by_the_answers_text(
    by_share: bool, answers: bool, several: bool, expected: bool
) -> None:
    assert _reads_text(by_share, answers, several) is expected


def test_the_page_reads_its_answers_below_the_share_line(write_pack: PackWriter) -> None:
    store = _engine(write_pack).matcher.store
    assert store.answer_share < ANSWER_SHARE  # as the GP pack 41 (0.656)
    assert not reads_answers(store.answer_share)
    assert store.answer_weight == READ_ANSWER_WEIGHT  # its short questions (adapt.short_questions)
    assert answers_read(store.answer_share, store.answer_weight)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("We registered our terrier with you in the spring. Lately his gums look red and he drops "
         "his food. Does he need his teeth looked at?", "dental"),
        ("I paid for his vaccinations last month and the nurse mentioned his breath. He now chews "
         "only on one side. Is that his teeth?", "dental"),
        ("We registered here last year. Tonight our dog collapsed in the garden and is struggling "
         "to breathe. Where do we go out of hours?", "emergency"),
        ("We registered our two cats last week. Now they scratch all day and the bedding has "
         "little black bits in it. What do we treat them with?", "fleas"),
        ("We have paid for treatment for months but our old dog is not getting better. We think "
         "it is time to let him go. Could the vet come to our home, and can we keep the ashes?",
         "euthanasia"),
        ("I booked her vaccinations already. Now I want to stop her having kittens. Does she go "
         "home the same evening after the operation?", "neutering"),
        ("We registered our puppy and took out cover with an insurer. Can you claim directly so "
         "we only pay the excess?", "insurance"),
        ("We registered three dogs with you and the cost of flea and worm treatment adds up. Can "
         "I spread it over the year?", "payment"),
        ("I booked his vaccinations with you in May. Since then he has put on weight and needs "
         "his nails clipped. Is there a free clinic for that?", "nurse"),
        ("I registered my old cat last week and she is on heart pills for life. The pharmacy "
         "online is cheaper. Can you write a prescription for them?", "prescriptions"),
    ],
)  # fmt: skip
def test_a_long_message_is_ranked_by_the_answers_text(
    write_pack: PackWriter, message: str, expected: str
) -> None:
    answer = _engine(write_pack).ask(message, top=3)
    assert answer.results[0].entry.id == expected
    assert answer.results[0].signals.answer_text is not None


@pytest.mark.parametrize(
    "question",
    [
        "my dog ate poison what do i do",
        "how much is a dental",
        "can i pay monthly",
        "how do i get more tablets for my cat",
        "my kitten needs her jabs",
    ],
)
def test_a_question_of_one_sentence_is_ranked_by_the_questions(
    write_pack: PackWriter, question: str
) -> None:
    answer = _engine(write_pack).ask(question, top=3)
    assert all(found.signals.answer_text is None for found in answer.results)


@pytest.mark.parametrize(
    "message",
    [
        "We registered our dog with you last year. Do you sell leads and beds at reception?",
        "I booked an appointment for my cat next week. Is there parking outside the practice?",
        "My neighbour's dog barks all night. I have asked them to stop. Can you make them?",
        "Our horse has gone lame in the field. He is twelve. Do you visit farms?",
        "I found a hedgehog in my garden in the daytime. It looks thin. Will you take it in?",
        "My daughter wants to be a vet when she leaves school. She is sixteen. Do you offer work "
        "experience?",
        "Our dog groomer has closed down. He needs his coat cut before summer. Do you do grooming?",
        "I registered my cat here in March. Can I bring my own food for her when she stays in for "
        "the night?",
    ],
)
def test_long_messages_the_page_does_not_answer_stay_unanswered(
    write_pack: PackWriter, message: str
) -> None:
    assert _engine(write_pack).ask(message, top=1).match is None
