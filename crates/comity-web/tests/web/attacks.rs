//! The attack suite: what an attacker with an account (or with none) tried against a running
//! server, kept as tests beside the route matrix. Each test names the finding it guards; each
//! failed before its fix. Cross-State and cross-thread attempts go through TAXII and the portal
//! with three States' Points of Contact (Kenya, France, China) and their API tokens.

use crate::common::{TestApp, form, location};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use comity_access::{Membership, OrgRef, Permission, Role};
use comity_contacts::messages::{Draft, Kind, Tlp, Urgency};
use comity_contacts::stix;
use comity_store::{Actor, NewAccount};
use serde_json::{Value, json};

const TAXII: &str = "application/taxii+json;version=2.1";

struct Person {
    account: String,
    session: String,
    token: String,
}

/// Kenya, France and China with listed technical contacts; France has two contacts with
/// accounts (Luc and Ana) so that a message can be marked for one of them alone.
struct World {
    t: TestApp,
    kenya: Person,
    luc: Person,
    ana: Person,
    china: Person,
}

async fn person(t: &TestApp, email: &str, state: &str, role: Role, scopes: &[Permission]) -> Person {
    person_in(t, email, OrgRef::State(state.into()), role, scopes).await
}

/// An account of `org` with a complete session and a token holding `scopes`.
async fn person_in(t: &TestApp, email: &str, org: OrgRef, role: Role, scopes: &[Permission]) -> Person {
    let new = NewAccount {
        email: email.into(),
        name: email.into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![Membership { org, role }],
    };
    let account = t.app.store.create_account(&new, &Actor::cli()).await.unwrap();
    let session = t.app.store.create_session(&account, true, &Actor::default()).await.unwrap();
    let token = t.app.store.create_token(&account, "attack", scopes, 30, &Actor::cli()).await.unwrap().1;
    Person { account, session, token }
}

async fn world() -> World {
    let t = TestApp::new().await;
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
        KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
        FRA,technical,Luc Bernard,Analyste,CERT-FR,luc@cert-fr.example,,fr,24/7,Europe/Paris,\n\
        FRA,technical,Ana Petit,Analyste,CERT-FR,ana@cert-fr.example,,fr,24/7,Europe/Paris,\n\
        CHN,technical,Li Wei,Engineer,CNCERT,cert@cncert.example,,zh,24/7,Asia/Shanghai,\n";
    let (rows, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    t.app.store.import_nominations(&rows, true, "n.csv", &Actor::cli()).await.unwrap();
    let messages = [Permission::ExchangeMessages];
    let kenya = person(&t, "incidents@ke-cirt.example", "KEN", Role::PocTechnical, &messages).await;
    let luc = person(&t, "luc@cert-fr.example", "FRA", Role::PocTechnical, &messages).await;
    let ana = person(&t, "ana@cert-fr.example", "FRA", Role::PocTechnical, &messages).await;
    let china = person(&t, "cert@cncert.example", "CHN", Role::PocTechnical, &messages).await;
    World { t, kenya, luc, ana, china }
}

fn draft(tlp: Tlp, recipients: &[&str], named: &[&str]) -> Draft {
    Draft {
        kind: Kind::RequestAssistance,
        subject: "Outage at the grid operator".into(),
        sector: Some("energy".into()),
        window_start: None,
        window_end: None,
        urgency: Urgency::High,
        tlp,
        elements: Vec::new(),
        body: "Indicators follow.".into(),
        recipients: recipients.iter().map(|s| s.to_string()).collect(),
        named: named.iter().map(|s| s.to_string()).collect(),
    }
}

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// A report opening a thread of its own (with its incident).
fn opening(sender: &str, thread: &str, draft: Draft) -> Vec<Value> {
    let id = new_id();
    stix::to_stix(&stix::Message {
        id,
        thread_id: thread.into(),
        in_reply_to: None,
        replies_to_opening: false,
        sender_state: sender.into(),
        created_at: "2026-12-01T08:00:00.000000Z".into(),
        draft,
    })
}

/// A note answering `parent` (a report when `parent_opens`) in `thread`, with its relationship.
fn answer(sender: &str, thread: &str, parent: &str, parent_opens: bool, mut draft: Draft) -> Vec<Value> {
    draft.kind = Kind::Reply;
    draft.recipients.clear();
    stix::to_stix(&stix::Message {
        id: new_id(),
        thread_id: thread.into(),
        in_reply_to: Some(parent.into()),
        replies_to_opening: parent_opens,
        sender_state: sender.into(),
        created_at: "2026-12-01T09:00:00.000000Z".into(),
        draft,
    })
}

fn bearer(method: &str, uri: &str, token: &str, body: Option<&Value>) -> Request<Body> {
    let r = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::ACCEPT, TAXII);
    match body {
        Some(b) => r.header(header::CONTENT_TYPE, TAXII).body(Body::from(b.to_string())).unwrap(),
        None => r.body(Body::empty()).unwrap(),
    }
}

