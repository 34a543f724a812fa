"""A day's appeals are titled with what they ask, in the words their sentences use.

Hand-made tags (the builder alone); sentences are our own words.
"""

from __future__ import annotations

from tests.core.test_timeline_events import build, diplomacy, report, tag
from tui.records import TaggedItem

SIDES = ("armenia", "azerbaijan")


def appeal(item_id: str, party: str, sentence: str) -> TaggedItem:
    return diplomacy(item_id, party, sentence, "diplomatic_call/appeal")


def title_of(*items: TaggedItem) -> str:
    [entry] = build(*items)
    return entry.title


def test_an_appeal_to_stop_fighting_asks_for_a_halt() -> None:
    stop = "Guterres urged both sides to stop the fighting at once."
    assert title_of(appeal("a", "un", stop)) == "United Nations calls for a halt to the fighting"


def test_appeals_once_a_truce_holds_ask_that_it_be_kept() -> None:
    keep = "Moscow urged both capitals to respect the truce agreed on Saturday."
    also = "Ankara said the ceasefire must hold, the foreign ministry said."
    title = title_of(appeal("a", "russia", keep), appeal("b", "turkey", also))
    assert title == "Russia and Turkey call for the truce to be kept"


def test_an_appeal_for_restraint_says_restraint_not_a_halt() -> None:
    calm = "The UN chief urged both countries to show maximum restraint."
    assert title_of(appeal("a", "un", calm)) == "United Nations calls for restraint"


def test_an_offer_to_mediate_is_titled_as_one() -> None:
    offer = "Tehran offered to mediate between Baku and Yerevan, the ministry said."
    assert title_of(appeal("a", "iran", offer)) == "Iran offers to mediate"


def test_a_mediators_talks_are_one_entry_whatever_side_a_report_quotes_after() -> None:
    """Two reports of the envoy's meetings; one quotes, lower down, a warring side on a
    plan. The meeting is the mediator's initiative in both, not the quoted side's."""
    met = "Lavrov met the foreign ministers of Armenia and Azerbaijan for talks."
    after = "Lavrov said after the talks with both ministers that a deal was within reach."
    aside = "In Baku, a minister said Azerbaijan would accept a plan only on its own terms."
    talks = "diplomatic_call/talks"
    entries = build(
        report("a", tag("diplomatic_call", met, rule=talks, parties=(*SIDES, "russia"))),
        report(
            "b",
            tag("diplomatic_call", after, rule=talks, parties=("russia", *SIDES)),
            tag("diplomatic_call", aside, rule=talks, parties=("azerbaijan",)),
        ),
    )
    assert [sorted(e.item_ids) for e in entries] == [["a", "b"]]
    assert entries[0].title.startswith("Russia")


def call(
    item_id: str, sentence: str, rule: str = "talks", parties: tuple[str, ...] = SIDES
) -> TaggedItem:
    """A report of one diplomatic call (rule `diplomatic_call/<rule>`)."""
    return report(
        item_id, tag("diplomatic_call", sentence, rule=f"diplomatic_call/{rule}", parties=parties)
    )


def commanders_met() -> TaggedItem:
    """The two armies' commanders meet: the warring sides' own contact."""
    return call("m", "Armenia's and Azerbaijan's commanders met at the line for the first time.")


def test_the_warring_sides_own_contact_told_two_ways_is_one_entry() -> None:
    """One report tells a meeting of the two armies' commanders, another the same contact
    as talks naming only the two sides: one entry. A third state's call that day stays
    the day's appeals, apart from the sides' own contact."""
    met = commanders_met()
    hotline = call("h", "Armenia and Azerbaijan held a first round of talks by hotline.")
    assert [e.item_ids for e in build(met, hotline)] == [("h", "m")]
    appeal = call(
        "a",
        "France urged Armenia and Azerbaijan to stop the fighting.",
        "appeal",
        ("france", *SIDES),
    )
    assert len(build(met, hotline, appeal)) == 2


