"""All speed benchmarks of claimcheck, printed as Markdown tables.

Run on demand from the repo root (not part of the test suite):

    make bench        # = .venv/bin/python benchmarks/run_all.py

Sections (each prints the exact command it timed):

1. the seeds report, cold: a new ``claimcheck compare`` process per run, onnx
   and torch side by side, with a warm embedding cache and with an empty one;
2. encode throughput of each backend on ~1,000 dev sentences, cache off
   (`bench_embed.py` does the work);
3. scaling: 10, 100 and 1,000 generated articles through the stages of
   `claimcheck.api`, timed one by one (`stages.py`), with the growth exponent;
4. ``claimcheck --help`` start-up and the import-time share of the heavy modules
   in a compare run (``python -X importtime``).

Nothing touches the user's embedding cache: every run gets a scratch
``CLAIMCHECK_CACHE_DIR`` holding links to the ONNX export and the GeoNames
lookups (each built once into the normal cache folder if it does not exist
yet). Timings on a shared
machine are noisy; medians of several new processes are reported, with the
load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import bench_embed  # noqa: E402  (a sibling script, not a package)

VENV_BIN = REPO / ".venv" / "bin"
PYTHON = VENV_BIN / "python"
CLAIMCHECK = VENV_BIN / "claimcheck"
SEEDS = ("seeds/RFERL.txt", "seeds/DW.txt")
TIME_BIN = shutil.which("time", path="/usr/bin") or shutil.which("gtime")
TARGET_WALL_S = 1.0
TARGET_RSS_MB = 200.0
TARGET_END_TO_END = 400.0  # sentences per second at 1,000 articles


# --- helpers ------------------------------------------------------------------


def show(command: Sequence[str], env_note: str = "") -> str:
    """A copy-pasteable command line, paths shown relative to the repo."""
    words = [str(w).replace(str(REPO) + "/", "") for w in command]
    return f"`{env_note}{shlex.join(words)}`"


def run_measured(command: Sequence[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB and stdout of one new process.

    Peak RSS comes from GNU time (``%M``) when it is installed, else from
    ``getrusage(RUSAGE_CHILDREN)`` in a fresh wrapper process, so it always
    belongs to this one run.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        if TIME_BIN:
            wrapped = [TIME_BIN, "-f", "%M", "-o", report.name, *command]
        else:
            probe = (
                "import resource, subprocess, sys; subprocess.run(sys.argv[2:], check=True); "
                "open(sys.argv[1], 'w').write(str(resource.getrusage("
                "resource.RUSAGE_CHILDREN).ru_maxrss))"
            )
            wrapped = [sys.executable, "-c", probe, report.name, *command]
        began = time.perf_counter()
        result = subprocess.run(wrapped, env=env, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - began
        if result.returncode != 0:
            raise SystemExit(f"benchmark command failed: {shlex.join(command)}\n{result.stderr}")
        rss_kb = float(report.read().split()[-1])
    return wall, rss_kb / 1024, result.stdout


def export_source() -> Path:
    """The ONNX export folder to link into scratch caches (built once if missing)."""
    from claimcheck import embed

    existing = embed._find_export(embed.cache_dir())
    if existing is None:
        # In a child process: torch would otherwise stay in this process's memory, and
        # children inherit the parent's peak RSS through vfork + exec on Linux.
        print(f"Building the ONNX export into {embed.cache_dir()} (once) ...", file=sys.stderr)
        build = "from claimcheck.embed import build_onnx_export; print(build_onnx_export())"
        result = subprocess.run(
            [str(PYTHON), "-c", build], capture_output=True, text=True, check=True
        )
        existing = Path(result.stdout.strip().splitlines()[-1])
    return existing


def geonames_sources() -> list[Path]:
    """The GeoNames lookup files (`claimcheck.slots.names._geonames`) to link into
    scratch caches: like the ONNX export, built once per install (~1 s), not per run."""
    from claimcheck import embed

    found = sorted(embed.cache_dir().glob("geonames-*.json"))
    if not found:
        build = "from claimcheck.slots import names; names._geonames()"
        subprocess.run([str(PYTHON), "-c", build], capture_output=True, text=True, check=True)
        found = sorted(embed.cache_dir().glob("geonames-*.json"))
    return found


def scratch_cache(parent: Path, name: str, export: Path) -> Path:
    """A new cache folder holding the ONNX export and the GeoNames lookups (linked),
    and no embeddings."""
    folder = parent / name
    folder.mkdir(parents=True)
    (folder / export.name).symlink_to(export, target_is_directory=True)
    for lookup in geonames_sources():
        (folder / lookup.name).symlink_to(lookup)
    return folder


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


# --- 1. seeds report, cold ------------------------------------------------------


def seeds_cold(work: Path, export: Path, runs: int) -> list[str]:
    """Median wall and peak RSS of new compare processes, per backend and cache state."""
    out_md, out_json = work / "seeds.md", work / "seeds.json"

    def command(backend: str) -> list[str]:
        return [
            str(CLAIMCHECK), "compare", *SEEDS, "--json", str(out_json), "-o", str(out_md),
            "--quiet", "--backend", backend,
        ]  # fmt: skip

    warm = scratch_cache(work, "warm-cache", export)
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for backend in ("onnx", "torch"):  # fill the warm cache once per backend, untimed
        run_measured(command(backend), {**os.environ, "CLAIMCHECK_CACHE_DIR": str(warm)})
    for index in range(runs):
        # Backends alternate run by run, so a burst of load hits both alike.
        for backend in ("onnx", "torch"):
            env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(warm)}
            wall, rss, _ = run_measured(command(backend), env)
            results.setdefault((backend, "warm"), []).append((wall, rss))
            empty = scratch_cache(work, f"empty-{backend}-{index}", export)
            wall, rss, _ = run_measured(
                command(backend), {**os.environ, "CLAIMCHECK_CACHE_DIR": str(empty)}
            )
            results.setdefault((backend, "empty"), []).append((wall, rss))

    lines = [
        "## 1. Seeds report, cold start (new process per run)",
        "",
        f"Command: {show(command('onnx|torch'), 'CLAIMCHECK_CACHE_DIR=<scratch> ')}",
        f"run from the repo root; median of {runs} runs; backends alternate run by run.",
        "*warm cache*: the embedding cache already holds the seeds sentences (a normal re-run);",
        "*empty cache*: a new cache folder with only the ONNX export and the GeoNames lookups "
        "(both built once per install), so every sentence is encoded.",
        "",
        "| backend | embedding cache | wall s (median) | wall s (min-max) | peak RSS MB | target |",
        "|---|---|---:|---:|---:|---|",
    ]
    for state in ("warm", "empty"):
        for backend in ("onnx", "torch"):
            walls = [w for w, _ in results[(backend, state)]]
            rss = median([r for _, r in results[(backend, state)]])
            target = ""
            if backend == "onnx":
                ok = median(walls) <= TARGET_WALL_S and rss <= TARGET_RSS_MB
                target = (
                    f"{'met' if ok else 'MISSED'} (<= {TARGET_WALL_S:g} s, <= {TARGET_RSS_MB:g} MB)"
                )
            lines.append(
                f"| {backend} | {state} | {median(walls):.2f} | {min(walls):.2f}-{max(walls):.2f} "
                f"| {rss:.0f} | {target} |"
            )
    return lines


# --- 2. encode throughput ---------------------------------------------------------


def encode_throughput(work: Path, export: Path, count: int, repeat: int) -> list[str]:
    """Sentences per second of each backend, cache off, via bench_embed's child."""
    import numpy as np

    sentences = bench_embed.news_sentences(count)
    sentences_file = work / "sentences.json"
    sentences_file.write_text(json.dumps(sentences), "utf-8")
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(scratch_cache(work, "encode-cache", export))}
    rows = {}
    for backend in ("onnx", "torch"):
        # bench_embed's own child, run under run_measured: its self-reported peak RSS
        # would include this parent's through vfork + exec.
        child = [
            str(PYTHON), str(HERE / "bench_embed.py"), "--child", backend, "--repeat", str(repeat),
            "--sentences-file", str(sentences_file), "--vectors-file", str(work / f"{backend}.npy"),
        ]  # fmt: skip
        _wall, rss, stdout = run_measured(child, env)
        rows[backend] = {**json.loads(stdout.strip().splitlines()[-1]), "peak_rss_mb": rss}
    cosines = (np.load(work / "onnx.npy") * np.load(work / "torch.npy")).sum(axis=1)
    words = np.mean([len(s.split()) for s in sentences])
    command = [
        str(PYTHON), "benchmarks/bench_embed.py", "--child", "onnx|torch", "--repeat", str(repeat),
        "--sentences-file", "<dev sentences>.json", "--vectors-file", "<out>.npy",
    ]  # fmt: skip
    lines = [
        "## 2. Encode throughput (embedding cache off)",
        "",
        f"Command: {show(command)} (one new process per backend)",
        f"{len(sentences)} sentences from ../shared/eval/dev (mean {words:.1f} words); "
        f"best of {repeat} passes; cold load = imports + model load + one warm-up sentence.",
        "",
        "| backend | sentences/s | cold load s | peak RSS MB | torch imported |",
        "|---|---:|---:|---:|---|",
    ]
    for row in rows.values():
        lines.append(
            f"| {row['backend']} | {row['per_s']:.0f} | {row['cold_s']:.2f} "
            f"| {row['peak_rss_mb']:.0f} | {'yes' if row['heavy_imports'] else 'no'} |"
        )
    ratio = rows["onnx"]["per_s"] / rows["torch"]["per_s"]
    lines += [
        "",
        f"onnx/torch speed ratio {ratio:.2f}; cosine onnx-int8 vs torch fp32: mean "
        f"{cosines.mean():.4f}, 1st percentile {np.percentile(cosines, 1):.4f}, min {cosines.min():.4f}.",
    ]
    return lines


