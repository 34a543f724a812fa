"""Event dates against the publication date, and the day a truce takes effect."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.tagger_helpers import first
from tui.tagger import Tagger
from tui.tagger.dates import effect_date

# ---- dates -------------------------------------------------------------------------------


def test_no_publication_date_and_no_stated_date(tagger: Tagger) -> None:
    tags = tagger.tag("", "Azerbaijani forces shelled Martuni yesterday.", None)
    assert tags[0].event_date is None


# ---- truces: the day they take effect ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # agreed in the evening "from midnight": news of the next day
        (
            "Armenia and Azerbaijan agreed a humanitarian truce from midnight.",
            "2020-10-17T18:10:00Z",
            "2020-10-18",
        ),
        # reported after midnight local time (UTC+4): already the effect day
        (
            "Armenia and Azerbaijan agreed to a truce starting at midnight.",
            "2020-10-17T21:30:00Z",
            "2020-10-18",
        ),
        # "would take effect at 08:00 on Monday" dates the announcement to Monday
        (
            "The US, Armenia and Azerbaijan announced a humanitarian ceasefire. The truce would "
            "take effect at 08:00 local time on Monday.",
            "2020-10-25T15:00:00Z",
            "2020-10-26",
        ),
        # signed late in the evening, in force from 01:00: the next day
        (
            "Pashinyan said he had signed a statement ending the war from 01:00.",
            "2020-11-09T19:20:00Z",
            "2020-11-10",
        ),
        # agreed early in the morning from noon: the same day
        (
            "Armenia and Azerbaijan agreed a ceasefire from noon, Lavrov said.",
            "2020-10-10T07:00:00Z",
            "2020-10-10",
        ),
    ],
)
def test_a_truce_is_dated_to_the_day_it_takes_effect(tagger, text, published, day):
    truce = first(tagger.tag("", text, published), "truce_agreed")
    assert truce.event_date == day


# ---- never after the report (issue 13, no false facts) -----------------------------------


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a Monday morning report: Sunday is the day before, never the Sunday to come
        (
            "Karabakh officials said rockets fired from positions near Shusha hit "
            "Stepanakert on Sunday.",
            "2020-10-12T05:00:00Z",
            "2020-10-11",
        ),
        (
            "Armenian forces kept shelling Tartar until Saturday, Baku said.",
            "2020-10-12",
            "2020-10-10",
        ),
        # a weekday that is the report's own day is that day
        ("Armenian forces shelled Tartar on Monday, Baku said.", "2020-10-12", "2020-10-12"),
    ],
)
def test_a_weekday_is_the_latest_such_day_up_to_the_report(
    tagger: Tagger, text: str, published: str, date: str
) -> None:
    tags = tagger.tag("", text, published)
    assert {t.event_date for t in tags} == {date}, tags


def test_a_stated_date_after_the_report_is_not_the_event_date(tagger: Tagger) -> None:
    tags = tagger.tag(
        "", "Karabakh officials said Stepanakert was shelled on 14 October.", "2020-10-12"
    )
    assert tags
    for tag in tags:
        assert tag.event_date == "2020-10-12" and tag.date_basis == "published"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # 00:40 on 11 October in Stepanakert (UTC+4): last night is the 10th
        (
            "Azerbaijani drones struck Martuni last night, the Karabakh army said.",
            "2020-10-10T20:40:00Z",
            "2020-10-10",
        ),
        # and so is tonight: the night began on the 10th
        (
            "Azerbaijani drones struck Martuni tonight, the Karabakh army said.",
            "2020-10-10T20:40:00Z",
            "2020-10-10",
        ),
        # the same words at 22:00 local: the night of the report's own day
        (
            "Azerbaijani drones struck Martuni tonight, the Karabakh army said.",
            "2020-10-10T18:00:00Z",
            "2020-10-10",
        ),
    ],
)
def test_the_night_is_read_in_the_report_s_local_time(
    tagger: Tagger, text: str, published: str, date: str
) -> None:
    assert {t.event_date for t in tagger.tag("", text, published)} == {date}


def test_a_truce_may_still_start_after_the_report(tagger: Tagger) -> None:
    tags = tagger.tag(
        "", "Armenia and Azerbaijan agreed a humanitarian truce from midnight.", "2020-10-17T16:00Z"
    )
    assert {t.event_date for t in tags if t.kind == "truce_agreed"} == {"2020-10-18"}


def test_a_truces_hour_counts_from_the_day_it_was_agreed_not_the_reports(
    tagger: Tagger,
) -> None:
    """ "agreed in Moscow on October 10 to stop firing from noon", filed on 26 October:
    the truce of 10 October retold, never a truce of the 26th (which put a third truce's
    venue in the title of the one agreed that day)."""
    text = "Baku and Yerevan first agreed in Moscow on October 10 to stop firing from noon."
    tags = tagger.tag("A third truce is brokered", text, "2020-10-26")
    assert not [
        t
        for t in tags
        if t.kind == "truce_agreed" and t.evidence == text and t.event_date == "2020-10-26"
    ]
    fresh = "Baku and Yerevan agreed to stop firing from noon, the ministry said."
    [truce] = [t for t in tagger.tag("Truce", fresh, "2020-10-26T06:00:00Z") if t.evidence == fresh]
    assert truce.event_date == "2020-10-26"


def test_the_day_a_truce_was_declared_from_is_not_its_breachs_day(tagger: Tagger) -> None:
    """ "Breaching the ceasefire declared from 12:00 on October 10" names the truce by its
    start: a charge filed on the 11th of shelling that night is not dated the 10th."""
    tags = tagger.tag(
        "Baku: Armenian rockets hit Ganja in breach of the truce",
        "Armenian forces, flagrantly breaching the humanitarian ceasefire declared from "
        "12:00 on October 10, keep shelling Azerbaijani towns, the prosecutor's office said.",
        "2020-10-11T09:00:00Z",
    )
    claims = [t for t in tags if t.kind == "violation_claim"]
    assert claims and all(t.event_date == "2020-10-11" for t in claims), claims


def test_a_dateline_dates_the_filing_not_the_news_it_opens(tagger: Tagger) -> None:
    """ "Yerevan, October 11: the ministry confirmed on Saturday that the truce ...": the
    dateline's day is when the report was filed; the sentence's own day is Saturday.
    Alone, with no other day, the dateline still dates the sentence."""
    text = (
        "Yerevan, October 11: The foreign ministry confirmed on Saturday that the truce "
        "between Armenia and Azerbaijan had been agreed."
    )
    [truce] = tagger.tag("", text, "2020-10-11T09:00:00Z")
    assert (truce.kind, truce.event_date) == ("truce_agreed", "2020-10-10")
    alone = "Yerevan, October 11 (Armenpress) - Armenia and Azerbaijan agreed to a truce."
    [truce] = tagger.tag("", alone, "2020-10-12T09:00:00Z")
    assert (truce.kind, truce.event_date) == ("truce_agreed", "2020-10-11")


@pytest.mark.parametrize(
    ("night", "day"),
    [
        ("on the night of October 12-13", "2020-10-13"),
        ("during the night of 12-13 October", "2020-10-13"),
        ("on the night of October 12 to 13", "2020-10-13"),
        ("overnight on 12-13 October", "2020-10-13"),
        ("on 12-13 October", "2020-10-12"),  # days that are no night start on the first
    ],
)
def test_a_night_named_by_its_two_days_is_news_of_the_morning_it_ends(
    tagger: Tagger, night: str, day: str
) -> None:
    """A ministry's "on the night of 12-13 October" tells what the morning of the 13th
    found; a range of days that is no night is dated by its first."""
    text = f"Azerbaijani forces shelled Martuni {night}, the ministry said."
    tags = tagger.tag("", text, "2020-10-14T09:00:00Z")
    assert {t.event_date for t in tags if t.kind == "attack"} == {day}


def test_a_day_stated_deep_in_the_body_does_not_redate_the_headlines_story(
    tagger: Tagger,
) -> None:
    """Monday's report of a deadly shelling ends with refugees who crossed the border on
    Saturday: that day dates the aside, not the shelling's harm the headline and lede
    tell (which would otherwise become a line of Saturday)."""
    headline = "Azerbaijani shelling kills five civilians in Martuni as residents flee"
    body = (
        "Azerbaijani shelling killed five civilians in Martuni, local officials said. "
        "Hundreds of residents fled their homes for shelters in the town. "
        "The district hospital was also damaged, the health ministry said. "
        "Aid workers said thousands of displaced people had crossed into Armenia on Saturday."
    )
    tags = tagger.tag(headline, body, "2020-10-12T09:00:00Z")
    harm = [t for t in tags if t.kind == "humanitarian"]
    assert [t.event_date for t in harm] == ["2020-10-12"] * (len(harm) - 1) + ["2020-10-10"]


def test_a_datelines_day_gives_way_to_the_day_the_story_states(tagger: Tagger) -> None:
    """A wire report filed "MOSCOW, October 13 --" tells of a phone call its next line
    dates Monday, the 12th: the dateline dates the filing only, so the headline and the
    lede are of Monday too. With no other day stated, the dateline still dates its
    sentence (a report published later than its dateline)."""
    headline = "Lavrov and Pompeo press by phone for a halt to the Karabakh fighting"
    body = (
        "MOSCOW, October 13 (Agency) -- Lavrov and Pompeo called for an immediate halt to "
        "the fighting in Nagorno-Karabakh, the ministry said. In their phone call on Monday "
        "the two ministers agreed to step up the work of the Minsk Group co-chairs."
    )
    tags = tagger.tag(headline, body, "2020-10-13T09:00:00Z")
    calls = [t for t in tags if t.kind == "diplomatic_call"]
    assert len(calls) >= 2 and {t.event_date for t in calls} == {"2020-10-12"}


def test_a_day_in_a_relative_clause_about_another_thing_dates_that_thing(
    tagger: Tagger,
) -> None:
    """ "shelled families going home despite a curfew that the army imposed on Saturday":
    Saturday is the curfew's day; the shelling, told with no day, is of the report's. A
    clause about the act itself keeps its day: "the talks, which began on Saturday"."""
    shelling = (
        "Azerbaijani troops shelled families who were going home to Martuni despite a "
        "curfew that the army imposed on Saturday."
    )
    [attack] = [t for t in tagger.tag("", shelling, "2020-10-12T09:00:00Z") if t.kind == "attack"]
    assert attack.event_date == "2020-10-12"
    talks = "The talks in Geneva, which began on Saturday, ended without a deal, envoys said."
    [call] = tagger.tag("", talks, "2020-10-12T09:00:00Z")
    assert (call.kind, call.event_date) == ("diplomatic_call", "2020-10-10")


def test_a_start_still_to_come_told_with_was_due_stays_ahead() -> None:
    """ "was due to take effect on Saturday" in Friday's paper is tomorrow (wire copy tells
    a coming start so); "was meant to start on Saturday" in Tuesday's is the one gone, and
    so is "was due to" when that Saturday would be days after the report. A day's
    possessive that names no meeting ("after Saturday's shelling, the sides agreed to a
    truce from midnight") is no day of the agreement."""
    due = "The ceasefire was due to take effect at midnight on Saturday, the ministry said."
    assert effect_date(due, dt.date(2020, 10, 16), 540) == (dt.date(2020, 10, 17), "weekday")
    meant = "A truce that was meant to start at midnight on Saturday has done little."
    assert effect_date(meant, dt.date(2020, 10, 20), 540) == (dt.date(2020, 10, 17), "weekday")
    shelling = (
        "After Saturday's shelling of Ganja the two sides agreed to a ceasefire from midnight."
    )
    assert effect_date(shelling, dt.date(2020, 10, 19), 600) == (dt.date(2020, 10, 19), "relative")


def test_a_charge_in_a_sentence_whose_act_is_dated_takes_the_acts_day(tagger: Tagger) -> None:
    """Filed on Sunday: the headline says fighting flared again despite the truce and that
    Yerevan's commanders blame Baku's guns; the lede dates the fighting to Saturday night.
    The charge the headline tells is about that fighting: Saturday's, not a dispute of
    Sunday (which the timeline would make a line of its own). A charge told in a sentence
    of its own keeps the filing's day."""
    headline = (
        "Fighting flares again near Martuni despite the truce; Armenian commanders say "
        "Azerbaijani guns opened fire"
    )
    body = (
        "Armenian and Azerbaijani troops fought near Martuni on Saturday night, local "
        "officials said. The Armenian defence ministry accused Azerbaijan of breaking the "
        "humanitarian truce."
    )
    tags = tagger.tag(headline, body, "2020-10-18T09:00:00Z")
    charges = {t.evidence: t.event_date for t in tags if t.kind == "violation_claim"}
    assert charges.get(headline) == "2020-10-17", charges
    assert "2020-10-18" in charges.values(), charges
