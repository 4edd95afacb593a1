"""The Integrációk page's history back-fill of a Billingo connection (English)."""

MESSAGES: dict[str, str] = {
    "integrations.backfill": "History back-fill",
    "integrations.backfill.title": "History back-fill: {name}",
    "integrations.backfill.ask": "New back-fill",
    "integrations.backfill.since": "From this date (invoice date)",
    "integrations.backfill.start": "Start back-fill",
    "integrations.backfill.help": ("Every invoice issued in Billingo from this day is archived with its PDF; what "
                                   "is already there is not fetched twice. The Billingo poller does it in the "
                                   "background, also for a paused connection."),
    "integrations.backfill.last": "Latest back-fill",
    "integrations.backfill.never": "No history back-fill was asked for on this connection yet.",
    "integrations.backfill.requested": "Asked by {who}, {at} — invoices issued since {since}.",
    "integrations.backfill.refreshing": "This page refreshes every {seconds} seconds while the back-fill runs.",
    "integrations.backfill.back": "Back to Integrations",
    "integrations.backfill.bad_date": "Give a date (YYYY-MM-DD) that is not in the future.",
    "integrations.backfill.busy": "A back-fill of this connection is already under way; wait for it to end.",
    "integrations.backfill.no_list": ("No history back-fill: Számlázz.hu sends every invoice itself, there is no "
                                      "list to fetch the past from."),
    "audit.action.connection.backfill_requested": "history back-fill requested",
}
