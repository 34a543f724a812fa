"""A capture claimed is the news of its town's entry; never a capture of a town it names.

Hand-made tags (the builder alone); sentences are our own words.
"""

from __future__ import annotations

from dataclasses import replace

from tests.core.test_timeline_events import build, report, tag
from tui.records import Casualty, Tag


def taken(town: str) -> Tag:
    return tag(
        "territorial_change",
        f"Aliyev said his troops had taken {town}.",
        places=(town,),
        parties=("azerbaijan",),
    )


def battle(town: str) -> Tag:
    return tag(
        "attack", f"Fighting for {town} went on all day, Karabakh officials said.", places=(town,)
    )


def test_a_towns_capture_claimed_amid_the_battle_for_it_is_the_title() -> None:
    [entry] = build(report("a", taken("Hadrut"), battle("Hadrut")), report("b", battle("Hadrut")))
    assert entry.title.startswith("Azerbaijan claims capture of Hadrut")


def test_a_capture_of_another_town_does_not_retitle_a_shelling() -> None:
    shelled = tag("attack", "Shells fell on Martuni overnight.", places=("Martuni",))
    entries = build(
        report("a", shelled, taken("Jabrayil")),
        report("b", shelled),
        report("c", shelled),
    )
    martuni = next(e for e in entries if "Martuni" in e.title)
    assert "capture" not in martuni.title
    assert all("capture of Martuni" not in e.title for e in entries)


def test_the_side_that_lost_a_town_concedes_it_and_claims_nothing() -> None:
    lost = tag(
        "territorial_change",
        "Hadrut is out of our control, the Karabakh president's spokesman said.",
        places=("Hadrut",),
        parties=("nagorno_karabakh",),
    )
    [entry] = build(report("a", lost), report("b", lost))
    assert entry.title == "Nagorno-Karabakh authorities concede loss of Hadrut"


def test_a_capture_with_a_toll_beside_it_reads_as_two_facts() -> None:
    dead = Casualty(count=3, what="killed", group="civilian", claimed_by="armenia")
    toll = tag("casualties", "Three civilians died in Hadrut, Yerevan said.", places=("Hadrut",))
    toll = replace(toll, casualties=(dead,))
    [entry] = build(report("a", taken("Hadrut"), toll), report("b", taken("Hadrut")))
    assert entry.title == "Azerbaijan claims capture of Hadrut; 3 civilians killed, Armenia says"


def test_a_capture_no_one_claims_keeps_the_towns_capital_letter() -> None:
    unclaimed = tag(
        "territorial_change", "Sugovushan was taken on Saturday.", places=("Sugovushan",)
    )
    [entry] = build(report("a", unclaimed))
    assert entry.title == "Capture of Sugovushan claimed"


def test_villages_taken_in_named_districts_name_no_town_taken() -> None:
    freed = (
        "Twelve more villages in the Fuzuli, Khojaly and Martuni districts were freed, Baku said."
    )
    [entry] = build(
        report(
            "a",
            tag(
                "territorial_change",
                freed,
                places=("Khojaly", "Martuni"),
                parties=("azerbaijan",),
            ),
        )
    )
    assert entry.title.startswith("Azerbaijan claims captures")
    assert "Martuni" not in entry.title.split(";")[0]


def test_villages_named_by_their_district_name_no_town_taken() -> None:
    [entry] = build(
        report(
            "a",
            tag(
                "territorial_change",
                "Aliyev says three more Martuni villages were taken",
                places=("Martuni",),
                parties=("azerbaijan",),
            ),
        )
    )
    assert entry.title == "Azerbaijan claims captures"


def test_a_town_handed_over_under_the_deal_is_a_handover_not_a_capture() -> None:
    """Troops entering a district the truce deal gives their side is no battle won: the
    title says handover, and claims no capture."""
    entered = tag(
        "territorial_change",
        "Azerbaijani units entered Lachin on Tuesday under the trilateral statement.",
        places=("Lachin",),
        parties=("azerbaijan",),
    )
    moved_in = tag(
        "territorial_change",
        "Azerbaijan's army moved into Lachin, its ministry said.",
        places=("Lachin",),
        parties=("azerbaijan",),
    )
    [entry] = build(report("a", entered), report("b", moved_in))
    assert entry.title == "Handover of Lachin to Azerbaijan"
    [battle_won] = build(report("a", taken("Lachin")), report("b", moved_in))
    assert battle_won.title.startswith("Azerbaijan claims capture of Lachin")
