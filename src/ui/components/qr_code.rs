//! A QR code of a link as SVG: one path of dark modules, crisp at any size and in print.

use yew::prelude::*;

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

/// Draws `data` (usually a link) as a QR code named `label` for screen readers; nothing when
/// the data is too long for a QR code. A plain function, not a component: it is encoded again
/// only when the result page renders again, which is rare, and a component costs ~3.5 KB of wasm.
pub fn qr_code(data: &str, label: AttrValue) -> Html {
    let Some((d, side)) = path(data) else {
        return Html::default();
    };
    html! {
        <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={label}
            shape-rendering="crispEdges">
            <rect class="qr-bg" width={side.to_string()} height={side.to_string()} />
            <path class="qr-fg" {d} />
        </svg>
    }
}
