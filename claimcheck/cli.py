"""Command-line interface: a thin typer layer over `claimcheck.api`.

Exit codes (like linters): 0 done and nothing ``--fail-on`` names was found;
1 the run worked and found what ``--fail-on`` names; 2 usage or input error.
Library errors become one-line messages on stderr here, in one place.
Heavy modules are imported inside the commands so ``--help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from claimcheck import __version__, cliparse
from claimcheck.errors import ClaimcheckError

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


class _PlainUsageErrors(cliparse.PlainValues, TyperGroup):
    """Show usage errors (unknown option, bad value) on one line.

    typer draws them in a rich box that wraps a long message over several
    lines, and click prints usage, a hint and the error on four; here they are
    one ``claimcheck: error: ... (try 'claimcheck compare -h')`` line on
    stderr, like every other error. Help keeps its rich formatting.
    """

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        run = super().main
        if not standalone_mode:
            return run(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = run(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.Abort:
            typer.echo("Aborted!", err=True)
            sys.exit(1)
        except typer.TyperException as exc:  # click's usage and parameter errors
            # No arguments: rich has already printed the help (typer does the same check).
            if type(exc).__name__ == "NoArgsIsHelpError":
                pass
            else:
                # One line, like every other error (README, exit codes): the
                # message, then where help is.
                ctx = getattr(exc, "ctx", None)
                hint = f" (try '{ctx.command_path} -h')" if ctx is not None else ""
                message = " ".join(exc.format_message().split())
                typer.echo(f"claimcheck: error: {message}{hint}", err=True)
            sys.exit(exc.exit_code)
        sys.exit(code if isinstance(code, int) else EXIT_OK)


class _Command(cliparse.PlainValues, TyperCommand):
    """A typer command whose parameter values are converted without pydantic when
    they can be (`claimcheck.cliparse`): that import alone is ~0.15 s of start-up."""


app = typer.Typer(
    name="claimcheck",
    cls=_PlainUsageErrors,
    help=(
        "Cross-reference news reports: what sources corroborate, where they diverge,"
        " what only one says."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Backend(StrEnum):
    """Embedding backend."""

    auto = "auto"
    onnx = "onnx"
    torch = "torch"


class Search(StrEnum):
    """Candidate search."""

    auto = "auto"
    exact = "exact"
    approximate = "approximate"


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(f"claimcheck: error: {message}", err=True)
    return typer.Exit(code)


def _warn(message: str) -> None:
    typer.echo(f"claimcheck: warning: {message}", err=True)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn library errors (and stray OS errors) into a message and exit 2."""
    try:
        yield
    except ClaimcheckError as exc:
        raise _fail(str(exc)) from None
    except MemoryError:
        raise _fail("out of memory; pass smaller files or fewer sources") from None
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        raise _fail(f"{where}{exc.strerror or exc}") from None


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str], None]]:
    """A rich spinner on stderr when it is a terminal; silent otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _msg: None
        return
    from rich.console import Console

    console = Console(stderr=True)
    with console.status("claimcheck: starting") as status:
        yield lambda msg: status.update(f"claimcheck: {msg}")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """claimcheck: cross-reference news reports about one event."""


def _parse_fail_on(value: str, allowed: tuple[str, ...]) -> set[str]:
    items = {v.strip() for v in value.split(",") if v.strip()}
    unknown = sorted(items - set(allowed) - {"none"})
    if unknown:
        raise typer.BadParameter(
            f"unknown value {unknown[0]!r}; choose from {', '.join(allowed)} or none"
        )
    # An empty value must not switch a CI gate off unnoticed; "none" says so.
    if not items:
        raise typer.BadParameter(f"give a value: {', '.join(allowed)}, or none to never exit 1")
    if "none" in items and len(items) > 1:
        raise typer.BadParameter("'none' cannot be combined with other values")
    return items - {"none"}


def _overrides(published: list[str], name: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
    from claimcheck.load import check_year, parse_assignments, parse_iso_date

    dates = {
        k: check_year(parse_iso_date(v, what=f"--published {k}"), what=f"--published {k}")
        for k, v in parse_assignments(
            published, option="--published", value_has_no_equals=True
        ).items()
    }
    return dates, parse_assignments(name, option="--name")


def _settings(
    config: Path | None, backend: Backend | None, search: Search | None = None, **flags: Any
) -> Any:
    from claimcheck.settings import apply_overrides, load_settings, shadowed_settings

    settings = load_settings(config, search_dir=Path.cwd())
    if config is None and (note := shadowed_settings(Path.cwd())):
        _warn(note)
    given = {k: v for k, v in flags.items() if v is not None}
    if backend is not None:
        given["backend"] = backend.value
    if search is not None:
        given["search"] = search.value
    return apply_overrides(settings, given, origin="command line") if given else settings


def _embedder(settings: Any) -> Any:
    from claimcheck.embed import get_embedder

    return get_embedder(settings.backend, cache=settings.cache)


def _cache_warnings(embedder: Any) -> None:
    """The embedding cache degrades instead of failing (a damaged file, a
    read-only folder); the user hears of it on stderr, the report stays the
    same whatever the cache's state."""
    for note in getattr(embedder, "warnings", ()) or ():
        _warn(str(note))


