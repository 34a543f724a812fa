"""An automatic entry as a row, and the `details` every reader of an entry tells.

The one place an `AutoEntry` becomes the columns of `entries` (`entry_row`, with its
claims, denials and figures in `details`: `entry_details`), and where an entry read back
gets its details (`with_details`): the builder's, or, for an entry edited by hand, the
timeline's reading of its reports' tags.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tui.records import AutoEntry


def entry_details(entry: AutoEntry) -> dict[str, Any]:
    """The `details` column of an automatic entry: its claims, denials and figures.

    The one place an `AutoEntry` becomes a row; widgets and exports read it back (the
    claims, denials and figures every view tells: `with_details` fills the same keys for
    entries the builder did not make). A figure that repeats a fuller one from the same
    reports is left out (`fold_figures`).
    """
    # imported here: a poll with nothing new builds no entry, and the timeline package
    # was ~20 ms of its start-up
    from tui.timeline.claims import fold_figures

    return {
        "claims": [
            {
                "accuser": c.accuser,
                "accused": c.accused,
                "item_ids": list(c.item_ids),
                "places": list(c.places),
                "kind": "violation_claim",
            }
            for c in entry.claims
        ],
        "denials": [
            {"denier": d.denier, "date": d.date, "item_ids": list(d.item_ids), "answers": d.answers}
            for d in entry.denials
        ],
        "counter_claims": list(entry.counter_claims),
        "casualties": fold_figures(
            [
                {**c.to_dict(), "item_ids": list(items)}
                for c, items in zip(
                    entry.casualties,
                    entry.casualty_items or [()] * len(entry.casualties),
                    strict=True,
                )
            ]
        ),
        "representatives": [s.item_id for s in entry.sources if s.duplicate_of is None],
        "evidence": list(entry.evidence),
    }


def with_details(
    entry: dict[str, Any], sources: Sequence[Mapping[str, Any]], *, edited: bool
) -> dict[str, Any]:
    """`entry` with the `details` its readers tell, given its `sources` (with `tags`).

    An automatic entry keeps what the builder stored. An entry made by hand, one whose
    reports were edited by hand (`edited`: others merged into it, a report moved out),
    or one given a report by hand gets its details from its sources' tags
    (`details_from_tags`), worked out when read rather than stored when edited: they
    then always follow the sources and tags as they are now (a retag, a move, an
    unmerge) with no edit path to keep in step, and only these few entries pay.
    """
    if (
        edited
        or entry.get("origin") == "manual"
        or any(source.get("origin") == "manual" for source in sources)
    ):
        from tui.timeline.claims import details_from_tags  # lazily, as in entry_details

        entry["details"] = details_from_tags(entry["date"], sources)
    elif not isinstance(entry.get("details"), dict):
        entry["details"] = {}
    return entry


def entry_row(entry: AutoEntry | Mapping[str, Any]) -> Mapping[str, Any]:
    """The columns of an automatic entry, with `items` as (item_id, duplicate_of) pairs.

    A mapping (a test's hand-made row, with its own `details`) is taken as given.
    """
    if not isinstance(entry, AutoEntry):
        return entry
    return {
        "key": entry.key,
        "date": entry.date,
        "kind": entry.kind,
        "kinds": entry.kinds or (entry.kind,),
        "weight": entry.weight,
        "title": entry.title,
        "parties": entry.parties,
        "places": entry.places,
        "details": entry_details(entry),
        "items": [(s.item_id, s.duplicate_of) for s in entry.sources],
    }
