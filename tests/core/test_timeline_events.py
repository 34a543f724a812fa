"""Events, not kind buckets: each grouping rule of the builder and each title shape.

Reports carry hand-made `Tag` records (as in `builder_tags`), never the tagger's output,
so these tests pin down the builder alone. Sentences are our own words.
"""

from __future__ import annotations

from tui.profile import load_profile
from tui.records import AutoEntry, Casualty, Tag, TaggedItem
from tui.store.entry_rows import entry_details
from tui.timeline import build_entries

PROFILE = load_profile()
DAY = "2020-10-28"


def report(item_id: str, *tags: Tag, side: str = "western", day: str = DAY) -> TaggedItem:
    """A report with its hand-made tags (its text is its id: no two are copies)."""
    return TaggedItem(
        item_id=item_id,
        side=side,
        outlet=f"Outlet {item_id}",
        link=f"https://example.org/{item_id}",
        title=f"Report {item_id}",
        text=f"Text of report {item_id} about {' '.join(t.kind for t in tags)} {item_id}.",
        published=f"{day}T10:00:00Z",
        tags=tags,
    )


def tag(kind: str, evidence: str, **fields) -> Tag:
    fields.setdefault("event_date", DAY)
    return Tag(kind=kind, rule=fields.pop("rule", f"{kind}/x"), evidence=evidence, **fields)


def build(*items: TaggedItem) -> list[AutoEntry]:
    return list(build_entries(items, PROFILE))


def killed(count: int, by: str | None, group: str | None = "civilian") -> Casualty:
    return Casualty(count=count, what="killed", group=group, claimed_by=by)


# ---- an attack with its casualties and harm at one place is one entry -------------------


def test_a_strike_its_dead_and_its_harm_at_one_place_are_one_entry() -> None:
    strike = "Rockets hit the centre of Barda, the Azerbaijani side said."
    dead = "Twenty-one civilians died in Barda, according to Baku."
    entries = build(
        report(
            "a",
            tag("attack", strike, places=("Barda",), parties=("azerbaijan",)),
            tag(
                "casualties",
                dead,
                places=("Barda",),
                casualties=(killed(21, "azerbaijan"),),
            ),
            tag("humanitarian", "A hospital was damaged.", places=()),  # no place: its site
        ),
        report(
            "b",
            tag("attack", "Missiles struck Barda on Wednesday.", places=("Barda",)),
            tag("humanitarian", "Shops in Barda burned.", places=("Barda",)),
        ),
    )
    [entry] = entries
    assert entry.kind == "attack"
    assert set(entry.kinds) == {"attack", "casualties", "humanitarian"}
    assert set(entry.item_ids) == {"a", "b"} and entry.places[0] == "Barda"
    assert entry.title == "Rocket strike on Barda kills 21 civilians, Azerbaijan says"
    # the claims pane's source: the figure, who gives it, and the report carrying it
    [figure] = entry_details(entry)["casualties"]
    assert (figure["count"], figure["claimed_by"], figure["item_ids"]) == (21, "azerbaijan", ["a"])


def test_a_deadly_strike_blamed_on_the_other_side_is_the_strike_with_its_claim() -> None:
    entries = build(
        report(
            "a",
            tag("attack", "Rockets hit Barda.", places=("Barda",)),
            tag(
                "casualties",
                "Baku said 21 civilians were killed in Barda.",
                places=("Barda",),
                casualties=(killed(21, "azerbaijan"),),
            ),
            tag(
                "violation_claim",
                "Baku blamed Armenian forces for the strike on Barda.",
                accuser="azerbaijan",
                accused="armenia",
                parties=("azerbaijan", "armenia"),
                places=("Barda",),
            ),
            side="azerbaijani",
        ),
        report(
            "d",
            tag("denial", "Yerevan denied firing at Barda.", denier="armenia", places=("Barda",)),
            side="armenian",
        ),
    )
    [entry] = entries
    assert {"attack", "casualties", "violation_claim", "denial"} <= set(entry.kinds)
    assert [(c.accuser, c.accused) for c in entry.claims] == [("azerbaijan", "armenia")]
    [claim] = entry_details(entry)["claims"]
    assert claim["places"] == ["Barda"] and claim["item_ids"] == ["a"]
    assert [d.denier for d in entry.denials] == ["armenia"]
    assert entry.title == (
        "Rocket strike on Barda kills 21 civilians, Azerbaijan says, blaming Armenia; "
        "Armenia denies"
    )


