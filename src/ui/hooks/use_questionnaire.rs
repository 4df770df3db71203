//! The questionnaire the app runs: a custom file named by the page (`questionnaire`), else the
//! built-in one, compiled in (debug builds) or fetched from `default.json` (release builds).
//! The first page runs only the file it was built with (src/model/known.rs); the second page
//! reads and validates any file.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{ContentError, Questionnaire};
use crate::platform::fetch::{self, FetchError};
use crate::ui::default_questionnaire as default;
use crate::ui::screens::Screens;

/// Where the questionnaire stands.
#[derive(Clone, PartialEq)]
pub enum Source {
    /// The file is on its way.
    Loading,
    /// Parsed and valid.
    Ready(Rc<Questionnaire>),
    /// Parsed, with every problem found.
    Broken(Vec<ContentError>),
    /// The file could not be fetched.
    Unreachable(FetchError),
    /// Not the file this page was built with: the second page reads it.
    Elsewhere,
}

fn parse(text: &str, screens: Screens) -> Source {
    match screens.0 {
        Some(more) => match (more.read)(text) {
            Ok(q) => Source::Ready(Rc::new(q)),
            Err(errors) => Source::Broken(errors),
        },
        None => default::DEFAULT_FINGERPRINT
            .and_then(|known| Questionnaire::from_known_json(text, known))
            .map_or(Source::Elsewhere, |q| Source::Ready(Rc::new(q))),
    }
}

/// Loads the questionnaire at `custom` (a same-origin address), else the built-in one, once,
/// after the first render; the handle changes to what came of it.
#[hook]
pub fn use_questionnaire(custom: Option<String>, screens: Screens) -> UseStateHandle<Source> {
    let url = custom.or_else(|| {
        default::EMBEDDED
            .is_none()
            .then(|| default::URL.to_string())
    });
    let source = {
        let fetched = url.is_some();
        use_state(move || match default::EMBEDDED {
            Some(text) if !fetched => parse(text, screens),
            _ => Source::Loading,
        })
    };
    {
        let source = source.clone();
        use_effect_with((), move |_| {
            if let Some(url) = url {
                wasm_bindgen_futures::spawn_local(async move {
                    let next = match fetch::same_origin_text(&url).await {
                        Ok(text) => parse(&text, screens),
                        Err(e) => Source::Unreachable(e),
                    };
                    // Reading the file and drawing with it: two shorter tasks, not one long one.
                    yew::platform::time::sleep(std::time::Duration::ZERO).await;
                    source.set(next);
                });
            }
        });
    }
    source
}
