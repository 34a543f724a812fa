"""The tags table, and the one place a `Tag` becomes a row and a row a `Tag` again."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import Any

from tui.records import Casualty, Tag, TaggedItem
from tui.sanitize import stored_line
from tui.store.db import StoreBase, decode_json

# The day a tag belongs to, in SQL over `tags` joined with `items`: its own date, else
# the publication day, unless that was guessed.
TAG_DAY_SQL = (
    "coalesce(tags.event_date, CASE WHEN items.date_guessed = 1 THEN NULL "
    "ELSE substr(items.published, 1, 10) END)"
)


# A tag that carries a claim, a denial or casualty figures (the only tags the Markdown
# export reads). Written exactly as the WHERE of the partial index `idx_tags_claims`
# (migration 0004) so SQLite can use that index.
CLAIM_TAG = (
    "(tags.accuser IS NOT NULL OR tags.accused IS NOT NULL OR tags.denier IS NOT NULL "
    "OR (tags.casualties IS NOT NULL AND tags.casualties NOT IN ('', '[]')))"
)


def _carries_claim(tag: dict[str, Any]) -> bool:
    return bool(tag.get("accuser") or tag.get("accused") or tag.get("denier")) or bool(
        tag.get("casualties")
    )


class TagsMixin(StoreBase):
    """Methods of `Store` for the tags table."""

    def replace_tags(
        self,
        item_tags: Iterable[tuple[str, Sequence[Tag | Mapping[str, Any]]]],
        *,
        new_items: frozenset[str] = frozenset(),
    ) -> int:
        """Replace the tags of each given item with the new rows; returns rows written.

        Items in `new_items` were just inserted and have no tags yet: nothing to delete.
        A tag is a `Tag`; a mapping of column values (a test's hand-made row) is written
        as given.
        """
        pairs = list(item_tags)
        with self.writing("saving tags"):
            stale = [(item_id,) for item_id, _rows in pairs if item_id not in new_items]
            if stale:
                self.db.conn.executemany("DELETE FROM tags WHERE item_id = ?", stale)
            encoded = [_encode(item_id, tag) for item_id, tags in pairs for tag in tags]
            if encoded:
                self.db.conn.executemany(
                    "INSERT INTO tags (item_id, kind, rule, evidence, accuser, accused, "
                    "denier, parties, places, event_date, date_basis, casualties) VALUES "
                    "(:item_id, :kind, :rule, :evidence, :accuser, :accused, :denier, "
                    ":parties, :places, :event_date, :date_basis, :casualties)",
                    encoded,
                )
        return len(encoded)

    def tag_dates(self, item_ids: Sequence[str]) -> set[str]:
        """Event dates the given items' current tags sit on (their days need a rebuild)."""
        dates: set[str] = set()
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            dates.update(
                row[0]
                for row in self.db.execute(
                    f"SELECT DISTINCT event_date FROM tags WHERE item_id IN ({marks}) "
                    "AND event_date IS NOT NULL",
                    chunk,
                )
            )
        return dates

    def tag_counts_by_day(self, dates: Sequence[str]) -> dict[str, int]:
        """How many tags are dated each of these days (undated tags left out): what
        building them costs, from the event-date index alone (a few ms for 30,000)."""
        counts: dict[str, int] = {}
        for start in range(0, len(dates), 500):
            chunk = list(dates[start : start + 500])
            marks = ",".join("?" * len(chunk))
            counts.update(
                self.db.execute(
                    f"SELECT event_date, count(*) FROM tags WHERE event_date IN ({marks}) "
                    "GROUP BY event_date",
                    chunk,
                ).fetchall()
            )
        return counts

    def iter_tag_rows(self, dates: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every tag with its item's fields, in event-date then item order (streamed).

        The timeline builder reads this day by day, so a rebuild of 200,000 items never
        holds more than a couple of days in memory.
        """
        cursor = self._tag_cursor(dates)
        columns = [c[0] for c in cursor.description]
        for values in cursor:
            yield dict(zip(columns, values, strict=True))

    def _tag_cursor(self, dates: Sequence[str] | None) -> sqlite3.Cursor:
        """The statement of `iter_tag_rows`, run."""
        day = TAG_DAY_SQL
        select = (
            f"SELECT tags.*, {day} AS day, items.title AS item_title, items.text AS item_text, "
            "items.link AS item_link, items.published AS item_published, "
            "feeds.name AS feed_name, feeds.side AS feed_side "
            "FROM tags JOIN items ON items.id = tags.item_id "
            "LEFT JOIN feeds ON feeds.url = items.feed_url WHERE "
        )
        if dates is None:
            sql, args = f"{select}{day} IS NOT NULL ORDER BY day, tags.item_id, tags.id", []
        else:
            # A few days of a big store: the tags dated those days through the index on
            # event_date, then the undated tags whose item was published then (the same
            # rows as `{day} IN (...)`, which would scan every tag).
            marks = ",".join("?" * len(dates)) or "NULL"
            # The undated ones through the items published in each run of those days
            # (the index on `published`; the `+` keeps SQLite off the event-date index,
            # where NULL is every undated tag of the store: 7,000 item rows read, 40 ms a
            # rebuild at 200,000 items, against 1-6 ms); the day test stays, so the rows
            # are the same.
            runs = _day_ranges(dates)
            if not runs:
                undated, ranges = "tags.event_date IS NULL AND ", []
            else:
                near = " OR ".join("(items.published >= ? AND items.published < ?)" for _ in runs)
                undated = f"+tags.event_date IS NULL AND ({near}) AND "
                ranges = [bound for run in runs for bound in run]
            sql = (
                f"{select}tags.event_date IN ({marks}) UNION ALL {select}{undated}"
                "items.date_guessed IS NOT 1 "
                f"AND substr(items.published, 1, 10) IN ({marks}) "
                "ORDER BY day, item_id, id"
            )
            args = [*dates, *ranges, *dates]
        return self.db.execute(sql, args)

    def iter_tagged_items(self, dates: Sequence[str] | None = None) -> Iterator[TaggedItem]:
        """`iter_tag_rows` as the builder reads it: one TaggedItem per item and day."""
        cursor = self._tag_cursor(dates)
        return _tagged_from_tuples(cursor, [c[0] for c in cursor.description])

    def tags_for_item(self, item_id: str) -> list[dict[str, Any]]:
        return [
            decode_json(row, ("parties", "places", "casualties"))
            for row in self.db.query("SELECT * FROM tags WHERE item_id = ? ORDER BY id", [item_id])
        ]


def tag_row(tag: Tag) -> dict[str, Any]:
    """The `tags` table columns of a tag (lists JSON-encoded), without `item_id`."""
    return {
        "kind": tag.kind,
        "rule": tag.rule,
        "evidence": _stored_evidence(tag.evidence) if tag.evidence else tag.evidence,
        "accuser": tag.accuser,
        "accused": tag.accused,
        "denier": tag.denier,
        "parties": _json_names(tuple(tag.parties)),
        "places": _json_names(tuple(tag.places)),
        "event_date": tag.event_date,
        "date_basis": tag.date_basis,
        "casualties": json.dumps([c.to_dict() for c in tag.casualties]) if tag.casualties else "[]",
    }


@lru_cache(maxsize=4096)
def _stored_evidence(sentence: str) -> str:
    """`stored_line` of a tag's evidence, cached: a sentence often carries several tags,
    and a headline repeats as the body's first sentence and across syndicated copies."""
    return stored_line(sentence)


@lru_cache(maxsize=4096)
def _json_names(names: tuple[str, ...]) -> str:
    """A JSON list of party or place names: the same few lists recur on every tag."""
    return json.dumps(list(names))


@lru_cache(maxsize=4096)
def _names_from_json(text: str) -> tuple[Any, ...]:
    return tuple(json.loads(text))


def tag_from_row(row: Mapping[str, Any]) -> Tag:
    """A tag back from a `tags` row (JSON lists decoded)."""

    def seq(value: Any) -> list[Any]:
        if value is None or value == "[]":
            return []
        return json.loads(value) if isinstance(value, str) else list(value)

    def names(value: Any) -> tuple[Any, ...]:
        if isinstance(value, str):
            return _names_from_json(value)
        return () if value is None else tuple(value)

    return Tag(
        kind=row["kind"],
        rule=row.get("rule") or "",
        evidence=row.get("evidence") or "",
        accuser=row.get("accuser"),
        accused=row.get("accused"),
        denier=row.get("denier"),
        parties=names(row.get("parties")),
        places=names(row.get("places")),
        event_date=row.get("event_date"),
        date_basis=row.get("date_basis") or "published",
        casualties=tuple(
            c if isinstance(c, Casualty) else Casualty(**c) for c in seq(row.get("casualties"))
        ),
    )


def _day_ranges(dates: Sequence[str]) -> list[tuple[str, str]] | None:
    """Each run of consecutive ISO days as [its first day, the day after its last): a
    text that starts with one of the days sorts inside its run's range. None for
    anything but ISO days, or too many runs for one statement (SQLite's depth limit)."""
    try:
        parsed = {day: date.fromisoformat(day) for day in dates}
    except (TypeError, ValueError):
        return None
    if any(value.isoformat() != day for day, value in parsed.items()):
        return None  # '20201010' or '2020-W41-1' would sort elsewhere than their range
    days = sorted(set(parsed.values()))
    runs: list[list[date]] = []
    for day in days:
        if runs and day - runs[-1][1] == timedelta(days=1):
            runs[-1][1] = day
        else:
            runs.append([day, day])
    if len(runs) > 64:
        return None
    return [(first.isoformat(), (last + timedelta(days=1)).isoformat()) for first, last in runs]


def tagged_items(rows: Iterable[dict[str, Any]]) -> Iterator[TaggedItem]:
    """Group consecutive tag rows of one item and day into the builder's TaggedItem."""
    for (_day, _item), group in groupby(rows, key=lambda row: (row["day"], row["item_id"])):
        group_rows = list(group)
        first = group_rows[0]
        yield TaggedItem(
            item_id=first["item_id"],
            side=first["feed_side"],
            outlet=first["feed_name"],
            link=first["item_link"],
            title=first["item_title"],
            text=first["item_text"],
            published=first["item_published"],
            tags=tuple(tag_from_row(row) for row in group_rows),
        )


_TAG_FIELDS = (
    "kind",
    "rule",
    "evidence",
    "accuser",
    "accused",
    "denier",
    "parties",
    "places",
    "event_date",
    "date_basis",
    "casualties",
)
# the fields stored as JSON lists
_JSON_TAG_FIELDS = ("parties", "places", "casualties")


def _tagged_from_tuples(
    rows: Iterable[tuple[Any, ...]], columns: Sequence[str]
) -> Iterator[TaggedItem]:
    """`tagged_items` from the statement's tuples, no dict per row: the same items and
    tags as `tag_from_row` makes, read ~twice as fast (a poll's rebuild reads ~20,000
    tags of its touched days back at 200,000 items stored)."""
    at = {name: i for i, name in enumerate(columns)}
    kind, rule, evidence, accuser, accused, denier = (at[k] for k in _TAG_FIELDS[:6])
    parties, places, dated, basis, casualties = (at[k] for k in _TAG_FIELDS[6:])
    item, side, outlet, link = at["item_id"], at["feed_side"], at["feed_name"], at["item_link"]
    title, text, published = at["item_title"], at["item_text"], at["item_published"]
    for _key, group in groupby(rows, key=itemgetter(at["day"], item)):
        group_rows = list(group)
        first = group_rows[0]
        yield TaggedItem(
            item_id=first[item],
            side=first[side],
            outlet=first[outlet],
            link=first[link],
            title=first[title],
            text=first[text],
            published=first[published],
            tags=tuple(
                Tag(
                    kind=row[kind],
                    rule=row[rule] or "",
                    evidence=row[evidence] or "",
                    accuser=row[accuser],
                    accused=row[accused],
                    denier=row[denier],
                    parties=_stored_names(row[parties]),
                    places=_stored_names(row[places]),
                    event_date=row[dated],
                    date_basis=row[basis] or "published",
                    casualties=_stored_casualties(row[casualties]),
                )
                for row in group_rows
            ),
        )


def _stored_names(value: str | None) -> tuple[Any, ...]:
    """A stored party or place list (`tag_from_row`'s reading of it)."""
    return () if value is None else _names_from_json(value)


@lru_cache(maxsize=4096)
def _casualties_from_json(text: str) -> tuple[Casualty, ...]:
    return tuple(Casualty(**c) for c in json.loads(text))


def _stored_casualties(value: str | None) -> tuple[Casualty, ...]:
    """Stored casualty figures (`tag_from_row`'s reading; the same few recur)."""
    if value is None or value == "[]":
        return ()
    return _casualties_from_json(value)


def event_date(tag: Tag | Mapping[str, Any]) -> str | None:
    """The event date of a tag or a hand-made tag row."""
    return tag.event_date if isinstance(tag, Tag) else tag.get("event_date")


def _encode(item_id: str, tag: Tag | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(tag, Tag):
        return {"item_id": item_id, **tag_row(tag)}
    return _tag_row(item_id, tag)


def _tag_row(item_id: str, row: Mapping[str, Any]) -> dict[str, Any]:
    encoded = {"item_id": item_id}
    for key in _TAG_FIELDS:
        if key not in _JSON_TAG_FIELDS:
            encoded[key] = row.get(key)
    if encoded["evidence"]:  # a sentence of network text: no markup, no escapes
        encoded["evidence"] = stored_line(encoded["evidence"])
    for key in _JSON_TAG_FIELDS:
        value = row.get(key)
        encoded[key] = (
            value
            if isinstance(value, str) or value is None
            else json.dumps(list(value) if not isinstance(value, list) else value)
        )
    return encoded
