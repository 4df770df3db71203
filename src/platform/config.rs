//! Configuration of one page load: URL parameters, else `data-*` attributes on `#app`.
//! Every value is checked here; anything malformed is ignored as if absent.

use crate::i18n::Lang;
use crate::model::VariantId;

/// A colour scheme forced by the host.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Theme {
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// What the embedding page or URL asks for.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Config {
    /// Embed mode (`embed=1`): no page chrome, transparent, reports its height.
    pub embed: bool,
    /// Language forced by the host (`lang`), beating the remembered choice.
    pub lang: Option<Lang>,
    /// Variant to start (`variant`).
    pub variant: Option<VariantId>,
    /// False with `intro=0`: the check starts at once.
    pub hide_intro: bool,
    /// Forced colour scheme (`theme`).
    pub theme: Option<Theme>,
    /// Accent colour (`accent`), `#rgb` or `#rrggbb` only.
    pub accent: Option<String>,
    /// Link of the call to action on the result page (`cta`).
    pub cta_href: Option<String>,
    /// Label of the call to action (`cta-label`).
    pub cta_label: Option<String>,
    /// Address "Ergebnis per E-Mail senden" writes to (`cta-mail`); the visitor's choice without.
    pub cta_mail: Option<String>,
    /// A questionnaire file to use instead of the built-in one (`questionnaire`, same origin).
    pub questionnaire: Option<String>,
    /// Host origins allowed to receive events (`origins`, comma-separated).
    pub origins: Vec<String>,
}

/// The value of `name` in a query string such as `?a=1&b=x%20y`.
pub fn param(search: &str, name: &str) -> Option<String> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| decode(v))
    })
}

fn decode(v: &str) -> String {
    js_sys::decode_uri_component(&v.replace('+', " "))
        .map(String::from)
        .unwrap_or_default()
}

impl Config {
    /// Builds the configuration from a lookup of raw values by name.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Config {
        let get = |name: &str| {
            get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let variant = get("variant").and_then(|v| VariantId::parse(&v));
        Config {
            embed: get("embed").is_some_and(|v| v != "0" && v != "false"),
            lang: get("lang").and_then(|c| Lang::from_code(&c)),
            variant,
            hide_intro: get("intro").is_some_and(|v| v == "0" || v == "false"),
            theme: match get("theme").as_deref() {
                Some("light") => Some(Theme::Light),
                Some("dark") => Some(Theme::Dark),
                _ => None,
            },
            accent: get("accent").filter(|a| is_hex_color(a)),
            cta_href: get("cta").filter(|h| is_safe_link(h)),
            cta_label: get("cta-label"),
            cta_mail: get("cta-mail"),
            questionnaire: get("questionnaire"),
            origins: get("origins")
                .map(|o| parse_origins(&o))
                .unwrap_or_default(),
        }
    }
}

/// Reads the configuration of this page load.
pub fn read() -> Config {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let app = super::document::mount_point();
    Config::from_lookup(|name| {
        param(&search, name).or_else(|| app.as_ref()?.get_attribute(&format!("data-{name}")))
    })
}

/// Only http(s), mailto and relative links: a `javascript:` link from a URL parameter must never run.
pub fn is_safe_link(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    let scheme_free = !lower
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .contains(':');
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        // A relative link stays on the widget's site; `//host` would leave it for any other.
        || (scheme_free && !lower.starts_with("//"))
}

/// `#rgb` or `#rrggbb`: nothing else reaches the stylesheet.
pub fn is_hex_color(v: &str) -> bool {
    let Some(hex) = v.strip_prefix('#') else {
        return false;
    };
    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `https://a.example, http://127.0.0.1:4177` → the well-formed origins, without paths.
pub fn parse_origins(list: &str) -> Vec<String> {
    list.split(',')
        .map(|o| o.trim().trim_end_matches('/'))
        .filter(|o| {
            let rest = o
                .strip_prefix("https://")
                .or_else(|| o.strip_prefix("http://"));
            rest.is_some_and(|r| !r.is_empty() && !r.contains(['/', '?', '#', ' ', '*']))
        })
        .map(String::from)
        .collect()
}

/// `x` to the power 2.4 for `x` in [0, 1], from square roots (a wasm instruction) instead of
/// `powf` (2 KB of libm in the wasm): 0.4 is binary 0.0110 0110 0110 0110…, so
/// 2.4 = 2 + 1/4 + 1/8 + 1/64 + 1/128 + … + 1/16384 + 1/32768 leaves a relative error below 0.002 %.
pub fn pow_2_4(x: f64) -> f64 {
    let mut result = x * x;
    let mut root = x;
    for step in 1..=15 {
        root = root.sqrt(); // x^(1/2^step)
        if step % 4 == 2 || step % 4 == 3 {
            result *= root;
        }
    }
    result
}

/// Black or white, whichever reads better on the accent `#rgb`/`#rrggbb` (WCAG relative luminance).
pub fn text_on(accent: &str) -> &'static str {
    let hex = accent.trim_start_matches('#');
    let channel = |i: usize| -> f64 {
        let v = match hex.len() {
            3 => u8::from_str_radix(&hex[i..i + 1], 16).map(|d| d * 17),
            _ => u8::from_str_radix(hex.get(i * 2..i * 2 + 2).unwrap_or("00"), 16),
        };
        let c = f64::from(v.unwrap_or(0)) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    // Where black and white give the same contrast ratio.
    if luminance > 0.179 {
        "#000000"
    } else {
        "#ffffff"
    }
}
