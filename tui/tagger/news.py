"""Step 4b, news or not: negation ("did not", "no", "halt to"), hedges and conditionals
("if", "would", "urged ... to"), subordinate clauses for rules that ask for a main clause,
recaps (past perfect outside reported speech, "since ...", "... ago"), and a truce that is
only the object of a violation."""

from __future__ import annotations

import re

from tui.profile import Rule
from tui.tagger.text import Clause, Frame, Hit, lacks_words, last_words, words_regex

# round 9b: a negation under a modal or "do" governs its own bare verb, not a finite verb
# joined after "and": "he feared the withdrawal would not happen on Tuesday and urged the
# brokers to press for it" urges; "did not meet and discuss" stays negated (bare verb)
_MODAL_NEG_THEN_AND_RE = re.compile(
    r"\b(?:would|will|could|can|did|does|do|should|might|may|must|shall)(?:\s+not|n[’']t)"
    r"\s+\w+\b(?:\s+[^\s,;]+){0,8}?\s+(?:and|but)\s*$",
    re.IGNORECASE,
)
_FINITE_START_RE = re.compile(r"[a-z]+(?:ed|es)\b|(?:said|told|sent|spoke)\b", re.IGNORECASE)

_NEGATION_INSIDE_RE = re.compile(r"\b(?:not|no|never|neither|nor|without)\b|n['’]t\b")

# "had" before an article or "talks" is the verb have ("had talks", "had a call"), no recap
_PAST_PERFECT_RE = re.compile(
    r"\bhad\s+(?!(?:a|an|the|talks)\b)"
    r"(?:(?:already|previously|earlier|not|been|just|also|first|only)\s+){0,2}\w+"
)

# a speech verb in the past perfect ("had said", "had earlier accused"): a recap
_HAD_BEFORE_RE = re.compile(r"\bhad\s+(?:(?:earlier|already|previously|also)\s+)?$")
# a past perfect main verb before a participle frame, in the same stretch of the sentence
_HAD_DONE_BEFORE_RE = re.compile(
    r"\bhad\s+(?:(?:earlier|already|previously|also|repeatedly)\s+)?[a-z]+(?:ed|en|wn|id|ld|ght)\b[^.;:]*,\s*$",
    re.IGNORECASE,
)

# ... unless the earlier word is of the same day, as a denial report tells the charge it
# answers: "the Armenian spokesman had said earlier on Thursday that Baku shelled it"
# round 9zi: a party's habitual appeal and the others' told after it in the same sentence
_HABIT_THEN_OTHERS_RE = re.compile(
    r"\b(?:has|have)\s+(?:repeatedly|long|often|lately|recently|time\s+and\s+again)\s+"
    r"(?:ask|call|urg|appeal|press|demand)\w*\b[^.;]{0,120}?,\s+and\s+[^.;]{0,80}?"
    r"\b(?:have|has)\s+(?:all\s+|also\s+|both\s+)?(?:urged|called|appealed|asked|pressed)\b",
    re.IGNORECASE,
)
# round 9zi: a speech verb dated a week or more back dates what it reports: "X claimed last
# week that the two had agreed to stop fighting", "the minister told a broadcaster last week
# that the group had agreed to the truce" (a short object, "told CNN", may come between)
_SAID_AGO_RE = re.compile(
    r"\s+(?:[A-Z][\w.]*\s+)?(?i:last\s+(?:week|month)|previous\s+week"
    r"|(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:weeks?|months?)\s+ago)\b"
)
_SAME_DAY_AFTER_RE = re.compile(
    r"\s+(?:earlier\s+(?:on\s+\w+day|in\s+the\s+day|today|that\s+day|on\s+the\s+same\s+day)"
    r"|on\s+the\s+same\s+day)\b",
    re.IGNORECASE,
)

# the act inside a statement denied: "has denied a statement by the Azerbaijani ministry
# claiming that an Armenian aircraft was shot down" (no strike is told)
_DENIED_CLAIMING_RE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:es|ed|ing)|dismiss(?:es|ed|ing)?)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,8}?(?:statements?|reports?|claims?|information|"
    r"allegations?)\s+(?:\S+\s+){0,6}?(?:claiming|alleging|asserting|saying)\s+"
    r"(?:that\s+)?(?:\S+\s+){0,10}$",
    re.IGNORECASE,
)
# a word every match of it holds: a clause without one is not searched
_CLAIMING_WORDS = ("claiming", "alleging", "asserting", "saying")

# round 9a: what a speaker recalls or reminds of is told before: "the prosecutor general
# recalled that the missile attack on the city had left one dead" (a recap, not news)
_RECALLED_RE = re.compile(r"\b(?:recall(?:s|ed|ing)|remind(?:s|ed|ing))\s+(?:\w+\s+){0,3}?that\b")

# round 9h: a claim's content opened by its noun, its owner and "that": "warnings from B
# that A is breaching the truce", "accusations by A that B ..." (what comes before hedges
# it not; "could face claims that it broke the truce" stays hedged)
_OWNED_CLAIM_THAT_RE = re.compile(
    r"\b(?:warnings?|claims?|accusations?|allegations?|charges?)\s+(?:made\s+|issued\s+)?"
    r"(?:from|by)\s+(?:[\w-]+\s+){1,4}?that\s+",
    re.IGNORECASE,
)

# a verb that says the act goes on: its infinitive is told, not hoped ("Armenia continues
# to disregard the truce")
_GOES_ON = frozenset(("continue", "continues", "continued", "continuing"))

# round 9d: an attempt charged is the act charged: "accused B of trying to strike its
# pipelines" (after "of"; "plans to strike" stays a plan)
_TRIED = frozenset(("trying", "attempting"))

