"""Titles that read like a human timeline: "Azerbaijan accuses Armenia of shelling ..."."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from tui.records import Casualty, Claim, Denial, Tag, TaggedItem
from tui.timeline.folds import TALKS_AHEAD, planned, planned_meeting
from tui.timeline.groups import (
    MUTUAL,
    BuilderState,
    Group,
    from_headline,
    ranked,
    unique_in_order,
)
from tui.timeline.wording import (
    ANSWERED,
    CONCEDED,
    HANDED_OVER,
    appeal_ask,
    counter_charge_place,
    denied_topic,
    harm_words,
    mine_blast,
    planned_meeting_place,
    region_toll_pattern,
    running_toll,
    speaker_place,
    toll_by_mine,
    truce_runs_until,
    without_visits_abroad,
)

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
            dead = bool(_DEAD_BODIES.search(text))
            if _CAPTIVES.search(text):
                return "Prisoner exchange" + (" and bodies handed over" if dead else "")
            return "Bodies of the dead handed over" if dead else "Exchange arranged"
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
        """ "Azerbaijan accuses Armenia of shelling Tartar despite truce; Armenia denies":
        the claim that names most (accuser and accused, then either) speaks for the rest
        ("rivals trade blame" beside "Artsakh says Azerbaijan broke the truce")."""
        first = max(
            tags, key=lambda t: (bool(t.accuser and t.accused), bool(t.accuser), bool(t.accused))
        )
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
        deniers = {self.camps.get(d) or d for dg in denial_groups for d in self._deniers(dg) if d}
        accuser_camp = self.camps.get(first.accuser or "") or first.accuser
        if first.accuser and first.accused and deniers == {accuser_camp}:
            # the accuser denies breaking the truce and answers with its own charge: never
            # "A accuses B ...; A denies", which reads as A taking its charge back, and no
            # "B's charges" the entry's reports do not tell (B's claim would make a dispute)
            return f"{title}; {self._verb(first.accuser, 'denies', 'deny')} breaking it"
        return title + self._denied(denial_groups)

    def _denial_title(self, group: Group, places: Sequence[str], denial_groups: list[Group]) -> str:
        """ "Armenia denies claims about Ganja", "Cambodia denies landmine claims",
        "Azerbaijan denies shelling Stepanakert": the topic only when the denial names one
        that is never the denier's own counter-charge (a weapon, foreign fighters, a
        downing), since "shelling" may be either; else the act its sentences say the
        denier did not do."""
        own = unique_in_order(
            p
            for dg in [group, *denial_groups]
            for _, t in dg.tags
            for p in t.places
            if not counter_charge_place(t.evidence, p)
        )
        sites = [p for p in [*places, *own] if p not in self.venues and p not in self.regions]
        sentences = [t.evidence for dg in [group, *denial_groups] for _, t in dg.tags]
        topic = denied_topic(sentences)
        act = None if topic else _denied_act(sentences)
        if act:
            # what the denier says it did not do: "Azerbaijan denies shelling Stepanakert"
            what = f"{act} {sites[0]}" if sites else f"claims of {act}"
        deniers = unique_in_order(d for dg in [group, *denial_groups] for d in self._deniers(dg))
        if not act:
            what = f"{topic} claims" if topic else "claims"
            claimant = self._denied_claimant(deniers, [group, *denial_groups])
            if claimant:
                what += f" by {self._name(claimant)}"
            if sites:
                what += f" about {sites[0]}"
        if not deniers:
            if act:
                return (
                    f"{act.capitalize()} {sites[0]} denied" if sites else f"Claims of {act} denied"
                )
            return what[:1].upper() + what[1:] + " denied"
        return f"{self._names_verb(deniers, 'denies', 'deny')} {what}"

    def _denied_claimant(self, deniers: list[str], groups: list[Group]) -> str | None:
        """Whose claims a lone denial answers, when its sentences say so of one warring
        side outside the deniers' camp ("Yerevan rejects Baku's charge", "claims by the
        Azerbaijani side", "reports in the Armenian media"); never a side merely named."""
        camps = {self.camps.get(d) or d for d in deniers}
        sentences = [t.evidence for g in groups for _, t in g.tags]
        found = [
            p
            for p in sorted(self.belligerents)
            if (self.camps.get(p) or p) not in camps
            and self.party_names.get(p)
            and any(_claim_of(self.party_names[p]).search(s) for s in sentences)
        ]
        return found[0] if deniers and len(found) == 1 else None


_CLAIM_WORDS = (
    r"(?:claims?|charges?|accusations?|allegations?|reports?|announcement|statements?|"
    r"account|information|media)"
)


@lru_cache(maxsize=64)
def _claim_of(names: str) -> re.Pattern[str]:
    """A claim said to be a party's: "Baku's charge", "the Azerbaijani defence ministry's
    claim", "claims by Yerevan", "reports in the Armenian media"."""
    return re.compile(
        rf"\b(?:{names})(?:['\u2019]s)?\s+(?:[\w-]+\s+){{0,3}}?{_CLAIM_WORDS}\b"
        rf"|\b{_CLAIM_WORDS}\s+(?:made\s+)?(?:by|from|in)\s+(?:the\s+)?(?:{names})\b"
    )


# the act a denial names as what it did not do: "denied shelling", "rejected claims that
# its forces fired on", "did not attack"
_DENIED_ACT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing))\b"
    # never across the denier's own charge: "denies it and accuses Baku of shelling"
    r"(?:(?!\b(?:accus|blam)\w*)[^.;]){0,40}?"
    r"\b(shelling|firing|attacking|targeting|striking|bombing|bombarding|"
    r"shelled|fired|attacked|targeted|struck|bombed)\b",
    re.IGNORECASE,
)
_GERUND = {
    "shelled": "shelling",
    "fired": "firing",
    "attacked": "attacking",
    "targeted": "targeting",
    "struck": "striking",
    "bombed": "bombing",
}


