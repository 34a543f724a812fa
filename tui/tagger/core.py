"""The event tagger: a report's title and text in, tags with their evidence out.

Pure: no I/O. A `Tagger` is built once from a `Profile` (every regular expression is
compiled up front) and then reads reports sentence by sentence, as the taxonomy
describes; each step lives in its own module:

0. topic: a report about something else entirely (markets, sport, culture) makes no tag;
1. text: split the text into sentences (the headline is one of its own) and each
   sentence into clauses (at ``;``, dashes, ", while", ", as", ", which", ", and", ...);
2. mentions: find party mentions (aliases, adjectives, capitals, institutions,
   officials) and places (every spelling, one canonical name); a place is a tag's place
   only where the sentence puts the event (not where the wounded went, not a speaker's
   city, not an origin), and a capture's place is the town it names as taken;
3. speech: find speech frames: a reporting verb and the party of its subject ("X said",
   "X accused Y of", "according to X", "..., X said", a headline "X: ..."); a subject
   with no party of its own ("it", "its ministry", "and denied") inherits the last
   speaker;
4. cues: find the event cues of the profile's rules (only rules whose trigger words
   occur); news: reject what is not news: negation ("did not", "no", "halt to"), hedges
   and conditionals ("if", "would", "urged ... to"), subordinate clauses for rules that
   ask for a main clause ("after the truce took effect"), recaps (past perfect outside
   reported speech, "since ...", "... ago", explicit dates well before publication),
   and a truce that is only the object of a violation;
5. roles: the accuser of a violation claim is the speaker, or the party whose claim the
   cue is told in ("the claims by Y that ...", "Y's claim that ..."); the accused is the
   object of "accused Y of", the agent of a passive ("shelled by Y"), the subject of an
   act verb ("Y's forces shelled"), the agent of an "as ..." clause that follows ("the
   truce collapsed as Y resumed shelling"), or the only party of the other camp named;
   a denial's denier is the subject of the denying verb, and never the accuser of the
   claim it denies (it is that claim's accused);
6. dates and casualties: dates are resolved against the publication date ("yesterday",
   weekday names, "early hours of Saturday", "on 10 October", "Oct. 10"), never later
   than it but for a truce's day of effect; with nothing better the publication date is
   used and the tag says so (``date_basis = "published"``); casualty figures are the
   numbers the clause states, each with the side that gives it.

What a sentence holds whatever the report around it (mentions, places, clause spans, cue
hits, dates, reporting verbs) is computed once per distinct sentence and kept in a bounded
cache: a headline often repeats as the first sentence, and a retag or a syndicated story
reads the same sentences again. Only steps 3, 4b, 5 and 6 depend on the report around a sentence.

Benchmark: ``python -m tui.tagger --bench 5000`` prints items per second.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from tui.profile import DEFAULT_LANGUAGE, Profile
from tui.records import Casualty, Tag
from tui.tagger.casualties import attribute_figures
from tui.tagger.casualties import casualties as read_casualties
from tui.tagger.cues import Cues
from tui.tagger.dates import (
    DATE_LOW_RE,
    DATE_RE,
    effect_date,
    event_date,
    not_after_report,
    parse_local,
    without_dateline,
)
from tui.tagger.mentions import Mentions
from tui.tagger.news import News, month_gone_by
from tui.tagger.roles import Roles, without_nameless_denial
from tui.tagger.speech import Speech, SpeechMarks
from tui.tagger.text import (
    Clause,
    DocState,
    Frame,
    Hit,
    Mention,
    PlaceHit,
    clause_spans,
    replace_tag,
    split_sentences,
    unique_in_order,
)
from tui.tagger.topic import calm_headline, off_topic

# an attack a speaker alleges: (sentence index, speaker, agent, sentence, places, date,
# date basis or rule); read again at the end of the report as a counter-claim
AttackClaim = tuple[int, str, str, str, tuple[str, ...], str | None, str]


# round 9b: a party that claims an attack claims its own act: "Hezbollah claims its first
# attack on an Israeli position", "claimed responsibility for the strike"
# round 9q: a pronoun that is the subject just before the cue ("It voiced concern at ...")
def _concerned_party(s: str, mentions: list[Mention], cue_start: int, speaker: str) -> str | None:
    """Who voices the concern: the party named last before the cue in its clause, not
    after a preposition (the subject: "Armenia's ministry said Russia expressed concern"
    is Russia's, "the UN force in Lebanon voiced concern" the UN's); an "it"
    just before the cue is the statement or ministry of that party, or of the speaker
    when none is named ("Issued by B's ministry, it voiced concern"; "It voiced concern
    at ..."). "He" or "they" alone name no one: the person may be any the sentence
    before named."""
    named = [
        m
        for m in mentions
        if m.start < cue_start
        and not _AFTER_PREPOSITION_RE.search(s[max(0, m.start - 12) : m.start])
    ]
    if _IT_SUBJECT_RE.search(s[max(0, cue_start - 20) : cue_start]):
        return named[-1].party if named else speaker
    return named[-1].party if named else None


_AFTER_PREPOSITION_RE = re.compile(r"\b(?:in|of|from|at|to|on|by|for|with)\s+(?:the\s+)?$", re.I)
_IT_SUBJECT_RE = re.compile(r"(?:^|[\s,])[Ii]t\s+(?:\w+ly\s+)?$")


# round 9zc: an appeal worded as a charge ("urges B to stop its repeated acts", "call on
# every country to stop the war crimes committed by B"): what it asks to end is the other
# side's wrong, named as a wrong, with no truce, restraint or talks in the sentence
_CHARGE_APPEAL_RE = re.compile(
    r"(?:urg\w*|call(?:s|ed|ing)?\s+(?:on|upon)|demand\w*|press\w*\s+on)\s+"
    r"(?:(?!(?:meeting|session|council|talks|committee|mechanism)\b)[\w\x27\u2019-]+\s+){0,10}?to\s+"
    r"(?:immediately\s+|at\s+once\s+)?(?:stop|end|halt|cease)\s+"
    r"(?:[\w\x27\u2019-]+\s+){0,4}?(?:acts|war\s+crimes|crimes|atrocities|aggression|provocations)\b",
    re.IGNORECASE,
)
_CHARGE_CUES = ("urg", "call", "demand", "press", "condemn", "denounc")
_PEACE_WORD_RE = re.compile(
    r"\b(?:cease-?fires?|truces?|de-?escalat\w*|restraint|calm|talks|negotiat\w*|dialogue"
    r"|peace\w*|hostilities)\b",
    re.IGNORECASE,
)


_OWN_ATTACK_RE = re.compile(
    r"\s+(?:responsibility\s+for\s+)?(?:its|their|an|a|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|operations?|volleys?)\b",
    re.IGNORECASE,
)


_ANALYSED_MAX = 4096  # sentences whose analysis is kept (a few MiB)

# the headline and the first tagged sentences: the ones whose stated day dates the story
_LENDING_SENTENCES = 3

# date bases that say only when the report was filed: its publication, its dateline
_FILED = frozenset(("published", "dateline"))


@dataclass(slots=True)
class _Analysis:
    """What a sentence holds whatever the report around it (see `Tagger._analyse`)."""

    mentions: list[Mention]
    places: list[PlaceHit]
    low: str
    spans: list[tuple[int, int]] | None  # None until needed (a sentence with no trigger)
    hits: list[Hit]
    dates: list[re.Match[str]] | None = None  # read at the first hit that is news
    marks: SpeechMarks | None = None  # reporting verbs, read when its speech is


@dataclass(slots=True)
class _Sentence:
    """What one sentence's hits share while they are read."""

    s: str
    low: str
    index: int
    pub: dt.date | None
    state: DocState
    mentions: list[Mention]
    places: list[PlaceHit]
    clauses: list[Clause]
    violation_clauses: set[int]
    analysis: _Analysis
    place_like: dict[int, bool] = field(default_factory=dict)  # mention start -> a place
    by_clause: dict[int, list[Mention]] = field(default_factory=dict)  # clause -> mentions
    tags: list[Tag] = field(default_factory=list)
    seen_kinds: dict[str, int] = field(default_factory=dict)  # tag key -> index in tags
    done: set[tuple[str, int]] = field(default_factory=set)  # (kind, clause) read

    def clause_mentions(self, index: int, clause: Clause) -> list[Mention]:
        """The party mentions of one clause (computed once per clause)."""
        found = self.by_clause.get(index)
        if found is None:
            found = self.by_clause[index] = [
                m for m in self.mentions if clause.start <= m.start < clause.end
            ]
        return found


@dataclass(slots=True)
class _Roles:
    """The roles one hit reads: accuser, accused, denier(s) and casualty figures."""

    accuser: str | None = None
    accused: str | None = None
    denier: str | None = None
    deniers: list[str] = field(default_factory=list)
    casualties: tuple[Casualty, ...] = ()


# the kinds a report of third states' diplomacy about another war may read (round 9a)
_OTHER_WARS_KINDS = frozenset(("diplomatic_call", "attack"))
# another theatre named: "the conflicts in Libya and Syria", "the crisis in Libya" (a report
# that names only such a theatre and no party or place of this war is about that one)
_OTHER_THEATRE_RE = re.compile(
    r"(?=[CcWwFfSs])"  # (the first letters: one class test at most positions, not "\b")
    r"\b(?:[Cc]onflicts?|[Cc]ris[ie]s|[Ww]ars?|[Ff]ighting|[Ss]ituation)\s+in\s+[A-Z][a-z]"
)
_THEATRE_WORDS = ("conflict", "cris", "war", "fighting", "situation")
# round 9x: a breach ruled out is no breach the clause tells: "to make sure that neither side
# violates it" (a truce agreed in that clause is not the truce a breach is charged against)
_NO_SIDE_BEFORE_RE = re.compile(
    r"\b(?:neither|no)\s+(?:side|party|country|army|of\s+them)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _names_other_theatre(text: str) -> bool:
    """Whether the text names a theatre ("the crisis in Libya"): the regex scans only a
    text that holds one of its words (a report of shelling often holds none)."""
    low = text.lower()
    return any(w in low for w in _THEATRE_WORDS) and bool(_OTHER_THEATRE_RE.search(text))


# round 9y: a wire lede's speech day dates the story it files: "Forces in the region, who
# have been fighting for two years, said on Sunday they were ready for a ceasefire", filed
# on Monday. When no line of the report states a day, its tags dated only by publication
# take that day (the lede's own words made no tag, so lent none).
_LEDE_SPEECH_DAY_RE = re.compile(
    r"\b(?:said|says|announced|stated|declared|told\s+(?:[\w-]+\s+){1,4}?)\s+"
    r"(?:late\s+|early\s+)?on\s+(?-i:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# how far back a charge follows its act: the night before, or the day before that
_ACT_REACH = 2


def _charges_dated_by_their_acts(tags: list[Tag]) -> list[Tag]:
    """A charge dated only by the filing, in a sentence whose act is dated to an earlier
    day ("Fighting flares again despite the truce; commanders say Thai troops fired
    rockets", over a lede of Friday night's fighting, filed on Saturday), is that day's
    charge: the act's day dates the dispute about it, as it dates the act."""
    acts: dict[str, Tag] = {}
    for t in tags:  # (the sentence's first dated act)
        if t.kind == "attack" and t.event_date and t.date_basis not in _FILED:
            acts.setdefault(t.evidence, t)
    if not acts:
        return tags
    return [
        replace_tag(t, event_date=act.event_date, date_basis=act.date_basis)
        if t.kind == "violation_claim"
        and t.date_basis in _FILED
        and t.event_date
        and (act := acts.get(t.evidence)) is not None
        and act.event_date is not None
        and 0 < _days_between(act.event_date, t.event_date) <= _ACT_REACH
        else t
        for t in tags
    ]


def _days_between(earlier: str, later: str) -> int:
    """Days from one ISO date to another (0 when either is not a date)."""
    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days
    except ValueError:
        return 0


def _lede_day_lent(tags: list[Tag], lede: str, pub: dt.date) -> list[Tag]:
    """The report's publication-dated tags, dated by the lede's speech day when that day is
    one or two days before publication and no tag of the report states a day."""
    if "on " not in lede or any(t.date_basis not in _FILED for t in tags):
        return tags  # (a report that states a day anywhere keeps the days it states)
    m = _LEDE_SPEECH_DAY_RE.search(lede)
    if m is None:
        return tags
    back = (pub.weekday() - _WEEKDAY_NAMES.index(m.group(1))) % 7
    if back not in (1, 2):
        return tags
    day = (pub - dt.timedelta(days=back)).isoformat()
    return [
        replace_tag(t, event_date=day, date_basis="weekday") if t.date_basis == "published" else t
        for t in tags
    ]


# round 9w: a day phrase right at a denying verb, after it or before it: "denied on Monday
# that ...", "on Monday rejected the charge", "dismissed late on Saturday"
_DAY = (
    r"(?:(?:late|early)\s+)?on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)"
)
_DAY_AFTER_CUE_RE = re.compile(r"\S*\s+(?:\w+ly\s+)?" + _DAY)
_DAY_BEFORE_CUE_RE = re.compile(_DAY + r"\s+(?:\w+ly\s+)?$")


def _dated_at_cue(s: str, hit: Hit) -> bool:
    """Whether a day phrase sits right at the hit's first word (round 9w)."""
    if _DAY_AFTER_CUE_RE.match(s, hit.start):
        return True
    return _DAY_BEFORE_CUE_RE.search(s[max(0, hit.start - 40) : hit.start]) is not None


class Tagger:
    """Reads reports with one profile's parties, places and rules (compiled once)."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        lang = {**DEFAULT_LANGUAGE, **profile.language}
        self._utc_offset = profile.utc_offset
        self.mentions = Mentions(profile)
        self.speech = Speech(lang, self.mentions)
        self.cues = Cues(profile)
        self.news = News(lang)
        self.roles = Roles(profile, lang, self.mentions)
        # round 9w: the denial rules whose tags stand only beside a charge against the denier
        self._answering = frozenset(r.full_id for r in profile.rules if r.answers_charge)
        # sentence -> what it holds (bounded, oldest first)
        self._analysed: OrderedDict[str, _Analysis] = OrderedDict()

    # ---- the public entry point ------------------------------------------------------

    def tag(self, title: str, text: str, published: str | None = None) -> list[Tag]:
        """Every event kind the report asserts as news, in reading order."""
        if off_topic(title or "", text or ""):
            return []  # markets, sport, culture: no event of the war, whatever the cues
        pub, pub_minutes = parse_local(published, self._utc_offset)
        sentences: list[tuple[str, bool]] = []
        title = " ".join((title or "").split())
        if title:
            sentences.append((title, True))
        sentences.extend((s, False) for s in split_sentences(text or ""))
        has_title = bool(title)
        state = DocState(pub_minutes=pub_minutes, has_title=has_title)
        tags: list[Tag] = []
        attack_claims: list[AttackClaim] = []
        for index, (sentence, headline) in enumerate(sentences):
            tags.extend(self._sentence(sentence, headline, pub, state, index, attack_claims))
        tags = self._finish(tags, attack_claims, text or "")
        if self._answering and any(t.rule in self._answering for t in tags):
            tags = self._charged_only(tags, attack_claims)
        if (
            any(t.kind in _OTHER_WARS_KINDS for t in tags)
            and _names_other_theatre(f"{title}\n{text or ''}")
            and not self._names_the_war(sentences)
        ):
            # round 9a: a call of third states about other wars ("Putin and Erdogan discussed
            # Libya and Syria by phone", "after a blast hit a joint patrol in Idlib") names no
            # warring party and no place of this one
            tags = [t for t in tags if t.kind not in _OTHER_WARS_KINDS]
        if calm_headline(title):
            # under "Calm returns", shelling dated only by the report is the days before's
            tags = [t for t in tags if not (t.kind == "attack" and t.date_basis == "published")]
        if state.truce_sentences and pub is not None:
            tags = self._date_truces(tags, state.truce_sentences, pub, pub_minutes)
        if pub is not None and len(sentences) > has_title and tags:
            # (the lede: the body's first two sentences, as round 9q reads news)
            lede = " ".join(s for s, _ in sentences[int(has_title) : int(has_title) + 2])
            tags = _lede_day_lent(tags, lede, pub)
        return tags

    def _charged_only(self, tags: list[Tag], attack_claims: list[AttackClaim]) -> list[Tag]:
        """Round 9w: a side's word that it keeps the truce is a denial only where the
        report charges that side (a claim of a breach, or an attack alleged against it): on a
        calm night, or beside the speaker's own charge against the other side ("we fully
        adhere to the truce, the leader said, accusing B of failing its commitments"), it
        answers nothing."""
        charged = {self.roles.camp_of(t.accused) for t in tags if t.kind == "violation_claim"}
        charged.update(
            self.roles.camp_of(c[2]) for c in attack_claims if self.roles.camp_ok(c[1], c[2])
        )
        charged.discard(None)
        return [
            t
            for t in tags
            if t.rule not in self._answering
            or (self.roles.camp_of(t.denier) in charged if t.denier else bool(charged))
        ]

    def _names_the_war(self, sentences: list[tuple[str, bool]]) -> bool:
        """Whether the report names a warring party or a place of the profile's war at all
        (diplomacy between third states is this war's only when it does)."""
        for sentence, _headline in sentences:
            found = self._analysed.get(sentence)
            mentions, places = (
                (found.mentions, found.places) if found else self.mentions.find(sentence)
            )
            if places or any(self.roles.role(m.party) == "belligerent" for m in mentions):
                return True
        return False

    def _date_truces(
        self, tags: list[Tag], sentences: list[str], pub: dt.date, pub_minutes: int | None
    ) -> list[Tag]:
        """A truce is an event of the day it takes effect ("agreed on Saturday to take
        effect at midnight" is news of Sunday): the report's announcement-day truce tags
        move to the effect date that one of its truce sentences states."""
        effects = [e for e in (effect_date(s, pub, pub_minutes) for s in sentences) if e]
        if not effects:
            return tags
        # a stated date ("at 00:00 on October 18") over an hour read against the report's
        # own time ("from midnight" in a headline)
        stated_days = [e for e in effects if e[1] in ("explicit", "weekday")]
        when, basis = (stated_days or effects)[0]
        stated = bool(stated_days)
        out = []
        for tag in tags:
            if tag.kind == "truce_agreed" and tag.event_date:
                day = dt.date.fromisoformat(tag.event_date)
                announced = day == pub or tag.date_basis == "published"
                # an hour read against the report's own time gives way to a stated day
                guessed = stated and tag.date_basis == "relative" and day != when
                if (0 < (when - day).days <= 2 and announced) or (
                    guessed and abs((when - day).days) <= 1
                ):
                    tag = replace_tag(tag, event_date=when.isoformat(), date_basis=basis)
            out.append(tag)
        return out

    # ---- one sentence ------------------------------------------------------------------

    def _sentence(
        self,
        s: str,
        headline: bool,
        pub: dt.date | None,
        state: DocState,
        s_index: int,
        attack_claims: list[AttackClaim],
    ) -> list[Tag]:
        """The tags of one sentence: its cues that are news, with roles, places and date."""
        found = self._analyse(s)
        mentions, hits = found.mentions, found.hits
        if not hits:
            state.pending.append((s, headline, mentions))
            return []
        places, low, spans = found.places, found.low, found.spans
        assert spans is not None  # a sentence with hits has its clause spans
        # speech frames: the sentences before that had no cue first (the last speaker)
        for p_s, p_headline, p_mentions in state.pending:
            p_found = self._analysed.get(p_s)
            p_marks = self._marks(p_s, p_found) if p_found is not None else None
            self.speech.clauses(p_s, p_headline, p_mentions, state, self._spans(p_s), p_marks)
        state.pending.clear()
        clauses = self.speech.clauses(s, headline, mentions, state, spans, self._marks(s, found))
        if any(h.rule.kind == "truce_agreed" for h in hits):
            state.truce_sentences.append(s)
        # (round 9x: not a breach ruled out, "to make sure that neither side violates it")
        violation_clauses = {
            h.clause
            for h in hits
            if h.rule.kind == "violation_claim"
            and not _NO_SIDE_BEFORE_RE.search(s, max(0, h.start - 30), h.start)
        }
        sc = _Sentence(
            s, low, s_index, pub, state, mentions, places, clauses, violation_clauses, found
        )
        for hit in sorted(hits, key=lambda h: h.start):
            if (hit.rule.kind, hit.clause) in sc.done and hit.rule.kind != "denial":
                continue  # one reading per kind and clause (each denier its own)
            self._read_hit(sc, hit, attack_claims)
        tags = sc.tags
        if "denial:None" in sc.seen_kinds and len(sc.seen_kinds) > 1:
            tags = without_nameless_denial(tags)
        if len(tags) > 1:
            tags = self.roles.denier_is_accused(tags)
        return tags

    def _analyse(self, s: str) -> _Analysis:
        """What a sentence holds whatever the report around it (mentions, places, clause
        spans, cue hits): computed once per distinct sentence, as a headline often
        repeats as the first sentence and a retag or a syndicated story reads it again."""
        found = self._analysed.get(s)
        if found is not None:
            return found
        mentions, places = self.mentions.find(s)
        low = s.lower()
        anchors = self.cues.triggered(s, low, mentions, places)
        if anchors:
            spans: list[tuple[int, int]] | None = clause_spans(s)
            hits = self.cues.hits(s, low, anchors, spans)
        else:
            spans, hits = None, []  # the spans only if a later sentence needs its speaker
        found = _Analysis(mentions, places, low, spans, hits)
        cache = self._analysed
        if len(cache) >= _ANALYSED_MAX:
            # the oldest sentence goes (bounded memory): an OrderedDict pops it in O(1),
            # where a dict would scan the slots of those evicted before; another thread
            # tagging with this tagger may have emptied it first
            with contextlib.suppress(KeyError):
                cache.popitem(last=False)
        cache[s] = found
        return found

    def _marks(self, s: str, found: _Analysis) -> SpeechMarks:
        """A sentence's reporting verbs, kept with its analysis."""
        if found.marks is None:
            found.marks = self.speech.marks(s)
        return found.marks

    def _spans(self, s: str) -> list[tuple[int, int]]:
        """A sentence's clause spans (from the sentence cache when it holds them)."""
        found = self._analysed.get(s)
        if found is None:
            return clause_spans(s)
        if found.spans is None:
            found.spans = clause_spans(s)
        return found.spans

    def _read_hit(self, sc: _Sentence, hit: Hit, attack_claims: list[AttackClaim]) -> None:
        """One cue match: news or not, its date, roles and places; a tag when it stands."""
        s, rule = sc.s, hit.rule
        if (
            rule.kind == "attack"
            and sc.places
            and self.mentions.names_past_attack(s, sc.places, hit.start, hit.end)
        ):
            return  # "after the X attack": the event's name, no attack told
        clause = sc.clauses[hit.clause]
        frame = Speech.governing_frame(clause, hit.start)
        # round 9q: the headline and the first two sentences of the body tell the news
        lede = sc.index - sc.state.has_title < 2
        if not self.news.is_news(s, hit, clause, frame, rule, sc.violation_clauses, lede):
            return
        dated = self._when(sc, hit, clause)
        if dated is None:
            return
        when, basis = dated
        clause_mentions = sc.clause_mentions(hit.clause, clause)
        speaker = Speech.speaker(clause, frame)
        roles = self._roles(sc, hit, clause, frame, clause_mentions, speaker, attack_claims)
        if roles is None:
            return
        if rule.kind == "territorial_change":
            # a capture names the town taken, or it is no capture
            taken = self.mentions.captured(s, sc.places, hit.start, hit.end, clause)
            if taken is None:
                return
            tag_places = taken
        else:
            tag_places = self._tag_places(sc, hit, clause)
        parties = unique_in_order(
            [p for p in (roles.accuser, roles.accused, roles.denier) if p]
            + [
                m.party
                for m in clause_mentions
                if not self.mentions.cached_is_place(s, m, sc.place_like)
            ]
        )
        date_text = when.isoformat() if when else None
        self._record(sc, hit, roles, parties, tag_places, date_text, basis, attack_claims)

    def _when(self, sc: _Sentence, hit: Hit, clause: Clause) -> tuple[dt.date | None, str] | None:
        """The hit's date and its basis, or None when the date makes it no news."""
        s, pub, rule = sc.s, sc.pub, hit.rule
        dates = sc.analysis.dates
        if dates is None:
            same = len(sc.low) == len(s)
            dates = list(DATE_LOW_RE.finditer(sc.low) if same else DATE_RE.finditer(s))
            dates = without_dateline(s, dates)
            sc.analysis.dates = dates
        when, basis = event_date(s, dates, clause, hit, pub, sc.state.pub_minutes)
        # the bases of a truce's start that a report may tell days later as background
        stated = ("published",) if rule.in_force else ()
        if rule.kind == "truce_agreed" and pub is not None:
            # "agreed a truce from midnight": the day it takes effect, said in the clause
            end = clause.end
            if hit.end > end:
                # round 9h: a truce's name that runs on into the next clause ("support for the
                # ceasefire ..., which took effect on 27 November") is dated in that clause
                end = next((c.end for c in sc.clauses if c.start < hit.end <= c.end), hit.end)
            effect = effect_date(s[clause.start : end], pub, sc.state.pub_minutes)
            if effect is not None and effect[1] != "published":
                when, basis = effect
                # an hour read against the report ("from midnight") only dates an in-force rule
                stated = ("published",) if rule.in_force else ("published", "relative")
        if stated and pub and when and basis not in stated and (pub - when).days >= 2:
            # rounds 9c and 9f: a truce that took effect two days or more before the report
            # ("the ceasefire took effect at noon on Saturday", "reached a ceasefire that took
            # effect on Monday night", told on a Wednesday) is the background of the report's
            # news: its start is news on its day and the day after, not later
            return None
        if rule.same_day and pub and when and when != pub:
            return None
        if (
            rule.kind == "attack"
            and rule.news_only
            and pub is not None
            and basis == "published"
            and month_gone_by(s[clause.start : clause.end], (pub.year, pub.month, pub.day))
        ):
            return None  # round 9y: "the fighting that flared in early December", told late on
        if rule.news_only and pub and when and basis != "published":
            delta = (pub - when).days
            if delta > self.profile.recap_days:
                return None
            if (
                rule.kind == "denial"
                and basis in ("explicit", "weekday")
                and delta >= 2
                and _dated_at_cue(s, hit)
            ):
                # round 9w: a denial its own day phrase dates two days or more back ("the
                # ministry denied on Monday that it had planted new mines", told on a
                # Wednesday) is the background of the report's news, as a truce's is below
                return None
            if rule.kind == "truce_agreed" and basis in ("explicit", "weekday") and delta >= 2:
                # round 9k: a truce agreed on a stated day two days or more back ("senior
                # officers agreed on Saturday to a ceasefire", told on a Monday) is the
                # background of the report's news, as a truce's start is just above
                return None
        return not_after_report(when, basis, pub, rule.kind)

    def _roles(
        self,
        sc: _Sentence,
        hit: Hit,
        clause: Clause,
        frame: Frame | None,
        clause_mentions: list[Mention],
        speaker: str | None,
        attack_claims: list[AttackClaim],
    ) -> _Roles | None:
        """The roles the hit's kind needs, or None when they cannot be read."""
        s, rule = sc.s, hit.rule
        found = _Roles()
        if rule.kind == "violation_claim":
            roles = self.roles.claim_roles(s, clause, frame, clause_mentions, speaker, hit)
            if roles is None:
                return None
            found.accuser, found.accused = roles
            if found.accused is None and hit.clause + 1 < len(sc.clauses):
                # "the truce collapsed as B kept shelling": the next clause tells who broke it
                after = sc.clauses[hit.clause + 1]
                found.accused = self.roles.cause_agent(
                    s, after, sc.clause_mentions(hit.clause + 1, after), found.accuser
                )
            if found.accused is None and self.roles.names_the_attack(s, clause, frame):
                # "The strike came despite the truce": the attack told before, its striker
                last = sc.state.last_attacker
                found.accused = last if self.roles.camp_ok(found.accuser, last) else None
            if found.accused is None and hit.clause > 0:
                # "A demolished homes, ..., in what B called a breach": the act judged
                prev = sc.clauses[hit.clause - 1]
                found.accused = self.roles.cause_agent(
                    s, prev, sc.clause_mentions(hit.clause - 1, prev), found.accuser, clause
                )
        elif rule.kind == "denial":
            site = (s, clause, frame, clause_mentions, hit)
            found.deniers = self.roles.deniers(site, sc.state)
            if not found.deniers and (rule.kind, hit.clause) in sc.done:
                return None  # a second cue of a denial already read, naming nobody new
            found.denier = found.deniers[0] if found.deniers else None
        elif rule.kind == "casualties":
            found.casualties = read_casualties(s[clause.start : clause.end], speaker)
            if not found.casualties:
                return None
        elif rule.kind == "attack":
            agent = self.roles.act_agent(s, clause, frame, clause_mentions, speaker)
            if frame and (
                self.roles.passive_accusation(s, clause, frame)
                or frame.verb in self.roles.denial_verbs
            ):
                agent = None  # the subject is accused, or denies the attack: no allegation
            elif (
                frame
                and speaker
                and frame.verb.lower().startswith("claim")
                and _OWN_ATTACK_RE.match(s, frame.verb_end)
            ):
                agent = speaker  # round 9b: "Hezbollah claims its first attack on ...": its own
            if agent:
                sc.state.last_attacker = agent
            if speaker and agent:
                attack_claims.append((sc.index, speaker, agent, s, (), None, rule.full_id))
        elif rule.kind == "diplomatic_call" and speaker:
            cue = s[hit.start : hit.start + 7].lower()
            if cue.startswith(("condemn", "denounc")) and self.roles.takes_sides(speaker):
                return None  # a warring party (or its camp) condemning the other accuses
            if (
                cue.startswith(("express", "voic"))
                and "concern" in s[hit.start : hit.end]
                and (concerned := _concerned_party(s, clause_mentions, hit.start, speaker))
                and self.roles.takes_sides(concerned)
            ):
                # round 9q: a warring party's own concern at the other's acts, the party the
                # subject of the clause, is its statement, no diplomacy between states
                return None
        if (
            rule.kind == "diplomatic_call"
            and s[hit.start : hit.start + 7].lower().startswith(_CHARGE_CUES)
            and (charge := _CHARGE_APPEAL_RE.search(s, clause.start, clause.end))
            and not _PEACE_WORD_RE.search(s)
        ):
            # round 9zc: a side's appeal worded as its charge, and its condemnation beside
            # it; a third party's (the speaker, or the party named last before the appeal,
            # that takes no side) stays a call
            appellant = speaker or _concerned_party(s, clause_mentions, charge.start(), "")
            if not appellant or self.roles.takes_sides(appellant):
                return None
        if rule.kind == "diplomatic_call" and s[hit.start : hit.start + 7].lower().startswith(
            ("condemn", "denounc")
        ):
            # "the army condemns Cambodia over night attacks": a warring party condemned by
            # name is charged, as "rebuked Azerbaijan for breaking the truce" is a claim
            named = next((m for m in clause_mentions if m.start >= hit.end), None)
            if (
                named is not None
                and not s[hit.end : named.start].strip(" ,")
                and self.roles.role(named.party) == "belligerent"
            ):
                return None
        return found

    def _tag_places(self, sc: _Sentence, hit: Hit, clause: Clause) -> list[str]:
        """The places of the hit's clause that are its event's site."""
        s, rule = sc.s, hit.rule
        tag_places = self.mentions.places(s, sc.places, clause, sc.clauses, rule.kind)
        venues = self.mentions.venues
        if venues and rule.kind not in ("truce_agreed", "diplomatic_call"):
            # Moscow, Geneva: where talks are held, never the site of an attack
            tag_places = [p for p in tag_places if p not in venues]
        return tag_places

    def _record(
        self,
        sc: _Sentence,
        hit: Hit,
        roles: _Roles,
        parties: list[str],
        tag_places: list[str],
        date_text: str | None,
        basis: str,
        attack_claims: list[AttackClaim],
    ) -> None:
        """Add the hit's tag, or widen the sentence's tag of the same kind and roles."""
        rule, tags, seen_kinds = hit.rule, sc.tags, sc.seen_kinds
        if rule.kind == "violation_claim":
            key = f"{rule.kind}:{roles.accuser}:{roles.accused}"
        elif rule.kind == "denial":
            key = f"{rule.kind}:{roles.denier}"
        else:
            key = rule.kind
        sc.done.add((rule.kind, hit.clause))
        if key in seen_kinds:
            # one tag per kind and sentence: widen the first with this hit's places
            first = tags[seen_kinds[key]]
            if first.rule in self._answering and rule.full_id not in self._answering:
                # round 9w: a plain denial beside the side's word that it keeps the truce
                # ("says its army strictly observes the truce, denies the reports") stands
                # whether or not the report charges it
                first = tags[seen_kinds[key]] = replace_tag(first, rule=rule.full_id)
            merged_places = unique_in_order([*first.places, *tag_places])
            merged_cas = first.casualties + tuple(
                c for c in roles.casualties if c not in first.casualties
            )
            if len(merged_places) > len(first.places) or len(merged_cas) > len(first.casualties):
                tags[seen_kinds[key]] = replace_tag(
                    first, places=tuple(merged_places), casualties=merged_cas
                )
            _add_deniers(tags, seen_kinds, tags[seen_kinds[key]], roles.deniers[1:], parties)
            return
        seen_kinds[key] = len(tags)
        if attack_claims and rule.kind == "attack" and attack_claims[-1][0] == sc.index:
            last = attack_claims[-1]
            attack_claims[-1] = (*last[:4], tuple(tag_places), date_text, basis)
        tags.append(
            Tag(
                kind=rule.kind,
                rule=rule.full_id,
                evidence=sc.s,
                accuser=roles.accuser,
                accused=roles.accused,
                denier=roles.denier,
                parties=tuple(parties),
                places=tuple(tag_places),
                event_date=date_text,
                date_basis=basis if date_text else "published",
                casualties=roles.casualties,
            )
        )
        _add_deniers(tags, seen_kinds, tags[-1], roles.deniers[1:], parties)

    # ---- the whole item ----------------------------------------------------------------

    def _finish(
        self, tags: list[Tag], attack_claims: list[AttackClaim], text: str = ""
    ) -> list[Tag]:
        """Across the report: shared dates, claims without an accuser, counter-claims."""
        # the headline and the body tell one event: a tag dated only by publication takes
        # the date that another tag of its kind in the same report states
        # (a day stated deep in the body, "a ban imposed on Saturday", dates an aside, not
        # the story its headline and lede tell: only the first tagged sentences lend theirs)
        stated: dict[str, tuple[str, str]] = {}
        opening = list(dict.fromkeys(t.evidence for t in tags))[:_LENDING_SENTENCES]
        # (a dateline's day is the filing's, as the publication's is: it lends nothing and
        # takes the day the story's lines state)
        for tag in tags:
            if tag.event_date and tag.date_basis not in _FILED and tag.evidence in opening:
                stated.setdefault(tag.kind, (tag.event_date, tag.date_basis))
        if stated:
            tags = [
                replace_tag(t, event_date=stated[t.kind][0], date_basis=stated[t.kind][1])
                if t.date_basis in _FILED and t.kind in stated
                else t
                for t in tags
            ]
        tags = _charges_dated_by_their_acts(tags)
        # a headline's figure: its source in the body, and whose dead they are
        tags = attribute_figures(tags, self.roles.camp_of)
        claims = [t for t in tags if t.kind == "violation_claim"]
        if not claims:
            return tags
        pairs = {(t.accuser, t.accused) for t in claims}
        # a claim without an accuser takes the first attack allegation of its sentence
        for i, tag in enumerate(tags):
            if tag.kind == "violation_claim" and tag.accuser is None and tag.accused is None:
                if self.roles.names_mutual(tag.evidence):
                    continue
                for _si, speaker, agent, sentence, _pl, _d, _r in attack_claims:
                    if sentence == tag.evidence and (speaker, agent) not in pairs:
                        tags[i] = replace_tag(
                            tag,
                            accuser=speaker,
                            accused=agent,
                            parties=tuple(unique_in_order([speaker, agent, *tag.parties])),
                        )
                        pairs.add((speaker, agent))
                        break
        # a claim against A with no accuser (a headline, an outlet's own voice) takes the
        # accuser the report names for a charge against A elsewhere ("Pakistan breaks the
        # truce again" over "... unprovoked firing, Indian Army officials said")
        # (the first charge the report names against A, a warring party's before another's)
        named: dict[str | None, str | None] = {}
        charged = [t for t in tags if t.kind == "violation_claim" and t.accuser]
        for t in charged:
            if self.roles.role(t.accuser) == "belligerent":
                named.setdefault(t.accused, t.accuser)
        for _si, speaker, agent, _s, _pl, _d, _r in attack_claims:
            if self.roles.role(speaker) == "belligerent" and self.roles.camp_ok(speaker, agent):
                named.setdefault(agent, speaker)
        for t in charged:
            named.setdefault(t.accused, t.accuser)
        for i, tag in enumerate(tags):
            if (
                tag.kind == "violation_claim"
                and tag.accuser is None
                and tag.accused in named
                and not self.roles.names_mutual(tag.evidence)
            ):
                tags[i] = replace_tag(tag, accuser=named[tag.accused])
        # still none, in a two-sided war: the report's unnamed officials ("Pakistan broke the
        # truce again" over "..., army officials said") speak for the side it charges not
        if any(t.kind == "violation_claim" and t.accuser is None and t.accused for t in tags):
            for i, tag in enumerate(tags):
                if tag.kind == "violation_claim" and tag.accuser is None and tag.accused:
                    other = self.roles.unnamed_officials_side(text, tag.accused)
                    if other is not None and not self.roles.names_mutual(tag.evidence):
                        tags[i] = replace_tag(tag, accuser=other)
        # counter-claims: in a report about a broken truce, "B said A resumed its offensive"
        for _si, speaker, agent, sentence, places, date, basis in attack_claims:
            if (speaker, agent) in pairs:
                continue
            if self.roles.role(speaker) != "belligerent" or not self.roles.camp_ok(speaker, agent):
                continue
            pairs.add((speaker, agent))
            tags.append(
                Tag(
                    kind="violation_claim",
                    rule="violation_claim/counter-claim",
                    evidence=sentence,
                    accuser=speaker,
                    accused=agent,
                    parties=(speaker, agent),
                    places=places,
                    event_date=date,
                    date_basis=basis if date else "published",
                )
            )
        return tags


def _add_deniers(
    tags: list[Tag],
    seen_kinds: dict[str, int],
    template: Tag,
    extras: list[str],
    parties: list[str],
) -> None:
    """One denial tag for each further denier ("Armenia and Karabakh denied it")."""
    for extra in extras:
        if f"denial:{extra}" not in seen_kinds:
            seen_kinds[f"denial:{extra}"] = len(tags)
            extra_parties = tuple(unique_in_order([extra, *parties]))
            tags.append(replace_tag(template, denier=extra, parties=extra_parties))
