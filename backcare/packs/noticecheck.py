"""validate's and import's checks of pack text printed with a red-flag notice that undercuts it
(harden23, hostile15 F1 and F4; the readings are packs/undercut.py's): the contact line
(`emergency-contact`) and answers denying the help their sign's notice gives (`urgent-answer`)."""

from __future__ import annotations

from backcare.hints import TYPE_CHECKING
from backcare.packs.packwarning import CONTACT_ID, PackWarning

if TYPE_CHECKING:
    from backcare.engine.safety import Safety
    from backcare.packs.schema import Pack


def notice_undercuts(pack: Pack, safety: Safety | None = None) -> list[PackWarning]:
    """The pack's contact line when it denies or puts off emergency help (`emergency-contact`),
    and answers that deny the help their sign's notice gives (`urgent-answer`): packs/undercut.py
    (hostile15 F1, F4). `import` notes them too."""
    # the check's verdicts kept across runs (validate._verdicts): only for the default check
    from backcare.engine.prebuilt import kept as kept_verdicts
    from backcare.packs.undercut import denying_answers, notice_tiers, undercutting_contact

    kept = kept_verdicts() if safety is None else None

    def read(text: str) -> tuple[str, ...]:
        assert kept is not None
        key = kept.digest("tiers", text)
        found = kept.get(key)
        if isinstance(found, tuple) and all(type(part) is str for part in found):
            return found
        tiers = notice_tiers(text, safety)
        kept.put(key, tiers)
        return tiers

    found = []
    why = undercutting_contact(pack.contact) if pack.contact else ""
    if why:
        found.append(
            PackWarning(
                "emergency-contact",
                CONTACT_ID,
                f"the contact line is printed under every red-flag notice, and {why}: 'ask' "
                "leaves it out under notices; say what it is for without turning people away "
                "from emergency help",
            )
        )
    found.extend(
        PackWarning("urgent-answer", entry_id, message)
        for entry_id, message in denying_answers(pack, safety, None if kept is None else read)
    )
    return found
