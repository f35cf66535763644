//! Hostile TAXII envelopes, replayed on every test run as the `stix` fuzz target takes them:
//! each object read as a message and checked, or refused with a reason; nothing may panic.

#[test]
fn hostile_envelopes_are_read_or_refused() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/crashers");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == "README.md") {
            continue;
        }
        replayed += 1;
        let Ok(envelope) = serde_json::from_slice::<serde_json::Value>(&std::fs::read(&path).unwrap()) else {
            continue;
        };
        let Some(objects) = envelope.get("objects").and_then(|o| o.as_array()) else { continue };
        for read in comity_contacts::stix::read_envelope(objects) {
            match read {
                comity_contacts::stix::Read::Message(posted) => {
                    let _ = posted.draft.checked(posted.in_reply_to.is_some(), |e| e.starts_with("norm-"));
                }
                comity_contacts::stix::Read::Refused { reason, .. } => assert!(!reason.is_empty()),
                comity_contacts::stix::Read::Companion { .. } => {}
            }
        }
    }
    assert!(replayed >= 2, "tests/crashers holds the hostile envelopes");
}
