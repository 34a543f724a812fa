"""The timeline builder: one entry per event per day, sources once, denials linked.

Reports carry hand-made tags (`builder_tags.TAGS`), never the tagger's output, so a
tagger change cannot break these tests; tests/core/test_pipeline.py checks the two together.
"""

from __future__ import annotations

import pytest

from tests.core.builder_tags import TAGS
from tui.profile import load_profile
from tui.records import AutoEntry, Tag, TaggedItem
from tui.store.entry_rows import entry_details
from tui.timeline import build_entries

PROFILE = load_profile()


def tags_of(title: str, text: str, published: str) -> tuple[Tag, ...]:
    """The hand-made tags of a report (add a new report's tags to builder_tags.TAGS)."""
    try:
        return TAGS[(title, text, published)]
    except KeyError:
        raise AssertionError(f"no hand-made tags for {title!r} ({published})") from None


def item(
    item_id: str,
    title: str,
    text: str,
    published: str,
    *,
    side: str = "western",
    outlet: str | None = None,
    link: str | None = None,
) -> TaggedItem:
    return TaggedItem(
        item_id=item_id,
        side=side,
        outlet=outlet or f"Outlet {item_id}",
        link=link or f"https://example.org/{item_id}",
        title=title,
        text=text,
        published=published,
        tags=tags_of(title, text, published),
    )


def by_kind(entries: list[AutoEntry], kind: str) -> list[AutoEntry]:
    return [e for e in entries if e.kind == kind]


TRUCE_REPORTS = [
    (
        "Armenia and Azerbaijan agree truce after Moscow talks",
        "Lavrov said Armenia and Azerbaijan agreed a humanitarian ceasefire from noon after "
        "ten hours of talks in Moscow.",
    ),
    (
        "Russia brokers Karabakh truce",
        "Armenia and Azerbaijan agreed to a humanitarian truce in Moscow, the Russian foreign "
        "minister said.",
    ),
    (
        "Humanitarian ceasefire agreed in Moscow",
        "The two foreign ministers agreed a humanitarian ceasefire during talks hosted by "
        "Lavrov in Moscow.",
    ),
    (
        "Baku and Yerevan accept humanitarian truce",
        "Azerbaijan and Armenia accepted a humanitarian ceasefire in Moscow to exchange "
        "prisoners and bodies.",
    ),
    (
        "Armenia, Azerbaijan agree to cease fire in Karabakh",
        "Armenia and Azerbaijan agreed a ceasefire in Moscow early on Saturday, Lavrov said.",
    ),
    (
        "Truce agreed in Moscow",
        "Armenia and Azerbaijan signed up to a humanitarian ceasefire in Moscow, Russia said.",
    ),
]


def test_same_truce_from_six_outlets_is_one_entry() -> None:
    items = [
        item(f"t{i}", title, text, "2020-10-10", side=side)
        for i, ((title, text), side) in enumerate(
            zip(
                TRUCE_REPORTS,
                ["armenian", "azerbaijani", "russian", "turkish", "western", "iranian"],
                strict=True,
            )
        )
    ]
    entries = by_kind(list(build_entries(items, PROFILE)), "truce_agreed")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.date == "2020-10-10"
    assert entry.source_count == 6
    assert {s.side for s in entry.sources} == {
        "armenian",
        "azerbaijani",
        "russian",
        "turkish",
        "western",
        "iranian",
    }
    assert "Moscow" in entry.title and "Russia" in entry.title
    assert "Armenia" in entry.title and "Azerbaijan" in entry.title


def test_syndicated_copies_count_once() -> None:
    title, text = TRUCE_REPORTS[0]
    original = item("wire", title, text, "2020-10-10T08:00:00Z", outlet="Wire")
    copy_text = item("copy", title, text + " (Reuters)", "2020-10-10T09:00:00Z", outlet="Paper")
    same_link = item(
        "mirror", *TRUCE_REPORTS[1], "2020-10-10T10:00:00Z", link="https://example.org/wire/"
    )
    other = item("own", *TRUCE_REPORTS[2], "2020-10-10T11:00:00Z")
    [entry] = by_kind(
        list(build_entries([copy_text, other, original, same_link], PROFILE)), "truce_agreed"
    )
    dup = {s.item_id: s.duplicate_of for s in entry.sources}
    assert dup["wire"] is None and dup["own"] is None
    assert dup["copy"] == "wire"
    assert dup["mirror"] == "wire"
    assert entry.source_count == 2
    assert set(entry.item_ids) == {"wire", "copy", "mirror", "own"}