# --- 3. scaling -------------------------------------------------------------------

STAGES = ("prepare", "model load", "embed", "align", "judge", "render")


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of log(y) on log(x)."""
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return (
        sum((x - mx) * (y - my) for x, y in zip(lx, ly, strict=True)) / den if den else float("nan")
    )


def predicted_seconds(done: list[dict], count: int) -> float:
    """Extrapolate a full run to ``count`` articles from the two largest sizes done."""
    if len(done) < 2:
        return 0.0
    small, large = done[-2], done[-1]
    ratio = count / large["articles"]
    total = 0.0
    for stage in STAGES:
        a, b = small["seconds"][stage], large["seconds"][stage]
        growth = slope([small["articles"], large["articles"]], [a, b]) if a > 0 and b > 0 else 1.0
        total += b * ratio ** max(1.0, growth)
    return total


def scaling(
    work: Path, export: Path, sizes: Sequence[int], budget_s: float, pool: str = "shared"
) -> list[str]:
    """Per-stage seconds, peak RSS and sentences/s for each size, one process per size.

    ``pool``: "shared" cycles the shared cases' ~57 files (the issue's corpus:
    at 1,000 articles each text recurs ~17 times, and the per-text caches of
    reading and judging serve most of the work); "all" adds the project's 750
    (807 distinct files, so up to 807 articles repeat nothing)."""
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(scratch_cache(work, "scaling-cache", export))}
    done: list[dict] = []
    notes: list[str] = []
    for count in sizes:
        mode = "all"
        forecast = predicted_seconds(done, count)
        if forecast > budget_s:
            mode = "unique"
            notes.append(
                f"{count} articles: a full run was forecast at ~{forecast:.0f} s (> budget "
                f"{budget_s:.0f} s), so each distinct sentence was encoded once and the embed time "
                "scaled to all sentences (`--embed unique`); every other stage ran in full."
            )
        command = [
            str(PYTHON), str(HERE / "stages.py"), "--articles", str(count), "--embed", mode,
            "--pool", pool,
        ]  # fmt: skip
        _wall, rss, stdout = run_measured(command, env)
        row = json.loads(stdout.strip().splitlines()[-1])
        row["peak_rss_mb"] = rss
        done.append(row)

    lines = [
        "## 3. Scaling: N generated articles through the pipeline stages",
        "",
        "Command: "
        + show(
            [
                str(PYTHON),
                "benchmarks/stages.py",
                "--articles",
                "N",
                "--embed",
                "all",
                "--pool",
                pool,
            ]
        )
        + " "
        "(one new process per size; backend onnx, embedding cache off)",
        (
            "Articles cycle the dev + seeds + external/mrpc source files (~57) under distinct "
            "stems, so copies of one file are identical (hard for alignment: every copy matches "
            "every copy; easy for the per-text caches of reading and judging)."
            if pool == "shared"
            else "Articles cycle the shared cases' and the project's quality/extra source files "
            "(807 distinct texts; from 808 articles on they repeat): what an analyst's distinct "
            "articles cost."
        ),
        "*prepare* = load + clean + split + extract; *align* includes the lexical vectors; "
        "*render* = Markdown + JSON.",
        "",
        "| articles | sentences | chosen pairs | "
        + " | ".join(f"{s} s" for s in STAGES)
        + " | total s | sentences/s | sentences/s excl. model+embed | peak RSS MB |",
        "|" + "---:|" * (len(STAGES) + 7),
    ]
    for row in done:
        sec = row["seconds"]
        total = sum(sec[s] for s in STAGES)
        rest = total - sec["embed"] - sec["model load"]
        star = "*" if row["embed_scaled"] else ""
        lines.append(
            f"| {row['articles']} | {row['claims']} | {row['pairs']} | "
            + " | ".join(f"{sec[s]:.2f}{star if s == 'embed' else ''}" for s in STAGES)
            + f" | {total:.1f}{star} | {row['claims'] / total:.0f}{star} | {row['claims'] / rest:.0f} "
            f"| {row['peak_rss_mb']:.0f} |"
        )
    lines += [
        "",
        "Peak RSS (MB) of the stage process after each stage, and the size of the rendered "
        "Markdown + JSON:",
        "",
        "| articles | " + " | ".join(STAGES) + " | output MB |",
        "|" + "---:|" * (len(STAGES) + 2),
    ]
    for row in done:
        after = row["peak_rss_after_mb"]
        lines.append(
            f"| {row['articles']} | "
            + " | ".join(f"{after[s]:.0f}" for s in STAGES)
            + f" | {row['output_kb'] / 1024:.1f} |"
        )
    lines.append("")
    if len(done) >= 2:
        claims = [r["claims"] for r in done]
        totals = [sum(r["seconds"][s] for s in STAGES) for r in done]
        per_stage = ", ".join(
            f"{s} {slope(claims, [r['seconds'][s] for r in done]):.2f}"
            for s in ("prepare", "embed", "align", "judge", "render")
        )
        last = done[-2:]
        align_last = slope([r["claims"] for r in last], [r["seconds"]["align"] for r in last])
        lines += [
            f"Growth exponent (log-log slope of time vs sentences, all sizes): total "
            f"{slope(claims, totals):.2f}; per stage: {per_stage}. "
            f"Align between the two largest sizes: {align_last:.2f}.",
        ]
        end = done[-1]
        rate = end["claims"] / sum(end["seconds"][s] for s in STAGES)
        verdict = "met" if rate >= TARGET_END_TO_END else "MISSED"
        lines.append(
            f"Target >= {TARGET_END_TO_END:.0f} sentences/s end to end at {end['articles']} "
            f"articles: {verdict} ({rate:.0f}/s)."
        )
    lines += [f"{n}" for n in notes]
    if any(r["embed_scaled"] for r in done):
        lines.append(
            "`*` embed time measured on the distinct sentences and scaled to all sentences."
        )
    return lines


# --- 4. start-up and imports --------------------------------------------------------

_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def import_summary(stderr: str, top: int) -> list[tuple[str, float, float]]:
    """Top packages by their own import time (the self times of their modules summed),
    with the largest cumulative time of one of their modules (which includes what
    that module imports from other packages).

    Third-party packages are grouped by top-level name, claimcheck by submodule
    (``claimcheck.slots`` covers its regex-heavy slot parsers).
    """
    cumulative: dict[str, float] = {}
    own: dict[str, float] = {}
    for match in _IMPORT_LINE.finditer(stderr):
        self_us, cumulative_us, name = int(match.group(1)), int(match.group(2)), match.group(4)
        parts = name.split(".")
        group = ".".join(parts[:2]) if parts[0] == "claimcheck" and len(parts) > 1 else parts[0]
        cumulative[group] = max(cumulative.get(group, 0.0), cumulative_us / 1e6)
        own[group] = own.get(group, 0.0) + self_us / 1e6
    ranked = sorted(own, key=lambda group: -own[group])[:top]
    return [(group, cumulative[group], own[group]) for group in ranked]


def _import_profile(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, summed import seconds and the importtime log of one run."""
    began = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - began
    total = sum(int(m.group(1)) for m in _IMPORT_LINE.finditer(result.stderr)) / 1e6
    return wall, total, result.stderr


