//! The start screen: what the check is, for whom, how long, the privacy promise, two ways to start.

use yew::prelude::*;

use crate::i18n::{t, variant_length, Key, Lang};
use crate::model::{estimate_minutes, VariantId};

/// What [`start_screen`] shows.
pub struct StartScreenProps {
    /// UI language.
    pub lang: Lang,
    /// Number of questions in the quick variant.
    pub quick_count: usize,
    /// Number of questions in the full variant.
    pub full_count: usize,
    /// Called with the variant the user chose to start.
    pub onstart: Callback<VariantId>,
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
        html! {
            <li class="variant-card">
                <h3>{ t(lang, name) }</h3>
                <p class="variant-length">{ variant_length(lang, count, estimate_minutes(count)) }</p>
                <p>{ t(lang, hint) }</p>
                <button type="button" class="button primary" onclick={move |_| onstart.emit(variant)}>
                    { t(lang, start) }
                </button>
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
        </section>
    }
}
