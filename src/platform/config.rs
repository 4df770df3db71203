//! Configuration of one page load: `data-*` attributes on `#app`, overridden by URL parameters.

use crate::i18n::Lang;

/// What the embedding page or URL asks for.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Config {
    /// Language forced by the host (`lang`), beating the remembered choice.
    pub lang: Option<Lang>,
    /// Link of the call to action on the result page (`cta`).
    pub cta_href: Option<String>,
    /// Label of the call to action (`cta-label`).
    pub cta_label: Option<String>,
}

fn param(search: &str, name: &str) -> Option<String> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| {
            js_sys::decode_uri_component(&v.replace('+', " "))
                .map(String::from)
                .unwrap_or_default()
        })
    })
}

/// Reads the configuration of this page load.
pub fn read() -> Config {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let attr = |name: &str| {
        super::document::mount_point().and_then(|el| el.get_attribute(&format!("data-{name}")))
    };
    let get = |name: &str| {
        param(&search, name)
            .or_else(|| attr(name))
            .filter(|v| !v.is_empty())
    };
    Config {
        lang: get("lang").and_then(|c| Lang::from_code(&c)),
        cta_href: get("cta").filter(|h| is_safe_link(h)),
        cta_label: get("cta-label"),
    }
}

/// Only http(s) and relative links: a `javascript:` link from a URL parameter must never run.
pub fn is_safe_link(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with('/')
        || lower.starts_with("mailto:")
        || !lower.contains(':')
}
