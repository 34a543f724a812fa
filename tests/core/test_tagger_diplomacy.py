"""Diplomacy in other clothes, and what looks like diplomacy but is not."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import kinds
from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov asked his Turkish counterpart to press Baku to respect the truce.",
        "The military operations chiefs of both armies spoke by hotline on Tuesday.",
        "The French president hailed the deal.",
        "Aliyev received a Turkish military delegation led by Akar in Baku.",
        "Pompeo will host the Armenian and Azerbaijani foreign ministers on Friday.",
        "Iran has drawn up a plan to end the conflict and will present it in both capitals.",
        "The defence ministers signed a memorandum on a joint monitoring centre.",
        "The two sides agreed to avoid targeting civilians, the co-chairs said.",
        "Washington and Paris were asked to press Israel to withdraw, officials said.",
        "The ministers will meet the co-chairs in Geneva next week.",
        "Moscow is ready to provide a platform for contacts, Lavrov said.",
        "The UN Security Council was asked by Armenia to address the shelling.",
    ],
)
def test_diplomacy_in_other_words(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" in kinds(tagger.tag("", text, "2020-10-13"))


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister visited troops at a front-line outpost.",
        "The deal calls for an initial 60-day halt in fighting.",
        "Ankara urged Baku to start hostilities, a newspaper's sources said.",
        "The agreement was announced after a cabinet meeting, officials said.",
        "The governments approved a plan to end the conflict, Biden said.",
        "The Red Cross urged the sides to spare civilians.",
        "Prisoners were swapped after talks led by the peacekeeping commander.",
        "Russian peacekeepers urged both sides to keep the truce after the clash.",
    ],
)
def test_no_diplomacy(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" not in kinds(tagger.tag("", text, "2020-10-13"))


@pytest.mark.parametrize(
    "text",
    [
        # a leader with his own side: command or politics, whoever he meets or briefs
        "The minister met with families of the fallen soldiers in Yerevan.",
        "Azerbaijan's defence minister discussed the situation at the front with commanders.",
        "Aliyev held a meeting with the army's top commanders in Baku.",
        "Pashinyan convened his war cabinet to discuss the front.",
        # who is no diplomat: the public and the press
        "A group of foreign journalists visited Ganja on Monday.",
        "Protesters in Yerevan demanded that the government stop the war.",
        "Residents of Stepanakert called for an end to the shelling.",
    ],
)
def test_a_side_talking_to_itself_is_no_diplomacy(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" not in kinds(tagger.tag("", text, None))


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov met Bayramov and Mnatsakanyan in Moscow.",
        "Putin met the Armenian and Azerbaijani foreign ministers.",
        "Erdogan discussed Karabakh with Putin.",
    ],
)
def test_meeting_the_other_side_or_a_mediator_stays_diplomacy(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" in kinds(tagger.tag("", text, None))


@pytest.mark.parametrize(
    "text",
    [
        # a go-between on the move, whatever the verb of travel
        "The co-chairs travelled to Baku and then to Yerevan.",
        "The OSCE envoys flew to Stepanakert on Monday.",
        "The American envoy shuttled between the two capitals.",
        # a proposal for peace named as a noun
        "Iran's deputy foreign minister toured Baku, Yerevan and Moscow with a peace proposal.",
        # "had" before an article or "talks" is the verb have, not a past perfect recap
        "Lavrov had talks with Bayramov in Moscow.",
        "Putin and Erdogan had a phone call about the fighting.",
    ],
)
def test_diplomacy_in_verbs_of_travel_and_of_having(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" in kinds(tagger.tag("", text, None))


def test_a_past_perfect_meeting_stays_a_recap(tagger: Tagger) -> None:
    tags = tagger.tag("", "The two ministers had already met in Geneva.", None)
    assert "diplomatic_call" not in kinds(tags)


@pytest.mark.parametrize(
    "text",
    [
        "Putin held a video conference with Pashinyan and Aliyev.",
        "The leaders met by videoconference.",
        "Erdogan's adviser conveyed a message from Aliyev to Putin.",
        "The Iranian foreign minister arrived in Baku on Monday.",
        "The envoy is expected in Yerevan later this week.",
    ],
)
def test_diplomacy_by_video_by_message_and_by_arrival(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" in kinds(tagger.tag("", text, None))


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister returned to Baku after the front-line tour.",
        "The Armenian foreign minister flew to the front to visit troops.",
    ],
)
def test_a_minister_going_home_or_to_the_troops_is_no_diplomacy(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" not in kinds(tagger.tag("", text, None))