# round 9k: a denial made at once is made: "officials sought to deny the remarks", "the
# ministry was quick to deny it", "moved to deny the report" (a truce "sought" stays a wish)
_DENIED_AT_ONCE = frozenset(
    ("sought", "seeks", "seeking", "moved", "moves", "quick", "hastened", "hastens", "rushed")
)

# the negations that stop a fight rather than deny a fact
_STOPPING = ("halt", "stop", "end", "cessation", "cease", "suspen", "pause", "freeze")

_SINCE_RE = re.compile(r"\b(?:since|Since)\b")
# a span from a recent day up to the report, in the perfect progressive, is the news itself:
# "since Monday the two have been firing rockets" (round 8c; "since July", "since the war
# began", "shelling since Wednesday killed 23" stay a recap)
_ONGOING_RE = re.compile(r"\b(?:have|has)\s+been\s+\w+ing\b")
_SINCE_RECENT_RE = re.compile(
    r"\b[Ss]ince\s+(?:early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|last\s+night|this\s+(?:morning|week)|dawn|the\s+early\s+hours)\b"
)

# a truce told with its failure, after "but" or "yet"
_TRUCE_FAILED_RE = re.compile(
    r"\b(?:but|yet|after\s+which|only\s+(?:minutes|hours)\s+before|before)\s+"
    r"(?:it\s+|this\s+|that\s+|the\s+\w+\s+|(?:quickly|soon)\s+|\w+\s+and\s+\w+\s+)?"
    r"(?:was\s+(?:\w+\s+)?(?:broken|violated|breached|ignored|not\s+(?:respected|observed|kept))"
    r"|(?:quickly\s+|soon\s+)?(?:collapsed|failed|faltered|broke\s+down|unravell?ed|crumbled)"
    r"|did\s+not\s+(?:hold|last)|(?:has|had)\s+not\s+held|never\s+(?:held|took\s+hold)"
    r"|(?:the\s+)?(?:hostilities|fighting|clashes|shelling)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:gone\s+on|went\s+on|continued|resumed|persisted)"
    r"|(?:each\s+side\s+)?(?:blamed|accused)\s+(?:each\s+other|the\s+other)\s+(?:for|of)\s+breaking"
    # "accepted the ceasefire, but violations were reported by both sides within hours"
    r"|(?:violations|breaches)\s+(?:were|have\s+been)\s+(?:\w+ly\s+)?(?:reported|alleged)"
    # "took effect at midnight, but a few hours later Yerevan accused Baku of violating it"
    r"|(?:(?:within\s+|a\s+few\s+|only\s+)?(?:hours|minutes)\s+later\s+)?(?:\S+\s+){1,3}?"
    r"(?:accused|blamed)\s+(?:\S+\s+){1,3}?(?:of|for)\s+(?:violating|breaking|breaching)\s+it"
    # round 9k: the fire that went on told with "still" or "again": "agreed to a ceasefire,
    # yet this morning they still shelled us", "but their guns opened fire again at dawn"
    r"|(?:\S+\s+){0,6}?still\s+(?:\S+\s+){0,2}?(?:shell\w*|fir(?:ed|ing)|attack\w*|bomb\w*|"
    r"struck|strik\w*|opened\s+fire|fought|clash\w*)"
    r"|(?:\S+\s+){0,5}?(?:shelled|fired|attacked|bombed|struck|opened\s+fire|fought|clashed)\s+"
    r"(?:\S+\s+){0,3}?again"
    # round 9zc: "yet at 8 pm the guns opened up once more", "but the shelling began anew"
    r"|(?:\S+\s+){0,6}?(?:shelled|fired|attacked|bombed|struck|opened\s+(?:up|fire)|fought|clashed"
    r"|began|started|resumed)\s+(?:\S+\s+){0,3}?(?:once\s+more|anew))\b"
)

# what has gone on since a time named before: "have co-chaired the talks ever since"
_EVER_SINCE_RE = re.compile(r"\b(?:ever\s+since|since\s+then)\b")

# a perfect participle tells what came before the clause's act: "having fled the shelling"
_HAVING_RE = re.compile(
    r"\bhaving\s+(?:\w+\s+)?(?:fled|escaped|survived|endured|left|been\s+\w+)\s+(?:\S+\s+){0,3}$"
)

# report nouns that frame what they tell like a speech verb ("reports of shelling")
_REPORT_NOUNS = frozenset(("reports", "report", "claims", "claim", "word", "sign", "signs"))
_NO_REPORT_RE = re.compile(r"\b(?:no|not\s+any|without(?:\s+any)?|nor)\s+(?:\w+\s+)?$")

_AGO_RE = re.compile(
    # (minutes, hours or a short while ago is the report's own day: no recap)
    r"\b(?:(?<!minutes\s)(?<!hours\s)(?<!moments\s)(?<!while\s)(?<!hour\s)ago"
    r"|last\s+(?:week|month|year)|earlier\s+(?:this|in\s+the|that)\s+(?:week|month)"
    r"|previous\s+(?:week|month))\b"
)

_AGO_HINT_RE = re.compile(r"ago|last|earlier|previous")

# a sentence that opens on a time gone by speaks of then, up to a semicolon: "Last week
# the army said three soldiers were hurt", "Days earlier B rejected the charge"
_OPENS_PAST_RE = re.compile(
    r"(?:[A-Z][\w /.,()-]{0,40}?\s[-–—]+\s)?(?:Last\s+(?:week|month|year)(?!['’])"
    r"|(?:(?:A\s+few|Several|Two|Three|Four|Five)\s+)?(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)"
    r"\s+(?:earlier|before|ago)|A\s+(?:week|month|year)\s+(?:earlier|before|ago)"
    r"|Earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year))\b"
)

