"""Browsing a pack: `topics [TOPIC]` and `show ID`. Words that name no topic or id may be a
question, so they are checked for red flags before the error."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from backcare.cli.actions import find_entry, list_topics
from backcare.cli.context import (
    OutputOptions,
    environment,
    load_settings,
    open_pack,
    opening_named,
    pack_failure,
    paged,
)
from backcare.cli.notices import faq_words, notices_without_pack, show_red_flags
from backcare.cli.status import Exit, guarded, outranked
from backcare.hints import TYPE_CHECKING
from backcare.output.environment import ViewOptions
from backcare.packs.lookup import is_topic_name
from backcare.results import EntryMissing

if TYPE_CHECKING:
    from backcare.config import Settings
    from backcare.engine.safety import RedFlag
    from backcare.output.environment import Environment
    from backcare.output.views import View
    from backcare.packs.schema import Pack


def shown_paged(env: Environment, settings: Settings, show: Callable[[View], None]) -> int:
    """What `show(view)` writes, through the pager when it is taller than the terminal (context.paged
    decides), finished; OK. The tail `topics` and `show` share once they have found what to show."""
    from backcare.output.views import make_view

    with paged(env, settings) as shown:
        view = make_view(shown)
        show(view)
        view.finish()
    return Exit.OK


def entry_red_flags(text: str) -> Sequence[RedFlag]:
    """engine.answer.red_flags with the process's default rules, imported only when an entry's
    text is read (`show`'s check for entryflags.entry_emergency; Engine.entry_emergency uses the
    engine's own)."""
    from backcare.engine.answer import red_flags

    return red_flags(text)


def run_topics(topic: str | None, output: OutputOptions, faq: Sequence[str]) -> int:
    described = [Exit.ERROR]  # EMERGENCY once one is described, even if its output then fails

    def topics() -> int:
        from backcare.errors import BackcareError

        settings = load_settings(faq, output)
        env = environment(output, settings)
        pack: Pack | None = None
        try:
            with opening_named(settings):
                pack = open_pack(settings.faq, env)
            listing = list_topics(pack, topic)
        except (BackcareError, OSError) as exc:
            typed = [*([topic] if topic is not None else []), *faq_words(faq)]
            if not typed:
                raise
            failure = pack_failure(exc)
            # `topics "i cant feel my bum"`: words that are no topic may be a question, and an
            # emergency described in them is shown before the error, as for `ask --topic`
            env = environment(output, settings, ViewOptions(region=settings.region))
            contact = (lambda: pack.contact) if pack is not None else None
            return notices_without_pack(env, typed, failure, described, contact)
        if (
            topic is not None
            and not is_topic_name(pack, topic)
            and _topic_notices(topic, output, settings, pack, described)
        ):
            # the words named a topic and described something too (hostile13 F3: `topics "I want
            # to kill myself and end it"` listed a topic, exit 0): the notice comes first, and an
            # emergency's stands alone, as a question's does
            if described[0] is Exit.EMERGENCY:
                return Exit.EMERGENCY
            return shown_paged(env, settings._replace(pager=None), lambda v: v.topics(listing))
        return shown_paged(env, settings, lambda view: view.topics(listing))

    return outranked(guarded(topics), described[0])


def _topic_notices(
    topic: str, output: OutputOptions, settings: Settings, pack: Pack, described: list[Exit]
) -> bool:
    """The red-flag notices the words of `topic` raise, shown; whether there were any."""
    from backcare.output.views import make_view

    env = environment(output, settings, ViewOptions(region=settings.region))
    made: list[View] = []

    def view() -> View:
        made.append(make_view(env))
        return made[-1]

    show_red_flags(
        [topic], view, described, env.stderr, lambda: settings.region, lambda: pack.contact
    )
    return bool(made)


def run_show(
    entry_id: str, output: OutputOptions, faq: Sequence[str], *, handout: bool = False
) -> int:
    described = [Exit.ERROR]  # EMERGENCY once one is described, even if its output then fails

    def show() -> int:
        from backcare.engine.query import is_blank
        from backcare.errors import BackcareError, QueryError
        from backcare.output.views import make_view

        if is_blank(entry_id):  # as `ask ""`: a usage error (2), not an id that is missing (1)
            raise QueryError("the id is empty")
        settings = load_settings(faq, output)
        env = environment(output, settings)
        try:
            with opening_named(settings):
                pack = open_pack(settings.faq, env)
        except (BackcareError, OSError) as exc:
            # the words given as an id may be a question: checked, whatever the pack does
            failure = pack_failure(exc)
            env = environment(output, settings, ViewOptions(region=settings.region))
            return notices_without_pack(env, [entry_id, *faq_words(faq)], failure, described)

        def notices_for(text: str) -> tuple[Environment, View]:
            """The red-flag notices `text` raises, first; the view that printed them."""
            env = environment(output, settings, ViewOptions(region=settings.region))
            view = make_view(env)
            show_red_flags(
                [text],
                lambda: view,
                described,
                env.stderr,
                lambda: settings.region,
                lambda: pack.contact,
            )
            return env, view

        found = find_entry(pack, entry_id)
        if isinstance(found, EntryMissing):
            # `show "i cant pee"`: words that are no id may be a question, and an emergency
            # described in them is shown first, as for `topics` and `ask --topic`
            _, view = notices_for(entry_id)
            view.entry_missing(found)
            return outranked(Exit.NOT_FOUND, described[0])
        from backcare.engine.entryflags import entry_emergency

        # the rules read the entry's texts only for a pack that is not the bundled FAQ (its
        # entries checked by a test): importing them costs `show` about as much as the rest of
        # its start-up (issue 17)
        withheld = entry_emergency(found.entry, pack.path, entry_red_flags)
        if withheld is not None:
            # an entry whose own question describes an emergency is not shown (the engine
            # decides, engine/entryflags.py): the view says why, with that emergency's call to
            # action; no answer shown (1), not 3: the words typed were an id, not a description
            env = environment(output, settings, ViewOptions(region=settings.region))
            view = make_view(env)
            view.withheld(withheld, pack.contact)
            view.finish()
            return outranked(Exit.NOT_FOUND, described[0])
        if handout:  # plain text whatever the output: for a printer, a file or a copy
            from backcare.output.plain import PlainView

            text_only = output._replace(plain=True, color="never", json_output=False)
            plain = environment(text_only, settings)
            PlainView(plain).handout(found)
            return Exit.OK
        return shown_paged(env, settings, lambda view: view.entry(found))

    return outranked(guarded(show), described[0])
