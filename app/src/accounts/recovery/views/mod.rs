//! Pages of getting back in: the sign-in help's two ways (`/wachtwoord-vergeten`,
//! `/herstellen`), the printable herstelbrief, and the staff button that makes one.

mod forgot;
mod letter;
mod letter_button;
mod reset;

pub use forgot::ForgotPasswordPage;
pub use letter::RecoveryLetterPage;
pub use letter_button::{RecoveryLetterButton, RecoveryLetterError};
pub use reset::ResetPasswordPage;
