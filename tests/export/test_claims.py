"""Claims, denials and casualty figures of an entry, written as English."""

from __future__ import annotations

import pytest

from tests.export.helpers import GENERATED, NAMES
from tui.export import (
    casualty_text,
    claim_sentences,
    details_of,
    markdown_text,
)
from tui.timeline.claims import details_from_tags, fold_figures
from tui.widgets.entry_detail import casualty_words


def test_claims_read_as_attributed_sentences(fixed):
    store, _ = fixed
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    assert "Azerbaijan accused Armenia of violating the ceasefire in Tartar" in text
    assert "; Armenia denied it [" in text
    assert "Armenia accused Azerbaijan of violating the ceasefire in Martakert" in text
    assert "about 600 soldiers killed according to Nagorno Karabakh" in text
    assert "1 civilian killed according to Azerbaijan" in text
    assert "civilians killed" not in text


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        ({"count": 1, "what": "killed", "group": "civilian"}, "1 civilian killed"),
        ({"count": 2, "what": "killed", "group": "civilian"}, "2 civilians killed"),
        ({"count": 1, "what": "killed", "group": "civilians"}, "1 civilian killed"),
        ({"count": 1, "what": "wounded", "group": None}, "1 person wounded"),
        ({"count": 5, "what": "killed", "group": None}, "5 people killed"),
        ({"count": 1, "what": "missing", "group": "military"}, "1 soldier missing"),
        ({"count": 16, "what": "killed", "group": "military"}, "16 soldiers killed"),
        ({"count": 600, "what": "killed", "approximate": True}, "about 600 people killed"),
        ({"count": 1, "what": "killed", "approximate": True}, "at least 1 person killed"),
        (
            {"count": None, "what": "killed", "group": "civilian"},
            "an unknown number of civilians killed",
        ),
        ({"count": 3, "what": None, "group": "civilian"}, "3 civilian casualties"),
        ({"count": 1, "what": None, "group": None}, "1 casualty"),
        ({"count": 4, "what": "killed", "group": "journalists"}, "4 journalists killed"),
    ],
)
def test_casualty_figures_agree_in_number(figure, text):
    row = {"claimed_by": None, "approximate": False, **figure}
    assert casualty_text(row, str) == f"{text} (unattributed)"
    row["claimed_by"] = "azerbaijan"
    assert casualty_text(row, str.capitalize) == f"{text} according to Azerbaijan"


def claim_tag(accuser, accused, places=()):
    return {
        "kind": "violation_claim",
        "accuser": accuser,
        "accused": accused,
        "places": list(places),
        "event_date": "2020-10-11",
    }


def denial_tag(denier):
    return {"kind": "denial", "denier": denier, "event_date": "2020-10-11"}


def test_claim_sentences_tell_each_denial_once_and_fold_repeats():
    # an entry made by hand: its details from its sources' tags, by the timeline
    sources = [
        {"id": "a", "tags": [claim_tag("azerbaijan", "armenia", ["Tartar"]), denial_tag("russia")]},
        {
            "id": "b",
            "tags": [
                claim_tag("azerbaijan", "armenia", ["Tartar"]),
                claim_tag(None, "armenia", ["Tartar"]),  # the same report, read twice
            ],
        },
        {"id": "c", "tags": [claim_tag("armenia", "azerbaijan"), denial_tag("armenia")]},
        {"id": "d", "tags": [claim_tag(None, "armenia", ["Ganja"]), denial_tag("turkey")]},
    ]
    found = details_of({"details": details_from_tags("2020-10-11", sources)})
    numbers = {"a": 1, "b": 2, "c": 3, "d": 4}

    def refs(ids):
        return " [" + ", ".join(str(numbers[i]) for i in ids) + "]"

    assert claim_sentences(found, str.capitalize, refs) == [
        "Azerbaijan accused Armenia of violating the ceasefire in Tartar [1, 2]; "
        "Armenia denied it [3].",
        "Armenia accused Azerbaijan of violating the ceasefire [3].",
        "Armenia was also accused of violating the ceasefire in Ganja [4].",
        "Russia [1] and Turkey [4] denied the accusations.",
    ]


