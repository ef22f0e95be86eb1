"""strikemap's Streamlit dashboard. ``data.py`` is the only module that caches."""
