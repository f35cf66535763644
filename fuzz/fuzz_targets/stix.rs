//! Fuzzes the reading of a posted TAXII envelope: JSON in, each object read as a message (and
//! checked as the portal checks one) or refused; nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(envelope) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let Some(objects) = envelope.get("objects").and_then(|o| o.as_array()) else { return };
    for read in comity_contacts::stix::read_envelope(objects) {
        if let comity_contacts::stix::Read::Message(posted) = read {
            let reply = posted.in_reply_to.is_some();
            let _ = posted.draft.checked(reply, |e| e.starts_with("norm-"));
        }
    }
});
