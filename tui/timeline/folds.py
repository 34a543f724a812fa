"""Folds: an event of a day that is part of another event of the day joins it.

`events` first makes a day's events from its tag groups; these steps then put together
what an analyst lists as one event (called in this order by `EventsMixin._events`):

- a report's asides (an appeal, a mention of fighting, an exchange still to come) join
  its main story (`_one_report_one_event`); a report of the day's fighting that gives a
  site's death toll tells that site's event (`same_toll`), and two sites with the same
  dead and wounded are one clash each side placed (`same_toll_two_sites`);
- a day's fighting along the front is one "fighting" entry: the shelling of several
  places with no one killed, no capture and no notable target (a hospital, reporters),
  with the day's place-less fighting, lists the places, and on a day of fighting three
  reports tell, a deadly strike one report tells is one of its places (`front_wide`);
  with no such fighting, it is one of the places of the day's one deadly strike three or
  more reports tell, the day's battle (`_strikes_of_the_days_battle`);
  a plain shelling
  of a place the day's dispute is about is that dispute's, and so is one report's plain
  shelling between the camps of the day's one dispute when it names no town
  (`_disputed_sites`);
- talks known by their convener join the day's talks at a venue with that convener;
  the warring sides' talks a report tells with no one leading them join the day's one
  meeting led by another that holds those sides (`_leaderless_talks`);
  the warring sides' own contact, told as talks one side held and as calls naming only
  the two sides, is one, and so is a minister's "talks with" a guest on the day of their
  meeting (`_direct_talks`; both run before a report's asides join its main story, so
  that talks told beside another facet still reach their meeting); a joint statement by
  the day's callers is their appeal; the calls of one state alone that convenes the
  day's one initiative are that initiative's (`_convener_calls`);
- an event told only by reports of another event of the day (an exchange, peacekeepers,
  appeals, talks, a denial, a quiet shelling or harm) is that event's facet (`nested`);
- a dispute or a strike told only in the bodies of reports that headline another event
  of the day is part of that story, kept under the weightier of the two
  (`headline_facets`);
- a counter-claim told only by the reports of a deadly strike blamed on the other side
  is that strike's (`_counter_claims`);
- on a truce's day, its breaches (the dispute, fighting with no one killed), the calls
  that speak of it, the exchange it allows and its peacekeepers are the truce entry
  with a strike only the truce's reports tell (`_truce_day`); a deadly strike or a
  report's own shelling told by other reports stays its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tui.records import Tag, TaggedItem
from tui.timeline.groups import BuilderState, Group, from_headline
from tui.timeline.wording import (
    counter_charge_place,
    denied_topic,
    names_topic,
    running_toll,
    tells_blast,
    toll_elsewhere,
)

# which of a report's events is its main story (highest first), and the events that
# can be a report's aside
_RANK = {
    "truce": 9,
    "dispute": 8,
    "site": 7,
    "exchange": 6,
    "initiative": 5,
    "peacekeeping": 4,
    "appeals": 3,
    "denial": 2,
    "fighting": 1,
}
_ASIDES = frozenset({"appeals", "peacekeeping", "fighting", "initiative", "denial"})
# a target that makes a shelling news of its own, with no one killed ("maternity hospital
# hit", "reporters wounded"): such a site is never folded into the day's fighting
_NOTABLE = re.compile(
    r"\b(?:hospital|maternity|school|kindergarten|church|cathedral|mosque|museum|"
    r"journalists?|reporters?|correspondents?|camera ?(?:man|crew)|power (?:plant|station)|"
    r"dam|reservoir|airport|pipeline|market|embassy)\b",
    re.IGNORECASE,
)
_TRUCE_WORDS = re.compile(
    r"\b(?:(?:truce|cease-?fire|armistice)s?|(?:entered|enters|came|comes)\s+into\s+force)\b",
    re.IGNORECASE,
)
# an exchange still to come ("prisoners are to be swapped", "undertook to exchange the
# dead"): a term of the truce or the talks that report it, not an exchange that happened
_PLANNED = re.compile(
    r"\b(?:will|would|shall|to be|can be|could be|are to|is to|undert(?:ook|ake)|"
    r"agree[ds]?|pledged?|promised?|duty|terms|allows?|so that|in order to|with a view|"
    r"ready to|prepares?|negotiate|talks on)\b",
    re.IGNORECASE,
)
# events that, told only by reports of another event of the day, are its facets
_MINOR = frozenset({*_ASIDES, "exchange"})


@dataclass
class Event:
    """One event of a day on its way to an entry."""

    key: str
    shape: str  # truce | dispute | site | fighting | appeals | initiative | exchange | ...
    date: str
    site: str | None = None
    tags: list[tuple[TaggedItem, Tag]] = field(default_factory=list)
    claims: list[Group] = field(default_factory=list)  # violation-claim groups
    denials: list[Group] = field(default_factory=list)  # denial groups
    sites: list[str] = field(default_factory=list)  # a day's fighting: the places shelled
    led_by: str | None = None  # the kind its title leads with, when not its shape's
    # a dispute: the tolls of the day's fighting it is about (its title gives them)
    fighting_tolls: list[Tag] = field(default_factory=list)

    def absorb(self, other: Event) -> None:
        """Take another event's tags, claims, denials and places in (one event now)."""
        self.tags.extend(other.tags)
        self.claims.extend(other.claims)
        self.denials.extend(other.denials)
        for site in [other.site, *other.sites]:
            if site and site not in self.sites:
                self.sites.append(site)

    def items(self) -> set[str]:
        found = {item.item_id for item, _ in self.tags}
        for g in [*self.claims, *self.denials]:
            found.update(item.item_id for item, _ in g.tags)
        return found


