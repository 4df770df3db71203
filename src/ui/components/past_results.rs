//! The earlier results kept in this browser (issue 19, `#results`, second page; the start
//! screen links here): each opens, can be compared with the newest (then and now) and removed;
//! all can be removed at once. Blocked storage: the list is empty, the check works as ever.

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::{date_text, t, Key, Lang};
use crate::model::{read_past, remove_past, write_past, PastResult, VariantId};
use crate::platform::{document, location, storage};

/// A kept result in one line: "30.11.2026 · Kurzcheck · Stufe 3 · Position 56".
pub fn past_line(lang: Lang, p: &PastResult) -> String {
    let variant = t(
        lang,
        match p.variant {
            VariantId::Quick => Key::QuickName,
            VariantId::Full => Key::FullName,
        },
    );
    format!(
        "{} · {variant} · {} {} · {} {}",
        date_text(lang, &p.date),
        t(lang, Key::Stage),
        p.stage + 1,
        t(lang, Key::Position),
        p.position
    )
}

/// The kept results, as stored now.
pub fn kept_past() -> Vec<PastResult> {
    read_past(storage::load(storage::PAST_KEY).ok().flatten().as_deref())
}

/// Props of [`PastResults`].
#[derive(Properties, PartialEq)]
pub struct PastResultsProps {
    /// UI language.
    pub lang: Lang,
}

/// The list, with its heading.
#[component]
pub fn PastResults(props: &PastResultsProps) -> Html {
    let lang = props.lang;
    // Read once the list is on screen: effects do not run when the start screen is drawn at
    // build time (src/bin/prerender.rs), where there is no storage.
    let list = use_state(Vec::new);
    {
        let list = list.clone();
        use_effect_with((), move |_| list.set(kept_past()));
    }
    let keep = {
        let list = list.clone();
        move |next: Vec<PastResult>| {
            let saved = match next.is_empty() {
                false => storage::save(storage::PAST_KEY, &write_past(&next)),
                true => storage::remove(storage::PAST_KEY),
            };
            // Removed on screen only when removed in storage: what shows is what is kept.
            if saved.is_ok() {
                list.set(next);
            }
        }
    };
    use_effect_with((), |_| document::focus("past-heading"));
    let newest = list.first().map(|p| p.code.clone()).unwrap_or_default();
    let onclear = {
        let keep = keep.clone();
        Callback::from(move |_| keep(Vec::new()))
    };
    html! {
        <article class="past" aria-labelledby="past-heading">
            <h1 id="past-heading" tabindex="-1">{ t(lang, Key::PastTitle) }</h1>
            if list.is_empty() {
                <p>{ mt(lang, Mk::PastNone) }</p>
            } else {
                <ul class="past-results">
                    { for list.iter().map(|p| {
                        let line = past_line(lang, p);
                        let onremove = {
                            let (keep, list, code) = (keep.clone(), list.clone(), p.code.clone());
                            Callback::from(move |_| keep(remove_past((*list).clone(), &code)))
                        };
                        html! {
                            <li>
                                <a href={format!("#r={}", p.code)}>{ line.clone() }</a>
                                <span class="past-actions">
                                    if p.code != newest {
                                        <a class="button small" href={format!("#then={}.{newest}", p.code)}>{ mt(lang, Mk::PastCompare) }</a>
                                    }
                                    <button type="button" class="button small" onclick={onremove}
                                        aria-label={format!("{}: {line}", mt(lang, Mk::PastRemove))}>{ mt(lang, Mk::PastRemove) }</button>
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="actions no-print">
                <a class="button primary" href={location::page_url()}>{ t(lang, Key::OwnCheck) }</a>
                if !list.is_empty() {
                    <button type="button" class="button" onclick={onclear}>{ mt(lang, Mk::PastRemoveAll) }</button>
                }
            </div>
        </article>
    }
}
