"""Settings for a clinic's shared machine (newcomer17: Lee): what a refused value is replaced by, said
truly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backcare.config import ConfigFile, resolve
from tests.conftest import installed_command, isolated_env, run_backcare


def test_a_refused_variable_says_the_file_s_value_is_used_when_it_is() -> None:
    warned: list[str] = []
    file = ConfigFile("/etc/c.toml", 'top = 5\nregion = "UK"\n')
    settings = resolve(
        {},
        {"BACKCARE_TOP": "+3", "BACKCARE_REGION": "XY"},
        file,
        warn=warned.append,
        regions=("UK", "US"),
    )
    assert (settings.top, settings.region) == (5, "UK")
    assert len(warned) == 2
    assert all(line.endswith("; using the value from /etc/c.toml instead") for line in warned)
    assert not any("default" in line for line in warned)


def test_a_refused_value_with_nothing_below_it_says_the_default() -> None:
    warned: list[str] = []
    settings = resolve({}, {"BACKCARE_TOP": "+3"}, None, warn=warned.append)
    assert settings.top == 3
    assert warned == [
        "BACKCARE_TOP: must be a whole number from 1 to 1000, not '+3'; using the default instead"
    ]


def test_a_refused_colour_says_no_color_decides_when_it_does() -> None:
    warned: list[str] = []
    settings = resolve(
        {}, {"BACKCARE_COLOR": "sometimes", "NO_COLOR": "1"}, None, warn=warned.append
    )
    assert settings.color == "never"
    assert warned[0].endswith("; using the value from NO_COLOR instead")


# ---- F11: a system-wide settings file ($XDG_CONFIG_DIRS) ---------------------------------------


def _system_file(root: Path, text: str) -> Path:
    folder = root / "etc-xdg" / "backcare"
    folder.mkdir(parents=True)
    root.joinpath("etc-xdg").chmod(0o755)
    folder.chmod(0o755)
    file = folder / "config.toml"
    file.write_text(text, encoding="utf-8")
    file.chmod(0o644)
    return file


def _config_json(home: Path, **env: str) -> dict[str, Any]:
    done = subprocess.run(
        [*installed_command(), "config", "--json"],
        capture_output=True,
        text=True,
        env=isolated_env(home, **env),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is Linux's")
def test_a_system_wide_file_sets_defaults_for_every_user(tmp_path: Path) -> None:
    system = _system_file(tmp_path, 'faq = "clinic.json"\nregion = "UK"\ntop = 4\n')
    (system.parent / "clinic.json").write_text(
        json.dumps({"entries": [{"id": "park", "question": "Is there parking?", "answer": "Yes"}]}),
        encoding="utf-8",
    )
    dirs = f"relative/dir:{tmp_path / 'missing'}:{system.parent.parent}"
    shown = _config_json(tmp_path, XDG_CONFIG_DIRS=dirs)
    assert shown["system_file"] == str(system)
    assert shown["settings"]["faq"] == {
        "value": [str(system.parent / "clinic.json")],  # relative to the file's own folder
        "source": str(system),
    }
    assert shown["settings"]["region"]["value"] == "UK"
    answered = run_backcare("ask", "is there parking", home=tmp_path, XDG_CONFIG_DIRS=dirs)
    assert answered.returncode == 0 and answered.stdout == b"Yes\n"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is Linux's")
def test_the_system_wide_file_ranks_below_everything_the_user_sets(tmp_path: Path) -> None:
    system = _system_file(tmp_path, 'region = "UK"\ntop = 4\ncolor = "always"\npager = "more"\n')
    user = tmp_path / ".config" / "backcare"
    user.mkdir(parents=True)
    (user / "config.toml").write_text("top = 7\n", encoding="utf-8")
    dirs = str(system.parent.parent)
    shown = _config_json(tmp_path, XDG_CONFIG_DIRS=dirs, BACKCARE_REGION="US", NO_COLOR="1")
    values = {key: row["source"] for key, row in shown["settings"].items()}
    assert values["region"] == "BACKCARE_REGION" and values["top"] == str(user / "config.toml")
    assert values["color"] == "NO_COLOR"  # a general variable the user set still wins
    assert values["pager"] == str(system)
    # BACKCARE_CONFIG names the one file: a service's /dev/null reads no system file either
    alone = _config_json(tmp_path, XDG_CONFIG_DIRS=dirs, BACKCARE_CONFIG="/dev/null")
    assert alone["system_file"] is None
    assert {row["source"] for row in alone["settings"].values()} == {"default"}


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not hasattr(os, "geteuid"), reason="POSIX modes"
)
def test_a_system_wide_file_others_can_replace_is_not_used(tmp_path: Path) -> None:
    system = _system_file(tmp_path, 'faq = "/etc/passwd"\npager = "sh -c evil"\n')
    system.parent.chmod(0o777)
    done = run_backcare(
        "config", "--json", home=tmp_path, XDG_CONFIG_DIRS=str(system.parent.parent)
    )
    shown = json.loads(done.stdout.splitlines()[0])  # then the problem's {"error": ...} line
    assert shown["settings"]["pager"]["source"] == "default"
    assert shown["system_file"] is None
    assert "config file not used" in done.stderr.decode() and "chmod go-w" in done.stderr.decode()
