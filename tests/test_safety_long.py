"""The learned check on long messages (safety29; docs/safety.md): a message over NET_MAX_WORDS
tokens is read a window at a time (net.windows: a sentence or a few, as the lines the check was
trained on), each window gated as a short question is, by the mentions in it as the rules judged
them reading the whole message. Before, it read nothing of a long message: any sign the rules did
not know was lost in a long story (redteam11: 39 of 39)."""

from __future__ import annotations

import itertools
import random
import string
import time

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.safety import quiet as quiet_module
from backcare.engine.safety.detect import QUICK_AFTER, Safety
from backcare.engine.safety.net import windows
from backcare.engine.safety.reading import Token
from backcare.engine.tuning import NET_MAX_WINDOWS, NET_MAX_WORDS, NET_WINDOW_WORDS
from tests.conftest import EVAL
from tools.redflag_eval import read_set
from tools.redflag_long import PADDINGS, Padding, evaluate

SAFETY = load_safety()
LEARNED = "described-warning-sign"

# signs only the learned check reads (the rules raise nothing for them, short or long): from
# redteam11's probe (/work/wt/s11/redteam11_probe.jsonl, A1-A5) and rewordings of its classes
LEARNED_ONLY = [
    'the nurse asked "are you able to pee?" - not since last night',
    # (five more lines left the list when safety27's, safety28's and safety44's rules learned them:
    # a negation before an infinitive, "legs both", "without force", weight told before and after,
    # "the physio asked if I could feel her touching my bottom and I couldn't": an ability asked
    # about and answered no)
]


def long_form(padding: Padding, line: str) -> str:
    text = padding.around(line)
    assert len(SAFETY.read(text)[0]) > NET_MAX_WORDS
    return text


@pytest.mark.parametrize("padding", PADDINGS, ids=[p.name for p in PADDINGS])
def test_each_padding_alone_is_long_and_raises_nothing(padding: Padding) -> None:
    text = padding.alone()
    assert len(SAFETY.read(text)[0]) > NET_MAX_WORDS
    assert SAFETY.check(text) == []
    assert SAFETY.check_learned(text) == []


# paddings that end with no one else named: "puppy" ends with the dog and "chairs" with a salesman
# ("what he meant"), and the rules' reading takes the next paragraph's signs as theirs until "I"
# or "my" (others.py; reported by safety29): both checks then set them aside, as in a short message
UNOWNED = tuple(p for p in PADDINGS if p.name in ("home", "holiday", "project"))


@pytest.mark.parametrize("line", LEARNED_ONLY)
def test_a_sign_only_the_learned_check_reads_is_raised_inside_a_long_story(line: str) -> None:
    assert [f.id for f in SAFETY.check(line)] == [LEARNED]
    for padding in UNOWNED:
        text = long_form(padding, line)
        assert SAFETY.check_rules(text) == [], padding.name  # the rules alone: lost
        assert [f.id for f in SAFETY.check(text)] == [LEARNED], padding.name


@pytest.mark.parametrize(
    "line",
    [
        # each window is gated as a short question by the mentions in it, as the rules judged
        # them reading the whole message: denied, an animal's, someone else's that is over (the
        # asker speaks of themselves in the padding: that alone does not make the dog's signs
        # the asker's)
        "No numbness anywhere, no trouble peeing or pooing, just a stiff lower back.",
        "My dog can't pee and keeps dragging his back legs, the vet is seeing him today.",
        "My cat can't walk properly on her back legs since yesterday, the vet thinks it's a "
        "slipped disc.",
        "can you get saddle numbness from cycling too much? asking for a friend",
    ],
)
def test_what_the_reading_settles_stays_settled_in_a_long_story(line: str) -> None:
    assert SAFETY.check(line) == []
    for padding in PADDINGS:
        assert SAFETY.check(long_form(padding, line)) == [], padding.name


def test_a_later_sentence_that_says_it_is_over_still_counts() -> None:
    """ "He's fine now" is read with the sentence before it (the rules' reading of the whole
    message), though a window holding the sign ends before it. Not with "holiday" and "project":
    their next paragraph opens with no "I" ("The hire car had very firm seats ..."), which the
    rules read as the son's and live, and a window holding a piece of that sentence raises
    (docs/safety.md, safety29: left)."""
    line = "My son couldn't feel his bottom last week after a fall at football. He's fine now."
    assert SAFETY.check(line) == []
    for padding in PADDINGS:
        if padding.name not in ("holiday", "project"):
            assert SAFETY.check(long_form(padding, line)) == [], padding.name