class FoldsMixin(BuilderState):
    """The builder's fold steps (see the module docstring)."""

    def _war_headline(self, event: Event, item_id: str) -> bool:
        """Whether the report's headline tells fighting in this event ("Thousands flee as
        fighting enters a second day"), not harm that only a body outside the war names
        ("homes and hospitals hit, Red Cross says"), which keeps the report's call as its
        story."""
        return any(
            i.item_id == item_id
            and from_headline(i, t)
            and t.kind == "attack"
            # told by a body outside the war alone (the Red Cross): its harm, not a battle
            and (not t.parties or any(self.roles.get(p) == "belligerent" for p in t.parties))
            for i, t in event.tags
        )

    def _toll_elsewhere(self, tag: Tag) -> bool:
        """A casualty figure at no known place whose sentence puts it at a place the
        profile does not list ("five killed in strikes on Yahmar"): not a site's dead."""
        return (
            tag.kind == "casualties"
            and not tag.places
            and toll_elsewhere(tag.evidence, self.known_words)
        )

    def _camp(self, party: str | None) -> str | None:
        if not party or self.roles.get(party) != "belligerent":
            return None
        return self.camps.get(party) or party

    def _one_report_one_event(self, events: dict[str, Event]) -> None:
        """A report's asides join its main event: an appeal, a phone call, a mention of
        fighting or peacekeepers, or an exchange still to come, that only this report
        tells, in a report whose main story is a truce, a dispute, a strike, talks or
        an exchange, is a facet of that story, not an event of its own; and the
        place-less fighting it mentions in passing joins its story even when other
        reports tell of fighting too."""
        holders: dict[str, list[Event]] = {}
        for key in sorted(events):
            for item_id in events[key].items():
                holders.setdefault(item_id, []).append(events[key])
        heads: dict[str, set[str]] = {}  # an event's headlined reports, until it changes

        def head(event: Event) -> set[str]:
            if event.key not in heads:
                heads[event.key] = headlined_reports(event)
            return heads[event.key]

        for item_id in sorted(holders):
            mine = [e for e in holders[item_id] if e.key in events]
            if len(mine) < 2:
                continue
            anchor = max(mine, key=_rank)
            headlined = [e for e in mine if item_id in head(e) and self._war_headline(e, item_id)]
            promoted = anchor.shape in _ASIDES and item_id not in head(anchor) and bool(headlined)
            if promoted:
                # the report headlines the day's fighting and tells a call lower down:
                # the fighting is its story, the call its aside
                anchor = max(headlined, key=_rank)
            for other in mine:
                if other is anchor:
                    continue
                if _rank(other) >= _rank(anchor) and not (promoted and item_id not in head(other)):
                    continue
                aside = (
                    other.shape in _ASIDES
                    or planned(other)
                    or (
                        # a shelling only this report tells, no one killed, in a report about
                        # a truce or a dispute: that story's facet ("truce broken at X")
                        other.shape == "site"
                        and anchor.shape in ("truce", "dispute")
                        and not deadly(other)
                    )
                )
                if not aside or _denies_elsewhere(anchor, other, self.regions):
                    continue
                if (
                    other.shape == "fighting"
                    and self._war_headline(other, item_id)
                    and len(other.items()) > 1
                ):
                    # its headline tells the day's fighting other reports tell too ("Thai
                    # jets strike along the border; Anwar urges restraint"): a source of it
                    continue
                if (
                    other.shape == "fighting"
                    and anchor.shape == "site"
                    and any(
                        front_toll(t) or self._toll_elsewhere(t)
                        for i, t in other.tags
                        if i.item_id == item_id
                    )
                ):
                    continue  # the front's toll of soldiers, or another town's, is never X's
                heads.pop(anchor.key, None)
                heads.pop(other.key, None)
                if other.items() == {item_id}:
                    anchor.tags.extend(other.tags)
                    anchor.claims.extend(other.claims)
                    anchor.denials.extend(other.denials)
                    del events[other.key]
                elif other.shape == "fighting" or (
                    other.shape == "appeals"
                    and anchor.shape in ("truce", "dispute")
                    and not _headline_call(other, item_id)
                ):
                    anchor.tags.extend(p for p in other.tags if p[0].item_id == item_id)
                    other.tags[:] = [p for p in other.tags if p[0].item_id != item_id]

    def _truce_day(self, events: dict[str, Event], day: str) -> None:
        """On the day a truce is agreed or takes effect, the accusations of breaking it
        and the peacekeepers sent to keep it are the truce's story, as an analyst
        writes it ("a truce took effect; within hours each side accused the other of
        breaking it"): the day's dispute between the truce's warring camps, its fighting
        with no one killed, the calls that welcome it or urge it kept (those that speak
        of it) and its broker's calls that day (other appeals stay the day's appeals),
        the talks at the venue where it was agreed, the warring sides' own talks with no
        one else named (`_sides_alone`), the exchange it allows and the
        peacekeepers sent to keep it join the truce entry, which sets the claims beside
        it, and so does a strike (deadly or not) that only the truce's own reports tell.
        A strike that a report tells on its own stays its own entry, as does a deadly
        one told by other reports, and the fighting that a strike's reports tell goes
        with that strike."""
        truce = events.get(f"{day}|truce|-")
        if truce is None:
            return
        camps = {
            self._camp(p) for _, t in truce.tags if t.kind == "truce_agreed" for p in t.parties
        } - {None}
        where = {p for _, t in truce.tags if t.kind == "truce_agreed" for p in t.places}
        parties = {p for _, t in truce.tags if t.kind == "truce_agreed" for p in t.parties}
        brokers = {p for p in parties if self.roles.get(p) == "mediator"}
        for key in sorted(events):
            other = events[key]
            if other.shape == "initiative":
                # talks at the venue where the truce was agreed, or a statement of the
                # truce's own parties that speaks of it ("the joint statement entered
                # into force"), are its; talks of others about it stay their own
                convener = key.split("|")[2]
                at_venue = convener in where and convener in self.venues
                # its own parties' statement on it, or its broker's initiative that speaks
                # of it ("Trump lands in Kuala Lumpur to witness the truce's signing")
                about = any(_TRUCE_WORDS.search(t.evidence) for _, t in other.tags) and (
                    {p for _, t in other.tags for p in t.parties} <= parties or convener in brokers
                )
                # the warring sides' own talks that day, no one else at the table
                # ("the two armies' commanders agreed on joint patrols"), are the truce's
                # negotiation, told by another report
                sides_alone = self._sides_alone([t for _, t in other.tags], parties)
                if not (at_venue or about or sides_alone):
                    continue
            elif other.shape == "dispute":
                pair = set(key.split("|")[2].split("+")) - {"-", ""}
                if camps and pair and not pair <= camps:
                    continue
            elif other.shape == "appeals":
                # the calls that speak of the truce (welcome it, urge it kept), and the
                # calls its broker made that day, are its
                about = {
                    i.item_id
                    for i, t in other.tags
                    if _TRUCE_WORDS.search(t.evidence) or brokers.intersection(t.parties)
                }
                # and so are the warring sides' own talks, no one else named ("the two
                # armies' operations chiefs spoke by hotline"), as at an initiative
                about |= {
                    item_id
                    for item_id in other.items()
                    if self._sides_alone(
                        [t for i, t in other.tags if i.item_id == item_id], parties
                    )
                }
                truce.tags.extend(p for p in other.tags if p[0].item_id in about)
                other.tags[:] = [p for p in other.tags if p[0].item_id not in about]
                # the charges and denials of the reports that went go with them
                for groups, into in ((other.claims, truce.claims), (other.denials, truce.denials)):
                    going = [not other.tags or _told_only_by(g, about) for g in groups]
                    into.extend(g for g, goes in zip(groups, going, strict=True) if goes)
                    groups[:] = [g for g, goes in zip(groups, going, strict=True) if not goes]
                if not other.items():
                    del events[key]
                continue
            elif other.shape in ("site", "fighting") and other.items() <= truce.items():
                pass  # told only by the truce's reports: its breach, or its background
            elif other.shape == "fighting" and (home := _strike_told_beside(other, events, truce)):
                # the fighting the reports of the day's strike tell is that strike's, not
                # the truce's breach ("two soldiers hurt as units attacked our posts")
                home.absorb(other)
                del events[key]
                continue
            elif not (
                other.shape in ("peacekeeping", "exchange")
                or (other.shape == "fighting" and not deadly(other))
            ):
                continue
            truce.absorb(other)
            del events[key]

    def _disputed_sites(self, events: dict[str, Event]) -> None:
        """A plain shelling of a place the day's dispute is about ("each side accused
        the other of shelling around Hadrut"; another report: "Hadrut shelled") is the
        attack that dispute is about: it joins the dispute."""
        disputes = [events[k] for k in sorted(events) if events[k].shape == "dispute"]
        for key in sorted(events):
            site = events[key]
            if not _plain(site) or not site.site:
                continue
            homes = [
                d
                for d in disputes
                if any(site.site in t.places for g in d.claims for _, t in g.tags)
            ]
            if not homes and len(disputes) == 1 and self._shelling_between(site, disputes[0]):
                homes = disputes
            if len(homes) == 1:
                homes[0].absorb(site)
                del events[key]

    def _shelling_between(self, site: Event, dispute: Event) -> bool:
        """Whether a plain shelling is of the fighting the day's one dispute is about
        though neither names the other's place ("Azerbaijan keeps firing on border
        towns despite the truce, Yerevan says"; "Sotk and Vardenis shelled"): the
        shelling, told by one report (a strike more tell is news of its own), names
        both camps of the dispute, and the dispute names no town."""
        if len(site.items()) > 1:
            return False
        if self.names_town(dispute.claims):
            return False
        pair = set(dispute.key.split("|")[2].split("+"))
        camps = {self._camp(p) for _, t in site.tags for p in t.parties} - {None}
        return len(pair) == 2 and camps == pair

    def _fighting_disputed(self, events: dict[str, Event]) -> None:
        """The day's fighting between the camps of the day's one dispute is the fighting
        that dispute is about ("fighting resumes" beside "each side blames the other for
        the collapse of the truce"): one event, its dead included ("a soldier killed as
        both sides trade blame") when it names both camps. Fighting that names one camp
        or none joins only if no one was killed in it: with its dead it may be another
        story (a massacre that militants deny) and stays its own."""
        fighting = next((e for e in events.values() if e.shape == "fighting"), None)
        disputes = [events[k] for k in sorted(events) if events[k].shape == "dispute"]
        if fighting is None or len(disputes) != 1:
            return
        dispute = disputes[0]
        if self._denied_as_charged(fighting, dispute):
            dispute.absorb(fighting)
            del events[fighting.key]
            return
        if not any(t.kind == "attack" for _, t in fighting.tags):
            return  # wounded or harm told at no place is no fighting
        pair = set(dispute.key.split("|")[2].split("+"))
        camps = {self._camp(p) for _, t in fighting.tags for p in t.parties} - {None}
        if not camps <= pair or (deadly(fighting) and camps != pair):
            return
        dispute.absorb(fighting)
        dispute.fighting_tolls.extend(t for _, t in fighting.tags if t.kind == "casualties")
        del events[fighting.key]

    def _denied_as_charged(self, fighting: Event, dispute: Event) -> bool:
        """Whether the day's fighting holds denials of what the day's one dispute's reports
        charge by name ("three soldiers wounded by a mine; Phnom Penh says the mines are old"
        beside "Bangkok accuses Cambodia of laying new mines"), by a camp of its pair:
        the wounded, the charge and the denials are one story."""
        denials = [t.evidence for dg in fighting.denials for _, t in dg.tags]
        topic = denied_topic(denials)
        if topic is None:
            return False
        pair = set(dispute.key.split("|")[2].split("+"))
        deniers = {self._camp(d) for dg in fighting.denials for d in self._deniers(dg)} - {None}
        return bool(deniers) and deniers <= pair and charges_topic(dispute, topic)

    def _counter_claims(self, events: dict[str, Event]) -> None:
        """A day's claim told only by reports of a deadly strike that the other side is
        blamed for ("Ganja hit, Baku says, blaming Yerevan; Yerevan says Baku shelled
        Stepanakert") is the counter-claim of that strike's dispute: one entry sets both
        side by side, as the taxonomy's dispute does."""
        for key in sorted(k for k in events if events[k].shape == "dispute"):
            dispute = events[key]
            pair = set(key.split("|")[2].split("+")) - {"-", ""}
            mine = dispute.items()
            for site in [e for e in events.values() if e.shape == "site" and e.claims]:
                camps = {
                    self._camp(p)
                    for g in site.claims
                    for _, t in g.tags
                    for p in (t.accuser, t.accused)
                } - {None}
                if mine and mine <= site.items() and pair and pair <= camps:
                    site.absorb(dispute)
                    del events[key]
                    break

    def _callers(self, event: Event) -> set[str]:
        """The parties of an event's tags not at war: who calls, hosts or mediates."""
        return {p for _, t in event.tags for p in t.parties if self.roles.get(p) != "belligerent"}

    def _joint_appeal(self, events: dict[str, Event], day: str) -> None:
        """A joint statement by states that call for a halt to the fighting the same
        day is their appeal in joint form, not a separate initiative: it joins the day's
        appeals when it shares two or more of its callers."""
        appeals = events.get(f"{day}|appeals|-")
        if appeals is None:
            return
        callers = self._callers(appeals)
        for key in sorted(events):
            event = events[key]
            if event.shape != "initiative" or key.split("|")[2] in self.venues:
                continue
            if planned_meeting(t for _, t in event.tags) and key.split("|")[2] in callers:
                # the caller's news that both sides agreed to meet is part of its calls
                appeals.absorb(event)
                del events[key]
                continue
            if not any("joint statement" in t.evidence.lower() for _, t in event.tags):
                continue
            mine = self._callers(event)
            if len(mine & callers) >= 2:
                appeals.absorb(event)
                del events[key]

    def _direct_talks(self, events: dict[str, Event], day: str) -> None:
        """Talks the day's initiative holds, told by another report as talks between some
        of its parties, are that initiative: the warring sides' own contact ("the two
        armies' commanders spoke by hotline", or one side's account of it), and a
        minister's "talks with" his guest on the day of their meeting. A report of the
        day's calls joins the one initiative whose parties include every party it names,
        when it tells talks (a phone call only between warring sides, the two armies'
        contact); a report that urges a side to act ("withdraw before any talks") holds no
        contact, and a state outside the initiative keeps its calls in the day's appeals."""
        appeals = events.get(f"{day}|appeals|-")
        if appeals is None:
            return
        initiatives = [e for e in events.values() if e.shape == "initiative"]
        if not initiatives:
            return
        by_report: dict[str, list[Tag]] = {}
        for item, tag in appeals.tags:
            by_report.setdefault(item.item_id, []).append(tag)
        moves: dict[str, Event] = {}
        for item_id, tags in by_report.items():
            home = self._contact_home(tags, initiatives)
            if home is not None:
                moves[item_id] = home
        for item_id, home in moves.items():
            home.tags.extend(p for p in appeals.tags if p[0].item_id == item_id)
        appeals.tags[:] = [p for p in appeals.tags if p[0].item_id not in moves]
        if moves and not appeals.items():
            next(iter(moves.values())).denials.extend(appeals.denials)
            del events[appeals.key]

    def _contact_home(self, tags: list[Tag], initiatives: list[Event]) -> Event | None:
        """The one initiative a report's calls tell as talks (`_direct_talks`), or None."""
        sides = {p for t in tags for p in t.parties}
        if not sides:
            return None
        warring = all(self.roles.get(p) == "belligerent" for p in sides)
        contact = [
            t
            for t in tags
            if t.rule.endswith("/talks") or (warring and t.rule.endswith("/phone-call"))
        ]
        if not contact or (warring and any(t.parties for t in tags if t not in contact)):
            return None  # a side's demand of the other is no contact held
        homes = []
        for e in initiatives:
            held = {p for _, t in e.tags for p in t.parties}
            if warring:
                fits = sides <= held and self.roles.get(e.key.split("|")[2]) == "belligerent"
            else:  # each of its talks between two or more of the initiative's parties
                fits = all(len(held.intersection(t.parties)) >= 2 for t in contact)
            if fits:
                homes.append(e)
        return homes[0] if len(homes) == 1 else None

    def _convener_calls(self, events: dict[str, Event], day: str) -> None:
        """The day's calls when one state alone makes them, and that state convenes the
        day's one initiative (an envoy's plan, and his talks with both sides told as
        calls), are that initiative's: one state's diplomacy of one day is one line."""
        appeals = events.get(f"{day}|appeals|-")
        if appeals is None:
            return
        callers = self._callers(appeals)
        if len(callers) != 1:
            return
        homes = [
            e
            for k, e in sorted(events.items())
            if e.shape == "initiative" and k.split("|")[2] in callers
        ]
        if len(homes) == 1:
            homes[0].absorb(appeals)
            del events[appeals.key]

    def _one_initiative(self, events: dict[str, Event]) -> None:
        """Talks known by their convener ("the United States meets both ministers") and
        talks at a venue the same day with that convener are one initiative: the venue's."""
        at_venue = [
            e
            for k, e in sorted(events.items())
            if e.shape == "initiative" and k.split("|")[2] in self.venues
        ]
        for key in sorted(events):
            event = events.get(key)
            if event is None or event.shape != "initiative" or event in at_venue:
                continue
            convener = key.split("|")[2]
            homes = [e for e in at_venue if any(convener in t.parties for _, t in e.tags)]
            if len(homes) == 1:
                homes[0].absorb(event)
                del events[key]

    def _leaderless_talks(self, events: dict[str, Event]) -> None:
        """Talks of the warring sides that a report tells with no third party leading them
        ("the two armies' delegates met at the checkpoint", known by a warring side or by
        no one) are the day's one meeting that holds every warring party they name, told
        by another report with its host or observers (when one meeting alone holds them);
        with no such meeting, the day's leaderless talks between the same warring sides are
        one meeting."""
        leaderless = [
            e
            for k, e in sorted(events.items())
            if e.shape == "initiative"
            and (k.split("|")[2] == "-" or self.roles.get(k.split("|")[2]) == "belligerent")
        ]
        led = [
            e for k, e in sorted(events.items()) if e.shape == "initiative" and e not in leaderless
        ]
        alone: list[Event] = []
        for event in leaderless:
            warring = self._warring_named(event)
            homes = [e for e in led if warring and warring <= self._warring_named(e)]
            if _nameless_meeting(event) and not any(e.shape == "truce" for e in events.values()):
                # talks that name no one ("the four met on the margins of the summit")
                # are the day's one meeting led by someone, when there is one (on a
                # truce's day, what names no one may be the truce's text)
                homes = led
            if len(homes) == 1:
                homes[0].absorb(event)
                del events[event.key]
            elif not homes and warring:
                # with no hosted meeting, the sides' talks that each report credits to
                # one of them ("Thailand's talks with Cambodia", "Cambodia and Thailand
                # meet") are one meeting: the one earlier meeting whose sides hold these
                # or are held by them (with a third warring party, Yerevan's talks with
                # Stepanakert are no meeting with Baku)
                fits = [
                    e
                    for e in alone
                    if (sides := self._warring_named(e)) <= warring or warring <= sides
                ]
                if len(fits) == 1:
                    fits[0].absorb(event)
                    del events[event.key]
                else:
                    alone.append(event)

    def _sides_alone(self, tags: list[Tag], parties: set[str]) -> bool:
        """Whether the calls name warring parties, one of them the truce's, and no one
        else (a report may name only one side of the truce)."""
        named = {p for t in tags if t.kind == "diplomatic_call" for p in t.parties}
        warring = {p for p in named if self.roles.get(p) == "belligerent"}
        return bool(named) and named == warring and bool(named & parties)

    def _warring_named(self, event: Event) -> set[str]:
        """The warring parties an event's tags name."""
        return {p for _, t in event.tags for p in t.parties if self.roles.get(p) == "belligerent"}


