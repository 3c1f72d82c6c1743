"""Make ``python -m claimcheck`` work."""

from claimcheck.cli import main

main()
