"""A report's headline names its story: what its body alone tells that day is part of it.

Hand-made tags (the builder alone); sentences are our own words.
"""

from __future__ import annotations

from dataclasses import replace

from tests.core.test_timeline_events import DAY, build, killed, report, tag
from tui.records import Casualty, Tag, TaggedItem

WOUNDED = Casualty(count=5, what="wounded", group="military", claimed_by="azerbaijan")
PARTIES = ("armenia", "azerbaijan")


def denial(sentence: str) -> Tag:
    return tag("denial", sentence, denier="armenia", parties=PARTIES)


def headlined(item_id: str, *tags: Tag) -> TaggedItem:
    """A report whose headline is its first tag's sentence."""
    return replace(report(item_id, *tags), title=tags[0].evidence)


def mine_story(counter_claim: Tag) -> list[TaggedItem]:
    """Two reports headlining Yerevan's denial of a mine blast; one tells the blast, the
    other, lower down, Yerevan's own charge against Baku."""
    return [
        headlined(
            "a",
            denial("Yerevan denies laying the mine that wounded five Azerbaijani soldiers"),
            tag("casualties", "Baku said five of its soldiers were hurt.", casualties=(WOUNDED,)),
        ),
        headlined(
            "b",
            denial("Armenia calls Baku's mine charge baseless"),
            counter_claim,
        ),
    ]


def charge(sentence: str) -> Tag:
    return tag(
        "violation_claim", sentence, accuser="armenia", accused="azerbaijan", parties=PARTIES
    )


def test_a_counter_charge_told_only_in_the_body_of_a_denial_story_is_that_story() -> None:
    body = charge("It is Azerbaijan that keeps breaking the truce, the ministry added.")
    [entry] = build(*mine_story(body))
    assert entry.date == DAY
    assert {"denial", "violation_claim", "casualties"} <= set(entry.kinds)
    assert set(entry.item_ids) == {"a", "b"}


def test_the_same_charge_a_report_headlines_stays_an_entry_of_its_own() -> None:
    body = charge("It is Azerbaijan that keeps breaking the truce, the ministry added.")
    own = headlined("c", charge("Armenia accuses Azerbaijan of breaking the truce"))
    entries = build(*mine_story(body), own)
    assert len(entries) == 2
    claim = next(e for e in entries if "c" in e.item_ids)
    assert "violation_claim" in claim.kinds


# ---- a report of the front's fighting ------------------------------------------------


def test_clashes_listed_at_many_places_are_the_fronts_fighting_not_a_battle_at_the_first() -> None:
    listed = headlined(
        "a",
        tag("attack", "Fighting along the front goes into a second day", rule="attack/fighting"),
        tag(
            "attack",
            "Clashes were reported near Martuni, Hadrut, Fizuli and Jabrayil.",
            rule="attack/fighting",
            places=("Martuni", "Hadrut", "Fizuli", "Jabrayil"),
        ),
        tag("casualties", "Fifteen people have died so far.", casualties=(killed(15, None),)),
    )
    shelled = headlined(
        "b",
        tag("attack", "Fighting rages on for a second day", rule="attack/fighting"),
        tag("attack", "Shells fell on Hadrut overnight.", rule="attack/strike", places=("Hadrut",)),
    )
    [entry] = build(listed, shelled)
    assert set(entry.item_ids) == {"a", "b"}
    assert not entry.title.startswith("Fighting at Martuni")


def test_a_call_told_below_a_headline_of_fighting_is_that_reports_aside() -> None:
    urged = headlined(
        "c",
        tag("attack", "Thousands flee as fighting enters a second day", rule="attack/fighting"),
        tag(
            "diplomatic_call",
            "The foreign ministry urged Baku to stop its attacks at once.",
            rule="diplomatic_call/appeal",
            parties=PARTIES,
        ),
    )
    other = headlined(
        "d", tag("attack", "Clashes go on along the front line", rule="attack/fighting")
    )
    [entry] = build(urged, other)
    assert set(entry.item_ids) == {"c", "d"}
    assert entry.kind == "attack"


# ---- a piece labelled as comment or a recap -------------------------------------------


def test_a_piece_labelled_analysis_or_opinion_makes_no_entry() -> None:
    breach = tag(
        "violation_claim",
        "Baku again accused Yerevan of breaking the truce.",
        accuser="azerbaijan",
        accused="armenia",
        parties=PARTIES,
    )
    pieces = [
        replace(report(item_id, breach), title=title)
        for item_id, title in (
            ("a", "Analysis: why the third truce failed within hours"),
            ("b", "OPINION | The co-chairs keep issuing empty statements"),
            ("c", "Explainer - what the ceasefire deal says"),
        )
    ]
    assert build(*pieces) == []
    news = replace(report("d", breach), title="Baku accuses Yerevan of breaking the truce")
    [entry] = build(*pieces, news)
    assert entry.item_ids == ("d",)


