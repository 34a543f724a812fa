"""The English words the timeline reads: what an appeal asks, what civilians suffered,
whether a town's loss is conceded, whether a toll is the war's or a region's, what a
denial denies.

Titles say no more than the sources: each table here turns sentences into a few words,
and each says nothing when its sentences do not plainly say it ("for the truce to be
kept" only where a truce is named with "the"; "Displaced residents return" never for
troops "returning fire" or families told to "hold off returning").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from tui.records import Tag

# ---- appeals: what a caller asks -------------------------------------------------------

_STOP = r"(?:stop|stopping|halt|halting|end|ending|cease|ceasing)"
_FIGHTING = (
    r"(?:fighting|hostilities|clashes|war|violence|fire|firing|shelling|attacks|"
    r"military\s+(?:action|operations))"
)
_HALT_ASKED = re.compile(
    rf"\b{_STOP}\s+(?:\w+\s+){{0,4}}?{_FIGHTING}\b|"
    rf"\b{_FIGHTING}\b[^.;]{{0,40}}?\b(?:must|should|to)\s+(?:stop|end|cease|halt)\b|"
    r"\bimmediate\s+halt\b|\bcease\s+fire\b|"
    r"\b(?:immediate|unconditional|urgent)\w*\s+(?:humanitarian\s+)?(?:cease-?fire|truce)\b|"
    r"\bagree\s+(?:\w+\s+){0,3}?(?:on\s+)?(?:a\s+)?(?:cease-?fire|truce)\b",
    re.IGNORECASE,
)
# a truce that exists: "respect the truce", "the ceasefire must hold"
_KEEP_TRUCE = re.compile(
    r"\b(?:respect|observe|honou?r|abide\s+by|keep|uphold|adhere\s+to|stick\s+to)\w*\s+"
    r"(?:the|this|their|its)\s+(?:\w+\s+)?(?:cease-?fire|truce|agreement|deal)\b|"
    r"\bthe\s+(?:cease-?fire|truce)\s+(?:must|should|to)\s+(?:hold|last|be\s+respected)\b",
    re.IGNORECASE,
)
# (pattern, verb, words, whether the sentence must also hold an appeal's verb): a word
# such as "civilians" or "talks" asks nothing unless someone urges, calls on or presses
_ASKS = (
    (_HALT_ASKED, "call", "for a halt to the fighting", False),
    (_KEEP_TRUCE, "call", "for the truce to be kept", False),
    (
        re.compile(r"\b(?:restraint|de-?escalat\w*|calm)\b", re.IGNORECASE),
        "call",
        "for restraint",
        True,
    ),
    (
        re.compile(r"\b(?:civilians?|populated\s+areas|explosive\s+weapons)\b", re.IGNORECASE),
        "call",
        "for civilians to be spared",
        True,
    ),
    (
        re.compile(r"\boffer\w*\b[^.;]{0,30}?\bmediat\w*", re.IGNORECASE),
        "offer",
        "to mediate",
        False,
    ),
    (re.compile(r"\b(?:talks|negotiat\w*|dialogue)\b", re.IGNORECASE), "call", "for talks", True),
    (re.compile(r"\bpeace\b", re.IGNORECASE), "call", "for peace efforts", True),
)
_APPEAL_VERB = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|appeal\w*|ask(?:s|ed|ing)?|"
    r"press(?:es|ed|ing)?|demand\w*|stress\w*|insist\w*|plead\w*|encourag\w*|"
    r"(?:must|should)\s+(?:\w+\s+)?(?:show|exercise|return|resume|spare|protect))\b",
    re.IGNORECASE,
)
# words that look like an ask and are not: "stopped short of blaming"
_NOT_ASKED = re.compile(r"\bstopped\s+short\b|\bfell\s+short\b", re.IGNORECASE)


def appeal_ask(sentences: Iterable[str]) -> tuple[str, str] | None:
    """What one caller's appeals ask, as (verb, words): ("call", "for restraint"),
    ("offer", "to mediate"); None when its sentences ask nothing the table knows."""
    said = [_NOT_ASKED.sub(" ", sentence) for sentence in sentences]
    for pattern, verb, words, needs_verb in _ASKS:
        if any(
            pattern.search(sentence) and (not needs_verb or _APPEAL_VERB.search(sentence))
            for sentence in said
        ):
            return verb, words
    return None


# ---- civilian harm: what the sentences tell ----------------------------------------------

_RETURNING = re.compile(
    r"\b(?:returned|returning|return\s+home|going\s+back|went\s+back|streamed\s+back|came\s+"
    r"back|coming\s+back|go(?:es|ing)?\s+home|went\s+home|head(?:s|ed|ing)?\s+home)\b"
    r"(?!\s+fire)",
    re.IGNORECASE,
)
# "urged families to hold off returning", "warned not to go back": the return not made
_NO_RETURN = re.compile(
    r"\b(?:not\s+to|hold\s+off|hold\s+back\s+from|wait\s+before|barred\s+from|prevented\s+from|"
    r"too\s+(?:early|soon|dangerous)\s+to|refus\w*\s+to|unable\s+to|cannot|can't)\s+"
    r"(?:\w+\s+){0,2}?(?:return|go(?:ing)?\s+(?:back|home)|returning)\b",
    re.IGNORECASE,
)
_HOMES_BURNED = re.compile(
    r"\b(?:burn\w*|set\s+fire\s+to|blew\s+up|raz\w*|demolish\w*)\b[^.;]{0,30}?\b(?:homes?|"
    r"houses?)\b|\b(?:homes?|houses?)\b[^.;]{0,20}?\b(?:burn\w*|destroyed|razed|demolished)\b",
    re.IGNORECASE,
)
# people who left their homes: never "the wounded were evacuated", never gunmen who fled
_DISPLACED = re.compile(
    r"\b(?:displaced|displacement|refugees?)\b|\b(?:civilians|residents|families|villagers|"
    r"people|inhabitants|thousands|hundreds)\b[^.;]{0,30}?\b(?:fled|flee\w*|evacuat\w*|"
    r"left\s+their\s+homes)\b|\bevacuat\w*\s+(?:of\s+)?(?:\w+\s+)?(?:civilians|residents|"
    r"families|villagers|people|villages?|towns?)\b",
    re.IGNORECASE,
)


def harm_words(sentences: Iterable[str]) -> tuple[str, str]:
    """What civilians went through, and the preposition before its place:
    ("Displaced residents return", "to"), ("Homes burned or destroyed", "in")..."""
    text = " ".join(sentences)
    if _RETURNING.search(_NO_RETURN.sub(" ", text)):
        return "Displaced residents return", "to"
    if _NO_RETURN.search(text):
        return "Residents kept from their homes", "in"
    if _HOMES_BURNED.search(text):
        return "Homes burned or destroyed", "in"
    if _DISPLACED.search(text):
        return "Civilians displaced", "in"
    return "Civilians harmed", "in"


# ---- captures: a loss conceded by the side that lost the town -----------------------------

# "Shushi is out of our control", "conceded the loss of", "admitted the town had fallen";
# never "withdrew" or "retreated", which the winner says of the loser when it claims a town
CONCEDED = re.compile(
    r"\b(?:conced\w*|admit\w*|acknowledg\w*)\b[^.;]{0,40}?\b(?:loss|lost|losing|lose|fall(?:en)?|fell|"
    r"control)\b|\bout\s+of\s+(?:our|their|its)\s+control\b|\b(?:we|they)\s+(?:have\s+|had\s+)?"
    r"lost\s+(?:control\s+of\s+)?\w+|\bloss\s+of\b",
    re.IGNORECASE,
)

# a town given up under a deal, not taken in battle: "Armenia hands over Lachin",
# "troops entered the district under the trilateral statement", "the last of the
# districts ceded"
HANDED_OVER = re.compile(
    r"\b(?:hand(?:s|ed|ing)?\s+(?:it\s+)?over|hand-?over|turn(?:s|ed)?\s+over|ced(?:e|es|ed|ing)"
    r"|under\s+the\s+(?:\w+\s+){0,2}(?:deal|agreement|statement|accord))\b",
    re.IGNORECASE,
)

# ---- tolls put "in" a region --------------------------------------------------------------

_REGION_TOLL: dict[frozenset[str], re.Pattern[str]] = {}


def region_toll_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A dead or wounded count put "in" a region named by one of these words ("22
    civilians killed in Karabakh"); never "in the Karabakh town of Martuni" or "in
    Karabakh's capital", where the count is the town's. Built once per region."""
    found = _REGION_TOLL.get(words)
    if found is None:
        alternatives = "|".join(sorted(map(re.escape, words)))
        found = _REGION_TOLL[words] = re.compile(
            r"\b(?:killed|dead|died|deaths|wounded|hurt|injured)\b[^.;,]{0,25}?\bin\s+"
            rf"(?:the\s+)?(?:\w+\s+)?(?:{alternatives})\b"
            r"(?!['’]s\b|\s+(?:town|city|village|capital|district|region's|settlement)s?\b)",
            re.IGNORECASE,
        )
    return found


