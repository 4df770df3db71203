//! The studio's first screen: what to open. The built-in questionnaire, a file (chosen or
//! dropped) or the draft this browser kept; a file that is no questionnaire object is refused
//! with the reason, and nothing open is lost.

use yew::prelude::*;

use crate::strings::{st, Sk};
use crate::ui::state::StudioAction;
use crate::ui::{BUILT_IN, DRAFT_KEY, DRAFT_NAME_KEY};
use seller_check::i18n::content_errors::content_error;
use seller_check::i18n::Lang;
use seller_check::model::ContentError;
use seller_check::platform::{document, files, storage};

fn open_files(list: Option<web_sys::FileList>, dispatch: &Callback<StudioAction>) {
    let dispatch = dispatch.clone();
    if let Some(list) = list {
        files::read_first(list, move |name, text| {
            dispatch.emit(StudioAction::Open { text, name })
        });
    }
}

/// What to open, and why the last file could not be. Where a draft is kept, it comes first, and
/// opening anything else asks before it replaces the draft.
pub fn open_screen(lang: Lang, failed: &[ContentError], dispatch: &Callback<StudioAction>) -> Html {
    let kept = storage::load(DRAFT_KEY)
        .ok()
        .flatten()
        .filter(|t| !t.trim().is_empty());
    let kept_name = storage::load(DRAFT_NAME_KEY)
        .ok()
        .flatten()
        .unwrap_or_else(|| "draft.json".into());
    let replaces = kept.is_some();
    let may_replace = move || !replaces || document::confirm(st(lang, Sk::ReplaceDraft));
    let built_in = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if may_replace() {
                dispatch.emit(StudioAction::Open {
                    text: BUILT_IN.to_string(),
                    name: "default.json".into(),
                });
            }
        })
    };
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            if may_replace() {
                open_files(files::chosen(&e), &dispatch);
            }
        })
    };
    let ondrop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if may_replace() {
                open_files(files::dropped(&e), &dispatch);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let primary = |first: bool| classes!("button", first.then_some("primary"));
    html! {
        <main class="studio-open" aria-labelledby="open-title">
            <h2 id="open-title">{ st(lang, Sk::OpenTitle) }</h2>
            <p>{ st(lang, Sk::OpenIntro) }</p>
            if !failed.is_empty() {
                <div class="content-error" role="alert">
                    <p><strong>{ st(lang, Sk::OpenFailed) }</strong></p>
                    <ul>{ for failed.iter().map(|e| html! { <li>{ content_error(lang, e) }</li> }) }</ul>
                </div>
            }
            <ul class="open-choices">
                if let Some(text) = kept {
                    <li>
                        <button type="button" class={primary(true)} onclick={
                            let name = kept_name.clone();
                            dispatch.reform(move |_| StudioAction::Open { text: text.clone(), name: name.clone() })
                        }>{ format!("{} ({kept_name})", st(lang, Sk::OpenDraft)) }</button>
                    </li>
                }
                <li>
                    <button type="button" class={primary(!replaces)} onclick={built_in}>{ st(lang, Sk::OpenBuiltIn) }</button>
                </li>
                <li class="drop-zone" {ondrop} {ondragover}>
                    <label for="open-file" class="button">{ st(lang, Sk::OpenFile) }</label>
                    <input id="open-file" class="visually-hidden" type="file" accept=".json,application/json" {onchange} />
                    <span class="hint">{ st(lang, Sk::DropHint) }</span>
                </li>
            </ul>
            <p class="hint">{ st(lang, Sk::PrivacyHint) }</p>
        </main>
    }
}
