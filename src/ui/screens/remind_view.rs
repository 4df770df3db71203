//! The reminder to take the check again (issue 19), `#remind=<code>`: a calendar event 90 days
//! from today (RFC 5545, src/model/reminder.rs) with the link to this result and the link to
//! start again, saved as a file on the visitor's device; nothing is sent anywhere.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::more_strings::{mt, Mk};
use crate::i18n::share_errors::share_code_error;
use crate::i18n::then_phrases::remind_intro;
use crate::i18n::Lang;
use crate::model::{
    decode, reminder_file_name, reminder_ics, CivilDate, Questionnaire, ReminderTexts,
};
use crate::platform::{document, location};

/// Days until the reminder: a quarter, long enough for a lever to move.
pub const REMIND_AFTER_DAYS: u32 = 90;

/// Props of [`RemindView`].
#[derive(Properties, PartialEq)]
pub struct RemindViewProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire the code belongs to.
    pub questionnaire: Rc<Questionnaire>,
    /// The result's link code.
    pub code: AttrValue,
}

/// The reminder's date and its download.
#[component]
pub fn RemindView(props: &RemindViewProps) -> Html {
    let lang = props.lang;
    use_effect_with((), |_| document::focus("remind-heading"));
    let (year, month, day) = document::today();
    let today = CivilDate { year, month, day };
    let date = today.plus_days(REMIND_AFTER_DAYS);
    let iso = date.iso();
    let body = match decode(&props.questionnaire, &props.code) {
        Err(e) => html! { <p class="then-problem" role="alert">{ share_code_error(lang, &e) }</p> },
        Ok(_) => {
            let (code, day) = (props.code.clone(), iso.clone());
            let onclick = Callback::from(move |_| {
                let page = location::page_url();
                let texts = ReminderTexts {
                    summary: mt(lang, Mk::RemindSummary),
                    description_intro: mt(lang, Mk::RemindDescription),
                    result_label: mt(lang, Mk::RemindResultLabel),
                    restart_label: mt(lang, Mk::RemindRestartLabel),
                };
                let host = document::origin().unwrap_or_default();
                // Unique per result and day (RFC 5545 3.8.4.7): the same reminder saved twice is
                // one event in the calendar.
                let site = host.split("://").nth(1).unwrap_or("seller-check");
                let uid = format!("{code}-{day}@{site}");
                let ics = reminder_ics(
                    today,
                    REMIND_AFTER_DAYS,
                    &texts,
                    &format!("{page}#r={code}"),
                    &page,
                    &uid,
                );
                location::download(&reminder_file_name(date), "text/calendar", &ics);
            });
            html! {
                <>
                    <p>{ remind_intro(lang, &iso) }</p>
                    <button type="button" class="button primary" {onclick}>{ mt(lang, Mk::RemindDownload) }</button>
                </>
            }
        }
    };
    html! {
        <article class="remind" aria-labelledby="remind-heading">
            <h1 id="remind-heading" tabindex="-1">{ mt(lang, Mk::RemindTitle) }</h1>
            { body }
            <div class="actions no-print">
                <a class="button" href={format!("{}#r={}", location::page_url(), props.code)}>{ "← " }{ mt(lang, Mk::BackToResult) }</a>
            </div>
        </article>
    }
}
