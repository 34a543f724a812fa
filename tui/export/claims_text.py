"""Claims, denials and casualty figures of an entry, written as attributed English.

"Azerbaijan accused Armenia of violating the ceasefire in Tartar [4]; Armenia denied
it [5]."  "1 civilian killed according to Azerbaijan [4]". The Markdown export and the
entry detail pane both tell claims this way. What they tell is the entry's `details`
(claims, denials and figures with the reports giving each), worked out once by the
timeline (`tui.timeline.claims`) and read back by the store: nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tui.export.escape import clean

CLAIM_KINDS = ("violation_claim", "attack", "territorial_change", "humanitarian")


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _rows(details: Any, key: str) -> list[dict[str, Any]]:
    """The rows of one list of `details` (an older or damaged row: none)."""
    rows = details.get(key) if isinstance(details, Mapping) else None
    return [row for row in rows or () if isinstance(row, dict)]


def details_of(entry: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The claims, denials and casualty figures an entry's `details` hold, each row with
    its `item_ids` (a list), so that writers need not guard against older rows."""
    details = entry.get("details")
    found: dict[str, list[dict[str, Any]]] = {}
    for key in ("claims", "denials", "casualties"):
        found[key] = [
            {**row, "item_ids": [i for i in row.get("item_ids") or () if isinstance(i, str)]}
            for row in _rows(details, key)
        ]
    return found


def claim_sentences(
    found: dict[str, list[dict[str, Any]]],
    name: Callable[[str], str],
    refs: Callable[[list[str]], str],
    escape: Callable[[str], str] = clean,
) -> list[str]:
    """Claims and denials (`details_of`) as attributed sentences, each ending with
    its sources.

    "Azerbaijan accused Armenia of violating the ceasefire in Tartar [4]; Armenia denied
    it [5]." A denial is told once, after the first claim against its party; a claim
    naming no one comes after the others; denials with no claim to answer come last, in
    one sentence. `name` gives a party's display
    text (safe for the output), `escape` makes place names so.
    """
    # a claim naming no one ("violations were alleged") after those that name someone
    claims = sorted(found["claims"], key=lambda c: not (c.get("accuser") or c.get("accused")))
    denials: dict[str | None, dict[str, Any]] = {}
    for row in found["denials"]:
        denier = row.get("denier")
        if denier in denials:  # one denier, denials of two days: one sentence
            ids = denials[denier]["item_ids"]
            denials[denier] = {
                **row,
                "item_ids": ids + [i for i in row["item_ids"] if i not in ids],
            }
        else:
            denials[denier] = row
    answered: set[str] = set()
    accused_before: set[str | None] = set()
    sentences = []
    for claim in claims:
        accuser = name(claim["accuser"]) if claim.get("accuser") else None
        accused = name(claim["accused"]) if claim.get("accused") else None
        kind = claim.get("kind") or "violation_claim"
        places = [p for p in claim.get("places") or () if isinstance(p, str)]
        where = f" in {escape(_join(places))}" if places and kind in CLAIM_KINDS else ""
        if accuser and accused:
            text = f"{accuser} accused {accused} of {_ACTS.get(kind, 'violating the ceasefire')}"
        elif accuser:
            text = f"{accuser} reported {_NOUNS.get(kind, 'a violation')}"
        elif not accused:
            noun = _NOUNS.get(kind, "a violation")
            text = f"{noun[0].upper()}{noun[1:]} was alleged"
        else:
            also = " also" if claim["accused"] in accused_before else ""
            text = f"{accused} was{also} accused of {_ACTS.get(kind, 'violating the ceasefire')}"
        accused_before.add(claim.get("accused"))
        text += where + refs(claim["item_ids"])
        denial = denials.get(claim["accused"]) if claim.get("accused") else None
        if denial is not None and claim["accused"] not in answered:
            text += f"; {accused} denied it" + refs(denial["item_ids"])
            answered.add(claim["accused"])
        sentences.append(text + ".")
    others = [(denier, row) for denier, row in denials.items() if denier and denier not in answered]
    if len(others) == 1:
        denier, row = others[0]
        sentences.append(f"{name(denier)} denied the accusations{refs(row['item_ids'])}.")
    elif others:
        who = _join([name(denier) + refs(row["item_ids"]) for denier, row in others])
        sentences.append(f"{who} denied the accusations.")
    if None in denials:  # a denial naming no one ("the claim was denied")
        sentences.append(f"The accusations were denied{refs(denials[None]['item_ids'])}.")
    return sentences


_ACTS = {
    "violation_claim": "violating the ceasefire",
    "attack": "attacking",
    "territorial_change": "seizing territory",
    "humanitarian": "harming civilians",
    "casualties": "causing casualties",
}
_NOUNS = {
    "violation_claim": "a ceasefire violation",
    "attack": "an attack",
    "territorial_change": "a change of control",
    "humanitarian": "harm to civilians",
    "casualties": "casualties",
}


# (singular, plural) of who a casualty figure counts, by the tagger's groups
_GROUP_NOUNS = {
    None: ("person", "people"),
    "civilian": ("civilian", "civilians"),
    "civilians": ("civilian", "civilians"),
    "military": ("soldier", "soldiers"),
    "soldier": ("soldier", "soldiers"),
    "soldiers": ("soldier", "soldiers"),
}


def group_noun(group: str | None, one: bool) -> str | None:
    """The noun for who a figure counts ("soldier", "civilians"; "people" for no group),
    or None for a group the tagger does not name."""
    nouns = _GROUP_NOUNS.get(group if group is None else group.lower())
    return None if nouns is None else nouns[0 if one else 1]


def casualty_text(
    row: Mapping[str, Any],
    name: Callable[[str], str],
    escape: Callable[[str], str] = clean,
) -> str:
    """One casualty figure in words: "1 civilian killed according to Azerbaijan".

    The noun agrees with the count (1 civilian, 2 civilians, 1 person, 5 people);
    an approximate figure reads "about 600" ("at least 1" for one). `name` gives a
    party's display text and `escape` makes feed text safe for the output.
    """
    count = row.get("count")
    number = count if isinstance(count, int | float) and not isinstance(count, bool) else None
    if number is not None:
        shown = f"{int(number):,}" if number == int(number) else str(number)
        if row.get("approximate"):
            shown = f"at least {shown}" if number == 1 else f"about {shown}"
    elif count in (None, ""):
        shown = "an unknown number of"
    else:
        shown = escape(str(count))
    one = number == 1
    group = row.get("group")
    what = row.get("what")
    if not what or what == "casualties":
        adjective = {"civilian": "civilian", "civilians": "civilian", "military": "military"}
        group_word = adjective.get(group, escape(str(group)) if group else "")
        noun = "casualty" if one else "casualties"
        text = " ".join(part for part in (shown, group_word, noun) if part)
    else:
        noun = group_noun(None if group is None else str(group), one) or escape(str(group))
        text = f"{shown} {noun} {escape(str(what))}"
    claimed_by = row.get("claimed_by")
    if claimed_by:
        return f"{text} according to {name(str(claimed_by))}"
    return f"{text} (unattributed)"
