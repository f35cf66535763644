//! The API against its own OpenAPI document, by schemathesis (PyPI): a server on loopback with
//! documents, a cycle and replies, probed anonymously, with a State's token and with the
//! Secretariat's. Bounded runs; any server error or any answer the document does not describe
//! fails the test. Without schemathesis the test says so and passes, unless
//! COMITY_REQUIRE_VALIDATORS=1 (CI), where it fails.

use crate::common::TestApp;
use comity_access::{Membership, OrgRef, Permission, Role};
use comity_store::{Actor, NewAccount};

fn schemathesis_available() -> bool {
    let found = std::process::Command::new("schemathesis").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"),
            "COMITY_REQUIRE_VALIDATORS=1 but schemathesis is not installed (pip install schemathesis)"
        );
        eprintln!("skipped: pip install schemathesis to check the API against its document");
    }
    found
}

async fn token(t: &TestApp, email: &str, membership: Membership, scopes: &[Permission]) -> String {
    let account = NewAccount {
        email: email.into(),
        name: email.into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![membership],
    };
    let id = t.app.store.create_account(&account, &Actor::cli()).await.unwrap();
    t.app.store.create_token(&id, "schemathesis", scopes, 30, &Actor::cli()).await.unwrap().1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_answers_as_its_openapi_document_says() {
    if !schemathesis_available() {
        return;
    }
    let mut t = TestApp::new().await.with_documents().await;
    // One address sends everything here: the limiter is measured elsewhere, and its 429 is
    // documented on every operation.
    std::sync::Arc::get_mut(&mut t.app).unwrap().rate =
        comity_web::limits::RateLimiter::new(comity_web::limits::RateLimits::OFF);
    let cycle = crate::common::one_question_cycle(&[]);
    let id = t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let answers = [("(a)".to_string(), "We cooperate.".to_string())].into();
    t.app.store.save_reply(&id, "FRA", "en", &answers, 0, &Actor::cli()).await.unwrap();
    let state = token(
        &t,
        "drafter@fr.example",
        Membership { org: OrgRef::State("FRA".into()), role: Role::Drafter },
        &[Permission::DraftSubmission, Permission::ReadStateSubmissions],
    )
    .await;
    let secretariat = token(
        &t,
        "admin@un.example",
        Membership { org: OrgRef::Secretariat, role: Role::Admin },
        &[Permission::ListUsers, Permission::ReadAudit],
    )
    .await;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let app = t.app.clone();
    let server = tokio::spawn(async move {
        comity_web::serve(app, listener, std::future::pending()).await.unwrap();
    });
    let schema = format!("http://127.0.0.1:{port}/api/v1/openapi.json");
    let mut failures = Vec::new();
    for (who, header) in
        [("anonymous", None), ("France's drafter", Some(state)), ("the Secretariat's admin", Some(secretariat))]
    {
        let mut command = tokio::process::Command::new("schemathesis");
        command.args([
            "run",
            &schema,
            "--checks",
            "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            "--max-examples",
            "25",
            "--generation-deterministic",
            "--request-timeout",
            "20",
            "--no-color",
        ]);
        if let Some(token) = &header {
            command.args(["--header", &format!("Authorization: Bearer {token}")]);
        }
        let output = command.output().await.unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        // The summary, in the test's output: how many operations and cases were run.
        eprintln!(
            "{who}:\n{}",
            stdout.lines().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
        );
        if !stdout.contains("generated") {
            failures.push(format!("{who}: schemathesis ran no test cases:\n{stdout}"));
        }
        if !output.status.success() {
            failures.push(format!(
                "{who}:\n{}\n{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    server.abort();
    assert!(failures.is_empty(), "schemathesis found answers the document does not describe:\n{}", failures.join("\n"));
}
