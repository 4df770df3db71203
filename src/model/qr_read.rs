//! Reading QR codes out of a camera frame (issue 18): the workshop's scanner hands over a
//! greyscale picture, and every QR code found in it comes back as its text. The decoder is the
//! rqrr crate (a port of quirc); only the second page's wasm links it.

/// The texts of every QR code readable in a greyscale picture of `width` × `height` pixels,
/// `luma` row by row (0 black … 255 white, `width * height` bytes; a shorter buffer reads as
/// white where it ends). Codes that are found but cannot be read (blurred, cut, damaged beyond
/// their error correction) are left out; an empty list means none was read. Never panics.
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
