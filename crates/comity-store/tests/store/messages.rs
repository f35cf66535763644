//! Requests and notifications between States on both engines: a request reaches the
//! recipient's technical contacts through the outbox (never with its words), threads are read
//! under TLP and every opening is audited, a reply may not loosen the marking and acknowledges,
//! what is not acknowledged escalates once per step, and refused input writes nothing.

use crate::engines;

use comity_access::{Membership, OrgRef, Role};
use comity_contacts::messages::{Draft, Kind, Reader, Tlp, Urgency};
use comity_store::{Actor, MessageFilter, NewAccount, Origin, Store, StoreError};

async fn person(s: &Store, email: &str, state: &str, role: Role) -> Reader {
    let account = NewAccount {
        email: email.into(),
        name: email.split('@').next().unwrap().into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![Membership { org: OrgRef::State(state.into()), role }],
    };
    let account_id = s.create_account(&account, &Actor::cli()).await.unwrap();
    Reader { account_id, state: state.into(), contact_role: role != Role::FocalPoint }
}

fn request(tlp: Tlp) -> Draft {
    Draft {
        kind: Kind::RequestAssistance,
        subject: "Ransomware at the grid operator".into(),
        sector: Some("energy".into()),
        window_start: None,
        window_end: None,
        urgency: Urgency::High,
        tlp,
        elements: vec!["norm-h".into()],
        body: "Indicators attached; we ask for help in tracing.".into(),
        recipients: vec!["FRA".into()],
        named: vec![],
    }
}

fn reply(tlp: Tlp) -> Draft {
    Draft { kind: Kind::Reply, subject: "Re".into(), body: "On it.".into(), recipients: vec![], ..request(tlp) }
}

fn portal() -> Origin<'static> {
    Origin { via: "portal", ..Origin::default() }
}

fn notice(n: &comity_store::MessageNotice<'_>) -> (String, String) {
    (
        format!("{} from {} ({})", n.kind.as_str(), n.sender_state, n.tlp.label()),
        format!(
            "Acknowledge by {} at /messages/{}{}",
            n.deadline,
            n.thread_id,
            if n.escalated { " (escalated)" } else { "" }
        ),
    )
}

async fn outbox(db: &engines::TestDb) -> Vec<(String, String, String)> {
    engines::rows(db, "SELECT recipient, subject, body FROM mail_outbox ORDER BY recipient, created_at").await
}

