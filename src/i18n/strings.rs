//! The UI string table: one `Key` per visible string, German and English side by side.

use super::keys::Key;
use super::Lang;

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
