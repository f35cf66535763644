//! The one access policy: every route declared and served, and the whole matrix of roles
//! against every route, checked against the snapshot `snapshots/web__policy__routes.snap`.

use crate::common::{TestApp, account, form, get, location};
use axum::http::StatusCode;
use comity_access::{Membership, OrgRef, Role};
use comity_store::Actor;

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

/// The whole matrix: anonymous, every role and an account with none, against every declared route, on one's own
/// State, another State and the Secretariat, as HTTP answers, as CSV
/// (a change shows in review as a change of the snapshot; accept it with INSTA_UPDATE=always
/// or `cargo insta review`).
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
    // An account holding no role, as a stakeholder's does: its own account and tokens, the
    // public pages, and the stakeholder's input form (whose handler checks the accreditation).
    let id = account(&t, "no-role@example.org", vec![]).await;
    principals.push(("account:no_role".into(), Some(id)));
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
                    "PUT" => {
                        let mut put = form(&uri, "", cookie.as_deref());
                        *put.method_mut() = axum::http::Method::PUT;
                        put
                    }
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
    insta::assert_snapshot!("routes", table);
}