impl World {
    /// The State's own collection, as its token lists it first.
    async fn collection(&self, who: &Person) -> String {
        let (status, _, body) = self.t.request(bearer("GET", "/taxii2/api/collections/", &who.token, None)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        v["collections"][0]["id"].as_str().unwrap().to_string()
    }

    /// Posts objects to the poster's own collection; the status resource back.
    async fn post(&self, who: &Person, objects: Vec<Value>) -> Value {
        let collection = self.collection(who).await;
        let uri = format!("/taxii2/api/collections/{collection}/objects/");
        let (status, _, body) =
            self.t.request(bearer("POST", &uri, &who.token, Some(&json!({ "objects": objects })))).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{body}");
        serde_json::from_str(&body).unwrap()
    }

    fn reader(&self, who: &Person, state: &str) -> comity_contacts::messages::Reader {
        comity_contacts::messages::Reader { account_id: who.account.clone(), state: state.into(), contact_role: true }
    }
}

fn failures(status: &Value) -> Vec<String> {
    status["failures"].as_array().unwrap().iter().map(|f| f["message"].as_str().unwrap_or("").to_string()).collect()
}

fn id_of(objects: &[Value], kind: &str) -> String {
    let id = objects.iter().find(|o| o["type"] == kind).unwrap()["id"].as_str().unwrap();
    id.split_once("--").unwrap().1.to_string()
}

/// Finding 3: a State posted a report naming the incident of a thread between two other
/// States, and its message was stored in that thread.
#[tokio::test]
async fn a_posted_object_cannot_join_another_states_thread() {
    let w = world().await;
    let thread = new_id();
    let kenya_to_france = opening("KEN", &thread, draft(Tlp::Amber, &["FRA"], &[]));
    let status = w.post(&w.kenya, kenya_to_france.clone()).await;
    assert_eq!(status["success_count"], 2, "{status}");
    let kenya_report = id_of(&kenya_to_france, "report");

    // China names the Kenya-France incident in a report of its own, and in a note.
    let intruding_report = opening("CHN", &thread, draft(Tlp::Amber, &["FRA"], &[]));
    let status = w.post(&w.china, intruding_report.clone()).await;
    assert_eq!(status["success_count"], 0, "{status}");
    assert!(failures(&status).iter().any(|f| f == comity_store::NOT_TAKEN), "{status}");
    let intruding_note = answer("CHN", &thread, &kenya_report, true, draft(Tlp::Amber, &[], &[]));
    let status = w.post(&w.china, intruding_note).await;
    assert_eq!(status["success_count"], 0, "{status}");

    // A note answering a message of its own thread cannot name the Kenya-France incident.
    let china_thread = new_id();
    let china_to_france = opening("CHN", &china_thread, draft(Tlp::Amber, &["FRA"], &[]));
    assert_eq!(w.post(&w.china, china_to_france.clone()).await["success_count"], 2);
    let china_report = id_of(&china_to_france, "report");
    let crossing = answer("FRA", &thread, &china_report, true, draft(Tlp::Amber, &[], &[]));
    let status = w.post(&w.luc, crossing).await;
    assert_eq!(status["success_count"], 0, "a note's incident is the thread of what it answers: {status}");

    // A relationship relates a note to what the note answers, and nothing else.
    let mut reply = answer("FRA", &china_thread, &china_report, true, draft(Tlp::Amber, &[], &[]));
    reply[1]["target_ref"] = json!(format!("report--{kenya_report}"));
    let status = w.post(&w.luc, reply).await;
    assert_eq!(status["success_count"], 1, "the note is taken, its stray relationship not: {status}");

    // Nothing China sent is in the Kenya-France thread; France's reader sees only Kenya's message there.
    let filter = comity_store::MessageFilter { thread: Some(&thread), ..Default::default() };
    let in_thread = w.t.app.store.messages_for(&w.reader(&w.luc, "FRA"), &filter, 100).await.unwrap();
    assert_eq!(in_thread.iter().map(|m| m.sender_state.as_str()).collect::<Vec<_>>(), ["KEN"]);
    // A party posting a report on an open thread is told to answer it instead.
    let again = opening("KEN", &thread, draft(Tlp::Amber, &["FRA"], &[]));
    let status = w.post(&w.kenya, again).await;
    assert!(failures(&status).iter().any(|f| f.contains("answer it with a note")), "{status}");
}

/// Finding 7: an id held in a thread the poster cannot read answered "already held".
#[tokio::test]
async fn refusals_say_nothing_of_what_the_poster_may_not_know() {
    let w = world().await;
    let kenya_to_france = opening("KEN", &new_id(), draft(Tlp::Amber, &["FRA"], &[]));
    assert_eq!(w.post(&w.kenya, kenya_to_france.clone()).await["success_count"], 2);
    let held = id_of(&kenya_to_france, "report");

    // China reuses Kenya's report id; and answers a message that does not exist at all.
    let mut reused = opening("CHN", &new_id(), draft(Tlp::Amber, &["FRA"], &[]));
    reused[1]["id"] = json!(format!("report--{held}"));
    let existing = w.post(&w.china, reused).await;
    let nothing = w.post(&w.china, answer("CHN", &new_id(), &new_id(), true, draft(Tlp::Amber, &[], &[]))).await;
    let mut unseen = answer("CHN", &new_id(), &held, true, draft(Tlp::Amber, &[], &[]));
    let unseen_status = w.post(&w.china, std::mem::take(&mut unseen)).await;
    let first = |s: &Value| failures(s).into_iter().next().unwrap_or_default();
    assert_eq!(first(&existing), comity_store::NOT_TAKEN, "{existing}");
    assert_eq!(first(&nothing), comity_store::NOT_TAKEN, "{nothing}");
    assert_eq!(first(&unseen_status), comity_store::NOT_TAKEN, "{unseen_status}");
    assert!(!existing.to_string().contains("already held"));
    // Kenya sending its own report again is held, as before.
    let status = w.post(&w.kenya, kenya_to_france).await;
    assert_eq!(status["successes"][0]["message"], "already held", "{status}");
}

/// Finding 4: answering a GREEN message acknowledged a RED message of the same thread that
/// the answering person may not read, stopping its escalation.
#[tokio::test]
async fn answering_acknowledges_only_what_the_answerer_may_read() {
    let w = world().await;
    let thread = new_id();
    let request = opening("KEN", &thread, draft(Tlp::Green, &["FRA"], &[]));
    assert_eq!(w.post(&w.kenya, request.clone()).await["success_count"], 2);
    let request_id = id_of(&request, "report");
    // Kenya adds a RED note for Luc alone.
    let red = answer("KEN", &thread, &request_id, true, draft(Tlp::Red, &[], &["luc@cert-fr.example"]));
    assert_eq!(w.post(&w.kenya, red.clone()).await["success_count"], 2);
    let red_id = id_of(&red, "note");
    // Ana, who may not read the RED note, answers the GREEN request.
    let reply = answer("FRA", &thread, &request_id, true, draft(Tlp::Green, &[], &[]));
    assert_eq!(w.post(&w.ana, reply).await["success_count"], 2);

    let filter = comity_store::MessageFilter { thread: Some(&thread), ..Default::default() };
    let seen_by_luc = w.t.app.store.messages_for(&w.reader(&w.luc, "FRA"), &filter, 100).await.unwrap();
    let awaits = |id: &str| seen_by_luc.iter().find(|m| m.id == id).unwrap().awaits("FRA");
    assert!(!awaits(&request_id), "what Ana answered is acknowledged");
    assert!(awaits(&red_id), "the RED note Ana cannot read still waits for France");
    let acknowledge = format!("/en/messages/{thread}/acknowledge");
    let body = format!("message={red_id}");
    let status = w.t.request(form(&acknowledge, &body, Some(&w.ana.session))).await.0;
    assert_eq!(status, StatusCode::NOT_FOUND, "nor can Ana acknowledge it in the portal");
    let (status, _, page) = w.t.request(form(&acknowledge, &body, Some(&w.luc.session))).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let seen_by_luc = w.t.app.store.messages_for(&w.reader(&w.luc, "FRA"), &filter, 100).await.unwrap();
    assert!(!seen_by_luc.iter().find(|m| m.id == red_id).unwrap().awaits("FRA"), "Luc, who may read it, does");
}

/// Finding 6: opening a thread page acknowledged a reply and so changed state on a GET.
#[tokio::test]
async fn opening_a_thread_changes_nothing_but_the_audit_of_the_read() {
    let w = world().await;
    let thread = new_id();
    let request = opening("KEN", &thread, draft(Tlp::Green, &["FRA"], &[]));
    assert_eq!(w.post(&w.kenya, request.clone()).await["success_count"], 2);
    let reply = answer("FRA", &thread, &id_of(&request, "report"), true, draft(Tlp::Green, &[], &[]));
    assert_eq!(w.post(&w.luc, reply.clone()).await["success_count"], 2);
    let reply_id = id_of(&reply, "note");
    let mut audited = 0;
    w.t.app
        .store
        .audit_entries(None, |_| {
            audited += 1;
            true
        })
        .await
        .unwrap();

    // A cross-site GET (or Kenya's own) opens the page.
    let request = Request::get(format!("/en/messages/{thread}"))
        .header(header::COOKIE, format!("comity_session={}", w.kenya.session))
        .header("sec-fetch-site", "cross-site")
        .body(Body::empty())
        .unwrap();
    let (status, _, page) = w.t.request(request).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let filter = comity_store::MessageFilter { thread: Some(&thread), ..Default::default() };
    let seen = w.t.app.store.messages_for(&w.reader(&w.kenya, "KEN"), &filter, 100).await.unwrap();
    assert!(seen.iter().find(|m| m.id == reply_id).unwrap().awaits("KEN"), "reading acknowledges nothing");
    let mut actions = Vec::new();
    w.t.app
        .store
        .audit_entries(None, |e| {
            actions.push(e.content.action.clone());
            true
        })
        .await
        .unwrap();
    assert_eq!(actions[audited..], ["message.open".to_string()], "the read alone is audited");
}

/// Finding 2: a token holding only `manage_own_tokens` made a token with more scopes through
/// the account page.
#[tokio::test]
async fn a_token_is_no_authority_on_pages_and_cannot_make_tokens() {
    let w = world().await;
    let t = &w.t;
    let narrow = person(t, "narrow@ke.example", "KEN", Role::FocalPoint, &[Permission::ManageOwnTokens]).await;
    let before = t.app.store.list_tokens(&narrow.account).await.unwrap().len();
    let widen = Request::post("/en/account/tokens")
        .header(header::AUTHORIZATION, format!("Bearer {}", narrow.token))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("name=wide&days=30&scope=exchange_messages&scope=read_directory"))
        .unwrap();
    let (status, headers, page) = t.request(widen).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert!(location(&headers).starts_with("/en/sign-in"), "a token is nobody on a page");
    assert_eq!(t.app.store.list_tokens(&narrow.account).await.unwrap().len(), before, "no token was made");
    for uri in ["/en/account", "/en/messages", "/en/orgs/KEN/contacts"] {
        let request =
            Request::get(uri).header(header::AUTHORIZATION, format!("Bearer {}", w.kenya.token)).body(Body::empty());
        let (status, headers, _) = t.request(request.unwrap()).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{uri}");
        assert!(location(&headers).starts_with("/en/sign-in"), "{uri}");
    }
    // The same token still works where tokens belong.
    let (status, _, _) = t.request(bearer("GET", "/taxii2/api/collections/", &w.kenya.token, None)).await;
    assert_eq!(status, StatusCode::OK);
}

