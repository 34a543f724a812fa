"""A story told over two days: a line no report tells as its news is no entry of its own.

Hand-made tags (the builder alone, not the tagger); sentences are our own words.
"""

from __future__ import annotations

from dataclasses import replace

from tui.profile import load_profile
from tui.records import AutoEntry, Casualty, Tag, TaggedItem
from tui.timeline import build_entries

PROFILE = load_profile()
EVE, DAY = "2020-10-17", "2020-10-18"

TRUCE_HEADLINE = "Baku and Yerevan agree a humanitarian truce from midnight"
GANJA_BACKGROUND = "On Saturday a missile struck flats in Ganja, killing 13 people, Baku said."


def tag(kind: str, evidence: str, day: str, **fields) -> Tag:
    basis = fields.pop("date_basis", "published")
    return Tag(
        kind=kind,
        rule=fields.pop("rule", f"{kind}/x"),
        evidence=evidence,
        event_date=day,
        date_basis=basis,
        **fields,
    )


def report(item_id: str, title: str, *tags: Tag, day: str = DAY) -> TaggedItem:
    return TaggedItem(
        item_id=item_id,
        side="western",
        outlet=f"Outlet {item_id}",
        link=f"https://example.org/{item_id}",
        title=title,
        text=" ".join(t.evidence for t in tags if t.evidence != title),
        published=f"{day}T09:00:00Z",
        tags=tags,
    )


def truce(day: str = DAY) -> Tag:
    parties = ("armenia", "azerbaijan")
    return tag("truce_agreed", TRUCE_HEADLINE, day, parties=parties, date_basis="explicit")


def ganja(day: str = EVE, **fields) -> list[Tag]:
    killed = Casualty(count=13, what="killed", claimed_by="azerbaijan")
    return [
        tag("attack", GANJA_BACKGROUND, day, places=("Ganja",), date_basis="weekday", **fields),
        tag("casualties", GANJA_BACKGROUND, day, places=("Ganja",), casualties=(killed,)),
    ]


def other_truce_report(item_id: str) -> TaggedItem:
    headline = f"Truce to start at midnight, ministries say ({item_id})"
    return report(item_id, headline, tag("truce_agreed", headline, DAY, parties=("armenia",)))


def build(*items: TaggedItem) -> list[AutoEntry]:
    return list(build_entries(items, PROFILE))


def test_a_strike_told_only_as_background_of_the_next_days_truce_is_no_entry() -> None:
    entries = build(
        report("a", TRUCE_HEADLINE, truce(), *ganja()),
        other_truce_report("b"),
    )
    assert [(e.date, e.kind) for e in entries] == [(DAY, "truce_agreed")]
    assert set(entries[0].item_ids) == {"a", "b"}  # the background's report stays linked


def test_the_same_strike_told_as_news_by_another_report_stays_an_entry() -> None:
    news = report("c", "Missile kills 13 in Ganja", *ganja(), day=EVE)
    entries = build(report("a", TRUCE_HEADLINE, truce(), *ganja()), other_truce_report("b"), news)
    strike = next(e for e in entries if e.date == EVE)
    truce_entry = next(e for e in entries if e.date == DAY)
    # the truce report only echoes the strike (the same toll): a source of the truce
    assert strike.kind == "attack" and set(strike.item_ids) == {"c"}
    assert set(truce_entry.item_ids) == {"a", "b"}


def test_an_echo_with_a_figure_of_its_own_stays_a_source_of_the_strike() -> None:
    news = report("c", "Missile kills 13 in Ganja", *ganja(), day=EVE)
    later_toll = Casualty(count=15, what="killed", claimed_by="azerbaijan")
    retold = [
        ganja()[0],
        tag(
            "casualties", "The toll in Ganja rose to 15, Baku said.", EVE, casualties=(later_toll,)
        ),
    ]
    entries = build(report("a", TRUCE_HEADLINE, truce(), *retold), other_truce_report("b"), news)
    strike = next(e for e in entries if e.date == EVE)
    assert set(strike.item_ids) == {"a", "c"}
    assert {c.count for c in strike.casualties} >= {15}


def test_a_report_of_a_truce_echoing_a_strike_others_tell_is_one_entrys_source() -> None:
    """Across several reports: each is linked where its headline's story is."""
    news = [report(i, f"Missile kills 13 in Ganja ({i})", *ganja(), day=EVE) for i in "cd"]
    truce_reports = [report("a", TRUCE_HEADLINE, truce(), *ganja()), other_truce_report("b")]
    entries = build(*truce_reports, *news)
    holding_a = [e.date for e in entries if "a" in e.item_ids]
    assert holding_a == [DAY]


