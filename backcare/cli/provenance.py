"""Which packs answered: each pack a command searches, named as the settings name it, with the
SHA-256 of its file as `sha256sum` gives it (`config --json`'s `packs`, `ask --json`'s)."""

from __future__ import annotations

from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


def pack_digests(faq: Sequence[str]) -> tuple[tuple[str, str | None], ...]:
    """(name, SHA-256 of its bytes) per pack `faq` names ('bundled' when none); None for a file
    that cannot be read, which the command opening it reports itself. The bundled pack is a few
    KB, read and hashed in well under a millisecond; a large pack's is remembered by the file's
    identity (backcare.store.sums), as its content hash is."""
    from backcare.errors import PackError
    from backcare.packs.load import BUNDLED, BUNDLED_NAME, as_path, read_file_bytes, sha256_hex
    from backcare.resources import data_file

    found: list[tuple[str, str | None]] = []
    for name in faq or [BUNDLED_NAME]:
        try:
            if name == BUNDLED_NAME:
                found.append((name, sha256_hex(read_file_bytes(data_file(BUNDLED), name))))
            else:  # (the store's modules are imported by a user pack's ask only)
                from backcare.store.sums import file_sha256

                found.append((name, file_sha256(as_path(name), name)))
        except PackError:
            found.append((name, None))
    return tuple(found)