/// Finding 5: `next=%2F%09%2Fevil.example` was followed after sign-in (browsers drop the tab
/// and read `//evil.example`), and `%0A` gave a 500.
#[tokio::test]
async fn sign_in_goes_back_only_to_this_site() {
    let w = world().await;
    for (next, expected) in [
        ("%2F%09%2Fevil.example", "/en/account"),
        ("%2F%0A%2Fevil.example", "/en/account"),
        ("%2F%0D%0ASet-Cookie%3A+x%3Dy", "/en/account"),
        ("%2F%2Fevil.example", "/en/account"),
        ("%2F%5Cevil.example", "/en/account"),
        ("https%3A%2F%2Fevil.example", "/en/account"),
        ("%2Fen%2F%2Fevil.example", "/en/account"),
        ("%2Fen%2Fsign-in%2Freset", "/en/account"),
        ("%2Fen%2Fmessages%3Fpage%3D2", "/en/messages?page=2"),
    ] {
        let request = Request::get(format!("/en/sign-in?next={next}"))
            .header(header::COOKIE, format!("comity_session={}", w.kenya.session))
            .body(Body::empty())
            .unwrap();
        let (status, headers, _) = w.t.request(request).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{next}");
        assert_eq!(location(&headers), expected, "{next}");
    }
}

