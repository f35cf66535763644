//! What identity costs the server: Argon2id hashing, a whole password check (throttle counts,
//! hash, attempt and audit entry), a session lookup and an API token lookup per request, and
//! `audit verify` over a large trail (filled here in bulk, chained exactly as the store does).
//!
//!     cargo run --release -p comity-store --example identity-bench [AUDIT_ENTRIES]
//!
//! SQLite in a temporary directory by default; PostgreSQL with COMITY_BENCH_DATABASE_URL.

use std::time::{Duration, Instant};

use comity_access::audit::{self, EntryContent};
use comity_access::{Membership, OrgRef, Permission, Role};
use comity_i18n::Collation;
use comity_store::{Actor, DatabaseUrl, NewAccount, OpenOptions, ReferenceData, Store};

fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let pick = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3;
    println!("{label}: n={}, p50 {:.3} ms, p99 {:.3} ms", times.len(), pick(0.5), pick(0.99));
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let entries: i64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let url: DatabaseUrl = match std::env::var("COMITY_BENCH_DATABASE_URL") {
        Ok(u) => u.parse().unwrap(),
        Err(_) => {
            DatabaseUrl::embedded(&std::env::temp_dir().join(format!("comity-identity-bench-{}", std::process::id())))
        }
    };
    let store = Store::open(&url, OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    store.sync_reference(&ReferenceData::load(None, &Collation::new()).unwrap()).await.unwrap();
    println!("database: {}", url.redacted());

    let mut hashes = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        comity_access::password::hash("a long enough passphrase").unwrap();
        hashes.push(t.elapsed());
    }
    report("Argon2id hash (m=19 MiB, t=2, p=1)", hashes);

    let password_hash = comity_access::password::hash("a long enough passphrase").unwrap();
    let id = store
        .create_account(
            &NewAccount {
                email: format!("bench{}@example.org", std::process::id()),
                name: "Bench".into(),
                lang: "en".into(),
                password_hash: Some(password_hash),
                memberships: vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }],
            },
            &Actor::cli(),
        )
        .await
        .unwrap();
    let email = format!("bench{}@example.org", std::process::id());
    let mut sign_ins = Vec::new();
    for i in 0..20 {
        // Each from its own address, so throttling does not end the run.
        let actor = Actor { address: Some(format!("10.0.0.{i}")), ..Actor::default() };
        let t = Instant::now();
        let outcome = store.check_password(&email, "a long enough passphrase", &actor).await.unwrap();
        sign_ins.push(t.elapsed());
        assert!(matches!(outcome, comity_store::SignIn::Succeeded { .. }));
    }
    report("sign-in password check (throttle counts, Argon2id verify, attempt + audit entry)", sign_ins);

    let token = store.create_session(&id, true, &Actor::default()).await.unwrap();
    let mut lookups = Vec::new();
    for _ in 0..5000 {
        let t = Instant::now();
        let info = store.session(&token).await.unwrap().unwrap();
        let principal =
            comity_access::Principal { account_id: info.account_id.clone(), memberships: info.memberships.clone() };
        let d = comity_access::decide(
            Some(&principal),
            Permission::ListUsers,
            &comity_access::Target::Org(OrgRef::State("FRA".into())),
        );
        lookups.push(t.elapsed());
        assert_eq!(d, comity_access::Decision::Allow);
    }
    report("session lookup + policy decision per request", lookups);
    let (_, secret) = store.create_token(&id, "bench", &[Permission::ListUsers], 30, &Actor::default()).await.unwrap();
    let mut tokens = Vec::new();
    for _ in 0..5000 {
        let t = Instant::now();
        store.token_session(&secret).await.unwrap().unwrap();
        tokens.push(t.elapsed());
    }
    report("API token lookup per request", tokens);

    // A large trail, chained after what the store wrote above, inserted in bulk.
    let mut last: Option<(i64, String)> = None;
    store
        .audit_entries(None, |e| {
            last = Some((e.seq, e.hash));
            true
        })
        .await
        .unwrap();
    let started = Instant::now();
    let mut batch: Vec<audit::Entry> = Vec::with_capacity(5000);
    let mut written = 0i64;
    while written < entries {
        let content = EntryContent {
            at: "2026-11-24T12:00:00.000000Z".into(),
            actor_account: Some(id.clone()),
            actor_org: Some("FRA".into()),
            actor_role: Some("focal_point".into()),
            action: "role.grant".into(),
            object: format!("account:{written}"),
            org: Some("FRA".into()),
            details: r#"{"roles":{"before":["FRA:drafter"],"after":["FRA:drafter","FRA:approver"]}}"#.into(),
            address: Some("192.0.2.10".into()),
            user_agent: Some("Mozilla/5.0 (bench)".into()),
            request_id: Some(format!("01a20d59-e43a-77d1-99dc-{written:012}")),
        };
        let entry = audit::chain(last.as_ref().map(|(s, h)| (*s, h.as_str())), content);
        last = Some((entry.seq, entry.hash.clone()));
        batch.push(entry);
        written += 1;
        if batch.len() == 5000 || written == entries {
            store.bench_insert_audit_entries(&batch).await.unwrap();
            batch.clear();
        }
    }
    println!("filled {entries} audit entries in {:.1} s", started.elapsed().as_secs_f64());
    let key = audit::signing_key(&[7u8; 32]);
    store.audit_checkpoint(&key).await.unwrap();
    let t = Instant::now();
    let report_ = store.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap();
    println!(
        "audit verify: {} entries, {} checkpoints, problem {:?}, in {:.2} s",
        report_.entries,
        report_.checkpoints,
        report_.problem,
        t.elapsed().as_secs_f64()
    );
    store.close().await;
}
