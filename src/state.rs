//! The one reducer for the whole wizard. Pages only dispatch `Action`s.
//! Answers live here, in memory only: never in the URL, history or storage.

use entitle_engine::{Answers, QuestionId, Reply};
use std::rc::Rc;
use yew::Reducible;

/// The page being shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Question(QuestionId),
    Results,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub page: Page,
    /// Pages visited, for Back.
    pub trail: Vec<Page>,
    pub answers: Answers,
    /// Chosen language tag, or `None` for the browser's preference.
    pub lang: Option<String>,
}

impl Default for State {
    fn default() -> State {
        State {
            page: Page::Start,
            trail: Vec::new(),
            answers: Answers::new(),
            lang: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Leave the opening page for the first question.
    Begin,
    Answer(QuestionId, Reply),
    Back,
    /// Forget every answer and go back to the opening page.
    StartAgain,
    SetLanguage(String),
}

/// The questions the app asks so far, in order. The engine knows many more;
/// the full questionnaire is drawn from `QuestionId::ALL` by issue 4.
pub const FLOW: &[QuestionId] = &[QuestionId::DocumentsKept];

/// The question after `q`, or `None` when the results come next.
fn next_after(q: Option<QuestionId>) -> Page {
    let all = FLOW;
    let next = match q {
        None => all.first(),
        Some(q) => all.iter().skip_while(|x| **x != q).nth(1),
    };
    next.map_or(Page::Results, |q| Page::Question(*q))
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Begin => {
                s.trail.push(s.page);
                s.page = next_after(None);
            }
            Action::Answer(q, reply) => {
                s.answers.set_reply(q, Some(reply));
                s.trail.push(s.page);
                s.page = next_after(Some(q));
            }
            Action::Back => {
                if let Some(previous) = s.trail.pop() {
                    s.page = previous;
                }
            }
            Action::StartAgain => {
                let lang = s.lang.take();
                s = State {
                    lang,
                    ..State::default()
                };
            }
            Action::SetLanguage(tag) => s.lang = Some(tag),
        }
        Rc::new(s)
    }
}