def test_claims_counter_claims_and_denials_of_a_day_are_one_dispute() -> None:
    claim = item(
        "c1",
        "Baku says Armenia shelled Tartar despite truce",
        "Azerbaijan's defence ministry said Armenian forces shelled Tartar despite the "
        "humanitarian truce.",
        "2020-10-12",
        side="azerbaijani",
    )
    claim2 = item(
        "c2",
        "Azerbaijan: Armenian troops broke the ceasefire",
        "Azerbaijan's defence ministry said Armenian troops broke the ceasefire near Tartar.",
        "2020-10-12",
        side="azerbaijani",
    )
    denial = item(
        "d1",
        "Yerevan denies shelling Tartar",
        "Armenia's defence ministry spokeswoman Shushan Stepanyan denied the claim.",
        "2020-10-13",
        side="armenian",
    )
    counter = item(
        "k1",
        "Armenia says Azerbaijan violated truce",
        "Armenia's defence ministry said Azerbaijani forces violated the truce in the south.",
        "2020-10-12",
        side="armenian",
    )
    entries = list(build_entries([denial, counter, claim, claim2], PROFILE))
    # one dispute: each side's claim side by side, the next day's denial linked to it
    [dispute] = by_kind(entries, "violation_claim")
    az = next(c for c in dispute.claims if c.accuser == "azerbaijan")
    am = next(c for c in dispute.claims if c.accuser == "armenia")
    assert az.accused == "armenia" and am.accused == "azerbaijan"
    assert set(az.item_ids) == {"c1", "c2"} and am.item_ids == ("k1",)
    assert "Tartar" in az.places
    assert [d.denier for d in dispute.denials] == ["armenia"]
    assert dispute.denials[0].date == "2020-10-13" and dispute.denials[0].answers == dispute.key
    assert {"c1", "c2", "k1", "d1"} == set(dispute.item_ids)
    assert dispute.title == (
        "Armenia and Azerbaijan trade accusations of breaking the truce around Tartar; "
        "Armenia denies"
    )
    assert dispute.kind == "violation_claim" and "denial" in dispute.kinds
    # the claims' own shelling of Tartar is no entry of its own, nor is the denial
    assert len(entries) == 1


def test_unanswered_denial_is_its_own_entry() -> None:
    denial = item(
        "d2",
        "Turkey denies downing jet",
        "Ankara denied that a Turkish F-16 shot down an Armenian plane.",
        "2020-09-29",
    )
    entries = by_kind(list(build_entries([denial], PROFILE)), "denial")
    assert [e.denials[0].denier for e in entries] == ["turkey"]


def test_keys_are_stable_and_order_free() -> None:
    items = [item(f"t{i}", t, x, "2020-10-10") for i, (t, x) in enumerate(TRUCE_REPORTS)]
    items.append(
        item(
            "x",
            "Shelling of Martuni",
            "Azerbaijani artillery shelled Martuni on Friday.",
            "2020-10-10",
        )
    )
    first = {e.key: e.item_ids for e in build_entries(items, PROFILE)}
    again = {e.key: e.item_ids for e in build_entries(list(reversed(items)), PROFILE)}
    assert first.keys() == again.keys()
    assert {k: set(v) for k, v in first.items()} == {k: set(v) for k, v in again.items()}
    assert "2020-10-09|site|Martuni" in first and "2020-10-10|truce|-" in first


def test_streaming_days_in_order_gives_the_same_entries() -> None:
    items = [
        item("a", *TRUCE_REPORTS[0], "2020-10-10"),
        item(
            "b",
            "Baku: Armenia shelled Tartar despite truce",
            "Azerbaijan's defence ministry said Armenian forces shelled Tartar despite the truce.",
            "2020-10-11",
        ),
        item("c", "Armenia denies", "Armenia's defence ministry denied the claim.", "2020-10-12"),
        item(
            "d",
            "Armenia and Azerbaijan agree new truce",
            "Armenia and Azerbaijan agreed a humanitarian truce on Saturday.",
            "2020-10-17",
        ),
    ]
    streamed = list(build_entries(iter(items), PROFILE, ordered=True))
    collected = list(build_entries(items, PROFILE))
    assert [(e.key, e.item_ids) for e in streamed] == [(e.key, e.item_ids) for e in collected]
    dates = [e.date for e in streamed]
    assert dates == sorted(dates)
    claim = by_kind(streamed, "violation_claim")[0]
    assert [d.denier for d in claim.denials] == ["armenia"]


