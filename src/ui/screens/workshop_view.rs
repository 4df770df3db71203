//! The facilitator's view (`#workshop`): results collected by paste, file or camera become an
//! anonymous group picture (from a minimum group size on), dimension means with their spread,
//! and a CSV; a projector view shows the picture large. Kept in localStorage until cleared.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::share_errors::share_code_error;
use crate::i18n::workshop_phrases::{
    below_minimum, entry_label, harvest_summary, remove_label, result_count, ws, Ws,
};
use crate::i18n::{line_label, t, Key, Lang};
use crate::model::{csv, Entries, Questionnaire, Source};
use crate::platform::{document, files, location, storage};
use crate::ui::components::group_picture::{group_picture, pair_list};
use crate::ui::components::scanner::Scanner;
use crate::ui::components::workshop_collect::WorkshopCollect;

/// Storage key of the collected results ([`Entries::to_stored`]).
pub const WORKSHOP_KEY: &str = "seller-check.workshop";
/// Storage key of the session's name, shown in the projector view.
pub const SESSION_KEY: &str = "seller-check.workshop-session";
/// Fewest results the group picture needs unless `?min-group=` says otherwise: 360-degree
/// feedback tools hide groups under three, so that no answer can be traced to one person.
pub const MIN_GROUP: usize = 3;

/// Props of [`WorkshopView`].
#[derive(Properties, PartialEq)]
pub struct WorkshopViewProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire the codes belong to.
    pub questionnaire: Rc<Questionnaire>,
}

