"""Step 4a, roles: the accuser of a violation claim is the speaker, or the owner of the
claim the cue is told in ("the claims by Y that ...", "the accusations made by Y, which
accuse it of ..."); the accused is the object of "accused Y of", the agent of a passive
("shelled by Y"), the subject of an act verb ("Y's forces shelled"), or the only party of
the other camp named; a denial's denier is the subject of the denying verb. Grammar, not
nearness: the speaker of a denial never accuses in the claim it denies, and "A and B say
the truce was broken" names no one accuser."""

from __future__ import annotations

import re

from tui.profile import Profile
from tui.records import Tag
from tui.tagger.mentions import Mentions
from tui.tagger.speech import PRONOUN_SUBJECT_RE
from tui.tagger.text import (
    WORD_RE,
    Clause,
    DocState,
    Frame,
    Hit,
    Mention,
    lacks_words,
    replace_tag,
    unique_in_order,
    words_regex,
)

PASSIVE_RE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:also\s+|flatly\s+|firmly\s+|strongly\s+|swiftly\s+|"
    r"categorically\s+|roundly\s+|vehemently\s+)?$",
    re.IGNORECASE,
)

BY_RE = re.compile(r"\bby\s+(?:the\s+)?$")

# where a denial cue is read: the sentence, its clause, the governing speech frame, the
# clause's party mentions and the hit
Site = tuple[str, Clause, Frame | None, list[Mention], Hit]

# between two coordinated subjects: "Armenia and Karabakh", "Armenia's defence ministry
# and Karabakh's army", "Yerevan, Stepanakert and"
_SUBJECT_TAIL = (
    r"(?:['’]s)?(?:\s+(?:defen[cs]e|foreign|ministry|ministries|army|armed|forces|military|"
    r"government|authorities|officials|side|leadership|president|presidential|office|"
    r"spokes(?:man|woman|person)))*"
)

# the link next to the denier must be "and" ("A and B denied"); further left a list may
# use commas ("A, B and C denied"); "Responding to A, B denied" joins nothing
_AND_SUBJECTS_RE = re.compile(_SUBJECT_TAIL + r"\s*,?\s+and\s+(?:the\s+)?")

_LIST_SUBJECTS_RE = re.compile(_SUBJECT_TAIL + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")

# a mention that is the object of a preposition is no subject ("in a call with A, B ...")
_AFTER_PREPOSITION_RE = re.compile(
    r"\b(?:with|to|from|by|unlike|than|between|of|about|against|for|on|at|in|according\s+to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_BY_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+)?")
# a denial's passive agent may follow a short time phrase or adverb: "the claims were
# refuted on Wednesday by the Azerbaijani defence ministry"
# (the agent may be the party's people: "rejected by leaders of the front"; or its capital:
# "the claims were dismissed in Yerevan")
_DENIAL_BY_AGENT_RE = re.compile(
    r"\s+(?:(?:on|late|early|later)\s+(?:\w+\s+){1,2}?|(?:today|yesterday|again|firmly|"
    r"flatly|strongly|swiftly)\s+)?(?:by|in)\s+(?:the\s+)?(?:(?:leaders|officials|spokesm[ae]n|"
    r"spokespeople|representatives|commanders)\s+of\s+(?:the\s+)?)?"
)

_CLAIM_OF_RE = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+)?(?:claims?|reports?|statements?|accusations?|allegations?)\b"
)

# a mention that owns the claim named right after it: "Indian attack claims", "Baku's charges"
# (round 9zt: the words may be quoted, "India's 'surgical strikes' claim")
_OWNS_CLAIM_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:['‘’\"“]?[\w-]+['’\"”]?\s+){0,2}?"
    r"(?:claims?|accusations?|allegations?|charges?|reports?)\b"
)

# round 9zt: the breaches of the party that owns them, right before the cue: "A's ceasefire
# violations", "B's repeated breaches" (that party is the accused)
_OWNS_BREACH_RE = re.compile(
    r"['’]s\s+(?:(?:alleged|repeated|continued|continuing|constant|ceasefire|truce|latest|"
    r"new|daily|many|numerous|\d+)\s+){0,2}"
)

_PASSIVE_BETWEEN_RE = re.compile(r"\b(?:was|were|been|being|is|are)\b")
# a cue verb that opens a second predicate: "... hit homes in X and calls" (round 9zp)
_AND_PREDICATE_END_RE = re.compile(r"\s\w+\s+(?:\w+\s+)*?,?\s*and\s+$")

_CLAIM_VERBS = ("claim", "claims", "report", "reports")
_DENIAL_VERB_STARTS = (
    "den",
    "reject",
    "dismiss",
    "refut",
    "rebuff",
    "rebut",
    "disput",
    "call",
    "describ",
    "brand",
    "term",
    "label",
    "counter",
    "contradict",
    "repudiat",
    "debunk",
    # round 9w: a counter-account's verb ("the army gave a different account", "the
    # ministry answered that its forces were keeping the truce"): its subject denies
    "gave",
    "giv",
    "offer",
    "present",
    "put",
    "answer",
    "repl",
    "respond",
    "retort",
)