def test_background_a_few_days_back_is_no_entry_but_a_week_back_stays() -> None:
    """A truce report recalling a strike of three days before, which no report tells as
    news, makes no line of its own; recalled from a week before, it is no longer read as
    this story's background (its reports may be the only trace of it) and stays."""
    near = build(report("a", TRUCE_HEADLINE, truce(), *ganja("2020-10-15")))
    assert [(e.date, e.kind) for e in near] == [(DAY, "truce_agreed")]
    far = build(report("a", TRUCE_HEADLINE, truce(), *ganja("2020-10-11")))
    assert sorted(e.date for e in far) == ["2020-10-11", DAY]


def test_a_strike_a_report_headlines_is_never_an_aside() -> None:
    headline = "Missile kills 13 in Ganja on the eve of a truce"
    strike = [tag("attack", headline, EVE, places=("Ganja",)), *ganja()]
    entries = build(report("a", headline, truce(), *strike), other_truce_report("b"))
    assert sorted(e.date for e in entries) == [EVE, DAY]


def test_a_single_report_is_the_story_of_its_headlines_day_alone() -> None:
    # one report alone: its headline says which day is its news, the strike is background
    entries = build(report("a", TRUCE_HEADLINE, truce(), *ganja()))
    assert [(e.date, e.kind, e.item_ids) for e in entries] == [(DAY, "truce_agreed", ("a",))]


def test_a_single_reports_two_days_stay_when_its_headline_tells_neither() -> None:
    # the headline names no event: which day is the story is not known, so both lines stay
    headline = "What we know about the fighting in Karabakh"
    entries = build(report("a", headline, truce(), *ganja()))
    assert sorted(e.date for e in entries) == [EVE, DAY]


def test_asides_go_the_same_way_when_the_items_stream_in_date_order() -> None:
    items = [report("a", TRUCE_HEADLINE, truce(), *ganja()), other_truce_report("b")]
    streamed = list(build_entries(items, PROFILE, ordered=True))
    assert [(e.date, e.kind) for e in streamed] == [(DAY, "truce_agreed")]


def test_a_reports_undated_toll_follows_the_story_it_dates_days_back() -> None:
    monday, filed = "2020-10-12", "2020-10-14"
    killed = Casualty(count=17, what="killed", group="civilian")
    story = "A drone killed 17 people at a mill in Martuni on Monday, aid workers said."
    item = report(
        "a",
        "Seventeen dead in a drone strike on a mill, aid workers say",
        tag("attack", story, monday, places=("Martuni",), date_basis="weekday"),
        tag("casualties", "The dead were all civilians.", filed, casualties=(killed,)),
        tag("denial", "Baku denied striking civilians.", filed, denier="azerbaijan"),
        day=filed,
    )
    entries = build(item)
    strike = next(e for e in entries if e.date == monday)
    assert {"attack", "casualties"} <= set(strike.kinds)
    # a denial told today answers today's charge, whatever the report recalls
    assert "denial" not in strike.kinds
    assert any(e.date == filed and "denial" in e.kinds for e in entries)


def test_breaches_told_today_of_a_truce_dated_days_back_stay_today() -> None:
    saturday, filed = "2020-10-10", "2020-10-13"
    truce_words = "The truce agreed on Saturday was broken again."
    item = report(
        "a",
        "Both sides trade blame as the Saturday truce frays",
        tag("truce_agreed", truce_words, saturday, date_basis="weekday"),
        tag(
            "violation_claim",
            "Baku accused Yerevan of shelling Tartar.",
            filed,
            accuser="azerbaijan",
            accused="armenia",
        ),
        day=filed,
    )
    assert filed in {e.date for e in build(item)}


