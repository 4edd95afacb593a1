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
    # Céges bejelentkezés (signin_admin): the tenant's OpenID Connect provider
    "signin_admin.title": "Céges bejelentkezés",
    "signin_admin.help": ("A munkatársak a cég azonosítási szolgáltatásával (OpenID Connect: Entra ID, Google "
                          "Workspace, Keycloak) lépnek be; a csoportjaik adják a szerepkörüket és telephelyeiket."),
    "signin_admin.provider": "Azonosítási szolgáltató",
    "signin_admin.configured": "Beállítva: {issuer}",
    "signin_admin.secret_set": "kliens titok megadva",
    "signin_admin.none": "Még nincs beállítva; addig csak a helyi fiókokkal lehet belépni.",
    "signin_admin.issuer": "Kibocsátó (issuer) címe",
    "signin_admin.client_id": "Kliensazonosító (client ID)",
    "signin_admin.client_secret": "Kliens titok (client secret)",
    "signin_admin.secret_new": "A szolgáltatónál regisztrált alkalmazás titka; később nem jelenítjük meg.",
    "signin_admin.roles": "Csoport → szerepkör",
    "signin_admin.roles_help": ("Soronként CSOPORT=SZEREPKÖR (admin, finance, auditor, viewer); akinek egyik "
                                "csoportja sincs itt, megtekintő lesz."),
    "signin_admin.sites": "Csoport → telephelyek",
    "signin_admin.sites_help": ("Soronként CSOPORT=telephely1,telephely2 vagy CSOPORT=*; üresen mindenki minden "
                                "telephelyet lát."),
    "signin_admin.saved": "A céges bejelentkezés beállításai elmentve.",
    "problem.signin.pair": "Ez a sor nem CSOPORT=ÉRTÉK alakú: „{line}”.",
    "problem.signin.role": "Ismeretlen szerepkör ebben a sorban: „{line}” (admin, finance, auditor vagy viewer).",
    "problem.signin.issuer": "A kibocsátó címe https://-sel kezdődjön.",
    "problem.signin.client_id": "Adja meg a kliensazonosítót.",
    "problem.signin.secret_required": "Az első beállításhoz a kliens titok is kell.",
}
