//! The questionnaire studio (issue 20), a page of its own (`studio.html`): open the built-in
//! questionnaire, a file or the last draft; edit it by section with the validator's problems
//! beside it; preview the item and a result, place the personas; download the file.

use yew::prelude::*;

use crate::draft::path::parent;
use crate::strings::{problem_count, section_name, st, Sk};
use crate::ui::dimension_editor::dimension;
use crate::ui::fields::{field_id, Ctx};
use crate::ui::open_screen::open_screen;
use crate::ui::personas_panel::personas_panel;
use crate::ui::preview::{QuestionPreview, ResultPreview};
use crate::ui::problems::{languages, problem_list};
use crate::ui::sections::{general, scales, variants, version_hint};
use crate::ui::stage_editor::stages_or_patterns;
use crate::ui::state::{Section, StudioAction, StudioState};
use crate::ui::{DRAFT_KEY, DRAFT_NAME_KEY};
use seller_check::i18n::Lang;
use seller_check::model::VariantId;
use seller_check::platform::config::Theme;
use seller_check::platform::{document, location, storage};

/// The sections in the order the navigation lists them.
const SECTIONS: [Section; 8] = [
    Section::General,
    Section::Languages,
    Section::Scales,
    Section::Dimension(0),
    Section::Item(0),
    Section::Variants,
    Section::Stages,
    Section::Patterns,
];

fn same_kind(a: Section, b: Section) -> bool {
    std::mem::discriminant(&a) == std::mem::discriminant(&b)
}

