//! German and English text for share codes that cannot be read.

use super::Lang;
use crate::model::{ShareCodeError, ShareCodeError as E};

/// What went wrong with a share code, and what the user can do about it.
pub fn share_code_error(lang: Lang, e: &ShareCodeError) -> String {
    let de = lang == Lang::De;
    match *e {
        E::Empty => pick(
            de,
            "Bitte fügen Sie einen Ergebniscode oder Ergebnislink ein.",
            "Please paste a result code or result link.",
        ),
        E::InvalidCharacter { position, ch } => {
            let n = position + 1;
            let ch = shown(ch);
            match de {
                true => format!(
                    "Das Zeichen „{ch}“ an Stelle {n} kommt in Ergebniscodes nicht vor. \
                     Bitte prüfen Sie diese Stelle."
                ),
                false => format!(
                    "The character \"{ch}\" at position {n} never appears in a result code. \
                     Please check that spot."
                ),
            }
        }
        E::WrongLength { found, expected } if found < expected => pick(
            de,
            "Dieser Code ist unvollständig – vermutlich wurde beim Kopieren etwas abgeschnitten.",
            "This code is incomplete – probably something was cut off while copying.",
        ),
        E::WrongLength { .. } => pick(
            de,
            "Dieser Code ist zu lang – vielleicht ist beim Kopieren etwas dazugekommen \
             oder zwei Codes stehen in einer Zeile.",
            "This code is too long – perhaps something was added while copying, \
             or two codes ended up on one line.",
        ),
        E::Checksum => pick(
            de,
            "Dieser Code stimmt nicht: Mindestens ein Zeichen ist falsch. \
             Bitte vergleichen Sie ihn noch einmal mit dem Original.",
            "This code does not add up: at least one character is wrong. \
             Please compare it with the original once more.",
        ),
        E::UnknownFormat(format) => match de {
            true => format!(
                "Dieser Code stammt aus einer anderen Version dieser Anwendung (Format {format}) \
                 und kann hier nicht gelesen werden."
            ),
            false => format!(
                "This code comes from a different version of this app (format {format}) \
                 and cannot be read here."
            ),
        },
        E::UnknownVariant(_) => pick(
            de,
            "Dieser Code nennt eine unbekannte Variante des Checks und kann nicht gelesen werden.",
            "This code names an unknown variant of the check and cannot be read.",
        ),
        E::OtherQuestionnaire => pick(
            de,
            "Dieser Code gehört zu einem anderen Fragebogen und lässt sich hier nicht auswerten.",
            "This code belongs to a different questionnaire and cannot be evaluated here.",
        ),
        E::OtherVersion { found, expected } => match (de, found < expected) {
            (true, true) => format!(
                "Dieser Code stammt aus einer früheren Fassung des Fragebogens (Fassung {found}). \
                 Der Fragebogen wurde seitdem überarbeitet (jetzt Fassung {expected}); mit den \
                 neuen Fragen und Auswertungsregeln würden die alten Antworten falsch ausgewertet. \
                 Machen Sie den Check gern neu."
            ),
            (false, true) => format!(
                "This code comes from an earlier edition of the questionnaire (version {found}). \
                 The questionnaire has been updated since (now version {expected}); with the new \
                 questions and scoring rules the old answers would be evaluated wrongly. \
                 You are welcome to take the check again."
            ),
            (true, false) => format!(
                "Dieser Code gehört zu einer neueren Fassung dieses Fragebogens (Fassung {found}, \
                 hier gilt Fassung {expected}). Die Antworten lassen sich hier daher nicht auswerten."
            ),
            (false, false) => format!(
                "This code belongs to a newer edition of this questionnaire (version {found}; \
                 this one is version {expected}), so its answers cannot be evaluated here."
            ),
        },
        E::OutsideView => pick(
            de,
            "Dieser Code ist eine Außensicht, kein eigenes Ergebnis. Fügen Sie ihn beim Vergleich mit der Außensicht ein.",
            "This code is an outside view, not someone's own result. Paste it where you compare with the outside view.",
        ),
        E::OwnView => pick(
            de,
            "Dieser Code ist ein eigenes Ergebnis, keine Außensicht. Hier gehört der Code hin, den Ihnen die eingeladene Person geschickt hat.",
            "This code is someone's own result, not an outside view. Paste the code the person you invited sent you.",
        ),
        E::Invitation => pick(
            de,
            "Das ist ein Einladungslink. Er enthält keine Antworten; öffnen Sie ihn, um die Außensicht zu geben.",
            "This is an invitation link. It holds no answers; open it to give the outside view.",
        ),
        E::InvalidLabel => pick(
            de,
            "Der Name in diesem Einladungslink ist nicht lesbar – der Link wurde vermutlich verändert.",
            "The name in this invitation link cannot be read – the link was probably changed.",
        ),
        E::Unpaired => pick(
            de,
            "Eine Außensicht gehört direkt unter den eigenen Code der Person, um die es geht.",
            "An outside view belongs directly below the own code of the person it is about.",
        ),
        E::InvalidAnswer { index } => {
            let n = index + 1;
            match de {
                true => format!(
                    "Dieser Code enthält zu Frage {n} eine Antwort, die es nicht gibt – \
                     er wurde vermutlich von Hand verändert."
                ),
                false => format!(
                    "This code holds an answer to question {n} that does not exist – \
                     it was probably changed by hand."
                ),
            }
        }
    }
}

/// A character as the user can see it: control characters as `U+XXXX`.
fn shown(ch: char) -> String {
    if ch.is_control() {
        format!("U+{:04X}", u32::from(ch))
    } else {
        ch.to_string()
    }
}

fn pick(de: bool, german: &str, english: &str) -> String {
    if de { german } else { english }.to_string()
}
