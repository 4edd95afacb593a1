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
    # Céges bejelentkezés (signin_admin): the tenant's OpenID Connect provider
    "signin_admin.title": "Company sign-in",
    "signin_admin.help": ("Staff sign in with the company's identity provider (OpenID Connect: Entra ID, Google "
                          "Workspace, Keycloak); their groups give their role and sites."),
    "signin_admin.provider": "Identity provider",
    "signin_admin.configured": "Set up: {issuer}",
    "signin_admin.secret_set": "client secret set",
    "signin_admin.none": "Not set up yet; until then only local accounts sign in.",
    "signin_admin.issuer": "Issuer URL",
    "signin_admin.client_id": "Client ID",
    "signin_admin.client_secret": "Client secret",
    "signin_admin.secret_new": "The secret of the application registered at the provider; never shown again.",
    "signin_admin.roles": "Group → role",
    "signin_admin.roles_help": ("One GROUP=ROLE a line (admin, finance, auditor, viewer); someone in none of these "
                                "groups is a viewer."),
    "signin_admin.sites": "Group → sites",
    "signin_admin.sites_help": "One GROUP=site1,site2 or GROUP=* a line; empty: everyone sees every site.",
    "signin_admin.saved": "The company sign-in settings are saved.",
    "problem.signin.pair": "This line is not GROUP=VALUE: “{line}”.",
    "problem.signin.role": "Unknown role in this line: “{line}” (admin, finance, auditor or viewer).",
    "problem.signin.issuer": "The issuer URL must start with https://.",
    "problem.signin.client_id": "Enter the client ID.",
    "problem.signin.secret_required": "The first set-up needs the client secret too.",
}
