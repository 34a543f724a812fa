"""A denial that goes on to the denier's own charge, read end to end (tagger and builder).

The builder tests use hand-made tags; this one runs the tagger too, since the false fact
came from how the two meet: the denial's sentence names the counter-charge's town, and
the title said the denier denied shelling that town. Sentences are our own words.
"""

from __future__ import annotations

from tui.profile import load_profile
from tui.records import TaggedItem
from tui.tagger.core import Tagger
from tui.timeline import build_entries

PROFILE = load_profile()
PUBLISHED = "2020-10-17T09:00:00Z"


def titles(title: str, text: str) -> list[str]:
    tags = tuple(Tagger(PROFILE).tag(title, text, PUBLISHED))
    item = TaggedItem(
        "a", "western", "Outlet", "https://example.org/a", title, text, PUBLISHED, tags
    )
    return [entry.title for entry in build_entries([item], PROFILE)]


def test_a_denial_with_a_counter_charge_is_the_strikes_not_a_denial_of_the_other_town() -> None:
    headline = (
        "Baku says an Armenian missile killed 12 civilians in Ganja despite the truce; "
        "Yerevan denies it and accuses Baku of shelling Stepanakert"
    )
    body = (
        "Azerbaijani officials said on Saturday that a missile fired from Armenia hit flats "
        "in Ganja, killing 12 civilians despite the humanitarian truce. The strike was "
        "denied by a spokesman for the Armenian defence ministry, who accused Azerbaijan of "
        "firing on several towns in Karabakh, among them Stepanakert."
    )
    found = titles(headline, body)
    assert not any("denies shelling Stepanakert" in t for t in found)
    [ganja] = [t for t in found if "Ganja" in t]
    assert "Azerbaijan says, blaming Armenia" in ganja and ganja.endswith("Armenia denies")