def _nameless_meeting(event: Event) -> bool:
    """Talks whose lines name no party ("the four met", "the first such visit")."""
    return not any(t.parties for _, t in event.tags)


def _told_only_by(group: Group, reports: set[str]) -> bool:
    """Whether every tag of a group comes from these reports."""
    return all(item.item_id in reports for item, _ in group.tags)


def _strike_told_beside(fighting: Event, events: dict[str, Event], truce: Event) -> Event | None:
    """The day's one strike some of whose reports also tell this place-less fighting (a
    strike only the truce's reports tell is the truce's, and so is its fighting)."""
    homes = [
        e
        for k, e in sorted(events.items())
        if e.shape == "site" and e.items() & fighting.items() and not e.items() <= truce.items()
    ]
    return homes[0] if len(homes) == 1 else None


def same_toll(events: dict[str, Event]) -> None:
    """A report of the day's place-less fighting that gives the same death toll as a
    site's reports tells that site's event (the same two crew killed, the same 21
    civilians): its tags join the site. So does one telling a mine blast that wounded as
    many as a mine blast at a site ("three soldiers hurt by a mine" beside "a landmine
    wounded three soldiers near the hill"): a toll of wounded alone is too common to tell
    one strike by, but not a blast's."""
    fighting = next((e for e in events.values() if e.shape == "fighting"), None)
    if fighting is None:
        return
    givers: dict[tuple[int, str], list[Event]] = {}
    for site in events.values():
        if site.shape != "site":
            continue
        blast = tells_blast(t for _, t in site.tags)
        for figure in {
            (c.count, c.what)
            for _, t in site.tags
            for c in t.casualties
            if c.what == "killed" or (c.what == "wounded" and blast)
        }:
            givers.setdefault(figure, []).append(site)
    # (a blast's wounded that two sites give tells neither; a death toll goes, as it
    # always has, to the last site giving it)
    tolls = {
        figure: sites[-1]
        for figure, sites in givers.items()
        if figure[1] == "killed" or len(sites) == 1
    }
    for item_id in sorted({item.item_id for item, _ in fighting.tags}):
        mine = [p for p in fighting.tags if p[0].item_id == item_id]
        blast = tells_blast(t for _, t in mine)
        site = next(
            (
                tolls[(c.count, c.what)]
                for _, t in mine
                for c in t.casualties
                if (c.count, c.what) in tolls and (c.what == "killed" or blast)
            ),
            None,
        )
        if site is not None:
            site.tags.extend(mine)
            fighting.tags[:] = [p for p in fighting.tags if p[0].item_id != item_id]
    if not fighting.items():
        for site in events.values():
            if site.shape == "site":
                site.denials.extend(fighting.denials)
                break
        del events[fighting.key]


