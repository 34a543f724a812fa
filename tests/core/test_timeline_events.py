"""Events, not kind buckets: each grouping rule of the builder and each title shape.

Reports carry hand-made `Tag` records (as in `builder_tags`), never the tagger's output,
so these tests pin down the builder alone. Sentences are our own words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

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


def diplomacy(item_id: str, party: str, sentence: str, rule: str) -> TaggedItem:
    """A report of one state's diplomacy with both warring sides."""
    return report(
        item_id,
        tag("diplomatic_call", sentence, rule=rule, parties=(party, "armenia", "azerbaijan")),
    )


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
        report(
            "b",
            tag(
                "attack",
                "Artillery shelled Martuni, killing two.",
                places=("Martuni",),
                casualties=(killed(2, None),),
            ),
        ),
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
        return diplomacy(
            item_id, party, f"{party} urged both sides to stop fighting.", "diplomatic_call/appeal"
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


def test_talks_only_announced_say_so_and_join_the_announcers_calls() -> None:
    """ "The secretary will host both ministers on Friday" is no meeting yet: its title
    says "to", and the news that both sides agreed to meet, given by a state calling
    for a halt that day, is part of its calls."""
    host = tag(
        "diplomatic_call",
        "The secretary of state will host both foreign ministers on Friday.",
        rule="diplomatic_call/talks",
        parties=("usa", "azerbaijan", "armenia"),
    )
    [announced] = build(report("h", host))
    assert announced.title == "United States to hold talks with Azerbaijan and Armenia"
    held = replace(host, evidence="The secretary of state hosted both foreign ministers.")
    [meeting] = build(report("m", held))
    assert meeting.title == "United States, Azerbaijan and Armenia meet"
    call = tag(
        "diplomatic_call",
        "The president urged both leaders by phone to stop the fighting.",
        rule="diplomatic_call/appeal",
        parties=("usa", "azerbaijan", "armenia"),
    )
    agreed = replace(host, evidence="Both sides have agreed to meet soon, the president said.")
    [calls] = build(report("c", call), report("a", agreed))
    assert calls.key.endswith("|appeals|-") and set(calls.item_ids) == {"c", "a"}


def test_an_offer_to_host_talks_is_an_appeal_not_a_meeting() -> None:
    def call(item_id: str, party: str, sentence: str) -> TaggedItem:
        return report(
            item_id,
            tag(
                "diplomatic_call",
                sentence,
                rule="diplomatic_call/phone-call",
                parties=(party, "armenia", "azerbaijan"),
            ),
        )

    entries = build(
        call("us", "usa", "The deputy secretary phoned both ministers to urge calm."),
        call("ir", "iran", "Tehran phoned both sides, saying it was ready to host talks."),
    )
    [calls] = entries
    assert calls.key.endswith("|appeals|-") and set(calls.item_ids) == {"us", "ir"}


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


def test_an_exchange_still_to_come_is_a_term_of_the_talks_not_a_swap_that_happened() -> None:
    """Talks where both sides undertook to swap the dead: one talks entry, and no title
    saying bodies were handed over; a swap agreed on its own says "agreed"."""
    talks = tag(
        "diplomatic_call",
        "The two foreign ministers met the co-chairs in Geneva.",
        rule="diplomatic_call/talks",
        parties=("minsk_group", "armenia", "azerbaijan"),
        places=("Geneva",),
    )
    term = tag(
        "exchange",
        "Both sides undertook to hand back the bodies of the dead and swap prisoners.",
        parties=("armenia", "azerbaijan"),
    )
    [entry] = build(report("g", talks, term))
    assert entry.title.startswith("Talks in Geneva") and "exchange" in entry.kinds
    [agreed] = build(report("a", term))
    assert agreed.title.startswith("Prisoner exchange and handover of the dead agreed")
    done = tag("exchange", "Both sides swapped prisoners and handed back bodies.")
    [swap] = build(report("s", talks, done))
    assert swap.title.startswith("Prisoner exchange and bodies handed over")


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
                event_date="2020-10-27",  # the next day: on the truce's own day it is the truce's
            ),
            day="2020-10-27",
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
    assert entry.title == "2,317 soldiers killed, Armenia says"


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


def test_a_capture_of_unnamed_villages_is_titled_a_capture_not_harm() -> None:
    """ "Six more villages taken" names no town: the title still says who claims a
    capture, never "Civilians harmed"."""
    [entry] = build(
        report(
            "villages",
            tag(
                "territorial_change",
                "Aliyev said the army had taken six more villages.",
                parties=("azerbaijan",),
            ),
        )
    )
    assert entry.title == "Azerbaijan claims captures"


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


# ---- a day of fighting along the front, facets of a story, one initiative ----------------


def test_a_days_plain_shelling_of_several_places_is_one_fighting_entry() -> None:
    def shelled(item_id: str, place: str, sentence: str, **fields) -> TaggedItem:
        return report(item_id, tag("attack", sentence, places=(place,), **fields))

    entries = build(
        shelled("t", "Tartar", "Shells landed on villages of Tartar overnight."),
        shelled("m", "Martakert", "Artillery pounded positions near Martakert."),
        shelled("s", "Stepanakert", "Stepanakert came under rocket fire in the evening."),
        # a toll several reports tell, a notable target and a capture each stay their
        # own event
        *(
            shelled(
                item_id,
                "Naftalan",
                f"A shell killed five members of one family in Naftalan ({item_id}).",
                casualties=(killed(5, None),),
            )
            for item_id in ("n", "n2")
        ),
        shelled("h", "Martuni", "A shell struck the maternity hospital of Martuni."),
        report(
            "c",
            tag(
                "territorial_change",
                "Baku said its troops took the town of Jabrayil.",
                rule="territorial_change/capture",
                places=("Jabrayil",),
                parties=("azerbaijan",),
            ),
        ),
    )
    shapes = {e.key.split("|", 1)[1]: e for e in entries}
    assert set(shapes) == {
        "fighting|-",
        "site|Naftalan",
        "site|Martuni",
        "site|Jabrayil",
    }
    fighting = shapes["fighting|-"]
    assert set(fighting.item_ids) == {"t", "m", "s"}
    assert set(fighting.places) == {"Tartar", "Martakert", "Stepanakert"}
    assert fighting.kind == "attack"
    assert fighting.title == "Fighting; shelling of Martakert, Stepanakert and Tartar"


def test_a_deadly_strike_one_report_tells_on_a_day_of_fighting_is_that_fighting() -> None:
    """Hand-made timelines list a day of fighting as one line naming its worst places:
    a strike told by one report joins the fighting three reports tell, its place first."""

    def shelled(item_id: str, place: str, sentence: str, **fields) -> TaggedItem:
        return report(item_id, tag("attack", sentence, places=(place,), **fields))

    entries = build(
        shelled("t", "Tartar", "Shells landed on villages of Tartar overnight."),
        shelled("m", "Martakert", "Artillery pounded positions near Martakert."),
        shelled("s", "Stepanakert", "Stepanakert came under rocket fire in the evening."),
        shelled(
            "n",
            "Naftalan",
            "A shell killed five members of one family in Naftalan.",
            casualties=(killed(5, None),),
        ),
    )
    [fighting] = entries
    assert set(fighting.item_ids) == {"t", "m", "s", "n"}
    assert "shelling of Naftalan, " in fighting.title and "kills 5" in fighting.title


def test_a_deadly_strike_one_report_tells_joins_the_days_fighting_with_no_plain_shelling() -> None:
    """Three reports tell the day's fighting with no place; one report tells a deadly
    strike on a town that day and nothing else: one line, as when the day also has a
    plain shelling (the strike used to stay apart when no quiet place was there to make
    the fighting an entry of several places)."""
    fighting = [
        report(i, tag("attack", f"Heavy fighting raged along the front all day ({i})."))
        for i in ("a", "b", "c")
    ]
    strike = report(
        "n",
        tag(
            "attack",
            "A shell killed five members of one family in Naftalan.",
            places=("Naftalan",),
            casualties=(killed(5, None),),
        ),
    )
    [entry] = build(*fighting, strike)
    assert set(entry.item_ids) == {"a", "b", "c", "n"}
    assert "Naftalan" in entry.title
    assert len(build(*fighting[:2], strike)) == 2  # fighting two reports tell: apart


def test_a_deadly_strike_one_report_tells_joins_the_days_battle_many_tell() -> None:
    """The first day of a war: three reports tell the deadly shelling of one town, one
    report a rocket that killed two in a village. A hand-made timeline gives the day one
    line naming both places; the battle's own toll leads its title. A deadly strike two
    reports tell stays its own."""

    def hit(item_id: str, place: str, sentence: str, dead: int) -> TaggedItem:
        return report(
            item_id,
            tag("attack", sentence, places=(place,), casualties=(killed(dead, None),)),
        )

    battle = [
        hit(i, "Martuni", f"Shelling killed nine civilians in Martuni ({i}).", 9)
        for i in ("a", "b", "c")
    ]
    rocket = hit("r", "Askeran", "A rocket killed two villagers in Askeran.", 2)
    [entry] = build(*battle, rocket)
    assert set(entry.item_ids) == {"a", "b", "c", "r"}
    assert entry.title.startswith("Shelling of Martuni kills 9 civilians")
    assert "Askeran" in entry.title
    again = hit("r2", "Askeran", "Two people died when a rocket hit Askeran.", 2)
    assert len(build(*battle, rocket, again)) == 2


def test_the_days_clashes_where_only_soldiers_died_are_one_battle() -> None:
    """Each army tells its own dead at its own post along the front (two reports on one
    post, one on the other): a hand-made timeline gives the day one line naming both
    posts. Strikes that killed civilians in two towns stay two events."""

    def post(item_id: str, place: str, dead: int, group: str, by: str) -> TaggedItem:
        sentence = f"{dead} died when the post at {place} came under fire ({item_id})."
        return report(
            item_id,
            tag("attack", sentence, places=(place,), casualties=(killed(dead, by, group),)),
        )

    clashes = [
        post("a", "Aghdam", 3, "military", "armenia"),
        post("b", "Aghdam", 3, "military", "armenia"),
        post("c", "Fuzuli", 2, "military", "azerbaijan"),
    ]
    [battle] = build(*clashes)
    assert set(battle.item_ids) == {"a", "b", "c"}
    assert set(battle.places) == {"Aghdam", "Fuzuli"}
    towns = [
        post("a", "Barda", 3, "civilian", "azerbaijan"),
        post("b", "Barda", 3, "civilian", "azerbaijan"),
        post("c", "Stepanakert", 2, "civilian", "nagorno_karabakh"),
    ]
    assert len(build(*towns)) == 2
    # one soldiers' clash alone beside a town's strike stays its own line
    assert len(build(clashes[0], clashes[1], towns[2])) == 2


def test_one_plain_shelling_alone_stays_a_site_entry() -> None:
    entries = build(report("t", tag("attack", "Shells fell on Tartar.", places=("Tartar",))))
    assert [e.key for e in entries] == [f"{DAY}|site|Tartar"]
    assert entries[0].title == "Shelling of Tartar"


