//! The address: the fragment that carries share codes and modes, and links built from it.
//! Fragments never reach a server, which is why results travel there.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

/// The fragment without `#`, decoded.
pub fn hash() -> String {
    let raw = raw_hash();
    js_sys::decode_uri_component(&raw)
        .map(String::from)
        .unwrap_or(raw)
}

/// The second page: the screens the first load leaves out (workshop, comparisons, outside views).
pub const MORE_PAGE: &str = "more.html";

/// The check's own address (origin and path): on the second page, the folder both pages share.
fn base(location: &web_sys::Location) -> String {
    let path = location.pathname().unwrap_or_default();
    let path = path.strip_suffix(MORE_PAGE).unwrap_or(&path);
    format!("{}{path}", location.origin().unwrap_or_default())
}

/// This page's address for links that leave an embed: without fragment, and of the query
/// only what the result depends on (`lang`, `questionnaire`); embed mode and host origins stay behind.
/// Links always name the first page; it hands the screens it leaves out to the second.
pub fn page_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let base = base(&location);
    let search = location.search().unwrap_or_default();
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| p.starts_with("lang=") || p.starts_with("questionnaire="))
        .collect();
    if kept.is_empty() {
        base
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

/// Opens `#fragment` on the second page, keeping the whole query (embed settings included).
/// `replace`: instead of this entry in the history (a link the first page cannot show).
pub fn open_more_page(fragment: &str, replace: bool) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let base = base(&location);
    let base = base.rsplit_once('/').map_or(base.as_str(), |(dir, _)| dir);
    let url = format!(
        "{base}/{MORE_PAGE}{}#{fragment}",
        location.search().unwrap_or_default()
    );
    let _ = if replace {
        location.replace(&url)
    } else {
        location.assign(&url)
    };
}

/// The query and the fragment as they stand in the address (`?lang=en#join=x`, or empty).
pub fn query_and_fragment() -> String {
    web_sys::window()
        .map(|w| {
            let l = w.location();
            format!(
                "{}{}",
                l.search().unwrap_or_default(),
                l.hash().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// The address `query` (this page's query and fragment as they stand, `?lang=en#join=x`, or
/// empty) with each `(name, value)` of `set` in place of any parameter of that name, appended
/// in order, the fragment kept: `page_link("?lang=en&intro=1", &[("intro", "0")])` is
/// `?lang=en&intro=0`.
pub fn page_link(query: &str, set: &[(&str, &str)]) -> String {
    let (search, fragment) = query.split_once('#').unwrap_or((query, ""));
    // Every parameter after a '&'; the first '&' becomes the '?'.
    let mut link = String::new();
    for p in search.trim_start_matches('?').split('&') {
        let name = p.split('=').next().unwrap_or_default();
        if !p.is_empty() && set.iter().all(|(n, _)| *n != name) {
            link.push('&');
            link.push_str(p);
        }
    }
    for (n, v) in set {
        link.push('&');
        link.push_str(n);
        link.push('=');
        link.push_str(v);
    }
    link.replace_range(..link.len().min(1), "?");
    if !fragment.is_empty() {
        link.push('#');
        link.push_str(fragment);
    }
    link
}

/// The fragment without `#`, as it stands in the address (not decoded).
pub fn raw_hash() -> String {
    let raw = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    raw.strip_prefix('#').unwrap_or(&raw).to_string()
}

/// Calls `onchange` whenever the fragment changes (a pasted link in the same tab), for as long
/// as the returned listener is kept; dropping it removes the listener.
pub fn on_hash_change(onchange: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        onchange()
    }))
}

/// Percent-encodes a fragment value such as a session label.
pub fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

/// Copies `text` to the clipboard; `false` when the browser refuses.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `text` as a file download named `name` (a Blob link, nothing leaves the browser).
pub fn download(name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsValue;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Sets the fragment (without `#`), which fires `hashchange`.
pub fn set_hash(value: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(value);
    }
}

thread_local! {
    /// This page load's mark on the history entries it records: a random number, so that an
    /// entry of another load of the page (one Back leads into) is never taken for one of this
    /// load's, whatever run numbers the two counted.
    static LOAD: f64 = js_sys::Math::random();
}

/// Records `step` (a screen of the check) as a new history entry of this page, or in place of
/// the current one (`replace`): the address stays as it is, so Back and Forward move between
/// the check's screens without leaving the page. The entry's state is `[load, step]`.
pub fn record_step(step: i32, replace: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = js_sys::Array::of2(&LOAD.with(|l| (*l).into()), &step.into());
    let _ = if replace {
        history.replace_state(&state, "")
    } else {
        history.push_state(&state, "")
    };
}

/// Calls `f` with the step of the entry Back or Forward arrived at (`None`: an entry this load
/// of the page did not record, such as the page's own or another load's), for as long as the
/// returned listener is kept.
pub fn on_step(f: impl Fn(Option<i32>) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        let state = web_sys::window().and_then(|w| w.history().ok()?.state().ok());
        let entry = state.and_then(|s| s.dyn_into::<js_sys::Array>().ok());
        let ours = entry.filter(|e| e.get(0).as_f64() == Some(LOAD.with(|l| *l)));
        f(ours.and_then(|e| e.get(1).as_f64()).map(|n| n as i32))
    }))
}

/// The value of query parameter `name` in this page's address, if it has one.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    super::config::param(&search, name)
}
