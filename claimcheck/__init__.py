"""claimcheck: cross-reference news reports about one event."""

__version__ = "0.1.0"
