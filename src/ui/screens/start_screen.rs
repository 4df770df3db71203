//! The start screen: what the check is, for whom, how long, the privacy promise, two ways to start.

use yew::prelude::*;

use crate::i18n::{t, variant_length, Key, Lang};
use crate::model::{estimate_minutes, VariantId};
use crate::platform::document::in_place;
use crate::platform::location::page_link;

/// What [`start_screen`] shows.
pub struct StartScreenProps {
    /// UI language.
    pub lang: Lang,
    /// Number of questions in the quick variant.
    pub quick_count: usize,
    /// Number of questions in the full variant.
    pub full_count: usize,
    /// The page's query and fragment (`?lang=en#join=x`, or empty), kept by the start links.
    pub link_query: AttrValue,
    /// Called with the variant the user chose to start.
    pub onstart: Callback<VariantId>,
    /// Earlier results are kept in this browser: a link to them (issue 19; the list is the
    /// second page's, `#results`).
    pub past: bool,
}

/// Introduces the check and offers the quick and the full variant.
pub fn start_screen(props: &StartScreenProps) -> Html {
    let lang = props.lang;
    let card = |variant: VariantId, count: usize| {
        let (name, hint, start) = match variant {
            VariantId::Quick => (Key::QuickName, Key::QuickHint, Key::StartQuick),
            VariantId::Full => (Key::FullName, Key::FullHint, Key::StartFull),
        };
        let onstart = props.onstart.clone();
        // A real link: it starts the check even before the app runs (the page opens on the
        // variant's first question); once it runs, a plain click starts it in place, and a click
        // meant for a new tab or window stays the browser's.
        let onclick = move |e: MouseEvent| {
            if in_place(&e) {
                e.prevent_default();
                onstart.emit(variant);
            }
        };
        html! {
            <li class="variant-card">
                <h3>{ t(lang, name) }</h3>
                <p class="variant-length">{ variant_length(lang, count, estimate_minutes(count)) }</p>
                <p>{ t(lang, hint) }</p>
                <a class="button primary" href={start_href(&props.link_query, variant)} {onclick}>
                    { t(lang, start) }
                </a>
            </li>
        }
    };
    html! {
        <section class="start" aria-labelledby="start-title">
            <h1 id="start-title" tabindex="-1">{ t(lang, Key::Title) }</h1>
            <p class="tagline">{ t(lang, Key::Tagline) }</p>
            <p class="intro">{ t(lang, Key::Intro) }</p>
            <p>{ t(lang, Key::Audience) }</p>
            <h2>{ t(lang, Key::ChooseVariant) }</h2>
            <ul class="variants">
                { card(VariantId::Quick, props.quick_count) }
                { card(VariantId::Full, props.full_count) }
            </ul>
            <p class="privacy">{ t(lang, Key::Privacy) }</p>
            if props.past {
                <p class="past-link no-print"><a class="button" href="#results">{ t(lang, Key::PastTitle) }{ " →" }</a></p>
            }
        </section>
    }
}

/// The address that opens `variant` at its first question: the page's own query and fragment
/// (`query`, e.g. `?lang=en#join=x`, or empty) with `intro=0&variant=…` in place.
pub fn start_href(query: &str, variant: VariantId) -> String {
    page_link(query, &[("intro", "0"), ("variant", variant.as_str())])
}
