"""A report's charge left alone a day from the dispute it belongs to (`remnants`).

Hand-made tags (the builder alone, not the tagger); sentences are our own words.
"""

from __future__ import annotations

from dataclasses import replace

from tests.core.test_timeline_next_day import DAY, EVE, build, report, tag
from tests.core.test_timeline_next_day import charge as bakus_charge
from tui.records import Tag, TaggedItem

CHARGE = "Yerevan says Azerbaijani guns shelled border villages on Saturday"
SAID_AGAIN = "Armenia's ministry said Azerbaijani artillery hit two villages on Saturday."


def charge(day: str, evidence: str, basis: str = "weekday") -> Tag:
    """Yerevan's charge that Baku broke the truce (the other way round from Baku's)."""
    sides = {"accuser": "armenia", "accused": "azerbaijan", "parties": ("armenia", "azerbaijan")}
    return replace(bakus_charge(evidence, day, basis), **sides)


def charge_reports() -> list[TaggedItem]:
    return [
        report("a", CHARGE, charge(EVE, CHARGE), day=EVE),
        report("b", "Armenia accuses Baku of shelling", charge(EVE, SAID_AGAIN), day=EVE),
    ]


def test_a_charge_restated_in_the_next_days_denial_is_that_dispute() -> None:
    """Filed on Sunday, "Baku rejects Yerevan's charge that it shelled border villages":
    the denial answers Saturday's charge, and the charge it restates, dated by nothing but
    the filing, is that same charge, not a dispute of Sunday told by one report. One
    entry, on Saturday, with all three reports."""
    rejects = "Baku rejects Yerevan's charge that its guns shelled border villages"
    denial = tag("denial", rejects, DAY, denier="azerbaijan", parties=("azerbaijan", "armenia"))
    reply = report("c", rejects, denial, charge(DAY, rejects, "published"))
    entries = build(*charge_reports(), reply)
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [(EVE, ["a", "b", "c"])]


def test_a_new_charge_its_report_headlines_stays_the_next_days_news() -> None:
    """Filed on Sunday, a report headlines a new charge of Sunday's shelling and recalls,
    lower down, that Baku denied Saturday's: the new charge is its story, a dispute of
    Sunday of its own, even though its report also sits in Saturday's dispute."""
    again = "Yerevan says Azerbaijani guns shelled the villages again on Sunday"
    recalled = "On Saturday Baku denied shelling the villages."
    denial = tag(
        "denial",
        recalled,
        EVE,
        denier="azerbaijan",
        parties=("azerbaijan", "armenia"),
        date_basis="weekday",
    )
    new = report("c", again, charge(DAY, again), denial)
    entries = build(*charge_reports(), new)
    assert sorted((e.date, sorted(e.item_ids)) for e in entries) == [
        (EVE, ["a", "b", "c"]),
        (DAY, ["c"]),
    ]


def test_a_restated_charge_naming_a_region_is_still_that_dispute() -> None:
    """The restated charge names the region the fighting is in ("shelled villages in
    Nagorno-Karabakh"), which Saturday's reports did not: a region is no new town, so it
    is the same dispute still; one entry."""
    rejects = "Baku rejects Yerevan's charge that its guns shelled villages in Nagorno-Karabakh"
    denial = tag("denial", rejects, DAY, denier="azerbaijan", parties=("azerbaijan", "armenia"))
    restated = replace(charge(DAY, rejects, "published"), places=("Nagorno-Karabakh",))
    entries = build(*charge_reports(), report("c", rejects, denial, restated))
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [(EVE, ["a", "b", "c"])]


def test_the_speech_day_of_a_restated_charge_leaves_it_that_dispute() -> None:
    """Under a headline no rule reads, a Sunday reply recalls Saturday's charge and rejects
    it, and says when it was given ("Baku's ministry said on Sunday that no shell was
    fired"): that day dates the saying, not the charge it restates; one entry still."""
    rejects = "Baku rejected Yerevan's charge that its guns shelled border villages."
    said = "Baku's ministry said on Sunday that no shell was fired at the villages."
    recalled = "On Saturday Yerevan said Azerbaijani guns had shelled two villages."
    denial = tag("denial", rejects, DAY, denier="azerbaijan", parties=("azerbaijan", "armenia"))
    told = tag("attack", said, DAY, parties=("azerbaijan",), date_basis="weekday")
    reply = report(
        "c",
        "Baku answers Yerevan over the villages",
        charge(EVE, recalled),
        denial,
        charge(DAY, rejects, "published"),
        told,
    )
    entries = build(*charge_reports(), reply)
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [(EVE, ["a", "b", "c"])]