def test_streaming_holds_only_a_couple_of_days() -> None:
    """The generator yields a day's entries before it has read much further."""
    seen: list[str] = []

    def feed():
        for day in range(1, 29):
            published = f"2020-10-{day:02d}"
            seen.append(published)
            yield TaggedItem(
                f"i{day}",
                "western",
                "O",
                None,
                "t",
                "x",
                published,
                (
                    Tag(
                        kind="attack",
                        rule="attack/strike",
                        evidence="x",
                        event_date=published,
                        date_basis="published",
                    ),
                ),
            )

    generator = build_entries(feed(), PROFILE, ordered=True)
    entry = next(generator)
    assert entry.date == "2020-10-01"
    # the day before (a denial may answer it), one day ahead (a report's undated tags
    # may follow its story there), three more (a report filed up to three days later may
    # date its story back to it), four more (a report may only echo a story up to three
    # days on) and three more (an entry may be an aside of a story up to three days on),
    # four more (talks announced on Monday may be held on Friday), one more (talks held over two
    # days are one entry), one more (a report's charge left alone a day from its dispute
    # joins it), two more (a denial answering no charge of its day joins the dispute of
    # the day before or after, placed once the day after it is read): a few days, never
    # the whole feed
    assert len(seen) <= 24


def test_store_row_shape() -> None:
    [entry] = by_kind(
        list(build_entries([item("a", *TRUCE_REPORTS[0], "2020-10-10")], PROFILE)), "truce_agreed"
    )
    details = entry_details(entry)
    assert {"claims", "denials", "counter_claims", "casualties", "representatives"} <= set(details)
    assert details["representatives"] == ["a"]
    assert [(s.item_id, s.duplicate_of) for s in entry.sources] == [("a", None)]


@pytest.mark.parametrize("kind", ["attack"])
def test_casualty_summary(kind: str) -> None:
    entries = list(
        build_entries(
            [
                item(
                    "b",
                    "Rockets hit Barda",
                    "Azerbaijan said rockets hit Barda, killing 21 civilians.",
                    "2020-10-28",
                )
            ],
            PROFILE,
        )
    )
    [entry] = by_kind(entries, kind)
    assert entry.casualties[0].count == 21
    assert entry.title == "Rocket strike on Barda kills 21 civilians, Azerbaijan says"
    assert set(entry.kinds) == {"attack", "casualties"}


# ---- titles: verb agreement, no "unknown", venues, prepositions -------------------------


def _titles(items, kind):
    return [e.title for e in by_kind(list(build_entries(items, PROFILE)), kind)]


def test_a_plural_party_takes_a_plural_verb():
    titles = _titles(
        [
            item(
                "p1",
                "",
                "The Karabakh Defence Army said Azerbaijani forces shelled Martuni despite the "
                "humanitarian truce.",
                "2020-10-12",
            )
        ],
        "violation_claim",
    )
    assert titles == [
        "Nagorno-Karabakh authorities accuse Azerbaijan of shelling Martuni despite truce"
    ]


def test_a_denial_without_a_denier_is_phrased_neutrally():
    denial = Tag(kind="denial", rule="denial/denied", evidence="The claim was denied.")
    entries = list(
        build_entries(
            [TaggedItem("d1", "western", "W", None, "t", "x", "2020-10-12", (denial,))], PROFILE
        )
    )
    assert [e.title for e in entries] == ["Claims denied"]
    assert all("unknown" not in e.title for e in entries)


def test_a_venue_of_talks_is_never_the_site_of_a_claim():
    titles = _titles(
        [
            item(
                "v1",
                "",
                "Azerbaijan's defence ministry said Armenian forces shelled Tartar despite the "
                "humanitarian truce agreed in Moscow.",
                "2020-10-12",
            )
        ],
        "violation_claim",
    )
    assert titles == ["Azerbaijan accuses Armenia of shelling Tartar despite truce"]


def test_an_offensive_is_in_a_place():
    titles = _titles(
        [
            item(
                "o1",
                "",
                "The Artsakh Defence Army said Azerbaijani forces launched an offensive in the "
                "Hadrut direction despite the humanitarian ceasefire.",
                "2020-10-10",
            )
        ],
        "violation_claim",
    )
    assert titles == [
        "Nagorno-Karabakh authorities accuse Azerbaijan of an offensive in Hadrut despite truce"
    ]


