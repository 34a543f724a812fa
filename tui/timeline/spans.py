"""Events told over two days: a strike, an exchange, a deployment, a joint statement.

An analyst's timeline has one line for a strike, not one for the night it happened and
one for the morning papers; one for the peacekeepers' arrival, not one a day while
reports keep describing it; one for a joint appeal, not a second for the next day's
reactions. Tags move only into the day before, and (but for a strike's report filed by
that day) only those a report dates by no day of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from tui.records import Tag, TaggedItem
from tui.timeline.claims import without
from tui.timeline.groups import PLACE_KINDS, BuilderState, Group, days_apart
from tui.timeline.wording import toll_risen
from tui.zones import in_local_time

# a day's tolls of killed or wounded at each place: {place: {(count, "killed")}}
PlaceTolls = dict[str, set[tuple[int, str]]]

_EXCHANGE_FACETS = ("exchange", "diplomatic_call", "peacekeeping", "humanitarian")

# a joint statement: so many callers together are one statement, not a routine appeal
_JOINT_CALLERS = 3

# breaches charged within hours of a truce ("only hours after both promised to stop
# fighting"): that truce's first night, whatever day the report is filed
_CHARGES = ("violation_claim", "denial")
_HOURS_AFTER = re.compile(
    r"\b(?:only |just |within |a few |several )*hours\s+(?:after|of|into)\b", re.IGNORECASE
)


def _other_stories(groups: dict[str, Group], kind: str) -> set[str]:
    """Reports that tell something besides `kind` this day: they keep their day."""
    return {item.item_id for g in groups.values() if g.kind != kind for item, _ in g.tags}


def _move_undated(
    prev: dict[str, Group],
    groups: dict[str, Group],
    reports: set[str],
    day: str,
    bases: tuple[str, ...] = ("published", "relative"),
    placeless: bool = False,
) -> None:
    """Every tag these reports date by no day of their own goes to `day` with them: the
    strike's claims, denials and asides are the day before's story too. `bases`: the
    dates that count as none of their own (a risen toll's report adds the day it was
    said, "rose to ten, the office said on Monday"). `placeless`: only tags that name no
    place go (the toll matched named none: the report's strikes at named places are its
    own day's)."""
    for key in list(groups):
        g = groups[key]
        moved = [
            p
            for p in g.tags
            if p[0].item_id in reports
            and p[1].date_basis in bases
            and not (placeless and p[1].places)
            and p[1].kind != "truce_agreed"  # "takes effect at midnight": its own day
        ]
        _regroup(prev, groups, key, moved, day)


def _regroup(
    prev: dict[str, Group],
    groups: dict[str, Group],
    key: str,
    moved: list[tuple[TaggedItem, Tag]],
    day: str,
) -> None:
    """Move these tags of group `key` into the group of the same kind and signature on
    `day`; a group left empty goes, its denials with them."""
    if not moved:
        return
    g = groups[key]
    home_key = f"{day}|{key.split('|', 1)[1]}"
    home = prev.setdefault(home_key, Group(home_key, day, g.kind))
    home.tags.extend(moved)
    g.tags[:] = without(g.tags, moved)
    if not g.tags:
        home.denials.extend(g.denials)
        del groups[key]


class SpansMixin(BuilderState):
    """The builder's two-day steps: strikes, exchanges, deployments, joint statements."""

    def _same_strike(
        self, prev: dict[str, Group], groups: dict[str, Group], tolls: PlaceTolls
    ) -> None:
        """A strike at a place giving the same toll (killed or wounded) as the day
        before's strike there, told by a report published by that day (a late hour read
        as the next day) or by a next day's report that dates it by no day of its own ("hit Ganja
        overnight, killing nine"), is that strike: the report's tags at that place join
        the day before. `tolls` are the day before's own, as grouped, less those it gave
        as the day before it did (`strike_tolls`): of a toll told day after day, only the
        second day joins the first, as with talks (`sessions`), so that a rebuild that
        starts reading mid-run pairs the days a full rebuild pairs."""
        if not prev:
            return
        day = next(iter(prev.values())).date
        for key in [k for k, g in groups.items() if g.kind in PLACE_KINDS]:
            if key not in groups:
                continue  # gone with a report that moved whole
            g = groups[key]
            place = key.split("|", 2)[2]
            if place not in tolls:
                continue
            # the tag that carries the toll must itself be the day before's: published by
            # then, or dated by no day of its own ("On Sunday a shell killed one" stays)
            same = {
                i.item_id
                for k2, g2 in groups.items()
                if g2.kind in PLACE_KINDS and k2.split("|", 2)[2] == place
                for i, t in g2.tags
                if (i.published and i.published[:10] <= day)
                or t.date_basis in ("published", "relative")
                for c in t.casualties
                if (c.count, c.what) in tolls[place]
            }
            # or a toll risen since the strike there the day before ("the death toll from
            # the strike on Ganja has risen to ten, Baku said on Monday"), by a report
            # that gives the risen toll no day of its own: the whole report is that strike's
            # (at a named place: a toll of the war at no place rises every day)
            risen = {
                i.item_id
                for k2, g2 in groups.items()
                if place != "-" and g2.kind in PLACE_KINDS and k2.split("|", 2)[2] == place
                for i, t in g2.tags
                if t.casualties and t.date_basis != "explicit" and toll_risen(t.evidence)
            } - same
            same |= risen
            late = {i.item_id for i, _ in g.tags if i.item_id in same} - {
                i.item_id for i, _ in g.tags if i.published and i.published[:10] <= day
            }
            moved = [p for p in g.tags if p[0].item_id in same]
            if not moved:
                continue
            _regroup(prev, groups, key, moved, day)
            if late - risen:
                # a toll told at no place ("a mine wounded five soldiers") ties no strike
                # at a named town to the day before
                _move_undated(prev, groups, late - risen, day, placeless=place == "-")
            if late & risen:
                _move_undated(prev, groups, late & risen, day, ("published", "relative", "weekday"))

    @staticmethod
    def strike_tolls(groups: dict[str, Group]) -> PlaceTolls:
        """Each place's tolls (killed or wounded) in a day's groups."""
        tolls: PlaceTolls = {}
        for g in groups.values():
            if g.kind in PLACE_KINDS and "|" in g.key:
                place = g.key.split("|", 2)[2]
                for _, t in g.tags:
                    for c in t.casualties:
                        if c.what in ("killed", "wounded"):
                            tolls.setdefault(place, set()).add((c.count, c.what))
        return tolls

    def _same_exchange(self, prev: dict[str, Group], groups: dict[str, Group]) -> None:
        """Prisoners are swapped once and reported for days: when a later report dates an
        exchange to the day before, a report of the next day that dates its exchange only
        by its publication, between the same warring parties, tells that exchange; it
        joins the day before with its own undated talks, peacekeepers and harm (one
        report, one event)."""
        target = next((g for g in prev.values() if g.kind == "exchange"), None)
        if target is None or not any(
            item.published and item.published[:10] > target.date for item, _ in target.tags
        ):
            return  # only an exchange told after it happened (not one still planned)
        sides = self._belligerents(target)
        truce_reports = {
            item.item_id for g in groups.values() if g.kind == "truce_agreed" for item, _ in g.tags
        }  # their swap is the truce's terms, not yesterday's exchange
        told = {
            item.item_id
            for g in groups.values()
            if g.kind == "exchange"
            for item, tag in g.tags
            if tag.date_basis == "published" and (not sides or sides & set(tag.parties))
        } - truce_reports
        for key in [k for k, g in groups.items() if g.kind in _EXCHANGE_FACETS]:
            g = groups[key]
            moved = [p for p in g.tags if p[0].item_id in told and p[1].date_basis == "published"]
            if not moved:
                continue
            if g.kind == "exchange":
                home = target
            else:
                home_key = f"{target.date}|{g.kind}|{key.split('|', 2)[2]}"
                home = prev.setdefault(home_key, Group(home_key, target.date, g.kind))
            home.tags.extend(moved)
            g.tags[:] = without(g.tags, moved)
            if not g.tags:
                home.denials.extend(g.denials)
                del groups[key]

    def _same_deployment(self, prev: dict[str, Group], groups: dict[str, Group]) -> None:
        """Peacekeepers reported the next day at no town (a region at most), by a report
        that tells nothing else and dates them only by its publication, are the deployment
        of the day before still under way (a report moves whole or not at all: one report,
        one event)."""
        target = next((g for g in prev.values() if g.kind == "peacekeeping"), None)
        if target is None:
            return
        keepers = {party for _, tag in target.tags for party in tag.parties}
        staying = _other_stories(groups, "peacekeeping")
        for group in groups.values():
            if group.kind == "peacekeeping":
                staying |= {
                    item.item_id
                    for item, tag in group.tags
                    if tag.date_basis != "published"
                    or self.town(tag.places)  # a region is where a mission goes, a town a post
                    or (tag.parties and not keepers & set(tag.parties))
                }
        self._move_reports(groups, "peacekeeping", staying, lambda _key: target)

    def _same_statement(self, prev: dict[str, Group], groups: dict[str, Group]) -> None:
        """A call the next day by three or more of the same callers as a call the day
        before (the warring parties it addresses aside), in reports that tell nothing
        else and date it only by their publication, is that joint statement retold."""
        earlier = [(self._callers(g), g) for g in prev.values() if g.kind == "diplomatic_call"]
        staying = _other_stories(groups, "diplomatic_call")
        targets: dict[str, Group] = {}
        for key, group in groups.items():
            if group.kind != "diplomatic_call":
                continue
            callers = self._callers(group)
            target = next(
                (g for known, g in earlier if len(known & callers) >= _JOINT_CALLERS), None
            )
            if target is None:
                staying |= {item.item_id for item, _ in group.tags}
                continue
            targets[key] = target
            staying |= {i.item_id for i, t in group.tags if t.date_basis != "published"}
        self._move_reports(groups, "diplomatic_call", staying, targets.__getitem__)

    def _young_truce_breaches(self, prev: dict[str, Group], groups: dict[str, Group]) -> None:
        """Charges of breaking a truce "hours after" it was agreed, told the next day by
        reports that date them by nothing of their own, are the breaches of the day
        before's truce: that report's undated charges join the truce's day, where the
        truce entry sets them beside it (one event, not a dispute line a day later)."""
        truces = [g for g in prev.values() if g.kind == "truce_agreed"]
        if not truces:
            return
        warring = {p for g in truces for p in self._belligerents(g)}
        day = truces[0].date
        charged = {
            item.item_id
            for g in groups.values()
            if g.kind == "violation_claim"
            for item, tag in g.tags
            if tag.date_basis == "published" and _HOURS_AFTER.search(tag.evidence)
        }
        # only a report that tells nothing else that day: its whole story is the breaches
        reports = charged - {
            item.item_id
            for g in groups.values()
            for item, tag in g.tags
            if g.kind not in _CHARGES or tag.date_basis != "published"
        }
        for key in [k for k, g in groups.items() if g.kind in _CHARGES]:
            g = groups[key]
            moved = [
                p
                for p in g.tags
                if p[0].item_id in reports
                and p[1].date_basis == "published"
                and (not warring or not self._tag_sides(p[1]) or self._tag_sides(p[1]) & warring)
            ]
            _regroup(prev, groups, key, moved, day)

    def _callers(self, group: Group) -> set[str]:
        """The parties of a call that are not at war: who calls, not who is called on."""
        return {
            party
            for _, tag in group.tags
            for party in tag.parties
            if self.roles.get(party) != "belligerent"
        }

    def _move_reports(
        self,
        groups: dict[str, Group],
        kind: str,
        staying: set[str],
        target_of: Callable[[str], Group],
    ) -> None:
        """Move every tag of `kind` of the reports not `staying` into the day before."""
        for key in [k for k, g in groups.items() if g.kind == kind]:
            group = groups[key]
            moved = [pair for pair in group.tags if pair[0].item_id not in staying]
            if not moved:
                continue
            target = target_of(key)
            target.tags.extend(moved)
            group.tags[:] = [pair for pair in group.tags if pair[0].item_id in staying]
            if not group.tags:
                target.denials.extend(group.denials)
                del groups[key]


# a report published this early in the conflict's day (minutes after local midnight)
# that gives no day of its own tells what happened the evening before
_SMALL_HOURS = 6 * 60


def local_time(published: str | None, offset: int | None) -> tuple[str, int] | None:
    """The day and the minutes after midnight in the conflict's local time, if known."""
    local = in_local_time(published, offset)
    if local is None:
        return None
    return local.date().isoformat(), local.hour * 60 + local.minute


def filing_day(item: TaggedItem, offset: int | None) -> str | None:
    """The day a report was filed, in the conflict's local time (as the tagger dates)."""
    local = local_time(item.published, offset)
    return local[0] if local else None


def follow_small_hours(
    first: list[tuple[TaggedItem, Tag]],
    second: list[tuple[TaggedItem, Tag]],
    offset: int | None,
) -> None:
    """A report of the small hours that dates nothing itself, about the same kind of
    event at the same place as reports published the day before ("two reporters were
    wounded in Martuni", filed at 1 a.m.), tells that evening's event: it moves to that
    day. (A day known only from later reports dating back is no evening's news.)"""
    seen = {
        (tag.kind, place)
        for item, tag in first
        if (when := local_time(item.published, offset)) and when[0] == tag.event_date
        for place in tag.places
    }
    if not seen:
        return
    mine: dict[str, list[tuple[TaggedItem, Tag]]] = defaultdict(list)
    for pair in second:
        mine[pair[0].item_id].append(pair)
    moving: set[str] = set()
    for item_id, pairs in mine.items():
        when = local_time(pairs[0][0].published, offset)
        if when is None or when[1] >= _SMALL_HOURS:
            continue
        if any(tag.date_basis != "published" or tag.kind == "truce_agreed" for _, tag in pairs):
            continue  # a truce's day is when it takes effect, whatever the hour
        if any((tag.kind, place) in seen for _, tag in pairs for place in tag.places):
            moving.add(item_id)
    if moving:
        first.extend(pair for pair in second if pair[0].item_id in moving)
        second[:] = [pair for pair in second if pair[0].item_id not in moving]


# how many days back a report's undated lines follow the story it dates
STORY_REACH = 3
# what such lines may be: the story's toll and harm, never a claim or a denial (told
# today, they answer today's charges, not the story the report recalls)
_STORY_FACETS = frozenset({"casualties", "humanitarian"})


def follow_dated_story(
    days: Iterable[tuple[str, list[tuple[TaggedItem, Tag]]]],
    truce_ties: Callable[[Tag], set[str]],
    sides: Callable[[Tag], set[str]],
) -> Iterator[tuple[str, list[tuple[TaggedItem, Tag]]]]:
    """Days in order, with a report's undated lines moved to the story it dates two or
    three days back: "a drone killed 17 in Mai Tsebri on Monday", filed on Wednesday
    with a toll and harm that say no day, tells one event, on Monday. (The day before
    is `builder._follow_story`'s.) Only a toll and harm follow: a claim or a denial told
    today is today's, and so are the breaches of a truce the report dates. A report
    retelling, with no day at all, a truce signed two or three days back at the same
    venue or with the same mediator (`truce_ties`) is that truce's source too
    (`_move_to_signed_truce`). Holds the last three days."""
    held: list[tuple[str, list[tuple[TaggedItem, Tag]]]] = []
    for day, pairs in days:
        pairs = list(pairs)
        for earlier, earlier_pairs in held:
            gap = days_apart(earlier, day)
            if gap is not None and 2 <= gap <= STORY_REACH:
                _move_to_dated_story(earlier_pairs, pairs, day, held)
                _move_to_signed_truce(earlier_pairs, pairs, day, truce_ties, sides)
        held.append((day, pairs))
        while held and (days_apart(held[0][0], day) or 0) > STORY_REACH:
            yield held.pop(0)
    yield from held


def _move_to_dated_story(
    story: list[tuple[TaggedItem, Tag]],
    today: list[tuple[TaggedItem, Tag]],
    day: str,
    held: list[tuple[str, list[tuple[TaggedItem, Tag]]]],
) -> None:
    """Move to `story` the toll and harm of reports filed `day` that date nothing today
    and whose only other day is the story's, dated by their own words."""
    dated: dict[str, list[Tag]] = defaultdict(list)
    for item, tag in story:
        dated[item.item_id].append(tag)
    undated: dict[str, list[Tag]] = defaultdict(list)
    for item, tag in today:
        if item.item_id in dated:
            undated[item.item_id].append(tag)
    elsewhere = {item.item_id for _, pairs in held if pairs is not story for item, _ in pairs}
    filed_today = {i.item_id for i, _ in today if (i.published or "")[:10] == day}
    moving = {
        item_id
        for item_id, tags in undated.items()
        if item_id in filed_today
        and item_id not in elsewhere
        and all(t.date_basis == "published" for t in tags)
        and any(t.date_basis != "published" for t in dated[item_id])
        and not all(t.kind == "truce_agreed" for t in dated[item_id])
        # a toll beside an act the report tells today is that act's ("drones sent
        # overnight; one civilian killed"), whatever strike of days back it recalls
        and not any(t.kind == "attack" for t in tags)
    }
    stays = []
    for pair in today:
        moves = pair[0].item_id in moving and pair[1].kind in _STORY_FACETS
        (story if moves else stays).append(pair)
    today[:] = stays


def _move_to_signed_truce(
    signed: list[tuple[TaggedItem, Tag]],
    today: list[tuple[TaggedItem, Tag]],
    day: str,
    truce_ties: Callable[[Tag], set[str]],
    sides: Callable[[Tag], set[str]],
) -> None:
    """Move to the day a truce was signed the reports filed `day` that tell a truce and
    date nothing at all, when the truce they tell shares its venue or a mediator with
    that day's ("the two sides signed the deal in Pretoria", filed two days after the
    signing). Not when another report dates a truce today by its own words: then today
    may have a truce of its own."""
    ties = {t for _, tag in signed if tag.kind == "truce_agreed" for t in truce_ties(tag)}
    warring = {p for _, tag in signed if tag.kind == "truce_agreed" for p in sides(tag)}
    if not ties or not warring:
        return
    mine: dict[str, list[Tag]] = defaultdict(list)
    for item, tag in today:
        mine[item.item_id].append(tag)
    filed_today = {i.item_id for i, _ in today if (i.published or "")[:10] == day}
    if any(t.kind == "truce_agreed" and t.date_basis != "published" for _, t in today):
        return
    moving = {
        item_id
        for item_id, tags in mine.items()
        if item_id in filed_today
        and all(t.date_basis == "published" for t in tags)
        and any(t.kind == "truce_agreed" and truce_ties(t) & ties for t in tags)
        and any(t.kind == "truce_agreed" and sides(t) & warring for t in tags)
    }
    if moving:
        signed.extend(p for p in today if p[0].item_id in moving)
        today[:] = [p for p in today if p[0].item_id not in moving]