def test_a_lone_shelling_between_the_camps_of_the_days_dispute_is_that_dispute() -> None:
    """Yerevan says Baku keeps firing on border towns despite the truce (no town named);
    another report says Sotk was shelled by Azerbaijani forces: one dispute. A shelling
    three reports tell stays news of its own."""
    charge = tag(
        "violation_claim",
        "Yerevan says Azerbaijani forces keep firing on border towns despite the truce.",
        accuser="armenia",
        accused="azerbaijan",
        parties=("armenia", "azerbaijan"),
    )
    sotk = tag(
        "attack",
        "Azerbaijani forces shelled Sotk, the Armenian ministry said.",
        places=("Sotk",),
        parties=("azerbaijan", "armenia"),
    )
    entries = build(report("c", charge), report("s", sotk))
    assert [(e.kind, sorted(e.item_ids)) for e in entries] == [("violation_claim", ["c", "s"])]
    many = build(report("c", charge), *(report(f"s{n}", sotk) for n in range(3)))
    assert sorted(len(e.item_ids) for e in many) == [1, 3]


def test_a_facet_told_only_by_the_reports_of_a_story_joins_it() -> None:
    talks = "The co-chairs met both foreign ministers in Geneva."
    swap = "The ministers agreed in Geneva to hand over the bodies of the dead."
    entries = build(
        *(
            report(
                item_id,
                tag(
                    "diplomatic_call",
                    talks,
                    rule="diplomatic_call/talks",
                    parties=("minsk_group", "armenia", "azerbaijan"),
                    places=("Geneva",),
                ),
                tag("exchange", swap, parties=("armenia", "azerbaijan")),
            )
            for item_id in ("g1", "g2")
        ),
        # peacekeepers that another report tells stay an event of their own
        report("p", tag("peacekeeping", "Peacekeepers set up posts.", parties=("russia",))),
    )
    assert len(entries) == 2
    story = next(e for e in entries if set(e.item_ids) == {"g1", "g2"})
    assert set(story.kinds) == {"diplomatic_call", "exchange"}
    alone = next(e for e in entries if e is not story)
    assert alone.item_ids == ("p",) and alone.kind == "peacekeeping"


def test_talks_known_by_their_convener_join_the_days_talks_at_a_venue() -> None:
    entries = build(
        report(
            "w",
            tag(
                "diplomatic_call",
                "Both foreign ministers held talks in Washington with the US.",
                rule="diplomatic_call/talks",
                parties=("usa", "armenia", "azerbaijan"),
                places=("Washington",),
            ),
        ),
        report(
            "p",
            tag(
                "diplomatic_call",
                "The US secretary of state met each minister separately.",
                parties=("usa", "armenia", "azerbaijan"),
            ),
        ),
    )
    assert len(entries) == 1
    assert set(entries[0].item_ids) == {"w", "p"}
    assert entries[0].title.startswith("Talks in Washington")


# ---- a truce told on two days is one truce with its reports' talks -----------------------


EVE = "2020-10-17"
NEXT = "2020-10-18"


SIDES = ("armenia", "azerbaijan")


def truce_tag(sentence: str, day: str, **fields) -> Tag:
    fields.setdefault("parties", (*SIDES, "russia"))
    return tag("truce_agreed", sentence, event_date=day, **fields)


def test_a_report_dating_the_days_truce_to_the_next_day_joins_that_truce() -> None:
    entries = build(
        report("a", truce_tag("Both sides agreed a truce in Moscow.", EVE), day=EVE),
        report("b", truce_tag("The truce is to begin at midnight.", NEXT), day=EVE),
        # a report of the next day tells it on its own day: not moved back (it names no
        # venue or mediator that would make it the same truce retold)
        report(
            "c",
            truce_tag("A truce holds between the two sides.", NEXT, parties=SIDES),
            day=NEXT,
        ),
    )
    truces = [e for e in entries if e.kind == "truce_agreed"]
    assert [(t.date, set(t.item_ids)) for t in truces] == [(EVE, {"a", "b"}), (NEXT, {"c"})]


def test_a_truce_retold_undated_the_next_day_by_the_same_mediator_is_that_truce() -> None:
    """The next day's reports retelling the accord with its mediator and no day of their
    own are the same truce; a truce the next day between the sides alone, with nothing
    naming it the same, stays on its day (test above)."""
    entries = build(
        report("a", truce_tag("Both sides agreed a truce brokered by Moscow.", EVE), day=EVE),
        report(
            "b", truce_tag("Russia's mediation produced a truce, ministers said.", NEXT), day=NEXT
        ),
    )
    truces = [e for e in entries if e.kind == "truce_agreed"]
    assert [(t.date, set(t.item_ids)) for t in truces] == [(EVE, {"a", "b"})]


def test_a_truce_retold_undated_two_days_on_at_the_same_venue_is_that_truce() -> None:
    """A late write-up of the signing, two days on, dating nothing: a source of the truce
    signed in Moscow, not a truce of its own day; unless a report dates a truce that day."""
    signed = report(
        "a",
        truce_tag("Both sides signed a truce in Moscow.", EVE, places=("Moscow",)),
        day=EVE,
    )
    later = "2020-10-19"
    retold = report(
        "b",
        truce_tag(
            "The two sides signed a truce in Moscow, officials said.", later, places=("Moscow",)
        ),
        day=later,
    )
    truces = [e for e in build(signed, retold) if e.kind == "truce_agreed"]
    assert [(t.date, set(t.item_ids)) for t in truces] == [(EVE, {"a", "b"})]
    new_truce = report(
        "c",
        truce_tag("A new truce took effect at noon.", later, date_basis="explicit"),
        day=later,
    )
    truces = [e for e in build(signed, retold, new_truce) if e.kind == "truce_agreed"]
    assert [(t.date, set(t.item_ids)) for t in truces] == [(EVE, {"a"}), (later, {"b", "c"})]


def test_a_truce_extension_accepted_the_next_day_is_the_extension_announced() -> None:
    """The mediator extends the truce until a day; the next day a warring side agrees to
    it, dated by its own words: the same agreement (the same day it runs until), one
    entry. A truce the next day running until another day stays on its own day."""
    announced = report(
        "a",
        truce_tag("The truce is extended until 18 February, Washington said.", EVE),
        day=EVE,
    )
    accepted = report(
        "b",
        truce_tag(
            "Yerevan agreed on Sunday to extend the truce until February 18.",
            NEXT,
            parties=SIDES,
            date_basis="weekday",
        ),
        day=NEXT,
    )
    truces = [e for e in build(announced, accepted) if e.kind == "truce_agreed"]
    assert [(t.date, set(t.item_ids)) for t in truces] == [(EVE, {"a", "b"})]
    other = report(
        "c",
        truce_tag(
            "Yerevan agreed on Sunday to a truce until 3 March.",
            NEXT,
            parties=SIDES,
            date_basis="weekday",
        ),
        day=NEXT,
    )
    truces = [e for e in build(announced, other) if e.kind == "truce_agreed"]
    assert [(t.date, set(t.item_ids)) for t in truces] == [(EVE, {"a"}), (NEXT, {"c"})]


def test_a_truce_extended_is_titled_as_an_extension_with_its_new_term() -> None:
    """Not "Russia brokers ceasefire ...": the truce existed; what is news is that it
    was extended, and until when."""
    entries = build(
        report("a", truce_tag("Moscow said the truce is extended until 18 February.", DAY)),
        report("b", truce_tag("The ceasefire was prolonged to February 18, Russia said.", DAY)),
    )
    [truce] = [e for e in entries if e.kind == "truce_agreed"]
    extended = "Russia extends ceasefire between Armenia and Azerbaijan until 18 February"
    assert truce.title == extended


def test_a_truces_title_names_no_venue_of_talks_still_to_come() -> None:
    """ "a truce takes effect on Monday; ministers to meet in Geneva on 29 October": the
    truce was not agreed in Geneva, whatever share of its reports say the next talks are
    there."""
    later = "The US says a truce takes effect on Monday; ministers to meet in Geneva next week."
    entries = build(
        report("a", truce_tag(later, DAY, places=("Geneva",))),
        report("b", truce_tag("A humanitarian truce takes effect on Monday.", DAY)),
    )
    [truce] = [e for e in entries if e.kind == "truce_agreed"]
    assert "Geneva" not in truce.title


def test_a_truce_reports_talks_the_day_before_are_the_truces() -> None:
    talks = tag(
        "diplomatic_call",
        "The foreign ministers talked through the night in Moscow.",
        event_date=EVE,
        rule="diplomatic_call/talks",
        parties=("russia", "armenia", "azerbaijan"),
        places=("Moscow",),
    )
    entries = build(
        report("a", talks, truce_tag("The truce began at noon.", NEXT), day=NEXT),
        report("b", truce_tag("A truce is in force.", NEXT), day=NEXT),
        report("u", tag("diplomatic_call", "The UN urged calm.", event_date=EVE), day=EVE),
    )
    truce = next(e for e in entries if e.kind == "truce_agreed")
    assert set(truce.item_ids) == {"a", "b"} and "diplomatic_call" in truce.kinds
    assert [e.item_ids for e in entries if e.date == EVE] == [("u",)]


# ---- a report's undated asides follow its story; the front's toll is no site's -----------


def test_a_reports_undated_tags_follow_its_dated_story_to_the_day_before() -> None:
    claim = tag(
        "violation_claim",
        "Yerevan said Azerbaijani units fired on Hadrut on Saturday.",
        event_date=EVE,
        date_basis="weekday",
        accuser="armenia",
        accused="azerbaijan",
        places=("Hadrut",),
    )
    aside = tag(
        "diplomatic_call",
        "Moscow again urged both sides to keep to the truce.",
        event_date=NEXT,
        date_basis="published",
        parties=("russia",),
        places=("Moscow",),
    )
    for ordered in (False, True):
        entries = list(
            build_entries([report("a", claim, aside, day=NEXT)], PROFILE, ordered=ordered)
        )
        assert [(e.date, e.item_ids) for e in entries] == [(EVE, ("a",))]
        assert "diplomatic_call" in entries[0].kinds
        assert "Moscow" not in entries[0].places  # the venue of talks is not where it happened


def test_talks_dated_by_the_clash_they_answer_stay_on_the_reports_day() -> None:
    """ "The defence chiefs met in Moscow for talks on easing the tension left by Saturday's
    clash at Hadrut", filed on Sunday: the sentence's clash is Saturday's, its talks have
    no day of their own (the report's). The talks are Sunday's story, not facets of a
    Saturday clash: the day names one thing of the sentence only."""
    met = (
        "The defence chiefs met in Moscow for talks on easing the tension left by Saturday's clash."
    )
    talks = tag(
        "diplomatic_call",
        met,
        event_date=NEXT,
        date_basis="published",
        parties=("armenia", "azerbaijan"),
    )
    clash = tag("attack", met, event_date=EVE, date_basis="weekday", places=("Hadrut",))
    agreed = tag(
        "diplomatic_call",
        "Both sides agreed afterwards to pull their troops back from the line.",
        event_date=NEXT,
        date_basis="published",
        parties=("armenia", "azerbaijan"),
    )
    entries = build(report("a", talks, clash, agreed, day=NEXT))
    [held] = [e for e in entries if e.kind == "diplomatic_call"]
    assert held.date == NEXT, [(e.date, e.kind) for e in entries]