def test_a_claim_and_a_denial_naming_no_one_are_told_without_a_name():
    found = details_of(
        {
            "details": {
                "claims": [{"accuser": None, "accused": None, "item_ids": ["a"], "places": []}],
                "denials": [{"denier": None, "date": "2020-10-11", "item_ids": ["b"]}],
            }
        }
    )
    assert claim_sentences(found, str.capitalize, lambda ids: f" {ids}") == [
        "A ceasefire violation was alleged ['a'].",
        "The accusations were denied ['b'].",
    ]


def test_repeated_casualty_figures_keep_the_fuller_one():
    def figure(group, claimed_by, sources, count=16):
        return {
            "count": count,
            "what": "killed",
            "group": group,
            "claimed_by": claimed_by,
            "approximate": False,
            "item_ids": sources,
        }

    full = figure("military", "nagorno_karabakh", ["a", "b"])
    figures = [
        figure("military", None, ["a"]),  # the same report without its claimant
        full,
        figure(None, "nagorno_karabakh", ["c"]),  # another report: kept
        figure("civilian", None, ["a"]),  # says something else: kept
        figure("military", None, ["a"], count=84),
    ]
    assert fold_figures(figures) == [full, *figures[2:]]


def test_entries_made_or_merged_by_hand_tell_their_reports_claims(fixed):
    store, ids = fixed
    made = store.create_entry("2020-10-11", "violation_claim", "By hand", [ids["asb2"]])
    entry = store.entry(made)
    assert entry["details"]["claims"] == [
        {
            "accuser": "armenia",
            "accused": "azerbaijan",
            "item_ids": [ids["asb2"]],
            "places": ["Martakert"],
            "kind": "violation_claim",
        }
    ]
    assert [d["denier"] for d in entry["details"]["denials"]] == ["armenia"]
    assert [c["count"] for c in entry["details"]["casualties"]] == [600]
    # the attack entry (no details of its own) merged into the hand-made one: both
    # entries' reports are read, and the Markdown, the JSON and the pane agree
    attack = store.db.execute("SELECT id FROM entries WHERE key = 'attack:2020-10-11'").fetchone()
    store.merge_entries(made, attack[0])
    merged = store.entry(made)
    exported = next(e for e in store.iter_entries_with_sources() if e["id"] == made)
    assert merged["details"] == exported["details"]
    accusers = [(c["accuser"], c["accused"]) for c in merged["details"]["claims"]]
    assert accusers == [("azerbaijan", "armenia"), ("armenia", "azerbaijan")]
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    block = text.split("By hand", 1)[1].split("###", 1)[0]
    assert (
        "Azerbaijan accused Armenia of violating the ceasefire in Tartar and \\<Tartar\\>" in block
    )
    assert "Armenia accused Azerbaijan of violating the ceasefire in Martakert" in block


def test_an_automatic_entry_tells_what_the_builder_stored_not_its_tags(fixed):
    store, _ = fixed
    attack = store.db.execute("SELECT id FROM entries WHERE key = 'attack:2020-10-11'").fetchone()
    # its reports carry claims, but the builder put them in the dispute entry
    assert store.entry(attack[0])["details"] == {}
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    block = text.split("### Attack", 1)[1].split("###", 1)[0]
    assert "Claims" not in block and "Casualties" not in block


def test_a_report_moved_out_by_hand_leaves_the_entrys_claims(fixed):
    store, ids = fixed
    dispute = store.db.execute(
        "SELECT id FROM entries WHERE key = 'violation_claim:2020-10-11'"
    ).fetchone()[0]
    made = store.create_entry("2020-10-11", "violation_claim", "Moved here")
    store.move_item(ids["asb2"], dispute, made)
    left = store.entry(dispute)["details"]
    assert [(c["accuser"], c["item_ids"]) for c in left["claims"]] == [
        ("azerbaijan", [ids["azt1"], ids["bad1"]])
    ]
    assert left["denials"] == []
    moved = store.entry(made)["details"]
    assert [d["denier"] for d in moved["denials"]] == ["armenia"]


def test_the_claims_pane_and_the_exports_say_soldiers_with_thousands_separated() -> None:
    # the app's pane said "1100 militarys killed" where the title said "1,100 soldiers"
    row = {"count": 1100, "what": "killed", "group": "military", "claimed_by": None}
    assert casualty_words(row, str) == "1,100 soldiers killed (claimant not stated)"
    assert casualty_text(row, str) == "1,100 soldiers killed (unattributed)"
