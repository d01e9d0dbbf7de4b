"""Settings: precedence flags > BACKCARE_* > config file > NO_COLOR/PAGER > defaults, strict
validation with one-line errors, and a cheap start when there is no file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backcare.config import (
    ConfigError,
    ConfigFile,
    Settings,
    config_path,
    default_path,
    load_settings,
    resolve,
)

FILE = "/home/u/.config/backcare/config.toml"


def settings(
    text: str | None = None, env: dict[str, str] | None = None, **flags: object
) -> Settings:
    file = None if text is None else ConfigFile(FILE, text)
    return resolve(flags, env or {}, file)


def test_defaults_with_nothing_set() -> None:
    s = settings()
    assert (s.faq, s.color, s.plain, s.pager, s.region, s.top) == (
        (),
        "auto",
        False,
        "less",
        None,
        3,
    )
    assert set(s.sources.values()) == {"default"}


def test_file_values_are_used_and_named_as_their_source() -> None:
    s = settings(
        'faq = "clinic.json"\ncolor = "never"\nplain = true\npager = "most"\nregion = "uk"\ntop = 5\n'
    )
    assert s.faq == ("/home/u/.config/backcare/clinic.json",)  # relative to the file
    assert (s.color, s.plain, s.pager, s.region, s.top) == ("never", True, "most", "UK", 5)
    assert set(s.sources.values()) == {FILE}


def test_environment_beats_file_and_flags_beat_environment() -> None:
    text = 'top = 5\ncolor = "always"\nregion = "US"\n'
    env = {"BACKCARE_TOP": "7", "BACKCARE_COLOR": "never", "BACKCARE_REGION": "au"}
    s = settings(text, env)
    assert (s.top, s.color, s.region) == (7, "never", "AU")
    assert s.sources["top"] == "BACKCARE_TOP"
    s = settings(text, env, top=2, color="auto", region="EU")
    assert (s.top, s.color, s.region) == (2, "auto", "EU")
    assert s.sources["top"] == "--top"


def test_flags_given_as_none_count_as_not_given() -> None:
    s = settings("top = 4\n", top=None, plain=None)
    assert s.top == 4 and s.sources["top"] == FILE


def test_no_color_applies_unless_the_file_or_a_flag_says_otherwise() -> None:
    assert settings(env={"NO_COLOR": "1"}).color == "never"
    assert settings(env={"NO_COLOR": ""}).color == "auto"  # empty counts as unset
    assert settings('color = "always"\n', {"NO_COLOR": "1"}).color == "always"
    assert settings(env={"NO_COLOR": "1"}, color="always").sources["color"] == "--color"


def test_pager_order_follows_git() -> None:
    env = {"PAGER": "more"}
    assert settings(env=env).pager == "more"
    assert settings('pager = "most -s"\n', env).pager == "most -s"
    assert settings('pager = "most"\n', {**env, "BACKCARE_PAGER": "less -S"}).pager == "less -S"
    assert settings(env={"BACKCARE_PAGER": "less -S"}, pager=False).pager is None


@pytest.mark.parametrize(
    ("text", "env", "flags"),
    [
        ("pager = false\n", {}, {}),
        ('pager = "cat"\n', {}, {}),
        ("", {"BACKCARE_PAGER": ""}, {}),
        ("", {}, {"pager": False}),
    ],
)
def test_pager_can_be_turned_off(text: str, env: dict[str, str], flags: dict[str, object]) -> None:
    assert settings(text, env, **flags).pager is None


@pytest.mark.parametrize("word", ["true", "TRUE", "yes", "on", "1"])
def test_a_true_word_for_the_pager_means_the_default_pager(word: str) -> None:
    assert settings(env={"BACKCARE_PAGER": word}).pager == "less"
    assert settings(env={"BACKCARE_PAGER": word, "PAGER": "more"}).pager == "more"
    assert settings(f'pager = "{word}"\n').pager == "less"
    assert settings(env={"BACKCARE_PAGER": word}).sources["pager"] == "default"


def test_pager_true_in_the_file_means_the_default_pager() -> None:
    assert settings("pager = true\n", {"PAGER": "more"}).pager == "more"


def test_faq_accepts_a_list_and_the_environment_splits_on_pathsep(tmp_path: Path) -> None:
    assert len(settings('faq = ["a.json", "b.json"]\n').faq) == 2
    import os

    s = settings(env={"BACKCARE_FAQ": f"a.json{os.pathsep}bundled"})
    assert s.faq == ("a.json", "bundled")  # 'bundled' stays a name
    assert settings('faq = ["bundled", "c.json"]\n').faq == (
        "bundled",
        "/home/u/.config/backcare/c.json",
    )


def test_a_pack_named_twice_by_any_path_is_a_bad_value(tmp_path: Path) -> None:
    pack = tmp_path / "clinic.json"
    pack.write_text("{}", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(pack)
    for text, twice in (
        (f'faq = ["{pack}", "{tmp_path / "link.json"}"]\n', str(tmp_path / "link.json")),
        ('faq = ["bundled", "bundled"]\n', "bundled"),
    ):
        with pytest.raises(ConfigError) as caught:
            settings(text)
        assert f"key 'faq': names the pack {twice!r} twice; each may be used once" in str(
            caught.value
        )
    # the same missing name twice is left to opening the pack, which says it is missing
    assert settings('faq = ["missing.json", "missing.json"]\n').faq[0].endswith("missing.json")


def test_plain_from_environment_reads_yes_and_no() -> None:
    assert settings(env={"BACKCARE_PLAIN": "yes"}).plain is True
    assert settings("plain = true\n", {"BACKCARE_PLAIN": "0"}).plain is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("top = 0\n", "key 'top': must be a whole number from 1 to 1000, not 0"),
        ("top = true\n", "key 'top': must be a whole number"),
        ('top = "3"\n', "key 'top': must be a whole number"),
        ('color = "blue"\n', "key 'color': must be one of auto, always, never, not 'blue'"),
        ('plain = "yes"\n', "key 'plain': must be true or false"),
        ("pager = 3\n", "key 'pager': must be a command or false"),
        ('region = "United Kingdom"\n', "key 'region': must be a region code"),
        ("faq = 3\n", "key 'faq': must be a pack path or a list of paths"),
        ('colour = "never"\n', "unknown key 'colour'; did you mean 'color'?"),
        ("[display]\nwidth = 3\n", "unknown key 'display' (keys: faq, color,"),
        ("top = \n", "not valid TOML: "),
    ],
)
def test_bad_file_values_name_the_file_and_key_in_one_line(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings(text)
    assert str(caught.value).startswith(f"{FILE}: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"BACKCARE_TOP": "many"}, "BACKCARE_TOP: must be a whole number from 1 to 1000"),
        ({"BACKCARE_TOP": "0"}, "BACKCARE_TOP: must be a whole number from 1 to 1000"),
        ({"BACKCARE_PLAIN": "maybe"}, "BACKCARE_PLAIN: must be one of"),
        ({"BACKCARE_COLOR": "red"}, "BACKCARE_COLOR: must be one of auto, always, never"),
    ],
)
def test_bad_environment_values_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        settings(env=env)


def test_region_is_checked_against_the_known_list_when_given() -> None:
    assert resolve({}, {"BACKCARE_REGION": "uk"}, None, regions=("UK", "US")).region == "UK"
    with pytest.raises(ConfigError, match=r"unknown region 'FR' \(known: UK, US\)"):
        resolve({}, {"BACKCARE_REGION": "fr"}, None, regions=("UK", "US"))


def test_region_list_from_a_function_is_read_only_when_a_region_is_set() -> None:
    calls: list[int] = []

    def known() -> tuple[str, ...]:
        calls.append(1)
        return ("UK", "US")

    assert resolve({}, {}, None, regions=known).region is None
    assert calls == []
    assert resolve({"region": "us"}, {}, None, regions=known).region == "US"
    assert calls == [1]


def test_rows_show_each_value_and_where_it_came_from() -> None:
    rows = settings("top = 5\npager = false\n", {"NO_COLOR": "1"}).rows()
    assert ("top", "5", FILE) in rows
    assert ("color", "never", "NO_COLOR") in rows
    assert ("pager", "false (no pager)", FILE) in rows
    assert ("faq", "(bundled FAQ)", "default") in rows


def test_to_dict_gives_json_ready_values_and_sources() -> None:
    shown = settings('faq = "/srv/a.json"\npager = false\n').to_dict()
    assert shown["faq"] == {"value": ["/srv/a.json"], "source": FILE}
    assert shown["pager"] == {"value": False, "source": FILE}
    assert shown["region"] == {"value": None, "source": "default"}


# ---- the file system ---------------------------------------------------------------------------


def test_backcare_config_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "my.toml"
    path.write_text("top = 9\n", encoding="utf-8")
    s = load_settings({}, {"BACKCARE_CONFIG": str(path)})
    assert s.top == 9 and s.sources["top"] == str(path) and s.path == str(path) and s.found


def test_a_named_file_that_is_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings({}, {"BACKCARE_CONFIG": str(tmp_path / "nope.toml")})


def test_the_default_file_may_be_missing(tmp_path: Path) -> None:
    s = load_settings({}, {"XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)})
    assert s.top == 3 and not s.found
    if sys.platform.startswith("linux"):
        assert s.path == str(tmp_path / "backcare" / "config.toml")  # named even when missing


def test_a_file_that_is_not_utf8_or_not_readable_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"top = \xff\n")
    with pytest.raises(ConfigError, match="is not UTF-8"):
        load_settings({}, {"BACKCARE_CONFIG": str(bad)})
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_settings({}, {"BACKCARE_CONFIG": str(tmp_path)})  # a directory


def test_default_path_uses_xdg_config_home(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG applies on Linux")
    assert default_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "backcare/config.toml"
    assert config_path({"BACKCARE_CONFIG": "~/x.toml"})[0] == Path("~/x.toml").expanduser()


def test_default_path_agrees_with_platformdirs() -> None:
    import os

    import platformdirs

    expected = platformdirs.user_config_path("backcare", appauthor=False) / "config.toml"
    assert default_path(os.environ) == expected


def test_loading_settings_without_a_file_imports_nothing_heavy(
    tmp_path: Path,
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("off Linux the path comes from platformdirs")
    probe = (
        "import sys\nfrom backcare.config import load_settings\n"
        f"load_settings({{}}, {{'XDG_CONFIG_HOME': {str(tmp_path)!r}}})\n"
        "heavy = ('platformdirs', 'tomllib', 'tomli', 'dataclasses', 'inspect')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE")}  # it reads TOML
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.strip() == "[]"