def test_a_reports_tags_all_dated_stay_on_their_days() -> None:
    entries = build(
        report(
            "a",
            tag(
                "attack",
                "Shells hit Tartar on Saturday.",
                event_date=EVE,
                date_basis="weekday",
                places=("Tartar",),
            ),
            tag(
                "attack",
                "Shells hit Barda on Sunday.",
                event_date=NEXT,
                date_basis="weekday",
                places=("Barda",),
            ),
            day=NEXT,
        )
    )
    assert sorted(e.date for e in entries) == [EVE, NEXT]


def dated(kind: str, evidence: str, day: str, basis: str, **fields: Any) -> Tag:
    """A hand-made tag between the two warring parties, dated `day` the way `basis` says
    (a weekday, the report's publication, ...)."""
    fields.setdefault("parties", ("armenia", "azerbaijan"))
    return tag(kind, evidence, event_date=day, date_basis=basis, **fields)


def test_a_truce_a_report_recalls_from_the_day_before_is_that_days_truce() -> None:
    """A report of the next day's strike that recalls "the truce took effect on Saturday":
    the truce is Saturday's entry (with the report that announced it), not the strike's."""
    truce = dated("truce_agreed", "The truce took effect at noon on Saturday.", EVE, "weekday")
    strike = dated(
        "attack", "A missile hit Ganja on Sunday, Baku said.", NEXT, "weekday", places=("Ganja",)
    )
    entries = build(
        report("announced", truce, day=EVE), report("recalled", truce, strike, day=NEXT)
    )
    found = {(e.date, e.kind): e.item_ids for e in entries}
    assert found == {
        (EVE, "truce_agreed"): ("announced", "recalled"),
        (NEXT, "attack"): ("recalled",),
    }


def over_two_days(
    item_id: str, headline: str, text: str, today: tuple[Tag, ...], eve: Tag
) -> tuple[TaggedItem, TaggedItem]:
    """One report filed on NEXT, as the store hands it to the builder a day at a time:
    its copy holding the one tag it dates to EVE, and its copy holding today's tags."""
    item = replace(report(item_id, *today, day=NEXT), title=headline, text=text)
    return replace(item, tags=(eve,)), item


FOLLOWED = "The truce followed two days of heavy shelling along the front."


def test_the_toll_of_the_fighting_a_truce_ends_goes_with_the_truce() -> None:
    """Filed on Sunday: "Ceasefire agreed after two days of fighting that killed 155
    soldiers"; its lede dates the truce to Saturday evening, and its toll has no day. The
    toll is the truce story's background: one Saturday entry, no Sunday line "fighting
    kills 155"."""
    headline = "Ceasefire agreed after two days of fighting that killed 155 soldiers"
    lede = "Armenia and Azerbaijan agreed to a ceasefire on Saturday evening, Yerevan said."
    toll = killed(155, None, group="military")
    agreed, item = over_two_days(
        "truce",
        headline,
        f"{lede} {FOLLOWED}",
        (
            dated("casualties", headline, NEXT, "published", casualties=(toll,)),
            dated("attack", FOLLOWED, NEXT, "published", places=("Nagorno-Karabakh",)),
        ),
        dated("truce_agreed", lede, EVE, "weekday"),
    )
    entries = build(agreed, item)
    assert [(e.date, e.kind) for e in entries] == [(EVE, "truce_agreed")]


def test_a_strike_told_beside_a_truce_only_recalled_low_stays_its_own() -> None:
    """Filed on Sunday: "Shelling of Martuni kills four"; a closing line recalls that a
    truce was agreed on Saturday evening. The shelling is the report's story of Sunday."""
    headline = "Shelling of Martuni kills four"
    recalled = "A truce had been agreed on Saturday evening, officials said."
    recall, item = over_two_days(
        "strike",
        headline,
        f"Shells fell on the town all morning. {recalled}",
        (dated("attack", headline, NEXT, "published", places=("Martuni",)),),
        dated("truce_agreed", recalled, EVE, "weekday"),
    )
    entries = build(recall, item)
    assert (NEXT, "attack") in [(e.date, e.kind) for e in entries]


def test_talks_naming_no_one_are_convened_by_the_reports_caller() -> None:
    """ "They agreed to meet" names no convener: the report's caller is, so two reports of
    one mediator's calls that both speak of the meeting are one initiative."""
    call = tag(
        "diplomatic_call",
        "Paris said it had phoned both leaders to ask for a halt.",
        rule="diplomatic_call/phone-call",
        parties=("france", "armenia", "azerbaijan"),
    )
    meet = tag("diplomatic_call", "Both leaders agreed to meet soon.", rule="diplomatic_call/talks")
    urged = tag(
        "diplomatic_call",
        "The two leaders were urged by France to stop and agreed to meet.",
        rule="diplomatic_call/appeal",
        parties=("armenia", "azerbaijan", "france"),
    )
    entries = build(report("a", call, meet), report("b", urged))
    assert [e.item_ids for e in entries] == [("a", "b")]


def test_the_fighting_a_truce_report_says_the_truce_ends_is_the_truces() -> None:
    """ "Both sides agreed a truce from midnight as fighting entered its fifth day": the
    fighting of the announcement day is the truce's facet in that report; another
    report's fighting that day stays the day's own."""
    truce = dated("truce_agreed", "Both sides agreed a truce from midnight.", NEXT, "relative")
    fighting = dated("attack", "Fighting entered its fifth day.", EVE, "published")
    elsewhere = dated("attack", "Heavy fighting went on, a reporter said.", EVE, "published")
    entries = build(report("truce", truce, fighting, day=EVE), report("front", elsewhere, day=EVE))
    found = {(e.date, e.kind): e.item_ids for e in entries}
    assert found == {(EVE, "attack"): ("front",), (NEXT, "truce_agreed"): ("truce",)}


# a truce agreed in Moscow that day, for the tests of what joins it
MOSCOW_TRUCE = tag(
    "truce_agreed",
    "Armenia and Azerbaijan agreed a truce in Moscow.",
    parties=("armenia", "azerbaijan", "russia"),
    places=("Moscow",),
)


def test_the_warring_sides_own_talks_on_a_truces_day_are_the_truce() -> None:
    """On the day of the Moscow truce another report says only that the two armies'
    commanders spoke by hotline and agreed to hold fire (no one else named, the truce
    not named either): the truce's negotiation, one entry, the same whether the report
    reads as a meeting or as a call. Talks with a third party stay their own."""
    hotline = tag(
        "diplomatic_call",
        "The Armenian and Azerbaijani operations chiefs spoke by hotline.",
        rule="diplomatic_call/talks",
        parties=("armenia", "azerbaijan"),
    )
    assert len(build(report("a", MOSCOW_TRUCE), report("b", hotline))) == 1
    urged = replace(hotline, rule="diplomatic_call/appeal")
    denied = tag("denial", "Baku denied firing first.", denier="azerbaijan")
    [entry] = build(report("a", MOSCOW_TRUCE), report("b", urged, denied))
    assert set(entry.item_ids) == {"a", "b"}
    paris = tag(
        "diplomatic_call",
        "The French president met the Armenian and Azerbaijani ministers in Paris.",
        rule="diplomatic_call/talks",
        parties=("france", "armenia", "azerbaijan"),
        places=("Paris",),
    )
    assert len(build(report("a", MOSCOW_TRUCE), report("c", paris))) == 2


def test_talks_at_the_venue_of_the_days_truce_are_the_truce() -> None:
    """The truce agreed in Moscow and the talks in Moscow that made it are one event;
    talks elsewhere that day stay their own."""
    moscow = tag(
        "diplomatic_call",
        "The foreign ministers held talks in Moscow hosted by Lavrov.",
        rule="diplomatic_call/talks",
        parties=("russia", "armenia", "azerbaijan"),
        places=("Moscow",),
    )
    geneva = tag(
        "diplomatic_call",
        "The co-chairs met in Geneva.",
        rule="diplomatic_call/talks",
        parties=("minsk_group",),
        places=("Geneva",),
    )
    entries = build(report("a", MOSCOW_TRUCE), report("b", moscow), report("c", geneva))
    assert sorted(e.item_ids for e in entries) == [("a", "b"), ("c",)]


def test_a_statement_that_speaks_of_the_days_truce_is_the_truce() -> None:
    """On a truce's day, a joint statement said to have entered into force is the truce's
    text, not another initiative; other states' talks about the truce stay their own."""
    statement = tag(
        "diplomatic_call",
        "A joint statement from the talks entered into force at noon, a recap said.",
        rule="diplomatic_call/talks",
    )
    others = tag(
        "diplomatic_call",
        "Erdogan and Macron met in Paris and discussed the truce.",
        rule="diplomatic_call/talks",
        parties=("turkey", "france"),
        places=("Paris",),
    )
    entries = build(report("a", MOSCOW_TRUCE), report("b", statement), report("c", others))
    assert sorted(e.item_ids for e in entries) == [("a", "b"), ("c",)]


def test_the_brokers_own_initiative_that_speaks_of_the_days_truce_is_the_truce() -> None:
    """On the day of a truce Russia brokered, a report that Lavrov arrived for a summit to
    witness the truce's signing is the truce's story, not a visit of its own; a summit
    of others that speaks of the truce stays its own."""
    witness = tag(
        "diplomatic_call",
        "Lavrov landed for the summit, where he is to witness the truce being signed.",
        rule="diplomatic_call/talks",
        parties=("russia", "armenia", "turkey"),
    )
    others = tag(
        "diplomatic_call",
        "Erdogan hosted a summit in Ankara that discussed the truce.",
        rule="diplomatic_call/talks",
        parties=("turkey", "iran"),
    )
    entries = build(report("a", MOSCOW_TRUCE), report("b", witness), report("c", others))
    assert sorted(e.item_ids for e in entries) == [("a", "b"), ("c",)]


def test_a_day_stated_only_in_a_reports_closing_background_does_not_date_its_news() -> None:
    """Filed on Sunday: commanders met and agreed their men would hold fire (no day said);
    the last line recalls that two soldiers were killed on Saturday. The truce is
    Sunday's news; only the recalled toll is Saturday's. Had the report opened with
    Saturday's toll, the undated lines would be that story's (the usual case)."""
    met = "Commanders of the two armies met for five hours at the border post."
    agreed = "They agreed that their soldiers would not fire their weapons, a general said."
    again = "The commanders will meet again next week in Goris."
    toll = "Two soldiers were killed and seven wounded on Saturday in a shootout near Hadrut."
    talks = "diplomatic_call/talks"
    tags = (
        dated("diplomatic_call", met, NEXT, "published", rule=talks),
        dated("truce_agreed", agreed, NEXT, "published"),
        dated("diplomatic_call", again, NEXT, "published", rule=talks),
        dated("casualties", toll, EVE, "weekday", places=("Hadrut",)),
    )
    closing = replace(report("closing", *tags, day=NEXT), text=f"{met} {agreed} {again} {toll}")
    truce = [e for e in build(closing) if e.kind == "truce_agreed"]
    assert [e.date for e in truce] == [NEXT]
    opening = replace(report("opening", *tags, day=NEXT), text=f"{toll} {met} {agreed} {again}")
    assert {e.date for e in build(opening)} == {EVE}


