"""Red flags told inside long messages: `python -m tools.redflag_long [SET.jsonl]... [--list]`.

People write long stories. Every line of each labelled set (as tools/redflag_eval reads them) is put
between two neutral paragraphs (PADDINGS: an office, a holiday, a new puppy, a work project, chairs),
each pair over NET_MAX_WORDS tokens on its own, so the message is longer than the learned check's
trained length (the longest labelled line has ~104 tokens). For each set this prints, side by side,
the short form (the line alone) and the long form (the line padded): red-flag lines caught,
ordinary lines flagged. Each line is padded by one padding in turn (line k by padding k + OFFSET),
or by every padding with `--all` (five times the cost: a long message costs ~10-50 ms to read).

The long form is counted twice: as the check reads it, and with the learned check abstaining over
NET_MAX_WORDS tokens (the rules alone: what backcare did before safety29), so one run gives the
before and after. Messages up to NET_MAX_WORDS tokens are read as before safety29, so the short
form has one column.

`--stories` also builds long ordinary messages from each set's ordinary lines, joined in order
into stories of more than NET_MAX_WORDS words, and counts those that raise a notice.

With no arguments it runs tools.redflag_eval's default sets (tests/eval/red_flags*.jsonl and
../shared/eval/redflags_dev.jsonl).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from backcare.engine.safety import Safety, load_safety
from backcare.engine.tuning import NET_MAX_WORDS
from tools.redflag_eval import Item, default_sets, read_set


class Padding:
    """Two neutral paragraphs a line is told between."""

    def __init__(self, name: str, before: str, after: str) -> None:
        self.name = name
        self.before = before
        self.after = after

    def around(self, line: str) -> str:
        return f"{self.before}\n\n{line}\n\n{self.after}"

    def alone(self) -> str:
        return f"{self.before}\n\n{self.after}"


# redteam11's padding (/work/wt/s11/redteam11_report.md, appendix), then four written for this tool;
# none names a symptom, each pair is over 200 tokens alone and raises nothing (tests/test_redflag_long.py)
PADDINGS = (
    Padding(
        "home",
        "I have been working from home for about three years now as an accountant, and most days "
        "I sit at the kitchen table with a laptop on a couple of cookbooks, which my partner says is "
        "a terrible setup. We have two cats, a small garden, and a neighbour who plays the drums on "
        "Sunday afternoons, so weekends are never really quiet. I like cooking, especially curries "
        "and slow stews, and I try to walk to the shops rather than drive when the weather is "
        "decent. Last spring we repainted the living room and I spent a lot of time on a "
        "stepladder, which I did not enjoy at all.",
        "Anyway, I also wanted to ask about chairs, because I am thinking about buying a proper "
        "office chair with lumbar support and maybe a monitor stand, and I have read so many reviews "
        "that I cannot decide which one is worth the money. My sister swears by a kneeling stool, my "
        "colleague likes a saddle chair, and the shop assistant recommended a mesh chair with "
        "adjustable arms. I would also like to know whether a standing desk is worth it or whether "
        "it is just a fad, and how long people usually stand at one during the day. Thank you for "
        "reading all of this, I know it is a lot.",
    ),
    Padding(
        "holiday",
        "We got back on Saturday from ten days in Portugal with the whole family, my parents "
        "included, and it was lovely, although the flights were long and the airport was chaos on "
        "the way out. We stayed in a small apartment near the old town with a balcony that looked "
        "over the harbour. The children spent most mornings in the pool and the afternoons building "
        "sandcastles, and my partner and I took turns going for a coffee and a pastry in the square. "
        "We hired a car for a few days and drove along the coast to see the cliffs and a fishing "
        "village with the best grilled sardines I have ever eaten.",
        "The hire car had very firm seats and the drive to the airport took almost three hours, so "
        "I would like to know how often you should stop on a long drive and whether a cushion makes "
        "any difference. We are already talking about going back next summer, maybe for two weeks "
        "this time, and I want to plan the journey better, with more breaks and less rushing about "
        "with suitcases. My brother says a rucksack is easier to carry than a wheeled case. Any tips "
        "on travelling would be very welcome, and sorry for writing so much.",
    ),
    Padding(
        "puppy",
        "Three weeks ago we brought home a puppy, a little cocker spaniel called Biscuit, and the "
        "whole household has been turned upside down. He chews everything he can reach, from shoes "
        "to the corner of the sofa, and he has decided that the kitchen bin is his favourite toy. "
        "House training is going slowly but we are getting there with lots of treats and praise. "
        "The vet says he is healthy and growing well, and the puppy classes on Thursday evenings "
        "have been great fun for the children. Anyway, that is enough about the dog for now.",
        "The other thing I wanted to ask about is lifting and bending, because I spend a lot of "
        "the day picking things up off the floor, carrying the puppy up and down the garden steps "
        "and kneeling to clean up after him. Is there a better way to bend down a hundred times a "
        "day? I have been trying to squat rather than stoop, as a friend suggested, and I bought a "
        "long-handled dustpan. We also walk for about an hour every morning in the park, which I "
        "enjoy, and I wondered whether walking that much is good for you or whether I should add "
        "some stretches. Thanks for any advice you can give.",
    ),
    Padding(
        "project",
        "Work has been hectic since March because my team is moving the company's old customer "
        "database to a new system, and I am the one who has to keep the project on schedule. "
        "There are daily meetings with the supplier, weekly reports for the directors and a lot of "
        "spreadsheets to check. The deadline has already moved twice and everyone is tired of it. "
        "On the plus side, my manager has been supportive and we have a good team, and the new "
        "system really is much better than the old one once you get used to it.",
        "Because of all this I am at my desk from eight in the morning until well after six, often "
        "with lunch at the keyboard, and I know that is not ideal. I would like to know how often "
        "I should get up and move around, whether there are simple exercises I can do at a desk "
        "without looking silly in an open-plan office, and whether a laptop stand and a separate "
        "keyboard are worth asking the company for. My colleague uses a timer that reminds her to "
        "stand up every half hour. The project should finish in October, so things will calm "
        "down after that, but I want to get into better habits now.",
    ),
    Padding(
        "chairs",
        "I have spent the last month trying to choose a new office chair and I am completely lost. "
        "I went to three shops at the weekend and sat in about twenty chairs, from cheap ones at the "
        "supermarket to a very expensive one with more levers than my car. Some had a headrest, some "
        "had a mesh back, some had arms that go up and down and sideways, and one even rocked. The "
        "salesman kept talking about tilt tension and seat depth, and I nodded along without really "
        "understanding what he meant.",
        "So my question is what actually matters when you choose a chair: the height, the depth of "
        "the seat, the shape of the backrest, or the arms? I am fairly tall and I work at a desk for "
        "six or seven hours a day, mostly typing and on video calls. I have also seen people sitting "
        "on exercise balls and kneeling chairs, and I cannot tell whether those are sensible or just "
        "a trend. My budget is about three hundred pounds. Is it better to spend more on the chair "
        "or to buy a cheaper one and a footrest? Thank you to anyone who reads this, I know it is a "
        "long message.",
    ),
)


# Ordinary history that long stories are full of: old episodes, dated events, things that settled.
# None names a sign; each is 55-85 words, and any three are 150-250 words (tests/test_safety43.py).
HISTORY = (
    "Two years ago I changed jobs and moved into a role with a lot more driving, up and down the "
    "motorway most weeks. Back in 2019 I had a similar flare after moving house and it settled in "
    "about three weeks with some stretches a physio showed me. Last winter I had a bad cold and was "
    "off the gym for a month. Since then I have been doing a plank routine most mornings and I walk "
    "the dog every evening.",
    "I'm in my forties and I have had a dodgy lower back on and off since my twenties, mostly after "
    "gardening or long drives. In 2015 I saw a physio for six sessions and it got completely better. "
    "My wife says I should get a new mattress because ours is twelve years old and has a dip on my "
    "side. Last spring we repainted the living room and I spent a lot of time on a stepladder.",
    "We have two children, both at primary school, so there is a lot of lifting, carrying bags and "
    "bending to tie shoelaces. When the youngest was a baby my back ached for months from the cot "
    "and the car seat, but it went once she could walk. Three years ago I started swimming twice a "
    "week, which has helped more than anything else. I also try to walk to the shops rather than drive.",
    "My job is in an office, eight hours a day at a desk with a laptop, and I know my posture is not "
    "great. Last year the company gave us new chairs with lumbar support and a monitor arm. My "
    "colleague uses a standing desk and swears by it. A few months ago I started a yoga class on "
    "Sunday mornings, and the teacher says my hamstrings are very tight, which could explain a lot.",
    "For years I played five-a-side football on Thursdays until I hurt my knee in 2018; it was "
    "sorted with physiotherapy and I was back playing within two months. After that I took up "
    "cycling instead. Last summer I rode a charity ride of sixty miles and my back was stiff for a "
    "couple of days afterwards, then fine. I stretch most evenings and use a foam roller my daughter "
    "lent me.",
    "My dad had a bad back too and he swore by a copper bracelet, which I don't believe in. My mum's "
    "doctor always said rest is the worst thing for a back and to keep moving. Six months ago I had "
    "a course of massage which helped for a day or two each time. I have been taking ibuprofen with "
    "food as the leaflet says and using a hot water bottle in the evenings, which takes the edge off.",
    "In March we went to Spain for a week and the flight was delayed by four hours, so we sat in the "
    "airport on hard chairs for most of the day. The hotel bed was very soft and my back was sore "
    "every morning, but it loosened up by lunchtime. When we got home I booked a sports massage. "
    "Last month I started a beginners' Pilates class at the leisure centre and I really enjoy it.",
    "I'm self employed, a carpenter, so I'm on my knees fitting floors and staircases a lot of the "
    "time. Ten years ago I slipped a disc lifting a sheet of plywood, had physio, and it got better "
    "completely. Since then I have been careful to bend my knees and get help with heavy things. My "
    "partner wants me to try acupuncture because her friend had it for a frozen shoulder.",
)

# Ordinary questions a story may end with.
QUESTIONS = (
    "Is there a particular chair you would recommend for working at a kitchen table?",
    "Should I use heat or ice, and for how long each time?",
    "What exercises are safe to start with, and how often should I do them?",
    "Is it worth buying a new mattress, or is that a waste of money?",
    "How long should I wait before I go back to the gym?",
    "Does a back support belt help, or does it make the muscles lazy?",
)

FORMS = ("pad", "first", "middle", "question", "flat", "split")


def history(k: int, count: int = 3) -> list[str]:
    return [HISTORY[(k + 3 * i) % len(HISTORY)] for i in range(count)]


def split_line(line: str) -> str:
    """The line's clause boundary nearest its middle (a comma, 'and', 'but', 'so') made a
    sentence boundary, so a sign and the words that date or place it fall in two sentences."""
    line = line.strip()
    bounds = [m for m in re.finditer(r",\s+|\s+(?:and|but|so)\s+", line) if m.start() >= 8]
    match = min(bounds, key=lambda m: abs(m.start() - len(line) / 2), default=None)
    if not match:
        return line
    head, tail = line[: match.start()].strip(), line[match.end() :].strip()
    if not tail:
        return line
    return f"{head.rstrip('.!?')}. {tail[0].upper()}{tail[1:]}"


def flatten(text: str) -> str:
    """The text in one lower-case paragraph with no punctuation (apostrophes kept)."""
    return " ".join(re.sub(r"[.,;:!?\"()\[\]]+", " ", text).lower().split())


def shape(form: str, line: str, k: int) -> str:
    """Line k told in a long form (see FORMS)."""
    a, b, c = history(k)
    ask = QUESTIONS[k % len(QUESTIONS)]
    if form == "pad":
        return PADDINGS[k % len(PADDINGS)].around(line)
    if form == "first":  # the sign, then 150-250 words of ordinary history
        return f"{line}\n\n{a}\n\n{b} {c}"
    if form == "middle":  # the sign in the middle of a multi-paragraph story
        return f"{a}\n\n{b} {line}\n\n{c}"
    if form == "question":  # a long preamble, the sign, and an ordinary question to end
        return f"{a} {b} {line} {ask}"
    if form == "flat":  # one paragraph, no punctuation
        return flatten(f"{a} {line} {b} {ask}")
    if form == "split":  # the sign over two sentences, in the middle of a story
        return f"{a}\n\n{split_line(line)} {b}\n\n{ask}"
    raise ValueError(form)


@dataclass
class Tally:
    urgent: int = 0
    ordinary: int = 0
    caught: int = 0
    alarms: int = 0
    missed: list[str] = field(default_factory=list)
    flagged: list[tuple[str, list[str]]] = field(default_factory=list)

    def add(self, item: Item, ids: list[str], text: str) -> None:
        if item.urgent:
            self.urgent += 1
            if ids:
                self.caught += 1
            else:
                self.missed.append(text)
        else:
            self.ordinary += 1
            if ids:
                self.alarms += 1
                self.flagged.append((text, ids))

    def merge(self, other: Tally) -> None:
        self.urgent += other.urgent
        self.ordinary += other.ordinary
        self.caught += other.caught
        self.alarms += other.alarms

    def figures(self) -> str:
        return f"caught {share(self.caught, self.urgent)} false {share(self.alarms, self.ordinary)}"


@dataclass
class SetReport:
    name: str
    short: Tally = field(default_factory=Tally)
    before: Tally = field(default_factory=Tally)  # long form, the learned check abstaining
    after: Tally = field(default_factory=Tally)  # long form, as the check reads it
    stories_before: Tally = field(default_factory=Tally)
    stories_after: Tally = field(default_factory=Tally)


def read_both(safety: Safety, text: str) -> tuple[list[str], list[str]]:
    """The notices' ids for a message as read now, and with the learned check abstaining on
    messages over NET_MAX_WORDS tokens (the rules alone: before safety29)."""
    now = [f.id for f in safety.check(text)]
    if len(safety.read(text)[0]) <= NET_MAX_WORDS:
        return now, now
    return now, [f.id for f in safety.check_rules(text)]


def stories(items: list[Item], words: int = NET_MAX_WORDS) -> list[str]:
    """A set's ordinary lines joined in order into messages of more than `words` words each
    (a tail too short to make one is joined to the last)."""
    out: list[str] = []
    current: list[str] = []
    for item in items:
        if item.urgent:
            continue
        current.append(item.question.strip())
        if sum(len(q.split()) for q in current) > words:
            out.append(" ".join(current))
            current = []
    if current and out:
        out[-1] += " " + " ".join(current)
    return out


def evaluate(
    name: str,
    items: list[Item],
    safety: Safety,
    paddings: tuple[Padding, ...] = PADDINGS,
    every: bool = False,
    offset: int = 0,
    with_stories: bool = False,
) -> SetReport:
    """A set's short and long form, each line padded by one padding in turn (`every`: by each)."""
    report = SetReport(name)
    for k, item in enumerate(items):
        report.short.add(item, [f.id for f in safety.check(item.question)], item.question)
        chosen = paddings if every else (paddings[(k + offset) % len(paddings)],)
        for padding in chosen:
            text = padding.around(item.question)
            after, before = read_both(safety, text)
            label = f"{item.question} [{padding.name}]"
            report.after.add(item, after, label)
            report.before.add(item, before, label)
    if with_stories:
        ordinary = Item("", False)
        for story in stories(items):
            after, before = read_both(safety, story)
            report.stories_after.add(ordinary, after, story)
            report.stories_before.add(ordinary, before, story)
    return report


