//! The UI string table: one `Key` per visible string, German and English side by side.

use super::Lang;

/// A visible UI string. Adding a key without both translations fails to compile.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    /// Document title and main heading.
    Title,
    /// One-line subtitle under the heading.
    Tagline,
    /// What the check does.
    Intro,
    /// Who it is for.
    Audience,
    /// Heading above the two variants.
    ChooseVariant,
    /// Name of the quick variant.
    QuickName,
    /// Name of the full variant.
    FullName,
    /// What the quick variant is good for.
    QuickHint,
    /// What the full variant is good for.
    FullHint,
    /// Button that starts the quick variant.
    StartQuick,
    /// Button that starts the full variant.
    StartFull,
    /// The privacy promise.
    Privacy,
    /// Label of the language switch.
    Language,
    /// Attribution of the essay the check is based on.
    Attribution,
    /// Heading of the error shown when the questionnaire cannot be used.
    ContentBroken,
    /// Shown once when the browser refuses storage.
    StorageBlocked,
    /// Button that dismisses a notice.
    Dismiss,
    /// Heading of the workshop view.
    WorkshopTitle,
    /// What the workshop view does.
    WorkshopIntro,
    /// Label of the code field.
    WorkshopCodes,
    /// No participant yet.
    WorkshopEmpty,
    /// Heading of the group picture.
    WorkshopGroup,
    /// Heading of the dimension means.
    WorkshopDimensions,
    /// Label of the strongest dimension.
    WorkshopStrongest,
    /// Label of the weakest dimension.
    WorkshopWeakest,
    /// Heading of the invalid lines.
    WorkshopInvalid,
    /// Heading of the duplicate lines.
    WorkshopDuplicates,
    /// Button that downloads the CSV.
    DownloadCsv,
    /// Button that clears the group.
    ClearGroup,
    /// Accessible name of the group dimension chart.
    GroupChartLabel,
    /// Heading of the share section.
    ShareTitle,
    /// What the share link is.
    ShareHint,
    /// Label of the link field.
    ShareLink,
    /// Button that copies the link.
    CopyLink,
    /// Confirmation after copying.
    LinkCopied,
    /// Copying failed.
    LinkCopyFailed,
    /// Label of the short code.
    ShortCode,
    /// Accessible name of the QR code.
    QrLabel,
    /// Label before the workshop session name.
    SessionLabel,
    /// Hint in a workshop session.
    SessionHint,
    /// Heading of a result opened from a link.
    SharedTitle,
    /// Note on a shared result.
    SharedNote,
    /// Heading when a shared link cannot be read.
    SharedBroken,
    /// Link to start an own check.
    OwnCheck,
    /// Heading of the error screen after an internal fault.
    CrashTitle,
    /// Body of the error screen.
    CrashBody,
    /// Restart link of the error screen.
    CrashRestart,
    /// Shown once when a saved check cannot be read.
    SavedUnreadable,
    /// Shown while a custom questionnaire loads.
    Loading,
    /// A custom questionnaire on another origin was refused.
    QuestionnaireForeign,
    /// A custom questionnaire could not be fetched.
    QuestionnaireUnreachable,
    /// Shown once when storage refuses a write.
    StorageFull,
    /// Button back to the previous question.
    Back,
    /// Button to the next question.
    Next,
    /// Button on the last question.
    ShowResult,
    /// Button that skips a question.
    Skip,
    /// How to answer by keyboard.
    KeyboardHint,
    /// Label above a scenario's situation.
    Situation,
    /// Heading of the resume offer.
    ResumeTitle,
    /// Button that continues a saved check.
    Resume,
    /// Button that discards a saved check.
    StartOver,
    /// Heading of the result page.
    ResultTitle,
    /// Marker label on the spectrum.
    YourPosition,
    /// Shown when the position lies near a stage boundary.
    Mixed,
    /// Heading of the dimension section.
    Dimensions,
    /// Accessible name of the dimension chart.
    DimensionChartLabel,
    /// A dimension without answers.
    NoData,
    /// Heading: the two strongest dimensions.
    Strengths,
    /// Heading: the two weakest dimensions.
    Levers,
    /// Label before a next step.
    NextStep,
    /// Label before a risk.
    Risk,
    /// Heading of the answer-quality notes.
    QualityTitle,
    /// Button that prints the result.
    Print,
    /// Button that starts a new check.
    Restart,
    /// Default label of the call to action.
    CtaDefault,
    /// Sentence before the call to action.
    CtaLead,
    /// Label before the stage number.
    Stage,
    /// Label of the overall position.
    Position,
}