#[tokio::test]
async fn a_request_from_sending_to_escalation() {
    for db in engines::all().await {
        engines::with_directory(
            &db,
            "KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
            FRA,technical,Luc Bernard,Analyste,CERT-FR,cert@cert-fr.example,,fr,24/7,Europe/Paris,\n\
            FRA,diplomatic,Jeanne Martin,Conseillère,MEAE,cyber@diplomatie.example,,fr,09:00-18:00,Europe/Paris,\n",
            &Actor::cli(),
        )
        .await;
        let s = &db.store;
        let kenyan = person(s, "analyst@ke-cirt.example", "KEN", Role::PocTechnical).await;
        let french = person(s, "luc@cert-fr.example", "FRA", Role::PocTechnical).await;
        let french_focal = person(s, "focal@mfa.example", "FRA", Role::FocalPoint).await;
        let chinese = person(s, "cert@cncert.example", "CHN", Role::PocTechnical).await;
        let actor = Actor::default();

        // Refused: nothing written.
        let audit_before = engines::count(&db, "audit_entries").await;
        let nobody = Draft { recipients: vec!["DEU".into()], ..request(Tlp::Amber) };
        let e = s.send_message(&kenyan, &nobody, None, &portal(), notice, &actor).await.unwrap_err();
        assert!(e.to_string().contains("DEU has no listed Point of Contact"), "{}: {e}", db.label);
        let red_stranger = Draft { named: vec!["cert@cncert.example".into()], ..request(Tlp::Red) };
        let e = s.send_message(&kenyan, &red_stranger, None, &portal(), notice, &actor).await.unwrap_err();
        assert!(e.to_string().contains("not a Point of Contact of FRA"), "{e}");
        assert_eq!(engines::count(&db, "messages").await, 0);
        assert_eq!(engines::count(&db, "mail_outbox").await, 0);
        assert_eq!(engines::count(&db, "audit_entries").await, audit_before);

        // An AMBER+STRICT request: France's technical contact is told, without the words.
        let sent = s.send_message(&kenyan, &request(Tlp::AmberStrict), None, &portal(), notice, &actor).await.unwrap();
        assert_eq!(sent.notified, 1);
        let mails = outbox(&db).await;
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].0, "cert@cert-fr.example");
        assert!(mails[0].1.contains("TLP:AMBER+STRICT") && !mails[0].2.contains("Ransomware"), "{mails:?}");

        // Who reads: the French contact yes (audited), the focal point not at AMBER+STRICT,
        // China not at all.
        let thread = s.open_thread(&sent.thread_id, &french, &actor).await.unwrap().unwrap();
        assert_eq!(thread.len(), 1);
        assert!(thread[0].awaits("FRA"));
        let opened: Vec<(String,)> =
            engines::rows(&db, "SELECT object FROM audit_entries WHERE action = 'message.open'").await;
        assert_eq!(opened, [(format!("thread:{}", sent.thread_id),)]);
        assert!(s.open_thread(&sent.thread_id, &french_focal, &actor).await.unwrap().is_none());
        assert!(s.open_thread(&sent.thread_id, &chinese, &actor).await.unwrap().is_none());
        let e = s.acknowledge_message(&sent.id, &chinese, &actor).await.unwrap_err();
        assert!(matches!(e, StoreError::NotFound(_)), "{e}");

        // A reply may not loosen the marking; the right one acknowledges for France.
        let e =
            s.send_message(&french, &reply(Tlp::Green), Some(&sent.id), &portal(), notice, &actor).await.unwrap_err();
        assert!(e.to_string().contains("cannot be marked TLP:GREEN"), "{e}");
        assert_eq!(engines::count(&db, "messages").await, 1, "the refused reply wrote nothing");
        let answer = Origin { inherit_urgency: true, ..portal() };
        let r =
            s.send_message(&french, &reply(Tlp::AmberStrict), Some(&sent.id), &answer, notice, &actor).await.unwrap();
        assert_eq!(r.thread_id, sent.thread_id);
        let thread = s.open_thread(&sent.thread_id, &kenyan, &actor).await.unwrap().unwrap();
        assert_eq!(thread.len(), 2);
        assert!(!thread[0].awaits("FRA"), "the reply acknowledged the request");
        assert_eq!(thread[1].recipients[0].state, "KEN", "a reply goes to the other State of the thread");
        assert!(thread[1].replies_to_opening);

        // A RED notification: only the named person and its author read it.
        let red = Draft { kind: Kind::Notification, named: vec!["luc@cert-fr.example".into()], ..request(Tlp::Red) };
        let before = outbox(&db).await.len();
        let red_sent = s.send_message(&kenyan, &red, None, &portal(), notice, &actor).await.unwrap();
        let mails = outbox(&db).await;
        assert_eq!(mails.len() - before, 1);
        assert!(mails.iter().any(|m| m.0 == "luc@cert-fr.example"), "the named person is told, not the CERT's mailbox");
        let french_colleague = person(s, "other@cert-fr.example", "FRA", Role::PocTechnical).await;
        assert!(s.open_thread(&red_sent.thread_id, &french_colleague, &actor).await.unwrap().is_none());
        assert_eq!(
            s.open_thread(&red_sent.thread_id, &french, &actor).await.unwrap().unwrap()[0].draft.named,
            ["luc@cert-fr.example"]
        );
        let page = s.messages_for(&french_colleague, &MessageFilter::default(), 100).await.unwrap();
        assert_eq!(page.len(), 2, "{}: the colleague's list leaves the RED message out", db.label);

        // Escalation: after the deadline, the diplomatic contact; then the manager's list.
        let later = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_hours(5)).unwrap();
        let before = outbox(&db).await.len();
        let steps = s.escalate_messages(later, notice, &Actor::system()).await.unwrap();
        assert_eq!(steps, [(red_sent.id.clone(), "FRA".to_string(), 1)], "{}: only what is not acknowledged", db.label);
        assert!(s.escalate_messages(later, notice, &Actor::system()).await.unwrap().is_empty(), "once");
        let mails = outbox(&db).await;
        assert_eq!(mails.len() - before, 1);
        assert!(s.escalated_messages(2).await.unwrap().is_empty());
        let much_later = later.checked_add(jiff::SignedDuration::from_hours(5)).unwrap();
        s.escalate_messages(much_later, notice, &Actor::system()).await.unwrap();
        let listed = s.escalated_messages(2).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!((listed[0].sender_state.as_str(), listed[0].tlp), ("KEN", Tlp::Red));
        assert!(s.acknowledge_message(&red_sent.id, &french, &actor).await.unwrap());
        assert!(!s.acknowledge_message(&red_sent.id, &french, &actor).await.unwrap(), "once");
        assert!(s.escalated_messages(1).await.unwrap().is_empty());

        // Pages in id order, with a cursor.
        let first = s.messages_for(&kenyan, &MessageFilter::default(), 2).await.unwrap();
        let rest = s
            .messages_for(&kenyan, &MessageFilter { after_id: Some(&first[1].id), ..Default::default() }, 10)
            .await
            .unwrap();
        assert_eq!(first.len() + rest.len(), 3);
        db.drop_db().await;
    }
}

