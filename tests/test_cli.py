"""CLI behaviour: exit codes and one-line messages for every kind of bad input.

Error cases stop before any model is loaded, so they are fast; the success
paths run the real model (shared, cached export; see conftest.py).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import cliparse
from claimcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [str(ROOT / "seeds" / "RFERL.txt"), str(ROOT / "seeds" / "DW.txt")]
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def article(tmp_path, name, body, published="2024-03-19"):
    path = tmp_path / name
    path.write_text(f"Headline for {name}\nPublished: {published}\n{body}\n", encoding="utf-8")
    return path


def one_line_error(result):
    lines = [line for line in result.output.strip().splitlines() if line.strip()]
    assert lines, "no message"
    assert "Traceback" not in result.output
    return lines[-1]


@pytest.fixture
def good(tmp_path):
    a = article(
        tmp_path, "a.txt", "The city council approved the new budget of $5 million on Monday."
    )
    b = article(tmp_path, "b.txt", "On Monday the council passed a $5 million budget for the city.")
    return a, b


def _cases(tmp_path, good):
    a, b = good
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n \n")
    pdf = tmp_path / "paper.txt"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    sub = tmp_path / "sub"
    sub.mkdir()
    twin = article(sub, "a.txt", "Another article with the same stem as the first one.")
    noise_only = tmp_path / "noise.txt"
    noise_only.write_text("Menu | News | Sport | Weather\nShare this story\n© 2024 Outlet\n")
    html = tmp_path / "page.html"
    html.write_text("<html><body><nav>Home</nav></body></html>")
    report = tmp_path / "report.json"
    report.write_text('{"sources": [], "claims": []}')
    no_articles = tmp_path / "nothing"
    no_articles.mkdir()
    (no_articles / "README").write_text("not an article file: no suffix")
    return {
        "missing file": (["compare", a, tmp_path / "missing.txt"], "no such file"),
        "folder without articles": (["compare", a, no_articles], "no article files"),
        "two outputs to stdout": (
            ["compare", a, b, "--json", "-", "--csv", "-"],
            "only one output",
        ),
        "empty file": (["compare", a, empty], "is empty"),
        "whitespace only": (["compare", a, blank], "is empty"),
        "binary file": (["compare", a, pdf], "binary"),
        "one source": (["compare", a], "at least two sources"),
        "same file twice": (["compare", a, a], "given twice"),
        "same stem": (["compare", a, twin], "same name"),
        "bad published date": (
            ["compare", a, b, "--published", "a=2021-02-30"],
            "not a valid calendar date",
        ),
        "published without =": (["compare", a, b, "--published", "a"], "ID=VALUE"),
        "published unknown id": (
            ["compare", a, b, "--published", "zz=2021-01-01"],
            "unknown source 'zz'",
        ),
        "nothing left after cleaning": (["compare", a, noise_only], "no article sentence left"),
        "html without body": (["compare", a, html], "no article text"),
        "output in missing folder": (
            ["compare", a, b, "-o", tmp_path / "nope" / "r.md"],
            "does not exist",
        ),
        "output is a directory": (["compare", a, b, "--json", tmp_path], "is a directory"),
        "bad fail-on": (["compare", a, b, "--fail-on", "everything"], "unknown value"),
        "bad search": (["compare", a, b, "--search", "fast"], "'fast' is not one of"),
        "unknown option": (["compare", a, b, "--frobnicate"], "No such option"),
        "check without sources": (["check", a], "--against"),
        "check missing draft": (
            ["check", tmp_path / "nodraft.txt", "--against", a],
            "no such file",
        ),
        "check empty draft": (["check", empty, "--against", a], "is empty"),
        "empty fail-on": (["compare", a, b, "--fail-on", ""], "give a value"),
        "none with others": (
            ["check", a, "--against", b, "--fail-on", "none,contradicted"],
            "cannot be combined",
        ),
        "published twice": (
            ["compare", a, b, "--published", "a=2024-03-19", "--published", "a=2024-03-20"],
            "gives 'a' twice",
        ),
        "json report as source": (["compare", a, report], "not an article"),
    }


CASE_NAMES = [
    "missing file",
    "folder without articles",
    "two outputs to stdout",
    "empty file",
    "whitespace only",
    "binary file",
    "one source",
    "same file twice",
    "same stem",
    "bad published date",
    "published without =",
    "published unknown id",
    "nothing left after cleaning",
    "html without body",
    "output in missing folder",
    "output is a directory",
    "bad fail-on",
    "bad search",
    "unknown option",
    "check without sources",
    "check missing draft",
    "check empty draft",
    "empty fail-on",
    "none with others",
    "published twice",
    "json report as source",
]


@pytest.mark.parametrize("case", CASE_NAMES)
def test_bad_input_exits_2_with_one_line_message(tmp_path, good, case):
    args, message = _cases(tmp_path, good)[case]
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_unwritable_output_exits_2(tmp_path, good):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    result = run("compare", *good, "-o", locked / "r.md")
    assert result.exit_code == 2
    assert "not writable" in result.output


def test_failed_run_leaves_previous_report_intact(tmp_path, good):
    report = tmp_path / "report.md"
    report.write_text("previous report\n")
    result = run("compare", good[0], tmp_path / "missing.txt", "-o", report)
    assert result.exit_code == 2
    assert report.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_help_lists_commands_through_the_real_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    for command in ("compare", "check", "eval"):
        assert command in result.stdout


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("compare", "compare [OPTIONS] SOURCE..."),
        ("check", "check [OPTIONS] DRAFT"),
        ("eval", "eval [OPTIONS] SET..."),
    ],
)
def test_help_shows_value_types_a_user_can_read(command, usage):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "160"}, terminal_width=160)
    assert result.exit_code == 0
    assert usage in result.output
    # typer 0.29 alone prints <bool> beside flags, <list[Path]> beside lists, {SOURCE} in usage.
    for raw in ("<bool>", "list[", "{"):
        assert raw not in result.output, raw
    assert "<path>" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "a.txt", "b.txt", "--frobnicate"], "No such option: --frobnicate"),
        (["compare", "a.txt", "b.txt", "--fail-on", "bogus"], "unknown value 'bogus'"),
        (["eval"], "Missing argument 'SET'"),
    ],
)
def test_usage_errors_are_one_line_on_stderr(args, message):
    # Found by QA: click printed usage, a hint and the error on four lines.
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: ") and message in lines[0], (
        lines
    )
    assert "-h')" in lines[0] and result.stdout == ""


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from claimcheck.cli import app\n"
        "CliRunner().invoke(app, ['--help'])\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'pandas', 'onnxruntime', 'dateparser', 'faiss') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""


@pytest.mark.slow
def test_file_stems_are_literal_text_in_markdown(tmp_path):
    # Found by QA: ids were raw in the pair lists ("[x](y)" rendered as a link).
    odd = tmp_path / "RFE|RL *bold* [x](y).txt"
    odd.write_text(Path(SEEDS[0]).read_text(encoding="utf-8"), encoding="utf-8")
    other = tmp_path / "DW #1.txt"
    other.write_text(Path(SEEDS[1]).read_text(encoding="utf-8"), encoding="utf-8")
    for args in (["compare", odd, other], ["check", other, "--against", odd]):
        out = tmp_path / "r.md"
        result = run(*args, "-o", out, "--quiet")
        assert result.exit_code in (0, 1), result.output
        text = out.read_text(encoding="utf-8")
        assert "RFE\\|RL \\*bold\\* \\[x\\](y)" in text
        assert "[x](y)" not in text.replace("\\[x\\](y)", "")


@pytest.mark.slow
def test_compare_writes_all_outputs_and_exits_0(tmp_path):
    md, js, csv = tmp_path / "r.md", tmp_path / "r.json", tmp_path / "r.csv"
    result = run("compare", *SEEDS, "-o", md, "--json", js, "--csv", csv, "--quiet")
    assert result.exit_code == 0, result.output
    data = json.loads(js.read_text())
    assert {s["id"] for s in data["sources"]} == {"RFERL", "DW"}
    assert md.read_text().startswith("# Corroboration report")
    assert csv.read_text().startswith("status,")


@pytest.mark.slow
def test_compare_fail_on_divergent_exits_1_when_sources_diverge(tmp_path):
    a = article(
        tmp_path, "a.txt", "The city council approved the new budget of $5 million on Monday."
    )
    b = article(
        tmp_path, "b.txt", "On Monday the city council approved the new budget of $9 million."
    )
    result = run("compare", a, b, "--fail-on", "divergent", "--quiet")
    assert result.exit_code == 1, result.output
    assert "divergent" in result.output


@pytest.mark.slow
def test_compare_fail_on_divergent_exits_0_when_sources_agree(tmp_path, good):
    result = run("compare", *good, "--fail-on", "divergent", "--quiet")
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_check_exits_1_on_contradiction_and_0_when_supported(tmp_path):
    src = article(
        tmp_path,
        "wire.txt",
        "The council approved a budget of $5 million on Monday, officials said.",
    )
    bad = article(tmp_path, "bad.txt", "The council approved a budget of $9 million on Monday.")
    ok = article(tmp_path, "ok.txt", "The council approved a $5 million budget on Monday.")
    result = run("check", bad, "--against", src, "--quiet")
    assert result.exit_code == 1, result.output
    result = run("check", ok, "--against", src, "--quiet")
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_check_takes_several_sources_after_one_against_as_the_readme_shows(tmp_path):
    wire = article(
        tmp_path,
        "wire.txt",
        "The council approved a budget of $5 million on Monday, officials said.",
    )
    agency = article(
        tmp_path, "agency.txt", "The mayor said the new budget would fund two schools."
    )
    draft = article(tmp_path, "draft.txt", "The council approved a $5 million budget on Monday.")
    shell_glob = run(
        "check", draft, "--against", wire, agency, "--json", tmp_path / "one.json", "--quiet"
    )
    repeated = run(
        "check",
        draft,
        "--against",
        wire,
        "--against",
        agency,
        "--json",
        tmp_path / "two.json",
        "--quiet",
    )
    assert shell_glob.exit_code == repeated.exit_code == 0, shell_glob.output + repeated.output
    one = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in one["sources"]] == ["wire", "agency"]
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    # Evidence names its source sentence and quotes it, with offsets into the file.
    (claim,) = one["claims"]
    evidence = claim["evidence"][0]
    assert (evidence["claim"], evidence["source"]) == ("wire#0", "wire")
    text = wire.read_text(encoding="utf-8")
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert evidence["text"].startswith("The council approved a budget of $5 million")
    assert evidence["label"] == "supports" and evidence["counts"] is True


@pytest.mark.slow
def test_a_folder_stands_for_its_article_files(tmp_path, good):
    folder = good[0].parent
    for name in ("README", ".hidden.txt", "notes.pdf"):
        (folder / name).write_text("The council approved the new budget on Monday, it said.")
    (folder / "sub").mkdir()
    article(folder / "sub", "c.txt", "A nested article is not taken from the folder.")
    out = tmp_path.parent / f"{tmp_path.name}-out"  # reports beside, not inside, the folder
    out.mkdir()
    listed = run("compare", *good, "--json", out / "listed.json", "-o", out / "l.md", "--quiet")
    folded = run("compare", folder, "--json", out / "folder.json", "-o", out / "f.md", "--quiet")
    assert listed.exit_code == folded.exit_code == 0, listed.output + folded.output
    one = json.loads((out / "listed.json").read_text(encoding="utf-8"))
    two = json.loads((out / "folder.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in two["sources"]] == ["a", "b"]
    assert one["pairs"] == two["pairs"] and one["claims"] == two["claims"]


def test_a_broken_link_in_a_source_folder_is_an_error_naming_it(tmp_path, good):
    # Found by QA: it was skipped silently, while passed by name it was an
    # error; an empty file in the folder stops the run too.
    folder = good[0].parent
    link = folder / "gone.txt"
    link.symlink_to(tmp_path / "moved-away.txt")
    out = tmp_path.parent / f"{tmp_path.name}-r.md"
    expected = (
        f"claimcheck: error: {link}: a broken link (to {tmp_path / 'moved-away.txt'}); "
        "point it at the article file or remove it"
    )
    for sources in ([folder], [*good, link]):
        result = run("compare", *sources, "-o", out)
        assert result.exit_code == 2, result.output
        assert result.output.strip().splitlines() == [expected]
        assert not out.exists()
    # A link to a folder is a subfolder, which a folder does not stand for.
    link.unlink()
    (folder / "more").symlink_to(tmp_path.parent, target_is_directory=True)
    (folder / ".hidden.txt").symlink_to(tmp_path / "moved-away.txt")
    from claimcheck.load import expand_sources

    assert expand_sources([folder]) == list(good)


@pytest.mark.slow
def test_dash_sends_one_output_to_stdout_and_no_file_named_dash(tmp_path, good, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("compare", *good, "--json", "-", "-o", "r.md", "--quiet")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["sources"]] == ["a", "b"]
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Corroboration report")
    assert not (tmp_path / "-").exists()
    # Only the JSON was asked for on stdout: the Markdown is not printed after it.
    alone = run("compare", *good, "--json", "-", "--quiet")
    assert alone.exit_code == 0 and json.loads(alone.stdout)["pairs"] == data["pairs"]
    csv = run("compare", *good, "--csv", "-", "--quiet")
    assert csv.exit_code == 0 and csv.stdout.startswith("status,")
    markdown = run("compare", *good, "-o", "-", "--json", "r.json", "--quiet")
    assert markdown.exit_code == 0 and markdown.stdout.startswith("# Corroboration report")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["pairs"] == data["pairs"]
    assert not (tmp_path / "-").exists()


@pytest.mark.slow
def test_check_against_a_folder_that_holds_the_draft_leaves_the_draft_out(tmp_path):
    text = "The council approved a budget of $5 million on Monday, officials said."
    article(tmp_path, "wire.txt", text)
    draft = article(tmp_path, "draft.txt", "The council approved a $5 million budget on Monday.")
    result = run("check", draft, "--against", tmp_path, "--json", "-", "--quiet")
    assert result.exit_code == 0, result.output
    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["wire"]
    # The README promises a warning whichever way the draft came in (QA pass 5),
    # and the report keeps it (QA pass 6).
    # Once: the note was printed twice (QA pass 10).
    assert result.stderr.count("the draft is also listed as a source") == 1
    assert any(
        "the draft is also listed" in w for w in json.loads(result.stdout)["settings"]["warnings"]
    )


@pytest.mark.slow
def test_check_leaves_out_a_draft_listed_among_its_sources(tmp_path):
    # "--against *.txt" in the draft's folder: a draft checked against itself
    # would support every sentence and never trip the gate.
    article(
        tmp_path,
        "wire.txt",
        "The council approved a budget of $5 million on Monday, officials said.",
    )
    draft = article(tmp_path, "draft.txt", "The council approved a $9 million budget on Monday.")
    result = run(
        "check",
        draft,
        "--against",
        tmp_path / "draft.txt",
        tmp_path / "wire.txt",
        "--json",
        "-",
        "-q",
    )
    assert result.exit_code == 1, result.output
    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["wire"]
    assert "the draft is also listed as a source" in result.stderr
    alone = run("check", draft, "--against", draft)
    assert alone.exit_code == 2 and "besides the draft" in one_line_error(alone)
    # --name and --published take the draft's id (its file stem) too.
    named = run(
        "check",
        draft,
        "--against",
        tmp_path / "wire.txt",
        "--name",
        "draft=Desk",
        "--json",
        "-",
        "-q",
    )
    assert json.loads(named.stdout)["draft"]["outlet"] == "Desk"


@pytest.mark.slow
def test_a_report_written_into_the_sources_folder_is_no_source(tmp_path, good):
    folder = good[0].parent
    first = run("compare", folder, "-o", folder / "report.md", "--quiet")
    assert first.exit_code == 0, first.output
    again = run(
        "compare", folder, "-o", folder / "report.md", "--json", tmp_path / "r.json", "--quiet"
    )
    assert again.exit_code == 0, again.output
    other = tmp_path.parent / f"{tmp_path.name}-other.md"
    elsewhere = run("compare", folder, "-o", other, "--json", tmp_path / "r2.json", "--quiet")
    assert elsewhere.exit_code == 0, elsewhere.output
    for name in ("r.json", "r2.json"):
        data = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        assert [s["id"] for s in data["sources"]] == ["a", "b"]
    # A report saved as .txt is no source either (QA pass 6: it was read back).
    txt = run("compare", folder, "-o", folder / "notes.txt", "--quiet")
    assert txt.exit_code == 0, txt.output
    again = run("compare", folder, "--json", tmp_path / "r3.json", "--quiet")
    assert again.exit_code == 0, again.output
    assert [
        s["id"] for s in json.loads((tmp_path / "r3.json").read_text(encoding="utf-8"))["sources"]
    ] == ["a", "b"]


@pytest.mark.slow
def test_an_output_path_on_an_article_of_a_source_folder_is_refused(tmp_path, good):
    """QA pass 6: "compare folder/ -o folder/b.txt" left b out of the sources
    and overwrote the article with the report, exit 0."""
    folder = good[0].parent
    before = good[1].read_bytes()
    for option in ("-o", "--csv", "--json"):
        result = run("compare", folder, option, good[1], "--quiet")
        assert result.exit_code == 2, result.output
        assert "is one of the input files" in one_line_error(result)
    assert good[1].read_bytes() == before


def test_check_without_against_refuses_extra_files(tmp_path):
    wire = article(tmp_path, "wire.txt", "The council approved a budget of $5 million on Monday.")
    draft = article(tmp_path, "draft.txt", "The council approved a $5 million budget on Monday.")
    result = run("check", draft, wire)
    assert result.exit_code == 2
    assert "--against" in one_line_error(result)


def test_parameter_values_are_converted_without_pydantic(tmp_path, good):
    # typer 0.29 would import pydantic (~0.15 s) to convert them; claimcheck.cliparse does it.
    a, _ = good
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from claimcheck.cli import app\n"
        f"args = ['compare', {str(a)!r}, {str(tmp_path / 'missing.txt')!r}, '-o', {str(tmp_path / 'r.md')!r},\n"
        f"        '--json', {str(tmp_path / 'r.json')!r}, '--published', 'a=2024-03-19', '--name', 'a=A',\n"
        "        '--fail-on', 'divergent', '--backend', 'onnx', '--quiet']\n"
        "result = CliRunner().invoke(app, args)\n"
        "print(result.exit_code, 'pydantic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.split() == ["2", "False"], out.stdout + out.stderr


@pytest.mark.skipif(not cliparse.AVAILABLE, reason="this typer converts values without pydantic")
def test_fast_value_conversion_matches_typers_own(tmp_path):
    from typer._click import Context
    from typer._coercion import build_runtime_param
    from typer.main import get_command

    unreadable = tmp_path / "secret.txt"
    unreadable.write_text("x")
    unreadable.chmod(0)
    values = [
        None,
        "a.txt",
        "",
        "-",
        "~/x.txt",
        str(tmp_path),
        str(unreadable),
        str(tmp_path / "no" / "r.md"),
        "onnx",
        "ONNX",
        "torch",
        "bogus",
        "0.5",
        "2",
        "abc",
        "none",
        "contradicted,disputed",
        "a=2024-01-01",
        True,
        3,
        ("a.txt", "b.txt"),
        ["x=1", "y=2"],
        (),
        ("onnx", "nope"),
    ]

    def outcome(runtime, value, param, ctx):
        try:
            return "ok", runtime.coerce(value, param=param, ctx=ctx)
        except Exception as exc:  # the error itself is what is compared
            return "error", type(exc), getattr(exc, "format_message", exc.__str__)()

    group = get_command(app)
    compared = 0
    for command in [group, *group.commands.values()]:
        ctx = Context(command)
        for param in command.params:
            fast = param.get_runtime_param()
            assert type(fast).__module__ == "claimcheck.cliparse", param.name
            own = build_runtime_param(param.type_descriptor)
            for value in values:
                assert outcome(fast, value, param, ctx) == outcome(own, value, param, ctx), (
                    param.name,
                    value,
                )
                compared += 1
    assert compared > 500


@pytest.mark.slow
def test_eval_json_to_stdout_moves_the_table_to_stderr():
    from tests.conftest import require_shared_eval

    result = run("eval", require_shared_eval() / "seeds", "-q", "--json", "-")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"]["counts"]["gold_pairs"] == 8
    assert "pair R" in result.stderr


@pytest.mark.slow
def test_check_against_sources_that_match_nothing_warns(tmp_path):
    """QA pass 7: a draft checked against another event's sources came out all
    unsupported, exit 0 under --fail-on contradicted, with no word."""
    article(
        tmp_path,
        "wire.txt",
        "Lava flowed towards the fishing town of Grindavik on Monday night, scientists said.",
    )
    (tmp_path / "d").mkdir()
    draft = article(
        tmp_path / "d",
        "draft.txt",
        "Tesla is recalling two million cars in the United States. "
        "The carmaker's shares closed higher on Wednesday. "
        "Regulators reviewed nearly a thousand crashes before the recall.",
    )
    result = run("check", draft, "--against", tmp_path / "wire.txt", "--json", "-", "--quiet")
    assert result.exit_code == 0, result.output
    assert "matches any source sentence" in result.stderr
    assert any("matches any source" in w for w in json.loads(result.stdout)["settings"]["warnings"])


def test_a_published_date_outside_1900_2100_is_a_usage_error(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("A\nPublished: 2024-01-01\n\nThe council will meet tomorrow.\n", encoding="utf-8")
    b.write_text(
        "B\nPublished: 2024-01-01\n\nThe council will meet on Tuesday.\n", encoding="utf-8"
    )
    result = run("compare", a, b, "--published", "b=9999-12-31", "-o", tmp_path / "r.md")
    assert result.exit_code == 2 and "outside the years 1900-2100" in result.output
    assert not (tmp_path / "r.md").exists()


def test_eval_refuses_outputs_on_its_inputs_before_scoring(tmp_path):
    """QA pass 9: `eval --json` replaced the gold file it read (exit 0), and
    `--floors F --update-floors --json F` clobbered the floors, then failed."""
    import shutil

    from tests.conftest import require_shared_eval

    case = tmp_path / "dev01"
    shutil.copytree(require_shared_eval() / "dev" / "cases" / "dev01-reykjanes-eruption", case)
    gold = (case / "gold.json").read_bytes()
    result = run("eval", case, "-q", "--json", case / "gold.json")
    assert result.exit_code == 2 and "is one of the input files" in result.output
    assert (case / "gold.json").read_bytes() == gold
    floors = tmp_path / "floors.json"
    floors.write_text("{}", encoding="utf-8")
    result = run("eval", case, "-q", "--floors", floors, "--update-floors", "--json", floors)
    assert result.exit_code == 2 and "given for two outputs" in result.output
    assert floors.read_text(encoding="utf-8") == "{}"
    result = run("eval", case, "-q", "--json", tmp_path / "nodir" / "x.json")
    assert (
        result.exit_code == 2
        and "does not exist" in result.output
        and "pair R" not in result.output
    )


def test_ctrl_c_while_the_cli_loads_exits_130_without_a_traceback(monkeypatch, capsys):
    """QA pass 9: an interrupt in the first fraction of a second printed a traceback."""
    import builtins

    from claimcheck import _entry

    real_import = builtins.__import__

    def interrupted(name, *args, **kwargs):
        if name == "claimcheck.cli":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted)
    with pytest.raises(SystemExit) as info:
        _entry.main()
    assert info.value.code == 130
    assert capsys.readouterr().err == "claimcheck: interrupted\n"


def test_a_name_with_a_line_break_is_a_usage_error(tmp_path):
    """QA pass 9: --name "dw=A<newline># Injected heading" broke the report's headings."""
    result = run("compare", *SEEDS, "--name", "DW=A\n# Injected heading", "-o", tmp_path / "r.md")
    assert result.exit_code == 2 and "line break" in result.output
    assert not (tmp_path / "r.md").exists()


