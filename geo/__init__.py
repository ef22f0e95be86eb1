"""strikemap's library: reports and feeds to geolocated, traceable conflict events.

``geo`` never imports streamlit; the dashboard lives in the ``dashboard`` package.
"""
from pathlib import Path

__version__ = "0.1.0"

#: the project folder (where ``data/`` and ``seeds/`` live in a checkout)
PROJECT_DIR = Path(__file__).resolve().parent.parent
