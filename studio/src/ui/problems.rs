//! What the validator says of the draft: every problem with its path, a press on one shows its
//! field; and the languages of the file with what each lacks.

use yew::prelude::*;

use crate::draft::missing_texts;
use crate::strings::{problem_count, quoted, st, Sk};
use crate::ui::fields::Ctx;
use crate::ui::state::StudioAction;
use seller_check::i18n::content_errors::content_error;
use seller_check::i18n::Lang;
use seller_check::model::ContentError;

/// The problem list; `live` says whether the previews show the draft as it is now.
pub fn problem_list(
    lang: Lang,
    problems: &[ContentError],
    dispatch: &Callback<StudioAction>,
) -> Html {
    html! {
        <section class="problems" aria-labelledby="problems-title">
            <h2 id="problems-title">{ st(lang, Sk::ProblemsTitle) }</h2>
            <p class={classes!("problem-count", (!problems.is_empty()).then_some("bad"))} role="status">
                { problem_count(lang, problems.len()) }
            </p>
            if !problems.is_empty() {
                <ul class="problem-list">
                    { for problems.iter().map(|e| {
                        let path = e.path.clone();
                        let go = dispatch.reform(move |_| StudioAction::Go(path.clone()));
                        let shown = if e.path.is_empty() { st(lang, Sk::WholeFile).to_string() } else { e.path.clone() };
                        html! {
                            <li>
                                <button type="button" class="problem" onclick={go}>
                                    <code class="problem-path">{ shown }</code>
                                    <span class="problem-message">{ content_error(lang, e) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// The file's languages: what each lacks, add one, remove one.
pub fn languages(c: &Ctx, adding: &UseStateHandle<String>) -> Html {
    let l = c.lang;
    let table = missing_texts(&c.langs, c.problems);
    let add = {
        let (dispatch, adding) = (c.dispatch.clone(), adding.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(StudioAction::AddLanguage((*adding).clone()));
            adding.set(String::new());
        })
    };
    let oninput = {
        let adding = adding.clone();
        Callback::from(move |e: InputEvent| {
            let t: web_sys::HtmlInputElement = e.target_unchecked_into();
            adding.set(t.value());
        })
    };
    let only = c.langs.len() < 2;
    html! {
        <>
            { c.errors_at("languages") }
            <div class="table-scroll">
            <table class="missing-table" id="f-languages" tabindex="-1">
                <caption>{ st(l, Sk::MissingCaption) }</caption>
                <thead><tr>
                    <th scope="col">{ st(l, Sk::LanguageWord) }</th>
                    <th scope="col">{ st(l, Sk::MissingWord) }</th>
                    <th scope="col">{ st(l, Sk::FirstMissing) }</th>
                    <th scope="col"><span class="visually-hidden">{ st(l, Sk::ActionsWord) }</span></th>
                </tr></thead>
                <tbody>
                    { for table.iter().enumerate().map(|(i, m)| {
                        let first = m.paths.first().cloned();
                        let go = first.clone().map(|p| c.dispatch.reform(move |_| StudioAction::Go(p.clone())));
                        let code = m.lang.clone();
                        let remove = c.dispatch.reform(move |_| StudioAction::RemoveLanguage(code.clone()));
                        html! {
                            <tr>
                                <th scope="row">{ m.lang.clone() }{ if i == 0 { format!(" {}", st(l, Sk::Fallback)) } else { String::new() } }</th>
                                <td>{ m.paths.len() }</td>
                                <td>
                                    if let (Some(p), Some(go)) = (first, go) {
                                        <button type="button" class="link-button" onclick={go}><code>{ p }</code></button>
                                    } else { { "–" } }
                                </td>
                                <td>
                                    <button type="button" class="button small quiet" disabled={only || !c.langs.contains(&m.lang)} onclick={remove}>
                                        { st(l, Sk::RemoveLanguage) }<span class="visually-hidden">{ format!(" {}", m.lang) }</span>
                                    </button>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            <form class="add-language" onsubmit={add}>
                <label for="new-language">{ st(l, Sk::NewLanguage) }</label>
                <input id="new-language" type="text" value={(**adding).clone()} {oninput} size="8" spellcheck="false" />
                <button type="submit" class="button small">{ st(l, Sk::AddLanguage) }</button>
            </form>
            if let Some(code) = &c.refused {
                <p class="field-error" role="alert">{ format!("{} {}", quoted(l, code), st(l, Sk::LanguageRefused)) }</p>
            }
            <p class="hint">{ st(l, Sk::LanguageHint) }</p>
        </>
    }
}
