"""`python -m backcare`."""

from backcare.cli.entry import main

main()
