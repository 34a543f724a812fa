"""Write the bundled offline demo corpus in tui/demo/ (feed files and feeds.toml).

The items are plain Python data below: one dict per report with the outlet, the local
date-time of publication, the headline, the description, and (optionally) a link and a
guid; links and guids left out are derived from the outlet and the headline, so the
output is the same on every run. Run from the repository root:

    .venv/bin/python scripts/make_demo.py

The outlets are fictional and their links point to reserved hosts (`.example`,
`demo.invalid`). The events, dates, places and officials are those of the 2020
Nagorno-Karabakh war (27 September - 10 November 2020) and its first days of aftermath;
the wording is the corpus authors' own. Each outlet writes from its side's viewpoint,
which is the point of the demo: claims, counter-claims and denials to put on one
timeline.

Deliberate feed quirks, as real feeds have them:
- the Moscow agency's 10 October truce story is carried word for word by the Geneva desk,
  and the Baku daily's Fuzuli story by the Ankara report (same link, guid and text);
- one Paris item has no date;
- one Paris item's description is HTML (paragraphs, a link, bold, an image);
- bracketed headlines: "[UPDATE] ..." (Baku), "[Video] ..." (Stepanakert).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = ROOT / "tui" / "demo"
ATOM_NS = "http://www.w3.org/2005/Atom"
MATCH = ("Karabakh", "Artsakh", "Armenia", "Azerbaijan")
# The same rule as the poller's topic filter: a match word at the start of a word.
TOPIC = re.compile(r"\b(?:" + "|".join(MATCH) + ")", re.IGNORECASE)

# key: (file name, outlet name, side, format, home page, tagline)
OUTLETS: dict[str, tuple[str, str, str, str, str, str]] = {
    "yerevan": (
        "yerevan-wire.xml",
        "Demo Yerevan Wire",
        "armenian",
        "rss",
        "https://yerevan-wire.example/",
        "A fictional Yerevan news wire (demo data for conflict-tui)",
    ),
    "baku": (
        "baku-daily.xml",
        "Demo Baku Daily",
        "azerbaijani",
        "rss",
        "https://baku-daily.example/",
        "A fictional Baku daily (demo data for conflict-tui)",
    ),
    "moscow": (
        "moscow-agency.xml",
        "Demo Moscow Agency",
        "russian",
        "rss",
        "https://moscow-agency.example/",
        "A fictional Moscow news agency (demo data for conflict-tui)",
    ),
    "ankara": (
        "ankara-report.xml",
        "Demo Ankara Report",
        "turkish",
        "rss",
        "https://ankara-report.example/",
        "A fictional Ankara news site (demo data for conflict-tui)",
    ),
    "geneva": (
        "geneva-desk.xml",
        "Demo Geneva Desk",
        "western",
        "atom",
        "https://demo.invalid/geneva-desk/",
        "A fictional international affairs desk in Geneva (demo data for conflict-tui)",
    ),
    "tehran": (
        "tehran-bulletin.xml",
        "Demo Tehran Bulletin",
        "iranian",
        "atom",
        "https://demo.invalid/tehran-bulletin/",
        "A fictional Tehran news bulletin (demo data for conflict-tui)",
    ),
    "stepanakert": (
        "stepanakert-voice.xml",
        "Demo Stepanakert Voice",
        "armenian",
        "atom",
        "https://stepanakert-voice.example/",
        "A fictional Stepanakert news site (demo data for conflict-tui)",
    ),
    "paris": (
        "paris-observer.xml",
        "Demo Paris Observer",
        "western",
        "rss",
        "https://paris-observer.example/",
        "A fictional Paris weekly's world desk (demo data for conflict-tui)",
    ),
}

# Local UTC offsets of the outlets in autumn 2020 (Paris left summer time on 25 October).
_OFFSETS = {
    "yerevan": timedelta(hours=4),
    "baku": timedelta(hours=4),
    "stepanakert": timedelta(hours=4),
    "moscow": timedelta(hours=3),
    "ankara": timedelta(hours=3),
    "tehran": timedelta(hours=3, minutes=30),
    "geneva": timedelta(0),
}
_PARIS_WINTER = datetime(2020, 10, 25, 1, 0, tzinfo=UTC)

# Wire stories carried by a second outlet word for word (same link, guid and text).
MOSCOW_TRUCE_TITLE = "Armenia, Azerbaijan agree humanitarian ceasefire from noon, Lavrov says"
MOSCOW_TRUCE_TEXT = (
    "After about ten hours of talks in Moscow, Foreign Minister Sergei Lavrov read out a "
    "statement saying Armenia and Azerbaijan had agreed a ceasefire from 12:00 on 10 October for "
    "humanitarian purposes. It is to be used to exchange prisoners of war, other detainees and "
    "the bodies of the dead, with mediation by the International Committee of the Red Cross; the "
    "details will be agreed separately. The sides also agreed to start substantive talks under "
    "the OSCE Minsk Group co-chairs."
)
MOSCOW_TRUCE_LINK = (
    "https://moscow-agency.example/en/2020/10/10/armenia-azerbaijan-agree-humanitarian-ceasefire"
)
BAKU_FUZULI_TITLE = "Fuzuli city liberated, Aliyev announces"
BAKU_FUZULI_TEXT = (
    "President Ilham Aliyev announced that the Azerbaijani army had liberated the city of Fuzuli "
    "and several villages of the district from occupation, and congratulated the soldiers. The "
    "defence ministry said Armenian forces retreating from the area had suffered heavy losses, "
    "and that Armenian artillery had again fired on Tartar overnight."
)
BAKU_FUZULI_LINK = "https://baku-daily.example/news/2020/10/17/fuzuli-city-liberated"

# An item whose description is HTML, as many feeds send it.
PARIS_HTML_TEXT = (
    "<p>Thousands of protesters gathered outside the government building in <b>Yerevan</b> after "
    "Prime Minister Nikol Pashinyan said he had signed the statement ending the war in "
    "Nagorno-Karabakh. Some broke into the building and the parliament overnight, and parliament "
    "speaker Ararat Mirzoyan was beaten, officials said.</p><p><img "
    'src="https://paris-observer.example/img/2020/11/10/yerevan-protest.jpg" alt="Protesters '
    'outside the government building in Yerevan" width="640" height="360"></p><p>Opposition '
    "parties demanded the prime minister resign. Read <a "
    'href="https://paris-observer.example/news/2020/11/10/karabakh-deal-signed">the terms of '
    "the deal</a>.</p>"
)


ITEMS: list[dict[str, str | None]] = [
    # ------------------------------------------------------------------ Demo Yerevan Wire
    {
        "outlet": "yerevan",
        "when": "2020-09-27 10:40",
        "title": "Azerbaijan launches offensive along Karabakh line of contact, Yerevan says",
        "text": (
            "Armenia's defence ministry said Azerbaijani forces opened artillery fire and began "
            "an offensive along the whole Nagorno-Karabakh line of contact early on Sunday, also "
            "hitting civilian settlements including Stepanakert. Ministry spokeswoman Shushan "
            "Stepanyan said Karabakh units had downed two Azerbaijani helicopters and three "
            "drones."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-09-27 14:25",
        "title": "Armenia declares martial law and general mobilisation",
        "text": (
            "Prime Minister Nikol Pashinyan announced martial law and a general mobilisation "
            "across Armenia, calling the Azerbaijani assault pre-planned and urging reservists to "
            "report to their units. The Karabakh authorities in Stepanakert declared martial law "
            "and mobilisation earlier in the day."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-09-27 21:50",
        "title": "Pashinyan briefs Putin on fighting in phone call",
        "text": (
            "Prime Minister Nikol Pashinyan told Russian President Vladimir Putin by phone that "
            "Azerbaijan had launched large-scale hostilities against Nagorno-Karabakh, the "
            "government press office said. The Kremlin said Putin stressed the need to halt the "
            "fighting. Pashinyan also appealed to the international community to stop what he "
            "called Azerbaijani aggression."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-09-28 20:15",
        "title": "Karabakh military death toll rises to 84, defence army says",
        "text": (
            "The Karabakh defence army published the names of more servicemen killed in the "
            "fighting, bringing its military death toll to 84 since Sunday morning. Officials in "
            "Stepanakert said fighting continued through the day in the northern and southern "
            "sectors of the front."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-09-29 13:40",
        "title": "Armenia says Turkish F-16 shot down Armenian Su-25 jet",
        "text": (
            "Armenia's defence ministry said a Turkish F-16 fighter had shot down an Armenian "
            "Su-25 attack aircraft in Armenian airspace, killing its pilot. Spokeswoman Shushan "
            "Stepanyan said the Turkish jet had taken off from Azerbaijan. Ankara and Baku "
            "rejected the claim as untrue."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-09-29 18:05",
        "title": "Drone strikes civilian bus near Vardenis inside Armenia, ministry says",
        "text": (
            "An Azerbaijani drone hit a civilian bus near the town of Vardenis in Armenia's "
            "Gegharkunik province and set it on fire, the Armenian defence ministry said. "
            "Officials said it showed that Azerbaijan was now striking the territory of Armenia "
            "itself, not only Nagorno-Karabakh."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-02 00:30",
        "title": "Yerevan welcomes call by Russian, US and French presidents to stop fighting",
        "text": (
            "Armenia's foreign ministry welcomed the statement of the presidents of Russia, the "
            "United States and France, the co-chair countries of the OSCE Minsk Group, which "
            "called for an immediate end to hostilities. The ministry said Armenia was ready to "
            "work with the co-chairs to re-establish a ceasefire."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-04 12:30",
        "title": "Armenian officials dismiss Aliyev's claim of Jabrayil capture",
        "text": (
            "Artsrun Hovhannisyan, a representative of Armenia's defence ministry, called "
            "President Ilham Aliyev's announcement that Azerbaijani troops had taken Jabrayil "
            "disinformation meant for a domestic audience. He said heavy fighting was continuing "
            "in the southern direction and that Stepanakert had been shelled overnight."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-07 16:10",
        "title": "Half of Karabakh's people have fled their homes, ombudsman says",
        "text": (
            "Karabakh's human rights ombudsman Artak Beglaryan said that about half of the "
            "region's population, some 70,000 to 75,000 people, had been displaced by the "
            "fighting, most of them women, children and the elderly. Many have crossed into "
            "Armenia, where families and hotels are taking them in."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-08 15:20",
        "title": "Shushi cathedral struck twice, journalists hurt",
        "text": (
            "The Holy Saviour Ghazanchetsots Cathedral in Shushi was hit twice on Thursday, "
            "Armenian officials said; the second strike wounded journalists who had come to film "
            "the damage. Armenia's foreign ministry condemned the attack on a place of worship. "
            "Azerbaijan's defence ministry said its army did not target historical or religious "
            "sites."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-09 17:45",
        "title": "Mnatsakanyan in Moscow for talks with Azerbaijani counterpart",
        "text": (
            "Foreign Minister Zohrab Mnatsakanyan arrived in Moscow for consultations hosted by "
            "Russian Foreign Minister Sergei Lavrov at President Putin's invitation, foreign "
            "ministry spokeswoman Anna Naghdalyan said. Azerbaijani Foreign Minister Jeyhun "
            "Bayramov is also in Moscow."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-10 04:10",
        "title": "Armenia and Azerbaijan agree humanitarian ceasefire after Moscow talks",
        "text": (
            "Foreign ministers Zohrab Mnatsakanyan and Jeyhun Bayramov agreed on a humanitarian "
            "ceasefire from 12:00 on 10 October after about ten hours of talks hosted by Sergei "
            "Lavrov, to exchange prisoners of war, other detainees and the bodies of the dead "
            "with the help of the International Committee of the Red Cross. Armenia's foreign "
            "ministry said substantive negotiations would follow under the Minsk Group co-chairs."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-10 16:45",
        "title": "Azerbaijan broke truce within minutes, Armenian ministry says",
        "text": (
            "Defence ministry spokeswoman Shushan Stepanyan said Azerbaijani forces launched an "
            "attack in the southern direction shortly after the humanitarian ceasefire took "
            "effect at noon, breaching the Moscow agreement. She rejected Baku's claim that "
            "Armenian units had shelled Tartar and Aghdam, calling it disinformation."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-11 07:30",
        "title": "Armenia denies firing on Ganja, says Stepanakert shelled overnight",
        "text": (
            "Armenia's defence ministry rejected Azerbaijan's accusation that Armenian forces had "
            "hit Ganja with a missile overnight, calling it an outright lie. Spokeswoman Shushan "
            "Stepanyan said Azerbaijani forces had shelled Stepanakert and other towns during the "
            "night despite the humanitarian truce."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-14 19:00",
        "title": "Azerbaijan strikes Armenian territory near Vardenis, ministry says",
        "text": (
            "Armenia's defence ministry said Azerbaijani forces had struck military equipment on "
            "the territory of the Republic of Armenia near Vardenis and warned that Yerevan "
            "reserved the right to respond. Baku said it had destroyed missile launchers that "
            "were aimed at Azerbaijani cities."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-17 22:10",
        "title": "Armenia agrees new humanitarian truce from midnight",
        "text": (
            "Armenia's foreign ministry announced that Yerevan and Baku had agreed on a "
            "humanitarian truce starting at 00:00 on 18 October. The ministry said the decision "
            "followed the statement of the presidents of France, Russia and the United States and "
            "the Moscow statement of 10 October."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-18 11:30",
        "title": "Azerbaijan fired artillery and rockets hours into new truce, Stepanyan says",
        "text": (
            "Armenian defence ministry spokeswoman Shushan Stepanyan said Azerbaijani forces "
            "fired artillery shells and rockets in the southern direction in the early hours of "
            "Sunday, violating the humanitarian truce that began at midnight. She denied "
            "Azerbaijan's statement that Armenian units had broken the truce first."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-20 17:00",
        "title": "Karabakh death toll passes 700 as fighting moves south",
        "text": (
            "The Karabakh defence army said its military death toll had risen to more than 700. "
            "Armenia's defence ministry said fierce fighting was under way in the south along the "
            "Iranian border, and rejected President Aliyev's statement that Zangilan had been "
            "captured, saying the front line was still contested."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-24 02:15",
        "title": "Mnatsakanyan meets Pompeo in Washington",
        "text": (
            "Foreign Minister Zohrab Mnatsakanyan met US Secretary of State Mike Pompeo in "
            "Washington, the foreign ministry said. Pompeo met Azerbaijani Foreign Minister "
            "Jeyhun Bayramov separately. The ministry said the talks focused on restoring the "
            "ceasefire and on ways to make it hold."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-26 00:45",
        "title": "US-brokered humanitarian ceasefire to start Monday morning",
        "text": (
            "Armenia, Azerbaijan and the United States said in a joint statement that a "
            "humanitarian ceasefire would take effect at 08:00 local time on 26 October, "
            "following talks in Washington with Deputy Secretary of State Stephen Biegun and the "
            "Minsk Group co-chairs. Prime Minister Pashinyan thanked President Donald Trump and "
            "said Armenia would honour the truce."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-26 12:40",
        "title": "Third truce collapses as Azerbaijan shells positions, Yerevan says",
        "text": (
            "Azerbaijani forces fired artillery at Karabakh army positions in the north-eastern "
            "sector shortly after the US-brokered ceasefire took effect, defence ministry "
            "spokeswoman Shushan Stepanyan said. She dismissed Azerbaijan's claim that Armenian "
            "forces had shelled Tartar and nearby villages as false."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-28 18:20",
        "title": "Armenia rejects accusation of Barda strike",
        "text": (
            "Armenia's defence ministry said Armenian forces had not fired on Barda and called "
            "Azerbaijan's accusations a provocation. Officials in Stepanakert said the maternity "
            "hospital in the city had been hit by Azerbaijani fire on the same day."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-31 19:10",
        "title": "Pashinyan asks Putin to start consultations on security assistance",
        "text": (
            "Prime Minister Nikol Pashinyan wrote to Vladimir Putin asking Russia to begin urgent "
            "consultations on the type and amount of assistance it could give Armenia under their "
            "1997 treaty, as fighting drew closer to Armenia's border. Russia's foreign ministry "
            "replied that Moscow would give Yerevan all necessary help if the fighting reached "
            "Armenian territory."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-11-10 02:20",
        "title": "Pashinyan signs 'painful' statement to end the war",
        "text": (
            "Prime Minister Nikol Pashinyan said on Facebook that he had signed a statement with "
            "the presidents of Russia and Azerbaijan ending the war from 01:00 local time, "
            "calling the decision unspeakably painful for him and for the people. He said it was "
            "based on an analysis of the military situation. Crowds began gathering outside the "
            "government building in Yerevan within minutes."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-11-10 09:35",
        "title": "Protesters storm government building and parliament in Yerevan",
        "text": (
            "Hundreds of protesters angered by the Karabakh ceasefire broke into the government "
            "headquarters and the parliament in Yerevan overnight. Parliament speaker Ararat "
            "Mirzoyan was beaten by a crowd and taken to hospital, officials said. Opposition "
            "parties demanded Pashinyan's resignation."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-11-12 21:40",
        "title": "Pashinyan says he bears responsibility, will not resign",
        "text": (
            "In an address to the nation Prime Minister Nikol Pashinyan said he took "
            "responsibility for the outcome of the war but rejected calls to step down, saying "
            "his task was to ensure stability and security. Opposition parties continued protests "
            "in central Yerevan for a third day over the Karabakh deal."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-11-14 15:30",
        "title": "Bodies of 2,317 servicemen examined, health ministry says",
        "text": (
            "Armenia's health ministry said forensic experts had so far examined the bodies of "
            "2,317 servicemen killed in the fighting, a figure that includes bodies recovered "
            "since the ceasefire. Search teams are working in areas of Karabakh that were under "
            "Azerbaijani fire until 10 November."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-11-14 19:05",
        "title": "Kalbajar residents leave ahead of handover, some burn their homes",
        "text": (
            "Armenian families in the Kalbajar district packed their belongings and drove toward "
            "Armenia ahead of the district's handover to Azerbaijan under the ceasefire "
            "statement; some set fire to their houses rather than leave them behind. Traffic was "
            "heavy on the mountain road through Vardenis."
        ),
    },
    # ------------------------------------------------------------------ Demo Baku Daily
    {
        "outlet": "baku",
        "when": "2020-09-27 09:55",
        "title": "Armenian forces shell front-line villages, Azerbaijani army counter-attacks",
        "text": (
            "Azerbaijan's defence ministry said Armenian armed forces shelled army positions and "
            "villages in the Tartar, Aghdam, Fuzuli and Jabrayil districts early on Sunday, "
            "causing civilian casualties. The ministry said the Azerbaijani army had launched a "
            "counter-offensive along the entire front to suppress the attack and protect "
            "civilians."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-09-27 16:40",
        "title": "Aliyev declares martial law and curfew in Baku and front-line regions",
        "text": (
            "President Ilham Aliyev signed a decree on martial law from midnight and a curfew in "
            "Baku, Ganja, Goygol, Yevlakh and several districts near the front, after parliament "
            "backed the measure. In an address to the nation Aliyev said the army was defending "
            "the country's land and that Azerbaijan's cause was just."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-09-27 20:30",
        "title": "Family of five killed by Armenian shell in Naftalan district",
        "text": (
            "The prosecutor general's office said an Armenian artillery shell hit a house in the "
            "village of Gashalti in the Naftalan district, killing five members of one family. "
            "Officials said several other civilians were wounded in the Tartar and Aghdam "
            "districts, where shells had fallen on homes."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-09-28 11:20",
        "title": "Aliyev orders partial mobilisation",
        "text": (
            "President Ilham Aliyev signed an order on partial mobilisation in Azerbaijan, the "
            "presidential press service said. The defence ministry said the army had taken "
            "strategic heights around the Murovdag range and several villages, and that fighting "
            "continued along the line of contact."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-01 17:45",
        "title": "Tartar under heavy fire, district officials say",
        "text": (
            "Armenian forces kept the town of Tartar and surrounding villages under artillery "
            "fire for a fifth day, the defence ministry and district officials said; many "
            "residents were sheltering in basements. The ministry said its units had destroyed "
            "Armenian artillery positions and ammunition depots."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-03 14:15",
        "title": "Madagiz taken, renamed Sugovushan, Aliyev says",
        "text": (
            "President Ilham Aliyev announced on Twitter that the Azerbaijani army had taken the "
            "village of Madagiz in the Tartar direction and said it would again carry its "
            "historical name, Sugovushan. The defence ministry said Armenian forces had suffered "
            "heavy losses there."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-04 10:35",
        "title": "Ganja shelled by Armenian forces, civilians among casualties",
        "text": (
            "Azerbaijan's defence ministry said Armenian forces fired on Ganja, the country's "
            "second city, on Sunday morning, killing at least one civilian and wounding dozens of "
            "others. Presidential aide Hikmet Hajiyev said Armenia was deliberately targeting "
            "civilians far from the front, and that Mingachevir had also come under fire."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-04 13:20",
        "title": "Jabrayil city liberated, Aliyev announces",
        "text": (
            "President Ilham Aliyev said in an address that the Azerbaijani army had taken the "
            "city of Jabrayil and several villages of the district. He said Azerbaijan's "
            "condition for ending the fighting was a timetable for the withdrawal of Armenian "
            "forces from all occupied territory."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-06 18:30",
        "title": "Cavusoglu meets Aliyev in Baku, pledges Turkey's support",
        "text": (
            "Turkish Foreign Minister Mevlut Cavusoglu met President Ilham Aliyev in Baku and "
            "said Turkey would stand by Azerbaijan. Cavusoglu said a lasting ceasefire required "
            "Armenian forces to leave Azerbaijan's territory, and criticised the Minsk Group for "
            "failing to solve the conflict over almost three decades."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-09 14:05",
        "title": "Hadrut settlement and nearby villages liberated, Aliyev says",
        "text": (
            "President Ilham Aliyev announced that the Azerbaijani army had taken the settlement "
            "of Hadrut and several villages nearby. The defence ministry said fighting continued "
            "along the front and that Armenian forces had shelled Tartar, Goranboy and Aghdam "
            "overnight."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-10 04:30",
        "title": "Bayramov and Mnatsakanyan agree humanitarian ceasefire in Moscow",
        "text": (
            "Foreign Minister Jeyhun Bayramov and his Armenian counterpart Zohrab Mnatsakanyan "
            "agreed a humanitarian ceasefire from 12:00 on 10 October after talks hosted by "
            "Sergei Lavrov in Moscow, the foreign ministry said. It will be used to exchange "
            "prisoners and the bodies of the dead with mediation by the Red Cross."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-10 19:20",
        "title": "Armenia violated humanitarian truce in Tartar and Aghdam, ministry says",
        "text": (
            "Azerbaijan's defence ministry said Armenian forces shelled the Tartar and Aghdam "
            "districts and tried to attack in the Aghdara and Jabrayil directions despite the "
            "humanitarian truce that began at noon. The ministry rejected Yerevan's statement "
            "that Azerbaijani units had started the fighting as untrue."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-11 05:40",
        "title": "[UPDATE] Night missile strike on Ganja apartment block kills civilians",
        "text": (
            "An Armenian missile hit a residential area of Ganja at about 2 a.m., destroying an "
            "apartment building, presidential aide Hikmet Hajiyev said. The prosecutor general's "
            "office said nine civilians were killed and 34 wounded; rescuers are searching the "
            "rubble. Hajiyev said the attack breached the humanitarian ceasefire agreed in Moscow "
            "a day earlier."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-12 16:50",
        "title": "Ganja buries its dead as rescuers finish work",
        "text": (
            "Funerals were held in Ganja for the victims of Sunday's missile strike, which the "
            "prosecutor general's office said killed ten civilians. The humanitarian truce agreed "
            "in Moscow on Saturday has failed to hold, and the defence ministry said Armenian "
            "forces had fired on Tartar and Aghdam again overnight."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-14 12:25",
        "title": "Army destroys missile launchers aimed at Azerbaijani cities, ministry says",
        "text": (
            "Azerbaijan's defence ministry said its forces had destroyed several missile "
            "launchers on Armenian territory that were positioned to fire at Ganja, Mingachevir "
            "and other cities. Presidential aide Hikmet Hajiyev said the launchers were "
            "legitimate military targets."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-17 05:10",
        "title": "Ganja hit again: 13 civilians killed in overnight missile attack",
        "text": (
            "A ballistic missile fired from Armenia struck a residential area of Ganja overnight, "
            "killing 13 civilians and wounding more than 50, the prosecutor general's office "
            "said. It was the third attack on the city this month. President Aliyev said "
            "Azerbaijan would respond on the battlefield."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-17 13:40",
        "title": "@@BAKU_FUZULI_TITLE@@",
        "text": "@@BAKU_FUZULI_TEXT@@",
        "link": "@@BAKU_FUZULI_LINK@@",
        "guid": "@@BAKU_FUZULI_LINK@@",
    },
    {
        "outlet": "baku",
        "when": "2020-10-17 22:30",
        "title": "Azerbaijan agrees humanitarian truce from midnight",
        "text": (
            "Azerbaijan and Armenia agreed on a humanitarian truce from 00:00 on 18 October, the "
            "foreign ministry said in a statement that referred to the Moscow statement of 10 "
            "October and the call of the presidents of the Minsk Group co-chair countries. "
            "President Aliyev's aide said Azerbaijan would respond to any provocation."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-18 10:20",
        "title": "Armenia broke new truce within minutes, defence ministry says",
        "text": (
            "Azerbaijan's defence ministry said Armenian forces breached the humanitarian truce "
            "in the Jabrayil and Fuzuli directions shortly after midnight, firing artillery at "
            "Azerbaijani positions. It called the Armenian defence ministry's statement that "
            "Azerbaijan had violated the truce disinformation."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-20 14:45",
        "title": "Zangilan city liberated, Aliyev says",
        "text": (
            "President Ilham Aliyev announced that the Azerbaijani army had taken the city of "
            "Zangilan and a number of villages in the Zangilan, Fuzuli and Jabrayil districts. "
            "The defence ministry said Armenian forces were retreating in the south."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-22 15:10",
        "title": "Agbend taken; border with Iran fully under Azerbaijani control, Aliyev says",
        "text": (
            "President Ilham Aliyev said the army had taken the village of Agbend in the Zangilan "
            "district, and that the whole Azerbaijan-Iran border had returned to Azerbaijani "
            "control. He said Azerbaijan would not stop until its territorial integrity was "
            "restored."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-24 01:30",
        "title": "Bayramov meets Pompeo in Washington",
        "text": (
            "Foreign Minister Jeyhun Bayramov met US Secretary of State Mike Pompeo in "
            "Washington, the foreign ministry said; Pompeo held a separate meeting with Armenia's "
            "foreign minister. Bayramov said Azerbaijan supported a political settlement based on "
            "Armenia's withdrawal from the occupied territories."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-25 13:05",
        "title": "Gubadli city liberated, Aliyev announces",
        "text": (
            "President Ilham Aliyev said the Azerbaijani army had taken the city of Gubadli, in a "
            "corridor between Zangilan and Lachin. He congratulated the army and said the "
            "operation would continue until Armenia withdrew from all occupied land."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-26 01:05",
        "title": "Azerbaijan, Armenia and US announce humanitarian ceasefire from 08:00",
        "text": (
            "Azerbaijan, Armenia and the United States said in a joint statement that a "
            "humanitarian ceasefire would take effect at 08:00 local time on 26 October, after "
            "Foreign Minister Jeyhun Bayramov's talks in Washington. The statement committed the "
            "sides to the 10 October Moscow statement."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-26 09:50",
        "title": "Armenian forces shell Tartar despite US-brokered truce, ministry says",
        "text": (
            "Azerbaijan's defence ministry said Armenian forces fired on the city of Tartar and "
            "nearby villages shortly after the humanitarian ceasefire began at 08:00, breaching "
            "the truce. It rejected the Armenian side's statement that Azerbaijani units had "
            "fired first, saying Azerbaijan was observing the ceasefire."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-27 19:15",
        "title": "Rockets hit Barda village, civilians killed",
        "text": (
            "Armenian forces fired rockets at the village of Garayusifli in the Barda district, "
            "killing and wounding civilians, the prosecutor general's office said. Presidential "
            "aide Hikmet Hajiyev said the shelling took place a day after the US-brokered "
            "humanitarian truce was announced."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-28 15:30",
        "title": "21 civilians killed as cluster rockets hit central Barda",
        "text": (
            "Twenty-one civilians were killed and about 70 wounded when Smerch rockets carrying "
            "cluster munitions struck the centre of Barda, the prosecutor general's office said. "
            "Presidential aide Hikmet Hajiyev said Armenia had deliberately targeted a crowded "
            "area and called the attack a war crime."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-10-30 23:10",
        "title": "Bayramov: sides agree in Geneva not to target civilians",
        "text": (
            "After talks with the Minsk Group co-chairs in Geneva, Foreign Minister Jeyhun "
            "Bayramov said the sides had agreed not to deliberately target civilians and to "
            "exchange the bodies of the dead. He said Azerbaijan would keep to the commitments if "
            "Armenia did."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-11-08 13:30",
        "title": "Shusha is liberated, Aliyev says",
        "text": (
            "President Ilham Aliyev announced in an address at the Alley of Martyrs in Baku that "
            "the Azerbaijani army had taken the city of Shusha, calling it a historic day. Crowds "
            "with flags filled the streets of the capital. Armenian officials said fighting for "
            "the town was continuing."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-11-09 22:30",
        "title": "Azerbaijan apologises to Russia over downed helicopter",
        "text": (
            "The foreign ministry said Azerbaijani forces had shot down a Russian Mi-24 "
            "helicopter over Armenia near the border with Nakhchivan by mistake, and offered "
            "apologies and compensation. The ministry said the helicopter was flying in the dark "
            "at low altitude close to the border, where fighting was under way."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-11-10 03:20",
        "title": "Aliyev: Karabakh statement amounts to Armenia's capitulation",
        "text": (
            "President Ilham Aliyev said in a video call with Vladimir Putin that Armenia had "
            "signed a statement ending the war and would hand back the Aghdam, Kalbajar and "
            "Lachin districts. He called it Armenia's capitulation and said Turkey would take "
            "part in the peacekeeping process."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-11-15 14:20",
        "title": "Kalbajar handover delayed to 25 November at Armenia's request",
        "text": (
            "Azerbaijan agreed to extend the deadline for Armenian forces to leave the Kalbajar "
            "district from 15 November to 25 November, presidential aide Hikmet Hajiyev said, "
            "after Armenia asked for more time on humanitarian grounds. Hajiyev condemned the "
            "burning of houses and forests by departing residents."
        ),
    },
    # ------------------------------------------------------------------ Demo Moscow Agency
    {
        "outlet": "moscow",
        "when": "2020-09-27 16:20",
        "title": "Kremlin urges halt to fighting in Nagorno-Karabakh",
        "text": (
            "President Vladimir Putin discussed the escalation in Nagorno-Karabakh by telephone "
            "with Armenian Prime Minister Nikol Pashinyan and stressed the need to stop "
            "hostilities, the Kremlin said. Kremlin spokesman Dmitry Peskov said Moscow was "
            "following events closely and called on both sides to exercise restraint."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-09-27 21:10",
        "title": "Lavrov holds calls with Yerevan, Baku and Ankara",
        "text": (
            "Foreign Minister Sergei Lavrov spoke by phone with his Armenian and Azerbaijani "
            "counterparts, urging an immediate ceasefire and talks, the foreign ministry said. He "
            "also discussed the situation with Turkish Foreign Minister Mevlut Cavusoglu, the "
            "ministry added."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-09-30 20:40",
        "title": "Putin, Macron voice concern over militants from Syria and Libya",
        "text": (
            "Vladimir Putin and Emmanuel Macron expressed concern in a telephone call about "
            "reports that fighters of illegal armed groups from the Middle East were being sent "
            "to the Karabakh conflict zone, the Kremlin said. Both called for a ceasefire as soon "
            "as possible."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-01 22:55",
        "title": "Presidents of Russia, US and France call for end to Karabakh hostilities",
        "text": (
            "Vladimir Putin, Donald Trump and Emmanuel Macron, the leaders of the Minsk Group "
            "co-chair countries, called in a joint statement for an immediate cessation of "
            "hostilities between the relevant military forces. They urged the leaders of Armenia "
            "and Azerbaijan to resume substantive negotiations without preconditions under the "
            "co-chairs."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-07 23:40",
        "title": (
            "Putin calls Karabakh war a tragedy, says CSTO duties apply to Armenia's territory"
        ),
        "text": (
            "President Vladimir Putin said in a television interview that the fighting in "
            "Nagorno-Karabakh was a tragedy and that he hoped it would end very soon. He said "
            "Russia's obligations under the CSTO applied to the territory of Armenia, and that "
            "the fighting was not taking place there."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-08 23:55",
        "title": "Putin calls for humanitarian pause, invites foreign ministers to Moscow",
        "text": (
            "After a series of telephone calls with Ilham Aliyev and Nikol Pashinyan, President "
            "Vladimir Putin called for a halt to the fighting in Nagorno-Karabakh on humanitarian "
            "grounds to exchange bodies and prisoners, the Kremlin said. He invited the "
            "Azerbaijani and Armenian foreign ministers to Moscow for consultations mediated by "
            "Sergei Lavrov."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-09 23:15",
        "title": "Moscow talks on Karabakh run late into the night",
        "text": (
            "Talks between the Armenian and Azerbaijani foreign ministers hosted by Sergei Lavrov "
            "in Moscow continued into the night, more than eight hours after they began. Foreign "
            "ministry spokeswoman Maria Zakharova said on Telegram that the work was going on."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-10 03:25",
        "title": "@@MOSCOW_TRUCE_TITLE@@",
        "text": "@@MOSCOW_TRUCE_TEXT@@",
        "link": "@@MOSCOW_TRUCE_LINK@@",
        "guid": "@@MOSCOW_TRUCE_LINK@@",
    },
    {
        "outlet": "moscow",
        "when": "2020-10-11 18:30",
        "title": "Lavrov urges Yerevan and Baku to observe humanitarian truce",
        "text": (
            "Sergei Lavrov spoke by phone with the Armenian and Azerbaijani foreign ministers and "
            "called for strict compliance with the agreements reached in Moscow, the ministry "
            "said. Both sides have accused each other of breaching the ceasefire since it took "
            "effect at noon on Saturday."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-12 17:20",
        "title": "Lavrov proposes military observers to verify Karabakh truce",
        "text": (
            "After talks with Armenian Foreign Minister Zohrab Mnatsakanyan in Moscow, Sergei "
            "Lavrov said Russia believed a verification mechanism for the ceasefire was needed "
            "and that Russian military observers could take part. He said the humanitarian "
            "ceasefire was not being fully observed."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-14 20:05",
        "title": "Putin and Erdogan discuss Karabakh, Kremlin voices concern over fighters",
        "text": (
            "Vladimir Putin and Recep Tayyip Erdogan discussed Nagorno-Karabakh by telephone, the "
            "Kremlin said. Putin expressed serious concern about the involvement of militants "
            "from the Middle East in the fighting and said the humanitarian ceasefire agreed in "
            "Moscow should be observed."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-18 13:10",
        "title": "Both sides report breaches of new Karabakh truce",
        "text": (
            "Armenia and Azerbaijan accused each other of violating the humanitarian truce that "
            "began at midnight. Azerbaijan's defence ministry said Armenian forces had shelled "
            "its positions in the south; Armenian defence ministry spokeswoman Shushan Stepanyan "
            "said Azerbaijan had fired artillery and rockets in the early hours and denied "
            "breaking the truce."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-22 21:30",
        "title": "Putin says nearly 5,000 killed in Karabakh fighting",
        "text": (
            "Vladimir Putin told the Valdai discussion club that, according to Russian data, more "
            "than 2,000 people had been killed on each side, bringing the total close to 5,000. "
            "He said he was in contact with both leaders several times a day and that a solution "
            "acceptable to both peoples had to be found."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-26 14:00",
        "title": "US-brokered Karabakh truce falters within hours",
        "text": (
            "The humanitarian ceasefire announced in Washington took effect at 08:00 but both "
            "sides soon accused each other of violating it. Azerbaijan said Armenian forces "
            "shelled Tartar; Armenia's defence ministry said Azerbaijani artillery fired on its "
            "positions and called Baku's claim false. Kremlin spokesman Dmitry Peskov said Moscow "
            "hoped the agreements would be kept."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-31 20:45",
        "title": "Russia will help Armenia if fighting reaches its territory, ministry says",
        "text": (
            "Russia will provide Armenia with all necessary assistance if the fighting spreads to "
            "Armenian territory, the foreign ministry said in response to Prime Minister Nikol "
            "Pashinyan's letter to President Putin. The ministry again called on the sides to "
            "stop the fighting and de-escalate."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-09 19:30",
        "title": "Russian helicopter shot down over Armenia, two crew killed",
        "text": (
            "A Russian Mi-24 helicopter escorting a convoy of the Russian military base was shot "
            "down over Armenia near the village of Yeraskh, close to the border with Azerbaijan's "
            "Nakhchivan region, the defence ministry said. Two crew members were killed and one "
            "was injured. Azerbaijan later said it had fired by mistake and apologised."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-10 01:35",
        "title": "Putin: complete ceasefire in Nagorno-Karabakh from midnight Moscow time",
        "text": (
            "President Vladimir Putin said he, Ilham Aliyev and Nikol Pashinyan had signed a "
            "statement on a complete ceasefire and end of all hostilities in Nagorno-Karabakh "
            "from 00:00 Moscow time on 10 November. The sides will stop at their current "
            "positions, and Russian peacekeepers will be deployed along the line of contact and "
            "the Lachin corridor."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-10 11:15",
        "title": "Russian peacekeepers fly out to Nagorno-Karabakh",
        "text": (
            "The defence ministry said 1,960 troops with 90 armoured personnel carriers and 380 "
            "vehicles would form the peacekeeping contingent, which will serve for five years. "
            "Transport planes left Ulyanovsk with the first units of the 15th motorised rifle "
            "brigade; Lieutenant General Rustam Muradov will command the force."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-11 19:00",
        "title": "Russia and Turkey sign memorandum on joint ceasefire monitoring centre",
        "text": (
            "Defence ministers Sergei Shoigu and Hulusi Akar signed a memorandum on setting up a "
            "joint Russian-Turkish centre to monitor the Karabakh ceasefire, to be located in "
            "Azerbaijan. Kremlin spokesman Dmitry Peskov said Turkish peacekeepers would not be "
            "deployed in Nagorno-Karabakh itself."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-12 15:40",
        "title": "Peacekeepers set up observation posts in Karabakh and Lachin corridor",
        "text": (
            "Russian peacekeepers have set up observation posts along the line of contact and in "
            "the Lachin corridor and are patrolling in Stepanakert, the defence ministry said. It "
            "said the ceasefire was being observed along the entire line of contact."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-14 16:25",
        "title": "Peacekeepers escort first refugees home to Stepanakert",
        "text": (
            "Russian peacekeepers began escorting residents who had fled to Armenia back to "
            "Stepanakert through the Lachin corridor, the defence ministry said. Lieutenant "
            "General Rustam Muradov said the contingent was clearing roads and helping restore "
            "water and power supplies."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-15 12:50",
        "title": "Moscow says Karabakh ceasefire holding for sixth day",
        "text": (
            "The Karabakh ceasefire signed on the night of 9-10 November is holding, the defence "
            "ministry said, with no violations recorded by the peacekeepers. Peacekeepers patrol "
            "the line of contact and the Lachin corridor around the clock, it said."
        ),
    },
    # ------------------------------------------------------------------ Demo Geneva Desk
    {
        "outlet": "geneva",
        "when": "2020-09-27 12:10",
        "title": "UN chief urges Armenia and Azerbaijan to stop fighting at once",
        "text": (
            "UN Secretary-General Antonio Guterres is extremely concerned by the resumption of "
            "hostilities along the Nagorno-Karabakh line of contact, his spokesman said, and "
            "urged both sides to stop the fighting immediately, de-escalate and return to "
            "meaningful negotiations without delay."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-09-27 16:30",
        "title": "Red Cross ready to help as fighting reaches towns and villages",
        "text": (
            "The International Committee of the Red Cross said it was alarmed by reports from the "
            "Nagorno-Karabakh conflict zone of civilian casualties and damage to homes on both "
            "sides of the line of contact. It reminded the parties that international "
            "humanitarian law protects civilians and said its teams in the region were ready to "
            "help."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-09-29 21:10",
        "title": "Security Council discusses Karabakh behind closed doors",
        "text": (
            "The UN Security Council held closed-door consultations on the fighting around "
            "Nagorno-Karabakh. Diplomats said members backed the Secretary-General's appeal for "
            "an immediate halt to the fighting and supported the Minsk Group co-chairs' efforts."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-02 15:00",
        "title": "EU leaders call for end to hostilities in Nagorno-Karabakh",
        "text": (
            "European Union leaders meeting in Brussels called on Armenia and Azerbaijan to cease "
            "hostilities and return to negotiations,. The summit conclusions backed the Minsk "
            "Group co-chairs."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-08 18:45",
        "title": "Minsk Group co-chairs meet Azerbaijani foreign minister in Geneva",
        "text": (
            "The co-chairs of the OSCE Minsk Group from France, Russia and the United States met "
            "Azerbaijani Foreign Minister Jeyhun Bayramov in Geneva, a first face-to-face contact "
            "since the fighting began. Armenian officials said they remained in contact with the "
            "co-chairs."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-10 00:25",
        "title": "@@MOSCOW_TRUCE_TITLE@@",
        "text": "@@MOSCOW_TRUCE_TEXT@@",
        "link": "@@MOSCOW_TRUCE_LINK@@",
        "guid": "@@MOSCOW_TRUCE_LINK@@",
    },
    {
        "outlet": "geneva",
        "when": "2020-10-10 13:30",
        "title": "ICRC ready to facilitate handover of detainees and remains",
        "text": (
            "The International Committee of the Red Cross said it stood ready to act as a neutral "
            "intermediary for the exchange of detainees and the return of the remains of the dead "
            "agreed by Armenia and Azerbaijan in Moscow. It said the parties first had to agree "
            "the practical details and guarantee the safety of its teams."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-11 11:40",
        "title": "Moscow truce under strain as Ganja hit and Stepanakert shelled",
        "text": (
            "A day after it took effect, the humanitarian ceasefire was barely holding. "
            "Azerbaijan said an Armenian missile killed civilians in an apartment block in Ganja "
            "overnight; Armenia denied firing and said Azerbaijani forces had shelled "
            "Stepanakert. Each side accused the other of breaching the truce."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-15 10:20",
        "title": "Homes, hospitals and schools hit on both sides, Red Cross says",
        "text": (
            "The International Committee of the Red Cross said the escalation was hitting "
            "civilians on both sides of the Karabakh conflict, with homes, hospitals and schools "
            "damaged or destroyed. It urged the parties to stop using explosive weapons with "
            "wide-area effects in populated areas."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-17 20:30",
        "title": "Armenia and Azerbaijan agree second humanitarian truce from midnight",
        "text": (
            "Armenia and Azerbaijan announced in parallel statements by their foreign ministries "
            "that they had agreed a humanitarian truce from 00:00 local time on 18 October. The "
            "announcement came hours after a missile strike on Ganja killed 13 people and Baku "
            "announced the capture of Fuzuli."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-18 09:15",
        "title": "Second Karabakh truce breached within hours, both sides say",
        "text": (
            "Armenia and Azerbaijan accused each other of breaching the humanitarian truce that "
            "took effect at midnight. Baku said Armenian forces shelled its positions in the "
            "Jabrayil and Fuzuli directions; Yerevan said Azerbaijani forces fired artillery and "
            "rockets, and rejected the accusation."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-23 22:30",
        "title": "Pompeo meets Armenian and Azerbaijani ministers separately",
        "text": (
            "US Secretary of State Mike Pompeo met Armenian Foreign Minister Zohrab Mnatsakanyan "
            "and Azerbaijani Foreign Minister Jeyhun Bayramov separately in Washington. The State "
            "Department said he urged them to end the violence and protect civilians."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-25 19:20",
        "title": "US, Armenia and Azerbaijan announce humanitarian ceasefire",
        "text": (
            "The governments of the United States, Armenia and Azerbaijan said in a joint "
            "statement that a humanitarian ceasefire would take effect at 08:00 local time (04:00 "
            "GMT) on 26 October. It follows meetings in Washington with Deputy Secretary of State "
            "Stephen Biegun and the Minsk Group co-chairs. President Trump congratulated the two "
            "leaders on Twitter."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-26 09:00",
        "title": "Third ceasefire breached within hours, both sides say",
        "text": (
            "Fighting resumed soon after the US-brokered ceasefire took effect. Azerbaijan's "
            "defence ministry said Armenian forces fired on Tartar; Armenia's defence ministry "
            "spokeswoman Shushan Stepanyan said Azerbaijani forces had shelled Armenian positions "
            "in violation of the truce, and rejected Baku's claim."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-30 19:00",
        "title": "Co-chairs say sides agreed in Geneva not to target civilians",
        "text": (
            "After meeting the Armenian and Azerbaijani foreign ministers in Geneva, the Minsk "
            "Group co-chairs said the sides had agreed not to deliberately target civilian "
            "populations, to exchange the remains of the dead within a week and to hand over "
            "lists of prisoners of war. The ICRC took part in some of the discussions."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-11-02 14:30",
        "title": "UN rights chief warns of possible war crimes in Karabakh",
        "text": (
            "UN High Commissioner for Human Rights Michelle Bachelet said attacks on populated "
            "areas around Nagorno-Karabakh, including the reported use of cluster munitions in "
            "Barda, Stepanakert and elsewhere, could amount to war crimes. She called on both "
            "sides to respect the humanitarian truces they had agreed."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-11-10 15:10",
        "title": "Guterres relieved by end of hostilities in Nagorno-Karabakh",
        "text": (
            "UN Secretary-General Antonio Guterres is relieved that a ceasefire has been agreed, "
            "his spokesman said, adding that the UN's priority was the welfare of civilians and "
            "humanitarian access. UN agencies stand ready to help people on both sides."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-11-13 16:00",
        "title": "ICRC calls for swift return of remains and detainees under ceasefire",
        "text": (
            "The International Committee of the Red Cross said the end of hostilities should "
            "allow families to learn the fate of missing relatives in Armenia and Azerbaijan. It "
            "said it was ready to help search for and return the remains of the dead and to "
            "facilitate the release of detainees held by both sides."
        ),
    },
    # ------------------------------------------------------------------ Demo Ankara Report
    {
        "outlet": "ankara",
        "when": "2020-09-27 15:30",
        "title": "Erdogan: Turkey stands with Azerbaijan with all its means",
        "text": (
            "President Recep Tayyip Erdogan said Turkey would stand by brotherly Azerbaijan with "
            "all its means and called Armenia the biggest threat to peace in the region. He "
            "called on the Armenian people to take hold of their future against a leadership he "
            "said was dragging them into catastrophe."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-09-27 18:10",
        "title": "Cavusoglu: Turkey will stand by Azerbaijan on the field or at the table",
        "text": (
            "Foreign Minister Mevlut Cavusoglu said Armenia had once again attacked civilians and "
            "that Turkey would support Azerbaijan in whatever way Baku chose, on the battlefield "
            "or at the negotiating table. He spoke to Azerbaijani Foreign Minister Jeyhun "
            "Bayramov by phone."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-09-29 15:20",
        "title": "Ankara rejects Armenian claim that Turkish jet downed Su-25",
        "text": (
            "Presidential communications director Fahrettin Altun said Armenia's claim that a "
            "Turkish F-16 had shot down an Armenian warplane was completely untrue, and accused "
            "Yerevan of cheap propaganda tricks. Azerbaijan's defence ministry also denied that "
            "any Turkish aircraft were involved."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-09-30 19:40",
        "title": "Turkey denies sending Syrian fighters to Azerbaijan",
        "text": (
            "Turkish officials rejected reports that Ankara had sent fighters from Syria to the "
            "Karabakh front, calling them baseless. Azerbaijani presidential aide Hikmet Hajiyev "
            "also denied the reports, saying Azerbaijan's army had enough soldiers of its own."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-01 16:50",
        "title": "Erdogan: ceasefire requires Armenian withdrawal",
        "text": (
            "President Erdogan told parliament that a lasting ceasefire in the Caucasus depended "
            "on Armenian forces leaving Azerbaijani territory. He said it was unacceptable for "
            "the Minsk Group of the United States, Russia and France, which he said had neglected "
            "the problem for nearly 30 years, to lead the search for a ceasefire."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-04 14:40",
        "title": "Turkey condemns Armenian shelling of Ganja",
        "text": (
            "Turkey's foreign ministry condemned the Armenian shelling of Ganja, far from the "
            "front line, saying it showed Armenia's disregard for international law and civilian "
            "lives. It said Turkey would continue to stand with Azerbaijan."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-06 20:15",
        "title": "Cavusoglu in Baku: Minsk Group has failed for 28 years",
        "text": (
            "Foreign Minister Mevlut Cavusoglu met President Ilham Aliyev in Baku and said the "
            "Minsk Group co-chairs had failed to resolve the conflict in 28 years. He said Turkey "
            "supported a ceasefire only if Armenian forces left Azerbaijani land."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-10 14:25",
        "title": "Ankara: Moscow truce is a first step, not a lasting solution",
        "text": (
            "Turkey's foreign ministry said the humanitarian ceasefire agreed in Moscow early on "
            "Saturday was an important first step but could not replace a lasting solution. It "
            "said Armenia must withdraw from the territory it occupies and that Turkey would "
            "continue to stand by Azerbaijan."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-11 13:10",
        "title": "Turkey calls Ganja missile strike a war crime",
        "text": (
            "Turkey's foreign ministry condemned the overnight missile strike on a residential "
            "area of Ganja, which Azerbaijani officials said killed nine civilians, as a war "
            "crime. The ministry said Armenia had violated the humanitarian ceasefire within "
            "hours."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-14 18:40",
        "title": "Erdogan and Putin discuss Karabakh by phone",
        "text": (
            "President Erdogan told Russian President Vladimir Putin in a phone call that the "
            "Karabakh problem must now be solved for good, the Turkish presidency said. Erdogan "
            "said Armenia's occupation of Azerbaijani land was the root of the conflict."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-17 15:00",
        "title": "@@BAKU_FUZULI_TITLE@@",
        "text": "@@BAKU_FUZULI_TEXT@@",
        "link": "@@BAKU_FUZULI_LINK@@",
        "guid": "@@BAKU_FUZULI_LINK@@",
    },
    {
        "outlet": "ankara",
        "when": "2020-10-17 16:20",
        "title": "Turkey condemns second deadly strike on Ganja",
        "text": (
            "Turkey condemned the missile attack on Ganja that Azerbaijani officials said killed "
            "13 civilians overnight, the third on the city this month. The foreign ministry said "
            "Armenia was deliberately targeting civilians and must be held accountable."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-18 12:10",
        "title": "Baku says Armenian forces broke new humanitarian truce",
        "text": (
            "Azerbaijan's defence ministry said Armenian forces violated the humanitarian truce "
            "that began at midnight by shelling Azerbaijani positions in the Jabrayil and Fuzuli "
            "directions. Yerevan denied it and accused Azerbaijan of firing first."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-20 15:55",
        "title": "Azerbaijani army takes Zangilan, Aliyev says",
        "text": (
            "President Ilham Aliyev announced that the Azerbaijani army had taken the city of "
            "Zangilan near the Iranian border, along with several villages. Turkish officials "
            "welcomed the news and said Turkey's support would continue."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-25 13:50",
        "title": "Gubadli retaken, Aliyev announces",
        "text": (
            "President Ilham Aliyev said the Azerbaijani army had taken the city of Gubadli, "
            "which had been under Armenian control since 1993. Armenian officials said fighting "
            "in the area was continuing."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-26 10:45",
        "title": "Azerbaijan accuses Armenia of breaching US-brokered truce",
        "text": (
            "Azerbaijan's defence ministry said Armenian forces shelled the city of Tartar and "
            "surrounding villages minutes after the US-brokered humanitarian ceasefire took "
            "effect at 08:00. Armenia's defence ministry rejected the claim and accused "
            "Azerbaijan of violating the truce."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-10-28 17:30",
        "title": "Turkey condemns Barda attack that killed 21 civilians",
        "text": (
            "Turkey's foreign ministry condemned the rocket attack on Barda that Azerbaijani "
            "officials said killed 21 civilians, saying Armenia was committing war crimes against "
            "civilians despite the humanitarian ceasefires it had signed."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-11-08 16:20",
        "title": "Erdogan congratulates Azerbaijan on Shusha",
        "text": (
            "President Erdogan congratulated Azerbaijan after President Aliyev announced the "
            "capture of Shusha, saying the liberation of the city was a sign that the rest of the "
            "occupied lands would follow. Celebrations were held in Turkish cities."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-11-10 14:00",
        "title": "Erdogan hails 'great victory' for Azerbaijan, Turkey to help monitor truce",
        "text": (
            "President Erdogan said the ceasefire statement signed overnight was a great victory "
            "for Azerbaijan and that Turkey would take part, with Russia, in monitoring the "
            "ceasefire. Foreign Minister Cavusoglu said Turkey would keep standing with "
            "Azerbaijan."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-11-11 20:20",
        "title": "Akar and Shoigu sign deal on joint monitoring centre",
        "text": (
            "Defence Minister Hulusi Akar and his Russian counterpart Sergei Shoigu signed a "
            "memorandum on a joint Turkish-Russian centre to monitor the ceasefire in Karabakh, "
            "to be set up in Azerbaijani territory freed from occupation, the defence ministry "
            "said."
        ),
    },
    {
        "outlet": "ankara",
        "when": "2020-11-15 16:40",
        "title": "Azerbaijan gives Armenia ten more days to leave Kalbajar",
        "text": (
            "Azerbaijan has agreed to push back the handover of the Kalbajar district from 15 to "
            "25 November after Armenia asked for more time to withdraw, presidential aide Hikmet "
            "Hajiyev said. He said Baku had accepted the request on humanitarian grounds, and "
            "criticised the burning of houses by departing Armenian residents."
        ),
    },
    # ------------------------------------------------------------------ Demo Tehran Bulletin
    {
        "outlet": "tehran",
        "when": "2020-09-27 13:15",
        "title": "Iran urges restraint, offers to help Baku and Yerevan start talks",
        "text": (
            "Foreign ministry spokesman Saeed Khatibzadeh called on Azerbaijan and Armenia to end "
            "the fighting immediately and said Iran was ready to use all its capacities to help "
            "the two neighbours begin talks. He said Tehran was watching developments along its "
            "northern border closely."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-09-28 18:20",
        "title": "Zarif speaks to Azerbaijani and Armenian counterparts",
        "text": (
            "Foreign Minister Mohammad Javad Zarif held telephone calls with the Azerbaijani and "
            "Armenian foreign ministers and urged an immediate halt to the clashes, the foreign "
            "ministry said. He repeated Iran's readiness to mediate and to host talks."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-09-29 17:40",
        "title": "Border villages on the Aras hear the war across the river",
        "text": (
            "Residents of Iranian villages along the Aras river in East Azerbaijan province said "
            "they could hear artillery and see smoke rising from the fighting in the Jabrayil and "
            "Fuzuli districts across the border. Provincial officials said border guards were on "
            "alert and that Iranian airspace must not be violated."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-01 12:40",
        "title": "Stray shells land in Iranian border villages",
        "text": (
            "Several mortar shells and rockets from the fighting across the Aras river landed in "
            "villages of Khoda Afarin and Jolfa counties in East Azerbaijan province, local "
            "officials said, damaging several houses. Iran's foreign ministry warned both sides "
            "to make sure no more fire crossed the border."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-04 16:10",
        "title": "Fighting spreads to cities as Ganja and Stepanakert are shelled",
        "text": (
            "Azerbaijan said Armenian forces shelled Ganja, the country's second largest city, "
            "while the Karabakh Armenian authorities said Stepanakert came under heavy fire for a "
            "second day. President Aliyev said his forces had taken Jabrayil, a district on the "
            "Iranian border; Armenian officials denied it."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-10 11:30",
        "title": "Tehran welcomes humanitarian ceasefire agreed in Moscow",
        "text": (
            "Foreign ministry spokesman Saeed Khatibzadeh welcomed the humanitarian ceasefire "
            "agreed between Azerbaijan and Armenia in Moscow overnight and said it should become "
            "a first step toward a lasting settlement. He said Iran's proposals for talks "
            "remained on the table."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-11 14:50",
        "title": "Ganja strike and shelling of Stepanakert test Moscow truce",
        "text": (
            "Azerbaijan said a night missile strike on Ganja killed nine civilians and accused "
            "Armenia of breaching the truce that began at noon on Saturday; Armenia denied firing "
            "on the city and said Azerbaijani forces had shelled Stepanakert. Iran called on both "
            "sides to respect the ceasefire."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-17 18:10",
        "title": "Baku says Fuzuli taken as fighting nears Iranian border",
        "text": (
            "President Ilham Aliyev said the Azerbaijani army had taken the city of Fuzuli and "
            "several villages; Armenian officials said fighting in the area was continuing. "
            "Residents on the Iranian side of the Aras river said explosions could be heard "
            "through the night."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-18 13:30",
        "title": "Iran welcomes new truce, calls for lasting solution",
        "text": (
            "Iran welcomed the humanitarian truce that took effect at midnight, foreign ministry "
            "spokesman Saeed Khatibzadeh said, and urged Azerbaijan and Armenia to turn it into a "
            "durable ceasefire. Both sides accused each other of violating the truce in its first "
            "hours."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-20 19:20",
        "title": "Azerbaijan says it captured Zangilan on Iranian border",
        "text": (
            "President Aliyev announced the capture of the town of Zangilan and nearby villages "
            "along the Aras river, which forms the border with Iran. Iranian officials said they "
            "were monitoring the border, and warned that any violation of Iranian territory would "
            "not be tolerated."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-22 16:30",
        "title": "Iranian forces reinforce north-west border",
        "text": (
            "Iranian army and Revolutionary Guards units have moved to the border with Azerbaijan "
            "and Armenia to protect border villages, state media reported. Officials said the "
            "deployment was a precaution and that no foreign fighters would be allowed near "
            "Iran's frontier."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-26 15:40",
        "title": "Sides trade blame as third truce begins",
        "text": (
            "The humanitarian ceasefire agreed in Washington took effect on Monday morning, but "
            "Azerbaijan accused Armenian forces of shelling Tartar and Armenia said Azerbaijani "
            "forces had fired on its positions. Each side denied the other's account."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-28 20:40",
        "title": "Araghchi presents Iranian peace plan in Baku",
        "text": (
            "Deputy Foreign Minister Abbas Araghchi, Iran's special envoy for the Karabakh "
            "conflict, presented an Iranian initiative for ending the fighting to Azerbaijani "
            "officials in Baku, the foreign ministry said. He said the plan would end the "
            "occupation of Azerbaijani land in stages and protect the rights of minorities. He "
            "travels on to Moscow, Yerevan and Ankara."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-10-30 00:40",
        "title": "Araghchi meets Armenian foreign minister in Yerevan",
        "text": (
            "Iran's special envoy Abbas Araghchi met Armenian Foreign Minister Zohrab "
            "Mnatsakanyan in Yerevan after talks in Moscow, and presented Tehran's proposals for "
            "a Karabakh ceasefire and negotiations, the foreign ministry said. Araghchi has said "
            "the plan rests on respect for borders, an end to occupation and the rights of "
            "minorities. He goes on to Ankara."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-11-03 19:30",
        "title": "Khamenei: occupied lands must be returned, Armenians' safety ensured",
        "text": (
            "Supreme Leader Ayatollah Ali Khamenei said the war between Azerbaijan and Armenia "
            "must end, that all Azerbaijani land occupied by Armenia must be freed and returned, "
            "and that Armenians living there must be safe. He also warned against any presence of "
            "terrorists near Iran's border."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-11-08 18:00",
        "title": "Aliyev says Shusha captured; Armenian side says fighting continues",
        "text": (
            "President Ilham Aliyev announced that Azerbaijani forces had taken Shusha, the "
            "strategic town above Stepanakert. The Karabakh Armenian authorities said battles for "
            "the town were still going on."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-11-10 12:20",
        "title": "Iran welcomes Karabakh ceasefire deal",
        "text": (
            "Foreign ministry spokesman Saeed Khatibzadeh welcomed the agreement signed by "
            "Azerbaijan, Armenia and Russia to end the fighting from 10 November, saying Iran "
            "hoped it would lead to a final settlement."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-11-11 14:30",
        "title": "Protests in Yerevan as Armenians reject ceasefire terms",
        "text": (
            "Thousands of people protested in Yerevan for a second day against the Karabakh "
            "ceasefire statement, demanding that Prime Minister Pashinyan resign. Police detained "
            "several opposition figures, Armenian media said."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-11-12 17:00",
        "title": "Russian peacekeepers deploy in Karabakh",
        "text": (
            "Russian peacekeepers began taking up positions along the line of contact and the "
            "Lachin corridor that links Karabakh with Armenia, Russia's defence ministry said. "
            "Iran said it supported any step that consolidated the ceasefire but rejected the "
            "presence of foreign militants in the region."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-11-14 13:10",
        "title": "Displaced families in Karabakh and Azerbaijan face winter",
        "text": (
            "Aid groups said tens of thousands of people displaced by the six-week war on both "
            "sides needed shelter and heating before winter. The Red Cross said it was "
            "distributing food, blankets and hygiene kits in Karabakh and in Azerbaijani towns "
            "near the former front."
        ),
    },
    # ------------------------------------------------------------------ Demo Stepanakert Voice
    {
        "outlet": "stepanakert",
        "when": "2020-09-27 08:45",
        "title": "Stepanakert shelled as Azerbaijan attacks along the whole front",
        "text": (
            "Azerbaijani forces shelled Stepanakert and villages in the Martuni, Martakert and "
            "Hadrut regions early on Sunday, the office of Artsakh President Arayik Harutyunyan "
            "said. Harutyunyan declared martial law and a general mobilisation and called on all "
            "men over 18 to report for service."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-09-27 13:20",
        "title": "Woman and child killed in Martuni region, ombudsman says",
        "text": (
            "Artsakh human rights ombudsman Artak Beglaryan said a woman and a child were killed "
            "by Azerbaijani shelling in the Martuni region and several civilians were wounded "
            "elsewhere. He said schools and homes had been hit in Stepanakert."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-09-27 23:10",
        "title": "Defence army reports 16 servicemen killed on first day",
        "text": (
            "The Artsakh defence army said 16 of its servicemen were killed and more than 100 "
            "wounded on the first day of fighting. The army said it had repelled attacks in "
            "several directions and inflicted heavy losses on the Azerbaijani side."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-09-28 17:30",
        "title": "Heavy fighting in Martakert and Hadrut directions",
        "text": (
            "Fighting continued through the night and into Monday in the northern Martakert and "
            "southern Hadrut directions, the Artsakh defence army said. President Arayik "
            "Harutyunyan said some positions lost on Sunday had been retaken."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-01 18:40",
        "title": "Martuni shelled; foreign journalists among wounded",
        "text": (
            "Azerbaijani artillery struck the town of Martuni on Thursday, wounding several "
            "civilians and journalists, including two French reporters, Artsakh officials said. "
            "The wounded were taken to hospital in Stepanakert."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-02 21:15",
        "title": "Stepanakert under heavy fire, civilians shelter in basements",
        "text": (
            "Azerbaijani forces shelled Stepanakert with rockets and artillery through the day, "
            "ombudsman Artak Beglaryan said, reporting damage to homes and the city's power "
            "network. Residents spent the night in basements as sirens sounded."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-04 11:05",
        "title": "Artsakh says it will hit military targets in Azerbaijani cities",
        "text": (
            "President Arayik Harutyunyan said that after the shelling of Stepanakert the Artsakh "
            "defence army would target military facilities in large Azerbaijani cities, and "
            "warned civilians there to stay away from them. He said the army had struck the "
            "military airbase in Ganja."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-04 15:30",
        "title": "Claim of Jabrayil capture is false, Artsakh official says",
        "text": (
            "Vahram Poghosyan, spokesman of the Artsakh president, said Azerbaijan's claim to "
            "have taken Jabrayil was untrue and that the town remained under the control of the "
            "defence army. He said Stepanakert had been shelled again in the morning."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-08 17:20",
        "title": "[Video] Ghazanchetsots Cathedral in Shushi after two strikes",
        "text": (
            "Footage filmed on Thursday shows the damaged roof and interior of the Holy Saviour "
            "Ghazanchetsots Cathedral in Shushi, which Artsakh officials said was hit twice by "
            "Azerbaijani fire. Several journalists were wounded in the second strike."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-09 16:00",
        "title": "Hadrut still under Artsakh control, officials say",
        "text": (
            "Artsakh officials denied President Aliyev's statement that Azerbaijani forces had "
            "captured Hadrut, saying fighting was going on nearby and the town remained in the "
            "defence army's hands. Spokesman Vahram Poghosyan called the claim a false report."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-10 11:10",
        "title": "Humanitarian ceasefire to take effect at noon",
        "text": (
            "The humanitarian ceasefire agreed by the foreign ministers of Armenia and Azerbaijan "
            "in Moscow overnight takes effect at 12:00 today, to allow the exchange of prisoners "
            "and bodies. Artsakh's foreign ministry said the authorities would observe it if the "
            "Azerbaijani side did the same."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-10 17:50",
        "title": "Azerbaijan attacked in Hadrut direction despite truce, army says",
        "text": (
            "The Artsakh defence army said Azerbaijani forces launched an offensive in the Hadrut "
            "direction soon after the humanitarian ceasefire took effect at noon, and that its "
            "units were holding their positions. The army rejected Baku's accusation that "
            "Armenian forces had violated the truce."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-12 10:30",
        "title": "Stepanakert shelled again overnight",
        "text": (
            "Stepanakert and several villages came under Azerbaijani fire during the night, the "
            "Artsakh emergency service said. The humanitarian truce agreed in Moscow on Saturday "
            "has failed to hold, and both sides accuse each other of breaking it."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-13 19:00",
        "title": "Military death toll passes 500, defence army says",
        "text": (
            "The Artsakh defence army released more names of servicemen killed in action, "
            "bringing its death toll to more than 500 since 27 September. Artsakh authorities do "
            "not publish the number of wounded soldiers."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-17 16:15",
        "title": "Fuzuli claim untrue, Artsakh officials say",
        "text": (
            "Artsakh officials rejected President Aliyev's announcement that Azerbaijani forces "
            "had captured Fuzuli, saying the Azerbaijani side was again presenting wishes as "
            "facts. The defence army said heavy fighting continued in the south."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-18 12:20",
        "title": "Azerbaijan breached new truce overnight, defence army says",
        "text": (
            "The Artsakh defence army said Azerbaijani forces fired artillery and rockets at its "
            "positions in the southern direction in the first hours of the humanitarian truce "
            "that began at midnight. It called Azerbaijan's statement that Armenian units had "
            "violated the truce disinformation."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-25 15:40",
        "title": "Fighting near Gubadli continues, Artsakh says",
        "text": (
            "Artsakh officials said battles were still under way near Gubadli and rejected Baku's "
            "claim that the town had been captured. The defence army said several Azerbaijani "
            "drones had been shot down over the southern front."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-26 13:05",
        "title": "Azerbaijan attacked positions after US-brokered truce began, army says",
        "text": (
            "The Artsakh defence army said Azerbaijani forces opened artillery fire on its "
            "positions in several directions after the humanitarian ceasefire took effect at "
            "08:00, violating the truce agreed in Washington. It said its units were observing "
            "the ceasefire and rejected Baku's claims."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-27 21:00",
        "title": "Defence army commander Jalal Harutyunyan wounded",
        "text": (
            "Artsakh defence army commander Jalal Harutyunyan was wounded and is receiving "
            "treatment, the Artsakh authorities said. President Arayik Harutyunyan said the "
            "army's command was working without interruption."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-10-28 14:50",
        "title": "Maternity hospital in Stepanakert hit",
        "text": (
            "The maternity hospital in Stepanakert was damaged by Azerbaijani shelling, ombudsman "
            "Artak Beglaryan said, calling it a war crime. Residential areas of Shushi were also "
            "hit."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-11-02 20:00",
        "title": "Military death toll passes 1,100, defence army says",
        "text": (
            "The Artsakh defence army said more than 1,100 of its servicemen had been killed "
            "since 27 September. Fighting was heavy in the Martuni and Hadrut directions and "
            "Azerbaijani units were trying to advance toward Shushi, officials said."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-11-07 22:10",
        "title": "Fierce fighting near Shushi, Stepanakert shelled",
        "text": (
            "Battles were raging near Shushi, the Artsakh president's spokesman Vahram Poghosyan "
            "said, while Stepanakert was shelled through the day. Officials urged residents who "
            "remained in the capital to stay in shelters."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-11-08 14:30",
        "title": "Battle for Shushi continues, Artsakh says, rejecting Aliyev claim",
        "text": (
            "The Artsakh authorities said fighting for Shushi was continuing and that the town "
            "had not fallen, rejecting President Aliyev's announcement of its capture. Spokesman "
            "Vahram Poghosyan said the situation was difficult."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-11-09 12:45",
        "title": "Shushi is completely out of our control, Poghosyan says",
        "text": (
            "Vahram Poghosyan, spokesman of the Artsakh president, wrote that the town of Shushi "
            "was completely out of the control of the Artsakh authorities and that the enemy was "
            "on the outskirts of Stepanakert."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-11-10 13:40",
        "title": "Harutyunyan: we agreed to end the war to save Artsakh",
        "text": (
            "Artsakh President Arayik Harutyunyan said he had agreed to the statement ending the "
            "war because, after the loss of Shushi, the whole of Artsakh could have fallen within "
            "days. He said the decision was painful but necessary to save lives."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-11-12 18:25",
        "title": "Russian peacekeepers arrive in Stepanakert",
        "text": (
            "Russian peacekeepers drove into Stepanakert and set up posts in the city and along "
            "the road to the Lachin corridor, Artsakh officials said. The ceasefire was holding "
            "for a third day."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-11-15 11:30",
        "title": "First displaced families return to Stepanakert",
        "text": (
            "The first buses carrying residents who had fled to Armenia returned to Stepanakert "
            "under the escort of Russian peacekeepers, Artsakh officials said. Many families "
            "found their homes damaged; the authorities said they were restoring water, gas and "
            "electricity."
        ),
    },
    # ------------------------------------------------------------------ Demo Paris Observer
    {
        "outlet": "paris",
        "when": "2020-09-27 19:30",
        "title": "Fighting erupts around Nagorno-Karabakh; France urges immediate halt",
        "text": (
            "France called on Armenia and Azerbaijan to stop the fighting at once and return to "
            "dialogue, the foreign ministry said, as both sides blamed each other for the "
            "heaviest clashes in the region in years. Armenia declared martial law and "
            "mobilisation; Azerbaijan imposed martial law and a curfew in several cities."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-09-29 12:10",
        "title": "Who is fighting over Nagorno-Karabakh, and why now",
        "text": (
            "Nagorno-Karabakh, a mountainous enclave inside Azerbaijan populated mostly by "
            "Armenians, broke away in a war that ended with a ceasefire in 1994. Since Sunday, "
            "Azerbaijan and the Karabakh Armenian forces backed by Yerevan have been fighting "
            "along the entire line of contact, with dozens of soldiers and civilians killed "
            "according to both sides."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-01 21:20",
        "title": "Macron says Syrian jihadist fighters have reached Karabakh via Turkey",
        "text": (
            "President Emmanuel Macron said in Brussels that France had information that about "
            "300 fighters from jihadist groups in Syria had passed through the Turkish city of "
            "Gaziantep on their way to Azerbaijan, calling it a red line. He said he would ask "
            "Turkey for explanations."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-01 23:45",
        "title": "Two French reporters wounded in shelling of Martuni",
        "text": (
            "Two French journalists working for a Paris daily were wounded when Azerbaijani "
            "shells hit the town of Martuni in Nagorno-Karabakh, according to the Karabakh "
            "authorities and their newspaper. They were evacuated to Armenia for treatment."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-02 00:15",
        "title": "Macron, Putin and Trump call jointly for Karabakh ceasefire",
        "text": (
            "The presidents of France, Russia and the United States, whose countries co-chair the "
            "OSCE Minsk Group, issued a joint statement calling for an immediate halt to the "
            "fighting between Armenian and Azerbaijani forces and a return to negotiations "
            "without preconditions."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-10 09:00",
        "title": "Armenia and Azerbaijan agree humanitarian truce after marathon Moscow talks",
        "text": (
            "After about ten hours of talks hosted by Russian Foreign Minister Sergei Lavrov, "
            "Armenia and Azerbaijan agreed early on Saturday to a ceasefire from noon to exchange "
            "prisoners and the bodies of the dead. The French foreign ministry welcomed the "
            "agreement and urged both sides to respect it."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-11 12:30",
        "title": "Ganja strike kills civilians hours after truce",
        "text": (
            "A missile struck a residential building in Ganja overnight, killing nine people "
            "according to Azerbaijani authorities, who blamed Armenia for breaking the "
            "humanitarian truce. Armenia's defence ministry denied firing on the city and accused "
            "Azerbaijan of shelling Stepanakert."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-17 23:30",
        "title": "New humanitarian truce agreed for Karabakh from midnight",
        "text": (
            "Armenia and Azerbaijan agreed to a new humanitarian truce starting at midnight local "
            "time, their foreign ministries said, a week after the first one collapsed. The "
            "Elysee welcomed the truce and said France, a co-chair of the Minsk Group, would "
            "watch closely that it was respected."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-18 14:00",
        "title": "Second Karabakh truce violated within hours, both sides say",
        "text": (
            "Both Armenia and Azerbaijan said the other had broken the humanitarian truce within "
            "hours of it taking effect. Baku accused Armenian forces of shelling its positions; "
            "Yerevan said Azerbaijan had fired artillery and rockets and rejected the claim as "
            "disinformation."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-23 20:10",
        "title": "Karabakh displaced pour into Armenia as fighting drags on",
        "text": (
            "Tens of thousands of people displaced from Nagorno-Karabakh have crossed into "
            "Armenia, where the government says it is housing them in hotels, schools and with "
            "families. In Azerbaijan, thousands more have fled towns such as Tartar and Barda "
            "that are within range of Armenian artillery."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-25 21:15",
        "title": "Washington announces third Karabakh truce from Monday",
        "text": (
            "The United States, Armenia and Azerbaijan said a humanitarian ceasefire would begin "
            "at 08:00 local time on Monday, after talks in Washington. France, a Minsk Group "
            "co-chair, welcomed the agreement."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-26 13:20",
        "title": "US-brokered truce breached within hours, both sides say",
        "text": (
            "Azerbaijan accused Armenian forces of shelling Tartar and surrounding villages "
            "shortly after the ceasefire took effect; Armenia's defence ministry said Azerbaijani "
            "forces had fired on its positions and called the accusation false. It was the third "
            "attempt at a truce in a little over two weeks."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-28 19:40",
        "title": "Barda and Stepanakert hit on bloodiest day for civilians",
        "text": (
            "Azerbaijani officials said rockets fired by Armenian forces killed 21 people in the "
            "town of Barda, which Armenia denied. In Stepanakert the Karabakh authorities said "
            "the maternity hospital had been damaged by Azerbaijani shelling."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-10-30 22:00",
        "title": "Geneva talks yield pledge not to target civilians",
        "text": (
            "Meeting in Geneva under the Minsk Group co-chairs, the Armenian and Azerbaijani "
            "foreign ministers agreed not to deliberately target civilians or civilian objects "
            "and to exchange the remains of the dead, the co-chairs said. They did not agree on a "
            "new ceasefire."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-11-09 20:30",
        "title": "Armenian side concedes loss of Shushi as Azerbaijani forces near Stepanakert",
        "text": (
            "The Karabakh Armenian authorities acknowledged that Shushi was no longer under their "
            "control, a day after President Aliyev announced its capture. A Russian military "
            "helicopter was shot down over Armenia near the border with Nakhchivan; Azerbaijan "
            "apologised and said it was an accident."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-11-10 08:30",
        "title": "Armenia, Azerbaijan and Russia sign deal to end Karabakh war",
        "link": "https://paris-observer.example/news/2020/11/10/karabakh-deal-signed",
        "text": (
            "Nikol Pashinyan, Ilham Aliyev and Vladimir Putin signed a statement ending the "
            "fighting from midnight Moscow time, under which Azerbaijan keeps the areas it has "
            "taken and Armenia hands back three more districts. About 2,000 Russian peacekeepers "
            "will deploy along the line of contact and the Lachin corridor."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-11-10 18:45",
        "title": "Anger in Yerevan after ceasefire deal",
        "text": "@@PARIS_HTML_TEXT@@",
    },
    {
        "outlet": "paris",
        "when": "2020-11-11 19:30",
        "title": "Paris wants clarity on Turkey's role and on mercenaries",
        "text": (
            "The Elysee said France wanted the Karabakh ceasefire to be lasting and to protect "
            "the Armenian population, and called for clarity on the role of Turkey and on the "
            "departure of foreign mercenaries from the region. It said the Minsk Group must "
            "remain at the centre of talks."
        ),
    },
    {
        "outlet": "paris",
        "when": None,
        "title": "Explainer: what the Karabakh ceasefire statement says",
        "text": (
            "The nine-point statement fixes the sides at their positions and deploys 1,960 "
            "Russian peacekeepers for five years. Armenia is to hand over Kalbajar, Aghdam and "
            "Lachin districts; a corridor through Lachin will link Karabakh with Armenia, and a "
            "transport link will cross Armenia to Nakhchivan. Prisoners and bodies are to be "
            "exchanged."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-11-13 17:10",
        "title": "Russian peacekeepers deploy as Karabakh ceasefire holds",
        "text": (
            "Russian troops have set up posts on the road between Stepanakert and the Armenian "
            "border, and the ceasefire signed on the night of 9 to 10 November was holding, "
            "according to both sides. In Yerevan, the opposition kept up its demands for Prime "
            "Minister Pashinyan to resign."
        ),
    },
    {
        "outlet": "paris",
        "when": "2020-11-15 18:20",
        "title": "Kalbajar handover postponed to 25 November",
        "text": (
            "Azerbaijan agreed to give Armenia until 25 November to withdraw from the Kalbajar "
            "district, instead of 15 November, citing humanitarian reasons, President Aliyev's "
            "aide Hikmet Hajiyev said. Long lines of cars carrying the belongings of departing "
            "Armenian residents have crowded the mountain road to Armenia."
        ),
    },
    # ------------------------------------------------------------------ more reports
    {
        "outlet": "geneva",
        "when": "2020-10-04 17:30",
        "title": "Shelling of Stepanakert and Ganja raises fears for civilians",
        "text": (
            "The Karabakh Armenian authorities said Stepanakert was shelled for a second day, "
            "while Azerbaijan said Armenian forces fired on Ganja and Mingachevir. Each side said "
            "the other was deliberately attacking civilians; each denied targeting anything but "
            "military sites. The ICRC called on both to spare civilians."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-10-28 20:30",
        "title": "Deadliest day for civilians as Barda hit, Stepanakert hospital damaged",
        "text": (
            "Azerbaijani authorities said 21 civilians were killed when rockets hit the centre of "
            "Barda; Armenia's defence ministry denied firing at the town. The Karabakh "
            "authorities said Azerbaijani shelling had damaged the maternity hospital in "
            "Stepanakert. Both strikes came two days after the US-brokered truce, which failed "
            "within hours."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-11-10 07:40",
        "title": "Deal signed to end six weeks of war in Nagorno-Karabakh",
        "text": (
            "The leaders of Armenia, Azerbaijan and Russia signed a statement ending hostilities "
            "from midnight Moscow time on 10 November. Azerbaijan keeps the areas it took in the "
            "fighting, including Shusha, and Armenia will hand back the Aghdam, Kalbajar and "
            "Lachin districts. Russia will deploy 1,960 peacekeepers along the line of contact "
            "and the Lachin corridor."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-10-17 23:10",
        "title": "Moscow welcomes new humanitarian truce in Karabakh",
        "text": (
            "Russia's foreign ministry welcomed the agreement between Armenia and Azerbaijan on a "
            "humanitarian truce from midnight, saying it was in line with the Moscow statement of "
            "10 October. The ministry called on both sides to observe it strictly and begin the "
            "exchange of prisoners and bodies."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-08 17:45",
        "title": "Aliyev says Shusha taken; Karabakh authorities say battle continues",
        "text": (
            "President Ilham Aliyev said Azerbaijani forces had taken Shusha, the town on the "
            "heights above Stepanakert. The Karabakh Armenian authorities said fighting there was "
            "continuing. Russia's foreign ministry has repeatedly called on both sides to stop "
            "the fighting."
        ),
    },
    {
        "outlet": "moscow",
        "when": "2020-11-10 10:20",
        "title": "Protesters break into Armenian government building after ceasefire",
        "text": (
            "Protesters angered by the ceasefire statement broke into the government building and "
            "parliament in Yerevan overnight, Armenian media reported. Parliament speaker Ararat "
            "Mirzoyan was beaten by a crowd and taken to hospital, officials in Yerevan said."
        ),
    },
    {
        "outlet": "stepanakert",
        "when": "2020-11-14 18:50",
        "title": "Search for fallen soldiers' bodies begins with peacekeepers' help",
        "text": (
            "Artsakh's emergency service said rescuers had begun searching for the bodies of "
            "servicemen in areas where fighting took place, with the help of Russian peacekeepers "
            "and in coordination with the Red Cross. The bodies recovered are being handed to "
            "families through forensic services."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-10-31 01:20",
        "title": "Mnatsakanyan: Geneva talks agreed humanitarian steps, not a ceasefire",
        "text": (
            "Foreign Minister Zohrab Mnatsakanyan said the talks in Geneva with the Minsk Group "
            "co-chairs had produced commitments on humanitarian issues, including not targeting "
            "civilians and exchanging bodies and lists of prisoners, but that a verified "
            "ceasefire remained the priority for Armenia."
        ),
    },
    {
        "outlet": "baku",
        "when": "2020-11-10 11:40",
        "title": "Baku celebrates end of war as residents wave flags",
        "text": (
            "Thousands of people drove through central Baku waving flags and sounding car horns "
            "after the trilateral statement ending the war was announced overnight. President "
            "Aliyev said the Azerbaijani army had returned the occupied lands and that refugees "
            "would go back to their homes."
        ),
    },
    {
        "outlet": "tehran",
        "when": "2020-11-09 21:10",
        "title": "Karabakh authorities concede loss of Shushi",
        "text": (
            "The Karabakh Armenian authorities said Shushi was out of their control, a day after "
            "President Aliyev announced its capture. Azerbaijani forces were a few kilometres "
            "from Stepanakert, officials on both sides said."
        ),
    },
    {
        "outlet": "geneva",
        "when": "2020-09-28 01:10",
        "title": "Washington urges Armenia and Azerbaijan to halt hostilities",
        "text": (
            "The US State Department said Deputy Secretary of State Stephen Biegun had spoken to "
            "the Armenian and Azerbaijani foreign ministers and urged both sides to stop the "
            "fighting immediately and to use the Minsk Group co-chairs' channels to return to "
            "talks. President Donald Trump said Washington was looking at the situation closely."
        ),
    },
    {
        "outlet": "yerevan",
        "when": "2020-11-11 16:20",
        "title": "Russian peacekeeping columns pass through Goris toward Lachin corridor",
        "text": (
            "Convoys of Russian armoured vehicles and trucks drove through the southern Armenian "
            "town of Goris on their way to the Lachin corridor and Stepanakert, residents said, "
            "as the peacekeeping force under the ceasefire statement began to deploy. The "
            "ceasefire was holding along the line of contact for a second day."
        ),
    },
]


def _fill(value: str | None) -> str | None:
    """Replace the placeholders of the shared wire stories by their text."""
    shared = {
        "@@MOSCOW_TRUCE_TITLE@@": MOSCOW_TRUCE_TITLE,
        "@@MOSCOW_TRUCE_TEXT@@": MOSCOW_TRUCE_TEXT,
        "@@MOSCOW_TRUCE_LINK@@": MOSCOW_TRUCE_LINK,
        "@@BAKU_FUZULI_TITLE@@": BAKU_FUZULI_TITLE,
        "@@BAKU_FUZULI_TEXT@@": BAKU_FUZULI_TEXT,
        "@@BAKU_FUZULI_LINK@@": BAKU_FUZULI_LINK,
        "@@PARIS_HTML_TEXT@@": PARIS_HTML_TEXT,
    }
    return shared.get(value, value) if value is not None else None


def _slug(title: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", title.lower()).split()
    return "-".join(words[:9])


def _local_time(outlet: str, when: str) -> datetime:
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    if outlet == "paris":
        summer = timezone(timedelta(hours=2))
        stamp = naive.replace(tzinfo=summer)
        if stamp >= _PARIS_WINTER:
            stamp = naive.replace(tzinfo=timezone(timedelta(hours=1)))
        return stamp
    offset = _OFFSETS[outlet]
    return naive.replace(tzinfo=UTC if not offset else timezone(offset))


def build_items() -> list[dict[str, str | None]]:
    """The items with shared stories filled in and every link and guid set."""
    items: list[dict[str, str | None]] = []
    for raw in ITEMS:
        item = {key: _fill(value) for key, value in raw.items()}
        outlet = str(item["outlet"])
        home = OUTLETS[outlet][4]
        if not item.get("link"):
            day = (item["when"] or "undated")[:10].replace("-", "/")
            item["link"] = f"{home}news/{day}/{_slug(str(item['title']))}"
        if not item.get("guid"):
            item["guid"] = item["link"]
        items.append(item)
    return items


def check(items: list[dict[str, str | None]]) -> None:
    """Fail loudly when the corpus drifts from what the demo promises."""
    if not 180 <= len(items) <= 260:
        raise SystemExit(f"{len(items)} items: expected 180-260")
    seen: dict[tuple[str, str], str] = {}
    for item in items:
        title, text = str(item["title"]), str(item["text"])
        plain = re.sub(r"<[^>]+>", "", text)
        size = len(title) + len(plain)
        if not 200 <= size <= 700:
            raise SystemExit(f"{title!r}: {size} characters, expected 200-700")
        key = (str(item["outlet"]), str(item["guid"]))
        if key in seen:
            raise SystemExit(f"duplicate guid in one feed: {key}")
        seen[key] = title
        if not TOPIC.search(f"{title} {plain}"):
            raise SystemExit(f"{title!r}: no topic word, the demo feeds.toml filter would drop it")
        link = str(item["link"])
        if not (".example/" in link or link.startswith("https://demo.invalid/")):
            raise SystemExit(f"{title!r}: link {link} is not on a reserved host")


def _sorted(items: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """Newest first, as feeds list them; the undated item goes last."""

    def key(item: dict[str, str | None]) -> tuple[int, datetime]:
        if item["when"] is None:
            return (0, datetime.min.replace(tzinfo=UTC))
        return (1, _local_time(str(item["outlet"]), str(item["when"])))

    return sorted(items, key=key, reverse=True)


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def rss_document(outlet: str, items: list[dict[str, str | None]]) -> ET.Element:
    """An RSS 2.0 document for one outlet."""
    _file, name, _side, _fmt, home, tagline = OUTLETS[outlet]
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", name)
    _text(channel, "link", home)
    _text(channel, "description", tagline)
    _text(channel, "language", "en")
    dated = [_local_time(outlet, str(i["when"])) for i in items if i["when"] is not None]
    _text(channel, "lastBuildDate", format_datetime(max(dated)))
    for item in items:
        node = ET.SubElement(channel, "item")
        _text(node, "title", str(item["title"]))
        _text(node, "link", str(item["link"]))
        _text(node, "description", str(item["text"]))
        if item["when"] is not None:
            _text(node, "pubDate", format_datetime(_local_time(outlet, str(item["when"]))))
        permalink = "true" if item["guid"] == item["link"] else "false"
        _text(node, "guid", str(item["guid"]), isPermaLink=permalink)
    return rss


def atom_document(outlet: str, items: list[dict[str, str | None]]) -> ET.Element:
    """An Atom 1.0 document for one outlet."""
    _file, name, _side, _fmt, home, tagline = OUTLETS[outlet]
    ns = f"{{{ATOM_NS}}}"
    feed = ET.Element(f"{ns}feed", {"xml:lang": "en"})
    _text(feed, f"{ns}title", name)
    _text(feed, f"{ns}subtitle", tagline)
    _text(feed, f"{ns}id", home)
    ET.SubElement(feed, f"{ns}link", {"rel": "alternate", "href": home})
    dated = [_local_time(outlet, str(i["when"])) for i in items if i["when"] is not None]
    _text(feed, f"{ns}updated", max(dated).isoformat())
    author = ET.SubElement(feed, f"{ns}author")
    _text(author, f"{ns}name", f"{name} newsroom")
    for item in items:
        entry = ET.SubElement(feed, f"{ns}entry")
        _text(entry, f"{ns}title", str(item["title"]))
        ET.SubElement(entry, f"{ns}link", {"rel": "alternate", "href": str(item["link"])})
        _text(entry, f"{ns}id", str(item["guid"]))
        stamp = _local_time(outlet, str(item["when"])).isoformat()
        _text(entry, f"{ns}published", stamp)
        _text(entry, f"{ns}updated", stamp)
        text = str(item["text"])
        _text(entry, f"{ns}summary", text, type="html" if "<" in text else "text")
    return feed


def feeds_toml() -> str:
    """The demo feed list in the feeds.toml format, urls relative to this folder."""
    lines = [
        "# The bundled offline demo: fictional outlets, real events of the 2020 war.",
        "# Generated by scripts/make_demo.py; edit the script, not this file.",
        "# Relative urls are resolved against this file's folder.",
        "",
        "[settings]",
        "concurrency = 8",
        "timeout = 20",
        "match = [" + ", ".join(f'"{word}"' for word in MATCH) + "]",
    ]
    for file_name, name, side, _fmt, _home, _tagline in OUTLETS.values():
        lines += ["", "[[feeds]]", f'name = "{name}"', f'url = "{file_name}"', f'side = "{side}"']
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write every feed file and feeds.toml into tui/demo/."""
    items = build_items()
    check(items)
    ET.register_namespace("", ATOM_NS)
    DEMO_DIR.mkdir(parents=True, exist_ok=True)
    for outlet, (file_name, _name, _side, fmt, _home, _tagline) in OUTLETS.items():
        own = _sorted([item for item in items if item["outlet"] == outlet])
        root = rss_document(outlet, own) if fmt == "rss" else atom_document(outlet, own)
        ET.indent(root, space="  ")
        body = ET.tostring(root, encoding="unicode")
        text = '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"
        (DEMO_DIR / file_name).write_text(text, encoding="utf-8")
        print(f"{file_name}: {len(own)} items")
    (DEMO_DIR / "feeds.toml").write_text(feeds_toml(), encoding="utf-8")
    print(f"feeds.toml: {len(OUTLETS)} feeds, {len(items)} items in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
