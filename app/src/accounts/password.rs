//! Password hashing with argon2id (m = 19 MiB, t = 2, p = 1).
//!
//! The work itself is blocking and takes the caller's working memory ([`Memory`]), so the
//! [`super::password_pool::PasswordPool`] can keep a few blocks of 19 MiB and reuse them
//! instead of allocating (and leaving behind) 19 MiB for every attempt. Requests go through
//! the pool; [`hash`] is for the command line and the demo data.

use crate::error::AppError;
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Block, Params, Version};

/// The working memory of one hash (19 MiB), reused from one hash to the next.
pub type Memory = Vec<Block>;

fn params() -> Params {
    Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters")
}

/// Fresh working memory for [`hash_with`] and [`verify_with`].
pub fn new_memory() -> Memory {
    vec![Block::default(); params().block_count()]
}

/// Hashes a new password in `memory` (blocking: call it off the async threads).
pub fn hash_with(password: &str, memory: &mut Memory) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_buf = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_buf).map_err(AppError::internal)?;
    let params = params();
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    argon2.hash_password_into_with_memory(password.as_bytes(), salt_bytes, &mut out, &mut memory[..]).map_err(AppError::internal)?;
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(AppError::internal)?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(AppError::internal)?),
    };
    Ok(phc.to_string())
}

/// Checks a password against a stored hash in `memory` (blocking). With no hash (unknown
/// account) it does the same work against a hash nobody knows the password of, so the
/// answer takes as long either way.
pub fn verify_with(password: &str, stored: Option<&str>, memory: &mut Memory) -> Result<bool, AppError> {
    let known = stored.is_some();
    let parsed = PasswordHash::new(stored.unwrap_or(DUMMY_HASH)).map_err(AppError::internal)?;
    let params = Params::try_from(&parsed).map_err(AppError::internal)?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(AppError::internal)?;
    let version = parsed.version.map(Version::try_from).transpose().map_err(AppError::internal)?.unwrap_or_default();
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return Err(AppError::internal("stored password hash without salt or hash"));
    };
    let mut salt_buf = [0u8; 64];
    let salt_bytes = salt.decode_b64(&mut salt_buf).map_err(AppError::internal)?;
    // Hashes made with heavier settings than today's get the memory they need.
    if memory.len() < params.block_count() {
        memory.resize(params.block_count(), Block::default());
    }
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt_bytes, &mut out, &mut memory[..])
        .map_err(AppError::internal)?;
    // `Output` compares in constant time.
    Ok(Output::new(&out).map_err(AppError::internal)? == expected && known)
}

/// Hashes a new password outside a request (command line, demo data).
pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || hash_with(&password, &mut new_memory())).await.map_err(AppError::internal)?
}

/// A hash of a random string nobody knows, used for unknown accounts.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$4D8MxJ9vLhWqSmoUAZvJkTL9sPoAvhTC6zcJzpGuuEE";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_with_reused_memory_and_the_standard_verifier() {
        use argon2::password_hash::PasswordVerifier;
        let mut memory = new_memory();
        let stored = hash_with("een goed wachtwoord", &mut memory).unwrap();
        assert!(verify_with("een goed wachtwoord", Some(&stored), &mut memory).unwrap());
        assert!(!verify_with("een fout wachtwoord", Some(&stored), &mut memory).unwrap());
        assert!(!verify_with("een goed wachtwoord", None, &mut memory).unwrap());
        let parsed = PasswordHash::new(&stored).unwrap();
        assert!(Argon2::default().verify_password(b"een goed wachtwoord", &parsed).is_ok(), "a standard PHC hash");
    }
}