def test_an_unattributed_claim_in_a_partys_outlet_is_that_partys_claim():
    entries = list(
        build_entries(
            [
                item(
                    "s1",
                    "Armenian forces shelled Tartar despite the truce, ministry says",
                    "",
                    "2020-10-12",
                    side="azerbaijani",
                )
            ],
            PROFILE,
        )
    )
    claims = by_kind(entries, "violation_claim")
    assert [(c.accuser, c.accused) for e in claims for c in e.claims] == [("azerbaijan", "armenia")]


def test_a_truce_announced_one_day_for_the_next_is_one_entry_on_the_effect_day():
    items = [
        item(
            "a1",
            "Armenia and Azerbaijan agree new truce",
            "Armenia and Azerbaijan agreed a humanitarian truce, the foreign ministries said.",
            "2020-10-17",
        ),
        item(
            "a2",
            "New truce takes effect",
            "The humanitarian truce between Armenia and Azerbaijan took effect, officials said.",
            "2020-10-18",
        ),
    ]
    truces = by_kind(list(build_entries(items, PROFILE)), "truce_agreed")
    assert [(t.date, t.source_count) for t in truces] == [("2020-10-18", 2)]


AGREED = "Armenia and Azerbaijan agreed a humanitarian truce, the {n} ministries said."
IN_FORCE = "The humanitarian truce between Armenia and Azerbaijan took effect, {n} officials said."


def _truce_items(texts: list[str], first_day: int = 17) -> list[TaggedItem]:
    return [
        item(f"c{n}", "Truce news", text.format(n=f"report {n}"), f"2020-10-{first_day + n}")
        for n, text in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # announced day after day, never said to be in force: each day its own truce
        (
            [AGREED] * 4,
            [
                ("2020-10-17", ("c0",)),
                ("2020-10-18", ("c1",)),
                ("2020-10-19", ("c2",)),
                ("2020-10-20", ("c3",)),
            ],
        ),
        # announced, in force; announced, in force: two truces on their effect days
        (
            [AGREED, IN_FORCE, AGREED, IN_FORCE],
            [("2020-10-18", ("c0", "c1")), ("2020-10-20", ("c2", "c3"))],
        ),
        # a truce in force on its own day never moves on to the next; said in force
        # again the next day, it is the same truce retold, on its first day
        (
            [AGREED, IN_FORCE, IN_FORCE],
            [("2020-10-18", ("c0", "c1", "c2"))],
        ),
    ],
)
def test_a_truce_folds_into_the_next_day_only_when_that_day_has_it_in_force(texts, expected):
    items = _truce_items(texts)
    for ordered in (False, True):
        truces = by_kind(list(build_entries(items, PROFILE, ordered=ordered)), "truce_agreed")
        assert [(t.date, t.item_ids) for t in truces] == expected


def test_a_rebuild_of_some_days_folds_truces_as_a_full_one_does():
    """A poll rebuilds the days it touched and their neighbours; wherever that window
    starts, every truce entry of a full rebuild made of the window's reports comes out
    the same (the choice rests on each pair of days' own reports)."""
    items = _truce_items([AGREED, IN_FORCE, AGREED, IN_FORCE, AGREED])
    full = [t.item_ids for t in by_kind(list(build_entries(items, PROFILE)), "truce_agreed")]
    for start in range(len(items)):
        window_ids = {i.item_id for i in items[start:]}
        window = by_kind(list(build_entries(items[start:], PROFILE)), "truce_agreed")
        assert [ids for ids in full if set(ids) <= window_ids] == [
            t.item_ids for t in window if t.item_ids in full
        ]


# ---- denials answer claims by general rules; claims of one event fold together --------


def test_denial_of_a_capture_is_linked_to_the_capture_claim() -> None:
    capture = item(
        "cap",
        "Aliyev says Jabrayil liberated",
        "President Aliyev said the Azerbaijani army had captured the town of Jabrayil.",
        "2020-10-04T09:00:00Z",
        side="azerbaijani",
    )
    denial = item(
        "den",
        "Yerevan dismisses Jabrayil claim",
        "Armenia's defence ministry rejected Aliyev's claim that Jabrayil had been captured.",
        "2020-10-04T12:00:00Z",
        side="armenian",
    )
    entries = list(build_entries([denial, capture], PROFILE))
    [entry] = by_kind(entries, "territorial_change")
    assert entry.title == "Azerbaijan claims capture of Jabrayil; Armenia denies"
    assert [d.denier for d in entry.denials] == ["armenia"]
    assert entry.denials[0].answers == entry.key
    assert not by_kind(entries, "denial")


