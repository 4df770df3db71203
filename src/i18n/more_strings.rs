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
    /// Heading of then and now.
    ThenTitle,
    /// What then and now shows.
    ThenIntro,
    /// Heading of the earlier results to choose from.
    ThenChoose,
    /// No earlier result kept in this browser.
    ThenNoneKept,
    /// Label of the field for an earlier link or code.
    ThenPasteLabel,
    /// Heading of the changes per dimension.
    ThenChanges,
    /// Chart description of then and now.
    ThenChartLabel,
    /// Marker and legend of the earlier result.
    Then,
    /// Marker and legend of the later result.
    Now,
    /// Label of the link to this comparison.
    ThenLinkLabel,
    /// Heading of the reminder screen.
    RemindTitle,
    /// Button that downloads the calendar event.
    RemindDownload,
    /// Title of the calendar event.
    RemindSummary,
    /// First line of the calendar event's description.
    RemindDescription,
    /// Label of the earlier result's link in the calendar event.
    RemindResultLabel,
    /// Label of the link that starts the check again, in the calendar event.
    RemindRestartLabel,
    /// No earlier result kept.
    PastNone,
    /// Link comparing an earlier result with the newest.
    PastCompare,
    /// Button removing one kept result.
    PastRemove,
    /// Button removing every kept result.
    PastRemoveAll,
    /// Label of the name field for the invitation.
    OutsideName,
    /// Button that creates the invitation link.
    CreateInvite,
    /// Shown when the invitation is created without a name.
    InviteNeedsName,
    /// Label of the invitation link field.
    InviteLink,
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
        ThenTitle => ("Damals und heute", "Then and now"),
        ThenIntro => ("Zwei Ihrer Ergebnisse nebeneinander: wo Sie auf dem Spektrum standen und stehen, und was sich in jeder Dimension bewegt hat.", "Two of your results side by side: where you stood and stand on the spectrum, and what moved in each dimension."),
        ThenChoose => ("Mit welchem früheren Ergebnis vergleichen?", "Compare with which earlier result?"),
        ThenNoneKept => ("In diesem Browser ist kein früheres Ergebnis gespeichert. Fügen Sie den Link oder Code eines früheren Ergebnisses ein.", "No earlier result is kept in this browser. Paste the link or code of an earlier result."),
        ThenPasteLabel => ("Link oder Code eines früheren Ergebnisses", "Link or code of an earlier result"),
        ThenChanges => ("Was sich je Dimension bewegt hat", "What moved in each dimension"),
        ThenChartLabel => ("Punkte je Dimension, damals und heute, 0 bis 100:", "Score per dimension, then and now, 0 to 100:"),
        Then => ("Damals", "Then"),
        Now => ("Heute", "Now"),
        ThenLinkLabel => ("Link zu diesem Vergleich", "Link to this comparison"),
        RemindTitle => ("In 90 Tagen erinnern", "Remind me in 90 days"),
        RemindDownload => ("Kalendereintrag speichern (.ics)", "Save the calendar event (.ics)"),
        RemindSummary => ("Selbstcheck wiederholen: Briefträger oder Partner?", "Take the self-check again: mail carrier or partner?"),
        RemindDescription => ("Vor 90 Tagen haben Sie den Selbstcheck gemacht. Machen Sie ihn noch einmal und vergleichen Sie mit damals: Was hat sich bewegt?", "90 days ago you took the self-check. Take it again and compare with then: what has moved?"),
        RemindResultLabel => ("Ihr Ergebnis von damals:", "Your result from then:"),
        RemindRestartLabel => ("Den Check neu beginnen:", "Start the check again:"),
        PastNone => ("In diesem Browser ist kein Ergebnis gespeichert. Jedes Ergebnis, das Sie hier abschließen, erscheint in dieser Liste.", "No result is kept in this browser. Each check you finish here appears in this list."),
        PastCompare => ("Mit dem neuesten vergleichen", "Compare with the newest"),
        PastRemove => ("Entfernen", "Remove"),
        PastRemoveAll => ("Alle entfernen", "Remove all"),
        OutsideName => ("Ihr Vorname oder Kürzel", "Your first name or initials"),
        CreateInvite => ("Einladungslink erstellen", "Create invitation link"),
        InviteNeedsName => ("Bitte geben Sie einen Namen ein, damit die eingeladene Person weiß, um wen es geht.", "Please enter a name so the person you invite knows who it is about."),
        InviteLink => ("Einladungslink – schicken Sie ihn per E-Mail oder Chat", "Invitation link – send it by e-mail or chat"),
    };
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}