/// The studio page.
#[component]
pub fn StudioApp() -> Html {
    let lang = use_state(|| {
        let stored = storage::load(storage::LANG_KEY).ok().flatten();
        stored
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or_default()
    });
    let theme = use_state(|| None::<Theme>);
    let state = use_reducer(StudioState::default);
    let adding = use_state(String::new);
    let persona_variant = use_state(|| VariantId::Full);
    let save_failed = use_state(|| false);
    let l = *lang;
    use_effect_with(l, |l| {
        document::set_language(l.code(), st(*l, Sk::PageTitle));
        document::mark_ready();
    });
    {
        // Every change is kept in the browser, so a reload or a closed tab loses nothing.
        let save_failed = save_failed.clone();
        use_effect_with(
            (state.draft.clone(), state.name.clone()),
            move |(d, name)| {
                if let Some(d) = d {
                    let saved = storage::save(DRAFT_KEY, &d.text())
                        .and_then(|_| storage::save(DRAFT_NAME_KEY, name));
                    save_failed.set(saved.is_err());
                }
            },
        );
    }
    // The list beside the editor shows the element the editor shows, also after a problem's
    // press; this runs before the focus moves, whose scroll then wins.
    use_effect_with(state.section, |_| {
        document::reveal(".element-list [aria-current]")
    });
    use_effect_with(state.focus.clone(), |focus| {
        // The field of the problem, else the nearest part around it that is drawn.
        if let Some((path, _)) = focus {
            let mut ids = vec![field_id(path)];
            let mut p = path.clone();
            while let Some(up) = parent(&p) {
                ids.push(field_id(&up));
                p = up;
            }
            document::focus_first(&ids);
        }
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: StudioAction| state.dispatch(a))
    };
    let switch_lang = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if *lang == Lang::De {
                Lang::En
            } else {
                Lang::De
            };
            let _ = storage::save(storage::LANG_KEY, next.code());
            lang.set(next);
        })
    };
    let dark = *theme == Some(Theme::Dark);
    let toggle_theme = {
        let theme = theme.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if dark { Theme::Light } else { Theme::Dark };
            document::apply_look(false, Some(next), None);
            theme.set(Some(next));
        })
    };
    let other = if l == Lang::De { Lang::En } else { Lang::De };
    let bar = html! {
        <header class="studio-bar">
            <h1>{ st(l, Sk::PageTitle) }</h1>
            if let Some(_) = &state.draft { <span class="file-name">{ state.name.clone() }</span> }
            <div class="bar-actions">
                <button type="button" class="button small quiet" aria-pressed={dark.to_string()} onclick={toggle_theme}>{ st(l, Sk::DarkView) }</button>
                <button type="button" class="button small quiet" lang={other.code()} onclick={switch_lang}>{ st(l, Sk::OtherLanguage) }</button>
                if let Some(d) = state.draft.clone() {
                    <button type="button" class="button small quiet" disabled={state.undo.is_empty()}
                        onclick={dispatch.reform(|_| StudioAction::Undo)}>{ st(l, Sk::Undo) }</button>
                    <button type="button" class="button small quiet" onclick={dispatch.reform(|_| StudioAction::Close)}>{ st(l, Sk::OpenOther) }</button>
                    <button type="button" class="button small primary" onclick={
                        let name = state.name.to_string();
                        Callback::from(move |_: MouseEvent| location::download(&name, "application/json", &d.text()))
                    }>{ st(l, Sk::Download) }</button>
                }
            </div>
        </header>
    };
    let Some(draft) = state.draft.clone() else {
        return html! { <div class="studio">{ bar }{ open_screen(l, &state.open_failed, &dispatch) }</div> };
    };
    let c = Ctx {
        lang: l,
        draft: &draft,
        langs: draft.languages(),
        problems: &state.problems,
        dispatch: dispatch.clone(),
        refused: state.language_refused.clone(),
    };
    let section = state.section;
    let body = match section {
        Section::General => general(&c),
        Section::Languages => languages(&c, &adding),
        Section::Scales => scales(&c),
        Section::Dimension(i) => dimension(&c, i),
        Section::Item(i) => crate::ui::item_editor::items(&c, i),
        Section::Variants => variants(&c),
        Section::Stages => stages_or_patterns(&c, "stages"),
        Section::Patterns => stages_or_patterns(&c, "patterns"),
    };
    let item = match section {
        Section::Item(i) => Some(i),
        _ => None,
    };
    let onshow = dispatch.reform(|i| StudioAction::Show(Section::Item(i)));
    let onvariant = {
        let v = persona_variant.clone();
        Callback::from(move |x| v.set(x))
    };
    html! {
        <div class="studio">
            { bar }
            <div class="studio-grid">
                <aside class="studio-side">
                    <nav aria-label={st(l, Sk::SectionsLabel)}>
                        <ul class="section-nav">
                            { for SECTIONS.iter().map(|&s| {
                                let n = state.problems.iter().filter(|e| same_kind(Section::of(&e.path), s)).count();
                                let target = if same_kind(s, section) { section } else { s };
                                html! { <li><button type="button" class="list-button" aria-current={same_kind(s, section).then_some("true")}
                                    onclick={dispatch.reform(move |_| StudioAction::Show(target))}>
                                    { section_name(l, s) }
                                    if n > 0 { <span class="badge"><span aria-hidden="true">{ n }</span><span class="visually-hidden">{ format!(", {}", problem_count(l, n)) }</span></span> }
                                </button></li> }
                            }) }
                        </ul>
                    </nav>
                    { version_hint(&c, state.opened.as_ref().and_then(|o| draft.version_due(o))) }
                    { problem_list(l, &state.problems, &dispatch) }
                    if *save_failed { <p class="notice" role="status">{ st(l, Sk::DraftNotSaved) }</p> }
                </aside>
                <main class="studio-main" aria-labelledby="section-title">
                    <h2 id="section-title">{ section_name(l, section) }</h2>
                    { body }
                </main>
                <aside class="studio-preview" aria-label={st(l, Sk::PreviewsLabel)}>
                    if let Some(q) = state.valid.clone() {
                        if !state.current { <p class="notice" role="status">{ st(l, Sk::ShowsLastValid) }</p> }
                        <QuestionPreview lang={l} questionnaire={q.clone()} {item} {onshow} />
                        { personas_panel(l, &q, *persona_variant, onvariant) }
                        <ResultPreview lang={l} questionnaire={q.clone()} />
                    } else {
                        <p class="notice" role="status">{ st(l, Sk::NoValidYet) }</p>
                    }
                </aside>
            </div>
        </div>
    }
}
