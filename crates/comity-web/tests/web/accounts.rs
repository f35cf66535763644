//! Accounts and sessions as a browser and a script meet them: sign-in with a password and a
//! second factor, throttling, cross-site refusals, API tokens, passkeys, invitations and resets
//! by mail, a focal point removing users, the audit trail.

use crate::common::{
    PASSWORD, TestApp, account, between, enc, form, get, link_in, location, me_id, now_code, session_from,
    sign_in_and_enrol,
};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use comity_access::{Membership, OrgRef, Role};
use comity_store::Actor;

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