def test_a_reports_headline_story_outranks_its_ledes_other_day() -> None:
    """The headline tells Sunday's talks; the first sentence says the talks ended on
    Sunday and recalls Saturday's battle. The report is the talks' source: its talks
    entry stays and the battle, told by it alone, is that story's background."""
    headline = "Commanders end talks with no pull-back; joint patrols only"
    lede = "Army commanders ended five hours of talks on Sunday, a day after a battle near Hadrut."
    talks = "diplomatic_call/talks"
    item = replace(
        report(
            "talks",
            dated("diplomatic_call", headline, NEXT, "published", rule=talks),
            dated("diplomatic_call", lede, NEXT, "weekday", rule=talks),
            day=NEXT,
        ),
        title=headline,
        text=lede,
    )
    # the store hands the builder a report a day at a time, each day with its own tags
    battle = replace(item, tags=(dated("attack", lede, EVE, "relative"),))
    assert [(e.date, e.kind) for e in build(battle, item)] == [(NEXT, "diplomatic_call")]


MEDIATED = "The talks are mediated by the OSCE, the foreign ministry said."
HOPE = "Yerevan sees the talks as a chance to end the war, a spokesman said."


def test_talks_its_lede_tells_today_are_not_the_eve_a_later_line_dates() -> None:
    """Headline and lede: the delegations are due to meet today for peace talks (no day
    the tagger keeps); a later line says one delegation flew in on Saturday. The talks
    are the report's story of its own day, not facets of Saturday's arrival."""
    headline = "Delegations to meet in Geneva for their first formal peace talks"
    lede = "Delegations of the two sides were due to meet in Geneva for peace talks."
    arrived = "The Armenian team flew in on Saturday aboard a Swiss aircraft, an official said."
    talks = "diplomatic_call/talks"
    flew, item = over_two_days(
        "due",
        headline,
        f"{lede} {MEDIATED} {HOPE} {arrived}",
        tuple(
            dated("diplomatic_call", line, NEXT, "published", rule=talks)
            for line in (headline, lede, MEDIATED, HOPE)
        ),
        dated("diplomatic_call", arrived, EVE, "weekday", rule=talks),
    )
    assert [e.date for e in build(flew, item)] == [NEXT]


def test_an_exchange_reported_the_next_day_is_the_day_befores_exchange() -> None:
    """A swap a later report dates to Saturday, and a Sunday report that says only
    "the sides exchanged prisoners", are one exchange; a swap still planned draws no
    later report into it."""
    swapped = dated("exchange", "The sides swapped prisoners on Saturday.", EVE, "weekday")
    retold = dated("exchange", "Armenia and Azerbaijan exchanged prisoners.", NEXT, "published")
    entries = build(report("looked_back", swapped, day=NEXT), report("retold", retold, day=NEXT))
    assert [(e.date, e.item_ids) for e in entries] == [(EVE, ("looked_back", "retold"))]
    planned = build(report("planned", swapped, day=EVE), report("retold", retold, day=NEXT))
    assert sorted(e.date for e in planned) == [EVE, NEXT]


def test_a_front_wide_toll_of_soldiers_is_never_one_sites() -> None:
    toll = tag(
        "casualties",
        "The defence army said 84 of its soldiers had died since the offensive began.",
        casualties=(killed(84, None, group="military"),),
    )
    entries = build(
        report(
            "a", toll, tag("attack", "Officials in Stepanakert spoke.", places=("Stepanakert",))
        ),
        report("b", tag("attack", "Shells fell on Martuni.", places=("Martuni",))),
    )
    assert len(entries) == 1
    (fighting,) = entries
    assert fighting.key == f"{DAY}|fighting|-"
    assert "Stepanakert kills" not in fighting.title and "kills 84 soldiers" in fighting.title
    assert fighting.title.endswith("shelling of Martuni and Stepanakert")


def test_a_plain_shelling_of_a_place_the_days_dispute_is_about_joins_the_dispute() -> None:
    entries = build(
        report(
            "az",
            tag(
                "violation_claim",
                "Baku said Armenian forces broke the truce near Hadrut.",
                accuser="azerbaijan",
                accused="armenia",
                places=("Hadrut",),
            ),
            side="azerbaijani",
        ),
        report("w", tag("attack", "Artillery was heard around Hadrut.", places=("Hadrut",))),
        report(
            "x",
            tag(
                "attack",
                "A shell killed two in Fuzuli.",
                places=("Fuzuli",),
                casualties=(killed(2, None),),
            ),
        ),
    )
    dispute = next(e for e in entries if e.kind == "violation_claim")
    assert set(dispute.item_ids) == {"az", "w"}
    assert [e.key for e in entries if e is not dispute] == [f"{DAY}|site|Fuzuli"]


def test_a_deadly_answer_only_some_reports_of_a_dispute_tell_is_the_dispute() -> None:
    """Two reports of a day's claim; one of them adds that the shelling answered killed
    three at another place. One flare-up, one entry; a strike other reports tell stays."""

    def claim(item_id: str, *more: Tag) -> TaggedItem:
        return report(
            item_id,
            tag(
                "violation_claim",
                f"Yerevan said Azerbaijani guns broke the truce near Martuni ({item_id}).",
                accuser="armenia",
                accused="azerbaijan",
                places=("Martuni",),
            ),
            *more,
            side="armenian",
        )

    answer = tag(
        "attack",
        "Return fire later killed three soldiers in Fuzuli.",
        places=("Fuzuli",),
        casualties=(killed(3, None, "soldier"),),
    )
    entries = build(claim("a", answer), claim("b"))
    [dispute] = entries
    assert set(dispute.item_ids) == {"a", "b"} and "attack" in dispute.kinds
    entries = build(claim("a", answer), claim("b"), report("c", answer))
    assert sorted(e.kind for e in entries) == ["attack", "violation_claim"]


def test_a_counter_claim_told_only_with_a_strike_is_that_strikes_dispute() -> None:
    """A live page tells the Ganja strike Baku blames on Yerevan and, the same day,
    Yerevan's charge that Baku shelled Stepanakert: one entry with both claims."""
    strike = tag(
        "attack",
        "A missile killed nine people in Ganja, Baku said, blaming Armenia.",
        places=("Ganja",),
        casualties=(killed(9, "azerbaijan"),),
    )
    blame = tag(
        "violation_claim",
        "Baku said Armenian forces fired the missile at Ganja.",
        accuser="azerbaijan",
        accused="armenia",
        places=("Ganja",),
    )
    counter = tag(
        "violation_claim",
        "Yerevan said Azerbaijani guns shelled Stepanakert despite the truce.",
        accuser="armenia",
        accused="azerbaijan",
        places=("Stepanakert",),
    )
    entries = build(
        report("a", strike, blame),
        report("b", strike, blame),
        report("live", strike, blame, counter),
    )
    [entry] = entries
    assert entry.key.endswith("|site|Ganja") and set(entry.item_ids) == {"a", "b", "live"}
    assert {(c.accuser, c.accused) for c in entry.claims} == {
        ("azerbaijan", "armenia"),
        ("armenia", "azerbaijan"),
    }


def test_a_call_a_claim_report_mentions_in_passing_is_its_story_not_the_appeals() -> None:
    """A report of a claim that adds that Moscow urged calm is one event (the claim);
    the day's appeals keep their own reports. A report headlined by the call stays with
    the appeals."""

    def claim(item_id: str, title: str, *more: Tag) -> TaggedItem:
        item = report(
            item_id,
            tag(
                "violation_claim",
                "Baku said Armenian forces broke the truce near Tartar.",
                accuser="azerbaijan",
                accused="armenia",
                places=("Tartar",),
            ),
            *more,
        )
        return replace(item, title=title)

    def urged(sentence: str) -> Tag:
        return tag(
            "diplomatic_call",
            sentence,
            rule="diplomatic_call/appeal",
            parties=("russia", "armenia", "azerbaijan"),
        )

    entries = build(
        claim("c", "Baku says truce broken near Tartar", urged("Moscow urged calm.")),
        claim(
            "h",
            "Moscow urges both sides to keep the truce",
            urged("Moscow urges both sides to keep the truce"),
        ),
        report("r", urged("The Kremlin called for restraint.")),
    )
    appeals = next(e for e in entries if e.key.endswith("|appeals|-"))
    dispute = next(e for e in entries if e.kind == "violation_claim")
    assert set(appeals.item_ids) == {"h", "r"} and "c" in dispute.item_ids


def test_on_a_truces_day_its_breaches_and_peacekeepers_are_the_truce() -> None:
    def claim(item_id: str, accuser: str, accused: str, place: str) -> TaggedItem:
        return report(
            item_id,
            tag(
                "violation_claim",
                f"The {accuser} side said the other broke the truce near {place}.",
                accuser=accuser,
                accused=accused,
                places=(place,),
            ),
        )

    entries = build(
        report("t", truce_tag("A truce brokered by Russia took effect at noon.", DAY)),
        claim("a", "armenia", "azerbaijan", "Hadrut"),
        claim("b", "azerbaijan", "armenia", "Tartar"),
        report("p", tag("peacekeeping", "Peacekeepers flew in.", parties=("russia",))),
        report("s", tag("attack", "Fighting flared again in the afternoon.")),
        # a deadly strike the same day stays its own entry
        report(
            "g",
            tag(
                "attack",
                "A missile killed nine people in Ganja.",
                places=("Ganja",),
                casualties=(killed(9, None),),
            ),
        ),
    )
    assert len(entries) == 2
    truce = next(e for e in entries if e.kind == "truce_agreed")
    assert set(truce.item_ids) == {"t", "a", "b", "p", "s"}
    assert {(c.accuser, c.accused) for c in truce.claims} == {
        ("armenia", "azerbaijan"),
        ("azerbaijan", "armenia"),
    }
    assert "trade accusations of breaking the truce" in truce.title
    assert truce.title.startswith("Russia brokers")
    details = entry_details(truce)
    assert {tuple(c["places"]) for c in details["claims"]} == {("Hadrut",), ("Tartar",)}


def test_a_strike_told_only_by_a_truce_report_is_the_truce_entry() -> None:
    """A report of the truce that also tells a deadly shelling that day (its breach, or
    the day's background) is one event: no second entry made of the same report."""
    entries = build(
        report(
            "t",
            truce_tag("The guns were to fall silent at noon under a Moscow deal.", DAY),
            tag(
                "attack",
                "Hours later shells killed five people in Stepanakert.",
                places=("Stepanakert",),
                casualties=(killed(5, None),),
            ),
        ),
        report("u", truce_tag("Both sides agreed to a truce from midday.", DAY)),
    )
    [truce] = entries
    assert truce.kind == "truce_agreed" and set(truce.item_ids) == {"t", "u"}
    assert "attack" in truce.kinds and "Stepanakert" in truce.places


