"""Renderers: `Report`/`CheckReport` -> Markdown, JSON and CSV text, and atomic writes."""

from claimcheck.render.markdown import render_check_markdown, render_markdown
from claimcheck.render.tabular import (
    check_to_dict,
    pairs_frame,
    render_csv,
    render_json,
    report_to_dict,
)
from claimcheck.render.write import write_outputs

__all__ = [
    "check_to_dict",
    "pairs_frame",
    "render_check_markdown",
    "render_csv",
    "render_json",
    "render_markdown",
    "report_to_dict",
    "write_outputs",
]