@pytest.mark.slow
def test_a_failing_standard_output_is_named(tmp_path):
    """QA pass 9: `--json - >/dev/full` said only "No space left on device"."""
    import subprocess

    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full here")
    with full.open("w") as sink:
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", "compare", *SEEDS, "-q", "--json", "-"],
            stdout=sink,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == "claimcheck: error: standard output: cannot write (No space left on device)"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "a.txt", ""], "an empty argument"),
        (["compare", "a.txt", "b.txt", "-o", "out/"], "ends with a slash"),
        (["compare", "a.txt", "b.txt", "--json=out/"], "ends with a slash"),
    ],
)
def test_arguments_a_path_would_hide_are_usage_errors(args, message):
    """QA pass 9: "" read as the current folder; "-o newdir/" wrote a file named newdir."""
    from claimcheck.cli import _argv_problem

    assert message in (_argv_problem(args) or "")
    assert _argv_problem(["compare", "a.txt", "b.txt", "-o", "-", "--json", "out.json"]) is None


@pytest.mark.slow
def test_a_failing_standard_output_leaves_the_report_files_alone(tmp_path):
    """QA pass 10: with `-o r.md --json - >/dev/full` the print failed (exit 2)
    after r.md had been replaced; a failed run now leaves every old report."""
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full here")
    report = tmp_path / "r.md"
    report.write_text("previous report\n")
    with full.open("w") as sink:
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", "compare", *SEEDS, "-q", "-o", str(report),
             "--json", "-"],
            stdout=sink, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert report.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]  # no staged file left


