"""Tagging profiles: everything specific to one conflict, as data.

A profile is a TOML file (the default is ``tui/profile/bundled/karabakh.toml``). It names the
parties, places and outlet sides of a conflict. The tagger's grammar (sentences, speech
frames, negation, tense, dates) is code; the event vocabulary and rules of English news
(truce, claim, denial, call, attack ...) are shared data that every profile uses,
``tui/profile/language/en-rules.toml``; what a conflict calls its parties and towns is
here. Following another conflict needs another profile, not another program: a profile
of ``[conflict]``, ``[sides]``, ``[[parties]]`` and ``[[places]]`` alone is complete
(``lebanon.toml``, ``thai_cambodia.toml``, ``india_pakistan.toml``, ``israel_iran.toml`` and
``ethiopia_tigray.toml`` beside the default are written so).

A profile MAY also carry ``[vocab]`` and ``[[rules]]`` (as older profiles do): a vocab
entry with the name of a shared one replaces it; a rule with the kind and id of a shared
rule replaces that rule (in its place, so reading order is kept); a rule with only
``kind``, ``id`` and ``enabled = false`` switches the shared rule off; any other rule is
added after the shared ones.

The format::

    [conflict]
    name = "2020 Nagorno-Karabakh war"   # shown in the UI
    recap_days = 2            # optional: an event dated more than this many days before
                              # the report is background, not news (default 2)
    utc_offset = "+04:00"     # optional: the conflict's local time; a report's timestamp
                              # is read in it (a wire sent at 22:20 UTC is news of the
                              # next local day) before "yesterday" or "from midnight"
                              # are resolved (default: the timestamp's own date)

    [sides]                   # the outlet sides feeds.toml may name, in display order:
    armenian = "armenia"      # side -> the party whose official voice it carries (code
    azerbaijani = "azerbaijan"  # from the party's, colour from SIDE_PALETTE by position)
    [sides.western]           # or a table, every key optional: party, code ("WE": 1-4
    code = "WE"               # capitals or digits, unique; default the party's code, else
    colour = "#3aa37a"        # the name's first two letters), colour ("#rrggbb"); a side
                              # with no party carries no one's voice. `other` (OT) always
                              # exists, last unless declared.

    [[parties]]
    id = "armenia"            # lower-case id used in tags: [a-z][a-z0-9_]*
    name = "Armenia"          # display name
    code = "AM"               # short code for narrow columns, 1 to 4 letters
    role = "belligerent"      # belligerent | mediator | other
    camp = "armenian"         # optional: parties of one camp never accuse each other
    names = ["Armenia", "Republic of Armenia"]
    adjectives = ["Armenian"]
    capitals = ["Yerevan"]
    institutions = ["Armenian Defence Ministry"]
    officials = ["Pashinyan", "Nikol Pashinyan"]     # leaders, ministers, spokespeople
    plural = false            # optional: the name takes a plural verb in titles
                              # ("Nagorno-Karabakh authorities accuse ...")
    # Every alias is matched case-sensitively as whole words; "Armenia's" is found by
    # "Armenia". The five alias lists are all optional but together must not be empty.

    [[places]]
    name = "Stepanakert"      # the canonical name shown everywhere
    spellings = ["Khankendi", "Xankendi"]            # optional: every other spelling
    venue = false             # optional: a venue of talks (Moscow, Geneva): named where
                              # a truce or talks happen, never as the site of an attack
    region = false            # optional: a whole region (Nagorno-Karabakh), not a town:
                              # never the town a territorial change names

    # [vocab] and [[rules]] below: the shared file's format, and a profile's additions
    [vocab]                   # optional: named regular-expression fragments that cues
    truce = "(?:ceasefire|cease-fire|truce)"         # use as {truce}; {place} and
                                                     # {party} are built in
    [[rules]]
    kind = "violation_claim"  # one of the event kinds (see KINDS)
    id = "despite-truce"      # unique within its kind; tags name it "kind/id"
    cues = ["(?:despite|in spite of)\\s+(?:\\S+\\s+){0,4}?{truce}"]  # regexes, case-blind
    phrases = ["in breach of the truce"]   # optional: literal phrases, case-blind
    triggers = ["despite", "in"]           # optional: the word beginnings a cue match can
                                           # start with ("{place}", "{party}": a mention);
                                           # cues are then tried only there (fast).
                                           # Without triggers the cues search everywhere.
    unless = ["\\bexercises?\\b"]          # optional: regexes that veto the clause
    unless_near = ["\\broutinely\\b"]   # optional: regexes that veto only a cue match
                                           # they overlap or end just before (30 chars)
    requires = ["\\bshell\\w*"]           # optional: regexes the clause must also hold
    factual = true            # optional (true): reject under hedges and conditionals
                              # ("if", "would", "urged ... to", "ready to")
    news_only = true          # optional (true): reject recaps (past perfect outside
                              # reported speech, "since ...", dates well before the report)
    main_clause = false       # optional (false): reject inside subordinate clauses
                              # ("after the truce took effect", "as the truce starts")
    negatable = true          # optional (true): reject when negated ("did not", "no")
    same_day = false          # optional (false): only an event of the report's own day
                              # counts ("the truce agreed overnight" is news on the day,
                              # "the truce agreed on Saturday" two days later is not)
    in_force = false          # optional (false): a truce rule whose tag says the truce is
                              # in force that day ("took effect"): the day before's truce
                              # announcement joins that day's entry
    answers_charge = false    # optional (false): a denial rule whose tag stands only when
                              # the report charges its denier ("we strictly keep the
                              # truce" answers a charge; beside none, or beside the
                              # speaker's own charge, it denies nothing)
    enabled = true            # optional (true): false, with only kind and id, switches
                              # off the shared rule of that kind and id

    [language]                # optional: replace the English grammar word lists of
    reporting_verbs = [...]   # tui/profile/language/en.toml (reporting_verbs,
                              # denial_verbs, negations, hedges, act_verbs, ...)

Errors name the file, the entry (``parties[3] ("turkey")``), the key and, where it can
be found, the line: ``karabakh.toml:212: rules[4] ("attack/shelling"): key 'cues':
bad regular expression: ...``.
"""

from tui.profile.grammar import DEFAULT_LANGUAGE
from tui.profile.model import ALIAS_KEYS, KINDS, ROLES, Party, Place, Profile, Rule, trie_regex
from tui.profile.validate import DEFAULT_PROFILE_PATH, load_profile, parse_profile

__all__ = [
    "ALIAS_KEYS",
    "DEFAULT_LANGUAGE",
    "DEFAULT_PROFILE_PATH",
    "KINDS",
    "ROLES",
    "Party",
    "Place",
    "Profile",
    "Rule",
    "load_profile",
    "parse_profile",
    "trie_regex",
]
