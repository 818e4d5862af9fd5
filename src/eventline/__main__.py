"""`python -m eventline`."""

from eventline.cli.main import main

main()
