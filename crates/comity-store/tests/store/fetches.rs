//! Fetches from the Official Document System on both engines: a fetch is queued once per
//! (symbol, language) and audited, one node at a time holds it under a lease, a node that lost
//! its lease records nothing, a node starting again lets go of what it held, and the fetch
//! finishes (audited) with its last item.

use crate::engines;

use std::time::Duration;

use comity_i18n::Lang;
use comity_store::{Actor, FetchOutcome, IngestOutcome};

#[tokio::test]
async fn a_fetch_is_worked_through_by_one_node_at_a_time() {
    for db in engines::all().await {
        let s = &db.store;
        s.migrate_to(None).await.unwrap();
        let editor = Actor {
            account: Some("editor-1".into()),
            org: Some("SECRETARIAT".into()),
            role: Some("report_editor".into()),
            ..Actor::default()
        };
        assert!(s.queue_fetch(&[], &editor).await.is_err(), "{}: nothing to fetch", db.label);
        let too_many: Vec<(String, Lang)> = (0..601).map(|n| (format!("A/RES/80/{n}"), Lang::En)).collect();
        let refused = s.queue_fetch(&too_many, &editor).await.unwrap_err().to_string();
        assert!(refused.contains("must be 1 to 600, not 601"), "{refused}");
        assert!(s.fetches(10).await.unwrap().is_empty(), "{}: nothing queued by a refusal", db.label);

        let asked = [
            ("A/RES/76/19".to_string(), Lang::En),
            ("A/RES/76/19".to_string(), Lang::Fr),
            ("A/RES/76/19".to_string(), Lang::En),
            ("A/C.1/80/L.28".to_string(), Lang::Ar),
        ];
        let id = s.queue_fetch(&asked, &editor).await.unwrap();
        let fetch = s.fetch(&id).await.unwrap().unwrap();
        assert_eq!(fetch.items.len(), 3, "{}: each version once", db.label);
        assert_eq!(fetch.requested_by.as_deref(), Some("editor-1"));
        assert_eq!((fetch.done(), fetch.finished_at.is_some()), (0, false));

        let lease = Duration::from_secs(60);
        let held = s.claim_fetch("node-a", lease).await.unwrap().expect("node a takes it");
        assert_eq!(held.id, id);
        assert!(s.claim_fetch("node-b", lease).await.unwrap().is_none(), "{}: held by node a", db.label);
        let stored = FetchOutcome::Ingested { outcome: IngestOutcome::Stored, warnings: 2 };
        assert!(!s.record_fetch_item(&id, 0, stored, "node-b", lease).await.unwrap(), "not node b's to record");
        let stored = FetchOutcome::Ingested { outcome: IngestOutcome::Stored, warnings: 2 };
        assert!(s.record_fetch_item(&id, 0, stored, "node-a", lease).await.unwrap());

        // Node a stops and starts again: what it held is free at once, and node b takes the
        // items still waiting.
        assert_eq!(s.release_claims("node-a").await.unwrap(), 1);
        let resumed = s.claim_fetch("node-b", lease).await.unwrap().expect("node b takes it over");
        assert_eq!(resumed.items.iter().map(|i| i.position).collect::<Vec<_>>(), [1, 2], "only what waits");
        let late = FetchOutcome::Refused { code: "not-found", reason: "no fr version" };
        assert!(!s.record_fetch_item(&id, 1, late, "node-a", lease).await.unwrap(), "node a lost the lease");
        let missing = FetchOutcome::Refused { code: "not-found", reason: "the ODS has no fr version" };
        assert!(s.record_fetch_item(&id, 1, missing, "node-b", lease).await.unwrap());
        assert!(s.fetch(&id).await.unwrap().unwrap().finished_at.is_none());
        let unchanged = FetchOutcome::Ingested { outcome: IngestOutcome::Unchanged, warnings: 0 };
        assert!(s.record_fetch_item(&id, 2, unchanged, "node-b", lease).await.unwrap());

        let fetch = s.fetch(&id).await.unwrap().unwrap();
        assert!(fetch.finished_at.is_some(), "{}: finished with its last item", db.label);
        let outcomes: Vec<_> = fetch.items.iter().map(|i| i.outcome.clone().unwrap()).collect();
        assert_eq!(outcomes, ["stored", "refused", "unchanged"]);
        assert_eq!((fetch.items[0].warnings, fetch.items[1].reason_code.as_deref()), (2, Some("not-found")));
        assert!(s.claim_fetch("node-c", lease).await.unwrap().is_none(), "a finished fetch is not taken");
        let listed = s.fetches(10).await.unwrap();
        assert_eq!((listed.len(), listed[0].items, listed[0].done, listed[0].refused), (1, 3, 3, 1));

        let mut actions = Vec::new();
        s.audit_entries(None, |e| {
            actions.push((e.content.action.clone(), e.content.actor_account.clone()));
            true
        })
        .await
        .unwrap();
        assert!(actions.contains(&("documents.fetch".into(), Some("editor-1".into()))), "{actions:?}");
        assert!(actions.iter().any(|(a, by)| a == "documents.fetch.finish" && by.is_none()), "{actions:?}");
        db.drop_db().await;
    }
}
