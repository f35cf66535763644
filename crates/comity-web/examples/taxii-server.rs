//! A Comity TAXII server for the side-by-side benchmark with medallion (scripts/bench-taxii):
//! SQLite in a temporary directory, Kenya's and France's technical contacts listed, an API
//! token for each; serves on 127.0.0.1:PORT until killed, after printing one JSON line with
//! the discovery URL and the tokens.
//!
//!     cargo run --release -p comity-web --example taxii-server PORT

use std::sync::Arc;

use comity_access::{Membership, OrgRef, Permission, Role};
use comity_i18n::Collation;
use comity_store::{Actor, DatabaseUrl, NewAccount, OpenOptions, ReferenceData, Store};
use comity_web::{App, Catalog};

async fn token(store: &Store, email: &str, state: &str) -> String {
    let account = NewAccount {
        email: email.into(),
        name: email.into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![Membership { org: OrgRef::State(state.into()), role: Role::PocTechnical }],
    };
    let id = store.create_account(&account, &Actor::cli()).await.unwrap();
    store.create_token(&id, "bench", &[Permission::ExchangeMessages], 1, &Actor::cli()).await.unwrap().1
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let port: u16 = std::env::args().nth(1).and_then(|a| a.parse().ok()).expect("a port");
    let dir = std::env::temp_dir().join(format!("comity-taxii-bench-{}", std::process::id()));
    let store = Store::open(&DatabaseUrl::embedded(&dir), OpenOptions::default()).await.unwrap();
    store.migrate_to(None).await.unwrap();
    let collation = Collation::new();
    store.sync_reference(&ReferenceData::load(None, &collation).unwrap()).await.unwrap();
    let states = comity_states::StateRegistry::embedded(&collation).unwrap();
    let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
        KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
        FRA,technical,Luc Bernard,Analyste,CERT-FR,cert@cert-fr.example,,fr,24/7,Europe/Paris,\n";
    let (rows, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    store.import_nominations(&rows, true, "bench.csv", &Actor::cli()).await.unwrap();
    let kenya = token(&store, "analyst@ke-cirt.example", "KEN").await;
    let france = token(&store, "luc@cert-fr.example", "FRA").await;
    let catalog = Catalog::load(&store).await.unwrap();
    let app = Arc::new(App::for_benchmarks(store, catalog));
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap();
    println!(
        "{}",
        serde_json::json!({ "url": format!("http://127.0.0.1:{port}/taxii2/"), "kenya": kenya, "france": france })
    );
    comity_web::serve(app, listener, async {
        tokio::signal::ctrl_c().await.ok();
    })
    .await
    .unwrap();
    std::fs::remove_dir_all(dir).ok();
}
