//! The app shell: holds the configuration and the language, picks the screen (the start screen
//! drawn at build time, the app's own, the check, a shared result, the second page's screens),
//! and connects the host page's bridge when embedded.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::model::VariantId;
use crate::platform::bridge::Bridge;
use crate::platform::fetch::FetchError;
use crate::platform::host_messages::{HostCommand, HostEvent};
use crate::platform::{click_guard, config, document, location, panic_screen, storage};
use crate::ui::components::page_frame::{loading, page_frame, Frame};
use crate::ui::default_questionnaire as default;
use crate::ui::hooks::use_questionnaire::{use_questionnaire, Source};
use crate::ui::opening::{opening_lang, use_drawn_screen, Opening, OpeningAction};
use crate::ui::route::{route, Route};
use crate::ui::screens::flow::Flow;
use crate::ui::screens::result_view::{CallToAction, RESULT_HEADING_ID};
use crate::ui::screens::shared_result::shared_result;
use crate::ui::screens::start_screen::{start_screen, StartScreenProps};
use crate::ui::screens::Screens;

/// Props of [`App`]: what one page load opens with.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The screens this page has (every one on the second page).
    pub screens: Screens,
    /// The page's configuration (URL parameters, `data-*` on `#app`).
    pub config: Rc<config::Config>,
    /// The language the app opens in.
    pub lang: Lang,
    /// Mounted beside the start screen drawn at build time, to adopt it (see `ui::start`):
    /// nothing is drawn while that screen is the one to show.
    pub adopt: bool,
}