def test_a_report_belongs_to_one_site_and_placeless_fighting_is_the_days_own() -> None:
    entries = build(
        report(
            "a",
            tag("attack", "Shells fell on Stepanakert.", places=("Stepanakert",)),
            tag(
                "attack", "Stepanakert and Martuni were shelled.", places=("Stepanakert", "Martuni")
            ),
            tag("humanitarian", "Martuni's school was hit.", places=("Martuni",)),
        ),
        report("b", tag("attack", "Artillery shelled Martuni.", places=("Martuni",))),
        report(
            "c",
            tag(
                "attack",
                "Heavy fighting went on along the front.",
                parties=("azerbaijan", "nagorno_karabakh"),
            ),
        ),
    )
    sites = {e.places[0] if e.key.split("|")[1] == "site" else "-": e for e in entries}
    assert set(sites) == {"Stepanakert", "Martuni", "-"}
    assert sites["Stepanakert"].item_ids == ("a",)  # report a: one site, where it says most
    assert sites["Martuni"].item_ids == ("b",)
    assert sites["-"].title == "Fighting between Azerbaijan and Nagorno-Karabakh authorities"


# ---- a dispute sets both sides' claims and denials side by side ---------------------------


def test_claims_both_ways_and_denials_both_ways_are_one_dispute() -> None:
    entries = build(
        report(
            "az",
            tag(
                "violation_claim",
                "Baku said Armenian units broke the truce near Martuni.",
                accuser="azerbaijan",
                accused="armenia",
                places=("Martuni",),
            ),
            tag("denial", "Baku rejected Yerevan's account.", denier="azerbaijan"),
            side="azerbaijani",
        ),
        report(
            "am",
            tag(
                "violation_claim",
                "Yerevan said Azerbaijani troops opened fire around Martuni.",
                accuser="armenia",
                accused="azerbaijan",
                places=("Martuni",),
            ),
            tag("denial", "Yerevan called Baku's claim false.", denier="armenia"),
            side="armenian",
        ),
        report(
            "we",
            tag(
                "violation_claim",
                "Each side accused the other of breaking the truce.",
                parties=("armenia", "azerbaijan"),
            ),
        ),
    )
    [dispute] = entries
    assert dispute.kind == "violation_claim"
    assert {(c.accuser, c.accused) for c in dispute.claims} >= {
        ("azerbaijan", "armenia"),
        ("armenia", "azerbaijan"),
    }
    assert {d.denier for d in dispute.denials} == {"armenia", "azerbaijan"}
    assert set(dispute.item_ids) == {"az", "am", "we"}
    assert dispute.title == (
        "Armenia and Azerbaijan trade accusations of breaking the truce around Martuni; both deny"
    )


# ---- appeals, initiatives, exchanges, peacekeepers ------------------------------------


def test_a_days_appeals_are_one_entry_and_a_meeting_at_a_venue_stands_alone() -> None:
    def appeal(item_id: str, party: str) -> TaggedItem:
        return report(
            item_id,
            tag(
                "diplomatic_call",
                f"{party} urged both sides to stop fighting.",
                rule="diplomatic_call/appeal",
                parties=(party, "armenia", "azerbaijan"),
            ),
        )

    entries = build(
        appeal("fr", "france"),
        appeal("ir", "iran"),
        appeal("un", "un"),
        report(
            "ge",
            tag(
                "diplomatic_call",
                "The co-chairs met both foreign ministers in Geneva.",
                rule="diplomatic_call/talks",
                parties=("minsk_group", "armenia", "azerbaijan"),
                places=("Geneva",),
            ),
        ),
    )
    titles = sorted(e.title for e in entries)
    assert len(entries) == 2
    appeals = next(e for e in entries if e.key.endswith("|appeals|-"))
    assert set(appeals.item_ids) == {"fr", "ir", "un"}
    assert appeals.title == "France, Iran and United Nations call for a halt to the fighting"
    assert any(t.startswith("Talks in Geneva") for t in titles)


def test_exchanges_and_peacekeeping_are_one_entry_a_day() -> None:
    entries = build(
        report("x1", tag("exchange", "Prisoners were swapped.", parties=("armenia", "azerbaijan"))),
        report("x2", tag("exchange", "Bodies and prisoners were exchanged.")),
        report("p1", tag("peacekeeping", "Peacekeepers deployed.", parties=("russia",))),
        report("p2", tag("peacekeeping", "More peacekeepers landed.", parties=("russia",))),
    )
    assert sorted(e.kind for e in entries) == ["exchange", "peacekeeping"]
    assert all(len(e.item_ids) == 2 for e in entries)
    exchange = next(e for e in entries if e.kind == "exchange")
    assert (
        exchange.title == "Prisoner exchange and bodies handed over between Armenia and Azerbaijan"
    )