SourcesArg = Annotated[
    list[Path],
    typer.Argument(
        metavar="SOURCE",
        help="Article files (.txt, .md, .html) or folders of them; ids are file stems.",
        show_default=False,
    ),
]
OutOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the Markdown report here (default, or -: stdout)."),
]
JsonOpt = Annotated[
    Path | None, typer.Option("--json", help="Write the JSON report here (-: stdout).")
]
PublishedOpt = Annotated[
    list[str],
    typer.Option("--published", help="Publication date of a source: ID=YYYY-MM-DD (repeatable)."),
]
NameOpt = Annotated[
    list[str], typer.Option("--name", help="Outlet name of a source: ID=OUTLET (repeatable).")
]
BackendOpt = Annotated[
    Backend | None, typer.Option("--backend", help="Embedding backend (default: auto).")
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Settings TOML file (default: ./claimcheck.toml).")
]
MinSimOpt = Annotated[
    float | None,
    typer.Option("--min-similarity", help="Alignment score a pair needs.", min=0, max=1),
]
SearchOpt = Annotated[
    Search | None,
    typer.Option(
        "--search", help="Candidate search (default: auto, approximate for large inputs)."
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]


def _check_outputs(outputs: Sequence[Path | None], inputs: Sequence[Path]) -> None:
    """Fail before any work if an output cannot be written, is named twice, or is an input.

    Two outputs on one path would silently keep only the last; an output on an
    input file would replace the article with the report.
    """
    from claimcheck.errors import OutputError
    from claimcheck.render.write import check_writable

    read = {p.resolve() for p in inputs}
    seen: set[Path] = set()
    if sum(1 for path in outputs if _is_stdout(path)) > 1:
        raise OutputError("only one output can go to standard output ('-')")
    for path in outputs:
        if path is None or _is_stdout(path):
            continue
        check_writable(path)
        real = path.resolve()
        if real in read:
            raise OutputError(f"{path}: is one of the input files; choose another output path")
        if real in seen and not real.is_char_device():  # /dev/null may take every output
            raise OutputError(f"{path}: given for two outputs; give each report its own file")
        seen.add(real)


def _is_stdout(path: Path | None) -> bool:
    """``-`` as an output path: standard output."""
    return path is not None and str(path) == "-"


def _emit(
    report: Any,
    markdown: str,
    output: Path | None,
    extra: Sequence[tuple[Path | None, Callable[[], str]]],
) -> None:
    """Warn about the report's notes, then write every requested file at once
    and print the output named ``-``, or the Markdown when no ``-o`` was given
    and no other output goes to standard output. The printing comes after the
    files are staged and before they replace their targets: a failed print
    (a full disk, a closed pipe) leaves the old reports in place."""
    from claimcheck.render import write_outputs

    for note in report.settings.get("warnings", []) or []:
        _warn(str(note))
    printed: str | None = None
    outputs: dict[Path, str] = {}
    for path, render in extra:
        if _is_stdout(path):
            printed = render()
        elif path is not None:
            outputs[path] = render()
    if output is not None and not _is_stdout(output):
        outputs = {output: markdown, **outputs}
    if _is_stdout(output) or (output is None and printed is None):
        printed = markdown
    text = printed
    write_outputs(outputs, before_commit=None if text is None else lambda: _to_stdout(text))


def _to_stdout(text: str) -> None:
    """Write a report to standard output; a failure names it ("No space left
    on device" alone did not say which output failed)."""
    from claimcheck.errors import OutputError

    if sys.stdout is None:  # started with standard output closed (`>&-`)
        raise OutputError("standard output is closed; pass -o FILE or reopen it")
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # `| head`: handled where the process exits
    except OSError as exc:
        raise OutputError(f"standard output: cannot write ({exc.strerror or exc})") from None


@app.command(cls=_Command)
def compare(
    sources: SourcesArg,
    output: OutOpt = None,
    json_out: JsonOpt = None,
    csv_out: Annotated[
        Path | None, typer.Option("--csv", help="Write the pairs table as CSV here (-: stdout).")
    ] = None,
    published: PublishedOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    name: NameOpt = [],  # noqa: B006
    fail_on: Annotated[
        str, typer.Option("--fail-on", help="Exit 1 when this is found: divergent, or none.")
    ] = "none",
    backend: BackendOpt = None,
    min_similarity: MinSimOpt = None,
    search: SearchOpt = None,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Find what two or more sources corroborate, where they diverge, and what only one says."""
    fail = _parse_fail_on(fail_on, ("divergent",))
    with _errors():
        from claimcheck import api
        from claimcheck.load import expand_sources
        from claimcheck.render import render_csv, render_json, render_markdown, report_to_dict

        # An output path in a source folder is no reason to leave a file out:
        # an article there would be overwritten (`_check_outputs` refuses);
        # a report of an earlier run is skipped by `expand_sources` itself.
        sources = expand_sources(sources)
        if len(sources) < 2:
            raise _fail("compare needs at least two sources; pass two or more article files")
        _check_outputs((output, json_out, csv_out), sources)
        dates, names = _overrides(published, name)
        settings = _settings(config, backend, search, min_similarity=min_similarity)
        embedder = _embedder(settings)
        with _progress(not quiet) as progress:
            report = api.compare(
                sources,
                published=dates,
                names=names,
                settings=settings,
                embedder=embedder,
                progress=progress,
            )
        _cache_warnings(embedder)
        _emit(
            report,
            render_markdown(report),
            output,
            [
                (json_out, lambda: render_json(report_to_dict(report))),
                (csv_out, lambda: render_csv(report)),
            ],
        )
    divergent = sum(1 for p in report.pairs if p.label == "divergent")
    if "divergent" in fail and divergent:
        _warn(f"{divergent} divergent pair(s) found (--fail-on divergent)")
        raise typer.Exit(EXIT_FOUND)


@app.command(cls=_Command)
def check(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="DRAFT",
            help=(
                "The draft to check (.txt, .md, .html). Sources go after --against"
                " (every file there)."
            ),
            show_default=False,
        ),
    ],
    against: Annotated[
        list[Path],
        typer.Option(
            "--against", "-a", help="Source files: --against A.txt B.txt, or repeat the option."
        ),
    ] = [],  # noqa: B006
    output: OutOpt = None,
    json_out: JsonOpt = None,
    published: PublishedOpt = [],  # noqa: B006
    name: NameOpt = [],  # noqa: B006
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            help="Comma list of what makes exit 1: contradicted, unsupported, disputed, none.",
        ),
    ] = "contradicted",
    backend: BackendOpt = None,
    min_similarity: MinSimOpt = None,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Check each sentence of a draft against its sources; exit 1 when it contradicts them."""
    fail = _parse_fail_on(fail_on, ("contradicted", "unsupported", "disputed"))
    with _errors():
        from claimcheck import api
        from claimcheck.render import check_to_dict, render_check_markdown, render_json

        # An option takes one value, so in "--against A.txt B.txt" B.txt arrives
        # as a second argument; every argument after the draft is a source.
        draft, extra = paths[0], paths[1:]
        if not against:
            raise _fail("check needs at least one source; pass --against SOURCE... after the draft")
        from claimcheck.load import expand_sources

        against_given = list(against)
        against = expand_sources([*against, *extra], exclude=[draft])
        # "--against *.txt" in the draft's own folder names the draft too: a
        # draft checked against itself would support every sentence it has.
        folders = [Path(p) for p in (*against_given, *extra) if Path(p).is_dir()]
        listed_draft = any(p.resolve() == draft.resolve() for p in against) or any(
            f.resolve() == draft.resolve().parent for f in folders
        )
        if listed_draft:
            against = [p for p in against if p.resolve() != draft.resolve()]
            if not against:
                raise _fail("check needs at least one source besides the draft")
        _check_outputs((output, json_out), [draft, *against])
        dates, names = _overrides(published, name)
        settings = _settings(config, backend, min_similarity=min_similarity)
        embedder = _embedder(settings)
        with _progress(not quiet) as progress:
            report = api.check(
                draft,
                against,
                published=dates,
                names=names,
                settings=settings,
                embedder=embedder,
                progress=progress,
            )
        _cache_warnings(embedder)
        if listed_draft:  # said once the run stands: an input error stays the one line
            # The report says it, and `_emit` warns on stderr with its other notes.
            note = f"{draft}: the draft is also listed as a source; left out of the sources"
            report.settings["warnings"] = [*report.settings.get("warnings", []), note]
        _emit(
            report,
            render_check_markdown(report),
            output,
            [(json_out, lambda: render_json(check_to_dict(report)))],
        )
    found = {
        "contradicted": sum(1 for d in report.claims if d.verdict == "contradicted"),
        "unsupported": sum(1 for d in report.claims if d.verdict == "unsupported"),
        "disputed": sum(1 for d in report.claims if d.disputed),
    }
    hits = {k: v for k, v in found.items() if k in fail and v}
    if hits:
        _warn("found " + ", ".join(f"{v} {k}" for k, v in hits.items()) + f" (--fail-on {fail_on})")
        raise typer.Exit(EXIT_FOUND)


@app.command("eval", cls=_Command)
def eval_(
    set_dirs: Annotated[
        list[Path],
        typer.Argument(
            metavar="SET", help="Gold set folders (holding cases/), cases/ folders or case folders."
        ),
    ],
    json_out: JsonOpt = None,
    details: Annotated[
        bool, typer.Option("--details", help="List missed and false pairs with their quotes.")
    ] = False,
    floors: Annotated[
        Path | None,
        typer.Option(
            "--floors", help="Pinned floors (JSON); exit 1 when a metric falls below one."
        ),
    ] = None,
    update_floors: Annotated[
        bool,
        typer.Option(
            "--update-floors", help="Deliberately rewrite --floors from this run's scores."
        ),
    ] = False,
    multilingual: Annotated[
        bool,
        typer.Option(
            "--multilingual", help="Score cross-language pairs too (reported separately)."
        ),
    ] = False,
    backend: BackendOpt = None,
    search: SearchOpt = None,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Score judgement quality on gold cases (format: ../shared/eval/README.md)."""
    if update_floors and floors is None:
        raise _fail("--update-floors needs --floors PATH (the file to rewrite)")
    with _errors():
        from claimcheck import api, evaluate
        from claimcheck.embed import get_embedder
        from claimcheck.render import check_to_dict, render_json, report_to_dict

        for d in set_dirs:
            if not d.is_dir():
                raise _fail(f"{d}: not a folder; pass a gold set folder such as ../shared/eval/dev")
        # Outputs first, before any scoring: not onto a gold file, an article or
        # the floors being read, and not two outputs on one path.
        gold_files = [
            f for case in evaluate.find_cases(set_dirs) for f in case.rglob("*") if f.is_file()
        ]
        read_only = [*gold_files, *([floors] if floors is not None and not update_floors else [])]
        _check_outputs((json_out, floors if update_floors else None), read_only)
        # Read --floors before scoring: a missing or broken file must not cost a
        # whole evaluation. --update-floors keeps the floors of other sets, so an
        # existing file must parse too; a missing one is created.
        pinned: dict[str, float] | None = None
        if floors is not None and (not update_floors or floors.exists()):
            pinned = evaluate.load_floors(floors)
        if pinned is not None and not update_floors:
            # A gate that checks nothing must not pass: floors name sets by
            # folder, and a renamed or moved set matches none of them.
            sets = [evaluate.set_name(d) for d in set_dirs]
            # (A set with no case is the first error to name: `evaluate` says so.)
            if all(evaluate.find_cases([d]) for d in set_dirs) and not evaluate.floors_apply(
                pinned, sets
            ):
                named = sorted({key.rpartition(".")[0] or "(total)" for key in pinned})
                raise _fail(
                    f"{floors}: no floor applies to the sets evaluated ({', '.join(sets)}); "
                    "it names "
                    f"{', '.join(named) or 'nothing'} (keys are <set folder>.<metric>)"
                )
        if sys.stdout is None and not _is_stdout(json_out):  # the table goes there
            raise _fail("standard output is closed; reopen it (the score table goes there)")
        settings = _settings(config, backend, search)
        embedder = get_embedder(settings.backend, cache=settings.cache)

        def run_compare(paths: list[Path]) -> dict[str, Any]:
            return report_to_dict(api.compare(paths, settings=settings, embedder=embedder))

        def run_check(draft: Path, paths: list[Path]) -> dict[str, Any]:
            return check_to_dict(api.check(draft, paths, settings=settings, embedder=embedder))

        with _progress(not quiet) as progress:
            progress("scoring gold cases")
            result = evaluate.evaluate(
                set_dirs,
                run_compare=run_compare,
                run_check=run_check,
                include_multilingual=multilingual,
            )
        from rich.console import Console

        # With --json - the JSON owns standard output and the table goes to stderr.
        table_to_stderr = _is_stdout(json_out)
        table = evaluate.render_table(result, details=details)
        Console(width=160, stderr=table_to_stderr).print(table)
        # The settings the scores were measured with (a claimcheck.toml in the
        # working folder changes them), as compare and check reports list theirs.
        scored = {
            **evaluate.result_to_json(result),
            "settings": api.settings_record(settings, embedder),
        }
        if _is_stdout(json_out):
            _to_stdout(render_json(scored))
        elif json_out is not None:
            from claimcheck.render import write_outputs

            write_outputs({json_out: render_json(scored)})
        _cache_warnings(embedder)
        if floors is not None and update_floors:
            written = evaluate.write_floors(floors, result)
            typer.echo(f"claimcheck: wrote {len(written)} floors to {floors}", err=True)
        elif pinned is not None:
            failures = evaluate.check_floors(result, pinned)
            for failure in failures:
                _warn(f"below floor: {failure}")
            if failures:
                raise typer.Exit(EXIT_FOUND)


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


@app.command("cache", cls=_Command)
def cache_(
    prune: Annotated[
        bool,
        typer.Option(
            "--prune",
            help="Remove what this install no longer reads: model exports and embeddings "
            "of other versions, old GeoNames lookups.",
        ),
    ] = False,
) -> None:
    """Show what the cache folder holds (model export, embeddings, GeoNames lookups)."""
    with _errors():
        import os

        from claimcheck import cache
        from claimcheck.embed import CACHE_ENV

        report = cache.prune_cache() if prune else cache.inspect_cache()
        where = f"default; {CACHE_ENV} moves it"
        if os.environ.get(CACHE_ENV):
            where = f"set by {CACHE_ENV}"
        typer.echo(f"cache folder: {report.folder} ({where})")
        if prune:
            for entry in report.entries:
                size = _megabytes(entry.size_bytes)
                typer.echo(f"  removed {entry.kind:<10}  {entry.name}  {size}")
            total = sum(e.size_bytes for e in report.entries)
            typer.echo(
                f"removed {len(report.entries)} stale entries ({_megabytes(total)})"
                if report.entries
                else "nothing stale to remove"
            )
            return
        if not report.entries:
            typer.echo("  empty: the first run exports the model and fills it")
        for entry in report.entries:
            count = f"  {entry.vectors:,} sentences" if entry.kind == "embeddings" else ""
            state = "current" if entry.current else "stale"
            size = _megabytes(entry.size_bytes)
            typer.echo(f"  {entry.kind:<10}  {entry.name}{count}  {size}  {state}")
        stale = report.stale
        if stale:
            total = sum(e.size_bytes for e in stale)
            typer.echo(
                f"stale: {len(stale)} entries, {_megabytes(total)}, not read by this install; "
                "`claimcheck cache --prune` removes them"
            )


# Options that name an output file.
_OUTPUT_OPTIONS = frozenset({"-o", "--output", "--json", "--csv"})


def _argv_problem(args: Sequence[str]) -> str | None:
    """What paths lose once they are `Path` objects: an empty argument reads
    as the current folder, and a trailing slash (``-o out/``) silently names a
    file."""
    for i, arg in enumerate(args):
        if arg == "":
            return "an empty argument (a variable that expanded to nothing?); remove it"
        option, sep, value = arg.partition("=")
        if sep and option in _OUTPUT_OPTIONS:
            named = value
        elif i > 0 and args[i - 1] in _OUTPUT_OPTIONS:
            named = arg
        else:
            continue
        if named.endswith(("/", "\\")):
            return f"{named}: ends with a slash; give a file name for the report"
    return None


def main() -> None:
    """Entry point for the ``claimcheck`` script."""
    problem = _argv_problem(sys.argv[1:])
    if problem is not None:
        typer.echo(f"claimcheck: error: {problem}", err=True)
        raise SystemExit(EXIT_USAGE)
    app()