/// The string for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (de, en) = pair(key);
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

fn pair(key: Key) -> (&'static str, &'static str) {
    use Key::*;
    match key {
        Title => ("Briefträger oder Partner?", "Mail carrier or partner?"),
        Tagline => (
            "Der Selbstcheck für Verkaufende im B2B-Geschäft",
            "The self-check for B2B sellers",
        ),
        Intro => (
            "Führen Sie die Beziehung zu Ihrer Kundschaft, oder tragen Sie nur Wünsche hinein und Angebote hinaus? Der Check fragt nach Ihrem Verhalten im Alltag, ordnet Sie auf einem Spektrum vom Briefträger bis zum kundenintegrierten Partner ein und nennt Ihren nächsten Schritt.",
            "Do you lead the relationship with your customers, or do you carry their wishes in and your offers out? The check asks about your everyday behaviour, places you on a spectrum from mail carrier to customer-integrated partner, and names your next step.",
        ),
        Audience => (
            "Für Außendienst, Key-Account-Management und alle, die Angebote verhandeln.",
            "For field sales, key account managers and everyone who negotiates offers.",
        ),
        ChooseVariant => ("Wählen Sie Ihren Check", "Choose your check"),
        QuickName => ("Kurzcheck", "Quick check"),
        FullName => ("Vollständiger Check", "Full check"),
        QuickHint => (
            "Ein erstes ehrliches Bild, gut für unterwegs.",
            "A first honest picture, good on the go.",
        ),
        FullHint => (
            "Genauer, mit Fallbeispielen, gut für Workshops.",
            "More precise, with scenarios, good for workshops.",
        ),
        StartQuick => ("Kurzcheck starten", "Start the quick check"),
        StartFull => ("Vollständigen Check starten", "Start the full check"),
        Privacy => (
            "Ihre Antworten verlassen diesen Browser nicht. Keine Cookies, keine Analyse, kein Konto.",
            "Your answers never leave this browser. No cookies, no analytics, no account.",
        ),
        Language => ("Sprache", "Language"),
        Attribution => (
            "Nach Ideen aus dem Essay „Raus aus der Beziehungsfalle!“ von Peter Grimm, changeX 2004.",
            "Based on ideas from the essay ‘Raus aus der Beziehungsfalle!’ by Peter Grimm, changeX 2004.",
        ),
        ContentBroken => (
            "Der Fragebogen enthält Fehler und kann nicht verwendet werden.",
            "The questionnaire contains errors and cannot be used.",
        ),
        StorageBlocked => (
            "Dieser Browser erlaubt kein lokales Speichern. Der Check funktioniert trotzdem, nur ohne Fortsetzen nach dem Neuladen.",
            "This browser does not allow local storage. The check works all the same, only without resuming after a reload.",
        ),
        Dismiss => ("Schließen", "Dismiss"),
        WorkshopTitle => ("Workshop-Auswertung", "Workshop results"),
        WorkshopIntro => ("Fügen Sie die Ergebniscodes oder -links der Teilnehmenden ein, einen pro Zeile. Die Auswertung ist anonym und bleibt in diesem Browser, bis Sie sie leeren.", "Paste the participants' result codes or links, one per line. The evaluation is anonymous and stays in this browser until you clear it."),
        WorkshopCodes => ("Ergebniscodes, einer pro Zeile", "Result codes, one per line"),
        WorkshopEmpty => ("Noch keine gültigen Codes.", "No valid codes yet."),
        WorkshopGroup => ("Die Gruppe auf dem Spektrum", "The group on the spectrum"),
        WorkshopDimensions => ("Dimensionen: Mittelwert und Spanne", "Dimensions: mean and range"),
        WorkshopStrongest => ("Stärkste Dimension der Gruppe:", "The group's strongest dimension:"),
        WorkshopWeakest => ("Schwächste Dimension der Gruppe:", "The group's weakest dimension:"),
        WorkshopInvalid => ("Nicht lesbare Zeilen", "Lines that cannot be read"),
        WorkshopDuplicates => ("Doppelte Codes (nur einmal gezählt)", "Duplicate codes (counted once)"),
        DownloadCsv => ("CSV herunterladen", "Download CSV"),
        ClearGroup => ("Gruppe leeren", "Clear the group"),
        GroupChartLabel => ("Mittelwert je Dimension, 0 bis 100, mit Spanne:", "Mean per dimension, 0 to 100, with range:"),
        ShareTitle => ("Ergebnis teilen oder aufbewahren", "Share or keep your result"),
        ShareHint => ("Der Link enthält nur Ihre Antworten, verschlüsselt im Teil nach dem #, den Browser nie an einen Server senden. Wer ihn öffnet, sieht dieses Ergebnis.", "The link holds only your answers, in the part after the #, which browsers never send to a server. Whoever opens it sees this result."),
        ShareLink => ("Ergebnislink", "Result link"),
        CopyLink => ("Link kopieren", "Copy link"),
        LinkCopied => ("Link kopiert.", "Link copied."),
        LinkCopyFailed => ("Kopieren nicht möglich. Bitte markieren Sie den Link und kopieren Sie ihn selbst.", "Copying is not possible here. Please select the link and copy it yourself."),
        ShortCode => ("Kurzcode zum Vorlesen oder Abtippen", "Short code to read aloud or type"),
        QrLabel => ("QR-Code des Ergebnislinks", "QR code of the result link"),
        SessionLabel => ("Workshop:", "Workshop:"),
        SessionHint => ("Zeigen Sie diesen QR-Code der Moderation oder schicken Sie ihr den Kurzcode. Es wird nur Ihr Antwortmuster übertragen, kein Name.", "Show this QR code to the facilitator or send them the short code. Only your answer pattern travels, no name."),
        SharedTitle => ("Geteiltes Ergebnis", "Shared result"),
        SharedNote => ("Dieses Ergebnis wurde aus einem Link berechnet. Es ist schreibgeschützt.", "This result was computed from a link. It is read-only."),
        SharedBroken => ("Dieser Ergebnislink lässt sich nicht lesen", "This result link cannot be read"),
        OwnCheck => ("Eigenen Check starten", "Start your own check"),
        CrashTitle => ("Da ist etwas schiefgelaufen", "Something went wrong"),
        CrashBody => (
            "Der Check ist auf einen internen Fehler gestoßen. Ihre bisherigen Antworten sind in diesem Browser gespeichert; nach dem Neustart können Sie weitermachen.",
            "The check ran into an internal error. Your answers so far are kept in this browser; after restarting you can continue.",
        ),
        CrashRestart => ("Neu starten", "Restart"),
        StorageFull => (
            "Der Speicher dieses Browsers ist voll. Sie können den Check zu Ende führen, aber nach dem Neuladen fehlen womöglich die letzten Antworten.",
            "This browser's storage is full. You can finish the check, but after a reload the latest answers may be missing.",
        ),
        Loading => ("Der Fragebogen wird geladen …", "Loading the questionnaire …"),
        QuestionnaireForeign => (
            "Der Fragebogen muss von derselben Adresse kommen wie der Check selbst; diese Datei wird nicht geladen.",
            "The questionnaire must come from the same address as the check itself; this file is not loaded.",
        ),
        QuestionnaireUnreachable => (
            "Der Fragebogen konnte nicht geladen werden. Bitte prüfen Sie die Adresse der Datei.",
            "The questionnaire could not be loaded. Please check the address of the file.",
        ),
        SavedUnreadable => (
            "Ein gespeicherter Check konnte nicht gelesen werden (beschädigt oder von einer älteren Version). Bitte beginnen Sie neu.",
            "A saved check could not be read (damaged or from an older version). Please start again.",
        ),
        Back => ("Zurück", "Back"),
        Next => ("Weiter", "Next"),
        ShowResult => ("Ergebnis anzeigen", "Show my result"),
        Skip => ("Überspringen", "Skip"),
        KeyboardHint => ("Tastatur: 1–5 oder A–D wählt, Enter oder → geht weiter, ← zurück.", "Keyboard: 1–5 or A–D selects, Enter or → goes on, ← goes back."),
        Situation => ("Situation", "Situation"),
        ResumeTitle => ("Sie haben einen Check begonnen", "You have started a check"),
        Resume => ("Weitermachen", "Continue"),
        StartOver => ("Neu beginnen", "Start over"),
        ResultTitle => ("Ihr Ergebnis", "Your result"),
        YourPosition => ("Sie", "You"),
        Mixed => ("Ihr Ergebnis liegt an der Grenze zur Stufe", "Your result lies at the boundary to the stage"),
        Dimensions => ("Ihre sechs Dimensionen", "Your six dimensions"),
        DimensionChartLabel => ("Punkte je Dimension, 0 bis 100:", "Score per dimension, 0 to 100:"),
        NoData => ("keine Antworten", "no answers"),
        Strengths => ("Ihre Stärken", "Your strengths"),
        Levers => ("Ihre Hebel", "Your levers"),
        NextStep => ("Nächster Schritt:", "Next step:"),
        Risk => ("Risiko:", "Risk:"),
        QualityTitle => ("Hinweise zu Ihren Antworten", "Notes on your answers"),
        Print => ("Drucken oder als PDF speichern", "Print or save as PDF"),
        Restart => ("Neuen Check beginnen", "Start a new check"),
        CtaDefault => ("Ergebnis im Gespräch vertiefen", "Discuss your result"),
        CtaLead => ("Was Sie aus dem Ergebnis machen, entscheidet sich im nächsten Gespräch.", "What you make of this result is decided in your next conversation."),
        Stage => ("Stufe", "Stage"),
        Position => ("Position auf dem Spektrum", "Position on the spectrum"),
    }
}

