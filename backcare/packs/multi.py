"""Several packs searched together as one: `--faq a.json --faq b.json`, or a path list in BACKCARE_FAQ.

Each pack is validated on its own (so an error names its file), then they are merged: ids must not
collide across packs (the error names both files; an id a page's importer made is renamed
instead, with a note: page_ids_made_unique), every entry remembers its pack in `Entry.pack`,
topics and lexicon groups are merged in pack order. The name `bundled` stands for the bundled FAQ.
A single pack is returned exactly as `load_pack` gives it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from backcare.errors import PackError
from backcare.hints import TYPE_CHECKING
from backcare.packs.fields import Problems, shown
from backcare.packs.load import BUNDLED_NAME as BUNDLED_NAME  # `--faq bundled`
from backcare.packs.load import load_pack, looks_like_url, urls_whole
from backcare.packs.schema import Pack, PackErrors, PackPart

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    # Opens a Markdown or HTML page as a pack: the pack (its `digest` the content hash of the
    # page's bytes) and the import's notes. The CLI passes the cache of imported pages
    # (store.imports), so a page searched with other packs, or validated, is not parsed again on
    # every run; packs/ cannot import store/, and without one the page is imported in memory
    # (importers.pack_from_file).
    PageOpener = Callable[[str | Path], tuple[Pack, Sequence[str]]]


def pack_name(name: str) -> str | Path:
    """A PACK argument as the packs are opened by it: the bare word `bundled` is the bundled FAQ;
    any other name is a file, even one that pathlib writes as `bundled` (`./bundled` was read as
    the bundled FAQ, silently, since Path('./bundled') prints as 'bundled')."""
    if name == BUNDLED_NAME:
        return name
    from backcare.packs.load import as_path

    if looks_like_url(name) and not os.path.lexists(name):
        return name  # as given: pathlib would make `file:///x` `file:/x`, no longer a URL
    path = as_path(name)
    return os.path.join(os.curdir, BUNDLED_NAME) if str(path) == BUNDLED_NAME else path  # noqa: PTH118


def faq_paths(value: str | None) -> list[str]:
    """The pack names in a BACKCARE_FAQ value: separated by os.pathsep (':' on POSIX, ';' on
    Windows), surrounding blanks and empty parts dropped. [] means: the bundled FAQ."""
    if not value:
        return []
    parts = urls_whole(value.split(os.pathsep))
    return [part.strip() for part in parts if part.strip()]


def load_packs(
    names: Sequence[str | Path],
    notes: list[str] | None = None,
    digests: dict[str, str] | None = None,
    open_page: PageOpener | None = None,
) -> Pack:
    """One pack searched as one, from any number of pack files (and `bundled`); none: bundled.
    A Markdown or HTML file is opened by `open_page` (default: imported in memory); what its
    import noticed is added to `notes`, and the content hash of the bytes it was imported from to
    `digests` (by name)."""
    if not names:
        return load_pack()
    _refuse_repeats(names)
    packs = [load_one(name, notes, open_page) for name in names]
    if digests is not None:
        digests.update((str(n), p.digest) for n, p in zip(names, packs, strict=True) if p.digest)
    if len(packs) == 1:
        return packs[0]
    return merge(page_ids_made_unique(packs, [is_page(name) for name in names], notes))


def is_page(name: str | Path) -> bool:
    """Whether the file is a page imported as it is opened (Markdown, HTML, text): its ids are
    made by the importer from its questions, never written by a person."""
    from backcare.packs.formats import opens_as_page

    return str(name) != BUNDLED_NAME and opens_as_page(name)


def page_ids_made_unique(
    packs: Sequence[Pack], pages: Sequence[bool], notes: list[str] | None = None
) -> list[Pack]:
    """`packs`, with each id a page's importer made that another pack uses too renamed `ID-2`,
    `ID-3`... with a note. A Markdown author cannot write an id: the same question in two pages
    (`## Is there parking?`) gave both the id `there-parking`, and the hard error that ids must be
    unique took down every question of both (newcomer23 F4). Ids a person wrote (a JSON pack's)
    still collide (collisions). A page's entry is renamed whichever pack comes first."""
    if not any(pages):
        return list(packs)
    written = {
        e.id for pack, page in zip(packs, pages, strict=True) if not page for e in pack.entries
    }
    used = {e.id for pack in packs for e in pack.entries}
    kept: dict[str, tuple[str, str]] = {}  # a page's id -> (its file, its question)
    renamed: list[Pack] = []
    for pack, page in zip(packs, pages, strict=True):
        if not page:
            renamed.append(pack)
            continue
        entries, changed = [], False
        for entry in pack.entries:
            other = kept.get(entry.id)
            if other is None and entry.id not in written:
                kept[entry.id] = (pack.path, entry.question)
                entries.append(entry)
                continue
            new_id = _free_id(entry.id, used)
            used.add(new_id)
            where = f"{other[0]}'s question {other[1]!r}" if other else "a pack's entry"
            if notes is not None:
                notes.append(
                    f"{pack.path}: question {entry.question!r} gets the id {shown(entry.id)}, as "
                    f"{where} does: named {shown(new_id)} here; if the two ask the same thing, "
                    "remove one or reword its heading"
                )
            entries.append(entry._replace(id=new_id))
            changed = True
        if changed:
            renamed.append(pack._replace(entries=tuple(entries), by_id={e.id: e for e in entries}))
        else:
            renamed.append(pack)
    return renamed


def _free_id(taken: str, used: set[str]) -> str:
    """`taken` numbered `-2`, `-3`... to the first id no pack uses, within the id length limit."""
    from backcare.packs.limits import MAX_ID_CHARS

    number = 2
    while True:
        suffix = f"-{number}"
        candidate = taken[: MAX_ID_CHARS - len(suffix)].rstrip("-") + suffix
        if candidate not in used:
            return candidate
        number += 1


def load_one(
    name: str | Path, notes: list[str] | None = None, open_page: PageOpener | None = None
) -> Pack:
    """A pack file, `bundled`, or a Markdown/HTML FAQ (by its name's extension) opened by
    `open_page` (default: imported in memory)."""
    if str(name) == BUNDLED_NAME:
        return load_pack()._replace(path=BUNDLED_NAME)
    refuse_url(name)
    from backcare.packs.formats import opens_as_page

    if opens_as_page(name):
        from backcare.packs.notes import prefixed

        if open_page is None:
            from backcare.packs.importers import pack_from_file

            open_page = pack_from_file
        pack, noticed = open_page(name)
        if notes is not None:
            # each note keeps its kind (packs/notes.py): validate decides by it, not by wording
            notes.extend(prefixed(f"{name}: ", note) for note in noticed)
        return pack
    return load_pack(name)


def refuse_url(name: str | Path, what: str = "pack") -> None:
    """A PackError for a pack (or a `page` to import, a `questions file`) named by a URL
    (`--faq https://...`) that is no local file: said so, the name echoed as given (hostile12 F7:
    "https:/example.com/faq.json: no such file"; hostile15 F8, import and --questions)."""
    if isinstance(name, str) and looks_like_url(name) and not os.path.lexists(name):
        local = _file_url_path(name)
        article = "a page to import" if what == "page" else f"a {what}"
        if local is not None:  # hostile13 F13: a file: URL is a local file, named the wrong way
            raise PackError(
                f"{name}: {article} is named by its path, not a file: URL (give {local})"
            )
        if what == "page":
            import shlex

            raise PackError(
                f"{name}: import reads a saved page, not a URL: save the page, or download it "
                f"(curl -sL {shlex.quote(name)} | backcare import --format html -)"
            )
        how = "'backcare import' a saved copy of the page" if what == "pack" else "save a copy"
        raise PackError(f"{name}: {article} is a local file, not a URL (download it, or {how})")


def _file_url_path(name: str) -> str | None:
    """The local path a `file:` URL of this machine names (percent escapes decoded, quoted for a
    shell when it needs it), or None for any other URL."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(name)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost") or not parts.path:
        return None
    import shlex

    return shlex.quote(unquote(parts.path))


def _refuse_repeats(names: Sequence[str | Path]) -> None:
    """The same file twice would collide on every id; say what actually happened."""
    for message in repeats(names).values():
        raise PackError(message)


def repeats(names: Sequence[str | Path]) -> dict[int, str]:
    """The position of each name that repeats an earlier one (the same file, by any name), with the
    error that says so."""
    from backcare.packs.load import as_path  # a str when it can be: no pathlib import (start-up)

    seen: dict[object, str] = {}
    found: dict[int, str] = {}
    for position, name in enumerate(names):
        key: object = str(name)
        if key != BUNDLED_NAME:
            try:
                stat = os.stat(as_path(name))  # noqa: PTH116 (a str path needs no pathlib)
                key = (stat.st_dev, stat.st_ino)
            except (OSError, ValueError):
                continue  # load_pack reports a missing or unreadable file precisely
        if key in seen:
            first = seen[key]
            also = "" if first == str(name) else f" (same file as {first})"
            found[position] = f"{name}: given twice{also}; each pack may be used once"
            continue
        seen[key] = str(name)
    return found


def collisions(packs: Sequence[Pack]) -> list[tuple[int, str, str]]:
    """(position of the pack, where, problem) for every id already used by an earlier pack."""
    first_seen: dict[str, tuple[str, int]] = {}
    found = []
    for position, pack in enumerate(packs):
        for index, entry in enumerate(pack.entries):
            if entry.id in first_seen:
                other, other_index = first_seen[entry.id]
                found.append(
                    (
                        position,
                        f"{pack.path}: entries[{index}] (id {shown(entry.id)})",
                        f"id also used in {other} (entries[{other_index}]); ids must be unique "
                        "across the packs searched together",
                    )
                )
            else:
                first_seen[entry.id] = (pack.path, index)
    return found


def merge(packs: Sequence[Pack]) -> Pack:
    """Packs merged into one; PackErrors naming both files for every id used in two of them."""
    problems = Problems()
    for _, where, problem in collisions(packs):
        problems.add(where, problem)
    if problems.total:
        raise PackErrors(problems.messages, problems.total, sum(len(p.entries) for p in packs))
    entries = [entry._replace(pack=pack.path) for pack in packs for entry in pack.entries]
    return Pack(
        title=" + ".join(p.title for p in packs),
        entries=tuple(entries),
        path=", ".join(p.path for p in packs),
        source=_joined(p.source for p in packs),
        synonyms=tuple(dict.fromkeys(g for p in packs for g in p.synonyms)),
        builtin_lexicon=any(p.builtin_lexicon for p in packs),
        by_id={e.id: e for e in entries},
        contact=_joined(p.contact for p in packs),
        parts=tuple(PackPart(p.path, p.title, p.source, p.contact, len(p.entries)) for p in packs),
    )


def _joined(texts: Iterable[str]) -> str:
    """Distinct non-empty texts, in order, joined by '; '."""
    return "; ".join(dict.fromkeys(t for t in texts if t))
