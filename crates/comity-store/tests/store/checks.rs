//! Communication checks and the mail outbox on both engines: a round asks every listed
//! contact in scope, one mail each waits in the outbox, two senders never take the same mail,
//! a failed mail waits before it is tried again, a token acknowledges once and not after the
//! deadline, and the answers are timed.

use crate::engines;

use std::time::Duration;

use comity_store::{Acknowledgement, Actor, CheckScope};

#[tokio::test]
async fn a_round_from_start_to_answers() {
    for db in engines::all().await {
        let manager =
            Actor { org: Some("SECRETARIAT".into()), role: Some("directory_manager".into()), ..Actor::default() };
        engines::with_directory(
            &db,
            "KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
            FRA,diplomatic,Jeanne Martin,Conseillère,MEAE,cyber@diplomatie.example,,fr,09:00-18:00,Europe/Paris,\n\
            CHN,technical,Li Wei,Engineer,CNCERT,cert@cncert.example,,zh,24/7,Asia/Shanghai,\n",
            &manager,
        )
        .await;
        let s = &db.store;

        let tokens = std::sync::Mutex::new(Vec::new());
        let compose = |m: &comity_store::CheckMail<'_>| {
            tokens.lock().unwrap().push((m.state.to_string(), m.token.to_string()));
            (format!("Check {}", m.round_id), format!("Acknowledge: https://comity.example/en/ack/{}", m.token))
        };
        let past = s.start_check("Ping", "2020-01-01T00:00:00Z", &CheckScope::default(), compose, &manager).await;
        assert!(past.unwrap_err().to_string().contains("has passed"));
        let nobody = CheckScope { states: vec!["DEU".into()], category: None };
        assert!(s.start_check("Ping", "2099-01-01T00:00:00Z", &nobody, compose, &manager).await.is_err());
        assert!(
            s.check_rounds().await.unwrap().is_empty() && s.mail_waiting().await.unwrap().is_empty(),
            "nothing written"
        );
        tokens.lock().unwrap().clear();
        let scope = CheckScope { states: vec!["KEN".into(), "FRA".into(), "CHN".into()], category: None };
        let (round, asked) =
            s.start_check("June ping", "2099-01-01T00:00:00Z", &scope, compose, &manager).await.unwrap();
        assert_eq!(asked, 3);

        // Two senders at once take each mail once.
        let (a, b) = tokio::join!(
            s.claim_mail(2, Duration::from_secs(60), "node-a"),
            s.claim_mail(2, Duration::from_secs(60), "node-b")
        );
        let mut taken: Vec<String> = a.unwrap().into_iter().chain(b.unwrap()).map(|m| m.recipient).collect();
        let rest = s.claim_mail(10, Duration::from_secs(60), "node-a").await.unwrap();
        engines::raw(&db, "UPDATE mail_outbox SET claimed_by = 'node-a'").await;
        taken.extend(rest.into_iter().map(|m| m.recipient));
        taken.sort();
        assert_eq!(
            taken,
            ["cert@cncert.example", "cyber@diplomatie.example", "incidents@ke-cirt.example"],
            "{}",
            db.label
        );
        assert!(s.claim_mail(10, Duration::from_secs(60), "node-a").await.unwrap().is_empty(), "leased");
        assert_eq!(s.release_claims("node-b").await.unwrap(), 0, "another node's leases stand");
        assert_eq!(s.release_claims("node-a").await.unwrap(), 3, "a node starting again takes back its own");
        let mails = s.claim_mail(10, Duration::from_secs(60), "node-a").await.unwrap();
        assert_eq!(mails.len(), 3);
        assert!(mails.iter().all(|m| m.attempts == 2));
        for m in &mails[..2] {
            s.mail_sent(&m.id).await.unwrap();
        }
        s.mail_failed(&mails[2].id, mails[2].attempts, "relay refused: 451").await.unwrap();
        assert!(
            s.claim_mail(10, Duration::from_secs(60), "node-a").await.unwrap().is_empty(),
            "waits before trying again"
        );
        let waiting = s.mail_waiting().await.unwrap();
        assert_eq!(waiting.len(), 1);
        assert_eq!(waiting[0].3.as_deref(), Some("relay refused: 451"));

        // Acknowledgements: once, and not after the deadline.
        let token_of = |state: &str| tokens.lock().unwrap().iter().find(|(s, _)| s == state).unwrap().1.clone();
        let actor = Actor::default();
        let first = s.acknowledge(&token_of("KEN"), "link", &actor).await.unwrap();
        assert!(matches!(first, Acknowledgement::Recorded { ref state, .. } if state == "KEN"), "{first:?}");
        let again = s.acknowledge(&token_of("KEN"), "link", &actor).await.unwrap();
        assert!(matches!(again, Acknowledgement::AlreadyRecorded { .. }));
        assert_eq!(s.acknowledge("ack_forged", "link", &actor).await.unwrap(), Acknowledgement::Unknown);
        assert!(s.acknowledge(&token_of("CHN"), "pigeon", &actor).await.is_err());
        s.acknowledge(&token_of("CHN"), "api", &actor).await.unwrap();
        raw(&db, "UPDATE check_rounds SET deadline = '2020-01-01T00:00:00Z'").await;
        let late = s.acknowledge(&token_of("FRA"), "portal", &actor).await.unwrap();
        assert!(matches!(late, Acknowledgement::Expired { .. }), "{late:?}");

        let (summary, targets) = s.check_results(&round, None).await.unwrap().unwrap();
        assert_eq!((summary.asked, summary.acknowledged), (3, 2));
        let kenya = targets.iter().find(|t| t.state == "KEN").unwrap();
        assert!(kenya.seconds.is_some_and(|t| t >= 0.0) && kenya.via.as_deref() == Some("link"));
        assert!(targets.iter().find(|t| t.state == "FRA").unwrap().seconds.is_none());
        assert_eq!(s.check_results(&round, Some("FRA")).await.unwrap().unwrap().1.len(), 1);
        db.drop_db().await;
    }
}

