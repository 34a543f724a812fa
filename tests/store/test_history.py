"""Item history: an edit keeps every earlier title and text; marks and tags follow."""

from __future__ import annotations

from tests.feedserver import Reply, rss
from tui.config import load_config
from tui.parse import parsed_item_id
from tui.polling import poll
from tui.records import ParsedItem
from tui.store import FullTextResult


def parsed(title: str, text: str, guid: str = "g1") -> ParsedItem:
    return ParsedItem(
        guid=guid,
        link="https://news.example/1",
        title=title,
        text=text,
        published="2020-10-10T08:00:00Z",
        content_hash=f"{title}|{text}",
    )


def test_each_edit_keeps_the_version_before_it(store):
    store.sync_feeds([])
    first = parsed("Armenia claims shelling", "First text.")
    item = parsed_item_id("feed", first)
    store.ingest("feed", [first], fetched="2020-10-10T08:05:00Z")
    store.set_starred(item, True)
    store.set_read([item])
    store.ingest("feed", [parsed("Armenia confirms shelling", "First text.")])
    store.ingest("feed", [parsed("Armenia confirms shelling", "Second text.")])
    store.ingest("feed", [parsed("Armenia confirms shelling", "Second text.")])  # same: none

    versions = store.item_versions(item)
    assert [(v["title"], v["text"]) for v in versions] == [
        ("Armenia confirms shelling", "First text."),
        ("Armenia claims shelling", "First text."),
    ]
    assert versions[-1]["first_seen"] == "2020-10-10T08:05:00Z"
    assert versions[0]["first_seen"] == versions[1]["replaced"]
    row = store.item(item)
    assert (row["title"], row["text"], row["read"], row["starred"]) == (
        "Armenia confirms shelling",
        "Second text.",
        1,
        1,
    )
    assert store.version_counts([item, "other"]) == {item: 2}


def test_marking_read_or_fetching_full_text_is_not_a_version(store):
    first = parsed("Title", "Text.")
    item = parsed_item_id("feed", first)
    store.ingest("feed", [first])
    store.set_read([item])
    store.set_starred(item, True)
    store.save_full_texts(
        [FullTextResult(item, text="The article.")], {}, fetched="2020-10-10T09:00:00Z"
    )
    assert store.item_versions(item) == []
    assert store.item(item)["full_text"] == "The article."


def test_an_item_edited_between_two_polls(feed_server, store, tmp_path):
    state = {"title": "Azerbaijan claims Armenia shelled Tartar", "text": "Early account."}

    def route(_headers):
        return Reply(
            body=rss(
                [
                    {
                        "title": state["title"],
                        "description": state["text"],
                        "guid": "edit-1",
                        "link": "https://news.example/edit-1",
                        "pubDate": "Sat, 10 Oct 2020 08:00:00 +0000",
                    }
                ]
            )
        )

    url = feed_server.add("/edits", route)
    path = tmp_path / "feeds.toml"
    path.write_text(f'[[feeds]]\nname = "Wire"\nurl = "{url}"\nside = "western"\n')
    config = load_config(path)
    poll(config, store)
    (row,) = store.newest_items(1)
    store.set_starred(row["id"], True)
    state.update(
        title="Armenia and Azerbaijan agree a humanitarian ceasefire",
        text="The foreign ministers agreed a humanitarian ceasefire in Moscow.",
    )
    report = poll(config, store)

    assert report.updated == 1
    now = store.item(row["id"])
    assert now["title"] == "Armenia and Azerbaijan agree a humanitarian ceasefire"
    assert (now["read"], now["starred"]) == (0, 1)
    (earlier,) = store.item_versions(row["id"])
    assert (earlier["title"], earlier["text"]) == (
        "Azerbaijan claims Armenia shelled Tartar",
        "Early account.",
    )
    kinds = {tag["kind"] for tag in store.tags_for_item(row["id"])}
    assert "truce_agreed" in kinds  # the tags follow the latest text
    assert store.count_items() == 1


def test_an_older_database_keeps_its_items_searchable_after_the_upgrade(db_path):
    import sqlite3

    from sqlite_utils import Database

    from tui.store import Store
    from tui.store.migrations import migrations

    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="0007_full_text_history_retry")
    old.execute(
        "INSERT INTO items (id, feed_url, title, text, published, fetched) VALUES "
        "('i1', 'f', 'Shelling near Tartar', 'Old text.', '2020-10-10T08:00:00Z', "
        "'2020-10-10T08:00:00Z')"
    )
    old.conn.commit()
    old.close()
    with Store(db_path) as store:
        assert [r["id"] for r in store.search_items("Tartar")] == ["i1"]
        assert store.item("i1")["full_text"] is None
        store.db.execute("UPDATE items SET title = 'Shelling near Terter' WHERE id = 'i1'")
        assert [v["title"] for v in store.item_versions("i1")] == ["Shelling near Tartar"]
