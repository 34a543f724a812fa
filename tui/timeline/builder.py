"""The timeline builder: tagged items in, dated entries out (pure, no I/O).

An entry is one event on one day: a main kind and every kind it holds, a weight, a date,
parties, places, a title that says what happened, and the reports behind it. Two steps:

1. Tags are grouped by kind (`_group`): truce, violation claims by accuser and accused,
   denials by denier, diplomatic calls by parties, attacks/casualties/harm/captures by
   place. Claims of one event fold together (`claims._fold_claims`), a truce announced
   the eve of taking effect joins that day's (`claims._fold_truce`), and each denial is
   linked to the claim it answers, the same day or the day before, or the next day's
   charge its own report tells ("last night we fired no shot", dated to that night)
   (`claims._link_denials`).
2. The groups become events (`events.EventsMixin._events`): one truce entry; one
   dispute per pair of warring camps setting each side's claims and denials side by
   side; an attack with its casualties, civilian harm and a capture there, at one
   place; the day's appeals as one entry unless an initiative (talks at a venue, a
   visit, a plan) stands alone; one exchange and one peacekeeping entry a day. A
   report's tags land in as few entries as the events it tells (its asides join its
   main story), a day's plain shelling is one fighting entry, and a truce's day holds
   its breaches (see `events`). Across two days: a report's tags dated only by its
   publication follow its dated story (`_follow_story`; a truce dated by its own words
   keeps its day), the war's running toll a report gives follows its story
   (`_tolls_follow_story`), and a report filed in the small hours that dates nothing
   follows the day before's event at the same place (`spans.follow_small_hours`);
   reports of a day that date its truce the next day, and a truce report's talks the day
   before, join the truce; a denial repeated the next day joins the event it denied; a
   strike dated a day late by a report of the day before, or told the next day with no
   day of its own, with that day's toll there, joins it; an exchange retold the next day
   joins it, and so do a next day's report's charges of breaking a truce "hours after"
   it began (`spans`); peacekeepers reported at no place the next day, and a joint call
   of three or more parties retold the next day, are the day before's deployment and
   statement (`spans`); talks announced for a day up to four days ahead join the talks
   held that day by the same mediator (`plans`). A report whose headline is an event of
   the adjacent day only echoes an event other reports tell, adding nothing they do not:
   it is that event's background, not its source (`echoes`). Talks a convener holds on
   two days running are one initiative, on the first (`sessions`). A report's charge or
   denial left alone a day from the dispute (or the truce) its report tells joins it
   (`remnants`), and so does a denial that answers no charge of its day, to the one
   dispute of the day before or after that charges the denier's camp
   (`remnants.join_lone_denials`). Last, an entry whose reports all tell a story of the
   adjacent day whose entry holds their headlines, and headline nothing in it, or that
   one report alone tells beside the story its headline holds, is that story's aside and
   goes (`asides`).
   Titles: `titles.EventTitlesMixin`; weights: `weights.entry_weight`.

Every entry lists each report once; syndicated copies (the same link, or near-identical
text) point at their representative (``duplicate_of``) and are not counted twice.

The key of an entry is its date, shape and signature (``2020-10-28|site|Barda``,
``2020-10-10|truce|-``, ``2020-10-12|dispute|armenian+azerbaijani``), so re-running the
builder gives the same keys and the store can keep manual edits across a retag.

Memory: `build_entries(items, profile, ordered=True)` works day by day. Feed it items
in event-date order (the store does: each item with the tags of one date at a time) and
it holds only a few days at once (a denial may answer the day before; a report's
tags dated only by its publication may follow its story to the next day, or up to
three days back; talks announced on Monday may be held on Friday). With
``ordered=False`` (the default) it collects everything first and sorts.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from tui.profile import Profile
from tui.records import AutoEntry, Casualty, Claim, Denial, Tag, TaggedItem
from tui.timeline.asides import drop_asides
from tui.timeline.claims import ClaimsMixin, charge_against_denier, not_weak_answer
from tui.timeline.echoes import unlink_echoes
from tui.timeline.events import EventsMixin
from tui.timeline.folds import Event
from tui.timeline.groups import (
    FILING_BASES,
    PLACE_KINDS,
    Group,
    from_headline,
    ids,
    next_day,
    opens_text,
    ranked,
    replace_tag,
    unique_in_order,
)
from tui.timeline.neardup import mark_copies
from tui.timeline.plans import join_planned_talks
from tui.timeline.remnants import join_lone_denials, join_remnants
from tui.timeline.sessions import join_sessions
from tui.timeline.spans import PlaceTolls, SpansMixin, follow_dated_story, follow_small_hours
from tui.timeline.titles import EventTitlesMixin
from tui.timeline.weights import entry_weight
from tui.timeline.wording import labelled_not_news, reached_through_other_act, running_toll


def build_entries(
    items: Iterable[TaggedItem], profile: Profile, *, ordered: bool = False
) -> Iterator[AutoEntry]:
    """Entries for tagged items, day by day, in date order (see the module docstring).
    A piece its headline labels as analysis, opinion or a recap makes no entry."""
    yield from entries_of_events(build_events(items, profile, ordered=ordered), profile)


def build_events(
    items: Iterable[TaggedItem], profile: Profile, *, ordered: bool = False
) -> Iterator[list[Event]]:
    """The first half of `build_entries`: each day's events, their stories settled
    across days (echoes, sessions, remnants), not yet entries. With `entries_of_events`,
    the two halves can run in two processes (events pickle), each on a `_Builder` of its
    own: what one half keeps between days, the other never reads."""
    builder = _Builder(profile)
    items = (item for item in items if not labelled_not_news(item.title))
    if not ordered:
        days: dict[str, list[tuple[TaggedItem, Tag]]] = defaultdict(list)
        for item in items:
            for tag in item.tags:
                day = _tag_day(item, tag)
                if day:
                    days[day].append((item, tag))
        yield from builder.events(sorted(days.items()))
        return
    yield from builder.events(_stream_days(items))


def entries_of_events(days: Iterable[list[Event]], profile: Profile) -> Iterator[AutoEntry]:
    """The second half of `build_entries`: entries of `build_events`' days, asides gone."""
    yield from _Builder(profile).entries(days)