use engines::raw;

/// Reminders: halfway through a round, the contacts that have not answered get a new link
/// (the first stops working); those who answered do not; a reminder goes once.
#[tokio::test]
async fn contacts_that_have_not_answered_are_reminded_once() {
    for db in engines::all().await {
        engines::with_directory(
            &db,
            "KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
            FRA,diplomatic,Jeanne Martin,Conseillère,MEAE,cyber@diplomatie.example,,fr,09:00-18:00,Europe/Paris,\n",
            &Actor::cli(),
        )
        .await;
        let s = &db.store;
        let tokens = std::sync::Mutex::new(Vec::new());
        let compose = |m: &comity_store::CheckMail<'_>| {
            tokens.lock().unwrap().push((m.state.to_string(), m.token.to_string()));
            ("Check".to_string(), format!("/ack/{}", m.token))
        };
        let deadline = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_hours(10)).unwrap();
        s.start_check("Ping", &deadline.to_string(), &CheckScope::default(), compose, &Actor::cli()).await.unwrap();
        let first = |state: &str| tokens.lock().unwrap().iter().find(|(s, _)| s == state).unwrap().1.clone();
        let (kenya, france) = (first("KEN"), first("FRA"));
        s.acknowledge(&kenya, "link", &Actor::default()).await.unwrap();
        tokens.lock().unwrap().clear();

        let soon = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_hours(1)).unwrap();
        assert!(s.send_check_reminders(soon, compose, &Actor::cli()).await.unwrap().is_empty(), "not due yet");
        let halfway = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_hours(6)).unwrap();
        let sent = s.send_check_reminders(halfway, compose, &Actor::cli()).await.unwrap();
        assert_eq!(sent.iter().map(|(_, n)| *n).collect::<Vec<_>>(), [1], "{}: only France, once", db.label);
        assert!(s.send_check_reminders(halfway, compose, &Actor::cli()).await.unwrap().is_empty(), "once");
        assert_eq!(
            s.acknowledge(&france, "link", &Actor::default()).await.unwrap(),
            Acknowledgement::Unknown,
            "the first link is dead"
        );
        let fresh = first("FRA");
        assert!(matches!(
            s.acknowledge(&fresh, "link", &Actor::default()).await.unwrap(),
            Acknowledgement::Recorded { .. }
        ));
        let near_end = jiff::Timestamp::now()
            .checked_add(jiff::SignedDuration::from_hours(9) + jiff::SignedDuration::from_mins(30))
            .unwrap();
        let last = s.send_check_reminders(near_end, compose, &Actor::cli()).await.unwrap();
        assert_eq!(last.iter().map(|(_, n)| *n).sum::<usize>(), 0, "everyone has answered");
        db.drop_db().await;
    }
}

