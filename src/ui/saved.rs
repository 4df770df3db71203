//! The run saved in this browser, read once as a check opens.

use crate::model::{Questionnaire, Session};
use crate::platform::storage;
use crate::ui::notices::Notice;

/// Reads a saved run: `Ok(None)` when there is none, `Err` with the notice to give otherwise.
pub fn load_saved(q: &Questionnaire, key: &str) -> Result<Option<Session>, Notice> {
    match storage::load(key) {
        Err(_) => Err(Notice::StorageUnavailable),
        Ok(None) => Ok(None),
        Ok(Some(json)) => match Session::restore(&json, q) {
            Ok(s) if s.answers.is_empty() && s.index == 0 => Ok(None),
            Ok(s) => Ok(Some(s)),
            // Corrupt, another format or another questionnaire: all unreadable to the user.
            Err(_) => Err(Notice::SavedCheckUnreadable),
        },
    }
}

/// The key a run is kept under: the built-in questionnaire's as ever (saved checks resume
/// across updates); a hosted one's with its id, so that checks of two questionnaires, in two
/// tabs or one after the other, never overwrite or discard each other.
pub fn session_key(hosted: bool, q: &crate::model::Questionnaire) -> yew::AttrValue {
    match hosted {
        false => yew::AttrValue::Static(crate::platform::storage::SESSION_KEY),
        true => format!("{}.{}", crate::platform::storage::SESSION_KEY, q.id).into(),
    }
}
