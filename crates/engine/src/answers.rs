//! What a person has told the questionnaire: typed facts, never free text.
//!
//! Each question is an `Option<Reply>`: `None` means the question was not asked
//! (or not reached); `DontKnow` and `PreferNotToSay` are answers in their own
//! right and are never read as "no".

use serde::{Deserialize, Serialize};

/// The version of the answers format. Bump it when a field changes meaning.
pub const ANSWERS_VERSION: u32 = 1;

/// A reply to a yes/no question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Yes,
    No,
    DontKnow,
    PreferNotToSay,
}

impl Reply {
    pub const ALL: [Reply; 4] = [
        Reply::Yes,
        Reply::No,
        Reply::DontKnow,
        Reply::PreferNotToSay,
    ];

    /// Stable ID, used in JSON and (hyphenated) in Fluent message names.
    pub fn id(self) -> &'static str {
        match self {
            Reply::Yes => "yes",
            Reply::No => "no",
            Reply::DontKnow => "dont_know",
            Reply::PreferNotToSay => "prefer_not_to_say",
        }
    }
}

/// The questions the engine can ask about. Each has a stable ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    /// Has someone taken the person's passport or ID and kept it?
    DocumentsKept,
}

impl QuestionId {
    pub const ALL: [QuestionId; 1] = [QuestionId::DocumentsKept];

    pub fn id(self) -> &'static str {
        match self {
            QuestionId::DocumentsKept => "documents_kept",
        }
    }
}

/// Everything answered so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    #[serde(default = "current_version")]
    pub version: u32,
    /// Has someone taken your passport or ID and kept it?
    #[serde(default)]
    pub documents_kept: Option<Reply>,
}

fn current_version() -> u32 {
    ANSWERS_VERSION
}

impl Answers {
    pub fn new() -> Answers {
        Answers {
            version: ANSWERS_VERSION,
            ..Answers::default()
        }
    }

    pub fn get(&self, q: QuestionId) -> Option<Reply> {
        match q {
            QuestionId::DocumentsKept => self.documents_kept,
        }
    }

    pub fn set(&mut self, q: QuestionId, reply: Option<Reply>) {
        match q {
            QuestionId::DocumentsKept => self.documents_kept = reply,
        }
    }
}