def startup(work: Path, export: Path, runs: int) -> list[str]:
    """``--help`` wall time and the import-time profile of compare runs."""
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(scratch_cache(work, "startup-cache", export))}
    help_cmd = [str(CLAIMCHECK), "--help"]
    helps = [run_measured(help_cmd, env) for _ in range(runs)]
    compare = [
        str(PYTHON), "-X", "importtime", "-m", "claimcheck", "compare", *SEEDS,
        "--json", str(work / "it.json"), "-o", str(work / "it.md"), "--quiet", "--backend", "onnx",
    ]  # fmt: skip
    empty_env = {
        **os.environ,
        "CLAIMCHECK_CACHE_DIR": str(scratch_cache(work, "startup-empty", export)),
    }
    empty_wall, empty_total, empty_log = _import_profile(compare, empty_env)
    warm_wall, warm_total, warm_log = _import_profile(compare, empty_env)  # now filled
    warm = {name: own for name, _cumulative, own in import_summary(warm_log, 1000)}
    lines = [
        "## 4. Start-up and imports",
        "",
        f"`claimcheck --help`: median {median([w for w, _, _ in helps]):.2f} s, peak RSS "
        f"{median([r for _, r, _ in helps]):.0f} MB "
        f"(command: {show(help_cmd)}, {runs} new processes).",
        "",
        f"Import time of compare runs: {show(compare)}, first with an empty embedding "
        "cache, then again with it filled (warm: the model is never loaded).",
        f"Imports take {warm_total:.2f} s of {warm_wall:.2f} s wall warm, "
        f"{empty_total:.2f} s of {empty_wall:.2f} s with the cache empty (importtime adds "
        "overhead). Top 10 packages of the empty-cache run by own import time (self times "
        "of their modules summed; claimcheck split by submodule); the last column is the "
        "largest cumulative time of one of their modules, which includes what it imports:",
        "",
        "| package | own s, empty cache | share | own s, warm cache | largest cumulative s |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {name} | {own:.3f} | {own / empty_total:.0%} | {warm.get(name, 0.0):.3f} "
        f"| {cumulative:.3f} |"
        for name, cumulative, own in import_summary(empty_log, 10)
    ]
    return lines


