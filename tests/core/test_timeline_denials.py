"""Denials that answer no claim of the day: where a reader finds them.

Hand-made tags (the builder alone, not the tagger), built with the event tests' helpers;
sentences are our own words.
"""

from __future__ import annotations

from typing import Any

from tests.core.test_timeline_events import DAY, build, killed, report, tag
from tui.records import Tag

NEXT = "2020-10-29"
HEADLINE = "Stepanakert counts nine civilians dead; Yerevan rejects the Mingachevir claim"
DENIED = "Baku's story of an Armenian missile on Mingachevir is a lie, Yerevan said."


def test_a_sides_denial_about_one_town_retold_the_next_day_is_one_entry() -> None:
    at = ("Mingachevir",)
    first = report(
        "a",
        tag("denial", HEADLINE, denier="armenia", places=at),
        tag(
            "casualties",
            "Nine civilians in Nagorno-Karabakh were killed this week, an official said.",
            places=("Nagorno-Karabakh",),
            casualties=(killed(9, "armenia"),),
        ),
        tag("denial", DENIED, denier="armenia", places=at),
        tag("attack", DENIED, places=at),
    )
    again = report(
        "b",
        tag(
            "denial",
            "Yerevan says reports of fire from Armenia are fake.",
            denier="armenia",
            event_date=NEXT,
        ),
        tag(
            "denial",
            "Armenia also rejected reports of a strike on Mingachevir.",
            denier="armenia",
            places=at,
            event_date=NEXT,
        ),
        tag(
            "attack",
            "Stepanakert was shelled for another day.",
            places=("Stepanakert",),
            event_date=NEXT,
        ),
        day=NEXT,
    )
    entries = build(first, again)
    # the day before holds one line for the Mingachevir denial, with both reports
    assert [e.item_ids for e in entries if e.date == DAY] == [("a", "b")]


def armenian_charge(sentence: str, **fields: Any) -> Tag:
    """Yerevan's charge that Baku broke the truce."""
    return tag(
        "violation_claim",
        sentence,
        accuser="armenia",
        accused="azerbaijan",
        parties=("armenia", "azerbaijan"),
        **fields,
    )


def lone_denial_title(
    *sentences: str, places: tuple[str, ...] = (), denier: str = "azerbaijan"
) -> str:
    tags = [tag("denial", s, denier=denier, places=places) for s in sentences]
    [entry] = build(report("a", *tags))
    return entry.title


def test_a_lone_denial_says_what_weapon_or_act_it_denies() -> None:
    mines = "Baku calls the report that its army laid new mines by the border baseless."
    assert lone_denial_title(mines) == "Azerbaijan denies landmine claims"
    gas = "The ministry rejected the charge that chemical weapons were used as a fabrication."
    assert lone_denial_title(gas) == "Azerbaijan denies chemical weapons claims"
    jet = "Baku says the claim that its drone shot down a helicopter is false."
    assert lone_denial_title(jet) == "Azerbaijan denies downing claims"


def test_a_lone_denial_of_shelling_names_the_town_not_a_topic() -> None:
    # "shelling" may be the denier's own counter-charge: the title keeps to the town
    shelled = "Reports that Azerbaijani guns shelled Tartar's outskirts are lies, Baku said."
    assert lone_denial_title(shelled, places=("Tartar",)) == "Azerbaijan denies claims about Tartar"
    downing_street = "A report from Downing Street on the talks is wrong, the ministry said."
    assert lone_denial_title(downing_street) == "Azerbaijan denies claims"


def test_a_denial_of_foreign_fighters_says_so() -> None:
    fighters = "Baku called reports of Syrian fighters on its side a fabrication."
    assert lone_denial_title(fighters) == "Azerbaijan denies mercenary claims"


def test_an_accuser_who_also_denies_denies_breaking_the_truce() -> None:
    claim = armenian_charge("Yerevan said Azerbaijani guns fired on its posts, breaking the truce.")
    denial = tag(
        "denial",
        "Baku's story that Armenian units opened fire first is a lie, Yerevan said.",
        denier="armenia",
        parties=("armenia", "azerbaijan"),
    )
    [entry] = build(report("a", claim, denial), report("b", claim))
    assert entry.title.startswith("Armenia accuses Azerbaijan of")
    assert entry.title.endswith("; Armenia denies breaking it")
    assert not entry.title.endswith("; Armenia denies")


