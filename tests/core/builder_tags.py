"""The tags each report of the builder tests carries, written out by hand as records.

The builder is tested on these, not on the tagger's output, so a change to the tagger
never breaks a builder test. A new report in a test needs its tags here (title, text,
date -> tags): write what the report says as `Tag` records.
"""

from __future__ import annotations

from tui.records import Casualty, Tag

TAGS: dict[tuple[str, str, str], tuple[Tag, ...]] = {
    (
        "Armenia and Azerbaijan agree truce after Moscow talks",
        (
            "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
            "ceasefire from noon after ten hours of talks in Moscow."
        ),
        "2020-10-10",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence="Armenia and Azerbaijan agree truce after Moscow talks",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-10",
            date_basis="relative",
        ),
        Tag(
            kind="diplomatic_call",
            rule="diplomatic_call/talks",
            evidence="Armenia and Azerbaijan agree truce after Moscow talks",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-10",
        ),
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
                "ceasefire from noon after ten hours of talks in Moscow."
            ),
            parties=("russia", "armenia", "azerbaijan"),
            places=("Moscow",),
            event_date="2020-10-10",
            date_basis="relative",
        ),
        Tag(
            kind="diplomatic_call",
            rule="diplomatic_call/talks",
            evidence=(
                "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
                "ceasefire from noon after ten hours of talks in Moscow."
            ),
            parties=("russia", "armenia", "azerbaijan"),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
    ),
    (
        "Russia brokers Karabakh truce",
        (
            "Armenia and Azerbaijan agreed to a humanitarian truce in "
            "Moscow, the Russian foreign minister said."
        ),
        "2020-10-10",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed to a humanitarian truce in "
                "Moscow, the Russian foreign minister said."
            ),
            parties=("armenia", "azerbaijan", "russia"),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
    ),
    (
        "Humanitarian ceasefire agreed in Moscow",
        (
            "The two foreign ministers agreed a humanitarian ceasefire "
            "during talks hosted by Lavrov in Moscow."
        ),
        "2020-10-10",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "The two foreign ministers agreed a humanitarian ceasefire "
                "during talks hosted by Lavrov in Moscow."
            ),
            parties=("russia",),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
        Tag(
            kind="diplomatic_call",
            rule="diplomatic_call/talks",
            evidence=(
                "The two foreign ministers agreed a humanitarian ceasefire "
                "during talks hosted by Lavrov in Moscow."
            ),
            parties=("russia",),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
    ),
    (
        "Baku and Yerevan accept humanitarian truce",
        (
            "Azerbaijan and Armenia accepted a humanitarian ceasefire in "
            "Moscow to exchange prisoners and bodies."
        ),
        "2020-10-10",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence="Baku and Yerevan accept humanitarian truce",
            parties=("azerbaijan", "armenia"),
            event_date="2020-10-10",
        ),
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Azerbaijan and Armenia accepted a humanitarian ceasefire in "
                "Moscow to exchange prisoners and bodies."
            ),
            parties=("azerbaijan", "armenia"),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
        Tag(
            kind="exchange",
            rule="exchange/swap",
            evidence=(
                "Azerbaijan and Armenia accepted a humanitarian ceasefire in "
                "Moscow to exchange prisoners and bodies."
            ),
            parties=("azerbaijan", "armenia"),
            event_date="2020-10-10",
        ),
    ),
    (
        "Armenia, Azerbaijan agree to cease fire in Karabakh",
        ("Armenia and Azerbaijan agreed a ceasefire in Moscow early on Saturday, Lavrov said."),
        "2020-10-10",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed a ceasefire in Moscow early on "
                "Saturday, Lavrov said."
            ),
            parties=("armenia", "azerbaijan", "russia"),
            places=("Moscow",),
            event_date="2020-10-10",
            date_basis="weekday",
        ),
    ),
    (
        "Truce agreed in Moscow",
        ("Armenia and Azerbaijan signed up to a humanitarian ceasefire in Moscow, Russia said."),
        "2020-10-10",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan signed up to a humanitarian ceasefire "
                "in Moscow, Russia said."
            ),
            parties=("armenia", "azerbaijan", "russia"),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
    ),
    (
        "Armenia and Azerbaijan agree truce after Moscow talks",
        (
            "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
            "ceasefire from noon after ten hours of talks in Moscow."
        ),
        "2020-10-10T08:00:00Z",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence="Armenia and Azerbaijan agree truce after Moscow talks",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-10",
            date_basis="relative",
        ),
        Tag(
            kind="diplomatic_call",
            rule="diplomatic_call/talks",
            evidence="Armenia and Azerbaijan agree truce after Moscow talks",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-10",
        ),
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
                "ceasefire from noon after ten hours of talks in Moscow."
            ),
            parties=("russia", "armenia", "azerbaijan"),
            places=("Moscow",),
            event_date="2020-10-10",
            date_basis="relative",
        ),
        Tag(
            kind="diplomatic_call",
            rule="diplomatic_call/talks",
            evidence=(
                "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
                "ceasefire from noon after ten hours of talks in Moscow."
            ),
            parties=("russia", "armenia", "azerbaijan"),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
    ),
    (
        "Armenia and Azerbaijan agree truce after Moscow talks",
        (
            "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
            "ceasefire from noon after ten hours of talks in Moscow. "
            "(Reuters)"
        ),
        "2020-10-10T09:00:00Z",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence="Armenia and Azerbaijan agree truce after Moscow talks",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-10",
            date_basis="relative",
        ),
        Tag(
            kind="diplomatic_call",
            rule="diplomatic_call/talks",
            evidence="Armenia and Azerbaijan agree truce after Moscow talks",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-10",
        ),
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
                "ceasefire from noon after ten hours of talks in Moscow."
            ),
            parties=("russia", "armenia", "azerbaijan"),
            places=("Moscow",),
            event_date="2020-10-10",
            date_basis="relative",
        ),
        Tag(
            kind="diplomatic_call",
            rule="diplomatic_call/talks",
            evidence=(
                "Lavrov said Armenia and Azerbaijan agreed a humanitarian "
                "ceasefire from noon after ten hours of talks in Moscow."
            ),
            parties=("russia", "armenia", "azerbaijan"),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
    ),
    (
        "Russia brokers Karabakh truce",
        (
            "Armenia and Azerbaijan agreed to a humanitarian truce in "
            "Moscow, the Russian foreign minister said."
        ),
        "2020-10-10T10:00:00Z",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed to a humanitarian truce in "
                "Moscow, the Russian foreign minister said."
            ),
            parties=("armenia", "azerbaijan", "russia"),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
    ),
    (
        "Humanitarian ceasefire agreed in Moscow",
        (
            "The two foreign ministers agreed a humanitarian ceasefire "
            "during talks hosted by Lavrov in Moscow."
        ),
        "2020-10-10T11:00:00Z",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "The two foreign ministers agreed a humanitarian ceasefire "
                "during talks hosted by Lavrov in Moscow."
            ),
            parties=("russia",),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
        Tag(
            kind="diplomatic_call",
            rule="diplomatic_call/talks",
            evidence=(
                "The two foreign ministers agreed a humanitarian ceasefire "
                "during talks hosted by Lavrov in Moscow."
            ),
            parties=("russia",),
            places=("Moscow",),
            event_date="2020-10-10",
        ),
    ),
    (
        "Baku says Armenia shelled Tartar despite truce",
        (
            "Azerbaijan's defence ministry said Armenian forces shelled "
            "Tartar despite the humanitarian truce."
        ),
        "2020-10-12",
    ): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Baku says Armenia shelled Tartar despite truce",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence="Baku says Armenia shelled Tartar despite truce",
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Tartar despite the humanitarian truce."
            ),
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Tartar despite the humanitarian truce."
            ),
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
    ),
    (
        "Azerbaijan: Armenian troops broke the ceasefire",
        ("Azerbaijan's defence ministry said Armenian troops broke the ceasefire near Tartar."),
        "2020-10-12",
    ): (
        Tag(
            kind="violation_claim",
            rule="violation_claim/violated",
            evidence="Azerbaijan: Armenian troops broke the ceasefire",
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            event_date="2020-10-12",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/violated",
            evidence=(
                "Azerbaijan's defence ministry said Armenian troops broke the "
                "ceasefire near Tartar."
            ),
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
    ),
    (
        "Yerevan denies shelling Tartar",
        ("Armenia's defence ministry spokeswoman Shushan Stepanyan denied the claim."),
        "2020-10-13",
    ): (
        Tag(
            kind="denial",
            rule="denial/denied",
            evidence="Yerevan denies shelling Tartar",
            denier="armenia",
            parties=("armenia",),
            places=("Tartar",),
            event_date="2020-10-13",
        ),
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Yerevan denies shelling Tartar",
            parties=("armenia",),
            places=("Tartar",),
            event_date="2020-10-13",
        ),
        Tag(
            kind="denial",
            rule="denial/denied",
            evidence=("Armenia's defence ministry spokeswoman Shushan Stepanyan denied the claim."),
            denier="armenia",
            parties=("armenia",),
            event_date="2020-10-13",
        ),
    ),
    (
        "Armenia says Azerbaijan violated truce",
        ("Armenia's defence ministry said Azerbaijani forces violated the truce in the south."),
        "2020-10-12",
    ): (
        Tag(
            kind="violation_claim",
            rule="violation_claim/violated",
            evidence="Armenia says Azerbaijan violated truce",
            accuser="armenia",
            accused="azerbaijan",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-12",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/violated",
            evidence=(
                "Armenia's defence ministry said Azerbaijani forces violated "
                "the truce in the south."
            ),
            accuser="armenia",
            accused="azerbaijan",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-12",
        ),
    ),
    (
        "Turkey denies downing jet",
        ("Ankara denied that a Turkish F-16 shot down an Armenian plane."),
        "2020-09-29",
    ): (
        Tag(
            kind="denial",
            rule="denial/denied",
            evidence="Turkey denies downing jet",
            denier="turkey",
            parties=("turkey",),
            event_date="2020-09-29",
        ),
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Turkey denies downing jet",
            parties=("turkey",),
            event_date="2020-09-29",
        ),
        Tag(
            kind="denial",
            rule="denial/denied",
            evidence=("Ankara denied that a Turkish F-16 shot down an Armenian plane."),
            denier="turkey",
            parties=("turkey", "armenia"),
            event_date="2020-09-29",
        ),
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence=("Ankara denied that a Turkish F-16 shot down an Armenian plane."),
            parties=("turkey", "armenia"),
            event_date="2020-09-29",
        ),
    ),
    ("Shelling of Martuni", "Azerbaijani artillery shelled Martuni on Friday.", "2020-10-10"): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Shelling of Martuni",
            places=("Martuni",),
            event_date="2020-10-09",
            date_basis="weekday",
        ),
        Tag(
            kind="attack",
            rule="attack/weapons",
            evidence="Azerbaijani artillery shelled Martuni on Friday.",
            parties=("azerbaijan",),
            places=("Martuni",),
            event_date="2020-10-09",
            date_basis="weekday",
        ),
    ),
    (
        "Baku: Armenia shelled Tartar despite truce",
        ("Azerbaijan's defence ministry said Armenian forces shelled Tartar despite the truce."),
        "2020-10-11",
    ): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Baku: Armenia shelled Tartar despite truce",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence="Baku: Armenia shelled Tartar despite truce",
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Tartar despite the truce."
            ),
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Tartar despite the truce."
            ),
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-11",
        ),
    ),
    ("Armenia denies", "Armenia's defence ministry denied the claim.", "2020-10-12"): (
        Tag(
            kind="denial",
            rule="denial/denied",
            evidence="Armenia denies",
            denier="armenia",
            parties=("armenia",),
            event_date="2020-10-12",
        ),
        Tag(
            kind="denial",
            rule="denial/denied",
            evidence="Armenia's defence ministry denied the claim.",
            denier="armenia",
            parties=("armenia",),
            event_date="2020-10-12",
        ),
    ),
    (
        "Armenia and Azerbaijan agree new truce",
        ("Armenia and Azerbaijan agreed a humanitarian truce on Saturday."),
        "2020-10-17",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence="Armenia and Azerbaijan agree new truce",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-17",
            date_basis="weekday",
        ),
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=("Armenia and Azerbaijan agreed a humanitarian truce on Saturday."),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-17",
            date_basis="weekday",
        ),
    ),
    (
        "Rockets hit Barda",
        "Azerbaijan said rockets hit Barda, killing 21 civilians.",
        "2020-10-28",
    ): (
        Tag(
            kind="attack",
            rule="attack/weapons",
            evidence="Rockets hit Barda",
            places=("Barda",),
            event_date="2020-10-28",
        ),
        Tag(
            kind="attack",
            rule="attack/weapons",
            evidence="Azerbaijan said rockets hit Barda, killing 21 civilians.",
            parties=("azerbaijan",),
            places=("Barda",),
            event_date="2020-10-28",
        ),
        Tag(
            kind="casualties",
            rule="casualties/count",
            evidence="Azerbaijan said rockets hit Barda, killing 21 civilians.",
            parties=("azerbaijan",),
            places=("Barda",),
            event_date="2020-10-28",
            casualties=(
                Casualty(count=21, what="killed", group="civilian", claimed_by="azerbaijan"),
            ),
        ),
    ),
    (
        "",
        (
            "The Karabakh Defence Army said Azerbaijani forces shelled "
            "Martuni despite the humanitarian truce."
        ),
        "2020-10-12",
    ): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence=(
                "The Karabakh Defence Army said Azerbaijani forces shelled "
                "Martuni despite the humanitarian truce."
            ),
            parties=("nagorno_karabakh", "azerbaijan"),
            places=("Martuni",),
            event_date="2020-10-12",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence=(
                "The Karabakh Defence Army said Azerbaijani forces shelled "
                "Martuni despite the humanitarian truce."
            ),
            accuser="nagorno_karabakh",
            accused="azerbaijan",
            parties=("nagorno_karabakh", "azerbaijan"),
            places=("Martuni",),
            event_date="2020-10-12",
        ),
    ),
    (
        "",
        (
            "Azerbaijan's defence ministry said Armenian forces shelled "
            "Tartar despite the humanitarian truce agreed in Moscow."
        ),
        "2020-10-12",
    ): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Tartar despite the humanitarian truce agreed in Moscow."
            ),
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Tartar despite the humanitarian truce agreed in Moscow."
            ),
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
    ),
    (
        "",
        (
            "The Artsakh Defence Army said Azerbaijani forces launched an "
            "offensive in the Hadrut direction despite the humanitarian "
            "ceasefire."
        ),
        "2020-10-10",
    ): (
        Tag(
            kind="attack",
            rule="attack/fighting",
            evidence=(
                "The Artsakh Defence Army said Azerbaijani forces launched an "
                "offensive in the Hadrut direction despite the humanitarian "
                "ceasefire."
            ),
            parties=("nagorno_karabakh", "azerbaijan"),
            places=("Hadrut",),
            event_date="2020-10-10",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence=(
                "The Artsakh Defence Army said Azerbaijani forces launched an "
                "offensive in the Hadrut direction despite the humanitarian "
                "ceasefire."
            ),
            accuser="nagorno_karabakh",
            accused="azerbaijan",
            parties=("nagorno_karabakh", "azerbaijan"),
            places=("Hadrut",),
            event_date="2020-10-10",
        ),
    ),
    (("Armenian forces shelled Tartar despite the truce, ministry says"), "", "2020-10-12"): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence=("Armenian forces shelled Tartar despite the truce, ministry says"),
            parties=("armenia",),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence=("Armenian forces shelled Tartar despite the truce, ministry says"),
            accused="armenia",
            parties=("armenia",),
            places=("Tartar",),
            event_date="2020-10-12",
        ),
    ),
    (
        "Armenia and Azerbaijan agree new truce",
        ("Armenia and Azerbaijan agreed a humanitarian truce, the foreign ministries said."),
        "2020-10-17",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence="Armenia and Azerbaijan agree new truce",
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-17",
        ),
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed a humanitarian truce, the foreign ministries said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-17",
        ),
    ),
    (
        "New truce takes effect",
        ("The humanitarian truce between Armenia and Azerbaijan took effect, officials said."),
        "2020-10-18",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/takes-effect",
            evidence="New truce takes effect",
            event_date="2020-10-18",
        ),
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/takes-effect",
            evidence=(
                "The humanitarian truce between Armenia and Azerbaijan took effect, officials said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-18",
        ),
    ),
    (
        "Truce news",
        ("Armenia and Azerbaijan agreed a humanitarian truce, the report 0 ministries said."),
        "2020-10-17",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed a humanitarian truce, the report 0 ministries said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-17",
        ),
    ),
    (
        "Truce news",
        ("Armenia and Azerbaijan agreed a humanitarian truce, the report 1 ministries said."),
        "2020-10-18",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed a humanitarian truce, the report 1 ministries said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-18",
        ),
    ),
    (
        "Truce news",
        ("Armenia and Azerbaijan agreed a humanitarian truce, the report 2 ministries said."),
        "2020-10-19",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed a humanitarian truce, the report 2 ministries said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-19",
        ),
    ),
    (
        "Truce news",
        ("Armenia and Azerbaijan agreed a humanitarian truce, the report 3 ministries said."),
        "2020-10-20",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed a humanitarian truce, the report 3 ministries said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-20",
        ),
    ),
    (
        "Truce news",
        (
            "The humanitarian truce between Armenia and Azerbaijan took "
            "effect, report 1 officials said."
        ),
        "2020-10-18",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/takes-effect",
            evidence=(
                "The humanitarian truce between Armenia and Azerbaijan took "
                "effect, report 1 officials said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-18",
        ),
    ),
    (
        "Truce news",
        (
            "The humanitarian truce between Armenia and Azerbaijan took "
            "effect, report 3 officials said."
        ),
        "2020-10-20",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/takes-effect",
            evidence=(
                "The humanitarian truce between Armenia and Azerbaijan took "
                "effect, report 3 officials said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-20",
        ),
    ),
    (
        "Truce news",
        (
            "The humanitarian truce between Armenia and Azerbaijan took "
            "effect, report 2 officials said."
        ),
        "2020-10-19",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/takes-effect",
            evidence=(
                "The humanitarian truce between Armenia and Azerbaijan took "
                "effect, report 2 officials said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-19",
        ),
    ),
    (
        "Truce news",
        ("Armenia and Azerbaijan agreed a humanitarian truce, the report 4 ministries said."),
        "2020-10-21",
    ): (
        Tag(
            kind="truce_agreed",
            rule="truce_agreed/agree",
            evidence=(
                "Armenia and Azerbaijan agreed a humanitarian truce, the report 4 ministries said."
            ),
            parties=("armenia", "azerbaijan"),
            event_date="2020-10-21",
        ),
    ),
    (
        "Aliyev says Jabrayil liberated",
        ("President Aliyev said the Azerbaijani army had captured the town of Jabrayil."),
        "2020-10-04T09:00:00Z",
    ): (
        Tag(
            kind="territorial_change",
            rule="territorial_change/captured",
            evidence=(
                "President Aliyev said the Azerbaijani army had captured the town of Jabrayil."
            ),
            parties=("azerbaijan",),
            places=("Jabrayil",),
            event_date="2020-10-04",
        ),
    ),
    (
        "Yerevan dismisses Jabrayil claim",
        ("Armenia's defence ministry rejected Aliyev's claim that Jabrayil had been captured."),
        "2020-10-04T12:00:00Z",
    ): (
        Tag(
            kind="denial",
            rule="denial/rejected-claim",
            evidence="Yerevan dismisses Jabrayil claim",
            denier="armenia",
            parties=("armenia",),
            places=("Jabrayil",),
            event_date="2020-10-04",
        ),
        Tag(
            kind="denial",
            rule="denial/rejected-claim",
            evidence=(
                "Armenia's defence ministry rejected Aliyev's claim that "
                "Jabrayil had been captured."
            ),
            denier="armenia",
            parties=("armenia", "azerbaijan"),
            places=("Jabrayil",),
            event_date="2020-10-04",
        ),
        Tag(
            kind="territorial_change",
            rule="territorial_change/captured",
            evidence=(
                "Armenia's defence ministry rejected Aliyev's claim that "
                "Jabrayil had been captured."
            ),
            parties=("armenia", "azerbaijan"),
            places=("Jabrayil",),
            event_date="2020-10-04",
        ),
    ),
    (
        "Baku says Armenia shelled Tartar despite truce",
        ("Azerbaijan's defence ministry said Armenian forces shelled Tartar despite the truce."),
        "2020-10-26T09:00:00Z",
    ): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Baku says Armenia shelled Tartar despite truce",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-26",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence="Baku says Armenia shelled Tartar despite truce",
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-26",
        ),
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Tartar despite the truce."
            ),
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-26",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Tartar despite the truce."
            ),
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Tartar",),
            event_date="2020-10-26",
        ),
    ),
    (
        "Artsakh army rejects Baku's claims",
        (
            "The Artsakh defence army said its units were observing the "
            "ceasefire and rejected Baku's claims."
        ),
        "2020-10-26T11:00:00Z",
    ): (
        Tag(
            kind="denial",
            rule="denial/rejected-claim",
            evidence="Artsakh army rejects Baku's claims",
            denier="nagorno_karabakh",
            parties=("nagorno_karabakh", "azerbaijan"),
            event_date="2020-10-26",
        ),
        Tag(
            kind="denial",
            rule="denial/rejected-claim",
            evidence=(
                "The Artsakh defence army said its units were observing the "
                "ceasefire and rejected Baku's claims."
            ),
            denier="nagorno_karabakh",
            parties=("nagorno_karabakh", "azerbaijan"),
            event_date="2020-10-26",
        ),
    ),
    (
        "Turkey denies sending fighters",
        (
            "Turkish officials rejected reports that Ankara had sent "
            "fighters from Syria, calling them baseless. Azerbaijani "
            "presidential aide Hikmet Hajiyev also denied the reports."
        ),
        "2020-09-30T16:00:00Z",
    ): (
        Tag(
            kind="denial",
            rule="denial/denied",
            evidence="Turkey denies sending fighters",
            denier="turkey",
            parties=("turkey",),
            event_date="2020-09-30",
        ),
        Tag(
            kind="denial",
            rule="denial/rejected-claim",
            evidence=(
                "Turkish officials rejected reports that Ankara had sent "
                "fighters from Syria, calling them baseless."
            ),
            denier="turkey",
            parties=("turkey",),
            event_date="2020-09-30",
        ),
        Tag(
            kind="denial",
            rule="denial/denied",
            evidence=("Azerbaijani presidential aide Hikmet Hajiyev also denied the reports."),
            denier="azerbaijan",
            parties=("azerbaijan",),
            event_date="2020-09-30",
        ),
    ),
    (
        "Azerbaijan accuses Armenia of shelling Ganja despite truce",
        (
            "Azerbaijan's defence ministry said Armenian forces shelled "
            "Ganja despite the humanitarian truce."
        ),
        "2020-10-11T08:00:00Z",
    ): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Azerbaijan accuses Armenia of shelling Ganja despite truce",
            parties=("azerbaijan", "armenia"),
            places=("Ganja",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence="Azerbaijan accuses Armenia of shelling Ganja despite truce",
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Ganja",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Ganja despite the humanitarian truce."
            ),
            parties=("azerbaijan", "armenia"),
            places=("Ganja",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence=(
                "Azerbaijan's defence ministry said Armenian forces shelled "
                "Ganja despite the humanitarian truce."
            ),
            accuser="azerbaijan",
            accused="armenia",
            parties=("azerbaijan", "armenia"),
            places=("Ganja",),
            event_date="2020-10-11",
        ),
    ),
    (
        "Baku says truce broken",
        ("Azerbaijan's defence ministry said the truce was violated overnight."),
        "2020-10-11T09:00:00Z",
    ): (
        Tag(
            kind="violation_claim",
            rule="violation_claim/truce-collapsed",
            evidence=("Azerbaijan's defence ministry said the truce was violated overnight."),
            accuser="azerbaijan",
            parties=("azerbaijan",),
            event_date="2020-10-11",
        ),
    ),
    (
        "Armenia blamed for Ganja strike",
        "Armenia was accused of firing on Ganja despite the truce.",
        "2020-10-11T10:00:00Z",
    ): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Armenia blamed for Ganja strike",
            parties=("armenia",),
            places=("Ganja",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Armenia was accused of firing on Ganja despite the truce.",
            parties=("armenia",),
            places=("Ganja",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/despite-truce",
            evidence="Armenia was accused of firing on Ganja despite the truce.",
            accused="armenia",
            parties=("armenia",),
            places=("Ganja",),
            event_date="2020-10-11",
        ),
    ),
    (
        "Ganja strike kills civilians hours after truce",
        "Rescuers searched the rubble in Ganja.",
        "2020-10-11T11:00:00Z",
    ): (
        Tag(
            kind="attack",
            rule="attack/strike",
            evidence="Ganja strike kills civilians hours after truce",
            places=("Ganja",),
            event_date="2020-10-11",
        ),
        Tag(
            kind="violation_claim",
            rule="violation_claim/attack-after-truce",
            evidence="Ganja strike kills civilians hours after truce",
            places=("Ganja",),
            event_date="2020-10-11",
        ),
    ),
    (
        "16 soldiers killed overnight",
        "The Karabakh defence army said 16 soldiers were killed.",
        "2020-09-27T12:00:00Z",
    ): (
        Tag(
            kind="casualties",
            rule="casualties/count",
            evidence="16 soldiers killed overnight",
            event_date="2020-09-27",
            casualties=(Casualty(count=16, what="killed", group="military"),),
        ),
        Tag(
            kind="casualties",
            rule="casualties/count",
            evidence="The Karabakh defence army said 16 soldiers were killed.",
            parties=("nagorno_karabakh",),
            event_date="2020-09-27",
            casualties=(
                Casualty(count=16, what="killed", group="military", claimed_by="nagorno_karabakh"),
            ),
        ),
    ),
}