def _denied_act(sentences: Iterable[str]) -> str | None:
    """What most denial sentences say was not done ("shelling", "firing"), if any."""
    acts = Counter(
        _GERUND.get(m.group(1).lower(), m.group(1).lower())
        for s in sentences
        if (m := _DENIED_ACT.search(s))
    )
    return acts.most_common(1)[0][0] if acts else None


def _per_item_parties(pairs: Iterable[tuple[TaggedItem, Tag]]) -> dict[str, set[str]]:
    """The parties each report names."""
    out: dict[str, set[str]] = {}
    for item, tag in pairs:
        out.setdefault(item.item_id, set()).update(tag.parties)
    return out


def _per_item(
    pairs: Iterable[tuple[TaggedItem, Tag]], venues: frozenset[str]
) -> dict[str, list[str]]:
    """The venues each report names, in the order it names them (not where talks are
    still to be held, `planned_meeting_place`, nor where a speaker spoke, `speaker_place`)."""
    out: dict[str, list[str]] = {}
    for item, tag in pairs:
        named = out.setdefault(item.item_id, [])
        named.extend(
            p
            for p in tag.places
            if p in venues
            and p not in named
            and not planned_meeting_place(tag.evidence, p)
            and not speaker_place(tag.evidence, p)
        )
    return out


# what a strike answered ("in response to rocket fire"): not the strike's own weapon
_ANSWERED = re.compile(ANSWERED + r"[^.;,]*", re.IGNORECASE)


def _act_word(text: str) -> str:
    text = _ANSWERED.sub(" ", text)
    if "shell" in text or "artillery" in text:
        return "shelling"
    if "missile" in text or "rocket" in text:
        return "rocket fire"
    if "drone" in text:
        return "drone strikes"
    if "offensive" in text:
        return "an offensive"
    return "attacks"


# an aircraft brought down, either way round: "a helicopter was shot down", "shot down
# a Russian helicopter", "downed the plane"
_AIRCRAFT = r"(?<!anti-)(?<!anti )(helicopter|warplane|plane|jet|aircraft|airliner)s?"
# a downing said not to have happened: "no plane was shot down", "was not downed"
_NOT_DOWNED = re.compile(
    r"\b(?:no|not|never|den(?:y|ies|ied))\b[^.;]{0,40}?\b(?:shot|brought)\s+down"
)
_DOWNED = re.compile(rf"\b{_AIRCRAFT}\b[^.;]{{0,50}}?\b(?:shot|brought)\s+down\b")
_DOWNED_AFTER = re.compile(rf"\b(?:shot|brought)\s+down\b[^.;]{{0,40}}?\b{_AIRCRAFT}\b")


def _fire_words(text: str) -> str:
    """How a day's fighting reached its places: "shelling of" where shells or artillery
    are told, else "strikes on" (air strikes, a place struck), "rocket fire on", "drone
    strikes on", or "attacks on"."""
    act = _act_word(text)
    if act == "shelling":
        return "shelling of "
    if re.search(r"\b(?:air ?strikes?|strikes?|struck|bomb\w*|raids?)\b", text):
        return "strikes on "
    if act in ("rocket fire", "drone strikes"):
        return f"{act} on "
    return "attacks on "


