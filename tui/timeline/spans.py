"""Events told over two days: a deployment still under way, a joint statement retold.

An analyst's timeline has one line for the peacekeepers' arrival, not one a day while
reports keep describing it, and one line for a joint appeal, not a second for the
next day's reports and reactions. Only tags dated by their report's publication move
(a report that dates its event itself keeps that date), and only into the day before.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from tui.records import Tag, TaggedItem
from tui.timeline.groups import BuilderState, Group

# a joint statement: so many callers together are one statement, not a routine appeal
_JOINT_CALLERS = 3


def _other_stories(groups: dict[str, Group], kind: str) -> set[str]:
    """Reports that tell something besides `kind` this day: they keep their day."""
    return {item.item_id for g in groups.values() if g.kind != kind for item, _ in g.tags}


class SpansMixin(BuilderState):
    """The builder's two-day steps for deployments and joint statements."""

    def _same_deployment(self, prev: dict[str, Group], groups: dict[str, Group]) -> None:
        """Peacekeepers reported the next day at no place, by a report that tells nothing
        else and dates them only by its publication, are the deployment of the day before
        still under way (a report moves whole or not at all: one report, one event)."""
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
                    or tag.places
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
    if not published or offset is None or len(published) <= 10:
        return None
    try:
        stamp = dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    local = stamp.astimezone(dt.timezone(dt.timedelta(minutes=offset)))
    return local.date().isoformat(), local.hour * 60 + local.minute


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
        if any(tag.date_basis != "published" for _, tag in pairs):
            continue
        if any((tag.kind, place) in seen for _, tag in pairs for place in tag.places):
            moving.add(item_id)
    if moving:
        first.extend(pair for pair in second if pair[0].item_id in moving)
        second[:] = [pair for pair in second if pair[0].item_id not in moving]