# ---- running tolls: the war's count so far --------------------------------------------

# a running toll of the war, not a day's event: "the toll has risen above 400", "have
# died in more than three weeks of fighting", "killed over the past week", "bringing the
# total to 5,000"
_RUNNING_TOLL = re.compile(
    r"\b(?:toll|so far|in all(?=[,.;]|\s+(?:so far|since))|in total|overall|"
    r"since the (?:war|fighting|conflict)|"
    r"(?:more than|over|in) (?:the past |the last )?(?:\w+ )?(?:days|weeks|months)|"
    r"over the past|since (?:it|the clashes|hostilities) (?:began|erupted|broke out)|"
    r"now (?:numbers?|stands? at|totals?)|to date|"
    r"since (?:late |early |mid-)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|"
    r"bring(?:s|ing)? the (?:total|number)|"
    # "the Armenian side counts 152 military dead", "lists of 2,700 servicemen killed",
    # "months after the ceasefire": a count kept, not a day's dead
    r"counts|lists? of|(?:weeks|months|years) after|"
    # "reported losses include 23 soldiers killed": the war's losses so far
    r"(?:reported|total|overall|combined|confirmed) losses|"
    r"losses (?:so far )?(?:include|stand|total)|"
    # "had reached 1,481", "killed during a week of heavy fighting"
    r"(?:has|had|have) (?:now )?(?:reached|risen|climbed|passed)|"
    r"(?:a|one|two|three|four|five|six|several) (?:days?|weeks?) of (?:heavy |fierce )?"
    r"(?:fighting|clashes|war|hostilities|strikes))\b",
    re.IGNORECASE,
)
# "have been killed by Armenian attacks": the count of many acts, unless a day is named
# ("three civilians have been killed in overnight drone strikes" is that night's)
_PERFECT_TOLL = re.compile(
    r"\b(?:have|has|had) been (?:killed|injured|wounded)\b[^.;]{0,40}?\b(?:by|in) (?:\w+ ){0,2}"
    r"(?:attacks|strikes|raids|bombardments|shellings)\b",
    re.IGNORECASE,
)
# the fighting as the subject of a present perfect: "the fighting, which each side blamed
# on the other, has killed at least 35 people" counts the war so far
_WAR_HAS_KILLED = re.compile(
    r"\b(?:fighting|clashes|conflict|war|hostilities|violence)\b[^.;]{0,60}?"
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?killed\b",
    re.IGNORECASE,
)
_SAID_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated)\b(?:\s+[\w'’]+){0,3}?\s+on\s+\w+day\b",
    re.IGNORECASE,
)
_DAY_NAMED = re.compile(
    r"\b(?:overnight|today|tonight|yesterday|this (?:morning|afternoon|evening)|last night|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


# a strike's toll told as risen since ("the death toll from the strike on Ganja has risen
# to ten", "the number of people killed in the shelling rose to 14"): an earlier strike's
# figure brought up to date, not a new strike
_TOLL_RISEN = re.compile(
    r"\b(?:toll|number\s+of\s+(?:people\s+|civilians\s+)?(?:killed|dead|deaths|victims))\b"
    r"[^.;]{0,80}?\b(?:rises|rose|risen|climbs|climbed|increases|increased|jumps|jumped)\s+to\b",
    re.IGNORECASE,
)


def toll_risen(sentence: str) -> bool:
    """Whether a sentence tells a strike's toll as risen since (`_TOLL_RISEN`)."""
    return bool(_TOLL_RISEN.search(sentence))


def running_toll(tag: Tag) -> bool:
    """A casualty figure at no place that counts the war so far (`_RUNNING_TOLL`)."""
    if tag.kind != "casualties" or tag.places:
        return False
    text = tag.evidence
    if _RUNNING_TOLL.search(text):
        return True
    # "..., the ministry said on Friday": the day of the saying, not of the deaths; a day
    # of its own ("fighting overnight has killed ten") makes it that day's dead
    perfect = _PERFECT_TOLL.search(text) or _WAR_HAS_KILLED.search(text)
    return bool(perfect) and not _DAY_NAMED.search(_SAID_ON.sub("", text))


# ---- a truce's terms ---------------------------------------------------------------------

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# the day a truce (or a deadline it sets) runs to: "extended until February 18", "to
# remain in force till 18 February 2025"
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_RUNS_UNTIL = re.compile(
    r"\b(?:until|till|to|through)\s+(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>"
    + _MONTH_WORD
    + r")|(?P<m2>"
    + _MONTH_WORD
    + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def truce_runs_until(sentence: str) -> frozenset[tuple[int, int]]:
    """The days (month, day) a sentence says a truce or its deadline runs until: two
    reports naming the same one tell the same agreement ("the truce is extended until
    18 February"; the next day, "Lebanon agreed to extend it until February 18")."""
    found = set()
    for m in _RUNS_UNTIL.finditer(sentence):
        month = (m.group("m1") or m.group("m2"))[:3].lower()
        found.add((_MONTH_NAMES.index(month) + 1, int(m.group("d1") or m.group("d2"))))
    return frozenset(found)


# ---- denials: what they deny --------------------------------------------------------------

# what a denial is about, read from its sentences, most specific first: a title says
# "Cambodia denies landmine claims", not only "Cambodia denies claims"
_DENIED_TOPICS = (
    (re.compile(r"\bchemical\s+(?:weapons?|agents?|munitions?|arms)\b", re.I), "chemical weapons"),
    (
        re.compile(r"\bcluster\s+(?:munitions?|bombs?|rockets?|shells?)\b", re.I),
        "cluster munitions",
    ),
    # "planting fresh explosives" is the charge "laying new mines" denies
    (
        re.compile(
            r"\b(?:land)?mines?\b|\bmine\s+blast|\bplant(?:s|ed|ing)?\s+(?:\w+\s+){0,2}"
            r"explosives?\b|\bexplosives?\s+(?:\w+\s+){0,2}planted\b",
            re.I,
        ),
        "landmine",
    ),
    (
        re.compile(
            r"\bmercenar|\bforeign\s+fighters\b|\bjihadis|\b(?:syrian|libyan)\s+fighters\b", re.I
        ),
        "mercenary",
    ),
    (re.compile(r"\bsh(?:o|oo)t(?:ing)?\s+down\b|\bdowned\b|\bdowning\s+of\b", re.I), "downing"),
)


@lru_cache(maxsize=8192)
def _sentence_topic(sentence: str) -> str | None:
    """The first subject of `_DENIED_TOPICS` a sentence names (the same sentences are
    asked about by several steps of a build)."""
    return next((name for pattern, name in _DENIED_TOPICS if pattern.search(sentence)), None)


def denied_topic(sentences: Iterable[str]) -> str | None:
    """What denial sentences say they deny, when they name a weapon, foreign fighters or
    a downing (`_DENIED_TOPICS`): the subject most of them name (one sentence may mention
    another's); None when none names one."""
    named = Counter(_sentence_topic(s) for s in sentences)
    named.pop(None, None)
    return named.most_common(1)[0][0] if named else None


# where the speaker happens to be ("Trump, who is on a visit to Scotland, said he had
# called both leaders", "speaking during a visit to Tokyo"): a visit to a place the
# profile does not know is no initiative of the conflict (the place is kept to be looked up)
_VISIT_ABROAD = re.compile(
    r"(?i:\b(?:(?:during|on)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+)?visit\s+to"
    r"|while\s+visiting|who\s+(?:is|was)\s+visiting))\s+(?:the\s+)?(?P<where>[A-Z][\w'’-]*)"
)


def without_visits_abroad(text: str, known_words: frozenset[str]) -> str:
    """The sentence without the visits it names to places outside the conflict (a place
    none of the profile's names uses: `_VISIT_ABROAD`)."""
    return _VISIT_ABROAD.sub(lambda m: m.group(0) if m.group("where") in known_words else " ", text)


def names_topic(sentences: Iterable[str], topic: str) -> bool:
    """Whether any of these sentences names this subject of `_DENIED_TOPICS`."""
    return any(_sentence_topic(s) == topic for s in sentences)


# ---- reports that are no news -------------------------------------------------------------

# a headline that labels the piece as comment or a recap ("Analysis: ...", "Explainer -
# ...", "FACTBOX: ..."): what it tells is told as news elsewhere, or is opinion
_NOT_NEWS_LABEL = re.compile(
    r"^\s*(?:analysis|explainer|explained|commentary|comment|opinion|op-ed|editorial|"
    r"column|factbox|fact\s?box|fact\s?check|timeline|chronology|q\s?&\s?a)\s*[:|\-\u2013\u2014]",
    re.IGNORECASE,
)


def labelled_not_news(headline: str) -> bool:
    """Whether a headline labels its piece as analysis, opinion or a recap."""
    return bool(_NOT_NEWS_LABEL.match(headline))


# ---- a toll told of a place the profile does not know -------------------------------------

# "killed in Israeli strikes on Yahmar and Barashit": a capitalised name after "on", "in",
# "at" or "near" (a town, village or area of it); weekdays and months are no places
_NAMED_PLACE = re.compile(
    r"\b(?:in|on|at|near|around)\s+(?:the\s+)?(?:(?:towns?|villages?|city|cities|areas?|"
    r"outskirts|district)\s+(?:of\s+)?)?([A-Z][\w'’-]+)"
)
_NOT_PLACES = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "The", "A", "An"),
        # where people post, not where they die
        *("Facebook", "Telegram", "Twitter", "X", "YouTube", "Instagram", "WhatsApp"),
        *("TikTok", "VKontakte", "Truth", "Social", "TV", "Radio", "State"),
    }
)


