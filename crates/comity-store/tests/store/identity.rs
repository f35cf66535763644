//! Accounts, roles and the audit trail on both engines: every change audited in its own
//! transaction, bad input refused with nothing written, and `audit_verify` naming the first
//! entry of a trail tampered with in the database itself (altered, deleted, inserted, reordered,
//! truncated).

use crate::engines;

use comity_access::{Membership, OrgRef, Role};
use comity_i18n::Collation;
use comity_store::{Actor, NewAccount, ReferenceData, Store};
use engines::{TestDb, raw};

async fn prepared(db: &TestDb) {
    db.store.migrate_to(None).await.unwrap();
    db.store.sync_reference(&ReferenceData::load(None, &Collation::new()).unwrap()).await.unwrap();
}

fn account(email: &str, org: OrgRef, role: Role) -> NewAccount {
    NewAccount {
        email: email.into(),
        name: "Test Person".into(),
        lang: "fr".into(),
        password_hash: None,
        memberships: vec![Membership { org, role }],
    }
}

async fn count(store: &Store, table: &str) -> i64 {
    store.row_counts().await.unwrap()[table]
}

#[tokio::test]
async fn changes_are_audited_and_bad_input_changes_nothing() {
    for db in engines::all().await {
        prepared(&db).await;
        let s = &db.store;
        let cli = Actor::cli();
        s.create_account(&account("Focal@Example.org ", OrgRef::State("FRA".into()), Role::FocalPoint), &cli)
            .await
            .unwrap();
        // The same address written otherwise is the same account.
        let again = s.create_account(&account("focal@example.org", OrgRef::Secretariat, Role::Admin), &cli).await;
        assert!(again.unwrap_err().to_string().contains("exists already"), "{}", db.label);
        for (bad, why) in [
            (account("not-an-email", OrgRef::Secretariat, Role::Admin), "not an email address"),
            (account("a@b.example", OrgRef::State("FRA".into()), Role::Admin), "held in the Secretariat"),
            (account("a@b.example", OrgRef::Secretariat, Role::Drafter), "held in a State"),
            (account("a@b.example", OrgRef::State("XXX".into()), Role::Drafter), "not the ISO3 code"),
            (
                NewAccount { lang: "de".into(), ..account("a@b.example", OrgRef::Secretariat, Role::Admin) },
                "not one of",
            ),
        ] {
            let e = s.create_account(&bad, &cli).await.unwrap_err().to_string();
            assert!(e.contains(why), "{}: {e}", db.label);
        }
        assert_eq!(count(s, "accounts").await, 1, "{}: refused input wrote nothing", db.label);
        assert_eq!(count(s, "audit_entries").await, 1);

        let drafter = Membership { org: OrgRef::State("FRA".into()), role: Role::Drafter };
        assert!(s.set_role("focal@example.org", &drafter, true, &cli).await.unwrap());
        assert!(!s.set_role("focal@example.org", &drafter, true, &cli).await.unwrap(), "already held: no change");
        assert!(s.set_role("focal@example.org", &drafter, false, &cli).await.unwrap());
        assert!(s.disable_account("FOCAL@example.org", &cli).await.unwrap());
        assert!(!s.disable_account("focal@example.org", &cli).await.unwrap());
        let accounts = s.list_accounts(Some(&OrgRef::State("FRA".into()))).await.unwrap();
        assert_eq!(accounts.len(), 1);
        assert!(accounts[0].disabled);
        assert!(s.list_accounts(Some(&OrgRef::State("DEU".into()))).await.unwrap().is_empty());

        let mut actions = Vec::new();
        s.audit_entries(None, |e| {
            actions.push((e.content.action.clone(), e.content.details.clone(), e.content.org.clone()));
            true
        })
        .await
        .unwrap();
        let names: Vec<&str> = actions.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(names, ["account.create", "role.grant", "role.revoke", "account.disable"], "{}", db.label);
        assert!(actions[1].1.contains(r#""before":["FRA:focal_point"]"#), "{}", actions[1].1);
        assert!(actions.iter().all(|a| a.2.as_deref() == Some("FRA")));
        // A focal point's view: the entries about their State only.
        let mut deu = 0;
        s.audit_entries(Some("DEU"), |_| {
            deu += 1;
            true
        })
        .await
        .unwrap();
        assert_eq!(deu, 0);
        db.drop_db().await;
    }
}

#[tokio::test]
async fn tampering_in_the_database_is_found_at_the_first_entry() {
    let key = comity_access::audit::signing_key(&[9u8; 32]);
    for db in engines::all().await {
        prepared(&db).await;
        let s = &db.store;
        for n in 1..=6 {
            s.create_account(
                &account(&format!("p{n}@example.org"), OrgRef::Secretariat, Role::ReportEditor),
                &Actor::cli(),
            )
            .await
            .unwrap();
        }
        assert_eq!(s.audit_checkpoint(&key).await.unwrap().map(|c| c.seq), Some(6));
        assert_eq!(s.audit_checkpoint(&key).await.unwrap(), None, "nothing new to sign");
        let verify = || async { s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap() };
        let report = verify().await;
        assert_eq!((report.entries, report.checkpoints, report.problem), (6, 1, None), "{}", db.label);

        let problem = |r: comity_store::AuditReport| r.problem.map(|p| p.to_string()).unwrap_or_default();

        // Altered: a field changed in place.
        raw(&db, "UPDATE audit_entries SET object = 'account:someone-else' WHERE seq = 3").await;
        assert_eq!(problem(verify().await), "entry 3 was altered: its content does not give its hash", "{}", db.label);
        raw(&db, "DELETE FROM audit_entries WHERE seq >= 1").await;
        for n in 1..=6 {
            s.create_account(
                &account(&format!("q{n}@example.org"), OrgRef::Secretariat, Role::ReportEditor),
                &Actor::cli(),
            )
            .await
            .unwrap();
        }
        raw(&db, "DELETE FROM audit_checkpoints").await;
        s.audit_checkpoint(&key).await.unwrap();
        assert_eq!(verify().await.problem, None);

        // Reordered: two entries swap places (their numbers exchanged).
        raw(&db, "UPDATE audit_entries SET seq = -2 WHERE seq = 2").await;
        raw(&db, "UPDATE audit_entries SET seq = 2 WHERE seq = 3").await;
        raw(&db, "UPDATE audit_entries SET seq = 3 WHERE seq = -2").await;
        assert!(problem(verify().await).starts_with("entry 2 "), "{}: {}", db.label, problem(verify().await));
        raw(&db, "UPDATE audit_entries SET seq = -2 WHERE seq = 2").await;
        raw(&db, "UPDATE audit_entries SET seq = 2 WHERE seq = 3").await;
        raw(&db, "UPDATE audit_entries SET seq = 3 WHERE seq = -2").await;
        assert_eq!(verify().await.problem, None, "{}: swapped back", db.label);

        // Inserted: a made-up entry with a number of its own, between 4 and 5.
        // (Renumbered through negative numbers: uniqueness is checked row by row.)
        raw(&db, "UPDATE audit_entries SET seq = -(seq + 1) WHERE seq >= 5").await;
        raw(&db, "UPDATE audit_entries SET seq = -seq WHERE seq < 0").await;
        raw(
            &db,
            "INSERT INTO audit_entries (seq, at, action, object, details, prev_hash, hash) \
                SELECT 5, at, 'role.grant', object, details, hash, hash FROM audit_entries WHERE seq = 4",
        )
        .await;
        let p = problem(verify().await);
        assert!(p.starts_with("entry 5 "), "{}: {p}", db.label);
        raw(&db, "DELETE FROM audit_entries WHERE seq = 5").await;
        raw(&db, "UPDATE audit_entries SET seq = -(seq - 1) WHERE seq >= 6").await;
        raw(&db, "UPDATE audit_entries SET seq = -seq WHERE seq < 0").await;
        assert_eq!(verify().await.problem, None, "{}: removed again", db.label);

        // Deleted: an entry in the middle.
        raw(&db, "DELETE FROM audit_entries WHERE seq = 4").await;
        assert_eq!(problem(verify().await), "entries before entry 5 were deleted", "{}", db.label);

        // Truncated: the newest entries, up to the signed one, are gone.
        raw(&db, "DELETE FROM audit_entries WHERE seq >= 4").await;
        assert_eq!(problem(verify().await), "entries up to the signed entry 6 are missing from the end");

        // A key other than the deployment's does not verify the checkpoints.
        let other = comity_access::audit::signing_key(&[1u8; 32]);
        assert!(
            problem(s.audit_verify(&other.verifying_key(), &[], &Default::default()).await.unwrap())
                .contains("bad signature")
        );
        db.drop_db().await;
    }
}

#[tokio::test]
async fn sessions_live_until_ended_and_tokens_until_revoked() {
    for db in engines::all().await {
        prepared(&db).await;
        let s = &db.store;
        let id = s
            .create_account(&account("s@example.org", OrgRef::State("FRA".into()), Role::Drafter), &Actor::cli())
            .await
            .unwrap();
        let token = s.create_session(&id, false, &Actor::default()).await.unwrap();
        let info = s.session(&token).await.unwrap().expect("a live session");
        assert!(!info.second_factor_done);
        assert_eq!(info.memberships, vec![Membership { org: OrgRef::State("FRA".into()), role: Role::Drafter }]);
        assert!(s.session("0".repeat(64).as_str()).await.unwrap().is_none());
        s.end_session(&token, &Actor::default()).await.unwrap();
        assert!(s.session(&token).await.unwrap().is_none(), "{}", db.label);
        let (_, secret) = s
            .create_token(&id, "ci", &[comity_access::Permission::DraftSubmission], 30, &Actor::default())
            .await
            .unwrap();
        let via_token = s.token_session(&secret).await.unwrap().expect("a valid token");
        assert_eq!(via_token.scopes, Some(vec![comity_access::Permission::DraftSubmission]));
        let listed = s.list_tokens(&id).await.unwrap();
        assert!(s.revoke_token(&id, &listed[0].id, &Actor::default()).await.unwrap());
        assert!(s.token_session(&secret).await.unwrap().is_none());
        db.drop_db().await;
    }
}

#[tokio::test]
async fn links_work_once_and_not_after_they_expire() {
    for db in engines::all().await {
        prepared(&db).await;
        let s = &db.store;
        let (_, secret) = s
            .invite(&account("i@example.org", OrgRef::State("FRA".into()), Role::Drafter), &Actor::cli())
            .await
            .unwrap();
        assert!(s.link_target(&secret).await.unwrap().is_ok());
        raw(&db, "UPDATE account_links SET expires_at = 1").await;
        assert_eq!(
            s.link_target(&secret).await.unwrap().unwrap_err(),
            comity_store::LinkProblem::Expired,
            "{}",
            db.label
        );
        let hash = comity_access::password::hash("a long enough passphrase").unwrap();
        assert!(s.use_link(&secret, &hash, &Actor::default()).await.unwrap().is_err(), "an expired link sets nothing");
        assert!(!s.list_accounts(None).await.unwrap()[0].has_password);
        assert_eq!(s.link_target("nope").await.unwrap().unwrap_err(), comity_store::LinkProblem::Unknown);
        // Resets: none for an address without an account, at most three an hour.
        assert!(s.request_reset("nobody@example.org", &Actor::default()).await.unwrap().is_none());
        db.drop_db().await;
    }
}

/// Rewrites that took the checkpoints with them (finding 12 of the security review): caught by
/// the checkpoints kept outside the database, and a trail signed by nothing, or not signed in
/// time, is never called intact.
#[tokio::test]
async fn rewrites_with_their_checkpoints_are_caught_by_the_copies_kept_outside() {
    use comity_access::audit::{Freshness, Problem};
    let key = comity_access::audit::signing_key(&[9u8; 32]);
    let later = Freshness { cutoff: Some("9999-01-01T00:00:00Z".into()) };
    for db in engines::all().await {
        prepared(&db).await;
        let s = &db.store;
        let mut outside = Vec::new();
        for n in 1..=6 {
            s.create_account(
                &account(&format!("p{n}@example.org"), OrgRef::Secretariat, Role::ReportEditor),
                &Actor::cli(),
            )
            .await
            .unwrap();
            if n == 2 || n == 6 {
                outside.push(s.audit_checkpoint(&key).await.unwrap().unwrap());
            }
        }
        let public = key.verifying_key();
        let verify = |kept: Vec<comity_access::audit::Checkpoint>, freshness: Freshness| async move {
            s.audit_verify(&public, &kept, &freshness).await.unwrap().problem
        };
        assert_eq!(verify(outside.clone(), later.clone()).await, None, "{}", db.label);

        // Entry 3 edited, every later hash chained again, the checkpoints after it deleted.
        let mut entries = Vec::new();
        s.audit_entries(None, |e| {
            entries.push(e);
            true
        })
        .await
        .unwrap();
        entries[2].content.object = "account:forged".into();
        let mut prev = (entries[1].seq, entries[1].hash.clone());
        for e in &entries[2..] {
            let again = comity_access::audit::chain(Some((prev.0, &prev.1)), e.content.clone());
            raw(
                &db,
                &format!(
                    "UPDATE audit_entries SET object = '{}', prev_hash = '{}', hash = '{}' WHERE seq = {}",
                    again.content.object, again.prev_hash, again.hash, e.seq
                ),
            )
            .await;
            prev = (again.seq, again.hash);
        }
        raw(&db, "DELETE FROM audit_checkpoints WHERE seq > 2").await;
        assert_eq!(
            verify(vec![], later.clone()).await,
            Some(Problem::UnsignedSince { seq: 3 }),
            "{}: not signed in time",
            db.label
        );
        assert_eq!(
            verify(outside.clone(), Freshness::default()).await,
            Some(Problem::Rewritten { seq: 6 }),
            "{}",
            db.label
        );
        // ... or all of them.
        raw(&db, "DELETE FROM audit_checkpoints").await;
        assert_eq!(
            verify(vec![], Freshness::default()).await,
            Some(Problem::Unsigned { seq: 1 }),
            "{}: never intact unsigned",
            db.label
        );
        assert_eq!(
            verify(outside.clone(), Freshness::default()).await,
            Some(Problem::Rewritten { seq: 6 }),
            "{}",
            db.label
        );

        // The last entries deleted with their checkpoints.
        raw(&db, "DELETE FROM audit_entries WHERE seq >= 3").await;
        s.audit_checkpoint(&key).await.unwrap();
        assert_eq!(verify(vec![], later.clone()).await, None, "{}: the database alone cannot tell", db.label);
        assert_eq!(
            verify(outside.clone(), Freshness::default()).await,
            Some(Problem::Truncated { seq: 6 }),
            "{}",
            db.label
        );

        // The trail emptied, checkpoints and all.
        raw(&db, "DELETE FROM audit_entries").await;
        raw(&db, "DELETE FROM audit_checkpoints").await;
        assert_eq!(verify(vec![], Freshness::default()).await, None, "{}: an empty trail is empty", db.label);
        assert_eq!(
            verify(outside.clone(), Freshness::default()).await,
            Some(Problem::Truncated { seq: 2 }),
            "{}",
            db.label
        );
        db.drop_db().await;
    }
}
