//! Password hashing: Argon2id at OWASP's recommended parameters (19 MiB of memory, two passes,
//! one lane), stored as PHC strings so the parameters travel with each hash.

use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use argon2::{Algorithm, Argon2, Params, Version};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PasswordError {
    #[error("the password must have at least {min} characters")]
    TooShort { min: usize },
    #[error("the password must have at most {max} characters")]
    TooLong { max: usize },
    #[error("the stored password hash cannot be read")]
    BadHash,
}

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 256;

fn argon2() -> Argon2<'static> {
    // OWASP Password Storage Cheat Sheet: Argon2id, m=19456 KiB, t=2, p=1.
    let params = Params::new(19 * 1024, 2, 1, None).expect("constant parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Checks the length rules (in characters, so every script counts alike).
pub fn check_strength(password: &str) -> Result<(), PasswordError> {
    let n = password.chars().count();
    if n < MIN_LENGTH {
        return Err(PasswordError::TooShort { min: MIN_LENGTH });
    }
    if n > MAX_LENGTH {
        return Err(PasswordError::TooLong { max: MAX_LENGTH });
    }
    Ok(())
}

/// Hashes a password with a fresh random salt.
pub fn hash(password: &str) -> Result<String, PasswordError> {
    check_strength(password)?;
    argon2().hash_password(password.as_bytes()).map(|h| h.to_string()).map_err(|_| PasswordError::BadHash)
}

/// Whether a password matches a stored hash (in constant time, by the argon2 crate).
pub fn verify(password: &str, stored: &str) -> Result<bool, PasswordError> {
    let parsed = PasswordHash::new(stored).map_err(|_| PasswordError::BadHash)?;
    Ok(argon2().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A hash to verify against when the account does not exist, so that a sign-in for an unknown
/// email costs the same time as one for a known email.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("decoy password never used").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_carry_owasp_parameters() {
        let h = hash("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery staple", &h).unwrap());
        assert!(!verify("correct horse battery stapler", &h).unwrap());
        assert_ne!(hash("correct horse battery staple").unwrap(), h, "salted");
        assert_eq!(hash("short"), Err(PasswordError::TooShort { min: MIN_LENGTH }));
        assert_eq!(verify("x", "not a hash"), Err(PasswordError::BadHash));
        // Characters, not bytes: eleven Chinese characters are too few, twelve are enough.
        assert!(check_strength("负责任国家行为框架规范").is_err());
        assert!(check_strength("负责任国家行为框架的规范").is_ok());
    }
}
