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
  the other side is the strike, with its claim);
- fighting: the day's place-less attack, casualty and harm tags of reports with no site,
  no claim and no truce (a report with a claim puts them into the dispute, a truce
  report into the truce);
- appeals: the day's calls for a ceasefire, phone calls and talks by several states;
  initiative: a distinct one (talks at a venue, a visit, a plan, a joint statement),
  one per venue or convener;
- exchange, peacekeeping: one per day; a denial answering no claim, one per denier.

Then events fold into the events they are part of (`_events`, after the above):

- a day's fighting along the front is one "fighting" entry: the shelling of several
  places with no one killed, no capture and no notable target (a hospital, reporters),
  with the day's place-less fighting, lists the places (`_front_wide`); a plain shelling
  of a place the day's dispute is about is that dispute's (`_disputed_sites`);
- talks known by their convener join the day's talks at a venue with that convener;
  a joint statement by the day's callers is their appeal;
- an event told only by reports of another event of the day (an exchange, peacekeepers,
  appeals, talks, a denial, a quiet shelling or harm) is that event's facet (`_nested`);
- on a truce's day, its breaches (the dispute, fighting with no one killed), the calls
  that speak of it, the exchange it allows and its peacekeepers are the truce entry
  (`_truce_day`); a deadly strike or a report's own shelling stays its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tui.records import Tag, TaggedItem
from tui.timeline.groups import PLACE_KINDS, BuilderState, Group, unique_in_order

_INITIATIVE = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|plan|proposal|joint statement|summit|host(?:s|ed)?|"
    r"meet(?:s|ing)?|met)\b",
    re.IGNORECASE,
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
_TRUCE_WORDS = re.compile(r"\b(?:truce|cease-?fire|armistice)s?\b", re.IGNORECASE)
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