def test_a_charge_its_report_headlines_stays_on_its_day_over_the_talks_it_recalls():
    """A report headlining today's breach charge, which recalls yesterday's talks as the
    truce's background, tells today's news: the charge stays with the truce now in force,
    not with the talks' day (where it made a second truce entry)."""
    talks_line = (
        "After talks in Moscow on Saturday the two sides agreed to stop firing at midnight."
    )
    charge = "Baku accuses Yerevan of breaking the hours-old truce"
    announced = report(
        "agreed",
        TRUCE_HEADLINE,
        tag(
            "truce_agreed",
            TRUCE_HEADLINE,
            DAY,
            parties=("armenia", "azerbaijan"),
            date_basis="relative",
        ),
        day=EVE,
    )
    breach = report(
        "breach",
        charge,
        tag(
            "violation_claim",
            charge,
            DAY,
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
        ),
        tag(
            "truce_agreed", "The truce was only hours old, Baku said.", DAY, parties=("azerbaijan",)
        ),
        tag("diplomatic_call", talks_line, EVE, parties=("russia",), date_basis="weekday"),
    )
    entries = list(build_entries([announced, breach], PROFILE))
    holding = [e for e in entries if "breach" in e.item_ids]
    assert [(e.date, sorted(e.item_ids)) for e in holding] == [(DAY, ["agreed", "breach"])]
    assert "violation_claim" in holding[0].kinds


def test_one_reports_charge_and_the_shelling_it_recalls_are_one_line() -> None:
    """A report headlining Sunday's charge that shelling broke the truce, whose shelling
    the tagger dates to Saturday (the headline's too), is one event when no other report
    tells that shelling: one line, the charge, heavier of the two its headline holds.
    When another report tells Saturday's shelling as its news, that day stays."""
    headline = "Yerevan says Baku broke the truce as shells hit Martakert"
    charge = tag(
        "violation_claim",
        headline,
        DAY,
        accuser="armenia",
        accused="azerbaijan",
        places=("Martakert",),
        date_basis="weekday",
    )
    shelling = [
        tag("attack", headline, EVE, places=("Martakert",), date_basis="weekday"),
        tag(
            "attack",
            "Shells fell on Martakert all through Saturday, the ministry said.",
            EVE,
            places=("Martakert",),
            date_basis="weekday",
        ),
    ]
    alone = build(report("a", headline, charge, *shelling))
    assert [(e.date, e.kind, e.item_ids) for e in alone] == [(DAY, "violation_claim", ("a",))]
    news = report("b", "Shelling of Martakert goes on all day", shelling[1], day=EVE)
    both = build(report("a", headline, charge, *shelling), news)
    assert sorted(e.date for e in both) == [EVE, DAY]


def test_a_reports_two_strikes_of_two_days_stay_two_lines_under_one_headline() -> None:
    """Two lines of one kind are two events one report may tell: both stay."""
    headline = "Shells hit Tartar on Saturday and Barda on Sunday"
    tartar = tag("attack", headline, EVE, places=("Tartar",), date_basis="weekday")
    barda = tag("attack", headline, DAY, places=("Barda",), date_basis="weekday")
    assert sorted(e.date for e in build(report("a", headline, tartar, barda))) == [EVE, DAY]


def charge(evidence: str, day: str, basis: str = "published") -> Tag:
    """Baku's charge that Yerevan broke the truce."""
    return tag(
        "violation_claim",
        evidence,
        day,
        accuser="azerbaijan",
        accused="armenia",
        parties=("azerbaijan", "armenia"),
        date_basis=basis,
    )


def test_the_act_a_charge_is_about_told_in_one_reports_body_joins_the_charge() -> None:
    """Two reports of Sunday headline Baku's charge that Yerevan broke the truce; a third,
    of Monday, headlines the talks and says lower down that Baku saw drones on Saturday
    night, a breach, and charges it again. Saturday's line is that charge's echo: no
    entry of its own, and the report stays linked by Sunday's dispute. A charge of
    Saturday a second report tells as its news stays a line of its own."""
    sunday = [
        report(i, f"Baku says Yerevan broke the truce ({i})", charge(f"Baku says ({i})", DAY))
        for i in ("a", "b")
    ]
    recap = report(
        "c",
        "Ministers to meet in Geneva",
        charge("Drones from Armenia crossed on Saturday night, Baku said.", EVE, "weekday"),
        charge("Baku renewed its charge on Sunday, the ministry said.", DAY, "weekday"),
        day="2020-10-19",
    )
    entries = build(*sunday, recap)
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [(DAY, ["a", "b", "c"])]
    saturday = report(
        "d", "Baku says drones broke the truce", charge("Baku says drones", EVE), day=EVE
    )
    assert sorted(e.date for e in build(*sunday, recap, saturday)) == [EVE, DAY]


