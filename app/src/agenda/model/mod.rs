//! Activities, sign-ups and the parsed values of the publish form: ids and enums here, the
//! view models in `views`, the activity form in `form`.

use crate::error::Problem;
use serde::{Deserialize, Serialize};

mod form;
mod views;
pub use form::*;
pub use views::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ActivityId(pub i64);

/// For whom an activity is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Audience {
    Everyone,
    Children,
    Youth,
    Adults,
    Elderly,
}

impl Audience {
    pub const ALL: [Audience; 5] = [Audience::Everyone, Audience::Children, Audience::Youth, Audience::Adults, Audience::Elderly];

    pub fn code(self) -> &'static str {
        match self {
            Audience::Everyone => "iedereen",
            Audience::Children => "kinderen",
            Audience::Youth => "jongeren",
            Audience::Adults => "volwassenen",
            Audience::Elderly => "ouderen",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Audience::Everyone => "audience-iedereen",
            Audience::Children => "audience-kinderen",
            Audience::Youth => "audience-jongeren",
            Audience::Adults => "audience-volwassenen",
            Audience::Elderly => "audience-ouderen",
        }
    }

    pub fn parse(code: &str) -> Result<Audience, Problem> {
        Audience::ALL.into_iter().find(|a| a.code() == code).ok_or(Problem::Unknown)
    }
}

/// What kind of activity it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    Exercise,
    Meeting,
    Learning,
    Creative,
    Food,
    Information,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Exercise,
        Category::Meeting,
        Category::Learning,
        Category::Creative,
        Category::Food,
        Category::Information,
        Category::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::Exercise => "bewegen",
            Category::Meeting => "ontmoeten",
            Category::Learning => "leren",
            Category::Creative => "creatief",
            Category::Food => "eten",
            Category::Information => "informatie",
            Category::Other => "anders",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Category::Exercise => "category-bewegen",
            Category::Meeting => "category-ontmoeten",
            Category::Learning => "category-leren",
            Category::Creative => "category-creatief",
            Category::Food => "category-eten",
            Category::Information => "category-informatie",
            Category::Other => "category-anders",
        }
    }

    pub fn parse(code: &str) -> Result<Category, Problem> {
        Category::ALL.into_iter().find(|c| c.code() == code).ok_or(Problem::Unknown)
    }
}

/// Where someone stands for an activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignupStatus {
    SignedUp,
    /// On the waiting list, at this place (1 is next).
    Waiting(i64),
}

impl SignupStatus {
    pub fn code(self) -> &'static str {
        match self {
            SignupStatus::SignedUp => "aangemeld",
            SignupStatus::Waiting(_) => "wachtlijst",
        }
    }
}

/// How often an activity repeats when it is published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Repeat {
    Once,
    Weekly,
    Fortnightly,
}

impl Repeat {
    pub const ALL: [Repeat; 3] = [Repeat::Once, Repeat::Weekly, Repeat::Fortnightly];

    pub fn code(self) -> &'static str {
        match self {
            Repeat::Once => "",
            Repeat::Weekly => "week",
            Repeat::Fortnightly => "twee-weken",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Repeat::Once => "repeat-once",
            Repeat::Weekly => "repeat-weekly",
            Repeat::Fortnightly => "repeat-fortnightly",
        }
    }

    /// Weeks between two times (0: once).
    pub fn weeks(self) -> i64 {
        match self {
            Repeat::Once => 0,
            Repeat::Weekly => 1,
            Repeat::Fortnightly => 2,
        }
    }

    pub fn parse(code: &str) -> Result<Repeat, Problem> {
        Repeat::ALL.into_iter().find(|r| r.code() == code.trim()).ok_or(Problem::Unknown)
    }
}

/// Which times of a series an edit changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EditScope {
    /// Only this time.
    This,
    /// This time and every later time of the series.
    ThisAndLater,
}

impl EditScope {
    pub fn code(self) -> &'static str {
        match self {
            EditScope::This => "deze",
            EditScope::ThisAndLater => "reeks",
        }
    }

    pub fn parse(code: &str) -> Result<EditScope, Problem> {
        match code.trim() {
            "" | "deze" => Ok(EditScope::This),
            "reeks" => Ok(EditScope::ThisAndLater),
            _ => Err(Problem::Unknown),
        }
    }
}
