"""Lets `python -m ccb_desktop` do exactly what the `ccb-desktop` command does."""

from ccb_desktop.cli import main

raise SystemExit(main())
