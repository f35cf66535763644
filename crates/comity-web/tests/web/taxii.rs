//! The TAXII 2.1 channel against the real clients: a server on loopback, three States'
//! technical contacts with API tokens, and tests/taxii/clients.py driving it with the OASIS
//! `taxii2-client` (discovery, collections, add, get with pagination, status, manifest,
//! versions, errors) and checking every object served with the OASIS `stix2-validator`.
//! Without the Python packages the test says so and passes, unless COMITY_REQUIRE_VALIDATORS=1
//! (CI), where it fails.

use crate::common::TestApp;
use comity_access::{Membership, OrgRef, Permission, Role};
use comity_store::{Actor, NewAccount};

fn clients_available() -> bool {
    let found = std::process::Command::new("python3")
        .args(["-c", "import taxii2client, stix2validator"])
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"),
            "COMITY_REQUIRE_VALIDATORS=1 but taxii2-client or stix2-validator is not installed (pip install taxii2-client stix2-validator)"
        );
        eprintln!("skipped: pip install taxii2-client stix2-validator to run the TAXII clients");
    }
    found
}

async fn contact_token(t: &TestApp, email: &str, state: &str) -> String {
    let account = NewAccount {
        email: email.into(),
        name: email.into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![Membership { org: OrgRef::State(state.into()), role: Role::PocTechnical }],
    };
    let id = t.app.store.create_account(&account, &Actor::cli()).await.unwrap();
    t.app.store.create_token(&id, "CERT", &[Permission::ExchangeMessages], 30, &Actor::cli()).await.unwrap().1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_oasis_clients_exchange_messages_through_comity() {
    if !clients_available() {
        return;
    }
    let t = TestApp::new().await;
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
        KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
        FRA,technical,Luc Bernard,Analyste,CERT-FR,cert@cert-fr.example,,fr,24/7,Europe/Paris,\n";
    let (rows, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    t.app.store.import_nominations(&rows, true, "n.csv", &Actor::cli()).await.unwrap();
    let kenya = contact_token(&t, "analyst@ke-cirt.example", "KEN").await;
    let france = contact_token(&t, "luc@cert-fr.example", "FRA").await;
    let china = contact_token(&t, "cert@cncert.example", "CHN").await;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let app = t.app.clone();
    let server = tokio::spawn(async move {
        comity_web::serve(app, listener, std::future::pending()).await.unwrap();
    });
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/taxii/clients.py");
    let output = tokio::process::Command::new("python3")
        .arg(script)
        .env("COMITY_TAXII_URL", format!("http://127.0.0.1:{port}/taxii2/"))
        .env("COMITY_TOKEN_KENYA", &kenya)
        .env("COMITY_TOKEN_FRANCE", &france)
        .env("COMITY_TOKEN_CHINA", &china)
        .output()
        .await
        .unwrap();
    server.abort();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the TAXII clients failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("all TAXII checks passed"), "{stdout}");

    // What the clients posted is in the portal, as messages from Kenya to France.
    let reader = comity_contacts::messages::Reader {
        account_id: t.app.store.token_session(&france).await.unwrap().unwrap().account_id,
        state: "FRA".into(),
        contact_role: true,
    };
    let messages = t.app.store.messages_for(&reader, &Default::default(), 100).await.unwrap();
    assert_eq!(messages.iter().filter(|m| m.sender_state == "KEN").count(), 5);
    assert_eq!(messages.iter().filter(|m| m.sender_state == "FRA").count(), 1, "France's reply");

    // The operators see the objects go through.
    let scrape = axum::http::Request::get("/metrics")
        .header("authorization", format!("Bearer {}", crate::common::METRICS_TOKEN))
        .body(axum::body::Body::empty())
        .unwrap();
    let (_, _, metrics) = t.request(scrape).await;
    let count = |direction: &str| -> u64 {
        let prefix = format!("comity_taxii_objects_total{{direction=\"{direction}\"}} ");
        metrics.lines().find_map(|l| l.strip_prefix(&prefix)).and_then(|n| n.parse().ok()).unwrap_or(0)
    };
    assert!(count("added") >= 6 && count("served") >= 1, "{metrics}");
}
