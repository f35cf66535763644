//! The negotiation API as a delegation's tool uses it, with API tokens: a State's negotiator
//! files a proposal for its own State and not for another, others take positions (never on
//! their own), the Chair builds the next revision and circulates it under silence, a State
//! breaks it once; a negotiation open to States only is 404 to the public, one opened to the
//! public is read by anyone.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use comity_access::{Membership, OrgRef, Permission, Role};
use comity_negotiation::Readers;
use comity_negotiation::text::Text;
use comity_store::{Actor, NewNegotiation};

use crate::common::TestApp;
use crate::common::accounts::account;

async fn token(t: &TestApp, email: &str, state: &str, scopes: &[Permission]) -> String {
    let id = account(t, email, vec![Membership { org: OrgRef::State(state.into()), role: Role::Negotiator }]).await;
    t.app.store.create_token(&id, "delegation tool", scopes, 30, &Actor::cli()).await.unwrap().1
}

/// Opens a negotiation in English on `zero`, its Chair chair@example.org.
async fn open(t: &TestApp, name: &str, readers: Readers, zero: &Text) {
    let new = NewNegotiation {
        name: name.into(),
        title: "Annual progress report".into(),
        process: "Global Mechanism".into(),
        lang: comity_i18n::Lang::En,
        readers,
        chair: "chair@example.org".into(),
        support: vec![],
        deadline: None,
    };
    t.app.store.create_negotiation(&new, zero, &Actor::cli()).await.unwrap();
}

