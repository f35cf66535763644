//! The demo's negotiation: a fictional zero draft of a progress report, open to the public so
//! that anyone trying Comity can read its compilation, with proposals of France, Kenya and
//! China, the positions taken on them, and an NGO's written input.

use comity_negotiation::Readers;
use comity_negotiation::proposal::{Change, Stance};
use comity_negotiation::text::{Kind, Text};
use comity_store::{Actor, NewNegotiation, NewProposal, Store};

const ZERO_DRAFT: &str = "# Draft annual progress report of the Global Mechanism\n\n\
I. Introduction\n\n\
1. The Global Mechanism held its second substantive plenary and two meetings of its dedicated thematic groups.\n\n\
2. States recalled the framework of responsible State behaviour in the use of ICTs.\n\n\
II. Existing and potential threats\n\n\
3. States expressed concern at malicious ICT activity against critical infrastructure.\n\n\
4. States noted the growing use of ransomware.\n\n\
III. Capacity-building\n\n\
5. States underlined that capacity-building should be demand-driven and tailored to national needs.\n";

fn actor(account: &str, state: &str) -> Actor {
    Actor {
        account: Some(account.into()),
        org: Some(state.into()),
        role: Some("negotiator".into()),
        ..Actor::default()
    }
}

/// Opens the demo negotiation (its Chair the Secretariat's demo user) and files its proposals.
pub async fn negotiation(store: &Store, ids: &[String]) -> anyhow::Result<()> {
    let zero = Text::parse_draft(ZERO_DRAFT).map_err(|e| anyhow::anyhow!("the demo's zero draft: {e}"))?;
    let new = NewNegotiation {
        name: "gm-2026-apr".into(),
        title: "Annual progress report of the Global Mechanism".into(),
        process: "Global Mechanism, second substantive plenary".into(),
        lang: comity_i18n::Lang::En,
        readers: Readers::Public,
        chair: "secretariat@demo.invalid".into(),
        support: Vec::new(),
        deadline: None,
    };
    store.create_negotiation(&new, &zero, &Actor::cli()).await?;
    let (france, kenya, china) = (actor(&ids[1], "FRA"), actor(&ids[2], "KEN"), actor(&ids[3], "CHN"));
    let now = jiff::Timestamp::now();
    let reword = NewProposal {
        place: "p6".into(),
        change: Change::Replace {
            text: "States expressed grave concern at malicious ICT activity against critical infrastructure and critical information infrastructure.".into(),
        },
        justification: "Closer to the agreed language of earlier reports.".into(),
        group: None,
        co_sponsors: vec!["MEX".into()],
    };
    let fr = store.file_proposal(&new.name, "FRA", &reword, &france, now).await?;
    let add = NewProposal {
        place: "p9".into(),
        change: Change::AddAfter {
            kind: Kind::Numbered,
            text: "States welcomed the Global Intergovernmental Points of Contact Directory.".into(),
        },
        justification: "The directory is in use.".into(),
        group: None,
        co_sponsors: Vec::new(),
    };
    let ke = store.file_proposal(&new.name, "KEN", &add, &kenya, now).await?;
    let delete = NewProposal {
        place: "p7".into(),
        change: Change::Delete,
        justification: "Paragraph 3 covers it.".into(),
        group: None,
        co_sponsors: Vec::new(),
    };
    store.file_proposal(&new.name, "CHN", &delete, &china, now).await?;
    store.take_position(&new.name, &fr.id, "CHN", Stance::CanLiveWith, None, &china).await?;
    store.take_position(&new.name, &fr.id, "KEN", Stance::Support, None, &kenya).await?;
    store.take_position(&new.name, &ke.id, "FRA", Stance::Support, Some("Agreed."), &france).await?;
    store.accredit_stakeholder(&new.name, "voices@ngo.demo.invalid", "Cyber Peace NGO (demo)", &Actor::cli()).await?;
    let ngo = Actor { account: Some(ids[4].clone()), ..Actor::default() };
    let said = "Ransomware against hospitals deserves a mention of its own.";
    store.give_input(&new.name, "p7", said, comity_i18n::Lang::En, &ngo, now).await?;
    Ok(())
}
