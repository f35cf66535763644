//! The application under test: the real router over a fresh SQLite database, and requests
//! sent to it as a client would.

pub mod accounts;
pub mod client;
pub mod smtp;

/// The token the test app's `/metrics` answers to.
pub const METRICS_TOKEN: &str = "test-metrics-token";

pub use accounts::{PASSWORD, account, me_id, now_code, sign_in_and_enrol};
pub use client::{between, enc, form, get, link_in, location, session_from, upload, upload_with};

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use comity_i18n::Collation;
use comity_store::{DatabaseUrl, OpenOptions, ReferenceData, Store};
use comity_web::{App, AppState, Catalog, router};
use http_body_util::BodyExt;
use tower::ServiceExt;

pub struct TestApp {
    pub app: AppState,
    dir: std::path::PathBuf,
}

impl TestApp {
    /// How many entries of the audit trail record `action`.
    pub async fn audited(&self, action: &str) -> usize {
        let mut n = 0;
        self.app
            .store
            .audit_entries(None, |e| {
                n += usize::from(e.content.action == action);
                true
            })
            .await
            .unwrap();
        n
    }

    pub async fn new() -> TestApp {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("comity_web_test_{}_{n}", std::process::id()));
        let store = Store::open(&DatabaseUrl::embedded(&dir), OpenOptions::default()).await.unwrap();
        store.migrate_to(None).await.unwrap();
        store.sync_reference(&ReferenceData::load(None, &Collation::new()).unwrap()).await.unwrap();
        let catalog = Catalog::load(&store).await.unwrap();
        let webauthn = comity_web::webauthn_for("http://localhost:8080").ok().map(Arc::new);
        TestApp {
            app: Arc::new(App {
                store,
                catalog,
                mail: None,
                webauthn,
                pages: Default::default(),
                public_index: Default::default(),
                rate: Default::default(),
                metrics: comity_web::metrics::Metrics::new(Some(crate::common::METRICS_TOKEN)),
            }),
            dir,
        }
    }

    /// Ingests the parser's fixtures (English draft and resolution, French resolution, Arabic draft).
    /// The application with outgoing mail going to a test mail server on loopback.
    pub async fn with_mail() -> (TestApp, smtp::Inbox) {
        let (relay, inbox) = smtp::start().await;
        let mut t = TestApp::new().await;
        let mailer = comity_mail::Mailer::new(&relay, "Comity <comity@test.example>", None).unwrap();
        let mail = comity_jobs::Mail {
            mailer,
            public_url: "https://comity.test.example".into(),
            node: "test-node".into(),
            own_mailbox: false,
        };
        let app = Arc::get_mut(&mut t.app).expect("not shared yet");
        app.mail = Some(mail);
        (t, inbox)
    }

    pub async fn with_documents(self) -> TestApp {
        let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
        for name in ["en-draft-pdf.txt", "en-resolution.txt", "fr-resolution.txt", "ar-draft.txt"] {
            let bytes =
                std::fs::read(format!("{}/../comity-documents/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR")))
                    .unwrap();
            let doc = comity_documents::parse(&bytes, &comity_documents::ParseOptions::default(), &states).unwrap();
            self.app.store.ingest_document(&doc, name, &bytes).await.unwrap();
        }
        self
    }

    pub async fn get(&self, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
        self.request(Request::get(uri).body(Body::empty()).unwrap()).await
    }

    pub async fn request(&self, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
        let response = router(self.app.clone()).oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, headers, String::from_utf8(bytes.to_vec()).unwrap())
    }

    /// A response whose body is not text (a Word file, say).
    pub async fn get_bytes(&self, uri: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        self.request_bytes(Request::get(uri).body(Body::empty()).unwrap()).await
    }

    /// The same, asked with a session.
    pub async fn get_bytes_as(&self, uri: &str, session: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let request =
            Request::get(uri).header("cookie", format!("comity_session={session}")).body(Body::empty()).unwrap();
        self.request_bytes(request).await
    }

    async fn request_bytes(&self, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let response = router(self.app.clone()).oneshot(request).await.unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        (status, headers, response.into_body().collect().await.unwrap().to_bytes().to_vec())
    }

    pub async fn json(&self, uri: &str) -> (StatusCode, serde_json::Value) {
        let (status, headers, body) = self.get(uri).await;
        assert_eq!(headers[header::CONTENT_TYPE], "application/json", "{uri}");
        (status, serde_json::from_str(&body).unwrap())
    }
}

/// A State's reply saved with `answers` (key, text) and submitted, as its drafter and approver
/// would; published too when `publish`.
pub async fn submitted_reply(t: &TestApp, cycle: &str, state: &str, answers: &[(&str, &str)], publish: bool) {
    use comity_reporting::Action;
    let actor = comity_store::Actor::cli();
    let answers = answers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let s = &t.app.store;
    s.save_reply(cycle, state, "en", &answers, 0, &actor).await.unwrap();
    s.reply_action(cycle, state, Action::Submit, &actor).await.unwrap();
    if publish {
        s.reply_action(cycle, state, Action::Publish, &actor).await.unwrap();
    }
}

/// The part of `page` after the element with `id`, up to `end`.
pub fn section(page: &str, id: &str, end: &str) -> String {
    page.split(&format!("id=\"{id}\""))
        .nth(1)
        .map(|s| s.split(end).next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// A cycle on A/RES/76/19 with one question, "(a)" (in English, and the translations given).
pub fn one_question_cycle(translations: &[(&str, &str)]) -> comity_reporting::NewCycle {
    let mut texts: std::collections::BTreeMap<String, String> = [("en".into(), "National efforts".into())].into();
    texts.extend(translations.iter().map(|(l, t)| (l.to_string(), t.to_string())));
    comity_reporting::NewCycle {
        resolution: "A/RES/76/19".into(),
        session: 77,
        questions: vec![comity_reporting::Question { label: "(a)".into(), texts }],
        note_verbale: "ODA/1".into(),
        note_verbale_date: "2022-02-15".into(),
        deadline: "2099-05-20".into(),
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }
}
