"""Pure pieces of the walking skeleton: keys, signatures, search, archive plan, audit chain, match."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from services.core.audit_chain import next_entry, verify_chain
from services.core.enums import Outcome, Stage
from services.core.errors import BadSignatureError, ReasonCode
from services.core.events import derive, raw_event
from services.core.keys import archive_key, event_id_for, invoice_id_of, partition_key_of
from services.core.search_query import InvoiceQuery, build_filter
from services.core.search_terms import build_search_terms, fold, query_terms
from services.core.stages.archive import known_versions, plan_archive, retain_until
from services.core.webhook_signature import sign, verify

NOW = datetime(2025, 9, 8, 10, 0, tzinfo=UTC)
SHA_A, SHA_B = "a" * 64, "b" * 64


def _raw(external_id: str = "inv-1", sha: str = SHA_A) -> dict:
    return raw_event(tenant="acme", site="budapest", source_kind="own_system", connection_id="erp",
                     external_id=external_id, correlation_id="c-1", now=NOW, metadata=None,
                     document={"sha256": sha, "bucket": "bkt", "object_key": "k", "media_type": "application/pdf",
                               "size": 10, "filename": None})


def test_ids_are_derived_so_a_replay_gets_the_same_ones() -> None:
    assert _raw()["event_id"] == _raw()["event_id"]
    assert _raw(sha=SHA_B)["event_id"] != _raw()["event_id"]
    assert invoice_id_of(_raw()) == invoice_id_of(_raw(sha=SHA_B))  # same invoice, new content
    assert invoice_id_of(_raw("inv-2")) != invoice_id_of(_raw())
    assert partition_key_of(_raw()) == "acme|own_system|erp|inv-1"
    assert event_id_for("parse", _raw(), SHA_A) != event_id_for("match", _raw(), SHA_A)


def test_derive_keeps_the_envelope_and_changes_only_id_schema_time() -> None:
    later = datetime(2025, 9, 9, tzinfo=UTC)
    parsed = derive(_raw(), stage=Stage.PARSE, schema="invoice.parsed.v1", now=later, content_sha256=SHA_A, x=1)
    for name in ("tenant", "site", "source", "external_id", "correlation_id"):
        assert parsed[name] == _raw()[name]
    assert parsed["schema"] == "invoice.parsed.v1" and parsed["x"] == 1
    assert parsed["occurred_at"] == later.isoformat()
    assert parsed["event_id"] != _raw()["event_id"]


@pytest.mark.parametrize(
    ("timestamp", "signature", "reason"),
    [
        pytest.param(None, "v1=00", ReasonCode.MISSING_SIGNATURE, id="no-timestamp"),
        pytest.param("1757325600", None, ReasonCode.MISSING_SIGNATURE, id="no-signature"),
        pytest.param("yesterday", "v1=00", ReasonCode.BAD_SIGNATURE, id="timestamp-not-a-number"),
        pytest.param("1757320000", "computed", ReasonCode.STALE_TIMESTAMP, id="stale"),
        pytest.param("1757325600", "v1=" + "0" * 64, ReasonCode.BAD_SIGNATURE, id="wrong-mac"),
    ],
)
def test_webhook_signature_failures_say_why(timestamp: str | None, signature: str | None, reason: str) -> None:
    body = b'{"a":1}'
    if signature == "computed":
        signature = sign("s3cret", int(timestamp or 0), body)
    with pytest.raises(BadSignatureError) as err:
        verify(["s3cret"], timestamp, signature, body, now=1757325600.0, tolerance_seconds=300)
    assert err.value.reason == reason


def test_webhook_signature_accepts_either_secret_during_rotation_and_binds_the_body() -> None:
    body, ts = b"payload", 1757325600
    for secret in ("old", "new"):
        assert verify(["old", "new"], str(ts), sign(secret, ts, body), body, ts + 10, 300) == ts
    with pytest.raises(BadSignatureError):
        verify(["old", "new"], str(ts), sign("new", ts, body), body + b"x", ts, 300)
    with pytest.raises(BadSignatureError):  # the timestamp is inside the MAC
        verify(["new"], str(ts + 1), sign("new", ts, body), body, ts, 300)


def test_search_terms_are_accent_folded_and_keep_numbers_whole_and_in_parts() -> None:
    assert fold("Árvíztűrő TÜKÖRFÚRÓGÉP") == "arvizturo tukorfurogep"
    terms = build_search_terms("Számla 2025/0042", "Zöldülő Kft.", "12345676-2-41")
    for t in ("szamla", "2025/0042", "0042", "zoldulo", "kft", "12345676-2-41", "12345676"):
        assert t in terms
    assert query_terms("ZÖLDÜLŐ kft kft") == ["zoldulo", "kft"]


def test_search_filter_combines_every_criterion() -> None:
    q = InvoiceQuery(tenant="acme", sites=("pecs",), client="12345676-2-41", issue_from=date(2025, 1, 1),
                     issue_to=date(2025, 1, 31), gross_min=Decimal("100"), gross_max=Decimal("200.5"),
                     number="2025/", text="Zöldülő")
    clauses = build_filter(q)["$and"]
    assert {"tenant": "acme"} in clauses and {"site": {"$in": ["pecs"]}} in clauses
    assert {"issue_date": {"$gte": "2025-01-01", "$lte": "2025-01-31"}} in clauses
    assert {"gross_amount": {"$gte": 100.0, "$lte": 200.5}} in clauses
    assert {"search_terms": {"$all": ["zoldulo"]}} in clauses
    assert any("$or" in c and "12345676" in str(c) for c in clauses)
    assert build_filter(InvoiceQuery(tenant="acme")) == {"tenant": "acme"}


def test_archive_plan_first_new_version_and_duplicate() -> None:
    matched = _raw()
    first = plan_archive(matched, [])
    assert (first.outcome, first.version) == (Outcome.OK, 1)
    assert first.object_key == archive_key("acme", invoice_id_of(matched))
    v1 = {"sha256": SHA_B, "version": 1}
    assert plan_archive(matched, [v1]).outcome is Outcome.NEW_VERSION
    assert plan_archive(matched, [v1]).version == 2
    again = plan_archive(matched, [v1, {"sha256": SHA_A, "version": 2}])
    assert (again.outcome, again.version) == (Outcome.DUPLICATE, 2)


def test_known_versions_from_reads_by_id_plan_like_the_whole_list() -> None:
    matched = _raw()
    own = {"sha256": SHA_A, "version": 2, "_id": "x"}
    assert known_versions(SHA_A, own, [(3, SHA_B)]) == [own]  # stored: a duplicate, whatever else is named
    assert known_versions(SHA_A, None, []) == []  # nothing stored: the first version
    after_v3 = plan_archive(matched, known_versions(SHA_A, None, [(3, SHA_B), (2, "other")]))
    assert (after_v3.outcome, after_v3.version) == (Outcome.NEW_VERSION, 4)
    # The view already names this content but its record is missing (a crash before the commit
    # point): the replay takes the same number again, not the next one.
    resumed = plan_archive(matched, known_versions(SHA_A, None, [(3, SHA_A), (2, SHA_B)]))
    assert (resumed.outcome, resumed.version) == (Outcome.NEW_VERSION, 3)
    first_again = plan_archive(matched, known_versions(SHA_A, None, [(1, SHA_A)]))
    assert (first_again.outcome, first_again.version) == (Outcome.OK, 1)


def test_retention_runs_eight_years_from_the_end_of_the_issue_year() -> None:
    assert retain_until(date(2025, 3, 1), date(2026, 1, 1), 8) == date(2033, 12, 31)
    assert retain_until(None, date(2026, 1, 5), 8) == date(2034, 12, 31)


def test_audit_chain_detects_edits_deletions_and_reordering() -> None:
    entries: list[dict] = []
    for i in range(4):
        entries.append(next_entry(entries[-1] if entries else None, tenant="acme", at=f"t{i}", actor="u",
                                  action="invoice.pdf.read", target=f"inv-{i}", details={"i": i}))
    intact = verify_chain(entries)
    assert (intact.ok, intact.entries, intact.head_hash) == (True, 4, entries[-1]["hash"])
    assert intact.explain() == "4 entries, chain intact"
    edited = [dict(e) for e in entries]
    edited[1]["actor"] = "someone else"
    altered = verify_chain(edited)
    assert (altered.ok, altered.problem, altered.seq, altered.entries) == (False, "altered", 2, 1)
    assert altered.explain() == "entry 2 was altered"
    assert verify_chain([entries[0], entries[2], entries[3]]).problem == "missing"
    assert verify_chain([entries[1], entries[0]]).problem == "missing"


def test_every_derived_event_carries_when_its_invoice_was_accepted_at_ingest() -> None:
    from datetime import UTC, datetime

    from services.core.enums import Stage
    from services.core.events import derive, ingested_at, raw_event

    raw = raw_event(tenant="acme", site="hq", source_kind="own_system", connection_id="erp", external_id="x-1",
                    correlation_id="c", now=datetime(2025, 1, 1, 8, tzinfo=UTC), metadata=None,
                    document={"sha256": "a" * 64, "bucket": "b", "object_key": "k", "media_type": "application/pdf",
                              "size": 3, "filename": None})
    parsed = derive(raw, stage=Stage.PARSE, schema="invoice.parsed.v1", now=datetime(2025, 1, 1, 9, tzinfo=UTC),
                    content_sha256="a" * 64)
    matched = derive(parsed, stage=Stage.MATCH, schema="invoice.matched.v1",
                     now=datetime(2025, 1, 1, 10, tzinfo=UTC), content_sha256="a" * 64)
    assert ingested_at(raw) == parsed["ingested_at"] == matched["ingested_at"] == raw["occurred_at"]
    assert matched["occurred_at"] != matched["ingested_at"]
