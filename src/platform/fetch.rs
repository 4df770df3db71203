//! Loads a questionnaire file from the app's own origin.
//!
//! web-sys's fetch rather than gloo-net: the one request the app makes needs an origin check
//! and text or bytes, which this is; gloo-net would add its request builder and error types
//! to the first page for that.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be loaded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FetchError {
    /// The URL is malformed or points to another origin.
    NotSameOrigin,
    /// The network or the server failed (including HTTP errors).
    Unreachable,
}

/// Fetches `url` (relative to the page) as text, refusing other origins.
pub async fn same_origin_text(url: &str) -> Result<String, FetchError> {
    let response = same_origin(url).await?;
    let text = JsFuture::from(response.text().map_err(|_| FetchError::Unreachable)?)
        .await
        .map_err(|_| FetchError::Unreachable)?;
    text.as_string().ok_or(FetchError::Unreachable)
}

/// Fetches `url` (relative to the page) as bytes, refusing other origins.
pub async fn same_origin_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let response = same_origin(url).await?;
    let buffer = JsFuture::from(
        response
            .array_buffer()
            .map_err(|_| FetchError::Unreachable)?,
    )
    .await
    .map_err(|_| FetchError::Unreachable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The response to `url` (relative to the page) when it is of this origin and succeeded.
async fn same_origin(url: &str) -> Result<web_sys::Response, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Unreachable)?;
    let here = window
        .location()
        .href()
        .map_err(|_| FetchError::Unreachable)?;
    let resolved =
        web_sys::Url::new_with_base(url, &here).map_err(|_| FetchError::NotSameOrigin)?;
    if Some(resolved.origin()) != super::document::origin() {
        return Err(FetchError::NotSameOrigin);
    }
    let response = JsFuture::from(window.fetch_with_str(&resolved.href()))
        .await
        .map_err(|_| FetchError::Unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Unreachable)?;
    if !response.ok() {
        return Err(FetchError::Unreachable);
    }
    Ok(response)
}
