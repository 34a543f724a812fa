"""Titles that read like a human timeline: "Azerbaijan accuses Armenia of shelling ..."."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from tui.records import Casualty, Tag, TaggedItem
from tui.timeline.groups import MUTUAL, BuilderState, Group, unique_in_order

_HUMANITARIAN_TRUCE = re.compile(r"humanitarian\s+(?:cease-?fire|truce|pause)", re.IGNORECASE)
_ACT_PREPOSITION = {"shelling": " ", "rocket fire": " on ", "drone strikes": " on "}


class TitlesMixin(BuilderState):
    """The builder's title step (see `builder._Builder`)."""

    def _name(self, party: str | None) -> str:
        return self.names.get(party, party) if party else "unknown"

    def _verb(self, party: str | None, singular: str, plural: str) -> str:
        """ "Armenia accuses", "Nagorno-Karabakh authorities accuse"."""
        return f"{self._name(party)} {plural if party in self.plural else singular}"

    def _denied(self, denial_groups: list[Group]) -> str:
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

    def _title(
        self,
        group: Group,
        tags: Sequence[Tag],
        parties: Sequence[str],
        places: Sequence[str],
        denial_groups: list[Group],
        casualties: Sequence[Casualty],
    ) -> str:
        """The entry's title, by kind."""
        kind = group.kind
        text = " ".join(t.evidence for t in tags).lower()
        where = f" in {places[0]}" if places else ""
        if kind == "truce_agreed":
            return self._truce_title(group, tags, parties)
        if kind == "violation_claim":
            return self._claim_title(tags, places, text, denial_groups)
        if kind == "denial":
            return self._denial_title(group, places, denial_groups)
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

    def _truce_title(self, group: Group, tags: Sequence[Tag], parties: Sequence[str]) -> str:
        """ "Humanitarian truce agreed in Moscow (Armenia, Azerbaijan; Russia mediating)"."""
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

    def _claim_title(
        self, tags: Sequence[Tag], places: Sequence[str], text: str, denial_groups: list[Group]
    ) -> str:
        """ "Azerbaijan accuses Armenia of shelling Tartar despite truce; Armenia denies"."""
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
            mutual = bool(MUTUAL.search(text)) or "the other" in text
            title = f"Truce violations alleged{where}" + (" (mutual accusations)" if mutual else "")
        return title + self._denied(denial_groups)

    def _denial_title(self, group: Group, places: Sequence[str], denial_groups: list[Group]) -> str:
        """ "Armenia denies claims about Ganja"."""
        sites = [p for p in places if p not in self.venues and p not in self.regions]
        where = f" about {sites[0]}" if sites else ""
        deniers = unique_in_order(d for dg in [group, *denial_groups] for d in self._deniers(dg))
        if not deniers:
            return f"Claims denied{where}"
        return f"{self._names_verb(deniers, 'denies', 'deny')} claims{where}"


def _per_item(
    pairs: Iterable[tuple[TaggedItem, Tag]], venues: frozenset[str]
) -> dict[str, list[str]]:
    """The venues each report names, in the order it names them."""
    out: dict[str, list[str]] = {}
    for item, tag in pairs:
        named = out.setdefault(item.item_id, [])
        named.extend(p for p in tag.places if p in venues and p not in named)
    return out


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
