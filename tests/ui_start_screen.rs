//! The start screen rendered to HTML natively (Yew SSR): German by default, English complete.
#![cfg(not(target_arch = "wasm32"))]

use seller_check::i18n::Lang;
use seller_check::model::VariantId;
use seller_check::ui::screens::start_screen::{start_href, start_screen, StartScreenProps};
use yew::prelude::*;
use yew::LocalServerRenderer;

/// The language to render in; `start_screen` is a plain function, so the test mounts it in a component of its own.
#[derive(Properties, PartialEq)]
struct Host {
    lang: Lang,
    #[prop_or_default]
    past: bool,
}

#[component]
fn StartScreenHost(props: &Host) -> Html {
    start_screen(&StartScreenProps {
        lang: props.lang,
        quick_count: 12,
        full_count: 30,
        link_query: "?lang=en&variant=full&cta=https://x.example/a#join=Team".into(),
        onstart: Callback::noop(),
        past: props.past,
    })
}

async fn render(lang: Lang) -> String {
    LocalServerRenderer::<StartScreenHost>::with_props(Host { lang, past: false })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn start_screen_speaks_german_by_default() {
    let html = render(Lang::default()).await;
    assert!(html.contains("Briefträger oder Partner?"), "{html}");
    assert!(html.contains("Kurzcheck starten"));
    assert!(html.contains("Vollständigen Check starten"));
    assert!(html.contains("12 Fragen · etwa 3 Minuten"), "{html}");
    assert!(html.contains("30 Fragen · etwa 8 Minuten"), "{html}");
    assert!(html.contains("verlassen diesen Browser nicht"));
}

#[tokio::test]
async fn start_screen_in_english_has_no_german_left() {
    let html = render(Lang::En).await;
    assert!(html.contains("Mail carrier or partner?"));
    assert!(html.contains("12 questions · about 3 minutes"));
    assert!(html.contains("Start the full check"));
    for german in ["Fragen", "Minuten", "starten", "Browser nicht"] {
        assert!(
            !html.contains(german),
            "German '{german}' in English page: {html}"
        );
    }
}

/// The first screen written into index.html at build time (src/bin/prerender.rs).
#[component]
fn FirstScreenHost() -> Html {
    seller_check::ui::components::page_frame::first_screen(Some((12, 30))).unwrap_or_default()
}

#[tokio::test]
async fn first_screen_is_the_german_start_screen_with_language_switch_and_landmarks() {
    let html = LocalServerRenderer::<FirstScreenHost>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(
        html.starts_with("<header class=\"topbar no-print\">"),
        "{html}"
    );
    assert!(html.contains("<main id=\"main\">"), "{html}");
    assert!(html.contains("<footer class=\"footer\">"), "{html}");
    assert!(html.contains("aria-current=\"true\">Deutsch</a>"), "{html}");
    assert!(html.contains("Briefträger oder Partner?"));
    assert!(html.contains("12 Fragen · etwa 3 Minuten"));
    assert!(html.contains("30 Fragen · etwa 8 Minuten"));
}

#[test]
fn no_first_screen_without_counts() {
    assert!(seller_check::ui::components::page_frame::first_screen(None).is_none());
}

/// The start controls are links that open the variant's first question, so they work before the
/// app runs; they keep the page's settings and fragment and replace `intro` and `variant`.
#[tokio::test]
async fn start_controls_are_links_to_the_first_question() {
    let html = render(Lang::En).await;
    assert!(
        html.contains(
            "href=\"?lang=en&amp;cta=https://x.example/a&amp;intro=0&amp;variant=quick#join=Team\""
        ),
        "{html}"
    );
    assert!(
        html.contains("intro=0&amp;variant=full#join=Team"),
        "{html}"
    );
    assert!(!html.contains("<button"), "{html}");
    for (query, variant, href) in [
        ("", VariantId::Quick, "?intro=0&variant=quick"),
        ("?", VariantId::Full, "?intro=0&variant=full"),
        (
            "?intro=1&variant=quick",
            VariantId::Full,
            "?intro=0&variant=full",
        ),
        (
            "?lang=en",
            VariantId::Quick,
            "?lang=en&intro=0&variant=quick",
        ),
        ("#join=A", VariantId::Quick, "?intro=0&variant=quick#join=A"),
        (
            "?embed=1&introduce=2#",
            VariantId::Quick,
            "?embed=1&introduce=2&intro=0&variant=quick",
        ),
    ] {
        assert_eq!(start_href(query, variant), href, "{query}");
    }
}

/// The first screen's controls are links that say what they do, so they work before the app
/// runs, and the app, adopting the screen, reads them (src/platform/first_screen.rs).
#[tokio::test]
async fn first_screen_controls_are_links() {
    let html = LocalServerRenderer::<FirstScreenHost>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(!html.contains("<button"), "{html}");
    assert!(html.contains("class=\"notices\"></div>"), "{html}");
    assert!(
        html.contains("href=\"?intro=0&amp;variant=quick\""),
        "{html}"
    );
    // The language switch works before the app runs, too: links to the page in each language.
    assert!(html.contains("href=\"?lang=en\""), "{html}");
    assert!(html.contains("href=\"?lang=de\""), "{html}");
}

#[test]
fn page_links_replace_their_parameters_and_keep_the_rest() {
    use seller_check::platform::location::page_link;
    for (query, set, link) in [
        ("", &[("lang", "en")][..], "?lang=en"),
        (
            "?lang=de&variant=full",
            &[("lang", "en")][..],
            "?variant=full&lang=en",
        ),
        (
            "?language=x#r=AB",
            &[("lang", "de")][..],
            "?language=x&lang=de#r=AB",
        ),
        ("?a=1&&b=2", &[("a", "3"), ("c", "4")][..], "?b=2&a=3&c=4"),
    ] {
        assert_eq!(page_link(query, set), link, "{query}");
    }
}

/// Issue 19: with earlier results kept, the start screen leads to them (the list is the second
/// page's); without, it does not mention them.
#[tokio::test]
async fn start_screen_leads_to_earlier_results_only_when_some_are_kept() {
    let with = LocalServerRenderer::<StartScreenHost>::with_props(Host {
        lang: Lang::De,
        past: true,
    })
    .hydratable(false)
    .render()
    .await;
    assert!(with.contains(r##"href="#results""##), "{with}");
    assert!(with.contains("Ihre bisherigen Ergebnisse"));
    let without = render(Lang::De).await;
    assert!(!without.contains("#results"), "{without}");
}
