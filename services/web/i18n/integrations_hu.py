"""The Integrációk page's later share: what a pause means per kind, edit forms and test fetches of
NAV, pull and own-system connections (Hungarian, the reference)."""

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
}