def test_the_toll_a_truce_report_counts_the_day_before_is_the_truces() -> None:
    """A report of Saturday's deal for a truce from midnight says the fighting has killed
    35 people and driven thousands from their homes; Sunday's reports say it took effect.
    One entry, the truce: the war's running toll is its setting, no line of Saturday. A
    toll of a strike at a named town that day stays an entry of its own."""
    sides = ("armenia", "azerbaijan")
    toll = "The fighting has killed at least 35 people and driven 9,000 from their homes."
    dead = Casualty(count=35, what="killed", approximate=True)
    deal = report(
        "deal",
        "Talks end late in Moscow",  # a headline that tells no event of its own
        tag(
            "truce_agreed",
            "Baku and Yerevan agreed a truce from midnight, the host said.",
            DAY,
            rule="truce_agreed/agree",
            parties=sides,
            date_basis="relative",
        ),
        tag("casualties", toll, EVE, casualties=(dead,)),
        tag("humanitarian", toll, EVE),
        day=EVE,
    )
    in_force = report(
        "force",
        "The truce took effect at midnight",
        tag(
            "truce_agreed",
            "The truce took effect at midnight",
            DAY,
            rule="truce_agreed/takes-effect",
            parties=sides,
        ),
    )
    entries = build(deal, in_force)
    assert [(e.date, e.kind, sorted(e.item_ids)) for e in entries] == [
        (DAY, "truce_agreed", ["deal", "force"])
    ]
    strike = "Shells killed three people in Tartar on Saturday, Baku said."
    three = Casualty(count=3, what="killed", claimed_by="azerbaijan")
    deal = replace(
        deal,
        tags=(
            *deal.tags,
            tag("attack", strike, EVE, places=("Tartar",)),
            tag("casualties", strike, EVE, places=("Tartar",), casualties=(three,)),
        ),
    )
    assert [e.date for e in build(deal, in_force)] == [EVE, DAY]


def test_a_fresh_charge_of_the_next_day_at_another_town_stays_its_own() -> None:
    """Sunday's charge about Tartar, told by two reports; a Monday report retells it and
    adds Monday's shelling of Barda, charged anew: Monday's Barda charge stays a line."""
    tartar = [
        report(i, f"Baku says Yerevan shelled Tartar ({i})", charge(f"Tartar ({i})", DAY))
        for i in ("a", "b")
    ]
    tartar = [
        replace(r, tags=tuple(replace(t, places=("Tartar",)) for t in r.tags)) for r in tartar
    ]
    monday = "2020-10-19"
    fresh = replace(
        charge("Armenian forces shelled Barda on Monday morning, Baku said.", monday),
        places=("Barda",),
    )
    retold = report(
        "c",
        "Shelling goes on",
        replace(charge("Baku repeated Sunday's charge about Tartar.", DAY), places=("Tartar",)),
        fresh,
        day=monday,
    )
    assert sorted(e.date for e in build(*tartar, retold)) == [DAY, monday]


def test_the_losses_a_truce_report_tallies_the_next_day_are_the_truces() -> None:
    """Sunday's report of the truce that took effect on Saturday ends by tallying the
    war's losses ("reported losses include ..."): that is the truce's setting, not a line
    of Sunday saying 40 civilians were killed."""
    sides = ("armenia", "azerbaijan")
    tally = (
        "Reported losses include 20 soldiers killed and, according to Baku, "
        "40 civilians dead and 90 wounded."
    )
    figures = (
        Casualty(count=20, what="killed", group="military"),
        Casualty(count=40, what="killed", group="civilian", claimed_by="azerbaijan"),
    )
    agreed = report("agreed", TRUCE_HEADLINE, truce(EVE), day=EVE)
    retold = report(
        "retold",
        "The ceasefire is in place under observers' watch",
        tag(
            "truce_agreed",
            "The truce took effect at noon on October 17, the ministry said.",
            EVE,
            parties=sides,
            date_basis="explicit",
        ),
        tag("peacekeeping", "Observers will watch the line for three days.", DAY),
        tag("casualties", tally, DAY, parties=sides, casualties=figures),
        tag("humanitarian", tally, DAY, parties=sides),
    )
    entries = build(agreed, retold)
    assert [(e.date, e.kind, sorted(e.item_ids)) for e in entries] == [
        (EVE, "truce_agreed", ["agreed", "retold"])
    ]


