//! A negotiation end to end on both engines: opened on a zero draft, proposals filed by
//! States' negotiators and positions taken, refused input that changes nothing (a proposal on
//! a paragraph the revision no longer has, after the deadline, on a closed negotiation; a
//! position on one's own proposal; a second break of silence), Rev.1 built from the Chair's
//! decisions, silence broken then kept (settled once, however many nodes look), and the
//! audit trail whole.

use crate::engines;

use comity_access::{Membership, OrgRef, Role};
use comity_i18n::Lang;
use comity_negotiation::proposal::{Change, Stance};
use comity_negotiation::revise::{Decision, Outcome};
use comity_negotiation::text::{Kind, Text};
use comity_negotiation::{Readers, Stage};
use comity_store::{Actor, NewAccount, NewNegotiation, NewProposal, Refusal, Store, StoreError};

async fn account(s: &Store, email: &str, org: OrgRef, role: Role) -> Actor {
    let new = NewAccount {
        email: email.into(),
        name: email.split('@').next().unwrap().into(),
        lang: "en".into(),
        password_hash: None,
        memberships: vec![Membership { org: org.clone(), role }],
    };
    let id = s.create_account(&new, &Actor::cli()).await.unwrap();
    Actor {
        account: Some(id),
        org: Some(org.code().to_string()),
        role: Some(role.as_str().into()),
        ..Default::default()
    }
}

/// The schema and the reference data (the States), as every negotiation needs.
async fn prepared(s: &Store) {
    s.migrate_to(None).await.unwrap();
    s.sync_reference(&comity_store::ReferenceData::load(None, &comity_i18n::Collation::new()).unwrap()).await.unwrap();
}

