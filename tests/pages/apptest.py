"""Running the app with AppTest as a browser would: URL parameters first, then the page chosen."""

from streamlit.testing.v1 import AppTest

from tests.conftest import PROJECT_DIR_FOR_TESTS

APP = str(PROJECT_DIR_FOR_TESTS / "app.py")


def run_page(page: str | None = None, **params: str) -> AppTest:
    """The app opened with `params` in the URL, on `page` (the default page when None)."""
    app = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    if page:
        app.switch_page(page)
        app.run()
    return app