def toll_elsewhere(sentence: str, known: frozenset[str]) -> bool:
    """Whether a casualty sentence that names no known place puts its dead at a place the
    profile does not list ("five killed in strikes on Yahmar"): then the figure is not
    the dead of the report's site."""
    for m in _NAMED_PLACE.finditer(sentence):
        word = re.sub(r"['’]s$", "", m.group(1))  # "in Azerbaijan's shelling"
        if word not in _NOT_PLACES and word not in known:
            return True
    return False


# ---- a town a sentence names only after another act: not where its event was ----------

# what a strike answered: "in retaliation for rockets fired at Metula, killing two" (the
# strike and its dead are elsewhere); up to a comma, where the main clause may begin
ANSWERED = r"\bin\s+(?:retaliation|response|reply)\s+(?:for|to)\b[^.;,]{0,60}?"
_FLED_TO = (  # where people fled: "families fled, jamming the roads towards Beirut"
    r"\b(?:fled|flee|flees|fleeing|escaped|escaping)\b"
    r"(?:(?!\b(?:to|towards?|for|back|return\w*)\b)[^.;]){0,50}"
    r"\b(?:to|towards?|for)\s+(?:the\s+)?(?:\w+\s+)?"
)
# the denier's own charge: "Yerevan denies it and accuses Baku of shelling Stepanakert"
_COUNTER_CHARGE = r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\b[^.;]{0,100}?"
# talks still to come: "ministers to meet in Geneva on 29 October"
_PLANNED_TALKS = (
    r"\b(?:to|will|would|due\s+to|set\s+to|are\s+to|is\s+to)\s+"
    r"(?:meet|hold\s+talks|gather|convene|resume\s+talks)\b[^.;]{0,30}?"
)


