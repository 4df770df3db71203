//! Languages and every UI string. A missing translation fails to compile.

pub mod content_errors;
mod keys;
pub mod more_strings;
pub mod outside_phrases;
mod phrases;
pub mod quality_notes;
pub mod share_errors;
mod strings;
pub mod then_phrases;
pub mod workshop_phrases;

pub use keys::Key;
pub use phrases::{
    answered_of, date_text, group_dimension, held_back_note, keyboard_hint, language_name,
    line_label, minutes_left, mixed_note, question_of, result_mail, spectrum_label, stage_count,
    variant_length, whole,
};
pub use strings::t;

/// A language the UI speaks. German is the default.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
pub enum Lang {
    /// German, addressing the user as "Sie".
    #[default]
    De,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// BCP 47 code, used for `<html lang>` and in questionnaire texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Parses a code such as `en`, `en-GB` or `DE`; unknown codes give `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}
