//! States' replies in the portal and the API: written, submitted, published, reminded by
//! mail, structured replies on the public pages, attachments and translations.

use crate::common::{TestApp, account, form, get, one_question_cycle, upload};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use comity_access::{Membership, OrgRef, Role};
use comity_store::{Actor, NewAccount};

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
    // Nothing typed is lost: the form holds the drafter's own text, what version 1 holds is shown
    // beside it word by word, and the form is made from version 1, so saving again puts the
    // drafter's text on top deliberately.
    assert!(page.contains(">Autre texte</textarea>"), "the drafter's text stays in the form: {page}");
    let theirs = &page[page.find("id=\"theirs-0\"").expect("version 1 beside the answer")..];
    let theirs = &theirs[..theirs.find("</div>").unwrap()];
    assert!(theirs.contains("<p class=\"their-text\" dir=\"auto\">Nous coopérons."), "{theirs}");
    assert!(theirs.contains("<del>Nous</del>") && theirs.contains("<ins>Autre</ins>"), "{theirs}");
    assert!(!theirs.contains("<script>"), "the other version is escaped too");
    assert!(page.contains("name=\"version\" value=\"1\""), "the form is made from the version now saved");
    assert!(page.contains("id=\"save-mine\""), "{page}");
    assert!(page.contains("par-dessus la version 1"), "{page}");
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
    // A byte-order mark first, so a spreadsheet reads it as UTF-8; a download with a name.
    assert!(csv.starts_with("\u{feff}cycle,state,state_name,original_language,date,late,question,answer\r\n"));
    assert_eq!(headers[header::CONTENT_DISPOSITION], format!("attachment; filename=\"replies-{id}-en.csv\""));
    assert!(
        csv.contains(&format!("{id},KEN,\"Kenya\",en,")) && csv.contains("\"Kenya, \"\"with quotes\"\", cooperates.\""),
        "{csv}"
    );
    // State names in the language asked for; the answers as they were given.
    let (status, headers, csv) = t.get(&format!("/api/v1/cycles/{id}/replies.csv?lang=ar")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_DISPOSITION], format!("attachment; filename=\"replies-{id}-ar.csv\""));
    assert!(csv.contains(&format!("{id},KEN,\"كينيا\",en,")) && csv.contains("with quotes"), "{csv}");
    assert!(
        csv.starts_with("\u{feff}دورة الإبلاغ,رمز الدولة,الدولة,اللغة الأصلية,التاريخ,متأخر,السؤال,الإجابة\r\n"),
        "column headings in the language asked for: {csv}"
    );
    let (_, _, csv) = t.get("/api/v1/replies.csv?lang=zh").await;
    assert!(csv.starts_with("\u{feff}周期,国家代码,国家,") && csv.contains(",KEN,\"肯尼亚\","), "{csv}");
    let (status, problem) = t.json("/api/v1/replies.csv?lang=xx").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    assert_eq!(problem["error"]["code"], "unknown_language");
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

    // The Secretariat's cycle page lists the Member States that have not submitted (Kenya and
    // Germany among them, not France) and reminds their focal points with one action, audited.
    let editor = NewAccount {
        email: "editor@un.example".into(),
        name: "Report Editor".into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![Membership { org: OrgRef::Secretariat, role: Role::ReportEditor }],
    };
    let editor = t.app.store.create_account(&editor, &Actor::cli()).await.unwrap();
    let session = t.app.store.create_session(&editor, true, &Actor::default()).await.unwrap();
    let (status, _, page) = t.request(get(&format!("/en/cycles/{id}"), Some(&session))).await;
    assert_eq!(status, StatusCode::OK);
    let waiting = &page[page.find("id=\"waiting\"").expect("the States that have not submitted")..];
    assert!(waiting.contains(">Kenya</a>") && waiting.contains(">Germany</a>"), "{waiting}");
    assert!(!waiting.contains(">France</a>"), "France has submitted");
    assert!(page.contains("Member States have not submitted"), "{page}");
    let before = inbox.messages().len();
    let (status, _, page) = t.request(form(&format!("/en/cycles/{id}/remind"), "", Some(&session))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Reminders were sent to 2 focal points."), "{page}");
    let reminded: Vec<String> = inbox.messages()[before..].iter().map(|m| m.to[0].clone()).collect();
    assert_eq!(reminded.len(), 2, "sent at once: {reminded:?}");
    assert!(reminded.contains(&"<fp@ke.example>".to_string()) && reminded.contains(&"<fp@de.example>".to_string()));
    let mut audited = false;
    t.app
        .store
        .audit_entries(None, |e| {
            audited |= e.content.action == "cycle.remind"
                && e.content.actor_account.as_deref() == Some(editor.as_str())
                && e.content.details.contains("\"now\":true");
            true
        })
        .await
        .unwrap();
    assert!(audited, "the reminder is audited with who sent it");
    let (status, _, _) = t.request(form(&format!("/en/cycles/{id}/remind"), "", None)).await;
    assert_ne!(status, StatusCode::OK, "not for the public");
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