def _tag_day(item: TaggedItem, tag: Tag) -> str | None:
    day = tag.event_date or (item.published[:10] if item.published else None)
    return day if day and len(day) == 10 else None


def _stream_days(items: Iterable[TaggedItem]) -> Iterator[tuple[str, list]]:
    """(day, [(item, tag)]) in date order from items fed in event-date order."""
    current: str | None = None
    pending: dict[str, list[tuple[TaggedItem, Tag]]] = defaultdict(list)
    for item in items:
        for tag in item.tags:
            day = _tag_day(item, tag)
            if not day:
                continue
            pending[day].append((item, tag))
            if current is None or day > current:
                current = day
        # days well before the current one are complete
        if current:
            for day in sorted(d for d in pending if d < current):
                yield day, pending.pop(day)
    for day in sorted(pending):
        yield day, pending.pop(day)


class _Builder(ClaimsMixin, SpansMixin, EventsMixin, EventTitlesMixin):
    """Tagged items of a day (and the day before) -> entries."""

    def events(
        self, days: Iterable[tuple[str, list[tuple[TaggedItem, Tag]]]]
    ) -> Iterator[list[Event]]:
        """Day by day, one day read ahead: a report's tags dated only by its publication
        follow its story to the day before or after (`_follow_story`)."""
        pending: tuple[str, list[tuple[TaggedItem, Tag]]] | None = None

        def ready() -> Iterator[tuple[str, list[tuple[TaggedItem, Tag]]]]:
            nonlocal pending
            announced = join_planned_talks(days, self._mediator)
            for day, pairs in follow_dated_story(announced, self._tag_truce_ties, self._tag_sides):
                if pending is not None:
                    if next_day(pending[0]) == day:
                        _tolls_follow_story(pending[1], pairs)
                        _follow_story(pending[1], pairs, self.in_force, self.regions)
                        follow_small_hours(pending[1], pairs, self.profile.utc_offset)
                    yield pending
                pending = (day, pairs)
            if pending is not None:
                yield pending

        remnants = join_remnants(
            join_sessions(unlink_echoes(self._run(ready())), self.profile.utc_offset),
            self._camp,
            self.regions,
            self.profile.utc_offset,
        )
        return join_lone_denials(remnants, self._camp, self.regions)

    def entries(self, days_of_events: Iterable[list[Event]]) -> Iterator[AutoEntry]:
        """Each event's entry, then the asides of stories a few days away dropped."""
        entries = (self._entry(e) for events in days_of_events for e in events)
        yield from drop_asides(entries, self.headlines, self.ledes)

    def _mediator(self, party: str) -> bool:
        """A party not at war: who hosts or brokers talks between the sides."""
        return self.roles.get(party) != "belligerent"

    def _run(
        self, days: Iterable[tuple[str, list[tuple[TaggedItem, Tag]]]]
    ) -> Iterator[list[Event]]:
        previous: tuple[str, dict[str, Group]] | None = None
        # the day before's tolls at each place as grouped, and those it shares with the
        # day before it (`_same_strike`: only a run's second day joins its first)
        prev_tolls: PlaceTolls = {}
        prev_carried: PlaceTolls = {}
        # and whether it said a truce in force as the day before it did (`_fold_truce`)
        prev_in_force = prev_truce_carried = False
        for day, pairs in days:
            if not pairs:
                continue
            groups = self._group(day, pairs)
            tolls = self.strike_tolls(groups)
            in_force = self.truce_in_force(groups)
            self._fold_claims(groups)
            # same day first; an act only its own report tells waits for a charge
            # against the denier the day before ("Phnom Penh denies laying new mines"
            # the morning after the army accused it of planting explosives)
            self._link_denials(groups, groups, not_weak_answer)
            adjacent = previous is not None and next_day(previous[0]) == day
            if previous is not None and adjacent:
                self._link_denials(previous[1], groups, charge_against_denier)
            self._link_denials(groups, groups)
            if previous is not None:
                prev_groups = previous[1]
                if adjacent:
                    self._fold_truce(prev_groups, groups, prev_truce_carried)
                    self._link_denials(prev_groups, groups)  # then the day before
                    # a denial its report dates the day before ("last night we did not
                    # fire a shot") answers the charge the same report tells today
                    self._link_denials(groups, prev_groups, charge_against_denier)
                    self._repeated_denials(prev_groups, groups)
                    self._same_strike(prev_groups, groups, _less(prev_tolls, prev_carried))
                    self._same_exchange(prev_groups, groups)
                    self._same_deployment(prev_groups, groups)
                    self._same_statement(prev_groups, groups)
                    self._young_truce_breaches(prev_groups, groups)
                self._merge_denials(prev_groups, groups)
                yield self._events(prev_groups)
            prev_carried = _shared(prev_tolls, tolls) if adjacent else {}
            prev_truce_carried = adjacent and prev_in_force and in_force
            prev_tolls, prev_in_force = tolls, in_force
            previous = (day, groups)
        if previous is not None:
            self._merge_denials(previous[1])
            yield self._events(previous[1])

    # ---- grouping ----------------------------------------------------------------------

    def _group(self, day: str, pairs: list[tuple[TaggedItem, Tag]]) -> dict[str, Group]:
        groups: dict[str, Group] = {}
        # earliest report first (stable: an item's tags keep their reading order), so
        # that ties between parties or places go the same way whatever the input order
        pairs = sorted(
            pairs,
            key=lambda p: (
                p[0].published or "9999",
                p[0].side or "",
                p[0].outlet or "",
                p[0].item_id,
            ),
        )
        for item, tag in pairs:
            tag = self._attribute(item, tag)
            key = self._key(day, tag)
            group = groups.get(key)
            if group is None:
                group = groups[key] = Group(key, day, tag.kind)
            group.tags.append((item, tag))
        return groups

    def _attribute(self, item: TaggedItem, tag: Tag) -> Tag:
        """An unattributed claim in an outlet that carries a warring party's official
        voice (profile [sides]) is that party's claim, when it accuses the other camp."""
        if tag.kind != "violation_claim" or tag.accuser or not tag.accused:
            return tag
        voice = self.voice.get(item.side or "")
        if not voice or voice == tag.accused:
            return tag
        camp, other = self.camps.get(voice), self.camps.get(tag.accused)
        if camp and other and camp == other:
            return tag
        return replace_tag(
            tag, accuser=voice, parties=tuple(unique_in_order([voice, *tag.parties]))
        )

    def _key(self, day: str, tag: Tag) -> str:
        if tag.kind == "violation_claim":
            sig = f"{tag.accuser or '?'}>{tag.accused or '?'}"
        elif tag.kind == "denial":
            sig = tag.denier or "?"
        elif tag.kind == "diplomatic_call":
            sig = "+".join(sorted(tag.parties)) or "-"
        elif tag.kind == "territorial_change":
            # a town changes hands, never a whole region (tags stored by older taggers)
            sig = self.town(tag.places) or "-"
        elif tag.kind in PLACE_KINDS:
            # the town, not the region around it ("two towns in Lebanon's Baalbek region")
            sig = self.town(tag.places) or (tag.places[0] if tag.places else "-")
        else:
            sig = "-"
        return f"{day}|{tag.kind}|{sig}"

    # ---- entries -------------------------------------------------------------------------

    def _event_denials(self, event: Event) -> tuple[Denial, ...]:
        """Each denier of each denial group, answering this event when it holds anything."""
        answers = event.key if event.claims or event.tags else None
        return tuple(
            Denial(
                denier=denier, date=dg.date, item_ids=ids(i for i, _ in dg.tags), answers=answers
            )
            for dg in event.denials
            for denier in (self._deniers(dg) or [None])
        )

    def _entry(self, event: Event) -> AutoEntry:
        claim_tags = [pair for g in event.claims for pair in g.tags]
        all_pairs = [*event.tags, *claim_tags]
        for dg in event.denials:
            all_pairs.extend(dg.tags)
        sources = mark_copies([item for item, _ in all_pairs])
        self.headlines[event.key] = frozenset(
            item.item_id for item, tag in all_pairs if from_headline(item, tag)
        )
        self.ledes[event.key] = frozenset(
            item.item_id for item, tag in all_pairs if _lede_for_headline(item, tag)
        )
        reps = {s.item_id for s in sources if s.duplicate_of is None}
        tags = [tag for _, tag in [*event.tags, *claim_tags]]
        denier_lists = [tuple(self._deniers(dg)) for dg in event.denials]
        parties = ranked([*(t.parties for t in tags), *denier_lists])
        places = _event_places(event, tags)
        claims = tuple(
            Claim(
                g.tags[0][1].accuser,
                g.tags[0][1].accused,
                ids(i for i, _ in g.tags),
                tuple(ranked(t.places for _, t in g.tags)),
            )
            for g in event.claims
        )
        denials = self._event_denials(event)
        casualties = _casualties([(i, t) for i, t in event.tags if t.casualties], reps)
        evidence = tuple(
            unique_in_order(
                tag.evidence for item, tag in [*event.tags, *claim_tags] if item.item_id in reps
            )
        )
        kinds = unique_in_order(
            [
                *(t.kind for t in tags),
                *(["denial"] if event.denials else []),
            ]
        )
        title = self._event_title(event, parties, places, casualties, claims, denials)
        # the kind the title leads with ("X claims capture of Y" over the battle for it)
        main = event.led_by if event.led_by in kinds else _main_kind(event.shape, kinds)
        kinds = [main, *(k for k in sorted(kinds) if k != main)]
        deaths = any(c.what == "killed" for c in casualties)
        weight = entry_weight(
            event.shape,
            kinds,
            len(reps),
            (s.side for s in sources if s.duplicate_of is None),
            deaths,
        )
        return AutoEntry(
            key=event.key,
            date=event.date,
            kind=main,
            title=title,
            parties=parties,
            places=places,
            sources=sources,
            claims=claims,
            denials=denials,
            counter_claims=(),
            casualties=casualties,
            casualty_items=_figure_items(event, casualties),
            evidence=evidence,
            kinds=tuple(kinds),
            weight=weight,
        )


