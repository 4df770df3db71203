//! One question on screen: progress, the situation of a scenario, native radios in a fieldset,
//! back and forward, and keyboard shortcuts that act only while the question has focus (WCAG 2.1.4).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{keyboard_hint, minutes_left, question_of, t, Key, Lang};
use crate::model::{estimate_minutes, Answer, Item, Perspective, Questionnaire};
use crate::platform::{click_guard, document, timer};
use crate::ui::question_options::options;

/// Id of the question heading; focus moves here on every new question.
pub const HEADING_ID: &str = "question-heading";
/// Pause between a pointer click on an option and the next question, so the choice is seen,
/// in milliseconds.
const AUTO_ADVANCE_MS: u32 = 150;
/// A pointer press on "Weiter" this soon after an option click that went on by itself is the
/// habit of confirming the answer (ms): the option already went on, so it is not a skip.
const HABIT_MS: f64 = 1_000.0;

/// Props of [`QuestionView`].
#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    /// UI language.
    pub lang: Lang,
    /// The questionnaire, for texts and scale labels.
    pub questionnaire: Rc<Questionnaire>,
    /// Id of the item on screen.
    pub item_id: AttrValue,
    /// 0-based index of the question within the variant.
    pub index: usize,
    /// Number of questions in the variant.
    pub total: usize,
    /// Name of the variant, the page's main heading.
    pub variant_name: AttrValue,
    /// The answer given so far.
    pub answer: Option<Answer>,
    /// Called with an answer and the milliseconds the question was visible before it.
    pub onanswer: Callback<(Answer, u32)>,
    /// Called to go on; carries the index the request was made on.
    pub onnext: Callback<usize>,
    /// Called to go back.
    pub onback: Callback<()>,
    /// Who answers: the seller, or someone else about them (outside wording).
    #[prop_or_default]
    pub perspective: Perspective,
    /// The last button's label (the result, or the code for an outside view).
    #[prop_or(Key::ShowResult)]
    pub finish: Key,
}

