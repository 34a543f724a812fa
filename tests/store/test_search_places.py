"""Search knows places: every spelling from the profile, whole words unless `word*`."""

from __future__ import annotations

import pytest

from tui import search_terms
from tui.config import DEFAULT_PROFILE
from tui.parse import parsed_item_id
from tui.records import EntryFilter, ParsedItem
from tui.search_terms import fts_match

PLACES = [
    ("Shushi", "Shusha", "Şuşa", "Shushi's"),
    ("Tartar", "Terter", "Tərtər"),
    ("Nagorno-Karabakh", "Artsakh"),
]

TITLES = {
    "town-a": "Shelling reported in Shusha overnight",
    "town-b": "Residents of Shushi shelter in basements",
    "town-c": "Şuşa cathedral damaged, officials say",
    "person": "Spokeswoman Shushan Stepanyan briefs reporters",
    "tartar": "Two civilians wounded in Tartar",
    "terter": "Terter district comes under fire",
    "region": "Talks on Nagorno-Karabakh resume",
    "artsakh": "Artsakh authorities report losses",
}


def ingest(store) -> dict[str, str]:
    items = [
        ParsedItem(
            key, f"https://news.example/{key}", title, "Body text.", "2020-10-10T08:00:00Z", key
        )
        for key, title in TITLES.items()
    ]
    store.ingest("feed", items)
    return {parsed_item_id("feed", item): item.guid for item in items}


def found(store, query: str) -> set[str]:
    """The keys of TITLES a search finds (the items are stored on first use)."""
    if not store.count_items():
        store.keys = ingest(store)
    return {store.keys[row["id"]] for row in store.search_items(query, places=PLACES)}


def test_a_place_finds_its_other_spellings_and_not_a_longer_name(store):
    assert found(store, "Shusha") == {"town-a", "town-b", "town-c"}
    assert found(store, "shushi") == {"town-a", "town-b", "town-c"}
    assert found(store, "Tartar") == {"tartar", "terter"}
    assert found(store, "Terter") == {"tartar", "terter"}


def test_a_prefix_when_asked_for(store):
    assert found(store, "Shush*") == {"town-a", "town-b", "person"}
    assert found(store, "Shusha*") == {"town-a", "person"}  # a prefix is a prefix


def test_places_of_several_words_and_with_other_words(store):
    assert found(store, "Nagorno Karabakh") == {"region", "artsakh"}
    assert found(store, "Nagorno-Karabakh") == {"region", "artsakh"}
    assert found(store, "civilians Terter") == {"tartar"}


def test_the_last_word_is_still_a_prefix_while_typing(store):
    assert found(store, "Stepan") == {"person"}
    assert found(store, "Spokeswoman Shus") == {"person"}


def test_the_match_expression_quotes_everything():
    places = PLACES
    assert fts_match("Shusha", places=places) == '("shushi" OR "shusha" OR "susa")'
    assert fts_match('a" OR b*', places=places) == '"a""" AND "OR" AND "b"*'
    assert fts_match("   ", places=places) is None


def test_the_timeline_filter_knows_places_too(store, monkeypatch):
    ids = ingest(store)
    town = next(i for i, k in ids.items() if k == "town-b")
    person = next(i for i, k in ids.items() if k == "person")
    store.create_entry("2020-10-10", "attack", "Strike on a town", [town])
    store.create_entry("2020-10-10", "diplomatic_call", "A briefing", [person])
    monkeypatch.setattr(search_terms, "_active", search_terms.spelling_index(PLACES))
    titles = {e["title"] for e in store.entries_page(0, 10, EntryFilter(text="Shusha"))}
    assert titles == {"Strike on a town"}


def test_the_bundled_profile_gives_the_spellings(monkeypatch):
    monkeypatch.setattr(search_terms, "_active", {})
    search_terms.use_profile(DEFAULT_PROFILE)
    assert "shushi" in search_terms.active_index()["shusha"]
    assert "terter" in search_terms.active_index()["tartar"]


@pytest.fixture(autouse=True)
def _restore_active(monkeypatch):
    monkeypatch.setattr(search_terms, "_active", dict(search_terms._active))
