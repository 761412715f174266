//! The one reducer for the whole wizard. Pages only dispatch `Action`s.
//! Answers live here, in memory only: never in the URL, history or storage.
//! The engine's `flow` decides which question comes next.

use entitle_engine::flow;
use entitle_engine::{Answers, Date, QuestionId};
use std::rc::Rc;
use yew::Reducible;

/// The page being shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    /// Language and the country the person is in.
    Setup,
    Question(QuestionId),
    /// Check your answers, with Change links.
    Check,
    Results,
    /// The case summary for a lawyer or caseworker, from the results.
    Summary,
    About,
    /// Save the answers to a file the person keeps (plain or with a passphrase).
    Save,
    /// Open a saved file, from the opening page.
    Open,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub page: Page,
    /// Pages visited, for Back.
    pub trail: Vec<Page>,
    pub answers: Answers,
    /// Questions answered, in the order asked.
    pub asked: Vec<QuestionId>,
    /// Questions the engine skipped because no answer would change the result.
    pub skipped: Vec<QuestionId>,
    /// Set while changing an answer from the check page: return there after.
    pub changing: bool,
    /// Chosen language tag, or `None` for the browser's preference.
    pub lang: Option<String>,
    /// The legal date, read once from the device clock when the app starts.
    pub as_of: Date,
}

impl State {
    /// The state after Start: on the country question, Back leading to the
    /// opening page.
    #[must_use]
    pub fn began(self) -> State {
        (*Rc::new(self).reduce(Action::Begin)).clone()
    }

    pub fn new(as_of: Date) -> State {
        State {
            page: Page::Start,
            trail: Vec::new(),
            answers: Answers::new(),
            asked: Vec::new(),
            skipped: Vec::new(),
            changing: false,
            lang: None,
            as_of,
        }
    }

    fn done(&self) -> Vec<QuestionId> {
        self.asked.iter().chain(&self.skipped).copied().collect()
    }

    /// The next question, or the check page when there is none.
    fn next_page(&mut self) -> Page {
        let done = self.done();
        // The flow is in the later file (`crate::later`), which always comes
        // before the law data the questions wait for: without it, stay put.
        let Some(later) = crate::later::now() else {
            return self.page;
        };
        let (next, skipped) = (later.next_questions)(&self.answers, &done, self.as_of);
        self.skipped.extend(skipped);
        next.map_or(Page::Check, Page::Question)
    }

    /// Question number (1-based) of the question shown and at most how many in all.
    /// Skipped questions still count in "at most": a later answer can make one
    /// matter again, and the total must never grow.
    pub fn progress(&self, q: QuestionId) -> (usize, usize) {
        let done = &self.asked;
        let answered_before = self.asked.iter().filter(|x| **x != q).count();
        let left = flow::at_most_left(&self.answers, done) + usize::from(done.contains(&q));
        (answered_before + 1, answered_before + left)
    }

    fn go(&mut self, page: Page) {
        self.trail.push(self.page);
        self.page = page;
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Leave the opening page for the language and country page.
    Begin,
    /// Language and country chosen: on to the questions.
    SetupDone {
        country: String,
    },
    /// An answer, as its ID text (see `AnswerValue::to_text`).
    Answer(QuestionId, String),
    Back,
    /// From the check page: change one answer, then come back.
    Change(QuestionId),
    ShowResults,
    /// From the results: the case summary for a lawyer.
    ShowSummary,
    About,
    /// From the check page or the results: save the answers to a file.
    ShowSave,
    /// From the opening page: open a saved file.
    ShowOpen,
    /// A saved file opened: its answers replace the ones here, and the person
    /// goes on from the first question it leaves open, or to the check page.
    Opened(Box<Answers>),
    /// Forget every answer and go back to the opening page.
    StartAgain,
    SetLanguage(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Begin => s.go(Page::Setup),
            Action::SetupDone { country } => {
                if s.answers.set_text(QuestionId::CountryNow, &country)
                    && !s.asked.contains(&QuestionId::CountryNow)
                {
                    s.asked.push(QuestionId::CountryNow);
                }
                let next = if s.changing {
                    Page::Check
                } else {
                    s.next_page()
                };
                s.go(next);
            }
            Action::Answer(q, text) => {
                if !s.answers.set_text(q, &text) {
                    return self;
                }
                if !s.asked.contains(&q) {
                    s.asked.push(q);
                }
                // A changed answer can close follow-ups: forget their answers.
                for closed in flow::closed_but_answered(&s.answers) {
                    s.answers.clear(closed);
                    s.asked.retain(|x| *x != closed);
                }
                // Whether a question matters can change too: look again.
                s.skipped.clear();
                let next = s.next_page();
                let next = if s.changing && next == Page::Check {
                    Page::Check
                } else {
                    next
                };
                if next == Page::Check {
                    s.changing = false;
                }
                s.go(next);
            }
            Action::Back => {
                if let Some(previous) = s.trail.pop() {
                    s.page = previous;
                }
            }
            Action::Change(q) => {
                s.changing = true;
                s.go(if q == QuestionId::CountryNow {
                    Page::Setup
                } else {
                    Page::Question(q)
                });
            }
            Action::ShowResults => s.go(Page::Results),
            Action::ShowSummary => s.go(Page::Summary),
            Action::About => s.go(Page::About),
            Action::ShowSave => s.go(Page::Save),
            Action::ShowOpen => s.go(Page::Open),
            Action::Opened(answers) => {
                let lang = s.lang.take();
                s = State {
                    lang,
                    answers: *answers,
                    ..State::new(s.as_of)
                };
                s.asked = QuestionId::ALL
                    .iter()
                    .copied()
                    .filter(|q| s.answers.text(*q).is_some())
                    .collect();
                s.trail.push(Page::Start);
                s.page = s.next_page();
            }
            Action::StartAgain => {
                let lang = s.lang.take();
                s = State {
                    lang,
                    ..State::new(s.as_of)
                };
            }
            Action::SetLanguage(tag) => s.lang = Some(tag),
        }
        Rc::new(s)
    }
}