def charges_topic(dispute: Event, topic: str) -> bool:
    """Whether a dispute's reports name this subject of a denial (`denied_topic`) in what
    they charge: their claims and denials, and the act told beside them."""
    told = [t.evidence for g in [*dispute.claims, *dispute.denials] for _, t in g.tags]
    told += [t.evidence for _, t in dispute.tags]
    return names_topic(told, topic)


def same_toll_two_sites(events: dict[str, Event]) -> None:
    """Two sites of one day whose reports give the same dead and the same wounded ("one
    soldier killed and four wounded" at the base one report names, and at the area the
    other side's ministry names) are one clash told from each side: the site fewer reports
    tell joins the other. A toll of dead alone is too common to tell one clash by."""

    def toll(site: Event) -> frozenset[tuple[int, str]]:
        return frozenset(
            (c.count, c.what)
            for _, t in site.tags
            for c in t.casualties
            if c.what in ("killed", "wounded") and not c.approximate
        )

    sites = sorted(
        (e for e in events.values() if e.shape == "site"),
        key=lambda e: (-len(e.items()), e.key),
    )
    for small in reversed(sites):
        mine = toll(small)
        for big in sites:
            if big is small or big.key not in events:
                continue
            shared = mine & toll(big)
            if {what for _, what in shared} == {"killed", "wounded"}:
                big.absorb(small)
                del events[small.key]
                break