fn refused(r: Result<impl std::fmt::Debug, StoreError>) -> Refusal {
    match r {
        Err(StoreError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn at(t: &str) -> jiff::Timestamp {
    t.parse().unwrap()
}

const ZERO: &str = "# Draft annual progress report\n\nI. Introduction\n\n1. The Global Mechanism held its second plenary.\n\n2. States recalled the framework.\n\n3. States will meet again.\n";

#[tokio::test]
async fn a_negotiation_runs_from_zero_draft_to_adoption() {
    for db in engines::all().await {
        let s = &db.store;
        prepared(s).await;
        let chair = account(s, "chair@example.org", OrgRef::State("SGP".into()), Role::Negotiator).await;
        let france = account(s, "fr@example.org", OrgRef::State("FRA".into()), Role::Negotiator).await;
        let china = account(s, "cn@example.org", OrgRef::State("CHN".into()), Role::Negotiator).await;
        let zero = Text::parse_draft(ZERO).unwrap();
        let new = NewNegotiation {
            name: "gm-2026-apr".into(),
            title: "Annual progress report".into(),
            process: "Global Mechanism, second substantive plenary".into(),
            lang: comity_i18n::Lang::En,
            readers: Readers::States,
            chair: "chair@example.org".into(),
            support: Vec::new(),
            deadline: Some(at("2099-03-14T22:00:00Z")),
        };
        let id = s.create_negotiation(&new, &zero, &Actor::cli()).await.unwrap();
        assert_eq!(
            refused(s.create_negotiation(&new, &zero, &Actor::cli()).await),
            Refusal::NegotiationNameTaken { name: "gm-2026-apr".into() }
        );
        for name in ["new", "gm 2026", ""] {
            let named = NewNegotiation { name: name.into(), ..new.clone() };
            let refusal = refused(s.create_negotiation(&named, &zero, &Actor::cli()).await);
            assert!(matches!(&refusal, Refusal::Invalid { field, .. } if field == "name"), "{name:?}: {refusal:?}");
        }
        let now = at("2099-03-10T12:00:00Z");
        let reword = NewProposal {
            place: "p3".into(),
            change: Change::Replace { text: "The Global Mechanism held its second substantive plenary.".into() },
            justification: "Its name.".into(),
            group: None,
            co_sponsors: vec!["MEX".into()],
        };
        let fr = s.file_proposal("gm-2026-apr", "FRA", &reword, &france, now).await.unwrap();
        assert!(!fr.late);
        let delete = NewProposal {
            place: "p5".into(),
            change: Change::Delete,
            justification: String::new(),
            group: None,
            co_sponsors: vec![],
        };
        let cn = s.file_proposal(&id, "CHN", &delete, &china, now).await.unwrap();
        let add = NewProposal {
            place: "p4".into(),
            change: Change::AddAfter { kind: Kind::Numbered, text: "States welcomed the portal.".into() },
            justification: "Progress.".into(),
            group: None,
            co_sponsors: vec![],
        };
        let fr_add = s.file_proposal(&id, "FRA", &add, &france, now).await.unwrap();
        // Refused, nothing kept: a paragraph that is not there, a position on one's own.
        let nowhere = NewProposal { place: "p99".into(), ..delete.clone() };
        assert_eq!(
            refused(s.file_proposal(&id, "CHN", &nowhere, &china, now).await),
            Refusal::NotInRevision { revision: 0 }
        );
        assert_eq!(
            refused(s.take_position(&id, &fr.id, "MEX", Stance::Support, None, &france).await),
            Refusal::OwnProposal,
            "a co-sponsor is of the proposal"
        );
        s.take_position(&id, &fr.id, "CHN", Stance::CanLiveWith, Some("Fine."), &china).await.unwrap();
        s.take_position(&id, &fr.id, "CHN", Stance::Support, None, &china).await.unwrap();
        s.take_position(&id, &cn.id, "FRA", Stance::Oppose, Some("Keep it."), &france).await.unwrap();
        let positions = s.negotiation_positions(&id, 0).await.unwrap();
        assert_eq!(positions.len(), 2, "a State's second position replaces its first");
        assert!(positions.iter().any(|p| p.proposal == fr.id && p.stance == Stance::Support));
        assert_eq!(s.negotiation_proposals(&id, 0).await.unwrap().len(), 3);
        // After the deadline: refused; the Chair reopens, and what comes is late.
        let after = at("2099-03-15T09:00:00Z");
        let late = NewProposal {
            place: "p4".into(),
            change: Change::Comment,
            justification: "A thought.".into(),
            group: None,
            co_sponsors: vec![],
        };
        assert_eq!(
            refused(s.file_proposal(&id, "CHN", &late, &china, after).await),
            Refusal::ProposalsClosed { deadline: "2099-03-14T22:00:00.000000Z".into() }
        );
        assert_eq!(refused(s.reopen_revision(&id, at("2099-03-16T12:00:00Z"), &france).await), Refusal::NotTheChair);
        s.reopen_revision(&id, at("2099-03-16T12:00:00Z"), &chair).await.unwrap();
        assert!(s.file_proposal(&id, "CHN", &late, &china, after).await.unwrap().late);

        // The Chair decides; Rev.1 keeps the places and names each paragraph's proposals.
        let decisions = vec![
            Decision { proposal: fr.id.clone(), outcome: Outcome::Accept, reason: "Agreed.".into() },
            Decision { proposal: cn.id.clone(), outcome: Outcome::SetAside, reason: "Opposed.".into() },
            Decision {
                proposal: fr_add.id.clone(),
                outcome: Outcome::Merge { text: "States welcomed the new portal.".into() },
                reason: "Wording.".into(),
            },
        ];
        assert!(matches!(
            refused(s.revise_negotiation(&id, &decisions[..1], None, &chair).await),
            Refusal::BadDecisions(comity_negotiation::revise::ReviseError::Undecided { proposals })
                if proposals.len() == 2
        ));
        assert_eq!(s.negotiation(&id).await.unwrap().summary.current_revision, 0, "nothing changed");
        let number = s.revise_negotiation(&id, &decisions, None, &chair).await.unwrap();
        assert_eq!(number, 1);
        let n = s.negotiation("gm-2026-apr").await.unwrap();
        assert_eq!(n.revision.number, 1);
        let words: Vec<(&str, &str)> =
            n.revision.text.paragraphs.iter().map(|p| (p.place.as_str(), p.text.as_str())).collect();
        assert_eq!(words[2], ("p3", "The Global Mechanism held its second substantive plenary."));
        assert_eq!(words[4], ("p6", "States welcomed the new portal."));
        assert_eq!(n.revision.text.paragraphs[2].from, vec![fr.id.clone()]);
        // Explanations of position wait for adoption.
        assert_eq!(
            refused(s.record_explanation(&id, "CHN", &[], "We cannot join.", &china).await),
            Refusal::NotAdoptedYet
        );
        // A proposal on the zero draft's text is refused now: the revision moved on.
        assert_eq!(s.negotiation_proposals(&id, 1).await.unwrap().len(), 0);

        // Silence: broken once per State, then the Chair circulates Rev.2 and it is kept.
        let deadline = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_hours(48)).unwrap();
        s.start_silence(&id, deadline, &chair).await.unwrap();
        assert_eq!(
            refused(s.file_proposal(&id, "CHN", &late, &china, jiff::Timestamp::now()).await),
            Refusal::UnderSilence
        );
        s.break_silence(&id, "CHN", "Paragraph 2.", &china, jiff::Timestamp::now()).await.unwrap();
        assert_eq!(
            refused(s.break_silence(&id, "CHN", "Again.", &china, jiff::Timestamp::now()).await),
            Refusal::SilenceBrokenAlready { state: "CHN".into() }
        );
        let n = s.negotiation(&id).await.unwrap();
        assert_eq!(n.summary.stage, Stage::Open, "back to the Chair");
        assert_eq!(n.silence.as_ref().unwrap().outcome.as_deref(), Some("broken"));
        assert_eq!(n.silence.as_ref().unwrap().silence.breaks.len(), 1);
        // The same revision is not put under silence twice: the Chair revises first.
        assert!(matches!(
            refused(s.start_silence(&id, deadline, &chair).await),
            Refusal::Invalid { field, .. } if field == "silence"
        ));
        assert_eq!(s.negotiation(&id).await.unwrap().summary.stage, Stage::Open, "nothing changed");
        let rev2 = s.revise_negotiation(&id, &[], None, &chair).await.unwrap();
        assert_eq!(rev2, 2);
        let soon = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_secs(60)).unwrap();
        s.start_silence(&id, soon, &chair).await.unwrap();
        assert!(s.settle_silences(jiff::Timestamp::now()).await.unwrap().is_empty(), "not yet");
        let later = soon.checked_add(jiff::SignedDuration::from_secs(1)).unwrap();
        // Two nodes look at once: the text is adopted once.
        let (a, b) = tokio::join!(s.settle_silences(later), s.settle_silences(later));
        assert_eq!(a.unwrap().len() + b.unwrap().len(), 1, "{}", db.label);
        let n = s.negotiation(&id).await.unwrap();
        assert_eq!((n.summary.stage, n.summary.adopted_how.as_deref()), (Stage::Adopted, Some("silence")));
        assert_eq!(refused(s.file_proposal(&id, "CHN", &late, &china, later).await), Refusal::NegotiationClosed);
        assert_eq!(refused(s.adopt_negotiation(&id, None, &chair).await), Refusal::NegotiationClosed);

        // After adoption: explanations of position, with disassociations from paragraphs of the
        // adopted text; a second one replaces the first; a paragraph not in it and an empty
        // explanation are refused.
        let adopted = s.negotiation(&id).await.unwrap();
        s.record_explanation(&id, "CHN", &["p3".into()], "First.", &china).await.unwrap();
        s.record_explanation(&id, "CHN", &["p3".into(), "p3".into(), "p4".into()], "We disassociate.", &china)
            .await
            .unwrap();
        s.record_explanation(&id, "FRA", &[], "France joins the consensus.", &france).await.unwrap();
        assert_eq!(
            refused(s.record_explanation(&id, "MEX", &["p99".into()], "No.", &france).await),
            Refusal::NotInRevision { revision: adopted.revision.number }
        );
        assert_eq!(
            refused(s.record_explanation(&id, "MEX", &[], "  ", &france).await),
            Refusal::Required { field: "explanation" }
        );
        let explanations = s.negotiation_explanations(&adopted.summary.id).await.unwrap();
        assert_eq!(explanations.len(), 2, "{}", db.label);
        assert_eq!(explanations[0].state, "CHN");
        assert_eq!(explanations[0].disassociates, ["p3", "p4"], "each paragraph once");
        assert_eq!(explanations[0].explanation, "We disassociate.");

        // Issued under its symbol, the adopted text enters the document record, once; a symbol
        // the record holds, one that is not a symbol, and anyone but the Chair are refused.
        let taken =
            comity_negotiation::record::to_document(&zero, "A/AC.292/2026/CRP.9", comity_i18n::Lang::En, None).0;
        s.ingest_document(&taken, "crp9.txt", b"another text").await.unwrap();
        assert_eq!(
            refused(s.issue_adopted_text(&id, "A/AC.292/2026/CRP.9", &chair).await),
            Refusal::SymbolInRecord { symbol: "A/AC.292/2026/CRP.9".into() }
        );
        assert_eq!(
            refused(s.issue_adopted_text(&id, "CRP 1", &chair).await),
            Refusal::NotASymbol { given: "CRP 1".into() }
        );
        assert_eq!(refused(s.issue_adopted_text(&id, "A/AC.292/2026/CRP.1", &france).await), Refusal::NotTheChair);
        assert_eq!(s.negotiation(&id).await.unwrap().summary.symbol, None, "nothing changed");
        assert!(s.document_summary("A/AC.292/2026/CRP.1").await.unwrap().is_none());
        s.issue_adopted_text(&id, "A/AC.292/2026/CRP.1", &chair).await.unwrap();
        assert_eq!(
            refused(s.issue_adopted_text(&id, "A/AC.292/2026/CRP.2", &chair).await),
            Refusal::IssuedAlready { symbol: "A/AC.292/2026/CRP.1".into() }
        );
        assert_eq!(s.negotiation_of_document("A/AC.292/2026/CRP.1").await.unwrap().as_deref(), Some("gm-2026-apr"));
        let summary = s.document_summary("A/AC.292/2026/CRP.1").await.unwrap().unwrap();
        assert_eq!((summary.kind.as_str(), summary.languages.clone()), ("report", vec!["en".to_string()]));
        assert!(summary.adopted_on.as_deref().is_some_and(|d| d.len() == 10), "{:?}", summary.adopted_on);
        let stored = s.document_version("A/AC.292/2026/CRP.1", "en").await.unwrap().unwrap();
        let doc = comity_documents::Document::from_stored(&stored).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Draft annual progress report"));
        let operative: Vec<&str> = doc.operative.iter().map(|p| p.text.as_str()).collect();
        let adopted_words: Vec<&str> = adopted
            .revision
            .text
            .paragraphs
            .iter()
            .filter(|p| p.kind == Kind::Numbered)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(operative, adopted_words, "{}", db.label);
        // Each paragraph leads back to the zero draft or the proposal that added it.
        let lineage = s.negotiation_lineage(&id).await.unwrap();
        assert_eq!(lineage.symbol.as_deref(), Some("A/AC.292/2026/CRP.1"));
        let of = |place: &str| lineage.paragraphs.iter().find(|p| p.place == place).unwrap();
        let p3 = of("p3");
        assert_eq!((p3.since, p3.record_place.as_deref()), (0, Some("operative 1")));
        assert_eq!(p3.shaped_by.len(), 1);
        assert_eq!((p3.shaped_by[0].proposal.as_str(), p3.shaped_by[0].outcome), (fr.id.as_str(), "accept"));
        assert_eq!(p3.shaped_by[0].co_sponsors, ["MEX"]);
        let p6 = of("p6");
        assert_eq!((p6.since, p6.shaped_by[0].action, p6.shaped_by[0].outcome), (1, "add_after", "merge"));
        assert_eq!(p6.shaped_by[0].reason, "Wording.");
        assert!(of("p4").shaped_by.is_empty(), "unchanged since the zero draft");

        let actions: Vec<(String,)> = engines::rows(
            &db,
            "SELECT action FROM audit_entries WHERE action LIKE 'negotiation.%' OR action LIKE 'proposal.%' OR \
            action LIKE 'position.%' OR action LIKE 'silence.%' ORDER BY seq",
        )
        .await;
        let actions: Vec<&str> = actions.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(
            actions,
            [
                "negotiation.create",
                "proposal.file",
                "proposal.file",
                "proposal.file",
                "position.take",
                "position.take",
                "position.take",
                "negotiation.reopen",
                "proposal.file",
                "negotiation.revise",
                "silence.start",
                "silence.break",
                "negotiation.revise",
                "silence.start",
                "negotiation.adopt",
                "negotiation.explain",
                "negotiation.explain",
                "negotiation.explain",
                "negotiation.issue",
            ],
            "{}",
            db.label
        );
        let key = comity_access::audit::signing_key(&[5u8; 32]);
        s.audit_checkpoint(&key).await.unwrap();
        let report = s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap();
        assert_eq!(report.problem, None, "{}", db.label);
        db.drop_db().await;
    }
}

/// Proposals filed at the same moment are committed together: every one kept with its own
/// audit entry, in the chain's order, and the trail verifies.
#[tokio::test]
async fn proposals_filed_together_are_each_kept_and_audited() {
    for db in engines::all().await {
        let s = &db.store;
        prepared(s).await;
        account(s, "chair@example.org", OrgRef::State("SGP".into()), Role::Negotiator).await;
        let zero = Text::parse_draft(ZERO).unwrap();
        let new = NewNegotiation {
            name: "together".into(),
            title: "Progress report".into(),
            process: "Global Mechanism".into(),
            lang: comity_i18n::Lang::En,
            readers: Readers::States,
            chair: "chair@example.org".into(),
            support: Vec::new(),
            deadline: None,
        };
        s.create_negotiation(&new, &zero, &Actor::cli()).await.unwrap();
        let states = ["FRA", "CHN", "KEN", "MEX", "BRA", "IND", "EGY", "JPN", "ZAF", "DEU", "CAN", "ARG"];
        let proposals: Vec<NewProposal> = states
            .iter()
            .map(|st| NewProposal {
                place: "p4".into(),
                change: Change::Replace { text: format!("States recalled the framework ({st}).") },
                justification: String::new(),
                group: None,
                co_sponsors: vec![],
            })
            .collect();
        let actor = Actor::default();
        let now = jiff::Timestamp::now();
        let filed = futures_util::future::join_all(
            states.iter().zip(&proposals).map(|(st, p)| s.file_proposal("together", st, p, &actor, now)),
        )
        .await;
        assert!(filed.iter().all(Result::is_ok), "{}: {filed:?}", db.label);
        let kept = s.negotiation_proposals(&s.negotiation("together").await.unwrap().summary.id, 0).await.unwrap();
        assert_eq!(kept.len(), states.len(), "{}", db.label);
        let entries: Vec<(i64,)> =
            engines::rows(&db, "SELECT COUNT(*) FROM audit_entries WHERE action = 'proposal.file'").await;
        assert_eq!(entries[0].0, states.len() as i64, "{}", db.label);
        let key = comity_access::audit::signing_key(&[6u8; 32]);
        s.audit_checkpoint(&key).await.unwrap();
        let report = s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap();
        assert_eq!(report.problem, None, "{}", db.label);
        db.drop_db().await;
    }
}

/// Stakeholders on both engines: the Secretariat accredits an NGO's account to a negotiation
/// opened to stakeholders (not to one for States only, not a State's delegate); the NGO gives
/// written inputs on paragraphs of the current revision, kept apart from proposals and audited;
/// refused, with nothing kept: an input by someone not accredited, on a paragraph the revision
/// lacks, empty or too long, after the deadline, under silence.
#[tokio::test]
async fn stakeholders_give_written_inputs_and_are_never_counted_as_states() {
    for db in engines::all().await {
        let s = &db.store;
        prepared(s).await;
        let chair = account(s, "chair@example.org", OrgRef::State("SGP".into()), Role::Negotiator).await;
        let france = account(s, "fr@example.org", OrgRef::State("FRA".into()), Role::Negotiator).await;
        let no_role = |email: &str| NewAccount {
            email: email.into(),
            name: "Stakeholder".into(),
            lang: "en".into(),
            password_hash: None,
            memberships: Vec::new(),
        };
        let ngo = Actor {
            account: Some(s.create_account(&no_role("ngo@example.org"), &Actor::cli()).await.unwrap()),
            ..Default::default()
        };
        let other = Actor {
            account: Some(s.create_account(&no_role("other@example.org"), &Actor::cli()).await.unwrap()),
            ..Default::default()
        };
        let zero = Text::parse_draft(ZERO).unwrap();
        let open = |name: &str, readers: Readers| NewNegotiation {
            name: name.into(),
            title: "Annual progress report".into(),
            process: "Global Mechanism".into(),
            lang: comity_i18n::Lang::En,
            readers,
            chair: "chair@example.org".into(),
            support: Vec::new(),
            deadline: Some(at("2099-03-14T22:00:00Z")),
        };
        let closed = s.create_negotiation(&open("gm-states", Readers::States), &zero, &Actor::cli()).await.unwrap();
        let id = s.create_negotiation(&open("gm-open", Readers::Stakeholders), &zero, &Actor::cli()).await.unwrap();
        let admin = Actor::cli();
        assert_eq!(
            refused(s.accredit_stakeholder(&closed, "ngo@example.org", "Cyber NGO", &admin).await),
            Refusal::StakeholdersNotAdmitted
        );
        assert_eq!(
            refused(s.accredit_stakeholder(&id, "fr@example.org", "France", &admin).await),
            Refusal::StateUserNotStakeholder { email: "fr@example.org".into() }
        );
        assert_eq!(
            refused(s.accredit_stakeholder(&id, "nobody@example.org", "Nobody", &admin).await),
            Refusal::UnknownAccount { email: "nobody@example.org".into() }
        );
        assert_eq!(
            refused(s.accredit_stakeholder(&id, "ngo@example.org", "  ", &admin).await),
            Refusal::Required { field: "organisation" }
        );
        assert!(s.negotiation_stakeholders(&id).await.unwrap().is_empty(), "{}: nothing accredited", db.label);
        let accredited = s.accredit_stakeholder(&id, "NGO@example.org", "Cyber Peace NGO", &admin).await.unwrap();
        assert_eq!(
            (accredited.email.as_str(), accredited.organisation.as_str()),
            ("ngo@example.org", "Cyber Peace NGO")
        );
        assert_eq!(s.negotiation_stakeholders(&id).await.unwrap().len(), 1);
        assert_eq!(
            s.stakeholder_of(&id, ngo.account.as_deref().unwrap()).await.unwrap().as_deref(),
            Some("Cyber Peace NGO")
        );
        assert_eq!(
            s.stakeholder_of(&closed, ngo.account.as_deref().unwrap()).await.unwrap(),
            None,
            "nothing leaks across negotiations"
        );

        let now = at("2099-03-01T12:00:00Z");
        let input = s.give_input(&id, "p4", "Please name the ransomware threat.", Lang::En, &ngo, now).await.unwrap();
        assert_eq!((input.revision, input.place.as_str(), input.organisation.as_str()), (0, "p4", "Cyber Peace NGO"));
        // Written in another language than the text's: the input says so, for the page to mark it.
        let arabic = s.give_input(&id, "p4", "يرجى ذكر برامج الفدية.", Lang::Ar, &ngo, now).await.unwrap();
        assert_eq!(arabic.lang, "ar");
        for (who, place, text, when, refusal) in [
            (&other, "p4", "Not accredited.", now, Refusal::NotAStakeholder),
            (&france, "p4", "A State is no stakeholder.", now, Refusal::NotAStakeholder),
            (&ngo, "p99", "Nowhere.", now, Refusal::NotInRevision { revision: 0 }),
            (&ngo, "p4", "   ", now, Refusal::Required { field: "input" }),
            (
                &ngo,
                "p4",
                &"x".repeat(comity_store::MAX_INPUT + 1),
                now,
                Refusal::InputTooLong { max: comity_store::MAX_INPUT },
            ),
            (
                &ngo,
                "p4",
                "Too late.",
                at("2099-03-15T00:00:00Z"),
                Refusal::ProposalsClosed { deadline: "2099-03-14T22:00:00.000000Z".into() },
            ),
        ] {
            assert_eq!(refused(s.give_input(&id, place, text, Lang::En, who, when).await), refusal, "{}", db.label);
        }
        assert_eq!(
            refused(s.give_input(&closed, "p4", "Elsewhere.", Lang::En, &ngo, now).await),
            Refusal::NotAStakeholder
        );
        // Inputs are not proposals and take no positions.
        assert!(s.negotiation_proposals(&id, 0).await.unwrap().is_empty());
        assert!(s.negotiation_positions(&id, 0).await.unwrap().is_empty());
        let inputs = s.negotiation_inputs(&id, 0).await.unwrap();
        assert_eq!(inputs, [input.clone(), arabic.clone()], "{}", db.label);
        // An input given before its language was asked (schema 14) reads as the text's language.
        engines::raw(&db, &format!("UPDATE negotiation_inputs SET lang = NULL WHERE id = '{}'", arabic.id)).await;
        assert_eq!(s.negotiation_inputs(&id, 0).await.unwrap()[1].lang, "en", "{}", db.label);
        assert!(s.negotiation_inputs(&closed, 0).await.unwrap().is_empty());

        // Under silence, no input: the text waits for the Chair.
        let rev1 = s.revise_negotiation(&id, &[], None, &chair).await.unwrap();
        s.start_silence(&id, at("2099-04-01T22:00:00Z"), &chair).await.unwrap();
        assert_eq!(
            refused(s.give_input(&id, "p4", "Under silence.", Lang::En, &ngo, now).await),
            Refusal::UnderSilence
        );
        assert!(s.negotiation_inputs(&id, rev1).await.unwrap().is_empty());

        let actions: Vec<(String,)> =
            engines::rows(&db, "SELECT action FROM audit_entries WHERE action IN ('negotiation.accredit', 'negotiation.input') ORDER BY seq")
                .await;
        let actions: Vec<&str> = actions.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(actions, ["negotiation.accredit", "negotiation.input", "negotiation.input"], "{}", db.label);
        let key = comity_access::audit::signing_key(&[6u8; 32]);
        s.audit_checkpoint(&key).await.unwrap();
        assert_eq!(s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap().problem, None);
        db.drop_db().await;
    }
}

/// The Chair puts the zero draft in place of the one the Secretariat opened the negotiation on,
/// while nothing rests on it; a delegate who is not the Chair, and the Chair once a proposal is
/// on it, are refused with the text unchanged. The replacement is in the audit trail.
#[tokio::test]
async fn the_chair_replaces_the_zero_draft_while_nothing_rests_on_it() {
    for db in engines::all().await {
        let s = &db.store;
        prepared(s).await;
        let chair = account(s, "chair@example.org", OrgRef::State("SGP".into()), Role::Negotiator).await;
        let france = account(s, "fr@example.org", OrgRef::State("FRA".into()), Role::Negotiator).await;
        let placeholder = Text::parse_draft("1. To be circulated by the Chair.").unwrap();
        let new = NewNegotiation {
            name: "gm-redraft".into(),
            title: "Annual progress report".into(),
            process: "Global Mechanism".into(),
            lang: Lang::En,
            readers: Readers::States,
            chair: "chair@example.org".into(),
            support: Vec::new(),
            deadline: Some(at("2099-03-14T22:00:00Z")),
        };
        let id = s.create_negotiation(&new, &placeholder, &Actor::cli()).await.unwrap();
        let zero = Text::parse_draft(ZERO).unwrap();
        assert_eq!(refused(s.replace_zero_draft(&id, &zero, &france).await), Refusal::NotTheChair, "{}", db.label);
        s.replace_zero_draft("gm-redraft", &zero, &chair).await.unwrap();
        let n = s.negotiation(&id).await.unwrap();
        assert_eq!((n.revision.number, n.revision.text.paragraphs.len()), (0, zero.paragraphs.len()), "{}", db.label);
        assert_eq!(n.revision.text.paragraphs[2].text, "The Global Mechanism held its second plenary.");
        assert!(n.revision.deadline.clone().unwrap_or_default().starts_with("2099-03-14"), "the deadline kept");

        // A proposal on it: the zero draft stays as it is.
        let reword = NewProposal {
            place: "p3".into(),
            change: Change::Replace { text: "The Global Mechanism held its second substantive plenary.".into() },
            justification: "Its name.".into(),
            group: None,
            co_sponsors: vec![],
        };
        s.file_proposal(&id, "FRA", &reword, &france, at("2099-03-10T12:00:00Z")).await.unwrap();
        assert_eq!(refused(s.replace_zero_draft(&id, &placeholder, &chair).await), Refusal::ZeroDraftInUse);
        assert_eq!(s.negotiation(&id).await.unwrap().revision.text, zero, "{}: unchanged", db.label);

        let actions: Vec<(String,)> = engines::rows(
            &db,
            "SELECT action FROM audit_entries WHERE action LIKE 'negotiation.%' OR action = 'proposal.file' ORDER BY seq",
        )
        .await;
        let actions: Vec<&str> = actions.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(actions, ["negotiation.create", "negotiation.zero_draft", "proposal.file"], "{}", db.label);
        let key = comity_access::audit::signing_key(&[7u8; 32]);
        s.audit_checkpoint(&key).await.unwrap();
        assert_eq!(s.audit_verify(&key.verifying_key(), &[], &Default::default()).await.unwrap().problem, None);
        db.drop_db().await;
    }
}

/// Proposals filed while the Chair replaces the zero draft: whichever comes first, no proposal
/// checked against the text replaced rests on the new one. Either the replacement is refused
/// (a proposal came first), or every proposal on a paragraph only the old text has is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_proposal_lands_on_a_zero_draft_replaced_as_it_was_filed() {
    for db in engines::all().await {
        let s = &db.store;
        prepared(s).await;
        let chair = account(s, "chair@example.org", OrgRef::State("SGP".into()), Role::Negotiator).await;
        let mut delegates = Vec::new();
        for state in ["FRA", "CHN", "KEN", "MEX", "BRA", "IND", "JPN", "ZAF"] {
            let email = format!("{}@example.org", state.to_lowercase());
            delegates.push((state, account(s, &email, OrgRef::State(state.into()), Role::Negotiator).await));
        }
        let opened = Text::parse_draft("1. One.\n\n2. Two.\n\n3. Three.").unwrap();
        let new = NewNegotiation {
            name: "gm-race".into(),
            title: "Annual progress report".into(),
            process: "Global Mechanism".into(),
            lang: Lang::En,
            readers: Readers::States,
            chair: "chair@example.org".into(),
            support: Vec::new(),
            deadline: None,
        };
        s.create_negotiation(&new, &opened, &Actor::cli()).await.unwrap();
        let chairs = Text::parse_draft("1. The Chair's only paragraph.").unwrap();
        let replacing = {
            let (s, chairs, chair) = (s.clone(), chairs.clone(), chair.clone());
            tokio::spawn(async move { s.replace_zero_draft("gm-race", &chairs, &chair).await })
        };
        let mut filings = Vec::new();
        for (n, (state, actor)) in delegates.iter().enumerate() {
            let (s, state, actor) = (s.clone(), state.to_string(), actor.clone());
            filings.push(tokio::spawn(async move {
                // Spread over the replacement's own steps, so that some filings are checked
                // against the text it replaces and written after it.
                tokio::time::sleep(std::time::Duration::from_micros(300 + 150 * n as u64)).await;
                let delete = NewProposal {
                    place: "p3".into(),
                    change: Change::Delete,
                    justification: format!("Filing {n}."),
                    group: None,
                    co_sponsors: vec![],
                };
                s.file_proposal("gm-race", &state, &delete, &actor, jiff::Timestamp::now()).await
            }));
        }
        let replaced = replacing.await.unwrap();
        let mut outcomes = Vec::new();
        for f in filings {
            outcomes.push(f.await.unwrap());
        }
        let id = s.negotiation("gm-race").await.unwrap().summary.id;
        let kept = s.negotiation_proposals(&id, 0).await.unwrap();
        match replaced {
            Ok(()) => {
                assert!(kept.is_empty(), "{}: {} proposals on a paragraph the new text lacks", db.label, kept.len());
                for outcome in outcomes {
                    let refusal = refused(outcome);
                    assert!(
                        matches!(refusal, Refusal::TextReplaced | Refusal::NotInRevision { .. }),
                        "{}: {refusal:?}",
                        db.label
                    );
                }
            }
            Err(e) => {
                assert!(matches!(e, StoreError::Refused(Refusal::ZeroDraftInUse)), "{}: {e:?}", db.label);
                assert!(!kept.is_empty());
                assert_eq!(s.negotiation(&id).await.unwrap().revision.text, opened, "{}: unchanged", db.label);
            }
        }
        db.drop_db().await;
    }
}