def test_a_pasted_page_of_random_words_raises_nothing() -> None:
    """Summed whole, hundreds of words of anything once added up to an 'emergency'; a window
    is as short as the lines the check was trained on."""
    rng = random.Random(29)
    for _ in range(5):
        words = [
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 10)))
            for _ in range(NET_MAX_WORDS * 3)
        ]
        assert SAFETY.check_learned(" ".join(words)) == []
        # in sentences, as a page of prose comes
        sentences = []
        while words:
            cut = rng.randint(3, 20)
            sentences.append(" ".join(words[:cut]))
            words = words[cut:]
        assert SAFETY.check_learned(". ".join(sentences)) == []


def tokens_of(sentences: list[int]) -> list[Token]:
    """Tokens in sentences of these lengths."""
    return [
        Token("word", "word", n, n, n, None)
        for n, length in enumerate(sentences)
        for _ in range(length)
    ]


@pytest.mark.parametrize(
    ("sentences", "packed"),
    [
        ([5] * 80, False),
        ([30, 4, 4, 200, 3], False),
        ([NET_WINDOW_WORDS] * 20, False),
        ([NET_WINDOW_WORDS + 1] * 9, False),
        ([1] * 300, True),  # more windows than NET_MAX_WINDOWS: packed, still every word read
    ],
)
def test_windows_are_short_and_cover_every_token(sentences: list[int], packed: bool) -> None:
    tokens = tokens_of(sentences)
    spans = windows(tokens)
    assert 0 < len(spans) <= NET_MAX_WINDOWS
    covered: set[int] = set()
    for start, end in spans:
        assert 0 <= start < end <= len(tokens)
        assert end - start <= NET_WINDOW_WORDS
        covered.update(range(start, end))
    assert covered == set(range(len(tokens)))
    assert packed == (len(spans) < len(sentences))  # not every sentence a window of its own
    if not packed:
        # each sentence (or, longer than a window, each half-window piece of it) is a window of
        # its own, and starts one with the sentences after it that fit
        first = 0
        for length in sentences:
            if length <= NET_WINDOW_WORDS:
                assert (first, first + length) in spans
                if first + length < len(tokens) and length + sentences[0] <= NET_WINDOW_WORDS:
                    assert any(s == first and e > first + length for s, e in spans)
            first += length


def test_a_very_long_message_is_read_in_at_most_the_cap_and_bounded_time() -> None:
    spans = windows(tokens_of([12] * 2000))
    assert len(spans) == NET_MAX_WINDOWS
    assert all(b == c for (_, b), (c, _) in itertools.pairwise(spans))  # no overlap
    text = " ".join([p.alone() for p in PADDINGS] * 10)  # ~10,500 words
    safety = load_safety()
    safety.check_rules(text)  # the rules' reading, which the learned check reuses
    start = time.perf_counter()
    assert safety.check_learned(text) == []
    # 0.65 s measured on a 2-core machine at load 22 (the rules' reading of it: 2.5 s)
    assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize(
    ("name", "caught"),
    [
        ("red_flags.jsonl", 52),  # of 58 (51 before): the misses are "puppy"'s, read as the dog's
        ("red_flags_dev.jsonl", 76),  # of 80 (73 before)
    ],
)
def test_long_form_guard(name: str, caught: int) -> None:
    """tools/redflag_long on a set, each line in one padding in turn: the windows add catches,
    and no false alarm beyond the line's own."""
    report = evaluate(name, read_set(EVAL / name), SAFETY)
    assert report.short.caught == report.short.urgent
    assert report.after.caught >= caught
    assert report.after.caught >= report.before.caught
    assert report.after.alarms <= report.short.alarms


def warmed(safety: Safety) -> Safety:
    for _ in range(QUICK_AFTER + 1):
        safety.check("warming up")
    return safety


def test_the_quick_exit_is_exact_on_long_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch's quick exit (quiet.py) reads a long message in full (it skipped every one while
    the check abstained on them): the same verdicts as without it."""
    lines = [
        *LEARNED_ONLY,
        *(item.question for item in read_set(EVAL / "red_flags.jsonl")[::4]),
    ]
    messages = [padding.around(line) for line in lines for padding in PADDINGS[:2]]
    messages += [padding.alone() for padding in PADDINGS]
    quick = warmed(load_safety())
    with_exit = [quick.check(m) for m in messages]
    monkeypatch.setattr(quiet_module.Quiet, "silent", lambda self, question: False)
    full = warmed(load_safety())
    assert with_exit == [full.check(m) for m in messages]