def _headline_call(event: Event, item_id: str) -> bool:
    """Whether a report's headline is the call this event holds ("Lavrov urges both
    sides to observe the truce"): the call is then that report's story, not an aside."""
    return any(i.item_id == item_id and from_headline(i, t) for i, t in event.tags)


def planned(event: Event) -> bool:
    """Whether an exchange event only tells of an exchange still to come (`_PLANNED`)."""
    swaps = [t for _, t in event.tags if t.kind == "exchange"]
    return event.shape == "exchange" and all(_PLANNED.search(t.evidence) for t in swaps)


# talks still to come: "agreed to meet", "will host", "is set to receive" ...
TALKS_AHEAD = re.compile(
    r"\b(?:agree[ds]?|to|will|would|shall|plans?|set|due|ready|expected|is|are)\s+"
    r"(?:to\s+)?(?:\w+\s+)?(?:meet|host|hold talks|receive|visit|talk|discuss)\b"
    r"|\b(?:set|scheduled|planned)\s+for\b",
    re.IGNORECASE,
)
HELD_TALKS = re.compile(
    r"\b(?:met|meets|hosted|hosts|received|receives|held|holds|visited|visits|"
    r"spoke|speaks|talked|took place|thank\w*)\b"
    r"|(?<!to\s)(?<!will\s)\bdiscuss\w*",
    re.IGNORECASE,
)