def test_a_truce_in_force_stays_on_its_day_whatever_strikes_of_the_eve_its_report_recalls() -> None:
    """Saturday's cabinet approves the truce; Sunday's report says it came into force at
    4 a.m. and recalls the strikes that killed 42 on Saturday. One truce entry, on the day
    it took effect, with both reports: the report's story is the truce, not Saturday's
    strikes, so its truce does not go back to Saturday and split from Sunday's."""
    sides = ("armenia", "azerbaijan")
    approved = report(
        "approved",
        "Cabinet approves the truce",
        tag("truce_agreed", "The cabinet approved the truce.", EVE, rule="truce_agreed/agree"),
        day=EVE,
    )
    begun = report(
        "begun",
        "Families head home as the truce begins",
        tag(
            "truce_agreed",
            "The ceasefire came into force at 4 a.m. on Sunday.",
            DAY,
            rule="truce_agreed/takes-effect",
            parties=sides,
            date_basis="weekday",
        ),
        tag("humanitarian", "Cars full of families jammed the road south.", DAY),
        tag(
            "attack",
            "Strikes on Saturday killed 42 people, officials said.",
            EVE,
            places=("Ganja",),
            date_basis="weekday",
        ),
        tag(
            "casualties",
            "Strikes on Saturday killed 42 people, officials said.",
            EVE,
            places=("Ganja",),
            date_basis="weekday",
            casualties=(Casualty(count=42, what="killed"),),
        ),
    )
    in_force = report(
        "in-force",
        "The truce took effect",
        tag("truce_agreed", "The truce took effect", DAY, rule="truce_agreed/takes-effect"),
    )
    entries = build(approved, begun, in_force)
    truces = [(e.date, sorted(e.item_ids)) for e in entries if e.kind == "truce_agreed"]
    assert truces == [(DAY, ["approved", "begun", "in-force"])]


def test_breaches_charged_hours_after_the_truce_the_next_day_are_the_truces() -> None:
    """Saturday's truce took effect at 5 p.m.; Sunday's report, telling nothing else,
    says the sides accused each other of breaking it only hours after agreeing to stop:
    the breaches of the truce's first night, set beside it, not a Sunday dispute line. A
    report that also tells Sunday's shelling keeps its charge on Sunday."""
    sides = ("armenia", "azerbaijan")
    agreed = report(
        "agreed",
        TRUCE_HEADLINE,
        tag(
            "truce_agreed",
            "The truce took effect at 5 p.m. on Saturday.",
            EVE,
            rule="truce_agreed/takes-effect",
            parties=sides,
            date_basis="weekday",
        ),
        day=EVE,
    )
    hours = report(
        "hours",
        "Both sides trade blame for breaches of the new truce",
        tag(
            "violation_claim",
            "The two sides accused each other of breaking the truce only hours after it began.",
            DAY,
            rule="violation_claim/mutual",
            parties=sides,
        ),
    )
    shelled = report(
        "shelled",
        "Tartar shelled on Sunday, Baku says",
        tag(
            "violation_claim",
            "Baku accused Armenian forces of breaking the truce hours after it began.",
            DAY,
            accuser="azerbaijan",
            accused="armenia",
            parties=sides,
        ),
        tag(
            "attack",
            "Shells fell on Tartar on Sunday morning.",
            DAY,
            places=("Tartar",),
            date_basis="weekday",
        ),
    )
    entries = build(agreed, hours, shelled)
    [truce] = [e for e in entries if e.kind == "truce_agreed"]
    assert (truce.date, sorted(truce.item_ids)) == (EVE, ["agreed", "hours"])
    assert any(e.date == DAY and "shelled" in e.item_ids for e in entries)


def test_a_truce_from_midnight_names_no_day_the_night_could_be_read_as() -> None:
    """Saturday's deal is for a truce "from midnight", and Sunday's reports say it took
    effect: one entry on Sunday. Its title says "from midnight", never "from midnight on
    18 October", which a reader takes for the night after Sunday (the news wrote
    "midnight on 17 October" for the same moment)."""
    deal = report(
        "deal",
        "Moscow brokers a truce from midnight",
        tag(
            "truce_agreed",
            "Russia brokered a truce between Armenia and Azerbaijan from midnight.",
            DAY,
            rule="truce_agreed/agree",
            parties=("russia", "armenia", "azerbaijan"),
            date_basis="relative",
        ),
        day=EVE,
    )
    in_force = report(
        "in-force",
        "The truce took effect",
        tag("truce_agreed", "The truce took effect", DAY, rule="truce_agreed/takes-effect"),
    )
    [entry] = build(deal, in_force)
    assert entry.date == DAY
    assert "from midnight" in entry.title and "October" not in entry.title, entry.title