@lru_cache(maxsize=4096)
def _after(lead: str, place: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{lead})\b{re.escape(place)}\b", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _named_only_after(lead: str, sentence: str, place: str) -> bool:
    """Whether the sentence names `place` once, right after `lead`'s words (a place
    written in another spelling is left as it is). Cached: a build asks it of the same
    sentence and place from several steps."""
    return sentence.count(place) == 1 and _after(lead, place).search(sentence) is not None


def reached_through_other_act(sentence: str, place: str) -> bool:
    """Whether the sentence names `place` only as what its strike answered or where people
    fled to: not where the sentence's event was."""
    return _named_only_after(f"{ANSWERED}|{_FLED_TO}", sentence, place)


def counter_charge_place(sentence: str, place: str) -> bool:
    """Whether a denial's sentence names `place` only in the charge the denier makes in
    turn: the town of the counter-charge, not of the act denied."""
    return _named_only_after(_COUNTER_CHARGE, sentence, place)


# where a speaker spoke: "told a news conference in Moscow", "said at a briefing in Paris"
_SPOKE_IN = (
    r"\b(?:(?:news|press)\s+(?:conference|briefing)|briefing|told\s+reporters|"
    r"(?:said|spoke|speaking)|a\s+speech)\s+(?:in|at)\s+(?:a\s+\w+\s+in\s+)?"
)