/// Finding 8: the Secretariat's report editor read States' drafts before they were submitted.
#[tokio::test]
async fn a_draft_is_the_states_until_its_approver_submits_it() {
    let t = TestApp::new().await;
    let cycle = crate::common::one_question_cycle(&[]);
    let id = t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let answers = [("(a)".to_string(), "Nos travaux en cours, à ne pas montrer".to_string())].into();
    t.app.store.save_reply(&id, "FRA", "fr", &answers, 0, &Actor::cli()).await.unwrap();
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    let att = t.app.store.add_attachment(&id, "FRA", "strategie.pdf", pdf, &Actor::cli()).await.unwrap();
    let scopes = [Permission::ReadStateSubmissions, Permission::EditReport];
    let drafter = person(&t, "drafter@fr.example", "FRA", Role::Drafter, &[Permission::ReadStateSubmissions]).await;
    let secretariat = person_in(&t, "re@un.example", OrgRef::Secretariat, Role::ReportEditor, &scopes).await;
    let page = format!("/en/cycles/{id}/replies/FRA");
    let pages = [page.clone(), format!("{page}/versions"), format!("{page}/attachments/{att}")];
    let api = format!("/api/v1/cycles/{id}/replies/FRA/draft");
    let as_session = |uri: &str, session: &str| {
        Request::get(uri).header(header::COOKIE, format!("comity_session={session}")).body(Body::empty()).unwrap()
    };
    for uri in &pages {
        let (status, _, body) = t.request(as_session(uri, &secretariat.session)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert!(!body.contains("ne pas montrer"));
        let (status, _, _) = t.request(as_session(uri, &drafter.session)).await;
        assert_eq!(status, StatusCode::OK, "the State's own drafter reads {uri}");
    }
    let (status, _, body) = t.request(bearer("GET", &api, &secretariat.token, None)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");

    t.app.store.reply_action(&id, "FRA", comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
    let (status, _, body) = t.request(as_session(&page, &secretariat.session)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("ne pas montrer"), "submitted: the Secretariat reads it");
    let (status, _, _) = t.request(as_session(&pages[2], &secretariat.session)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = t.request(as_session(&pages[1], &secretariat.session)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the versions before submission stay the State's");
    let (status, _, _) = t.request(bearer("GET", &api, &secretariat.token, None)).await;
    assert_eq!(status, StatusCode::OK);
}

/// Finding 11: a TAXII report with `\u0000` gave a 500 on PostgreSQL. NUL is refused before
/// any handler on every channel, with one message, so neither engine ever sees it.
#[tokio::test]
async fn a_nul_character_is_refused_on_every_channel() {
    let w = world().await;
    let mut report = opening("KEN", &new_id(), draft(Tlp::Amber, &["FRA"], &[]));
    report[1]["description"] = json!("before\u{0}after");
    let collection = w.collection(&w.kenya).await;
    let uri = format!("/taxii2/api/collections/{collection}/objects/");
    let (status, headers, body) =
        w.t.request(bearer("POST", &uri, &w.kenya.token, Some(&json!({ "objects": report })))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/taxii+json"));
    assert!(body.contains("NUL character"), "{body}");
    let (status, _, body) = w.t.get("/api/v1/states/resolve?name=Ken%00ya").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("nul_character"), "{body}");
    for (lang, words) in [("en", "NUL character"), ("zh", "NUL 字符"), ("ar", "NUL")] {
        let form = Request::post(format!("/{lang}/messages"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, format!("comity_session={}", w.kenya.session))
            .body(Body::from("kind=notification&recipients=FRA&subject=a%00b&urgency=low&tlp=clear&body=x"))
            .unwrap();
        let (status, _, page) = w.t.request(form).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(page.contains(words) && page.contains(&format!("lang=\"{lang}\"")), "{lang}: {page}");
    }
    let reader = w.reader(&w.luc, "FRA");
    assert!(w.t.app.store.messages_for(&reader, &Default::default(), 10).await.unwrap().is_empty(), "nothing stored");
    // A backslash typed before u0000 is text, and taken.
    let mut typed = opening("KEN", &new_id(), draft(Tlp::Amber, &["FRA"], &[]));
    typed[1]["description"] = json!("a path: C:\\u0000");
    assert_eq!(w.post(&w.kenya, typed).await["success_count"], 2);
}

/// Finding 9: unbounded work. A 60,000-character name took seconds to resolve; an envelope of
/// 2,000 reports made 2,000 messages and mails.
#[tokio::test]
async fn inputs_are_bounded_before_work_is_done() {
    let w = world().await;
    let long = "a".repeat(60_000);
    let (status, _, body) = w.t.get(&format!("/api/v1/states/resolve?name={long}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("name_too_long"), "{body}");
    let (status, _, _) = w.t.get(&format!("/api/v1/states?q={}", "b".repeat(5_000))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _, _) = w.t.get("/api/v1/states/resolve?name=Kenya").await;
    assert_eq!(status, StatusCode::OK, "a real name still resolves");

    let flood: Vec<Value> = (0..comity_web::taxii::MAX_OBJECTS_PER_ENVELOPE / 2 + 1)
        .flat_map(|_| opening("KEN", &new_id(), draft(Tlp::Amber, &["FRA"], &[])))
        .collect();
    let collection = w.collection(&w.kenya).await;
    let uri = format!("/taxii2/api/collections/{collection}/objects/");
    let (status, _, body) = w.t.request(bearer("POST", &uri, &w.kenya.token, Some(&json!({ "objects": flood })))).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert!(body.contains("at most 100 objects"), "{body}");
    assert!(w.t.app.store.mail_waiting().await.unwrap().is_empty(), "no message, no mail");
}

/// Finding 9: anonymous visitors and API tokens get a budget of requests a minute; past it a
/// request is answered 429 with Retry-After, in the channel's own form and the page's language.
#[tokio::test]
async fn requests_past_the_budget_are_answered_429() {
    let mut t = TestApp::new().await;
    let limits = comity_web::limits::RateLimits { anonymous_per_minute: 5, token_per_minute: 3 };
    std::sync::Arc::get_mut(&mut t.app).unwrap().rate = comity_web::limits::RateLimiter::new(limits);
    for _ in 0..5 {
        assert_eq!(t.get("/api/v1/languages").await.0, StatusCode::OK);
    }
    let (status, headers, body) = t.get("/api/v1/languages").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(headers[header::RETRY_AFTER].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    assert!(body.contains("rate_limited"), "{body}");
    let (status, _, page) = t.get("/zh/states").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(t.get("/readyz").await.0, StatusCode::OK, "a load balancer's probe is never refused");
    assert!(page.contains("请求过多"), "{page}");
    // A token has its own budget, whoever else is refused.
    let fp = person(&t, "fp@fr.example", "FRA", Role::FocalPoint, &[Permission::ListUsers]).await;
    for n in 0..4 {
        let (status, _, _) = t.request(bearer("GET", "/api/v1/me", &fp.token, None)).await;
        assert_eq!(status == StatusCode::TOO_MANY_REQUESTS, n == 3, "request {n}");
    }
    // A signed-in person is not counted.
    let (status, _, _) = t
        .request(
            Request::get("/en/account")
                .header(header::COOKIE, format!("comity_session={}", fp.session))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

/// Finding 9: the directory manager's queue served every pending change at once (170 MB after
/// a 200,000-row import); it shows the oldest hundred and says how many wait.
#[tokio::test]
async fn the_directory_managers_queue_is_served_a_page_at_a_time() {
    let t = TestApp::new().await;
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let mut csv = comity_contacts::CSV_COLUMNS.join(",");
    for n in 0..150 {
        csv.push_str(&format!("\nKEN,technical,Contact {n},Officer,KE-CIRT,c{n}@ke-cirt.example,,en,24/7,UTC,"));
    }
    let (rows, problems) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    t.app.store.import_nominations(&rows, false, "n.csv", &Actor::cli()).await.unwrap();
    let manager =
        person_in(&t, "dm@un.example", OrgRef::Secretariat, Role::DirectoryManager, &[Permission::ManageDirectory])
            .await
            .session;
    for (lang, words) in
        [("en", "The oldest 100 of 150"), ("zh", "150 项待处理变更中最早的 100 项"), ("ar", "أقدم 100 من أصل 150")]
    {
        let request = Request::get(format!("/{lang}/contacts/changes"))
            .header(header::COOKIE, format!("comity_session={manager}"))
            .body(Body::empty())
            .unwrap();
        let (status, _, page) = t.request(request).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(words), "{lang}: {page}");
        assert_eq!(page.matches("/verify\"").count(), 100, "{lang}");
        assert!(page.contains("Contact 0<") || page.contains("Contact 0 "), "the oldest first");
        assert!(!page.contains(">Contact 149<"), "not the newest");
    }
}

/// Finding 9: the API served the whole audit trail in one answer; it comes a page at a time.
#[tokio::test]
async fn the_audit_trail_comes_a_page_at_a_time() {
    let w = world().await;
    let admin =
        person_in(&w.t, "admin@un.example", OrgRef::Secretariat, Role::Admin, &[Permission::ReadAudit]).await.token;
    let mut uri = "/api/v1/audit?limit=3".to_string();
    let mut seen = Vec::new();
    loop {
        let (status, headers, body) = w.t.request(bearer("GET", &uri, &admin, None)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let page: Vec<Value> = serde_json::from_str(&body).unwrap();
        assert!(page.len() <= 3);
        seen.extend(page.iter().map(|e| e["seq"].as_i64().unwrap()));
        let Some(next) = headers.get(header::LINK) else { break };
        let next = next.to_str().unwrap();
        uri = next[1..next.find('>').unwrap()].to_string();
    }
    let total = {
        let mut n = 0;
        w.t.app
            .store
            .audit_entries(None, |_| {
                n += 1;
                true
            })
            .await
            .unwrap();
        n
    };
    assert!(total > 6, "the world wrote a trail");
    assert_eq!(seen, (1..=total as i64).collect::<Vec<_>>(), "every entry once, in order");
    let (status, _, _) = w.t.request(bearer("GET", "/api/v1/audit?limit=5000", &admin, None)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

/// Finding 6, widened: no GET of any route changes anything, for anyone (a cross-site GET can
/// be made by any page). Every change is audited, so the trail is the witness: a GET may add
/// only the audit of a read.
#[tokio::test]
async fn no_get_of_any_route_changes_anything() {
    let w = world().await;
    let thread = new_id();
    let request = opening("KEN", &thread, draft(Tlp::Green, &["FRA"], &[]));
    assert_eq!(w.post(&w.kenya, request.clone()).await["success_count"], 2);
    let reply = answer("FRA", &thread, &id_of(&request, "report"), true, draft(Tlp::Green, &[], &[]));
    assert_eq!(w.post(&w.luc, reply).await["success_count"], 2);
    let actions = |t: &TestApp| {
        let store = t.app.store.clone();
        async move {
            let mut out = Vec::new();
            store
                .audit_entries(None, |e| {
                    out.push(e.content.action);
                    true
                })
                .await
                .unwrap();
            out
        }
    };
    let before = actions(&w.t).await;
    let mut gets = 0;
    for session in [None, Some(&w.kenya.session), Some(&w.luc.session), Some(&w.china.session)] {
        for route in comity_web::ROUTES.iter().filter(|r| r.method == "GET") {
            let uri = route
                .path
                .replace("{lang}", "en")
                .replace("{code}", "FRA")
                .replace("{id}", if route.path.contains("messages") { thread.as_str() } else { "none" })
                .replace("{org}", "FRA")
                .replace("{*symbol}", "A/RES/76/19")
                .replace("{symbol}", "A%2FRES%2F76%2F19")
                .replace("{token}", &"0".repeat(64))
                .replace("{att}", "none")
                .replace("{format}", "docx")
                .replace("{object}", "none");
            let mut r = Request::get(&uri).header("sec-fetch-site", "cross-site");
            if let Some(s) = session {
                r = r.header(header::COOKIE, format!("comity_session={s}"));
            }
            w.t.request(r.body(Body::empty()).unwrap()).await;
            gets += 1;
        }
    }
    let after = actions(&w.t).await;
    let added: Vec<&String> = after[before.len()..].iter().filter(|a| *a != "message.open").collect();
    assert!(gets > 100 && added.is_empty(), "GETs changed state: {added:?}");
}