def test_the_calls_of_a_truces_broker_that_day_are_the_truce() -> None:
    """The broker phoned both sides the day the truce was announced: the diplomacy that
    made it, one entry; another state's appeal that day stays the day's appeals."""

    def call(item_id: str, party: str) -> TaggedItem:
        return diplomacy(
            item_id,
            party,
            f"The {party} minister phoned both counterparts, urging de-escalation.",
            "diplomatic_call/phone-call",
        )

    entries = build(
        report("t", truce_tag("Moscow announced that both sides agreed to stop firing.", DAY)),
        call("ru", "russia"),
        call("fr", "france"),
    )
    truce = next(e for e in entries if e.kind == "truce_agreed")
    assert set(truce.item_ids) == {"t", "ru"}
    assert [set(e.item_ids) for e in entries if e is not truce] == [{"fr"}]


def test_the_wars_running_toll_in_a_truce_report_is_no_entry_of_its_own() -> None:
    """A truce report adds that the toll had passed 400 the day before: background of the
    truce, not an event of that day; a shelling's own toll the day before stays."""
    toll = tag(
        "casualties",
        "The toll of the war had risen above 400 dead on Friday.",
        casualties=(killed(400, None, None),),
        event_date=EVE,
        date_basis="weekday",
    )
    truce = truce_tag("Both sides agreed to stop firing from noon on Saturday.", NEXT)
    truce = replace(truce, date_basis="weekday")
    [entry] = build(report("t", truce, toll, day=NEXT))
    assert entry.kind == "truce_agreed" and "400" not in entry.title
    shelled = replace(toll, evidence="A shell killed five people in a village on Friday.")
    entries = build(report("t", truce, replace(shelled, casualties=(killed(5, None),)), day=NEXT))
    assert sorted(e.date for e in entries) == [EVE, NEXT]


def test_a_reports_denials_over_two_days_are_one_denial_entry() -> None:
    """A report of Wednesday tells Ankara's denial of Tuesday and Baku's of Wednesday
    about the same jets: one entry, not one a day."""
    ankara = tag(
        "denial",
        "Ankara denied on Tuesday that its jets took part.",
        denier="turkey",
        parties=("turkey",),
        event_date=EVE,
    )
    baku = tag(
        "denial",
        "Baku also rejected the claim about the jets.",
        denier="azerbaijan",
        parties=("azerbaijan",),
        event_date=NEXT,
    )
    entries = build(report("a", ankara, day=EVE), report("b", ankara, baku, day=NEXT))
    [entry] = entries
    assert entry.date == EVE and set(entry.item_ids) == {"a", "b"}
    assert entry.title == "Turkey, Azerbaijan deny claims"


def test_a_denial_repeated_the_next_day_joins_the_event_it_denied() -> None:
    jets = "Reports that its jets fought over Karabakh were lies, Ankara said."
    again = "Ankara again rejected the claim about its jets."
    entries = build(
        report(
            "a",
            tag("attack", "An Armenian plane was shot down.", parties=("armenia",), event_date=EVE),
            tag("denial", jets, denier="turkey", parties=("turkey",), event_date=EVE),
            day=EVE,
        ),
        report(
            "b",
            tag("denial", again, denier="turkey", parties=("turkey",), event_date=NEXT),
            # an act read from the denial's own sentence is the act denied
            tag("attack", again, parties=("turkey",), event_date=NEXT),
            day=NEXT,
        ),
    )
    assert [(e.date, set(e.item_ids)) for e in entries] == [(EVE, {"a", "b"})]
    assert {d.denier for d in entries[0].denials} == {"turkey"}


def test_a_joint_statement_naming_no_one_has_a_title_still() -> None:
    entries = build(
        report("j", tag("diplomatic_call", "A joint statement was issued late at night."))
    )
    assert [e.title for e in entries] == ["Joint statement"]


def test_a_truce_days_welcome_and_exchange_are_the_truce_and_name_no_new_mediator() -> None:
    entries = build(
        report("t", truce_tag("Russia brokered a truce between the two sides.", DAY)),
        report(
            "f",
            tag(
                "diplomatic_call",
                "Paris welcomed the truce and urged both sides to keep it.",
                rule="diplomatic_call/appeal",
                parties=("france",),
            ),
        ),
        report("x", tag("exchange", "The two sides handed over bodies of the dead.")),
    )
    [truce] = entries
    assert set(truce.item_ids) == {"t", "f", "x"}
    assert set(truce.kinds) >= {"truce_agreed", "diplomatic_call", "exchange"}
    assert "France" not in truce.title  # it welcomed the truce, it did not mediate it


def test_a_joint_statement_by_the_days_callers_is_their_appeal() -> None:
    def call(item_id: str, sentence: str, *parties: str) -> TaggedItem:
        return report(item_id, tag("diplomatic_call", sentence, parties=parties))

    entries = build(
        call("a", "France urged an end to the fighting.", "france"),
        call("b", "Moscow called for a halt to hostilities.", "russia"),
        call(
            "j",
            "The presidents of France, Russia and the US issued a joint statement on the war.",
            "france",
            "russia",
            "usa",
        ),
        # a joint statement by others stays an initiative of its own
        call("k", "Ankara and Baku issued a joint statement.", "turkey", "azerbaijan"),
    )
    appeals = next(e for e in entries if e.key.endswith("|appeals|-"))
    assert set(appeals.item_ids) == {"a", "b", "j"}
    assert [e.item_ids for e in entries if e is not appeals] == [("k",)]


def test_harm_with_no_attack_told_only_by_a_storys_reports_joins_the_story() -> None:
    entries = build(
        report(
            "r",
            tag("peacekeeping", "Peacekeepers escorted families home.", parties=("russia",)),
            tag(
                "humanitarian",
                "Displaced families returned to Stepanakert.",
                places=("Stepanakert",),
            ),
        ),
        report("q", tag("peacekeeping", "More peacekeepers arrived.", parties=("russia",))),
    )
    [entry] = entries
    assert set(entry.item_ids) == {"r", "q"} and entry.kind == "peacekeeping"
    assert "humanitarian" in entry.kinds


def test_a_strike_dated_a_day_late_with_the_same_toll_joins_that_strike() -> None:
    def strike(
        item_id: str, sentence: str, day: str, published: str, basis: str = "published"
    ) -> TaggedItem:
        return report(
            item_id,
            tag(
                "attack",
                sentence,
                places=("Ganja",),
                casualties=(killed(13, None),),
                event_date=day,
                date_basis=basis,
            ),
            day=published,
        )

    entries = build(
        strike("a", "A missile hit Ganja at night, killing 13.", EVE, EVE),
        # published the same day, its hour read as the next day: the same strike
        strike("b", "Thirteen people died when a rocket struck Ganja.", NEXT, EVE),
        # published the next day, dated that day by its own words: a new strike, stays
        strike("c", "A rocket killed 13 in Ganja on Sunday.", NEXT, NEXT, "weekday"),
    )
    assert [(e.date, set(e.item_ids)) for e in entries] == [(EVE, {"a", "b"}), (NEXT, {"c"})]


def test_the_wounded_of_a_strike_told_the_next_day_are_that_strike() -> None:
    """Two reporters wounded in Martuni, flown out the next day: a report of the next
    day naming the same wounded at the same place, with no day of its own, is that
    shelling, not a second one."""
    hurt = Casualty(count=2, what="wounded", group="civilian", claimed_by=None)
    entries = build(
        report(
            "a",
            tag("attack", "Shells hit Martuni, wounding two.", places=("Martuni",), event_date=EVE),
            tag(
                "casualties",
                "Two were hurt.",
                places=("Martuni",),
                casualties=(hurt,),
                event_date=EVE,
            ),
            day=EVE,
        ),
        report(
            "b",
            tag(
                "casualties",
                "The two reporters hurt in Martuni were treated in Yerevan.",
                places=("Martuni",),
                casualties=(hurt,),
                event_date=NEXT,
                date_basis="published",
            ),
            day=NEXT,
        ),
    )
    assert [(e.date, set(e.item_ids)) for e in entries] == [(EVE, {"a", "b"})]


def test_a_title_names_who_gives_its_figure_and_no_one_for_a_figure_no_one_gives() -> None:
    """The larger figure is a round-up no one gives; the title takes the figure a party
    gives, with that party, and never lends one voice to another's figure."""
    entries = build(
        report(
            "a",
            tag("attack", "Shells fell on Martuni overnight.", places=("Martuni",)),
            tag(
                "casualties",
                "Dozens of soldiers have died in all; Karabakh reported 16 of its men killed.",
                places=("Martuni",),
                casualties=(
                    killed(84, None, group="military"),
                    killed(16, "nagorno_karabakh", group="military"),
                    Casualty(count=30, what="wounded", group=None, claimed_by=None),
                ),
            ),
        )
    )
    [entry] = entries
    assert "kills 16 soldiers" in entry.title and "84" not in entry.title
    assert "Nagorno-Karabakh" in entry.title and "30" not in entry.title


def test_at_least_one_is_not_about_one() -> None:
    entries = build(
        report(
            "a",
            tag("attack", "A shell hit Ganja, killing at least one civilian.", places=("Ganja",)),
            tag(
                "casualties",
                "At least one civilian died in Ganja, Baku said.",
                places=("Ganja",),
                casualties=(
                    Casualty(
                        count=1,
                        what="killed",
                        group="civilian",
                        claimed_by="azerbaijan",
                        approximate=True,
                    ),
                ),
            ),
        )
    )
    [entry] = entries
    assert "kills 1 civilian" in entry.title and "about 1" not in entry.title


def test_peacekeepers_reported_the_next_day_at_no_place_are_the_same_deployment() -> None:
    """Peacekeepers arrive in Lachin on Saturday; a Sunday report that only says they
    keep deploying is that deployment; one that names a new town, or tells something
    else besides, keeps its own day."""
    keepers = ("russia",)
    arrived = dated(
        "peacekeeping",
        "Peacekeepers reached Lachin.",
        EVE,
        "published",
        parties=keepers,
        places=("Lachin",),
    )
    going_on = dated(
        "peacekeeping", "Peacekeepers keep deploying.", NEXT, "published", parties=keepers
    )
    new_town = dated(
        "peacekeeping",
        "Peacekeepers reached Shushi.",
        NEXT,
        "published",
        parties=keepers,
        places=("Shushi",),
    )
    call = dated("diplomatic_call", "Putin phoned Erdogan.", NEXT, "published")
    entries = build(
        report("arrived", arrived, day=EVE),
        report("going_on", going_on, day=NEXT),
        report("new_town", new_town, day=NEXT),
        report("with_call", going_on, call, day=NEXT),
    )
    assert [e.item_ids for e in entries if e.date == EVE] == [("arrived", "going_on")]
    later = {i for e in entries if e.date == NEXT for i in e.item_ids}
    assert later == {"new_town", "with_call"}


