"""Where `import -o` writes (hostile14 7, 10, 11): `-o -` is standard output; without --force a
file that appears while the import runs is never replaced (the name is taken exclusively, so two
imports to one new name cannot both "succeed"); --force onto a link updates the pack it names."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from backcare.cli.author import write_pack_file
from backcare.errors import PackError
from backcare.store import files
from tests.conftest import run_backcare

PAGE = "# Clinic\n## Is there parking?\nYes, behind the clinic.\n## Are you open on Sundays?\nNo.\n"


def _page(tmp_path: Path, text: str = PAGE) -> Path:
    page = tmp_path / "faq.md"
    page.write_text(text, encoding="utf-8")
    return page


def test_dash_as_output_is_standard_output(tmp_path: Path) -> None:
    done = run_backcare("import", str(_page(tmp_path)), "-o", "-", home=tmp_path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entries"][0]["question"] == "Is there parking?"
    assert not (tmp_path / "-").exists()


def test_force_onto_a_link_updates_the_pack_it_names_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    first = run_backcare("import", str(_page(tmp_path)), "-o", str(real), home=tmp_path)
    assert first.returncode == 0, first.stderr
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    _page(tmp_path, PAGE + "## Do you take cards?\nYes.\n")
    again = run_backcare(
        "import", str(tmp_path / "faq.md"), "-o", str(link), "--force", home=tmp_path
    )
    assert again.returncode == 0, again.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert len(json.loads(real.read_text(encoding="utf-8"))["entries"]) == 3
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_a_file_made_while_the_import_ran_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "pack.json"
    target.write_text("the other import's pack", encoding="utf-8")
    with pytest.raises(PackError, match="already exists"):
        write_pack_file(target, '{"entries": []}', new=True)
    assert target.read_text(encoding="utf-8") == "the other import's pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.json"]  # no temporary file left


@pytest.mark.parametrize("hard_links", [True, False])
def test_a_new_file_is_written_whole_with_or_without_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool
) -> None:
    if not hard_links:

        def no_link(source: object, target: object) -> None:
            raise PermissionError(1, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_link)
    target = tmp_path / "pack.json"
    files.write_atomic(target, b"first", new=True)
    assert target.read_bytes() == b"first"
    with pytest.raises(FileExistsError):
        files.write_atomic(target, b"second", new=True)
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.json"]
