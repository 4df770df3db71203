//! The flow's reducer, natively: every `Action`, and the notices told once.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use std::rc::Rc;

use model_support::fixture_q;
use seller_check::model::{Answer, Session, VariantId};
use seller_check::ui::state::{Action, Notice, NoticeBoard, State};
use yew::Reducible;

fn state(pending: Option<Session>) -> Rc<State> {
    Rc::new(State::new(Rc::new(fixture_q()), pending))
}

fn saved(variant: VariantId, index: usize, finished: bool) -> Session {
    let mut s = Session::new(&fixture_q(), variant);
    s.answers.record("lead-a", Answer::Scale(3), 1_000);
    s.index = index;
    s.finished = finished;
    s
}

fn answer(item: &str, i: u8) -> Action {
    Action::Answer {
        item: item.to_string(),
        answer: Answer::Scale(i),
        visible_ms: 2_000,
    }
}

#[test]
fn start_begins_a_fresh_run_and_drops_the_saved_one() {
    let s = state(Some(saved(VariantId::Full, 3, false))).reduce(Action::Start(VariantId::Quick));
    let run = s.session.as_ref().unwrap();
    assert_eq!(
        (run.variant, run.index, run.finished, run.answers.len()),
        (VariantId::Quick, 0, false, 0)
    );
    assert_eq!((s.pending.is_none(), s.runs), (true, 1));
    // Starting the same variant again is a new run.
    let again = s.reduce(Action::Start(VariantId::Quick));
    assert_eq!(again.runs, 2);
}

#[test]
fn resume_continues_the_saved_run() {
    let s = state(Some(saved(VariantId::Full, 3, false))).reduce(Action::Resume);
    let run = s.session.as_ref().unwrap();
    assert_eq!(
        (run.variant, run.index, run.answers.get("lead-a")),
        (VariantId::Full, 3, Some(Answer::Scale(3)))
    );
    assert_eq!((s.pending.is_none(), s.runs), (true, 1));
    // Nothing saved: nothing to resume.
    assert!(state(None).reduce(Action::Resume).session.is_none());
}

#[test]
fn autostart_resumes_an_unfinished_run_of_its_variant_only() {
    let same =
        state(Some(saved(VariantId::Quick, 2, false))).reduce(Action::Autostart(VariantId::Quick));
    assert_eq!(same.session.as_ref().unwrap().index, 2);
    let other =
        state(Some(saved(VariantId::Full, 2, false))).reduce(Action::Autostart(VariantId::Quick));
    let run = other.session.as_ref().unwrap();
    assert_eq!((run.variant, run.index), (VariantId::Quick, 0));
    let done =
        state(Some(saved(VariantId::Quick, 4, true))).reduce(Action::Autostart(VariantId::Quick));
    assert!(!done.session.as_ref().unwrap().finished);
    assert_eq!(done.session.as_ref().unwrap().answers.len(), 0);
    for s in [same, other, done] {
        assert!(s.pending.is_none());
        assert_eq!(s.runs, 1);
    }
}

#[test]
fn discard_drops_only_the_saved_run() {
    let s = state(Some(saved(VariantId::Full, 3, false)))
        .reduce(Action::Start(VariantId::Quick))
        .reduce(Action::Discard);
    assert!(s.pending.is_none());
    assert!(s.session.is_some());
    let s = state(Some(saved(VariantId::Full, 3, false))).reduce(Action::Discard);
    assert!(s.pending.is_none() && s.session.is_none());
}

#[test]
fn answer_records_the_answer_and_its_time_on_the_run() {
    let s = state(None)
        .reduce(Action::Start(VariantId::Quick))
        .reduce(answer("lead-a", 4))
        .reduce(answer("lead-a", 1));
    let run = s.session.as_ref().unwrap();
    assert_eq!(run.answers.get("lead-a"), Some(Answer::Scale(1)));
    assert_eq!(run.answers.time_ms("lead-a"), Some(4_000), "times add up");
    // Without a run there is nothing to record on.
    assert!(state(None).reduce(answer("lead-a", 4)).session.is_none());
}

#[test]
fn next_moves_once_per_question_and_finishes_after_the_last() {
    let mut s = state(None).reduce(Action::Start(VariantId::Quick));
    // A doubled request made on question 0 moves one question, not two.
    s = s
        .reduce(Action::Next { from: 0 })
        .reduce(Action::Next { from: 0 });
    assert_eq!(s.session.as_ref().unwrap().index, 1);
    // A late request from another question does nothing.
    s = s.reduce(Action::Next { from: 3 });
    assert_eq!(s.session.as_ref().unwrap().index, 1);
    let total = 5; // quick: lead-a, lead-b, price-a, price-b, sc-1
    for from in 1..total {
        s = s.reduce(Action::Next { from });
    }
    let run = s.session.as_ref().unwrap();
    assert_eq!((run.index, run.finished), (total - 1, true));
    // Finished: another request changes nothing.
    let after = s.clone().reduce(Action::Next { from: total - 1 });
    assert_eq!(after.session, s.session);
    // Without a run: nothing.
    assert!(state(None)
        .reduce(Action::Next { from: 0 })
        .session
        .is_none());
}

#[test]
fn back_goes_to_the_previous_question_or_from_the_result_to_the_last() {
    let s = state(Some(saved(VariantId::Quick, 4, true))).reduce(Action::Resume);
    let s = s.reduce(Action::Back);
    let run = s.session.as_ref().unwrap();
    assert_eq!((run.index, run.finished), (4, false));
    let s = s.reduce(Action::Back);
    assert_eq!(s.session.as_ref().unwrap().index, 3);
    let first = state(None)
        .reduce(Action::Start(VariantId::Quick))
        .reduce(Action::Back);
    assert_eq!(
        first.session.as_ref().unwrap().index,
        0,
        "no question before the first"
    );
    assert!(state(None).reduce(Action::Back).session.is_none());
}

#[test]
fn restart_returns_to_the_start_and_keeps_what_is_saved() {
    let s = state(Some(saved(VariantId::Full, 3, false)))
        .reduce(Action::Discard)
        .reduce(Action::Start(VariantId::Quick))
        .reduce(Action::Restart);
    assert!(s.session.is_none());
    assert_eq!(s.runs, 1);
    // Without a start screen, starting over goes straight into the variant.
    assert!(matches!(
        Action::restart(Some(VariantId::Full)),
        Action::Start(VariantId::Full)
    ));
    assert!(matches!(Action::restart(None), Action::Restart));
}

#[test]
fn each_notice_is_told_once() {
    let mut board = NoticeBoard::default();
    board.tell(Notice::StorageFull);
    board.tell(Notice::StorageUnavailable);
    board.tell(Notice::StorageFull);
    assert_eq!(
        board.shown,
        [Notice::StorageFull, Notice::StorageUnavailable]
    );
    board.dismiss(Notice::StorageFull);
    board.tell(Notice::StorageFull);
    assert_eq!(
        board.shown,
        [Notice::StorageUnavailable],
        "dismissed is not told again"
    );
}