class EventsMixin(BuilderState):
    """The builder's event step (see `builder._Builder`)."""

    def _camp(self, party: str | None) -> str | None:
        if not party or self.roles.get(party) != "belligerent":
            return None
        return self.camps.get(party) or party

    def _claim_camps(self, g: Group) -> frozenset[str]:
        first = g.tags[0][1]
        camps = {self._camp(first.accuser), self._camp(first.accused)} - {None}
        if not camps:
            camps = {self._camp(p) for _, t in g.tags for p in t.parties} - {None}
        return frozenset(c for c in camps if c)

    def _site_of(self, tag: Tag) -> str | None:
        return next((p for p in tag.places if p not in self.regions and p not in self.venues), None)

    def _events(self, groups: dict[str, Group]) -> list[Event]:
        """The day's events from its groups (see the module docstring)."""
        events: dict[str, Event] = {}
        if not groups:
            return []
        day = next(iter(groups.values())).date

        def event(shape: str, sig: str = "-", site: str | None = None) -> Event:
            key = f"{day}|{shape}|{sig}"
            found = events.get(key)
            if found is None:
                found = events[key] = Event(key, shape, day, site)
            return found

        ordered = [groups[k] for k in sorted(groups)]
        truce_items = {
            item.item_id for g in ordered if g.kind == "truce_agreed" for item, _ in g.tags
        }
        for g in ordered:
            if g.kind == "truce_agreed":
                truce = event("truce")
                truce.tags.extend(g.tags)
                truce.denials.extend(g.denials)

        # an attack read from a denial's own sentence ("denied shelling X") is the act
        # denied, not an event: it goes where the denial goes
        denied = {
            (item.item_id, tag.evidence)
            for g in ordered
            for dg in [g, *g.denials]
            if dg.kind == "denial"
            for item, tag in dg.tags
        }
        denied |= self.denied_acts
        for g in ordered:
            if g.kind in PLACE_KINDS:
                g.tags[:] = [p for p in g.tags if (p[0].item_id, p[1].evidence) not in denied]

        # each report's site: the place its place-kind tags name most, first named on a tie
        named: dict[str, Counter[str]] = {}
        for g in ordered:
            if g.kind in PLACE_KINDS:
                for item, tag in g.tags:
                    site = self._site_of(tag)
                    if site:
                        named.setdefault(item.item_id, Counter())[site] += 1
        site_of = {i: c.most_common(1)[0][0] for i, c in named.items()}

        # disputes by pair of camps (a claim naming one camp joins a pair holding it)
        claims = [g for g in ordered if g.kind == "violation_claim" and g.tags]
        pairs = unique_in_order(self._claim_camps(g) for g in claims)
        pairs.sort(key=len, reverse=True)  # stable: ties keep their order

        def pair_of(camps: frozenset[str]) -> frozenset[str]:
            if not camps:  # "violations alleged": the day's main pair
                return pairs[0] if pairs else camps
            return next((p for p in pairs if camps <= p), camps)

        claim_items: dict[str, Event] = {}
        orphans: list[Group] = []  # denials left by a group with no tags of its own
        site_groups: list[tuple[Group, str]] = []
        for g in claims:
            sites = {site_of.get(item.item_id) for item, _ in g.tags}
            if len(sites) == 1 and None not in sites:
                site_groups.append((g, next(iter(sites))))  # decided once sites are known
                continue
            sig = "+".join(sorted(pair_of(self._claim_camps(g)))) or "-"
            dispute = event("dispute", sig)
            dispute.claims.append(g)
            dispute.denials.extend(g.denials)
            for item, _ in g.tags:
                claim_items.setdefault(item.item_id, dispute)

        # attacks, casualties, harm and captures: at the report's site, else its claim's
        # dispute, its truce, or the day's fighting
        for g in ordered:
            if g.kind not in PLACE_KINDS:
                continue
            homes: Counter[str] = Counter()
            for item, tag in g.tags:
                site = site_of.get(item.item_id)
                if site and _front_toll(tag) and self._site_of(tag) is None:
                    site = None  # a toll of soldiers named at no place: the front's, not X's
                if site:
                    home = event("site", site, site)
                elif item.item_id in claim_items:
                    home = claim_items[item.item_id]
                elif item.item_id in truce_items:
                    home = event("truce")
                else:
                    home = event("fighting")
                home.tags.append((item, tag))
                homes[home.key] += 1
            if g.denials and homes:
                events[homes.most_common(1)[0][0]].denials.extend(g.denials)
            elif g.denials:  # its attacks were the acts denied: the denials stand alone
                orphans.extend(g.denials)

        for g, site in site_groups:
            home = events.get(f"{day}|site|{site}")
            if home is not None and _deadly(home):
                home.claims.append(g)
                home.denials.extend(g.denials)
                continue
            sig = "+".join(sorted(pair_of(self._claim_camps(g)))) or "-"
            dispute = event("dispute", sig)
            dispute.claims.append(g)
            dispute.denials.extend(g.denials)
            # no one killed there: the claim is the event, its reports' attack tags with it
            mine = {item.item_id for item, _ in g.tags}
            if home is not None:
                dispute.tags.extend(p for p in home.tags if p[0].item_id in mine)
                home.tags[:] = [p for p in home.tags if p[0].item_id not in mine]
                if not home.items():
                    dispute.denials.extend(home.denials)
                    del events[home.key]

        # a report whose claim is a dispute: its attacks where no one died are the dispute's
        for dispute in [e for e in events.values() if e.shape == "dispute"]:
            mine = {item.item_id for g in dispute.claims for item, _ in g.tags}
            for site in [e for e in events.values() if e.shape == "site" and not _deadly(e)]:
                moved = [p for p in site.tags if p[0].item_id in mine]
                if not moved:
                    continue
                dispute.tags.extend(moved)
                site.tags[:] = [p for p in site.tags if p[0].item_id not in mine]
                if not site.items():
                    dispute.denials.extend(site.denials)
                    del events[site.key]

        # a shelling no one died in, denied by a side of the day's dispute: disputed too
        for site in [e for e in events.values() if e.shape == "site" and not _deadly(e)]:
            deniers = {self._camp(d) for dg in site.denials for d in self._deniers(dg)} - {None}
            home = next(
                (
                    e
                    for e in events.values()
                    if e.shape == "dispute" and deniers & set(e.key.split("|")[2].split("+"))
                ),
                None,
            )
            if home is not None and not site.claims:
                home.tags.extend(site.tags)
                home.denials.extend(site.denials)
                del events[site.key]

        # denials that answer no claim: the event their own report tells, else the
        # dispute of the denier's camp, else their own
        disputes = [e for e in events.values() if e.shape == "dispute"]
        told: dict[str, Event] = {}
        for e in events.values():
            for item_id in sorted(e.items()):
                told.setdefault(item_id, e)
        for g in [*ordered, *orphans]:
            if g.kind != "denial" or not g.tags:
                continue
            deniers = {self._camp(d) for d in self._deniers(g)} - {None}
            home = next((told[i.item_id] for i, _ in g.tags if i.item_id in told), None)
            home = home or next(
                (e for e in disputes if deniers and deniers <= set(e.key.split("|")[2].split("+"))),
                None,
            )
            if home is None:
                sig = "+".join(sorted(d or "?" for d in self._deniers(g))) or "-"
                home = event("denial", sig)
            home.denials.append(g)
            home.denials.extend(g.denials)

        # diplomacy: a truce report's talks are the truce's; an initiative stands alone
        initiative: dict[str, str] = {}
        for g in ordered:
            if g.kind != "diplomatic_call":
                continue
            for item, tag in g.tags:
                sig = self._initiative(tag)
                if sig:
                    initiative.setdefault(item.item_id, sig)
        for g in ordered:
            if g.kind in ("diplomatic_call", "exchange", "peacekeeping"):
                for item, tag in g.tags:
                    if item.item_id in truce_items:
                        home = event("truce")
                    elif g.kind != "diplomatic_call":
                        home = event(g.kind)
                    elif item.item_id in initiative:
                        home = event("initiative", initiative[item.item_id])
                    else:
                        home = event("appeals")
                    home.tags.append((item, tag))
            elif g.kind not in PLACE_KINDS and g.kind not in (
                "truce_agreed",
                "violation_claim",
                "denial",
            ):
                other = event(g.kind)
                other.tags.extend(g.tags)
                other.denials.extend(g.denials)
        _same_toll(events)
        self._one_report_one_event(events)
        self._disputed_sites(events)
        _front_wide(events, day)
        self._one_initiative(events)
        self._joint_appeal(events, day)
        _nested(events)
        self._truce_day(events, day)
        return [events[k] for k in sorted(events) if events[k].items()]

    def _one_report_one_event(self, events: dict[str, Event]) -> None:
        """A report's asides join its main event: an appeal, a phone call, a mention of
        fighting or peacekeepers that only this report tells, in a report whose main
        story is a truce, a dispute, a strike or an exchange, is a facet of that story,
        not an event of its own; and the place-less fighting it mentions in passing
        joins its story even when other reports tell of fighting too."""
        holders: dict[str, list[Event]] = {}
        for key in sorted(events):
            for item_id in events[key].items():
                holders.setdefault(item_id, []).append(events[key])
        for item_id in sorted(holders):
            mine = [e for e in holders[item_id] if e.key in events]
            if len(mine) < 2:
                continue
            anchor = max(mine, key=lambda e: _RANK.get(e.shape, 0))
            for other in mine:
                if other is anchor or _RANK.get(other.shape, 0) >= _RANK.get(anchor.shape, 0):
                    continue
                aside = other.shape in _ASIDES or (
                    # a shelling only this report tells, no one killed, in a report about
                    # a truce or a dispute: that story's facet ("truce broken at X")
                    other.shape == "site"
                    and anchor.shape in ("truce", "dispute")
                    and not _deadly(other)
                )
                if not aside:
                    continue
                if (
                    other.shape == "fighting"
                    and anchor.shape == "site"
                    and any(_front_toll(t) for i, t in other.tags if i.item_id == item_id)
                ):
                    continue  # the front's toll of soldiers is never one site's
                if other.items() == {item_id}:
                    anchor.tags.extend(other.tags)
                    anchor.claims.extend(other.claims)
                    anchor.denials.extend(other.denials)
                    del events[other.key]
                elif other.shape == "fighting":
                    anchor.tags.extend(p for p in other.tags if p[0].item_id == item_id)
                    other.tags[:] = [p for p in other.tags if p[0].item_id != item_id]

    def _truce_day(self, events: dict[str, Event], day: str) -> None:
        """On the day a truce is agreed or takes effect, the accusations of breaking it
        and the peacekeepers sent to keep it are the truce's story, as an analyst
        writes it ("a truce took effect; within hours each side accused the other of
        breaking it"): the day's dispute between the truce's warring camps, its fighting
        with no one killed, the calls that welcome it or urge it kept (those that speak
        of it; other appeals stay the day's appeals), the exchange it
        allows and the peacekeepers sent to keep it join the truce entry, which sets the
        claims beside it. A strike at a place that a report tells on its own stays its
        own entry, as does a deadly one."""
        truce = events.get(f"{day}|truce|-")
        if truce is None:
            return
        camps = {
            self._camp(p) for _, t in truce.tags if t.kind == "truce_agreed" for p in t.parties
        } - {None}
        for key in sorted(events):
            other = events[key]
            if other.shape == "dispute":
                pair = set(key.split("|")[2].split("+")) - {"-", ""}
                if camps and pair and not pair <= camps:
                    continue
            elif other.shape == "appeals":
                # the calls that speak of the truce (welcome it, urge it kept) are its
                about = {i.item_id for i, t in other.tags if _TRUCE_WORDS.search(t.evidence)}
                truce.tags.extend(p for p in other.tags if p[0].item_id in about)
                other.tags[:] = [p for p in other.tags if p[0].item_id not in about]
                if not other.items():
                    truce.denials.extend(other.denials)
                    del events[key]
                continue
            elif not (
                other.shape in ("peacekeeping", "exchange")
                or (other.shape == "fighting" and not _deadly(other))
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
            if len(homes) == 1:
                homes[0].absorb(site)
                del events[key]

    def _joint_appeal(self, events: dict[str, Event], day: str) -> None:
        """A joint statement by states that call for a halt to the fighting the same
        day is their appeal in joint form, not a separate initiative: it joins the day's
        appeals when it shares two or more of its callers."""
        appeals = events.get(f"{day}|appeals|-")
        if appeals is None:
            return
        callers = {
            p for _, t in appeals.tags for p in t.parties if self.roles.get(p) != "belligerent"
        }
        for key in sorted(events):
            event = events[key]
            if event.shape != "initiative" or key.split("|")[2] in self.venues:
                continue
            if not any("joint statement" in t.evidence.lower() for _, t in event.tags):
                continue
            mine = {
                p for _, t in event.tags for p in t.parties if self.roles.get(p) != "belligerent"
            }
            if len(mine & callers) >= 2:
                appeals.absorb(event)
                del events[key]

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

    def _initiative(self, tag: Tag) -> str | None:
        """The signature of a distinct initiative (talks at a venue, a visit, a plan, a
        joint statement): its venue, else its convener; None for an appeal or a call."""
        venue = next((p for p in tag.places if p in self.venues), None)
        if tag.rule.endswith("/talks") and venue:
            return venue
        if _INITIATIVE.search(tag.evidence):
            convener = next(
                (p for p in tag.parties if self.roles.get(p) != "belligerent"),
                tag.parties[0] if tag.parties else None,
            )
            return venue or convener or "-"
        return None


def _same_toll(events: dict[str, Event]) -> None:
    """A report of the day's place-less fighting that gives the same death toll as a
    site's reports tells that site's event (the same two crew killed, the same 21
    civilians): its tags join the site."""
    fighting = next((e for e in events.values() if e.shape == "fighting"), None)
    if fighting is None:
        return
    tolls = {
        (c.count, c.what): site
        for site in events.values()
        if site.shape == "site"
        for _, t in site.tags
        for c in t.casualties
        if c.what == "killed"
    }
    for item_id in sorted({item.item_id for item, _ in fighting.tags}):
        mine = [p for p in fighting.tags if p[0].item_id == item_id]
        site = next(
            (
                tolls[(c.count, c.what)]
                for _, t in mine
                for c in t.casualties
                if (c.count, c.what) in tolls
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


def _deadly(event: Event) -> bool:
    return any(c.what == "killed" for _, t in event.tags for c in t.casualties)


def _quiet(event: Event) -> bool:
    """A site event with no one killed, no capture, no claim and no notable target."""
    if event.shape != "site" or event.claims or _deadly(event):
        return False
    if any(t.kind == "territorial_change" for _, t in event.tags):
        return False
    return not any(_NOTABLE.search(t.evidence) for _, t in event.tags)


def _plain(event: Event) -> bool:
    """A shelling with no one killed, no capture, no claim and no notable target: one
    place of the day's fighting rather than an event of its own. Harm with no attack
    (people fleeing, returning) is never plain."""
    return _quiet(event) and any(t.kind == "attack" for _, t in event.tags)


def _front_wide(events: dict[str, Event], day: str) -> None:
    """A day's fighting along the front is one event, as an analyst writes it: the
    shelling of several places with no toll and no notable target (and the day's
    place-less fighting) become one "fighting" entry listing the places; a deadly strike,
    a capture or a notable target (a hospital, reporters) stays its own."""
    plain = [events[k] for k in sorted(events) if _plain(events[k])]
    key = f"{day}|fighting|-"
    fighting = events.get(key)
    if len(plain) + (fighting is not None) < 2:
        return
    if fighting is None:
        fighting = events[key] = Event(key, "fighting", day)
    for site in plain:
        fighting.absorb(site)
        del events[site.key]


def _nested(events: dict[str, Event]) -> None:
    """An exchange, peacekeepers, appeals, talks, a denial, a plain shelling or harm
    with no one killed told only by reports of another event of the day is a facet of
    that event, not an event of its own (the reports would otherwise sit in two entries
    for one story)."""
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
        ]
        if not holders:
            continue
        home = max(holders, key=lambda e: (_RANK.get(e.shape, 0), len(e.items())))
        home.absorb(minor)
        del events[key]


def _front_toll(tag: Tag) -> bool:
    """Soldiers' deaths given with no place: a toll of the front, not of one site."""
    return bool(tag.casualties) and all(c.group == "military" for c in tag.casualties)