def test_a_strike_placed_in_its_region_and_town_is_the_towns_strike() -> None:
    """Saturday's report: drones hit Martuni, killing four. Sunday's report, undated,
    says the drones struck two villages in Karabakh's Martuni district, killing four: the
    town named inside its region is the strike's site, so both tell one strike."""
    four = Casualty(count=4, what="killed")
    saturday_text = "Drones struck Martuni on Saturday, killing four people."
    saturday = report(
        "sat",
        "Drones kill four in Martuni",
        tag("attack", saturday_text, EVE, places=("Martuni",), date_basis="weekday"),
        tag("casualties", saturday_text, EVE, places=("Martuni",), casualties=(four,)),
        day=EVE,
    )
    sunday_text = "Drones struck two villages in Karabakh's Martuni district, killing four."
    inside = ("Nagorno-Karabakh", "Martuni")
    sunday = report(
        "sun",
        "Drone strikes kill four in Karabakh",
        tag("attack", sunday_text, DAY, places=inside),
        tag("casualties", sunday_text, DAY, places=inside, casualties=(four,)),
    )
    entries = build(saturday, sunday)
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [(EVE, ["sat", "sun"])]


def test_a_truce_under_the_next_days_dateline_that_dates_itself_the_day_before_is_one() -> None:
    """A wire report of the 18th opens "Oct 18 (Agency) - Baku and Yerevan have agreed a
    truce" and says further down that it began at 8 p.m. on the 17th: one truce, of the
    17th, not a second line on the 18th."""
    sides = ("armenia", "azerbaijan")
    opening = "Oct 18 (Agency) - Baku and Yerevan have agreed a truce, an official said."
    began = "The truce began at 8 p.m. on 17 October, he said."
    wire = report(
        "wire",
        "Armenia and Azerbaijan agree a truce",
        tag("truce_agreed", opening, DAY, parties=sides, date_basis="explicit"),
        tag("truce_agreed", began, EVE, parties=sides, date_basis="explicit"),
    )
    eve_text = "Baku and Yerevan agreed a truce from 8 p.m., the mediators said."
    eve = report(
        "eve",
        "Truce agreed from 8 p.m.",
        tag("truce_agreed", eve_text, EVE, parties=sides),
        day=EVE,
    )
    entries = build(wire, eve)
    assert [(e.date, e.kind, sorted(e.item_ids)) for e in entries] == [
        (EVE, "truce_agreed", ["eve", "wire"])
    ]


def test_a_denial_about_another_place_does_not_answer_the_day_befores_charge() -> None:
    """Saturday: Baku accuses Yerevan of shelling Tartar. Sunday: a report of a
    mediator's calls adds that Yerevan rejected any link to the blast in Ganja. That
    denial answers another matter: Saturday's charge stays undenied."""
    shelling = "Baku said Armenian forces shelled Tartar, breaking the truce."
    saturday = report(
        "sat",
        "Baku accuses Yerevan of shelling Tartar",
        replace(charge(shelling, EVE), places=("Tartar",)),
        day=EVE,
    )
    calls = "The mediator phoned both leaders and urged restraint."
    rejected = "Yerevan rejected any link to the blast in Ganja as baseless."
    sunday = report(
        "sun",
        "Mediator phones both leaders",
        tag("diplomatic_call", calls, DAY, parties=("osce", "armenia", "azerbaijan")),
        tag(
            "denial",
            rejected,
            DAY,
            denier="armenia",
            places=("Ganja",),
            parties=("armenia", "azerbaijan"),
        ),
    )
    entries = build(saturday, sunday)
    charged = next(e for e in entries if e.kind == "violation_claim")
    assert (charged.date, sorted(charged.item_ids)) == (EVE, ["sat"])


def test_harm_a_truce_headline_tells_dated_the_day_before_is_the_truces() -> None:
    """ "Truce takes hold at dawn; displaced families head home": the tagger dates the
    families' flight by the war it recalls, the day before. One headline, one story:
    no line of harm on the eve beside the truce. A meeting the same headline names
    would stay an event of its own."""
    headline = "Truce takes hold at dawn; displaced families head home"
    sides = ("armenia", "azerbaijan")
    first = report(
        "a",
        headline,
        tag("truce_agreed", headline, DAY, parties=sides, date_basis="weekday"),
        tag("humanitarian", headline, EVE, date_basis="weekday"),
    )
    entries = build(first, other_truce_report("b"))
    assert [(e.date, e.kind, sorted(e.item_ids)) for e in entries] == [
        (DAY, "truce_agreed", ["a", "b"])
    ]