def test_harm_a_humanitarian_body_reports_keeps_its_call_as_the_reports_story() -> None:
    hit = "Homes and hospitals hit on both sides, Red Cross says"
    red_cross = headlined(
        "e",
        tag("attack", hit, rule="attack/strike", parties=("icrc",)),
        tag(
            "diplomatic_call",
            "The Red Cross urged both sides to spare civilians.",
            rule="diplomatic_call/appeal",
            parties=("icrc", *PARTIES),
        ),
    )
    other = headlined(
        "f", tag("attack", "Clashes go on along the front line", rule="attack/fighting")
    )
    entries = build(red_cross, other)
    call = next(e for e in entries if "e" in e.item_ids)
    assert call.kind == "diplomatic_call"


def _capture_and_shelling(*aside: Tag) -> list[TaggedItem]:
    """Baku's capture claim, Yerevan's denial of it (with `aside` lower down), and a report
    headlining the shelling of Stepanakert that day."""
    claim = "Aliyev says his troops have taken Jabrayil"
    denied = "Yerevan says Jabrayil has not fallen"
    shelling = "Shelling kills three in Stepanakert, Karabakh officials say"
    return [
        headlined(
            "c", tag("territorial_change", claim, places=("Jabrayil",), parties=("azerbaijan",))
        ),
        headlined("d", tag("denial", denied, denier="armenia", places=("Jabrayil",)), *aside),
        headlined(
            "s",
            tag("attack", shelling, places=("Stepanakert",)),
            tag(
                "casualties",
                shelling,
                places=("Stepanakert",),
                casualties=(killed(3, "armenia"),),
            ),
        ),
    ]


def test_a_report_only_echoing_the_days_other_story_is_not_its_source() -> None:
    """Same day: the denial's line on Stepanakert adds nothing the Stepanakert report
    does not tell, so that entry cites only the report whose news it is; the denial's
    report is a source of the capture story it headlines."""
    aside = tag(
        "attack", "Stepanakert was shelled again, officials added.", places=("Stepanakert",)
    )
    entries = build(*_capture_and_shelling(aside))
    stepanakert = next(e for e in entries if "Stepanakert" in e.title)
    capture = next(e for e in entries if e.kind == "territorial_change")
    assert set(stepanakert.item_ids) == {"s"}
    assert set(capture.item_ids) == {"c", "d"}


def test_an_echo_bringing_a_toll_of_its_own_stays_a_source() -> None:
    line = "In Stepanakert two more people died, officials added."
    aside = [
        tag("attack", line, places=("Stepanakert",)),
        tag("casualties", line, places=("Stepanakert",), casualties=(killed(2, "armenia"),)),
    ]
    entries = build(*_capture_and_shelling(*aside))
    stepanakert = next(e for e in entries if "Stepanakert" in e.title)
    assert set(stepanakert.item_ids) == {"d", "s"}


def released(item_id: str, headline: str, *body: Tag) -> TaggedItem:
    """A report headlining a one-way release of captives, with what its body adds."""
    return headlined(
        item_id,
        tag("exchange", headline, rule="exchange/soldiers-freed", parties=PARTIES),
        *body,
    )


def test_a_release_keeps_the_lead_over_the_charge_that_delayed_it() -> None:
    """Three reports headline Baku freeing 12 soldiers; one says lower down that the
    release was put off over a charge of shelling. One entry, about the release: its
    title says who freed how many, never that they accused or that it was a swap, and
    no "bodies" are read from a word that only contains the letters."""
    charge = tag(
        "violation_claim",
        "Baku had held the men back a day after accusing Armenia of shelling despite the truce.",
        accuser="azerbaijan",
        accused="armenia",
        parties=PARTIES,
    )
    entries = build(
        released("r1", "Azerbaijan releases 12 Armenian soldiers at the border crossing"),
        released("r2", "Azerbaijan frees 12 Armenian soldiers after a day's delay", charge),
        released("r3", "Azerbaijan hands back 12 Armenian soldiers, the Red Cross says"),
    )
    assert len(entries) == 1, [e.title for e in entries]
    (entry,) = entries
    assert entry.kind == "exchange"
    assert entry.title == "Azerbaijan releases 12 Armenian soldiers"


def test_captives_freed_both_ways_stay_an_exchange() -> None:
    swap = "Azerbaijan releases 12 Armenian prisoners in exchange for 9 of its own"
    (entry,) = build(released("r1", swap), released("r2", swap + " at the border"))
    assert entry.title.startswith("Prisoner exchange"), entry.title
    assert "bodies" not in entry.title


def test_a_breach_story_recalling_the_truce_and_its_shelling_is_not_the_truces_source() -> None:
    """A report headlining the next day's charges recalls the truce of the day before and
    the shelling that broke it, with no toll and no one blamed: that shelling is the
    setting of its own story, so the truce's entry cites only the truce's own report."""
    next_day = "2020-10-29"
    truce = tag(
        "truce_agreed", "Armenia and Azerbaijan agree to a truce after talks", parties=PARTIES
    )
    breach = headlined(
        "b",
        replace(
            charge("The truce breaks down within hours as Baku and Yerevan trade blame"),
            event_date=next_day,
        ),
        tag("truce_agreed", "The truce was announced on Wednesday.", parties=PARTIES),
        tag(
            "attack",
            "The truce was announced on Wednesday, as shells fell on Tartar.",
            places=("Tartar",),
        ),
    )
    entries = build(headlined("t", truce), replace(breach, published=f"{next_day}T09:00:00Z"))
    truce_entry = next(e for e in entries if e.kind == "truce_agreed")
    assert set(truce_entry.item_ids) == {"t"}
    assert any("b" in e.item_ids and e.date == next_day for e in entries)


