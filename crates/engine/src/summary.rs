//! The case summary's chronology: the person's answers in the order the
//! events happened (recruitment, the journey, the work, leaving and now), for
//! a lawyer or caseworker. Only answered questions appear, each with its
//! answer as given; nothing is inferred.

use crate::answers::{Answers, QuestionId as Q};
use crate::evidence::Because;
use serde::Serialize;

/// A stage of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Recruitment,
    Journey,
    Work,
    LeavingAndNow,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Recruitment,
        Stage::Journey,
        Stage::Work,
        Stage::LeavingAndNow,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Stage::Recruitment => "recruitment",
            Stage::Journey => "journey",
            Stage::Work => "work",
            Stage::LeavingAndNow => "leaving_and_now",
        }
    }

    /// The questions of this stage, in the order they are told.
    pub fn questions(self) -> &'static [Q] {
        match self {
            Stage::Recruitment => &[
                Q::Recruited,
                Q::RecruitedBy,
                Q::ForcedToGo,
                Q::PaidRecruitmentFee,
                Q::RecruitmentFeesPaid,
                Q::PromiseBroken,
                Q::DeceivedAboutWork,
                Q::DeceivedAboutPay,
                Q::DeceivedAboutConditions,
                Q::DeceivedAboutPapers,
            ],
            Stage::Journey => &[
                Q::Journey,
                Q::MovedByOthers,
                Q::HarmedOnJourney,
                Q::HeldOnJourney,
            ],
            Stage::Work => &[
                Q::WorkKind,
                Q::WorkBegan,
                Q::Under18WhenItBegan,
                Q::HoursPerDay,
                Q::DaysOffPerWeek,
                Q::PayPromised,
                Q::PayProblem,
                Q::WagesWithheld,
                Q::PayReceived,
                Q::LargeDeductions,
                Q::DeductionsTotal,
                Q::PaidToSomeoneElse,
                Q::WorkOutPay,
                Q::OwesDebt,
                Q::DebtGrows,
                Q::MustWorkOffDebt,
                Q::DocumentsKept,
                Q::DocumentsHeldBy,
                Q::LivesAtWorkplace,
                Q::TiedToEmployer,
                Q::CannotLeave,
                Q::LockedIn,
                Q::Watched,
                Q::Isolated,
                Q::HurtOrThreatened,
                Q::Threatened,
                Q::FamilyThreatened,
                Q::ThreatenedWithAuthorities,
                Q::PhysicalViolence,
                Q::SexualViolence,
                Q::HardConditions,
                Q::UnsafeWork,
                Q::DegradingLiving,
                Q::MadeToDoThings,
                Q::SexualExploitation,
                Q::MadeToBreakLaw,
                Q::ForcedMarriage,
                Q::OrganRemoval,
            ],
            Stage::LeavingAndNow => &[
                Q::WorkEnded,
                Q::StillThere,
                Q::CountryNow,
                Q::Nationality,
                Q::Age,
                Q::ResidenceStatus,
                Q::InDangerNow,
                Q::ReportedToPolice,
                Q::WillingToHelpPolice,
                Q::FearOfReturn,
                Q::FearReason,
                Q::WantsToGoHome,
                Q::NeedsHelpNow,
                Q::HealthNeeds,
                Q::ChildrenWithThem,
                Q::SpeaksLocalLanguage,
            ],
        }
    }
}

/// One stage with the answers given in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Chapter {
    pub stage: Stage,
    pub answers: Vec<Because>,
}

/// The answers, stage by stage; stages with no answer are left out.
pub fn chronology(a: &Answers) -> Vec<Chapter> {
    Stage::ALL
        .into_iter()
        .map(|stage| Chapter {
            stage,
            answers: stage
                .questions()
                .iter()
                .filter_map(|q| {
                    a.text(*q).map(|answer| Because {
                        question: *q,
                        answer: answer.into(),
                    })
                })
                .collect(),
        })
        .filter(|c| !c.answers.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_is_told_in_exactly_one_stage() {
        for q in Q::ALL {
            let n = Stage::ALL
                .iter()
                .filter(|s| s.questions().contains(q))
                .count();
            assert_eq!(n, 1, "{q:?} is in {n} stages");
        }
    }

    #[test]
    fn only_answered_questions_appear_with_the_answer_as_given() {
        let mut a = Answers::new();
        assert!(a.set_text(Q::Recruited, "yes"));
        assert!(a.set_text(Q::WorkBegan, "2024-01"));
        assert!(a.set_text(Q::PayReceived, "dont_know"));
        let c = chronology(&a);
        assert_eq!(
            c.iter().map(|c| c.stage).collect::<Vec<_>>(),
            vec![Stage::Recruitment, Stage::Work]
        );
        assert_eq!(
            c[1].answers
                .iter()
                .map(|b| b.answer.as_ref())
                .collect::<Vec<_>>(),
            vec!["2024-01", "dont_know"]
        );
    }
}
