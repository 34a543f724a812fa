"""Talks announced days ahead, then held: one entry, on the day they were held.

Hand-made tags (the builder alone, not the tagger); sentences are our own words.
"""

from __future__ import annotations

from tui.profile import load_profile
from tui.records import AutoEntry, Tag, TaggedItem
from tui.timeline import build_entries
from tui.timeline.plans import days_ahead

PROFILE = load_profile()
MONDAY, TUESDAY, FRIDAY = "2020-10-19", "2020-10-20", "2020-10-23"
PARTIES = ("usa", "armenia", "azerbaijan")


def talks(evidence: str, day: str, parties: tuple[str, ...] = PARTIES, **fields) -> Tag:
    return Tag(
        kind="diplomatic_call",
        rule="diplomatic_call/talks",
        evidence=evidence,
        parties=parties,
        event_date=day,
        date_basis=fields.pop("date_basis", "published"),
        **fields,
    )


def report(item_id: str, day: str, *tags: Tag) -> TaggedItem:
    return TaggedItem(
        item_id=item_id,
        side="western",
        outlet=f"Outlet {item_id}",
        link=f"https://example.org/{item_id}",
        title=tags[0].evidence,
        text=" ".join(t.evidence for t in tags[1:]),
        published=f"{day}T09:00:00Z",
        tags=tags,
    )


def announced(item_id: str, day: str, when: str = "on Friday", **fields) -> TaggedItem:
    sentence = f"Washington will host the Armenian and Azerbaijani ministers {when} ({item_id})"
    return report(item_id, day, talks(sentence, day, **fields))


def held(item_id: str = "held") -> TaggedItem:
    sentence = "The secretary of state met both foreign ministers in turn in Washington"
    return report(item_id, FRIDAY, talks(sentence, FRIDAY, places=("Washington",)))


def build(*items: TaggedItem) -> list[AutoEntry]:
    return list(build_entries(items, PROFILE))


def test_talks_announced_for_friday_join_fridays_talks() -> None:
    entries = build(announced("monday", MONDAY), announced("tuesday", TUESDAY), held())
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [
        (FRIDAY, ["held", "monday", "tuesday"])
    ]
    assert "to be held" not in entries[0].title and "to meet" not in entries[0].title


def test_the_same_when_the_reports_stream_in_date_order() -> None:
    items = [announced("monday", MONDAY), announced("tuesday", TUESDAY), held()]
    entries = list(build_entries(items, PROFILE, ordered=True))
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [
        (FRIDAY, ["held", "monday", "tuesday"])
    ]


def test_two_announcements_of_talks_not_yet_held_are_one_entry_on_the_first_day() -> None:
    entries = build(announced("monday", MONDAY), announced("tuesday", TUESDAY))
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [(MONDAY, ["monday", "tuesday"])]


def test_talks_held_another_day_than_the_one_announced_leave_the_announcement() -> None:
    entries = build(announced("monday", MONDAY, when="on Thursday"), held())
    assert [(e.date, e.item_ids) for e in entries] == [(MONDAY, ("monday",)), (FRIDAY, ("held",))]


def test_talks_of_other_parties_that_day_leave_the_announcement() -> None:
    other = report(
        "other",
        FRIDAY,
        talks("Moscow hosted the two ministers", FRIDAY, parties=("russia", "armenia")),
    )
    entries = build(announced("monday", MONDAY), other)
    assert sorted((e.date, e.item_ids) for e in entries) == [
        (MONDAY, ("monday",)),
        (FRIDAY, ("other",)),
    ]


def test_a_report_telling_more_than_the_announcement_keeps_its_day() -> None:
    busy = report(
        "busy",
        MONDAY,
        talks("Washington will host both ministers on Friday", MONDAY),
        Tag(
            kind="attack",
            rule="attack/x",
            evidence="Shells hit Stepanakert overnight",
            places=("Stepanakert",),
            event_date=MONDAY,
        ),
    )
    entries = build(busy, held())
    assert ("busy",) in [e.item_ids for e in entries if e.date == MONDAY]


