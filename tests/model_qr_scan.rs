//! Issue 18: the workshop's scanner reads our own result links from camera-like pictures of
//! their QR codes (sizes, rotations, blur, weak contrast), generated here as the app draws them,
//! and a damaged or tampered code never yields a result.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;
mod share_support;

use image::{GrayImage, Luma};
use imageproc::filter::gaussian_blur_f32;
use imageproc::geometric_transformations::{rotate_about_center, Border, Interpolation};
use model_support::default_q;
use seller_check::model::{find_codes, luma_from_rgba, read_qr, to_link_code, Entries, Source};
use share_support::samples;

const PAGE: &str = "https://example.org/check/index.html";

/// The QR code of `text` as the app draws it (error correction M, a quiet zone of four modules),
/// `module` pixels per module, black on white, on a canvas with at least `margin` more pixels
/// around (enough to turn it without cutting a corner).
fn qr_picture(text: &str, module: u32, margin: u32) -> GrayImage {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .expect("a result link fits a QR code");
    let (n, colors) = (code.width() as u32, code.to_colors());
    // Room for turning: a square turned by 45° needs a fifth more on each side.
    let margin = margin.max((n + 8) * module / 5);
    let side = (n + 8) * module + 2 * margin;
    GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (
            (x as i64 - margin as i64) / module as i64 - 4,
            (y as i64 - margin as i64) / module as i64 - 4,
        );
        let inside = x >= margin
            && y >= margin
            && (0..n as i64).contains(&mx)
            && (0..n as i64).contains(&my);
        let dark = inside && colors[(my as u32 * n + mx as u32) as usize] == qrcode::Color::Dark;
        Luma([if dark { 0 } else { 255 }])
    })
}

/// Weak contrast: black becomes `dark`, white becomes `light` (a dim screen under room light).
fn dim(mut img: GrayImage, dark: u8, light: u8) -> GrayImage {
    for p in img.pixels_mut() {
        p.0[0] = dark + ((u32::from(p.0[0]) * u32::from(light - dark)) / 255) as u8;
    }
    img
}

fn read(img: &GrayImage) -> Vec<String> {
    read_qr(img.width() as usize, img.height() as usize, img.as_raw())
}

/// Our result links of both variants with a mix of answers and skips (the full one is the
/// longest code there is).
fn links() -> Vec<String> {
    let q = default_q();
    let all: Vec<_> = samples(&q)
        .into_iter()
        .map(|(_, _, bytes)| format!("{PAGE}#r={}", to_link_code(&bytes)))
        .collect();
    assert_eq!(all.len(), 8);
    vec![all[3].clone(), all[7].clone()]
}

/// A scanner reads several frames a second while a participant holds the code up, each a
/// little different: a condition counts as read when one of three frames (the code turned by a
/// further 0, 0.7 and 1.4 degrees) gives the link; no frame may give anything else.
#[test]
fn result_links_read_back_at_every_size_rotation_blur_and_contrast() {
    let q = default_q();
    let mut tried = 0;
    for link in links() {
        let expected = find_codes(&q, &link);
        assert!(matches!(expected.as_slice(), [Ok(_)]), "{link}");
        // Pixels per module (a version-3 code at 5 px spans a sixth of a 1280 px frame),
        // degrees, blur as a share of a module, and the darkest and lightest grey.
        for module in [5, 7, 10] {
            for degrees in [0.0f32, 8.0, 30.0, 90.0, 143.0, 270.0] {
                for blur in [0.0f32, 0.15, 0.25] {
                    for (dark, light) in [(0, 255), (70, 180), (100, 150)] {
                        let what = format!(
                            "{link} at {module} px, {degrees}°, blur {blur}, {dark}–{light}"
                        );
                        let picture = qr_picture(&link, module, 0);
                        // Frames are read until one gives the link, as the scanner does.
                        let mut frames: Vec<Vec<String>> = Vec::new();
                        for extra in [0.0f32, 0.7, 1.4] {
                            if frames.last().is_some_and(|f| !f.is_empty()) {
                                break;
                            }
                            frames.push({
                                let turned = rotate_about_center(
                                    &picture,
                                    (degrees + extra).to_radians(),
                                    Interpolation::Bilinear,
                                    Border::Constant(Luma([255])),
                                );
                                let soft = if blur > 0.0 {
                                    gaussian_blur_f32(&turned, blur * module as f32)
                                } else {
                                    turned
                                };
                                read(&dim(soft, dark, light))
                            });
                        }
                        assert!(
                            frames.iter().flatten().all(|t| *t == link),
                            "{what}: {frames:?}"
                        );
                        assert!(
                            frames.iter().any(|f| !f.is_empty()),
                            "{what}: no frame read"
                        );
                        assert_eq!(find_codes(&q, &link), expected, "{what}");
                        tried += 1;
                    }
                }
            }
        }
    }
    assert_eq!(tried, links().len() * 3 * 6 * 3 * 3);
}