_HEAD = {
    "shelling": ("Shelling", " of "),
    "rocket fire": ("Rocket strike", " on "),
    "drone strikes": ("Drone strike", " on "),
    "an offensive": ("Offensive", " at "),
    "attacks": ("Attack", " on "),
}
_PEACEKEEPERS = re.compile(r"\bpeace-?keep", re.IGNORECASE)
# the remains of the dead (never "bod" inside "Cambodia")
_DEAD_BODIES = re.compile(r"\bbodies\b|\bbody\s+of\b")  # "a neutral body" is no corpse
# the living handed over: prisoners of war, captives, hostages (not "soldiers": their
# bodies are handed over too)
_CAPTIVES = re.compile(r"\b(?:prisoners?|captives?|pows?|hostages?)\b")
# a swap: captives given both ways
_SWAP = re.compile(
    r"\b(?:exchang\w*|swap\w*|trad(?:e|ed|ing)\b|in return|in exchange|each other"
    r"|both sides (?:freed|released))",
    re.IGNORECASE,
)
# captives one side frees, with their number: "frees 18 Cambodian soldiers" (a finite
# verb, never a demand: "urged B to release 62 prisoners")
_RELEASED = re.compile(
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bnot\s)"
    r"\b(?:releases|released|frees|freed|hands\s+back|handed\s+back|repatriat(?:es|ed))\s+"
    r"(?P<count>\d{1,4})\s+(?P<whom>(?:[A-Z][a-z]+\s+)?(?:soldiers|servicemen|prisoners(?:\s+of\s+war)?"
    r"|POWs|detainees|captives|troops))\b"
)
_DECLARED_BY = re.compile(
    r"\b(?:declared|announced|proclaimed|ordered)\s+by\s+(?:the\s+)?", re.IGNORECASE
)
_DECLARES_UNILATERAL = re.compile(
    r"\b(?:declares?|declared|announce[sd]?|proclaim(?:s|ed)?)\b[^.;]{0,20}?\bunilateral",
    re.IGNORECASE,
)
# villages taken in districts it names ("16 villages in the Fuzuli and Khojavend
# districts", "three more Khojavend villages"): the districts are where they lie, no town
# was taken
_VILLAGES_IN_DISTRICTS = re.compile(
    r"\b(?:villages|settlements)\b[^.;]{0,60}?\bin\s+the\b[^.;]{0,80}?\bdistricts?\b"
    r"|(?<=[a-z0-9] )[A-Z][\w'’-]+\s+(?:villages|settlements)\b"  # "more Khojavend villages"
)
_UNILATERAL = re.compile(r"\bunilateral(?:ly)?\b", re.IGNORECASE)
# a truce kept going past its term, not a new one: "extended until 18 February"
_EXTENDED = re.compile(r"\b(?:extend(?:s|ed|ing)?|extension|prolong(?:s|ed|ing)?)\b", re.I)
_EFFECT = re.compile(
    r"\bfrom (noon|midnight|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)",
    re.IGNORECASE,
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def and_list(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _day_words(day: str) -> str:
    """ "10 October" from 2020-10-10."""
    try:
        return f"{int(day[8:10])} {_MONTHS[int(day[5:7]) - 1]}"
    except (ValueError, IndexError):
        return day


class EventTitlesMixin(TitlesMixin):
    """Titles of events: who did what, where, with figures and who gives them."""

    def _event_title(
        self,
        event: Any,
        parties: Sequence[str],
        places: Sequence[str],
        casualties: Sequence[Casualty],
        claims: Sequence[Claim],
        denials: Sequence[Denial],
    ) -> str:
        shape = event.shape
        tags = [t for _, t in event.tags]
        deniers = unique_in_order(d.denier for d in denials if d.denier)
        if shape == "truce":
            title = self._truce_event_title(event, tags, parties)
            if claims:  # the day's accusations of breaking it, as the dispute says them
                title += "; " + self._dispute_title(event, claims, deniers, bool(denials))
            return title
        if shape == "dispute":
            toll = self._fighting_toll(getattr(event, "fighting_tolls", ()))
            return self._dispute_title(event, claims, deniers, bool(denials)) + toll
        if shape in ("site", "fighting"):
            return self._site_title(event, tags, parties, places, casualties, claims, deniers)
        if shape == "appeals":
            return self._appeals_title(event.tags, parties)
        if shape == "initiative":
            return self._initiative_title(event, tags, parties)
        if shape == "denial":
            return self._denial_title(event.denials[0], places, event.denials[1:])
        if shape == "exchange":
            text = " ".join(t.evidence for t in tags).lower()
            group = Group(event.key, event.date, "exchange", list(event.tags))
            released = None if planned(event) else self._one_way_release(tags)
            if released:
                return released
            title = self._title(group, tags, parties, places, [], casualties)
            if planned(event):  # "are to be swapped": agreed, not done
                title = title.replace(" and bodies handed over", " and handover of the dead")
                title = title.replace("Bodies of the dead handed over", "Handover of the dead")
                title = title.replace("Exchange arranged", "Exchange") + " agreed"
            sides = self._sides(parties)
            mediators = [self._name(p) for p in parties if self.roles.get(p) == "mediator"]
            if len(sides) >= 2:
                title += f" between {and_list(sides[:2])}"
            if mediators and ("mediat" in text or "broker" in text or "help" in text):
                title += f" ({and_list(mediators)} mediating)"
            return title
        if shape == "peacekeeping":
            who = [self._name(p) for p in self._keepers(tags, parties)]
            where = f" in {places[0]}" if places else ""
            if not any(_PEACEKEEPERS.search(t.evidence) for t in tags):
                # a monitoring centre or mission, no troops: never "peacekeepers deploy"
                return f"Truce monitoring{where}"
            return f"Peacekeepers deploy{where}" + (f" ({and_list(who[:2])})" if who else "")
        where = f" in {places[0]}" if places else ""
        return f"{shape.replace('_', ' ').capitalize()}{where}"

    def _one_way_release(self, tags: Sequence[Tag]) -> str | None:
        """ "Thailand releases 18 Cambodian soldiers": captives one side frees with
        nothing said to come back are no exchange; the side and the figure the most
        reports give (a title never says "exchange" of a release)."""
        texts = [t.evidence for t in tags]
        if any(_SWAP.search(t) for t in texts):
            return None
        found: Counter[tuple[str, str]] = Counter()
        for tag, text in zip(tags, texts, strict=True):
            m = _RELEASED.search(text)
            if not m:
                continue
            before = text[: m.start()]
            who = next(
                (p for p in reversed(tag.parties) if self._named_in(p, before)),
                None,
            )
            if who and self.roles.get(who) == "belligerent":
                found[(who, f"{m.group('count')} {m.group('whom')}")] += 1
        if not found:
            return None
        (who, whom), _ = found.most_common(1)[0]
        return f"{self._verb(who, 'releases', 'release')} {whom}"

    def _named_in(self, party: str, text: str) -> bool:
        """Whether `text` names the party (by its name or an alias of the profile)."""
        names = self.party_names.get(party)
        return bool(names and re.search(rf"\b(?:{names})\b", text))

    def _visited(self, tags: Sequence[Tag], convener: str) -> str | None:
        """Where a visit went, as its sentences name it right after "visit": a place of
        the tags ("visited Beirut"), else a party other than the visitor ("a visit to
        Pakistan"); None when no sentence says."""
        for tag in tags:
            for m in _VISIT_TO.finditer(tag.evidence):
                if _EARLIER_VISIT.search(tag.evidence, 0, m.start()):
                    continue
                where = m.group("where")
                place = next((p for p in tag.places if where.startswith(p)), None)
                if place:
                    return place
                for party, names in self.party_names.items():
                    if party != convener and names and re.match(rf"(?:{names})\b", where):
                        return self._name(party)
        return None

    def _keepers(self, tags: Sequence[Tag], parties: Sequence[str]) -> list[str]:
        """The states whose troops keep the peace: named or described right before the
        peacekeepers ("Russian peacekeepers", "Russia's peacekeeping columns"), never a
        party that only signs a monitoring memo, helps the Red Cross, or is said not to
        send any ("Turkish peacekeepers will not deploy")."""
        found = []
        for party in parties:
            names = self.party_names.get(party)
            if not names or self.roles.get(party) == "belligerent":
                continue
            keepers = re.compile(
                rf"\b(?:{names})(?:['’]s)?\s+(?:[\w-]+\s+)?peacekeep\w*(?![^.;]{{0,30}}\bnot\b)"
            )
            if any(t.kind == "peacekeeping" and keepers.search(t.evidence) for t in tags):
                found.append(party)
        return found

    def _side_ids(self, parties: Sequence[str]) -> list[str]:
        """The warring parties, one per camp, in the order given."""
        seen: set[str] = set()
        out = []
        for p in parties:
            if self.roles.get(p) != "belligerent":
                continue
            camp = self.camps.get(p) or p
            if camp not in seen:
                seen.add(camp)
                out.append(p)
        return out

    def _sides(self, parties: Sequence[str]) -> list[str]:
        """The warring parties' names, one per camp."""
        return [self._name(p) for p in self._side_ids(parties)]

    def _deny_words(self, deniers: list[str], accusers: set[str]) -> str:
        """ "; Armenia denies", "; both deny" (each side denies the other's claim)."""
        if not deniers:
            return ""
        camps = {self.camps.get(d) or d for d in deniers if self.roles.get(d) == "belligerent"}
        if len(accusers) >= 2 and accusers <= camps:
            return "; both deny"
        return "; " + self._names_verb(deniers, "denies", "deny")

    def _truce_event_title(self, event: Any, tags: Sequence[Tag], parties: Sequence[str]) -> str:
        """ "Russia brokers humanitarian truce in Moscow from noon on 10 October"."""
        # the truce's own reports say who brokered it where (not the day's claims)
        truce_ids = {item.item_id for item, t in event.tags if t.kind == "truce_agreed"}
        own = [(i, t) for i, t in event.tags if i.item_id in truce_ids] or list(event.tags)
        evidence = [t.evidence for t in tags if t.kind == "truce_agreed"] or [
            t.evidence for t in tags
        ]
        humane = sum(1 for e in evidence if _HUMANITARIAN_TRUCE.search(e))
        what = "humanitarian truce" if humane * 2 >= len(evidence) else "ceasefire"
        sides = self._sides(parties)
        # mediators the truce reports name, not the states that welcomed it
        own_parties = {p for _, t in own for p in t.parties}
        mediators = [
            self._name(p) for p in parties if self.roles.get(p) == "mediator" and p in own_parties
        ]
        reports: Counter[str] = Counter()
        for _item_id, venues in _per_item(own, self.venues).items():
            reports.update(venues)
        n_items = len({item.item_id for item, _ in own})
        venue = next((v for v, n in reports.most_common() if n * 3 >= n_items), None)
        # the broker: the one mediator most truce reports name (co-chairs who welcome a
        # truce broker nothing); several or none: the sides agree
        named: Counter[str] = Counter()
        for item_id, found in _per_item_parties(own).items():
            del item_id
            named.update(p for p in found if self.roles.get(p) == "mediator")
        n_reports = len({item.item_id for item, _ in own})
        brokers = [p for p, n in named.most_common() if n * 2 >= n_reports]
        if len(brokers) > 1 and named[brokers[0]] > named[brokers[1]]:
            brokers = brokers[:1]
        unilateral = sum(1 for e in evidence if _UNILATERAL.search(e))
        declarer = self._declarer(evidence, parties) if unilateral * 2 >= len(evidence) else None
        if unilateral * 2 >= len(evidence):
            # one side's truce, declared, not agreed: "X declares unilateral ceasefire"
            title = (
                f"{self._verb(declarer, 'declares', 'declare')} unilateral {what}"
                if declarer
                else f"Unilateral {what} declared"
            )
        elif sum(1 for e in evidence if _EXTENDED.search(e)) * 2 > len(evidence):
            return self._extension_title(what, brokers, sides, evidence)
        elif len(brokers) == 1:
            title = f"{self._name(brokers[0])} brokers {what}"
            if len(sides) >= 2:
                title += f" between {and_list(sides[:2])}"
        elif sides:
            title = f"{and_list(sides[:2])} {'agree' if len(sides) > 1 else 'agrees'} {what}"
        else:
            title = f"{what.capitalize()} agreed"
        if venue:
            title += f" in {venue}"
        times = Counter(m.group(1).lower() for e in evidence for m in _EFFECT.finditer(e))
        if times:
            start = times.most_common(1)[0][0]
            # "midnight on 28 July" is read both as that night's start and as its end (the
            # news mean the end): the day goes unsaid, the entry's date stands beside it
            title += (
                " from midnight"
                if start == "midnight"
                else f" from {start} on {_day_words(event.date)}"
            )
        if mediators and len(brokers) != 1:
            title += f" ({and_list(mediators[:3])} mediating)"
        return title

    def _extension_title(
        self, what: str, brokers: Sequence[str], sides: Sequence[str], evidence: Sequence[str]
    ) -> str:
        """ "United States extends ceasefire between Israel and Lebanon until 18 February":
        most of the truce's sentences say it was extended, so it is no new truce."""
        between = f" between {and_list(sides[:2])}" if len(sides) >= 2 else ""
        if len(brokers) == 1:
            title = f"{self._name(brokers[0])} extends {what}{between}"
        else:
            title = f"{what.capitalize()}{between} extended"
        until = Counter(day for e in evidence for day in truce_runs_until(e))
        if until:
            month, day = until.most_common(1)[0][0]
            title += f" until {day} {_MONTHS[month - 1]}"
        return title

    def _declarer(self, evidence: Sequence[str], parties: Sequence[str]) -> str | None:
        """The side that declared a unilateral truce: named as its declarer ("declared by
        the government"), else the side named last before "declares ... unilateral" (its
        subject: "Armenia said Azerbaijan announced a unilateral ceasefire" is Azerbaijan's)."""
        patterns = {
            party: re.compile(rf"\b(?:{self.party_names[party]})\b")
            for party in self._side_ids(parties)
            if self.party_names.get(party)
        }
        for e in evidence:
            by = _DECLARED_BY.search(e)
            if by:
                after = e[by.end() : by.end() + 60]
                named = [(m.start(), p) for p, rx in patterns.items() if (m := rx.match(after))]
                if named:
                    return min(named)[1]
            verb = _DECLARES_UNILATERAL.search(e)
            if verb:
                before = [
                    (m.end(), p)
                    for p, rx in patterns.items()
                    for m in rx.finditer(e, 0, verb.start())
                ]
                if before:
                    return max(before)[1]
        return None

    def _dispute_title(
        self, event: Any, claims: Sequence[Claim], deniers: list[str], denied: bool
    ) -> str:
        """ "Azerbaijan and Armenia trade accusations of breaking the truce around
        Martuni; both deny", or one side's claim ("Azerbaijan accuses Armenia of ...")."""
        accusers = unique_in_order(c.accuser for c in claims if c.accuser and c.accused)
        camps = {self.camps.get(a) or a for a in accusers}
        sites = [
            p
            for p in ranked(c.places for c in claims)
            if p not in self.venues and p not in self.regions
        ][:2]
        if len(camps) >= 2:
            around = f" around {and_list(sites)}" if sites else ""
            pairs = [c for c in claims if c.accuser and c.accused]
            if not self._reciprocal(pairs):
                # "France accuses Israel ...; Israel accuses Hezbollah": two claims that do
                # not answer each other are never "trading accusations"
                first, second = pairs[0], next(c for c in pairs if c.accuser != pairs[0].accuser)
                title = (
                    f"{self._verb(first.accuser, 'accuses', 'accuse')} "
                    f"{self._name(first.accused)} of breaking the truce{around}; "
                    f"{self._verb(second.accuser, 'accuses', 'accuse')} "
                    f"{self._name(second.accused)}"
                )
                return title + self._deny_words(deniers, camps)
            title = (
                f"{and_list([self._name(a) for a in accusers[:2]])} trade accusations "
                f"of breaking the truce{around}"
            )
            return title + self._deny_words(deniers, camps)
        group = event.claims[0] if event.claims else None
        if group is None:
            return "Truce violations alleged" + ("; denied" if denied else "")
        tags = [t for g in event.claims for _, t in g.tags]
        places = ranked(t.places for t in tags)
        text = " ".join(t.evidence for t in tags).lower()
        return self._claim_title(tags, places, text, event.denials)

    def _fighting_toll(self, tolls: Sequence[Tag]) -> str:
        """ "; 1 soldier killed, 8 wounded (unattributed)": the dead and wounded of the
        fighting a dispute is about, with who gives them, so that a line of blame never
        hides the day's dead (the war's count so far is no toll of the day)."""
        tolls = [t for t in tolls if not running_toll(t) and not self._region_toll(t)]
        casualties = [c for t in tolls for c in t.casualties]
        killed = _largest(casualties, "killed", self.belligerents)
        wounded = _largest(casualties, "wounded", self.belligerents)
        if killed and wounded and killed.claimed_by != wounded.claimed_by:
            wounded = None  # figures from different voices: the deaths and who gives them
        figures = _figures(killed, wounded)
        if not figures:
            return ""
        toll = [f"{figures[0]} killed"] if killed else []
        toll += [f"{figures[-1]} wounded"] if wounded else []
        sayers = unique_in_order(
            c.claimed_by for c in (killed, wounded) if c is not None and c.claimed_by
        )
        said = ", " + self._names_verb(sayers, "says", "say") if sayers else " (unattributed)"
        return "; " + ", ".join(toll) + said

    def _reciprocal(self, claims: Sequence[Claim]) -> bool:
        """Whether two of the claims answer each other: A's camp accuses B's, B's A's."""

        def camp(party: str | None) -> str | None:
            return self.camps.get(party or "") or party

        pairs = {(camp(c.accuser), camp(c.accused)) for c in claims}
        return any((b, a) in pairs for a, b in pairs)

    def _site_title(
        self,
        event: Any,
        tags: Sequence[Tag],
        parties: Sequence[str],
        places: Sequence[str],
        casualties: Sequence[Casualty],
        claims: Sequence[Claim],
        deniers: list[str],
    ) -> str:
        """ "Rocket strike on Barda kills 21 civilians, Azerbaijan says, blaming Armenia;
        Armenia denies"; "Azerbaijan claims capture of Hadrut"; "Fighting between ..."."""
        tolls = [t for t in tags if t.kind == "casualties"]
        # the war's count so far, or a region's ("47 civilians have been killed by Armenian
        # attacks", "22 civilians killed in Karabakh ... the cathedral in Shushi")
        counts = [t for t in tolls if running_toll(t) or self._region_toll(t)]
        # a headline giving the same figures as the body's count so far is that count
        so_far = {(c.count, c.what) for t in counts for c in t.casualties}
        counts += [
            t
            for t in tolls
            if t not in counts
            and t.casualties
            and all((c.count, c.what) in so_far for c in t.casualties)
        ]
        if event.site is not None:
            # never the dead of the town this entry is about
            counted = [c for t in counts for c in t.casualties]
            casualties = [c for c in casualties if c not in counted]
        killed = _largest(casualties, "killed", self.belligerents)
        wounded = _largest(casualties, "wounded", self.belligerents)
        # the tolls with figures ("90 percent of the casualties were civilians" has none)
        figured = [t for t in tolls if t.casualties]
        title, verbs = self._site_head(event, tags, parties, places, bool(killed or wounded))
        if killed and wounded and killed.claimed_by != wounded.claimed_by:
            # figures from different voices: the title keeps the deaths and who gives
            # them; the claims pane lists every figure with its own source
            wounded = None
        figures = _figures(killed, wounded)
        if killed and event.site is None and counts and len(counts) == len(figured):
            # the war's count so far ("the toll passes 700", "close to 5,000 have died in
            # the Karabakh fighting"), not the day's dead
            title = f"Death toll reaches {figures[0]}"
            figures = figures[:1]
            wounded = None
        else:
            title = _with_toll(title, verbs, figures, killed, wounded)
        title += self._attribution(killed, wounded, figures, claims)
        shelled = list(getattr(event, "sites", ())) if event.shape == "fighting" else []
        if event.shape == "site":
            # the day's battle: the deadly strikes elsewhere it holds, by their places
            shelled = [p for p in getattr(event, "sites", ()) if p != event.site]
        if shelled:
            # a day's fighting along the front: the places it reached, after its figures,
            # with the words its reports use for the fire ("shelling of", "strikes on")
            more = " and elsewhere" if len(shelled) > 3 else ""
            text = " ".join(t.evidence for t in tags if t.kind == "attack").lower()
            title += f"; {_fire_words(text)}{and_list(shelled[:3])}{more}"
        return title + self._deny_words(deniers, set())

    def _region_toll(self, tag: Tag) -> bool:
        """Whether a casualty sentence puts its dead or wounded "in" a region it names."""
        if tag.kind != "casualties" or not tag.casualties:
            return False
        words = {
            w.lower()
            for p in tag.places
            if p in self.regions
            for w in re.split(r"[\s-]+", p)
            if len(w) >= 4
        }
        if not words:
            return False
        pattern = region_toll_pattern(frozenset(words))
        return bool(pattern.search(tag.evidence))

    def _harm_headlined(self, event: Any) -> bool:
        """Whether every report of the entry headlines civilians' harm and none the fighting,
        and the fighting it tells is at no place: the harm leads the title."""
        pairs = event.tags
        if any(t.kind == "attack" and t.places for _, t in pairs):
            return False
        heads = [(item, t) for item, t in pairs if from_headline(item, t)]
        reports = {item.item_id for item, _ in pairs}
        harm = {item.item_id for item, t in heads if t.kind == "humanitarian"}
        fighting = {item.item_id for item, t in heads if t.kind == "attack"}
        return bool(harm) and harm == reports and not fighting

    def _site_head(
        self,
        event: Any,
        tags: Sequence[Tag],
        parties: Sequence[str],
        places: Sequence[str],
        toll: bool,
    ) -> tuple[str, bool]:
        """What happened where ("Shelling of Tartar", "Azerbaijan claims capture of
        Hadrut"), and whether a toll may follow as a verb ("... kills 3") rather than in
        brackets or alone ("2317 soldiers killed, Armenia says": a toll, no attack)."""
        kinds = {t.kind for t in tags}
        site = event.site
        text = " ".join(t.evidence for t in tags if t.kind == "attack").lower()
        taken = {p for t in tags if t.kind == "territorial_change" for p in t.places}
        if "territorial_change" in kinds and (
            "attack" not in kinds or (not toll and (site is None or site in taken))
        ):
            # the capture of the entry's own town is the news, the battle for it its setting
            event.led_by = "territorial_change"
            return self._capture_head(tags, places), False
        if site is None and "attack" not in kinds and toll:
            return "", False
        if site is None and "attack" not in kinds:
            words, prep = harm_words(t.evidence for t in tags if t.kind == "humanitarian")
            return words + (f" {prep} {places[0]}" if places else ""), True
        if site is None and not toll and self._harm_headlined(event):
            # "Half of Karabakh's people have fled": the harm is the news, the fighting
            # that drove it (at no place, killing no one) its cause
            event.led_by = "humanitarian"
            words, prep = harm_words(t.evidence for t in tags if t.kind == "humanitarian")
            return words + (f" {prep} {places[0]}" if places else ""), True
        if "attack" in kinds or site is None:
            downed = _DOWNED.search(text) or _DOWNED_AFTER.search(text)
            disputed = bool(getattr(event, "denials", None)) or _NOT_DOWNED.search(text)
            if downed and not disputed and _act_word(text) == "attacks":
                # an aircraft brought down, and no one says it was not, is not
                # "fighting": "Helicopter shot down"
                aircraft = next(g for g in downed.groups() if g)
                where = f" near {site}" if site else ""
                return f"{aircraft.capitalize()} shot down{where}", False
            if (mine_blast(tags) and _act_word(text) in ("attacks", "an offensive")) or (
                toll_by_mine(tags)
            ):
                # a mine went off: no battle was fought ("Mine blast wounds 2 soldiers")
                where = site or next((p for p in places if p not in self.venues), None)
                return "Mine blast" + (f" in {where}" if where else ""), True
            if site:
                head, prep = _HEAD[_act_word(text)]
                return f"{head}{prep}{site}", True
            sides = self._sides(parties)
            title = "Fighting" + (f" between {and_list(sides[:2])}" if len(sides) >= 2 else "")
            if len(sides) < 2 and places and not getattr(event, "sites", ()):
                title += f" in {places[0]}"
            return title, True
        if toll:
            return f"Fighting in {site}", True
        words, prep = harm_words(t.evidence for t in tags if t.kind == "humanitarian")
        return f"{words} {prep} {site}", True

    def _capture_head(self, tags: Sequence[Tag], places: Sequence[str]) -> str:
        """ "Azerbaijan claims capture of Hadrut": the towns taken and who claims them
        (villages named by no town: "Azerbaijan claims captures"), never another title."""
        taken = unique_in_order(
            p
            for t in tags
            if t.kind == "territorial_change" and not _VILLAGES_IN_DISTRICTS.search(t.evidence)
            for p in t.places
        )
        towns = [p for p in taken if p not in self.regions][:3]
        captures = [t for t in tags if t.kind == "territorial_change"]
        conceding = [t for t in captures if CONCEDED.search(t.evidence)]
        claiming = [t for t in captures if t not in conceding]
        # who concedes: the sides its own sentences name; who claims: the others
        losers = self._side_ids([p for t in conceding for p in t.parties])
        lost_camps = {self.camps.get(p) or p for p in losers}
        winners = [
            p
            for p in self._side_ids([p for t in claiming for p in t.parties])
            if (self.camps.get(p) or p) not in lost_camps
        ]
        what = f"capture of {and_list(towns)}" if towns else "captures"
        handed = [t for t in captures if HANDED_OVER.search(t.evidence)]
        if towns and len(handed) * 3 >= len(captures):
            # a town given up under a deal (a third of the sentences say so; the others
            # tell troops entering it) is no capture anyone claims
            receivers = winners if len({self.camps.get(p) or p for p in winners}) == 1 else []
            to = f" to {self._name(receivers[0])}" if receivers else ""
            return f"Handover of {and_list(towns)}{to}"
        if losers and towns and winners:
            # the day a town falls: one side claims it, the other concedes
            return (
                f"{self._verb(winners[0], 'claims', 'claim')} {what}; "
                f"{self._verb(losers[0], 'concedes', 'concede')}"
            )
        if losers and towns and len(conceding) * 2 > len(captures):
            # the side that lost the town says so: it concedes, it claims nothing
            return f"{self._verb(losers[0], 'concedes', 'concede')} loss of {and_list(towns)}"
        speakers = winners or self._side_ids([p for t in captures for p in t.parties])
        if speakers:
            return f"{self._verb(speakers[0], 'claims', 'claim')} {what}"
        return f"{what[:1].upper()}{what[1:]} claimed"

    def _attribution(
        self,
        killed: Casualty | None,
        wounded: Casualty | None,
        figures: list[str],
        claims: Sequence[Claim],
    ) -> str:
        """Who gives the figures and who blames whom: the same parties the claims pane
        lists (`details.casualties[].claimed_by`, `details.claims[]`)."""
        sayers = unique_in_order(
            c.claimed_by for c in (killed, wounded) if c is not None and c.claimed_by
        )
        # the blame of the side that gives the figures first (its charge is about this
        # strike; the other side's is its counter-charge), then a warring party's, then
        # the best attested
        blames = sorted(
            (c for c in claims if c.accuser and c.accused),
            key=lambda c: (
                c.accuser not in sayers,
                self.roles.get(c.accuser) != "belligerent",
                -len(c.item_ids),
            ),
        )
        words = ""
        if sayers and figures:
            words += ", " + self._names_verb(sayers, "says", "say")
        elif figures:
            words += " (unattributed)"
        if blames:
            accuser, accused = blames[0].accuser, self._name(blames[0].accused)
            if sayers == [accuser]:
                words += f", blaming {accused}"
            else:
                words += "; " + self._verb(accuser, "blames", "blame") + f" {accused}"
        return words

    def _appeals_title(
        self, pairs: Sequence[tuple[TaggedItem, Tag]], parties: Sequence[str]
    ) -> str:
        """ "United Nations, France and Iran call for a halt to the fighting": each caller's
        ask read from its own sentences, and only the callers who asked it named."""
        caller_ids = [p for p in parties if self.roles.get(p) != "belligerent"]
        callers = [self._name(p) for p in caller_ids]
        tags = [t for _, t in pairs]
        rules = Counter(t.rule.split("/")[-1] for t in tags)
        if not callers:
            sides = self._sides(parties)
            return f"Calls and talks: {and_list(sides)}" if sides else "Calls for a ceasefire"
        # a sentence that names no caller ("the ministry urged both sides to stop") is its
        # report's: the callers that report's other sentences name
        report_callers: dict[str, set[str]] = {}
        for item, tag in pairs:
            report_callers.setdefault(item.item_id, set()).update(
                p for p in tag.parties if p in caller_ids
            )

        def said_by(item: TaggedItem, tag: Tag, caller: str) -> bool:
            named = {p for p in tag.parties if p in caller_ids}
            return len(caller_ids) == 1 or caller in (named or report_callers[item.item_id])

        # each caller's own sentences (calls and talks too: "stressed the need to cease
        # fire" in a phone call asks it)
        asks = {
            p: appeal_ask(t.evidence for item, t in pairs if said_by(item, t, p))
            for p in caller_ids
        }
        asked = [p for p in caller_ids if asks[p]]
        if asked:
            # the ask most callers make, then a second one ("...; Malaysia calls for a halt")
            parts = []
            for ask, _n in Counter(asks[p] for p in asked).most_common(2):
                if ask is None:
                    continue
                who = [self._name(p) for p in asked if asks[p] == ask][:5]
                verb, words = ask
                parts.append(f"{and_list(who)} {verb if len(who) > 1 else verb + 's'} {words}")
            return "; ".join(parts)
        top_rule = rules.most_common(1)[0][0]
        if top_rule in ("phone-call", "talks"):
            sides = self._sides(parties)
            # several callers in talks meet each other; calls and one caller's talks are
            # with the sides
            alone = len(callers) == 1 or top_rule == "phone-call"
            with_ = f" with {and_list(sides[:2])}" if sides and alone else ""
            hold = "holds" if len(callers) == 1 else "hold"
            noun = "calls" if top_rule == "phone-call" else "talks"
            return f"{and_list(callers[:5])} {hold} {noun}{with_}"
        verb = "appeal" if len(callers) > 1 else "appeals"
        return f"{and_list(callers[:5])} {verb} to both sides"

    def _initiative_title(self, event: Any, tags: Sequence[Tag], parties: Sequence[str]) -> str:
        """ "Talks in Geneva (Armenia, Azerbaijan, Minsk Group)", "Iran proposes a plan"."""
        sig = event.key.split("|", 2)[2]
        names = [self._name(p) for p in parties[:4]]
        text = " ".join(without_visits_abroad(t.evidence, self.known_words) for t in tags)
        text = text.lower()
        soon = planned_meeting(tags)  # "agreed to meet", "will host": not yet held
        if sig in self.venues:
            talks = f"Talks to be held in {sig}" if soon else f"Talks in {sig}"
            return talks + (f" ({', '.join(names)})" if names else "")
        convener = self._name(sig) if sig != "-" else (names[0] if names else "")
        if re.search(r"\b(?:plan|proposal)s?\b", text):
            return f"{convener} puts forward a peace plan" if convener else "Peace plan put forward"
        if "joint statement" in text:
            return f"{and_list(names)} issue a joint statement" if names else "Joint statement"
        if "visit" in text and convener:
            visited = self._visited(tags, sig)
            if visited:
                return f"{convener} {'to visit' if soon else 'visits'} {visited}"
            lead = f"{convener} to visit" if soon else f"Visit by {convener}"
            return lead + (
                f" ({', '.join(n for n in names if n != convener)})" if len(names) > 1 else ""
            )
        holds = "to hold" if soon else "holds"
        if len(names) == 1:  # one party named: it holds talks, it does not "meet"
            return f"{names[0]} {holds} talks"
        if names and not _MET.search(text if soon else TALKS_AHEAD.sub(" ", text)):
            # spoke, discussed (beside a meeting only agreed, "agreed to meet", none held
            # yet): talks held, not a meeting, led by their convener
            lead = convener if convener in names else names[0]
            return f"{lead} {holds} talks with {and_list([n for n in names if n != lead])}"
        return f"{and_list(names)} {'to meet' if soon else 'meet'}" if names else "Talks"


_MET = re.compile(r"\b(?:met|meet|meets|meeting|summit|hosted|hosts|received|visit\w*)\b")
# where a visit went: "visited Beirut", "on a visit to Islamabad", "arrived in Islamabad"
_VISIT_TO = re.compile(
    r"(?<!\bhad\s)(?<!\bafter\s)(?<!\bbefore\s)"
    r"\b(?:visit(?:s|ed|ing)?\s+(?:to\s+)?|(?:arrived|arrives|landed|lands)\s+in\s+"
    r"|(?:came|comes|travell?ed|flew)\s+to\s+)(?:the\s+)?(?P<where>[^.;,]{0,40})"
)
# a visit told as past background: "a week after he had visited Baku"
_EARLIER_VISIT = re.compile(r"\b(?:had|after|before|since)\b[^.;,]{0,20}$", re.IGNORECASE)


def _largest(
    casualties: Sequence[Casualty], what: str, sides: frozenset[str] = frozenset()
) -> Casualty | None:
    """The largest figure someone gives, before any figure no one gives; of equal
    figures, one a warring side gives (in `sides`: "21 killed, Baku says" over Ankara's
    condemnation of the attack "that killed 21"), then the one that says whose dead."""
    found = [c for c in casualties if c.what == what]
    return max(
        found,
        key=lambda c: (
            c.claimed_by is not None,
            c.count,
            c.claimed_by in sides,
            c.group is not None,
        ),
        default=None,
    )


def _figures(killed: Casualty | None, wounded: Casualty | None) -> list[str]:
    """ "about 24 civilians", "3": the toll's numbers as a title writes them."""
    figures = []
    if killed:
        who = {"civilian": " civilian", "military": " soldier"}.get(killed.group or "", "")
        who += "s" if who and killed.count != 1 else ""
        # "at least one" is no estimate of one
        about = "about " if killed.approximate and killed.count > 1 else ""
        figures.append(f"{about}{killed.count:,}{who}")
    if wounded:
        about = "about " if wounded.approximate and wounded.count > 1 else ""
        figures.append(f"{about}{wounded.count:,}")
    return figures


def _with_toll(
    title: str,
    verbs: bool,
    figures: list[str],
    killed: Casualty | None,
    wounded: Casualty | None,
) -> str:
    """The title with its toll: "... kills 3 and wounds 5", "(3 killed)", or the toll alone."""
    if not verbs and figures and not title:
        toll = [f"{figures[0]} killed"] if killed else []
        toll += [f"{figures[-1]} wounded"] if wounded else []
        return ", ".join(toll)
    if not verbs and figures:
        # a capture with the day's toll beside it: "X claims capture of Y; 3 killed"
        toll = [f"{figures[0]} killed"] if killed else []
        toll += [f"{figures[-1]} wounded"] if wounded else []
        return f"{title}; {', '.join(toll)}"
    if killed and wounded:
        return title + f" kills {figures[0]} and wounds {figures[1]}"
    if killed:
        return title + f" kills {figures[0]}"
    if wounded:
        return title + f" wounds {figures[0]}"
    return title