def _shared(one: PlaceTolls, two: PlaceTolls) -> PlaceTolls:
    """The tolls both days give at the same place."""
    return {p: both for p, t in two.items() if (both := t & one.get(p, set()))}


def _less(tolls: PlaceTolls, carried: PlaceTolls) -> PlaceTolls:
    """The tolls but those carried over from the day before."""
    return {p: left for p, t in tolls.items() if (left := t - carried.get(p, set()))}


def _lede_for_headline(item: TaggedItem, tag: Tag) -> bool:
    """Whether the tag is read from the report's first sentence while no rule read its
    headline: the lede then says which story is the report's news. A truce its first
    sentence tells is news whatever the headline says ("Shells hit Stepanakert" over "the
    sides agreed a new truce in Washington on Monday"): never a breach story's aside."""
    return opens_text(item.text, tag.evidence) and (
        tag.kind == "truce_agreed" or not any(from_headline(item, t) for t in item.tags)
    )


def _event_places(event: Event, tags: list[Tag]) -> tuple[str, ...]:
    """The entry's places, the one it is about first; the venue of talks a report
    mentions beside fighting is not where the fighting happened, nor is a town named only
    as where people fled to or what a strike answered (`reached_through_other_act`)."""
    talks_apart = event.shape not in ("truce", "appeals", "initiative")
    places = ranked(
        ()
        if talks_apart and t.kind == "diplomatic_call"
        else (p for p in t.places if not reached_through_other_act(t.evidence, p))
        for t in tags
    )
    if event.site and event.site in places:
        places = (event.site, *(p for p in places if p != event.site))
    return places