def planned_meeting(tags: Iterable[Tag]) -> bool:
    """Whether talks are only announced ("Pompeo to host both ministers on Friday"):
    a sentence says they are to come and none that they were held."""
    evidence = [t.evidence for t in tags]
    return any(TALKS_AHEAD.search(e) for e in evidence) and not any(
        HELD_TALKS.search(e) for e in evidence
    )


def _rank(event: Event) -> int:
    """How much an event is a report's main story (`_RANK`); a planned exchange is an
    aside of the truce or talks that agreed it."""
    return 0 if planned(event) else _RANK.get(event.shape, 0)


def deadly(event: Event) -> bool:
    return any(c.what == "killed" for _, t in event.tags for c in t.casualties)


def _quiet(event: Event) -> bool:
    """A site event with no one killed, no capture, no claim and no notable target."""
    if event.shape != "site" or event.claims or deadly(event):
        return False
    if any(t.kind == "territorial_change" for _, t in event.tags):
        return False
    return not any(_NOTABLE.search(t.evidence) for _, t in event.tags)


def _plain(event: Event) -> bool:
    """A shelling with no one killed, no capture, no claim and no notable target: one
    place of the day's fighting rather than an event of its own. Harm with no attack
    (people fleeing, returning) is never plain."""
    return _quiet(event) and any(t.kind == "attack" for _, t in event.tags)


