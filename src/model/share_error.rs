//! Why a text is not a code of this questionnaire: every reason, each localized in `i18n::share_errors`.

/// Why a text is not a share code of this questionnaire. Decoding never panics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareCodeError {
    /// Nothing to decode.
    Empty,
    /// A character that cannot appear in a code; `position` counts characters (from 0)
    /// in the code itself, after any `r=` of a link.
    InvalidCharacter {
        /// 0-based character index within the code.
        position: usize,
        /// The offending character.
        ch: char,
    },
    /// Too short (usually cut off while copying) or too long; lengths in bytes.
    WrongLength {
        /// Bytes found.
        found: usize,
        /// Bytes a code of this questionnaire and variant has.
        expected: usize,
    },
    /// The checksum does not match: some character was changed.
    Checksum,
    /// Written in a format this version of the app does not know.
    UnknownFormat(u8),
    /// The variant number is neither quick nor full.
    UnknownVariant(u8),
    /// Made with another questionnaire.
    OtherQuestionnaire,
    /// Made with another version of this questionnaire (`found` is the low 8 bits).
    OtherVersion {
        /// Version byte in the code.
        found: u32,
        /// Version of the loaded questionnaire.
        expected: u32,
    },
    /// An outside view where the seller's own answers were expected.
    OutsideView,
    /// The seller's own answers where an outside view was expected.
    OwnView,
    /// An invitation link (it holds no answers) where answers were expected.
    Invitation,
    /// An invitation whose name is not readable text.
    InvalidLabel,
    /// In a workshop list: an outside view with no participant's own code above it.
    Unpaired,
    /// The answer to item `index` (0-based, variant order) does not fit the item;
    /// `index` equal to the item count means the padding nibble is not 0.
    InvalidAnswer {
        /// 0-based item index within the variant.
        index: usize,
    },
}