def _figure_items(event: Event, casualties: tuple[Casualty, ...]) -> tuple[tuple[str, ...], ...]:
    """The reports giving each casualty figure (a figure no one gives is anyone's)."""
    return tuple(
        ids(
            i
            for i, t in event.tags
            for c in t.casualties
            if (c.count, c.what, c.group) == (figure.count, figure.what, figure.group)
            and c.claimed_by in (None, figure.claimed_by)
        )
        for figure in casualties
    )


def _follow_story(
    first: list[tuple[TaggedItem, Tag]],
    second: list[tuple[TaggedItem, Tag]],
    in_force: frozenset[str] = frozenset(),
    regions: frozenset[str] = frozenset(),
) -> None:
    """A report telling one story over two days running: when every tag it has on one
    day is dated only by its publication (or its dateline, the filing's day) while it
    dates its tags on the other day itself ("on Saturday", "overnight"), the undated
    tags are facets of the dated story and move to its day (one report, one event; the
    tagger dates a report's asides by its publication when they say no day)."""

    def by_item(pairs: list[tuple[TaggedItem, Tag]]) -> dict[str, list[Tag]]:
        found: dict[str, list[Tag]] = defaultdict(list)
        for item, tag in pairs:
            found[item.item_id].append(tag)
        return found

    one, two = by_item(first), by_item(second)
    for item_id in sorted(set(one) & set(two)):
        if any(
            all(t.kind == "truce_agreed" and t.date_basis != "published" for t in day[item_id])
            for day in (one, two)
        ):
            # "the truce took effect on Saturday": that day's truce, not this story;
            # unless the truce is the report's story and all else its background
            if _truce_story_background(item_id, first, second, regions):
                _move_report(item_id, second, first)
            elif _truce_story_background(item_id, second, first, regions):
                _move_report(item_id, first, second)
            continue
        # a truce's stated day is when it takes effect, not the day the story happened;
        # but a truce said to be in force ("came into force at 4 a.m.") is the report's
        # story of its day, whatever strikes of the eve it recalls
        undated_one = all(_undated_line(t, in_force) for t in one[item_id])
        undated_two = all(_undated_line(t, in_force) for t in two[item_id])
        if undated_two and not undated_one:
            source, target = second, first
        elif undated_one and not undated_two:
            source, target = first, second
        else:
            continue
        if _headline_news_elsewhere(item_id, source, target):
            continue
        if _dated_by_a_modifier(item_id, target, source):
            continue
        if not _opens_with(item_id, target, source):
            continue  # its dated lines are background told late, not the report's story
        _move_report(item_id, source, target)


