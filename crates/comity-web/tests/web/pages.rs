//! The application as a client sees it: real router, real SQLite database, every page in the
//! six languages, the JSON API and its OpenAPI document.

use crate::common::{TestApp, section, submitted_reply};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use comity_i18n::{Collation, Lang, Messages};

const PAGES: [&str; 6] =
    ["/", "/states", "/states/CZE", "/framework", "/framework/norm-h", "/framework/pillar-capacity-building"];

#[tokio::test]
async fn every_page_renders_in_every_language_with_its_direction() {
    let t = TestApp::new().await.with_documents().await;
    let messages = Messages::load().unwrap();
    for lang in Lang::ALL {
        for page in PAGES {
            let uri = format!("/{}{page}", lang.code());
            let (status, headers, body) = t.get(&uri).await;
            assert_eq!(status, StatusCode::OK, "{uri}");
            assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"), "{uri}");
            let root = format!("<html lang=\"{}\" dir=\"{}\">", lang.code(), lang.direction().as_str());
            assert!(body.contains(&root), "{uri}: no {root}");
            assert!(body.contains(&messages.get(lang, "nav-states")), "{uri}: navigation not in {lang}");
            for other in Lang::ALL {
                assert!(body.contains(&format!("hreflang=\"{}\"", other.code())), "{uri}: no link to {other}");
            }
            // No message id may leak into a page: that would mean a missing translation.
            for id in messages.ids() {
                assert!(!body.contains(&format!(">{id}<")), "{uri}: untranslated {id}");
            }
            assert!(body.contains("<main id=\"main\""), "{uri}: no main landmark");
        }
    }
}

#[tokio::test]
async fn the_states_page_lists_all_195_in_the_page_language_order() {
    let t = TestApp::new().await;
    let (_, _, en) = t.get("/en/states").await;
    assert_eq!(en.matches("<tr id=").count(), 195);
    assert!(en.contains("195 States"));
    let pos = |body: &str, needle: &str| body.find(needle).unwrap_or_else(|| panic!("{needle} missing"));
    assert!(pos(&en, ">Afghanistan<") < pos(&en, ">Zimbabwe<"));

    let (_, _, zh) = t.get("/zh/states").await;
    assert!(pos(&zh, ">阿尔巴尼亚<") < pos(&zh, ">中国<"), "Chinese page in pinyin order");
    assert!(zh.contains(">埃斯瓦蒂尼<"));

    let (_, _, ar) = t.get("/ar/states").await;
    assert!(ar.contains(">تركيا<") && ar.contains("<html lang=\"ar\" dir=\"rtl\">"));

    // The UN order on request: English short names, whatever the page language.
    let (_, _, fr_un) = t.get("/fr/states?order=un").await;
    assert!(pos(&fr_un, ">Tchéquie<") < pos(&fr_un, ">République populaire démocratique de Corée<"));
    let (_, _, fr) = t.get("/fr/states").await;
    assert!(pos(&fr, ">République populaire démocratique de Corée<") < pos(&fr, ">Tchéquie<"));
}

#[tokio::test]
async fn the_states_filter_finds_names_in_any_language_and_says_when_nothing_matches() {
    let t = TestApp::new().await;
    let (_, _, body) = t.get("/en/states?q=korea").await;
    assert_eq!(body.matches("<tr id=").count(), 2);
    assert!(body.contains("id=\"KOR\"") && body.contains("id=\"PRK\""));
    assert!(body.contains("value=\"korea\""), "the query stays in the box");
    let (_, _, body) = t.get("/ru/states?q=Swaziland").await;
    assert!(body.contains("id=\"SWZ\"") && body.contains("1 государство"));
    let (_, _, body) = t.get("/en/states?q=%3Cscript%3E").await;
    assert!(body.contains("No State matches") && !body.contains("<script>"), "query is escaped");
    let (status, _, _) = t.get("/en/states?q=a&q=b&order[]=x").await;
    assert_eq!(status, StatusCode::OK, "a malformed query is no filter, not an error");
}

