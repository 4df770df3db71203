//! JSON for what the app keeps in storage (sessions, outside views).

/// serde-json-core: JSON with a fraction of the code serde_json or serde-wasm-bindgen cost the
/// first page (138.6 KB gzip of wasm against 147.0 and 144.3, measured, issue 16); questionnaire
/// files are read with serde_json (`read.rs`). Strings are unescaped; numbers are whole; a
/// repeated map key keeps its last value, a repeated field is refused; unknown fields are
/// ignored; anything after the value is refused.
pub struct SmallJson;

impl SmallJson {
    /// `text` as a `T`; `None` when it is not JSON or not of that shape.
    pub fn read<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
        let mut unescaped = vec![0; text.len()];
        let (value, used) = serde_json_core::from_str_escaped(text, &mut unescaped).ok()?;
        // Nothing but whitespace after the value.
        text[used..].trim().is_empty().then_some(value)
    }

    /// `value` as compact JSON; `None` if it cannot be written.
    pub fn write<T: serde::Serialize>(value: &T) -> Option<String> {
        // The stored data is a few KB; the buffer grows until it fits (at most 1 MB).
        let mut size = 4096;
        while size <= 1 << 20 {
            let mut buffer = vec![0; size];
            match serde_json_core::to_slice(value, &mut buffer) {
                Ok(len) => {
                    buffer.truncate(len);
                    return String::from_utf8(buffer).ok();
                }
                Err(serde_json_core::ser::Error::BufferFull) => size *= 4,
                Err(_) => return None,
            }
        }
        None
    }
}
