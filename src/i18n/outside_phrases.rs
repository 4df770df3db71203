//! Phrases of the outside view and the comparison, with names and numbers in them.

use super::{t, whole, Key, Lang};
use crate::model::{Role, Spread};

/// The role's name, for the choice and as a marker label.
pub fn role_name(lang: Lang, role: Role) -> &'static str {
    t(
        lang,
        match role {
            Role::Manager => Key::RoleManager,
            Role::Colleague => Key::RoleColleague,
            Role::Customer => Key::RoleCustomer,
            Role::Unsaid => Key::RoleUnsaid,
        },
    )
}

/// A gap with its sign, e.g. "+12" or "−35" (typographic minus).
pub fn signed(v: f64) -> String {
    match whole(v) {
        n if n > 0 => format!("+{n}"),
        n if n < 0 => format!("−{}", -n),
        _ => "0".into(),
    }
}

/// Heading of the outside person's start screen.
pub fn outside_title(lang: Lang, label: &str) -> String {
    match (lang, label.is_empty()) {
        (Lang::De, false) => format!("Ihre Außensicht auf {label}"),
        (Lang::En, false) => format!("Your outside view of {label}"),
        (Lang::De, true) => "Ihre Außensicht".into(),
        (Lang::En, true) => "Your outside view".into(),
    }
}

/// What the outside person is asked to do.
pub fn outside_intro(lang: Lang, label: &str, questions: usize) -> String {
    let who = match (lang, label.is_empty()) {
        (_, false) => label,
        (Lang::De, true) => "Eine Person aus dem Vertrieb",
        (Lang::En, true) => "Someone in sales",
    };
    match lang {
        Lang::De => format!(
            "{who} hat den Selbstcheck für den B2B-Vertrieb gemacht und bittet Sie um Ihre Sicht: \
             Beantworten Sie {questions} Fragen so, wie Sie diese Person bei der Arbeit erleben. \
             Ihre Antworten bleiben in diesem Browser, bis Sie den Code am Ende selbst weitergeben."
        ),
        Lang::En => format!(
            "{who} has taken the self-check for sellers and asks for your view: answer \
             {questions} questions the way you see this person at work. Your answers stay in \
             this browser until you pass on the code at the end yourself."
        ),
    }
}

/// What to do with the finished outside view's code.
pub fn outside_done(lang: Lang, label: &str) -> String {
    match (lang, label.is_empty()) {
        (Lang::De, false) => format!(
            "Schicken Sie {label} diesen Code, zum Beispiel per E-Mail oder Chat. Ein Ergebnis über \
             {label} zeigen wir Ihnen bewusst nicht: Es gehört in Ihr Gespräch zu zweit."
        ),
        (Lang::En, false) => format!(
            "Send {label} this code, for example by e-mail or chat. We deliberately show you no \
             result about {label}: it belongs in your conversation together."
        ),
        (Lang::De, true) => "Schicken Sie diesen Code der Person, die Sie eingeladen hat. Ein \
             Ergebnis zeigen wir Ihnen bewusst nicht: Es gehört in Ihr Gespräch zu zweit."
            .into(),
        (Lang::En, true) => "Send this code to the person who invited you. We deliberately show \
             you no result: it belongs in your conversation together."
            .into(),
    }
}

/// Overall positions: self-image and the outside view(s).
pub fn compare_summary(lang: Lang, own: f64, outside: &Spread) -> String {
    let (own, mean, min, max, n) = (
        whole(own),
        whole(outside.mean),
        whole(outside.min),
        whole(outside.max),
        outside.count,
    );
    match (lang, n) {
        (Lang::De, 1) => format!("Position auf dem Spektrum: Selbstbild {own}, Außensicht {mean}."),
        (Lang::En, 1) => {
            format!("Position on the spectrum: self-image {own}, outside view {mean}.")
        }
        (Lang::De, _) => format!(
            "Position auf dem Spektrum: Selbstbild {own}, Außensicht im Mittel {mean} \
             ({n} Personen, von {min} bis {max})."
        ),
        (Lang::En, _) => format!(
            "Position on the spectrum: self-image {own}, outside view {mean} on average \
             ({n} people, from {min} to {max})."
        ),
    }
}

