//! Keeps the check's run in localStorage as it changes, and tells what storage refused.

use yew::prelude::*;

use crate::platform::storage::{self, StorageFault};
use crate::ui::state::{Notice, State};

/// Saves the run on screen under `key` (or removes it, when none is on screen and none is
/// offered for resuming) whenever it changes. `onnotice` hears what storage refused and what
/// the check found as it opened; the app tells each notice once, so repeating one is harmless.
#[hook]
pub fn use_kept_run(state: &State, key: AttrValue, onnotice: Callback<Notice>) {
    let opened = state.notice;
    use_effect_with(
        (state.session.clone(), state.pending.is_some()),
        move |(session, pending)| {
            if let Some(n) = opened {
                onnotice.emit(n);
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
