"""`python -m eventline`."""

from .cli import main

main()