def _soldiers_clash(event: Event) -> bool:
    """A deadly clash at a place of the front whose dead are all soldiers, with no claim
    or capture: one place of the day's battle between the armies (a hospital that gives
    the soldiers' toll is no target)."""
    if event.shape != "site" or event.claims or not deadly(event):
        return False
    if any(t.kind == "territorial_change" for _, t in event.tags):
        return False
    dead = [c for _, t in event.tags for c in t.casualties if c.what == "killed"]
    return all(c.group == "military" for c in dead)


def front_wide(events: dict[str, Event], day: str) -> None:
    """A day's fighting along the front is one event, as an analyst writes it: the
    shelling of several places with no toll and no notable target (and the day's
    place-less fighting) become one "fighting" entry listing the places; so do two or
    more clashes where only soldiers died (`_soldiers_clash`), however many reports tell
    each, and a deadly strike one report tells when three or more reports tell the day's
    fighting. Any other deadly strike several reports tell, a capture or a notable target
    (a hospital, reporters) stays its own."""
    plain = [events[k] for k in sorted(events) if _plain(events[k])]
    clashes = [events[k] for k in sorted(events) if _soldiers_clash(events[k])]
    if len(clashes) >= 2:
        plain += clashes
    key = f"{day}|fighting|-"
    fighting = events.get(key)
    told_widely = fighting is not None and len(fighting.items()) >= 3
    if len(plain) + (fighting is not None) < 2 and not told_widely:
        _strikes_of_the_days_battle(events)
        return
    if fighting is None:
        fighting = events[key] = Event(key, "fighting", day)
    for site in plain:
        fighting.absorb(site)
        del events[site.key]
    if len(fighting.items()) < 3:
        return
    # a deadly strike one report tells, on a day of fighting many tell: a place of that
    # fighting, as a hand-made timeline lists it, not an event of its own; its place is
    # named first
    for place in _take_lone_strikes(fighting, events):
        fighting.sites.remove(place)
        fighting.sites.insert(0, place)


def _strikes_of_the_days_battle(events: dict[str, Event]) -> None:
    """When the day's fighting is no entry of several parts (`front_wide`), the day's one
    deadly strike that three or more reports tell is the day's battle: a deadly strike
    one report tells is one of its places, as a hand-made timeline lists the first day of
    a war."""
    battles = [
        e
        for k, e in sorted(events.items())
        if e.shape == "site" and deadly(e) and len(e.items()) >= 3
    ]
    if len(battles) != 1:
        return
    _take_lone_strikes(battles[0], events)


def _take_lone_strikes(home: Event, events: dict[str, Event]) -> list[str]:
    """Let `home` absorb the day's lone deadly strikes (`_lone_strike`); their places."""
    places = []
    for site in [e for k, e in sorted(events.items()) if e is not home and _lone_strike(e)]:
        home.absorb(site)
        if site.site and site.site != home.site:
            places.append(site.site)
        del events[site.key]
    return places


def _lone_strike(event: Event) -> bool:
    """A deadly strike told by one report, with no claim, capture or notable target."""
    if event.shape != "site" or event.claims or not deadly(event) or len(event.items()) != 1:
        return False
    if any(t.kind == "territorial_change" for _, t in event.tags):
        return False
    return not any(_NOTABLE.search(t.evidence) for _, t in event.tags)