def test_peacekeepers_reported_the_next_day_in_a_region_are_the_same_deployment() -> None:
    """A region is where a mission goes, not a new post: Sunday's report that the
    monitors spread across Nagorno-Karabakh is Saturday's deployment."""
    keepers = ("russia",)
    arrived = dated("peacekeeping", "Monitors reached Lachin.", EVE, "published", parties=keepers)
    spread = dated(
        "peacekeeping",
        "The monitors spread out across Nagorno-Karabakh.",
        NEXT,
        "published",
        parties=keepers,
        places=("Nagorno-Karabakh",),
    )
    entries = build(report("arrived", arrived, day=EVE), report("spread", spread, day=NEXT))
    assert [(e.date, e.item_ids) for e in entries] == [(EVE, ("arrived", "spread"))]


def test_a_joint_call_retold_the_next_day_is_the_same_statement() -> None:
    """Three presidents call for a ceasefire on Saturday; Sunday's reports of the same
    three calling (with others named) are that statement; a call by one of them alone is
    its own."""
    three = ("russia", "usa", "france")
    joint = dated(
        "diplomatic_call", "The three presidents urged a halt.", EVE, "published", parties=three
    )
    retold = dated(
        "diplomatic_call",
        "Yerevan welcomed the call of the three co-chair presidents.",
        NEXT,
        "published",
        parties=("armenia", *three, "minsk_group"),  # the warring party it addresses aside
    )
    alone = dated("diplomatic_call", "Macron urged a halt.", NEXT, "published", parties=("france",))
    entries = build(
        report("joint", joint, day=EVE),
        report("retold", retold, day=NEXT),
        report("alone", alone, day=NEXT),
    )
    assert [(e.date, e.item_ids) for e in entries] == [
        (EVE, ("joint", "retold")),
        (NEXT, ("alone",)),
    ]


def test_a_small_hours_report_of_the_evenings_shelling_is_that_days_event() -> None:
    """Martuni is shelled on Saturday; a report filed at 01:30 local time on Sunday that
    says only "two reporters were wounded in Martuni" tells Saturday's shelling. Filed
    at 09:00 it is Sunday's news; and a Saturday known only from a later report dating
    back is no evening's news to follow."""
    shelled = dated("attack", "Shells hit Martuni.", EVE, "published", places=("Martuni",))
    wounded = dated(
        "attack", "Two reporters were wounded in Martuni.", NEXT, "published", places=("Martuni",)
    )
    evening = replace(report("evening", shelled, day=EVE), published=f"{EVE}T15:00:00Z")
    small_hours = replace(report("night", wounded, day=NEXT), published=f"{EVE}T21:30:00Z")
    morning = replace(report("morning", wounded, day=NEXT), published=f"{NEXT}T05:00:00Z")
    entries = build(evening, small_hours, morning)
    assert [(e.date, e.item_ids) for e in entries] == [
        (EVE, ("evening", "night")),
        (NEXT, ("morning",)),
    ]
    recalled = dated(
        "attack", "Martuni was shelled on Saturday.", EVE, "weekday", places=("Martuni",)
    )
    looked_back = replace(report("later", recalled, day=NEXT), published=f"{NEXT}T05:00:00Z")
    entries = build(looked_back, small_hours)
    assert sorted(e.date for e in entries) == [EVE, NEXT]


def test_a_claim_naming_another_town_stays_out_of_a_deadly_strike() -> None:
    """A report tells a deadly strike on Barda and, in another sentence, Karabakh's claim
    that Stepanakert was shelled despite the truce: the claim is the Stepanakert
    shelling's, never the Barda strike's."""
    strike = tag(
        "attack",
        "Rockets killed 21 in Barda.",
        places=("Barda",),
        casualties=(killed(21, "azerbaijan"),),
    )
    toll = tag(
        "casualties",
        "Rockets killed 21 in Barda.",
        places=("Barda",),
        casualties=(killed(21, "azerbaijan"),),
    )
    claim = tag(
        "violation_claim",
        "Karabakh said Azerbaijan shelled Stepanakert despite the truce.",
        accuser="nagorno_karabakh",
        accused="azerbaijan",
        places=("Stepanakert",),
    )
    stepanakert = tag("attack", "Shells fell on Stepanakert.", places=("Stepanakert",))
    entries = build(
        report("both", strike, toll, toll, claim),
        report("town", stepanakert),
    )
    barda = next(e for e in entries if "Barda" in e.places)
    assert not barda.claims and "blame" not in barda.title
    shelled = next(e for e in entries if e.claims)
    assert "Stepanakert" in shelled.places and "town" in shelled.item_ids


def ganja_strike_and_its_retelling() -> tuple[Tag, Tag]:
    """Nine killed in Ganja on Saturday, and a Sunday report of missiles that hit Ganja
    "overnight, killing nine" (dated by no day of its own)."""
    toll = (killed(9, "azerbaijan"),)
    first = dated(
        "attack",
        "Missiles killed nine in Ganja.",
        EVE,
        "weekday",
        places=("Ganja",),
        casualties=toll,
    )
    retold = dated(
        "attack",
        "Missiles hit Ganja overnight, killing nine.",
        NEXT,
        "relative",
        places=("Ganja",),
        casualties=toll,
    )
    return first, retold


def test_a_strike_retold_the_next_morning_with_its_toll_is_the_days_strike() -> None:
    """Nine killed in Ganja on Saturday; a Sunday report that says missiles hit Ganja
    "overnight, killing nine" (a day of its own it does not give) and that Baku calls it
    a breach is Saturday's strike, its claim with it. A Sunday report with another toll
    is another strike."""
    first, retold = ganja_strike_and_its_retelling()
    claim = dated(
        "violation_claim",
        "Baku called it a breach of the truce.",
        NEXT,
        "published",
        accuser="azerbaijan",
        accused="armenia",
    )
    other = dated(
        "attack",
        "Missiles hit Ganja, killing two.",
        NEXT,
        "relative",
        places=("Ganja",),
        casualties=(killed(2, "azerbaijan"),),
    )
    entries = build(
        report("first", first, day=EVE),
        report("retold", retold, claim, day=NEXT),
        report("other", other, day=NEXT),
    )
    assert [(e.date, e.item_ids) for e in entries] == [
        (EVE, ("first", "retold")),
        (NEXT, ("other",)),
    ]


def test_a_denial_of_a_strike_at_another_town_stays_out_of_its_reports_shelling() -> None:
    """A report tells the shelling of Stepanakert and Yerevan's denial that it fired at
    Mingachevir: the Stepanakert entry never says "Armenia denies"."""
    shelled = tag("attack", "Stepanakert was shelled again.", places=("Stepanakert",))
    denial = tag(
        "denial",
        "Yerevan rejected reports of an attack on Mingachevir.",
        denier="armenia",
        parties=("armenia",),
        places=("Mingachevir",),
    )
    entries = build(report("a", shelled, denial))
    site = next(e for e in entries if "Stepanakert" in e.places)
    assert not site.denials and "denies" not in site.title
    assert [d.denier for e in entries for d in e.denials] == ["armenia"]  # kept, elsewhere


def test_a_next_days_strike_dated_by_its_own_words_keeps_its_day_and_asides() -> None:
    """Saturday's shell killed one in Stepanakert; a Sunday report "On Sunday a shell
    killed one woman there" with an undated aside is Sunday's, aside and all."""
    one = (killed(1, None),)
    saturday = dated(
        "attack", "A shell killed one.", EVE, "weekday", places=("Stepanakert",), casualties=one
    )
    sunday = dated(
        "attack",
        "On Sunday a shell killed one woman.",
        NEXT,
        "weekday",
        places=("Stepanakert",),
        casualties=one,
    )
    aside = dated(
        "humanitarian", "Residents hid in basements.", NEXT, "published", places=("Stepanakert",)
    )
    entries = build(report("sat", saturday, day=EVE), report("sun", sunday, aside, day=NEXT))
    assert [(e.date, e.item_ids) for e in entries] == [(EVE, ("sat",)), (NEXT, ("sun",))]


def test_a_retold_strike_moves_but_the_truce_its_report_announces_keeps_its_day() -> None:
    first, retold = ganja_strike_and_its_retelling()
    truce = dated(
        "truce_agreed", "A humanitarian truce takes effect at midnight tonight.", NEXT, "relative"
    )
    entries = build(report("first", first, day=EVE), report("retold", retold, truce, day=NEXT))
    assert {e.date for e in entries if e.kind == "truce_agreed"} == {NEXT}


def test_a_small_hours_report_of_a_truce_stays_on_the_truces_day() -> None:
    shelled = dated("attack", "Shells hit Martuni.", EVE, "published", places=("Martuni",))
    night = dated(
        "attack", "Martuni was shelled to the last minute.", NEXT, "published", places=("Martuni",)
    )
    truce = dated("truce_agreed", "The truce took effect at midnight.", NEXT, "published")
    evening = replace(report("evening", shelled, day=EVE), published=f"{EVE}T15:00:00Z")
    small = replace(report("night", night, truce, day=NEXT), published=f"{EVE}T20:10:00Z")
    entries = build(evening, small)
    assert {e.date for e in entries if e.kind == "truce_agreed"} == {NEXT}


def test_a_claim_naming_the_region_is_the_strikes_claim() -> None:
    """A deadly shelling of Stepanakert and, in the next sentence, "Azerbaijan violated the
    ceasefire in Nagorno-Karabakh": the region is no other town, the claim is the strike's."""
    strike = tag(
        "attack",
        "Shells killed three in Stepanakert.",
        places=("Stepanakert",),
        casualties=(killed(3, "nagorno_karabakh"),),
    )
    claim = tag(
        "violation_claim",
        "Azerbaijan violated the ceasefire in Nagorno-Karabakh.",
        accuser="nagorno_karabakh",
        accused="azerbaijan",
        places=("Nagorno-Karabakh",),
    )
    entries = build(report("a", strike, claim))
    assert len(entries) == 1 and entries[0].claims


def test_claims_that_do_not_answer_each_other_are_never_trading_accusations() -> None:
    """Paris accuses Baku of breaking the truce; Baku accuses Yerevan: two claims, not
    "France and Azerbaijan trade accusations"."""
    paris = tag(
        "violation_claim",
        "France charged Azerbaijan with breaking the truce.",
        accuser="france",
        accused="azerbaijan",
    )
    baku = tag(
        "violation_claim",
        "Baku said Armenian forces broke the truce.",
        accuser="azerbaijan",
        accused="armenia",
    )
    titles = [e.title for e in build(report("a", paris, baku)) if e.claims]
    assert titles and not any("trade accusations" in t for t in titles)
    assert any(
        "France accuses Azerbaijan" in t and "Azerbaijan accuses Armenia" in t for t in titles
    )


def test_talks_naming_one_party_are_held_not_met() -> None:
    talks = tag(
        "diplomatic_call",
        "The foreign minister met his counterpart on Tuesday.",
        rule="diplomatic_call/talks",
        parties=("iran",),
    )
    (entry,) = build(report("a", talks))
    assert "meet" not in entry.title.split()


def test_talks_by_phone_are_held_with_the_others_not_a_meeting() -> None:
    talks = tag(
        "diplomatic_call",
        "Zarif spoke to both counterparts, offering to host talks.",
        rule="diplomatic_call/talks",
        parties=("iran", "azerbaijan", "armenia"),
    )
    (entry,) = build(report("a", talks))
    assert entry.title == "Iran holds talks with Azerbaijan and Armenia"


