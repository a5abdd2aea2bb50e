//! What happens when someone gets back in, each inside the caller's write transaction: staff
//! make a herstelbrief, someone asks for a link by e-mail, a code sets a new password.

mod make_letter;
mod request_link;
mod reset_password;

pub use make_letter::{LetterFor, make_letter};
pub use request_link::{LinkRequest, request_link};
pub use reset_password::{NewPassword, reset_password};

use super::model::{CodeKind, RecoveryId};
use super::{rules, store};
use crate::db::Tx;
use crate::error::{AppError, AppResult};

/// Stores a new random code of `kind` for `new.user` and returns it (unhashed, for the
/// letter or the link only); draws again on the rare clash.
async fn new_code(tx: &mut Tx, new: store::NewCode<'_>, now: i64) -> AppResult<(RecoveryId, String)> {
    use rand::RngCore;
    let kind: CodeKind = new.kind;
    for _ in 0..5 {
        let mut random = vec![0u8; kind.code_len()];
        rand::rng().fill_bytes(&mut random);
        let code = rules::code_from_random(&random);
        let hash = rules::hash_code(&code);
        if let Some(id) = store::insert_code(tx, store::NewCode { hash: &hash, ..new }, now).await? {
            return Ok((id, code));
        }
    }
    Err(AppError::internal("five random recovery codes in a row already existed"))
}
