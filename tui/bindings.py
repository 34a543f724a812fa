"""Every key binding of the app, as data: screens, widgets and `tui.keys` all read it.

The tables live here, not on the classes, so that `tui.keys` (the help screen and the
README's key list) can list them without importing a screen, and no screen imports the app.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType


def _down_up(owner: str, action: str, *, arrows: bool = False, label: str = "") -> list[Binding]:
    """j and k (with the arrows when `arrows`) moving down and up, as every list and text
    view has them: `action` holds {} for "down" or "up"; the label is Down/Up or `label`."""
    keys = ("j,down", "k,up") if arrows else ("j", "k")
    return [
        Binding(key, action.format(way), label or way.capitalize(), show=False, id=f"{owner}.{way}")
        for key, way in zip(keys, ("down", "up"), strict=True)
    ]


# ConflictApp (tui/app.py)
APP: list[BindingType] = [
    Binding("q", "back", "Back/Quit", id="app.back"),
    Binding("question_mark", "help", "Help", id="app.help"),
    Binding("slash", "search", "Search", id="app.search"),
    Binding("S", "search", "Search items", show=False, id="app.search_items"),
    Binding("Q", "quit_now", "Quit at once", show=False, id="app.quit"),
    Binding("R", "poll", "Poll", id="app.poll"),
    Binding("F", "failed_feeds", "Failed feeds", show=False, id="app.failed_feeds"),
    Binding("e", "export", "Export", show=False, id="app.export"),
    Binding("1", "show('timeline')", "Timeline", show=False, id="app.timeline"),
    Binding("2", "show('items')", "Items", show=False, id="app.items"),
    Binding("3", "show('feeds')", "Feeds", show=False, id="app.feeds"),
]

# PagedList (tui/widgets/paged_list.py)
LIST: list[BindingType] = [
    *_down_up("list", "cursor_{}", arrows=True),
    Binding("g,home", "first", "First", show=False, id="list.first"),
    Binding("G,end", "last", "Last", show=False, id="list.last"),
    Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id="list.page_down"),
    Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="list.page_up"),
    Binding("enter", "select", "Open", id="list.select"),
]

# TimelineScreen (tui/screens/timeline.py)
TIMELINE: list[BindingType] = [
    Binding("slash", "filter_text", "Filter", id="timeline.filter_text"),
    Binding("f", "filter_dialog", "Filters", id="timeline.filters"),
    Binding("c", "clear_filters", "Clear filters", show=False, id="timeline.clear"),
    Binding("O", "toggle_order", "Order", id="timeline.order"),
    Binding("i", "toggle_key_events", "Key events", id="timeline.key_events"),
    Binding("n", "next_unread", "Next unread", id="timeline.next_unread"),
    Binding("p", "previous_unread", "Previous unread", show=False, id="timeline.previous_unread"),
    Binding("J", "next_day", "Next day", show=False, id="timeline.next_day"),
    Binding("K", "previous_day", "Previous day", show=False, id="timeline.previous_day"),
    Binding("N", "toggle_read", "Toggle read", show=False, id="timeline.toggle_read"),
    Binding("A,C", "mark_all_read", "All read (asks first)", show=False, id="timeline.all_read"),
    Binding("d", "entry_info", "Details", id="timeline.details"),
    Binding("o", "open_link", "Open link", show=False, id="timeline.open_link"),
    Binding("y", "copy_link", "Copy link", show=False, id="timeline.copy_link"),
    Binding("r", "retitle", "Retitle", show=False, id="timeline.retitle"),
    Binding("x", "toggle_hidden", "Hide", show=False, id="timeline.hide"),
    Binding("H", "show_hidden", "Show hidden", show=False, id="timeline.show_hidden"),
    Binding("m", "mark", "Mark", show=False, id="timeline.mark"),
    Binding("M", "merge", "Merge marked here", show=False, id="timeline.merge"),
    Binding("v", "move_source", "Move source to marked", show=False, id="timeline.move"),
    Binding("tab", "switch_pane", "Pane", show=False, id="timeline.pane"),
    Binding(
        "shift+tab", "focus_details", "Entry text (arrows scroll)", show=False, id="timeline.text"
    ),
]

# EntryInfoScreen (tui/screens/entry_info.py)
ENTRY_INFO: list[BindingType] = [
    Binding("escape,q,d", "dismiss", "Close", id="entry_info.close"),
    *_down_up("entry_info", "scroll('{}')", arrows=True, label="Scroll"),
]

# SourceList (tui/widgets/entry_detail.py)
SOURCES: list[BindingType] = [
    *_down_up("sources", "cursor_{}"),
    Binding("g", "first", "First", show=False, id="sources.first"),
    Binding("G", "last", "Last", show=False, id="sources.last"),
    Binding("escape", "leave", "Back to entries", id="sources.leave"),
]

# ItemsScreen (tui/screens/items.py)
ITEMS: list[BindingType] = [
    Binding("n", "next_unread", "Next unread", id="items.next_unread"),
    Binding("p", "previous_unread", "Previous unread", show=False, id="items.previous_unread"),
    Binding("J", "next_feed", "Next feed", show=False, id="items.next_feed"),
    Binding("K", "previous_feed", "Previous feed", show=False, id="items.previous_feed"),
    Binding("N", "toggle_read", "Toggle read", id="items.toggle_read"),
    Binding("A,C", "mark_all_read", "All read (asks first)", show=False, id="items.all_read"),
    Binding("s", "star", "Star", id="items.star"),
    Binding("o", "open_link", "Open link", id="items.open_link"),
    Binding("y", "copy_link", "Copy link", show=False, id="items.copy_link"),
    Binding("u", "toggle_unread", "Unread only", id="items.unread_only"),
    Binding("f", "filter_dialog", "Filters", id="items.filters"),
    Binding("c", "clear_filters", "Clear filters", show=False, id="items.clear"),
]

# ReaderScreen (tui/screens/reader.py)
READER: list[BindingType] = [
    Binding("escape", "app.back", "Back", show=False, id="reader.back"),
    *_down_up("reader", "scroll_{}", label="Scroll"),
    Binding("space", "page_down", "Page", show=False, id="reader.page"),
    Binding("n", "next_unread", "Next unread", id="reader.next_unread"),
    Binding("s", "star", "Star", id="reader.star"),
    Binding("N", "toggle_read", "Toggle read", id="reader.toggle_read"),
    Binding("o", "open_link", "Open link", id="reader.open_link"),
    Binding("y", "copy_link", "Copy link", id="reader.copy_link"),
    Binding("tab", "focus_entries", "Entries", show=False, id="reader.entries"),
]

# EntryLinks (tui/screens/reader.py)
READER_ENTRIES: list[BindingType] = [
    *_down_up("reader_entries", "cursor_{}"),
]

# SearchScreen (tui/screens/search.py)
SEARCH: list[BindingType] = [
    Binding("escape", "app.back", "Back", id="search.back"),
    Binding("down", "focus_results", "Results", show=False, id="search.results"),
]

# SearchResults (tui/screens/search.py)
SEARCH_RESULTS: list[BindingType] = [
    *_down_up("search_results", "cursor_{}"),
    Binding("slash", "screen.focus_input", "Edit query", show=False, id="search.edit"),
]

# FeedsScreen (tui/screens/feeds.py)
FEEDS: list[BindingType] = [
    *_down_up("feeds", "cursor('{}')"),
]

# HelpScreen (tui/screens/help.py)
HELP: list[BindingType] = [
    Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    *_down_up("help", "scroll('{}')", arrows=True, label="Scroll"),
]
