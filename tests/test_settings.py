from pathlib import Path

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


def test_wrong_library_arguments_are_usage_errors_not_python_ones(tmp_path):
    """QA pass 11 (the library API): a datetime as a publication date failed
    deep in date reading (TypeError); compare(42), published="2024-03-19",
    names={"DW": 5} and an article's text given as the draft raised TypeError,
    AttributeError or OSError; load_sources("a.txt") walked the characters."""
    import datetime as dt

    import pytest

    from claimcheck import api, load_sources
    from claimcheck.errors import UsageError

    _, dates, _ = api._library_args("a.txt", {"DW": dt.datetime(2021, 9, 12, 23, 30)}, None)
    assert dates == {"DW": dt.date(2021, 9, 12)}
    cases = [
        (lambda: api.compare(42), "must be a path or a list of paths, got int"),
        (lambda: api.compare([Path("a.txt"), 7]), r"must hold paths \(str or pathlib.Path\)"),
        (lambda: api.compare(["a.txt", "b.txt"], published="2024-03-19"), "must map source ids"),
        (lambda: api.compare(["a.txt", "b.txt"], names={"DW": 5}), r"names\['DW'\] must be a str"),
        (lambda: api.check("Headline\nThe council met.", ["a.txt"]), "got text, not a file path"),
        (lambda: api.check(["a.txt", "b.txt"], ["c.txt"]), "draft must be one file path"),
    ]
    for call, message in cases:
        with pytest.raises(UsageError, match=message):
            call()
    article = tmp_path / "a.txt"
    article.write_text("Headline\nPublished: 2024-03-19\n\nThe council met on Monday.\n")
    (source,) = load_sources(str(article))  # one bare path, as compare takes it
    assert source.id == "a"
    with pytest.raises(UsageError, match="takes loaded Source records"):
        api.compare_sources([str(article), str(article)])
    with pytest.raises(UsageError, match="source id 'a' given twice"):
        api.compare_sources([source, source])


def test_reports_show_a_one_line_summary_and_the_package_lists_its_names():
    """QA pass 11: repr(report) ran to ~1 KB per claim in a notebook cell, and
    dir(claimcheck) hid the lazily imported names from tab completion."""
    import claimcheck
    from claimcheck.records import CheckReport, Report, Source

    source = Source(id="DW", path="DW.txt", text="x" * 100_000, title="t")
    report = Report(sources=(source, source), claims=(), pairs=(), single_source=(), dropped=())
    assert repr(report) == (
        "<Report: 2 sources (DW, DW), 0 claims, 0 pairs (0 divergent, 0 corroborated), "
        "0 single-source, 0 dropped, 0 warnings>"
    )
    check = CheckReport(draft=source, sources=(source,), claims=(), source_claims=(), dropped=())
    assert repr(check).startswith(
        "<CheckReport: draft 'DW', 0 sentences"
    ) and "1 source (DW)" in repr(check)
    names = dir(claimcheck)
    assert {"compare", "check", "Source", "pairs_frame", "report_to_dict"} <= set(names)
    assert "Any" not in names


def test_settings_files_of_the_wrong_shape_are_one_line_errors(tmp_path):
    """QA pass 16: max_chars = 2**63 - 1 crashed with OverflowError, a
    pyproject whose tool.claimcheck was no table with AttributeError (exit 1:
    "found"); a folder named claimcheck.toml was skipped without a word."""
    import pytest

    from claimcheck.settings import load_settings, shadowed_settings

    cases = {
        "max_chars = 9223372036854775807\n": "max_chars must be at most 1,000,000,000",
    }
    for text, message in cases.items():
        (tmp_path / "claimcheck.toml").write_text(text)
        with pytest.raises(SettingsError, match=message):
            load_settings(search_dir=tmp_path)
    (tmp_path / "claimcheck.toml").unlink()
    for text in ("tool = 3\n", "[tool]\nclaimcheck = 5\n", "[[tool.claimcheck]]\nx = 1\n"):
        (tmp_path / "pyproject.toml").write_text(text)
        with pytest.raises(SettingsError, match=r"\[tool.claimcheck\] must be a table"):
            load_settings(search_dir=tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nmin_similarity = 0.5\n")
    (tmp_path / "claimcheck.toml").write_text("")
    assert load_settings(search_dir=tmp_path).min_similarity == 0.65  # the first file wins
    note = shadowed_settings(tmp_path)
    assert note is not None and "[tool.claimcheck] table" in note
    (tmp_path / "claimcheck.toml").unlink()
    (tmp_path / "claimcheck.toml").mkdir()
    with pytest.raises(SettingsError, match="is a folder, not a settings file"):
        load_settings(search_dir=tmp_path)