# --- main -----------------------------------------------------------------------------


def precompile() -> None:
    """Byte-compile claimcheck first, as an installed package is: with
    PYTHONDONTWRITEBYTECODE set (some sandboxes and CI images set it), every
    new process would otherwise recompile its modules (~0.2 s on a slow core)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [str(PYTHON), "-m", "compileall", "-q", "claimcheck"]
    subprocess.run(command, env=env, capture_output=True, check=True)


def cpu_note() -> str:
    """The CPU model and whether it has the int8 dot-product instructions (VNNI)
    that make the int8 model several times faster."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or "CPU unknown"
    lines = info.splitlines()
    models = [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("model name")]
    model = models[0] if models else "?"
    vnni = "with" if ("avx512_vnni" in info or "avx_vnni" in info) else "without"
    return f"{model}, {vnni} VNNI"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="new processes per cold measurement")
    parser.add_argument(
        "--sentences", type=int, default=1000, help="sentences for encode throughput"
    )
    parser.add_argument("--repeat", type=int, default=2, help="encode passes (best kept)")
    parser.add_argument("--sizes", default="10,100,1000", help="article counts for scaling")
    parser.add_argument(
        "--budget", type=float, default=300.0, help="seconds a full scaling run may take"
    )
    parser.add_argument(
        "--pool",
        default="shared",
        choices=["shared", "all"],
        help="scaling articles: the shared cases (~57 texts) or those and quality/extra (807)",
    )
    parser.add_argument("--sections", default="1,2,3,4", help="which sections to run")
    parser.add_argument("--output", type=Path, help="also write the Markdown here")
    args = parser.parse_args()
    sections = {s.strip() for s in args.sections.split(",")}
    os.chdir(REPO)

    lines = [
        f"# claimcheck benchmarks, {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores ({cpu_note()}), "
        f"Python {platform.python_version()}; "
        f"{load_note()} at start. claimcheck byte-compiled first. Command: `make bench` "
        f"(`.venv/bin/python benchmarks/run_all.py {' '.join(sys.argv[1:])}`).",
        "",
    ]
    print("\n".join(lines), flush=True)
    precompile()
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as folder:
        work = Path(folder)
        export = export_source()
        jobs = [
            ("1", lambda: seeds_cold(work, export, args.runs)),
            ("2", lambda: encode_throughput(work, export, args.sentences, args.repeat)),
            (
                "3",
                lambda: scaling(
                    work, export, [int(s) for s in args.sizes.split(",")], args.budget, args.pool
                ),
            ),
            ("4", lambda: startup(work, export, args.runs)),
        ]
        for key, job in jobs:
            if key not in sections:
                continue
            began = time.perf_counter()
            section = job()
            section += [
                "",
                f"_(section took {time.perf_counter() - began:.0f} s; {load_note()} after)_",
                "",
            ]
            print("\n".join(section), flush=True)
            lines += section
    if args.output:
        args.output.write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