#[tokio::test]
async fn unknown_pages_are_localized_404s_and_codes_redirect() {
    let t = TestApp::new().await;
    let (status, _, body) = t.get("/zh/states/XYZ").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("未找到页面") && body.contains("lang=\"zh\""));
    let (status, _, body) = t.get("/ar/nowhere").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("dir=\"rtl\""));
    let (status, _, _) = t.get("/de/states").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, headers, _) = t.get("/en/states/fr").await;
    assert_eq!(status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(headers[header::LOCATION], "/en/states/FRA");
    let (status, _, _) = t.get("/en/framework/norm-z").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_root_follows_the_browser_language() {
    let t = TestApp::new().await;
    for (accept, expected) in [("ar-EG,ar;q=0.9", "/ar/"), ("de-DE,fr;q=0.5", "/fr/"), ("", "/en/"), ("ja", "/en/")] {
        let request = Request::get("/").header(header::ACCEPT_LANGUAGE, accept).body(Body::empty()).unwrap();
        let (status, headers, _) = t.request(request).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(headers[header::LOCATION], expected, "{accept}");
        assert_eq!(headers[header::VARY], "Accept-Language");
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_a_request_id() {
    let t = TestApp::new().await;
    for uri in ["/en/states", "/api/v1/states", "/healthz", "/en/missing", "/static/comity.css"] {
        let (_, headers, _) = t.get(uri).await;
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'")
                && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe-inline"),
            "{uri}"
        );
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{uri}");
        let id = headers["x-request-id"].to_str().unwrap();
        assert_eq!(uuid::Uuid::parse_str(id).unwrap().get_version_num(), 7, "{uri}");
    }
    let request = Request::get("/healthz").header("x-request-id", "trace-me-123").body(Body::empty()).unwrap();
    let (_, headers, _) = t.request(request).await;
    assert_eq!(headers["x-request-id"], "trace-me-123", "a caller's request id is kept");
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let t = TestApp::new().await;
    let request = Request::post("/en/states").body(Body::from(vec![b'x'; 100 * 1024])).unwrap();
    let (status, _, _) = t.request(request).await;
    assert!(status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::METHOD_NOT_ALLOWED, "{status}");
    // A form over the limit is explained in the page's language.
    let request = Request::post("/ar/sign-in")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("email={}", "x".repeat(100 * 1024))))
        .unwrap();
    let (status, _, page) = t.request(request).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.contains("dir=\"rtl\"") && page.contains("64"), "{page}");
}

#[tokio::test]
async fn readiness_follows_the_database() {
    let t = TestApp::new().await;
    let (status, _) = t.json("/readyz").await;
    assert_eq!(status, StatusCode::OK);
    t.app.store.close().await;
    let (status, body) = t.json("/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["status"], "unavailable");
    let (status, _) = t.json("/healthz").await;
    assert_eq!(status, StatusCode::OK, "the process itself is still alive");
}

#[tokio::test]
async fn the_api_serves_states_framework_and_languages() {
    let t = TestApp::new().await;
    let (status, states) = t.json("/api/v1/states").await;
    assert_eq!(status, StatusCode::OK);
    let states = states.as_array().unwrap();
    assert_eq!(states.len(), 195);
    assert_eq!(states[0]["iso3"], "AFG");
    for key in ["iso3", "iso2", "m49", "status", "names"] {
        assert!(states[0].get(key).is_some(), "{key}");
    }
    for lang in Lang::ALL {
        assert!(
            states[0]["names"][lang.code()]["short"].is_string()
                && states[0]["names"][lang.code()]["formal"].is_string()
        );
    }
    let (_, zh) = t.json("/api/v1/states?lang=zh&q=%E5%88%9A%E6%9E%9C").await;
    let codes: Vec<&str> = zh.as_array().unwrap().iter().map(|s| s["iso3"].as_str().unwrap()).collect();
    assert_eq!(codes.len(), 2, "Congo and the Democratic Republic of the Congo: {codes:?}");

    let (status, body) = t.json("/api/v1/states?lang=de").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "unknown_language");
    let (status, body) = t.json("/api/v1/states?colour=red").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["error"]["message"].as_str().unwrap().contains("colour"));

    let (status, body) = t.json("/api/v1/states/tr").await;
    assert_eq!((status, body["iso3"].as_str()), (StatusCode::OK, Some("TUR")));
    let (status, body) = t.json("/api/v1/states/XX").await;
    assert_eq!((status, body["error"]["code"].as_str()), (StatusCode::NOT_FOUND, Some("unknown_state")));

    let (status, body) =
        t.json("/api/v1/states/resolve?name=the%20former%20Yugoslav%20Republic%20of%20Macedonia").await;
    assert_eq!(
        (status, body["state"]["iso3"].as_str(), body["matched"].as_str()),
        (StatusCode::OK, Some("MKD"), Some("alias"))
    );
    let (status, body) = t.json("/api/v1/states/resolve?name=Korea").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["candidates"].as_array().unwrap().len(), 2);
    let (status, _) = t.json("/api/v1/states/resolve").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (_, framework) = t.json("/api/v1/framework").await;
    assert_eq!(framework["elements"].as_array().unwrap().len(), 27);
    let (_, norm) = t.json("/api/v1/framework/norm-h").await;
    assert_eq!(norm["letter"], "h");
    assert_eq!(norm["refs"][0]["symbol"], "A/70/174");
    assert_eq!(norm["titles"]["zh"], "回应援助请求");
    let (_, languages) = t.json("/api/v1/languages").await;
    assert_eq!(languages[0]["code"], "ar");
    assert_eq!(languages[0]["direction"], "rtl");
}