def test_a_restated_charge_dated_to_the_filing_day_is_still_that_dispute() -> None:
    """The reply's charge takes the day of its lede ("Baku's ministry on Sunday rejected
    the charge"), its filing day: that dates the restating, and it is still Saturday's
    dispute; one entry. So it is when the reply is filed in the small hours of Sunday,
    local time (Saturday still by the clock in London)."""
    rejects = "Baku rejects Yerevan's charge that its guns shelled border villages"
    denial = tag("denial", rejects, DAY, denier="azerbaijan", parties=("azerbaijan", "armenia"))
    reply = report("c", rejects, denial, charge(DAY, rejects, "weekday"))
    entries = build(*charge_reports(), reply)
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [(EVE, ["a", "b", "c"])]
    small_hours = replace(reply, published=f"{EVE}T21:30:00Z")  # 01:30 in Baku and Yerevan
    entries = build(*charge_reports(), small_hours)
    assert [(e.date, sorted(e.item_ids)) for e in entries] == [(EVE, ["a", "b", "c"])]


def test_a_charge_of_the_day_before_a_truce_breaks_no_truce() -> None:
    """Filed on Saturday, a report tells the truce agreed to start at midnight (Sunday's)
    and that Baku's guns fired on border villages on Saturday, before it: that charge is
    Saturday's, never titled a breach of Sunday's truce."""
    sides = ("armenia", "azerbaijan")
    headline = "Truce to start at midnight"
    truce = tag("truce_agreed", headline, DAY, parties=sides, date_basis="explicit")
    fired = "On Saturday Yerevan said Azerbaijani guns again fired on border villages."
    told = report("c", headline, truce, charge(EVE, fired), day=EVE)
    other = report("e", "Sides agree a truce", replace(truce, evidence="Sides agree a truce"))
    other = replace(other, published=f"{EVE}T09:00:00Z")
    [truce_entry] = [e for e in build(told, other) if e.date == DAY]
    assert "violation_claim" not in truce_entry.kinds, truce_entry.title
    assert "accuses" not in truce_entry.title


def test_a_denial_a_day_before_the_charge_it_answers_is_told_is_that_dispute() -> None:
    """A report says Baku on Saturday rejected the charge that it laid new mines near
    Sotk; two reports filed on Sunday tell Yerevan's charge with no day. The denial
    answers no charge of its own day: it joins the one dispute of the day after that
    charges Baku over mines, one entry. A charge about another town leaves it on its own,
    and a charge of the day before it answers keeps it."""
    rejects = "Baku on Saturday rejected the charge that its troops laid new mines near Sotk."
    denial = tag(
        "denial",
        rejects,
        EVE,
        denier="azerbaijan",
        parties=("azerbaijan",),
        places=("Sotk",),
        date_basis="weekday",
    )
    denied = report("d", "Baku rejects the mine charge", denial, day=EVE)

    def mines(item_id: str, day: str, place: str) -> TaggedItem:
        said = f"Yerevan says Azerbaijani troops laid new mines near {place}, breaking the truce"
        return report(item_id, said, replace(charge(day, said, "published"), places=(place,)))

    sunday = [mines("a", DAY, "Sotk"), mines("b", DAY, "Sotk")]
    entries = build(denied, *sunday)
    assert [sorted(e.item_ids) for e in entries] == [["a", "b", "d"]]
    elsewhere = [mines("a", DAY, "Jermuk"), mines("b", DAY, "Jermuk")]
    assert len(build(denied, *elsewhere)) == 2
    friday = "2020-10-16"
    before = [mines("f", friday, "Sotk"), mines("g", friday, "Sotk")]
    # (Friday's charge, the day before the denial, is the one it answers)
    entries = build(*before, denied, *sunday)
    assert sorted(sorted(e.item_ids) for e in entries) == [["a", "b"], ["d", "f", "g"]]
