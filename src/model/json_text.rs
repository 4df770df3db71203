//! Which JSON reader turns stored text into the model's types.

/// Reads and writes JSON text with serde: [`SerdeJson`] for questionnaire files (every
/// number, every escape), [`SmallJson`] for what the app keeps in storage.
pub trait JsonText {
    /// `text` as a `T`; `None` when it is not JSON or not of that shape.
    fn read<T: serde::de::DeserializeOwned>(text: &str) -> Option<T>;
    /// `value` as compact JSON; `None` if it cannot be written.
    fn write<T: serde::Serialize>(value: &T) -> Option<String>;
}

/// serde_json: repeated keys keep their last value, unknown fields are ignored.
pub struct SerdeJson;

impl JsonText for SerdeJson {
    fn read<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
        serde_json::from_str(text).ok()
    }
    fn write<T: serde::Serialize>(value: &T) -> Option<String> {
        serde_json::to_string(value).ok()
    }
}

/// serde-json-core: the JSON of the app's own stored data (sessions, outside views), with a
/// fraction of the code serde_json or serde-wasm-bindgen cost the first page (134.7 KB gzip of
/// wasm against 150.5 and 147.8, measured, issue 16). Strings are unescaped; numbers are whole
/// numbers or plain decimals; repeated map keys keep their last value; unknown fields are
/// ignored.
pub struct SmallJson;

impl JsonText for SmallJson {
    fn read<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
        let mut unescaped = vec![0; text.len()];
        let (value, used) = serde_json_core::from_str_escaped(text, &mut unescaped).ok()?;
        // Nothing but whitespace after the value.
        text[used..].trim().is_empty().then_some(value)
    }

    fn write<T: serde::Serialize>(value: &T) -> Option<String> {
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
