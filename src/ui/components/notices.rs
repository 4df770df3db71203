//! Notices the user is told once, such as blocked storage, each with a dismiss button.

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::ui::state::Notice;

/// What [`notices`] shows.
pub struct NoticesProps {
    /// UI language.
    pub lang: Lang,
    /// The notices to show.
    pub notices: Vec<Notice>,
    /// Called when the user dismisses one.
    pub ondismiss: Callback<Notice>,
}

fn text(n: Notice) -> Key {
    match n {
        Notice::StorageUnavailable => Key::StorageBlocked,
        Notice::StorageFull => Key::StorageFull,
        Notice::SavedCheckUnreadable => Key::SavedUnreadable,
    }
}

/// Shows the notices in a polite live region.
pub fn notices(props: &NoticesProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="notices" role="status">
            { for props.notices.iter().map(|&n| {
                let ondismiss = props.ondismiss.clone();
                html! {
                    <div class="notice">
                        <p>{ t(lang, text(n)) }</p>
                        <button type="button" class="button" onclick={move |_| ondismiss.emit(n)}>{ t(lang, Key::Dismiss) }</button>
                    </div>
                }
            }) }
        </div>
    }
}