def speaker_place(sentence: str, place: str) -> bool:
    """Whether the sentence names `place` only as where a speaker spoke (a spokeswoman's
    news conference in Moscow): not where the talks it tells are held."""
    return _named_only_after(_SPOKE_IN, sentence, place)


def planned_meeting_place(sentence: str, place: str) -> bool:
    """Whether the sentence names `place` only as where talks are still to be held: not
    where the truce it tells was agreed."""
    return _named_only_after(_PLANNED_TALKS, sentence, place)


# a mine that went off, not a mine as a target ("attacked a copper mine")
MINE_BLAST = re.compile(
    r"\b(?:land\s?)?mines?\s+(?:\w+\s+){0,2}?(?:blast|explo\w+|went\s+off|detonat\w+|wounded|"
    r"maimed)|\b(?:blast|explosion|stepped\s+on|triggered|hit|struck)\s+"
    r"(?:of\s+)?(?:a|an|the)?\s*(?:land\s?)?mines?\b|\bland\s?mine\b",
    re.IGNORECASE,
)


def mine_blast(tags: Sequence[Tag]) -> bool:
    """Whether most of an event's attack sentences tell a mine going off ("a landmine
    wounded two soldiers"), not fighting: the rest is background ("the July clashes")."""
    attacks = [t.evidence for t in tags if t.kind == "attack"]
    mines = sum(1 for e in attacks if MINE_BLAST.search(e))
    return bool(attacks) and mines * 2 > len(attacks)


def tells_blast(tags: Iterable[Tag]) -> bool:
    """Whether any attack or toll sentence tells a mine going off."""
    return any(t.kind in ("attack", "casualties") and MINE_BLAST.search(t.evidence) for t in tags)


# a weapon fired, in a sentence giving a toll: the toll is not a mine's
_FIRED = re.compile(
    r"\b(?:shell\w*|artillery|rockets?|missiles?|drones?|air ?strikes?|mortars?|gun\w*|shot|"
    r"snipers?|grenades?|bomb\w*)\b",
    re.IGNORECASE,
)


def toll_by_mine(tags: Sequence[Tag]) -> bool:
    """Whether the sentences giving the event's toll tell a mine going off and none a
    weapon fired ("three soldiers hurt by a landmine"): the blast is what wounded them,
    whatever else the reports recall ("grenade launchers found nearby")."""
    tolls = [t.evidence for t in tags if t.casualties]
    return (
        bool(tolls)
        and any(MINE_BLAST.search(e) for e in tolls)
        and not any(_FIRED.search(e) for e in tolls)
    )
