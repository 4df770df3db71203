//! Keeps the check's run in localStorage as it changes, tells what storage refused, and hears
//! another tab change it.

use yew::prelude::*;

use crate::model::{
    add_past, encode, score, to_link_code, CivilDate, PastResult, Questionnaire, Session,
};
use crate::platform::document;
use crate::platform::storage::{self, StorageFault};
use crate::ui::state::{Action, Notice, State};

/// Saves the run on screen under `key` (or removes it, when none is on screen and none is
/// offered for resuming) whenever it changes. `onnotice` hears what storage refused and what
/// the check found as it opened; the app tells each notice once, so repeating one is harmless.
/// While another tab's change waits for the visitor's choice, leaving the page asks first.
#[hook]
pub fn use_kept_run(state: &State, key: AttrValue, onnotice: Callback<Notice>) {
    // While another tab's state waits for the visitor's choice, this page's answers are not
    // saved: closing or reloading it asks first.
    use_effect_with(state.elsewhere.is_some(), |waiting| {
        let listener = waiting.then(document::confirm_leaving).flatten();
        move || drop(listener)
    });
    let opened = state.notice;
    let q = state.questionnaire.clone();
    use_effect_with(
        (
            state.session.clone(),
            state.pending.is_some(),
            state.elsewhere.is_some(),
        ),
        move |(session, pending, elsewhere)| {
            if let Some(n) = opened {
                onnotice.emit(n);
            }
            // Another tab's state stays until the visitor chooses (then this runs again).
            if *elsewhere {
                return;
            }
            if key == storage::SESSION_KEY {
                keep_past(session.as_ref().filter(|s| s.finished), &q);
            }
            let saved = match session {
                Some(s) => storage::save(&key, &s.to_json()),
                None if !pending => storage::remove(&key),
                None => Ok(()),
            };
            let notice = match saved {
                Ok(()) => return,
                Err(StorageFault::Unavailable) => Notice::StorageUnavailable,
                Err(StorageFault::WriteRefused) => Notice::StorageFull,
            };
            onnotice.emit(notice);
        },
    );
}

/// Adds the finished run of the built-in check to the earlier results kept in this browser
/// (issue 19); blocked or full storage leaves the list as it is (the check works without it).
fn keep_past(finished: Option<&Session>, q: &Questionnaire) {
    let Some(s) = finished else { return };
    let sc = score(q, s.variant, &s.answers);
    let (year, month, day) = document::today();
    let result = PastResult {
        date: CivilDate { year, month, day }.iso(),
        variant: s.variant,
        stage: sc.stage as u8,
        position: sc.position.round().clamp(0.0, 100.0) as u8,
        code: to_link_code(&encode(q, s.variant, &s.answers)),
    };
    let kept = storage::load(storage::PAST_KEY).ok().flatten();
    if let Some(text) = add_past(kept.as_deref(), &result) {
        let _ = storage::save(storage::PAST_KEY, &text);
    }
}

/// Hears another tab of this origin save or remove the run under `key` and tells the reducer
/// ([`Action::OtherTab`]); a text that is not a run of this questionnaire is not heard.
#[hook]
pub fn use_other_tab(state: &UseReducerHandle<State>, key: AttrValue) {
    let (dispatcher, q) = (state.dispatcher(), state.questionnaire.clone());
    use_effect_with(key, move |key| {
        let listener = storage::on_change(key.to_string(), move |text| {
            let other = match text {
                None => None,
                Some(text) => match Session::restore(&text, &q) {
                    Ok(s) => Some(s),
                    Err(_) => return,
                },
            };
            dispatcher.dispatch(Action::OtherTab(other));
        });
        move || drop(listener)
    });
}