/// Accessible description of the comparison spectrum.
pub fn compare_spectrum_label(lang: Lang, own: f64, outside: &Spread) -> String {
    let spectrum = match lang {
        Lang::De => "Spektrum vom Briefträger (0) bis zum kundenintegrierten Partner (100).",
        Lang::En => "Spectrum from mail carrier (0) to customer-integrated partner (100).",
    };
    format!("{spectrum} {}", compare_summary(lang, own, outside))
}

/// One dimension for screen readers: both scores and, for several outside views, the range.
pub fn compare_dimension(lang: Lang, name: &str, own: f64, outside: &Spread) -> String {
    let (own, mean, min, max) = (
        whole(own),
        whole(outside.mean),
        whole(outside.min),
        whole(outside.max),
    );
    match (lang, outside.count) {
        (Lang::De, 1) => format!("{name}: Selbstbild {own}, Außensicht {mean}"),
        (Lang::En, 1) => format!("{name}: self-image {own}, outside view {mean}"),
        (Lang::De, _) => {
            format!("{name}: Selbstbild {own}, Außensicht im Mittel {mean}, von {min} bis {max}")
        }
        (Lang::En, _) => {
            format!("{name}: self-image {own}, outside view {mean} on average, from {min} to {max}")
        }
    }
}

/// Heading of a named gap: the dimension and both scores.
pub fn gap_heading(lang: Lang, name: &str, own: f64, outside: f64, gap: f64) -> String {
    let (own, outside, gap) = (whole(own), whole(outside), signed(gap));
    match lang {
        Lang::De => format!("{name}: Selbstbild {own}, Außensicht {outside} ({gap} Punkte)"),
        Lang::En => format!("{name}: self-image {own}, outside view {outside} ({gap} points)"),
    }
}

/// Said when no dimension differs notably.
pub fn no_notable_gap(lang: Lang, widest: f64) -> String {
    let n = whole(widest);
    match lang {
        Lang::De => format!(
            "Selbstbild und Außensicht liegen in allen Dimensionen nah beieinander (höchstens {n} \
             Punkte Unterschied). Fragen Sie trotzdem nach Beispielen: Auch Übereinstimmung ist eine Auskunft."
        ),
        Lang::En => format!(
            "Self-image and outside view are close on every dimension (at most {n} points apart). \
             Ask for examples all the same: agreement is information too."
        ),
    }
}

/// A workshop pair: participant, both positions and the largest gap.
pub fn pair_summary(
    lang: Lang,
    participant: usize,
    own: f64,
    outside: &Spread,
    widest: Option<(&str, f64)>,
) -> String {
    let (own, mean, n) = (whole(own), whole(outside.mean), outside.count);
    let head = match lang {
        Lang::De => format!("Nr. {participant}: Selbstbild {own}, Außensicht {mean} ({n})"),
        Lang::En => format!("No. {participant}: self-image {own}, outside view {mean} ({n})"),
    };
    match (lang, widest) {
        (Lang::De, Some((name, gap))) => {
            format!("{head} · größte Abweichung: {name} ({})", signed(gap))
        }
        (Lang::En, Some((name, gap))) => format!("{head} · largest gap: {name} ({})", signed(gap)),
        (_, None) => head,
    }
}

/// "Verglichen werden 22 von 30 Fragen: die, die beide Seiten beurteilt haben."
pub fn judged_items(lang: Lang, judged: usize, of: usize) -> String {
    match lang {
        Lang::De => format!(
            "Verglichen werden {judged} von {of} Fragen: nur die, die beide Seiten beantwortet und beurteilen konnten."
        ),
        Lang::En => format!(
            "This compares {judged} of {of} questions: only those both sides answered and could judge."
        ),
    }
}
