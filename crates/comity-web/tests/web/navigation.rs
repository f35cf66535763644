//! The header: a search box on every page, and once signed in, each person's work one click
//! away by role; pages built for a signed-in visitor are not kept by shared caches.

use crate::common::{TestApp, account, get, location, one_question_cycle};
use axum::http::{StatusCode, header};
use comity_access::{Membership, OrgRef, Role};
use comity_store::Actor;

async fn signed_in(t: &TestApp, email: &str, memberships: Vec<Membership>) -> String {
    let id = account(t, email, memberships).await;
    t.app.store.create_session(&id, true, &Actor::default()).await.unwrap()
}

/// The ids of the role links in a page's header, in order.
fn role_links(page: &str) -> Vec<String> {
    let Some(start) = page.find("<nav class=\"role-nav\"") else { return Vec::new() };
    let nav = &page[start..start + page[start..].find("</nav>").unwrap()];
    nav.split("<a id=\"").skip(1).map(|a| a[..a.find('"').unwrap()].to_string()).collect()
}

fn state(org: &str, role: Role) -> Vec<Membership> {
    vec![Membership { org: OrgRef::State(org.into()), role }]
}

#[tokio::test]
async fn every_page_has_a_search_box_and_anonymous_pages_no_role_links() {
    let t = TestApp::new().await;
    for lang in ["en", "zh", "ar"] {
        let (status, headers, page) = t.get(&format!("/{lang}/states")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(&format!(
            "<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/{lang}/search\">"
        )));
        assert!(role_links(&page).is_empty(), "an anonymous reader has no role links");
        assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=300", "a public page may be cached by anyone");
    }
    let (_, _, zh) = t.get("/zh/").await;
    assert!(zh.contains("placeholder=\"检索文件、规范、答复、国家\""), "the search box speaks the page's language");
}

#[tokio::test]
async fn a_drafter_reaches_the_states_reply_in_one_click() {
    let t = TestApp::new().await;
    let drafter = signed_in(&t, "d@example.org", state("FRA", Role::Drafter)).await;
    // No cycle is open yet: the link leads to the list of cycles.
    let (_, _, page) = t.request(get("/en/states", Some(&drafter))).await;
    assert_eq!(role_links(&page), ["nav-own-reply"]);
    assert!(page.contains("href=\"/en/orgs/FRA/reply\">Our reply</a>"), "{page}");
    let (status, headers, _) = t.request(get("/en/orgs/FRA/reply", Some(&drafter))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/en/cycles");

    let id = t.app.store.create_cycle(&one_question_cycle(&[]), &Actor::cli()).await.unwrap();
    let (status, headers, _) = t.request(get("/ar/orgs/FRA/reply", Some(&drafter))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), format!("/ar/cycles/{id}/replies/FRA"));
    let (status, _, reply) = t.request(get(&location(&headers), Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(reply.contains("aria-current=\"page\">ردّنا</a>"), "the reply page marks its link current");

    // A signed-in visitor's public page carries their header: nobody else keeps it.
    let (status, headers, page) = t.request(get("/zh/states", Some(&drafter))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(page.contains(">本国答复</a>"));

    // Another State's reply is not theirs to reach, by the link or by typing it.
    let (status, _, _) = t.request(get("/en/orgs/KEN/reply", Some(&drafter))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "as for any other State's page");
    let (status, headers, _) = t.get("/en/orgs/FRA/reply").await;
    assert_eq!(status, StatusCode::SEE_OTHER, "anonymous: to sign in");
    assert!(location(&headers).starts_with("/en/sign-in"));
}

#[tokio::test]
async fn each_role_finds_its_work_in_the_header() {
    let t = TestApp::new().await;
    let focal = signed_in(&t, "f@example.org", state("KEN", Role::FocalPoint)).await;
    let (_, _, page) = t.request(get("/en/", Some(&focal))).await;
    assert_eq!(
        role_links(&page),
        [
            "nav-own-reply",
            "nav-own-contacts",
            "nav-own-checks",
            "nav-own-users",
            "nav-messages",
            "nav-negotiations",
            "nav-directory"
        ]
    );
    for href in ["/en/orgs/KEN/contacts", "/en/orgs/KEN/checks", "/en/orgs/KEN/users"] {
        assert!(page.contains(&format!("href=\"{href}\"")), "{href}");
        let (status, _, _) = t.request(get(href, Some(&focal))).await;
        assert_eq!(status, StatusCode::OK, "{href} opens for the focal point");
    }

    let contact = signed_in(&t, "p@example.org", state("KEN", Role::PocTechnical)).await;
    let (_, _, page) = t.request(get("/en/", Some(&contact))).await;
    assert_eq!(role_links(&page), ["nav-messages", "nav-checks-to-acknowledge", "nav-directory"]);
    let (_, _, account_page) = t.request(get("/en/account", Some(&contact))).await;
    assert!(account_page.contains("id=\"pending-checks\""), "the checks link has somewhere to land");
    assert!(account_page.contains("No communication check is waiting for your acknowledgement."));

    let secretariat = signed_in(
        &t,
        "s@un.example",
        [Role::Admin, Role::ReportEditor, Role::DirectoryManager]
            .into_iter()
            .map(|role| Membership { org: OrgRef::Secretariat, role })
            .collect(),
    )
    .await;
    let (_, _, page) = t.request(get("/ar/", Some(&secretariat))).await;
    assert_eq!(
        role_links(&page),
        [
            "nav-negotiations",
            "nav-cycles",
            "nav-checks",
            "nav-directory",
            "nav-queue",
            "nav-audit",
            "nav-fetches",
            "nav-outbox"
        ],
        "negotiations, cycles, checks, directory, queue, audit, documents, mail"
    );
    assert!(page.contains(">دورات التقارير</a>"));
    for href in [
        "/ar/negotiations",
        "/ar/cycles",
        "/ar/checks",
        "/ar/contacts",
        "/ar/contacts/changes",
        "/ar/audit",
        "/ar/fetches",
        "/ar/outbox",
    ] {
        let (status, _, _) = t.request(get(href, Some(&secretariat))).await;
        assert_eq!(status, StatusCode::OK, "{href} opens for the Secretariat");
    }

    // Someone acting for two States sees which State each link is for.
    let both = signed_in(
        &t,
        "two@example.org",
        vec![
            Membership { org: OrgRef::State("FRA".into()), role: Role::Drafter },
            Membership { org: OrgRef::State("KEN".into()), role: Role::Drafter },
        ],
    )
    .await;
    let (_, _, page) = t.request(get("/en/", Some(&both))).await;
    assert!(page.contains(">Our reply (FRA)</a>") && page.contains(">Our reply (KEN)</a>"), "{page}");
}
