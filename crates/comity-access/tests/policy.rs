//! The whole permission matrix (every role of every kind of organisation, and anonymous, for
//! every permission, on one's own State, another State, the Secretariat and nothing in
//! particular) against the table kept in `tests/snapshots/policy__policy.snap` (CSV under a short
//! header). A change of policy shows as a change of that file in review; accept it with
//! `INSTA_UPDATE=always` or `cargo insta review`.

use comity_access::{Decision, Membership, OrgRef, Permission, Principal, Role, Target, decide};

fn matrix() -> String {
    let own = OrgRef::State("FRA".into());
    let mut principals: Vec<(String, Option<Principal>)> = vec![("anonymous".into(), None)];
    for role in Role::ALL {
        let org = if role.is_state_role() { own.clone() } else { OrgRef::Secretariat };
        let label = format!("{}:{}", if role.is_state_role() { "state" } else { "secretariat" }, role.as_str());
        principals
            .push((label, Some(Principal { account_id: "1".into(), memberships: vec![Membership { org, role }] })));
    }
    let targets = [
        ("any", Target::Any),
        ("own_state", Target::Org(own.clone())),
        ("other_state", Target::Org(OrgRef::State("DEU".into()))),
        ("secretariat", Target::Org(OrgRef::Secretariat)),
    ];
    let mut out = String::from("principal,permission,target,decision\n");
    for (label, principal) in &principals {
        for permission in Permission::ALL {
            for (target_label, target) in &targets {
                let decision = match decide(principal.as_ref(), permission, target) {
                    Decision::Allow => "allow",
                    Decision::Deny => "deny",
                    Decision::NotFound => "not_found",
                };
                out.push_str(&format!("{label},{},{target_label},{decision}\n", permission.as_str()));
            }
        }
    }
    out
}

#[test]
fn the_policy_matches_the_table_in_the_repository() {
    insta::assert_snapshot!("policy", matrix());
}

/// The rules the table must always show, whatever else changes.
#[test]
fn nobody_acts_for_a_state_they_do_not_belong_to() {
    let fra = OrgRef::State("FRA".into());
    let deu = Target::Org(OrgRef::State("DEU".into()));
    for role in Role::ALL.into_iter().filter(|r| r.is_state_role()) {
        let p = Principal { account_id: "1".into(), memberships: vec![Membership { org: fra.clone(), role }] };
        for permission in [
            Permission::DraftSubmission,
            Permission::ApproveSubmission,
            Permission::ReadStateSubmissions,
            Permission::ManageStateUsers,
            Permission::NominatePoc,
            Permission::ReadAudit,
        ] {
            assert_eq!(decide(Some(&p), permission, &deu), Decision::NotFound, "{role:?} {permission:?}");
        }
    }
    // Anonymous visitors read what is public, nothing else.
    for permission in Permission::ALL {
        let expected = if permission == Permission::ReadPublic { Decision::Allow } else { Decision::Deny };
        assert_eq!(decide(None, permission, &Target::Any), expected);
    }
    // A drafter cannot release; an approver cannot draft; several roles add up.
    let both = Principal {
        account_id: "1".into(),
        memberships: vec![
            Membership { org: fra.clone(), role: Role::Drafter },
            Membership { org: fra.clone(), role: Role::Approver },
        ],
    };
    let own = Target::Org(fra.clone());
    assert_eq!(decide(Some(&both), Permission::ApproveSubmission, &own), Decision::Allow);
    assert_eq!(decide(Some(&both), Permission::DraftSubmission, &own), Decision::Allow);
}