def test_a_denial_of_foreign_fighters_never_answers_the_day_befores_truce_charges() -> None:
    charge = armenian_charge(
        "Yerevan accused Baku of shelling Martuni in breach of the truce.", places=("Martuni",)
    )
    answer = tag("denial", "Baku called the Martuni charge a lie.", denier="azerbaijan")
    fighters = tag(
        "denial",
        "Aliyev called French charges of Syrian mercenaries on his side baseless.",
        denier="azerbaijan",
        event_date=NEXT,
    )
    entries = build(
        report("a", charge, answer),
        report("b", charge),
        report("c", fighters, day=NEXT),
    )
    mercenaries = next(e for e in entries if "c" in e.item_ids)
    assert mercenaries.date == NEXT
    assert mercenaries.item_ids == ("c",)
    assert mercenaries.title == "Azerbaijan denies mercenary claims"


def test_an_act_denied_by_name_is_one_entry_with_its_denials_not_a_line_of_fighting() -> None:
    parties = ("armenia", "turkey")
    claimed = report(
        "a",
        tag("attack", "Yerevan says a Turkish jet shot down one of its planes", parties=parties),
        tag("denial", "Ankara and Baku dismissed the story as false.", denier="turkey"),
    )
    rejected = report(
        "b",
        tag(
            "denial",
            "Ankara rejects the claim that its jet downed an Armenian plane",
            denier="turkey",
            parties=parties,
        ),
    )
    bus = report(
        "c",
        tag(
            "attack",
            "A drone hit a bus near Vardenis.",
            rule="attack/weapons",
            places=("Vardenis",),
        ),
    )
    entries = build(claimed, rejected, bus)
    denied = next(e for e in entries if "a" in e.item_ids)
    assert set(denied.item_ids) == {"a", "b"}
    assert denied.kind == "denial" and "downing" in denied.title
    strike = next(e for e in entries if "c" in e.item_ids)
    assert strike.item_ids == ("c",) and "deny" not in strike.title


def test_a_denial_naming_no_denier_joins_the_days_denial_about_the_same_town() -> None:
    at = ("Mingachevir",)
    named = report(
        "a",
        tag("denial", "Yerevan denies firing at Mingachevir", denier="armenia", places=at),
    )
    unnamed = report(
        "b", tag("denial", "The Mingachevir strike was not ours, a spokesman said.", places=at)
    )
    [entry] = build(named, unnamed)
    assert set(entry.item_ids) == {"a", "b"}
    assert entry.title.startswith("Armenia denies")


def test_a_lone_denial_says_what_the_denier_says_it_did_not_do() -> None:
    [entry] = build(
        report(
            "a",
            tag(
                "denial",
                "Baku flatly denied shelling Stepanakert overnight.",
                denier="azerbaijan",
                places=("Stepanakert",),
            ),
        )
    )
    assert entry.title == "Azerbaijan denies shelling Stepanakert"


def test_a_lone_denial_names_whose_claims_it_denies_when_its_sentence_does() -> None:
    charge = "Yerevan rejects Baku's charge of rocket fire from its territory."
    assert lone_denial_title(charge, denier="armenia") == "Armenia denies claims by Azerbaijan"
    media = "Reports in the Armenian media of sickness in its army are groundless, Baku said."
    assert lone_denial_title(media) == "Azerbaijan denies claims by Armenia"
    # a side merely named is not the claimant: a witness account, a border
    named = "Baku denied a report by witnesses about its troops near the Armenian border."
    assert lone_denial_title(named) == "Azerbaijan denies claims"


def test_a_dispute_is_titled_by_the_claim_that_names_who_accuses_whom() -> None:
    """An unattributed line ("the rivals traded blame") told first does not hide the
    named charge beside it."""
    blame = tag("violation_claim", "The truce failed to take hold as the rivals traded blame.")
    charge = tag(
        "violation_claim",
        "Stepanakert said Azerbaijani offensives had wrecked the truce.",
        accuser="nagorno_karabakh",
        accused="azerbaijan",
        parties=("nagorno_karabakh", "azerbaijan"),
    )
    [entry] = build(report("a", blame), report("b", charge))
    assert entry.title.startswith("Nagorno-Karabakh authorities accuse Azerbaijan")


