//! The Points of Contact directory in the portal: who reads it, communication checks from the
//! portal to the answers, and requests between States from the portal to the reply.

use crate::common::{TestApp, account, form, get, link_in, location, upload_with};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use comity_access::{Membership, OrgRef, Role};
use comity_store::Actor;

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
    assert!(csv.starts_with('\u{feff}'), "with a byte-order mark for spreadsheets");
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
    assert_eq!(t.audited("message.open").await, 3, "each opening is audited; refusals open nothing");

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
    assert!(!page.contains("June ping"), "not another person's task");
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
    assert!(!page.contains("June ping"), "done");
    assert!(page.contains("No communication check is waiting for your acknowledgement."), "done");
}

/// A State's page gathers what the record says of it: its published replies and the drafts it
/// sponsored for everyone; its Points of Contact and check results only for the directory's
/// readers and keepers and its own focal point. The States list filters by region.
#[tokio::test]
async fn a_states_page_is_its_hub_and_the_list_filters_by_region() {
    let t = TestApp::new().await.with_documents().await;
    let states = comity_states::StateRegistry::embedded(&comity_i18n::Collation::new()).unwrap();
    let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
        GHA,technical,Kofi Mensah,Head,GH-CERT,cert@gh-cert.example,,en,24/7,Africa/Accra,\n";
    let (rows, _) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
    t.app.store.import_nominations(&rows, true, "n.csv", &Actor::cli()).await.unwrap();
    let compose = |_: &comity_store::CheckMail<'_>| ("Check".to_string(), "Acknowledge".to_string());
    let scope = comity_store::CheckScope::default();
    t.app.store.start_check("June ping", "2099-06-30T17:00:00Z", &scope, compose, &Actor::cli()).await.unwrap();
    let cycle = t.app.store.create_cycle(&crate::common::one_question_cycle(&[]), &Actor::cli()).await.unwrap();
    let s = &t.app.store;
    s.save_reply(&cycle, "GHA", "en", &[("(a)".to_string(), "Ghana's views.".to_string())].into(), 0, &Actor::cli())
        .await
        .unwrap();
    s.reply_action(&cycle, "GHA", comity_reporting::Action::Submit, &Actor::cli()).await.unwrap();
    s.reply_action(&cycle, "GHA", comity_reporting::Action::Publish, &Actor::cli()).await.unwrap();

    let section = |page: &str, id: &str| -> String {
        page.split(&format!("<section id=\"{id}\""))
            .nth(1)
            .map(|s| s[..s.find("</section>").unwrap()].to_string())
            .unwrap_or_default()
    };
    for lang in ["en", "zh", "ar"] {
        let (status, _, page) = t.get(&format!("/{lang}/states/GHA")).await;
        assert_eq!(status, StatusCode::OK);
        let replies = section(&page, "state-replies");
        assert!(replies.contains(&format!("href=\"/{lang}/views/{cycle}/states/GHA\"")), "{lang}: {page}");
        let sponsored = section(&page, "state-sponsored");
        assert!(sponsored.contains(&format!("href=\"/{lang}/documents/A/C.1/81/L.7\"")), "{lang}: {page}");
        assert!(!page.contains("state-contacts") && !page.contains("state-checks"), "{lang}: not for the public");
    }
    // On the document, sponsors are named in the page's language and lead to their pages.
    let (_, _, page) = t.get("/ar/documents/A/C.1/81/L.7").await;
    let sponsors = &page[page.find("id=\"sponsors\"").unwrap()..];
    assert!(sponsors[..sponsors.find("</dd>").unwrap()].contains("<a href=\"/ar/states/GHA\">غانا</a>"), "{page}");
    let (_, _, page) = t.get("/en/states/CHN").await;
    assert!(section(&page, "state-sponsored").contains("class=\"empty\""), "{page}");

    let member = |org: &str, role| vec![Membership { org: OrgRef::State(org.into()), role }];
    let focal = account(&t, "fp@gh.example", member("GHA", Role::FocalPoint)).await;
    let focal = t.app.store.create_session(&focal, true, &Actor::default()).await.unwrap();
    let (_, _, page) = t.request(get("/ar/states/GHA", Some(&focal))).await;
    let contacts = section(&page, "state-contacts");
    assert!(
        contacts.contains("<time datetime=") && contacts.contains("لا توجد جهة مدرجة"),
        "technical listed, diplomatic not: {page}"
    );
    let checks = section(&page, "state-checks");
    assert!(checks.contains("June ping") && checks.contains("href=\"/ar/orgs/GHA/checks\""), "{page}");
    // Another State's focal point sees neither on Ghana's page.
    let other = account(&t, "fp@ke.example", member("KEN", Role::FocalPoint)).await;
    let other = t.app.store.create_session(&other, true, &Actor::default()).await.unwrap();
    let (_, _, page) = t.request(get("/en/states/GHA", Some(&other))).await;
    assert!(!page.contains("id=\"state-checks\""), "{page}");

    let (_, _, page) = t.get("/en/states?region=002").await;
    assert!(page.contains("id=\"GHA\"") && !page.contains("id=\"FRA\""), "Africa only");
    assert!(page.contains("<option value=\"002\" selected>Africa</option>"));
    let (_, _, page) = t.get("/zh/states?region=150&q=fr").await;
    assert!(page.contains("id=\"FRA\"") && !page.contains("id=\"GHA\""));
}

