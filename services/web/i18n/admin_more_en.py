"""The admin pages' later share, in English (keys as ``admin_more_hu.py``)."""

MESSAGES: dict[str, str] = {
    "integrations.paused.own_system": ("The connection is paused: the webhook answers correctly signed requests "
                                       "503 (disabled) and takes nothing; the sender sends again later."),
    "integrations.paused.producer": ("The connection is paused: the system's Kafka records go to the dead-letter "
                                     "topic (DLQ); after resuming, “szamlatar dlq replay” sends them again."),
    "integrations.paused.export": ("The connection is paused: files put in the S3 inbox or the watched folder "
                                   "stay where they are until it is resumed."),
    "integrations.paused.nav": "The connection is paused: the NAV sync skips it; resumed, it goes on where it stopped.",
    "integrations.saved": "The connection's settings are saved.",
    "integrations.save": "Save",
    "integrations.secret_keep": "Secret: never shown; left empty, the stored value stays.",
    "integrations.own.secret_rotate": "The secret is replaced with the row's “New secret” button.",
    "integrations.pull.oauth_kept": "An OAuth client authenticates (set from the command line); it stays as it is.",
    "integrations.nav.sync_from": "Sync from (optional)",
    # Törzsadatok (reference_admin): the kinds beyond clients, projects, contracts and orders, and deleting
    "reference_admin.kind.delivery_note": "Delivery notes",
    "reference_admin.kind.completion_certificate": "Completion certificates",
    "reference_admin.kind.handover": "Handover documents",
    "reference_admin.field.order_id": "Order id",
    "reference_admin.field.invoice_ids": "Invoice ids",
    "reference_admin.import_help.documents": ("Header row: id, number, name, client_id, project_id, contract_id, "
                                              "order_id, invoice_ids, site; separator ; or ,; lists with |."),
    "reference_admin.delete": "Delete",
    "reference_admin.confirm_delete": "Yes, delete record {id} for good",
    "reference_admin.confirm_needed": "Tick the confirmation to delete.",
    "reference_admin.deleted": "Record {id} is deleted.",
    "audit.action.search.saved": "search saved",
    "audit.action.search.deleted": "saved search deleted",
}
