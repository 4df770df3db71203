//! The workshop's collecting words (issue 18), German and English. Only the second page's
//! workshop view calls these, so the first page's wasm does not carry them.

use super::Lang;
use crate::model::{Harvest, Source};

/// A fixed text of the workshop's collecting part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ws {
    /// Heading of the workshop view.
    WorkshopTitle,
    /// What the workshop view is for.
    WorkshopIntro,
    /// No results yet.
    WorkshopEmpty,
    /// Heading of the group on the spectrum.
    WorkshopGroup,
    /// Heading of the dimension means.
    WorkshopDimensions,
    /// Label of the strongest dimension.
    WorkshopStrongest,
    /// Label of the weakest dimension.
    WorkshopWeakest,
    /// Heading of self-image and outside view pairs.
    WorkshopPairs,
    /// Accessible name of the group's dimension chart.
    GroupChartLabel,
    /// Downloads the CSV.
    DownloadCsv,
    /// Empties the list.
    ClearGroup,
    /// Opens a pair's comparison.
    OpenComparison,
    /// Label of the paste field.
    PasteLabel,
    /// The button that takes the pasted text in.
    Take,
    /// Label of the file picker.
    FilesLabel,
    /// What dropping files does.
    DropHint,
    /// Heading of the list of collected results.
    ListHeading,
    /// The remove button's visible text.
    Remove,
    /// Opens the projector view.
    Projector,
    /// Closes the projector view.
    CloseProjector,
    /// Label of the session name field.
    SessionName,
    /// Starts the camera scanner.
    StartCamera,
    /// Stops it.
    StopCamera,
    /// What the scanner does while it runs.
    CameraHint,
    /// Camera refused.
    CameraDenied,
    /// No camera.
    CameraAbsent,
    /// Camera held by another program.
    CameraInUse,
    /// No camera possible here.
    CameraUnsupported,
    /// The QR reader's worker did not load.
    ReaderMissing,
}

/// The text of `key` in `lang`.
pub fn ws(lang: Lang, key: Ws) -> &'static str {
    let (de, en) = match key {
        Ws::WorkshopTitle => ("Workshop-Auswertung", "Workshop results"),
        Ws::WorkshopIntro => ("Sammeln Sie die Ergebnisse der Teilnehmenden ein: per Kamera (die QR-Codes ihrer Ergebnisse), durch Einfügen von Links oder Codes, auch aus einem ganzen Chatverlauf, oder als Ergebnisdateien. Außensichten fügen Sie direkt nach dem Ergebnis der Person ein, um die es geht. Die Auswertung ist anonym und bleibt in diesem Browser, bis Sie sie leeren.", "Collect the participants' results: by camera (the QR codes of their results), by pasting links or codes, even from a whole chat transcript, or as result files. Put outside views directly after the result of the person they are about. The evaluation is anonymous and stays in this browser until you clear it."),
        Ws::WorkshopEmpty => ("Noch keine gültigen Codes.", "No valid codes yet."),
        Ws::WorkshopGroup => ("Die Gruppe auf dem Spektrum", "The group on the spectrum"),
        Ws::WorkshopDimensions => ("Dimensionen: Mittelwert und Spanne", "Dimensions: mean and range"),
        Ws::WorkshopStrongest => ("Stärkste Dimension der Gruppe:", "The group's strongest dimension:"),
        Ws::WorkshopWeakest => ("Schwächste Dimension der Gruppe:", "The group's weakest dimension:"),
        Ws::WorkshopPairs => ("Selbstbild und Außensicht", "Self-image and outside view"),
        Ws::GroupChartLabel => ("Mittelwert je Dimension, 0 bis 100, mit Spanne:", "Mean per dimension, 0 to 100, with range:"),
        Ws::DownloadCsv => ("CSV herunterladen", "Download CSV"),
        Ws::ClearGroup => ("Gruppe leeren", "Clear the group"),
        Ws::OpenComparison => ("Vergleich öffnen", "Open comparison"),
        Ws::PasteLabel => (
            "Ergebnislinks oder Codes einfügen, auch mitten in einem Chatverlauf oder einer E-Mail",
            "Paste result links or codes, even in the middle of a chat transcript or an e-mail",
        ),
        Ws::Take => ("Übernehmen", "Add"),
        Ws::FilesLabel => ("Ergebnisdateien wählen", "Choose result files"),
        Ws::DropHint => (
            "Oder ziehen Sie Ergebnisdateien der Teilnehmenden hierher, auch viele auf einmal.",
            "Or drop the participants' result files here, many at once if you like.",
        ),
        Ws::ListHeading => ("Eingesammelte Ergebnisse", "Collected results"),
        Ws::Remove => ("Entfernen", "Remove"),
        Ws::Projector => ("Projektor-Ansicht", "Projector view"),
        Ws::CloseProjector => ("Projektor-Ansicht schließen", "Close the projector view"),
        Ws::SessionName => ("Name der Sitzung (für die Projektor-Ansicht)", "Session name (for the projector view)"),
        Ws::StartCamera => ("Kamera starten", "Start the camera"),
        Ws::StopCamera => ("Kamera beenden", "Stop the camera"),
        Ws::CameraHint => (
            "Die Teilnehmenden halten den QR-Code ihres Ergebnisses in die Kamera; jedes neue Ergebnis wird sofort gezählt.",
            "Participants hold their result's QR code up to the camera; every new result is counted at once.",
        ),
        Ws::CameraDenied => (
            "Der Zugriff auf die Kamera wurde nicht erlaubt. Sie können ihn in den Einstellungen des Browsers erlauben; Einfügen und Dateien funktionieren auch so.",
            "Access to the camera was not allowed. You can allow it in the browser's settings; pasting and files work without it.",
        ),
        Ws::CameraAbsent => (
            "Es wurde keine Kamera gefunden. Einfügen und Dateien funktionieren auch so.",
            "No camera was found. Pasting and files work without one.",
        ),
        Ws::CameraInUse => (
            "Die Kamera wird gerade von einem anderen Programm benutzt. Schließen Sie es und versuchen Sie es noch einmal.",
            "The camera is in use by another program. Close it and try again.",
        ),
        Ws::CameraUnsupported => (
            "Hier lässt sich keine Kamera nutzen (der Browser erlaubt es nur auf https-Seiten). Einfügen und Dateien funktionieren auch so.",
            "No camera can be used here (the browser allows it only on https pages). Pasting and files work without it.",
        ),
        Ws::ReaderMissing => (
            "Der Codeleser ließ sich nicht laden. Öffnen Sie diese Seite einmal mit Netz, dann liest er auch offline; Einfügen und Dateien funktionieren auch so.",
            "The code reader could not be loaded. Open this page once while online and it reads offline too; pasting and files work without it.",
        ),
    };
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// "17 Ergebnisse" / "1 Ergebnis".
pub fn result_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, 1) => "1 Ergebnis".into(),
        (Lang::De, n) => format!("{n} Ergebnisse"),
        (Lang::En, 1) => "1 result".into(),
        (Lang::En, n) => format!("{n} results"),
    }
}