def test_a_camp_denies_a_claim_against_its_side() -> None:
    claim = item(
        "c",
        "Baku says Armenia shelled Tartar despite truce",
        "Azerbaijan's defence ministry said Armenian forces shelled Tartar despite the truce.",
        "2020-10-26T09:00:00Z",
        side="azerbaijani",
    )
    denial = item(
        "d",
        "Artsakh army rejects Baku's claims",
        "The Artsakh defence army said its units were observing the ceasefire and rejected "
        "Baku's claims.",
        "2020-10-26T11:00:00Z",
        side="armenian",
    )
    entries = list(build_entries([claim, denial], PROFILE))
    [entry] = by_kind(entries, "violation_claim")
    assert entry.claims[0].accuser == "azerbaijan" and entry.claims[0].accused == "armenia"
    assert [d.denier for d in entry.denials] == ["nagorno_karabakh"]
    assert not by_kind(entries, "denial")


def test_deniers_of_one_report_make_one_entry() -> None:
    report = item(
        "tr",
        "Turkey denies sending fighters",
        "Turkish officials rejected reports that Ankara had sent fighters from Syria, "
        "calling them baseless. Azerbaijani presidential aide Hikmet Hajiyev also denied "
        "the reports.",
        "2020-09-30T16:00:00Z",
        side="turkish",
    )
    [entry] = by_kind(list(build_entries([report], PROFILE)), "denial")
    assert entry.title.startswith("Turkey, Azerbaijan deny claims")
    assert [d.denier for d in entry.denials] == ["turkey", "azerbaijan"]


def test_claims_of_one_event_fold_into_the_attributed_claim() -> None:
    day = "2020-10-11T{}:00:00Z"
    reports = [
        item(
            "full",
            "Azerbaijan accuses Armenia of shelling Ganja despite truce",
            "Azerbaijan's defence ministry said Armenian forces shelled Ganja despite the "
            "humanitarian truce.",
            day.format("08"),
            side="azerbaijani",
        ),
        item(
            "accuser",
            "Baku says truce broken",
            "Azerbaijan's defence ministry said the truce was violated overnight.",
            day.format("09"),
            side="western",
        ),
        item(
            "accused",
            "Armenia blamed for Ganja strike",
            "Armenia was accused of firing on Ganja despite the truce.",
            day.format("10"),
        ),
        item(
            "place",
            "Ganja strike kills civilians hours after truce",
            "Rescuers searched the rubble in Ganja.",
            day.format("11"),
        ),
    ]
    claims = by_kind(list(build_entries(reports, PROFILE)), "violation_claim")
    assert [e.title for e in claims] == [
        "Azerbaijan accuses Armenia of shelling Ganja despite truce"
    ]
    assert set(claims[0].item_ids) == {"full", "accuser", "accused", "place"}
    assert claims[0].claims[0].accuser == "azerbaijan"


def test_one_reports_figure_counts_once_with_its_claimant() -> None:
    report = item(
        "cas",
        "16 soldiers killed overnight",
        "The Karabakh defence army said 16 soldiers were killed.",
        "2020-09-27T12:00:00Z",
        side="armenian",
    )
    [entry] = by_kind(list(build_entries([report], PROFILE)), "casualties")
    figures = [(c.count, c.what, c.claimed_by) for c in entry.casualties]
    assert figures == [(16, "killed", "nagorno_karabakh")]


def test_a_truce_retold_undated_the_next_day_at_the_same_venue_is_one_entry():
    """The morning papers retell the signing at the same venue with no day of their own:
    one truce, the day it was signed, with both reports (not a second truce a day late)."""
    items = [
        item(
            "signed",
            "Armenia and Azerbaijan sign a humanitarian truce in Moscow",
            "The foreign ministers of Armenia and Azerbaijan signed a humanitarian truce in "
            "Moscow after ten hours of talks.",
            "2020-10-17",
        ),
        item(
            "retold",
            "Baku and Yerevan agree a truce in Moscow",
            "Armenia and Azerbaijan agreed a humanitarian truce in Moscow, the Russian "
            "foreign ministry said.",
            "2020-10-18",
        ),
    ]
    truces = by_kind(list(build_entries(items, PROFILE)), "truce_agreed")
    assert [(t.date, sorted(t.item_ids)) for t in truces] == [("2020-10-17", ["retold", "signed"])]