def evaluate_forms(items: list[Item], safety: Safety, forms: tuple[str, ...]) -> dict[str, Tally]:
    """Each line told in each long form (see FORMS), as the check reads it."""
    tallies = {form: Tally() for form in forms}
    for k, item in enumerate(items):
        for form in forms:
            text = shape(form, item.question, k)
            tallies[form].add(item, [f.id for f in safety.check(text)], f"{text} [{form}]")
    return tallies


def share(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"


def summary(report: SetReport) -> str:
    line = (
        f"{report.name}: short {report.short.figures()} | long before {report.before.figures()}"
        f" -> after {report.after.figures()}"
    )
    if report.stories_after.ordinary:
        line += (
            f" | stories false {share(report.stories_before.alarms, report.stories_before.ordinary)}"
            f" -> {share(report.stories_after.alarms, report.stories_after.ordinary)}"
        )
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="labelled JSON Lines files")
    parser.add_argument(
        "--padding",
        action="append",
        choices=[p.name for p in PADDINGS],
        help="only these paddings (default: all)",
    )
    parser.add_argument("--all", action="store_true", help="pad every line by every padding")
    parser.add_argument("--offset", type=int, default=0, help="line k gets padding k + OFFSET")
    parser.add_argument("--stories", action="store_true", help="also long ordinary stories")
    parser.add_argument("--list", action="store_true", help="list long-form misses and alarms")
    parser.add_argument(
        "--forms",
        action="append",
        choices=FORMS,
        help="tell each line in these long forms instead (sign first, in the middle, before a"
        " question, unpunctuated, split over two sentences; 'pad' is the fixed padding)",
    )
    args = parser.parse_args(argv)
    safety = load_safety()
    if args.forms:
        return main_forms(args.sets or default_sets(), safety, tuple(args.forms), args.list)
    paddings = tuple(p for p in PADDINGS if not args.padding or p.name in args.padding)
    total = SetReport("TOTAL")
    by_padding: dict[str, list[int]] = {p.name: [0, 0] for p in paddings}  # long misses, alarms
    for path in args.sets or default_sets():
        report = evaluate(
            path.name, read_set(path), safety, paddings, args.all, args.offset, args.stories
        )
        print(summary(report), flush=True)
        for name in ("short", "before", "after", "stories_before", "stories_after"):
            getattr(total, name).merge(getattr(report, name))
        for k, labels in enumerate((report.after.missed, [q for q, _ in report.after.flagged])):
            for label in labels:
                by_padding[label.rsplit("[", 1)[1].rstrip("]")][k] += 1
        if args.list:
            for q in report.after.missed:
                print(f"  missed long: {q}")
            for q, ids in report.after.flagged:
                print(f"  false alarm long ({','.join(ids)}): {q}")
            for q, ids in report.stories_after.flagged:
                print(f"  false alarm story ({','.join(ids)}): {q[:100]}...")
    print(summary(total))
    print(
        "long form by padding (misses, false alarms): "
        + ", ".join(f"{name} {m}, {a}" for name, (m, a) in by_padding.items())
    )
    return 0


def main_forms(sets: list[Path], safety: Safety, forms: tuple[str, ...], listing: bool) -> int:
    totals = {form: Tally() for form in forms}
    for path in sets:
        items = read_set(path)
        short = Tally()
        for item in items:
            short.add(item, [f.id for f in safety.check(item.question)], item.question)
        tallies = evaluate_forms(items, safety, forms)
        cells = " | ".join(f"{form} {tally.figures()}" for form, tally in tallies.items())
        print(f"{path.name}: short {short.figures()} | {cells}", flush=True)
        for form, tally in tallies.items():
            totals[form].merge(tally)
            if listing:
                for text in tally.missed:
                    print(f"  missed {form}: {text}")
                for text, ids in tally.flagged:
                    print(f"  false alarm {form} ({','.join(ids)}): {text}")
    print("TOTAL: " + " | ".join(f"{form} {tally.figures()}" for form, tally in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
