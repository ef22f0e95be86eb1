"""Set-up the benchmark scripts share: the project folder (put first on sys.path, so
``geo`` and ``tests`` import from this checkout) and the shared data beside it."""
from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
#: ../shared/data, or $STRIKEMAP_SHARED/data (as tests/conftest.py finds it)
SHARED_DATA = Path(os.environ.get("STRIKEMAP_SHARED", PROJECT.parent / "shared")) / "data"

sys.path.insert(0, str(PROJECT))
