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
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from typing import Any

from tui.profile import Profile
from tui.records import AutoEntry, Casualty, Claim, Denial, Source, Tag, TaggedItem
from tui.tagger import unique_in_order

# ---- near-duplicate detection ------------------------------------------------------------

_WORDS = re.compile(r"\w+")


def _shingles(text: str) -> frozenset[int]:
    words = _WORDS.findall(text.lower())
    if len(words) < 4:
        return frozenset({hash(" ".join(words))})
    return frozenset(hash(" ".join(words[i : i + 3])) for i in range(len(words) - 2))


@lru_cache(maxsize=2048)  # a day's reports: enough to compute each once
def _item_shingles(item_id: str, title: str, text: str) -> tuple[frozenset[int], frozenset[int]]:
    """An item's shingles and their bottom-8 sketch, computed once per report.

    One report is a source of several entries; and two texts with a Jaccard similarity
    of 0.8 or more share most of their smallest shingles, so comparing the 8-element
    sketches first skips nearly every full comparison between unrelated reports.
    """
    shingles = _shingles(f"{title} {text}")
    return shingles, frozenset(sorted(shingles)[:8])


def near_duplicate(a: frozenset[int], b: frozenset[int], threshold: float = 0.8) -> bool:
    """Jaccard similarity of word 3-gram sets at or above `threshold`."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) / len(large) < threshold:
        return False
    inter = len(small & large)
    return inter / (len(a) + len(b) - inter) >= threshold


def _normal_link(link: str | None) -> str | None:
    if not link:
        return None
    link = link.strip().lower().split("#", 1)[0].rstrip("/")
    return re.sub(r"^https?://(www\.)?", "", link)


# ---- the builder ---------------------------------------------------------------------------


@dataclass
class _Group:
    key: str
    date: str
    kind: str
    tags: list[tuple[TaggedItem, Tag]] = field(default_factory=list)
    denials: list[_Group] = field(default_factory=list)  # denial groups it answers
    inferred: tuple[str, ...] = ()  # a denial naming no denier: who denies, by inference


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


class _Builder:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.names = {p.id: p.name for p in profile.parties}
        self.roles = {p.id: p.role for p in profile.parties}
        self.plural = {p.id for p in profile.parties if p.plural}
        self.venues = frozenset(p.name for p in profile.places if p.venue)
        self.regions = frozenset(p.name for p in profile.places if p.region)
        self.camps = {p.id: p.camp for p in profile.parties}
        self.in_force = frozenset(r.full_id for r in profile.rules if r.in_force)
        self.voice = {
            side: party
            for side, party in profile.sides.items()
            if self.roles.get(party) == "belligerent"
        }

    def run(self, days: Iterable[tuple[str, list[tuple[TaggedItem, Tag]]]]) -> Iterator[AutoEntry]:
        previous: tuple[str, dict[str, _Group]] | None = None
        for day, pairs in days:
            groups = self._group(day, pairs)
            self._fold_claims(groups)
            self._link_denials(groups, groups)  # same day first
            if previous is not None:
                prev_day, prev_groups = previous
                if _next_day(prev_day) == day:
                    self._fold_truce(prev_groups, groups)
                    self._link_denials(prev_groups, groups)  # then the day before
                self._merge_denials(prev_groups, groups)
                yield from self._finish(prev_groups)
            previous = (day, groups)
        if previous is not None:
            self._merge_denials(previous[1])
            yield from self._finish(previous[1])

    # ---- grouping ----------------------------------------------------------------------

    def _group(self, day: str, pairs: list[tuple[TaggedItem, Tag]]) -> dict[str, _Group]:
        groups: dict[str, _Group] = {}
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
                group = groups[key] = _Group(key, day, tag.kind)
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
        return _replace_tag(
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
        elif tag.kind in _PLACE_KINDS:
            sig = tag.places[0] if tag.places else "-"
        else:
            sig = "-"
        return f"{day}|{tag.kind}|{sig}"

    def _fold_claims(self, groups: dict[str, _Group]) -> None:
        """Claims of one day that name less of the same event join the claim that names
        more: "A says truce broken" joins "A accuses B ..." (the same accuser); "B
        accused of ..." joins "A accuses B ..." (the same accused); "truce violations
        alleged in X" joins a claim about X, or else an attributed claim of the same
        report. Among several targets: one about a place the claim names, then the one
        with most reports. Mutual accusations join only a claim of their own report."""
        claims = [g for g in groups.values() if g.kind == "violation_claim" and g.tags]

        def roles(g: _Group) -> tuple[str | None, str | None]:
            return g.tags[0][1].accuser, g.tags[0][1].accused

        def places(g: _Group) -> set[str]:
            return {p for _, t in g.tags for p in t.places if p not in self.venues}

        for step in ("accuser", "accused"):
            for g in claims:
                if g.key not in groups:
                    continue
                accuser, accused = roles(g)
                if step == "accuser" and not (accuser and not accused):
                    continue
                if step == "accused" and not (accused and not accuser):
                    continue
                mine = places(g)
                best, target = None, None
                for other in claims:
                    o_accuser, o_accused = roles(other)
                    if other is g or other.key not in groups or not (o_accuser and o_accused):
                        continue
                    if (o_accuser if step == "accuser" else o_accused) != (
                        accuser if step == "accuser" else accused
                    ):
                        continue
                    score = (bool(mine & places(other)), len(other.tags))
                    if best is None or score > best:
                        best, target = score, other
                if target is not None:
                    target.tags.extend(g.tags)
                    target.denials.extend(g.denials)
                    del groups[g.key]
        # "truce violations alleged in X": each report's unattributed claim about a place
        for g in claims:
            if g.key not in groups or any(roles(g)):
                continue
            keep = []
            for item, tag in g.tags:
                mine = {p for p in tag.places if p not in self.venues}
                best, target = None, None
                if mine and not _MUTUAL.search(tag.evidence):
                    for other in claims:
                        if other is g or other.key not in groups or not any(roles(other)):
                            continue
                        if not mine & places(other):
                            continue
                        score = (all(roles(other)), len(other.tags))
                        if best is None or score > best:
                            best, target = score, other
                if target is None:
                    # the report's own attributed claim restates it ("each side accused
                    # the other", after the two sides' claims)
                    for other in claims:
                        if other is g or other.key not in groups or not all(roles(other)):
                            continue
                        if any(i.item_id == item.item_id for i, _ in other.tags):
                            score = (False, len(other.tags))
                            if best is None or score > best:
                                best, target = score, other
                if target is None:
                    keep.append((item, tag))
                else:
                    target.tags.append((item, tag))
            g.tags[:] = keep
            if not keep:
                for target in (o for o in claims if o.key in groups and o is not g):
                    target.denials.extend(g.denials)
                    break
                del groups[g.key]

    def _fold_truce(self, prev: dict[str, _Group], groups: dict[str, _Group]) -> None:
        """A truce announced one day and in force the next is one event, of the day it
        takes effect: the day before's truce entry joins the next day's when that day's
        reports say the truce is in force (a rule marked `in_force`, "took effect") and
        the day before's do not, and both name the same warring parties (or the earlier
        names none). The choice rests on the two days' own reports, so truces reported
        day after day never pile up into the last one (nor in memory), and a rebuild of
        a few days decides as a full one does."""
        target = next(
            (g for g in groups.values() if g.kind == "truce_agreed" and self._in_force(g)), None
        )
        if target is None:
            return
        for key in [k for k, g in prev.items() if g.kind == "truce_agreed"]:
            before = prev[key]
            if self._in_force(before):
                continue  # in force on its own day: an event of that day
            sides_before = self._belligerents(before)
            sides_after = self._belligerents(target)
            if sides_before and sides_after and not sides_before & sides_after:
                continue
            target.tags[:0] = before.tags
            del prev[key]

    def _in_force(self, group: _Group) -> bool:
        return any(tag.rule in self.in_force for _, tag in group.tags)

    def _belligerents(self, group: _Group) -> set[str]:
        return {
            p for _, tag in group.tags for p in tag.parties if self.roles.get(p) == "belligerent"
        }

    def _link_denials(self, claim_groups: dict[str, _Group], denial_groups: dict[str, _Group]):
        """Move each denial into the claim it answers (same day, or the day before).

        A denial answers, best first: a claim about a place it names; a violation claim
        against the denier's side (its accused is the denier or, between warring
        parties, of its camp) by anyone not of that side; a capture claimed of a place
        it names; a claim carried by the same report (a violation claim, a capture, an
        attack). A party never denies its own side's claim. Among equals: the claim in
        the same report, then the one with most reports."""
        for dkey in list(denial_groups):
            dgroup = denial_groups[dkey]
            if dgroup.kind != "denial" or not dgroup.tags:
                continue
            target = self._answered(dgroup, claim_groups)
            if target is None:
                continue
            if dgroup.tags[0][1].denier is None and target.kind == "violation_claim":
                # "each side denied the other's account": the accused denies
                accused = target.tags[0][1].accused
                dgroup.inferred = (accused,) if accused else ()
            self._infer_mutual(dgroup)
            target.denials.append(dgroup)
            del denial_groups[dkey]

    def _answered(self, dgroup: _Group, claim_groups: dict[str, _Group]) -> _Group | None:
        denier = dgroup.tags[0][1].denier
        d_items = {item.item_id for item, _ in dgroup.tags}
        d_places = {
            p
            for _, tag in dgroup.tags
            for p in tag.places
            if p not in self.regions and p not in self.venues
        }
        best: tuple | None = None
        target = None
        own = {(item.item_id, tag.evidence) for item, tag in dgroup.tags}
        for g in claim_groups.values():
            if g.kind not in ("violation_claim", "territorial_change", "attack") or not g.tags:
                continue
            if all((item.item_id, tag.evidence) in own for item, tag in g.tags):
                continue  # read from the denial itself ("denied shelling X"): no claim
            shares_item = any(
                item.item_id in d_items and (item.item_id, tag.evidence) not in own
                for item, tag in g.tags
            )
            shares_place = bool(d_places) and any(
                p in d_places for _, tag in g.tags for p in tag.places
            )
            tier = 0
            if g.kind == "violation_claim":
                first = g.tags[0][1]
                if denier and first.accuser and self._same_side(denier, first.accuser):
                    continue  # no one denies their own side's claim
                if denier and first.accused and self._same_side(denier, first.accused):
                    tier = 3
                elif (shares_item or shares_place) and not (
                    denier and first.accused and first.accuser
                ):
                    tier = 2  # a claim naming no one else, in the same report or place
            elif g.kind == "territorial_change":
                if shares_place or (shares_item and not d_places):
                    tier = 2
            elif shares_place or (shares_item and not d_places):
                tier = 1
            if not tier:
                continue
            score = (shares_place, tier, shares_item, len(g.tags))
            if best is None or score > best:
                best, target = score, g
        return target

    def _infer_mutual(self, g: _Group) -> None:
        """ "Each side denied the other's account": the warring parties its report names."""
        if g.tags[0][1].denier is not None or g.inferred:
            return
        item, tag = g.tags[0]
        if _MUTUAL.search(tag.evidence):
            sides = unique_in_order(
                p for t in item.tags for p in t.parties if self.roles.get(p) == "belligerent"
            )
            if len({self.camps.get(p) or p for p in sides}) >= 2:  # both sides named
                g.inferred = tuple(sides)

    def _same_side(self, a: str, b: str) -> bool:
        """The same party, or two warring parties of one camp (Armenia, Karabakh)."""
        if a == b:
            return True
        camp = self.camps.get(a)
        return bool(
            camp
            and camp == self.camps.get(b)
            and self.roles.get(a) == "belligerent"
            and self.roles.get(b) == "belligerent"
        )

    def _merge_denials(self, groups: dict[str, _Group], *others: dict[str, _Group]) -> None:
        """Denials left on their own that one report carries are one entry ("Turkey,
        Azerbaijan deny claims"): they join the claim that another denial of that report
        answers, or else the group with most reports takes the others."""
        attached: dict[str, _Group] = {}
        for source in (groups, *others):
            for g in source.values():
                for dg in g.denials:
                    if g.kind != "denial":
                        for item, _ in dg.tags:
                            attached.setdefault(item.item_id, g)
        for key in [k for k, g in groups.items() if g.kind == "denial"]:
            g = groups[key]
            target = next((attached[i.item_id] for i, _ in g.tags if i.item_id in attached), None)
            if target is not None:
                target.denials.append(g)
                del groups[key]
        alone = [g for g in groups.values() if g.kind == "denial"]
        for g in alone:
            self._infer_mutual(g)
        alone.sort(key=lambda g: -len(g.tags))  # stable: ties keep their order
        for i, big in enumerate(alone):
            if big.key not in groups:
                continue
            items = {item.item_id for item, _ in big.tags}
            for small in alone[i + 1 :]:
                if small.key not in groups or small.denials:
                    continue
                if any(item.item_id in items for item, _ in small.tags):
                    big.denials.append(small)
                    del groups[small.key]

    # ---- entries -------------------------------------------------------------------------

    def _finish(self, groups: dict[str, _Group]) -> Iterator[AutoEntry]:
        claim_keys: dict[tuple[str | None, str | None], str] = {}
        for g in groups.values():
            if g.kind == "violation_claim":
                t = g.tags[0][1]
                claim_keys[(t.accuser, t.accused)] = g.key
        for key in sorted(groups):
            yield self._entry(groups[key], claim_keys)

    def _entry(self, group: _Group, claim_keys) -> AutoEntry:
        denial_groups = group.denials
        all_pairs = list(group.tags)
        for dg in denial_groups:
            all_pairs.extend(dg.tags)
        sources = _sources([item for item, _ in all_pairs])
        reps = {s.item_id for s in sources if s.duplicate_of is None}
        tags = [tag for _, tag in group.tags]
        denier_lists = [tuple(self._deniers(dg)) for dg in denial_groups]
        parties = _ranked([*(t.parties for t in tags), *denier_lists])
        places = _ranked(t.places for t in tags)
        sig = group.key.split("|", 2)[2]
        if group.kind in _PLACE_KINDS and sig in places:
            # the place the entry is keyed by is the place it is about
            places = (sig, *(p for p in places if p != sig))
        claims: tuple[Claim, ...] = ()
        counter: tuple[str, ...] = ()
        if group.kind == "violation_claim":
            first = tags[0]
            claims = (Claim(first.accuser, first.accused, _ids(i for i, _ in group.tags)),)
            other = claim_keys.get((first.accused, first.accuser))
            counter = (other,) if other and first.accuser else ()
        answers = None if group.kind == "denial" else group.key
        own = [group] if group.kind == "denial" else []
        denials = tuple(
            Denial(
                denier=denier, date=dg.date, item_ids=_ids(i for i, _ in dg.tags), answers=answers
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

    def _deniers(self, dgroup: _Group) -> list[str]:
        named = [t.denier for _, t in dgroup.tags if t.denier]
        return unique_in_order([*named, *dgroup.inferred])

    # ---- titles --------------------------------------------------------------------------

    def _name(self, party: str | None) -> str:
        return self.names.get(party, party) if party else "unknown"

    def _verb(self, party: str | None, singular: str, plural: str) -> str:
        """ "Armenia accuses", "Nagorno-Karabakh authorities accuse"."""
        return f"{self._name(party)} {plural if party in self.plural else singular}"

    def _denied(self, denial_groups: list[_Group]) -> str:
        """ "; Armenia denies" after a claim's title ("; denied": no denier named)."""
        if not denial_groups:
            return ""
        deniers = unique_in_order(d for dg in denial_groups for d in self._deniers(dg))
        if not deniers:
            return "; denied"
        return "; " + self._names_verb(deniers, "denies", "deny")

    def _names_verb(self, parties: list[str], singular: str, plural: str) -> str:
        if len(parties) == 1:
            return self._verb(parties[0], singular, plural)
        return ", ".join(self._name(p) for p in parties) + f" {plural}"

    def _title(self, group, tags, parties, places, denial_groups, casualties) -> str:
        kind = group.kind
        text = " ".join(t.evidence for t in tags).lower()
        where = f" in {places[0]}" if places else ""
        if kind == "truce_agreed":
            evidence = [t.evidence for t in tags]
            humane = sum(1 for e in evidence if _HUMANITARIAN_TRUCE.search(e))
            what = "Humanitarian truce" if humane * 2 >= len(evidence) else "Ceasefire"
            sides = [self._name(p) for p in parties if self.roles.get(p) == "belligerent"]
            mediators = [self._name(p) for p in parties if self.roles.get(p) == "mediator"]
            # the venue: a place of talks that a third of the reports name
            reports: Counter[str] = Counter()
            for _item_id, venues in _per_item(group.tags, self.venues).items():
                reports.update(venues)
            n_items = len({item.item_id for item, _ in group.tags})
            venue = next((v for v, n in reports.most_common() if n * 3 >= n_items), None)
            title = f"{what} agreed" + (f" in {venue}" if venue else "")
            inside = ", ".join(sides)
            if mediators:
                inside += ("; " if inside else "") + ", ".join(mediators) + " mediating"
            return title + (f" ({inside})" if inside else "")
        if kind == "violation_claim":
            first = tags[0]
            act = _act_word(text)
            sites = [p for p in places if p not in self.venues][:3]
            target = ""
            if sites:
                target = f"{_ACT_PREPOSITION.get(act, ' in ')}{', '.join(sites)}"
            where = f" in {', '.join(sites[:1])}" if sites else ""
            if first.accuser and first.accused:
                title = (
                    f"{self._verb(first.accuser, 'accuses', 'accuse')} "
                    f"{self._name(first.accused)} of {act}{target} despite truce"
                )
            elif first.accuser:
                title = f"{self._verb(first.accuser, 'says', 'say')} truce broken{where}"
            elif first.accused:
                title = f"{self._name(first.accused)} accused of {act}{target} despite truce"
            else:
                mutual = bool(_MUTUAL.search(text)) or "the other" in text
                title = f"Truce violations alleged{where}" + (
                    " (mutual accusations)" if mutual else ""
                )
            return title + self._denied(denial_groups)
        if kind == "denial":
            sites = [p for p in places if p not in self.venues and p not in self.regions]
            where = f" about {sites[0]}" if sites else ""
            deniers = unique_in_order(
                d for dg in [group, *denial_groups] for d in self._deniers(dg)
            )
            if not deniers:
                return f"Claims denied{where}"
            return f"{self._names_verb(deniers, 'denies', 'deny')} claims{where}"
        if kind == "diplomatic_call":
            rules = Counter(t.rule.split("/")[-1] for t in tags)
            label = {"phone-call": "Phone call", "talks": "Talks", "appeal": "Appeal"}.get(
                rules.most_common(1)[0][0], "Diplomacy"
            )
            names = ", ".join(self._name(p) for p in parties[:4])
            return f"{label}: {names}{where}" if names else f"{label}{where}"
        if kind == "attack":
            act = _act_word(text)
            word = "An offensive" if act == "an offensive" else act.capitalize()
            return f"{word} reported{where}" + self._denied(denial_groups)
        if kind == "casualties":
            killed = max((c.count for c in casualties if c.what == "killed"), default=0)
            wounded = max((c.count for c in casualties if c.what == "wounded"), default=0)
            parts = [f"{killed} killed" if killed else "", f"{wounded} wounded" if wounded else ""]
            figures = ", ".join(p for p in parts if p) or "casualties"
            return f"Casualties reported{where}: {figures}"
        if kind == "humanitarian":
            return f"Civilian harm and humanitarian situation{where}"
        if kind == "exchange":
            if "prisoner" in text or "captive" in text or "pow" in text:
                return "Prisoner exchange" + (" and bodies handed over" if "bod" in text else "")
            return "Bodies of the dead handed over" if "bod" in text else "Exchange arranged"
        if kind == "territorial_change":
            towns = [p for p in places if p not in self.regions]
            title = f"Capture of {towns[0]} claimed" if towns else "Territory claimed captured"
            return title + self._denied(denial_groups)
        if kind == "peacekeeping":
            return f"Peacekeepers{where}"
        return f"{kind}{where}"


_MUTUAL = re.compile(r"\b(?:each|both|mutual(?:ly)?)\b", re.IGNORECASE)
_PLACE_KINDS = ("attack", "humanitarian", "casualties", "territorial_change")
_HUMANITARIAN_TRUCE = re.compile(r"humanitarian\s+(?:cease-?fire|truce|pause)", re.IGNORECASE)
_ACT_PREPOSITION = {"shelling": " ", "rocket fire": " on ", "drone strikes": " on "}


def _per_item(pairs, venues: frozenset[str]) -> dict[str, list[str]]:
    """The venues each report names, in the order it names them."""
    out: dict[str, list[str]] = {}
    for item, tag in pairs:
        named = out.setdefault(item.item_id, [])
        named.extend(p for p in tag.places if p in venues and p not in named)
    return out


def _ranked(lists: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Values by how many of the lists name them, ties in order of first mention (the
    lists in order, each in its own order): the same result whatever the hash seed."""
    counts: dict[str, int] = {}
    for values in lists:
        for value in unique_in_order(values):
            counts[value] = counts.get(value, 0) + 1
    first = {value: i for i, value in enumerate(counts)}
    return tuple(sorted(counts, key=lambda v: (-counts[v], first[v])))


def _replace_tag(tag: Tag, **changes: Any) -> Tag:
    values = {name: getattr(tag, name) for name in Tag.__slots__}
    values.update(changes)
    return Tag(**values)


def _act_word(text: str) -> str:
    if "shell" in text or "artillery" in text:
        return "shelling"
    if "missile" in text or "rocket" in text:
        return "rocket fire"
    if "drone" in text:
        return "drone strikes"
    if "offensive" in text:
        return "an offensive"
    return "attacks"


def _sources(items: list[TaggedItem]) -> tuple[Source, ...]:
    """Each item once; copies (same link or near-identical text) marked as duplicates."""
    unique: dict[str, TaggedItem] = {}
    for item in items:
        unique.setdefault(item.item_id, item)
    # The earliest report is the original; a tie (a wire story carried at the same minute)
    # goes by side and outlet, never by item id, which depends on where a feed file lives.
    ordered = sorted(
        unique.values(),
        key=lambda i: (i.published or "9999", i.side or "", i.outlet or "", i.item_id),
    )
    reps: list[tuple[TaggedItem, frozenset[int], frozenset[int], str | None]] = []
    out: list[Source] = []
    for item in ordered:
        link = _normal_link(item.link)
        shingles, sketch = _item_shingles(item.item_id, item.title, item.text)
        duplicate_of = None
        for rep, rep_shingles, rep_sketch, rep_link in reps[:200]:
            if (link and link == rep_link) or (
                len(sketch & rep_sketch) >= 2 and near_duplicate(shingles, rep_shingles)
            ):
                duplicate_of = rep.item_id
                break
        if duplicate_of is None:
            reps.append((item, shingles, sketch, link))
        out.append(Source(item.item_id, item.outlet, item.side, item.link, duplicate_of))
    return tuple(out)


def _ids(items: Iterable[TaggedItem]) -> tuple[str, ...]:
    return tuple(unique_in_order(i.item_id for i in items))


def _next_day(day: str) -> str:
    return (Date.fromisoformat(day) + timedelta(days=1)).isoformat()


def entry_digest(entry: AutoEntry) -> str:
    """A short hash of what an entry shows (lets the store skip unchanged rewrites)."""
    payload = repr((entry.title, entry.parties, entry.places, entry.item_ids, entry.denials))
    return hashlib.sha1(payload.encode()).hexdigest()[:16]
