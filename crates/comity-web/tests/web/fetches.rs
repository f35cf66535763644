//! Fetching documents from the Official Document System in the portal, as the Secretariat's
//! report editor does it: the form refuses what is not a symbol and keeps what was typed, a
//! fetch is queued and its page shows each version waiting, a node works through it from a
//! loopback stand-in of the ODS, and the page then tells each outcome in the reader's
//! language. Nobody else may fetch.

use std::io::{BufRead, BufReader, Write};

use crate::common::{TestApp, form, get, location};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use comity_i18n::{Collation, Lang, Messages};

const REAL_PDFS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/real/pdf");

/// A stand-in for the ODS on loopback: `A/C.1/80/L.28` in English redirects to the official
/// PDF, `A/RES/80/12` answers with a web page, anything else is not there.
fn ods(pdf: Vec<u8>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
                    break;
                }
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (status, headers, body): (&str, String, &[u8]) = if path == "/files/l28.pdf" {
                ("200 OK", "Content-Type: application/pdf\r\n".into(), &pdf)
            } else if path.contains("s=A/C.1/80/L.28&l=en&t=pdf") {
                ("302 Found", "Location: /files/l28.pdf\r\n".into(), b"")
            } else if path.contains("s=A/RES/80/12&") {
                ("200 OK", "Content-Type: text/html\r\n".into(), b"<!DOCTYPE html><html><body>Sorry</body></html>")
            } else {
                ("404 Not Found", String::new(), b"")
            };
            let head =
                format!("HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body);
        }
    });
    base
}

async fn person(t: &TestApp, email: &str, org: comity_access::OrgRef, role: comity_access::Role) -> String {
    let new = comity_store::NewAccount {
        email: email.into(),
        name: email.into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![comity_access::Membership { org, role }],
    };
    let account = t.app.store.create_account(&new, &comity_store::Actor::cli()).await.unwrap();
    t.app.store.create_session(&account, true, &comity_store::Actor::default()).await.unwrap()
}

