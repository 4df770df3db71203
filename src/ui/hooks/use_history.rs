//! Back and Forward move between the check's screens (issue 17): each screen the visitor
//! reaches is a history entry of the page, and arriving at one shows that screen again.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::platform::location;
use crate::ui::history_step::START_STEP;
use crate::ui::state::{Action, State};

/// Records each new screen of `state` as a history entry and follows Back and Forward.
/// `embedded`: nothing is recorded, as entries inside a host's page would change the host's own
/// Back. `from_start`: the check opened from the start screen, whose entry stays before it
/// (else the first screen takes the page's entry).
#[hook]
pub fn use_history(state: &UseReducerHandle<State>, embedded: bool, from_start: bool) {
    // The step Back or Forward arrived at: shown, not recorded again.
    let arrived = use_memo((), |_| Rc::new(Cell::new(None::<i32>)));
    let first = use_mut_ref(|| true);
    {
        let (dispatcher, arrived) = (state.dispatcher(), (*arrived).clone());
        use_effect_with(embedded, move |embedded| {
            let listener = (!embedded)
                .then(|| {
                    location::on_step(move |step| {
                        // The page's own entry, before the check recorded any: the start.
                        let step = step.unwrap_or(START_STEP);
                        arrived.set(Some(step));
                        dispatcher.dispatch(Action::Step(step));
                    })
                })
                .flatten();
            move || drop(listener)
        });
    }
    let step = state.step();
    let arrived = (*arrived).clone();
    use_effect_with(step, move |step| {
        if embedded || arrived.take() == Some(*step) {
            return;
        }
        let replace = std::mem::take(&mut *first.borrow_mut()) && !from_start;
        location::record_step(*step, replace);
    });
}