/// The Secretariat's outbox page counts what waits, went out and bounced, names the last error,
/// and keeps the bodies (one-time links) hidden, but for a deployment's own mailbox (the
/// demo's), where every mail is shown whole; nobody else opens it.
#[tokio::test]
async fn the_outbox_page_shows_what_was_sent_and_what_bounced() {
    let (mut t, inbox) = TestApp::with_mail().await;
    let mail = |email: &str| comity_store::QueuedMail {
        name: "Wanjiru Kamau".into(),
        email: email.into(),
        subject: "Communication check".into(),
        body: "Acknowledge: https://comity.test.example/en/ack/secret-token".into(),
    };
    t.app.store.queue_mail(&[mail("ok@ke-cirt.example"), mail("bounce@ke-cirt.example")]).await.unwrap();
    let admin = account(&t, "admin@un.example", vec![Membership { org: OrgRef::Secretariat, role: Role::Admin }]).await;
    let admin = t.app.store.create_session(&admin, true, &Actor::default()).await.unwrap();
    let (status, _, page) = t.request(get("/zh/outbox", Some(&admin))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("id=\"count-queued\">2<"), "{page}");

    comity_jobs::deliver_outbox(t.app.mail.as_ref().unwrap(), &t.app.store).await.unwrap();
    assert_eq!(inbox.messages().len(), 1);
    let (_, _, page) = t.request(get("/en/outbox", Some(&admin))).await;
    assert!(page.contains("id=\"count-sent\">1<") && page.contains("id=\"count-bounced\">1<"), "{page}");
    assert!(page.contains("class=\"mail mail-bounced\"") && page.contains("550"), "the relay's answer: {page}");
    assert!(!page.contains("secret-token"), "bodies carry one-time links: not shown");

    let focal =
        account(&t, "fp@ke.example", vec![Membership { org: OrgRef::State("KEN".into()), role: Role::FocalPoint }])
            .await;
    let focal = t.app.store.create_session(&focal, true, &Actor::default()).await.unwrap();
    let (status, _, _) = t.request(get("/en/outbox", Some(&focal))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not a State's page");

    // The demo's own mailbox: every mail whole, links and all.
    std::sync::Arc::get_mut(&mut t.app).expect("not shared").mail.as_mut().unwrap().own_mailbox = true;
    let (_, _, page) = t.request(get("/ar/outbox", Some(&admin))).await;
    assert!(page.contains("secret-token") && page.contains("class=\"mail-body\""), "{page}");
}
