"""The built app's entry point: one executable for the window and every subcommand.

scripts/build_app.py hands this file to PyInstaller; it does what the ``os2editor`` command of
an installed copy does.
"""

import sys

from os2editor.cli import main

sys.exit(main())