/// "12 Fragen · etwa 3 Minuten": length of a variant.
pub fn variant_length(lang: Lang, questions: usize, minutes: usize) -> String {
    match lang {
        Lang::De => format!("{questions} Fragen · etwa {minutes} Minuten"),
        Lang::En => format!("{questions} questions · about {minutes} minutes"),
    }
}

/// Name of a language in that language, for the switch.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Deutsch",
        Lang::En => "English",
    }
}

/// "Frage 7 von 30": where the user is.
pub fn question_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::De => format!("Frage {n} von {total}"),
        Lang::En => format!("Question {n} of {total}"),
    }
}

/// "noch etwa 2 Minuten": the time left.
pub fn minutes_left(lang: Lang, minutes: usize) -> String {
    match (lang, minutes) {
        (Lang::De, 0 | 1) => "noch knapp eine Minute".into(),
        (Lang::En, 0 | 1) => "less than a minute left".into(),
        (Lang::De, m) => format!("noch etwa {m} Minuten"),
        (Lang::En, m) => format!("about {m} minutes left"),
    }
}

/// "12 von 30 Fragen beantwortet": shown in the resume offer.
pub fn answered_of(lang: Lang, answered: usize, total: usize) -> String {
    match lang {
        Lang::De => format!("{answered} von {total} Fragen beantwortet."),
        Lang::En => format!("{answered} of {total} questions answered."),
    }
}

