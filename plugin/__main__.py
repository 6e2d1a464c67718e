"""``python -m plugin``: the headless command (see plugin/cli.py)."""
import sys

from .cli import main

sys.exit(main())
