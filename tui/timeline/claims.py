"""Claims and denials: folding claims, truces in force, which claim a denial answers.

The one place an entry's claims are worked out; the builder stores them in the entry's
details, which the widgets and exports read. Entries the builder did not make (made or
merged by hand) get the same details from their sources' tags (`details_from_tags`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from tui.records import Tag, TaggedItem
from tui.timeline.groups import MUTUAL, BuilderState, Group, replace_tag, unique_in_order
from tui.timeline.wording import denied_topic, running_toll, truce_runs_until

_TRUCE_FACETS = ("diplomatic_call", "exchange", "peacekeeping")
_TOLL_FACETS = ("casualties", "humanitarian")


def _facet(group: Group, tag: Tag) -> bool:
    """A tag a truce report's truce takes in from the day before or after: its talks,
    calls, exchange or peacekeepers, the fighting the truce ends when it is at no place
    and kills no one ("agree a truce as fighting enters its fifth day"), and the war's
    running toll and the harm told with it ("after five days of clashes that have killed
    more than 30 and driven 200,000 from their homes")."""
    if group.kind in _TRUCE_FACETS:
        return True
    if group.kind in _TOLL_FACETS:
        # the harm told in the same breath as the toll ("has killed 35 and driven
        # 260,000 from their homes") is the war's so far too
        return running_toll(replace_tag(tag, kind="casualties"))
    return (
        group.kind == "attack"
        and not tag.places
        and not any(c.what == "killed" for c in tag.casualties)
    )


def _runs_until(pairs: list[tuple[TaggedItem, Tag]]) -> set[tuple[int, int]]:
    """The days the truce tags of `pairs` say the truce runs until."""
    truces = (tag for _, tag in pairs if tag.kind == "truce_agreed")
    return {day for tag in truces for day in truce_runs_until(tag.evidence)}


def _same_terms(terms: set[tuple[int, int]], pairs: list[tuple[TaggedItem, Tag]]) -> bool:
    """Whether every report of `pairs` tells a truce running until a day of `terms`."""
    if not terms:
        return False
    reports: dict[str, bool] = {}
    for item, tag in pairs:
        named = tag.kind == "truce_agreed" and bool(truce_runs_until(tag.evidence) & terms)
        reports[item.item_id] = reports.get(item.item_id, False) or named
    return all(reports.values())


def without(pairs: list[Any], moved: list[Any]) -> list[Any]:
    """The pairs left once `moved` (some of the same objects) have gone elsewhere."""
    gone = {id(p) for p in moved}
    return [p for p in pairs if id(p) not in gone]


class Answer(NamedTuple):
    """How well a claim answers a denial (`ClaimsMixin._answered`), compared in this order."""

    shares_place: bool
    tier: int  # 3 a charge against the denier's side, 2 a claim naming no one else, 1 an act
    shares_item: bool
    reports: int


def not_weak_answer(answer: Answer) -> bool:
    """A denial's answer worth taking at once: a place they share, or a claim (not an act
    only its report tells, which a charge the day before may answer better)."""
    return answer.shares_place or answer.tier >= 2


def charge_against_denier(answer: Answer) -> bool:
    """A claim of breach against the denier's side that the denial's own report tells:
    its answer, even when the report dates the charge the day before."""
    return answer.tier >= 3 and answer.shares_item


class ClaimsMixin(BuilderState):
    """The builder's claim steps (see `builder._Builder`)."""

    def _fold_claims(self, groups: dict[str, Group]) -> None:
        """Claims of one day that name less of the same event join the claim that names
        more: "A says truce broken" joins "A accuses B ..." (the same accuser); "B
        accused of ..." joins "A accuses B ..." (the same accused); "truce violations
        alleged in X" joins a claim about X, or else an attributed claim of the same
        report. Among several targets: one about a place the claim names, then the one
        with most reports. Mutual accusations join only a claim of their own report."""
        claims = [g for g in groups.values() if g.kind == "violation_claim" and g.tags]

        def roles(g: Group) -> tuple[str | None, str | None]:
            return g.tags[0][1].accuser, g.tags[0][1].accused

        def places(g: Group) -> set[str]:
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
                if mine and not MUTUAL.search(tag.evidence):
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

    def _fold_truce(
        self, prev: dict[str, Group], groups: dict[str, Group], carried: bool = False
    ) -> None:
        """A truce announced one day and in force the next is one event, of the day it
        takes effect: the day before's truce entry joins the next day's when that day's
        reports say the truce is in force (a rule marked `in_force`, "took effect") and
        the day before's do not, and both name the same warring parties (or the earlier
        names none). Said in force on both days, it is one truce of the first day. The
        choice rests on the two days' own reports, so truces reported day after day
        never pile up into the last one (nor in memory), and a rebuild of a few days
        decides as a full one does. `carried`: the day before was said in force as the
        day before it was too; then, as with talks (`sessions`), a third day in force
        stays a truce of its own, whatever day a rebuild starts reading from."""
        target = next(
            (g for g in groups.values() if g.kind == "truce_agreed" and self._in_force(g)), None
        )
        if target is None:
            self._retold_truce(prev, groups)
            self._truce_signed_the_day_before(prev, groups)
            self._truce_asides(prev, groups)
            return
        for key in [k for k, g in prev.items() if g.kind == "truce_agreed"]:
            before = prev[key]
            sides_before = self._belligerents(before)
            sides_after = self._belligerents(target)
            if sides_before and sides_after and not sides_before & sides_after:
                continue
            if self._in_force(before):
                if carried:
                    continue
                # in force on its own day, and said in force again the next ("took effect
                # at midnight on Monday", "took effect early on Tuesday"): one truce, of
                # the first day
                before.tags.extend(target.tags)
                before.denials.extend(target.denials)
                del groups[target.key]
                break
            target.tags[:0] = before.tags
            del prev[key]
        self._retold_truce(prev, groups)
        self._truce_asides(prev, groups)

    def _retold_truce(self, prev: dict[str, Group], groups: dict[str, Group]) -> None:
        """Reports of one day that date its truce the next ("from midnight", read as
        the next day) while other reports have it on that day, between the same warring
        parties, tell the same truce: unless the day's announcement already joined the
        day it takes effect (above), they join that day's truce. Only tags of reports
        published by the earlier day move, so truces told day after day stay each on
        its day."""
        earlier = next((g for g in prev.values() if g.kind == "truce_agreed"), None)
        if earlier is None:
            return
        day = earlier.date
        for key in [k for k, g in groups.items() if g.kind == "truce_agreed"]:
            later = groups[key]
            sides_before, sides_after = self._belligerents(earlier), self._belligerents(later)
            if sides_before and sides_after and not sides_before & sides_after:
                continue
            # a report that also dates this truce the day before ("from 8 p.m. on
            # 14 September" under a dateline of the 15th) tells that truce
            dated_before = {item.item_id for item, _ in earlier.tags}
            moved = [
                p
                for p in later.tags
                if (p[0].published and p[0].published[:10] <= day) or p[0].item_id in dated_before
            ]
            if not moved:
                continue
            earlier.tags.extend(moved)
            later.tags[:] = [p for p in later.tags if p not in moved]
            if not later.tags:
                earlier.denials.extend(later.denials)
                del groups[key]

    def _truce_signed_the_day_before(
        self, prev: dict[str, Group], groups: dict[str, Group]
    ) -> None:
        """A truce the next day's reports tell with no day of their own, signed at the same
        venue or brokered by the same mediator as the day before's ("sign a cessation of
        hostilities in Pretoria", filed the morning after), is that truce retold, not a
        second one. So is a truce of the next day, dated or not, whose every report says
        it runs until the same day as the day before's ("extended until 18 February",
        then "Lebanon agreed on Monday to extend it until February 18"). Other reports
        that date it, or say it took effect, keep their day; truces told day after day
        with nothing to tie them stay each on its day."""
        earlier = next((g for g in prev.values() if g.kind == "truce_agreed"), None)
        if earlier is None:
            return
        ties = self._truce_ties(earlier)
        terms = _runs_until(earlier.tags)
        for key in [k for k, g in groups.items() if g.kind == "truce_agreed"]:
            later = groups[key]
            retold = all(tag.date_basis == "published" for _, tag in later.tags) and bool(
                ties & self._truce_ties(later)
            )
            if not retold and not _same_terms(terms, later.tags):
                continue
            if not self._belligerents(earlier) & self._belligerents(later):
                continue  # a truce between other sides (another war's, told the same day)
            earlier.tags.extend(later.tags)
            earlier.denials.extend(later.denials)
            del groups[key]

    def _truce_ties(self, group: Group) -> set[str]:
        """What names a truce apart from its warring parties: its venue, its mediators."""
        return {tie for _, tag in group.tags for tie in self._tag_truce_ties(tag)}

    def _tag_sides(self, tag: Tag) -> set[str]:
        """The warring parties a tag names."""
        return {p for p in tag.parties if p in self.belligerents}

    def _tag_truce_ties(self, tag: Tag) -> set[str]:
        """One tag's venue and mediators (see `_truce_ties`); a region names no venue."""
        places = {f"place:{p}" for p in tag.places if p not in self.regions}
        return places | {f"party:{p}" for p in tag.parties if self.roles.get(p) == "mediator"}

    def _truce_asides(self, prev: dict[str, Group], groups: dict[str, Group]) -> None:
        """A truce report's talks, calls, exchange or peacekeepers dated the day before
        or after its truce, and the fighting it ends (`_facet`), are the truce's facets
        (one report, one event): they join the truce, whichever of the two days it is on."""
        for here, there in ((prev, groups), (groups, prev)):
            truce = next((g for g in here.values() if g.kind == "truce_agreed"), None)
            if truce is None:
                continue
            mine = {item.item_id for item, _ in truce.tags}
            told = {  # reports with a truce tag of their own on the other day
                item.item_id
                for g in there.values()
                if g.kind == "truce_agreed"
                for item, _ in g.tags
            }
            # a report that tells a strike at a place that day gives that strike's toll
            struck = {
                item.item_id
                for g in there.values()
                if g.kind == "attack"
                for item, tag in g.tags
                if tag.places
            }
            for key in sorted(there):
                g = there[key]
                moved = [
                    p
                    for p in g.tags
                    if p[0].item_id in mine - told
                    and _facet(g, p[1])
                    and not (g.kind in _TOLL_FACETS and p[0].item_id in struck)
                ]
                if not moved:
                    continue
                truce.tags.extend(moved)
                g.tags[:] = without(g.tags, moved)
                if not g.tags:
                    truce.denials.extend(g.denials)
                    del there[key]

    def _in_force(self, group: Group) -> bool:
        return any(tag.rule in self.in_force for _, tag in group.tags)

    def truce_in_force(self, groups: dict[str, Group]) -> bool:
        """Whether a day's groups, as grouped, say a truce is in force."""
        return any(g.kind == "truce_agreed" and self._in_force(g) for g in groups.values())

    def _belligerents(self, group: Group) -> set[str]:
        return {p for _, tag in group.tags for p in self._tag_sides(tag)}

    def _link_denials(
        self,
        claim_groups: dict[str, Group],
        denial_groups: dict[str, Group],
        accept: Callable[[Answer], bool] | None = None,
    ) -> None:
        """Move each denial into the claim it answers (same day, or the day before).

        A denial answers, best first: a claim about a place it names; a violation claim
        against the denier's side (its accused is the denier or, between warring
        parties, of its camp) by anyone not of that side; a capture claimed of a place
        it names; a claim carried by the same report (a violation claim, a capture, an
        attack). A party never denies its own side's claim. Among equals: the claim in
        the same report, then the one with most reports. `accept` may refuse the best
        answer by its score (`_answered`), leaving the denial for a later pass."""
        for dkey in list(denial_groups):
            dgroup = denial_groups[dkey]
            if dgroup.kind != "denial" or not dgroup.tags:
                continue
            found = self._answered(dgroup, claim_groups)
            if found is None or (accept is not None and not accept(found[1])):
                continue
            target = found[0]
            if dgroup.tags[0][1].denier is None and target.kind == "violation_claim":
                # "each side denied the other's account": the accused denies
                accused = target.tags[0][1].accused
                dgroup.inferred = (accused,) if accused else ()
            self._infer_mutual(dgroup)
            target.denials.append(dgroup)
            del denial_groups[dkey]
            if dgroup.date != target.date:
                # its report's own attack tags are of the denial's day, built later
                self.denied_acts.update((item.item_id, tag.evidence) for item, tag in dgroup.tags)

    def _answered(
        self, dgroup: Group, claim_groups: dict[str, Group]
    ) -> tuple[Group, Answer] | None:
        """The claim group a denial answers best, with how well it answers (`Answer`)."""
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
        # a denial that names its subject (foreign fighters, a weapon, a downing) answers
        # only a claim about it, never the day's other charges against the same side
        topic = denied_topic(tag.evidence for _, tag in dgroup.tags)
        for g in claim_groups.values():
            if g.kind not in ("violation_claim", "territorial_change", "attack") or not g.tags:
                continue
            if all((item.item_id, tag.evidence) in own for item, tag in g.tags):
                continue  # read from the denial itself ("denied shelling X"): no claim
            if topic and denied_topic(tag.evidence for _, tag in g.tags) != topic:
                continue
            shares_item = any(
                item.item_id in d_items and (item.item_id, tag.evidence) not in own
                for item, tag in g.tags
            )
            shares_place = bool(d_places) and any(
                p in d_places for _, tag in g.tags for p in tag.places
            )
            if d_places and not shares_place and g.date != dgroup.date and self.names_town([g]):
                continue  # a day apart and about another place: another matter
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
            score = Answer(shares_place, tier, shares_item, len(g.tags))
            if best is None or score > best:
                best, target = score, g
        return None if target is None or best is None else (target, best)

    def _infer_mutual(self, g: Group) -> None:
        """ "Each side denied the other's account": the warring parties its report names."""
        if g.tags[0][1].denier is not None or g.inferred:
            return
        item, tag = g.tags[0]
        if MUTUAL.search(tag.evidence):
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

    def _repeated_denials(self, prev: dict[str, Group], groups: dict[str, Group]) -> None:
        """A denial answering nothing of its own day, by parties who denied the day
        before's event too ("Turkey again denied sending jets"), is that event's: it
        joins the one group of the day before whose denials those parties made (or
        their denial of that day, when it answered no claim either); so is one whose
        reports all denied that one event the day before."""
        for key in [k for k, g in groups.items() if g.kind == "denial" and g.tags]:
            g = groups[key]
            deniers = {t.denier for _, t in g.tags if t.denier}
            if not deniers:
                continue
            # never another subject: a denial of foreign fighters is no second denial of
            # the day before's truce breaches, whoever makes both
            topic = denied_topic(t.evidence for _, t in g.tags)
            homes = [
                h
                for h in prev.values()
                if deniers
                <= {t.denier for dg in [h, *h.denials] if dg.kind == "denial" for _, t in dg.tags}
                and topic == _topic_of(h)
            ]
            if len(homes) != 1:
                # the same reports denied the day before's event: one story told over two
                # days ("Ankara denied it on Tuesday; Baku did too on Wednesday")
                mine = {item.item_id for item, _ in g.tags}
                homes = [
                    h
                    for h in prev.values()
                    if mine
                    <= {
                        i.item_id
                        for dg in [h, *h.denials]
                        if dg.kind == "denial"
                        for i, _ in dg.tags
                    }
                ]
            if len(homes) == 1:
                homes[0].denials.append(g)
                # an act read from the denial's sentence is the act denied, not news
                self.denied_acts.update((item.item_id, t.evidence) for item, t in g.tags)
                del groups[key]

    def _merge_denials(self, groups: dict[str, Group], *others: dict[str, Group]) -> None:
        """Denials left on their own that one report carries are one entry ("Turkey,
        Azerbaijan deny claims"): they join the claim that another denial of that report
        answers, or else the group with most reports takes the others."""
        attached: dict[str, Group] = {}
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


def _topic_of(group: Group) -> str | None:
    """What a group's denials deny (`denied_topic`), read from all their sentences."""
    texts = [
        t.evidence for dg in [group, *group.denials] if dg.kind == "denial" for _, t in dg.tags
    ]
    return denied_topic(texts)


# ---- details: what the stores, widgets and exports read ------------------------------------


def fold_figures(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Casualty figures without the ones that repeat a fuller figure from the same reports.

    A report that says "16 servicemen were killed, the defence army said" gives the
    figure twice (with and without its claimant): the figure with fewer details (no
    claimant, or no group) is dropped when a figure with the same count and outcome says
    more and is given by every report that gives it. Figures are `details` rows
    (`count`, `what`, `group`, `claimed_by`, `approximate`, `item_ids`).
    """
    kept = []
    for figure in figures:
        fuller = any(
            other is not figure
            and other["count"] == figure["count"]
            and other["what"] == figure["what"]
            and other["approximate"] == figure["approximate"]
            and set(figure["item_ids"]) <= set(other["item_ids"])
            and _detail(other) > _detail(figure)
            and all(figure[key] in (None, other[key]) for key in ("group", "claimed_by"))
            for other in figures
        )
        if not fuller:
            kept.append(figure)
    return kept


def _detail(figure: dict[str, Any]) -> int:
    return (figure["group"] is not None) + (figure["claimed_by"] is not None)


def details_from_tags(day: str, sources: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The `details` of an entry the builder did not make (made by hand, merged, or
    given reports by hand), from its sources' stored tags: the same keys and rows as
    the builder's (`tui.store.entry_rows.entry_details`), so every reader tells them alike.

    Only tags of the entry's day count (or undated ones). A claim is an accuser and an
    accused, with its places and reports, in source order; one whose accuser is unknown
    joins an attributed claim against the same party that every report of it carries
    (the builder's folding, without the profile). A denial per denier; a figure per
    count, outcome, group and claimant, with the reports giving it (`fold_figures`).
    `sources` are rows with an `id`, a `duplicate_of` and `tags` (dicts of tag columns).
    """
    claims: dict[tuple[Any, ...], dict[str, Any]] = {}
    denials: dict[Any, dict[str, Any]] = {}
    figures: dict[tuple[Any, ...], dict[str, Any]] = {}
    representatives: list[str] = []
    evidence: list[str] = []
    for source in sources:
        item_id = source["id"]
        if not source.get("duplicate_of"):
            representatives.append(item_id)
        for tag in source.get("tags") or ():
            if tag.get("event_date") not in (None, "", day):
                continue
            kind = tag.get("kind")
            if kind == "denial":
                row = denials.setdefault(
                    tag.get("denier"),
                    {"denier": tag.get("denier"), "date": day, "item_ids": [], "answers": None},
                )
                _cite(row, item_id)
            elif kind == "violation_claim":
                key = (tag.get("accuser"), tag.get("accused"))
                if key[0] is None:  # one report's at first: it may restate an attributed one
                    key = (None, key[1], item_id)
                row = claims.setdefault(
                    key,
                    {
                        "accuser": key[0],
                        "accused": key[1],
                        "item_ids": [],
                        "places": [],
                        "kind": kind,
                    },
                )
                for place in tag.get("places") or ():
                    if isinstance(place, str) and place not in row["places"]:
                        row["places"].append(place)
                _cite(row, item_id)
            if kind in ("denial", "violation_claim") or tag.get("casualties"):
                text = tag.get("evidence")
                if text and not source.get("duplicate_of") and text not in evidence:
                    evidence.append(text)
            for figure in tag.get("casualties") or ():
                if not isinstance(figure, Mapping):
                    continue
                values = {
                    "count": figure.get("count"),
                    "what": figure.get("what"),
                    "group": figure.get("group"),
                    "claimed_by": figure.get("claimed_by"),
                    "approximate": bool(figure.get("approximate")),
                }
                row = figures.setdefault(tuple(values.values()), {**values, "item_ids": []})
                _cite(row, item_id)
    return {
        "claims": _fold_unattributed(list(claims.values())),
        "denials": list(denials.values()),
        "counter_claims": [],
        "casualties": fold_figures(list(figures.values())),
        "representatives": representatives,
        "evidence": evidence,
    }


def _cite(row: dict[str, Any], item_id: str) -> None:
    if item_id not in row["item_ids"]:
        row["item_ids"].append(item_id)


def _fold_unattributed(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A report's claim with an unknown accuser is dropped when the same report carries
    an attributed claim against the same party (one report read twice); the rest join
    into one claim per accused."""
    kept: list[dict[str, Any]] = []
    unattributed: dict[Any, dict[str, Any]] = {}
    for claim in claims:
        if claim["accuser"] is not None:
            kept.append(claim)
            continue
        if any(
            other["accuser"] is not None
            and other["accused"] == claim["accused"]
            and set(claim["item_ids"]) <= set(other["item_ids"])
            for other in claims
        ):
            continue
        found = unattributed.get(claim["accused"])
        if found is None:
            unattributed[claim["accused"]] = claim
            kept.append(claim)
            continue
        for place in claim["places"]:
            if place not in found["places"]:
                found["places"].append(place)
        for item_id in claim["item_ids"]:
            _cite(found, item_id)
    return kept
