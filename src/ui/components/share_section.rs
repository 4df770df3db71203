//! Sharing a finished check: the link (copy with confirmation), a QR code and a short code to read aloud.

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::model::{encode, to_link_code, to_short_code, Answers, Questionnaire, VariantId};
use crate::platform::location;
use crate::ui::components::copy_field::CopyField;
use crate::ui::components::qr_code::qr_code;

/// What [`share_section`] shows.
pub struct ShareSectionProps {
    /// UI language.
    pub lang: Lang,
    /// The read-only result link (`…#r=<code>`).
    pub link: AttrValue,
    /// The same code in short, readable form.
    pub short_code: AttrValue,
    /// Workshop session label: the QR code is shown large for the facilitator to collect.
    pub session: Option<AttrValue>,
}

/// Offers the link, its QR code and the short code.
pub fn share_section(props: &ShareSectionProps) -> Html {
    let lang = props.lang;
    html! {
        <section class={classes!("share", props.session.is_some().then_some("session"))} aria-labelledby="share-heading">
            <h2 id="share-heading">{ t(lang, Key::ShareTitle) }</h2>
            if let Some(label) = &props.session {
                <p class="session-label">{ t(lang, Key::SessionLabel) }{ " " }<strong>{ label.clone() }</strong></p>
                <p>{ t(lang, Key::SessionHint) }</p>
                <a class="button" href={result_file(&props.link, &props.short_code)} download="seller-check-result.txt" data-share-file="">
                    { t(lang, Key::SaveResultFile) }
                </a>
            } else {
                <p>{ t(lang, Key::ShareHint) }</p>
            }
            <div class="share-body">
                { qr_code(&props.link, t(lang, Key::QrLabel).into()) }
                <div class="share-text">
                    <CopyField {lang} id="share-link" label={t(lang, Key::ShareLink)} value={props.link.clone()}
                        button={Key::CopyLink} done={Key::LinkCopied} />
                    <p class="short-label">{ t(lang, Key::ShortCode) }</p>
                    <p class="short-code"><code>{ props.short_code.clone() }</code></p>
                </div>
            </div>
        </section>
    }
}

/// The result as a small text file for the facilitator, as a `data:` address to download: the
/// link (which the workshop view finds in any text) and the short code, nothing else. Where the
/// browser can share files, scripts/first_page.js hands it to the system's share sheet instead.
fn result_file(link: &AttrValue, short: &AttrValue) -> String {
    format!(
        "data:text/plain;charset=utf-8,{}",
        location::encode(&format!("{link}\n{short}\n"))
    )
}

/// The read-only result link of a run (`<this page>#r=<code>`) and its short code.
pub fn share_links(q: &Questionnaire, variant: VariantId, answers: &Answers) -> (String, String) {
    let bytes = encode(q, variant, answers);
    (
        format!("{}#r={}", location::page_url(), to_link_code(&bytes)),
        to_short_code(&bytes),
    )
}
