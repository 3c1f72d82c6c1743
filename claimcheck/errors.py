"""Exceptions raised by the claimcheck library.

The library never prints or exits; the CLI turns these into one-line messages
and exit code 2 in one place (``cli.py``).
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class for every error claimcheck raises on purpose."""


class SourceLoadError(ClaimcheckError):
    """A source file cannot be read or holds no usable text."""


class UsageError(ClaimcheckError):
    """The call itself is wrong: too few sources, a bad option value."""


class SettingsError(ClaimcheckError):
    """A settings file or option value is invalid."""


class ModelUnavailableError(ClaimcheckError):
    """The embedding model or its backend cannot be loaded."""


class OutputError(ClaimcheckError):
    """A report cannot be written where it was asked for."""