# a hit that a count of hours or days dates before the report's event: "freed on Wednesday,
# three days after the two sides agreed a truce", "flared again hours after both agreed"
# (no comma between: "Days after the truce, troops shelled X" is news)
_DAYS_AFTER_RE = re.compile(
    r"\b(?:\w+\s+)?(?:hours|days|weeks|months)\s+(?:after|before)\s+[^,;]*$", re.IGNORECASE
)
# round 9y: an attack told a single day or hour before another act, as far back in the
# sentence: "the calls came a day after jets struck a camp" ("earlier in the day after the
# president spoke" counts nothing)
_A_DAY_AFTER_RE = re.compile(
    r"\b(?:(?:\w+\s+)?(?:hours|days|weeks|months)|(?:a|one)\s+(?:day|week|month)|an\s+hour)"
    r"\s+(?:after|before)\s+[^,;]*$",
    re.IGNORECASE,
)

# a delay counted in days and its cause, told once it is over: "the handover had been held
# up by a day after A alleged violations by B, which B denied" (the charge and the denial
# are the delay's story, a day before the report's news; round 8c)
_DELAYED_BY_RE = re.compile(
    r"\b(?:held\s+up|delayed|put\s+off|postponed|pushed\s+back)\s+(?:by|for)\s+(?:a|one|two|"
    r"three|\d+)\s+(?:more\s+)?(?:days?|hours?)\s+(?:after|over|because\s+of|amid|following)\b"
    r"[^;]*$",
    re.IGNORECASE,
)


def _speech_hours_after(s: str, start: int, verb_start: int) -> bool:
    """Whether a speech verb sits in a clause a count of hours or days dates before the
    report's event: "jets struck hours after the president said he had brokered a truce" tells
    the truce as what came before the strike, not as news of its own (round 8c)."""
    lo = max(start, verb_start - 60)
    return "after" in s[lo:verb_start] and _DAYS_AFTER_RE.search(s, lo, verb_start) is not None


# kinds that a denying verb's content never reports ("denied agreeing a truce"; "rejected
# claims that its troops shelled X": the strike is what is denied)
_DENIABLE = frozenset(
    (
        "truce_agreed",
        "exchange",
        "peacekeeping",
        "diplomatic_call",
        "territorial_change",
        "attack",
        "humanitarian",
    )
)


# round 9c: a second object clause of the same speech verb ("said that A, and that B")
_AND_THAT_RE = re.compile(r",?\s*(?:and|but)\s+that\b", re.IGNORECASE)
# round 9c: an earlier word told in today's speech ("Anutin said he had told Trump that B had
# broken the truce first"): the saying is the day's news, its past perfect the speaker's
_SAID_HE_HAD_RE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){1,2}?|added|stated|insisted)\s+(?:that\s+)?"
    r"(?:he|she|they|we|it|i)\s+had\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_THAT_RE = re.compile(r"\bthat\b", re.IGNORECASE)  # what was told, not what was ordered
# round 9c: a phrase fronted before the main clause and closed by a comma ("After three days
# of talks, the committee reached a consensus on the truce", "Following the meeting, the
# two signed"): what follows the comma is the main clause, not the phrase's subordinate one
_FRONTED_RE = re.compile(
    r"\s*(?:that\s+)?(?:after|following|despite|amid|before|ahead\s+of)\s+[^,;]{3,100}?,\s+"
    r"(?=[^,;]*$)",
    re.IGNORECASE,
)
# round 9j: a relative clause set off by commas closes at its second comma, so the verb after
# it is the main clause's: "B's government, in which two generals hold seats, has agreed to
# the resolution" (the subordinator "which" governs only "two generals hold ...")
_COMMA_RELATIVE_RE = re.compile(
    r",\s+(?:(?:in|of|with|under|by|for|from|at|on|among)\s+)?(?:which|who|whom|whose)\b[^,;]{1,90},\s+",
    re.IGNORECASE,
)