impl AppProps {
    /// Reads this page load's configuration and language and applies the host's look to the
    /// document; `adopt` is false.
    pub fn read(screens: Screens) -> AppProps {
        let config = config::read();
        document::apply_look(config.embed, config.theme, config.accent.as_deref());
        AppProps {
            screens,
            lang: opening_lang(&config),
            config: Rc::new(config),
            adopt: false,
        }
    }
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let screens = props.screens;
    let opening = {
        let adopt = props.adopt;
        use_reducer(move || Opening::read(adopt))
    };
    let config = props.config.clone();
    // Created during the first render, so `ready` reaches the host before any event of the flow.
    let bridge = use_memo((), |_| {
        let bridge = Bridge::new(config.origins.clone());
        bridge.post(&HostEvent::Ready {
            lang: config.lang.unwrap_or_default().code(),
            variant: config.variant.map(|v| v.as_str()),
        });
        bridge
    });
    // Embedded: the host keeps focus and scroll until the visitor acts in the widget. Set in the
    // first render, before any screen's effect could move the focus.
    let embed = props.config.embed;
    let _held = use_mut_ref(move || embed.then(document::hold_focus_until_visitor_acts));
    let lang = use_state(|| props.lang);
    let source = use_questionnaire(config.questionnaire.clone(), screens);
    let restarts = use_reducer(|| Restarts(0));
    let route = use_state(route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = location::on_hash_change(move || route.set(self::route()));
            move || drop(listener)
        });
    }
    // A screen the first page leaves out (a link pasted into this tab): the second page has it.
    let hand_on =
        screens.0.is_none() && (route.on_more_page() || matches!(*source, Source::Elsewhere));
    use_effect_with(hand_on, |hand_on| {
        if *hand_on {
            location::open_more_page(&location::raw_hash(), true);
        }
    });
    {
        let (bridge, lang, restarts, config) = (
            bridge.clone(),
            lang.clone(),
            restarts.dispatcher(),
            config.clone(),
        );
        use_effect_with((), move |_| {
            let height = bridge.observe_height();
            let guard = click_guard::install();
            let escape = config.embed.then(|| bridge.forward_escape());
            let commands = bridge.listen(move |cmd| match cmd {
                HostCommand::SetLang(l) => lang.set(l),
                HostCommand::Restart => restarts.dispatch(()),
            });
            move || drop((height, escape, commands, guard))
        });
    }
    use_effect_with(*lang, |lang| {
        document::set_language(lang.code(), t(*lang, Key::Title));
        panic_screen::prepare(*lang);
    });

    let onlang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            let _ = storage::save(storage::LANG_KEY, l.code());
            lang.set(l);
        })
    };
    let cta = CallToAction {
        href: config.cta_href.clone().map(Into::into),
        label: config.cta_label.clone().map(Into::into),
        mail: config.cta_mail.clone().map(Into::into),
    };
    let onhost = {
        let bridge = bridge.clone();
        Callback::from(move |e: HostEvent| bridge.post(&e))
    };
    // A shared result takes focus when it appears and when its code changes.
    let shared = match (&*source, &*route) {
        (Source::Ready(_), Route::Shared(code)) => Some(code.clone()),
        _ => None,
    };
    use_effect_with(shared, |shared| {
        if shared.is_some() {
            document::focus(RESULT_HEADING_ID);
        }
    });
    // The start screen is the app's own until a variant is chosen (Flow takes over then), so
    // the questionnaire's arrival changes nothing on it: no element under a pointer or the
    // focus is replaced.
    let counts = match &*source {
        Source::Ready(q) => Some((
            q.variant_items(VariantId::Quick).len(),
            q.variant_items(VariantId::Full).len(),
        )),
        Source::Loading if config.questionnaire.is_none() => default::DEFAULT_COUNTS,
        _ => None,
    };
    // A variant chosen on the app's start screen: Flow opens on its first question.
    let onstart = opening
        .dispatcher()
        .to_callback()
        .reform(OpeningAction::Choose);
    let own_start = opening.chosen.is_none()
        && !opening.saved
        && !config.hide_intro
        && !hand_on
        && matches!(&*route, Route::Check | Route::Join(_));
    let body = match (&*source, counts) {
        (Source::Loading | Source::Ready(_), Some((quick_count, full_count))) if own_start => {
            start_screen(&StartScreenProps {
                lang: *lang,
                quick_count,
                full_count,
                link_query: location::query_and_fragment().into(),
                onstart: onstart.clone(),
                past: opening.past,
            })
        }
        (Source::Loading, _) => loading(*lang),
        (Source::Ready(q), _) => match &*route {
            Route::Shared(code) => shared_result(*lang, q, code),
            _ if hand_on => loading(*lang),
            route @ (Route::Workshop
            | Route::Compare(_)
            | Route::Invite(_)
            | Route::Results
            | Route::Then(_)
            | Route::Remind(_)) => screens
                .0
                .map(|m| (m.route)(*lang, q, route))
                .unwrap_or_default(),
            Route::Check | Route::Join(_) | Route::Comparison => html! {
                <Flow lang={*lang} questionnaire={q.clone()} {cta} {onhost} {screens} embedded={config.embed}
                    comparison={*route == Route::Comparison}
                    autostart={config.hide_intro.then(|| config.variant.unwrap_or_default())}
                    restarts={restarts.0} start={opening.chosen} onnotice={opening.dispatcher().to_callback().reform(OpeningAction::Tell)}
                    session={if let Route::Join(label) = &*route { Some(label.clone()) } else { None }}
                    storage_key={crate::ui::saved::session_key(config.questionnaire.is_some(), q)} />
            },
        },
        (Source::Broken(errors), _) => screens
            .0
            .map(|m| (m.content_errors)(*lang, errors))
            .unwrap_or_default(),
        (Source::Elsewhere, _) => loading(*lang),
        (Source::Unreachable(e), _) => html! {
            <section class="content-error" role="alert">
                <h1>{ t(*lang, match e { FetchError::NotSameOrigin => Key::QuestionnaireForeign, FetchError::Unreachable => Key::QuestionnaireUnreachable }) }</h1>
            </section>
        },
    };
    // The start screen drawn at build time stays as long as it is the screen to show: German,
    // not embedded, the built-in questionnaire, no notice. The visitor's click on one of its
    // links (start, language) or anything else that changes the screen ends that, and the app's
    // own drawing replaces it.
    let keeps_drawn = opening.adopting
        && !opening.past
        && own_start
        && *lang == Lang::De
        && opening.notices.shown.is_empty()
        && config.questionnaire.is_none()
        && counts == default::DEFAULT_COUNTS
        && !config.embed;
    use_drawn_screen(keeps_drawn, opening.clone(), onstart, onlang.clone());
    if keeps_drawn {
        return Html::default();
    }
    let frame = Frame {
        lang: *lang,
        embed: config.embed,
        link_query: &location::query_and_fragment(),
        notices: opening.notices.shown.clone(),
        ondismiss: opening
            .dispatcher()
            .to_callback()
            .reform(OpeningAction::Dismiss),
        onlang,
    };
    page_frame(&frame, body)
}

/// How often the host asked to restart; Flow restarts when it changes.
#[derive(PartialEq)]
struct Restarts(u32);

impl Reducible for Restarts {
    type Action = ();
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Restarts(self.0.wrapping_add(1)))
    }
}
