//! Bearer secrets (session cookies, API tokens, recovery codes): random, shown once, stored
//! only as their SHA-256.

use sha2::{Digest, Sha256};

/// A fresh secret: `prefix` followed by 32 random bytes in hex (the prefix tells a leaked
/// secret's kind at a glance, as `comity_pat_...` for API tokens).
pub fn new_secret(prefix: &str) -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(format!("{prefix}{}", hex::encode(bytes)))
}

/// What the database keeps of a secret.
pub fn digest(secret: &str) -> String {
    sha256_hex(secret.as_bytes())
}

/// SHA-256 in hex: the checksum files (attachments, imported replies) are recorded with.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Ten recovery codes of 10 digits in two groups, easy to type from paper.
pub fn recovery_codes() -> Result<Vec<String>, getrandom::Error> {
    let mut out = Vec::new();
    for _ in 0..10 {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes)?;
        let n = u64::from_be_bytes(bytes) % 10_000_000_000;
        out.push(format!("{:05}-{:05}", n / 100_000, n % 100_000));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn secrets_are_fresh_and_stored_as_digests() {
        let a = super::new_secret("comity_pat_").unwrap();
        assert!(a.starts_with("comity_pat_") && a.len() == 11 + 64);
        assert_ne!(a, super::new_secret("comity_pat_").unwrap());
        assert_eq!(super::digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let codes = super::recovery_codes().unwrap();
        assert_eq!(codes.len(), 10);
        assert!(codes.iter().all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'));
    }
}
