"""``python -m xuncha``: the same command line as the ``xuncha`` script."""

from xuncha.cli import main

raise SystemExit(main())