# round 9q: diplomacy named in passing. A call is the report's news when the headline or
# the lede tells it, or a clause of its own; later in the report, a call told only as the
# maker of a truce is the truce's history ("after talks" is not: the sets count the talks
# a truce of the day came after, wherever the report tells them)
_CALL_TRUCE_NOUN = r"(?:cease-?fires?|truces?|armistice|deal|agreement|accord|arrangement|pause)"
# a truce's maker named on the truce: "a ceasefire between A and B, negotiated with C,
# broke down" (a participle on the truce's name, no verb of its own)
_CALL_PARTICIPLES = frozenset(("negotiated", "mediated", "brokered", "facilitated", "arranged"))
_TRUCE_JUST_BEFORE_RE = re.compile(
    _CALL_TRUCE_NOUN + r"(?:\s+(?:between|among)\s+[^,;]{1,60}?)?\s*,?\s*$", re.IGNORECASE
)
_BY_WITH_RE = re.compile(r"\s+(?:with|by|through)\b", re.IGNORECASE)
# a truce made "with / under / through C's mediation": "a truce has now been agreed three
# times, with the mediation of C"
_MEDIATION_ON_TRUCE_RE = re.compile(
    _CALL_TRUCE_NOUN + r"\b[^;]{0,90}?\b(?:with|under|through)\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# the call as the subject of a past perfect told outside speech: "complaints to the
# mediators had achieved nothing", "at the ceremony, held by video link, he had praised C"
_LATER_PAST_PERFECT_RE = re.compile(
    r"(?:(?!\b(?:that|which|who|whom|whose|when|where|after|before|as|because|while|since|if|until|said|says"
    r"|told|and|but)\b)[^;:\"“”])*?\bhad\s+(?!(?:a|an|the|talks)\b)(?:(?:already|previously"
    r"|earlier|not|been|just|also|first|only|long)\s+){0,2}[a-z]+(?:ed|en|wn|ne|ght|id|ld|ade)\b",
    re.IGNORECASE,
)
# a noun phrase set off by a comma after the call, whose past perfect is its own
_APPOSITION_RE = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s", re.IGNORECASE)
# a speech verb in a relative clause names, it reports nothing: "whom he called his brother"
_RELATIVE_SPEAKER_RE = re.compile(r"\b(?:whom|who|which|what)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a bare "since" that closes the clause is "since then": "talks have made little headway
# since" (a standing state, as "ever since")
# (not "met twice since, most recently in Geneva on Monday": the latest is today's news)
_SINCE_THEN_RE = re.compile(
    r"\bsince\s*(?:[.;:]|$|,(?!\s+(?:most\s+recently|the\s+latest|latest|last|including)\b))",
    re.IGNORECASE,
)


def _call_in_passing(s: str, hit: Hit, match_text: str, in_speech: bool, lede: bool) -> bool:
    """Whether a call is told in passing (round 9q): past the lede, as a truce's maker;
    anywhere, as the subject of a past perfect outside speech (not one of a phrase set
    beside it: `_APPOSITION_RE`). The headline and the lede tell the report's own news, a
    truce's maker included."""
    before = s[max(0, hit.start - 120) : hit.start].rsplit(";", 1)[-1]
    if not lede:
        word = match_text.lower()
        if (
            word in _CALL_PARTICIPLES
            and _TRUCE_JUST_BEFORE_RE.search(before)
            and _BY_WITH_RE.match(s, hit.end)
        ):
            return True
        if word.startswith("mediation") and _MEDIATION_ON_TRUCE_RE.search(before):
            return True
    if in_speech or "had" not in s[hit.end :]:
        return False
    later = _LATER_PAST_PERFECT_RE.match(s, hit.end)
    # not a past perfect in an apposition to the call: "spoke by phone on Sunday, the
    # first time the two had spoken since the truce", "..., a meeting diplomats had hoped"
    return later is not None and not _APPOSITION_RE.search(s, hit.end, later.end())


# "the first time since ...": an act of today measured against a span's start
_FIRST_SINCE_RE = re.compile(r"\bfirst\s+(?:\w+\s+){0,3}?since\b", re.IGNORECASE)


class News:
    """The language's negations, hedges and subordinators, compiled once."""

    def __init__(self, lang: dict[str, tuple[str, ...]]) -> None:
        self._denial_verbs = frozenset(lang["denial_verbs"])
        self._negation_low_re = words_regex([w.lower() for w in lang["negations"]])
        # talks about stopping the fighting are still talks: for a call, only a plain
        # negation negates ("no talks", "did not meet"), not "ending", "halt to", "cease"
        self._talks_negation_low_re = words_regex(
            [w.lower() for w in lang["negations"] if not w.lower().startswith(_STOPPING)]
        )
        self._hedge_re = words_regex(lang["hedges"])
        self._subordinator_re = words_regex(lang["subordinators"])
        self._plain_speech = frozenset(lang["reporting_verbs"]) - self._denial_verbs
        self._claim_sentence = ""
        self._claim_named = False
        # the last sentence read and the time gone by it opens on (`_opening_past`)
        self._past: tuple[str, re.Match[str] | None] = ("", None)

    def is_news(
        self,
        s: str,
        hit: Hit,
        clause: Clause,
        frame: Frame | None,
        rule: Rule,
        violation_clauses: set[int],
        lede: bool = True,
    ) -> bool:
        """Whether the hit asserts its event as news: not negated, hedged, subordinate,
        a recap, or a truce that is only what was violated (`lede`: the hit's sentence is
        the headline or one of the body's first two, where a call told in passing counts)."""
        scope_start = clause.start
        if frame and not frame.trailing and frame.verb_end <= hit.start:
            scope_start = max(scope_start, frame.verb_end)
        before = s[scope_start : hit.start]
        tail = before.rsplit(None, 8)[-8:]  # the last eight words, split once
        near = " ".join(tail[-6:])
        match_text = s[hit.start : hit.end]
        negation = (
            self._talks_negation_low_re if rule.kind == "diplomatic_call" else self._negation_low_re
        )
        if (
            rule.negatable
            and negation.search(near.lower())
            and not (
                _MODAL_NEG_THEN_AND_RE.search(before[-120:]) and _FINITE_START_RE.match(match_text)
            )
        ):
            return False
        if rule.negatable and _NEGATION_INSIDE_RE.search(match_text):
            return False  # "agreed humanitarian steps, not a ceasefire"
        if rule.negatable and frame is not None and frame.verb.lower() in _REPORT_NOUNS:
            # "no reports of shelling": the report noun that frames the hit is negated
            head = s[max(clause.start, frame.verb_start - 24) : frame.verb_start].lower()
            if _NO_REPORT_RE.search(head):
                return False
        if rule.factual:
            hedge_scope = s[clause.start : hit.start]
            if frame and frame.verb in self._plain_speech and frame.verb_end <= hit.start:
                hedge_scope = s[frame.verb_end : hit.start]
            content = (
                None  # (every match holds "that": a scope without it holds none)
                if lacks_words(hedge_scope, ("that",))
                else next(reversed(list(_OWNED_CLAIM_THAT_RE.finditer(hedge_scope))), None)
            )
            if content is not None:
                # round 9h: "would hold the points, despite warnings from B that A is breaching
                # the truce": a claim's content is hedged only by its own words
                hedge_scope = hedge_scope[content.end() :]
            at_once = (
                rule.kind == "denial"
                and len(tail) > 1
                and tail[-1].lower() == "to"
                and tail[-2].lower() in _DENIED_AT_ONCE
            )
            if at_once:  # round 9k: "sought to deny" hedges nothing before it either
                hedge_scope = hedge_scope[: hedge_scope.rfind(tail[-2])]
            if self._hedge_re.search(last_words(hedge_scope, 12)) or self._hedge_re.search(
                match_text
            ):
                return False
            if (
                tail
                and tail[-1].lower() == "to"
                and not (len(tail) > 1 and tail[-2].lower() in _GOES_ON)
                and not (len(tail) > 2 and tail[-3].lower() == "of" and tail[-2].lower() in _TRIED)
                and not at_once
            ):  # an infinitive: "ready to sign" (not "continues to disregard": it does)
                return False
        if rule.main_clause:
            sub_scope = s[clause.start : hit.start]
            if frame and frame.verb_end <= hit.start and not frame.trailing:
                sub_scope = s[frame.verb_end : hit.start]
            fronted = _FRONTED_RE.match(sub_scope)
            if fronted:  # round 9c: "After three days of talks, the committee reached ..."
                sub_scope = sub_scope[fronted.end() :]
            sub_scope = _COMMA_RELATIVE_RE.sub(" ", sub_scope)  # round 9j
            if self._subordinator_re.search(sub_scope):
                return False
        if (
            rule.kind == "truce_agreed"
            and hit.clause in violation_clauses
            and not _told_with_breach(rule, match_text)
        ):
            return False  # "violating the truce agreed on Saturday" is no new truce
        if rule.kind == "truce_agreed" and _truce_failed_after(s, hit.end):
            return False  # "a truce took effect on the 10th but was broken": its story
        if (
            rule.kind == "diplomatic_call"
            and "and" in s[: hit.start]
            and any(m.end() >= hit.end for m in _HABIT_THEN_OTHERS_RE.finditer(s, 0, hit.end))
        ):
            # round 9zi: "A has repeatedly asked the world to step in, and C and D have all
            # urged restraint": the others' appeals go on with the habit told (one clause
            # on, where a rule's own veto cannot see)
            return False
        if rule.kind == "diplomatic_call" and _truce_made_then_failed(s, hit.end):
            # round 9zc: "their commander met ours and agreed to a ceasefire, yet this
            # morning they still shelled us": the talks made the truce its breach is told by
            return False
        if rule.kind == "violation_claim" and (
            _failure_as_time(s, hit) or _charges_over_a_span(s, clause)
        ):
            # round 9zd: "the appeal comes after a third truce, brokered by C, failed to stop
            # the fighting"; "though each has since accused the other of breaking it"
            return False
        if rule.kind in _DENIABLE and (
            (frame is not None and self._denied(hit, clause, frame))
            or (hit.end < clause.end and self._names_claim(s) and _judged_claim(s, hit, clause))
            or _alleged_and_judged(s, hit, clause)
            or _judged_before(s, hit, clause)
            or (
                not lacks_words(s[clause.start : hit.start], _CLAIMING_WORDS)
                and _DENIED_CLAIMING_RE.search(s, clause.start, hit.start) is not None
            )
        ):
            return False
        if rule.news_only:
            # reported speech, the verb before or after ("X had broken the truce, Y said"):
            # its past perfect is the speaker's past tense, not a recap
            reported = (frame is not None and frame.verb_end <= hit.start) or any(
                f.verb_start >= hit.end for f in clause.frames
            )
            if not reported and _AND_THAT_RE.match(s, clause.start):
                reported = True  # round 9c: "said ... that A, and that B had broken it"
            # (in speech: a frame governs the hit, or one after it, "X had stalled, Y said";
            # not one in a relative clause, "whom he called his brother")
            if rule.kind == "diplomatic_call" and _call_in_passing(
                s,
                hit,
                match_text,
                frame is not None
                or any(
                    f.verb_start >= hit.end
                    and not _RELATIVE_SPEAKER_RE.search(s, max(0, f.verb_start - 24), f.verb_start)
                    for f in clause.frames
                ),
                lede,
            ):
                return False  # round 9q: "complaints to the mediators had achieved nothing"
            if (
                reported
                and frame is not None
                and "had" in s[max(0, frame.verb_start - 20) : frame.verb_start]
                and _HAD_BEFORE_RE.search(s, max(0, frame.verb_start - 20), frame.verb_start)
                and not _SAME_DAY_AFTER_RE.match(s, frame.verb_end)
                and not (
                    _SAID_HE_HAD_RE.search(s, max(0, frame.verb_start - 60), frame.verb_start)
                    and _THAT_RE.search(s, frame.verb_end, hit.start)
                )
            ):
                return False  # "X had said that B shelled Y": the speaker's earlier word
            if (
                reported
                and frame is not None
                and not frame.trailing
                and frame.verb_end <= hit.start
                and _SAID_AGO_RE.match(s, frame.verb_end)
            ):
                return False  # round 9zi: "X claimed last week that the two had agreed"
            if (
                reported
                and frame is not None
                and frame.verb.lower().endswith("ing")
                and _HAD_DONE_BEFORE_RE.search(s, max(0, frame.verb_start - 120), frame.verb_start)
            ):
                # round 9b: "officials had signalled they would not meet it, saying B had
                # not kept its side": a participle goes on the past perfect's earlier word
                return False
            recent = " ".join(tail)
            if (
                not reported
                and "had " in s
                and _PAST_PERFECT_RE.search(" ".join(tail[-4:]) + " " + match_text)
            ):
                return False
            if self._opens_past(s, hit.start, rule.kind == "denial"):
                return False
            if ("ecall" in s or "emind" in s) and _RECALLED_RE.search(s, 0, hit.start):
                return False  # round 9a: "the prosecutor recalled that the strike on X left ..."
            # (round 9y: an attack reaches further back, "hours after jets intruded from
            # the north and turned back after dropping bombs")
            attack = rule.kind == "attack"
            lo = max(scope_start, hit.start - (150 if attack else 90))
            if ("after" in (s[lo : hit.start] if attack else near) or "before" in near) and (
                _A_DAY_AFTER_RE if attack else _DAYS_AFTER_RE
            ).search(s, lo, hit.start):
                return False
            if (
                frame is not None
                and not frame.trailing
                and frame.verb_end <= hit.start
                and _speech_hours_after(s, clause.start, frame.verb_start)
            ) or (
                (" up " in s or "elay" in s or " off " in s or "ostpon" in s or "back" in s)
                and _DELAYED_BY_RE.search(s, max(0, hit.start - 200), hit.start)
            ):
                return False  # "struck hours after the president said he had brokered a truce" (8c)
            since = (
                "ince" in recent
                and _SINCE_RE.search(recent)
                and not (
                    len(_SINCE_RE.findall(recent)) == len(_SINCE_RECENT_RE.findall(recent))
                    and _ONGOING_RE.search(recent + " " + match_text)
                )
            )
            if since and not match_text.lower().startswith("since"):
                return False
            after = s[hit.end : min(clause.end, hit.end + 110)]
            if "since" in after and _EVER_SINCE_RE.search(after):
                return False  # "have co-chaired peace talks ever since": a standing state
            if (
                rule.kind == "diplomatic_call"
                and "since" in s[hit.end : clause.end]
                and _SINCE_THEN_RE.search(s, hit.end, clause.end)
            ):
                return False  # round 9q: "talks have made little headway since"
            if "having" in before and _HAVING_RE.search(before):
                return False  # "returning home, having fled the shelling": the flight before
            hinted = _ago_hint(after) or _ago_hint(recent[-40:])
            if hinted:
                ago = _AGO_RE.search(after)
                if (
                    ago is not None
                    and "ince" in after
                    and _SINCE_RE.search(after, 0, ago.start())
                    and _FIRST_SINCE_RE.search(after, 0, ago.start())
                ):
                    # round 9e: "struck back at B's breaches, the first time since the truce
                    # took hold last week": the span's start, not the act's day (a tally
                    # "since the truce came into force two weeks ago" stays the past's)
                    ago = None
                if ago is not None or _AGO_RE.search(" ".join(tail[-5:])):
                    return False
        return True

    def _opens_past(self, s: str, hit_start: int, answer: bool) -> bool:
        """`_opens_past`, the sentence's opening read once for all its hits."""
        sentence, opening = self._past
        if s is not sentence:
            opening = _opening_past(s)
            self._past = (s, opening)
        return opening is not None and _opens_past(s, hit_start, answer, opening)

    def _names_claim(self, s: str) -> bool:
        """Whether the sentence names a claim at all (kept for its hits, read in a row)."""
        if s is not self._claim_sentence:
            self._claim_sentence = s
            self._claim_named = any(stem in s for stem in _CLAIM_STEMS)
        return self._claim_named

    def _denied(self, hit: Hit, clause: Clause, frame: Frame) -> bool:
        """Whether a denying verb governs the hit: its frame's verb, or one before the
        claim noun that frames it ("rejected claims that ...", read as a speech verb)."""
        if frame.verb in self._denial_verbs:
            return True
        if frame.trailing or frame.verb.lower() not in ("claims", "claim", "reports", "report"):
            return False  # "rejects the charge and says B attacked": a statement of its own
        return any(
            f.verb in self._denial_verbs and f.verb_end <= frame.verb_start and not f.trailing
            for f in clause.frames
        )


# "claims that B staged the blast are untrue": a claim noun opening what is judged false
_CLAIM_THAT_RE = re.compile(
    r"\b(?:claims?|reports?|statements?|accusations?|allegations?|assertions?|information|news"
    r"|announcements?)\s+"  # round 9g: "the announcement that B fired missiles is nonsense"
    r"(?:\S+\s+){0,5}?(?:that|of|about|on|regarding)\s",
    re.IGNORECASE,
)
_CLAIM_STEMS = (
    "laim", "eport", "tatement", "ccusation", "llegation", "ssertion", "nformation", "news",
    "nnouncement",
)  # fmt: skip
_JUDGED_STEMS = (
    "false", "true", "less", "fake", "lie", "nonsense", "fabricat", "unfounded", "information",
    "invented", "made up", "doctored", "staged", "not correspond", "not reflect", "not match",
    "reality", "denied", "refuted", "rejected", "dismissed", "no basis", "accurate",
    "incorrect",
)  # fmt: skip
_JUDGED_AFTER_RE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,3}?(?:false|untrue|baseless|groundless|fake|lies|"
    r"a\s+lie|nonsense|fabricated|unfounded|not\s+true|disinformation|misinformation|invented|"
    r"made\s+up|doctored|staged|not\s+accurate|inaccurate|incorrect|not\s+correct)\b|\b(?:does|do|did)\s+not\s+(?:correspond|reflect|match)|"
    r"nothing\s+(?:at\s+all\s+)?to\s+do\s+with\s+reality|"
    # a passive denial: "the news that Iran fired missiles after the truce is denied"
    r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,3}?(?:denied|refuted|rejected|dismissed)\b|"
    # "Baku's allegation that Armenian guns fired on Barda has no basis"
    r"\b(?:has|have|had)\s+(?:absolutely\s+)?no\s+(?:basis|grounds|foundation)\b",
    re.IGNORECASE,
)