def test_a_sides_demand_before_any_talks_is_no_contact_held() -> None:
    """The two commanders' meeting and, the same day, one side's demand that the other
    withdraw before any talks: two entries, the demand no part of the meeting."""
    met = commanders_met()
    demand = call(
        "d", "Azerbaijan's president demanded that Armenia withdraw before any talks.", "appeal"
    )
    assert len(build(met, demand)) == 2


def test_one_sides_account_of_the_commanders_talks_joins_their_meeting() -> None:
    """A report told in one side's voice ("Azerbaijan's army chief said the talks went
    well", its talks naming that side alone) of the day the two armies' commanders met is
    that meeting, with the chief's own call for calm beside it; a third state's appeal
    of the day stays apart."""
    met = commanders_met()
    account = report(
        "s",
        tag(
            "diplomatic_call",
            "Azerbaijan's army chief said the talks at the line had gone smoothly.",
            rule="diplomatic_call/talks",
            parties=("azerbaijan",),
        ),
        tag(
            "diplomatic_call",
            "He asked the units on duty to keep calm and show restraint.",
            rule="diplomatic_call/appeal",
            parties=(),
        ),
    )
    assert [e.item_ids for e in build(met, account)] == [("m", "s")]
    appeal = call(
        "a",
        "France urged Armenia and Azerbaijan to stop the fighting.",
        "appeal",
        ("france", *SIDES),
    )
    assert sorted(e.item_ids for e in build(met, account, appeal)) == [("a",), ("m", "s")]


def test_a_ministers_talks_with_his_guest_are_the_days_meeting_not_an_aside() -> None:
    """On the day the three ministers meet in Moscow, a report led by the host's call for
    monitors that says he spoke "after talks with" one guest tells that meeting: one entry
    with the monitors beside it. Talks of a state outside the meeting stay apart."""
    met = report(
        "m",
        tag(
            "diplomatic_call",
            "The Russian, Armenian and Azerbaijani foreign ministers met in Moscow for talks.",
            rule="diplomatic_call/talks",
            parties=("russia", *SIDES),
            places=("Moscow",),
        ),
    )
    guest = report(
        "g",
        tag(
            "peacekeeping",
            "Monitors of the ceasefire must be sent without delay, the Russian minister said.",
            rule="peacekeeping/monitors",
            parties=("russia",),
        ),
        tag(
            "diplomatic_call",
            "Speaking after talks with his Armenian counterpart, he said the deal must hold.",
            rule="diplomatic_call/talks",
            parties=("russia", "armenia"),
        ),
    )
    assert [e.item_ids for e in build(met, guest)] == [("g", "m")]
    paris = call(
        "p",
        "France's foreign minister held talks with his Armenian counterpart in Paris.",
        parties=("france", "armenia"),
    )
    assert sorted(e.item_ids for e in build(met, guest, paris)) == [("g", "m"), ("p",)]


def test_calls_made_on_a_trip_abroad_are_talks_not_a_visit_or_a_meeting() -> None:
    """The US president, on a visit to a country outside the war, says he spoke to both
    leaders and that they agreed to meet: his talks with them, titled so; not a "visit"
    (he visited neither side) nor a meeting (none was held yet)."""
    phoned = report(
        "p",
        tag(
            "diplomatic_call",
            "The US president, who is on a visit to Scotland, said he had spoken by phone "
            "to the leaders of Armenia and Azerbaijan, and that they had agreed to meet.",
            rule="diplomatic_call/talks",
            parties=("usa", *SIDES),
        ),
        tag(
            "diplomatic_call",
            "He spoke first to the Armenian leader and then to his Azerbaijani counterpart.",
            rule="diplomatic_call/phone-call",
            parties=("usa", *SIDES),
        ),
    )
    assert title_of(phoned) == "United States holds talks with Armenia and Azerbaijan"


