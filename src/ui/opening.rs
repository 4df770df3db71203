//! How the check opens on this page: whether the app adopts the start screen drawn at build time
//! (src/platform/first_screen.rs), whether a run kept in this browser waits, the variant chosen
//! on the app's start screen, and the notices the app tells.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::model::VariantId;
use crate::platform::first_screen::{self, DrawnLinks};
use crate::platform::storage::{LANG_KEY, SESSION_KEY};
use crate::platform::{config, document, storage};
use crate::ui::state::{Notice, NoticeBoard};

/// The language the app opens in: forced by the host, else the remembered choice, else German.
pub fn opening_lang(config: &config::Config) -> Lang {
    config
        .lang
        .or_else(|| {
            storage::load(LANG_KEY)
                .ok()
                .flatten()
                .and_then(|c| Lang::from_code(&c))
        })
        .unwrap_or_default()
}

/// What the app knows as it opens, before any questionnaire.
#[derive(Clone, PartialEq, Debug)]
pub struct Opening {
    /// The start screen drawn at build time is still the one on screen.
    pub adopting: bool,
    /// A run is kept in this browser: the check opens on its resume offer (in `Flow`).
    pub saved: bool,
    /// The app's notices, one board for every screen (blocked or full storage, an unreadable
    /// saved run); blocked storage is told from the start.
    pub notices: NoticeBoard,
    /// The variant chosen on the app's start screen, whose first question comes next.
    pub chosen: Option<VariantId>,
    /// Earlier results are kept: the app's start screen lists them, so it replaces the one
    /// drawn at build time, which cannot.
    pub past: bool,
}

impl Opening {
    /// Reads the kept run; `adopt`: mounted beside the drawn start screen.
    pub fn read(adopt: bool) -> Opening {
        let stored = storage::load(SESSION_KEY);
        let mut notices = NoticeBoard::default();
        if stored.is_err() {
            notices.tell(Notice::StorageUnavailable);
        }
        Opening {
            adopting: adopt,
            saved: matches!(stored, Ok(Some(_))),
            notices,
            chosen: None,
            past: storage::has_past(),
        }
    }
}

/// What changes how the check opens.
pub enum OpeningAction {
    /// A variant was chosen on the app's start screen.
    Choose(VariantId),
    /// The drawn start screen is gone; the app draws its own.
    Adopted,
    /// Tell the user something, once per page.
    Tell(Notice),
    /// Hide a notice.
    Dismiss(Notice),
}

impl Reducible for Opening {
    type Action = OpeningAction;

    fn reduce(self: Rc<Self>, action: OpeningAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            OpeningAction::Choose(v) => next.chosen = Some(v),
            OpeningAction::Adopted => next.adopting = false,
            OpeningAction::Tell(n) => next.notices.tell(n),
            OpeningAction::Dismiss(n) => next.notices.dismiss(n),
        }
        Rc::new(next)
    }
}

/// While `keep`, the drawn start screen stays and its links act in place: a start link calls
/// `onstart`, a language link `onlang`. Once `keep` ends, the drawn screen goes in the same task
/// as the app draws its own. Marks the document as run by the app (`<html data-app="ready">`).
#[hook]
pub fn use_drawn_screen(
    keep: bool,
    opening: UseReducerHandle<Opening>,
    onstart: Callback<VariantId>,
    onlang: Callback<Lang>,
) {
    use_effect_with(keep, move |keep| {
        let links = if *keep {
            DrawnLinks::listen(move |href| {
                let variant = config::param(&href, "variant");
                if let Some(v) = variant.and_then(|v| VariantId::parse(&v)) {
                    onstart.emit(v);
                } else if let Some(l) = config::param(&href, "lang") {
                    onlang.emit(Lang::from_code(&l).unwrap_or_default());
                }
            })
        } else {
            if opening.adopting {
                first_screen::drop_drawn();
                opening.dispatch(OpeningAction::Adopted);
            }
            None
        };
        // The app is drawn and listens: what the tests and host scripts wait for, and what the
        // HTML drawn at build time does not carry.
        document::mark_ready();
        move || drop(links)
    });
}