# round 9g: "broke down within hours of taking effect": the time phrase measures the breach
# from the truce's start, told in the breach's own clause
_WITHIN_START_RE = re.compile(r"within\s", re.IGNORECASE)
# round 9x: "violating a ceasefire deal reached only hours earlier": the truce's own age,
# hours, told in the breach's clause
_HOURS_EARLIER_END_RE = re.compile(r"\b(?:hours|minutes)\s+(?:earlier|before|ago)$", re.IGNORECASE)


def _told_with_breach(rule: Rule, match_text: str) -> bool:
    """Whether a truce hit tells the truce's first day inside the breach's own clause by
    design (round 9g): a rule that requires the breach beside it, on the report's day, in
    force, and a time phrase of "within" hours of the start (or, round 9x, a truce reached
    only hours before)."""
    return (
        rule.same_day
        and rule.in_force
        and not rule.news_only
        and bool(rule.requires)
        and (
            _WITHIN_START_RE.match(match_text) is not None
            or _HOURS_EARLIER_END_RE.search(match_text) is not None
        )
    )


def _judged_claim(s: str, hit: Hit, clause: Clause) -> bool:
    """Whether the hit lies in a claim judged false after it: "Baku's statement that
    its cameras saw peacekeepers escort the convoy does not correspond to reality"."""
    before = s[clause.start : hit.start]
    if not any(noun in before for noun in _CLAIM_STEMS):
        return False  # (substring tests first: they are fast)
    after = s[hit.end : clause.end]
    if not any(word in after for word in _JUDGED_STEMS):
        return False
    claim = _CLAIM_THAT_RE.search(s, clause.start, hit.start)
    return claim is not None and bool(_JUDGED_AFTER_RE.search(s, hit.end, clause.end))