/// What one paste, scan or file brought, e.g. "2 neue Ergebnisse · 1 schon erfasst".
pub fn harvest_summary(lang: Lang, h: &Harvest) -> String {
    let mut parts = Vec::new();
    let de = lang == Lang::De;
    if h.added > 0 {
        parts.push(match (de, h.added) {
            (true, 1) => "1 neues Ergebnis".to_string(),
            (true, n) => format!("{n} neue Ergebnisse"),
            (false, 1) => "1 new result".to_string(),
            (false, n) => format!("{n} new results"),
        });
    }
    if h.duplicates > 0 {
        parts.push(match de {
            true => format!("{} schon erfasst", h.duplicates),
            false => format!("{} already collected", h.duplicates),
        });
    }
    if h.foreign > 0 {
        parts.push(match de {
            true => format!("{} von einem anderen Fragebogen", h.foreign),
            false => format!("{} from another questionnaire", h.foreign),
        });
    }
    if !h.unreadable.is_empty() {
        parts.push(match de {
            true => format!("{} nicht lesbar", h.unreadable.len()),
            false => format!("{} unreadable", h.unreadable.len()),
        });
    }
    match (parts.is_empty(), de) {
        (true, true) => "Kein Ergebnislink und kein Code gefunden.".into(),
        (true, false) => "No result link or code found.".into(),
        (false, _) => parts.join(" · "),
    }
}

/// How an entry came, as the list says it.
pub fn source_name(lang: Lang, source: Source) -> &'static str {
    match (lang, source) {
        (Lang::De, Source::Scan) => "per Kamera",
        (Lang::De, Source::Paste) => "eingefügt",
        (Lang::De, Source::File) => "aus Datei",
        (Lang::En, Source::Scan) => "by camera",
        (Lang::En, Source::Paste) => "pasted",
        (Lang::En, Source::File) => "from a file",
    }
}

/// One entry of the list: "Nr. 3 · per Kamera", or an outside view "Außensicht · eingefügt";
/// `number`: the participant's number, `None` for an outside view.
pub fn entry_label(lang: Lang, number: Option<usize>, source: Source) -> String {
    let how = source_name(lang, source);
    match (lang, number) {
        (Lang::De, Some(n)) => format!("Nr. {n} · {how}"),
        (Lang::De, None) => format!("Außensicht · {how}"),
        (Lang::En, Some(n)) => format!("No. {n} · {how}"),
        (Lang::En, None) => format!("Outside view · {how}"),
    }
}

/// Accessible name of an entry's remove button: "Nr. 3 entfernen".
pub fn remove_label(lang: Lang, label: &str) -> String {
    match lang {
        Lang::De => format!("{label} entfernen"),
        Lang::En => format!("Remove {label}"),
    }
}

/// Why the group picture is not shown yet (anonymity below `min` results).
pub fn below_minimum(lang: Lang, min: usize, n: usize) -> String {
    match lang {
        Lang::De => format!(
            "Das Gruppenbild erscheint ab {min} Ergebnissen, damit niemand einzeln erkennbar ist. Bisher: {n}."
        ),
        Lang::En => format!(
            "The group picture appears from {min} results on, so that no one can be singled out. So far: {n}."
        ),
    }
}