async fn call(
    t: &TestApp,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: serde_json::Value,
) -> (StatusCode, serde_json::Value) {
    let mut request = Request::builder().method(method).uri(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let body = if body.is_null() { Body::empty() } else { Body::from(body.to_string()) };
    let (status, _, text) = t.request(request.body(body).unwrap()).await;
    (status, serde_json::from_str(&text).unwrap_or(serde_json::Value::Null))
}

#[tokio::test]
async fn delegations_negotiate_through_the_api() {
    let t = TestApp::new().await;
    let scopes = [Permission::Negotiate, Permission::ReadNegotiations];
    let chair = token(&t, "chair@example.org", "SGP", &scopes).await;
    let france = token(&t, "fr@example.org", "FRA", &scopes).await;
    let china = token(&t, "cn@example.org", "CHN", &scopes).await;
    let zero = Text::parse_draft("1. The Global Mechanism met.\n\n2. States recalled the norms.").unwrap();
    for (name, readers) in [("gm-2026-apr", Readers::States), ("gm-2026-open", Readers::Public)] {
        open(&t, name, readers, &zero).await;
    }
    // Who reads what.
    let (status, list) = call(&t, "GET", "/api/v1/negotiations", None, serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 1, "the public sees the public one only: {list}");
    let (status, _) = call(&t, "GET", "/api/v1/negotiations/gm-2026-apr", None, serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, n) = call(&t, "GET", "/api/v1/negotiations/gm-2026-apr", Some(&france), serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(n["revision"]["text"]["paragraphs"][0]["place"], "p1");

    // A proposal for one's own State; not for another's.
    let proposal = serde_json::json!({
        "place": "p1", "change": { "action": "replace", "text": "The Global Mechanism met in New York." },
        "justification": "Where.", "co_sponsors": ["mex"]
    });
    let (status, _) =
        call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/proposals/CHN", Some(&france), proposal.clone()).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another State's name is not France's to use");
    let (status, filed) =
        call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/proposals/FRA", Some(&france), proposal).await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    let id = filed["id"].as_str().unwrap().to_string();
    assert_eq!(filed["co_sponsors"][0], "MEX");
    let nowhere = serde_json::json!({ "place": "p9", "change": { "action": "delete" } });
    let (status, refused) =
        call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/proposals/CHN", Some(&china), nowhere).await;
    assert_eq!((status, refused["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("not_in_revision")));
    // Positions: not on one's own.
    let own = format!("/api/v1/negotiations/gm-2026-apr/positions/FRA/{id}");
    let (status, refused) = call(&t, "PUT", &own, Some(&france), serde_json::json!({ "stance": "support" })).await;
    assert_eq!((status, refused["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("own_proposal")));
    let theirs = format!("/api/v1/negotiations/gm-2026-apr/positions/CHN/{id}");
    let (status, _) = call(
        &t,
        "PUT",
        &theirs,
        Some(&china),
        serde_json::json!({ "stance": "can_live_with", "statement": "If it helps." }),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, view) =
        call(&t, "GET", "/api/v1/negotiations/gm-2026-apr/proposals", Some(&china), serde_json::Value::Null).await;
    assert_eq!(view["positions"][0]["stance"], "can_live_with");
    // A delegation's tool asks for where proposals stand, as the Chair's page does.
    let by_status = |status: &str| format!("/api/v1/negotiations/gm-2026-apr/proposals?status={status}");
    let (_, unopposed) = call(&t, "GET", &by_status("unopposed"), Some(&china), serde_json::Value::Null).await;
    assert_eq!(unopposed["proposals"][0]["id"], id.as_str(), "China can live with it: {unopposed}");
    assert_eq!(unopposed["positions"].as_array().map(Vec::len), Some(1));
    let (_, opposed) = call(&t, "GET", &by_status("opposed"), Some(&china), serde_json::Value::Null).await;
    assert_eq!(opposed["proposals"].as_array().map(Vec::len), Some(0), "{opposed}");
    assert_eq!(opposed["positions"].as_array().map(Vec::len), Some(0), "no position without its proposal");
    let (status, bad) = call(&t, "GET", &by_status("decided"), Some(&china), serde_json::Value::Null).await;
    assert_eq!((status, bad["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("bad_status")));

    // The Chair's steps: a delegate is not the Chair.
    let decisions = serde_json::json!({ "decisions": [{ "proposal": id, "outcome": "accept", "reason": "Agreed." }] });
    let (status, refused) =
        call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/revisions", Some(&france), decisions.clone()).await;
    assert_eq!((status, refused["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("not_the_chair")));
    let (status, revised) =
        call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/revisions", Some(&chair), decisions).await;
    assert_eq!(status, StatusCode::CREATED, "{revised}");
    assert_eq!(revised["revision"], 1);
    let (_, rev) =
        call(&t, "GET", "/api/v1/negotiations/gm-2026-apr/revisions/1", Some(&china), serde_json::Value::Null).await;
    assert_eq!(rev["text"]["paragraphs"][0]["text"], "The Global Mechanism met in New York.");
    assert_eq!(rev["text"]["paragraphs"][0]["from"][0], id.as_str());

    // Silence, broken once by a State.
    let (status, _) = call(
        &t,
        "POST",
        "/api/v1/negotiations/gm-2026-apr/silence",
        Some(&chair),
        serde_json::json!({ "deadline": "2099-01-01T00:00:00Z" }),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let broken = serde_json::json!({ "reason": "Paragraph 2 needs more work." });
    let (status, _) =
        call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/silence/CHN/break", Some(&china), broken.clone()).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, refused) =
        call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/silence/CHN/break", Some(&china), broken).await;
    assert_eq!((status, refused["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("silence_broken_already")));
    let (_, n) = call(&t, "GET", "/api/v1/negotiations/gm-2026-apr", Some(&chair), serde_json::Value::Null).await;
    assert_eq!(n["silence"]["breaks"][0]["state"], "CHN");
    assert_eq!(n["stage"], "open");

    // A token without the permission to negotiate cannot file, whatever the roles.
    let reader = token(&t, "reader@example.org", "BRA", &[Permission::ReadNegotiations]).await;
    let (status, _) = call(
        &t,
        "POST",
        "/api/v1/negotiations/gm-2026-apr/proposals/BRA",
        Some(&reader),
        serde_json::json!({ "place": "p1", "change": { "action": "delete" } }),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Adoption by the Chair, then explanations of position through the API, in UN order.
    let (status, refused) = call(
        &t,
        "PUT",
        "/api/v1/negotiations/gm-2026-apr/explanations/FRA",
        Some(&france),
        serde_json::json!({ "explanation": "Too early." }),
    )
    .await;
    assert_eq!((status, refused["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("not_adopted_yet")));
    let symbol = serde_json::json!({ "symbol": "A/AC.292/2026/CRP.1" });
    let (status, _) = call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/adopt", Some(&france), symbol.clone()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "France is not the Chair");
    let (status, _) = call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/adopt", Some(&chair), symbol.clone()).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // Adopted with its symbol, the text is in the document record; each paragraph's history
    // leads to its place there. It is issued once.
    let (status, refused) = call(&t, "POST", "/api/v1/negotiations/gm-2026-apr/issue", Some(&chair), symbol).await;
    assert_eq!((status, refused["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("issued_already")));
    assert!(t.app.store.document_summary("A/AC.292/2026/CRP.1").await.unwrap().is_some());
    let (status, lineage) =
        call(&t, "GET", "/api/v1/negotiations/gm-2026-apr/lineage", Some(&china), serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(lineage["symbol"], "A/AC.292/2026/CRP.1");
    let numbered: Vec<&serde_json::Value> =
        lineage["paragraphs"].as_array().unwrap().iter().filter(|p| p["kind"] == "numbered").collect();
    assert!(
        !numbered.is_empty()
            && numbered.iter().all(|p| p["record_place"].as_str().is_some_and(|r| r.starts_with("operative "))),
        "{lineage}"
    );
    let (status, _) = call(&t, "GET", "/api/v1/negotiations/gm-2026-apr/lineage", None, serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a negotiation of States is not the public's");
    for (org, token, body) in [
        ("FRA", &france, serde_json::json!({ "explanation": "France joins the consensus." })),
        ("CHN", &china, serde_json::json!({ "explanation": "China disassociates.", "disassociates": ["p2"] })),
    ] {
        let uri = format!("/api/v1/negotiations/gm-2026-apr/explanations/{org}");
        let (status, _) = call(&t, "PUT", &uri, Some(token), body).await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{org}");
    }
    let (status, _) = call(
        &t,
        "PUT",
        "/api/v1/negotiations/gm-2026-apr/explanations/CHN",
        Some(&france),
        serde_json::json!({ "explanation": "Not China's words." }),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "France does not speak for China");
    let (_, list) =
        call(&t, "GET", "/api/v1/negotiations/gm-2026-apr/explanations", Some(&chair), serde_json::Value::Null).await;
    let states: Vec<&str> = list.as_array().unwrap().iter().map(|e| e["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["CHN", "FRA"], "the UN's order of States");
    assert_eq!(list[0]["disassociates"][0], "p2");
    assert_eq!(list[0]["explanation"], "China disassociates.");
}

/// The compilation page in English, Chinese and Arabic: the page in the reader's language and
/// direction, the negotiating text in its own (`lang`, `dir`), each proposal with who made and
/// joined it, the rewording as insertions and deletions, the positions; filtered by State; the
/// same as Word. A negotiation open to States only is not found by the public.
#[tokio::test]
async fn the_compilation_page_in_three_languages() {
    let t = TestApp::new().await;
    account(&t, "chair@example.org", vec![Membership { org: OrgRef::State("SGP".into()), role: Role::Negotiator }])
        .await;
    let zero =
        Text::parse_draft("# Draft report\n\n1. The Global Mechanism met.\n\n2. States recalled the norms.").unwrap();
    for (name, readers) in [("gm-open", Readers::Public), ("gm-closed", Readers::States)] {
        open(&t, name, readers, &zero).await;
    }
    let fr = Actor { org: Some("FRA".into()), ..Actor::default() };
    let proposal = comity_store::NewProposal {
        place: "p2".into(),
        change: comity_negotiation::proposal::Change::Replace { text: "The Global Mechanism met in New York.".into() },
        justification: "Where it met.".into(),
        group: None,
        co_sponsors: vec!["MEX".into()],
    };
    let filed = t.app.store.file_proposal("gm-open", "FRA", &proposal, &fr, jiff::Timestamp::now()).await.unwrap();
    let cn = Actor { org: Some("CHN".into()), ..Actor::default() };
    t.app
        .store
        .take_position("gm-open", &filed.id, "CHN", comity_negotiation::proposal::Stance::Oppose, None, &cn)
        .await
        .unwrap();
    for (lang, dir, france, oppose, no_status) in [
        ("en", "ltr", "France", "Oppose", "Choose a status from the list"),
        ("zh", "ltr", "法国", "反对", "请从列表中选择状态"),
        ("ar", "rtl", "فرنسا", "اعتراض", "اختر حالة من القائمة"),
    ] {
        let (status, _, page) = t.get(&format!("/{lang}/negotiations")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(page.contains("gm-open") && !page.contains("gm-closed"), "{lang}: the public reads the public one");
        let (status, _, page) = t.get(&format!("/{lang}/negotiations/gm-open")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(page.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\"")), "{lang}");
        assert!(page.contains("lang=\"en\" dir=\"ltr\" id=\"text\""), "{lang}: the text keeps its language");
        assert!(page.contains(france), "{lang}: the proposer's name in the page's language");
        assert!(page.contains("<ins>in New York</ins>") || page.contains("<ins> in New York</ins>"), "{lang}: {page}");
        assert!(page.contains(oppose), "{lang}: the positions");
        let (_, _, only) = t.get(&format!("/{lang}/negotiations/gm-open?state=CHN")).await;
        assert!(!only.contains("proposal-"), "{lang}: China made no proposal");
        // The Chair sorts by where proposals stand: China opposes France's rewording.
        let (_, _, opposed) = t.get(&format!("/{lang}/negotiations/gm-open?status=opposed")).await;
        assert!(opposed.contains(&format!("id=\"proposal-{}\"", filed.id)), "{lang}: {opposed}");
        assert!(opposed.contains("<option value=\"opposed\" selected>"), "{lang}: the filter kept");
        assert!(
            opposed.contains("compilation.xml?revision=0&#38;status=opposed"),
            "{lang}: downloads filtered alike: {opposed}"
        );
        let (_, _, unopposed) = t.get(&format!("/{lang}/negotiations/gm-open?status=unopposed")).await;
        assert!(!unopposed.contains("id=\"proposal-"), "{lang}: every proposal is opposed");
        let (status, _, bogus) = t.get(&format!("/{lang}/negotiations/gm-open?status=decided")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(crate::common::section(&bogus, "errors", "</div>").contains(no_status), "{lang}: {bogus}");
        let (status, _, _) = t.get(&format!("/{lang}/negotiations/gm-open/compilation.docx?status=decided")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}: a download told the same");
        let (status, headers, bytes) =
            t.get_bytes(&format!("/{lang}/negotiations/gm-open/compilation.docx?revision=0")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers[header::CONTENT_TYPE].to_str().unwrap().contains("wordprocessingml"));
        assert!(bytes.starts_with(b"PK"));
        assert!(page.contains(&format!("/{lang}/negotiations/gm-open/compilation.xml?")), "{lang}: the AKN link");
        let (status, headers, xml) = t.get(&format!("/{lang}/negotiations/gm-open/compilation.xml?revision=0")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/akn+xml"));
        assert!(xml.contains("<documentCollection name=\"compilation\">"), "{lang}");
        assert_eq!(xml.matches("<amendment name=\"replace\">").count(), 1, "{lang}: France's rewording");
        assert!(xml.contains(">France</docProponent>"), "{lang}: named in the text's language");
        valid_akoma_ntoso(&xml, lang);
        let (status, _, _) = t.get(&format!("/{lang}/negotiations/gm-closed/compilation.xml")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{lang}: States only, not the public's");
        let (status, _, _) = t.get(&format!("/{lang}/negotiations/gm-closed")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{lang}");
        let (status, _, _) = t.get(&format!("/{lang}/negotiations/gm-open?revision=9")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{lang}");
    }
}

/// A delegation negotiates in the portal, without JavaScript: France's negotiator proposes a
/// rewording from the paragraph's form (a repeat of the same words is refused, in the page's
/// language, and nothing is filed), China's records a position with the form under France's
/// proposal (France has none to take on its own), the Chair decides on the decisions page
/// (a missing reason is refused) and builds Rev.1, circulates it under silence until a time
/// given in New York time, and China breaks silence once; the second time is refused.
#[tokio::test]
async fn a_delegation_and_the_chair_negotiate_through_the_portal_forms() {
    use crate::common::accounts::sign_in_and_enrol;
    use crate::common::client::{enc, form, get, location};
    let t = TestApp::new().await;
    let negotiator = |state: &str| vec![Membership { org: OrgRef::State(state.into()), role: Role::Negotiator }];
    account(&t, "chair@example.org", negotiator("SGP")).await;
    account(&t, "fr@example.org", negotiator("FRA")).await;
    account(&t, "cn@example.org", negotiator("CHN")).await;
    let zero =
        Text::parse_draft("# Draft report\n\n1. The Global Mechanism met.\n\n2. States recalled the norms.").unwrap();
    open(&t, "gm-forms", Readers::States, &zero).await;
    let (france, _, _) = sign_in_and_enrol(&t, "fr@example.org").await;
    let (china, _, _) = sign_in_and_enrol(&t, "cn@example.org").await;
    let (chair, _, _) = sign_in_and_enrol(&t, "chair@example.org").await;

    // The public has no form; France sees one under each paragraph.
    let (status, _, _) = t.request(get("/en/negotiations/gm-forms/propose?place=p2", None)).await;
    assert_ne!(status, StatusCode::OK, "the public proposes nothing");
    let (status, _, page) = t.request(get("/en/negotiations/gm-forms", Some(&france))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("You act for France."), "{page}");
    assert!(page.contains("/en/negotiations/gm-forms/propose?place=p2"));
    assert!(!page.contains("id=\"decide\""), "France is not the Chair");
    let (status, _, page) = t.request(get("/en/negotiations/gm-forms/propose?place=p2", Some(&france))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(">The Global Mechanism met.</textarea>"), "the words ready to edit: {page}");
    let (status, _, _) = t.request(get("/en/negotiations/gm-forms/propose?place=p9", Some(&france))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The same words are refused, in the page's language, and nothing is filed.
    for (lang, words) in
        [("en", "wording already; change it"), ("zh", "与该段现有措辞相同"), ("ar", "صياغة الفقرة نفسها")]
    {
        let body = format!("place=p2&action=replace&text={}&justification=", enc("The Global Mechanism met."));
        let (status, _, page) =
            t.request(form(&format!("/{lang}/negotiations/gm-forms/proposals"), &body, Some(&france))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(page.contains(words), "{lang}: {page}");
        assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
    }
    let body = "place=p2&action=reword&text=x";
    let (status, _, page) = t.request(form("/en/negotiations/gm-forms/proposals", body, Some(&france))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("Choose what the proposal does"), "{page}");
    let opened = t.app.store.negotiation("gm-forms").await.unwrap();
    assert!(t.app.store.negotiation_proposals(&opened.summary.id, 0).await.unwrap().is_empty(), "nothing filed");

    let body = format!(
        "place=p2&action=replace&text={}&justification={}&co_sponsors={}",
        enc("The Global Mechanism met in New York."),
        enc("Where it met."),
        enc("mex, ken")
    );
    let (status, headers, _) = t.request(form("/en/negotiations/gm-forms/proposals", &body, Some(&france))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let back = location(&headers);
    assert!(back.starts_with("/en/negotiations/gm-forms?done=filed#proposal-"), "{back}");
    let id = back.rsplit("#proposal-").next().unwrap().to_string();
    let (_, _, page) = t.request(get(&back, Some(&france))).await;
    assert!(page.contains("Your proposal is filed."));
    assert!(page.contains("co-sponsors: Mexico, Kenya"), "{page}");
    assert!(!page.contains("name=\"stance\""), "no position on one's own proposal");
    assert!(page.contains("Withdraw the proposal"));

    // China takes a position through the form under the proposal; a made-up stance is refused.
    let (_, _, page) = t.request(get("/zh/negotiations/gm-forms", Some(&china))).await;
    assert!(page.contains("name=\"stance\"") && !page.contains("撤回提案"), "{page}");
    let (status, _, page) = t
        .request(form("/en/negotiations/gm-forms/positions", &format!("proposal={id}&stance=maybe"), Some(&china)))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("Choose a position"));
    let (status, headers, _) = t
        .request(form(
            "/ar/negotiations/gm-forms/positions",
            &format!("proposal={id}&stance=can_live_with&statement={}", enc("If it helps.")),
            Some(&china),
        ))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, page) = t.request(get(&location(&headers), Some(&china))).await;
    assert!(page.contains("سُجّل موقفكم"), "{page}");
    assert!(page.contains("value=\"can_live_with\" selected"), "the State's position shown as chosen");
    // France cannot reach China's position by writing its own form.
    let (status, _, page) = t
        .request(form("/en/negotiations/gm-forms/positions", &format!("proposal={id}&stance=support"), Some(&france)))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("takes no position on a proposal it made or joined"));

    // The Chair's decisions page is the Chair's.
    let (status, _, _) = t.request(get("/en/negotiations/gm-forms/decide", Some(&france))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, page) = t.request(get("/en/negotiations/gm-forms/decide", Some(&chair))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!("name=\"outcome.{id}\"")), "{page}");
    let (status, _, page) = t
        .request(form(
            "/en/negotiations/gm-forms/revisions",
            &format!("outcome.{id}=accept&reason.{id}="),
            Some(&chair),
        ))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("give the reason for the decision"), "{page}");
    assert_eq!(t.app.store.negotiation("gm-forms").await.unwrap().revision.number, 0, "nothing was built");
    let (status, _, page) = t
        .request(form(
            "/en/negotiations/gm-forms/revisions",
            &format!("outcome.{id}=accept&reason.{id}=Agreed&deadline=14%2F03%2F2099"),
            Some(&chair),
        ))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("in New York time"), "{page}");
    let (status, headers, _) = t
        .request(form(
            "/en/negotiations/gm-forms/revisions",
            &format!("outcome.{id}=accept&reason.{id}=Agreed&deadline=2099-03-14T18%3A00"),
            Some(&chair),
        ))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{}", location(&headers));
    let n = t.app.store.negotiation("gm-forms").await.unwrap();
    assert_eq!(n.revision.number, 1);
    assert_eq!(n.revision.text.paragraphs[1].text, "The Global Mechanism met in New York.");
    let deadline = n.revision.deadline.clone().unwrap_or_default();
    assert!(deadline.starts_with("2099-03-14T22:00:00"), "18:00 in New York is 22:00 UTC in March: {deadline}");
    let (_, _, page) = t.request(get("/en/negotiations/gm-forms", Some(&france))).await;
    assert!(page.contains("14 March 2099") && page.contains("18:00 New York time"), "{page}");

    // Silence until a New York time; China breaks it once.
    let (status, _, _) =
        t.request(form("/en/negotiations/gm-forms/silence", "silence_deadline=2099-04-01T18%3A00", Some(&chair))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, page) = t.request(get("/en/negotiations/gm-forms", Some(&china))).await;
    assert!(page.contains("id=\"break-silence\""), "{page}");
    assert!(!page.contains("/propose?place="), "no proposals under silence");
    let reason = format!("reason={}", enc("Paragraph 2 needs more work."));
    let (status, _, _) = t.request(form("/en/negotiations/gm-forms/silence/break", &reason, Some(&china))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, page) = t.request(form("/ru/negotiations/gm-forms/silence/break", &reason, Some(&china))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("молчание"), "{page}");
    let n = t.app.store.negotiation("gm-forms").await.unwrap();
    assert_eq!(n.silence.unwrap().silence.breaks.len(), 1, "a State breaks silence once");
    let (_, _, page) = t.request(get("/en/negotiations/gm-forms", Some(&chair))).await;
    assert!(page.contains("Paragraph 2 needs more work."), "the Chair sees who broke silence and why");

    // Explanations wait for adoption; the Chair adopts by consensus with the symbol.
    let explain = format!("disassociate=p3&explanation={}", enc("We cannot join paragraph 2."));
    let (status, _, page) = t.request(form("/en/negotiations/gm-forms/explanations", &explain, Some(&china))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("once the text is adopted"), "{page}");
    let (status, _, _) =
        t.request(form("/en/negotiations/gm-forms/adopt", "symbol=a%2Fac.292%2F2026%2Fcrp.1", Some(&france))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "France is not the Chair");
    // Adopted before its symbol is known; the Chair then issues it under its symbol, and it
    // enters the document record. A symbol that is not one is refused in the page's language.
    let (status, headers, _) = t.request(form("/en/negotiations/gm-forms/adopt", "symbol=", Some(&chair))).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{}", location(&headers));
    let (_, _, page) = t.request(get("/en/negotiations/gm-forms", Some(&chair))).await;
    assert!(page.contains("id=\"issue\""), "the Chair is offered to issue it: {page}");
    let (_, _, page) = t.request(get("/en/negotiations/gm-forms/decide", Some(&chair))).await;
    assert!(page.contains("id=\"issue-form\"") && !page.contains("id=\"decisions\""), "{page}");
    let (status, _, page) = t.request(form("/zh/negotiations/gm-forms/issue", "symbol=CRP%201", Some(&chair))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("不是文件文号"), "{page}");
    let issue = "symbol=a%2Fac.292%2F2026%2Fcrp.1";
    let (status, _, _) = t.request(form("/en/negotiations/gm-forms/issue", issue, Some(&france))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "France is not the Chair");
    assert_eq!(t.app.store.negotiation("gm-forms").await.unwrap().summary.symbol, None, "nothing changed");
    let (status, headers, _) = t.request(form("/en/negotiations/gm-forms/issue", issue, Some(&chair))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location(&headers).contains("done=issued"), "{}", location(&headers));
    let (_, _, page) = t.request(get("/en/negotiations/gm-forms", Some(&china))).await;
    assert!(page.contains("A/AC.292/2026/CRP.1") && page.contains("by consensus at a meeting"), "{page}");
    let (status, _, again) = t.request(form("/en/negotiations/gm-forms/issue", issue, Some(&chair))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(crate::common::section(&again, "errors", "</div>").contains("is issued already"), "{again}");
    assert!(page.contains("id=\"explain\"") && !page.contains("/propose?place="), "{page}");

    // China disassociates from paragraph 2 (p3) with its explanation; France explains too;
    // the compendium lists them in the UN's order of States, China before France.
    let (status, _, _) = t.request(form("/zh/negotiations/gm-forms/explanations", &explain, Some(&china))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = t
        .request(form(
            "/en/negotiations/gm-forms/explanations",
            &format!("explanation={}", enc("France joins the consensus.")),
            Some(&france),
        ))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, page) =
        t.request(form("/ar/negotiations/gm-forms/explanations", "explanation=", Some(&france))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("تعليل الموقف"), "the missing field named in Arabic: {page}");
    for (lang, china, france, paragraphs) in
        [("en", "China", "France", "Disassociates from paragraphs 2"), ("zh", "中国", "法国", "不参与第2段")]
    {
        let (_, _, page) = t.request(get(&format!("/{lang}/negotiations/gm-forms"), Some(&chair))).await;
        let compendium = crate::common::section(&page, "explanations", "</section>");
        let (c, f) = (compendium.find(china).unwrap(), compendium.find(france).unwrap());
        assert!(c < f, "{lang}: the UN's order of States: {compendium}");
        assert!(compendium.contains(paragraphs), "{lang}: {compendium}");
        // The same compendium as a Word file, read back as a reader's Word would show it.
        let link = format!("href=\"/{lang}/negotiations/gm-forms/explanations.docx\" id=\"compendium-docx\"");
        assert!(compendium.contains(&link), "{lang}: {compendium}");
        let (status, headers, bytes) =
            t.get_bytes_as(&format!("/{lang}/negotiations/gm-forms/explanations.docx"), &chair).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(headers[header::CONTENT_TYPE].to_str().unwrap().contains("wordprocessingml"));
        let read = comity_docx::read(&bytes).unwrap();
        let lines: Vec<String> = read
            .blocks
            .iter()
            .filter_map(|b| match b {
                comity_docx::Block::Heading { inlines, .. } | comity_docx::Block::Paragraph { inlines } => {
                    Some(comity_docx::plain_text(inlines))
                }
                _ => None,
            })
            .collect();
        let at =
            |s: &str| lines.iter().position(|l| l.contains(s)).unwrap_or_else(|| panic!("{lang}: {s} in {lines:?}"));
        assert!(
            at(china) < at("We cannot join paragraph 2.") && at("We cannot join paragraph 2.") < at(france),
            "{lang}: {lines:?}"
        );
        assert!(at(paragraphs) < at(france), "{lang}: {lines:?}");
        assert!(at("France joins the consensus.") > at(france), "{lang}: {lines:?}");
    }
    let (status, _, _) = t.get_bytes("/en/negotiations/gm-forms/explanations.docx").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a negotiation of States is not the public's");
    let (_, _, page) = t.request(get("/en/negotiations/gm-forms", Some(&china))).await;
    assert!(page.contains("value=\"p3\" checked"), "China's disassociation shown as recorded");

    // The record holds the adopted text; its page leads those who may read the negotiation to
    // where each paragraph came from, in their language; the public sees neither.
    let (status, _, page) = t.request(get("/en/documents/A/AC.292/2026/CRP.1", Some(&china))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("The Global Mechanism met in New York."), "{page}");
    assert!(page.contains("href=\"/en/negotiations/gm-forms/lineage\""), "{page}");
    let (status, _, page) = t.request(get("/en/documents/A/AC.292/2026/CRP.1", None)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("id=\"negotiated\""), "a negotiation of States is not the public's: {page}");
    let (status, _, _) = t.request(get("/en/negotiations/gm-forms/lineage", None)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    for (lang, since, step, outcome) in [
        ("en", "In the zero draft", &["reworded on the proposal of", "France"][..], "taken as proposed"),
        ("zh", "见于零稿", &["根据", "法国", "的提案改写"][..], "按提案纳入"),
        ("ar", "في المسودة الأولية", &["أعيدت صياغتها بناء على مقترح", "فرنسا"][..], "أُخذ به كما اقتُرح"),
    ] {
        let (status, _, page) = t.request(get(&format!("/{lang}/negotiations/gm-forms/lineage"), Some(&china))).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        let p2 = crate::common::section(&page, "p2", "</li>\n  <li id=");
        assert!(p2.contains(since) && p2.contains(outcome) && p2.contains("Agreed"), "{lang}: {p2}");
        assert!(step.iter().all(|w| p2.contains(w)), "{lang}: {p2}");
        assert!(p2.contains("lang=\"en\" dir=\"ltr\">The Global Mechanism met in New York."), "{lang}: {p2}");
        assert!(p2.contains(&format!("href=\"/{lang}/documents/A/AC.292/2026/CRP.1\"")), "{lang}: {p2}");
        let p3 = crate::common::section(&page, "p3", "</li>");
        assert!(p3.contains(since) && !p3.contains("<ul class=\"steps\">"), "{lang}: unchanged: {p3}");
    }
}

/// The opening form's fields, the zero draft written in its box (`text`) or left empty.
fn opening<'a>(name: &'a str, chair: &'a str, text: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("title", "Annual progress report"),
        ("process", "Global Mechanism, second substantive plenary"),
        ("lang", "en"),
        ("readers", "states"),
        ("chair", chair),
        ("support", ""),
        ("deadline", "2099-03-14T18:00"),
        ("text", text),
    ]
}

/// The Secretariat opens a negotiation in the portal, without JavaScript: on a zero draft
/// written in the page (English), or uploaded as Word (Chinese page); a damaged Word file, a
/// Word 97-2003 file, no draft, two drafts, an unknown Chair and a name taken are each told in
/// the page's language with the form as sent, and nothing is opened. A State's focal point has
/// neither the link nor the form.
#[tokio::test]
async fn the_secretariat_opens_a_negotiation_on_its_zero_draft_in_the_portal() {
    use crate::common::accounts::sign_in_and_enrol;
    use crate::common::client::{get, location, upload_with};
    let t = TestApp::new().await;
    account(&t, "admin@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::Admin }]).await;
    account(&t, "chair@example.org", vec![Membership { org: OrgRef::State("SGP".into()), role: Role::Negotiator }])
        .await;
    account(&t, "fp@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }]).await;
    let (admin, _, _) = sign_in_and_enrol(&t, "admin@un.example").await;
    let (france, _, _) = sign_in_and_enrol(&t, "fp@example.org").await;

    let (_, _, page) = t.request(get("/en/negotiations", Some(&admin))).await;
    assert!(page.contains("href=\"/en/negotiations/new\" id=\"open-negotiation\""), "{page}");
    let (_, _, page) = t.request(get("/en/negotiations", Some(&france))).await;
    assert!(!page.contains("id=\"open-negotiation\""), "a State opens no negotiation");
    let (status, _, _) = t.request(get("/en/negotiations/new", Some(&france))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, page) = t.request(get("/ar/negotiations/new", Some(&admin))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\"") && page.contains("فتح مفاوضات"), "{page}");
    assert!(page.contains("enctype=\"multipart/form-data\"") && page.contains("name=\"file\""), "{page}");

    // Written in the page, in English.
    let draft = "# Draft annual progress report\n\n1. The Global Mechanism met.\n\n2. States recalled the norms:\n(a) the eleven norms;\n(b) confidence-building measures.";
    let fields = opening("gm-written", "chair@example.org", draft);
    let (status, _, _) = t.request(upload_with("/en/negotiations", &fields, "", b"", &france)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a focal point opens nothing");
    assert!(t.app.store.negotiation("gm-written").await.is_err(), "nothing opened");
    let (status, headers, _) = t.request(upload_with("/en/negotiations", &fields, "", b"", &admin)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/en/negotiations/gm-written?done=opened");
    let n = t.app.store.negotiation("gm-written").await.unwrap();
    let kinds: Vec<_> = n.revision.text.paragraphs.iter().map(|p| p.kind).collect();
    use comity_negotiation::text::Kind::{Heading, Item, Numbered};
    assert_eq!(kinds, [Heading, Numbered, Numbered, Item, Item]);
    assert_eq!(n.summary.title, "Annual progress report");
    assert_eq!(n.revision.number, 0);
    assert!(n.revision.deadline.clone().unwrap_or_default().starts_with("2099-03-14T22:00:00"), "New York time");
    let (_, _, page) = t.request(get(&location(&headers), Some(&admin))).await;
    assert!(page.contains("The negotiation is open on its zero draft"), "{page}");
    assert!(page.contains("States recalled the norms:"), "{page}");

    // Uploaded as Word, from a Chinese page.
    let word = comity_docx::write(
        &comity_docx::from_markdown("1. The Global Mechanism met.\n\n2. States recalled the norms."),
        &comity_docx::Properties { title: "Zero draft".into(), language: "en".into() },
    );
    let fields = opening("gm-word", "chair@example.org", "");
    let (status, headers, _) =
        t.request(upload_with("/zh/negotiations", &fields, "zero-draft.docx", &word, &admin)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, page) = t.request(get(&location(&headers), Some(&admin))).await;
    assert!(page.contains("谈判已依零案文开启"), "{page}");
    let n = t.app.store.negotiation("gm-word").await.unwrap();
    assert_eq!(n.revision.text.paragraphs[1].text, "States recalled the norms.");

    // Refused, each in the page's language, with nothing opened.
    let damaged = b"PK\x03\x04 not a Word file".as_slice();
    let legacy = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    /// (page language, short name, Chair, text in the box, file name, file bytes, told).
    struct Case<'a>(&'a str, &'a str, &'a str, &'a str, &'a str, &'a [u8], &'a str);
    let chair = "chair@example.org";
    let cases = [
        Case("ar", "gm-bad", chair, "", "draft.docx", damaged, "ليس ملف Word (.docx) مقروءًا"),
        Case("zh", "gm-bad", chair, "", "draft.doc", &legacy, "Word 97-2003 .doc 文件"),
        Case("en", "gm-bad", chair, "", "", b"", "Upload the zero draft or write it in the box."),
        Case("en", "gm-bad", chair, "1. Written.", "draft.docx", &word, "or write it in the box, not both"),
        Case("en", "gm-bad", chair, "(a) An item first.", "", b"", ": a sub-item comes before any numbered paragraph"),
        Case("ar", "gm-bad", "nobody@example.org", "1. Written.", "", b"", "لا يوجد حساب بالبريد الإلكتروني"),
        Case("en", "gm-written", chair, "1. Again.", "", b"", "a negotiation named"),
    ];
    for (i, Case(lang, name, chair, text, file, bytes, told)) in cases.into_iter().enumerate() {
        let fields = opening(name, chair, text);
        let (status, _, page) =
            t.request(upload_with(&format!("/{lang}/negotiations"), &fields, file, bytes, &admin)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "case {i}");
        assert!(page.contains(&format!("<html lang=\"{lang}\"")), "case {i}");
        let errors = crate::common::section(&page, "errors", "</div>");
        assert!(errors.contains(told), "case {i}: {errors}");
        assert!(page.contains("value=\"Annual progress report\""), "case {i}: the form as sent");
    }
    assert!(t.app.store.negotiation("gm-bad").await.is_err(), "nothing opened");
    let n = t.app.store.negotiation("gm-written").await.unwrap();
    assert_eq!(n.revision.text.paragraphs[1].text, "The Global Mechanism met.", "the first one unchanged");
}

/// The Secretariat's own tool opens negotiations through the API with a token holding
/// `manage_negotiations`: on a zero draft written as text, or sent as a Word file in base64. A
/// token without that permission, a State's, a bad language or readers, a draft that does not
/// read, two drafts or none, an unknown Chair and a name taken are each refused with the field
/// named, and nothing is opened; every opening is in the audit trail.
#[tokio::test]
async fn the_secretariat_opens_a_negotiation_through_the_api() {
    use base64::Engine;
    let t = TestApp::new().await;
    let admin = account(&t, "admin@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::Admin }]).await;
    account(&t, "chair@example.org", vec![Membership { org: OrgRef::State("SGP".into()), role: Role::Negotiator }])
        .await;
    let manager = t
        .app
        .store
        .create_token(&admin, "secretariat tool", &[Permission::ManageNegotiations], 30, &Actor::cli())
        .await;
    let manager = manager.unwrap().1;
    let reader =
        t.app.store.create_token(&admin, "reader", &[Permission::ReadNegotiations], 30, &Actor::cli()).await.unwrap().1;
    let state = token(&t, "fr@example.org", "FRA", &[Permission::Negotiate, Permission::ReadNegotiations]).await;
    let opening = |name: &str| {
        serde_json::json!({
            "name": name, "title": "Annual progress report", "process": "Global Mechanism",
            "lang": "en", "readers": "stakeholders", "chair": "chair@example.org",
            "deadline": "2099-03-14T22:00:00Z",
            "zero_draft": "# Draft report\n\n1. The Global Mechanism met.\n\n2. States recalled the norms:\n(a) the norms;",
        })
    };

    let (status, body) = call(&t, "POST", "/api/v1/negotiations", Some(&manager), opening("gm-api")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["name"], "gm-api", "{body}");
    assert_eq!(
        (&body["readers"], &body["members"][0][1]),
        (&"stakeholders".into(), &"chair@example.org".into()),
        "{body}"
    );
    assert_eq!(body["revision"]["number"], 0, "{body}");
    assert_eq!(body["revision"]["text"]["paragraphs"].as_array().map(Vec::len), Some(4), "{body}");
    let n = t.app.store.negotiation("gm-api").await.unwrap();
    assert!(n.revision.deadline.clone().unwrap_or_default().starts_with("2099-03-14T22:00:00"));

    let word = comity_docx::write(
        &comity_docx::from_markdown("1. The Global Mechanism met.\n\n2. States recalled the norms."),
        &comity_docx::Properties { title: "Zero draft".into(), language: "en".into() },
    );
    let mut from_word = opening("gm-api-word");
    from_word["zero_draft"] = serde_json::Value::Null;
    from_word["zero_draft_docx"] = base64::engine::general_purpose::STANDARD.encode(&word).into();
    let (status, body) = call(&t, "POST", "/api/v1/negotiations", Some(&manager), from_word).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["revision"]["text"]["paragraphs"][1]["text"], "States recalled the norms.", "{body}");

    let mut cases = Vec::new();
    let mut with = |field: &str, value: serde_json::Value, status: StatusCode, told: &str| {
        let mut body = opening("gm-refused");
        body[field] = value;
        cases.push((body, status, told.to_string()));
    };
    with("lang", "la".into(), StatusCode::BAD_REQUEST, "lang: \"la\" is not one of");
    with("readers", "everyone".into(), StatusCode::BAD_REQUEST, "readers: \"everyone\"");
    with("deadline", "tomorrow".into(), StatusCode::BAD_REQUEST, "not an RFC 3339 time");
    with("zero_draft", "(a) An item first.".into(), StatusCode::BAD_REQUEST, "line 1: a sub-item comes before");
    with("zero_draft", serde_json::Value::Null, StatusCode::BAD_REQUEST, "give the zero draft once");
    with("zero_draft_docx", "UEsDBA==".into(), StatusCode::BAD_REQUEST, "give the zero draft once");
    with("chair", "nobody@example.org".into(), StatusCode::BAD_REQUEST, "nobody@example.org");
    with("name", "gm-api".into(), StatusCode::BAD_REQUEST, "gm-api");
    with("name", "new".into(), StatusCode::BAD_REQUEST, "letters, digits and hyphens");
    with("colour", "blue".into(), StatusCode::BAD_REQUEST, "unknown field `colour`");
    let mut broken_word = opening("gm-refused");
    broken_word["zero_draft"] = serde_json::Value::Null;
    broken_word["zero_draft_docx"] = base64::engine::general_purpose::STANDARD.encode(b"PK\x03\x04 not Word").into();
    cases.push((broken_word, StatusCode::BAD_REQUEST, "the zero draft:".into()));
    for (i, (body, status, told)) in cases.into_iter().enumerate() {
        let (got, answer) = call(&t, "POST", "/api/v1/negotiations", Some(&manager), body).await;
        assert_eq!(got, status, "case {i}: {answer}");
        assert!(answer["error"]["message"].as_str().unwrap_or_default().contains(&told), "case {i}: {answer}");
    }
    for (who, status) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some(&reader), StatusCode::FORBIDDEN),
        (Some(&state), StatusCode::FORBIDDEN),
    ] {
        let (got, answer) =
            call(&t, "POST", "/api/v1/negotiations", who.map(String::as_str), opening("gm-refused")).await;
        assert_eq!(got, status, "{answer}");
    }
    assert!(t.app.store.negotiation("gm-refused").await.is_err(), "nothing opened");
    assert_eq!(t.audited("negotiation.create").await, 2, "two openings audited");
}

/// The Secretariat opened the negotiation on a placeholder; the Chair puts the Chair's own zero
/// draft in its place from the Chair's page, without JavaScript: written in the box (Chinese
/// page) or uploaded as Word (Arabic page). Two drafts, none, or one that does not read are told
/// in the page's language with the box kept; once a State proposes on it the form is gone and
/// the API refuses too; a delegate who is not the Chair has no such page.
#[tokio::test]
async fn the_chair_puts_the_chairs_own_zero_draft_in_place_while_nothing_rests_on_it() {
    use crate::common::accounts::sign_in_and_enrol;
    use crate::common::client::{get, location, upload_with};
    let t = TestApp::new().await;
    let negotiator = |state: &str| vec![Membership { org: OrgRef::State(state.into()), role: Role::Negotiator }];
    let chair_id = account(&t, "chair@example.org", negotiator("SGP")).await;
    account(&t, "fr@example.org", negotiator("FRA")).await;
    open(&t, "gm-redraft", Readers::States, &Text::parse_draft("1. To be circulated by the Chair.").unwrap()).await;
    let (chair, _, _) = sign_in_and_enrol(&t, "chair@example.org").await;
    let (france, _, _) = sign_in_and_enrol(&t, "fr@example.org").await;

    let (status, _, _) = t.request(get("/en/negotiations/gm-redraft/decide", Some(&france))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "France is not the Chair");
    let (status, _, _) = t
        .request(upload_with("/en/negotiations/gm-redraft/zero-draft", &[("text", "1. France's.")], "", b"", &france))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let uri = |lang: &str| format!("/{lang}/negotiations/gm-redraft/zero-draft");
    for (lang, text, file, bytes, told) in [
        ("zh", "1. Written.", "draft.docx", b"PK\x03\x04 not Word".as_slice(), "不可两者兼有"),
        ("ar", "", "", b"".as_slice(), "ارفع المسودة الأولية أو اكتبها"),
        ("en", "(a) An item first.", "", b"".as_slice(), "a sub-item comes before any numbered paragraph"),
    ] {
        let (status, _, page) = t.request(upload_with(&uri(lang), &[("text", text)], file, bytes, &chair)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        assert!(crate::common::section(&page, "errors", "</div>").contains(told), "{lang}: {page}");
        assert!(page.contains(&format!(">{text}</textarea>")), "{lang}: the box kept");
    }
    let n = t.app.store.negotiation("gm-redraft").await.unwrap();
    assert_eq!(n.revision.text.paragraphs[0].text, "To be circulated by the Chair.", "nothing replaced");

    // Written in the box, from a Chinese page.
    let (_, _, page) = t.request(get("/zh/negotiations/gm-redraft/decide", Some(&chair))).await;
    assert!(page.contains("id=\"redraft-form\"") && page.contains("主席的零稿"), "{page}");
    let draft = "# Draft report\n\n1. The Global Mechanism met.\n\n2. States recalled the norms.";
    let (status, headers, _) = t.request(upload_with(&uri("zh"), &[("text", draft)], "", b"", &chair)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/zh/negotiations/gm-redraft?done=redrafted");
    let (_, _, page) = t.request(get(&location(&headers), Some(&chair))).await;
    assert!(page.contains("零稿现为主席的零稿") && page.contains("States recalled the norms."), "{page}");

    // Uploaded as Word, from an Arabic page.
    let word = comity_docx::write(
        &comity_docx::from_markdown("1. The Global Mechanism met in New York.\n\n2. States recalled the norms."),
        &comity_docx::Properties { title: "Zero draft".into(), language: "en".into() },
    );
    let (status, _, _) = t.request(upload_with(&uri("ar"), &[("text", "")], "zero.docx", &word, &chair)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let n = t.app.store.negotiation("gm-redraft").await.unwrap();
    assert_eq!(n.revision.text.paragraphs[0].text, "The Global Mechanism met in New York.");

    // France proposes on it: the zero draft stays as it is.
    let fr = Actor { org: Some("FRA".into()), ..Actor::default() };
    let proposal = comity_store::NewProposal {
        place: "p1".into(),
        change: comity_negotiation::proposal::Change::Replace { text: "The Global Mechanism met.".into() },
        justification: String::new(),
        group: None,
        co_sponsors: vec![],
    };
    t.app.store.file_proposal("gm-redraft", "FRA", &proposal, &fr, jiff::Timestamp::now()).await.unwrap();
    let (_, _, page) = t.request(get("/ar/negotiations/gm-redraft/decide", Some(&chair))).await;
    assert!(!page.contains("id=\"redraft-form\""), "no form once a proposal rests on it");
    let (status, _, page) = t.request(upload_with(&uri("ar"), &[("text", draft)], "", b"", &chair)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(crate::common::section(&page, "errors", "</div>").contains("لم تُستبدل"), "{page}");
    let token = t
        .app
        .store
        .create_token(&chair_id, "chair's tool", &[Permission::ReadNegotiations], 30, &Actor::cli())
        .await
        .unwrap()
        .1;
    let body = serde_json::json!({ "zero_draft": draft });
    let (status, refused) =
        call(&t, "PUT", "/api/v1/negotiations/gm-redraft/zero-draft", Some(&token), body.clone()).await;
    assert_eq!((status, refused["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("zero_draft_in_use")));
    let n = t.app.store.negotiation("gm-redraft").await.unwrap();
    assert_eq!(n.revision.text.paragraphs[0].text, "The Global Mechanism met in New York.", "unchanged");

    // Through the API, on a negotiation nothing rests on yet; a State's token is not the Chair.
    open(&t, "gm-redraft-api", Readers::States, &Text::parse_draft("1. Placeholder.").unwrap()).await;
    let (status, answer) =
        call(&t, "PUT", "/api/v1/negotiations/gm-redraft-api/zero-draft", Some(&token), body.clone()).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
    let state = token_for_state(&t).await;
    let (status, refused) = call(&t, "PUT", "/api/v1/negotiations/gm-redraft-api/zero-draft", Some(&state), body).await;
    assert_eq!((status, refused["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("not_the_chair")));
    let n = t.app.store.negotiation("gm-redraft-api").await.unwrap();
    assert_eq!(n.revision.text.paragraphs.len(), 3);
    assert_eq!(t.audited("negotiation.zero_draft").await, 3, "each replacement audited, no refusal");
}

async fn token_for_state(t: &TestApp) -> String {
    token(t, "tool@fra.example", "FRA", &[Permission::ReadNegotiations, Permission::Negotiate]).await
}

/// Rev.1 against the zero draft, in English, Chinese and Arabic: the negotiation's page links
/// the comparison, which marks the words reworded and the paragraph struck, keeps the text in its
/// language, names each paragraph's number in both revisions, and offers the Word file; a
/// revision that does not exist is told in the page's language; a negotiation for States only
/// is not found by the public.
#[tokio::test]
async fn a_revision_is_compared_with_the_one_before_in_the_portal_and_as_word() {
    use comity_negotiation::proposal::Change;
    use comity_negotiation::revise::{Decision, Outcome};
    let t = TestApp::new().await;
    let chair =
        account(&t, "chair@example.org", vec![Membership { org: OrgRef::State("SGP".into()), role: Role::Negotiator }])
            .await;
    let zero = Text::parse_draft(
        "# Draft report\n\n1. The Global Mechanism met.\n\n2. States will meet again in July.\n\n3. States recalled the norms.",
    )
    .unwrap();
    open(&t, "gm-compare", Readers::Public, &zero).await;
    open(&t, "gm-private", Readers::States, &zero).await;
    let (_, _, page) = t.get("/en/negotiations/gm-compare").await;
    assert!(!page.contains("id=\"compare-link\""), "the zero draft has nothing before it");
    let proposal = |place: &str, change: Change| comity_store::NewProposal {
        place: place.into(),
        change,
        justification: String::new(),
        group: None,
        co_sponsors: vec![],
    };
    let france = Actor { org: Some("FRA".into()), ..Actor::default() };
    let now = jiff::Timestamp::now();
    let reworded = proposal("p2", Change::Replace { text: "The Global Mechanism met in New York.".into() });
    let reworded = t.app.store.file_proposal("gm-compare", "FRA", &reworded, &france, now).await.unwrap();
    let struck =
        t.app.store.file_proposal("gm-compare", "FRA", &proposal("p3", Change::Delete), &france, now).await.unwrap();
    let decisions: Vec<Decision> = [reworded.id, struck.id]
        .into_iter()
        .map(|proposal| Decision { proposal, outcome: Outcome::Accept, reason: "Agreed.".into() })
        .collect();
    let chair = Actor { account: Some(chair), ..Actor::default() };
    assert_eq!(t.app.store.revise_negotiation("gm-compare", &decisions, None, &chair).await.unwrap(), 1);

    for (lang, dir, removed, zero_name) in [
        ("en", "ltr", "Removed", "the zero draft"),
        ("zh", "ltr", "删除", "零稿"),
        ("ar", "rtl", "محذوفة", "المسودة الأولية"),
    ] {
        let (_, _, page) = t.get(&format!("/{lang}/negotiations/gm-compare")).await;
        let link = format!("href=\"/{lang}/negotiations/gm-compare/compare?to=1\" id=\"compare-link\"");
        assert!(page.contains(&link), "{lang}: {page}");
        let (status, _, page) = t.get(&format!("/{lang}/negotiations/gm-compare/compare?to=1")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(page.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\"")), "{lang}");
        assert!(
            page.contains("<option value=\"0\" selected>") && page.contains("<option value=\"1\" selected>"),
            "{lang}"
        );
        assert!(page.contains(&format!("<option value=\"0\" selected>{zero_name}</option>")), "{lang}: {page}");
        assert!(page.contains("<ins>in New York</ins>") || page.contains("<ins> in New York</ins>"), "{lang}: {page}");
        let row =
            page.split("<tr class=\"change-removed\">").nth(1).expect("a removed row").split("</tr>").next().unwrap();
        assert!(row.contains(removed) && row.contains("States will meet again in July."), "{lang}: {row}");
        assert!(row.contains("lang=\"en\" dir=\"ltr\""), "{lang}: the text keeps its language");
        // Paragraph 3 of the zero draft is paragraph 2 of Rev.1.
        let row =
            page.split("<tr class=\"change-same\">").nth(2).expect("an unchanged row").split("</tr>").next().unwrap();
        assert!(
            row.contains("<td class=\"place\" dir=\"ltr\">3</td>")
                && row.contains("<td class=\"place\" dir=\"ltr\">2</td>"),
            "{lang}: {row}"
        );
        assert!(
            page.contains(&format!("href=\"/{lang}/negotiations/gm-compare/compare.docx?from=0&amp;to=1\"")),
            "{lang}"
        );
        let (status, headers, bytes) =
            t.get_bytes(&format!("/{lang}/negotiations/gm-compare/compare.docx?from=0&to=1")).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(headers[header::CONTENT_TYPE].to_str().unwrap().contains("wordprocessingml"));
        assert!(headers[header::CONTENT_DISPOSITION].to_str().unwrap().contains("gm-compare-rev1-against-rev0.docx"));
        assert!(bytes.starts_with(b"PK"));
        for asked in ["7", "abc", "-1"] {
            let (status, _, page) = t.get(&format!("/{lang}/negotiations/gm-compare/compare?from={asked}")).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{lang}: {asked}");
            let told = page.split("id=\"problem\">").nth(1).unwrap_or_default();
            assert!(told.contains(asked) && told.contains(zero_name) && told.contains("Rev.1"), "{lang}: {told}");
            assert!(!page.contains("<table class=\"paragraphs diff\">"), "{lang}: nothing compared");
            let (status, _, _) = t.get_bytes(&format!("/{lang}/negotiations/gm-compare/compare.docx?to={asked}")).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{lang}: {asked}");
        }
    }
    // The same through the API, for a delegation's own tools.
    let (status, body) =
        call(&t, "GET", "/api/v1/negotiations/gm-compare/compare", None, serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!((body["from"].as_i64(), body["to"].as_i64()), (Some(0), Some(1)));
    let kinds: Vec<&str> = body["changes"].as_array().unwrap().iter().map(|c| c["change"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["same", "changed", "removed", "same"], "{body}");
    let (status, body) =
        call(&t, "GET", "/api/v1/negotiations/gm-compare/compare?to=9", None, serde_json::Value::Null).await;
    assert_eq!((status, body["error"]["code"].as_str()), (StatusCode::NOT_FOUND, Some("unknown_revision")), "{body}");
    let (status, body) =
        call(&t, "GET", "/api/v1/negotiations/gm-compare/compare?from=x", None, serde_json::Value::Null).await;
    assert_eq!((status, body["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("bad_revision")), "{body}");
    let (status, _) = call(&t, "GET", "/api/v1/negotiations/gm-private/compare", None, serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, page) = t.get("/en/negotiations/gm-private/compare").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the public does not read a negotiation for States");
    let (status, _, _) = t.get_bytes("/en/negotiations/gm-private/compare.docx").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!page.contains("States will meet again"));
}

/// A stakeholder in the portal, in English, Chinese and Arabic, without JavaScript: an NGO's
/// account, accredited by the Secretariat from the negotiation's page (a State's delegate, an
/// unknown account and a negotiation for States only refused) to a negotiation opened to
/// stakeholders, reads it and
/// gives written inputs on its paragraphs; States see them under the paragraph, apart from the
/// proposals and counted nowhere. Refused in the page's language, the input kept in its form:
/// an empty input, a paragraph the revision lacks, an input from a State's negotiator. The NGO
/// reads no negotiation for States only, and the public reads neither.
#[tokio::test]
async fn an_accredited_stakeholder_gives_written_inputs_apart_from_states_proposals() {
    use crate::common::accounts::sign_in_and_enrol;
    use crate::common::client::{enc, form, get, location};
    let t = TestApp::new().await;
    account(&t, "chair@example.org", vec![Membership { org: OrgRef::State("SGP".into()), role: Role::Negotiator }])
        .await;
    account(&t, "fr@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::Negotiator }]).await;
    account(&t, "ngo@example.org", vec![]).await;
    let zero =
        Text::parse_draft("# Draft report\n\n1. The Global Mechanism met.\n\n2. States recalled the norms.").unwrap();
    open(&t, "gm-voices", Readers::Stakeholders, &zero).await;
    open(&t, "gm-states", Readers::States, &zero).await;
    account(&t, "admin@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::Admin }]).await;
    let (admin, _, _) = sign_in_and_enrol(&t, "admin@un.example").await;
    let (ngo, _, _) = sign_in_and_enrol(&t, "ngo@example.org").await;
    let (france, _, _) = sign_in_and_enrol(&t, "fr@example.org").await;

    // The Secretariat accredits the NGO from the negotiation's page, in Arabic; a State's
    // delegate, an unknown account and a negotiation for States only are refused, the form kept.
    let (_, _, page) = t.request(get("/ar/negotiations/gm-voices", Some(&admin))).await;
    assert!(crate::common::section(&page, "stakeholders", "</section>").contains("لم يُعتمد أي صاحب مصلحة"), "{page}");
    let (_, _, page) = t.request(get("/ar/negotiations/gm-states", Some(&admin))).await;
    assert!(!page.contains("id=\"stakeholders\""), "a negotiation for States only has none");
    let (_, _, page) = t.request(get("/ar/negotiations/gm-voices", Some(&france))).await;
    assert!(!page.contains("id=\"stakeholders\""), "who is accredited is the Secretariat's to see");
    let accredit = |name: &str, email: &str| {
        form(
            &format!("/ar/negotiations/{name}/stakeholders"),
            &format!("email={}&organisation={}", enc(email), enc("Cyber Peace NGO")),
            Some(&admin),
        )
    };
    for (name, email, told) in [
        ("gm-voices", "fr@example.org", "fr@example.org"),
        ("gm-voices", "nobody@example.org", "nobody@example.org"),
        ("gm-states", "ngo@example.org", "مقصورة على الدول"),
    ] {
        let (status, _, page) = t.request(accredit(name, email)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{name} {email}");
        assert!(crate::common::section(&page, "errors", "</div>").contains(told), "{email}: {page}");
        if name == "gm-voices" {
            assert!(page.contains(&format!("value=\"{email}\"")), "the form kept: {page}");
        }
    }
    let (status, _, _) = t
        .request(form(
            "/ar/negotiations/gm-voices/stakeholders",
            "email=ngo%40example.org&organisation=X",
            Some(&france),
        ))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a State accredits no one");
    let (status, headers, _) = t.request(accredit("gm-voices", "ngo@example.org")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/ar/negotiations/gm-voices?done=accredited#stakeholders");
    let (_, _, page) = t.request(get("/ar/negotiations/gm-voices?done=accredited", Some(&admin))).await;
    let listed = crate::common::section(&page, "stakeholders", "</section>");
    assert!(listed.contains("Cyber Peace NGO") && listed.contains("ngo@example.org"), "{listed}");
    assert!(page.contains("اعتُمد صاحب المصلحة"), "the notice in Arabic");

    let (status, _, _) = t.request(get("/en/negotiations/gm-voices", None)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the public reads no negotiation for stakeholders");
    let (status, _, _) = t.request(get("/en/negotiations/gm-states", Some(&ngo))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a stakeholder reads no negotiation for States only");
    let (_, _, list) = t.request(get("/en/negotiations", Some(&ngo))).await;
    assert!(list.contains("gm-voices") && !list.contains("gm-states"), "{list}");

    for (lang, dir, title, heading, missing, no_lang) in [
        (
            "en",
            "ltr",
            "A written input from Cyber Peace NGO",
            "a voice, not a vote",
            "is missing",
            "Choose the language",
        ),
        ("zh", "ltr", "Cyber Peace NGO 的书面意见", "有发言权，无表决权", "缺少", "请选择书面意见所用语言"),
        ("ar", "rtl", "مساهمة مكتوبة من Cyber Peace NGO", "صوت لا تصويت", "ينقص", "اختر اللغة"),
    ] {
        let (status, _, page) = t.request(get(&format!("/{lang}/negotiations/gm-voices?input=p3"), Some(&ngo))).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(page.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\"")), "{lang}");
        let section = crate::common::section(&page, "stakeholder-input", "</section>");
        assert!(section.contains(title) && section.contains("<option value=\"p3\" selected>"), "{lang}: {section}");
        assert!(section.contains("<option value=\"en\" selected>"), "{lang}: the negotiating language first");
        assert!(!page.contains("/propose?place="), "{lang}: a stakeholder proposes nothing");

        let uri = format!("/{lang}/negotiations/gm-voices/inputs");
        let said = format!("{lang}: please name ransomware.");
        let (status, headers, _) =
            t.request(form(&uri, &format!("place=p3&text={}&lang={lang}", enc(&said)), Some(&ngo))).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{lang}");
        assert_eq!(location(&headers), format!("/{lang}/negotiations/gm-voices?done=input#p3"));
        let (_, _, page) = t.request(get(&format!("/{lang}/negotiations/gm-voices?done=input"), Some(&france))).await;
        let p3 = crate::common::section(&page, "p3", "</section>");
        let inputs = p3.split("<aside class=\"inputs\">").nth(1).expect("the inputs under the paragraph");
        assert!(inputs.contains(heading) && inputs.contains("Cyber Peace NGO"), "{lang}: {p3}");
        assert!(
            inputs.contains(&format!("<p lang=\"{lang}\" dir=\"{dir}\">{said}</p>")),
            "{lang}: marked as written: {p3}"
        );
        assert!(!p3.contains("class=\"proposal\""), "{lang}: an input is not a proposal");
        assert!(!page.contains("id=\"stakeholder-input\""), "{lang}: a State gives no stakeholder input");

        // Refused, each in the page's language, the input kept; nothing given.
        let (status, _, page) = t.request(form(&uri, "place=p3&text=In%20Latin&lang=la", Some(&ngo))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(crate::common::section(&page, "errors", "</div>").contains(no_lang), "{lang}: {page}");
        assert!(page.contains(">In Latin</textarea>"), "{lang}: the input kept");
        let (status, _, page) = t.request(form(&uri, "place=p3&text=&lang=en", Some(&ngo))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(crate::common::section(&page, "errors", "</div>").contains(missing), "{lang}: {page}");
        let (status, _, page) = t.request(form(&uri, "place=p99&text=Somewhere&lang=en", Some(&ngo))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(page.contains(">Somewhere</textarea>"), "{lang}: the input kept");
        let (status, _, page) = t.request(form(&uri, "place=p3&text=France%20speaks&lang=fr", Some(&france))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(!crate::common::section(&page, "errors", "</div>").is_empty(), "{lang}");
    }
    let id = t.app.store.negotiation("gm-voices").await.unwrap().summary.id;
    assert_eq!(t.app.store.negotiation_inputs(&id, 0).await.unwrap().len(), 3, "one input a language, no more");
    assert!(t.app.store.negotiation_proposals(&id, 0).await.unwrap().is_empty());
    let (status, _) = call(&t, "GET", "/api/v1/negotiations/gm-voices", None, serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the API shows the public nothing either");
    let (status, _) = call(&t, "GET", "/api/v1/negotiations/gm-voices/inputs", None, serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A delegation's tool reads the inputs apart from the proposals.
    let reader = token(&t, "tool@example.org", "FRA", &[Permission::ReadNegotiations]).await;
    let (status, body) =
        call(&t, "GET", "/api/v1/negotiations/gm-voices/inputs", Some(&reader), serde_json::Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let inputs = body["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 3, "{body}");
    assert!(inputs.iter().all(|i| i["organisation"] == "Cyber Peace NGO" && i["place"] == "p3"), "{body}");
    let langs: Vec<&str> = inputs.iter().filter_map(|i| i["lang"].as_str()).collect();
    assert_eq!(langs, ["en", "zh", "ar"], "{body}");
    let (_, body) =
        call(&t, "GET", "/api/v1/negotiations/gm-voices/proposals", Some(&reader), serde_json::Value::Null).await;
    assert_eq!(body["proposals"].as_array().map(Vec::len), Some(0), "{body}");
}

/// `xml` against the official Akoma Ntoso schema (xmllint), when the schema is at hand; CI
/// requires it.
fn valid_akoma_ntoso(xml: &str, name: &str) {
    let Some(xsd) = std::env::var_os("COMITY_AKN_XSD") else {
        assert!(std::env::var("COMITY_REQUIRE_VALIDATORS").as_deref() != Ok("1"), "COMITY_AKN_XSD is required");
        return;
    };
    let file = std::env::temp_dir().join(format!("comity-web-akn-{}-{name}.xml", std::process::id()));
    std::fs::write(&file, xml).unwrap();
    let out = std::process::Command::new("xmllint").arg("--noout").arg("--schema").arg(&xsd).arg(&file).output();
    let _ = std::fs::remove_file(&file);
    let out = out.unwrap();
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
}
