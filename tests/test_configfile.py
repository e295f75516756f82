import re

import pytest

from quotecheck.config import DEFAULT_SETTINGS
from quotecheck.configfile import CONFIG_KEYS, ConfigError, load_settings

FULL = """
fail-on = "warning"
include = ["*.md"]
exclude = ["drafts/*"]

[extract]
cue-verbs = ["opine"]
include-scare = true
include-indirect = false
max-article-chars = 1000

[outlets]
"Associated Press" = ["AP", "the AP"]

[match]
threshold = 85
min-words = 4
shingle = 2

[checks]
disable = ["quote-truncated"]
severity = { title-conflict = "error" }

[input.fields]
text = "body"
"""


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_maps_onto_settings(tmp_path):
    settings, source = load_settings(_write(tmp_path / "quotecheck.toml", FULL))
    assert source == str(tmp_path / "quotecheck.toml")
    assert settings.fail_on == "warning"
    assert (settings.input.include, settings.input.exclude) == (("*.md",), ("drafts/*",))
    assert settings.extract.cue_verbs == ("opine",)
    assert (settings.extract.include_scare, settings.extract.include_indirect) == (True, False)
    assert settings.extract.max_article_chars == 1000
    assert settings.extract.outlets == (("Associated Press", ("AP", "the AP")),)
    assert (settings.match.threshold, settings.match.min_words, settings.match.shingle) == (85.0, 4, 2)
    assert settings.checks.disable == ("quote-truncated",)
    assert settings.checks.severity_for("title-conflict", "warning") == "error"
    assert settings.input.field_name("text") == "body"


def test_pyproject_table_has_the_same_schema(tmp_path):
    body = "[tool.quotecheck]" + re.sub(r"^\[", "[tool.quotecheck.", FULL, flags=re.MULTILINE)
    settings, _ = load_settings(_write(tmp_path / "pyproject.toml", body))
    assert settings == load_settings(_write(tmp_path / "quotecheck.toml", FULL))[0]


def test_nearest_file_wins_and_pyproject_without_table_is_skipped(tmp_path):
    _write(tmp_path / "quotecheck.toml", 'fail-on = "info"\n')
    mid = tmp_path / "a"
    mid.mkdir()
    _write(mid / "pyproject.toml", '[tool.quotecheck]\nfail-on = "warning"\n')
    low = mid / "b" / "c"
    low.mkdir(parents=True)
    _write(low / "pyproject.toml", "[project]\nname = 'x'\n")
    assert load_settings(start=low) == (DEFAULT_SETTINGS.replace(fail_on="warning"), str(mid / "pyproject.toml"))
    assert load_settings(start=tmp_path)[0].fail_on == "info"
    # in one directory the dedicated file wins over pyproject.toml
    _write(mid / "quotecheck.toml", 'fail-on = "error"\n')
    assert load_settings(start=low) == (DEFAULT_SETTINGS, str(mid / "quotecheck.toml"))


def test_no_config_gives_defaults(tmp_path):
    assert load_settings(start=tmp_path) == (DEFAULT_SETTINGS, None)


@pytest.mark.parametrize(
    "text, named",
    [
        ("fail-on = 'error'\nfial-on = 'warning'\n", "'fial-on'"),
        ("[match]\nthreshhold = 80\n", "match.threshhold"),
        ("[checks]\ndisable = ['speaker-confict']\n", "'speaker-confict'"),
        ("[checks.severity]\nnope = 'error'\n", "'nope'"),
        ("[checks.severity]\ntitle-conflict = 'fatal'\n", "checks.severity.title-conflict"),
        ("[match]\nthreshold = 'high'\n", "match.threshold"),
        ("[extract]\ninclude-scare = 1\n", "extract.include-scare"),
        ("[input.fields]\nbody = 'text'\n", "'body'"),
        ("[outlets]\nReuters = 'reuters'\n", "outlets.Reuters"),
        ("fail-on = \n", "not valid TOML"),
    ],
)
def test_bad_config_is_an_error_naming_the_file_and_key(tmp_path, text, named):
    path = _write(tmp_path / "quotecheck.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert str(path) in str(caught.value) and named in str(caught.value)


def test_unknown_key_suggests_the_right_one(tmp_path):
    path = _write(tmp_path / "quotecheck.toml", "[extract]\ncue-verb = ['opine']\n")
    with pytest.raises(ConfigError, match="did you mean 'cue-verbs'"):
        load_settings(path)


def test_named_pyproject_without_table_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no \\[tool.quotecheck\\] table"):
        load_settings(_write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n"))


def test_config_keys_lists_dotted_keys():
    assert {"fail-on", "extract.cue-verbs", "match.threshold", "checks.severity", "input.fields", "outlets"} <= set(CONFIG_KEYS)
