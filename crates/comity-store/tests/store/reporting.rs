//! Reporting cycles and replies on both engines: a cycle is checked whole before it is stored,
//! saves never overwrite each other silently, the workflow refuses what may not follow, late
//! replies are marked, and every change is in the audit trail.

use crate::engines;

use std::collections::BTreeMap;

use comity_i18n::Collation;
use comity_reporting::{Action, NewCycle, Question, Status};
use comity_store::{Actor, ReferenceData};
use engines::{TestDb, raw};

async fn prepared(db: &TestDb) {
    db.store.migrate_to(None).await.unwrap();
    db.store.sync_reference(&ReferenceData::load(None, &Collation::new()).unwrap()).await.unwrap();
}

fn cycle(deadline: &str) -> NewCycle {
    NewCycle {
        resolution: "A/RES/76/19".into(),
        session: 77,
        questions: vec![
            Question {
                label: "(a)".into(),
                texts: [("en".into(), "National efforts".into()), ("fr".into(), "Efforts nationaux".into())].into(),
            },
            Question { label: "(b)".into(), texts: [("en".into(), "The content of the concepts".into())].into() },
        ],
        note_verbale: "ODA/2022-00047/ICT".into(),
        note_verbale_date: "2022-02-15".into(),
        deadline: deadline.into(),
    }
}

fn answers(text: &str) -> BTreeMap<String, String> {
    [("(a)".to_string(), text.to_string())].into()
}

#[tokio::test]
async fn a_cycle_from_opening_to_publication() {
    for db in engines::all().await {
        prepared(&db).await;
        let s = &db.store;
        let secretariat = Actor { org: Some("SECRETARIAT".into()), role: Some("admin".into()), ..Actor::cli() };
        let id = s.create_cycle(&cycle("2099-05-20"), &secretariat).await.unwrap();
        assert_eq!(id, "77-76-19");
        let again = s.create_cycle(&cycle("2099-05-20"), &secretariat).await.unwrap_err().to_string();
        assert!(again.contains("exists already"), "{}: {again}", db.label);
        let bad =
            s.create_cycle(&NewCycle { deadline: "tomorrow".into(), ..cycle("x") }, &secretariat).await.unwrap_err();
        assert!(bad.to_string().contains("YYYY-MM-DD"));
        let stored = s.cycle(&id).await.unwrap().unwrap();
        assert_eq!(stored.details.questions.len(), 2);
        assert_eq!(stored.details.questions[0].texts["fr"], "Efforts nationaux");
        assert_eq!(stored.status, "open");

        // Two drafters of France: the second save made from the same version is refused.
        let drafter = Actor { org: Some("FRA".into()), role: Some("drafter".into()), ..Actor::default() };
        assert_eq!(s.save_reply(&id, "FRA", "fr", &answers("Premier jet"), 0, &drafter).await.unwrap(), 1);
        assert_eq!(s.save_reply(&id, "FRA", "fr", &answers("Deuxième jet"), 1, &drafter).await.unwrap(), 2);
        let conflict = s.save_reply(&id, "FRA", "fr", &answers("Jet concurrent"), 1, &drafter).await.unwrap_err();
        assert!(conflict.to_string().contains("saved by someone else"), "{}: {conflict}", db.label);
        let unknown = s
            .save_reply(&id, "FRA", "fr", &[("(z)".to_string(), "x".to_string())].into(), 2, &drafter)
            .await
            .unwrap_err();
        assert!(unknown.to_string().contains("(a), (b)"));
        let replies = s.replies(&id, Some("FRA")).await.unwrap();
        assert_eq!((replies[0].version, replies[0].status.as_str()), (2, "draft"));
        let versions = s.reply_versions(&replies[0].id).await.unwrap();
        assert_eq!(
            versions.iter().map(|v| v.answers["(a)"].as_str()).collect::<Vec<_>>(),
            ["Premier jet", "Deuxième jet"]
        );

        // The workflow: nothing is published before it is submitted; withdraw goes back.
        assert!(s.reply_action(&id, "FRA", Action::Publish, &secretariat).await.is_err());
        assert_eq!(s.reply_action(&id, "FRA", Action::Submit, &drafter).await.unwrap(), Status::Submitted);
        assert!(
            s.save_reply(&id, "FRA", "fr", &answers("x"), 2, &drafter).await.is_err(),
            "a submitted reply is not edited"
        );
        assert_eq!(s.reply_action(&id, "FRA", Action::Withdraw, &drafter).await.unwrap(), Status::Draft);
        assert_eq!(s.reply_action(&id, "FRA", Action::Submit, &drafter).await.unwrap(), Status::Submitted);
        assert!(!s.replies(&id, Some("FRA")).await.unwrap()[0].late, "submitted before the deadline");
        assert_eq!(s.reply_action(&id, "FRA", Action::Publish, &secretariat).await.unwrap(), Status::Published);
        assert!(s.reply_action(&id, "FRA", Action::Withdraw, &drafter).await.is_err(), "published is final");
        assert!(
            s.reply_action(&id, "KEN", Action::Submit, &drafter).await.unwrap_err().to_string().contains("no reply")
        );

        // Closed: no more saving; and a reply after the deadline is late.
        raw(&db, "UPDATE reporting_cycles SET deadline = '2020-01-01'").await;
        s.save_reply(&id, "KEN", "en", &answers("Late but sure"), 0, &drafter).await.unwrap();
        s.reply_action(&id, "KEN", Action::Submit, &drafter).await.unwrap();
        assert!(s.replies(&id, Some("KEN")).await.unwrap()[0].late, "{}", db.label);
        assert!(s.close_cycle(&id, &secretariat).await.unwrap());
        assert!(!s.close_cycle(&id, &secretariat).await.unwrap());
        let closed = s.save_reply(&id, "DEU", "en", &answers("x"), 0, &drafter).await.unwrap_err();
        assert!(closed.to_string().contains("cycle is closed"));
        assert_eq!(s.reply_action(&id, "KEN", Action::Publish, &secretariat).await.unwrap(), Status::Published);

        let mut actions = Vec::new();
        s.audit_entries(None, |e| {
            actions.push(e.content.action);
            true
        })
        .await
        .unwrap();
        for expected in ["cycle.create", "reply.save", "reply.submit", "reply.withdraw", "reply.publish", "cycle.close"]
        {
            assert!(actions.iter().any(|a| a == expected), "{expected}: {actions:?}");
        }
        let key = comity_access::audit::signing_key(&[3u8; 32]);
        s.audit_checkpoint(&key).await.unwrap();
        assert!(s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap().problem.is_none());
        db.drop_db().await;
    }
}

