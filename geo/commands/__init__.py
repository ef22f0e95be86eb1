"""One module per ``strikemap`` subcommand; see :mod:`geo.cli`."""
