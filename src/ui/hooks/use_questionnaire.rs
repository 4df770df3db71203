//! The questionnaire the app runs: a custom file named by the page (`questionnaire`), else the
//! built-in one in the binary form the build wrote, compiled in (debug builds) or fetched from
//! `default.bin` (release builds, src/model/known.rs). The first page runs only the built-in
//! one; the second page reads and validates any JSON file.

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

/// The built-in questionnaire's copy for this page.
fn built_in_for(screens: Screens) -> default::BuiltIn {
    match screens.0 {
        Some(_) => default::SECOND_PAGE,
        None => default::FIRST_PAGE,
    }
}

/// A custom file (JSON): the second page reads and validates it; the first hands it on.
fn parse(text: &str, screens: Screens) -> Source {
    match screens.0 {
        Some(more) => match (more.read)(text) {
            Ok(q) => Source::Ready(Rc::new(q)),
            Err(errors) => Source::Broken(errors),
        },
        None => Source::Elsewhere,
    }
}

/// The built-in questionnaire, if `bytes` are what this build wrote (a mixed-up deployment
/// or a damaged file is not).
fn built_in(bytes: &[u8], screens: Screens) -> Source {
    built_in_for(screens)
        .fingerprint
        .and_then(|known| Questionnaire::from_known_bytes(bytes, known))
        .map_or(Source::Unreachable(FetchError::Unreachable), |q| {
            Source::Ready(Rc::new(q))
        })
}

/// Loads the questionnaire at `custom` (a same-origin address), else the built-in one, once,
/// after the first render; the handle changes to what came of it.
#[hook]
pub fn use_questionnaire(custom: Option<String>, screens: Screens) -> UseStateHandle<Source> {
    let own = built_in_for(screens);
    let source = {
        let compiled_in = custom.is_none() && own.embedded.is_some();
        use_state(move || match own.embedded {
            Some(bytes) if compiled_in => built_in(bytes, screens),
            _ => Source::Loading,
        })
    };
    {
        let source = source.clone();
        use_effect_with((), move |_| {
            let fetched = match custom {
                Some(url) => Some((url, true)),
                None if own.embedded.is_none() => Some((own.url.to_string(), false)),
                None => None,
            };
            if let Some((url, custom)) = fetched {
                wasm_bindgen_futures::spawn_local(async move {
                    let next = match custom {
                        true => fetch::same_origin_text(&url)
                            .await
                            .map(|t| parse(&t, screens)),
                        false => fetch::same_origin_bytes(&url)
                            .await
                            .map(|b| built_in(&b, screens)),
                    };
                    let next = next.unwrap_or_else(Source::Unreachable);
                    // Reading the file and drawing with it: two shorter tasks, not one long one.
                    yew::platform::time::sleep(std::time::Duration::ZERO).await;
                    source.set(next);
                });
            }
        });
    }
    source
}