# what a truce story tells undated as its background: the fighting it ends and its toll
_TRUCE_BACKGROUND = frozenset({"attack", "casualties", "humanitarian", "peacekeeping"})


def _truce_story_background(
    item_id: str,
    truce_day: list[tuple[TaggedItem, Tag]],
    other: list[tuple[TaggedItem, Tag]],
    regions: frozenset[str],
) -> bool:
    """Whether a report's headline or lede tells a truce it dates on `truce_day`, and all
    it tells on the other day, undated, is the fighting and toll the truce ends ("Armenia
    says ceasefire agreed after two days of fighting that killed 155"), at no place
    smaller than a region: that background goes with the truce, not into a line of its
    own the next day. (A strike at a named town stays a line of its own.)"""
    truces = [(i, t) for i, t in truce_day if i.item_id == item_id]
    rest = [t for i, t in other if i.item_id == item_id]
    if not truces or not rest:
        return False
    if not all(t.kind == "truce_agreed" and t.date_basis != "published" for _, t in truces):
        return False
    if not all(
        t.kind in _TRUCE_BACKGROUND and t.date_basis == "published" and set(t.places) <= regions
        for t in rest
    ):
        return False
    return any(from_headline(i, t) or opens_text(i.text, t.evidence) for i, t in truces)