def test_the_sides_talks_told_without_their_host_are_the_hosts_meeting() -> None:
    """One report tells the day's meeting with its host ("delegates met at the checkpoint
    with Russian officers present"), another the same talks as the two sides' alone: one
    entry. A meeting of a state outside the war with one side the same day stays apart,
    and with two hosted meetings that day the sides' own talks join neither."""
    hosted = call(
        "h",
        "Delegates of Armenia and Azerbaijan met at the checkpoint with Russian officers present.",
        parties=("russia", *SIDES),
    )
    sides = call("s", "Armenian and Azerbaijani officers met at the bridge for 35 minutes.")
    assert [e.item_ids for e in build(hosted, sides)] == [("h", "s")]
    paris = call(
        "p",
        "France's president met Armenia's prime minister in Paris on Wednesday.",
        parties=("france", "armenia"),
    )
    entries = build(hosted, sides, paris)
    assert sorted(e.item_ids for e in entries) == [("h", "s"), ("p",)]
    tehran = call(
        "t",
        "Iran hosted the Armenian and Azerbaijani deputy ministers in Tehran on Wednesday.",
        parties=("iran", *SIDES),
    )
    assert sorted(e.item_ids for e in build(hosted, sides, tehran)) == [("h",), ("s",), ("t",)]


def test_the_sides_talks_each_report_credits_to_one_side_are_one_meeting() -> None:
    """With no host that day, one report tells the meeting as Yerevan's ("its officers met
    the other side"), another as Baku's with Armenia ("Baku's officers met their Armenian
    counterparts"): one meeting, one entry. With a third warring party, Yerevan's talks
    with Stepanakert's leaders are another meeting than Baku's with Yerevan."""
    yerevan = call(
        "y", "Yerevan said its officers had met the other side at the bridge.", parties=("armenia",)
    )
    baku = call(
        "b",
        "Baku said its officers had met their Armenian counterparts on Sunday.",
        parties=("azerbaijan", "armenia"),
    )
    assert [e.item_ids for e in build(yerevan, baku)] == [("b", "y")]
    karabakh = call(
        "k",
        "Armenia's prime minister met the Karabakh leaders in Stepanakert on Sunday.",
        parties=("armenia", "nagorno_karabakh"),
    )
    assert sorted(e.item_ids for e in build(karabakh, baku)) == [("b",), ("k",)]


def test_talks_that_name_no_one_are_the_days_one_hosted_meeting() -> None:
    """A report says only that "the four leaders met on the margins of the summit",
    another tells the EU's meeting with both sides that day: one meeting, not a second
    line titled "Talks". With two hosted meetings that day it joins neither."""
    nameless = call("n", "The four leaders met on the margins of the summit.", parties=())
    hosted = call(
        "h",
        "The EU council president met the Armenian and Azerbaijani leaders on Thursday.",
        parties=("eu", *SIDES),
    )
    assert [e.item_ids for e in build(hosted, nameless)] == [("h", "n")]
    tehran = call(
        "t",
        "Iran hosted the Armenian and Azerbaijani deputy ministers in Tehran on Thursday.",
        parties=("iran", *SIDES),
    )
    entries = build(hosted, nameless, tehran)
    assert sorted(e.item_ids for e in entries) == [("h",), ("n",), ("t",)]


def test_a_meeting_held_is_not_titled_with_the_venue_of_the_next_one() -> None:
    """A report of the day's meeting says the border commissions are to meet next in
    Brussels: the day's talks were not in Brussels, and their line must not say so."""
    mission = tag("peacekeeping", "An EU mission will watch the border, the leaders said.")
    held = tag(
        "diplomatic_call",
        "The EU council president met the Armenian and Azerbaijani leaders at the summit.",
        rule="diplomatic_call/talks",
        parties=("eu", *SIDES),
    )
    next_one = tag(
        "diplomatic_call",
        "Their border commissions are to meet next in Brussels.",
        rule="diplomatic_call/talks",
        places=("Brussels",),
    )
    [entry, *_] = [
        e for e in build(report("r", mission, held, next_one)) if e.kind != "peacekeeping"
    ]
    assert "Brussels" not in entry.title, entry.title


def test_a_plan_no_one_is_named_for_is_titled_without_a_missing_subject() -> None:
    """A report says only that "a seven-point plan was agreed at the meeting", naming no
    one: the line reads "Peace plan put forward", never "puts forward a peace plan"."""
    plan = call("p", "A seven-point plan was agreed at the meeting.", parties=())
    [entry] = build(plan)
    assert entry.title == "Peace plan put forward", entry.title