def test_a_denial_that_goes_on_to_a_counter_charge_answers_the_strike_it_denies() -> None:
    """ "Yerevan denies it and accuses Baku of shelling Stepanakert": the denial is of the
    Ganja strike; Stepanakert is the counter-charge's town. No "Armenia denies shelling
    Stepanakert", and the Ganja title keeps Baku's blame, not Yerevan's counter-charge."""
    strike = "Baku says an Armenian missile killed 12 civilians in Ganja despite the truce."
    denied = "Yerevan denies it and accuses Baku of shelling Stepanakert."
    tags = [
        tag("attack", strike, places=("Ganja",)),
        tag("casualties", strike, places=("Ganja",), casualties=(killed(12, "azerbaijan"),)),
        tag(
            "violation_claim",
            strike,
            accuser="azerbaijan",
            accused="armenia",
            places=("Ganja",),
            parties=("azerbaijan", "armenia"),
        ),
        tag("denial", denied, denier="armenia", places=("Stepanakert",)),
        armenian_charge(denied),
    ]
    entries = build(report("a", *tags))
    assert not any("denies shelling Stepanakert" in e.title for e in entries)
    [ganja] = [e for e in entries if "Ganja" in e.title]
    assert "Azerbaijan says, blaming Armenia" in ganja.title
    assert ganja.title.endswith("Armenia denies")


def test_a_denial_the_morning_after_a_charge_answers_that_charge() -> None:
    """Baku charges Armenian troops with planting explosives near Tovuz on Monday night;
    Tuesday's report of the mine blast that followed says Yerevan denies laying new mines.
    The denial answers Monday's charge (one dispute: "...; Armenia denies"), not the blast
    its own report recalls, which would make a Tuesday line "Armenia denies landmine
    claims"."""
    charge = "Baku accused Armenian troops of planting fresh explosives near Tovuz overnight."
    monday = report(
        "charge",
        tag(
            "violation_claim",
            charge,
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
        ),
    )
    tuesday = report(
        "denied",
        tag(
            "violation_claim",
            "Baku had accused Armenian troops of planting explosives there on Monday night.",
            date_basis="weekday",
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
        ),
        tag(
            "attack",
            "Talks were put off on Tuesday after a blast near the line wounded two soldiers.",
            event_date=NEXT,
            date_basis="explicit",
        ),
        tag(
            "denial",
            "Yerevan denied that it had laid any new mines.",
            denier="armenia",
            parties=("armenia",),
            event_date=NEXT,
        ),
        day=NEXT,
    )
    entries = build(monday, tuesday)
    assert not [e for e in entries if e.kind == "denial"], [e.title for e in entries]
    [dispute] = [e for e in entries if e.date == DAY]
    assert dispute.kind == "violation_claim"
    assert sorted(dispute.item_ids) == ["charge", "denied"]
    assert dispute.title.endswith("Armenia denies"), dispute.title


def test_a_denial_of_last_night_answers_the_charge_its_report_tells_today() -> None:
    """Thursday's report: the army chief says Armenia broke the truce and killed a
    soldier; Yerevan answers "last night we did not fire a single shot". The tagger
    dates that denial to the night it speaks of (Wednesday), but it answers the charge
    its own report tells on Thursday: one dispute ("...; Armenia denies"), no Wednesday
    line "Armenia denies claims"."""
    report_day = "2020-10-29"
    charged = report(
        "r",
        tag(
            "violation_claim",
            "The army chief said on Thursday that Armenian troops broke the truce.",
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            event_date=report_day,
            date_basis="weekday",
        ),
        tag(
            "denial",
            '"Last night we did not fire a single shot," the Armenian spokesman said.',
            denier="armenia",
            parties=("armenia", "azerbaijan"),
            date_basis="relative",
        ),
        day=report_day,
    )
    [dispute] = build(charged)
    assert dispute.date == report_day and dispute.kind == "violation_claim"
    assert dispute.title.endswith("Armenia denies"), dispute.title