def test_an_aircraft_brought_down_is_titled_so_not_as_fighting() -> None:
    downed = "A Russian helicopter was shot down over Armenia, the ministry in Moscow said."
    crew = Casualty(count=2, what="killed", group="military", claimed_by="russia")
    [entry] = build(
        report(
            "a",
            tag("attack", downed, rule="attack/strike", parties=("russia", "armenia")),
            tag("casualties", "Two of its crew died.", casualties=(crew,)),
        )
    )
    assert entry.title.startswith("Helicopter shot down; 2 soldiers killed")
    assert "Fighting" not in entry.title


def test_peacekeepers_are_only_the_troops_of_the_state_named_before_them() -> None:
    escort = "Russian peacekeepers escorted families back to Stepanakert with the Red Cross."
    memo = "Moscow and Ankara signed a memo on a joint centre; Turkish peacekeepers will not go."
    [entry] = build(
        report(
            "a",
            tag("peacekeeping", escort, places=("Stepanakert",), parties=("russia", "icrc")),
            tag("peacekeeping", memo, parties=("russia", "turkey")),
        )
    )
    assert entry.title == "Peacekeepers deploy in Stepanakert (Russia)"


def test_a_truce_one_side_declares_is_titled_as_declared_not_agreed() -> None:
    declared = "A unilateral ceasefire was declared by Azerbaijan on Monday, Baku said."
    [entry] = build(
        report("a", tag("truce_agreed", declared, parties=("azerbaijan", "armenia"))),
        report(
            "b",
            tag(
                "truce_agreed",
                "Baku declares a unilateral halt to fire; Yerevan is wary.",
                parties=("azerbaijan", "armenia"),
            ),
        ),
    )
    assert entry.title.startswith("Azerbaijan declares unilateral ceasefire")


def _blame_and_fighting(
    toll: tuple[Casualty, ...] = (), parties: tuple[str, ...] = ("armenia", "azerbaijan")
) -> list[AutoEntry]:
    blame = tag(
        "violation_claim",
        "Baku blamed Yerevan for the collapse of the truce.",
        accuser="azerbaijan",
        accused="armenia",
        parties=("armenia", "azerbaijan"),
    )
    fighting = [tag("attack", "Heavy fighting resumed along the front.", parties=parties)]
    if toll:
        fighting.append(tag("casualties", "Dozens of soldiers died.", casualties=toll))
    return build(report("a", blame), report("b", *fighting))


def test_fighting_no_one_died_in_beside_the_days_dispute_is_that_dispute() -> None:
    [entry] = _blame_and_fighting()
    assert entry.kind == "violation_claim" and set(entry.item_ids) == {"a", "b"}


def test_fighting_of_both_camps_with_its_dead_is_the_dispute_and_its_title_keeps_them() -> None:
    """ "A soldier killed as both sides trade blame": one line, and the blame never hides
    the dead."""
    [entry] = _blame_and_fighting((killed(30, None, "military"),))
    assert set(entry.item_ids) == {"a", "b"}
    assert entry.title.endswith("; 30 soldiers killed (unattributed)")


def test_fighting_with_its_dead_naming_no_camp_stays_beside_the_dispute() -> None:
    entries = _blame_and_fighting((killed(30, None, "military"),), parties=())
    assert len(entries) == 2


def test_a_monitoring_centre_is_no_peacekeepers_deploying() -> None:
    centre = "A joint centre to watch the truce will open near Aghdam, Baku said."
    [entry] = build(
        report("a", tag("peacekeeping", centre, places=("Aghdam",), parties=("turkey",)))
    )
    assert entry.title == "Truce monitoring in Aghdam"


def test_a_mine_going_off_is_titled_a_mine_blast_not_fighting() -> None:
    """A landmine that wounds two soldiers, with the war's earlier clashes as background,
    is no battle between the two sides: "Mine blast in Martuni wounds 2"."""
    wounded = Casualty(count=2, what="wounded", group="military", claimed_by=None)
    blast = "Two soldiers were wounded when a landmine went off near Martuni on Monday."
    entries = build(
        report(
            "m1",
            tag("attack", blast, parties=("armenia", "azerbaijan"), places=("Martuni",)),
            tag("casualties", blast, places=("Martuni",), casualties=(wounded,)),
            tag(
                "attack",
                "The landmine had been laid recently, the army said.",
                parties=("armenia",),
            ),
            tag("attack", "The clashes of the summer killed dozens.", parties=("azerbaijan",)),
        )
    )
    assert [e.title for e in entries] == ["Mine blast in Martuni wounds 2 (unattributed)"]


def test_a_toll_a_mine_caused_is_a_mine_blast_whatever_weapons_the_report_recalls() -> None:
    """Three soldiers hurt by a landmine on a supply road; the report adds that rocket
    launchers were found nearby and that rockets fell there in July. The toll's sentence
    says what wounded them: "Mine blast", never "Rocket strike". A toll that shelling
    caused stays a shelling."""
    wounded = Casualty(count=3, what="wounded", group="military", claimed_by="armenia")

    def told(hurt: str) -> str:
        [entry] = build(
            report(
                "m",
                tag("attack", hurt, places=("Martuni",)),
                tag("casualties", hurt, places=("Martuni",), casualties=(wounded,)),
                tag("attack", "Rocket launchers were found nearby.", places=("Martuni",)),
                tag("attack", "Rockets fell on the road in July.", places=("Martuni",)),
            )
        )
        return entry.title

    assert told("Three soldiers were hurt by a landmine near Martuni.").startswith(
        "Mine blast in Martuni wounds 3"
    )
    assert told("Shelling wounded three soldiers near Martuni.").startswith("Shelling of Martuni")
    # a toll near landmines that something else caused is no mine blast
    for caused in (
        "A sniper shot three soldiers who were clearing landmines near Martuni.",
        "Mortar fire wounded three soldiers near Martuni, where new land mines were laid.",
    ):
        assert not told(caused).startswith("Mine blast"), caused


def test_a_visit_is_titled_with_who_went_where_when_a_sentence_says() -> None:
    """ "Iran visits Armenia" when the sentence puts the visitor in the other's capital;
    never "Iran visit (Armenia, Azerbaijan)", and no place is made up when none is said."""
    arrived = "Iran's foreign minister arrived in Yerevan for a one-day visit, Tehran said."
    (went,) = build(report("v1", tag("diplomatic_call", arrived, parties=("iran", "armenia"))))
    assert went.title == "Iran visits Armenia"
    vague = "Iran's envoy paid a visit to the region as the fighting went on."
    (unsaid,) = build(
        report("v2", tag("diplomatic_call", vague, parties=("iran", "armenia", "azerbaijan")))
    )
    assert unsaid.title == "Visit by Iran (Armenia, Azerbaijan)"


def test_two_reports_of_one_announced_visit_are_one_entry_whatever_their_bodies_add() -> None:
    """Two outlets tell the same announcement under headlines that name the visit; one
    adds, lower down, a summit of a regional body whose parties sort first. The visit its
    headline names is each report's initiative: one entry, not "ASEAN visits ..." beside
    "United States visits ..."."""
    talks = "diplomatic_call/talks"
    first_head = "Washington's president to visit Moscow for the signing, its host says"
    second_head = "US leader to visit Moscow next week to see the two sides sign, minister says"
    summit = "He spoke of a summit of the Minsk Group to be held in the capital next week."

    def headlined(item_id: str, headline: str, *body: Tag) -> TaggedItem:
        head = tag("diplomatic_call", headline, rule=talks, parties=("usa", "russia"))
        return replace(report(item_id, head, *body), title=headline)

    entries = build(
        headlined("h1", first_head),
        headlined(
            "h2", second_head, tag("diplomatic_call", summit, rule=talks, parties=("minsk_group",))
        ),
    )
    assert [sorted(e.item_ids) for e in entries] == [["h1", "h2"]], [e.title for e in entries]


def test_where_a_spokeswoman_spoke_is_not_where_the_talks_are() -> None:
    """Talks announced for Geneva, in a report whose later sentence puts the ministry's
    spokeswoman at a news conference in Moscow: the talks are Geneva's."""
    parties = ("russia", "armenia", "azerbaijan")
    entries = build(
        report(
            "s1",
            tag(
                "diplomatic_call",
                "The two ministers will meet the mediators in Geneva on Thursday.",
                rule="diplomatic_call/talks",
                parties=parties,
                places=("Geneva",),
            ),
            tag(
                "diplomatic_call",
                "They will discuss the truce, the spokeswoman told a news conference in Moscow.",
                rule="diplomatic_call/talks",
                parties=("armenia", "azerbaijan", "russia", "france"),
                places=("Moscow",),
            ),
        )
    )
    assert ["Moscow" in e.title for e in entries] == [False] * len(entries)
    assert any("Geneva" in e.title for e in entries), [e.title for e in entries]


def test_titles_read_no_release_visit_mine_or_bodies_into_other_words() -> None:
    """A demand to free prisoners is no release; a visit recalled as past is not this
    one's destination; a mine attacked is no mine blast; "a neutral body" is no corpse."""
    demand = "Yerevan urged Baku to release 62 Armenian prisoners in exchange for nothing."
    (swap,) = build(report("x1", tag("exchange", demand, parties=("armenia", "azerbaijan"))))
    assert "releases" not in swap.title
    recalled = (
        "Iran's foreign minister met Armenia's prime minister on Tuesday, a week after he "
        "had visited Baku."
    )
    (visit,) = build(report("x2", tag("diplomatic_call", recalled, parties=("iran", "armenia"))))
    assert "Azerbaijan" not in visit.title and "visits" not in visit.title, visit.title
    copper = "Armenian forces attacked a copper mine near Hadrut, killing three miners."
    (attack,) = build(report("x3", tag("attack", copper, parties=("armenia",), places=("Hadrut",))))
    assert not attack.title.startswith("Mine blast"), attack.title
    neutral = "Prisoners were exchanged under the eye of the Red Cross, a neutral body."
    (freed,) = build(report("x4", tag("exchange", neutral, parties=("armenia", "azerbaijan"))))
    assert "bodies" not in freed.title, freed.title


def test_one_states_calls_and_its_plan_of_the_same_day_are_one_line() -> None:
    """An envoy puts forward a plan, and another report that day tells him urging both
    sides to take it: one state's diplomacy of one day is one entry. Calls by several
    states that day stay the day's appeals."""
    plan = diplomacy(
        "plan",
        "usa",
        "Washington put forward a plan to end the fighting.",
        "diplomatic_call/plan",
    )
    talks = diplomacy(
        "talks", "usa", "The US envoy urged both sides to accept it.", "diplomatic_call/appeal"
    )
    [entry] = build(plan, talks)
    assert set(entry.item_ids) == {"plan", "talks"}
    other = diplomacy("fr", "france", "France urged both sides to stop.", "diplomatic_call/appeal")
    assert len(build(plan, talks, other)) == 2


