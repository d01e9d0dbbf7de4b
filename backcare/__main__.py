"""`python -m backcare`."""

from backcare.entry import main

main()
