//! Identity and the one policy, as a browser and a script meet them: sign-in with a password
//! and a second factor, sessions, throttling, cross-site refusals, API tokens, and the whole
//! matrix of roles against every route, checked against data/access/routes.csv.

mod common;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use comity_access::{Membership, OrgRef, Role, totp};
use comity_store::{Actor, NewAccount};
use common::{TestApp, one_question_cycle};

const PASSWORD: &str = "a long enough passphrase";

async fn account(t: &TestApp, email: &str, memberships: Vec<Membership>) -> String {
    let hash = comity_access::password::hash(PASSWORD).unwrap();
    t.app
        .store
        .create_account(
            &NewAccount {
                email: email.into(),
                name: "Test Person".into(),
                lang: "en".into(),
                password_hash: Some(hash),
                memberships,
            },
            &Actor::cli(),
        )
        .await
        .unwrap()
}

fn form(uri: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, format!("comity_session={c}"));
    }
    r.body(Body::from(body.to_string())).unwrap()
}

fn get(uri: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::get(uri);
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, format!("comity_session={c}"));
    }
    r.body(Body::empty()).unwrap()
}

fn location(h: &HeaderMap) -> String {
    h.get(header::LOCATION).map(|l| l.to_str().unwrap().to_string()).unwrap_or_default()
}

fn session_from(h: &HeaderMap) -> String {
    let cookie = h.get(header::SET_COOKIE).expect("a session cookie").to_str().unwrap();
    for flag in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(flag), "cookie without {flag}: {cookie}");
    }
    cookie.split(';').next().unwrap().trim_start_matches("comity_session=").to_string()
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn now_code(secret: &[u8], offset_steps: i64) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    format!("{:06}", totp::code_at_step(secret, ((now / 30) + offset_steps) as u64))
}

/// Between `<code id="totp-secret" dir="ltr">` and `</code>`.
fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).unwrap_or_else(|| panic!("{start} not in page")) + start.len();
    &page[from..from + page[from..].find(end).unwrap()]
}