# an act called alleged just before it, or the modifier of a claim noun just after it
_ALLEGED_BEFORE_RE = re.compile(
    r"\b(?:alleged(?:ly)?|purported(?:ly)?|so-called)\s+(?:\S+\s+){0,2}$"
)
_CLAIM_NOUN_AFTER_RE = re.compile(r"\s+(?:claims?|allegations?|accusations?|charges?)\b")
_JUDGED_WORD_RE = re.compile(
    r"\b(?:lies?|false|fake|baseless|groundless|untrue|disinformation|misinformation"
    r"|fabricat\w*|unfounded|den(?:y|ies|ied)|reject\w*|refut\w*)\b",
    re.IGNORECASE,
)


def _alleged_and_judged(s: str, hit: Hit, clause: Clause) -> bool:
    """ "The alleged strikes from its territory are disinformation", "calls Baku's missile
    claim a lie": an act named only as the content of a claim judged false or denied."""
    alleged = "lleged" in s or "urported" in s or "so-called" in s
    if alleged and _ALLEGED_BEFORE_RE.search(s, max(clause.start, hit.start - 30), hit.start):
        return bool(_JUDGED_AFTER_RE.search(s, hit.end, clause.end))
    if _CLAIM_NOUN_AFTER_RE.match(s, hit.end):
        return bool(_JUDGED_WORD_RE.search(s))
    return False