def test_a_reports_lede_is_its_story_when_no_rule_reads_its_headline() -> None:
    """ "No more time to waste, the envoy says in Beirut": no rule reads that headline,
    so the first sentence (the envoy's visit today) is the report's news, and the
    meeting of the day before it recalls lower down is that visit's background, not a
    line of its own."""
    visit = tag(
        "diplomatic_call",
        "The US envoy met the speaker of parliament in Beirut on Wednesday.",
        rule="diplomatic_call/talks",
        parties=("usa", "armenia"),
    )
    eve = tag(
        "diplomatic_call",
        "On Tuesday he had held talks with the prime minister.",
        rule="diplomatic_call/talks",
        parties=("armenia",),
        event_date="2020-10-27",
    )
    item = replace(
        report("v", visit, eve),
        title="No more time to waste, the envoy says",
        text=f"{visit.evidence} {eve.evidence}",
    )
    [entry] = build(item)
    assert entry.date == DAY


def test_a_read_headline_still_outranks_the_lede() -> None:
    """When a rule reads the headline, it names the story, whatever the lede says."""
    head = tag(
        "diplomatic_call",
        "Envoy held talks with the prime minister",
        rule="diplomatic_call/talks",
        parties=("armenia",),
        event_date="2020-10-27",
    )
    visit = tag(
        "diplomatic_call",
        "The US envoy met the speaker of parliament in Beirut on Wednesday.",
        rule="diplomatic_call/talks",
        parties=("usa", "armenia"),
    )
    item = replace(report("v", head, visit), title=head.evidence, text=visit.evidence)
    [entry] = build(item)
    assert entry.date == "2020-10-27"


def test_a_truce_only_a_breach_story_recalls_makes_no_line_of_its_own() -> None:
    """A report headlining the breaches of the day after recalls, lower down, the truce
    agreed the day before: no report tells that truce as its news, so it is the breach
    story's background (one report, one line); told as news by a report of its own, the
    truce is a line whoever else recalls it."""
    next_day = "2020-10-27"
    recalled = tag(
        "truce_agreed",
        "Late on Sunday the two sides, with US mediation, had agreed another truce.",
        parties=PARTIES,
    )
    breach = headlined(
        "b",
        replace(
            charge("Yerevan says the US-brokered truce has failed as shells hit Karabakh"),
            event_date=next_day,
        ),
        recalled,
    )
    breach = replace(breach, published=f"{next_day}T09:00:00Z")
    alone = build(breach)
    assert [(e.date, e.kind) for e in alone] == [(next_day, "violation_claim")]
    told = headlined("t", tag("truce_agreed", "Baku and Yerevan agree a truce in Washington"))
    with_news = build(told, breach)
    assert {(e.date, e.kind) for e in with_news} == {
        (DAY, "truce_agreed"),
        (next_day, "violation_claim"),
    }


def test_a_truce_a_strike_storys_first_sentence_tells_stays_a_line() -> None:
    """Under a headline of the next day's shelling, a first sentence telling the truce
    agreed the day before is news the report leads with: the truce keeps its line (only
    a breach story's background truce, below headline and lede, is its aside)."""
    next_day = "2020-10-27"
    shelled = tag("attack", "Shells hit Stepanakert, Armenia says", places=("Stepanakert",))
    lede = tag(
        "truce_agreed",
        "Armenia and Azerbaijan agreed a new humanitarian truce in Washington on Monday.",
        parties=PARTIES,
    )
    item = headlined("s", replace(shelled, event_date=next_day), lede)
    item = replace(item, text=lede.evidence, published=f"{next_day}T09:00:00Z")
    entries = build(item)
    assert {(e.date, e.kind) for e in entries} == {
        (DAY, "truce_agreed"),
        (next_day, "attack"),
    }


def test_a_report_headlining_the_days_fighting_and_an_appeal_is_a_source_of_both() -> None:
    """ "Azerbaijani jets strike along the front; Moscow urges restraint": its headline tells
    the day's fighting that two other reports tell, and an appeal. The fighting's entry
    lists it among its sources (it used to give its fighting lines to its appeal, a line
    of its own)."""
    headline = "Azerbaijani jets strike along the front; Moscow urges restraint"
    both = headlined(
        "both",
        tag("attack", headline, rule="attack/strike", parties=PARTIES),
        tag(
            "diplomatic_call",
            headline,
            rule="diplomatic_call/appeal",
            parties=("russia", *PARTIES),
        ),
    )
    others = [
        headlined(i, tag("attack", f"Jets pound positions on the front ({i})", parties=PARTIES))
        for i in ("a", "b")
    ]
    entries = build(both, *others)
    fighting = next(e for e in entries if e.kind == "attack")
    assert set(fighting.item_ids) == {"a", "b", "both"}
