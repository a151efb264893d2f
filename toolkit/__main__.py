"""``python -m toolkit`` works like the ``toolkit`` command."""

import sys

from toolkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
