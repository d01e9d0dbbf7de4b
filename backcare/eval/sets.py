"""The default evaluation sets: those a clone of the repository lists in tests/eval/sets.json, and
../shared/eval's development sets when that directory is beside the clone.

The sets are the repo's, not the package's (a wheel ships none), so they are looked for where a
clone can be: above the package itself (an editable install, or `python -m` from the checkout),
then in the current directory and its parents (a wheel installed in a clone's virtualenv).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from backcare.eval.harness import SetError
from backcare.namedtuple import NamedTuple

if TYPE_CHECKING:
    from backcare.packs.schema import Pack

MANIFEST = Path("tests") / "eval" / "sets.json"


class EvalSet(NamedTuple):
    title: str
    pack: Pack
    queries: Path


def find_clone(start: Path | None = None) -> Path | None:
    """The top directory of a backcare clone holding the evaluation sets, or None."""
    here = Path(__file__).resolve().parent.parent.parent  # above backcare/eval/sets.py
    cwd = (start or Path.cwd()).resolve()
    for place in (here, cwd, *cwd.parents):
        if (place / MANIFEST).is_file():
            return place
    return None


def default_sets(clone: Path) -> list[EvalSet]:
    """The sets tests/eval/sets.json lists (each present on disk), then ../shared/eval's."""
    from backcare.packs.load import load_pack

    own = clone / MANIFEST.parent
    sets = [
        EvalSet(title, load_pack(own / pack) if pack else load_pack(), own / queries)
        for title, pack, queries in _listed(clone / MANIFEST)
        if (own / queries).is_file() and (not pack or (own / pack).is_file())
    ]
    # ../shared/eval beside the checkout, or above a worktree however deep it sits (worktrees moved
    # from /work/wt/NAME to /work/wt/sNN/NAME, and two levels up no longer reached /work/shared)
    found = (d / "shared" / "eval" for d in clone.parents)
    shared = next((d for d in found if d.is_dir()), None)
    if shared is None:
        return sets
    for name in ("backcare_dev_queries.jsonl", "backcare_dev_queries2.jsonl"):
        if (shared / name).is_file():
            sets.append(EvalSet(f"shared/eval/{name}", load_pack(), shared / name))
    stack = shared / "stackfaq"
    if (stack / "faq.json").is_file() and (stack / "queries.jsonl").is_file():
        pack = load_pack(stack / "faq.json")._replace(builtin_lexicon=False)
        sets.append(EvalSet("StackFAQ, no back-care lexicon", pack, stack / "queries.jsonl"))
    return sets


def _listed(manifest: Path) -> Iterator[tuple[str, str, str]]:
    """(title, pack file or "" for the bundled pack, queries file) for each set the manifest lists:
    [{"title": ..., "queries": "x.jsonl", "pack": "x_faq.json" (optional)}, ...]."""
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SetError(f"{manifest}: cannot read the list of sets ({exc})") from None
    if not isinstance(listed, list):
        raise SetError(f"{manifest}: expected a list of sets")
    for number, item in enumerate(listed, 1):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("queries"), str)
            and item["queries"]
            and all(isinstance(item.get(key, ""), str) for key in ("title", "pack"))
        ):
            raise SetError(
                f'{manifest}: set {number}: expected {{"title": ..., "queries": "file.jsonl", '
                f'"pack": "file.json" (optional)}}'
            )
        yield item.get("title") or item["queries"], item.get("pack", ""), item["queries"]
