"""Claims, denials and casualty figures of an entry, written as attributed English.

"Azerbaijan accused Armenia of violating the ceasefire in Tartar [4]; Armenia denied
it [5]."  "1 civilian killed according to Azerbaijan [4]". The Markdown export and the
entry detail pane both tell claims this way.

`entry_claims` still works the claims out from the sources' tags rather than reading
what the timeline builder stored in `entries.details`: the stored claims lack what the
export shows (each claim's places and kind, a counter-claim carried by the same
reports, which reports carry each casualty figure, figures and claims of entries of
other kinds, anything for entries made by hand). When the builder stores those, this
function becomes a reader of `details`.
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


def entry_claims(entry: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Claims, denials and casualty figures of an entry, from its sources' tags.

    Only tags about the entry's day count (or undated ones); identical statements from
    several sources become one, listing the item ids that carry it, in source order.
    """
    claims: dict[tuple[Any, ...], dict[str, Any]] = {}
    denials: dict[str, dict[str, Any]] = {}
    casualties: dict[tuple[Any, ...], dict[str, Any]] = {}
    day = entry.get("date")
    for source in entry.get("sources", []):
        for tag in source.get("tags") or ():
            get = tag.get
            if not (get("denier") or get("accuser") or get("accused") or get("casualties")):
                continue  # most tags: nothing to tell here (the same as going through)
            if get("event_date") not in (None, "", day):
                continue
            kind = get("kind")
            if kind == "denial" and tag.get("denier"):
                found = denials.setdefault(tag["denier"], {"denier": tag["denier"], "sources": []})
                _add_source(found, source["id"])
            elif tag.get("accuser") or tag.get("accused"):
                key = (kind, tag.get("accuser"), tag.get("accused"))
                found = claims.setdefault(
                    key,
                    {
                        "kind": kind,
                        "accuser": tag.get("accuser"),
                        "accused": tag.get("accused"),
                        "places": [],
                        "sources": [],
                    },
                )
                for place in tag.get("places") or []:
                    if isinstance(place, str) and place not in found["places"]:
                        found["places"].append(place)
                _add_source(found, source["id"])
            for figure in tag.get("casualties") or []:
                if not isinstance(figure, Mapping):
                    continue
                row = {
                    "count": figure.get("count"),
                    "what": figure.get("what"),
                    "group": figure.get("group"),
                    "claimed_by": figure.get("claimed_by"),
                    "approximate": bool(figure.get("approximate")),
                }
                key = tuple(row.values())
                found = casualties.setdefault(key, {**row, "sources": []})
                _add_source(found, source["id"])
    return {
        "claims": list(claims.values()),
        "denials": list(denials.values()),
        "casualties": list(casualties.values()),
    }


def _add_source(found: dict[str, Any], source_id: str) -> None:
    if source_id not in found["sources"]:
        found["sources"].append(source_id)


def claim_sentences(
    found: dict[str, list[dict[str, Any]]],
    name: Callable[[str], str],
    refs: Callable[[list[str]], str],
    escape: Callable[[str], str] = clean,
) -> list[str]:
    """Claims and denials as attributed sentences, each ending with its sources.

    "Azerbaijan accused Armenia of violating the ceasefire in Tartar [4]; Armenia denied
    it [5]." A denial is told once, after the first claim against its party; a claim
    whose accuser is unknown is folded into an attributed claim of the same kind
    against the same party when every source of it is among that claim's (one report
    read twice); denials with no claim to answer come last, in one sentence. `name`
    gives a party's display text (safe for the output), `escape` makes place names so.
    """
    claims = _fold_unattributed(found["claims"])
    denials = {row["denier"]: row for row in found["denials"]}
    answered: set[str] = set()
    accused_before: set[str | None] = set()
    sentences = []
    for claim in claims:
        accuser = name(claim["accuser"]) if claim["accuser"] else None
        accused = name(claim["accused"]) if claim["accused"] else None
        kind = claim["kind"] or ""
        where = (
            f" in {escape(_join(claim['places']))}"
            if claim["places"] and kind in CLAIM_KINDS
            else ""
        )
        if accuser and accused:
            text = f"{accuser} accused {accused} of {_ACTS.get(kind, 'violating the ceasefire')}"
        elif accuser:
            text = f"{accuser} reported {_NOUNS.get(kind, 'a violation')}"
        else:
            also = " also" if claim["accused"] in accused_before else ""
            text = f"{accused} was{also} accused of {_ACTS.get(kind, 'violating the ceasefire')}"
        accused_before.add(claim["accused"])
        text += where + refs(claim["sources"])
        denial = denials.get(claim["accused"]) if claim["accused"] else None
        if denial is not None and claim["accused"] not in answered:
            text += f"; {accused} denied it" + refs(denial["sources"])
            answered.add(claim["accused"])
        sentences.append(text + ".")
    others = [(denier, row) for denier, row in denials.items() if denier not in answered]
    if len(others) == 1:
        denier, row = others[0]
        sentences.append(f"{name(denier)} denied the accusations{refs(row['sources'])}.")
    elif others:
        who = _join([name(denier) + refs(row["sources"]) for denier, row in others])
        sentences.append(f"{who} denied the accusations.")
    return sentences


def _fold_unattributed(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims with an unknown accuser folded into an attributed one they repeat."""
    folded: list[dict[str, Any]] = []
    for claim in claims:
        if claim["accuser"] is None and claim["accused"] is not None:
            target = next(
                (
                    other
                    for other in claims
                    if other["accuser"] is not None
                    and other["accused"] == claim["accused"]
                    and other["kind"] == claim["kind"]
                    and set(claim["sources"]) <= set(other["sources"])
                ),
                None,
            )
            if target is not None:
                continue  # its sources and places are the attributed claim's already
        folded.append(claim)
    return folded


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


def merge_casualties(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Casualty figures without the ones that repeat a fuller figure from the same reports.

    A report that says "16 servicemen were killed, the defence army said" gives the
    figure twice (with and without its claimant): the figure with fewer details (no
    claimant, or no group) is dropped when a figure with the same count and outcome
    says more and cites every source it cites.
    """
    kept = []
    for figure in figures:
        fuller = any(
            other is not figure
            and other["count"] == figure["count"]
            and other["what"] == figure["what"]
            and other["approximate"] == figure["approximate"]
            and set(figure["sources"]) <= set(other["sources"])
            and _detail(other) > _detail(figure)
            and all(figure[key] in (None, other[key]) for key in ("group", "claimed_by"))
            for other in figures
        )
        if not fuller:
            kept.append(figure)
    return kept


def _detail(figure: dict[str, Any]) -> int:
    return (figure["group"] is not None) + (figure["claimed_by"] is not None)


# (singular, plural) of who a casualty figure counts, by the tagger's groups
_GROUP_NOUNS = {
    None: ("person", "people"),
    "civilian": ("civilian", "civilians"),
    "civilians": ("civilian", "civilians"),
    "military": ("soldier", "soldiers"),
    "soldier": ("soldier", "soldiers"),
    "soldiers": ("soldier", "soldiers"),
}


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
        shown = str(int(number)) if number == int(number) else str(number)
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
        nouns = _GROUP_NOUNS.get(group if group is None else str(group).lower())
        noun = (nouns[0] if one else nouns[1]) if nouns is not None else escape(str(group))
        text = f"{shown} {noun} {escape(str(what))}"
    claimed_by = row.get("claimed_by")
    if claimed_by:
        return f"{text} according to {name(str(claimed_by))}"
    return f"{text} (unattributed)"