def test_the_day_named_is_read_after_the_announcement_and_never_behind_it() -> None:
    # filed on Monday 19 October 2020
    said_monday = "Pompeo is to meet both ministers on Friday, a paper reported on Monday"
    assert days_ahead(said_monday, MONDAY) == {FRIDAY}
    assert days_ahead("The two ministers will talk on 23 October", MONDAY) == {FRIDAY}
    assert days_ahead("Talks are set for October 23", MONDAY) == {FRIDAY}
    assert days_ahead("He will receive them tomorrow", MONDAY) == {TUESDAY}
    assert days_ahead("He will receive them later this week", MONDAY) == {
        "2020-10-20",
        "2020-10-21",
        "2020-10-22",
        "2020-10-23",
    }  # Saturday and Sunday are beyond the reach of four days
    assert days_ahead("They met on Friday and will meet again", MONDAY) == set()
    assert days_ahead("He will host them on 30 October", MONDAY) == set()  # beyond reach


def test_talks_held_over_two_days_are_one_entry_on_the_first() -> None:
    """Talks a convener hosts on Thursday and again on Friday (two reports, each naming
    its own day) are one initiative: one line, on Thursday, linking both."""
    thursday = "2020-10-22"
    first = report(
        "thu",
        thursday,
        talks("The secretary of state hosts the Armenian minister in Washington", thursday),
    )
    second = report(
        "fri",
        FRIDAY,
        talks("The secretary of state hosts the Azerbaijani minister in Washington", FRIDAY),
    )
    for ordered in (False, True):
        entries = list(build_entries([first, second], PROFILE, ordered=ordered))
        assert [(e.date, set(e.item_ids)) for e in entries] == [(thursday, {"thu", "fri"})]


def test_talks_of_a_convener_two_days_apart_stay_two_entries() -> None:
    wednesday = "2020-10-21"
    first = report(
        "wed",
        wednesday,
        talks("The secretary of state hosts the Armenian minister in Washington", wednesday),
    )
    second = report(
        "fri",
        FRIDAY,
        talks("The secretary of state hosts the Azerbaijani minister in Washington", FRIDAY),
    )
    assert [e.date for e in build(first, second)] == [wednesday, FRIDAY]


def test_talks_told_under_a_headline_no_rule_reads_still_join_the_next_days() -> None:
    """Thursday's report, headlined with words no rule reads ("Yerevan ready in principle
    after a call from Washington"), tells the US president's calls to both leaders, who
    agreed to meet; Friday's reports headline the same. One initiative, on Thursday."""
    thursday = "2020-10-22"
    calls = talks(
        "The US president said he had phoned both leaders, who agreed to meet at once.",
        thursday,
    )
    first = TaggedItem(
        item_id="thu",
        side="western",
        outlet="Outlet thu",
        link="https://example.org/thu",
        title="Yerevan ready in principle after a call from Washington",
        text=calls.evidence,
        published=f"{thursday}T09:00:00Z",
        tags=(calls,),
    )
    second = report(
        "fri",
        FRIDAY,
        talks(
            "Both leaders agreed to meet at once, says the US president after phoning them", FRIDAY
        ),
    )
    for ordered in (False, True):
        entries = list(build_entries([first, second], PROFILE, ordered=ordered))
        assert [(e.date, set(e.item_ids)) for e in entries] == [(thursday, {"thu", "fri"})]


def test_talks_to_discuss_something_later_are_talks_to_be_held() -> None:
    """ "Lavrov and Cavusoglu are to discuss the monitoring centre in Sochi on Tuesday":
    the talks have not been held, and the line says so."""
    sentence = "Lavrov and Cavusoglu are to discuss the monitoring centre in Sochi on Tuesday"
    tag = talks(sentence, MONDAY, parties=("russia", "turkey"), places=("Sochi",))
    [entry] = build(report("sochi", MONDAY, tag))
    assert entry.title.startswith("Talks to be held in Sochi"), entry.title
