"""The admin pages' later share (Hungarian, the reference): what a pause means per kind, the edit forms
and test fetches of NAV, pull and own-system connections (Integrációk); the further reference data kinds
and deleting a record (Törzsadatok)."""

MESSAGES: dict[str, str] = {
    "integrations.paused.own_system": ("A kapcsolat szüneteltetve: a webhook a helyesen aláírt kérésekre 503-as "
                                       "(disabled) választ ad, semmit nem fogad be; a küldő később újraküldi."),
    "integrations.paused.producer": ("A kapcsolat szüneteltetve: a rendszer Kafka-rekordjai a hibás üzenetek "
                                     "sorába (DLQ) kerülnek; folytatás után a „szamlatar dlq replay” újraküldi őket."),
    "integrations.paused.export": ("A kapcsolat szüneteltetve: az S3-beérkezőbe és a figyelt mappába tett fájlok "
                                   "a helyükön maradnak a folytatásig."),
    "integrations.paused.nav": ("A kapcsolat szüneteltetve: a NAV-szinkron kihagyja; folytatás után onnan "
                                "halad tovább, ahol abbahagyta."),
    "integrations.saved": "A kapcsolat beállításai elmentve.",
    "integrations.save": "Mentés",
    "integrations.secret_keep": "Titkos érték: nem jelenítjük meg; üresen hagyva a tárolt érték marad.",
    "integrations.own.secret_rotate": "A titkos kulcsot a sor „Új titok” gombjával lehet lecserélni.",
    "integrations.pull.oauth_kept": "OAuth-kliens hitelesít (parancssorból állítható); itt nem változik.",
    "integrations.nav.sync_from": "Szinkron kezdete (nem kötelező)",
    # Törzsadatok (reference_admin): the kinds beyond clients, projects, contracts and orders, and deleting
    "reference_admin.kind.delivery_note": "Szállítólevelek",
    "reference_admin.kind.completion_certificate": "Teljesítésigazolások",
    "reference_admin.kind.handover": "Átadás-átvételi dokumentumok",
    "reference_admin.field.order_id": "Megrendelés azonosítója",
    "reference_admin.field.invoice_ids": "Számlák azonosítói",
    "reference_admin.import_help.documents": ("Fejlécsor: id, number, name, client_id, project_id, contract_id, "
                                              "order_id, invoice_ids, site; elválasztó ; vagy ,; listák | jellel."),
    "reference_admin.delete": "Törlés",
    "reference_admin.confirm_delete": "Igen, a(z) {id} rekordot véglegesen törlöm",
    "reference_admin.confirm_needed": "A törléshez jelölje be a megerősítést.",
    "reference_admin.deleted": "A(z) {id} rekordot töröltük.",
    "audit.action.search.saved": "keresés elmentve",
    "audit.action.search.deleted": "mentett keresés törölve",
}
