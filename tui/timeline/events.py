"""Events, not kind buckets: a day's tag groups become the events a reader would list.

The builder first groups a day's tags by kind (truce, claims by accuser and accused,
denials, appeals by parties, attacks by place) and links denials to the claims they
answer; this step then puts those groups together into events:

- truce: every truce group of the day (the eve's announcement already folded in), with
  the truce reports' own talks, exchange and peacekeeping tags (one report, one event);
- dispute: one per day and pair of warring camps: every claim, counter-claim and denial
  about the day's fighting side by side; a claim naming one camp joins the pair's;
- site: an attack with its casualties, civilian harm and a capture there, at one place
  on one day. A report belongs to one site, the place its attack, casualty, harm and
  capture tags name most (regions and venues are no site); a claim whose reports all
  belong to a site where people were killed is that site's (a deadly strike blamed on
  the other side is the strike, with its claim), and a deadly strike told only by
  some of a dispute's reports is the dispute's;
- fighting: the day's place-less attack, casualty and harm tags of reports with no site,
  no claim and no truce (a report with a claim puts them into the dispute, a truce
  report into the truce);
- appeals: the day's calls for a ceasefire, phone calls and talks by several states;
  initiative: a distinct one (talks at a venue, a visit, a plan, a joint statement),
  one per venue or convener;
- exchange, peacekeeping: one per day; a denial answering no claim, one per denier.

Then events fold into the events they are part of (`folds`: a day's fighting along the
front, facets of a report's main story, a truce's day).
"""

from __future__ import annotations

import re
from collections import Counter

from tui.records import Tag
from tui.timeline.folds import (
    Event,
    FoldsMixin,
    charges_topic,
    deadly,
    front_toll,
    front_wide,
    headline_facets,
    names_elsewhere,
    nested,
    planned_meeting,
    same_toll,
    same_toll_two_sites,
)
from tui.timeline.groups import PLACE_KINDS, Group, from_headline, unique_in_order
from tui.timeline.wording import (
    denied_topic,
    reached_through_other_act,
    speaker_place,
    without_visits_abroad,
)

_INITIATIVE = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|plan|proposal|joint statement|summit|host(?:s|ed)?|"
    r"meet(?:s|ing)?|met)\b",
    re.IGNORECASE,
)


# an offer to host or to meet ("ready to mediate and to host talks") is an appeal, not
# an initiative of its own
_OFFER = re.compile(
    r"\b(?:ready|readiness|offer(?:s|ed|ing)?|willing(?:ness)?|prepared)\b[^.;]{0,30}?"
    r"\bto\s+(?:host|meet|visit)\b",
    re.IGNORECASE,
)


class EventsMixin(FoldsMixin):
    """The builder's event step (see `builder._Builder`)."""

    def _claim_camps(self, g: Group) -> frozenset[str]:
        first = g.tags[0][1]
        camps = {self._camp(first.accuser), self._camp(first.accused)} - {None}
        if not camps:
            camps = {self._camp(p) for _, t in g.tags for p in t.parties} - {None}
        return frozenset(c for c in camps if c)

    def _site_of(self, tag: Tag) -> str | None:
        """The first place the tag's event happened at: no region or venue, and no place
        its sentence only reaches through another act ("in retaliation for rockets fired
        at Metula", "fled towards Beirut")."""
        return next(
            (
                p
                for p in tag.places
                if p not in self.regions
                and p not in self.venues
                and not reached_through_other_act(tag.evidence, p)
            ),
            None,
        )

    def _front_list(self, tag: Tag) -> bool:
        """Whether a tag of fighting lists three or more sites ("clashes at A and B in one
        province, C in another, and D"): the front's fighting that day, not a battle at
        its first. Strikes on several targets (air bases, camps) stay a strike."""
        if not tag.rule.endswith("/fighting"):
            return False
        sites = [p for p in tag.places if p not in self.regions and p not in self.venues]
        return len(sites) >= 3

    def _events(self, groups: dict[str, Group]) -> list[Event]:
        """The day's events from its groups (see the module docstring), then folded."""
        if not groups:
            return []
        day = _Day(self, groups)
        day.truces()
        day.drop_denied_acts()
        day.disputes()
        day.place_facts()
        day.claims_at_sites()
        day.quiet_sites_to_disputes()
        day.lone_denials()
        day.diplomacy()
        events, date = day.events, day.date
        same_toll(events)
        same_toll_two_sites(events)
        self._one_initiative(events)
        self._leaderless_talks(events)
        self._direct_talks(events, date)
        self._one_report_one_event(events)
        self._disputed_sites(events)
        front_wide(events, date)
        self._joint_appeal(events, date)
        self._convener_calls(events, date)
        nested(events, self.regions)
        headline_facets(events, self.regions)
        self._counter_claims(events)
        self._fighting_disputed(events)
        self._truce_day(events, date)
        return [events[k] for k in sorted(events) if events[k].items()]

    def _initiative(self, tag: Tag) -> str | None:
        """The signature of a distinct initiative (talks at a venue, a visit, a plan, a
        joint statement): its venue, else its convener; None for an appeal or a call."""
        venue = next(
            (p for p in tag.places if p in self.venues and not speaker_place(tag.evidence, p)),
            None,
        )
        if tag.rule.endswith("/talks") and venue:
            return venue
        if _INITIATIVE.search(
            without_visits_abroad(_OFFER.sub(" ", tag.evidence), self.known_words)
        ):
            convener = next(
                (p for p in tag.parties if self.roles.get(p) != "belligerent"),
                tag.parties[0] if tag.parties else None,
            )
            return venue or convener or "-"
        return None


