//! The second page's own strings (comparisons, outside views): the first page's table
//! (`strings.rs`) leaves them out, so its wasm does not carry them.

use super::Lang;

/// A visible string only the second page shows. Adding one without both translations fails
/// to compile.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mk {
    /// Button that starts answering about someone else.
    StartOutside,
    /// Hint to skip what one cannot observe.
    OutsideSkipHint,
    /// Heading after an outside view is finished.
    OutsideDoneTitle,
    /// Legend of the role choice.
    RoleLegend,
    /// Label above the returned code.
    OutsideCode,
    /// Marker and legend label of an outside view.
    OutsideView,
    /// Marker and legend label of the self-image.
    OwnView,
    /// Heading of the comparison.
    CompareTitle,
    /// One sentence under the comparison heading.
    CompareIntro,
    /// Heading of the dimensions side by side.
    CompareDimensions,
    /// Heading of the named gaps.
    LargestGaps,
    /// Label of the link to the comparison.
    CompareLinkLabel,
    /// Button that forgets the stored outside views.
    RemoveOutside,
    /// Button from the comparison back to the result.
    BackToResult,
    /// Heading when a comparison link cannot be read.
    CompareBroken,
    /// Heading when an invitation link cannot be read.
    InviteBroken,
    /// Accessible name of the comparison chart.
    CompareChartLabel,
    /// Label before the roles of the outside views.
    OutsideFrom,
}

/// The text of `key` in `lang`.
pub fn mt(lang: Lang, key: Mk) -> &'static str {
    use Mk::*;
    let (de, en) = match key {
        StartOutside => ("Außensicht beginnen", "Start the outside view"),
        OutsideSkipHint => ("Was Sie nicht beobachten können, überspringen Sie einfach. Es gibt kein Richtig oder Falsch.", "Skip whatever you cannot observe. There are no right or wrong answers."),
        OutsideDoneTitle => ("Danke für Ihre Außensicht", "Thank you for your outside view"),
        RoleLegend => ("Woher kennen Sie die Person? (freiwillig)", "How do you know this person? (optional)"),
        OutsideCode => ("Ihr Code", "Your code"),
        OutsideView => ("Außen", "Outside"),
        OwnView => ("Selbst", "Self"),
        CompareTitle => ("Selbstbild und Außensicht", "Self-image and outside view"),
        CompareIntro => ("Dieselben Fragen aus zwei Blickwinkeln. Abweichungen sind kein Urteil, sondern der beste Stoff für das nächste Gespräch.", "The same questions from two angles. Differences are not a verdict; they are the best material for your next conversation."),
        CompareDimensions => ("Die Dimensionen im Vergleich", "The dimensions side by side"),
        LargestGaps => ("Wo die Bilder auseinandergehen", "Where the pictures differ"),
        CompareLinkLabel => ("Link zu diesem Vergleich, etwa für ein Coaching-Gespräch", "Link to this comparison, for a coaching conversation"),
        RemoveOutside => ("Außensichten entfernen", "Remove outside views"),
        BackToResult => ("Zurück zum Ergebnis", "Back to the result"),
        CompareBroken => ("Dieser Vergleich lässt sich nicht lesen", "This comparison cannot be read"),
        InviteBroken => ("Dieser Einladungslink lässt sich nicht lesen", "This invitation link cannot be read"),
        CompareChartLabel => ("Punkte je Dimension, Selbstbild und Außensicht, 0 bis 100:", "Score per dimension, self-image and outside view, 0 to 100:"),
        OutsideFrom => ("Außensicht von", "Outside view from"),
    };
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}