# whose claim a violation cue is told in: "Baku's claim that ...", "the claims by Baku that
# ...", "the accusations made by Baku, which ..."; that party accuses, whoever speaks
# (round 9h: warnings too, "despite warnings from B that A is breaching the ceasefire")
_CLAIM_NOUN = (
    r"(?:claims?|accusations?|allegations?|charges?|reports?|statements?|assertions?|warnings?)"
)
# "accused of", "blamed for": an accusing verb with no object of its own is a passive
_NO_OBJECT_RE = re.compile(r"\s+(?:of|for)\s")

# a clause that tells the cause of what the clause before says: "..., as B kept shelling"
_CAUSE_RE = re.compile(r"[\s,;]*(?:as|after|when|while|with)\s", re.IGNORECASE)

# a clause judging the one before it: "..., in what Beirut called a breach"
_RELATIVE_JUDGEMENT_RE = re.compile(r"[\s,;]*(?:in\s+what|which|what)\s", re.IGNORECASE)

# the speaker's judgement of the act told before it: "..., in what B called a breach"
_IN_WHAT_RE = re.compile(r",?\s+(?:in\s+what|what)\s+(?:\S+\s+){0,5}$", re.IGNORECASE)

# an appeal whose subject charges the breach it asks to end ("A urges an end to B's
# violations"): the verb, then the cue within a few words
_APPEAL_VERB_RE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?"
    r"(?:end|halt|stop|cessation)\s+(?:to|of)\b",
    re.IGNORECASE,
)

# round 9h: a warning given over breaches ("A warned B on Saturday not to test its patience
# over its breaches of the truce"): the one who warns accuses the one warned
_WARNED_OVER_RE = re.compile(r"\bwarn(?:s|ed|ing)?\s+(?:[^\s.;]+\s+){1,14}?over\s+$", re.IGNORECASE)

# the side a claim holds to account: "the State of A bears responsibility for upholding the
# agreement", "holding A responsible", "A is responsible for the fire" (after the mention)
_BEARS_RESPONSIBILITY_RE = re.compile(
    r"\s+(?:bears?|bore|carr(?:y|ies))\s+(?:the\s+)?(?:\w+\s+)?responsibility\b"
    r"|\s+(?:is|was|are|were)\s+(?:\w+\s+)?responsible\s+for\b",
    re.IGNORECASE,
)
# ... and before it: "holding A responsible", "held A fully responsible"
_HOLD_RESPONSIBLE_RE = re.compile(r"\b(?:hold(?:s|ing)?|held)\s+(?:the\s+)?$", re.IGNORECASE)
_RESPONSIBLE_AFTER_RE = re.compile(r"\s+(?:\w+\s+)?responsible\b", re.IGNORECASE)

# an answer to the breaches, the act of a clause that names no target
_RESPOND_RE = re.compile(r"\b(?:respond(?:s|ed|ing)?|retaliat(?:e|es|ed|ing))\b", re.IGNORECASE)

# the cause an act answers, just before the breach named: "over", "for", "in response to"
_FOR_BREACH_RE = re.compile(
    r"\b(?:over|for|in\s+(?:response|retaliation)\s+(?:to|for)|to\s+punish"
    r"|respond(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?to|retaliat(?:e|es|ed|ing)\s+(?:against|for))\s+"
    r"(?:(?:the|its|their|repeated|alleged|continued)\s+)?$",
    re.IGNORECASE,
)

_CLAIM_NOUN_HINT_RE = re.compile(
    r"claim|accusation|allegation|charge|report|statement|assertion|warning"
)
# a sentence may open with the claim: "Accusations by A that B ..." (substring tests)
_CLAIM_NOUN_CAPITALS = ("Claim", "Accusation", "Allegation", "Charge", "Report", "Statement")
_OWNER_BEFORE_RE = re.compile(
    _CLAIM_NOUN
    + r"\s+(?:(?:made|levelled|leveled|issued|spread|voiced|received|coming)\s+)?"
    + r"(?:by|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "B's claim that", and the adjective right before its noun: "the B charge that"
_OWNER_AFTER_RE = re.compile(
    r"(?:['’]s\s+(?:[a-z][\w-]*\s+){0,2}?|\s+)" + _CLAIM_NOUN + r"\s+(?:that|of)\b"
)
# round 9f: the adjective before a person or body of that side that owns the claim: "his
# Cambodian counterpart's claims that", "the Thai army's allegations of"
_OWNER_ROLE_AFTER_RE = re.compile(
    r"\s+(?:counterparts?|colleagues?|speaker|ministers?|ministry|spokes(?:man|woman|person)"
    r"|government|army|military|officials?|leaders?|premier|president|side|delegation|envoy)"
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?" + _CLAIM_NOUN + r"\s+(?:that|of)\b",
    re.IGNORECASE,
)


# the two sides' charges told after the claim's clause: "with A and B each blaming the other"
_EACH_OTHER_RE = re.compile(r"\beach\s+(?:side\s+)?(?:accus|blam)\w*\s+the\s+other\b")

# officials or sources of no named side who speak somewhere in the report
_UNNAMED_SAID_RE = re.compile(
    r"\s(?:army\s+|military\s+|defence\s+|defense\s+|security\s+|senior\s+)?"
    r"(?:officials?|spokes(?:man|woman|person)|sources)\s+(?:\w+\s+)?(?:said|say|says|told)\b"
)

# a clause that opens on an attack told before: "The strike came despite the truce"
_THE_ATTACK_RE = re.compile(
    r"\s*(?:The|This|That|the|this|that)\s+(?:(?:latest|deadly|new|fresh)\s+)?"
    r"(?:strike|attack|raid|shelling|bombardment|assault|barrage|drone\s+strike|air\s+strike|"
    r"incursion|demolition)s?\b"
)

# the object of an act named by its noun, maybe the second of a pair: "the shelling of
# B's villages", "strikes on B", "the destruction of C's property and B's tower"
_ACT_TARGET_RE = re.compile(
    r"\b(?:shelling|bombing|bombardment|strikes?|attacks?|raids?|destruction|demolition|"
    r"targeting|assaults?|incursions?\s+into|fire)\s+(?:of|on|at|against|into)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?$",
    re.IGNORECASE,
)

# what may come between a speech verb and its content: "said in a statement on X that"
_SAID_THAT_RE = re.compile(r"(?:\s+(?:in|on|at|late|early)\s+[^,;:]{1,50}?)?\s+that\b")

# a mention that names a truce's party: "the ceasefire reached between Israel and Hezbollah"
_BETWEEN_RE = re.compile(r"\bbetween\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?(?:the\s+)?$")

# the end of an unnamed official's title before the reporting verb: "a defence official",
# "military sources", "a senior army officer"
_UNNAMED_OFFICIAL_RE = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|sources|officers?)\s+(?:\w+\s+)?$"
)
# a speaker the profile cannot place, just before its verb: a name after its title ("Labour
# Minister Arman Petrosyan"; not any capitalised words: an outlet, a rights group), or the
# people of a place
_UNPLACED_SPEAKER_RE = re.compile(
    r"(?:^|\s)(?:[A-Z][\w'’.-]*\s+){0,3}?(?:Minister|Spokes(?:man|woman|person)|General|Gen\.|"
    r"Colonel|Col\.|President|Ambassador|Governor|Mayor|Commander|Deputy|Secretary|Lieutenant|"
    r"Major|Captain|Chief|Adviser|Advisor|Aide|Senator|MP)\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’-]+\s+$"
    r"|\b(?:[Rr]esidents|[Vv]illagers|[Ww]itnesses|[Ll]ocals)(?:\s+of(?:\s+\w+){1,3})?\s+$"
)

