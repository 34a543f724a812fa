"""The war's running toll is a count, not a day's strike: it never lends its dead to a town.

Hand-made tags (the builder alone); sentences are our own words.
"""

from __future__ import annotations

from tests.core.test_timeline_events import build, killed, report, tag
from tui.records import Casualty, TaggedItem


def capture_report(item_id: str) -> TaggedItem:
    taken = f"Baku says its army took Zangilan ({item_id})"
    return report(
        item_id,
        tag("territorial_change", taken, places=("Zangilan",), parties=("azerbaijan",)),
    )


def toll_report() -> TaggedItem:
    toll = killed(700, "nagorno_karabakh", "military")
    return report(
        "toll",
        tag("attack", "Karabakh's losses mount as battles shift south"),
        tag(
            "casualties",
            "The Karabakh army said its death toll so far had passed 700 soldiers.",
            casualties=(toll,),
        ),
        tag(
            "denial",
            "Yerevan rejected Baku's word that Zangilan had fallen.",
            denier="armenia",
            places=("Zangilan",),
        ),
    )


def test_a_running_toll_beside_a_towns_capture_is_not_that_towns_dead() -> None:
    entries = build(capture_report("a"), capture_report("b"), toll_report())
    capture = next(e for e in entries if "Zangilan" in e.title)
    assert "700" not in capture.title
    assert capture.title.startswith("Azerbaijan claims capture of Zangilan")
    [count] = [e for e in entries if "700" in e.title]
    assert count.title == "Death toll reaches 700 soldiers, Nagorno-Karabakh authorities say"


def test_a_running_toll_a_towns_own_report_adds_is_not_that_towns_dead() -> None:
    count = Casualty(count=47, what="killed", group="civilian", claimed_by="azerbaijan")
    report_a = report(
        "a",
        tag(
            "territorial_change",
            "Aliyev said his troops had taken Martuni and three villages near it.",
            places=("Martuni",),
            parties=("azerbaijan",),
        ),
        tag(
            "casualties",
            "Baku said 47 civilians have been killed by Armenian attacks.",
            casualties=(count,),
        ),
    )
    [entry] = build(report_a)
    assert "47" not in entry.title
    assert entry.title.startswith("Azerbaijan claims capture of Martuni")


def test_a_toll_put_in_a_region_is_not_the_towns_hit_in_the_same_sentence() -> None:
    count = Casualty(count=22, what="killed", group="civilian", claimed_by=None)
    sentence = (
        "Officials count 22 civilians killed in Karabakh this week, and reporters "
        "were hurt when the cathedral in Shushi was struck again."
    )
    items = [
        report(
            item_id,
            tag("attack", sentence, places=("Nagorno-Karabakh", "Shushi")),
            tag(
                "casualties",
                sentence,
                places=("Nagorno-Karabakh", "Shushi"),
                casualties=(count,),
            ),
        )
        for item_id in ("a", "b")
    ]
    [entry] = build(*items)
    assert "Shushi" in entry.title
    assert "22" not in entry.title


def test_a_toll_told_of_a_village_the_profile_does_not_know_is_not_the_sites_dead() -> None:
    shelled = "Shells hit Martuni overnight, the town's mayor said."
    elsewhere = "Five people died in strikes on the village of Tsaghkavan, officials said."
    [entry] = build(
        report(
            "a",
            tag("attack", shelled, places=("Martuni",)),
            tag("casualties", elsewhere, casualties=(killed(5, None),)),
        )
    )
    assert "Martuni kills" not in entry.title
    assert entry.title.startswith("Fighting") and "Martuni" in entry.title


def test_the_wars_toll_said_on_a_weekday_is_not_the_towns_dead() -> None:
    shelled = "Shells hit Martuni overnight, the mayor said."
    so_far = "At least 47 civilians have been killed by Armenian attacks, Baku said on Friday."
    [entry] = build(
        report(
            "a",
            tag("attack", shelled, places=("Martuni",)),
            tag("casualties", so_far, casualties=(killed(47, "azerbaijan"),)),
        )
    )
    assert "Martuni kills" not in entry.title


def test_a_headline_giving_the_bodys_count_so_far_is_no_towns_toll() -> None:
    count = Casualty(count=20, what="killed", group="civilian", claimed_by="nagorno_karabakh")
    same = Casualty(count=20, what="killed", group=None, claimed_by=None)
    headline = "Ombudsman counts 20 civilians killed"
    so_far = "At least 20 people have been killed since the fighting began, he said."
    item = report(
        "a",
        tag("casualties", headline, casualties=(count,)),
        tag("casualties", so_far, casualties=(same,)),
        tag("attack", "Homes in Stepanakert were targeted.", places=("Stepanakert",)),
    )
    [entry] = build(item)
    assert "Stepanakert kills 20" not in entry.title


def test_a_toll_since_a_month_is_the_count_so_far() -> None:
    count = Casualty(count=45, what="killed", group="civilian", claimed_by="nagorno_karabakh")
    item = report(
        "a",
        tag("casualties", "Ombudsman: 45 civilians dead since September", casualties=(count,)),
        tag("attack", "Stepanakert was shelled again.", places=("Stepanakert",)),
    )
    [entry] = build(item)
    assert "kills 45" not in entry.title