/// Messages committed together, one of them failing after its audit entry was chained (its
/// TAXII status id is taken): it is rolled back alone to its savepoint, the others land, and
/// the audit chain, extended in memory across the group, stays whole.
#[tokio::test]
async fn messages_committed_together_keep_the_chain_whole_when_one_fails() {
    for db in engines::all().await {
        engines::with_directory(
            &db,
            "FRA,technical,Luc Bernard,Analyste,CERT-FR,cert@cert-fr.example,,fr,24/7,Europe/Paris,\n",
            &Actor::cli(),
        )
        .await;
        let s = &db.store;
        let kenyan = person(s, "analyst@ke-cirt.example", "KEN", Role::PocTechnical).await;
        let actor = Actor::default();
        let ids: Vec<String> = (0..4).map(|_| uuid::Uuid::now_v7().to_string()).collect();
        let mut prepared = Vec::new();
        for (n, id) in ids.iter().enumerate() {
            let origin = Origin { via: "taxii", message_id: Some(id), thread_id: Some(id), ..Origin::default() };
            let draft = Draft { subject: format!("Incident {n}"), ..request(Tlp::Green) };
            prepared.push(s.prepare_message(&kenyan, &draft, None, &origin, notice).await.unwrap());
        }
        // The second is posted twice: both copies were prepared before either was written.
        let twice = prepared[1].clone();
        prepared.insert(2, twice);
        // The first two bring TAXII statuses of one id: the second fails after its audit
        // entry was chained, so the chain's head must go back with its savepoint, and the
        // copy of the same message behind it then lands in its place.
        let body = serde_json::json!({ "status": "complete" });
        let status = |i: usize| (i <= 1).then_some(("status-1", kenyan.account_id.as_str(), &body));
        let outcomes = futures_util::future::join_all(
            prepared.iter().enumerate().map(|(i, p)| s.commit_messages(std::slice::from_ref(p), status(i), &actor)),
        )
        .await;
        let failed: Vec<usize> = (0..outcomes.len()).filter(|&i| outcomes[i].is_err()).collect();
        assert_eq!(failed, [1], "{}: {outcomes:?}", db.label);
        let held: Vec<(i64,)> = engines::rows(&db, "SELECT COUNT(*) FROM messages").await;
        assert_eq!(held[0].0, 4, "{}", db.label);
        // A message after the group chains on what the group left.
        let after = Draft { subject: "After".into(), ..request(Tlp::Green) };
        s.send_message(&kenyan, &after, None, &portal(), notice, &actor).await.unwrap();
        let key = comity_access::audit::signing_key(&[3u8; 32]);
        s.audit_checkpoint(&key).await.unwrap();
        let report = s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap();
        assert_eq!(report.problem, None, "{}", db.label);
        db.drop_db().await;
    }
}

/// Messages that arrive together are written with one statement a table: every message keeps
/// its recipients, its notices in the outbox, its TAXII status and its own audit entry, in
/// the order of the chain.
#[tokio::test]
async fn messages_committed_together_keep_each_ones_rows() {
    for db in engines::all().await {
        engines::with_directory(
            &db,
            "FRA,technical,Luc Bernard,Analyste,CERT-FR,cert@cert-fr.example,,fr,24/7,Europe/Paris,\n",
            &Actor::cli(),
        )
        .await;
        let s = &db.store;
        let kenyan = person(s, "analyst@ke-cirt.example", "KEN", Role::PocTechnical).await;
        let actor = Actor::default();
        let (mails_before, entries_before) = (outbox(&db).await.len(), engines::count(&db, "audit_entries").await);
        let mut prepared = Vec::new();
        for n in 0..24 {
            let draft = Draft { subject: format!("Incident {n}"), ..request(Tlp::Green) };
            prepared.push(s.prepare_message(&kenyan, &draft, None, &portal(), notice).await.unwrap());
        }
        let body = serde_json::json!({ "status": "complete" });
        let statuses: Vec<String> = (0..prepared.len()).map(|n| format!("status-{n}")).collect();
        let outcomes = futures_util::future::join_all(prepared.iter().zip(&statuses).map(|(p, status)| {
            s.commit_messages(std::slice::from_ref(p), Some((status, kenyan.account_id.as_str(), &body)), &actor)
        }))
        .await;
        assert!(outcomes.iter().all(Result::is_ok), "{}: {outcomes:?}", db.label);
        assert_eq!(engines::count(&db, "messages").await, 24, "{}", db.label);
        let to_france: Vec<(i64,)> = engines::rows(
            &db,
            "SELECT COUNT(*) FROM message_recipients r JOIN messages m ON m.id = r.message_id WHERE r.state = 'FRA'",
        )
        .await;
        assert_eq!(to_france[0].0, 24, "{}", db.label);
        assert_eq!(engines::count(&db, "taxii_statuses").await, 24, "{}", db.label);
        assert_eq!(outbox(&db).await.len() - mails_before, 24, "{}: one notice a message", db.label);
        let entries = engines::count(&db, "audit_entries").await - entries_before;
        assert_eq!(entries, 24, "{}", db.label);
        // Each message's entry names it.
        for p in &prepared {
            let object = format!("message:{}", p.id);
            let found: Vec<(i64,)> =
                engines::rows(&db, &format!("SELECT COUNT(*) FROM audit_entries WHERE object = '{object}'")).await;
            assert_eq!(found[0].0, 1, "{}: {object}", db.label);
        }
        let key = comity_access::audit::signing_key(&[3u8; 32]);
        s.audit_checkpoint(&key).await.unwrap();
        let report = s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap();
        assert_eq!(report.problem, None, "{}", db.label);
        db.drop_db().await;
    }
}
