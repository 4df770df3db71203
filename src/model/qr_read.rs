//! Reading QR codes out of a camera frame (issue 18): the workshop's scanner hands over a
//! greyscale picture, and every QR code found in it comes back as its text. The decoder is the
//! rqrr crate (a port of quirc); only the QR reader's worker links it (src/qr_worker.rs).

/// The texts of every QR code readable in a greyscale picture of `width` × `height` pixels,
/// `luma` row by row (0 black … 255 white, `width * height` bytes; a shorter buffer reads as
/// white where it ends). Codes that are found but cannot be read (blurred, cut, damaged beyond
/// their error correction) are left out; an empty list means none was read.
///
/// # Panics
/// rqrr asserts on some pictures: a degenerate group of finder patterns maps a point beyond
/// `i32` (WanzenBug/rqrr#54, found on a photo of a monitor), and `width * height` beyond
/// `usize` overflows. The app therefore reads only in a worker of its own, which the page
/// replaces when it dies (src/platform/qr_reader.rs).
pub fn read_qr(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 {
        return Vec::new();
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        luma.get(y * width + x).copied().unwrap_or(255)
    });
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// Greyscale of an RGBA picture (4 bytes a pixel, as a canvas gives them; a last incomplete
/// pixel is left out), one byte a pixel, 0 black … 255 white: luma from sRGB with the
/// ITU-R BT.601 weights (0.299, 0.587, 0.114, here in 1/256: 77, 150, 29).
pub fn luma_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect()
}