#[tokio::test]
async fn the_openapi_document_matches_its_snapshot_and_the_routes() {
    let t = TestApp::new().await;
    let (status, served) = t.json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let paths: Vec<&str> = served["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    for path in ["/states", "/states/{code}", "/states/resolve", "/framework", "/framework/{id}", "/languages"] {
        assert!(paths.contains(&path), "{path} missing from the OpenAPI document");
        // Every documented path answers (with placeholders filled in).
        let uri = format!("/api/v1{}", path.replace("{code}", "FRA").replace("{id}", "norm-a"));
        let uri = if path == "/states/resolve" { format!("{uri}?name=France") } else { uri };
        let (status, _, _) = t.get(&uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
    }
    // A change of the API shows as a change of the snapshot in review.
    insta::assert_snapshot!("openapi", serde_json::to_string_pretty(&served).unwrap());
}

/// Every message id the templates and page code ask for exists (a missing one would show its id).
#[test]
fn every_message_the_pages_use_exists() {
    let messages = Messages::load().unwrap();
    let root = concat!(env!("CARGO_MANIFEST_DIR"));
    fn read_all(dir: &std::path::Path, into: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read_all(&path, into);
            } else {
                into.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut sources = String::new();
    for dir in ["templates", "src"] {
        read_all(&std::path::Path::new(root).join(dir), &mut sources);
    }
    let mut used = 0;
    for call in [".t(\"", ".t_count(\"", ".t_with(\"", ".t_with2(\""] {
        for (at, _) in sources.match_indices(call) {
            let rest = &sources[at + call.len()..];
            let id = &rest[..rest.find('"').unwrap()];
            assert!(messages.has(id), "message {id} is used but not defined");
            used += 1;
        }
    }
    assert!(used > 40, "found only {used} message uses: the scan is broken");
    // Ids handed around as data in page code, e.g. table headers: any string literal shaped
    // like a message id (lower-case words joined by hyphens). Literals are read as Rust reads
    // them, skipping escapes and the character '"', so one file cannot shift the next.
    let mut pages = String::new();
    read_all(&std::path::Path::new(root).join("src/pages"), &mut pages);
    let looks_like_id = |lit: &str| {
        lit.contains('-')
            && !lit.starts_with('-')
            && !lit.ends_with('-')
            && lit.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
    };
    let mut literals: Vec<String> = Vec::new();
    let mut chars = pages.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        if c == '\'' && chars.peek() == Some(&'"') {
            chars.next();
            previous = '"';
            continue;
        }
        if c == '"' && previous != '\'' {
            let mut lit = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    d => lit.push(d),
                }
            }
            if looks_like_id(&lit) {
                literals.push(lit);
            }
            previous = '"';
            continue;
        }
        previous = c;
    }
    let literals: Vec<&str> = literals.iter().map(String::as_str).collect();
    assert!(literals.contains(&"framework-column-title"), "the literal scan is broken");
    for lit in literals {
        assert!(messages.has(lit), "message {lit} is used in page code but not defined");
    }
    // Ids built from data: roles and permissions (account pages), the framework's kinds and
    // capacity-building groups.
    for role in comity_access::Role::ALL {
        assert!(messages.has(&format!("role-{}", role.as_str())), "role-{}", role.as_str());
    }
    for permission in comity_access::Permission::ALL {
        assert!(messages.has(&format!("permission-{}", permission.as_str())), "permission-{}", permission.as_str());
    }
    for region in comity_states::M49_REGIONS {
        assert!(messages.has(&format!("region-{region}")), "region-{region}");
    }
    // Ids built from data: the framework's kinds and capacity-building groups.
    let framework = comity_framework::Framework::embedded().unwrap();
    for e in &framework.elements {
        assert!(messages.has(&format!("framework-kind-{}", e.kind.as_str())));
        if let Some(group) = &e.group {
            assert!(messages.has(&format!("cb-group-{group}")), "cb-group-{group}");
        }
    }
}

