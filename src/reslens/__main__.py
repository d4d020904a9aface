"""``python -m reslens``: see :mod:`reslens.cli`."""

import sys

from reslens.cli import main

sys.exit(main())