def test_a_truce_report_s_talks_are_the_truce_and_its_title_names_broker_place_and_hour() -> None:
    truce = (
        "Russia brokered a humanitarian ceasefire between Armenia and Azerbaijan in Moscow "
        "from noon."
    )
    entries = build(
        report(
            "t1",
            tag(
                "truce_agreed",
                truce,
                parties=("russia", "armenia", "azerbaijan"),
                places=("Moscow",),
                event_date="2020-10-10",
            ),
            tag(
                "diplomatic_call",
                "The ministers talked for ten hours.",
                rule="diplomatic_call/talks",
                parties=("russia", "armenia", "azerbaijan"),
                places=("Moscow",),
                event_date="2020-10-10",
            ),
            day="2020-10-10",
        ),
        report(
            "t2",
            tag(
                "truce_agreed",
                "A humanitarian truce was agreed in Moscow, Russia said.",
                parties=("russia", "armenia", "azerbaijan"),
                places=("Moscow",),
                event_date="2020-10-10",
            ),
            day="2020-10-10",
        ),
    )
    [entry] = entries
    assert entry.kind == "truce_agreed" and "diplomatic_call" in entry.kinds
    assert entry.title == (
        "Russia brokers humanitarian truce between Armenia and Azerbaijan in Moscow "
        "from noon on 10 October"
    )


# ---- weights: a truce above a claim above an attack with deaths above an appeal -------


def test_weights_order_a_day_truce_claim_deadly_attack_appeal() -> None:
    day = "2020-10-26"
    many = [
        report(
            f"a{n}",
            tag("attack", "Rockets hit Tartar.", places=("Tartar",), event_date=day),
            tag(
                "casualties",
                "Four people died in Tartar.",
                places=("Tartar",),
                casualties=(killed(4, "azerbaijan"),),
                event_date=day,
            ),
            side=side,
            day=day,
        )
        for n, side in enumerate(["azerbaijani", "western", "russian", "turkish", "other"] * 2)
    ]
    entries = build(
        *many,
        report(
            "t",
            tag(
                "truce_agreed",
                "A truce was agreed in Washington.",
                parties=("usa", "armenia", "azerbaijan"),
                event_date=day,
            ),
            day=day,
        ),
        report(
            "c",
            tag(
                "violation_claim",
                "Yerevan said Baku broke the truce.",
                accuser="armenia",
                accused="azerbaijan",
                event_date=day,
            ),
            day=day,
        ),
        *[
            report(
                f"p{n}",
                tag(
                    "diplomatic_call",
                    "France urged calm.",
                    rule="diplomatic_call/appeal",
                    parties=("france",),
                    event_date=day,
                ),
                day=day,
            )
            for n in range(10)
        ],
    )
    ranked = [e.kind for e in sorted(entries, key=lambda e: -e.weight)]
    assert ranked == ["truce_agreed", "violation_claim", "attack", "diplomatic_call"]


def test_a_toll_with_no_attack_says_the_figure_and_who_gives_it() -> None:
    [entry] = build(
        report(
            "toll",
            tag(
                "casualties",
                "Yerevan put its military dead at 2,317.",
                casualties=(killed(2317, "armenia", group="military"),),
            ),
        )
    )
    assert entry.kind == "casualties"
    assert entry.title == "2317 soldiers killed, Armenia says"


def test_a_plural_party_claims_a_capture_with_a_plural_verb() -> None:
    [entry] = build(
        report(
            "cap",
            tag(
                "territorial_change",
                "The Karabakh authorities said their units retook Hadrut.",
                parties=("nagorno_karabakh",),
                places=("Hadrut",),
            ),
        )
    )
    assert entry.title == "Nagorno-Karabakh authorities claim capture of Hadrut"


def test_a_placeless_report_giving_a_sites_toll_joins_that_site() -> None:
    crew = (Casualty(count=2, what="killed", group="military", claimed_by="russia"),)
    entries = build(
        report(
            "site",
            tag("attack", "A helicopter was downed near Nakhchivan.", places=("Nakhchivan",)),
            tag("casualties", "Two crew died.", places=("Nakhchivan",), casualties=crew),
        ),
        report(
            "toll",
            tag("attack", "A Russian helicopter was shot down.", parties=("russia",)),
            tag("casualties", "Moscow said two airmen died.", casualties=crew),
        ),
    )
    [entry] = entries
    assert set(entry.item_ids) == {"site", "toll"}


def test_a_shelling_only_a_truce_report_tells_is_a_facet_of_the_truce() -> None:
    day = "2020-10-10"
    entries = build(
        report(
            "t",
            tag(
                "truce_agreed",
                "Both sides agreed a truce in Moscow.",
                parties=("russia", "armenia", "azerbaijan"),
                event_date=day,
            ),
            tag("attack", "Shelling went on near Hadrut.", places=("Hadrut",), event_date=day),
            day=day,
        ),
        report(
            "s",
            tag("attack", "Shells fell on Tartar.", places=("Tartar",), event_date=day),
            day=day,
        ),
    )
    by_kind = {e.kind: e for e in entries}
    assert set(by_kind) == {"truce_agreed", "attack"}
    assert "attack" in by_kind["truce_agreed"].kinds and by_kind["truce_agreed"].item_ids == ("t",)
    assert by_kind["attack"].places[0] == "Tartar"  # told by a report of its own: an entry