def _move_report(
    item_id: str, source: list[tuple[TaggedItem, Tag]], target: list[tuple[TaggedItem, Tag]]
) -> None:
    """Move a report's tags of one day to another day's list."""
    target.extend(p for p in source if p[0].item_id == item_id)
    source[:] = [p for p in source if p[0].item_id != item_id]


def _dated_by_a_modifier(
    item_id: str, dated: list[tuple[TaggedItem, Tag]], undated: list[tuple[TaggedItem, Tag]]
) -> bool:
    """Whether every sentence dating the report's story also gives a tag of another kind
    no day: the day names one thing of the sentence only ("met for talks on easing the
    tension left by Wednesday's clash" dates the clash, not the talks), so the undated
    lines are the report's story of its own day, not the dated one's."""
    dated_lines = {t.evidence for i, t in dated if i.item_id == item_id}
    undated_lines = {t.evidence for i, t in undated if i.item_id == item_id}
    return bool(dated_lines) and dated_lines <= undated_lines


# how many of a report's first tagged sentences tell its story (as the tagger lends their day)
_OPENING_SENTENCES = 3


def _opens_with(
    item_id: str, dated: list[tuple[TaggedItem, Tag]], undated: list[tuple[TaggedItem, Tag]]
) -> bool:
    """Whether the report tells its dated lines among its first tagged sentences: the
    story its undated lines belong to. A day stated only in its closing background ("two
    soldiers were killed on Wednesday when ...", under news of Thursday's talks) dates
    that background, not the report. (The builder holds a report's tags a day at a time:
    where a sentence stands is read from the report's text.)"""
    mine = [(i, t) for i, t in [*dated, *undated] if i.item_id == item_id]
    if not mine:
        return False
    item = mine[0][0]
    text = " ".join(item.text.split())

    headline = {t.evidence for i, t in mine if from_headline(i, t)}

    def place(evidence: str) -> int:
        if evidence in headline:
            return -1
        found = text.find(" ".join(evidence.split())[:80])
        return found if found >= 0 else len(text)  # (not found: told apart, last)

    opening = sorted({t.evidence for _, t in mine}, key=lambda e: (place(e), e))
    first = set(opening[:_OPENING_SENTENCES])
    # (a kind the headline tells, dated deep in the body, is the headline's story dated:
    # "Thailand rejects a chemical weapons charge" over "on Saturday ... denied it")
    headlined = {t.kind for _, t in mine if t.evidence in headline}
    # (unless the lede tells that kind on the report's own day: "were due to meet on
    # Monday", under "to meet for peace talks", is the story; "flew in on Sunday" its eve)
    headlined -= {
        t.kind for i, t in undated if i.item_id == item_id and opens_text(item.text, t.evidence)
    }
    return any(
        i.item_id == item_id and (t.evidence in first or t.kind in headlined) for i, t in dated
    )


def _undated_line(tag: Tag, in_force: frozenset[str]) -> bool:
    """A line that may follow its report's dated story to the adjacent day."""
    if tag.kind == "truce_agreed":
        return tag.rule not in in_force
    # a dateline ("BANGKOK, July 21 --") dates the filing, as publication does
    return tag.date_basis in FILING_BASES


# a charge or a denial a report headlines is the day's news, whatever it recalls
_TODAYS_CHARGES = frozenset({"violation_claim", "denial"})