#[tokio::test]
async fn the_record_lists_documents_and_shows_two_languages_side_by_side() {
    let t = TestApp::new().await.with_documents().await;
    let (_, _, en) = t.get("/en/documents").await;
    assert_eq!(en.matches("<tr>").count(), 4 + 1, "header row and four documents");
    assert!(en.contains(">Draft resolution<") && en.contains(">A/RES/81/5<"));
    let (_, _, ar) = t.get("/ar/documents").await;
    assert!(
        ar.contains(">مشروع قرار<") && ar.contains("التعاون في الوقت المناسب"),
        "the Arabic title of the Arabic draft"
    );

    // A document held in English only, on the Arabic page: shown in English, with a notice.
    let (status, _, page) = t.get("/ar/documents/A/C.1/81/L.7").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<h1 lang=\"en\" dir=\"ltr\">Timely cooperation"));
    assert!(page.contains("class=\"notice\""));
    let notice = page.split("class=\"notice\"").nth(1).and_then(|n| n.split("</p>").next()).unwrap_or_default();
    assert!(notice.contains("الإنكليزية") && !notice.contains("English"), "the language named in the page's: {notice}");
    assert!(page.contains("href=\"/ar/documents/A/RES/76/19\""), "a citation held in the record is a link");
    assert!(page.contains("A/RES/70/237") || page.contains("70/237 ("), "a missing citation is listed");

    // A second language version, side by side and aligned by paragraph.
    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    let fr_text = std::fs::read(format!(
        "{}/../comity-documents/tests/fixtures/fr-resolution-76-19.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let fr = comity_documents::parse(&fr_text, &comity_documents::ParseOptions::default(), &states).unwrap();
    t.app.store.ingest_document(&fr, "fr", &fr_text).await.unwrap();
    let (_, _, page) = t.get("/en/documents/A/RES/76/19?compare=fr").await;
    let row = page.split("<tr>").find(|r| r.contains(">1.<")).expect("operative 1 row");
    assert!(row.contains("Invites Member States") && row.contains("Invite les États Membres"), "{row}");
    assert!(page.contains("<option value=\"fr\" lang=\"fr\" selected>"));
    let (_, _, single) = t.get("/en/documents/A/RES/76/19?compare=zh").await;
    assert!(!single.contains("<td lang=\"zh\""), "a language not held is not compared");

    let (status, _, _) = t.get("/en/documents/A/RES/1/1").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = t.get("/en/documents/not-a-symbol").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A framework element shows its official text once the report it points to is in the record,
/// in the page's language when held (here a report written in A/70/174's shape, under that symbol).
#[tokio::test]
async fn framework_pages_show_the_official_text_from_the_record() {
    let t = TestApp::new().await;
    let (_, _, before) = t.get("/en/framework/pillar-threats").await;
    assert!(before.contains("A/70/174 is not in the record yet"), "a missing document is said to be missing");

    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    for name in ["en-report.txt", "ar-report.txt"] {
        let text = std::fs::read_to_string(format!(
            "{}/../comity-documents/tests/fixtures/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
        .replace("A/80/412", "A/70/174");
        let doc =
            comity_documents::parse(text.as_bytes(), &comity_documents::ParseOptions::default(), &states).unwrap();
        t.app.store.ingest_document(&doc, name, text.as_bytes()).await.unwrap();
    }
    // The pillar points to section II: paragraphs 3 (with its items) and 4.
    let (_, _, en) = t.get("/en/framework/pillar-threats").await;
    assert!(en.contains("href=\"/en/documents/A/70/174\""), "the reference links to the document");
    assert!(en.contains("The group recommends the following voluntary practices"), "{en}");
    assert!(en.contains(">(c)</th>") && en.contains("States should consider the practices"));
    assert!(!en.contains("The group met three times"), "only section II");
    let (_, _, ar) = t.get("/ar/framework/pillar-threats").await;
    assert!(ar.contains("<td lang=\"ar\" dir=\"rtl\">يوصي الفريق"), "the Arabic version on the Arabic page");
    // Chinese is not held: the English text, with a notice.
    let (_, _, zh) = t.get("/zh/framework/pillar-threats").await;
    assert!(zh.contains("<td lang=\"en\" dir=\"ltr\">The group recommends"));
    assert!(zh.contains("class=\"notice\""));
    // A locator the held text does not have is named.
    let (_, _, norm) = t.get("/en/framework/norm-a").await;
    assert!(norm.contains("para 13 (a) was not found in A/70/174"), "{norm}");
}

#[tokio::test]
async fn the_api_serves_the_record_lineage_and_search() {
    let t = TestApp::new().await.with_documents().await;
    let (status, list) = t.json("/api/v1/documents").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 4);
    let (_, drafts) = t.json("/api/v1/documents?kind=draft_resolution").await;
    assert!(drafts.as_array().unwrap().iter().all(|d| d["kind"] == "draft_resolution"));
    assert_eq!(drafts.as_array().unwrap().len(), 2);
    let (status, bad) = t.json("/api/v1/documents?kind=treaty").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(bad["error"]["code"], "unknown_kind");

    // The symbol's slashes are percent-encoded in the path.
    let (status, doc) = t.json("/api/v1/documents/A%2FRES%2F76%2F19").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["symbol"], "A/RES/76/19");
    assert_eq!(doc["language"], "en");
    assert!(doc["operative"].as_array().is_some_and(|o| !o.is_empty()));
    let (status, ar) = t.json("/api/v1/documents/A%2FC.1%2F81%2FL.9?lang=ar").await;
    assert_eq!((status, ar["language"].as_str()), (StatusCode::OK, Some("ar")));
    let (status, missing) = t.json("/api/v1/documents/A%2FRES%2F76%2F19?lang=zh").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(missing["error"]["code"], "language_not_held");
    let (status, _) = t.json("/api/v1/documents/A%2FRES%2F1%2F1").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, lineage) = t.json("/api/v1/documents/A%2FC.1%2F81%2FL.7/lineage").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        lineage["cites"].as_array().unwrap().iter().any(|c| c["target"] == "A/RES/76/19" && c["in_record"] == true)
    );
    assert!(lineage["missing"].as_array().unwrap().iter().any(|m| m.as_str().is_some_and(|m| m.contains("70/237"))));

    let (status, found) = t.json("/api/v1/search?q=response%20teams&lang=en&limit=2").await;
    assert_eq!(status, StatusCode::OK);
    assert!(found["total"].as_u64().unwrap() >= 1);
    assert!(found["hits"].as_array().unwrap().len() <= 2);
    assert!(found["hits"][0]["snippet"].as_array().unwrap().iter().any(|f| f["hit"] == true));
    for bad in [
        "/api/v1/search?q=",
        "/api/v1/search?q=x&limit=0",
        "/api/v1/search?q=x&lang=xx",
        "/api/v1/search?q=x&colour=red",
    ] {
        let (status, body) = t.json(bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
    }
}

#[tokio::test]
async fn the_diff_page_marks_changed_words_in_the_page_language() {
    let t = TestApp::new().await.with_documents().await;
    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    let bytes =
        std::fs::read(format!("{}/../comity-documents/tests/fixtures/en-draft-rev1.txt", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    let options = comity_documents::ParseOptions { symbol: Some("A/C.1/81/L.7/Rev.1".into()), ..Default::default() };
    let doc = comity_documents::parse(&bytes, &options, &states).unwrap();
    t.app.store.ingest_document(&doc, "rev1", &bytes).await.unwrap();

    let (status, _, en) = t.get("/en/diff?old=A/C.1/81/L.7&new=A/C.1/81/L.7/Rev.1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(en.contains("<ins>") || en.contains("<del>"), "changed words are marked");
    assert!(en.contains("class=\"change-changed\"") && en.contains(">Changed<"));
    assert!(en.contains("<option value=\"A/C.1/81/L.7/Rev.1\" selected>"), "the form keeps the choice");
    // Arabic page: Arabic labels, English text (the only version both hold), with a notice.
    let (_, _, ar) = t.get("/ar/diff?old=A/C.1/81/L.7&new=A/C.1/81/L.7/Rev.1").await;
    assert!(ar.contains(">معدلة<") && ar.contains("<td lang=\"en\" dir=\"ltr\">"));
    assert!(ar.contains("class=\"notice\""));
    // No language in common: the two side by side by place, each in its language; the Arabic
    // draft's operative 1 beside the English draft's.
    let (status, _, across) = t.get("/en/diff?old=A/C.1/81/L.7&new=A/C.1/81/L.9").await;
    assert_eq!(status, StatusCode::OK);
    assert!(across.contains("share no language"), "{across}");
    let aligned = &across[across.find("id=\"aligned\"").expect("the aligned table")..];
    let row = &aligned[aligned.find(">Same place<").expect("a place both hold")..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("<td lang=\"en\" dir=\"ltr\">") && row.contains("<td lang=\"ar\" dir=\"rtl\">"), "{row}");
    // Unknown symbols, nothing chosen: said, or just the form.
    let (_, _, unknown) = t.get("/en/diff?old=A/C.1/81/L.7&new=A/RES/1/1").await;
    assert!(unknown.contains("Choose two documents"));
    let (status, _, form) = t.get("/zh/diff").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("比较两份文件") && !form.contains("<tbody>"));
    // The document page links to it.
    let (_, _, page) = t.get("/en/documents/A/C.1/81/L.7").await;
    assert!(page.contains("href=\"/en/diff?old=A/C.1/81/L.7\""));
    // The agenda item's history: the revision stands under the same item in the same session.
    let history = page.split("class=\"agenda-history\"").nth(1).expect("agenda history");
    assert!(history.contains("Session 81: item 99 (k)"), "{history}");
    assert!(history.contains("href=\"/en/documents/A/C.1/81/L.7/Rev.1\""), "{history}");
}

#[tokio::test]
async fn the_search_page_finds_highlights_and_filters() {
    let t = TestApp::new().await.with_documents().await;
    let (status, _, page) = t.get("/ar/search?q=%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%AC%D8%A7%D8%A8%D8%A9").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<mark>الاستجابة</mark>"), "the Arabic word is highlighted");
    assert!(page.contains("href=\"/ar/documents/A/C.1/81/L.9?compare=ar\""), "a hit links to its document");

    let (_, _, page) = t.get("/en/search?q=Decides").await;
    assert!(page.contains(">3 paragraphs<"), "two English documents and, accents folded, the French Décide: {page}");
    assert!(page.contains("<mark>Decides</mark>"));
    let (_, _, filtered) = t.get("/en/search?q=Decides&kind=resolution").await;
    assert!(filtered.contains(">2 paragraphs<"), "the English and the French resolution: {filtered}");
    assert!(filtered.contains(">All documents</a>"), "a way back to all documents");

    let (_, _, none) = t.get("/zh/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D").await;
    assert!(none.contains("没有同时包含这些词的段落"));
    let (_, _, escaped) = t.get("/en/search?q=%3Cscript%3E").await;
    assert!(!escaped.contains("<script>"));
}

/// The Secretariat sees, on a document's page, where its reading may have gone wrong (in the
/// page's language, Arabic and Chinese too); the public and the States see the text only.
#[tokio::test]
async fn the_secretariat_sees_what_looks_wrong_in_a_reading() {
    let t = TestApp::new().await;
    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    // A draft with a sponsor that names no State and a paragraph number skipped.
    let text = "United Nations      A/C.1/81/L.40\nGeneral Assembly      Distr.: Limited\nEighty-first session\n\
                First Committee\nAgenda item 95\nA test item\n\nAustria and Atlantis: draft resolution\n\nA test draft\n\n\
                The General Assembly,\n\nRecalling its resolution 76/19,\n\n1. Invites States to share views;\n\n\
                3. Decides to remain seized of the matter.\n";
    let doc = comity_documents::parse(text.as_bytes(), &Default::default(), &states).unwrap();
    assert_eq!(doc.warnings().iter().map(|w| w.code).collect::<Vec<_>>(), ["numbering_gap", "sponsor_unresolved"]);
    t.app.store.ingest_document(&doc, "l40", text.as_bytes()).await.unwrap();
    let new = comity_store::NewAccount {
        email: "editor@un.example".into(),
        name: "Editor".into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![comity_access::Membership {
            org: comity_access::OrgRef::Secretariat,
            role: comity_access::Role::ReportEditor,
        }],
    };
    let account = t.app.store.create_account(&new, &comity_store::Actor::cli()).await.unwrap();
    let session = t.app.store.create_session(&account, true, &comity_store::Actor::default()).await.unwrap();
    let messages = Messages::load().unwrap();
    for lang in [Lang::En, Lang::Zh, Lang::Ar] {
        let (status, headers, page) =
            t.get_bytes_as(&format!("/{}/documents/A/C.1/81/L.40", lang.code()), &session).await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers[header::CACHE_CONTROL].to_str().unwrap().contains("no-store"), "no shared cache keeps it");
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains("id=\"reading-warnings\""), "{lang:?}: {page}");
        assert!(
            page.contains(&messages.get(lang, "document-warnings")),
            "{lang:?}: the heading in the page's language"
        );
        assert!(page.contains("Atlantis"), "{lang:?}: the sponsor is named");
    }
    let (_, _, public) = t.get("/en/documents/A/C.1/81/L.40").await;
    assert!(!public.contains("reading-warnings"), "the public sees the document, not the warnings");
}

/// The `<main>` of a page, as a reader's browser gets it.
fn main_of(page: &str) -> &str {
    let start = page.find("<main").expect("a <main> element");
    let end = page.find("</main>").expect("a </main>") + "</main>".len();
    &page[start..end]
}

/// What a norm's page and a page not found say, whole, in English, Chinese and Arabic: a change
/// of wording, order, direction or markup shows in review as a change of the snapshot.
#[tokio::test]
async fn a_norm_and_a_page_not_found_read_as_their_snapshots_in_three_languages() {
    let t = TestApp::new().await;
    for lang in ["en", "zh", "ar"] {
        let (status, _, page) = t.get(&format!("/{lang}/framework/norm-h")).await;
        assert_eq!(status, StatusCode::OK);
        insta::assert_snapshot!(format!("norm-h-{lang}"), main_of(&page));
        let (status, _, page) = t.get(&format!("/{lang}/no-such-page")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        insta::assert_snapshot!(format!("not-found-{lang}"), main_of(&page));
    }
}

/// One search over everything public: States by name in any language, the framework, document
/// titles and published replies come first, each under its heading, before the paragraphs;
/// unpublished replies stay out.
#[tokio::test]
async fn one_search_finds_states_the_framework_titles_and_published_replies() {
    use comity_store::Actor;
    let t = TestApp::new().await.with_documents().await;
    let id = t.app.store.create_cycle(&crate::common::one_question_cycle(&[]), &Actor::cli()).await.unwrap();
    for (state, text, publish) in [
        ("KEN", "Kenya protects its critical infrastructure.", true),
        ("DEU", "Critical infrastructure, draft.", false),
    ] {
        submitted_reply(&t, &id, state, &[("(a)", text)], publish).await;
    }
    let section = |page: &str, id: &str| section(page, id, "</section>");
    let (status, _, page) = t.get("/en/search?q=critical%20infrastructure").await;
    assert_eq!(status, StatusCode::OK);
    let framework = section(&page, "search-group-framework");
    assert!(
        framework.contains("href=\"/en/framework/norm-f\"") && framework.contains("href=\"/en/framework/norm-g\""),
        "{page}"
    );
    assert!(framework.contains("<mark>critical</mark>"), "{framework}");
    let replies = section(&page, "search-group-replies");
    assert!(replies.contains(&format!("href=\"/en/views/{id}/states/KEN\"")) && replies.contains("Kenya"), "{page}");
    assert!(!page.contains("/states/DEU"), "a reply not published is not found");
    assert!(
        page.find("search-group-framework").unwrap() < page.find("paragraphs-h").unwrap(),
        "kinds before paragraphs"
    );

    // A State by its name in another language than the page's; the page names it in its own.
    let (_, _, page) = t.get("/zh/search?q=Kenya").await;
    let states = section(&page, "search-group-states");
    assert!(states.contains("href=\"/zh/states/KEN\">肯尼亚</a>"), "{page}");
    // Chinese and Arabic words find the framework's titles in their language.
    let (_, _, page) = t.get("/zh/search?q=%E5%85%B3%E9%94%AE%E5%9F%BA%E7%A1%80%E8%AE%BE%E6%96%BD").await;
    assert!(section(&page, "search-group-framework").contains("href=\"/zh/framework/norm-g\""), "{page}");
    let (_, _, page) = t.get("/ar/search?q=%D8%A7%D8%B3%D8%AA%D8%AC%D8%A7%D8%A8%D8%A9").await;
    let framework = section(&page, "search-group-framework");
    assert!(framework.contains("href=\"/ar/framework/norm-h\"") && framework.contains("lang=\"ar\""), "{page}");

    // Document titles, linked to the document; the paragraphs can be ordered newest first.
    let (_, _, page) = t.get("/en/search?q=fixture%20resolution").await;
    let titles = section(&page, "search-group-documents");
    assert!(titles.contains("href=\"/en/documents/A/RES/76/19\" dir=\"ltr\">A/RES/76/19</a>"), "{page}");
    let (_, _, page) = t.get("/en/search?q=Decides").await;
    assert!(page.contains("href=\"/en/search?q=Decides&#38;sort=newest\""), "{page}");
    let (_, _, newest) = t.get("/en/search?q=Decides&sort=newest").await;
    assert!(newest.contains("<strong aria-current=\"true\">newest first</strong>"), "{newest}");

    // Pages of results are kept, but never past a publication: a reply published since is found.
    let (_, _, before) = t.get("/en/search?q=quantum").await;
    assert!(!before.contains("/states/FRA"), "{before}");
    submitted_reply(&t, &id, "FRA", &[("(a)", "Quantum-safe networks.")], true).await;
    let (_, _, after) = t.get("/en/search?q=quantum").await;
    assert!(after.contains(&format!("href=\"/en/views/{id}/states/FRA\"")), "{after}");
}

/// Dates are written as each language writes them, not as ISO 8601, with the machine-readable
/// date kept in `<time datetime>`.
#[tokio::test]
async fn dates_are_written_in_the_page_language() {
    let t = TestApp::new().await;
    for (lang, written) in [
        ("en", "24 October 1945"),
        ("fr", "24 octobre 1945"),
        ("es", "24 de octubre de 1945"),
        ("zh", "1945年10月24日"),
        ("ru", "24 октября 1945"),
        ("ar", "24 أكتوبر 1945"),
    ] {
        let (status, _, page) = t.get(&format!("/{lang}/states/FRA")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(&format!("<time datetime=\"1945-10-24\">{written}")), "{lang}: {page}");
    }
}

/// A norm's page is a hub: besides its official text, the States that reported on it (each
/// linked to its newest published reply, none for a reply not published) and the documents of
/// the record citing the text it stands in, in the page's language.
#[tokio::test]
async fn a_norm_page_shows_what_states_reported_and_the_documents_citing_its_text() {
    use comity_store::Actor;
    let t = TestApp::new().await.with_documents().await;
    let (_, _, before) = t.get("/en/framework/norm-g").await;
    assert!(before.contains("No published reply reports on this element yet."), "{before}");
    let id = t.app.store.create_cycle(&crate::common::one_question_cycle(&[]), &Actor::cli()).await.unwrap();
    for (state, publish) in [("KEN", true), ("CHN", true), ("DEU", false)] {
        let answers = [("(a)", "National efforts."), ("survey/norm-g/status", "implemented")];
        submitted_reply(&t, &id, state, &answers, publish).await;
    }
    let section = |page: &str, id: &str| section(page, id, "<h2");
    // The page kept for anonymous readers before the publications is not served after them.
    let (_, _, en) = t.get("/en/framework/norm-g").await;
    let reported = section(&en, "reported");
    assert!(reported.contains("States that reported: 2"), "{reported}");
    assert!(reported.contains(&format!("<a href=\"/en/views/{id}/states/KEN\">Kenya</a>")), "{reported}");
    assert!(reported.contains(&format!("<a href=\"/en/views/{id}/states/CHN\">China</a>")), "{reported}");
    assert!(reported.find("China").unwrap() < reported.find("Kenya").unwrap(), "in the page's alphabetical order");
    assert!(!reported.contains("DEU"), "a reply not published is not counted");
    assert!(reported.contains("href=\"/en/views/elements/norm-g\""), "{reported}");
    let (_, _, ar) = t.get("/ar/framework/norm-g").await;
    assert!(section(&ar, "reported").contains(&format!("<a href=\"/ar/views/{id}/states/KEN\">كينيا</a>")), "{ar}");
    let (_, _, zh) = t.get("/zh/framework/norm-g").await;
    assert!(section(&zh, "reported").contains("肯尼亚"), "{zh}");

    // Norm (g) stands in A/70/174, which the record's A/RES/76/19 cites.
    let citing = section(&en, "citing");
    assert!(citing.contains("A/70/174"), "{en}");
    assert!(citing.contains("href=\"/en/documents/A/RES/76/19\""), "{citing}");
    assert!(section(&ar, "citing").contains("href=\"/ar/documents/A/RES/76/19\""), "{ar}");
}

/// Document pages come from the server's page cache for anonymous readers, but never past a
/// change of the record: a version stored since is shown at once on this node.
#[tokio::test]
async fn a_document_page_is_kept_until_the_record_changes() {
    let t = TestApp::new().await.with_documents().await;
    let (status, headers, first) = t.get("/en/documents/A/RES/76/19").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=300");
    let (_, _, again) = t.get("/en/documents/A/RES/76/19").await;
    assert_eq!(first, again);
    assert!(!first.contains("Invite les États Membres"));
    let fr_text = std::fs::read(format!(
        "{}/../comity-documents/tests/fixtures/fr-resolution-76-19.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    let fr = comity_documents::parse(&fr_text, &comity_documents::ParseOptions::default(), &states).unwrap();
    t.app.store.ingest_document(&fr, "fr", &fr_text).await.unwrap();
    let (_, _, after) = t.get("/en/documents/A/RES/76/19").await;
    assert!(after.contains("<option value=\"fr\" lang=\"fr\">"), "the new French version is offered: {after}");
    let (_, _, list) = t.get("/en/documents").await;
    let (_, _, list_again) = t.get("/en/documents").await;
    assert_eq!(list, list_again);
}