def nested(events: dict[str, Event], regions: frozenset[str] = frozenset()) -> None:
    """An exchange, peacekeepers, appeals, talks, a denial, a plain shelling or harm
    with no one killed told only by reports of another event of the day is a facet of
    that event, not an event of its own (the reports would otherwise sit in two entries
    for one story). The war's running toll never becomes one town's ("the death toll
    passes 700" beside a town's capture is no attack there that killed 700)."""
    for key in sorted(events, key=lambda k: (_RANK.get(events[k].shape, 0), k)):
        minor = events.get(key)
        if minor is None or not (minor.shape in _MINOR or _quiet(minor)):
            continue
        mine = minor.items()
        if not mine:
            continue
        holders = [
            e
            for k, e in sorted(events.items())
            if k != key
            and mine <= e.items()
            and (mine < e.items() or _RANK.get(e.shape, 0) >= _RANK.get(minor.shape, 0))
            and not _denies_elsewhere(e, minor, regions)
            and not (e.shape == "site" and any(running_toll(t) for _, t in minor.tags))
        ]
        if not holders:
            continue
        home = max(holders, key=lambda e: (_RANK.get(e.shape, 0), len(e.items())))
        home.absorb(minor)
        del events[key]


def headlined_reports(event: Event) -> set[str]:
    """The reports whose headline this event holds (a tag read from the headline)."""
    pairs = [*event.tags, *(p for g in [*event.claims, *event.denials] for p in g.tags)]
    return {item.item_id for item, tag in pairs if from_headline(item, tag)}


# what a report's body may tell beside its headline's story, as part of it
_BODY_FACETS = frozenset({"dispute", "site"})
# stories that keep the lead over a weightier event their reports' bodies tell: a
# truce, and an exchange ("Thailand hands back 18 soldiers" is the news, the charge
# that delayed it lower down its background)
_LEADS = frozenset({"truce", "exchange"})


def headline_facets(events: dict[str, Event], regions: frozenset[str] = frozenset()) -> None:
    """An event (a dispute, a strike) that only reports headlining another event of the
    day tell, in their bodies, is part of that story ("Thailand hands back 18 soldiers"
    with, lower down, its charge of drone strikes that day): one event, kept under the
    weightier of the two. A truce, a capture or an exchange is never folded so, and
    neither is an event any of its reports headlines."""
    for key in sorted(events, key=lambda k: (_RANK.get(events[k].shape, 0), k)):
        minor = events.get(key)
        if minor is None or minor.shape not in _BODY_FACETS:
            continue
        if any(t.kind == "territorial_change" for _, t in minor.tags):
            continue  # a capture is news of its own, whoever tells it
        mine = minor.items()
        if not mine or headlined_reports(minor) & mine:
            continue
        holders = [
            e
            for k, e in sorted(events.items())
            if k != key
            and mine <= e.items()
            and mine <= headlined_reports(e)
            and not _denies_elsewhere(e, minor, regions)
            and not _denies_elsewhere(minor, e, regions)
        ]
        if not holders:
            continue
        story = max(holders, key=lambda e: (_RANK.get(e.shape, 0), len(e.items())))
        if _RANK.get(minor.shape, 0) > _RANK.get(story.shape, 0) and story.shape not in _LEADS:
            minor.absorb(story)  # the weightier event is the one kept
            del events[story.key]
        else:
            story.absorb(minor)
            del events[key]


# a toll told as one side's whole count of a day's fighting ("12 dead on the Thai side",
# "the toll of Thursday's fighting rises to 14", "killed in Thailand in the border
# fighting"): the front's, not the site's its report names most
_SIDE_TOTAL = re.compile(
    r"\bon\s+the\s+[A-Z]\w+\s+side\b"
    r"|\btoll\s+(?:of|from)\s+(?:the\s+)?(?:\w+['\u2019]s\s+)?(?:border\s+)?(?:fighting|clashes)\b"
    r"|\bkilled\s+in\s+[A-Z]\w+\s+in\s+(?:the\s+)?(?:\w+['\u2019]s\s+)?(?:border\s+)?"
    r"(?:fighting|clashes)\b"
)


def front_toll(tag: Tag) -> bool:
    """Soldiers' deaths given with no place, or one side's whole count of the day's
    fighting (`_SIDE_TOTAL`): a toll of the front, not of one site."""
    if not tag.casualties:
        return False
    return all(c.group == "military" for c in tag.casualties) or bool(
        _SIDE_TOTAL.search(tag.evidence)
    )


def names_elsewhere(site: Event, groups: list[Group], regions: frozenset[str]) -> bool:
    """Claims or denials that name their towns, none of them this strike's site, are
    about another act their report tells (a counter-accusation, "rejected reports of an
    attack on Mingachevir" beside Stepanakert shelled): they stay out of that strike's
    entry. A region they name is no other town."""
    places = {
        p
        for g in groups
        for _, tag in g.tags
        for p in tag.places
        if p not in regions and not (tag.kind == "denial" and counter_charge_place(tag.evidence, p))
    }
    return bool(places) and site.site not in places


def _denies_elsewhere(anchor: Event, other: Event, regions: frozenset[str]) -> bool:
    """A denial event that is about another town than this strike is no facet of it."""
    if anchor.shape != "site" or other.shape != "denial":
        return False
    return names_elsewhere(anchor, other.denials, regions)
