//! Reacties: comments on proposals with replies one level deep, reports by residents, slow
//! mode and the nudge for someone who wrote much of a thread.

pub mod views;