def test_breaches_that_now_number_so_many_and_their_dead_are_a_count_so_far() -> None:
    dead = Casualty(count=31, what="killed", group=None, claimed_by="lebanon")
    item = report(
        "a",
        tag("attack", "Bulldozers razed homes in Khtsaberd.", places=("Khtsaberd",)),
        tag(
            "casualties",
            "Breaches of the truce now number 287 and have left 31 people dead, Beirut says.",
            casualties=(dead,),
        ),
    )
    [entry] = build(item)
    assert "kills 31" not in entry.title


def test_a_toll_both_a_side_and_an_outsider_give_is_the_sides_in_the_title() -> None:
    """Ankara condemning "the attack that killed 21" repeats Baku's count: the title says
    whose count it is (the warring side that gives it), and the outsider keeps its blame."""
    condemned = "Turkey condemns the Barda attack that killed 21 civilians"
    counted = "Azerbaijani officials said rockets killed 21 civilians in Barda."
    entries = build(
        report(
            "ankara",
            tag("attack", condemned, places=("Barda",)),
            tag("casualties", condemned, places=("Barda",), casualties=(killed(21, "turkey"),)),
        ),
        report(
            "baku",
            tag("attack", counted, places=("Barda",)),
            tag("casualties", counted, places=("Barda",), casualties=(killed(21, "azerbaijan"),)),
        ),
    )
    [barda] = [e for e in entries if "Barda" in e.title]
    assert "21 civilians, Azerbaijan says" in barda.title
    assert "Turkey says" not in barda.title


def test_a_toll_is_not_the_dead_of_the_town_the_strike_answered() -> None:
    """ "Israel struck the south in retaliation for rockets fired at Metula, killing two":
    the two died where the strikes fell, not in Metula; no "... on Metula kills 2"."""
    line = (
        "Israel struck villages in the south in retaliation for rockets fired at the "
        "town of Metula, killing two people, the health ministry said."
    )
    entries = build(
        report(
            "a",
            tag("attack", line, places=("Metula",)),
            tag("casualties", line, places=("Metula",), casualties=(killed(2, "lebanon"),)),
        )
    )
    assert not any("Metula" in e.title and "kills" in e.title for e in entries)
    assert any("kills 2" in e.title for e in entries)


def test_a_toll_is_not_the_dead_of_the_city_people_fled_to() -> None:
    strikes = "Strikes across the south killed 40 people, the health ministry said."
    fled = "Thousands fled north, jamming the roads towards Tyre."
    entries = build(
        report(
            "a",
            tag("attack", strikes),
            tag("casualties", strikes, casualties=(killed(40, "lebanon"),)),
            tag("humanitarian", fled, places=("Tyre",)),
        )
    )
    assert not any("Tyre" in e.title and "kills" in e.title for e in entries)


def test_a_count_of_the_dead_kept_after_the_war_is_no_days_fighting() -> None:
    """An analysis months after the truce of the lists of the fallen gives the war's toll,
    not a day of fighting that killed them."""
    lists = killed(2_700, None, "military")
    [entry] = build(
        report(
            "a",
            tag("attack", "The war's dead, name by name"),
            tag(
                "casualties",
                "Months after the truce, a researcher reads the lists of 2,700 soldiers killed.",
                casualties=(lists,),
            ),
        )
    )
    assert entry.title.startswith("Death toll reaches 2,700 soldiers")


def test_the_dead_of_a_week_of_fighting_are_the_wars_toll_not_a_days() -> None:
    week = killed(40, "azerbaijan", "civilian")
    [entry] = build(
        report(
            "a",
            tag("attack", "Baku counts the cost of the war"),
            tag(
                "casualties",
                "Baku said 40 civilians were killed during a week of heavy fighting.",
                casualties=(week,),
            ),
        )
    )
    assert entry.title.startswith("Death toll reaches 40 civilians")


def test_a_placeless_report_of_a_mine_blast_wounding_as_many_joins_the_blasts_site() -> None:
    """One report says a landmine wounded three soldiers near Sotk, brought to the
    town's hospital; another tells three soldiers wounded when one stepped on a land
    mine, naming no place: one blast, one entry. Fighting that wounded three, told beside
    a shelling of Sotk's hospital that wounded three, stays two: a toll of wounded alone
    does not tell one strike."""

    def hurt(item_id: str, sentence: str, places: tuple[str, ...] = ()) -> TaggedItem:
        wounded = Casualty(count=3, what="wounded", group="military", claimed_by="armenia")
        return report(
            item_id,
            tag("attack", sentence, places=places),
            tag("casualties", sentence, places=places, casualties=(wounded,)),
        )

    at_sotk = hurt(
        "s", "A landmine wounded three soldiers near Sotk; they are in hospital.", ("Sotk",)
    )
    placeless = hurt("p", "Three soldiers were wounded when one stepped on a land mine.")
    [blast] = build(at_sotk, placeless)
    assert set(blast.item_ids) == {"s", "p"}
    shelled = hurt("s", "Shelling of Sotk's hospital wounded three soldiers.", ("Sotk",))
    fighting = hurt("p", "Three soldiers were wounded in the fighting.")
    assert len(build(shelled, fighting)) == 2
    # (the place-less report must tell a blast too)
    assert len(build(at_sotk, fighting)) == 2
