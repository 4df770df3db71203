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
            "Der Selbstcheck für den B2B-Vertrieb",
            "The self-check for B2B sellers",
        ),
        Intro => (
            "Führen Sie die Beziehung zu Ihren Kunden, oder tragen Sie nur Wünsche hinein und Angebote hinaus? Der Check fragt nach Ihrem Verhalten im Alltag, ordnet Sie auf einem Spektrum vom Briefträger bis zum kundenintegrierten Partner ein und nennt Ihren nächsten Schritt.",
            "Do you lead the relationship with your customers, or do you carry their wishes in and your offers out? The check asks about your everyday behaviour, places you on a spectrum from mail carrier to customer-integrated partner, and names your next step.",
        ),
        Audience => (
            "Für Außendienst, Key-Account-Management und alle, die Angebote verhandeln.",
            "For field sales, key account managers and everyone who negotiates deals.",
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
            "Based on ideas from the essay “Raus aus der Beziehungsfalle!” by Peter Grimm, changeX 2004.",
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
        ShareTitle => ("Ergebnis teilen oder aufbewahren", "Share or keep your result"),
        ShareHint => ("Der Link enthält nur Ihre Antworten, als Code im Teil nach dem #, den Browser nie an einen Server senden. Der Code ist nicht verschlüsselt: Wer den Link hat, sieht dieses Ergebnis.", "The link holds only your answers, as a code in the part after the #, which browsers never send to a server. The code is not encrypted: whoever has the link sees this result."),
        ShareLink => ("Ergebnislink", "Result link"),
        CopyLink => ("Link kopieren", "Copy link"),
        LinkCopied => ("Link kopiert.", "Link copied."),
        LinkCopyFailed => ("Kopieren nicht möglich. Bitte markieren Sie den Link und kopieren Sie ihn selbst.", "Copying is not possible here. Please select the link and copy it yourself."),
        ShortCode => ("Kurzcode zum Vorlesen oder Abtippen", "Short code to read aloud or type"),
        QrLabel => ("QR-Code des Ergebnislinks", "QR code of the result link"),
        SessionLabel => ("Workshop:", "Workshop:"),
        SessionHint => ("So geben Sie Ihr Ergebnis ab: Halten Sie diesen QR-Code in die Kamera der Moderation, oder speichern Sie es als Datei und geben Sie die Datei ab. Übertragen wird nur Ihr Antwortmuster, kein Name.", "To hand in your result: hold this QR code up to the facilitator's camera, or save it as a file and hand the file in. Only your answer pattern travels, no name."),
        SaveResultFile => ("Als Datei speichern", "Save as a file"),
        SharedTitle => ("Geteiltes Ergebnis", "Shared result"),
        SharedNote => ("Dieses Ergebnis wurde aus einem Link berechnet. Es ist schreibgeschützt.", "This result was computed from a link. It is read-only."),
        SharedBroken => ("Dieser Ergebnislink lässt sich nicht lesen", "This result link cannot be read"),
        OutsideTitle => ("Außensicht einholen", "Ask for an outside view"),
        OutsideHint => ("Ihr Selbstbild wird erst im Vergleich richtig aussagekräftig: Bitten Sie jemanden, der Sie bei der Arbeit erlebt – Ihre Führungskraft, eine Kollegin oder einen vertrauten Kunden –, dieselben Fragen über Sie zu beantworten. Der Einladungslink enthält nur Ihren Namen, nie Ihre Antworten.", "Your self-image only becomes telling in comparison: ask someone who sees you at work – your manager, a colleague or a customer you trust – to answer the same questions about you. The invitation link holds only your name, never your answers."),
        CopyInvite => ("Einladungslink kopieren", "Copy invitation link"),
        OutsideCodeLabel => ("Code, den Ihnen die eingeladene Person geschickt hat", "Code the person you invited sent you"),
        CompareButton => ("Vergleichen", "Compare"),
        ShowComparison => ("Vergleich ansehen", "View comparison"),
        OutsideFinish => ("Code erstellen", "Create the code"),
        RoleManager => ("Führungskraft", "Manager"),
        RoleColleague => ("Kollegin oder Kollege", "Colleague"),
        RoleCustomer => ("Kundin oder Kunde", "Customer"),
        RoleUnsaid => ("ohne Angabe", "Prefer not to say"),
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
        Loading => ("Der Fragebogen wird geladen …", "Loading the questionnaire…"),
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
        OtherTabChanged => (
            "Dieser Check wurde inzwischen anderswo verändert, etwa in einem anderen Tab. Welcher Stand soll gelten?",
            "This check was changed elsewhere in the meantime, for example in another tab. Which state should count?",
        ),
        TakeOtherTab => ("Den gespeicherten Stand übernehmen", "Take the saved state"),
        KeepThisTab => ("Hier weitermachen", "Continue here"),
        Back => ("Zurück", "Back"),
        Next => ("Weiter", "Next"),
        ShowResult => ("Ergebnis anzeigen", "Show my result"),
        Skip => ("Überspringen", "Skip"),
        Situation => ("Situation", "Situation"),
        NotApplicable => ("Kam nicht vor", "Did not occur"),
        CantJudge => ("Kann ich nicht beurteilen", "Can’t judge"),
        ResumeTitle => ("Sie haben einen Check begonnen", "You have started a check"),
        Resume => ("Weitermachen", "Continue"),
        StartOver => ("Neu beginnen", "Start over"),
        ResultTitle => ("Ihr Ergebnis", "Your result"),
        YourPosition => ("Sie", "You"),
        Dimensions => ("Ihre Dimensionen", "Your dimensions"),
        DimensionChartLabel => ("Punkte je Dimension, 0 bis 100:", "Score per dimension, 0 to 100:"),
        NoData => ("keine Antworten", "no answers"),
        Strengths => ("Ihre Stärken", "Your strengths"),
        Levers => ("Ihre Hebel", "Your levers"),
        NextStep => ("Nächster Schritt:", "Next step:"),
        LeverStep => ("So setzen Sie an:", "Where to start:"),
        NoStrength => ("Noch keine Dimension liegt über der Mitte der Skala: eine klare Stärke zeichnet sich noch nicht ab.", "No dimension is above the middle of the scale yet: no clear strength stands out so far."),
        Tied => ("gleichauf", "tied"),
        Risk => ("Risiko:", "Risk:"),
        QualityTitle => ("Hinweise zu Ihren Antworten", "Notes on your answers"),
        Print => ("Drucken oder als PDF speichern", "Print or save as PDF"),
        Restart => ("Neuen Check beginnen", "Start a new check"),
        CtaDefault => ("Ergebnis im Gespräch vertiefen", "Discuss your result"),
        CtaLead => ("Was Sie aus dem Ergebnis machen, entscheidet sich im nächsten Gespräch.", "What you make of this result is decided in your next conversation."),
        Stage => ("Stufe", "Stage"),
        Position => ("Position auf dem Spektrum", "Position on the spectrum"),
        AddOutside => ("Weitere Außensicht hinzufügen", "Add another outside view"),
        CopyCode => ("Code kopieren", "Copy code"),
        CodeCopied => ("Code kopiert.", "Code copied."),
        PastTitle => ("Ihre bisherigen Ergebnisse", "Your earlier results"),
        ThenLink => ("Mit früherem Ergebnis vergleichen", "Compare with an earlier result"),
        RemindLink => ("In 90 Tagen erinnern", "Remind me in 90 days"),
        MailResult => ("Ergebnis per E-Mail senden", "Send the result by e-mail"),
    }
}
