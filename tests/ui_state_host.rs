//! The flow's reducer, natively: the host's restarts and the outside views the seller brings
//! back, both owned by the one reducer.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use std::rc::Rc;

use model_support::fixture_q;
use seller_check::model::VariantId;
use seller_check::ui::state::{Action, State};
use yew::Reducible;

fn fresh() -> Rc<State> {
    Rc::new(State::new(Rc::new(fixture_q()), None))
}

fn finished(s: Rc<State>) -> Rc<State> {
    let mut s = s.reduce(Action::Start(VariantId::Quick));
    let len = fixture_q().variant_items(VariantId::Quick).len();
    for from in 0..len {
        s = s.reduce(Action::Next { from });
    }
    assert!(s.session.as_ref().unwrap().finished);
    s
}

#[test]
fn a_host_restart_is_done_once_and_only_when_new() {
    let mut opened = (*fresh()).clone();
    opened.restarts_seen = 2;
    let s = finished(Rc::new(opened));
    // The count the check opened with: asked for before, done already.
    let same = s.clone().reduce(Action::HostRestart(2));
    assert!(same.session.is_some());
    let restarted = s.reduce(Action::HostRestart(3));
    assert!(restarted.session.is_none(), "back on the start screen");
    assert_eq!(restarted.restarts_seen, 3);
    // The same count again (a redraw) does nothing more.
    let again = restarted.clone().reduce(Action::Start(VariantId::Full));
    let again = again.reduce(Action::HostRestart(3));
    assert_eq!(
        again.session.as_ref().map(|r| r.variant),
        Some(VariantId::Full)
    );
}

#[test]
fn without_a_start_screen_a_host_restart_starts_the_variant_anew() {
    let mut opened = (*fresh()).clone();
    opened.autostart = Some(VariantId::Full);
    let s = Rc::new(opened).reduce(Action::Autostart(VariantId::Full));
    let s = s.reduce(Action::Next { from: 0 });
    let runs = s.runs;
    let s = s.reduce(Action::HostRestart(1));
    let run = s.session.as_ref().unwrap();
    assert_eq!(
        (run.variant, run.index, s.runs),
        (VariantId::Full, 0, runs + 1)
    );
}

#[test]
fn an_outside_view_is_kept_once_and_opens_the_comparison() {
    let s = finished(fresh());
    assert!(!s.comparing());
    let s = s.reduce(Action::AddOutside("AAA".into()));
    let s = s.reduce(Action::AddOutside("BBB".into()));
    let s = s.reduce(Action::AddOutside("AAA".into()));
    assert_eq!(*s.outside, ["AAA", "BBB"]);
    assert!(s.comparing());
}

#[test]
fn the_comparison_opens_closes_and_ends_with_a_new_run() {
    let s = finished(fresh()).reduce(Action::AddOutside("AAA".into()));
    let closed = s.clone().reduce(Action::ShowComparison(false));
    assert!(!closed.comparing());
    let open = closed.reduce(Action::ShowComparison(true));
    assert!(open.comparing());
    // A new run starts on its own result, not on the comparison; the views stay kept.
    let next = finished(open.reduce(Action::Restart));
    assert!(!next.comparing());
    assert_eq!(*next.outside, ["AAA"]);
}

#[test]
fn removing_the_outside_views_forgets_them_and_leaves_the_comparison() {
    let s = finished(fresh()).reduce(Action::AddOutside("AAA".into()));
    let s = s.reduce(Action::RemoveOutside);
    assert!(s.outside.is_empty());
    assert!(!s.comparing());
}

/// Issue 17, item 3: another tab's change to the saved run.
#[test]
fn another_tabs_change_is_offered_never_taken_or_lost_silently() {
    let q = fixture_q();
    let mut other = seller_check::model::Session::new(&q, VariantId::Full);
    other.index = 3;
    // On the start screen: the offer to resume follows the other tab.
    let s = fresh().reduce(Action::OtherTab(Some(other.clone())));
    assert_eq!(
        (s.pending.as_ref(), s.elsewhere.as_ref()),
        (Some(&other), None)
    );
    let s = s.reduce(Action::OtherTab(None));
    assert!(s.pending.is_none());
    // During a run: asked, not taken.
    let mine = finished(fresh());
    let asked = mine.clone().reduce(Action::OtherTab(Some(other.clone())));
    assert_eq!(asked.elsewhere, Some(Some(other.clone())));
    assert_eq!(asked.session, mine.session);
    // The same state as on screen is no conflict.
    let same = mine.clone().reduce(Action::OtherTab(mine.session.clone()));
    assert!(same.elsewhere.is_none());
    // Taken: the other tab's run is on screen, as a new run.
    let taken = asked.clone().reduce(Action::TakeOtherTab);
    assert_eq!(
        (taken.session.as_ref(), taken.elsewhere.as_ref()),
        (Some(&other), None)
    );
    assert_eq!(taken.runs, asked.runs + 1);
    // Kept: this tab's run stays, the question goes.
    let kept = asked.reduce(Action::KeepThisTab);
    assert_eq!(
        (kept.session.clone(), kept.elsewhere.clone()),
        (mine.session.clone(), None)
    );
    // Removed elsewhere, taken: back to the start.
    let gone = mine
        .reduce(Action::OtherTab(None))
        .reduce(Action::TakeOtherTab);
    assert!(gone.session.is_none());
}

/// Issue 17, item 2: Back and Forward arrive at a step of the check, of the run it belongs to.
#[test]
fn a_history_step_shows_that_screen_of_the_run() {
    use seller_check::ui::history_step::{RESULT_STEP, RUN_STEPS, START_STEP};
    let done = finished(fresh());
    let run = done.runs as i32 * RUN_STEPS;
    assert_eq!(done.step(), run + RESULT_STEP);
    let q3 = done.clone().reduce(Action::Step(run + 2));
    let r = q3.session.as_ref().unwrap();
    assert_eq!((r.index, r.finished, q3.step()), (2, false, run + 2));
    // The start keeps the run offered; a question takes it up again.
    let start = q3.reduce(Action::Step(START_STEP));
    assert_eq!(
        (start.session.is_none(), start.pending.is_some()),
        (true, true)
    );
    let again = start.reduce(Action::Step(run));
    assert_eq!(again.step(), run);
    assert!(again.pending.is_none());
    // Forward to the result; a step beyond the questions is the last one.
    assert_eq!(
        again.clone().reduce(Action::Step(run + RESULT_STEP)).step(),
        run + RESULT_STEP
    );
    let last = fixture_q().variant_items(VariantId::Quick).len() as i32 - 1;
    assert_eq!(
        again.clone().reduce(Action::Step(run + 99)).step(),
        run + last
    );
    // Back across a restart: the old run's result is not shown for the new run.
    let new_run = again
        .reduce(Action::Restart)
        .reduce(Action::Start(VariantId::Quick));
    let back = new_run.clone().reduce(Action::Step(run + RESULT_STEP));
    assert!(back.session.is_none());
    assert_eq!(back.pending.as_ref().map(|p| p.finished), Some(false));
}
