"""The app on fixed sample data for every UI test (`make_app`, from tests/app_fixtures.py)."""

from tests.app_fixtures import make_app_fixture  # noqa: F401