/// What comes with a reply, on both engines: an import is one transaction (a refused submit
/// leaves no draft behind), translations carry their status into the report, attachments are
/// checked by content and only join a draft, and a bad table in the Markdown is refused by line.
#[tokio::test]
async fn imports_translations_and_attachments() {
    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    let framework = comity_framework::Framework::embedded().unwrap();
    let messages = comity_i18n::Messages::load().unwrap();
    let context = comity_store::ReportContext { states: &states, framework: &framework, messages: &messages };
    for db in engines::all().await {
        prepared(&db).await;
        let s = &db.store;
        let secretariat = Actor { org: Some("SECRETARIAT".into()), role: Some("report_editor".into()), ..Actor::cli() };
        let id = s.create_cycle(&cycle("2099-05-20"), &secretariat).await.unwrap();
        let import = |answers: BTreeMap<String, String>, submit: bool| comity_store::ReplyImport {
            original_lang: "en".into(),
            answers,
            submit,
            source: serde_json::json!({ "file": "kenya.docx" }),
        };
        // A closed cycle refuses the import whole: no submission row, no version, no audit entry.
        let before = s
            .audit_verify(&comity_access::audit::signing_key(&[1u8; 32]).verifying_key(), &[], &Default::default())
            .await
            .unwrap();
        raw(&db, "UPDATE reporting_cycles SET status = 'closed'").await;
        let refused = s.import_reply(&id, "KEN", import(answers("Views"), true), &secretariat).await.unwrap_err();
        assert!(refused.to_string().contains("closed"), "{}: {refused}", db.label);
        assert!(s.replies(&id, None).await.unwrap().is_empty(), "{}", db.label);
        let after = s
            .audit_verify(&comity_access::audit::signing_key(&[1u8; 32]).verifying_key(), &[], &Default::default())
            .await
            .unwrap();
        assert_eq!(before.entries, after.entries, "{}: nothing audited for a refusal", db.label);
        raw(&db, "UPDATE reporting_cycles SET status = 'open'").await;
        let table = s
            .import_reply(&id, "KEN", import(answers("| a | b |\n| --- | --- |\n| 1 | 2 | 3 |"), false), &secretariat)
            .await
            .unwrap_err();
        assert!(table.to_string().contains("line 3"), "{}: {table}", db.label);
        assert!(s.import_reply(&id, "XXX", import(answers("Views"), false), &secretariat).await.is_err());
        assert_eq!(s.import_reply(&id, "KEN", import(answers("Kenya's views"), false), &secretariat).await.unwrap(), 1);

        // Attachments: a PDF joins the draft; a disguised image and an eleventh file do not.
        let pdf = b"%PDF-1.7\n% strategy\n";
        let first = s.add_attachment(&id, "KEN", "strategy.pdf", pdf, &secretariat).await.unwrap();
        let png = s.add_attachment(&id, "KEN", "scan.pdf", b"\x89PNG\r\n", &secretariat).await.unwrap_err();
        assert!(png.to_string().contains("PNG image"), "{}: {png}", db.label);
        for n in 1..10 {
            s.add_attachment(&id, "KEN", &format!("annex-{n}.pdf"), pdf, &secretariat).await.unwrap();
        }
        let many = s.add_attachment(&id, "KEN", "annex-11.pdf", pdf, &secretariat).await.unwrap_err();
        assert!(many.to_string().contains("at most 10"), "{}: {many}", db.label);
        let (meta, bytes, reply) = s.attachment(&first).await.unwrap().unwrap();
        assert_eq!((meta.name.as_str(), bytes.as_slice(), reply.state.as_str()), ("strategy.pdf", &pdf[..], "KEN"));
        assert_eq!(meta.sha256, comity_access::secrets::sha256_hex(pdf));
        assert!(s.remove_attachment(&first, &secretariat).await.unwrap());
        assert_eq!(s.attachments(&reply.id).await.unwrap().len(), 9);

        // Submitted, then published: attachments are closed; translations are not.
        s.reply_action(&id, "KEN", Action::Submit, &secretariat).await.unwrap();
        assert!(s.add_attachment(&id, "KEN", "late.pdf", pdf, &secretariat).await.is_err());
        s.reply_action(&id, "KEN", Action::Publish, &secretariat).await.unwrap();
        let same = s.set_translation(&id, "KEN", "en", "official", &answers("x"), &secretariat).await.unwrap_err();
        assert!(same.to_string().contains("original language"));
        let empty = s.set_translation(&id, "KEN", "fr", "official", &BTreeMap::new(), &secretariat).await.unwrap_err();
        assert!(empty.to_string().contains("pending"));
        s.set_translation(&id, "KEN", "fr", "official", &answers("Les vues du Kenya"), &secretariat).await.unwrap();
        s.set_translation(&id, "KEN", "es", "pending", &BTreeMap::new(), &secretariat).await.unwrap();
        let fr = s.report_source(&id, comity_i18n::Lang::Fr, None, &context).await.unwrap().unwrap();
        assert_eq!(fr.replies[0].answers[0].1, "Les vues du Kenya");
        assert_eq!(fr.replies[0].shown_lang, comity_i18n::Lang::Fr);
        let es = s.report_source(&id, comity_i18n::Lang::Es, None, &context).await.unwrap().unwrap();
        assert_eq!(es.replies[0].answers[0].1, "Kenya's views");
        assert!(es.replies[0].translation_pending && es.replies[0].shown_lang == comity_i18n::Lang::En);
        let translations = s.translations(&reply.id).await.unwrap();
        assert_eq!(translations.iter().map(|t| t.status.as_str()).collect::<Vec<_>>(), ["pending", "official"]);

        let mut actions = Vec::new();
        s.audit_entries(None, |e| {
            actions.push(e.content.action);
            true
        })
        .await
        .unwrap();
        for expected in ["reply.import", "reply.attach", "reply.detach", "reply.translation"] {
            assert!(actions.iter().any(|a| a == expected), "{expected}: {actions:?}");
        }
        db.drop_db().await;
    }
}