# "spreads false reports that its forces shell towns": a claim judged false before it
# (the judgement may come first with the noun's owner between: "calls false the B
# charge that its soldiers fired")
_JUDGED_BEFORE_RE = re.compile(
    r"\b(?:false|fake|fabricated|baseless|groundless|untrue|invented|bogus)\s+"
    r"(?:(?:the|a|an|its|their|these|those|all|such)\s+(?:[\w\x27’-]+\s+){0,2}?)?(?:claims?|"
    r"reports?|information|news|allegations?|accusations?|statements?|assertions?|charges?)\s+"
    r"(?:\S+\s+){0,3}?(?:that|of|about)\s",
    re.IGNORECASE,
)
_JUDGED_BEFORE_STEMS = (
    "false", "fake", "fabricated", "baseless", "groundless", "untrue", "invented", "bogus",
)  # fmt: skip


def _judged_before(s: str, hit: Hit, clause: Clause) -> bool:
    """Whether the hit is the content of a claim called false just before it: "Baku keeps
    spreading false reports that Armenian forces shell its towns" (no attack, no harm)."""
    before = s[clause.start : hit.start]
    if not any(word in before for word in _JUDGED_BEFORE_STEMS):
        return False
    return _JUDGED_BEFORE_RE.search(before) is not None


def _ago_hint(text: str) -> bool:
    """What _AGO_HINT_RE finds, by substring tests (cheaper than a regex search)."""
    return "ago" in text or "last" in text or "earlier" in text or "previous" in text


