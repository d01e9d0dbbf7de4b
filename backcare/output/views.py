"""The one place that picks how results look: a `View` per output mode, chosen from the environment.

Every view has a method per result type; commands hand results over and never ask which mode is on.
Rich is imported only when the terminal view is chosen (and rich.console only when quick.py
hands over to terminal.RichView).
"""

from __future__ import annotations

from backcare.hints import TYPE_CHECKING, Protocol
from backcare.output.environment import Environment, Mode

if TYPE_CHECKING:
    from collections.abc import Sequence

    from backcare.config import CacheDir, PackFile, Settings
    from backcare.engine.answer import Answer
    from backcare.engine.entryflags import EntryEmergency
    from backcare.packs.packdiff import PackDiff
    from backcare.packs.questions import QuestionsReport
    from backcare.packs.validate import ValidationReport
    from backcare.results import EntryFound, EntryMissing, ImportedPack, TopicList


class View(Protocol):
    def answer(self, answer: Answer) -> None: ...
    def notices(self, answer: Answer) -> None: ...
    def topics(self, listing: TopicList) -> None: ...
    def entry(self, found: EntryFound) -> None: ...
    def entry_missing(self, missing: EntryMissing) -> None: ...
    def withheld(self, found: EntryEmergency, contact: str) -> None: ...
    def validation(self, report: ValidationReport) -> None: ...
    def questions(self, report: QuestionsReport) -> None: ...
    def pack_diff(self, report: PackDiff) -> None: ...
    def settings(
        self, settings: Settings, cache: CacheDir, packs: Sequence[PackFile] = ()
    ) -> None: ...
    def imported(self, result: ImportedPack) -> None: ...
    def finish(self) -> None: ...


def make_view(env: Environment) -> View:
    if env.mode is Mode.JSON:
        from backcare.output.jsonview import JsonView

        return JsonView(env)
    if env.mode is Mode.PLAIN:
        from backcare.output.plain import PlainView

        return PlainView(env)
    # `ask`'s answer is drawn without importing rich.console where quick.py copies Rich's layout
    # byte for byte (issue 17); everything else goes on to terminal.RichView
    from backcare.output.quick import QuickView

    return QuickView(env)