# the same officials closing the sentence speak for each clause before (no semicolon)
_UNNAMED_AT_END_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:officials?|sources|officers?)\s+"
    r"(?:said|say|says|told\s+\w+)[.!]?\s*$"
)
_UNNAMED_OFFICIAL_AFTER_RE = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:officials?|spokes(?:man|woman|person)|sources|officers?)\b"
)


class Roles:
    """Who accuses, who is accused, who denies: the profile's camps and the language's
    accusing, acting and denying verbs, compiled once."""

    def __init__(
        self, profile: Profile, lang: dict[str, tuple[str, ...]], mentions: Mentions
    ) -> None:
        self.mentions = mentions
        self._roles = {p.id: p.role for p in profile.parties}
        self._camps = {p.id: p.camp for p in profile.parties}
        self._reporting_re = words_regex(lang["reporting_verbs"])
        self._denial_verbs = frozenset(lang["denial_verbs"])
        self.denial_verbs = self._denial_verbs
        self._accuse_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, lang["accuse_verbs"])) + r")\s+(?:the\s+)?$"
        )
        self._accuse_words = frozenset(w.lower() for w in lang["accuse_verbs"])
        self._accuse_between_re = words_regex(lang["accuse_verbs"], re.IGNORECASE)
        self._act_re = words_regex(lang["act_verbs"], re.IGNORECASE)
        self._act_low_re = words_regex([v.lower() for v in lang["act_verbs"]])
        self._enemy_re = words_regex(lang["enemy_words"], re.IGNORECASE)
        self.mutual_re = words_regex(lang["mutual_words"], re.IGNORECASE)
        # the longest word of each phrase: a text holding none names no two sides together
        longest = {max(w.lower().split(), key=len) for w in lang["mutual_words"] if w.split()}
        self._mutual_words = tuple(sorted(longest)) if all(map(str.isascii, longest)) else None
        self._claimant_re = words_regex(lang["claimant_verbs"], re.IGNORECASE)
        self._other_camp_default: dict[str, str] = {}
        for party in profile.parties:
            if party.role == "belligerent" and party.camp:
                self._other_camp_default.setdefault(party.camp, party.id)

    def role(self, party: str | None) -> str | None:
        """The party's role (belligerent, mediator, other), or None."""
        return self._roles.get(party)

    def takes_sides(self, party: str | None) -> bool:
        """Whether the party fights or stands in a warring camp (Ankara beside Baku): its
        condemnation of the other side is a charge, not a mediator's appeal."""
        return self._roles.get(party) == "belligerent" or bool(self._camps.get(party))

    def camp_of(self, party: str | None) -> str | None:
        """The party's camp (Karabakh's authorities and Armenia are one), else itself."""
        return self._camps.get(party or "") or party

    def camp_ok(self, accuser: str | None, accused: str | None) -> bool:
        """Whether `accused` can be accused by `accuser`: another camp, no mediator."""
        if accused is None or accused == accuser:
            return False
        if self._roles.get(accused) == "mediator":
            return False
        if accuser is None:
            return True
        ca, cb = self._camps.get(accuser), self._camps.get(accused)
        return not (ca and cb and ca == cb)

    def claim_roles(
        self,
        s: str,
        clause: Clause,
        frame: Frame | None,
        clause_mentions: list[Mention],
        speaker: str | None,
        hit: Hit,
    ) -> tuple[str | None, str | None] | None:
        """(accuser, accused) of a violation claim, or None when the clause denies it."""
        ctext = s[clause.start : clause.end]
        if self.names_mutual(ctext):
            return (None, None)
        rest = s[hit.end : clause.end] + s[clause.end :].split(";", 1)[0]
        if "each" in rest and _EACH_OTHER_RE.search(rest):
            # "... despite the truce, with A and B each accusing the other" (round 9zt: in
            # the cue's own clause too, and with no other phrase of the two sides)
            return (None, None)
        if frame and frame.speaker and self._coordinated_speakers(s, clause, frame):
            return (None, None)  # "A and B say the truce has been broken": no one accuser
        owner = self._claim_owner(s, clause, frame, hit)
        if owner is not None:
            content = [m for m in clause_mentions if m.party != owner]
            accused = self.act_agent(s, clause, None, content, owner, hit)
            if accused is None and speaker and self.camp_ok(owner, speaker):
                accused = speaker  # "Baku's claim that our forces ...": the speaker's side
            return (owner, accused)
        if frame and frame.verb in self._denial_verbs and frame.verb_end <= hit.start:
            # "B denied A's claims that its forces broke the truce": A accuses B
            for m in clause_mentions:
                if (
                    frame.verb_end <= m.start < hit.start
                    and re.match(
                        r"[’']s\s+(?:\w+\s+)?(?:claims?|accusations?|allegations?|charges?|reports?)"
                        r"|\s+(?:claims?|accusations?|allegations?|charges?)",
                        s[m.end :],
                    )
                    and self.camp_ok(m.party, frame.speaker)
                ):
                    return (m.party, frame.speaker)
            return None
        if frame and frame.verb_end <= hit.start and self.passive_accusation(s, clause, frame):
            # "Armenia was accused of ...": the subject is the accused; "by X" accuses
            agent = next(
                (
                    m.party
                    for m in clause_mentions
                    if frame.verb_end <= m.start < hit.start
                    and BY_RE.search(s[max(frame.verb_end, m.start - 8) : m.start])
                ),
                None,
            )
            if agent is None or self.camp_ok(agent, frame.speaker):
                return (agent, frame.speaker)
        punished = self._punished(s, clause, clause_mentions, hit)
        if punished is not None and (speaker is None or speaker == punished[0]):
            return punished
        accuser = speaker
        # "..., and the State of A bears responsibility, B's army said": A is accused; a
        # cue that opens on a party names the violator ("Hezbollah fires back over 54
        # Israeli violations": Israel, not the subject who fires)
        accused = (
            self._held_responsible(s, accuser)
            or next(
                (
                    m.party
                    for m in clause_mentions
                    if m.party != accuser
                    and (
                        m.start == hit.start
                        # "A's ceasefire violations": the owner of the breaches (round 9zt)
                        or (
                            m.end < hit.start <= m.end + 30
                            and _OWNS_BREACH_RE.fullmatch(s, m.end, hit.start) is not None
                            and self.camp_ok(accuser, m.party)
                        )
                    )
                ),
                None,
            )
            or self.act_agent(s, clause, frame, clause_mentions, accuser, hit)
        )
        if accuser is None and accused is None:
            warned = self._warned_over(s, clause, clause_mentions, hit)
            if warned is not None:
                return warned
        if accuser is None:
            # "A urges an end to B's violations": the one who urges accuses; "A counts 54 B
            # violations", "A answers B's breaches": so does who takes a stance on them
            accuser = self._appellant(s, clause, clause_mentions, hit, accused) or self._claimant(
                s, clause, clause_mentions, hit, accused
            )
        if accused is None and frame and not frame.trailing:
            judged = _IN_WHAT_RE.search(s, clause.start, frame.verb_start)
            if judged is not None:
                # "A shelled two villages, in what B called a violation": A is accused
                before = Clause(clause.start, judged.start(), [], None)
                accused = self.act_agent(s, before, None, clause_mentions, accuser)
        if accused is None and accuser is not None and len(self._other_camp_default) == 2:
            # a warring party that complains of a breach accuses the other side
            camp = self._camps.get(accuser)
            if self._roles.get(accuser) == "belligerent" and camp in self._other_camp_default:
                accused = next(p for c, p in self._other_camp_default.items() if c != camp)
        unplaced = (
            self._unplaced_frame(s, clause, frame)
            if accuser is None and len(self._other_camp_default) == 2
            else None
        )
        if unplaced is not None and accused is None:
            # "Labour Minister X said B is not abiding by the truce": the one warring
            # side named in what the unplaced speaker says is the accused
            named = unique_in_order(
                m.party
                for m in clause_mentions
                if m.start >= unplaced.verb_end
                and self._roles.get(m.party) == "belligerent"
                and not self.mentions.is_place(s, m)
            )
            accused = named[0] if len(named) == 1 else None
        if (
            accuser is None
            and accused is not None
            and len(self._other_camp_default) == 2
            and (
                unplaced is not None
                or any(
                    f.speaker is None
                    and (
                        _UNNAMED_OFFICIAL_RE.search(s[max(0, f.verb_start - 40) : f.verb_start])
                        or _UNNAMED_OFFICIAL_AFTER_RE.match(s, f.verb_end)
                    )
                    for f in clause.frames
                )
                or (";" not in s[clause.end :] and _UNNAMED_AT_END_RE.search(s) is not None)
            )
        ):
            # "A broke the truce with unprovoked fire, a defence official said": an official
            # of no named side who charges one warring side speaks for the other
            camp = self._camps.get(accused)
            if self._roles.get(accused) == "belligerent" and camp in self._other_camp_default:
                accuser = next(p for c, p in self._other_camp_default.items() if c != camp)
        return (accuser, accused)

    def _unplaced_frame(self, s: str, clause: Clause, frame: Frame | None) -> Frame | None:
        """The speech frame that governs the cue when its subject is a person or people the
        profile cannot place (issue 12, the blind role errors, class A): a name with its
        title ("Labour Minister Arman Petrosyan said", "Hor Namhong says") or residents
        ("residents of Martuni told reporters"); a pronoun or "the ministry" is not one."""
        if frame is None or frame.speaker is not None or frame.trailing:
            return None
        if not clause.start <= frame.verb_start < clause.end:
            return None
        subject = s[clause.start : frame.verb_start]
        subject = subject[subject.rfind(",") + 1 :]
        if not _UNPLACED_SPEAKER_RE.search(subject) or PRONOUN_SUBJECT_RE.search(subject):
            return None
        return frame

    def _appellant(
        self,
        s: str,
        clause: Clause,
        mentions: list[Mention],
        hit: Hit,
        accused: str | None,
    ) -> str | None:
        """The subject of an appeal verb before the claim's cue ("A urges an end to B's
        violations", "A called for a halt to the breaches"), when no one else speaks."""
        verb = _APPEAL_VERB_RE.search(s, clause.start, hit.start)
        if verb is None:
            return None
        subject = [m for m in mentions if m.end <= verb.start()]
        if not subject or _AFTER_PREPOSITION_RE.search(
            s, max(0, subject[-1].start - 16), subject[-1].start
        ):
            return None
        party = subject[-1].party
        if party == accused or (accused is not None and not self.camp_ok(party, accused)):
            return None
        return party

    def _claimant(
        self,
        s: str,
        clause: Clause,
        mentions: list[Mention],
        hit: Hit,
        accused: str | None,
    ) -> str | None:
        """The subject of a verb of stance on the breaches before the cue, when no speech
        verb governs it ("A counts 54 B violations", "A lodged a complaint with C over B's
        breaches", "A called on the world to stop B's violations"; issue 12, class B): who
        counts, cites, answers or decries the breaches asserts them. The subject is the
        party that opens the verb's clause, never the object of a preposition ("with C");
        a participle opening a clause (", calling it a breach") takes the sentence's."""
        verbs = list(self._claimant_re.finditer(s, clause.start, hit.start))
        if not verbs:
            return None
        verb = verbs[-1]
        subject = self._subject_of(s, clause.start, verb.start(), mentions)
        if subject is None and not s[clause.start : verb.start()].strip(" ,;"):
            # ", calling it a violation": the subject of the clause before
            sentence_mentions, _places = self.mentions.find(s[: clause.start])
            subject = self._subject_of(s, 0, clause.start, sentence_mentions)
        if subject is None or subject == accused:
            return None
        if accused is not None and not self.camp_ok(subject, accused):
            return None
        return subject

    def _subject_of(self, s: str, lo: int, hi: int, mentions: list[Mention]) -> str | None:
        """The party that is the subject before position `hi`: the last mention from `lo`
        that is no place and no object of a preposition, with a few words at most
        between it and `hi` that hold no clause break ("A fires after B counts 54
        violations": B counts)."""
        for m in reversed(mentions):
            if not lo <= m.start < hi or m.end > hi:
                continue
            if self.mentions.is_place(s, m) or _AFTER_PREPOSITION_RE.search(
                s, max(0, m.start - 24), m.start
            ):
                continue
            between = s[m.end : hi]
            if len(WORD_RE.findall(between)) > 8 or ";" in between:
                return None
            return m.party
        return None

    def _warned_over(
        self, s: str, clause: Clause, mentions: list[Mention], hit: Hit
    ) -> tuple[str, str] | None:
        """(warner, warned) of a warning given over breaches just before the cue ("A warned
        B not to test its patience over its breaches"), when both are warring sides apart."""
        verb = _WARNED_OVER_RE.search(s, clause.start, hit.start)
        if verb is None:
            return None
        before = [m for m in mentions if m.end <= verb.start()]
        after = [m for m in mentions if verb.start() < m.start < hit.start]
        if not before or not after:
            return None
        warner, warned = before[-1].party, after[0].party
        if warner == warned or not self.camp_ok(warner, warned):
            return None
        return warner, warned

    def _held_responsible(self, s: str, accuser: str | None) -> str | None:
        """The party the sentence holds responsible ("A bears responsibility", "holding A
        responsible"), of a camp the accuser may charge."""
        if "responsib" not in s:
            return None
        for m in self.mentions.find(s)[0]:
            held = _BEARS_RESPONSIBILITY_RE.match(s, m.end) or (
                _HOLD_RESPONSIBLE_RE.search(s, max(0, m.start - 12), m.start)
                and _RESPONSIBLE_AFTER_RE.match(s, m.end)
            )
            if held and m.party != accuser and (accuser is None or self.camp_ok(accuser, m.party)):
                return m.party
        return None

    def _punished(
        self, s: str, clause: Clause, clause_mentions: list[Mention], hit: Hit
    ) -> tuple[str, str] | None:
        """ "A strikes B over truce violations": A acts against B for the breaches it
        charges B with (A accuses, B is accused), not A breaking the truce."""
        if not _FOR_BREACH_RE.search(s, max(clause.start, hit.start - 40), hit.start):
            return None
        act = self._act_re.search(s, clause.start, hit.start) or _RESPOND_RE.search(
            s, clause.start, hit.start
        )
        if act is None:
            return None
        subject = [m for m in clause_mentions if m.end <= act.start()]
        target = [m for m in clause_mentions if act.end() <= m.start < hit.start]
        if subject and target and self.camp_ok(subject[0].party, target[0].party):
            return (subject[0].party, target[0].party)
        if subject and not target and len(self._other_camp_default) == 2:
            # "A's troops are responding in kind to the ceasefire violations": the other side
            camp = self._camps.get(subject[0].party)
            if self._roles.get(subject[0].party) == "belligerent":
                other = [p for c, p in self._other_camp_default.items() if c != camp]
                if other and camp in self._other_camp_default:
                    return (subject[0].party, other[0])
        return None

    def cause_agent(
        self,
        s: str,
        clause: Clause,
        mentions: list[Mention],
        accuser: str | None,
        judged_by: Clause | None = None,
    ) -> str | None:
        """The agent of an "as/after/when/while" clause that follows a claim's clause, or
        of the clause that the claim's clause `judged_by` judges ("..., in what X called a
        breach")."""
        if judged_by is not None:
            if not _RELATIVE_JUDGEMENT_RE.match(s, judged_by.start):
                return None
        elif not _CAUSE_RE.match(s, clause.start):
            return None
        if not mentions:
            return None
        if "each" in s[clause.start : clause.end] and _EACH_OTHER_RE.search(
            s, clause.start, clause.end
        ):
            return None  # "..., with A and B each accusing the other": no one agent (9zt)
        return self.act_agent(s, clause, None, mentions, accuser)

    def _coordinated_speakers(self, s: str, clause: Clause, frame: Frame) -> bool:
        """Whether the frame's subject is "A and B" of two camps ("A and B say ...")."""
        if frame.trailing:
            return False
        subject = s[clause.start : frame.verb_start]
        if " and " not in subject:
            return False
        found, _places = self.mentions.find(subject)
        parties = unique_in_order(m.party for m in found)
        return (
            len(parties) == 2
            and all(self._roles.get(p) == "belligerent" for p in parties)
            and self.camp_ok(parties[0], parties[1])
            and bool(re.search(r"\band\s+(?:the\s+)?\S+\s*$", subject))
        )

    def _claim_owner(self, s: str, clause: Clause, frame: Frame | None, hit: Hit) -> str | None:
        """The party whose claim the cue is told in, when no speech verb comes between."""
        lo = max(0, clause.start - 80)
        if frame is not None and frame.verb_end <= hit.start:
            lo = max(lo, frame.verb_end)
        window = s[lo : hit.start]
        # (the claim noun may be the frame itself: "received reports from Baku that ...")
        hinted = s[max(0, lo - 12) : hit.start]
        if not _CLAIM_NOUN_HINT_RE.search(hinted) and not any(
            noun in hinted for noun in _CLAIM_NOUN_CAPITALS
        ):
            return None  # no claim noun before the cue (the usual case): nothing to find
        mentions, _places = self.mentions.find(window)
        for m in reversed(mentions):
            start, end = lo + m.start, lo + m.end
            after = _OWNER_AFTER_RE.match(s, end)
            if after and s[end] not in "'’" and s[max(0, start - 4) : start].lower() != "the ":
                after = None  # the bare adjective owns only after "the": "the B charge that"
            if after is None:
                after = _OWNER_ROLE_AFTER_RE.match(s, end)  # round 9f
            if (after and after.end() <= hit.start) or _OWNER_BEFORE_RE.search(
                s, max(0, start - 40), start
            ):
                between = s[end : hit.start]
                if self._accuse_between_re.search(between):
                    return None  # "Baku's claims, and accused Azerbaijan of": a new claim
                return m.party
        return None

    def denier_is_accused(self, tags: list[Tag]) -> list[Tag]:
        """A sentence's claim that names no accused takes one from the sentence: the
        accused of the same accuser's other claim ("the truce collapsed as B resumed
        shelling, A said"), else a denier beside it ("A rejected the accusations by B,
        which accuse it of ...")."""
        deniers = [t.denier for t in tags if t.kind == "denial" and t.denier]
        named = {t.accuser: t.accused for t in tags if t.kind == "violation_claim" and t.accused}
        if not deniers and not named:
            return tags
        out = []
        for tag in tags:
            if (
                tag.kind == "violation_claim"
                and tag.accuser in deniers
                and tag.accused in (None, tag.accuser)
            ):
                # the speaker of a denial never accuses in the claim it denies: it is accused
                tag = replace_tag(tag, accuser=None, accused=tag.accuser)
            elif tag.kind == "violation_claim" and tag.accuser and tag.accused is None:
                denier = named.get(tag.accuser) or next(
                    (d for d in deniers if self.camp_ok(tag.accuser, d)), None
                )
                if denier is not None:
                    parties = tuple(unique_in_order([tag.accuser, denier, *tag.parties]))
                    tag = replace_tag(tag, accused=denier, parties=parties)
            out.append(tag)
        return out

    def passive_accusation(self, s: str, clause: Clause, frame: Frame) -> bool:
        """ "Armenia was accused of ...": the frame's subject is the accused."""
        return bool(
            frame.speaker
            and frame.verb.lower() in self._accuse_words
            and (
                PASSIVE_RE.search(s, max(clause.start, frame.verb_start - 12), frame.verb_start)
                # "Israel accused of breaches": the verb has no object, so it is passive
                or _NO_OBJECT_RE.match(s, frame.verb_end)
            )
        )

    def _other_side(self, party: str) -> str | None:
        """The belligerent of the other camp, in a war of two camps."""
        camp = self._camps.get(party)
        if len(self._other_camp_default) != 2 or camp not in self._other_camp_default:
            return None
        return next(p for c, p in self._other_camp_default.items() if c != camp)

    def unnamed_officials_side(self, text: str, accused: str) -> str | None:
        """In a war of two camps, the camp other than the accused's when the report cites
        officials or sources of no named side ("officials said", "a spokesman told PTI")."""
        if len(self._other_camp_default) != 2 or self._roles.get(accused) != "belligerent":
            return None
        camp = self._camps.get(accused)
        if camp not in self._other_camp_default:
            return None
        for m in _UNNAMED_SAID_RE.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()].split()
            last = before[-1] if before else ""
            if last[:1].isupper() or last.endswith(("'s", "’s")):
                continue  # "Lebanese officials", "the presidency's spokeswoman": a named side
            return next(p for c, p in self._other_camp_default.items() if c != camp)
        return None

    def names_the_attack(self, s: str, clause: Clause, frame: Frame | None = None) -> bool:
        """Whether the clause opens on an attack named before ("The strike came ..."), or
        the speech that governs the cue does ("UNIFIL said in a statement that the strikes
        were clear violations": issue 12, an act named again, its agent told before)."""
        if _THE_ATTACK_RE.match(s, clause.start) is not None:
            return True
        if frame is None or frame.trailing or not clause.start <= frame.verb_end <= clause.end:
            return False
        that = _SAID_THAT_RE.match(s, frame.verb_end)
        return _THE_ATTACK_RE.match(s, that.end() if that else frame.verb_end) is not None

    def names_mutual(self, text: str) -> bool:
        """Whether the text names the two sides together ("each other", "both sides"):
        ASCII text that holds no phrase's longest word is not searched (no phrase there)."""
        if self._mutual_words is not None and lacks_words(text, self._mutual_words):
            return False
        return self.mutual_re.search(text) is not None

    def act_agent(
        self,
        s: str,
        clause: Clause,
        frame: Frame | None,
        clause_mentions: list[Mention],
        accuser: str | None,
        hit: Hit | None = None,
    ) -> str | None:
        """The party said to have done the act: accused object, passive agent, subject."""
        lo = clause.start
        if frame and not frame.trailing and (hit is None or frame.verb_end <= hit.start):
            lo = frame.verb_end
        hi = clause.end
        if frame and frame.trailing:
            hi = frame.verb_start
        content = [m for m in clause_mentions if lo <= m.start < hi]
        # 1. "accused Y of", "blamed Y"
        for m in content:
            if self._accuse_re.search(s[max(lo, m.start - 25) : m.start]) and self.camp_ok(
                accuser, m.party
            ):
                return m.party
        # 2. passive agent: "was shelled by Azerbaijani forces"
        for m in content:
            if BY_RE.search(s[max(lo, m.start - 8) : m.start]) and self.camp_ok(accuser, m.party):
                return m.party
        # 3. the subject of an act verb: the nearest mention a few words before it
        # the parties of a truce's name are no agents: "the truce between A and B" (nor,
        # below, the target of an act named by its noun: `_is_target`)
        content = [m for m in content if not _BETWEEN_RE.search(s, max(lo, m.start - 40), m.start)]
        low = s.lower() if content else ""  # (no mention left: no act verb has a subject)
        acts = (
            ()
            if not content
            else self._act_low_re.finditer(low, lo, hi)
            if len(low) == len(s)
            else self._act_re.finditer(s, lo, hi)
        )
        for act in acts:
            candidates = [m for m in content if m.end <= act.start()]
            if not candidates:
                continue
            m = candidates[-1]
            between = s[m.end : act.start()]
            close = len(WORD_RE.findall(between)) <= 5 and ";" not in between
            if (
                close
                and self.camp_ok(accuser, m.party)
                and not self.mentions.is_place(s, m)
                and not _is_target(s, lo, m)
            ):
                return m.party
        # 4. "the enemy"
        if accuser and self._enemy_re.search(s, lo, hi):
            camp = self._camps.get(accuser)
            for other_camp, party in self._other_camp_default.items():
                if camp and other_camp != camp:
                    return party
        # 5. the only belligerent of the other camp named
        others = unique_in_order(
            m.party
            for m in content
            if self._roles.get(m.party) == "belligerent"
            and self.camp_ok(accuser, m.party)
            and not self.mentions.is_place(s, m)
            and not _is_target(s, lo, m)
        )
        if len(others) == 1 and accuser is not None:
            return others[0]
        return None

    def deniers(self, site: Site, state: DocState) -> list[str]:
        """Who denies: the denier and the parties coordinated with it as subjects, in
        reading order ("Armenia's defence ministry and Karabakh's army denied it")."""
        s, _clause, _frame, clause_mentions, hit = site
        denier = self._denier(site, state)
        if denier is None:
            return []
        if any(
            m.party == denier
            and hit.start < m.start < hit.end + 40
            and _OWNS_CLAIM_AFTER_RE.match(s, m.end)
            for m in clause_mentions
        ):
            # "the Foreign Office rejects Indian attack claims": the claim's owner denies
            # nothing; in a war of two camps the other side does
            denier = self._other_side(denier)
            if denier is None:
                return []
        before = [m for m in clause_mentions if m.end <= hit.start]
        if not cue_is_verb(s, hit) and any(
            m.party == denier and _CLAIM_OF_RE.match(s, m.end) for m in before
        ):
            return []  # "Baku's claims ... are not true": whose claim it is never denies it
        if not before or before[-1].party != denier:
            return [denier]
        if _PASSIVE_BETWEEN_RE.search(s, before[-1].end, hit.start):
            return [denier]  # "claims about A and B were denied": A and B deny nothing
        found = [denier]
        index = len(before) - 1
        link = _AND_SUBJECTS_RE
        while index > 0 and link.fullmatch(s, before[index - 1].end, before[index].start):
            index -= 1
            start = before[index].start
            if _AFTER_PREPOSITION_RE.search(s, max(0, start - 24), start):
                break  # "talks with A and B": objects of a preposition deny nothing
            if before[index].party not in found:
                found.append(before[index].party)
            link = _LIST_SUBJECTS_RE
        return found[::-1]  # in reading order: "A and B denied" is first A's denial

    def _denier(self, site: Site, state: DocState) -> str | None:
        """The party that denies: a passive's agent, the subject of the denying verb, the
        speaker of the frame, or the last speaker for a pronoun."""
        s, clause, frame, clause_mentions, hit = site
        by = _DENIAL_BY_AGENT_RE.match(s, hit.end)
        if (
            by is not None
            and " " not in s[hit.start : hit.end]
            and PASSIVE_RE.search(s, max(clause.start, hit.start - 16), hit.start)
        ):  # a passive: "the claims were denied by Moscow" (not "the claims by X")
            agent = next((m for m in clause_mentions if m.start == by.end()), None)
            if agent is not None:
                return agent.party
        verb_like = cue_is_verb(s, hit)
        if verb_like:
            before = [m for m in clause_mentions if m.end <= hit.start]
            if before:
                m = before[-1]
                between = s[m.end : hit.start]
                if len(WORD_RE.findall(between)) <= 6 and not self._reporting_re.search(between):
                    if (
                        frame is not None
                        and frame.speaker
                        and frame.speaker != m.party
                        and frame.verb_end <= m.start
                        and _AND_PREDICATE_END_RE.search(between)
                    ):
                        # "A says B's guns hit homes and calls the claim a lie": the verb
                        # after "and" is the speaker's second predicate; the party of the
                        # clause it said is no subject of it (round 9zp)
                        return frame.speaker
                    return m.party
        if any(hit.start <= f.verb_start < hit.end for f in clause.frames):
            # "Baku keeps spreading false reports that ..., Stepanyan said": the cue's own
            # claim noun is no speech verb (who spreads the reports never denies them); a
            # later speech verb's speaker denies
            later = next(
                (
                    f
                    for f in clause.frames
                    if f.verb_start >= hit.end and f.speaker and f.verb.lower() not in _CLAIM_VERBS
                ),
                None,
            )
            if later is not None:
                return later.speaker
        if frame and frame.speaker and (frame.verb_end <= hit.start or frame.trailing):
            return frame.speaker
        if frame and not frame.speaker and frame.verb_end <= hit.start:
            # "an official said Azerbaijan's claim ... was untrue": whose claim it is
            # never denies it; the denier is who spoke before (or unknown)
            inside = next((f for f in clause.frames if f.verb_start >= hit.start), None)
            if inside is not None and inside.speaker == clause.speaker:
                return state.last_speaker if state.last_speaker != inside.speaker else None
        if verb_like:
            subject = s[max(clause.start, hit.start - 40) : hit.start]
            if not subject.strip() or PRONOUN_SUBJECT_RE.search(subject):
                return state.last_speaker
        return clause.speaker


def _is_target(s: str, lo: int, m: Mention) -> bool:
    """Whether the mention is the target of an act named by its noun ("the shelling of B's
    homes", "the destruction of C's post and B's tower"): never its agent (issue 12)."""
    return _ACT_TARGET_RE.search(s, max(lo, m.start - 90), m.start) is not None


def without_nameless_denial(tags: list[Tag]) -> list[Tag]:
    """A sentence's denial naming no denier, dropped when the sentence names one ("The
    reports are not true, and Armenia denied them"): its places go to the first named."""
    named = [t for t in tags if t.kind == "denial" and t.denier]
    nameless = [t for t in tags if t.kind == "denial" and not t.denier]
    if not named or not nameless:
        return tags
    places = unique_in_order([*named[0].places, *(p for t in nameless for p in t.places)])
    widened = replace_tag(named[0], places=tuple(places))
    return [widened if t is named[0] else t for t in tags if t not in nameless]


def cue_is_verb(s: str, hit: Hit) -> bool:
    """Whether a denial cue starts with a verb of denying ("rejected the claims"), not
    with the claim ("the claims are untrue")."""
    return s[hit.start : hit.end].split()[0].lower().startswith(_DENIAL_VERB_STARTS)