/// Saves that arrive together are committed together, and each still gets its own answer:
/// the usual saves land, two saves of one reply from the same version give one version and
/// one refusal, a stale save and a save to a submitted reply are refused and write nothing,
/// a first save creates its reply and one for a State nobody knows is refused; the versions and the audit trail hold exactly what was
/// acknowledged, chained in order.
#[tokio::test]
async fn saves_arriving_together_each_get_their_own_outcome() {
    for db in engines::all().await {
        prepared(&db).await;
        let s = &db.store;
        let secretariat = Actor { org: Some("SECRETARIAT".into()), role: Some("admin".into()), ..Actor::cli() };
        let id = s.create_cycle(&cycle("2099-05-20"), &secretariat).await.unwrap();
        let states = ["FRA", "KEN", "CHN", "BRA", "IND", "EGY", "MEX", "DEU"];
        let actor = |state: &str| Actor { org: Some(state.into()), role: Some("drafter".into()), ..Actor::default() };
        for state in states {
            s.save_reply(&id, state, "en", &answers(&format!("{state} first")), 0, &actor(state)).await.unwrap();
        }
        s.reply_action(&id, "DEU", Action::Submit, &actor("DEU")).await.unwrap();
        let before: Vec<(i64,)> = engines::rows(&db, "SELECT COUNT(*) FROM audit_entries").await;

        // (state, version saved from, text), all at once.
        let mut wave: Vec<(&str, i64, String)> =
            states[..6].iter().map(|st| (*st, 1, format!("{st} second"))).collect();
        wave.push(("FRA", 1, "FRA rival".into())); // the same reply from the same version
        wave.push(("MEX", 7, "MEX stale".into())); // a version that is not the newest
        wave.push(("DEU", 1, "DEU after submitting".into())); // a submitted reply
        wave.push(("ARG", 0, "ARG first".into())); // a reply not yet begun
        wave.push(("ZZZ", 0, "nobody's".into())); // a State nobody knows
        let prepared: Vec<(BTreeMap<String, String>, Actor)> =
            wave.iter().map(|(st, _, text)| (answers(text), actor(st))).collect();
        let outcomes = futures_util::future::join_all(
            wave.iter().zip(&prepared).map(|((st, v, _), (a, who))| s.save_reply(&id, st, "en", a, *v, who)),
        )
        .await;

        let mut acknowledged = 0;
        for ((state, from, text), outcome) in wave.iter().zip(&outcomes) {
            match (*state, text.as_str(), outcome) {
                ("FRA", _, _) => {}
                ("MEX", _, Err(e)) => assert!(e.to_string().contains("saved by someone else"), "{}: {e}", db.label),
                ("DEU", _, Err(e)) => assert!(e.to_string().contains("submitted"), "{}: {e}", db.label),
                ("ZZZ", _, Err(e)) => assert!(e.to_string().contains("ZZZ"), "{}: {e}", db.label),
                (_, _, Ok(v)) => {
                    assert_eq!(*v, from + 1, "{}: {state}", db.label);
                    acknowledged += 1;
                }
                (_, _, Err(e)) => panic!("{}: {state} refused: {e}", db.label),
            }
        }
        assert_eq!(acknowledged, 6, "{}: five usual saves and the first one", db.label);
        let france: Vec<&Result<i64, comity_store::StoreError>> =
            wave.iter().zip(&outcomes).filter(|((st, _, _), _)| *st == "FRA").map(|(_, o)| o).collect();
        assert_eq!(france.iter().filter(|o| o.is_ok()).count(), 1, "{}: one of France's two lands", db.label);
        let refused = france.iter().find_map(|o| o.as_ref().err()).unwrap();
        assert!(refused.to_string().contains("saved by someone else"), "{}: {refused}", db.label);

        for (state, held) in [("FRA", 2), ("KEN", 2), ("MEX", 1), ("DEU", 1), ("ARG", 1)] {
            let reply = s.replies(&id, Some(state)).await.unwrap().pop().unwrap();
            let versions = s.reply_versions(&reply.id).await.unwrap();
            assert_eq!((reply.version, versions.len() as i64), (held, held), "{}: {state}", db.label);
        }
        let kenya = s.replies(&id, Some("KEN")).await.unwrap().pop().unwrap();
        assert_eq!(s.reply_versions(&kenya.id).await.unwrap()[1].answers["(a)"], "KEN second");
        let after: Vec<(i64,)> = engines::rows(&db, "SELECT COUNT(*) FROM audit_entries").await;
        assert_eq!(after[0].0 - before[0].0, 7, "{}: one entry a version written", db.label);
        let key = comity_access::audit::signing_key(&[7u8; 32]);
        s.audit_checkpoint(&key).await.unwrap();
        let report = s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap();
        assert_eq!(report.problem, None, "{}", db.label);
        db.drop_db().await;
    }
}