def test_one_clash_told_at_two_places_with_the_same_dead_and_wounded_is_one_entry() -> None:
    """Each side names its own place for the same clash (the base shelled, the area its
    ministry says was struck) and both give one soldier killed and four wounded: one
    entry. Two places that share only a death toll of one stay two."""

    def clash(item_id: str, place: str, *figures: Casualty) -> TaggedItem:
        return report(
            item_id,
            tag("attack", f"Artillery hit the positions at {place}.", places=(place,)),
            tag(
                "casualties",
                f"The fighting at {place} killed a soldier, the army said.",
                places=(place,),
                casualties=figures,
            ),
        )

    wounded = Casualty(count=4, what="wounded", group="military", claimed_by="armenia")
    one_dead = killed(1, "armenia", "military")
    base = clash("base", "Tartar", one_dead, wounded)
    area = clash("area", "Aghdam", one_dead, wounded)
    [entry] = build(base, area)
    assert set(entry.item_ids) == {"base", "area"}
    # (civilians: a day's clashes where only soldiers died are one battle whatever
    # their tolls, `test_the_days_clashes_where_only_soldiers_died_are_one_battle`)
    one_civilian = killed(1, "armenia")
    other = clash("other", "Aghdam", one_civilian)
    assert len(build(clash("base", "Tartar", one_civilian), other)) == 2


def test_a_strikes_toll_told_as_risen_the_next_day_is_that_strike() -> None:
    """A missile kills nine in Ganja; the next day a report says the toll from that strike
    has risen to ten, "Baku said on Monday", and that Yerevan called the claim false: one
    entry, on the strike's day, with both reports. A new strike there the next day with
    a toll of its own, told as no rise, stays on its day."""
    day, next_day = "2020-10-11", "2020-10-12"
    strike = report(
        "strike",
        tag(
            "attack",
            "A missile hit the centre of Ganja overnight, Baku said.",
            places=("Ganja",),
            event_date=day,
        ),
        tag(
            "casualties",
            "Nine people were killed and thirty wounded in Ganja.",
            places=("Ganja",),
            casualties=(killed(9, "azerbaijan"),),
            event_date=day,
        ),
        day=day,
    )
    risen = report(
        "risen",
        tag(
            "casualties",
            "The toll from the missile strike on Ganja has risen to ten, Baku said on Monday.",
            places=("Ganja",),
            casualties=(killed(10, "azerbaijan"),),
            event_date=next_day,
            date_basis="weekday",
        ),
        tag(
            "attack",
            "The missile was fired from across the border, an aide said on Monday.",
            event_date=next_day,
            date_basis="weekday",
        ),
        tag(
            "denial",
            "Yerevan said the claim did not match reality.",
            denier="armenia",
            parties=("armenia",),
            event_date=next_day,
        ),
        day=next_day,
    )
    [entry] = build(strike, risen)
    assert entry.date == day and set(entry.item_ids) == {"strike", "risen"}
    again = report(
        "again",
        tag(
            "casualties",
            "A new barrage on Ganja killed four people on Monday, the city said.",
            places=("Ganja",),
            casualties=(killed(4, "azerbaijan"),),
            event_date=next_day,
            date_basis="weekday",
        ),
        day=next_day,
    )
    assert sorted(e.date for e in build(strike, again)) == [day, next_day]


def test_wounded_by_a_mine_and_denied_beside_a_charge_of_new_mines_is_that_dispute() -> None:
    """One report charges the other side with a mine laid recently that wounded soldiers;
    another tells three wounded by the blast and the other side's denial of laying new
    mines: one dispute, the wounded and the denial beside the charge."""
    charge = report(
        "charge",
        tag(
            "attack",
            "The army insists the mine that wounded four of its soldiers was laid recently "
            "by Azerbaijani troops.",
            parties=("armenia", "azerbaijan"),
        ),
        tag(
            "violation_claim",
            "Such acts show a hostility that runs counter to the truce, the army said.",
            accuser="armenia",
            accused="azerbaijan",
            parties=("armenia", "azerbaijan"),
        ),
    )

    def wounded_and_denied(denial: str) -> TaggedItem:
        three = Casualty(count=3, what="wounded", group="military")
        return report(
            "denied",
            tag("casualties", "Three soldiers were wounded by the blast.", casualties=(three,)),
            tag("denial", denial, denier="azerbaijan", parties=("azerbaijan",)),
        )

    mines = wounded_and_denied("Baku denied laying any new mines, calling them old ones.")
    [entry] = build(charge, mines)
    assert set(entry.item_ids) == {"charge", "denied"} and entry.kind == "violation_claim"


def test_a_charge_in_the_lede_under_an_unread_headline_stays_on_its_day() -> None:
    """A report filed on Monday whose headline no rule reads opens with the two sides'
    charges of breaking the truce minutes after it began; lower down it recalls that the
    truce was set out in a joint statement on Sunday. The charges are Monday's news: the
    report does not move to Sunday's talks."""
    lede = (
        "Armenia and Azerbaijan traded charges of breaking their new truce minutes after it began."
    )
    talks = "The truce was set out on Sunday in a joint statement by the three governments."
    charges = TaggedItem(
        item_id="r",
        side="western",
        outlet="Outlet r",
        link="https://example.org/r",
        title="Truce frays within minutes",
        text=f"{lede} {talks} Shelling went on near Tartar.",
        published="2020-10-26T10:00:00Z",
        tags=(
            tag(
                "violation_claim",
                lede,
                accuser="armenia",
                accused="azerbaijan",
                parties=SIDES,
                event_date="2020-10-26",
            ),
            tag(
                "diplomatic_call",
                talks,
                rule="diplomatic_call/talks",
                parties=("usa", *SIDES),
                event_date="2020-10-25",
                date_basis="weekday",
            ),
        ),
    )
    dates = {e.kind: e.date for e in build(charges)}
    assert dates["violation_claim"] == "2020-10-26"


MINE_DAY = "2020-10-14"
FIVE_WOUNDED = Casualty(count=5, what="wounded", group="military")


def wednesdays_mine() -> TaggedItem:
    """Wednesday's report of five soldiers wounded by a mine, told at no place."""
    return report(
        "mine",
        tag(
            "casualties",
            "A landmine wounded five soldiers on patrol on Wednesday.",
            casualties=(FIVE_WOUNDED,),
            event_date=MINE_DAY,
            date_basis="weekday",
        ),
        day=MINE_DAY,
    )


def test_a_mine_recalled_at_no_place_does_not_pull_todays_strike_into_its_day() -> None:
    """A mine wounds five soldiers on Wednesday. Thursday's report of rockets on Tartar
    (twelve killed, "on Thursday") recalls that the clashes came a day after the mine
    wounded five: the recalled mine may join Wednesday's, but the strike on Tartar, with
    its toll, stays on Thursday."""
    thursday = "2020-10-15"
    five = FIVE_WOUNDED
    mine = wednesdays_mine()
    rockets = report(
        "rockets",
        tag(
            "attack",
            "Rockets hit Tartar on Thursday, the ministry said.",
            places=("Tartar",),
            event_date=thursday,
            date_basis="weekday",
        ),
        tag(
            "casualties",
            "Twelve people were killed in Tartar.",
            places=("Tartar",),
            casualties=(killed(12, "azerbaijan"),),
            event_date=thursday,
        ),
        tag(
            "casualties",
            "The clashes came a day after a landmine wounded five soldiers.",
            casualties=(five,),
            event_date=thursday,
        ),
        day=thursday,
    )
    strike = next(e for e in build(mine, rockets) if "Tartar" in e.places)
    assert strike.date == thursday and "rockets" in strike.item_ids
    assert strike.title.startswith(
        ("Rocket strike on Tartar kills 12", "Attack on Tartar kills 12")
    )


def test_a_war_toll_risen_at_no_place_keeps_its_report_on_its_day() -> None:
    """Wednesday's report tells soldiers wounded by a mine at no place; Thursday's says
    the toll of the fighting has risen to fourteen, and that shells hit Tartar on
    Thursday: a toll of the war rising at no place is no strike of the day before, so
    the shelling of Tartar stays on Thursday."""
    thursday = "2020-10-15"
    mine = wednesdays_mine()
    toll = report(
        "toll",
        tag(
            "casualties",
            "The toll of the fighting has risen to fourteen, the ministry said.",
            casualties=(killed(14, "azerbaijan"),),
            event_date=thursday,
        ),
        tag(
            "attack",
            "Shells hit Tartar on Thursday.",
            places=("Tartar",),
            event_date=thursday,
            date_basis="weekday",
        ),
        day=thursday,
    )
    tartar = next(e for e in build(mine, toll) if "Tartar" in e.places)
    assert tartar.date == thursday


def test_one_sides_whole_toll_of_the_days_fighting_is_the_fronts_not_a_sites() -> None:
    """A report of rockets on Tartar adds that by evening twelve people were dead on the
    Azerbaijani side: that count is the whole front's, so the day's fighting along the
    front (Tartar, Aghdam) is one entry with it, not a strike on Tartar that killed twelve.
    A toll told of the town itself keeps its strike an entry of its own."""
    rockets = "Rockets hit Tartar, the ministry said."
    side_total = "By evening twelve people were dead on the Azerbaijani side."

    def tartar(toll: str) -> TaggedItem:
        return report(
            "a",
            tag("attack", rockets, places=("Tartar",)),
            tag("casualties", toll, casualties=(killed(12, "azerbaijan"),)),
        )

    aghdam = report(
        "b", tag("attack", "Shells fell on Aghdam and Barda.", places=("Aghdam", "Barda"))
    )
    front = report(
        "c",
        tag("attack", "Fighting raged along the whole front.", parties=("armenia", "azerbaijan")),
    )
    [entry] = build(tartar(side_total), aghdam, front)
    assert set(entry.item_ids) == {"a", "b", "c"}
    assert "Tartar" in entry.title and "Aghdam" in entry.title
    in_town = tartar("Twelve people were killed in the town.")
    assert len(build(in_town, aghdam, front)) == 2


def test_on_a_truce_day_the_fighting_a_strikes_report_tells_is_that_strikes() -> None:
    """A truce is brokered the evening of a deadly clash. The clash's report tells the
    posts attacked in Kalbajar and, place-less, the fire along the border with the
    soldiers it hurt (the front's toll, kept out of the site); another report tells that
    fire alone. The fire is the clash told by the other side, not a breach of
    the truce: two entries, the truce and the clash with both its reports."""
    truce = report(
        "t",
        tag(
            "truce_agreed",
            "Russia brokered a ceasefire between Armenia and Azerbaijan in the evening.",
            parties=("russia", "armenia", "azerbaijan"),
        ),
    )
    clash = report(
        "s",
        tag(
            "attack",
            "Armenian units attacked army posts in Kalbajar, killing seven soldiers.",
            places=("Kalbajar",),
            casualties=(killed(7, None, "military"),),
        ),
        tag(
            "attack",
            "Two soldiers were hurt as the units also opened fire along the border.",
            casualties=(Casualty(count=2, what="wounded", group="military", claimed_by=None),),
        ),
    )
    fire = report("v", tag("attack", "Azerbaijani units opened fire on border positions."))
    found = sorted(e.item_ids for e in build(truce, clash, fire))
    assert found == [("s", "v"), ("t",)]