#[test]
fn several_codes_in_one_picture_are_each_read() {
    let all = links();
    let (a, b) = (qr_picture(&all[0], 4, 8), qr_picture(&all[1], 4, 8));
    let mut both = GrayImage::from_pixel(
        a.width() + b.width(),
        a.height().max(b.height()),
        Luma([255]),
    );
    image::imageops::replace(&mut both, &a, 0, 0);
    image::imageops::replace(&mut both, &b, i64::from(a.width()), 0);
    let mut seen = read(&both);
    seen.sort();
    let mut expected = vec![all[0].clone(), all[1].clone()];
    expected.sort();
    assert_eq!(seen, expected);
}

#[test]
fn a_tampered_code_reads_as_a_qr_code_but_adds_no_result() {
    let q = default_q();
    for link in links() {
        // One character of the share code changed: the QR code itself is intact.
        let mut chars: Vec<char> = link.chars().collect();
        let at = chars.len() - 5;
        chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
        let tampered: String = chars.into_iter().collect();
        let seen = read(&qr_picture(&tampered, 4, 16));
        assert_eq!(seen, vec![tampered.clone()]);
        let mut list = Entries::default();
        let harvest = list.add(&q, &seen[0], Source::Scan);
        assert_eq!(
            (harvest.added, harvest.unreadable.len()),
            (0, 1),
            "{tampered}"
        );
        assert!(list.0.is_empty());
    }
}

#[test]
fn a_damaged_picture_gives_the_right_result_or_none() {
    let q = default_q();
    for link in links() {
        let picture = qr_picture(&link, 4, 16);
        let (w, h) = picture.dimensions();
        // A stripe wiped across the middle, wider and wider: beyond what error correction
        // repairs, nothing is read; never another result.
        for stripe in [w / 20, w / 8, w / 4, w / 2] {
            let mut damaged = picture.clone();
            for y in (h - stripe) / 2..(h + stripe) / 2 {
                for x in 0..w {
                    damaged.put_pixel(x, y, Luma([255]));
                }
            }
            for text in read(&damaged) {
                assert_eq!(text, link, "stripe {stripe}");
            }
        }
        let mut wiped = picture.clone();
        for y in h / 4..h * 3 / 4 {
            for x in 0..w {
                wiped.put_pixel(x, y, Luma([255]));
            }
        }
        assert!(read(&wiped).is_empty());
        assert!(find_codes(&q, "").is_empty());
    }
    // Noise and empty pictures hold nothing, and odd sizes do not panic.
    let noise = GrayImage::from_fn(200, 150, |x, y| {
        Luma([((x * 7919 + y * 104_729) % 251) as u8])
    });
    assert!(read(&noise).is_empty());
    assert!(read_qr(0, 0, &[]).is_empty());
    assert!(read_qr(40, 40, &[0; 10]).is_empty());
}

/// The worker gets the canvas's RGBA pixels: a code in colour (a dark blue code on a phone's
/// yellowish night-mode screen, under a reddish lamp) reads as in grey, and the weights give
/// black 0 and white 255.
#[test]
fn a_colour_frame_reads_through_its_luma() {
    assert_eq!(
        luma_from_rgba(&[0, 0, 0, 255, 255, 255, 255, 255, 9]),
        vec![0, 255]
    );
    assert_eq!(
        luma_from_rgba(&[255, 0, 0, 0, 0, 255, 0, 0, 0, 0, 255, 0]),
        vec![76, 149, 28]
    );
    let link = &links()[1];
    let grey = qr_picture(link, 6, 30);
    let rgba: Vec<u8> = grey
        .pixels()
        .flat_map(|p| {
            if p.0[0] < 128 {
                [20, 30, 110, 255]
            } else {
                [255, 225, 170, 255]
            }
        })
        .collect();
    let luma = luma_from_rgba(&rgba);
    assert_eq!(luma.len(), grey.as_raw().len());
    assert_eq!(
        read_qr(grey.width() as usize, grey.height() as usize, &luma),
        vec![link.clone()]
    );
}
