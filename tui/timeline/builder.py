"""The timeline builder: tagged items in, dated entries out (pure, no I/O).

An entry is one event on one day: a kind, a date, parties, places, a title that reads
like a human timeline, and the reports behind it. How tags become entries:

- ``truce_agreed``, ``exchange``, ``peacekeeping``: one entry per kind and day (six
  outlets reporting the Moscow truce make one entry with six sources);
- ``violation_claim``: one entry per day, accuser and accused ("Azerbaijan accuses
  Armenia ..."); the other side's counter-claim is a second entry, and each names the
  other's key in ``counter_claims`` (two entries, linked, so that a reader can filter
  by accuser);
- ``denial``: attached to the claim it answers (a claim entry on the same day or the
  day before whose accused is the denier) and shown in its title ("...; Armenia
  denies"); a denial that answers no claim is an entry of its own;
- ``diplomatic_call``: one entry per day and set of parties;
- ``attack``, ``humanitarian``, ``casualties``, ``territorial_change``: one entry per
  day and place (the first place a tag names; none is a place of its own).

Every entry lists each report once; syndicated copies (the same link, or near-identical
text) point at their representative (``duplicate_of``) and are not counted twice.

The key of an entry is built from its date, kind and signature (claim pair, parties or
place), so re-running the builder gives the same keys and the store can keep manual
edits across a retag.

Memory: `build_entries(items, profile, ordered=True)` works day by day. Feed it items
in event-date order (the store does: each item with the tags of one date at a time) and
it holds only two days at once (a denial may answer the day before). With
``ordered=False`` (the default) it collects everything first and sorts.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator

from tui.profile import Profile
from tui.records import AutoEntry, Casualty, Claim, Denial, Tag, TaggedItem
from tui.timeline.claims import ClaimsMixin
from tui.timeline.groups import (
    PLACE_KINDS,
    Group,
    ids,
    next_day,
    ranked,
    replace_tag,
    unique_in_order,
)
from tui.timeline.neardup import mark_copies
from tui.timeline.titles import TitlesMixin


def build_entries(
    items: Iterable[TaggedItem], profile: Profile, *, ordered: bool = False
) -> Iterator[AutoEntry]:
    """Entries for tagged items, day by day, in date order (see the module docstring)."""
    builder = _Builder(profile)
    if not ordered:
        days: dict[str, list[tuple[TaggedItem, Tag]]] = defaultdict(list)
        for item in items:
            for tag in item.tags:
                day = _tag_day(item, tag)
                if day:
                    days[day].append((item, tag))
        yield from builder.run(sorted(days.items()))
        return
    yield from builder.run(_stream_days(items))


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


class _Builder(ClaimsMixin, TitlesMixin):
    """Tagged items of a day (and the day before) -> entries."""

    def run(self, days: Iterable[tuple[str, list[tuple[TaggedItem, Tag]]]]) -> Iterator[AutoEntry]:
        previous: tuple[str, dict[str, Group]] | None = None
        for day, pairs in days:
            groups = self._group(day, pairs)
            self._fold_claims(groups)
            self._link_denials(groups, groups)  # same day first
            if previous is not None:
                prev_day, prev_groups = previous
                if next_day(prev_day) == day:
                    self._fold_truce(prev_groups, groups)
                    self._link_denials(prev_groups, groups)  # then the day before
                self._merge_denials(prev_groups, groups)
                yield from self._finish(prev_groups)
            previous = (day, groups)
        if previous is not None:
            self._merge_denials(previous[1])
            yield from self._finish(previous[1])

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
            sig = next((p for p in tag.places if p not in self.regions), "-")
        elif tag.kind in PLACE_KINDS:
            sig = tag.places[0] if tag.places else "-"
        else:
            sig = "-"
        return f"{day}|{tag.kind}|{sig}"

    # ---- entries -------------------------------------------------------------------------

    def _finish(self, groups: dict[str, Group]) -> Iterator[AutoEntry]:
        claim_keys: dict[tuple[str | None, str | None], str] = {}
        for g in groups.values():
            if g.kind == "violation_claim":
                t = g.tags[0][1]
                claim_keys[(t.accuser, t.accused)] = g.key
        for key in sorted(groups):
            yield self._entry(groups[key], claim_keys)

    def _entry(
        self, group: Group, claim_keys: dict[tuple[str | None, str | None], str]
    ) -> AutoEntry:
        denial_groups = group.denials
        all_pairs = list(group.tags)
        for dg in denial_groups:
            all_pairs.extend(dg.tags)
        sources = mark_copies([item for item, _ in all_pairs])
        reps = {s.item_id for s in sources if s.duplicate_of is None}
        tags = [tag for _, tag in group.tags]
        denier_lists = [tuple(self._deniers(dg)) for dg in denial_groups]
        parties = ranked([*(t.parties for t in tags), *denier_lists])
        places = ranked(t.places for t in tags)
        sig = group.key.split("|", 2)[2]
        if group.kind in PLACE_KINDS and sig in places:
            # the place the entry is keyed by is the place it is about
            places = (sig, *(p for p in places if p != sig))
        claims: tuple[Claim, ...] = ()
        counter: tuple[str, ...] = ()
        if group.kind == "violation_claim":
            first = tags[0]
            claims = (Claim(first.accuser, first.accused, ids(i for i, _ in group.tags)),)
            other = claim_keys.get((first.accused, first.accuser))
            counter = (other,) if other and first.accuser else ()
        answers = None if group.kind == "denial" else group.key
        own = [group] if group.kind == "denial" else []
        denials = tuple(
            Denial(
                denier=denier, date=dg.date, item_ids=ids(i for i, _ in dg.tags), answers=answers
            )
            for dg in [*own, *denial_groups]
            for denier in (self._deniers(dg) or [None])
        )
        casualties: tuple[Casualty, ...] = ()
        if group.kind == "casualties":
            seen: dict[tuple, Casualty] = {}
            for item, tag in group.tags:
                if item.item_id not in reps:
                    continue
                for c in tag.casualties:
                    seen.setdefault((c.count, c.what, c.group, c.claimed_by), c)
            # one report's figure given twice (headline and body), once with its
            # claimant: the attributed one only
            attributed: dict[tuple, set[str]] = defaultdict(set)
            for item, tag in group.tags:
                for c in tag.casualties:
                    if c.claimed_by:
                        attributed[(item.item_id, c.count, c.what, c.group)].add(c.claimed_by)
            bare = {
                (c.count, c.what, c.group)
                for item, tag in group.tags
                if item.item_id in reps
                for c in tag.casualties
                if not c.claimed_by and not attributed.get((item.item_id, c.count, c.what, c.group))
            }
            casualties = tuple(
                c for c in seen.values() if c.claimed_by or (c.count, c.what, c.group) in bare
            )
        evidence = tuple(
            unique_in_order(tag.evidence for item, tag in group.tags if item.item_id in reps)
        )
        title = self._title(group, tags, parties, places, denial_groups, casualties)
        return AutoEntry(
            key=group.key,
            date=group.date,
            kind=group.kind,
            title=title,
            parties=parties,
            places=places,
            sources=sources,
            claims=claims,
            denials=denials,
            counter_claims=counter,
            casualties=casualties,
            evidence=evidence,
        )


def entry_digest(entry: AutoEntry) -> str:
    """A short hash of what an entry shows (lets the store skip unchanged rewrites)."""
    payload = repr((entry.title, entry.parties, entry.places, entry.item_ids, entry.denials))
    return hashlib.sha1(payload.encode()).hexdigest()[:16]
