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
    args = parser.parse_args(argv)
    safety = load_safety()
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


if __name__ == "__main__":
    sys.exit(main())
