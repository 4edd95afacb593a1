"""The Integrációk page's history back-fill of a Billingo connection (Hungarian, the reference); the
progress line itself is ``core/backfill.progress_text``, shared with the API."""

MESSAGES: dict[str, str] = {
    "integrations.backfill": "Visszamenőleges letöltés",
    "integrations.backfill.title": "Visszamenőleges letöltés: {name}",
    "integrations.backfill.ask": "Új letöltés",
    "integrations.backfill.since": "Ettől a dátumtól (számla kelte)",
    "integrations.backfill.start": "Letöltés indítása",
    "integrations.backfill.help": ("A Billingóban ettől a naptól kiállított minden számla a PDF-jével együtt "
                                   "bekerül az archívumba; ami már megvan, nem töltődik le kétszer. A háttérben "
                                   "a Billingo-lekérdező végzi, szüneteltetett kapcsolatnál is."),
    "integrations.backfill.last": "Legutóbbi letöltés",
    "integrations.backfill.never": "Ehhez a kapcsolathoz még nem kértek visszamenőleges letöltést.",
    "integrations.backfill.requested": "Kérte: {who}, {at} — {since} óta kiállított számlák.",
    "integrations.backfill.refreshing": "Az oldal {seconds} másodpercenként frissül, amíg a letöltés tart.",
    "integrations.backfill.back": "Vissza az Integrációkhoz",
    "integrations.backfill.bad_date": "Adjon meg egy dátumot (ÉÉÉÉ-HH-NN), amely nem a jövőben van.",
    "integrations.backfill.busy": "Ehhez a kapcsolathoz már folyik egy visszamenőleges letöltés; várja meg a végét.",
    "integrations.backfill.no_list": ("Visszamenőleges letöltés nincs: a Számlázz.hu maga küld el minden számlát, "
                                      "nincs lista, amelyből a múltat le lehetne kérni."),
    "audit.action.connection.backfill_requested": "visszamenőleges letöltés kérve",
}
