"""Make ``python -m claimcheck`` work."""

from claimcheck._entry import main

main()