def _headline_news_elsewhere(
    item_id: str, undated: list[tuple[TaggedItem, Tag]], dated: list[tuple[TaggedItem, Tag]]
) -> bool:
    """Whether the report headlines, on its undated day, a charge or denial while all it
    dates elsewhere is talks ("Thai army accuses Cambodia of breaking the truce" over a
    line recalling Monday's talks): the charge is the day's news, the talks background.
    A headline no rule reads leaves the news to the lede ("the two sides traded charges
    of breaking the truce minutes after it began", over Sunday's joint statement)."""
    told = {tag.kind for item, tag in dated if item.item_id == item_id}
    if not told <= {"diplomatic_call"}:
        return False  # the dated story is a strike or a truce the charge is about
    if any(item.item_id == item_id and from_headline(item, tag) for item, tag in dated):
        # the headline's talks are dated there: its charge was said at them ("X meets
        # the mediators in Washington and says Baku breaks the truces")
        return False
    mine = [(item, tag) for item, tag in [*undated, *dated] if item.item_id == item_id]
    headline_read = any(from_headline(item, tag) for item, tag in mine)
    return any(
        item.item_id == item_id
        and tag.kind in _TODAYS_CHARGES
        and (
            from_headline(item, tag) or (not headline_read and opens_text(item.text, tag.evidence))
        )
        for item, tag in undated
    )


def _tolls_follow_story(
    first: list[tuple[TaggedItem, Tag]], second: list[tuple[TaggedItem, Tag]]
) -> None:
    """A report whose only tags on one day are the war's running toll ("the toll had
    risen above 400 on Friday") tells another story the day before or after (a truce,
    talks, a claim): the toll is that story's background and goes with it, not an
    entry of its own."""
    one: dict[str, list[Tag]] = defaultdict(list)
    two: dict[str, list[Tag]] = defaultdict(list)
    for item, tag in first:
        one[item.item_id].append(tag)
    for item, tag in second:
        two[item.item_id].append(tag)
    for item_id in sorted(set(one) & set(two)):
        if all(running_toll(t) for t in one[item_id]):
            source, target = first, second
        elif all(running_toll(t) for t in two[item_id]):
            source, target = second, first
        else:
            continue
        # the toll's speaker ("Putin said") takes no part in the story it joins, and its
        # figure, the war's so far, is no toll of that story
        moved = [
            (i, replace(t, parties=(), casualties=())) for i, t in source if i.item_id == item_id
        ]
        source[:] = [p for p in source if p[0].item_id != item_id]
        target.extend(moved)


_MAIN = {
    "truce": "truce_agreed",
    "dispute": "violation_claim",
    "appeals": "diplomatic_call",
    "initiative": "diplomatic_call",
}
_SITE_ORDER = ("attack", "territorial_change", "casualties", "humanitarian")


def _main_kind(shape: str, kinds: list[str]) -> str:
    """The entry's main kind: what its shape says, else its strongest facet."""
    if shape in _MAIN:
        return _MAIN[shape]
    if shape in ("site", "fighting"):
        found = next((k for k in _SITE_ORDER if k in kinds), None)
        if found:
            return found
        if "violation_claim" in kinds:
            return "violation_claim"
    if shape == "denial":
        return "denial"
    return kinds[0] if kinds else shape


def _casualties(pairs: list[tuple[TaggedItem, Tag]], reps: set[str]) -> tuple[Casualty, ...]:
    """The figures of an entry, each once with who gives it; a report's figure given
    twice (headline and body), once with its claimant: the attributed one only."""
    seen: dict[tuple, Casualty] = {}
    for item, tag in pairs:
        if item.item_id not in reps:
            continue
        for c in tag.casualties:
            seen.setdefault((c.count, c.what, c.group, c.claimed_by), c)
    attributed: dict[tuple, set[str]] = defaultdict(set)
    for item, tag in pairs:
        for c in tag.casualties:
            if c.claimed_by:
                attributed[(item.item_id, c.count, c.what, c.group)].add(c.claimed_by)
    bare = {
        (c.count, c.what, c.group)
        for item, tag in pairs
        if item.item_id in reps
        for c in tag.casualties
        if not c.claimed_by and not attributed.get((item.item_id, c.count, c.what, c.group))
    }
    return tuple(c for c in seen.values() if c.claimed_by or (c.count, c.what, c.group) in bare)


def entry_digest(entry: AutoEntry) -> str:
    """A short hash of what an entry shows (lets the store skip unchanged rewrites)."""
    payload = repr(
        (entry.title, entry.parties, entry.places, entry.item_ids, entry.denials, entry.weight)
    )
    return hashlib.sha1(payload.encode()).hexdigest()[:16]