/// Signs in with the password and, on first sign-in, enrols TOTP; returns the session and the
/// TOTP secret.
async fn sign_in_and_enrol(t: &TestApp, email: &str) -> (String, Vec<u8>, Vec<String>) {
    let (status, headers, _) = t
        .request(form(
            "/en/sign-in",
            &format!("email={}&password={}&next=%2Fen%2Faccount", enc(email), enc(PASSWORD)),
            None,
        ))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location(&headers).starts_with("/en/sign-in/enrol"), "{}", location(&headers));
    let session = session_from(&headers);
    // Half-signed-in: the account page is not open yet.
    let (status, headers, _) = t.request(get("/en/account", Some(&session))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location(&headers).starts_with("/en/sign-in?next="));
    let (status, _, page) = t.request(get("/en/sign-in/enrol", Some(&session))).await;
    assert_eq!(status, StatusCode::OK);
    let secret_text = between(&page, "<code id=\"totp-secret\" dir=\"ltr\">", "</code>").to_string();
    let secret = comity_access::totp::base32_decode(&secret_text).unwrap();
    let (status, _, wrong) = t
        .request(form(
            "/en/sign-in/enrol",
            &format!("secret={secret_text}&code=000000&next=%2Fen%2Faccount"),
            Some(&session),
        ))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a wrong code does not enrol");
    assert!(wrong.contains("That code was not accepted"));
    let code = now_code(&secret, 0);
    let (status, _, codes) = t
        .request(form(
            "/en/sign-in/enrol",
            &format!("secret={secret_text}&code={code}&next=%2Fen%2Faccount"),
            Some(&session),
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    let recovery: Vec<String> =
        codes.split("<li><code dir=\"ltr\">").skip(1).map(|c| c[..c.find('<').unwrap()].to_string()).collect();
    assert_eq!(recovery.len(), 10);
    (session, secret, recovery)
}

#[tokio::test]
async fn sign_in_needs_the_password_and_a_second_factor_and_says_nothing_of_who_exists() {
    let t = TestApp::new().await;
    account(&t, "fp@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }]).await;
    let (status, _, page) = t.get("/en/sign-in").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("type=\"password\""));

    // A wrong password and an unknown account read exactly alike.
    let (s1, _, wrong) =
        t.request(form("/en/sign-in", "email=fp%40example.org&password=nope-nope-nope&next=", None)).await;
    let (s2, _, unknown) =
        t.request(form("/en/sign-in", "email=nobody%40example.org&password=nope-nope-nope&next=", None)).await;
    assert_eq!((s1, s2), (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED));
    let problem = |p: &str| between(p, "id=\"problem\">", "</p>").to_string();
    assert_eq!(problem(&wrong), problem(&unknown));
    let (status, _, unknown_field) = t.request(form("/en/sign-in", "email=a&password=b&admin=1", None)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(unknown_field.contains("admin"));

    let (session, secret, recovery) = sign_in_and_enrol(&t, "FP@example.org").await;
    let (status, _, page) = t.request(get("/en/account", Some(&session))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("fp@example.org") && page.contains("Focal point"));

    // Sign out, sign in again: now the code is asked for, and a code is good once.
    let (status, headers, _) = t.request(form("/en/sign-out", "", Some(&session))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(headers[header::SET_COOKIE].to_str().unwrap().contains("Max-Age=0"));
    let (status, _, _) = t.request(get("/en/account", Some(&session))).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the old session is over");
    let (_, headers, _) =
        t.request(form("/en/sign-in", &format!("email=fp%40example.org&password={}&next=", enc(PASSWORD)), None)).await;
    assert!(location(&headers).starts_with("/en/sign-in/code"));
    let second = session_from(&headers);
    let used = now_code(&secret, 0);
    let (status, _, _) = t.request(form("/en/sign-in/code", &format!("code={used}&next="), Some(&second))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the enrolment code is not accepted twice");
    let (status, headers, _) =
        t.request(form("/en/sign-in/code", &format!("code={}&next=", enc(&recovery[0])), Some(&second))).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "a recovery code signs in");
    assert_eq!(location(&headers), "/en/account");
    // A recovery code works once.
    let (_, headers, _) =
        t.request(form("/en/sign-in", &format!("email=fp%40example.org&password={}&next=", enc(PASSWORD)), None)).await;
    let third = session_from(&headers);
    let (status, _, _) =
        t.request(form("/en/sign-in/code", &format!("code={}&next=", enc(&recovery[0])), Some(&third))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Only this site's addresses are followed after sign-in.
    let (_, headers, _) = t
        .request(form(
            "/en/sign-in/code",
            &format!("code={}&next=https%3A%2F%2Fevil.example%2F", enc(&recovery[1])),
            Some(&third),
        ))
        .await;
    assert_eq!(location(&headers), "/en/account");

    // Sign out everywhere ends every session.
    let (status, _, _) = t.request(form("/en/account/sessions/end-all", "", Some(&third))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = t.request(get("/en/account", Some(&second))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    // The trail has every step, and no secret.
    let mut actions = Vec::new();
    let mut all = String::new();
    t.app
        .store
        .audit_entries(None, |e| {
            all.push_str(&serde_json::to_string(&e).unwrap());
            actions.push(e.content.action);
            true
        })
        .await
        .unwrap();
    for expected in [
        "sign_in.failure",
        "sign_in.password",
        "second_factor.enrol",
        "sign_in.success",
        "sign_out",
        "sessions.revoke_all",
        "sign_in.second_factor_failure",
    ] {
        assert!(actions.iter().any(|a| a == expected), "{expected} not audited: {actions:?}");
    }
    assert!(
        !all.contains(PASSWORD) && !all.contains(&recovery[0]) && !all.contains(&session) && !all.contains("nope-nope")
    );
}

#[tokio::test]
async fn repeated_failures_are_throttled_per_account_even_with_the_right_password() {
    let t = TestApp::new().await;
    account(&t, "admin@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::Admin }]).await;
    for _ in 0..comity_store::MAX_FAILURES_PER_ACCOUNT {
        let (status, _, _) =
            t.request(form("/en/sign-in", "email=admin%40un.example&password=guess-guess-guess&next=", None)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _, page) = t
        .request(form("/fr/sign-in", &format!("email=admin%40un.example&password={}&next=", enc(PASSWORD)), None))
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.contains("Trop de tentatives"), "the message in the page's language");
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let t = TestApp::new().await;
    for (name, value) in [("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")] {
        let mut r = form("/en/sign-in", "email=a%40b.example&password=x&next=", None);
        r.headers_mut().insert(name, value.parse().unwrap());
        r.headers_mut().insert(header::HOST, "comity.example".parse().unwrap());
        let (status, _, _) = t.request(r).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{name}: {value}");
    }
    let mut same = form("/en/sign-in", "email=a%40b.example&password=x&next=", None);
    same.headers_mut().insert("sec-fetch-site", "same-origin".parse().unwrap());
    let (status, _, _) = t.request(same).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a same-origin post reaches the page");
}

#[tokio::test]
async fn api_tokens_carry_only_the_permissions_chosen_for_them() {
    let t = TestApp::new().await;
    account(&t, "fp@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }]).await;
    let (session, _, _) = sign_in_and_enrol(&t, "fp@example.org").await;
    // A permission the roles do not grant cannot be put on a token.
    let (status, _, page) =
        t.request(form("/en/account/tokens", "name=ci&days=30&scope=manage_accounts", Some(&session))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("Nothing was created"));
    let (status, _, page) =
        t.request(form("/en/account/tokens", "name=&days=30&scope=list_users", Some(&session))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a token needs a name");
    assert!(page.contains("Nothing was created"));
    let (status, _, page) =
        t.request(form("/en/account/tokens", "name=directory+script&days=30&scope=list_users", Some(&session))).await;
    assert_eq!(status, StatusCode::OK);
    let token = between(&page, "<code id=\"new-token\" dir=\"ltr\">", "</code>").to_string();
    assert!(token.starts_with("comity_pat_"));
    let (_, _, again) = t.request(get("/en/account", Some(&session))).await;
    assert!(again.contains("directory script") && !again.contains(&token), "listed, never shown again");

    let bearer = |uri: &str| {
        Request::get(uri).header(header::AUTHORIZATION, format!("Bearer {token}")).body(Body::empty()).unwrap()
    };
    let (status, _, me) = t.request(bearer("/api/v1/me")).await;
    assert_eq!(status, StatusCode::OK);
    let me: serde_json::Value = serde_json::from_str(&me).unwrap();
    assert_eq!(me["roles"][0], "FRA:focal_point");
    assert_eq!(me["scopes"], serde_json::json!(["list_users"]));
    let (status, _, users) = t.request(bearer("/api/v1/orgs/FRA/users")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(users.contains("fp@example.org") && !users.contains("argon2"));
    let (status, _, _) = t.request(bearer("/api/v1/orgs/FRA/audit")).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the role may, the token may not");
    let (status, _, _) = t.request(bearer("/api/v1/orgs/DEU/users")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another State's users do not exist for this State");
    let (status, headers, _) = t.request(get("/api/v1/me", None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(headers[header::WWW_AUTHENTICATE], "Bearer");

    // Revoked: the token stops working at once.
    let tokens = t.app.store.list_tokens(&me_id(&t, "fp@example.org").await).await.unwrap();
    let (status, _, _) =
        t.request(form(&format!("/en/account/tokens/{}/revoke", tokens[0].id), "", Some(&session))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = t.request(bearer("/api/v1/me")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

async fn me_id(t: &TestApp, email: &str) -> String {
    t.app.store.list_accounts(None).await.unwrap().into_iter().find(|a| a.email == email).unwrap().id
}

/// The access policy and the router agree: every address the router serves (outside the API,
/// as built; the API's operations, from the OpenAPI document, with their methods) is declared
/// in the policy, and every address the policy declares is served.
#[test]
fn every_route_is_declared_in_the_policy_and_every_declaration_served() {
    let (pages, api) = comity_web::served();
    assert!(pages.len() > 60 && api.len() > 20, "the router lists too few routes ({}, {})", pages.len(), api.len());
    for path in &pages {
        assert!(
            comity_web::ROUTES.iter().any(|r| r.path == *path),
            "route {path} has no declaration in access::ROUTES"
        );
    }
    for (method, path) in &api {
        assert!(
            comity_web::ROUTES.iter().any(|r| r.path == *path && r.method == *method),
            "{method} {path} has no declaration in access::ROUTES"
        );
    }
    for declared in comity_web::ROUTES {
        let served = if declared.path.starts_with("/api/v1/") {
            api.iter().any(|(m, p)| *m == declared.method && *p == declared.path)
        } else {
            pages.contains(&declared.path)
        };
        assert!(served, "{} {} is declared but nothing serves it", declared.method, declared.path);
    }
}

/// The whole matrix: anonymous and every role, against every declared route, on one's own
/// State, another State and the Secretariat, as HTTP answers; kept in data/access/routes.csv
/// (regenerate with COMITY_UPDATE_SNAPSHOTS=1 after reviewing a policy change).
#[tokio::test]
async fn the_route_matrix_matches_the_table_in_the_repository() {
    let t = TestApp::new().await.with_documents().await;
    // A real cycle, so that a route allowed is told from a cycle not found.
    let cycle = comity_reporting::NewCycle {
        resolution: "A/RES/76/19".into(),
        session: 77,
        questions: vec![comity_reporting::Question {
            label: "(a)".into(),
            texts: [("en".into(), "Efforts".into())].into(),
        }],
        note_verbale: "ODA/1".into(),
        note_verbale_date: "2022-02-15".into(),
        deadline: "2099-05-20".into(),
    };
    t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let mut principals: Vec<(String, Option<String>)> = vec![("anonymous".into(), None)];
    for role in Role::ALL {
        let org = if role.is_state_role() { OrgRef::State("FRA".into()) } else { OrgRef::Secretariat };
        let id = account(&t, &format!("{}@example.org", role.as_str()), vec![Membership { org, role }]).await;
        principals.push((
            format!("{}:{}", if role.is_state_role() { "state" } else { "secretariat" }, role.as_str()),
            Some(id),
        ));
    }
    let mut table = String::from("principal,method,route,org,outcome\n");
    for (label, id) in &principals {
        for route in comity_web::ROUTES {
            let orgs: &[&str] = if route.path.contains("{org}") { &["FRA", "DEU", "SECRETARIAT"] } else { &["-"] };
            for org in orgs {
                let uri = route
                    .path
                    .replace("{lang}", "en")
                    .replace("{code}", "FRA")
                    .replace(
                        "{id}",
                        if route.path.contains("framework") {
                            "norm-a"
                        } else if route.path.contains("cycles") {
                            "77-76-19"
                        } else {
                            "none"
                        },
                    )
                    .replace("{*symbol}", "A/RES/76/19")
                    .replace("{symbol}", "A%2FRES%2F76%2F19")
                    .replace("{org}", org)
                    .replace("{token}", &"0".repeat(64));
                // A fresh complete session per request (some routes end sessions).
                let cookie = match id {
                    Some(id) => Some(t.app.store.create_session(id, true, &Actor::default()).await.unwrap()),
                    None => None,
                };
                let request = match route.method {
                    "POST" => form(&uri, "", cookie.as_deref()),
                    _ => get(&uri, cookie.as_deref()),
                };
                let (status, headers, _) = t.request(request).await;
                let to = location(&headers);
                let outcome = match status {
                    StatusCode::SEE_OTHER if to.starts_with("/en/sign-in?next=") => "sign_in",
                    StatusCode::UNAUTHORIZED if uri.starts_with("/api/") || uri.starts_with("/taxii2/") => "sign_in",
                    StatusCode::FORBIDDEN => "deny",
                    StatusCode::NOT_FOUND => "not_found",
                    _ => "allow",
                };
                table.push_str(&format!("{label},{},{},{org},{outcome}\n", route.method, route.path));
                // What must hold whatever the table says.
                if label.starts_with("state:") && *org == "DEU" {
                    assert_eq!(outcome, "not_found", "{label} {uri}: another State's resource must not be confirmed");
                }
                if label == "anonymous" && route.permission != comity_access::Permission::ReadPublic {
                    assert_eq!(outcome, "sign_in", "anonymous {uri}");
                }
            }
        }
    }
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/access/routes.csv");
    if std::env::var_os("COMITY_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(file, &table).unwrap();
    }
    let kept = std::fs::read_to_string(file).expect("data/access/routes.csv");
    for (n, (a, b)) in kept.lines().zip(table.lines()).enumerate() {
        assert_eq!(a, b, "data/access/routes.csv line {} differs from what the server does", n + 1);
    }
    assert_eq!(kept.lines().count(), table.lines().count(), "routes were added or removed: review and regenerate");
}

/// The link a mail carries, quoted-printable soft breaks undone.
fn link_in(mail: &str) -> String {
    let text = mail.replace("=\n", "").replace("=3D", "=");
    let at = text.find("https://comity.test.example/").expect("a link in the mail");
    let link: String = text[at..].chars().take_while(|c| !c.is_whitespace()).collect();
    link.trim_start_matches("https://comity.test.example").to_string()
}

#[tokio::test]
async fn invitations_and_resets_go_by_mail_and_work_once() {
    let (t, inbox) = TestApp::with_mail().await;
    let admin = account(&t, "admin@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::Admin }]).await;
    let admin = t.app.store.create_session(&admin, true, &Actor::default()).await.unwrap();

    // The Secretariat invites France's focal point.
    let (status, _, page) = t
        .request(form(
            "/en/orgs/FRA/users",
            "email=Camille%40france.example&name=Camille&lang=fr&role=focal_point",
            Some(&admin),
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("An invitation was sent to camille@france.example"));
    let mails = inbox.messages();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, ["<camille@france.example>"]);
    assert!(mails[0].data.contains("Subject: Votre invitation"), "in the invitee's language: {}", mails[0].data);
    let link = link_in(&mails[0].data);
    assert!(link.starts_with("/fr/welcome/"), "{link}");

    let (status, _, welcome) = t.request(get(&link, None)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(welcome.contains("Camille"));
    let (status, _, page) = t.request(form(&link, "password=one+long+password&confirm=another+long+one", None)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("Les deux mots de passe diffèrent"));
    let (status, _, page) = t.request(form(&link, "password=short&confirm=short", None)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("au moins 12 caractères"), "{page}");
    let (status, headers, _) = t.request(form(&link, &format!("password={0}&confirm={0}", enc(PASSWORD)), None)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/fr/sign-in");
    let (status, _, page) = t.request(form(&link, &format!("password={0}&confirm={0}", enc(PASSWORD)), None)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a link works once");
    assert!(page.contains("déjà servi"));
    let (status, _, _) =
        t.request(get("/en/welcome/0000000000000000000000000000000000000000000000000000000000000000", None)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The focal point signs in, and invites France's other users, not a focal point, not
    // for another State.
    let (session, _, _) = sign_in_and_enrol(&t, "camille@france.example").await;
    let (status, _, _) = t
        .request(form("/en/orgs/FRA/users", "email=d%40france.example&name=Dom&lang=en&role=drafter", Some(&session)))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(inbox.messages().len(), 2);
    let (status, _, page) = t
        .request(form("/en/orgs/FRA/users", "email=x%40france.example&name=X&lang=en&role=focal_point", Some(&session)))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("cannot be given here"));
    let (status, _, _) = t
        .request(form("/en/orgs/DEU/users", "email=y%40germany.example&name=Y&lang=en&role=drafter", Some(&session)))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) =
        t.request(form("/en/orgs/FRA/users", "email=not-an-email&name=Z&lang=en&role=drafter", Some(&session))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(inbox.messages().len(), 2, "refused invitations send nothing");
    assert_eq!(t.app.store.list_accounts(None).await.unwrap().len(), 3, "and create no account");

    // A reset link: the same answer for an unknown address; the link replaces the password
    // and ends the sessions.
    let (status, _, unknown) = t.request(form("/en/sign-in/reset", "email=nobody%40example.org", None)).await;
    let (_, _, known) = t.request(form("/en/sign-in/reset", "email=camille%40france.example", None)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(between(&unknown, "id=\"sent\">", "<"), between(&known, "id=\"sent\">", "<"));
    let mails = inbox.messages();
    assert_eq!(mails.len(), 3, "one reset mail, for the known address only");
    let reset = link_in(&mails[2].data);
    let (status, _, _) =
        t.request(form(&reset, "password=a+brand+new+passphrase&confirm=a+brand+new+passphrase", None)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = t.request(get("/en/account", Some(&session))).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "sessions end with a reset");
    let (status, _, _) = t
        .request(form("/en/sign-in", "email=camille%40france.example&password=a+brand+new+passphrase&next=", None))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the new password signs in");

    let mut actions = Vec::new();
    t.app
        .store
        .audit_entries(Some("FRA"), |e| {
            actions.push(e.content.action);
            true
        })
        .await
        .unwrap();
    for expected in ["account.create", "invitation.send", "invitation.accept", "reset.send", "password.reset"] {
        assert!(actions.iter().any(|a| a == expected), "{expected}: {actions:?}");
    }
}

#[tokio::test]
async fn without_a_mail_relay_nothing_is_half_done() {
    let t = TestApp::new().await;
    let admin = account(&t, "admin@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::Admin }]).await;
    let admin = t.app.store.create_session(&admin, true, &Actor::default()).await.unwrap();
    let (status, _, page) = t
        .request(form("/en/orgs/FRA/users", "email=c%40france.example&name=C&lang=en&role=focal_point", Some(&admin)))
        .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(page.contains("smtp_relay"));
    assert_eq!(t.app.store.list_accounts(None).await.unwrap().len(), 1, "no account without its invitation");
    let (status, _, _) = t.request(form("/en/sign-in/reset", "email=admin%40un.example", None)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
}

/// The passkey ceremonies' server side: a challenge bound to the relying party, refusals in
/// the page's language, failures audited. (The browser test runs a whole ceremony with
/// Chromium's virtual authenticator.)
#[tokio::test]
async fn passkey_ceremonies_start_for_the_right_people_and_refuse_bad_answers() {
    let t = TestApp::new().await;
    let id =
        account(&t, "fp@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }])
            .await;
    let complete = t.app.store.create_session(&id, true, &Actor::default()).await.unwrap();
    let json_post = |uri: &str, body: &str, cookie: Option<&str>| {
        let mut r = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
        if let Some(c) = cookie {
            r = r.header(header::COOKIE, format!("comity_session={c}"));
        }
        r.body(Body::from(body.to_string())).unwrap()
    };
    let (status, _, body) = t.request(json_post("/en/account/passkeys/begin", "{}", Some(&complete))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let challenge: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(challenge["publicKey"]["rp"]["id"], "localhost");
    assert_eq!(challenge["publicKey"]["user"]["name"], "fp@example.org");
    assert!(challenge["publicKey"]["challenge"].as_str().is_some_and(|c| c.len() >= 32));
    let (status, _, body) = t.request(json_post("/fr/account/passkeys/finish", r#"{"name":"x","credential":{"id":"AA","rawId":"AA","type":"public-key","response":{"attestationObject":"AA","clientDataJSON":"AA"}}}"#, Some(&complete))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("n'a pas été acceptée"), "{body}");
    let (status, _, _) = t.request(json_post("/en/account/passkeys/begin", "{}", None)).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "anonymous: to sign-in");

    // After the password only: no passkey yet, so the code it is.
    let pending = t.app.store.create_session(&id, false, &Actor::default()).await.unwrap();
    let (status, _, body) = t.request(json_post("/en/sign-in/passkey/begin", "{}", Some(&pending))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("no_passkeys"));
    let (status, _, _) = t.request(json_post("/en/sign-in/passkey/finish", r#"{"id":"AA"}"#, Some(&pending))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = t.request(json_post("/en/sign-in/passkey/begin", "{}", None)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "nobody half-signed-in: nothing to start");
    let mut failures = 0;
    t.app
        .store
        .audit_entries(None, |e| {
            failures += (e.content.action == "sign_in.second_factor_failure") as i32;
            true
        })
        .await
        .unwrap();
    assert_eq!(failures, 1, "the failed passkey is in the trail");
}

/// The Secretariat reads the whole trail; a State's focal point only its State's part.
#[tokio::test]
async fn the_whole_audit_trail_is_the_secretariats() {
    let t = TestApp::new().await;
    let admin = account(&t, "admin@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::Admin }]).await;
    let fp =
        account(&t, "fp@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }])
            .await;
    account(&t, "ke@example.org", vec![Membership { org: OrgRef::State("KEN".into()), role: Role::FocalPoint }]).await;
    let admin = t.app.store.create_session(&admin, true, &Actor::default()).await.unwrap();
    let fp = t.app.store.create_session(&fp, true, &Actor::default()).await.unwrap();
    let (status, _, page) = t.request(get("/en/audit", Some(&admin))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("<code>account.create</code>").count(), 3);
    let (_, _, account_page) = t.request(get("/en/account", Some(&admin))).await;
    assert!(account_page.contains("id=\"whole-audit\""));
    let (status, _, _) = t.request(get("/en/audit", Some(&fp))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, own) = t.request(get("/en/orgs/FRA/audit", Some(&fp))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(own.matches("<code>account.create</code>").count(), 1, "France's entries only");
    let (_, _, fp_account) = t.request(get("/en/account", Some(&fp))).await;
    assert!(!fp_account.contains("id=\"whole-audit\""));
}

/// Guessing the six digits is held back like guessing the password: after the limit the
/// half-signed-in session ends and the password is refused too.
#[tokio::test]
async fn wrong_codes_are_throttled_like_wrong_passwords() {
    let t = TestApp::new().await;
    account(&t, "fp@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::FocalPoint }]).await;
    let (session, _, _) = sign_in_and_enrol(&t, "fp@example.org").await;
    t.request(form("/en/sign-out", "", Some(&session))).await;
    // One failure was the wrong code at enrolment; the others are guesses now.
    let (_, headers, _) =
        t.request(form("/en/sign-in", &format!("email=fp%40example.org&password={}&next=", enc(PASSWORD)), None)).await;
    let pending = session_from(&headers);
    let mut refused = 0;
    for guess in 0..10 {
        let (status, headers, _) =
            t.request(form("/en/sign-in/code", &format!("code={guess:06}&next="), Some(&pending))).await;
        if status == StatusCode::SEE_OTHER {
            assert!(location(&headers).starts_with("/en/sign-in"), "{}", location(&headers));
            break;
        }
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        refused += 1;
    }
    assert!(
        refused <= comity_store::MAX_FAILURES_PER_ACCOUNT as usize + 1,
        "the session ended at the limit ({refused} tries)"
    );
    let (status, _, _) =
        t.request(form("/en/sign-in", &format!("email=fp%40example.org&password={}&next=", enc(PASSWORD)), None)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "and the password waits too");
}

/// A State's focal point removes the State's other users (their sessions end with it); a focal
/// point is removed by the Secretariat; nobody removes anyone from another State.
#[tokio::test]
async fn focal_points_remove_their_states_users() {
    let t = TestApp::new().await;
    let fra = |role| vec![Membership { org: OrgRef::State("FRA".into()), role }];
    let fp = account(&t, "fp@example.org", fra(Role::FocalPoint)).await;
    let fp2 = account(&t, "fp2@example.org", fra(Role::FocalPoint)).await;
    let drafter = account(&t, "d@example.org", fra(Role::Drafter)).await;
    let kenyan =
        account(&t, "k@example.org", vec![Membership { org: OrgRef::State("KEN".into()), role: Role::Drafter }]).await;
    let fp_session = t.app.store.create_session(&fp, true, &Actor::default()).await.unwrap();
    let drafter_session = t.app.store.create_session(&drafter, true, &Actor::default()).await.unwrap();

    let (status, _, _) = t.request(form(&format!("/en/orgs/FRA/users/{fp}/remove"), "", Some(&drafter_session))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a drafter removes nobody");
    let (status, _, page) = t.request(form(&format!("/en/orgs/FRA/users/{fp2}/remove"), "", Some(&fp_session))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("removed by the Secretariat"));
    let (status, _, _) = t.request(form(&format!("/en/orgs/FRA/users/{kenyan}/remove"), "", Some(&fp_session))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "not one of France's users");
    let (status, _, _) = t.request(form(&format!("/en/orgs/KEN/users/{kenyan}/remove"), "", Some(&fp_session))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another State's users do not exist for France");

    let (_, _, users) = t.request(get("/en/orgs/FRA/users", Some(&fp_session))).await;
    assert!(users.contains(&format!("/en/orgs/FRA/users/{drafter}/remove")), "the focal point sees the buttons");
    let (status, _, page) =
        t.request(form(&format!("/en/orgs/FRA/users/{drafter}/remove"), "", Some(&fp_session))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("d@example.org no longer holds a role here"));
    let (status, _, _) = t.request(get("/en/account", Some(&drafter_session))).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "the removed user's session has ended");
    let remaining = t.app.store.list_accounts(Some(&OrgRef::State("FRA".into()))).await.unwrap();
    assert_eq!(remaining.len(), 2);
    let mut removed = 0;
    t.app
        .store
        .audit_entries(Some("FRA"), |e| {
            removed += (e.content.action == "membership.remove") as i32;
            true
        })
        .await
        .unwrap();
    assert_eq!(removed, 1);
}

/// A State's reply in the portal: drafters write and save versions (a stale save is refused,
/// not merged), the approver submits, the Secretariat publishes; another State sees nothing.
#[tokio::test]
async fn a_reply_is_written_submitted_and_published_in_the_portal() {
    let t = TestApp::new().await;
    let cycle = comity_reporting::NewCycle {
        resolution: "A/RES/76/19".into(),
        session: 77,
        questions: vec![
            comity_reporting::Question {
                label: "(a)".into(),
                texts: [("en".into(), "National efforts".into()), ("fr".into(), "Efforts nationaux".into())].into(),
            },
            comity_reporting::Question { label: "(b)".into(), texts: [("en".into(), "Concepts".into())].into() },
        ],
        note_verbale: "ODA/2022-00047/ICT".into(),
        note_verbale_date: "2022-02-15".into(),
        deadline: "2099-05-20".into(),
    };
    let id = t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let fra = |role| vec![Membership { org: OrgRef::State("FRA".into()), role }];
    let store = t.app.store.clone();
    let session = |id: String| {
        let store = store.clone();
        async move { store.create_session(&id, true, &Actor::default()).await.unwrap() }
    };
    let drafter = session(account(&t, "d@example.org", fra(Role::Drafter)).await).await;
    let approver = session(account(&t, "a@example.org", fra(Role::Approver)).await).await;
    let editor = session(
        account(&t, "e@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::ReportEditor }]).await,
    )
    .await;
    let kenyan = session(
        account(&t, "k@example.org", vec![Membership { org: OrgRef::State("KEN".into()), role: Role::Drafter }]).await,
    )
    .await;
    let reply = format!("/fr/cycles/{id}/replies/FRA");

    let (status, _, list) = t.request(get("/fr/cycles", Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains(&format!("href=\"{reply}\"")));
    let (status, _, page) = t.request(get(&reply, Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Efforts nationaux") && page.contains("name=\"answer-0\""),
        "the question in the page's language"
    );
    let body = "version=0&lang=fr&answer-0=Nous+coop%C3%A9rons.%0A%0A%3Cscript%3Ealert(1)%3C%2Fscript%3E&answer-1=";
    let (status, _, page) = t.request(form(&reply, body, Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Enregistrée comme version 1"), "{page}");
    let (status, _, page) = t.request(form(&reply, "version=0&lang=fr&answer-0=Autre+texte", Some(&drafter))).await;
    assert_eq!(status, StatusCode::CONFLICT, "a save made from version 0 after version 1 exists");
    assert!(page.contains("Rien n&#39;a été écrasé"), "{page}");
    // The same refusal in Chinese and Arabic, with the versions, and no English.
    for (lang, words) in
        [("zh", "现为第 1 版；您的修改基于第 0 版"), ("ar", "هو الآن في الصيغة 1؛ وصيغتك مبنية على الصيغة 0")]
    {
        let there = reply.replacen("/fr/", &format!("/{lang}/"), 1);
        let (status, _, page) = t.request(form(&there, "version=0&lang=fr&answer-0=Autre+texte", Some(&drafter))).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(page.contains(words), "{lang}: {page}");
        assert!(!page.contains("someone else") && !page.contains("saved by"), "{lang}: English in the refusal");
    }
    let (status, _, _) = t.request(form(&reply, "version=1&lang=fr&answer-9=x", Some(&drafter))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "no question 9");

    // A second version, compared with the first word by word.
    let (status, _, page) = t
        .request(form(
            &reply,
            "version=1&lang=fr&answer-0=Nous+coop%C3%A9rons+davantage.%0A%0A%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            Some(&drafter),
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("id=\"versions-link\""));
    let (status, _, versions) = t.request(get(&format!("{reply}/versions"), Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(versions.contains("Nous coopérons<ins> davantage</ins>."), "{versions}");
    assert!(!versions.contains("<script>"), "compared text is escaped too");
    let (status, _, _) = t.request(get(&format!("/fr/cycles/{id}/replies/FRA/versions"), Some(&kenyan))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another State's versions are not there");
    let (status, _, _) = t.request(form(&format!("{reply}/submit"), "", Some(&drafter))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "drafters do not submit");
    let (status, _, page) = t.request(form(&format!("{reply}/submit"), "", Some(&approver))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("class=\"status-submitted\""));
    let (status, _, _) = t.request(get(&reply, Some(&kenyan))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "Kenya does not see France's reply");
    let (status, _, _) = t.request(form(&format!("{reply}/publish"), "", Some(&approver))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "States do not publish");
    let (status, _, page) = t.request(form(&format!("{reply}/publish"), "", Some(&editor))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("class=\"status-published\""));
    assert!(
        page.contains("<p>Nous coopérons davantage.</p>")
            && page.contains("&lt;script&gt;")
            && !page.contains("<script>alert"),
        "Markdown rendered safely"
    );
    let (status, _, _) = t.request(form(&format!("{reply}/withdraw"), "", Some(&approver))).await;
    assert_eq!(status, StatusCode::CONFLICT, "published is final");

    // The Secretariat's view of the cycle: every reply with its status; not for States.
    let (_, _, list) = t.request(get("/en/cycles", Some(&editor))).await;
    assert!(list.contains(&format!("href=\"/en/cycles/{id}\"")), "{list}");
    let (status, _, overview) = t.request(get(&format!("/ar/cycles/{id}"), Some(&editor))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(overview.contains("فرنسا") && overview.contains("class=\"status-published\""), "{overview}");
    let (status, _, _) = t.request(get(&format!("/en/cycles/{id}"), Some(&approver))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// Published replies are public: the cycles, each cycle's report as a page in any language,
/// and the replies as JSON and CSV; drafts and submitted-not-published replies are not.
#[tokio::test]
async fn published_replies_are_public_as_pages_and_open_data() {
    let t = TestApp::new().await;
    let cycle = one_question_cycle(&[("ar", "الجهود الوطنية")]);
    let id = t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let s = &t.app.store;
    for (state, lang, text, publish) in [
        ("KEN", "en", "Kenya, \"with quotes\", cooperates.", true),
        ("FRA", "fr", "La France coopère.", true),
        ("DEU", "en", "Not yet public", false),
    ] {
        s.save_reply(&id, state, lang, &[("(a)".to_string(), text.to_string())].into(), 0, &Actor::cli())
            .await
            .unwrap();
        s.reply_action(&id, state, comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
        if publish {
            s.reply_action(&id, state, comity_reporting::Action::Publish, &Actor::cli()).await.unwrap();
        }
    }
    let (status, _, list) = t.get("/en/views").await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains(&format!("href=\"/en/views/{id}\"")) && list.contains("<td>2</td>"), "{list}");
    let (status, _, cycle_page) = t.get(&format!("/en/views/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(cycle_page.contains(&format!("href=\"/en/views/{id}/states/FRA\">France</a>")), "{cycle_page}");
    assert!(!cycle_page.contains("Germany"), "unpublished replies are not listed");
    let (status, _, single) = t.get(&format!("/ar/views/{id}/states/FRA")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(single.contains("La France coopère.") && single.contains("id=\"language-note\""), "{single}");
    assert_eq!(t.get(&format!("/en/views/{id}/states/DEU")).await.0, StatusCode::NOT_FOUND, "not published");
    let (status, _, report) = t.get(&format!("/ar/views/{id}/report")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        report.contains("dir=\"rtl\"") && report.contains("تقرير الأمين العام") && report.contains("الجهود الوطنية")
    );
    assert!(report.contains("فرنسا") && report.contains("كينيا"), "State names in Arabic");
    assert!(!report.contains("Not yet public"), "submitted but unpublished replies stay private");
    let (status, replies) = t.json(&format!("/api/v1/cycles/{id}/replies")).await;
    assert_eq!(status, StatusCode::OK);
    let states: Vec<&str> = replies.as_array().unwrap().iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["FRA", "KEN"], "in the UN's order");
    assert_eq!(replies[0]["original_language"], "fr");
    let (status, headers, csv) = t.get(&format!("/api/v1/cycles/{id}/replies.csv")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert!(csv.starts_with("cycle,state,state_name,original_language,date,late,question,answer\r\n"));
    assert!(
        csv.contains(&format!("{id},KEN,\"Kenya\",en,")) && csv.contains("\"Kenya, \"\"with quotes\"\", cooperates.\""),
        "{csv}"
    );
    let (status, _) = t.json("/api/v1/cycles/1-2-3/replies").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = t.get("/en/views/1-2-3").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Focal points are told when a cycle opens, and reminded only while their State has not
/// submitted, each in their language.
#[tokio::test]
async fn focal_points_are_told_and_reminded_by_mail() {
    let (t, inbox) = TestApp::with_mail().await;
    let cycle = one_question_cycle(&[]);
    let id = t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    for (email, state, lang) in
        [("fp@fr.example", "FRA", "fr"), ("fp@ke.example", "KEN", "en"), ("fp@de.example", "DEU", "ru")]
    {
        let mut a = NewAccount {
            email: email.into(),
            name: "Focal".into(),
            lang: lang.into(),
            password_hash: None,
            memberships: vec![Membership { org: OrgRef::State(state.into()), role: Role::FocalPoint }],
        };
        a.name = format!("Focal {state}");
        t.app.store.create_account(&a, &Actor::cli()).await.unwrap();
    }
    account(&t, "d@fr.example", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::Drafter }]).await;
    t.app
        .store
        .save_reply(&id, "FRA", "fr", &[("(a)".to_string(), "x".to_string())].into(), 0, &Actor::cli())
        .await
        .unwrap();
    t.app.store.reply_action(&id, "FRA", comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
    let cycle = t.app.store.cycle(&id).await.unwrap().unwrap();
    let mail = t.app.mail.as_ref().unwrap();
    let sent = comity_jobs::mail_focal_points(
        mail,
        &t.app.catalog.messages,
        &t.app.store,
        &cycle,
        comity_jobs::CycleMail::Opened,
    )
    .await
    .unwrap();
    assert_eq!(sent, 3, "every focal point, not the drafter");
    let reminded = comity_jobs::mail_focal_points(
        mail,
        &t.app.catalog.messages,
        &t.app.store,
        &cycle,
        comity_jobs::CycleMail::Reminder,
    )
    .await
    .unwrap();
    assert_eq!(reminded, 2, "France has submitted");
    let mails = inbox.messages();
    let reminders: Vec<&str> = mails[3..].iter().map(|m| m.to[0].as_str()).collect();
    assert!(reminders.contains(&"<fp@ke.example>") && reminders.contains(&"<fp@de.example>"));
    let to = |who: &str| mails[0..3].iter().find(|m| m.to[0] == who).unwrap().data.clone();
    assert!(to("<fp@ke.example>").contains("Subject: Views and assessments under A/RES/76/19"), "English for Kenya");
    assert!(!to("<fp@fr.example>").contains("Subject: Views and assessments"), "France's focal point reads French");
    assert!(mails[3..].iter().any(|m| m.data.contains("Subject: Reminder")), "English reminder for Kenya");

    // Scheduled reminders: 14, 7 and 1 days before the deadline; on a day when two are due,
    // only the later goes; each goes once, whoever asks.
    let before = inbox.messages().len();
    let none =
        comity_jobs::send_due_reminders(mail, &t.app.catalog.messages, &t.app.store, "2099-04-01").await.unwrap();
    assert!(none.is_empty(), "nothing due seven weeks before");
    let due = comity_jobs::send_due_reminders(mail, &t.app.catalog.messages, &t.app.store, "2099-05-14").await.unwrap();
    assert_eq!(due, [(id.clone(), 7, 2)], "six days before: the 7-day reminder, not the 14-day one as well");
    let again =
        comity_jobs::send_due_reminders(mail, &t.app.catalog.messages, &t.app.store, "2099-05-15").await.unwrap();
    assert!(again.is_empty(), "each reminder goes once");
    let last =
        comity_jobs::send_due_reminders(mail, &t.app.catalog.messages, &t.app.store, "2099-05-19").await.unwrap();
    assert_eq!(last, [(id.clone(), 1, 2)]);
    assert!(
        comity_jobs::send_due_reminders(mail, &t.app.catalog.messages, &t.app.store, "2099-05-20")
            .await
            .unwrap()
            .is_empty()
    );
    // They wait in the outbox, which the server's delivery (here by hand) sends.
    assert_eq!(inbox.messages().len(), before);
    assert_eq!(comity_jobs::deliver_outbox(mail, &t.app.store).await.unwrap(), (4, 0));
    assert_eq!(inbox.messages().len(), before + 4);
}

/// The structured reply (after the National Survey): a drafter answers per norm in the portal
/// (a choice, kinds of measures, comments; a needs list), bad keys and choices are refused
/// with their name; once published, it feeds the public pages by State and by norm (with
/// their charts), the report in Word, and the open data; a report page follows publication.
#[tokio::test]
async fn structured_replies_feed_the_public_pages_by_state_and_by_norm() {
    let t = TestApp::new().await;
    let cycle = one_question_cycle(&[("zh", "国家努力")]);
    let id = t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let drafter =
        account(&t, "d@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::Drafter }]).await;
    let drafter = t.app.store.create_session(&drafter, true, &Actor::default()).await.unwrap();
    let reply = format!("/fr/cycles/{id}/replies/FRA");
    let (_, _, page) = t.request(get(&reply, Some(&drafter))).await;
    assert!(page.contains("name=\"survey/norm-g/status\"") && page.contains("name=\"survey/pillar-cbms/needs\""));
    for (field, why) in [
        ("survey%2Fnorm-z%2Fstatus=partly", "norm-z"),
        ("survey%2Fnorm-g%2Fstatus=mostly", "mostly"),
        ("survey%2Fnorm-g%2Fmeasures%2Fprayer=on", "prayer"),
        ("survey%2Fpillar-threats%2Fneeds=x", "pillar-threats"),
    ] {
        let (status, _, page) =
            t.request(form(&reply, &format!("version=0&lang=fr&answer-0=Texte&{field}"), Some(&drafter))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{field}");
        assert!(page.contains(why), "{field}: the refusal names it");
    }
    let body = "version=0&lang=fr&answer-0=La+France+coop%C3%A8re.\
        &survey%2Fnorm-g%2Fstatus=partly&survey%2Fnorm-g%2Fmeasures%2Flegislation=on&survey%2Fnorm-g%2Fmeasures%2Finstitution=on\
        &element%2Fnorm-g=Loi+sur+les+infrastructures+critiques&survey%2Fpillar-cbms%2Fneeds=-+Formation+des+CERT";
    let (status, _, page) = t.request(form(&reply, body, Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("<option value=\"partly\" selected>"), "the choice is shown back");
    assert!(page.contains("name=\"survey/norm-g/measures/institution\" checked"));
    assert!(page.contains("Formation des CERT"));
    let s = &t.app.store;
    s.reply_action(&id, "FRA", comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
    s.reply_action(&id, "FRA", comity_reporting::Action::Publish, &Actor::cli()).await.unwrap();
    let kenya: std::collections::BTreeMap<String, String> = [
        ("(a)".to_string(), "Kenya cooperates.".to_string()),
        ("survey/norm-g/status".to_string(), "implemented".to_string()),
        ("element/norm-g".to_string(), "Critical infrastructure is designated by law.".to_string()),
    ]
    .into();
    s.save_reply(&id, "KEN", "en", &kenya, 0, &Actor::cli()).await.unwrap();
    s.reply_action(&id, "KEN", comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
    s.reply_action(&id, "KEN", comity_reporting::Action::Publish, &Actor::cli()).await.unwrap();

    let (status, _, views) = t.get("/en/views").await;
    assert_eq!(status, StatusCode::OK);
    assert!(views.contains("id=\"chart-norms\"><svg") && views.contains("id=\"chart-cycles\"><svg"));
    assert!(views.contains("href=\"/en/views/elements/norm-g\"") && views.contains("<span class=\"count\">2</span>"));
    assert!(views.contains("href=\"/en/views/states/FRA\">France</a>"));
    let (status, _, norm) = t.get("/ar/views/elements/norm-g").await;
    assert_eq!(status, StatusCode::OK);
    assert!(norm.contains("dir=\"rtl\"") && norm.contains("direction=\"rtl\""), "the chart is mirrored in Arabic");
    assert!(norm.contains("فرنسا") && norm.contains("كينيا") && norm.contains("منفذة جزئيا"));
    assert!(norm.contains("Loi sur les infrastructures critiques") && norm.contains("<td>1</td>"));
    let (status, _, state) = t.get("/zh/views/states/FRA").await;
    assert_eq!(status, StatusCode::OK);
    assert!(state.contains("国家努力") && state.contains("La France coopère.") && state.contains("Formation des CERT"));
    assert_eq!(t.get("/en/views/states/XXX").await.0, StatusCode::NOT_FOUND);
    assert_eq!(t.get("/en/views/elements/norm-z").await.0, StatusCode::NOT_FOUND);

    let (status, headers, bytes) = t.get_bytes(&format!("/fr/views/{id}/report.docx")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap().contains("wordprocessingml"));
    let docx = comity_docx::read(&bytes).unwrap();
    let text: Vec<String> = docx
        .blocks
        .iter()
        .map(|b| match b {
            comity_docx::Block::Heading { inlines, .. } | comity_docx::Block::Paragraph { inlines } => {
                comity_docx::plain_text(inlines)
            }
            _ => String::new(),
        })
        .collect();
    assert!(text.iter().any(|t| t == "France") && text.iter().any(|t| t.contains("Loi sur les infrastructures")));

    let (status, all) = t.json("/api/v1/replies").await;
    assert_eq!(status, StatusCode::OK);
    let france = all.as_array().unwrap().iter().find(|r| r["state"] == "FRA").unwrap();
    assert_eq!(france["answers"]["survey/norm-g/measures"], "legislation,institution");
    assert_eq!(france["cycle"], id.as_str());
    let (_, _, csv) = t.get("/api/v1/replies.csv").await;
    assert!(csv.contains("\"survey/norm-g/status\",\"implemented\""), "{csv}");

    // A report page is kept, and made again once another reply is published.
    let (_, _, before) = t.get(&format!("/en/views/{id}/report")).await;
    assert!(before.contains("Kenya") && !before.contains("Germany"));
    s.save_reply(&id, "DEU", "en", &[("(a)".to_string(), "Germany too.".to_string())].into(), 0, &Actor::cli())
        .await
        .unwrap();
    s.reply_action(&id, "DEU", comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
    let (_, _, unchanged) = t.get(&format!("/en/views/{id}/report")).await;
    assert_eq!(before, unchanged, "a submitted reply is not public");
    s.reply_action(&id, "DEU", comity_reporting::Action::Publish, &Actor::cli()).await.unwrap();
    let (_, _, after) = t.get(&format!("/en/views/{id}/report")).await;
    assert!(after.contains("Germany too."), "published replies appear at once");
}

fn upload(uri: &str, name: &str, bytes: &[u8], cookie: &str) -> Request<Body> {
    upload_with(uri, &[], name, bytes, cookie)
}

/// A multipart form: text fields, then the file.
fn upload_with(uri: &str, fields: &[(&str, &str)], name: &str, bytes: &[u8], cookie: &str) -> Request<Body> {
    let boundary = "comity-test-boundary";
    let mut body = String::new();
    for (field, value) in fields {
        body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n{value}\r\n"));
    }
    let mut body = format!(
        "{body}--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    Request::post(uri)
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .header(header::COOKIE, format!("comity_session={cookie}"))
        .body(Body::from(body))
        .unwrap()
}

/// Attachments and translations in the portal: a drafter attaches a PDF (a disguised image
/// and an oversized upload are refused), only the State and the Secretariat read it until the
/// reply is published; the Secretariat attaches an official translation that the report in
/// that language then prints.
#[tokio::test]
async fn attachments_and_translations_in_the_portal() {
    let t = TestApp::new().await;
    let cycle = one_question_cycle(&[]);
    let id = t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let store = t.app.store.clone();
    let session = |email: &'static str, memberships: Vec<Membership>| {
        let (store, t) = (store.clone(), &t);
        async move {
            let account_id = account(t, email, memberships).await;
            store.create_session(&account_id, true, &Actor::default()).await.unwrap()
        }
    };
    let drafter =
        session("d@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::Drafter }]).await;
    let kenyan =
        session("k@example.org", vec![Membership { org: OrgRef::State("KEN".into()), role: Role::Drafter }]).await;
    let editor = session("e@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::ReportEditor }]).await;
    let reply = format!("/fr/cycles/{id}/replies/FRA");
    let (status, _, _) =
        t.request(form(&reply, "version=0&lang=fr&answer-0=Nous+coop%C3%A9rons.", Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK);

    let pdf = b"%PDF-1.7\n% Strat\xc3\xa9gie nationale\n";
    let (status, _, page) = t.request(upload(&format!("{reply}/attachments"), "stratégie.pdf", pdf, &drafter)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("stratégie.pdf est joint"), "{page}");
    let (status, _, page) =
        t.request(upload(&format!("{reply}/attachments"), "scan.pdf", b"\x89PNG\r\n", &drafter)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("PNG"), "the refusal says what the file is");
    let big = vec![b'%'; comity_reporting::attachments::MAX_ATTACHMENT_BYTES + 70 * 1024];
    let (status, _, page) = t.request(upload(&format!("{reply}/attachments"), "big.pdf", &big, &drafter)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{page}");
    let submission = t.app.store.replies(&id, Some("FRA")).await.unwrap().remove(0);
    let attachments = t.app.store.attachments(&submission.id).await.unwrap();
    assert_eq!(attachments.len(), 1, "refusals attached nothing");
    let file = format!("{reply}/attachments/{}", attachments[0].id);
    let (status, headers, _) = t.request(get(&file, Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    assert!(headers[header::CONTENT_DISPOSITION].to_str().unwrap().contains("filename*=UTF-8''strat%C3%A9gie.pdf"));
    let (status, _, _) = t.request(get(&file, Some(&kenyan))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "Kenya does not read France's attachments");
    let public = format!("/en/views/attachments/{}", attachments[0].id);
    assert_eq!(t.get(&public).await.0, StatusCode::NOT_FOUND, "not public before publication");

    // Once France has submitted, the Secretariat's translation into English; drafters do not
    // attach translations (and a draft is not the Secretariat's to read).
    t.app.store.reply_action(&id, "FRA", comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
    let body = "into=en&status=official&answer-0=We+cooperate.";
    let (status, _, _) = t.request(form(&format!("{reply}/translations"), body, Some(&drafter))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, page) = t.request(form(&format!("{reply}/translations"), body, Some(&editor))).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("traduction officielle"), "{page}");
    let (status, _, _) =
        t.request(form(&format!("{reply}/translations"), "into=fr&status=official&answer-0=x", Some(&editor))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "not into the original's language");
    t.app.store.reply_action(&id, "FRA", comity_reporting::Action::Publish, &Actor::cli()).await.unwrap();
    let (status, _, bytes) = t.get_bytes(&public).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, &pdf[..]));
    let (_, _, report) = t.get(&format!("/en/views/{id}/report")).await;
    assert!(report.contains("We cooperate.") && !report.contains("Nous coopérons"), "the official translation");
    let (_, _, single) = t.get(&format!("/en/views/{id}/states/FRA")).await;
    assert!(single.contains("We cooperate.") && single.contains("official translation"), "{single}");
    assert!(single.contains(&format!("/en/views/attachments/{}", attachments[0].id)), "the attachment is listed");
    let (_, _, report) = t.get(&format!("/fr/views/{id}/report")).await;
    assert!(report.contains("Nous coopérons."), "the original in French");
}

/// A State's own systems save its reply through the API with a token: the same rules as the
/// portal (a stale version is 409, an unknown key 400), another State's reply does not exist.
#[tokio::test]
async fn a_reply_is_saved_through_the_api_with_a_token() {
    let t = TestApp::new().await;
    let cycle = one_question_cycle(&[]);
    let id = t.app.store.create_cycle(&cycle, &Actor::cli()).await.unwrap();
    let drafter =
        account(&t, "d@example.org", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::Drafter }]).await;
    let scopes = [comity_access::Permission::DraftSubmission, comity_access::Permission::ReadStateSubmissions];
    let (_, token) = t.app.store.create_token(&drafter, "drafting tool", &scopes, 30, &Actor::cli()).await.unwrap();
    let put = |uri: &str, body: &str| {
        Request::put(uri)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap()
    };
    let draft = format!("/api/v1/cycles/{id}/replies/FRA/draft");
    let (status, _, body) = t
        .request(put(&draft, r#"{"version":0,"original_language":"fr","answers":{"(a)":"Nous coopérons.","survey/norm-g/status":"planned"}}"#))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["version"], 1);
    let (status, _, body) =
        t.request(put(&draft, r#"{"version":0,"original_language":"fr","answers":{"(a)":"Autre"}}"#)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert!(body.contains("stale_version"));
    let (status, _, body) =
        t.request(put(&draft, r#"{"version":1,"original_language":"fr","answers":{"element/norm-z":"x"}}"#)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("norm-z"), "{body}");
    let (status, _, body) = t.request(put(&draft, r#"{"version":1,"lang":"fr"}"#)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, _, _) = t
        .request(put(
            &format!("/api/v1/cycles/{id}/replies/DEU/draft"),
            r#"{"version":0,"original_language":"en","answers":{}}"#,
        ))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another State's reply does not exist for France");
    let get =
        Request::get(&draft).header(header::AUTHORIZATION, format!("Bearer {token}")).body(Body::empty()).unwrap();
    let (status, _, body) = t.request(get).await;
    assert_eq!(status, StatusCode::OK);
    let view: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!((view["status"].as_str(), view["version"].as_i64()), (Some("draft"), Some(1)));
    assert_eq!(view["answers"]["survey/norm-g/status"], "planned");
    let (status, cycles) = t.json("/api/v1/cycles").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(cycles[0]["questions"][0]["texts"]["en"], "National efforts");
}

/// The Points of Contact directory in the portal: never public; a State's users see it once
/// one of its contacts is verified; a focal point nominates (bad fields named, nothing
/// written) and exports its State's entries; the directory manager verifies or rejects.
#[tokio::test]
async fn the_directory_is_for_participating_states_and_the_directory_manager() {
    let t = TestApp::new().await;
    let store = t.app.store.clone();
    let session = |email: &'static str, memberships: Vec<Membership>| {
        let (store, t) = (store.clone(), &t);
        async move {
            let id = account(t, email, memberships).await;
            store.create_session(&id, true, &Actor::default()).await.unwrap()
        }
    };
    let kenya =
        session("fp@ke.example", vec![Membership { org: OrgRef::State("KEN".into()), role: Role::FocalPoint }]).await;
    let france =
        session("poc@fr.example", vec![Membership { org: OrgRef::State("FRA".into()), role: Role::PocTechnical }])
            .await;
    let manager =
        session("dm@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::DirectoryManager }]).await;

    let (status, _, _) = t.get("/en/contacts").await;
    assert_ne!(status, StatusCode::OK, "never public");
    let (_, _, account_page) = t.request(get("/en/account", Some(&kenya))).await;
    assert!(account_page.contains("href=\"/en/orgs/KEN/contacts\"") && account_page.contains("href=\"/en/contacts\""));
    let (_, _, account_page) = t.request(get("/en/account", Some(&manager))).await;
    assert!(account_page.contains("href=\"/en/checks\"") && account_page.contains("href=\"/en/contacts/changes\""));
    let (status, headers, page) = t.request(get("/en/contacts", Some(&kenya))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("id=\"not-yet\""));
    assert_eq!(headers["x-robots-tag"], "noindex, nofollow");

    let nomination = |email: &str| {
        format!(
            "category=technical&name=Wanjiru+Kamau&position=Head&institution=KE-CIRT%2FCC&emails={email}&phones=%2B254+20+123+4567&languages=en%3B+sw&hours=24%2F7&time_zone=Africa%2FNairobi&openpgp_key="
        )
    };
    let (status, _, page) = t.request(form("/en/orgs/KEN/contacts", &nomination("not-an-email"), Some(&kenya))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("emails:") && page.contains("value=\"Wanjiru Kamau\""), "named, and what was typed kept");
    assert!(t.app.store.contact_changes(None, None, None).await.unwrap().is_empty(), "nothing written");
    let (status, _, page) =
        t.request(form("/en/orgs/KEN/contacts", &nomination("incidents%40ke-cirt.example"), Some(&kenya))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("waits for the directory manager"), "{page}");
    let (status, _, _) = t.request(get("/en/orgs/KEN/contacts", Some(&france))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another State's entries do not exist for France");
    let (status, _, _) = t.request(get("/en/contacts/changes", Some(&kenya))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "States do not verify");

    let (status, _, queue) = t.request(get("/ar/contacts/changes", Some(&manager))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(queue.contains("كينيا") && queue.contains("Wanjiru Kamau"), "{queue}");
    let change = t.app.store.contact_changes(Some("pending"), None, None).await.unwrap().remove(0);
    let (status, _, page) =
        t.request(form(&format!("/en/contacts/changes/{}/verify", change.id), "", Some(&manager))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("the change is verified"), "{page}");

    let (status, _, directory) = t.request(get("/zh/contacts", Some(&kenya))).await;
    assert_eq!(status, StatusCode::OK, "Kenya now takes part");
    assert!(directory.contains("肯尼亚") && directory.contains("+254201234567"));
    let (status, _, _) = t.request(get("/en/contacts", Some(&france))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "France has no verified contact");
    let (status, _, _) = t.request(get("/en/contacts", Some(&manager))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, headers, csv) = t.request(get("/en/orgs/KEN/contacts/export", Some(&kenya))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert!(
        csv.contains("KEN,technical,Wanjiru Kamau,Head,KE-CIRT/CC,incidents@ke-cirt.example,'+254201234567,en;sw"),
        "{csv}"
    );
    let (_, _, search) = t.get("/en/search?q=Wanjiru").await;
    assert!(!search.contains("Wanjiru Kamau"), "the directory is not in the public search");

    // A removal, rejected without a reason (refused), then with one.
    let id = t.app.store.contacts(Some("KEN"), true).await.unwrap().remove(0).id;
    let (status, _, _) = t.request(form(&format!("/en/orgs/KEN/contacts/{id}/remove"), "", Some(&kenya))).await;
    assert_eq!(status, StatusCode::OK);
    let removal = t.app.store.contact_changes(Some("pending"), None, None).await.unwrap().remove(0);
    let reject = format!("/en/contacts/changes/{}/reject", removal.id);
    let (status, _, _) = t.request(form(&reject, "reason=", Some(&manager))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _, _) = t.request(form(&reject, "reason=Name+a+replacement+first", Some(&manager))).await;
    assert_eq!(status, StatusCode::OK);
    let (_, _, own) = t.request(get("/fr/orgs/KEN/contacts", Some(&kenya))).await;
    assert!(own.contains("Name a replacement first") && own.contains("rejetée"), "{own}");
}

/// A communication check end to end: the directory manager starts a round in the portal, the
/// outbox hands one mail per contact to the SMTP server, the personal link records nothing
/// when opened and the acknowledgement once when confirmed; the round's page shows the rate
/// and times.
#[tokio::test]
async fn a_communication_check_from_the_portal_to_the_answers() {
    let (t, inbox) = TestApp::with_mail().await;
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
        KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en;sw,24/7,Africa/Nairobi,\n\
        FRA,diplomatic,Jeanne Martin,Conseillère,MEAE,cyber@diplomatie.example,,fr,09:00-18:00,Europe/Paris,\n\
        DEU,technical,Max Muster,Referent,BSI,bounce@bsi.example,,de,24/7,Europe/Berlin,\n";
    let (rows, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    t.app.store.import_nominations(&rows, true, "n.csv", &Actor::cli()).await.unwrap();
    let manager =
        account(&t, "dm@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::DirectoryManager }]).await;
    let manager = t.app.store.create_session(&manager, true, &Actor::default()).await.unwrap();
    let kenya =
        account(&t, "fp@ke.example", vec![Membership { org: OrgRef::State("KEN".into()), role: Role::FocalPoint }])
            .await;
    let kenya = t.app.store.create_session(&kenya, true, &Actor::default()).await.unwrap();

    let (status, _, _) =
        t.request(form("/en/checks", "title=June+ping&deadline=2099-06-30T17%3A00", Some(&kenya))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "States do not start checks");
    let (status, _, page) =
        t.request(form("/en/checks", "title=June+ping&deadline=2020-06-30T17%3A00", Some(&manager))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a deadline in the past");
    assert!(page.contains("has passed"));
    let (status, _, page) =
        t.request(form("/en/checks", "title=June+ping&deadline=2099-06-30T17%3A00", Some(&manager))).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("3 contacts asked"), "{page}");
    assert_eq!(comity_jobs::deliver_outbox(t.app.mail.as_ref().unwrap(), &t.app.store).await.unwrap(), (2, 1));
    assert_eq!(
        comity_jobs::deliver_outbox(t.app.mail.as_ref().unwrap(), &t.app.store).await.unwrap(),
        (0, 0),
        "sent once; a bounce is not tried again"
    );
    assert!(t.app.store.mail_waiting().await.unwrap().is_empty());
    let mails = inbox.messages();
    assert_eq!(mails.len(), 2);
    let to_kenya = mails.iter().find(|m| m.to[0] == "<incidents@ke-cirt.example>").unwrap();
    assert!(to_kenya.data.contains("Subject: Points of Contact directory: please acknowledge"), "in English");
    let link = link_in(&to_kenya.data.replace("\r\n", "\n"));
    assert!(link.starts_with("/en/ack/ack_"), "{link}");

    let (status, headers, page) = t.get(&link).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["x-robots-tag"], "noindex, nofollow");
    assert!(page.contains("id=\"acknowledge\""));
    let round = t.app.store.check_rounds().await.unwrap().remove(0);
    assert_eq!(round.acknowledged, 0, "opening the link records nothing");
    let (status, _, page) = t.request(form(&link, "", None)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("your acknowledgement is recorded"));
    let (status, _, page) = t.request(form(&link, "", None)).await;
    assert_eq!(status, StatusCode::CONFLICT, "a link works once");
    assert!(page.contains("the first acknowledgement stands"));
    let (status, _, _) = t.request(form("/en/ack/ack_forged", "", None)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // France's systems acknowledge through the API with the token from the mail.
    let to_france = mails.iter().find(|m| m.to[0] == "<cyber@diplomatie.example>").unwrap();
    let france_link = link_in(&to_france.data.replace("\r\n", "\n"));
    let token = france_link.rsplit('/').next().unwrap().to_string();
    let api = |token: &str| {
        Request::post("/api/v1/checks/acknowledge")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(format!("{{\"token\":\"{token}\"}}")))
            .unwrap()
    };
    let (status, _, body) = t.request(api(&token)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _, body) = t.request(api(&token)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(body.contains("already_acknowledged"));
    // Kenya's focal point reads Kenya's results, not France's.
    let (status, _, own) = t.request(get("/en/orgs/KEN/checks", Some(&kenya))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(own.contains("Wanjiru Kamau") && !own.contains("Jeanne Martin"), "{own}");
    assert!(
        own.contains("id=\"history\"") && own.contains("100 %") && own.contains("id=\"chart-history\"><svg"),
        "{own}"
    );
    let (status, _, history) = t.request(get("/zh/checks/states/FRA", Some(&manager))).await;
    assert_eq!(status, StatusCode::OK, "the directory manager reads any State's history");
    assert!(history.contains("法国") && history.contains("Jeanne Martin"), "{history}");
    let (status, _, _) = t.request(get("/en/checks/states/FRA", Some(&kenya))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = t.request(get("/en/orgs/FRA/checks", Some(&kenya))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, _, page) = t.request(get(&format!("/ar/checks/{}", round.id), Some(&manager))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("67 %") && page.contains("كينيا") && page.contains("فرنسا"), "{page}");
    assert!(page.contains("رُفضت الرسالة"), "Germany's mail bounced: {page}");
    assert!(
        page.contains("<th scope=\"row\">أفريقيا</th>") && page.contains("<th scope=\"row\">أوروبا</th>"),
        "by region: {page}"
    );
    assert!(page.contains("id=\"chart-times\"><svg"));
    let (status, _, _) = t.request(get(&format!("/en/checks/{}", round.id), Some(&kenya))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The round's report, as a Word file and a page of its own, in Arabic and French.
    let (status, headers, docx) = t.get_bytes_as(&format!("/ar/checks/{}/report.docx", round.id), &manager).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap().contains("wordprocessingml"));
    assert!(docx.starts_with(b"PK"), "a zip package");
    let (status, _, html) = t.request(get(&format!("/fr/checks/{}/report.html", round.id), Some(&manager))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("lang=\"fr\"") && html.contains("Kenya") && html.contains("67 %"), "{html}");
    let (status, _, _) = t.request(get(&format!("/en/checks/{}/report.docx", round.id), Some(&kenya))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the report is the directory manager's");
    let (status, _, _) = t.request(get(&format!("/en/checks/{}/report.pdf", round.id), Some(&manager))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A weekly round scheduled from the portal, then stopped; a bad one is refused.
    let (status, _, page) = t
        .request(form(
            "/en/checks/schedules",
            "title=Weekly&start_at=2099-01-05T09%3A00&window_hours=0&every_days=7",
            Some(&manager),
        ))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("length in hours must be 1 to 720, not 0"), "{page}");
    let (status, _, page) = t
        .request(form(
            "/zh/checks/schedules",
            "title=Weekly&start_at=2099-01-05T09%3A00&window_hours=48&every_days=7",
            Some(&manager),
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("每 7 天") && page.contains("2099-01-05 09:00"), "{page}");
    let schedule = t.app.store.check_schedules().await.unwrap().remove(0);
    let (status, _, page) =
        t.request(form(&format!("/en/checks/schedules/{}/cancel", schedule.id), "", Some(&manager))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("The schedule is stopped"));
    assert!(t.app.store.check_schedules().await.unwrap().is_empty());
}

/// A request from Kenya to France in the portal: France's technical contact is told by mail
/// without the words, reads the thread signed in (in English, Chinese and Arabic), a reply that
/// loosens the marking is refused and changes nothing, the right one goes back; France's focal
/// point does not read AMBER+STRICT and China reads nothing; the manager sees what escalated,
/// without the words.
#[tokio::test]
async fn a_request_between_states_from_the_portal_to_the_reply() {
    let (t, inbox) = TestApp::with_mail().await;
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
        KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
        FRA,technical,Luc Bernard,Analyste,CERT-FR,cert@cert-fr.example,,fr,24/7,Europe/Paris,\n";
    let (rows, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    t.app.store.import_nominations(&rows, true, "n.csv", &Actor::cli()).await.unwrap();
    let session = |id: String| {
        let store = t.app.store.clone();
        async move { store.create_session(&id, true, &Actor::default()).await.unwrap() }
    };
    let member = |state: &str, role| vec![Membership { org: OrgRef::State(state.into()), role }];
    let kenya = session(account(&t, "analyst@ke-cirt.example", member("KEN", Role::PocTechnical)).await).await;
    let france = session(account(&t, "luc@cert-fr.example", member("FRA", Role::PocTechnical)).await).await;
    let french_focal = session(account(&t, "fp@mfa.example", member("FRA", Role::FocalPoint)).await).await;
    let china = session(account(&t, "cert@cncert.example", member("CHN", Role::PocTechnical)).await).await;
    let drafter = session(account(&t, "drafter@ke.example", member("KEN", Role::Drafter)).await).await;
    let manager = session(
        account(&t, "dm@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::DirectoryManager }]).await,
    )
    .await;

    let (status, _, page) = t.request(get("/zh/messages/new", Some(&kenya))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("法国") && !page.contains(">肯尼亚<"), "France can be written to, not Kenya itself");
    let (status, _, _) = t.request(get("/en/messages", Some(&drafter))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a drafter does not exchange messages");

    // Refused: every wrong field named, nothing written.
    let (status, _, page) = t
        .request(form(
            "/en/messages",
            "kind=request_assistance&recipients=FRA&subject=&sector=space&urgency=high&tlp=red&body=Help",
            Some(&kenya),
        ))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        page.contains("Subject: must be given")
            && page.contains("is not a sector")
            && page.contains("TLP:RED goes only"),
        "{page}"
    );
    assert!(t.app.store.mail_waiting().await.unwrap().is_empty());

    let body = "kind=request_assistance&recipients=FRA&subject=Ransomware+at+the+grid+operator&sector=energy\
        &window_start=2026-11-30T22%3A00&urgency=high&tlp=amber%2Bstrict&elements=norm-h&body=Indicators+follow.";
    let (status, headers, _) = t.request(form("/en/messages", body, Some(&kenya))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let thread = location(&headers);
    assert!(thread.starts_with("/en/messages/"), "{thread}");
    assert_eq!(comity_jobs::deliver_outbox(t.app.mail.as_ref().unwrap(), &t.app.store).await.unwrap(), (1, 0));
    let mails = inbox.messages();
    assert_eq!(mails[0].to[0], "<cert@cert-fr.example>");
    let text = mails[0].data.replace("=\r\n", "").replace("\r\n", "\n");
    assert!(!text.contains("Ransomware") && !text.contains("Indicators"), "the mail carries no words: {text}");
    assert!(link_in(&text).starts_with("/fr/messages/"), "a link in the contact's language");

    let id = thread.rsplit('/').next().unwrap();
    for (lang, words) in [("en", "Request for assistance"), ("zh", "援助请求"), ("ar", "طلب مساعدة")] {
        let (status, headers, page) = t.request(get(&format!("/{lang}/messages/{id}"), Some(&france))).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert_eq!(headers["x-robots-tag"], "noindex, nofollow");
        assert!(
            page.contains(words)
                && page.contains("Ransomware at the grid operator")
                && page.contains("TLP:AMBER+STRICT"),
            "{lang}: {page}"
        );
    }
    for (who, label) in [(&french_focal, "France's focal point"), (&china, "China")] {
        let (status, _, page) = t.request(get(&format!("/en/messages/{id}"), Some(who))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{label}");
        assert!(!page.contains("Ransomware"));
    }
    let mut opened = 0;
    t.app
        .store
        .audit_entries(None, |e| {
            opened += usize::from(e.content.action == "message.open");
            true
        })
        .await
        .unwrap();
    assert_eq!(opened, 3, "each opening is audited; refusals open nothing");

    // Kenya attaches a PDF to its request: France reads it, China does not, and only the
    // author attaches.
    let request_id = t
        .app
        .store
        .open_thread(
            id,
            &comity_contacts::messages::Reader {
                account_id: t.app.store.session(&kenya).await.unwrap().unwrap().account_id,
                state: "KEN".into(),
                contact_role: true,
            },
            &Actor::default(),
        )
        .await
        .unwrap()
        .unwrap()[0]
        .id
        .clone();
    let pdf = b"%PDF-1.7\n% indicators\n";
    let (status, _, page) = t
        .request(upload_with(
            &format!("/en/messages/{id}/attachments"),
            &[("message", &request_id)],
            "indicators.pdf",
            pdf,
            &kenya,
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("indicators.pdf"), "{page}");
    let (status, _, page) = t
        .request(upload_with(
            &format!("/en/messages/{id}/attachments"),
            &[("message", &request_id)],
            "mine.pdf",
            pdf,
            &france,
        ))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("only a message&#39;s author"), "{page}");
    let att = t.app.store.message_attachments(&[request_id.as_str()]).await.unwrap().remove(0);
    let link = format!("/en/messages/{id}/attachments/{}", att.id);
    let (status, _, bytes) = t.get_bytes_as(&link, &france).await;
    assert_eq!((status, bytes.as_slice()), (StatusCode::OK, pdf.as_slice()));
    let (status, _, _) = t.get_bytes_as(&link, &china).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "China does not read it");

    // A looser reply is refused; the right one goes back and acknowledges.
    let (status, _, page) = t
        .request(form(
            &format!("/en/messages/{id}/reply"),
            &format!("in_reply_to={id}&subject=Re&urgency=high&tlp=green&body=On+it"),
            Some(&france),
        ))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("cannot be marked TLP:GREEN"), "{page}");
    let (status, _, _) = t
        .request(form(
            &format!("/en/messages/{id}/reply"),
            &format!("in_reply_to={id}&subject=Re&urgency=high&tlp=amber%2Bstrict&body=On+it"),
            Some(&france),
        ))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, page) = t.request(get(&format!("/en/messages/{id}"), Some(&kenya))).await;
    assert!(page.contains("On it") && !page.contains("id=\"acknowledge-"), "{page}");
    let (_, _, list) = t.request(get("/en/messages", Some(&france))).await;
    assert!(list.contains("Ransomware at the grid operator") && !list.contains("awaiting acknowledgement"), "{list}");

    // A RED notification that nobody acknowledges reaches the manager's list, without words.
    let red = "kind=notification&recipients=FRA&subject=Secret+matter&urgency=critical&tlp=red&named=luc%40cert-fr.example&body=Eyes+only";
    let (status, _, _) = t.request(form("/en/messages", red, Some(&kenya))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let later = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_hours(3)).unwrap();
    let compose = comity_jobs::message_notice("https://comity.example", &t.app.catalog.messages);
    t.app.store.escalate_messages(later, &compose, &Actor::system()).await.unwrap();
    let even_later = later.checked_add(jiff::SignedDuration::from_hours(3)).unwrap();
    t.app.store.escalate_messages(even_later, &compose, &Actor::system()).await.unwrap();
    let (status, _, page) = t.request(get("/en/messages/escalated", Some(&manager))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("TLP:RED") && page.contains("Kenya") && !page.contains("Secret matter"), "{page}");
    let (status, _, _) = t.request(get("/en/messages/escalated", Some(&kenya))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// A contact signed in with the address it was nominated with finds the check waiting on its
/// account page and acknowledges it there, once; nobody else can answer for it.
#[tokio::test]
async fn a_contact_acknowledges_a_check_in_the_portal() {
    let t = TestApp::new().await;
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
        KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n";
    let (rows, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    t.app.store.import_nominations(&rows, true, "n.csv", &Actor::cli()).await.unwrap();
    let compose = |_: &comity_store::CheckMail<'_>| ("Check".to_string(), "Acknowledge".to_string());
    let scope = comity_store::CheckScope::default();
    let (round, _) =
        t.app.store.start_check("June ping", "2099-06-30T17:00:00Z", &scope, compose, &Actor::cli()).await.unwrap();
    let member = |role| vec![Membership { org: OrgRef::State("KEN".into()), role }];
    let contact = account(&t, "incidents@ke-cirt.example", member(Role::PocTechnical)).await;
    let contact = t.app.store.create_session(&contact, true, &Actor::default()).await.unwrap();
    let other = account(&t, "someone@ke.example", member(Role::PocTechnical)).await;
    let other = t.app.store.create_session(&other, true, &Actor::default()).await.unwrap();

    let (_, _, page) = t.request(get("/zh/account", Some(&contact))).await;
    assert!(page.contains("id=\"pending-checks\"") && page.contains("June ping"), "{page}");
    let (_, _, page) = t.request(get("/en/account", Some(&other))).await;
    assert!(!page.contains("pending-checks"), "not another person's task");
    let uri = format!("/en/account/checks/{round}/acknowledge");
    let (status, _, _) = t.request(form(&uri, "", Some(&other))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nobody answers for the contact");
    let (status, _, page) = t.request(form(&uri, "", Some(&contact))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("your acknowledgement is recorded"), "{page}");
    let (status, _, _) = t.request(form(&uri, "", Some(&contact))).await;
    assert_eq!(status, StatusCode::CONFLICT, "once");
    let (_, targets) = t.app.store.check_results(&round, None).await.unwrap().unwrap();
    assert_eq!(targets[0].via.as_deref(), Some("portal"));
    let (_, _, page) = t.request(get("/en/account", Some(&contact))).await;
    assert!(!page.contains("pending-checks"), "done");
}
