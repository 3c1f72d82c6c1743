"""Command-line values of plain types, converted without importing pydantic.

typer (0.29) converts every parameter value, even an absent option's ``None``,
through a pydantic ``TypeAdapter``; building the first one imports pydantic,
~0.15 s of a ~0.95 s seeds run. claimcheck's parameters are paths, strings,
lists of those, one enum and flags, none of which needs pydantic. `install`
gives every typer parameter of a command a converter that handles those
values the way typer does (the same typer helpers, minus the pydantic step)
and passes anything else (a bad value, a number, another type) to typer's own
converter, so results and error messages stay exactly typer's.

`install` also tidies the help's type column and usage line (`_help_type`):
no ``<bool>`` beside flags, ``<path>`` rather than ``<list[Path]>``.

This reaches into typer internals; with a typer that lacks them or has them
in another shape `install` does nothing and typer works as usual, only slower to start
(tests/test_cli.py checks that a compare run imports no pydantic).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

import typer

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
    from typer.core import _TyperParameter
except ImportError:  # a typer without these internals: keep its own conversion
    AVAILABLE = False
else:
    AVAILABLE = True

__all__ = ["AVAILABLE", "PlainValues", "install"]

_Leaf = Callable[[Any, Any, Any], Any]  # (value, param, ctx) -> converted value


class _NotPlain(Exception):
    """The value is not one the fast path handles; typer's converter takes it."""


def _str(value: Any, param: Any, ctx: Any) -> Any:
    if type(value) is not str:
        raise _NotPlain
    return value


def _path(value: Any, param: Any, ctx: Any) -> Any:
    if type(value) is not str:
        raise _NotPlain
    # typer's path converter, given a Path, skips only its pydantic str -> Path step
    # (which is Path(value)) and still applies the parameter's exists/readable checks.
    info = param.type_descriptor.parameter_info
    return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)


def _choice(choices: tuple[Enum, ...], case_sensitive: bool) -> _Leaf:
    def convert(value: Any, param: Any, ctx: Any) -> Any:
        if type(value) is not str:
            raise _NotPlain
        return coerce_cli_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)

    return convert


def _not_plain(value: Any, param: Any, ctx: Any) -> Any:
    raise _NotPlain


def _leaf_for(annotation: Any, info: Any) -> _Leaf:
    """The fast converter for one (non-list) annotation; `_not_plain` if there is none."""
    if info.parser is not None:
        return _not_plain
    if annotation is str:
        return _str
    if annotation is Path and info.path_type is None:
        return _path
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return _choice(tuple(annotation), info.case_sensitive)
    return _not_plain


if AVAILABLE:

    @dataclass(frozen=True)
    class _PlainParam(RuntimeParam):
        """typer's runtime converter contract, with the plain values done here."""

        leaf: _Leaf
        is_list: bool

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                if not self.is_list:
                    return self.leaf(value, param, ctx)
                if not isinstance(value, list | tuple):
                    raise _NotPlain
                return [self.leaf(item, param, ctx) for item in value]
            except (_NotPlain, ValueError, typer.BadParameter):
                # Anything unusual, including every error: typer converts (and words
                # the error) itself; this is the only place pydantic gets imported.
                own = build_runtime_param(param.type_descriptor)
                return own._coerce_value(value, param=param, ctx=ctx)


def install(params: Iterable[Any]) -> None:
    """Give each typer parameter in `params` the fast converter (others are left alone)."""
    if not AVAILABLE:
        return
    try:
        _install(params)
    except Exception:  # typer internals changed shape: keep typer's own conversion
        return


def _help_type(param: Any, original: Callable[[Any], str | None]) -> Callable[[Any], str | None]:
    """The help's type column for `param`, read as a user would want it.

    typer 0.29 prints the annotation: ``<bool>`` beside every flag and
    ``<list[Path]>`` beside repeatable values. A flag takes no value, so it
    gets none; a list shows its element's type (``<path>``), followed by
    ``...`` for a positional argument that takes several.
    """

    def display(ctx: Any) -> str | None:
        if getattr(param, "is_flag", False):
            return None
        annotation = param.type_descriptor.annotation
        if get_origin(annotation) is not list:
            return original(ctx)
        (element,) = get_args(annotation)
        label = "path" if element is Path else getattr(element, "__name__", str(element))
        if isinstance(element, type) and issubclass(element, Enum):
            label = "|".join(str(member.value) for member in element)
        return f"<{label}>" + ("..." if param.param_type_name == "argument" else "")

    return display


def _install(params: Iterable[Any]) -> None:
    for param in params:
        if not isinstance(param, _TyperParameter) or param._runtime_param is not None:
            continue
        param.display_type_rich = _help_type(param, param.display_type_rich)
        if param.param_type_name == "argument" and param.metavar:
            # typer 0.29 wraps a required argument in braces on the usage line
            # ("{SOURCE}..."); a metavar that says it all is shown as written.
            several = param.nargs != 1 and "..." not in param.metavar
            shown = param.metavar + ("..." if several else "")
            param._usage_display_name = lambda shown=shown: shown
        descriptor = param.type_descriptor
        annotation, info = descriptor.annotation, descriptor.parameter_info
        is_list = get_origin(annotation) is list
        leaf = _leaf_for(get_args(annotation)[0] if is_list else annotation, info)
        if descriptor.file_annotation is not None:
            leaf = _not_plain
        param._runtime_param = _PlainParam(
            parameter_info=info, annotation=annotation, leaf=leaf, is_list=is_list
        )


class PlainValues:
    """Mixin for typer command and group classes: `install` on all their parameters.

    The ``--help`` option is made on first use (per command), so it is caught there.
    """

    params: list[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        install(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            install([option])
        return option