/// Scheduled rounds: nothing before their time, one round per occurrence whatever the number
/// of nodes asking, the next occurrence a period on; once-only schedules end; a cancelled one
/// starts nothing; bad schedules are refused and write nothing.
#[tokio::test]
async fn scheduled_rounds_start_on_time_once() {
    for db in engines::all().await {
        engines::with_directory(
            &db,
            "KEN,technical,Wanjiru Kamau,Head,KE-CIRT,incidents@ke-cirt.example,,en,24/7,Africa/Nairobi,\n\
            FRA,diplomatic,Jeanne Martin,Conseillère,MEAE,cyber@diplomatie.example,,fr,09:00-18:00,Europe/Paris,\n",
            &Actor::cli(),
        )
        .await;
        let s = &db.store;
        let compose = |_: &comity_store::CheckMail<'_>| ("Check".to_string(), "Acknowledge".to_string());
        let hours = |h: i64| jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_hours(h)).unwrap();
        let kenya = CheckScope { states: vec!["KEN".into()], category: None };
        for (at, window, every, why) in [
            ("2020-01-01T00:00:00Z".to_string(), 24, None, ("time_passed", "start")),
            (hours(1).to_string(), 0, None, ("out_of_range", "round_hours")),
            (hours(1).to_string(), 24, Some(0), ("out_of_range", "repeat_days")),
            ("next week".to_string(), 24, None, ("not_a_time", "start")),
        ] {
            let e = s.schedule_check("Weekly", &at, window, every, &kenya, &Actor::cli()).await.unwrap_err();
            let comity_store::StoreError::Refused(refusal) = &e else { panic!("{}: not a refusal: {e}", db.label) };
            assert_eq!(refusal.code(), why.0, "{}: {e}", db.label);
            assert!(refusal.args().contains(&("field", why.1.to_string())), "{}: {e}", db.label);
        }
        assert!(s.check_schedules().await.unwrap().is_empty(), "refused schedules wrote nothing");

        let weekly =
            s.schedule_check("Weekly", &hours(1).to_string(), 48, Some(7), &kenya, &Actor::cli()).await.unwrap();
        let once = s
            .schedule_check("Once", &hours(2).to_string(), 24, None, &CheckScope::default(), &Actor::cli())
            .await
            .unwrap();
        assert!(
            s.start_due_checks(jiff::Timestamp::now(), compose, &Actor::system()).await.unwrap().is_empty(),
            "not yet"
        );
        let at = hours(3);
        let system = Actor::system();
        let (a, b) = tokio::join!(s.start_due_checks(at, compose, &system), s.start_due_checks(at, compose, &system));
        let mut started: Vec<_> = a.unwrap().into_iter().chain(b.unwrap()).collect();
        started.sort_by(|x, y| x.0.cmp(&y.0));
        assert_eq!(started.len(), 2, "{}: each due schedule once, whoever asks: {started:?}", db.label);
        let asked: Vec<usize> = started.iter().map(|(_, r)| r.as_ref().unwrap().1).collect();
        assert!(asked.contains(&1) && asked.contains(&2), "Kenya's one contact; everyone's two");
        let rounds = s.check_rounds().await.unwrap();
        assert_eq!(rounds.len(), 2);
        let weekly_round = rounds.iter().find(|r| r.title == "Weekly").unwrap();
        let deadline: jiff::Timestamp = weekly_round.deadline.parse().unwrap();
        assert_eq!(deadline.duration_since(at).as_hours(), 48, "the deadline is the window after the start");
        let left = s.check_schedules().await.unwrap();
        assert_eq!(left.len(), 1, "the once-only schedule has ended");
        assert_eq!(left[0].id, weekly);
        let next: jiff::Timestamp = left[0].next_at.parse().unwrap();
        let days = next.duration_since(hours(1)).as_secs_f64() / 86_400.0;
        assert_eq!(days.round(), 7.0, "a week on");
        assert!(s.start_due_checks(at, compose, &Actor::system()).await.unwrap().is_empty(), "once");
        assert!(s.cancel_schedule(&weekly, &Actor::cli()).await.unwrap());
        assert!(!s.cancel_schedule(&once, &Actor::cli()).await.unwrap(), "ended already");
        assert!(s.start_due_checks(hours(24 * 8), compose, &Actor::system()).await.unwrap().is_empty());
        db.drop_db().await;
    }
}