/// Shows one question and reports answers and navigation.
#[component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    let lang = props.lang;
    let q = &props.questionnaire;
    let shown_at = use_mut_ref(document::now_ms);
    // The pending move on after a click: dropped (cancelled) when the question changes or the
    // view goes, so a click never moves on from a question it was not made on.
    let advance = use_mut_ref(|| None::<timer::Timeout>);
    // When an option was clicked and went on by itself: a "Weiter" pressed right after is that
    // habit's, aimed at the question already answered.
    let went_on = use_mut_ref(|| f64::NEG_INFINITY);
    {
        let (shown_at, advance) = (shown_at.clone(), advance.clone());
        use_effect_with(props.item_id.clone(), move |_| {
            *shown_at.borrow_mut() = document::now_ms();
            click_guard::screen_changed();
            document::focus(HEADING_ID);
            move || drop(advance.borrow_mut().take())
        });
    }
    let Some(item) = q.item(&props.item_id) else {
        return Html::default();
    };
    let opts = options(q, item, lang, props.perspective);
    let (index, last) = (props.index, props.index + 1 == props.total);

    let answer = {
        let (onanswer, shown_at) = (props.onanswer.clone(), shown_at.clone());
        let went_on = went_on.clone();
        Callback::from(move |a: Answer| {
            // An answer here: the habit's press is over, what comes next is aimed here.
            *went_on.borrow_mut() = f64::NEG_INFINITY;
            let now = document::now_ms();
            let ms = (now - *shown_at.borrow()).clamp(0.0, u32::MAX as f64) as u32;
            *shown_at.borrow_mut() = now;
            onanswer.emit((a, ms));
        })
    };
    let onkeydown = {
        let (answer, onnext, onback) = (answer.clone(), props.onnext.clone(), props.onback.clone());
        let opts: Vec<(Answer, char)> = opts.iter().map(|(a, k, _)| (*a, *k)).collect();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            let key = e.key();
            // A held key repeats: one question per press.
            if e.repeat() && matches!(key.as_str(), "Enter" | "ArrowRight" | "ArrowLeft") {
                e.prevent_default();
                return;
            }
            #[cfg(feature = "panic-trigger")]
            if key == "!" {
                panic!("panic trigger of a test build");
            }
            let on_button = e.target_dyn_into::<web_sys::HtmlButtonElement>().is_some();
            let picked = key
                .chars()
                .next()
                .filter(|_| key.chars().count() == 1)
                .and_then(|c| {
                    let c = c.to_ascii_uppercase();
                    opts.iter().enumerate().find(|(i, (a, k))| {
                        *k == c || (*a != Answer::NotApplicable && char::from(b'1' + *i as u8) == c)
                    })
                });
            if let Some((_, (a, _))) = picked {
                e.prevent_default();
                answer.emit(*a);
            } else if key == "ArrowRight" || (key == "Enter" && !on_button) {
                e.prevent_default();
                onnext.emit(index);
            } else if key == "ArrowLeft" {
                e.prevent_default();
                onback.emit(());
            }
        })
    };
    let name = format!("answer-{}", props.item_id);
    let instruction = match item {
        Item::Likert(l) => q.instructions.get(&l.scale),
        Item::Scenario(_) => None,
    };
    let number = index + 1;
    let progress = question_of(lang, number, props.total);
    let remaining = minutes_left(lang, estimate_minutes(props.total - index));
    let moving_on = props.answer.is_some();
    let onnext_click = {
        let (onnext, went_on) = (props.onnext.clone(), went_on.clone());
        Callback::from(move |e: MouseEvent| {
            let habit = e.detail() > 0 && click_guard::pressed_at() - *went_on.borrow() < HABIT_MS;
            if !habit {
                onnext.emit(index);
            }
        })
    };
    // Only the keys that work on this question.
    let choices: Vec<char> = opts
        .iter()
        .filter(|o| o.0 != Answer::NotApplicable)
        .map(|o| o.1)
        .collect();
    let zero = opts
        .iter()
        .find(|o| o.0 == Answer::NotApplicable)
        .map(|o| o.2);
    let hint = keyboard_hint(
        lang,
        choices.first().copied().unwrap_or('1'),
        choices.last().copied().unwrap_or('1'),
        zero,
        index > 0,
    );

    html! {
        <section class="question" aria-labelledby={HEADING_ID} {onkeydown}>
            <h1 class="eyebrow">{ props.variant_name.clone() }</h1>
            <div class="progress">
                <p class="progress-text" aria-hidden="true">{ format!("{progress} · {remaining}") }</p>
                <progress max={props.total.to_string()} value={number.to_string()} aria-label={progress.clone()} />
                <p class="visually-hidden" aria-live="polite">{ progress }</p>
            </div>
            if let Item::Scenario(s) = item {
                <div class="situation">
                    <p class="situation-label">{ t(lang, Key::Situation) }</p>
                    <p>{ q.tr(s.situation_for(props.perspective), lang.code()) }</p>
                </div>
            }
            if let Some(line) = instruction {
                <p class="instruction">{ q.tr(line, lang.code()) }</p>
            }
            <fieldset class={classes!("options", matches!(item, Item::Scenario(_)).then_some("scenario"))}>
                <legend><h2 id={HEADING_ID} tabindex="-1">{ q.tr(item.text_for(props.perspective), lang.code()) }</h2></legend>
                { for opts.iter().map(|(a, key, label)| {
                    let checked = props.answer == Some(*a);
                    let (a, answer, onnext) = (*a, answer.clone(), props.onnext.clone());
                    let (advance, went_on) = (advance.clone(), went_on.clone());
                    let onclick = Callback::from(move |e: MouseEvent| {
                        answer.emit(a);
                        // A pointer click goes on by itself; keyboard-made clicks (detail 0) do not.
                        if e.detail() > 0 {
                            *went_on.borrow_mut() = e.time_stamp();
                            let onnext = onnext.clone();
                            let next = timer::after(AUTO_ADVANCE_MS, move || onnext.emit(index));
                            *advance.borrow_mut() = Some(next);
                        }
                    });
                    html! {
                        <label class={classes!("option", checked.then_some("checked"), (a == Answer::NotApplicable).then_some("not-applicable"))}>
                            <input type="radio" name={name.clone()} {checked} {onclick} />
                            <span class="key" aria-hidden="true">{ *key }</span>
                            <span class="label">{ *label }</span>
                        </label>
                    }
                }) }
            </fieldset>
            <div class="nav">
                <button type="button" class="button" disabled={index == 0} onclick={props.onback.reform(|_| ())}>
                    { "← " }{ t(lang, Key::Back) }
                </button>
                // Answering is the way on: only an answered question's button stands out; skipping,
                // the last question's too, is quiet.
                <button type="button" class={classes!("button", if moving_on { "primary" } else { "quiet" })} onclick={onnext_click}>
                    { t(lang, if last { props.finish } else if props.answer.is_some() { Key::Next } else { Key::Skip }) }{ " →" }
                </button>
            </div>
            <p class="keyboard-hint">{ hint }</p>
        </section>
    }
}
