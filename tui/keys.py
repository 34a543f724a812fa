"""The key list, generated from the bindings (the help screen and the README use it).

The tables are read from `tui.bindings` (data), never from the screens, so this module
imports no screen and no app.

Run `python -m tui.keys` to print the list as Markdown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from textual.binding import Binding, BindingType

from tui import bindings

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "enter": "Enter",
    "escape": "Esc",
    "tab": "Tab",
    "space": "Space",
    "up": "↑",
    "down": "↓",
    "home": "Home",
    "end": "End",
    "pageup": "PgUp",
    "pagedown": "PgDn",
}


# Keys Newsboat users press out of habit that do something else here: (key, what it does
# in Newsboat, what it does here and which key does Newsboat's job).
NEWSBOAT_DIFFERENT: list[tuple[str, str, str]] = [
    ("r", "reload the current feed", "retitle an entry; R polls every feed"),
    ("s", "save the article to a file", "star an item; e exports the timeline"),
    ("u", "show the article's URLs", "unread only (items); o opens and y copies the link"),
    ("v", "view the open dialogs", "move a source to the marked entry; q goes back"),
]


def sections() -> list[tuple[str, list[BindingType]]]:
    """(title, bindings) for every place that has keys, in reading order."""
    return [
        ("Everywhere", bindings.APP),
        ("Lists (timeline and items)", bindings.LIST),
        ("Timeline", bindings.TIMELINE),
        ("Timeline: sources pane", bindings.SOURCES),
        ("Items", bindings.ITEMS),
        ("Reader", bindings.READER),
        ("Search", bindings.SEARCH),
        ("Feeds", bindings.FEEDS),
    ]


def key_display(key: str) -> str:
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    if key.startswith("ctrl+"):
        return "Ctrl+" + key_display(key[5:])
    if key.startswith("shift+"):
        return "Shift+" + key_display(key[6:])
    return key


def key_table(
    keymap: Mapping[str, str] | None = None, display: Callable[[str], str] = key_display
) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Per section, (keys, description, binding id) with the user's keymap applied."""
    keymap = dict(keymap or {})
    table = []
    for title, raw in sections():
        rows: dict[tuple[str, str], list[str]] = {}
        ids: dict[tuple[str, str], str] = {}
        for binding in Binding.make_bindings(raw):
            if not binding.description:
                continue
            keys = binding.key
            if binding.id and binding.id in keymap:
                keys = keymap[binding.id]
            group = (binding.action, binding.description)
            found = rows.setdefault(group, [])
            for key in keys.split(","):
                label = display(key.strip())
                if label not in found:
                    found.append(label)
            ids[group] = binding.id or ""
        table.append(
            (
                title,
                [(" ".join(keys), desc, ids[(act, desc)]) for (act, desc), keys in rows.items()],
            )
        )
    return table


def markdown(keymap: Mapping[str, str] | None = None) -> str:
    lines = []
    for title, rows in key_table(keymap):
        lines += [f"### {title}", "", "| Keys | Action | Binding id |", "|---|---|---|"]
        for keys, desc, binding_id in rows:
            shown = keys.replace("|", "\\|")
            lines.append(f"| `{shown}` | {desc} | `{binding_id}` |")
        lines.append("")
    lines += [
        "### Newsboat keys that mean something else here",
        "",
        "| Key | In Newsboat | Here |",
        "|---|---|---|",
    ]
    for key, theirs, ours in NEWSBOAT_DIFFERENT:
        lines.append(f"| `{key}` | {theirs} | {ours} |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
