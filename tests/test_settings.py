import pytest

from claimcheck.errors import SettingsError
from claimcheck.settings import Settings, apply_overrides, load_settings


def test_defaults_without_files(tmp_path):
    assert load_settings(search_dir=tmp_path) == Settings()


def test_claimcheck_toml_overrides_defaults(tmp_path):
    (tmp_path / "claimcheck.toml").write_text("min_similarity = 0.6\nbackend = 'torch'\n")
    s = load_settings(search_dir=tmp_path)
    assert (s.min_similarity, s.backend) == (0.6, "torch")


def test_pyproject_tool_table_is_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nmin-words = 5\n")
    assert load_settings(search_dir=tmp_path).min_words == 5


def test_config_option_naming_a_pyproject_reads_its_tool_table(tmp_path):
    # Found by QA: "--config pyproject.toml" failed with "unknown setting 'project'".
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\nname = 'x'\n[tool.claimcheck]\nmin-words = 5\n")
    assert load_settings(path).min_words == 5
    path.write_text("[project]\nname = 'x'\n")
    with pytest.raises(SettingsError, match=r"no \[tool\.claimcheck\] table"):
        load_settings(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("nonsense = 1\n", "unknown setting 'nonsense'"),
        ("min_similarity = 'high'\n", "must be float"),
        ("min_words = true\n", "must be int"),
        ("min_similarity = \n", "not valid TOML"),
        ("search = 'fast'\n", "search must be one of auto, exact, approximate"),
        ("backend = 'gpu'\n", "backend must be one of auto, onnx, torch"),
        ("min_similarity = 5\n", "min_similarity must be between 0 and 1"),
        ("support_similarity = nan\n", "support_similarity must be between 0 and 1"),
        ("strong_similarity = -3.0\n", "strong_similarity must be between 0 and 1"),
        ("max_chars = 0\n", "max_chars must be at least 1"),
        ("min_words = -1\n", "min_words must be at least 1"),
    ],
)
def test_bad_settings_file_names_the_file(tmp_path, content, message):
    path = tmp_path / "claimcheck.toml"
    path.write_text(content)
    with pytest.raises(SettingsError, match=message) as info:
        load_settings(search_dir=tmp_path)
    assert "claimcheck.toml" in str(info.value)


def test_explicit_missing_settings_file_is_an_error(tmp_path):
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "missing.toml")


def test_cli_flags_win_over_file(tmp_path):
    base = Settings(min_similarity=0.6)
    assert (
        apply_overrides(base, {"min_similarity": 0.7}, origin="command line").min_similarity == 0.7
    )


def test_rescue_can_be_turned_off_and_then_leaves_no_band(tmp_path):
    from claimcheck import api

    (tmp_path / "claimcheck.toml").write_text("rescue = false\n")
    settings = load_settings(search_dir=tmp_path)
    assert settings.rescue is False
    off = api.align_options(settings)
    assert off.rescue_floor >= off.min_similarity
    on = api.align_options(load_settings())
    assert on.rescue_floor < on.min_similarity


def test_a_min_similarity_other_than_the_default_keeps_no_pair_below_it():
    """QA pass 6: with --min-similarity 0.5 the rescue kept pairs at 0.4854, and
    the report said rescue True when it had not run (0.66)."""
    from claimcheck import api

    for value in (0.5, 0.6, 0.66):
        options = api.align_options(Settings(min_similarity=value))
        assert options.rescue_floor >= options.min_similarity == value
        assert api._rescues(Settings(min_similarity=value)) is False
    assert api._rescues(Settings()) is True


def test_library_arguments_are_checked_with_clear_errors():
    """QA pass 6: compare("a.txt") walked the path's characters, a date given as
    a string and a settings dict raised AttributeError, Settings(min_similarity=5)
    was accepted."""
    import datetime as dt

    import pytest

    from claimcheck import api
    from claimcheck.errors import SettingsError, UsageError

    listed, dates, settings = api._library_args("a.txt", {"DW": "2021-09-12"}, None)
    assert listed == ["a.txt"] and dates == {"DW": dt.date(2021, 9, 12)} and settings == Settings()
    with pytest.raises(UsageError, match=r"settings must be a claimcheck\.Settings"):
        api._library_args(["a.txt"], None, {"min_similarity": 0.7})
    with pytest.raises(UsageError, match="not a date"):
        api._library_args(["a.txt"], {"DW": "12/09/2021"}, None)
    with pytest.raises(SettingsError, match="between 0 and 1"):
        Settings(min_similarity=5)
