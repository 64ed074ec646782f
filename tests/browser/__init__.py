"""Real-browser tests: Chromium (Playwright) against `streamlit run app.py`."""
