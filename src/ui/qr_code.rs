//! A QR code of a link as SVG: one path of dark modules, crisp at any size and in print.

use yew::prelude::*;

/// Props of [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The text to encode, usually a link.
    pub data: AttrValue,
    /// Accessible name, e.g. "QR-Code des Ergebnislinks".
    pub label: AttrValue,
}

/// Width of the quiet zone around the code, in modules (the standard asks for 4).
const QUIET: usize = 4;

/// The SVG path of the dark modules and the side length including the quiet zone.
fn path(data: &str) -> Option<(String, usize)> {
    let code =
        qrcode::QrCode::with_error_correction_level(data.as_bytes(), qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((d, width + 2 * QUIET))
}

/// Draws the QR code; nothing when the data is too long for a QR code.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let drawn = use_memo(props.data.clone(), |data| path(data));
    let Some((d, side)) = (*drawn).clone() else {
        return Html::default();
    };
    html! {
        <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={props.label.clone()}
            shape-rendering="crispEdges">
            <rect class="qr-bg" width={side.to_string()} height={side.to_string()} />
            <path class="qr-fg" {d} />
        </svg>
    }
}