/// Accessible description of the spectrum chart.
pub fn spectrum_label(lang: Lang, position: f64, stage: &str, n: usize) -> String {
    let position = whole(position);
    match lang {
        Lang::De => format!("Spektrum vom Briefträger (0) bis zum kundenintegrierten Partner (100). Ihre Position: {position}, Stufe {n}: {stage}."),
        Lang::En => format!("Spectrum from mail carrier (0) to customer-integrated partner (100). Your position: {position}, stage {n}: {stage}."),
    }
}

/// A score or position as a whole number. Integer formatting keeps the float printer out of the wasm.
pub fn whole(v: f64) -> i64 {
    v.round() as i64
}

/// "5 Teilnehmende · 1 doppelt · 2 nicht lesbar": the workshop summary.
pub fn group_summary(lang: Lang, participants: usize, duplicates: usize, invalid: usize) -> String {
    match lang {
        Lang::De => {
            format!("{participants} Teilnehmende · {duplicates} doppelt · {invalid} nicht lesbar")
        }
        Lang::En => {
            format!("{participants} participants · {duplicates} duplicates · {invalid} unreadable")
        }
    }
}

/// "Zeile 4": a line of the pasted codes.
pub fn line_label(lang: Lang, line: usize) -> String {
    match lang {
        Lang::De => format!("Zeile {line}"),
        Lang::En => format!("Line {line}"),
    }
}

/// "Zeile 4 wiederholt Zeile 1."
pub fn duplicate_of(lang: Lang, line: usize, first: usize) -> String {
    match lang {
        Lang::De => format!("Zeile {line} wiederholt Zeile {first}."),
        Lang::En => format!("Line {line} repeats line {first}."),
    }
}

/// Screen-reader text of one dimension in the group chart.
pub fn group_dimension(lang: Lang, name: &str, mean: f64, min: f64, max: f64, sd: f64) -> String {
    let (mean, min, max, sd) = (whole(mean), whole(min), whole(max), whole(sd));
    match lang {
        Lang::De => {
            format!("{name}: Mittelwert {mean}, Spanne {min} bis {max}, Standardabweichung {sd}")
        }
        Lang::En => format!("{name}: mean {mean}, range {min} to {max}, standard deviation {sd}"),
    }
}

/// "Briefträger: 2": a stage with its head count.
pub fn stage_count(name: &str, count: usize) -> String {
    format!("{name}: {count}")
}