class _Day:
    """One day's groups on their way to events: each step places some groups' tags."""

    def __init__(self, builder: EventsMixin, groups: dict[str, Group]) -> None:
        self.builder = builder
        self.ordered = [groups[k] for k in sorted(groups)]
        self.date = self.ordered[0].date
        self.events: dict[str, Event] = {}
        self.truce_items = {
            item.item_id for g in self.ordered if g.kind == "truce_agreed" for item, _ in g.tags
        }
        self.site_of: dict[str, str] = {}  # report -> its site
        self.pairs: list[frozenset[str]] = []  # the day's pairs of camps in dispute
        self.claim_items: dict[str, Event] = {}  # report -> the dispute of its claim
        self.orphans: list[Group] = []  # denials left by a group with no tags of its own
        self.site_groups: list[tuple[Group, str]] = []  # claims told at one site
        # what the day's denials deny by name (a downing, a weapon, foreign fighters); one
        # a charge of breach took in has its home in that dispute, not an event of its own
        self.denied_topics = {
            denied_topic(t.evidence for _, t in dg.tags)
            for g in self.ordered
            if g.kind != "violation_claim"
            for dg in [g, *g.denials]
            if dg.kind == "denial"
        } - {None}

    def event(self, shape: str, sig: str = "-", site: str | None = None) -> Event:
        """The day's event of this shape and signature, made on first use."""
        key = f"{self.date}|{shape}|{sig}"
        found = self.events.get(key)
        if found is None:
            found = self.events[key] = Event(key, shape, self.date, site)
        return found

    def _pair_of(self, camps: frozenset[str]) -> frozenset[str]:
        """The pair of camps a claim's dispute is about ("violations alleged": the main)."""
        if not camps:
            return self.pairs[0] if self.pairs else camps
        return next((p for p in self.pairs if camps <= p), camps)

    def _dispute_for(self, g: Group) -> Event:
        """The dispute a claim group belongs to, with the claim and its denials in it."""
        sig = "+".join(sorted(self._pair_of(self.builder._claim_camps(g)))) or "-"
        dispute = self.event("dispute", sig)
        dispute.claims.append(g)
        dispute.denials.extend(g.denials)
        return dispute

    def _dispute_with(self, deniers: set[str | None]) -> Event | None:
        """The day's dispute whose pair of camps holds all these deniers' camps."""
        return next(
            (
                e
                for e in self.events.values()
                if e.shape == "dispute"
                and deniers
                and deniers <= set(e.key.split("|")[2].split("+"))
            ),
            None,
        )

    def truces(self) -> None:
        """Every truce group of the day is one truce event."""
        for g in self.ordered:
            if g.kind == "truce_agreed":
                truce = self.event("truce")
                truce.tags.extend(g.tags)
                truce.denials.extend(g.denials)

    def drop_denied_acts(self) -> None:
        """An attack read from a denial's own sentence ("denied shelling X") is the act
        denied, not an event: it goes where the denial goes. Then each report's site is
        the place its place-kind tags name most, the first named on a tie."""
        denied = {
            (item.item_id, tag.evidence)
            for g in self.ordered
            for dg in [g, *g.denials]
            if dg.kind == "denial"
            for item, tag in dg.tags
        }
        denied |= self.builder.denied_acts
        named: dict[str, Counter[str]] = {}
        for g in self.ordered:
            if g.kind not in PLACE_KINDS:
                continue
            g.tags[:] = [p for p in g.tags if (p[0].item_id, p[1].evidence) not in denied]
            for item, tag in g.tags:
                site = self.builder._site_of(tag)
                if site and not self.builder._front_list(tag):
                    named.setdefault(item.item_id, Counter())[site] += 1
        self.site_of = {i: c.most_common(1)[0][0] for i, c in named.items()}

    def disputes(self) -> None:
        """Claims by pair of camps (a claim naming one camp joins a pair holding it);
        a claim whose reports all tell one site waits until the sites are known."""
        claims = [g for g in self.ordered if g.kind == "violation_claim" and g.tags]
        self.pairs = unique_in_order(self.builder._claim_camps(g) for g in claims)
        self.pairs.sort(key=len, reverse=True)  # stable: ties keep their order
        for g in claims:
            sites = {self.site_of.get(item.item_id) for item, _ in g.tags}
            if len(sites) == 1 and None not in sites:
                self.site_groups.append((g, next(iter(sites))))
                continue
            dispute = self._dispute_for(g)
            for item, _ in g.tags:
                self.claim_items.setdefault(item.item_id, dispute)

    def place_facts(self) -> None:
        """Attacks, casualties, harm and captures: at the report's site, else its
        claim's dispute, its truce, or the day's fighting."""
        for g in self.ordered:
            if g.kind not in PLACE_KINDS:
                continue
            homes: Counter[str] = Counter()
            for item, tag in g.tags:
                site = self.site_of.get(item.item_id)
                if site and front_toll(tag) and self.builder._site_of(tag) is None:
                    site = None  # a toll of soldiers named at no place: the front's, not X's
                if site and self.builder._toll_elsewhere(tag):
                    site = None  # "five killed in strikes on Yahmar": another place's dead
                if site:
                    home = self.event("site", site, site)
                elif item.item_id in self.claim_items:
                    home = self.claim_items[item.item_id]
                elif item.item_id in self.truce_items:
                    home = self.event("truce")
                elif topic := self._act_denied(tag):
                    home = self.event("denial", topic)
                else:
                    home = self.event("fighting")
                home.tags.append((item, tag))
                homes[home.key] += 1
            if g.denials and homes:
                home = self.events[homes.most_common(1)[0][0]]
                mine = [
                    d for d in g.denials if home.shape != "site" or not self._elsewhere(home, d)
                ]
                home.denials.extend(mine)
                self.orphans.extend(d for d in g.denials if d not in mine)
            elif g.denials:  # its attacks were the acts denied: the denials stand alone
                self.orphans.extend(g.denials)

    def _act_denied(self, tag: Tag) -> str | None:
        """The topic of a day's denial that this place-less attack is the act of ("Armenia
        says a Turkish F-16 shot down its Su-25", "Ankara rejects the downing claim"): the
        act and its denials are one event, not a line of the day's fighting."""
        if tag.kind != "attack" or not self.denied_topics:
            return None
        topic = denied_topic([tag.evidence])
        return topic if topic in self.denied_topics else None

    def _move_reports(self, source: Event, target: Event, mine: set[str]) -> None:
        """These reports' tags go from one event to another; an emptied event goes."""
        target.tags.extend(p for p in source.tags if p[0].item_id in mine)
        source.tags[:] = [p for p in source.tags if p[0].item_id not in mine]
        if not source.items():
            target.denials.extend(source.denials)
            del self.events[source.key]

    def claims_at_sites(self) -> None:
        """A claim told at one site where people were killed is that strike's (unless it
        names another town: then that town's shelling is its event); at a site where no
        one was, the claim is the event, its reports' attack tags with it."""
        for g, site in self.site_groups:
            home = self.events.get(f"{self.date}|site|{site}")
            if home is not None and deadly(home) and self._elsewhere(home, g):
                named = next(t.places[0] for _, t in g.tags if t.places)
                home = self.events.get(f"{self.date}|site|{named}")
                if home is not None:  # the shelling of the town the claim names
                    home.claims.append(g)
                    home.denials.extend(g.denials)
                    continue
            elif home is not None and deadly(home):
                home.claims.append(g)
                home.denials.extend(g.denials)
                continue
            dispute = self._dispute_for(g)
            if home is not None:
                self._move_reports(home, dispute, {item.item_id for item, _ in g.tags})

    def _elsewhere(self, site: Event, g: Group) -> bool:
        """Whether a claim or denial group is about another town (`names_elsewhere`)."""
        return names_elsewhere(site, [g], self.builder.regions)

    def quiet_sites_to_disputes(self) -> None:
        """A report whose claim is a dispute: its attacks where no one died are the
        dispute's, and so is a deadly strike that only some of the dispute's reports
        tell (the fire it answered, told as part of the day's flare-up); and a shelling
        no one died in, denied by a side of the day's dispute, is disputed too."""
        for dispute in [e for e in self.events.values() if e.shape == "dispute"]:
            mine = {item.item_id for g in dispute.claims for item, _ in g.tags}
            told = mine | {item.item_id for g in dispute.denials for item, _ in g.tags}
            for site in [e for e in self.events.values() if e.shape == "site"]:
                if not deadly(site) and any(p[0].item_id in mine for p in site.tags):
                    self._move_reports(site, dispute, mine)
                elif not site.claims and site.items() < told:
                    # a deadly strike only some of the dispute's reports tell (the
                    # answer to the fire claimed): the day's flare-up, one event
                    self._move_reports(site, dispute, told)
        for site in [e for e in self.events.values() if e.shape == "site" and not deadly(e)]:
            deniers = {
                self.builder._camp(d) for dg in site.denials for d in self.builder._deniers(dg)
            } - {None}
            home = next(
                (
                    e
                    for e in self.events.values()
                    if e.shape == "dispute" and deniers & set(e.key.split("|")[2].split("+"))
                ),
                None,
            )
            if home is not None and not site.claims:
                home.tags.extend(site.tags)
                home.denials.extend(site.denials)
                del self.events[site.key]

    def lone_denials(self) -> None:
        """Denials that answer no claim: the event their own report tells, else the
        dispute of the denier's camp, else their own."""
        told: dict[str, Event] = {}
        for e in self.events.values():
            for item_id in sorted(e.items()):
                told.setdefault(item_id, e)
        disputes = [e for e in self.events.values() if e.shape == "dispute"]
        for g in [*self.ordered, *self.orphans]:
            if g.kind != "denial" or not g.tags:
                continue
            deniers = {self.builder._camp(d) for d in self.builder._deniers(g)} - {None}
            home = next((told[i.item_id] for i, _ in g.tags if i.item_id in told), None)
            if home is not None and home.shape == "site" and self._elsewhere(home, g):
                home = None  # it denies an act at another town than its report's shelling
            home = home or self._denied_there(g, deniers)
            topic = denied_topic(t.evidence for _, t in g.tags)
            if topic:  # the act this denial names, told at no place (`_act_denied`)
                home = home or self.events.get(f"{self.date}|denial|{topic}")
            home = home or next(
                (e for e in disputes if deniers and deniers <= set(e.key.split("|")[2].split("+"))),
                None,
            )
            if home is None:
                sig = "+".join(sorted(d or "?" for d in self.builder._deniers(g))) or "-"
                home = self.event("denial", sig)
            home.denials.append(g)
            home.denials.extend(g.denials)
        self._acts_keep_their_denials()
        self._acts_charged()

    def _acts_keep_their_denials(self) -> None:
        """An act a denial names, told at no place, is an event of its own (`_act_denied`)
        that holds that denial; a denial linked to the day's attacks went with the event
        most of their tags went to (the day's fighting), leaving the act's event without
        it (a 200,000-report store had one: no title, the build failed). Such a denial
        comes to its act; an act no denial reached is the day's fighting."""
        for event in [e for e in self.events.values() if e.shape == "denial" and not e.denials]:
            topic = event.key.split("|")[2]
            for other in self.events.values():
                if other is event:
                    continue
                mine = [
                    d
                    for d in other.denials
                    if d.kind == "denial" and denied_topic(t.evidence for _, t in d.tags) == topic
                ]
                if mine:
                    event.denials.extend(mine)
                    other.denials[:] = [d for d in other.denials if all(d is not m for m in mine)]
            if not event.denials:
                self.event("fighting").absorb(event)
                del self.events[event.key]

    def _acts_charged(self) -> None:
        """An act a denial names (`_act_denied`: "a mine blast wounded four soldiers",
        "Phnom Penh denies laying mines") that the day's one dispute charges by the same
        name ("accused Cambodia of planting new mines") is that dispute: the blast, the
        charge and the denials are one story, as an analyst writes it."""
        for event in [e for e in self.events.values() if e.shape == "denial" and e.tags]:
            topic = event.key.split("|")[2]
            deniers = {
                self.builder._camp(d) for dg in event.denials for d in self.builder._deniers(dg)
            } - {None}
            homes = [
                e
                for e in self.events.values()
                if e.shape == "dispute"
                and deniers <= set(e.key.split("|")[2].split("+"))
                and charges_topic(e, topic)
            ]
            if len(homes) == 1:
                homes[0].absorb(event)
                del self.events[event.key]

    def _denied_there(self, g: Group, deniers: set[str | None]) -> Event | None:
        """The day's event already holding a denial by the same camp (or where either
        denial names no denier, by anyone) about a place this denial names too ("Yerevan
        rejects the Mingachevir claim", in two reports): one denial of one act, one
        event."""
        places = {p for _, t in g.tags for p in t.places}
        if not places:
            return None
        for event in self.events.values():
            for dg in event.denials:
                camps = {self.builder._camp(d) for d in self.builder._deniers(dg)}
                # a denial that names no denier ("the claims were denied") is the day's
                # denial about the same place, whoever made it
                if (not deniers or not camps or camps & deniers) and places & {
                    p for _, t in dg.tags for p in t.places
                }:
                    return event
        return None

    def diplomacy(self) -> None:
        """A truce report's talks are the truce's; an initiative stands alone; other
        calls are the day's appeals; exchange and peacekeeping one a day; other kinds
        one event each."""
        # report -> (0 when its headline names it; the initiative's signature)
        found: dict[str, tuple[int, str]] = {}
        headlined: set[str] = set()  # reports whose headline names their initiative
        conveners: dict[str, str] = {}  # report -> the first mediator its calls name
        for g in self.ordered:
            if g.kind != "diplomatic_call":
                continue
            for item, tag in g.tags:
                sig = self.builder._initiative(tag)
                if sig:
                    # the initiative a report tells is the one its headline names ("Trump
                    # to visit Kuala Lumpur"), not one of its body's whose parties sort
                    # first; of its body's, one held before the next one it announces
                    # ("met in Prague ...; the commissions are to meet next in Brussels")
                    head = from_headline(item, tag)
                    rank = 0 if head else 2 if planned_meeting([tag]) else 1
                    if item.item_id not in found or rank < found[item.item_id][0]:
                        found[item.item_id] = (rank, sig)
                    if head:
                        headlined.add(item.item_id)
                mediator = next((p for p in tag.parties if self.builder._camp(p) is None), None)
                if mediator:
                    conveners.setdefault(item.item_id, mediator)
        initiative = {item_id: sig for item_id, (_rank, sig) in found.items()}
        for item_id, sig in initiative.items():
            quoted = sig in self.builder.belligerents and item_id not in headlined
            if (sig == "-" or quoted) and item_id in conveners:
                # "they agreed to meet" names no one, or only a warring side quoted lower
                # down ("in Israel, a minister said it would accept a deal"): the convener
                # is the report's mediator; a side's own plan its headline tells stays its
                initiative[item_id] = conveners[item_id]
        for g in self.ordered:
            if g.kind in ("diplomatic_call", "exchange", "peacekeeping"):
                for item, tag in g.tags:
                    if item.item_id in self.truce_items:
                        home = self.event("truce")
                    elif g.kind != "diplomatic_call":
                        home = self.event(g.kind)
                    elif item.item_id in initiative:
                        home = self.event("initiative", initiative[item.item_id])
                    else:
                        home = self.event("appeals")
                    home.tags.append((item, tag))
            elif g.kind not in PLACE_KINDS and g.kind not in (
                "truce_agreed",
                "violation_claim",
                "denial",
            ):
                other = self.event(g.kind)
                other.tags.extend(g.tags)
                other.denials.extend(g.denials)