# round 9zd: a truce's failure told as the time of another thing: "the appeal comes after a
# third truce, brokered by C, failed to stop the fighting", "the attack came six days after
# the strike on D, and a week after a ceasefire brokered in E that never took hold" (hours or
# minutes measure a breach of the day: "the shelling came hours after the truce collapsed")
_COMES_AFTER_RE = re.compile(
    r"\b(?:comes|come|came|follows|followed)\s+(?P<gap>[^;:]{0,160}?)\bafter\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w,-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_HOURS_GAP_RE = re.compile(r"\b(?:hours?|minutes?)\b", re.IGNORECASE)
_FAILED_LATER_RE = re.compile(
    r"\b(?:failed|fell\s+apart|collapsed|broke\s+down|never\s+(?:took\s+hold|held)"
    r"|did\s+not\s+(?:hold|last|take\s+hold)|unravell?ed|crumbled)\b",
    re.IGNORECASE,
)


def _failure_as_time(s: str, hit: Hit) -> bool:
    """Whether a breach hit is a truce's failure told after "comes / came / follows ...
    after" as the time of the sentence's other news, a gap of hours aside (round 9zd)."""
    upto = hit.start
    if s.startswith(("after ", "After "), hit.start):
        upto += len("after ")
    m = _COMES_AFTER_RE.search(s, 0, upto)
    if m is None or _HOURS_GAP_RE.search(m.group("gap")):
        return False
    return _FAILED_LATER_RE.search(s, hit.start, hit.start + 240) is not None


# round 9zd: charges traded over a span of time, the truce's record and no breach of the day:
# "though each has since accused the other of breaking it, it has largely held", "have
# traded charges of breaking the ceasefire for years", "have accused each other of breaking
# the truce that had been in place since late March"
_SPAN_CHARGES_RE = re.compile(
    r"\b(?:has|have|had)\s+since\s+(?:\w+\s+)?(?:accused|blamed|charged|traded)\b"
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:accused|blamed|charged|traded)\b[^;]{0,160}?"
    r"\b(?:for\s+(?:years|decades|months)|had\s+been\s+in\s+(?:place|force|effect)\s+since)\b",
    re.IGNORECASE,
)


def _charges_over_a_span(s: str, clause: Clause) -> bool:
    """Whether the hit's clause tells charges traded over a span gone by (round 9zd)."""
    return _SPAN_CHARGES_RE.search(s, clause.start, clause.end) is not None


def _truce_failed_after(s: str, end: int) -> bool:
    """Whether the sentence goes on, before a semicolon, to tell the truce failed: "took
    effect on October 10 but was broken", "announced a new truce, yet fighting went on"."""
    after = s[end : end + 160].split(";", 1)[0]
    if "but" not in after and "yet" not in after and "before" not in after and "which" not in after:
        return False
    return _TRUCE_FAILED_RE.search(after) is not None


# round 9zc: the truce a call's clause goes on to make ("met ... and agreed to a ceasefire")
_TRUCE_AFTER_CALL_RE = re.compile(
    r"[^;.]{0,80}?\b(?:agreed|settled|signed|reached|struck|sealed)\b[^;.]{0,40}?"
    r"\b(?:cease-?fire|truce)s?\b",
    re.IGNORECASE,
)


def _truce_made_then_failed(s: str, end: int) -> bool:
    """Whether a call's clause goes on to make a truce and the sentence to tell it failed
    (round 9zc): the talks are the premise of the breach, not news of their own."""
    if "but" not in s[end:] and "yet" not in s[end:] and "before" not in s[end:]:
        return False
    truce = _TRUCE_AFTER_CALL_RE.match(s, end)
    return truce is not None and _truce_failed_after(s, truce.end())


# round 9w: a day of its own after a semicolon ("...; on Monday B rejected the charge")
_OWN_DAY_RE = re.compile(
    r"\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|on\s+[A-Z]\w+"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|now|since)\b"
)


def _opening_past(s: str) -> re.Match[str] | None:
    """The time gone by the sentence opens on ("Last week", "Days earlier"), if any."""
    first = s[:1]
    if first not in "LDWMAETFS" and not first.isupper():
        return None
    return _OPENS_PAST_RE.match(s)


def _opens_past(
    s: str, hit_start: int, answer: bool = False, m: re.Match[str] | None = None
) -> bool:
    """Whether the sentence opens on a time gone by that reaches the hit (no semicolon
    between): what it tells is that time's story, not the report's news. A denial
    (`answer`) answers the charge told before it: the semicolon closes that time only where
    a day of its own follows ("Days earlier A blamed B's forces; B rejected the accusation"
    tells both then; round 9w)."""
    if m is None:
        m = _opening_past(s)
    if m is None:
        return False
    if ";" not in s[m.end() : hit_start]:
        return True
    return answer and not _OWN_DAY_RE.search(s, s.rindex(";", m.end(), hit_start), hit_start)


# round 9y: an attack told in a month gone by, with no day ("sent troops into the region in
# November after accusing B of attacking army bases", "the fighting that flared again in
# early December drove families from their homes", told late in December) is the war's
# history: the report's news has a day, or is the report's own
_MONTH_TOLD_RE = re.compile(
    r"\b(?:in|during)\s+(?P<part>early\s+|late\s+|mid-?)?(?-i:(?P<month>January|February|March|"
    r"April|May|June|July|August|September|October|November|December))\b"
    r"(?!\s+\d{1,2}\b)(?!\s*[\x27’]s)|\b(?P<this>early\s+this\s+month)\b",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        (
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ),
        start=1,
    )
}  # fmt: skip


def month_gone_by(text: str, pub_year_month_day: tuple[int, int, int]) -> bool:
    """Whether the text dates what it tells by a month with no day, a month gone by: not
    the report's month ("in early May" or "early this month" late in May is gone by too),
    not the month before in the report's first days ("in late April", told on May 2)."""
    if "in " not in text and "during " not in text and "this month" not in text:
        return False
    _year, month, day = pub_year_month_day
    for m in _MONTH_TOLD_RE.finditer(text):
        if m.group("this"):  # "the latest fighting broke out early this month", on the 30th
            if day >= 15:
                return True
            continue
        told = _MONTH_NUMBERS[m.group("month")]
        part = (m.group("part") or "").strip().lower()
        if told == month:
            if part == "early" and day >= 15:
                return True
            continue
        before = (month - told) % 12  # how many months back (a month ahead: 11)
        if before == 1 and day <= 5 and part != "early":
            continue  # "in late April", told on May 2: the days just before
        if 1 <= before <= 9:
            return True
    return False
