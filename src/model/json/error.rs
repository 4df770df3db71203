//! Why a text is not JSON: a kind and the byte offset where the reader noticed.

/// Why a text is not JSON, and at which byte offset the reader noticed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset of the offending character (the text's length at the end).
    pub at: usize,
    /// What is wrong.
    pub kind: JsonErrorKind,
}

/// What is wrong with a JSON text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// The text ends inside a value.
    UnexpectedEnd,
    /// Something other than a value where one must stand.
    ExpectedValue,
    /// An object member does not start with a string key.
    ExpectedKey,
    /// A key is not followed by `:`.
    ExpectedColon,
    /// An array element is followed by neither `,` nor `]`.
    ExpectedCommaOrBracket,
    /// An object member is followed by neither `,` nor `}`.
    ExpectedCommaOrBrace,
    /// A `,` right before `]` or `}`.
    TrailingComma,
    /// More text after the value.
    TrailingCharacters,
    /// A raw control character (below U+0020) inside a string.
    ControlCharacter,
    /// A backslash followed by a character that is not an escape.
    InvalidEscape,
    /// `\u` not followed by four hex digits.
    InvalidUnicodeEscape,
    /// A `\u` escape of half a surrogate pair without its other half.
    LoneSurrogate,
    /// A number not in JSON's grammar, e.g. `01`, `1.`, `.5`, `+1`.
    InvalidNumber,
    /// A number too large for a 64-bit float.
    NumberOutOfRange,
    /// Arrays and objects nested deeper than [`MAX_DEPTH`](super::MAX_DEPTH).
    TooDeep,
}

impl JsonErrorKind {
    /// A short English description.
    pub fn message(self) -> &'static str {
        use JsonErrorKind as K;
        match self {
            K::UnexpectedEnd => "unexpected end of the text",
            K::ExpectedValue => "expected a value",
            K::ExpectedKey => "expected a key in double quotes",
            K::ExpectedColon => "expected `:` after the key",
            K::ExpectedCommaOrBracket => "expected `,` or `]`",
            K::ExpectedCommaOrBrace => "expected `,` or `}`",
            K::TrailingComma => "trailing comma",
            K::TrailingCharacters => "unexpected text after the end",
            K::ControlCharacter => "control character in a string (write it as an escape)",
            K::InvalidEscape => "invalid escape in a string",
            K::InvalidUnicodeEscape => "invalid \\u escape (needs four hex digits)",
            K::LoneSurrogate => "unpaired surrogate in a \\u escape",
            K::InvalidNumber => "invalid number",
            K::NumberOutOfRange => "number out of range",
            K::TooDeep => "nested too deeply",
        }
    }
}
