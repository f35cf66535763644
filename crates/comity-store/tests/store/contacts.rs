//! The Points of Contact directory on both engines: nominations wait for the directory
//! manager, changes and removals go the same way, the history is kept, a bad nomination is
//! refused naming its fields, the Secretariat's CSV is imported in one transaction, and every
//! change is in the audit trail.

use crate::engines;

use comity_contacts::{Category, Contact};
use comity_i18n::Collation;
use comity_store::{Actor, ChangeKind, ReferenceData};

fn contact(name: &str, category: Category) -> Contact {
    Contact {
        category,
        name: name.into(),
        position: "Head of incident response".into(),
        institution: "National CERT".into(),
        emails: vec!["incidents@cert.example".into()],
        phones: vec!["+254 20 123 4567".into()],
        languages: vec!["en".into()],
        hours: "24/7".into(),
        time_zone: "Africa/Nairobi".into(),
        openpgp_key: None,
    }
}

#[tokio::test]
async fn nominations_changes_and_removals_wait_for_the_directory_manager() {
    let states = comity_states::StateRegistry::embedded(&Collation::new()).unwrap();
    for db in engines::all().await {
        db.store.migrate_to(None).await.unwrap();
        db.store.sync_reference(&ReferenceData::load(None, &Collation::new()).unwrap()).await.unwrap();
        let s = &db.store;
        let focal = Actor { org: Some("KEN".into()), role: Some("focal_point".into()), ..Actor::default() };
        let manager =
            Actor { org: Some("SECRETARIAT".into()), role: Some("directory_manager".into()), ..Actor::default() };

        let bad = Contact {
            emails: vec!["nobody".into()],
            time_zone: "Mars/Olympus".into(),
            ..contact("A", Category::Technical)
        };
        let refused =
            s.propose_contact_change("KEN", ChangeKind::Nominate, None, Some(&bad), &focal).await.unwrap_err();
        assert!(
            refused.to_string().contains("emails") && refused.to_string().contains("time_zone"),
            "{}: {refused}",
            db.label
        );
        assert!(s.contact_changes(None, None, None).await.unwrap().is_empty(), "{}: nothing written", db.label);

        let change = s
            .propose_contact_change(
                "KEN",
                ChangeKind::Nominate,
                None,
                Some(&contact("Wanjiru Kamau", Category::Technical)),
                &focal,
            )
            .await
            .unwrap();
        assert!(s.contacts(Some("KEN"), true).await.unwrap().is_empty(), "not listed before it is verified");
        assert!(!s.participates_in_directory("KEN").await.unwrap());
        let no_reason = s.decide_contact_change(&change, false, None, &manager).await.unwrap_err();
        assert!(no_reason.to_string().contains("reason"));
        s.decide_contact_change(&change, true, None, &manager).await.unwrap();
        assert!(s.decide_contact_change(&change, true, None, &manager).await.is_err(), "decided once");
        let listed = s.contacts(Some("KEN"), true).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].contact.phones, ["+254201234567"], "stored normalised");
        assert!(s.participates_in_directory("KEN").await.unwrap());
        let id = listed[0].id.clone();

        // A change, rejected then proposed again and verified; a removal.
        let mut changed = contact("Wanjiru Kamau", Category::Technical);
        changed.hours = "08:00-20:00".into();
        let c1 = s.propose_contact_change("KEN", ChangeKind::Change, Some(&id), Some(&changed), &focal).await.unwrap();
        s.decide_contact_change(&c1, false, Some("Please give the hours in local time"), &manager).await.unwrap();
        assert_eq!(s.contacts(Some("KEN"), true).await.unwrap()[0].contact.hours, "24/7");
        let c2 = s.propose_contact_change("KEN", ChangeKind::Change, Some(&id), Some(&changed), &focal).await.unwrap();
        s.decide_contact_change(&c2, true, None, &manager).await.unwrap();
        assert_eq!(s.contacts(Some("KEN"), true).await.unwrap()[0].contact.hours, "08:00-20:00");
        let other = s.propose_contact_change("FRA", ChangeKind::Remove, Some(&id), None, &focal).await.unwrap_err();
        assert!(other.to_string().contains("FRA has no listed contact"), "{}: {other}", db.label);
        let removal = s.propose_contact_change("KEN", ChangeKind::Remove, Some(&id), None, &focal).await.unwrap();
        s.decide_contact_change(&removal, true, None, &manager).await.unwrap();
        assert!(s.contacts(Some("KEN"), true).await.unwrap().is_empty());
        assert_eq!(s.contacts(Some("KEN"), false).await.unwrap().len(), 1, "removed, still on record");
        let history = s.contact_changes(None, Some(&id), None).await.unwrap();
        assert_eq!(
            history.iter().map(|c| (c.kind.as_str(), c.status.as_str())).collect::<Vec<_>>(),
            [("remove", "verified"), ("change", "verified"), ("change", "rejected"), ("nominate", "verified")]
        );
        assert_eq!(history[2].reason.as_deref(), Some("Please give the hours in local time"));

        // The Secretariat's CSV: verified on the directory manager's authority, one transaction.
        let csv = "state,category,name,position,institution,emails,phones,languages,hours,time_zone,openpgp_key\n\
            France,diplomatic,Jeanne Martin,Conseillère,Ministère,cyber@diplomatie.example,,fr;en,09:00-18:00,Europe/Paris,\n\
            CHN,technical,Li Wei,Engineer,CNCERT,cert@cncert.example,+86 10 1234 5678,zh;en,24/7,Asia/Shanghai,\n";
        let (rows, problems) = comity_contacts::read_csv(csv.as_bytes(), &states).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(s.import_nominations(&rows, true, "nominations.csv", &manager).await.unwrap(), 2);
        assert!(s.participates_in_directory("FRA").await.unwrap() && s.participates_in_directory("CHN").await.unwrap());

        let mut actions = Vec::new();
        s.audit_entries(None, |e| {
            actions.push(e.content.action);
            true
        })
        .await
        .unwrap();
        for expected in ["contact.propose", "contact.verify", "contact.reject", "contact.import"] {
            assert!(actions.iter().any(|a| a == expected), "{expected}: {actions:?}");
        }
        db.drop_db().await;
    }
}