#[tokio::test]
async fn the_report_editor_fetches_documents_from_the_ods_and_follows_the_progress() {
    let Ok(pdf) = std::fs::read(format!("{REAL_PDFS}/A_C.1_80_L.28.pdf")) else {
        eprintln!("shared/corpus/real is not beside the project: skipped");
        return;
    };
    let base = ods(pdf);
    let t = TestApp::new().await;
    let messages = Messages::load().unwrap();
    let editor =
        person(&t, "editor@un.example", comity_access::OrgRef::Secretariat, comity_access::Role::ReportEditor).await;
    let drafter =
        person(&t, "drafter@fra.example", comity_access::OrgRef::State("FRA".into()), comity_access::Role::Drafter)
            .await;

    // Nobody but those who keep the record.
    let (status, headers, _) = t.request(Request::get("/en/fetches").body(Body::empty()).unwrap()).await;
    assert!(status.is_redirection() && location(&headers).contains("/en/sign-in"), "{status}");
    let (status, _, _) = t.request(get("/en/fetches", Some(&drafter))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = t.request(form("/en/fetches", "symbols=A%2FRES%2F76%2F19&lang=en", Some(&drafter))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(t.app.store.fetches(10).await.unwrap().is_empty());

    // The form, in the reader's language, every language ticked.
    for lang in [Lang::En, Lang::Zh, Lang::Ar] {
        let (status, headers, page) = t.request(get(&format!("/{}/fetches", lang.code()), Some(&editor))).await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers[header::CACHE_CONTROL].to_str().unwrap().contains("no-store"));
        assert!(page.contains(&messages.get(lang, "fetches-title")), "{lang:?}");
        assert_eq!(page.matches("name=\"lang\"").count(), 6);
        assert_eq!(page.matches(" checked").count(), 6);
    }

    // What is not a symbol is named, the text stays as typed, nothing is queued.
    let (status, _, page) =
        t.request(form("/zh/fetches", "symbols=A%2FC.1%2F80%2FL.28%0D%0Anot-a-symbol&lang=en", Some(&editor))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains(&messages.format(Lang::Zh, "fetches-bad-symbol", &[("symbols", "not-a-symbol".into())])));
    assert!(page.contains("A/C.1/80/L.28\r\nnot-a-symbol</textarea>"), "the text as typed: {page}");
    assert_eq!(page.matches(" checked").count(), 1, "the languages as ticked");
    let (status, _, page) = t.request(form("/ar/fetches", "symbols=A%2FRES%2F76%2F19", Some(&editor))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains(&messages.get(Lang::Ar, "fetches-no-language")));
    assert!(t.app.store.fetches(10).await.unwrap().is_empty(), "nothing queued by a refused form");

    // Queued: two symbols in two languages, the page shows them waiting and refreshes itself.
    let (status, headers, _) = t
        .request(form("/en/fetches", "symbols=a%2Fc.1%2F80%2Fl.28+A%2FRES%2F80%2F12&lang=en&lang=fr", Some(&editor)))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let at = location(&headers);
    assert!(at.starts_with("/en/fetches/"), "{at}");
    let id = at.trim_start_matches("/en/fetches/").to_string();
    let (status, _, page) = t.request(get(&at, Some(&editor))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("http-equiv=\"refresh\""), "a running fetch refreshes itself");
    assert!(page.contains("<progress id=\"progress\" max=\"4\" value=\"0\">"), "{page}");
    assert_eq!(page.matches(&messages.get(Lang::En, "fetch-outcome-waiting")).count(), 4);
    let (status, _, _) = t.request(get(&at, Some(&drafter))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a fetch's page is not the drafter's either");

    // A node works through it, as a server does in the background.
    let states = std::sync::Arc::new(comity_states::StateRegistry::embedded(&Collation::new()).unwrap());
    let done = comity_ods::work_through_fetches(&t.app.store, states.clone(), &base, "node-1").await.unwrap();
    assert_eq!(done, 4);
    assert_eq!(comity_ods::work_through_fetches(&t.app.store, states, &base, "node-1").await.unwrap(), 0);
    assert!(t.app.store.document_summary("A/C.1/80/L.28").await.unwrap().is_some(), "in the record");
    assert!(t.app.store.document_summary("A/RES/80/12").await.unwrap().is_none(), "nothing half-stored");

    for lang in [Lang::En, Lang::Zh, Lang::Ar] {
        let (status, _, page) = t.request(get(&format!("/{}/fetches/{id}", lang.code()), Some(&editor))).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!page.contains("http-equiv=\"refresh\""), "{lang:?}: a finished fetch stays still");
        assert!(page.contains(&messages.get(lang, "fetches-finished")), "{lang:?}");
        assert!(page.contains(&format!("href=\"/{}/documents/A/C.1/80/L.28\"", lang.code())), "{lang:?}: linked");
        assert!(page.contains(&messages.get(lang, "fetch-outcome-stored")), "{lang:?}");
        assert!(page.contains(&messages.get(lang, "fetch-failed-not-found")), "{lang:?}: the missing versions");
        assert!(page.contains(&messages.get(lang, "fetch-failed-web-page")), "{lang:?}: the web page");
        assert!(page.contains("<progress id=\"progress\" max=\"4\" value=\"4\">"), "{lang:?}");
    }
    let (_, _, list) = t.request(get("/ar/fetches", Some(&editor))).await;
    assert!(list.contains(&format!("href=\"/ar/fetches/{id}\"")), "listed under the form");
    let (status, _, _) = t.request(get("/en/fetches/0190a0b0-0000-7000-8000-000000000000", Some(&editor))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[test]
fn every_outcome_of_a_fetch_is_told_in_six_languages() {
    let messages = Messages::load().unwrap();
    let ids = comity_ods::FetchError::CODES
        .iter()
        .map(|c| format!("fetch-failed-{c}"))
        .chain(["waiting", "stored", "updated", "unchanged", "refused"].iter().map(|o| format!("fetch-outcome-{o}")));
    // Loading makes sure every language has the messages English has.
    for id in ids {
        assert!(messages.has(&id), "{id} has no message");
    }
}
