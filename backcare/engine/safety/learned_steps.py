"""The learned check's steps that the mixins of `detect.Safety` call and `Safety` defines
(codereview20 finding 4): one declaration for the type checker, where each mixin kept its own
copy. Nothing here runs: the bodies exist for mypy only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from backcare.engine.safety.flags import RedFlag
    from backcare.engine.safety.net import Concept, Net
    from backcare.engine.safety.reading import Token
    from backcare.engine.safety.rules import Mention


class LearnedSteps(Protocol):
    """What `Safety` (detect.py) gives the mixins that read with its learned check."""

    if TYPE_CHECKING:

        def _learned_net(self) -> Net: ...
        def _learned_concepts(self, question: str) -> list[tuple[int, Concept]]: ...
        def _learned_notice(
            self,
            question: str,
            tokens: list[Token],
            mentions: list[Mention],
            animals: list[Mention],
            verdict: tuple[str, float] | None,
        ) -> list[RedFlag]: ...