@pytest.mark.parametrize(
    "command", [["compare", *SEEDS], ["check", SEEDS[0], "--against", SEEDS[1]]]
)
def test_a_closed_standard_output_is_a_usage_error(command):
    """QA pass 10: `claimcheck compare a b >&-` ended in a traceback and exit 1
    (the code for "found"); a CI job would have read it as a finding."""
    proc = subprocess.run(
        ["sh", "-c", 'exec "$0" -m claimcheck "$@" -q >&-', sys.executable, *command],
        stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "claimcheck: error: standard output is closed; pass -o FILE or reopen it"
    ]


def test_eval_with_a_closed_standard_output_stops_before_scoring():
    seeds = ROOT / ".." / "shared" / "eval" / "seeds"
    if not seeds.is_dir():
        pytest.skip("needs ../shared/eval")
    proc = subprocess.run(
        ["sh", "-c", 'exec "$0" -m claimcheck eval "$1" -q >&-', sys.executable, str(seeds)],
        stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "claimcheck: error: standard output is closed; reopen it (the score table goes there)"
    ]


@pytest.mark.slow
def test_outlet_names_are_literal_text_in_every_heading(tmp_path):
    """QA pass 10: the single-source heading printed an outlet name raw (from
    an HTML page's og:site_name or --name): "### <script>x</script>"."""
    out = tmp_path / "r.md"
    result = run("compare", *SEEDS, "--name", "RFERL=<script>x</script> [y](z)", "-o", out, "-q")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "<script>" not in text and "[y](z)" not in text
    assert "### \\<script\\>x\\</script\\> \\[y\\](z)" in text