/// Lets the facilitator collect results and shows the group.
#[component]
pub fn WorkshopView(props: &WorkshopViewProps) -> Html {
    let (lang, code) = (props.lang, props.lang.code());
    let q = &props.questionnaire;
    let entries = use_state(|| {
        let stored = storage::load(WORKSHOP_KEY).ok().flatten();
        Entries::from_stored(&stored.unwrap_or_default())
    });
    let feedback = use_state(|| None::<String>);
    let session = use_state(|| {
        storage::load(SESSION_KEY)
            .ok()
            .flatten()
            .unwrap_or_default()
    });
    let onsession = {
        let session = session.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let _ = storage::save(SESSION_KEY, &input.value());
                session.set(input.value());
            }
        })
    };
    let projecting = use_state(|| false);
    let min = location::query_param("min-group")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| (1..=99).contains(n))
        .unwrap_or(MIN_GROUP);
    let group = use_memo((q.clone(), (*entries).clone()), |(q, e)| e.group(q));
    let stats = group.stats(q);
    let shown = group.participants.len() >= min;
    let keep = |list: &Entries| {
        let _ = storage::save(WORKSHOP_KEY, &list.to_stored());
    };
    let onadd = {
        let (entries, feedback, q) = (entries.clone(), feedback.clone(), q.clone());
        Callback::from(move |(text, source): (String, Source)| {
            let mut list = (*entries).clone();
            let harvest = list.add(&q, &text, source);
            keep(&list);
            feedback.set(Some(harvest_summary(lang, &harvest)));
            entries.set(list);
        })
    };
    let onremove = |i: usize| {
        let entries = entries.clone();
        Callback::from(move |_| {
            let mut list = (*entries).clone();
            list.remove(i);
            keep(&list);
            entries.set(list);
        })
    };
    let onclear = {
        let (entries, feedback) = (entries.clone(), feedback.clone());
        Callback::from(move |_| {
            let _ = storage::remove(WORKSHOP_KEY);
            feedback.set(None);
            entries.set(Entries::default());
        })
    };
    let oncsv = {
        let (q, group) = (q.clone(), group.clone());
        Callback::from(move |_| {
            location::download(
                "seller-check-workshop.csv",
                "text/csv;charset=utf-8",
                &csv(&q, &group, code),
            )
        })
    };
    // Files dropped anywhere on the view.
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let onadd = onadd.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(list) = files::dropped(&e) {
                let onadd = onadd.clone();
                files::read_texts(list, move |t| onadd.emit((t, Source::File)));
            }
        })
    };
    let onproject = {
        let projecting = projecting.clone();
        Callback::from(move |_| projecting.set(true))
    };
    let onleave = {
        let projecting = projecting.clone();
        Callback::from(move |_| {
            document::leave_full_screen();
            projecting.set(false);
        })
    };
    // Esc closes the projector view, as a dialog's Esc does.
    let onprojectorkey = {
        let onleave = onleave.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => onleave.emit(()),
            // A modal view: Tab stays on its one control.
            "Tab" => {
                e.prevent_default();
                document::focus("projector-close");
            }
            _ => {}
        })
    };
    let was_on = use_mut_ref(|| false);
    {
        // The browser's own Esc ends full screen first: the view closes with it.
        let onleave = onleave.clone();
        use_effect_with(*projecting, move |on| {
            let listener = on.then(|| document::on_full_screen_end(move || onleave.emit(())));
            move || drop(listener)
        });
    }
    use_effect_with(*projecting, move |on| {
        if *on {
            document::full_screen("projector");
            document::focus("projector-heading");
        } else if std::mem::take(&mut *was_on.borrow_mut()) {
            // Closed: the focus goes back to the button that opened it.
            document::focus("projector-open");
        }
        *was_on.borrow_mut() |= *on;
    });

    let number_of = |line: usize| {
        group
            .participants
            .iter()
            .position(|p| p.line == line)
            .map(|i| i + 1)
    };
    let items = entries.0.iter().enumerate().map(|(i, e)| {
        let invalid = group.invalid.iter().find(|l| l.line == i + 1);
        let label = match invalid {
            Some(l) => format!("{}: {}", line_label(lang, l.line), share_code_error(lang, &l.error)),
            None => entry_label(lang, number_of(i + 1), e.source),
        };
        html! {
            <li>
                <span>{ label.clone() }</span>
                <button type="button" class="button quiet small" aria-label={remove_label(lang, &label)} onclick={onremove(i)}>{ ws(lang, Ws::Remove) }</button>
            </li>
        }
    });
    let pairs: Vec<Html> = pair_list(lang, q, &group);
    let picture = || match shown {
        true => group_picture(lang, q, &stats),
        false => {
            html! { <p class="below-minimum">{ below_minimum(lang, min, group.participants.len()) }</p> }
        }
    };
    html! {
        <section class="workshop" aria-labelledby="workshop-heading" {ondragover} {ondrop}>
            <h1 id="workshop-heading">{ ws(lang, Ws::WorkshopTitle) }</h1>
            <p class="no-print">{ ws(lang, Ws::WorkshopIntro) }</p>
            <label class="no-print" for="workshop-session">{ ws(lang, Ws::SessionName) }</label>
            <input id="workshop-session" class="no-print session-name" type="text" maxlength="60" value={(*session).clone()} oninput={onsession} />
            <Scanner {lang} onscan={onadd.reform(|text| (text, Source::Scan))} />
            <WorkshopCollect {lang} onadd={onadd.clone()} />
            <p class="result-count" role="status">
                <strong>{ result_count(lang, group.participants.len()) }</strong>
                if let Some(f) = &*feedback { { " · " }{ f.clone() } }
            </p>
            if !entries.0.is_empty() {
                <section class="entries no-print" aria-labelledby="entries-heading">
                    <h2 id="entries-heading">{ ws(lang, Ws::ListHeading) }</h2>
                    <ol>{ for items }</ol>
                </section>
            }
            <div class="actions no-print">
                <button type="button" id="projector-open" class="button" onclick={onproject}>{ ws(lang, Ws::Projector) }</button>
                <button type="button" class="button" onclick={oncsv} disabled={!shown}>{ ws(lang, Ws::DownloadCsv) }</button>
                <button type="button" class="button" onclick={Callback::from(|_| document::print())}>{ t(lang, Key::Print) }</button>
                <button type="button" class="button" onclick={onclear}>{ ws(lang, Ws::ClearGroup) }</button>
            </div>
            if group.participants.is_empty() {
                <p>{ ws(lang, Ws::WorkshopEmpty) }</p>
            } else {
                { picture() }
                if !pairs.is_empty() {
                    <h2>{ ws(lang, Ws::WorkshopPairs) }</h2>
                    <ul class="pairs">{ for pairs }</ul>
                }
            }
            if *projecting {
                <div id="projector" class="projector" role="dialog" aria-modal="true" aria-labelledby="projector-heading" tabindex="-1" onkeydown={onprojectorkey}>
                    <button id="projector-close" type="button" class="button projector-close" onclick={onleave.reform(|_| ())}>{ ws(lang, Ws::CloseProjector) }</button>
                    <h1 id="projector-heading" tabindex="-1">{ ws(lang, Ws::WorkshopTitle) }</h1>
                    if !session.trim().is_empty() {
                        <p class="projector-session">{ session.trim().to_string() }</p>
                    }
                    <p class="result-count"><strong>{ result_count(lang, group.participants.len()) }</strong></p>
                    { picture() }
                </div>
            }
        </section>
    }
}
