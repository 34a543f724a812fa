"""Round 8 (b): a party's name written with its article opens a sentence as well.

The Lebanon profile names Hezbollah "the Iran-backed group" (as news writes it); at the
head of a sentence news writes "The Iran-backed group denied ...", and that is still the
group, not Iran (docs/wording.md section 16)."""

from __future__ import annotations

from pathlib import Path

from tui.profile import load_profile
from tui.tagger import Tagger

LEBANON = Path(__file__).resolve().parents[2] / "tui" / "profile" / "bundled" / "lebanon.toml"


def test_a_name_with_its_article_opens_a_sentence() -> None:
    tagger = Tagger(load_profile(LEBANON))
    tags = tagger.tag(
        "",
        "The Iran-backed group denied Friday's rocket fire, saying it was committed to the truce.",
        "2025-03-28",
    )
    deniers = {t.denier for t in tags if t.kind == "denial"}
    assert deniers == {"hezbollah"}
