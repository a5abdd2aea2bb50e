//! The agenda's time helpers now live in [`crate::time`]; these names stay for the callers in
//! other capabilities (proposals, groups, voting, comments) until they use `crate::time`.

pub use crate::time::{day_label, local_parts, occurrences, parse_local, this_week, time_range, when_group as group};
