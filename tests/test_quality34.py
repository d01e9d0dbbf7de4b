"""quality34: near-domain questions of a kind no entry answers (a pet's back, days off work, a
count per year, whether a named exercise is safe) and muscle-wasting questions told in other words
(muscles that lose bulk, wasting seen on a scan, what else a condition causes, a remedy the asker
rules out). Wordings here are new ones, not the blind set's."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine

OUT_OF_REACH = [
    # a pet's back: a breed or a vet's condition names an animal no entry speaks of
    "my labrador's back seems stiff when she sits down",
    "my corgi's back is stiff when he sits down",
    "is IVDD why my dog's back is stiff",
    # days off work: a count of days no entry gives
    "how many days off work should I take for a stiff back",
    "is it normal to need weeks off work for back pain",
    # a count per year
    "how many children get spinal muscular atrophy every year",
    "what number of people have back pain",
    "how many cases of spinal muscular atrophy are there per year",
    # whether a named exercise is safe
    "are kettlebell swings safe for the lower back",
    "are good mornings safe for my lower back",
]


@pytest.mark.parametrize("question", OUT_OF_REACH)
def test_out_of_reach(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


ANSWERED = [
    ("why do the muscles along my spine lose their bulk", "causes-paraspinal-muscle-atrophy"),
    ("my paraspinals have lost bulk, what causes that", "causes-paraspinal-muscle-atrophy"),
    ("paraspinal atrophy on MRI, why does it happen", "causes-paraspinal-muscle-atrophy"),
    (
        "my niece is weak and floppy and has trouble feeding, the doctors think SMA - what else "
        "can it cause?",
        "signs-symptoms-spinal-muscular-atrophy",
    ),
    (
        "My lower back goes stiff at my desk. Don't tell me to buy an ergonomic chair, why does "
        "sitting cause it?",
        "back-get-stiff-sit",
    ),
    (
        "My lower back is stiff after an hour in my chair. Please don't just tell me to buy a "
        "lumbar cushion, I want to know why sitting causes this.",
        "back-get-stiff-sit",
    ),
]


@pytest.mark.parametrize(("question", "entry"), ANSWERED)
def test_answered(engine: Engine, question: str, entry: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == entry, question