def test_a_toll_beside_the_reports_own_act_stays_with_it_whatever_it_recalls() -> None:
    """Tuesday's report: drones hit Ganja overnight, one civilian killed (no day said);
    lower down it recalls strikes of Sunday. The toll is the drones', on Tuesday, not a
    line of Sunday's strikes."""
    tuesday = "2020-10-20"
    text = "Drones hit Ganja overnight and one civilian was killed, Baku said."
    recalled = "He also said Armenian strikes on 18 October had killed civilians."
    one = Casualty(count=1, what="killed", group="civilian", claimed_by="azerbaijan")
    item = report(
        "r",
        "Drones hit Ganja overnight, one civilian killed",
        tag("attack", text, tuesday, places=("Ganja",)),
        tag("casualties", text, tuesday, places=("Ganja",), casualties=(one,)),
        tag("attack", recalled, "2020-10-18", date_basis="explicit"),
        day=tuesday,
    )
    entries = build(item)
    toll_days = {e.date for e in entries if any(c.count == 1 for c in e.casualties)}
    assert toll_days == {tuesday}


def test_a_report_two_days_on_recalling_the_truce_is_no_source_of_it() -> None:
    """A report of a strike two days after the truce, whose closing lines recall the truce,
    is a source of the strike, not of the truce others tell: its background reaches as far
    as the builder reads a story's background (three days), not only the adjacent day."""
    later = "2020-10-20"
    headline = "Missile strike on Ganja kills ten, Baku says"
    strike = [
        tag("attack", headline, later, places=("Ganja",)),
        *ganja(later)[1:],
    ]
    recalled = tag(
        "truce_agreed",
        "The ministers had agreed a truce in Moscow that took effect on Sunday.",
        DAY,
        parties=("armenia", "azerbaijan"),
        date_basis="weekday",
    )
    entries = build(
        report("a", TRUCE_HEADLINE, truce()),
        other_truce_report("b"),
        report("c", headline, *strike, recalled, day=later),
    )
    by_day = {e.date: set(e.item_ids) for e in entries}
    assert by_day == {DAY: {"a", "b"}, later: {"c"}}


def test_a_line_dated_by_its_reports_dateline_follows_the_story_it_dates() -> None:
    """ "BAKU, October 18 -- Azerbaijan accused Armenia of laying mines after a blast on
    Saturday killed 13": the mines are dated by the dateline, the filing day, as a line
    dated by publication is; the blast and its dead by Saturday. One story, on Saturday."""
    headline = "Baku says Armenia laid mines after a blast killed 13"
    lede = "BAKU, October 18 -- Azerbaijan accused Armenia of laying mines near Ganja."
    mines = tag("attack", lede, DAY, places=("Ganja",), date_basis="dateline")
    entries = build(report("a", headline, mines, *ganja()))
    assert [(e.date, e.item_ids) for e in entries] == [(EVE, ("a",))]


def test_a_charge_said_at_talks_its_headline_dates_the_day_before_is_that_days() -> None:
    """Filed on Sunday: "Yerevan's minister meets the mediators in Washington and says Baku
    breaks the truce", the lede dating the meeting to Saturday. The charge was said at
    the talks: every line of the report is Saturday's, no dispute of Sunday."""
    headline = "Yerevan's minister meets the mediators in Washington and says Baku breaks the truce"
    sides = ("armenia", "azerbaijan", "minsk_group")
    talks = tag(
        "diplomatic_call",
        headline,
        EVE,
        rule="diplomatic_call/talks",
        parties=sides,
        places=("Washington",),
        date_basis="explicit",
    )
    said = tag(
        "violation_claim",
        headline,
        DAY,
        accuser="armenia",
        accused="azerbaijan",
        parties=sides,
    )
    lede = tag(
        "diplomatic_call",
        "The minister met the co-chairs in Washington on Saturday.",
        EVE,
        rule="diplomatic_call/talks",
        parties=sides,
        date_basis="weekday",
    )
    entries = build(report("w", headline, talks, said, lede))
    assert {e.date for e in entries} == {EVE}
